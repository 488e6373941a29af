//! Repeating steps through the real binary, as a person types them: `step add
//! --repeat`, `step done` on today's or another day, `step undo`, `step edit --repeat`
//! (and `none`), the goal showing "2 of 3 this week", `--json` too, and bad rules
//! refused with a typed error and nothing written.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use common::{json, stegvis_in, text};
use serde_json::Value;

/// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY: &str = "2026-11-23T08:00:00Z";
/// Wednesday 25 November 2026, 09:00 in Oslo.
const WEDNESDAY: &str = "2026-11-25T08:00:00Z";
/// Monday 30 November 2026, 09:00 in Oslo: the next week.
const NEXT_MONDAY: &str = "2026-11-30T08:00:00Z";

fn goal(dir: &std::path::Path) -> String {
    let goal = json(stegvis_in(dir, MONDAY, "en").args(["goal", "add", "Move more"]));
    goal["id"].as_str().unwrap().to_owned()
}

fn step_in(detail: &Value, id: &str) -> Value {
    detail["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap()
        .clone()
}

#[test]
fn a_step_three_times_a_week_counts_its_week_and_starts_again_on_monday() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = goal(dir);
    let step = json(stegvis_in(dir, MONDAY, "en").args([
        "step",
        "add",
        &goal,
        "Walk 20 minutes",
        "--repeat",
        "weekly:3",
        "--due",
        "",
    ]));
    let id = step["id"].as_str().unwrap().to_owned();
    assert_eq!(step["repeat_key"], "weekly:3");
    assert_eq!(step["repeat_label"], "3 times a week");
    assert_eq!(step["week"]["label"], "0 of 3 this week");

    let out = text(stegvis_in(dir, MONDAY, "en").args(["step", "done", &id]));
    assert!(
        out.contains("Checked off for today: 1 of 3 this week."),
        "{out}"
    );
    // Twice on one day counts once.
    let again = json(stegvis_in(dir, MONDAY, "en").args(["step", "done", &id]));
    assert_eq!(again["week"]["done"], 1);

    let out =
        text(stegvis_in(dir, WEDNESDAY, "en").args(["step", "done", &id, "--date", "2026-11-24"]));
    assert!(
        out.contains("Checked off for Tuesday 24 November: 2 of 3 this week."),
        "{out}"
    );
    let shown = text(stegvis_in(dir, WEDNESDAY, "en").args(["goal", "show", &goal]));
    assert!(
        shown.contains("3 times a week · 2 of 3 this week"),
        "{shown}"
    );
    assert!(shown.contains("1 step that repeats"), "{shown}");
    for word in ["streak", "missed", "broken", "failed"] {
        assert!(!shown.to_lowercase().contains(word), "{shown}");
    }

    // Today lists it with its count while the week is below three.
    let today = json(stegvis_in(dir, WEDNESDAY, "en").arg("today"));
    let items: Vec<&Value> = today["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap())
        .filter(|i| i["step_id"] == id.as_str())
        .collect();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["detail"], "3 times a week · 2 of 3 this week");

    // Undo of one day keeps the other.
    let undone =
        json(stegvis_in(dir, WEDNESDAY, "en").args(["step", "undo", &id, "--date", "2026-11-24"]));
    assert_eq!(undone["week"]["done"], 1);

    // A new week is counted from nothing; last week stays as it was.
    let next = json(stegvis_in(dir, NEXT_MONDAY, "en").args(["goal", "show", &goal]));
    assert_eq!(step_in(&next, &id)["week"]["label"], "0 of 3 this week");
}

#[test]
fn the_rule_can_be_changed_and_removed_and_the_listing_says_it_in_each_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = goal(dir);
    let id = json(stegvis_in(dir, MONDAY, "en").args([
        "step",
        "add",
        &goal,
        "Call Mum",
        "--repeat",
        "weekdays:mon,thu",
    ]))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (lang, expected) in [
        ("en", "Mondays and Thursdays · 0 of 2 this week"),
        ("nb", "Mandager og torsdager · 0 av 2 denne uka"),
        ("sv", "Måndagar och torsdagar · 0 av 2 den här veckan"),
        ("da", "Mandage og torsdage · 0 af 2 denne uge"),
    ] {
        let out = text(stegvis_in(dir, MONDAY, lang).args(["goal", "show", &goal]));
        assert!(out.contains(expected), "{lang}: {out}");
    }
    let edited =
        json(stegvis_in(dir, MONDAY, "en").args(["step", "edit", &id, "--repeat", "daily"]));
    assert_eq!(edited["repeat_label"], "Every day");
    text(stegvis_in(dir, MONDAY, "en").args(["step", "done", &id]));
    let once = json(stegvis_in(dir, MONDAY, "en").args(["step", "edit", &id, "--repeat", "none"]));
    assert!(once["repeat"].is_null() && once["week"].is_null());
    assert_eq!(once["done"], false);
    // Now a step done once: `step done` checks it off for good.
    let done = json(stegvis_in(dir, MONDAY, "en").args(["step", "done", &id]));
    assert_eq!(done["done"], true);
}

#[test]
fn bad_rules_are_refused_with_a_typed_error_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = goal(dir);
    for (rule, field, reason) in [
        ("weekly:0", "times-a-week", "out-of-range"),
        ("weekly:8", "times-a-week", "out-of-range"),
        ("weekdays:", "weekdays", "empty"),
        ("weekdays:xyz", "weekdays", "unknown"),
        ("weekdays:mon,mon", "weekdays", "duplicate"),
        ("sometimes", "step-repeat", "unknown"),
    ] {
        let out = stegvis_in(dir, MONDAY, "en")
            .args(["step", "add", &goal, "Walk", "--repeat", rule, "--json"])
            .assert()
            .failure()
            .get_output()
            .stderr
            .clone();
        let error: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(error["error"]["field"], field, "{rule}");
        assert_eq!(error["error"]["reason"], reason, "{rule}");
        let human = stegvis_in(dir, MONDAY, "en")
            .args(["step", "add", &goal, "Walk", "--repeat", rule])
            .assert()
            .failure()
            .get_output()
            .stderr
            .clone();
        let human = String::from_utf8(human).unwrap();
        assert!(!human.contains("panicked"), "{human}");
    }
    // A reminder time that is not HH:MM: typed, nothing written.
    let out = stegvis_in(dir, MONDAY, "en")
        .args([
            "step", "add", &goal, "Walk", "--repeat", "daily", "--at", "7pm", "--json",
        ])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let error: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(error["error"]["field"], "step-time");
    let detail = json(stegvis_in(dir, MONDAY, "en").args(["goal", "show", &goal]));
    assert!(detail["steps"].as_array().unwrap().is_empty());
    let timed = json(stegvis_in(dir, MONDAY, "en").args([
        "step", "add", &goal, "Stretch", "--repeat", "daily", "--at", "18:30",
    ]));
    assert_eq!(timed["remind_at"], "18:30");

    // A day not yet come, and --date on a step done once: typed, nothing written.
    let id = json(
        stegvis_in(dir, MONDAY, "en").args(["step", "add", &goal, "Walk", "--repeat", "daily"]),
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    stegvis_in(dir, MONDAY, "en")
        .args(["step", "done", &id, "--date", "2026-11-24"])
        .assert()
        .failure();
    let once = json(stegvis_in(dir, MONDAY, "en").args(["step", "add", &goal, "Buy shoes"]))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    stegvis_in(dir, MONDAY, "en")
        .args(["step", "done", &once, "--date", "2026-11-23"])
        .assert()
        .failure();
    let detail = json(stegvis_in(dir, MONDAY, "en").args(["goal", "show", &goal]));
    assert_eq!(step_in(&detail, &id)["week"]["done"], 0);
    assert_eq!(step_in(&detail, &once)["done"], false);
}
