//! `stegvis history` as a person runs it, in each of the four languages: a November
//! with a step done, a check-in with a note, doses and a plan change, read as a
//! calendar grid (this month and another), one day opened, and both as JSON; a
//! repeating step, an IMR module and an IMR Scale rating on days of their own; bad
//! months and days refused with the field named.
#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use serde_json::Value;
use stegvis_core::{Lang, Localizer};

const SETUP: &str = "2026-11-02T07:00:00Z";
/// Tuesday 3 November, 08:10 in Oslo.
const TUESDAY_MORNING: &str = "2026-11-03T07:10:00Z";
const TUESDAY_EVENING: &str = "2026-11-03T19:30:00Z";
/// Monday 23 November, 13:00 in Oslo: when the history is read.
const READ: &str = "2026-11-23T12:00:00Z";

fn stegvis(dir: &Path, now: &str, lang: Lang) -> Command {
    let mut cmd = stegvis_in(dir, now, lang.tag());
    cmd.env("NO_COLOR", "1");
    cmd
}

fn id(value: &Value) -> String {
    value["id"].as_str().unwrap().to_owned()
}

/// A November: a medicine at 08:00 and 20:00, a sign, a goal with a step done on the
/// 3rd, a check-in with a note and the morning dose that day, the plan on the 18th.
fn november(dir: &Path, lang: Lang) {
    let goal = json(stegvis(dir, SETUP, lang).args(["goal", "add", "Walk outside most days"]));
    let step = json(stegvis(dir, SETUP, lang).args(["step", "add", &id(&goal), "Find my shoes"]));
    let sign = json(stegvis(dir, SETUP, lang).args(["signs", "add", "Racing thoughts"]));
    let med = json(stegvis(dir, SETUP, lang).args(["meds", "add", "Sertraline"]));
    text(stegvis(dir, SETUP, lang).args([
        "meds",
        "schedule",
        "add",
        &id(&med),
        "--at",
        "08:00,20:00",
    ]));
    text(stegvis(dir, TUESDAY_MORNING, lang).args(["meds", "take", &id(&med)]));
    text(stegvis(dir, TUESDAY_MORNING, lang).args(["step", "done", &id(&step)]));
    let rate = format!("{}=1", id(&sign));
    text(stegvis(dir, TUESDAY_EVENING, lang).args([
        "checkin",
        "--rate",
        &rate,
        "--note",
        "A calm day",
    ]));
    text(stegvis(dir, "2026-11-18T09:00:00Z", lang).args([
        "plan",
        "edit",
        "triggers",
        "--add",
        "Late nights",
    ]));
    // The 5th: a repeating walk done and the first IMR module started; the 12th: the
    // IMR Scale, every topic answered 3.
    let walk = json(stegvis(dir, SETUP, lang).args([
        "step",
        "add",
        &id(&goal),
        "Walk 20 minutes",
        "--repeat",
        "weekly:3",
    ]));
    let fifth = "2026-11-05T18:00:00Z";
    text(stegvis(dir, fifth, lang).args(["step", "done", &id(&walk)]));
    text(stegvis(dir, fifth, lang).args(["modules", "start", "recovery-strategies"]));
    let threes = vec!["3"; 15].join(",");
    text(stegvis(dir, "2026-11-12T18:00:00Z", lang).args(["scale", "rate", "--answers", &threes]));
}

/// No ISO date (`2026-11-03`) and no UTC instant in what a person reads, apart from
/// the command to type for a day.
fn no_iso(out: &str) {
    for line in out.lines().filter(|l| !l.contains("stegvis history")) {
        assert!(!line.contains("2026-"), "{line}");
        assert!(!line.contains('Z') || !line.contains('T'), "{line}");
    }
}

#[test]
fn a_month_and_a_day_in_each_language() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        november(dir, lang);
        let loc = Localizer::new(lang);

        // This month, as a grid with a legend.
        let grid = text(stegvis(dir, READ, lang).arg("history"));
        no_iso(&grid);
        let title = loc.month_title(2026, 11);
        assert!(grid.starts_with(&title), "{lang}: {grid}");
        for day in loc.short_weekdays() {
            assert!(grid.contains(&day), "{lang}: {day}");
        }
        // The 3rd: a step, the check-in with its note, one of two doses.
        let third = grid.lines().find(|l| l.starts_with(" 45")).unwrap();
        assert!(third.contains(" 3 "), "{third}");
        // Tuesday's column (the week number takes 5, each day 10) in week 45's rows.
        let tuesday: Vec<String> = grid
            .lines()
            .skip_while(|l| !l.starts_with(" 45"))
            .take_while(|l| !l.starts_with(" 46"))
            .map(|l| {
                l.chars()
                    .skip(15)
                    .take(10)
                    .collect::<String>()
                    .trim()
                    .to_owned()
            })
            .collect();
        assert_eq!(tuesday, ["3", "s1 c+", "d1/2"], "{lang}: {grid}");
        assert!(grid.contains("[23]"), "today is marked: {grid}");
        assert!(grid.contains(&loc.t("calendar-legend-checkin")), "{lang}");
        assert!(
            grid.contains(&loc.t("calendar-legend-plan-saved")),
            "{lang}"
        );
        // Fits a terminal 80 columns wide.
        assert!(grid.lines().all(|l| l.chars().count() <= 80), "{grid}");

        // Another month: October was before anything was written.
        let october = text(stegvis(dir, READ, lang).args(["history", "--month", "2026-10"]));
        assert!(october.starts_with(&loc.month_title(2026, 10)), "{october}");
        assert!(october.contains(&loc.ta(
            "calendar-month-empty",
            &stegvis_core::l10n::Args::new().text("month", loc.month_title(2026, 10))
        )));

        // One day opened.
        let day = text(stegvis(dir, READ, lang).args(["history", "--date", "2026-11-03"]));
        no_iso(&day);
        assert!(
            day.starts_with(&loc.date(chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap())),
            "{day}"
        );
        assert!(day.contains("Find my shoes"), "{day}");
        assert!(day.contains("Walk outside most days"), "{day}");
        assert!(day.contains("Racing thoughts"), "{day}");
        assert!(day.contains("A calm day"), "{day}");
        assert!(day.contains("08:10"), "{day}");
        assert!(day.contains(&loc.t("calendar-checkin-with-note")), "{day}");
        assert!(day.contains(&loc.t("checkin-scale-1")), "{day}");
        let plan = json(stegvis(dir, READ, lang).args(["history", "--date", "2026-11-18"]));
        let saved = plan["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["kind"] == "plan-saved")
            .unwrap();
        assert_eq!(saved["entry"]["version"], 1);
        assert_eq!(saved["time_label"], "10:00");
        // The repeating step, the module and the scale show on their days.
        let fifth = text(stegvis(dir, READ, lang).args(["history", "--date", "2026-11-05"]));
        let twelfth = text(stegvis(dir, READ, lang).args(["history", "--date", "2026-11-12"]));
        let module = stegvis_core::module_name("recovery-strategies", &loc).unwrap();
        let scale = loc.ta(
            "calendar-scale-rated",
            &stegvis_core::l10n::Args::new()
                .num("topics", 15)
                .num("total", 45),
        );
        assert!(
            fifth.contains("Walk 20 minutes")
                && fifth.contains(&module)
                && twelfth.contains(&scale)
                && grid.contains(&loc.t("calendar-legend-scale-rated")),
            "{lang}: {fifth}\n{twelfth}"
        );

        // The same as JSON.
        let month = json(stegvis(dir, READ, lang).args(["history", "--month", "2026-11"]));
        assert_eq!(month["month"], "2026-11");
        assert_eq!(month["next_month"], Value::Null);
        let cells: Vec<&Value> = month["weeks"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|w| w["days"].as_array().unwrap())
            .collect();
        let third = cells.iter().find(|c| c["date"] == "2026-11-03").unwrap();
        let kinds: Vec<&str> = third["marks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["step-done", "checkin", "dose"]);
        let future = cells.iter().find(|c| c["date"] == "2026-11-30").unwrap();
        assert_eq!(future["place"], "future");
        let day = json(stegvis(dir, READ, lang).args(["history", "--date", "2026-11-03"]));
        let entries: Vec<&str> = day["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["entry"]["kind"].as_str().unwrap())
            .collect();
        assert!(
            entries.contains(&"step-done") && entries.contains(&"checkin"),
            "{entries:?}"
        );
        assert_eq!(entries.iter().filter(|k| **k == "dose").count(), 2);
    }
}

#[test]
fn bad_months_and_days_name_the_field() {
    let dir = tempfile::tempdir().unwrap();
    for (args, field, reason) in [
        (
            vec!["history", "--month", "2026-13"],
            "history-month",
            "malformed",
        ),
        (
            vec!["history", "--month", "nov"],
            "history-month",
            "malformed",
        ),
        (
            vec!["history", "--month", "2027-01"],
            "history-month",
            "in-future",
        ),
        (
            vec!["history", "--date", "2026-02-30"],
            "history-date",
            "malformed",
        ),
        (
            vec!["history", "--date", "2026-11-24"],
            "history-date",
            "in-future",
        ),
    ] {
        let err = common::refused(stegvis(dir.path(), READ, Lang::En).args(&args));
        assert_eq!(err["error"]["field"], field, "{args:?}");
        assert_eq!(err["error"]["reason"], reason, "{args:?}");
    }
    // Both at once is a usage error.
    stegvis(dir.path(), READ, Lang::En)
        .args(["history", "--month", "2026-11", "--date", "2026-11-03"])
        .assert()
        .code(2);
    // In Norwegian, the sentence names the month.
    let out = stegvis(dir.path(), READ, Lang::Nb)
        .args(["history", "--month", "2026-13"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("Måned"));
}
