//! The terminal shell end to end: the real binary on real data folders, as a script
//! or a person would run it.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in};
use serde_json::Value;
use stegvis_core::l10n::Args;
use stegvis_core::{Lang, Localizer};

const MONDAY: &str = "2026-11-23T09:00:00Z";

fn stegvis(dir: &Path, now: &str) -> Command {
    stegvis_in(dir, now, "en")
}

fn add_goal(dir: &Path, text: &str) -> String {
    json(stegvis(dir, MONDAY).args(["goal", "add", text, "--area", "health"]))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn add_step(dir: &Path, now: &str, goal: &str, text: &str, extra: &[&str]) -> String {
    json(
        stegvis(dir, now)
            .args(["step", "add", goal, text])
            .args(extra),
    )["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_goal_with_steps_from_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = add_goal(dir, "Walk outside most days");
    let steps: Vec<String> = ["Find shoes", "Walk around the block", "Walk to the park"]
        .iter()
        .map(|t| add_step(dir, MONDAY, &goal, t, &[]))
        .collect();
    for id in &steps[..2] {
        stegvis(dir, MONDAY)
            .args(["step", "done", id])
            .assert()
            .success()
            .stdout(predicates::str::contains(
                "Well done. The step is checked off.",
            ));
    }
    let shown = json(stegvis(dir, MONDAY).args(["goal", "show", &goal]));
    assert_eq!(shown["goal"]["progress"]["done"], 2);
    assert_eq!(shown["goal"]["progress"]["total"], 3);
    assert_eq!(shown["goal"]["area"], "health");
    assert_eq!(shown["goal"]["status"], "active");
    assert_eq!(shown["steps"].as_array().unwrap().len(), 3);

    // Human output: plain text when not a terminal, no colour codes.
    let out = stegvis(dir, MONDAY)
        .args(["goal", "show", &goal])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("2 of 3 steps done"), "{text}");
    assert!(!text.contains('\x1b'));

    // Reorder, undo, edit, reach, resume.
    let moved = json(stegvis(dir, MONDAY).args(["step", "move", &steps[2], "1"]));
    assert_eq!(moved["steps"][0]["id"], steps[2].as_str());
    stegvis(dir, MONDAY)
        .args(["step", "undo", &steps[0]])
        .assert()
        .success();
    let edited = json(stegvis(dir, MONDAY).args([
        "step",
        "edit",
        &steps[0],
        "--text",
        "Find my old shoes",
        "--due",
        "2026-11-25",
    ]));
    assert_eq!(edited["text"], "Find my old shoes");
    assert_eq!(edited["due_date"], "2026-11-25");
    let reached = json(stegvis(dir, MONDAY).args(["goal", "reach", &goal]));
    assert_eq!(reached["status"], "reached");
    let listed = json(stegvis(dir, MONDAY).args(["goal", "list"]));
    assert_eq!(listed.as_array().unwrap().len(), 0);
    let all = json(stegvis(dir, MONDAY).args(["goal", "list", "--all"]));
    assert_eq!(all.as_array().unwrap().len(), 1);
    stegvis(dir, MONDAY)
        .args(["goal", "resume", &goal])
        .assert()
        .success();
}

#[test]
fn bad_input_exits_2_naming_the_field_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = add_goal(dir, "Sleep before midnight");
    let cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (vec!["goal", "add", "   "], "goal-text", "empty"),
        (
            vec!["goal", "add", "Cook", "--area", "hobbies"],
            "life-area",
            "unknown",
        ),
        (
            vec!["step", "add", &goal, "Go to bed", "--due", "tomorrow"],
            "due-date",
            "malformed",
        ),
        (
            vec!["step", "add", &goal, "Read", "--meeting", "13/11"],
            "meeting-date",
            "malformed",
        ),
        (vec!["step", "done", "12345"], "id", "malformed"),
        (
            vec!["goal", "edit", &goal, "--stall-days", "0"],
            "stall-days",
            "out-of-range",
        ),
    ];
    let long = "x".repeat(2001);
    let mut cases = cases;
    cases.push((vec!["goal", "add", &long], "goal-text", "too-long"));
    for (args, field, reason) in cases {
        let out = stegvis(dir, MONDAY)
            .args(&args)
            .arg("--json")
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(err["error"]["field"], field, "{args:?}");
        assert_eq!(err["error"]["reason"], reason, "{args:?}");
        assert_eq!(err["error"]["kind"], "invalid-input");
    }
    // Text errors name the field in words.
    stegvis(dir, MONDAY)
        .args(["goal", "add", ""])
        .assert()
        .code(2)
        .stderr(
            "Sorry: Goal: this cannot be empty. Write the goal in your own words, \
             for example “Walk outside most days”.\n",
        );
    // Nothing was written.
    let shown = json(stegvis(dir, MONDAY).args(["goal", "show", &goal]));
    assert_eq!(shown["steps"].as_array().unwrap().len(), 0);
    assert_eq!(shown["goal"]["stall_days"], 7);
    assert_eq!(
        json(stegvis(dir, MONDAY).args(["goal", "list", "--all"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Other failures exit 1.
    let unknown = uuid::Uuid::new_v4().to_string();
    stegvis(dir, MONDAY)
        .args(["step", "done", &unknown])
        .assert()
        .code(1)
        .stderr("Sorry: That step was not found.\n");
    stegvis(dir, MONDAY)
        .args(["goal", "set-aside", &goal])
        .assert()
        .success();
    let step_on_paused = stegvis(dir, MONDAY)
        .args(["step", "add", &goal, "Dim the lights", "--json"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err: Value = serde_json::from_slice(&step_on_paused).unwrap();
    assert_eq!(err["error"]["kind"], "conflict");

    // The environment is checked too.
    stegvis(dir, "yesterday at noon")
        .arg("today")
        .assert()
        .code(2);
    stegvis(dir, MONDAY)
        .args(["--lang", "fr", "today"])
        .assert()
        .code(2);
    // Usage errors are bad input as well.
    stegvis(dir, MONDAY).args(["goal", "fly"]).assert().code(2);
}

#[test]
fn a_stalled_step_is_solved_and_followed_up() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = add_goal(dir, "Have coffee with my sister");
    let step = add_step(dir, MONDAY, &goal, "Ask her", &[]);

    let later = "2026-12-02T09:00:00Z";
    let today = json(stegvis(dir, later).arg("today"));
    assert_eq!(today["sections"][0]["kind"], "stalled");
    assert_eq!(today["sections"][0]["items"][0]["step_id"], step.as_str());

    let plan = json(stegvis(dir, later).args([
        "solve",
        &step,
        "--problem",
        "I worry she will say no",
        "--option",
        "Text her",
        "--pros",
        "Less pressure",
        "--option",
        "Ask at the birthday",
        "--cons",
        "",
        "--cons",
        "A month away",
        "--choose",
        "1",
        "--action",
        "Write the text on Tuesday",
        "--follow-up",
        "2026-12-05",
    ]));
    assert_eq!(plan["chosen"], 1);
    assert_eq!(plan["options"][0]["pros"], "Less pressure");
    assert_eq!(plan["options"][1]["cons"], "A month away");
    let plan_id = plan["id"].as_str().unwrap().to_owned();

    // Missing answers are named.
    let out = stegvis(dir, later)
        .args([
            "solve",
            &step,
            "--problem",
            "x",
            "--option",
            "a",
            "--option",
            "b",
            "--json",
        ])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(err["error"]["field"], "chosen-option");

    let due = "2026-12-05T09:00:00Z";
    let follow = json(stegvis(dir, due).args(["followup", "list"]));
    assert_eq!(follow[0]["problem_solving_id"], plan_id.as_str());
    stegvis(dir, due)
        .args(["followup", "done", &plan_id])
        .assert()
        .success();
    assert_eq!(
        json(stegvis(dir, due).args(["followup", "list"])),
        Value::Array(vec![])
    );
}

#[test]
fn every_language_speaks_its_own_words() {
    for lang in Lang::ALL {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let loc = Localizer::new(lang);
        stegvis(dir, MONDAY)
            .env("STEGVIS_LANG", lang.tag())
            .args(["goal", "add", "Walk", "--area", "daily-living"])
            .assert()
            .success()
            .stdout(predicates::str::starts_with(loc.t("cli-goal-added")));
        let date = loc.date(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let title = loc.ta("today-title", &Args::new().text("date", date));
        stegvis(dir, MONDAY)
            .args(["--lang", lang.tag(), "today"])
            .assert()
            .success()
            .stdout(predicates::str::contains(title));
        let areas = json(stegvis(dir, MONDAY).args(["--lang", lang.tag(), "areas"]));
        assert_eq!(areas[6]["key"], "daily-living");
        assert_eq!(areas[6]["name"], loc.t("area-daily-living"));
        let expected = format!(
            "{} {} {}\n",
            loc.t("cli-error-prefix"),
            loc.ta(
                "error-invalid-input",
                &Args::new()
                    .text("field", loc.t("field-goal-text"))
                    .text("reason", loc.t("reason-empty"))
            ),
            loc.t("hint-goal-text")
        );
        stegvis(dir, MONDAY)
            .args(["--lang", lang.tag(), "goal", "add", " "])
            .assert()
            .code(2)
            .stderr(expected);
    }
}

#[test]
fn demo_fills_a_separate_folder_and_home_prints_today_without_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let demo = tmp.path().join("demo");
    stegvis(tmp.path(), MONDAY)
        .args(["demo", "--into"])
        .arg(&demo)
        .assert()
        .success()
        .stdout(predicates::str::contains("Example data is ready"));
    let today = json(stegvis(&demo, MONDAY).arg("today"));
    let kinds: Vec<&str> = today["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "checkin",
            "plan",
            "doses-missed",
            "refill",
            "due",
            "overdue",
            "follow-ups",
            "stalled",
            "next"
        ]
    );
    // The folder the demo was asked to skip is untouched.
    assert!(!tmp.path().join("stegvis.db").exists());
    // A folder with data is never filled.
    stegvis(tmp.path(), MONDAY)
        .args(["demo", "--into"])
        .arg(&demo)
        .assert()
        .code(1);

    // No subcommand and no terminal: today's items, and a hint on stderr.
    stegvis(&demo, MONDAY)
        .assert()
        .success()
        .stdout(predicates::str::contains("Today, Monday 23 November"))
        .stderr(predicates::str::contains("stegvis today"));
}

#[test]
fn signs_check_in_trend_and_plan_from_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let catalog = json(stegvis(dir, MONDAY).args(["signs", "catalog"]));
    assert!(catalog.as_array().unwrap().len() >= 20);
    let sleep = json(stegvis(dir, MONDAY).args(["signs", "add", "--catalog", "sleeping-less"]))
        ["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let own =
        json(stegvis(dir, MONDAY).args(["signs", "add", "I stop answering messages", "--others"]));
    assert_eq!(own["noticed_by_others"], true);
    let own = own["id"].as_str().unwrap().to_owned();
    let listed = json(stegvis(dir, MONDAY).args(["signs", "list"]));
    assert_eq!(listed[0]["name"], "Sleeping less than usual");

    // Today asks for the check-in until it is done.
    let today = json(stegvis(dir, MONDAY).arg("today"));
    assert_eq!(today["sections"][0]["kind"], "checkin");
    let rate_sleep = format!("{sleep}=2");
    let rate_own = format!("{own}=1");
    stegvis(dir, MONDAY)
        .args([
            "checkin",
            "--rate",
            &rate_sleep,
            "--rate",
            &rate_own,
            "--note",
            "Tired",
            "--sleep",
            "5.5",
        ])
        .assert()
        .success()
        .stdout("Thank you. Your check-in is saved.\n");
    let today = json(stegvis(dir, MONDAY).arg("today"));
    assert!(today["sections"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["kind"] != "checkin"));

    // Yesterday may be filled in; tomorrow may not; ratings stay within 0-3.
    stegvis(dir, MONDAY)
        .args([
            "checkin",
            "--rate",
            &format!("{sleep}=1"),
            "--date",
            "2026-11-22",
        ])
        .assert()
        .success();
    for (args, field) in [
        (
            vec![
                "checkin",
                "--rate",
                &format!("{sleep}=1"),
                "--date",
                "2026-11-24",
            ],
            "checkin-date",
        ),
        (vec!["checkin", "--rate", &format!("{sleep}=4")], "rating"),
        (vec!["checkin", "--rate", "sleep=two"], "rating"),
        (
            vec!["checkin", "--rate", &rate_sleep, "--sleep", "25"],
            "sleep-hours",
        ),
        (vec!["signs", "trend", "--weeks", "0"], "weeks"),
        (
            vec!["plan", "rules", "add", "--signs", "", "--at-least", "2"],
            "rule-signs",
        ),
    ] {
        let out = stegvis(dir, MONDAY)
            .args(&args)
            .arg("--json")
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(err["error"]["field"], field, "{args:?}");
    }

    let trend = json(stegvis(dir, MONDAY).args(["signs", "trend", "--weeks", "1"]));
    assert_eq!(trend["days_checked_in"], 2);
    assert_eq!(trend["total"]["daily"].as_array().unwrap().len(), 7);
    assert_eq!(trend["total"]["daily"][6], 3.0);
    let text = stegvis(dir, MONDAY)
        .args(["signs", "trend", "--weeks", "1"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("You checked in on 2 of 7 days."), "{text}");
    assert!(text.contains("·····"), "{text}");

    // The plan, edited section by section, each change a version.
    stegvis(dir, MONDAY)
        .args(["plan", "edit", "triggers", "--add", "Exams"])
        .assert()
        .success();
    stegvis(dir, MONDAY)
        .args(["plan", "edit", "signs", "--sign", &own])
        .assert()
        .success();
    stegvis(dir, MONDAY)
        .args([
            "plan",
            "edit",
            "contacts",
            "--add",
            "The clinic",
            "--reach",
            "00 00 00 00",
            "--kind",
            "clinic",
        ])
        .assert()
        .success();
    stegvis(dir, MONDAY)
        .args([
            "plan",
            "edit",
            "supporter-actions",
            "--add",
            "Call me",
            "--supporter",
            "Kari",
        ])
        .assert()
        .success();
    let rule_signs = format!("{sleep},{own}");
    stegvis(dir, MONDAY)
        .args([
            "plan",
            "rules",
            "add",
            "--signs",
            &rule_signs,
            "--at-least",
            "2",
            "--count",
            "2",
            "--days",
            "2",
        ])
        .assert()
        .success();
    stegvis(dir, MONDAY)
        .args([
            "plan",
            "rules",
            "add",
            "--sleep-under",
            "5",
            "--times",
            "2",
            "--within",
            "7",
        ])
        .assert()
        .success();
    let plan = json(stegvis(dir, MONDAY).args(["plan", "show"]));
    assert_eq!(plan["version"], 6);
    assert_eq!(plan["sections"][0]["key"], "triggers");
    assert_eq!(plan["sections"][0]["items"][0]["text"], "Exams");
    assert_eq!(
        plan["sections"][1]["items"][0]["detail"],
        "Others often notice this first"
    );
    assert_eq!(
        plan["sections"][4]["items"][0]["detail"],
        "Clinic: 00 00 00 00"
    );
    assert_eq!(plan["rules"].as_array().unwrap().len(), 2);
    let rules = json(stegvis(dir, MONDAY).args(["plan", "rules"]));
    assert_eq!(
        rules[1]["description"],
        "Sleeping under 5 hours on 2 or more of the last 7 days"
    );

    stegvis(dir, MONDAY)
        .args(["plan", "edit", "triggers", "--remove", "1"])
        .assert()
        .success();
    let history = json(stegvis(dir, MONDAY).args(["plan", "history"]));
    assert_eq!(history.as_array().unwrap().len(), 7);
    let old = json(stegvis(dir, MONDAY).args(["plan", "show", "--version", "1"]));
    assert_eq!(old["sections"][0]["items"][0]["text"], "Exams");
    for (args, field) in [
        (
            vec!["plan", "edit", "hobbies", "--add", "x"],
            "plan-section",
        ),
        (
            vec![
                "plan", "edit", "contacts", "--add", "Anna", "--kind", "cousin", "--reach", "1",
            ],
            "contact-kind",
        ),
        (vec!["plan", "edit", "triggers", "--remove", "9"], "index"),
    ] {
        let out = stegvis(dir, MONDAY)
            .args(&args)
            .arg("--json")
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(err["error"]["field"], field, "{args:?}");
    }
    let long = "x".repeat(2001);
    stegvis(dir, MONDAY)
        .args(["plan", "edit", "actions", "--add", &long])
        .assert()
        .code(2);
    assert_eq!(
        json(stegvis(dir, MONDAY).args(["plan", "show"]))["version"],
        7
    );

    // Retired signs keep their history but take no new ratings.
    stegvis(dir, MONDAY)
        .args(["signs", "retire", &sleep])
        .assert()
        .success();
    assert_eq!(
        json(stegvis(dir, MONDAY).args(["signs", "list", "--all"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    stegvis(dir, MONDAY)
        .args(["checkin", "--rate", &rate_sleep])
        .assert()
        .code(1);
    let trend = json(stegvis(dir, MONDAY).args(["signs", "trend", "--weeks", "1"]));
    assert_eq!(trend["per_sign"].as_array().unwrap().len(), 2);

    // Every language has the plan's words.
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        stegvis(dir, MONDAY)
            .args(["--lang", lang.tag(), "plan", "show"])
            .assert()
            .success()
            .stdout(predicates::str::contains(loc.t("plan-section-what-helped")));
    }
}

#[test]
fn medicines_from_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let now = "2026-03-28T12:00:00Z";
    let med = json(stegvis(dir, now).args([
        "meds",
        "add",
        "Sertraline",
        "--dose",
        "50 mg",
        "--cue",
        "by the toothbrush",
        "--count",
        "30",
        "--refill-days",
        "7",
    ]));
    let id = med["id"].as_str().unwrap().to_owned();
    assert_eq!(med["as_needed"], true);
    let pinned = json(stegvis(dir, now).args([
        "meds",
        "schedule",
        "add",
        &id,
        "--at",
        "02:30,08:00",
        "--zone",
        "Europe/Oslo",
    ]));
    assert_eq!(
        pinned["schedules"][0]["description"],
        "Every day at 02:30, 08:00, Oslo time"
    );
    stegvis(dir, now)
        .args([
            "meds",
            "schedule",
            "add",
            &id,
            "--at",
            "22:00",
            "--every-days",
            "2",
            "--start",
            "2026-03-28",
        ])
        .assert()
        .success();
    stegvis(dir, now)
        .args([
            "meds",
            "schedule",
            "add",
            &id,
            "--at",
            "12:00",
            "--weekdays",
            "mon,thu",
        ])
        .assert()
        .success();

    let occs = json(stegvis(dir, now).args([
        "meds",
        "occurrences",
        "--from",
        "2026-03-29",
        "--to",
        "2026-03-30",
    ]));
    let occs = occs.as_array().unwrap();
    let find = |date: &str, slot: &str| -> Vec<&Value> {
        occs.iter()
            .filter(|o| o["local_date"] == date && o["slot"] == slot)
            .collect()
    };
    // The gap: 02:30 is read with the offset before it.
    assert_eq!(find("2026-03-29", "02:30")[0]["at"], "2026-03-29T01:30:00Z");
    assert_eq!(find("2026-03-29", "08:00")[0]["at"], "2026-03-29T06:00:00Z");
    assert_eq!(find("2026-03-30", "22:00")[0]["at"], "2026-03-30T20:00:00Z");
    assert!(find("2026-03-29", "22:00").is_empty(), "every second day");
    assert_eq!(
        find("2026-03-30", "12:00")[0]["at"],
        "2026-03-30T10:00:00Z",
        "Monday"
    );
    for o in occs {
        for key in [
            "medication_id",
            "schedule_id",
            "local_date",
            "slot",
            "at",
            "id",
        ] {
            assert!(o.get(key).is_some(), "{key}");
        }
    }
    let ats: Vec<&str> = occs.iter().map(|o| o["at"].as_str().unwrap()).collect();
    let mut sorted = ats.clone();
    sorted.sort();
    assert_eq!(ats, sorted);

    // Log doses.
    let later = "2026-03-29T06:10:00Z";
    let morning = find("2026-03-29", "08:00")[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let taken = json(stegvis(dir, later).args(["meds", "take", &morning]));
    assert_eq!(taken["status"], "taken");
    assert_eq!(
        json(stegvis(dir, later).args(["meds", "show", &id]))["count_on_hand"],
        29
    );
    let night = find("2026-03-30", "02:30")[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = stegvis(dir, later)
        .args(["meds", "take", &night, "--json"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        (
            err["error"]["field"].as_str(),
            err["error"]["reason"].as_str()
        ),
        (Some("occurrence"), Some("too-early"))
    );
    let gap = find("2026-03-29", "02:30")[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    stegvis(dir, later)
        .args(["meds", "skip", &gap, "--reason", "asleep"])
        .assert()
        .success();
    // Issue 8: a skipped dose cannot be snoozed; only an undo changes it.
    stegvis(dir, later)
        .args(["meds", "snooze", &gap, "--minutes", "30"])
        .assert()
        .code(1);
    stegvis(dir, later)
        .args(["meds", "undo", &gap])
        .assert()
        .success();
    stegvis(dir, later)
        .args(["meds", "snooze", &gap, "--minutes", "30"])
        .assert()
        .success();
    stegvis(dir, later)
        .args(["meds", "snooze", &gap, "--minutes", "15"])
        .assert()
        .code(2);

    let reminders = json(stegvis(dir, later).arg("reminders"));
    let list = reminders["reminders"].as_array().unwrap();
    assert!(!list.is_empty() && list.len() <= 60);
    assert_eq!(list[0]["kind"], "snooze");
    assert_eq!(list[0]["at"], "2026-03-29T06:40:00Z");
    assert!(list
        .iter()
        .all(|r| !r["body"].as_str().unwrap().contains("Sertraline")));
    stegvis(dir, later)
        .args(["reminders", "settings", "--show-names"])
        .assert()
        .success();
    let named = json(stegvis(dir, later).arg("reminders"));
    assert!(named["reminders"][0]["body"]
        .as_str()
        .unwrap()
        .contains("Sertraline"));

    let adherence = json(stegvis(dir, later).args(["meds", "adherence", "--days", "7"]));
    assert_eq!(adherence[0]["days"], 7);
    assert!(adherence[0]["overall"]["taken"].as_u64().unwrap() >= 1);

    stegvis(dir, later)
        .args(["meds", "note", "Ask about feeling dizzy", "--med", &id])
        .assert()
        .success();
    assert_eq!(
        json(stegvis(dir, later).args(["meds", "note"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    stegvis(dir, later)
        .args(["meds", "pause", &id])
        .assert()
        .success();
    stegvis(dir, later)
        .args(["meds", "stop", &id])
        .assert()
        .success();
    assert_eq!(
        json(stegvis(dir, later).args(["meds", "list"]))
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        json(stegvis(dir, later).args(["meds", "list", "--all"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Bad input names the field and exits 2.
    let bad: Vec<(Vec<&str>, &str)> = vec![
        (vec!["meds", "add", "X", "--count", "-3"], "count"),
        (
            vec!["meds", "schedule", "add", &id, "--at", "24:00"],
            "times",
        ),
        (vec!["meds", "schedule", "add", &id, "--at", "8am"], "times"),
        (
            vec![
                "meds",
                "schedule",
                "add",
                &id,
                "--at",
                "08:00",
                "--zone",
                "Mars/Olympus",
            ],
            "zone",
        ),
        (
            vec![
                "meds",
                "schedule",
                "add",
                &id,
                "--at",
                "08:00",
                "--start",
                "2026-04-10",
                "--end",
                "2026-04-01",
            ],
            "end-date",
        ),
        (
            vec![
                "meds",
                "schedule",
                "add",
                &id,
                "--at",
                "08:00",
                "--every-days",
                "0",
                "--start",
                "2026-04-01",
            ],
            "every-days",
        ),
        (
            vec![
                "meds",
                "schedule",
                "add",
                &id,
                "--at",
                "08:00",
                "--weekdays",
                "funday",
            ],
            "weekdays",
        ),
        (
            vec![
                "meds",
                "occurrences",
                "--from",
                "2026-04-10",
                "--to",
                "2026-04-01",
            ],
            "end-date",
        ),
    ];
    for (args, field) in bad {
        let out = stegvis(dir, later)
            .args(&args)
            .arg("--json")
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(err["error"]["field"], field, "{args:?}");
    }
}
