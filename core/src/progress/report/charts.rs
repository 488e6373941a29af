//! Each chart's numbers, taken from the summary as they are: the report draws these
//! and tests compare them with the summary, so a chart cannot drift from the JSON.

use crate::l10n::{Args, Localizer};
use crate::progress::{AdherenceMonth, AdherenceSummary, GoalsSummary, ScaleSummary, SignsSummary};

use super::chart::{count_axis, ChartData, ChartKind, ChartSeries};

/// Steps and repeating steps done per month, as bars.
pub fn goals_chart(goals: &GoalsSummary, l10n: &Localizer) -> ChartData {
    let steps: Vec<Option<f64>> = goals
        .months
        .iter()
        .map(|m| Some(f64::from(m.steps_done)))
        .collect();
    let repeats: Vec<Option<f64>> = goals
        .months
        .iter()
        .map(|m| Some(f64::from(m.repeats_done)))
        .collect();
    let max = steps
        .iter()
        .chain(&repeats)
        .flatten()
        .fold(0.0, |a: f64, &b| a.max(b));
    let (y_max, y_ticks) = count_axis(max);
    ChartData {
        kind: ChartKind::Bars,
        title: l10n.t("report-goals-chart"),
        x_labels: goals.months.iter().map(|m| m.label.clone()).collect(),
        series: vec![
            ChartSeries {
                name: l10n.t("report-goals-steps"),
                values: steps,
            },
            ChartSeries {
                name: l10n.t("report-goals-repeats"),
                values: repeats,
            },
        ],
        y_min: 0.0,
        y_max,
        y_ticks,
    }
}

/// One chart per sign: its weekly means on the scale of the check-in's own words.
pub fn sign_charts(signs: &SignsSummary, l10n: &Localizer) -> Vec<ChartData> {
    // The check-in's scale runs 0 to 3; a tick per step stays readable up to 10.
    let y_ticks: Vec<(f64, String)> = (0..=signs.max_rating.min(10))
        .map(|r| {
            let word = l10n
                .get(&format!("checkin-scale-{r}"))
                .unwrap_or_else(|| r.to_string());
            (f64::from(r), word)
        })
        .collect();
    signs
        .signs
        .iter()
        .map(|sign| ChartData {
            kind: ChartKind::Lines,
            title: l10n.ta(
                "report-signs-chart",
                &Args::new().text("sign", sign.name.clone()),
            ),
            x_labels: signs.weeks.iter().map(|w| w.label.clone()).collect(),
            series: vec![ChartSeries {
                name: sign.name.clone(),
                values: signs
                    .weeks
                    .iter()
                    .map(|w| {
                        sign.weeks
                            .iter()
                            .find(|m| m.week_start == w.week_start)
                            .and_then(|m| m.mean)
                    })
                    .collect(),
            }],
            y_min: 0.0,
            y_max: f64::from(signs.max_rating.max(1)),
            y_ticks: y_ticks.clone(),
        })
        .collect()
}

/// Adherence in percent per month: all medicines together, then each medicine.
pub fn adherence_chart(meds: &AdherenceSummary, l10n: &Localizer) -> ChartData {
    let in_months = |months: &[AdherenceMonth]| -> Vec<Option<f64>> {
        meds.months
            .iter()
            .map(|m| {
                months
                    .iter()
                    .find(|x| x.month == m.month)
                    .and_then(|x| x.percent)
            })
            .collect()
    };
    let mut series = vec![ChartSeries {
        name: l10n.t("report-meds-all"),
        values: in_months(&meds.months),
    }];
    series.extend(meds.medicines.iter().map(|med| ChartSeries {
        name: med.name.clone(),
        values: in_months(&med.months),
    }));
    ChartData {
        kind: ChartKind::Lines,
        title: l10n.t("report-meds-chart"),
        x_labels: meds.months.iter().map(|m| m.label.clone()).collect(),
        series,
        y_min: 0.0,
        y_max: 100.0,
        y_ticks: (0..=4)
            .map(|i| (f64::from(i * 25), percent(l10n, f64::from(i * 25))))
            .collect(),
    }
}

/// The IMR Scale's total per rating; only ratings of every topic, whose totals compare.
pub fn scale_chart(scale: &ScaleSummary, l10n: &Localizer) -> ChartData {
    let topics = scale.topics.len().max(1) as u32;
    let (min, max) = (topics, topics * 5);
    ChartData {
        kind: ChartKind::Lines,
        title: l10n.ta(
            "report-scale-chart",
            &Args::new()
                .num("topics", topics.into())
                .num("min", min.into())
                .num("max", max.into()),
        ),
        x_labels: scale.points.iter().map(|p| p.label.clone()).collect(),
        series: vec![ChartSeries {
            name: l10n.t("report-scale-total"),
            values: scale
                .points
                .iter()
                .map(|p| (p.answered == topics).then_some(f64::from(p.total)))
                .collect(),
        }],
        y_min: f64::from(min),
        y_max: f64::from(max),
        y_ticks: (1..=5)
            .map(|k| (f64::from(topics * k), (topics * k).to_string()))
            .collect(),
    }
}

/// "92 %" (or "92%"), rounded to a whole percent, as the summary words it.
pub(super) fn percent(l10n: &Localizer, value: f64) -> String {
    crate::progress::summary::percent_label(l10n, value)
}
