//! The summary for a practitioner's system: one JSON document holding the summary
//! itself and a FHIR R4 `Bundle` (type `collection`) of the same numbers, an
//! `Observation` per weekly sign mean and per monthly adherence, and a
//! `QuestionnaireResponse` per IMR Scale self-rating. The layout is documented in
//! docs/report-format.md; a test checks it against the official R4 JSON schema.

use chrono::{Duration, NaiveDate};
use serde_json::{json, Value};

use crate::l10n::{Args, Localizer};
use crate::progress::{AdherenceMonth, ProgressSummary};
use crate::time::Timestamp;

/// Our own code system for what the observations measure.
pub const CODE_SYSTEM: &str = "https://stegvis.no/fhir/CodeSystem/progress";
/// The canonical URL of the IMR Scale self-rating as Stegvis words it.
pub const SCALE_QUESTIONNAIRE: &str = "https://stegvis.no/fhir/Questionnaire/imr-scale-self";
/// `format` of the report document.
pub const REPORT_FORMAT: &str = "stegvis-progress-report";
/// Version of the report document's layout.
pub const REPORT_VERSION: u32 = 1;

const UCUM: &str = "http://unitsofmeasure.org";
const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

/// The report document: `{format, version, summary, fhir}`.
pub fn report(summary: &ProgressSummary, made_at: Timestamp, loc: &Localizer) -> Value {
    json!({
        "format": REPORT_FORMAT,
        "version": REPORT_VERSION,
        "summary": summary,
        "fhir": bundle(summary, made_at, loc),
    })
}

/// The FHIR R4 `Bundle` of the summary's series.
pub fn bundle(summary: &ProgressSummary, made_at: Timestamp, loc: &Localizer) -> Value {
    let mut entries: Vec<Value> = Vec::new();
    let from = parse(&summary.from);
    let to = parse(&summary.to);
    if let Some(signs) = &summary.signs {
        for (n, sign) in signs.signs.iter().enumerate() {
            for week in &sign.weeks {
                let (Some(mean), Some(start)) = (week.mean, parse(&week.week_start)) else {
                    continue;
                };
                let end = start + Duration::days(6);
                let start = from.map_or(start, |f| start.max(f));
                let end = to.map_or(end, |t| end.min(t));
                entries.push(json!({
                    "resourceType": "Observation",
                    "id": format!("sign-{}-{}", n + 1, week.week_start),
                    "status": "final",
                    "category": [category("survey")],
                    "code": {
                        "coding": [{
                            "system": CODE_SYSTEM,
                            "code": "sign-weekly-mean",
                            "display": "Early warning sign, mean rating of the week (0 to 3)",
                        }],
                        "text": loc.ta("summary-fhir-sign", &Args::new().text("sign", sign.name.clone())),
                    },
                    "effectivePeriod": { "start": start.to_string(), "end": end.to_string() },
                    "valueQuantity": {
                        "value": round(mean, 2),
                        "unit": "rating",
                        "system": UCUM,
                        "code": "{rating}",
                    },
                    "component": [count_component("days-rated", "Days rated in the week", week.days_rated)],
                }));
            }
        }
    }
    if let Some(meds) = &summary.medicines {
        let all = loc.t("summary-fhir-all-medicines");
        let series = std::iter::once(("all".to_owned(), all, &meds.months)).chain(
            meds.medicines
                .iter()
                .enumerate()
                .map(|(n, m)| (format!("{}", n + 1), m.name.clone(), &m.months)),
        );
        for (key, name, months) in series {
            for month in months.iter() {
                if let Some(obs) = adherence(&key, &name, month, from, to, loc) {
                    entries.push(obs);
                }
            }
        }
    }
    if let Some(scale) = &summary.scale {
        for point in &scale.points {
            let items: Vec<Value> = scale
                .topics
                .iter()
                .zip(&point.items)
                .filter_map(|(topic, value)| {
                    value.map(|v| {
                        json!({
                            "linkId": topic.key,
                            "text": topic.name,
                            "answer": [{ "valueInteger": v }],
                        })
                    })
                })
                .collect();
            entries.push(json!({
                "resourceType": "QuestionnaireResponse",
                "id": format!("imr-scale-{}", point.date),
                "questionnaire": SCALE_QUESTIONNAIRE,
                "status": "completed",
                "authored": point.date,
                "item": items,
            }));
        }
    }
    let mut bundle = json!({
        "resourceType": "Bundle",
        "id": format!("stegvis-progress-{}-{}", summary.from, summary.to),
        "type": "collection",
        "timestamp": made_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    });
    // FHIR leaves out empty arrays rather than writing `[]`.
    if !entries.is_empty() {
        bundle["entry"] = Value::Array(
            entries
                .into_iter()
                .map(|resource| json!({ "resource": resource }))
                .collect(),
        );
    }
    bundle
}

fn adherence(
    key: &str,
    name: &str,
    month: &AdherenceMonth,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    loc: &Localizer,
) -> Option<Value> {
    let percent = month.percent?;
    let first = parse(&format!("{}-01", month.month))?;
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .map(|d| d - Duration::days(1))?;
    let start = from.map_or(first, |f| first.max(f));
    let end = to.map_or(last, |t| last.min(t));
    Some(json!({
        "resourceType": "Observation",
        "id": format!("adherence-{key}-{}", month.month),
        "status": "final",
        "category": [category("therapy")],
        "code": {
            "coding": [{
                "system": CODE_SYSTEM,
                "code": "adherence-monthly",
                "display": "Planned doses taken in the month, percent",
            }],
            "text": loc.ta("summary-fhir-adherence", &Args::new().text("medicine", name.to_owned())),
        },
        "effectivePeriod": { "start": start.to_string(), "end": end.to_string() },
        "valueQuantity": { "value": round(percent, 1), "unit": "%", "system": UCUM, "code": "%" },
        "component": [
            count_component("doses-planned", "Doses planned", month.planned),
            count_component("doses-taken", "Doses taken", month.taken),
            count_component("doses-skipped", "Doses skipped", month.skipped),
        ],
    }))
}

fn category(code: &str) -> Value {
    json!({ "coding": [{ "system": CATEGORY, "code": code }] })
}

fn count_component(code: &str, display: &str, value: u32) -> Value {
    json!({
        "code": { "coding": [{ "system": CODE_SYSTEM, "code": code, "display": display }] },
        "valueInteger": value,
    })
}

fn parse(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn round(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}
