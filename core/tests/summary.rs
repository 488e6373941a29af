//! The progress summary of six realistic months, every number checked against what
//! the builder wrote (counted here, not by the code under test), plus the period and
//! section checks and the structured report.
#![allow(clippy::unwrap_used, clippy::float_cmp)]

mod common;
#[path = "common/six_months.rs"]
mod six_months;

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use six_months::{date, Outcome, SixMonths};
use stegvis_core::progress::summary::fhir;
use stegvis_core::progress::{ProgressSummary, ReportSection};
use stegvis_core::{Field, InvalidReason, Lang, ScaleTopic, StegvisError};

fn built() -> (tempfile::TempDir, SixMonths) {
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let six = six_months::build(&dir.path().join("data"));
    eprintln!("six months built in {:?}", started.elapsed());
    (dir, six)
}

fn month_key(day: NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}

const MONTHS: [&str; 6] = [
    "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
];

fn check_goals(s: &ProgressSummary, six: &SixMonths, from: NaiveDate, to: NaiveDate) {
    let g = s.goals.as_ref().unwrap();
    let status = |name| six.goals.iter().filter(|f| f.status == name).count() as u32;
    assert_eq!(
        (g.active, g.reached, g.set_aside),
        (status("active"), status("reached"), status("set-aside"))
    );
    assert_eq!((g.active, g.reached, g.set_aside), (2, 1, 1));
    let months: Vec<&str> = g.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, MONTHS);
    for m in &g.months {
        let done = six
            .goals
            .iter()
            .flat_map(|f| &f.steps_done_on)
            .filter(|d| **d >= from && **d <= to && month_key(**d) == m.month)
            .count() as u32;
        assert_eq!(m.steps_done, done, "{}", m.month);
        let repeats = six
            .goals
            .iter()
            .flat_map(|f| &f.repeats_done_on)
            .filter(|d| **d >= from && **d <= to && month_key(**d) == m.month)
            .count() as u32;
        assert_eq!(m.repeats_done, repeats, "{}", m.month);
    }
    // The walk was checked off in every month, less often in August's rough patch.
    let repeats: Vec<u32> = g.months.iter().map(|m| m.repeats_done).collect();
    assert!(repeats.iter().all(|n| *n > 0), "{repeats:?}");
    assert!(repeats[2] < repeats[1], "{repeats:?}");
    let per_month: Vec<u32> = g.months.iter().map(|m| m.steps_done).collect();
    // The walking shoes were found on 25 May, before the period.
    assert_eq!(per_month, vec![3, 3, 0, 2, 1, 2]);
    assert_eq!(g.months[5].label, "November 2026");
    let order: Vec<&str> = g.goals.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        order,
        [
            "Walk more",
            "Cook dinner twice a week",
            "Call my sister",
            "Start a course"
        ]
    );
    for line in &g.goals {
        let fact = six.goals.iter().find(|f| f.id == line.goal_id).unwrap();
        let done = fact
            .steps_done_on
            .iter()
            .filter(|d| **d >= from && **d <= to)
            .count() as u32;
        assert_eq!(line.steps_done, done, "{}", fact.text);
        assert_eq!(line.steps_total, fact.steps_total);
        assert_eq!(line.status.key(), fact.status);
        let repeats = fact
            .repeats_done_on
            .iter()
            .filter(|d| **d >= from && **d <= to)
            .count() as u32;
        assert_eq!(line.repeats_done, repeats, "{}", fact.text);
    }
    let walked = six.goals[0]
        .repeats_done_on
        .iter()
        .filter(|d| **d >= from && **d <= to)
        .count();
    assert_eq!(
        g.goals[0].label,
        format!("5 steps and {walked} repeated steps done in this period")
    );
    // Walk more: seven steps of its own and two home assignments; the walk apart.
    assert_eq!(g.goals[0].steps_total, 9);
}

/// Where each module stands by `to`, from what the builder marked.
fn check_modules(s: &ProgressSummary, six: &SixMonths, to: NaiveDate) -> (u32, u32) {
    let m = s.modules.as_ref().unwrap();
    assert_eq!(m.modules.len(), 11);
    let by_end = |d: Option<NaiveDate>| d.filter(|d| *d <= to).map(|d| d.to_string());
    let mut counted = (0, 0);
    for line in &m.modules {
        let fact = six.modules.iter().find(|f| f.key == line.key);
        let started = fact.and_then(|f| by_end(Some(f.started_on)));
        let done = fact.and_then(|f| by_end(f.done_on));
        assert_eq!(line.started_on, started, "{}", line.key);
        assert_eq!(line.done_on, done, "{}", line.key);
        assert_eq!(
            line.assignments,
            fact.map_or(0, |f| f.assignments),
            "{}",
            line.key
        );
        match (&started, &done) {
            (_, Some(_)) => counted.0 += 1,
            (Some(_), None) => counted.1 += 1,
            (None, None) => assert_eq!(line.state_label, "Not started yet"),
        }
    }
    assert_eq!((m.done, m.started), counted);
    counted
}

/// The ratings made from `from` to `to`, topic by topic, from what the builder rated.
fn check_scale(s: &ProgressSummary, six: &SixMonths, from: NaiveDate, to: NaiveDate) -> usize {
    let scale = s.scale.as_ref().unwrap();
    let keys: Vec<&str> = scale.topics.iter().map(|t| t.key.as_str()).collect();
    let want: Vec<&str> = ScaleTopic::ALL.iter().map(|t| t.key()).collect();
    assert_eq!(keys, want);
    let facts: Vec<_> = six
        .scale
        .iter()
        .filter(|(d, _)| *d >= from && *d <= to)
        .collect();
    assert_eq!(scale.points.len(), facts.len());
    for (point, (day, answers)) in scale.points.iter().zip(&facts) {
        assert_eq!(point.date, day.to_string());
        let items: Vec<Option<u8>> = ScaleTopic::ALL
            .iter()
            .map(|t| answers.iter().find(|(a, _)| a == t).map(|(_, v)| *v))
            .collect();
        assert_eq!(point.items, items, "{day}");
        let total: u32 = answers.iter().map(|(_, v)| u32::from(*v)).sum();
        assert_eq!((point.total, point.answered), (total, answers.len() as u32));
    }
    facts.len()
}

fn check_signs(s: &ProgressSummary, six: &SixMonths, from: NaiveDate, to: NaiveDate) {
    let signs = s.signs.as_ref().unwrap();
    let in_period: BTreeMap<_, _> = six.checkins.range(from..=to).collect();
    assert_eq!(signs.days_checked_in, in_period.len() as u32);
    assert_eq!(signs.days_in_period, ((to - from).num_days() + 1) as u32);
    assert_eq!(signs.max_rating, 3);
    let mut monday = from - Duration::days(i64::from(from.weekday().num_days_from_monday()));
    let mut mondays = Vec::new();
    while monday <= to {
        mondays.push(monday);
        monday += Duration::days(7);
    }
    assert_eq!(signs.weeks.len(), mondays.len());
    for (week, monday) in signs.weeks.iter().zip(&mondays) {
        assert_eq!(week.week_start, monday.to_string());
        let days = (0..7)
            .map(|i| *monday + Duration::days(i))
            .filter(|d| *d >= from && *d <= to && six.checkins.contains_key(d))
            .count() as u32;
        assert_eq!(week.days_checked_in, days, "{monday}");
    }
    assert_eq!(signs.signs.len(), six.signs.len());
    for (series, (id, name)) in signs.signs.iter().zip(&six.signs) {
        assert_eq!(&series.sign_id, id);
        assert_eq!(&series.name, name);
        for (week, monday) in series.weeks.iter().zip(&mondays) {
            let values: Vec<f64> = (0..7)
                .map(|i| *monday + Duration::days(i))
                .filter(|d| *d >= from && *d <= to)
                .filter_map(|d| six.checkins.get(&d).map(|r| f64::from(r[id])))
                .collect();
            assert_eq!(week.days_rated, values.len() as u32);
            match week.mean {
                None => assert!(values.is_empty(), "{monday}"),
                Some(mean) => {
                    let expected = values.iter().sum::<f64>() / values.len() as f64;
                    assert!(
                        (mean - expected).abs() < 1e-9,
                        "{monday}: {mean} vs {expected}"
                    );
                }
            }
        }
    }
    // The rough patch shows: the week of 17 August is higher than the week of 20 July.
    let mean_of = |week: &str| {
        signs.signs[0]
            .weeks
            .iter()
            .find(|w| w.week_start == week)
            .and_then(|w| w.mean)
            .unwrap()
    };
    assert!(mean_of("2026-08-17") > mean_of("2026-07-20") + 1.0);
}

fn check_medicines(s: &ProgressSummary, six: &SixMonths, from: NaiveDate, to: NaiveDate) {
    let meds = s.medicines.as_ref().unwrap();
    let count = |med: Option<&str>, month: &str| {
        let facts: Vec<_> = six
            .doses
            .iter()
            .filter(|d| d.due_by_today && d.date >= from && d.date <= to)
            .filter(|d| month_key(d.date) == month)
            .filter(|d| med.is_none_or(|m| d.medication_id == m))
            .collect();
        let of = |o| facts.iter().filter(|d| d.outcome == o).count() as u32;
        (facts.len() as u32, of(Outcome::Taken), of(Outcome::Skipped))
    };
    let months: Vec<&str> = meds.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, MONTHS);
    let check = |m: &stegvis_core::progress::AdherenceMonth, med: Option<&str>| {
        let (planned, taken, skipped) = count(med, &m.month);
        assert_eq!(
            (m.planned, m.taken, m.skipped),
            (planned, taken, skipped),
            "{} {med:?}",
            m.month
        );
        let percent = f64::from(taken) * 100.0 / f64::from(planned);
        assert!((m.percent.unwrap() - percent).abs() < 1e-9);
    };
    for m in &meds.months {
        check(m, None);
    }
    assert_eq!(meds.medicines.len(), 2);
    for (line, (id, name)) in meds.medicines.iter().zip(&six.medicines) {
        assert_eq!(&line.medication_id, id);
        assert_eq!(&line.name, name);
        for m in &line.months {
            check(m, Some(id));
        }
    }
    // June: the first medicine twice a day (60); the second on Mondays, Wednesdays
    // and Fridays (13). September: the second every day after the plan change (30).
    assert_eq!(meds.medicines[0].months[0].planned, 60);
    assert_eq!(meds.medicines[1].months[0].planned, 13);
    assert_eq!(meds.medicines[1].months[3].planned, 30);
    // August's rough patch shows in the percent.
    let pct = |i: usize| meds.months[i].percent.unwrap();
    assert!(pct(2) < pct(1) - 5.0, "{} vs {}", pct(2), pct(1));
}

#[test]
fn six_months_summarised_number_by_number() {
    let (_dir, six) = built();
    let c = &six.companion;
    let s = c.progress_summary(None, None, vec![]).unwrap();
    let (from, to) = (date(2026, 6, 1), six_months::today());
    assert_eq!(
        (s.from.as_str(), s.to.as_str()),
        ("2026-06-01", "2026-11-23")
    );
    assert_eq!(s.sections, ReportSection::ALL.to_vec());
    assert_eq!(s.period_label, "1 June 2026 – 23 November 2026");
    assert_eq!(s.made_label, "Made on Monday 23 November 2026");
    assert_eq!(s.lang, "en");
    check_goals(&s, &six, from, to);
    check_signs(&s, &six, from, to);
    check_medicines(&s, &six, from, to);
    assert_eq!(check_modules(&s, &six, to), (1, 1));
    let modules = s.modules.as_ref().unwrap();
    assert_eq!(modules.modules[0].name, "Recovery strategies");
    assert_eq!(
        modules.modules[0].state_label,
        "Started 3 June 2026, worked through 14 August 2026"
    );
    // The practical-facts assignment was tagged by the module's name: it counts too.
    assert_eq!(modules.modules[1].assignments, 1);
    assert_eq!(check_scale(&s, &six, from, to), 3);
    let scale = s.scale.as_ref().unwrap();
    let skipped = ScaleTopic::ALL
        .iter()
        .position(|t| *t == six_months::SCALE_SKIPPED.1)
        .unwrap();
    assert_eq!(scale.points[1].answered, 14);
    assert_eq!(scale.points[1].items[skipped], None);
    assert!(scale.points[2].total > scale.points[0].total);
    assert_eq!(scale.points[2].label, "20 November 2026");

    // June and July: the first module under way, the first rating only.
    let s = c
        .progress_summary(
            Some("2026-06-01".into()),
            Some("2026-07-31".into()),
            vec![ReportSection::Scale, ReportSection::Modules],
        )
        .unwrap();
    assert!(s.goals.is_none() && s.signs.is_none() && s.medicines.is_none());
    let to = date(2026, 7, 31);
    assert_eq!(check_modules(&s, &six, to), (0, 1));
    assert_eq!(check_scale(&s, &six, date(2026, 6, 1), to), 1);
    // October: no rating in it, so the scale part is left out rather than empty.
    let s = c
        .progress_summary(
            Some("2026-10-01".into()),
            Some("2026-10-31".into()),
            vec![ReportSection::Scale, ReportSection::Modules],
        )
        .unwrap();
    assert_eq!(s.scale, None);
    assert_eq!(check_modules(&s, &six, date(2026, 10, 31)), (1, 1));

    // A chosen period and sections: July and August, signs and medicines only.
    let s = c
        .progress_summary(
            Some("2026-07-15".into()),
            Some("2026-08-20".into()),
            vec![ReportSection::Medicines, ReportSection::Signs],
        )
        .unwrap();
    assert_eq!(
        s.sections,
        vec![ReportSection::Signs, ReportSection::Medicines]
    );
    assert!(s.goals.is_none());
    let (from, to) = (date(2026, 7, 15), date(2026, 8, 20));
    check_signs(&s, &six, from, to);
    let meds = s.medicines.as_ref().unwrap();
    assert_eq!(meds.months.len(), 2);
    let july: u32 = six
        .doses
        .iter()
        .filter(|d| d.date >= from && d.date <= date(2026, 7, 31))
        .count() as u32;
    assert_eq!(meds.months[0].planned, july);

    // Another language: the labels follow.
    c.set_language(Lang::Nb).unwrap();
    let s = c
        .progress_summary(None, None, vec![ReportSection::Goals])
        .unwrap();
    assert_eq!(s.lang, "nb");
    assert_eq!(s.goals.unwrap().months[0].label, "juni 2026");
    assert_eq!(s.made_label, "Laget mandag 23. november 2026");
}

#[test]
fn bad_periods_and_sections_are_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    let c = common::open(dir.path(), common::TestClock::at(common::monday_morning())).unwrap();
    let err = |from: &str, to: &str| {
        c.progress_summary(Some(from.into()), Some(to.into()), vec![])
            .unwrap_err()
    };
    assert_eq!(
        err("2026-06-02", "2026-06-01"),
        StegvisError::InvalidInput {
            field: Field::EndDate,
            reason: InvalidReason::BeforeStart
        }
    );
    assert_eq!(
        err("2026-02-30", "2026-06-01"),
        StegvisError::InvalidInput {
            field: Field::StartDate,
            reason: InvalidReason::Malformed
        }
    );
    assert_eq!(
        err("2026-06-01", "soon"),
        StegvisError::InvalidInput {
            field: Field::EndDate,
            reason: InvalidReason::Malformed
        }
    );
    assert_eq!(
        c.parse_report_sections("goals,weather".into()).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::ReportSections,
            reason: InvalidReason::Unknown
        }
    );
    assert_eq!(
        c.parse_report_sections("scale, goals".into()).unwrap(),
        vec![ReportSection::Goals, ReportSection::Scale]
    );
    // An empty folder summarises to zeros, not to an error.
    let s = c.progress_summary(None, None, vec![]).unwrap();
    // No module marked and no rating: those parts say "nothing yet", never eleven blanks.
    assert_eq!((s.modules.clone(), s.scale.clone()), (None, None));
    assert_eq!(s.goals.unwrap().active, 0);
    assert_eq!(s.signs.unwrap().days_checked_in, 0);
    assert!(s.medicines.unwrap().medicines.is_empty());
}

/// The report document holds the summary and the FHIR Bundle with the same numbers.
/// Writes the documents to `target/report-samples/` where `cargo xtask test` checks
/// them against the official FHIR R4 JSON schema.
#[test]
fn report_json_carries_the_summary_and_a_fhir_bundle() {
    let (_dir, six) = built();
    let c = &six.companion;
    let text = c.report_json(None, None, vec![]).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["format"], "stegvis-progress-report");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["summary"]["from"], "2026-06-01");
    let bundle = &doc["fhir"];
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    assert_eq!(bundle["timestamp"], "2026-11-23T08:00:00Z");
    let entries = bundle["entry"].as_array().unwrap();
    let code = |e: &serde_json::Value| e["resource"]["code"]["coding"][0]["code"].clone();
    let summary = c.progress_summary(None, None, vec![]).unwrap();
    let sign_weeks: usize = summary
        .signs
        .as_ref()
        .unwrap()
        .signs
        .iter()
        .map(|s| s.weeks.iter().filter(|w| w.mean.is_some()).count())
        .sum();
    assert_eq!(
        entries
            .iter()
            .filter(|e| code(e) == "sign-weekly-mean")
            .count(),
        sign_weeks
    );
    let meds = summary.medicines.as_ref().unwrap();
    let month_series = meds.months.iter().filter(|m| m.percent.is_some()).count()
        + meds
            .medicines
            .iter()
            .flat_map(|m| &m.months)
            .filter(|m| m.percent.is_some())
            .count();
    assert_eq!(
        entries
            .iter()
            .filter(|e| code(e) == "adherence-monthly")
            .count(),
        month_series
    );
    // The first week of the first sign, and August overall, as numbers.
    let first = &entries[0]["resource"];
    let mean = summary.signs.as_ref().unwrap().signs[0].weeks[0]
        .mean
        .unwrap();
    assert_eq!(
        first["valueQuantity"]["value"].as_f64().unwrap(),
        (mean * 100.0).round() / 100.0
    );
    assert_eq!(first["effectivePeriod"]["start"], "2026-06-01");
    assert_eq!(first["effectivePeriod"]["end"], "2026-06-07");
    let august = entries
        .iter()
        .find(|e| e["resource"]["id"] == "adherence-all-2026-08")
        .unwrap();
    let r = &august["resource"];
    assert_eq!(r["valueQuantity"]["code"], "%");
    assert_eq!(r["valueQuantity"]["system"], "http://unitsofmeasure.org");
    assert_eq!(
        r["valueQuantity"]["value"].as_f64().unwrap(),
        (meds.months[2].percent.unwrap() * 10.0).round() / 10.0
    );
    assert_eq!(r["component"][0]["valueInteger"], meds.months[2].planned);
    assert_eq!(r["effectivePeriod"]["end"], "2026-08-31");
    // The last week is clipped to the period's last day.
    let last = entries
        .iter()
        .rev()
        .find(|e| code(e) == "sign-weekly-mean")
        .unwrap();
    assert!(last["resource"]["effectivePeriod"]["end"].as_str().unwrap() <= "2026-11-23");

    // One QuestionnaireResponse per real self-rating, a skipped topic left out.
    let qrs: Vec<_> = entries
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "QuestionnaireResponse")
        .map(|e| &e["resource"])
        .collect();
    assert_eq!(qrs.len(), six.scale.len());
    for (qr, (day, answers)) in qrs.iter().zip(&six.scale) {
        assert_eq!(qr["questionnaire"], fhir::SCALE_QUESTIONNAIRE);
        assert_eq!(qr["status"], "completed");
        assert_eq!(qr["authored"], day.to_string());
        let items = qr["item"].as_array().unwrap();
        assert_eq!(items.len(), answers.len());
        for (item, (topic, value)) in items.iter().zip(answers) {
            assert_eq!(item["linkId"], topic.key());
            assert_eq!(item["answer"][0]["valueInteger"], *value);
        }
    }
    assert_eq!(qrs[1]["item"].as_array().unwrap().len(), 14);
    assert_eq!(qrs[0]["item"][0]["text"], "Knowing about your illness");

    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/report-samples");
    std::fs::create_dir_all(&samples).unwrap();
    std::fs::write(samples.join("six-months.json"), &text).unwrap();
    // The hand-made scale sample of earlier versions: real ratings are in the one above.
    let _ = std::fs::remove_file(samples.join("six-months-with-scale.json"));
}
