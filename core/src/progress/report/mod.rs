//! The PDF report a participant brings to an IMR meeting or prints: the sections they
//! chose from an already computed [`ProgressSummary`], in their language, with charts
//! drawn from the summary's own numbers. A4, one embedded font that has the Nordic
//! letters, page numbers, and series told apart by dash and marker as well as colour.

mod chart;
mod charts;
mod draw;
mod font;
mod layout;
mod pdf;

pub use chart::{plot, ChartData, ChartFrame, ChartKind, ChartSeries};
pub use charts::{adherence_chart, goals_chart, scale_chart, sign_charts};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Lang, Localizer};
use crate::progress::{
    AdherenceMonth, AdherenceSummary, GoalsSummary, ModulesSummary, ProgressSummary, ReportSection,
    ScaleSummary, SignsSummary,
};

use layout::{Flow, BODY};

/// The report as PDF bytes. Sections come in the summary's order; a chosen section the
/// summary has no numbers for says so instead of vanishing. No section chosen is
/// refused (`InvalidInput` on `sections`): an empty report helps nobody.
pub fn render_pdf(summary: &ProgressSummary, lang: Lang) -> Result<Vec<u8>, StegvisError> {
    if summary.sections.is_empty() {
        return Err(StegvisError::invalid(Field::Sections, InvalidReason::Empty));
    }
    let l10n = Localizer::new(lang);
    let mut flow = Flow::new();
    flow.text("Stegvis", 12.0, 0.0, false);
    flow.text(&l10n.t("report-title"), 24.0, 0.0, true);
    flow.gap(4.0);
    flow.text(&summary.period_label, 13.0, 0.0, false);
    flow.text(&summary.made_label, 9.5, 0.0, false);
    flow.gap(6.0);
    flow.text(&l10n.t("report-intro"), BODY, 0.0, false);
    for section in &summary.sections {
        match section {
            ReportSection::Goals => goals(&mut flow, summary.goals.as_ref(), &l10n),
            ReportSection::Signs => signs(&mut flow, summary.signs.as_ref(), &l10n),
            ReportSection::Medicines => medicines(&mut flow, summary.medicines.as_ref(), &l10n),
            ReportSection::Modules => modules(&mut flow, summary.modules.as_ref(), &l10n),
            ReportSection::Scale => scale(&mut flow, summary.scale.as_ref(), &l10n),
        }
    }
    let footer = l10n.t("report-footer");
    let pages = flow.finish(&footer, |page, pages| {
        l10n.ta(
            "report-page",
            &Args::new()
                .num("page", page as i64)
                .num("pages", pages as i64),
        )
    });
    let title = format!("{} · {}", l10n.t("report-title"), summary.period_label);
    Ok(pdf::document(&pages, &title))
}

/// How many pages a report made by [`render_pdf`] has (its page tree's `/Count`),
/// for a shell that says "3 pages" after writing the file. Not a PDF reader: only
/// documents this renderer wrote are understood; anything else gives `None`.
pub fn page_count(pdf: &[u8]) -> Option<u32> {
    let key = b"/Count ";
    let at = pdf.windows(key.len()).position(|w| w == key)? + key.len();
    let digits: String = pdf[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .map(|b| char::from(*b))
        .collect();
    digits.parse().ok()
}

/// The charts a report of `summary` draws, in page order: for tests and shells that
/// show the same numbers.
pub fn charts(summary: &ProgressSummary, lang: Lang) -> Vec<ChartData> {
    let l10n = Localizer::new(lang);
    let mut out = Vec::new();
    for section in &summary.sections {
        match section {
            ReportSection::Goals => {
                out.extend(summary.goals.as_ref().map(|g| goals_chart(g, &l10n)))
            }
            ReportSection::Signs => {
                out.extend(summary.signs.iter().flat_map(|s| sign_charts(s, &l10n)))
            }
            ReportSection::Medicines => out.extend(
                summary
                    .medicines
                    .as_ref()
                    .filter(|m| has_doses(m))
                    .map(|m| adherence_chart(m, &l10n)),
            ),
            ReportSection::Modules => {}
            ReportSection::Scale => out.extend(
                summary
                    .scale
                    .as_ref()
                    .filter(|s| !s.points.is_empty())
                    .map(|s| scale_chart(s, &l10n)),
            ),
        }
    }
    out
}

fn has_doses(meds: &AdherenceSummary) -> bool {
    meds.months.iter().any(|m| m.planned > 0)
}

fn goals(flow: &mut Flow, goals: Option<&GoalsSummary>, l10n: &Localizer) {
    flow.heading(&l10n.t("report-goals"), 60.0);
    let Some(goals) = goals.filter(|g| !g.goals.is_empty() || !g.months.is_empty()) else {
        flow.text(&l10n.t("report-goals-none"), BODY, 0.0, false);
        return;
    };
    let counts = Args::new()
        .num("reached", goals.reached.into())
        .num("active", goals.active.into())
        .num("aside", goals.set_aside.into());
    flow.text(&l10n.ta("report-goals-counts", &counts), BODY, 0.0, false);
    flow.gap(4.0);
    for goal in &goals.goals {
        let args = Args::new()
            .text("text", goal.text.clone())
            .text("status", goal.status_name.clone())
            .text("progress", goal.label.clone());
        flow.bullet(&l10n.ta("report-goal-line", &args));
    }
    if !goals.months.is_empty() {
        flow.gap(8.0);
        flow.chart(&goals_chart(goals, l10n), 130.0);
    }
}

fn signs(flow: &mut Flow, signs: Option<&SignsSummary>, l10n: &Localizer) {
    flow.heading(&l10n.t("report-signs"), 150.0);
    let Some(signs) = signs else {
        flow.text(&l10n.t("report-signs-none"), BODY, 0.0, false);
        return;
    };
    let days = Args::new()
        .num("days", signs.days_checked_in.into())
        .num("total", signs.days_in_period.into());
    flow.text(&l10n.ta("report-signs-days", &days), BODY, 0.0, false);
    let charts = sign_charts(signs, l10n);
    if charts.is_empty() {
        flow.text(&l10n.t("report-signs-none"), BODY, 0.0, false);
    }
    for chart in &charts {
        flow.gap(8.0);
        flow.chart(chart, 80.0);
    }
}

fn medicines(flow: &mut Flow, meds: Option<&AdherenceSummary>, l10n: &Localizer) {
    flow.heading(&l10n.t("report-meds"), 210.0);
    let Some(meds) = meds.filter(|m| has_doses(m)) else {
        flow.text(&l10n.t("report-meds-none"), BODY, 0.0, false);
        return;
    };
    flow.text(&l10n.t("report-meds-note"), BODY, 0.0, false);
    flow.gap(8.0);
    flow.chart(&adherence_chart(meds, l10n), 130.0);
    // Months across, at most six to a table, so the columns stay readable.
    for months in meds.months.chunks(6) {
        let mut header = vec![l10n.t("report-meds-medicine")];
        header.extend(months.iter().map(|m| m.label.clone()));
        let mut rows = vec![row(l10n.t("report-meds-all"), months, &meds.months, l10n)];
        rows.extend(
            meds.medicines
                .iter()
                .map(|med| row(med.name.clone(), months, &med.months, l10n)),
        );
        flow.table(130.0, &header, &rows);
    }
}

/// A medicine's cells for `months`: "92 %" over "23 of 25", or a dash when nothing
/// was planned.
fn row(
    name: String,
    months: &[AdherenceMonth],
    own: &[AdherenceMonth],
    l10n: &Localizer,
) -> Vec<String> {
    let mut cells = vec![name];
    cells.extend(months.iter().map(|m| {
        match own
            .iter()
            .find(|x| x.month == m.month)
            .filter(|x| x.planned > 0)
        {
            Some(x) => {
                let taken = Args::new()
                    .num("taken", x.taken.into())
                    .num("planned", x.planned.into());
                let percent = x
                    .percent
                    .map(|p| charts::percent(l10n, p))
                    .unwrap_or_default();
                format!("{percent}\n{}", l10n.ta("report-meds-taken", &taken))
            }
            None => "–".to_owned(),
        }
    }));
    cells
}

fn modules(flow: &mut Flow, modules: Option<&ModulesSummary>, l10n: &Localizer) {
    flow.heading(&l10n.t("report-modules"), 60.0);
    let Some(modules) = modules else {
        flow.text(&l10n.t("report-modules-none"), BODY, 0.0, false);
        return;
    };
    let counts = Args::new()
        .num("done", modules.done.into())
        .num("started", modules.started.into())
        .num("total", modules.modules.len() as i64);
    flow.text(&l10n.ta("report-modules-counts", &counts), BODY, 0.0, false);
    flow.gap(4.0);
    for module in &modules.modules {
        let mut line = format!("{}: {}", module.name, module.state_label);
        if module.assignments > 0 {
            let n = Args::new().num("count", module.assignments.into());
            line = format!("{line}. {}", l10n.ta("report-modules-assignments", &n));
        }
        flow.bullet(&line);
    }
}

fn scale(flow: &mut Flow, scale: Option<&ScaleSummary>, l10n: &Localizer) {
    flow.heading(&l10n.t("report-scale"), 230.0);
    let Some(scale) = scale.filter(|s| !s.points.is_empty()) else {
        flow.text(&l10n.t("report-scale-none"), BODY, 0.0, false);
        return;
    };
    flow.text(&l10n.t("report-scale-each"), BODY, 0.0, false);
    let partial = scale
        .points
        .iter()
        .filter(|p| p.answered as usize != scale.topics.len())
        .count();
    if partial > 0 {
        let n = Args::new().num("count", partial as i64);
        flow.text(&l10n.ta("report-scale-partial", &n), BODY, 0.0, false);
    }
    flow.gap(8.0);
    flow.chart(&scale_chart(scale, l10n), 130.0);
    for points in scale.points.chunks(6) {
        let mut header = vec![l10n.t("report-scale-topic")];
        header.extend(points.iter().map(|p| p.label.clone()));
        let mut rows: Vec<Vec<String>> = scale
            .topics
            .iter()
            .enumerate()
            .map(|(i, topic)| {
                let mut cells = vec![topic.name.clone()];
                cells.extend(points.iter().map(|p| {
                    p.items
                        .get(i)
                        .copied()
                        .flatten()
                        .map_or("–".to_owned(), |v| v.to_string())
                }));
                cells
            })
            .collect();
        let mut total = vec![l10n.t("report-scale-total")];
        total.extend(points.iter().map(|p| p.total.to_string()));
        rows.push(total);
        flow.table(170.0, &header, &rows);
    }
}
