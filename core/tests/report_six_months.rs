//! Six realistic months (core/tests/common/six_months.rs, plus three IMR Scale
//! self-ratings and a module, which the summary will show once it reads them) made into the PDF report and the JSON summary for the
//! same period and sections, in English and Norwegian: the PDF opens in Debian's
//! poppler without complaint, has the chosen sections' headings in the chosen
//! language and not the others, and every chart it draws carries exactly the numbers
//! the JSON summary gives (weekly sign means, adherence per month, steps per month,
//! IMR Scale totals). The PDFs are left in `target/report/six-months-<lang>.pdf`,
//! which `cargo xtask test` renders to PNG with `pdftoppm`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test fails by panicking

mod common;
#[path = "common/six_months.rs"]
mod six_months;

#[path = "common/poppler.rs"]
mod poppler;
use poppler::poppler;
use std::path::PathBuf;

use serde_json::Value;
use stegvis_core::progress::report::{self, ChartData, ChartKind};
use stegvis_core::progress::ReportSection;
use stegvis_core::{Companion, Lang, Localizer};

const FROM: &str = "2026-06-01";
const TO: &str = "2026-11-23";

/// Writes the PDF where xtask renders it, and returns its text.
fn open(pdf: &[u8], lang: Lang) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/report");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("six-months-{}.pdf", lang.tag()));
    std::fs::write(&path, pdf).unwrap();
    let p = path.to_str().unwrap();
    let pages: u32 = poppler("pdfinfo", &[p])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(
        pages >= 2,
        "six months of every chosen section: {pages} pages"
    );
    assert_eq!(report::page_count(pdf), Some(pages));
    poppler("pdftotext", &[p, "-"])
}

fn heading(section: ReportSection) -> &'static str {
    match section {
        ReportSection::Goals => "report-goals",
        ReportSection::Signs => "report-signs",
        ReportSection::Medicines => "report-meds",
        ReportSection::Modules => "report-modules",
        ReportSection::Scale => "report-scale",
    }
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn values(chart: &ChartData, series: usize) -> Vec<Option<f64>> {
    chart.series[series].values.clone()
}

fn labels(months: &Value) -> Vec<String> {
    months
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["label"].as_str().unwrap().to_owned())
        .collect()
}

/// Each chart against the JSON, in the report's order; returns how many were checked.
fn charts_match_json(charts: &[ChartData], s: &Value, sections: &[ReportSection]) -> usize {
    let mut charts = charts.iter();
    let mut checked = 0;
    for section in sections {
        match section {
            ReportSection::Goals => {
                let chart = charts.next().unwrap();
                assert_eq!(chart.kind, ChartKind::Bars);
                let months = &s["goals"]["months"];
                assert_eq!(chart.x_labels, labels(months));
                let of = |key: &str| -> Vec<Option<f64>> {
                    months
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|m| num(&m[key]))
                        .collect()
                };
                assert_eq!(values(chart, 0), of("steps_done"));
                assert_eq!(values(chart, 1), of("repeats_done"));
                assert!(of("steps_done").iter().flatten().any(|n| *n > 0.0));
                checked += 1;
            }
            ReportSection::Signs => {
                let weeks = s["signs"]["weeks"].as_array().unwrap();
                assert!(weeks.len() >= 25, "{} weeks", weeks.len());
                for sign in s["signs"]["signs"].as_array().unwrap() {
                    let chart = charts.next().unwrap();
                    assert_eq!(chart.kind, ChartKind::Lines);
                    assert_eq!(chart.series[0].name, sign["name"].as_str().unwrap());
                    let means: Vec<Option<f64>> = weeks
                        .iter()
                        .map(|w| {
                            sign["weeks"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .find(|m| m["week_start"] == w["week_start"])
                                .and_then(|m| num(&m["mean"]))
                        })
                        .collect();
                    assert_eq!(values(chart, 0), means, "{}", sign["name"]);
                    // The rough patch in August is there, and some weeks were rated.
                    assert!(means.iter().flatten().count() > 10);
                    checked += 1;
                }
            }
            ReportSection::Medicines => {
                let chart = charts.next().unwrap();
                let all = &s["medicines"]["months"];
                assert_eq!(chart.x_labels, labels(all));
                let percents = |months: &Value| -> Vec<Option<f64>> {
                    all.as_array()
                        .unwrap()
                        .iter()
                        .map(|m| {
                            months
                                .as_array()
                                .unwrap()
                                .iter()
                                .find(|x| x["month"] == m["month"])
                                .and_then(|x| num(&x["percent"]))
                        })
                        .collect()
                };
                assert_eq!(values(chart, 0), percents(all));
                let meds = s["medicines"]["medicines"].as_array().unwrap();
                assert_eq!(chart.series.len(), meds.len() + 1);
                for (i, med) in meds.iter().enumerate() {
                    assert_eq!(chart.series[i + 1].name, med["name"].as_str().unwrap());
                    assert_eq!(values(chart, i + 1), percents(&med["months"]));
                }
                assert!(percents(all)
                    .iter()
                    .flatten()
                    .all(|p| (0.0..=100.0).contains(p)));
                assert!(percents(all).iter().flatten().count() == 6);
                checked += 1;
            }
            ReportSection::Modules => {}
            // The builder rates three times, the second time with a topic skipped.
            ReportSection::Scale => {
                let chart = charts.next().unwrap();
                let topics = s["scale"]["topics"].as_array().unwrap().len() as f64;
                let totals: Vec<Option<f64>> = s["scale"]["points"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        (num(&p["answered"]) == Some(topics)).then(|| num(&p["total"]).unwrap())
                    })
                    .collect();
                assert_eq!(values(chart, 0), totals);
                assert_eq!(totals.len(), 3);
                assert_eq!(
                    totals.iter().flatten().count(),
                    2,
                    "the partial rating is not drawn"
                );
                checked += 1;
            }
        }
    }
    assert!(
        charts.next().is_none(),
        "no chart beyond the chosen sections"
    );
    checked
}

/// Where two JSON values differ (numbers within a billionth count as equal: the
/// JSON's text round trip may move a float by its last bit).
fn diff(at: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                diff(
                    &format!("{at}.{k}"),
                    &x[k],
                    y.get(k).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                diff(&format!("{at}[{i}]"), x, y, out);
            }
        }
        (Value::Number(x), Value::Number(y))
            if (x.as_f64().unwrap() - y.as_f64().unwrap()).abs() < 1e-9 => {}
        (x, y) if x == y => {}
        (x, y) => out.push(format!("{at}: {x} != {y}")),
    }
}

fn report_in(c: &Companion, lang: Lang, chosen: &[ReportSection]) {
    c.set_language(lang).unwrap();
    let (from, to) = (Some(FROM.to_owned()), Some(TO.to_owned()));
    let pdf = c
        .report_pdf(from.clone(), to.clone(), chosen.to_vec())
        .unwrap();
    let doc: Value = serde_json::from_str(
        &c.report_json(from.clone(), to.clone(), chosen.to_vec())
            .unwrap(),
    )
    .unwrap();
    let s = &doc["summary"];
    assert_eq!(s["lang"], lang.tag());
    assert_eq!(
        (s["from"].as_str(), s["to"].as_str()),
        (Some(FROM), Some(TO))
    );

    let text = open(&pdf, lang);
    let l10n = Localizer::new(lang);
    assert!(text.contains(&l10n.t("report-title")), "{text}");
    assert!(text.contains(s["period_label"].as_str().unwrap()), "{text}");
    for section in ReportSection::ALL {
        let words = l10n.t(heading(section));
        assert_eq!(
            text.contains(&words),
            chosen.contains(&section),
            "{lang:?}: heading {words:?} for {section:?}, chosen {chosen:?}"
        );
    }

    // The charts the PDF draws come from the summary of the same period and sections;
    // the one the JSON carries must give them the same numbers.
    let summary = c.progress_summary(from, to, chosen.to_vec()).unwrap();
    let mut differ = Vec::new();
    diff("", &serde_json::to_value(&summary).unwrap(), s, &mut differ);
    assert!(differ.is_empty(), "{differ:?}");
    let charts = report::charts(&summary, lang);
    let checked = charts_match_json(&charts, s, chosen);
    assert_eq!(checked, charts.len());
    // Every chart's title is in the PDF, in this language.
    for chart in &charts {
        assert!(
            text.contains(&chart.title),
            "{lang:?}: {:?} not in the PDF",
            chart.title
        );
    }
}

#[test]
fn six_months_report_pdf_matches_the_json_summary_in_english_and_norwegian() {
    let dir = tempfile::tempdir().unwrap();
    let six = six_months::build(&dir.path().join("data"));
    let c = &six.companion;
    use ReportSection::{Goals, Medicines, Modules, Scale, Signs};
    report_in(c, Lang::En, &[Goals, Signs, Medicines, Scale]);
    report_in(c, Lang::Nb, &[Signs, Medicines, Modules]);
}
