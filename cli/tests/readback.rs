//! Issue 8, points 9-12 through the real binary: check-ins read back, plans listed
//! and shown, the look-back's answer, an empty check-in refused naming `rating`, and
//! today's one plan block.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use predicates::str::contains;
use serde_json::Value;

const MONDAY: &str = "2026-11-23T09:00:00Z";

fn stegvis(dir: &Path, now: &str) -> Command {
    stegvis_in(dir, now, "en")
}

fn id(value: &Value) -> String {
    value["id"].as_str().unwrap().to_owned()
}

#[test]
fn check_ins_are_read_back_by_day_and_over_weeks() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let sleep = id(&json(stegvis(dir, MONDAY).args([
        "signs",
        "add",
        "--catalog",
        "sleeping-less",
    ])));
    let rate = format!("{sleep}=2");
    // `checkin` with flags saves exactly as before.
    stegvis(dir, MONDAY)
        .args([
            "checkin", "--rate", &rate, "--note", "Tired", "--sleep", "5.5",
        ])
        .assert()
        .success()
        .stdout("Thank you. Your check-in is saved.\n");
    stegvis(dir, MONDAY)
        .args([
            "checkin",
            "--rate",
            &format!("{sleep}=0"),
            "--date",
            "2026-11-20",
        ])
        .assert()
        .success();

    let out = text(stegvis(dir, MONDAY).args(["checkin", "show"]));
    assert_eq!(
        out,
        "Monday 23 November\n  Sleeping less than usual: Quite a lot\n  Slept 5.5 hours\n  Note: Tired\n"
    );
    let out = text(stegvis(dir, MONDAY).args(["checkin", "show", "--date", "2026-11-22"]));
    assert_eq!(
        out,
        "Sunday 22 November\n  No check-in on Sunday 22 November.\n"
    );
    let day = json(stegvis(dir, MONDAY).args(["checkin", "show", "--date", "2026-11-22"]));
    assert_eq!(day["checked_in"], false);

    let out = text(stegvis(dir, MONDAY).args(["checkin", "history"]));
    let newest = out.find("Monday 23 November").unwrap();
    let older = out.find("Friday 20 November").unwrap();
    assert!(newest < older, "{out}");
    assert!(out.contains("Note: Tired"), "{out}");
    assert!(out.contains("Every sign at “Not at all”"), "{out}");
    // Days without a check-in are simply absent.
    assert!(!out.contains("Sunday 22 November"), "{out}");
    assert!(!out.contains("2026-11"), "no ISO dates for people: {out}");

    let history = json(stegvis(dir, MONDAY).args(["checkin", "history", "--weeks", "1"]));
    assert_eq!(history["days"].as_array().unwrap().len(), 2);
    assert_eq!(history["days"][0]["date"], "2026-11-23");
    assert_eq!(history["days"][0]["note"], "Tired");
    assert_eq!(history["days"][0]["sleep_hours"], 5.5);

    let nb = text(
        stegvis(dir, MONDAY)
            .env("STEGVIS_LANG", "nb")
            .args(["checkin", "history"]),
    );
    assert!(nb.contains("mandag 23. november"), "{nb}");
    assert!(nb.contains("Sov 5,5 timer"), "{nb}");

    // Notes and sleep in the trend, per day.
    let trend = json(stegvis(dir, MONDAY).args(["signs", "trend", "--weeks", "1"]));
    let days = trend["per_day"].as_array().unwrap();
    assert_eq!(days.len(), 7);
    assert_eq!(days[6]["note"], "Tired");
    assert_eq!(days[6]["sleep_hours"], 5.5);

    let out = stegvis(dir, MONDAY)
        .args(["checkin", "history", "--weeks", "0", "--json"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(err["error"]["field"], "weeks");
}

#[test]
fn an_empty_check_in_outside_a_terminal_exits_2_naming_rating() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    json(stegvis(dir, MONDAY).args(["signs", "add", "--catalog", "low-mood"]));
    stegvis(dir, MONDAY)
        .arg("checkin")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains("Rating"))
        .stderr(contains("stegvis checkin --rate SIGN_ID=2"));
    let out = stegvis(dir, MONDAY)
        .args(["checkin", "--json"])
        .write_stdin("")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(err["error"]["field"], "rating");
    assert_eq!(err["error"]["kind"], "invalid-input");
    // Nothing was saved: today still asks for the check-in.
    let today = json(stegvis(dir, MONDAY).arg("today"));
    assert_eq!(today["sections"][0]["kind"], "checkin");
    // A note alone is a check-in.
    stegvis(dir, MONDAY)
        .args(["checkin", "--note", "No energy to rate today"])
        .assert()
        .success();
}

fn stuck_step(dir: &Path) -> (String, String) {
    let early = "2026-11-10T09:00:00Z";
    let goal = id(&json(stegvis(dir, early).args([
        "goal",
        "add",
        "See my sister",
        "--area",
        "relationships",
    ])));
    let step = id(&json(stegvis(dir, early).args([
        "step",
        "add",
        &goal,
        "Ask her to have coffee",
    ])));
    (goal, step)
}

fn make_plan(dir: &Path, step: &str, follow_up: &str) -> String {
    id(&json(stegvis(dir, MONDAY).args([
        "solve",
        step,
        "--problem",
        "I get nervous calling",
        "--option",
        "Send a message",
        "--option",
        "Ask mum",
        "--pros",
        "No phone call",
        "--choose",
        "1",
        "--action",
        "Write it on Tuesday",
        "--follow-up",
        follow_up,
    ])))
}

#[test]
fn plans_are_listed_under_their_step_and_shown_in_full() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (goal, step) = stuck_step(dir);
    let today = json(stegvis(dir, MONDAY).arg("today"));
    assert!(today["sections"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["kind"] == "stalled"));
    let plan = make_plan(dir, &step, "2026-11-30");

    let shown = json(stegvis(dir, MONDAY).args(["goal", "show", &goal]));
    assert_eq!(shown["steps"][0]["plans"][0]["id"], plan.as_str());
    assert_eq!(shown["steps"][0]["stalled"], false);
    let out = text(stegvis(dir, MONDAY).args(["goal", "show", &goal]));
    assert!(out.contains("Plan: Send a message"), "{out}");
    assert!(out.contains("Look back on Monday 30 November"), "{out}");

    let out = text(stegvis(dir, MONDAY).args(["solve", "show", &plan]));
    for part in [
        "What got in the way: I get nervous calling",
        "1. Send a message (chosen)",
        "Good: No phone call",
        "2. Ask mum",
        "First thing to do: Write it on Tuesday",
        "Look back on Monday 30 November",
    ] {
        assert!(out.contains(part), "{part} in {out}");
    }
    let json_plan = json(stegvis(dir, MONDAY).args(["solve", "show", &plan]));
    assert_eq!(json_plan["follow_up_date"], "2026-11-30");
    assert_eq!(json_plan["outcome"], Value::Null);

    // A stuck step with a plan waiting is not also "stuck" in today.
    let later = "2026-11-28T09:00:00Z";
    let today = json(stegvis(dir, later).arg("today"));
    assert!(today["sections"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["kind"] != "stalled"));
}

#[test]
fn the_look_back_keeps_its_answer_and_the_next_idea_can_be_tried() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (goal, step) = stuck_step(dir);
    let plan = make_plan(dir, &step, "2026-11-25");
    let wednesday = "2026-11-25T09:00:00Z";
    stegvis(dir, wednesday)
        .args([
            "followup",
            "done",
            &plan,
            "--outcome",
            "not-yet",
            "--note",
            "Wrote it, did not send",
        ])
        .assert()
        .success()
        .stdout(contains("Good that you looked back."));
    let shown = json(stegvis(dir, wednesday).args(["solve", "show", &plan]));
    assert_eq!(shown["outcome"], "not-yet");
    assert_eq!(shown["look_back_note"], "Wrote it, did not send");
    let out = text(stegvis(dir, wednesday).args(["solve", "show", &plan]));
    assert!(out.contains("Looked back: Not yet"), "{out}");
    assert!(out.contains("Note: Wrote it, did not send"), "{out}");

    // The next idea: a new plan with the same problem.
    let next = json(stegvis(dir, wednesday).args([
        "solve",
        "next",
        &plan,
        "--action",
        "Ask mum on Sunday",
        "--follow-up",
        "2026-12-01",
    ]));
    assert_eq!(next["chosen"], 2);
    assert_eq!(next["continues"], plan.as_str());
    let shown = json(stegvis(dir, wednesday).args(["goal", "show", &goal]));
    assert_eq!(shown["steps"][0]["plans"].as_array().unwrap().len(), 2);

    // Scripts without --outcome keep working: done, no answer.
    let saturday = "2026-12-01T09:00:00Z";
    let done = json(stegvis(dir, saturday).args(["followup", "done", &id(&next)]));
    assert_eq!(done["outcome"], Value::Null);
    assert!(done["followed_up_at"].is_string());

    // An unknown answer is refused by the argument parser with exit 2.
    stegvis(dir, saturday)
        .args(["followup", "done", &plan, "--outcome", "maybe"])
        .assert()
        .code(2);
}

#[test]
fn today_prints_one_plan_block_when_a_rule_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let sunday = "2026-11-22T09:00:00Z";
    let a = id(&json(stegvis(dir, sunday).args([
        "signs",
        "add",
        "--catalog",
        "sleeping-less",
    ])));
    let b = id(&json(stegvis(dir, sunday).args([
        "signs",
        "add",
        "--catalog",
        "racing-thoughts",
    ])));
    stegvis(dir, sunday)
        .args(["plan", "edit", "actions", "--add", "Go to bed at ten"])
        .assert()
        .success();
    stegvis(dir, sunday)
        .args([
            "plan",
            "edit",
            "contacts",
            "--add",
            "Sam",
            "--reach",
            "900 00 000",
            "--kind",
            "supporter",
        ])
        .assert()
        .success();
    let signs = format!("{a},{b}");
    stegvis(dir, sunday)
        .args([
            "plan",
            "rules",
            "add",
            "--signs",
            &signs,
            "--at-least",
            "2",
            "--count",
            "2",
            "--days",
            "2",
        ])
        .assert()
        .success();
    let rules = text(stegvis(dir, sunday).args(["plan", "rules"]));
    assert!(
        rules.contains("Two or more of these signs at “Quite a lot” or higher, two days in a row"),
        "{rules}"
    );
    for now in [sunday, MONDAY] {
        stegvis(dir, now)
            .args([
                "checkin",
                "--rate",
                &format!("{a}=2"),
                "--rate",
                &format!("{b}=3"),
            ])
            .assert()
            .success();
    }
    let out = text(stegvis(dir, MONDAY).arg("today"));
    for part in [
        "Sleeping less than usual and racing thoughts are higher than usual for you.",
        "What your plan says you can do",
        "• Go to bed at ten",
        "• Sam (Supporter): 900 00 000",
        "If it gets hard right now",
    ] {
        assert!(out.contains(part), "{part} in {out}");
    }
    let today = json(stegvis(dir, MONDAY).arg("today"));
    let block = &today["plan_block"];
    assert_eq!(block["actions"][0], "Go to bed at ten");
    assert_eq!(block["contacts"][0]["reach"], "900 00 000");
    let plan_sections: Vec<&Value> = today["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "plan")
        .collect();
    assert_eq!(plan_sections.len(), 1);
    assert_eq!(plan_sections[0]["items"].as_array().unwrap().len(), 1);
}
