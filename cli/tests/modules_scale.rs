//! `stegvis modules` and `stegvis scale` as a person or a script runs them: marking
//! modules, home assignments under their module, the IMR Scale one topic per screen
//! (typed answers piped in) and by flags, its history as JSON, and bad input.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use serde_json::Value;

const MONDAY: &str = "2026-11-23T09:00:00+01:00";

fn stegvis(dir: &Path) -> Command {
    stegvis_in(dir, MONDAY, "en")
}

/// Runs with `--json`, expects exit 2, and returns the error's field and reason.
fn refused(dir: &Path, args: &[&str]) -> (String, String) {
    let err = common::refused(stegvis(dir).args(args));
    (
        err["error"]["field"].as_str().unwrap().to_owned(),
        err["error"]["reason"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn modules_are_marked_corrected_and_undone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let list = json(stegvis(dir).args(["modules", "list"]));
    assert_eq!(list["modules"].as_array().unwrap().len(), 11);
    assert_eq!(list["modules"][0]["key"], "recovery-strategies");
    assert_eq!(list["modules"][0]["status"], "not-started");

    stegvis(dir)
        .args([
            "modules",
            "start",
            "recovery-strategies",
            "--date",
            "2026-09-01",
        ])
        .assert()
        .success()
        .stdout("Marked as started.\n");
    let done = json(stegvis(dir).args(["modules", "done", "recovery-strategies"]));
    assert_eq!(done["modules"][0]["status"], "worked-through");
    assert_eq!(done["modules"][0]["started_on"], "2026-09-01");
    assert_eq!(done["modules"][0]["done_on"], "2026-11-23");

    let shown = text(stegvis(dir).args(["modules", "list"]));
    assert!(
        shown.contains("Started 1 September 2026, worked through 23 November 2026"),
        "{shown}"
    );
    assert!(shown.contains("1 of 11 modules worked through"), "{shown}");
    assert!(
        !shown.contains("2026-09-01"),
        "dates are shown in words: {shown}"
    );

    let undone = json(stegvis(dir).args(["modules", "undo", "recovery-strategies"]));
    assert_eq!(undone["modules"][0]["status"], "started");
    let reset = json(stegvis(dir).args(["modules", "reset", "recovery-strategies"]));
    assert_eq!(reset["modules"][0]["status"], "not-started");

    assert_eq!(
        refused(
            dir,
            &["modules", "start", "recovery", "--date", "2026-11-01"]
        ),
        ("module".to_owned(), "unknown".to_owned())
    );
    assert_eq!(
        refused(
            dir,
            &["modules", "start", "social-support", "--date", "2026-11-24"]
        ),
        ("module-date".to_owned(), "in-future".to_owned())
    );
    // Worked through before it was started: a conflict, exit 1, nothing written.
    stegvis(dir)
        .args(["modules", "start", "social-support", "--date", "2026-11-10"])
        .assert()
        .success();
    stegvis(dir)
        .args(["modules", "done", "social-support", "--date", "2026-11-01"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("before the day it was started"));
    let after = json(stegvis(dir).args(["modules", "list"]));
    assert_eq!(after["modules"][3]["status"], "started");
}

#[test]
fn home_assignments_show_under_their_module_by_name_or_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = json(stegvis(dir).args(["goal", "add", "Feel steadier", "--area", "health"]));
    let goal = goal["id"].as_str().unwrap();
    stegvis(dir)
        .args([
            "step",
            "add",
            goal,
            "Read the handout",
            "--module",
            "Recovery strategies",
        ])
        .assert()
        .success();
    let by_key = json(stegvis(dir).args([
        "step",
        "add",
        goal,
        "Call Kari",
        "--module",
        "social-support",
    ]));
    assert_eq!(by_key["assignment"]["module"], "social-support");
    assert!(by_key["assignment_label"]
        .as_str()
        .unwrap()
        .contains("Building social support"));
    let list = json(stegvis(dir).args(["modules", "list"]));
    assert_eq!(
        list["modules"][0]["assignments"][0]["text"],
        "Read the handout"
    );
    assert_eq!(list["modules"][3]["assignments"][0]["text"], "Call Kari");
    let shown = text(stegvis(dir).args(["modules", "list"]));
    assert!(shown.contains("· Call Kari"), "{shown}");
}

#[test]
fn the_scale_one_topic_per_screen_with_skip_and_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // 3 for topic 1, 4 for topic 2, back to topic 2 and change it to 5, skip topic 3,
    // then 2 for the rest.
    let mut keys = vec!["3", "4", "b", "5", "s"];
    keys.extend(["2"; 12]);
    let shown = text(
        stegvis(dir)
            .args(["scale", "rate"])
            .write_stdin(keys.join("\n") + "\n"),
    );
    assert!(shown.contains("Topic 1 of 15"), "{shown}");
    assert!(shown.contains("Topic 15 of 15"), "{shown}");
    assert!(
        shown.contains("1. I know very little about it yet."),
        "{shown}"
    );
    assert!(
        shown.contains("Type 1-5 to answer, s to skip, b to go back"),
        "{shown}"
    );
    assert!(shown.ends_with("Your answers are saved.\n"), "{shown}");
    let h = json(stegvis(dir).args(["scale", "history"]));
    let items: Vec<Value> = h["ratings"][0]["items"].as_array().unwrap().clone();
    assert_eq!(items[0], 3);
    assert_eq!(items[1], 5);
    assert_eq!(items[2], Value::Null);
    assert_eq!(h["ratings"][0]["answered"], 14);
    assert_eq!(h["ratings"][0]["complete"], false);

    // Input that ends early (or q) saves nothing.
    let before = json(stegvis(dir).args(["scale", "history"]));
    let stopped = text(
        stegvis(dir)
            .args(["scale", "rate"])
            .write_stdin("4\n4\nq\n"),
    );
    assert!(
        stopped.ends_with("Stopped. Nothing was saved.\n"),
        "{stopped}"
    );
    text(stegvis(dir).args(["scale", "rate"]).write_stdin("4\n"));
    assert_eq!(json(stegvis(dir).args(["scale", "history"])), before);
}

#[test]
fn the_scale_for_scripts_history_and_how_often() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let saved = json(stegvis(dir).args([
        "scale",
        "rate",
        "--date",
        "2026-08-20",
        "--answers",
        "2,3,2,1,2,2,1,3,4,2,1,3,5,5,2",
    ]));
    assert_eq!(saved["date"], "2026-08-20");
    assert_eq!(saved["replaced"], false);
    stegvis(dir)
        .args([
            "scale",
            "rate",
            "--rate",
            "knowledge=4",
            "--rate",
            "goals=5",
        ])
        .assert()
        .success()
        .stdout("Your answers are saved.\n");
    let again = json(stegvis(dir).args(["scale", "rate", "--answers", "4,,s,3"]));
    assert_eq!(again["replaced"], true);

    let h = json(stegvis(dir).args(["scale", "history"]));
    assert_eq!(h["ratings"].as_array().unwrap().len(), 2);
    assert_eq!(h["ratings"][0]["total"], 38);
    assert_eq!(h["totals"][0], 38);
    assert_eq!(h["totals"][1], Value::Null);
    assert_eq!(h["ratings"][1]["items"][3], 3);
    assert_eq!(h["series"][0]["key"], "knowledge");
    assert_eq!(h["series"][0]["values"], serde_json::json!([2, 4]));
    assert_eq!(h["settings"]["interval"], "every-3-months");
    let shown = text(stegvis(dir).args(["scale", "history"]));
    assert!(shown.contains("Total 38 of 75"), "{shown}");
    assert!(shown.contains("all 15 topics were answered"), "{shown}");

    let every = json(stegvis(dir).args(["scale", "every", "6"]));
    assert_eq!(every["interval"], "every-6-months");
    assert_eq!(every["next_due"], "2027-05-23");
    stegvis(dir)
        .args(["--lang", "nb", "scale", "every", "never"])
        .assert()
        .success()
        .stdout("Lagret: Aldri minn meg på.\n");

    for (args, field, reason) in [
        (
            vec!["scale", "rate", "--rate", "knowledge=6"],
            "scale-value",
            "out-of-range",
        ),
        (
            vec!["scale", "rate", "--rate", "knowledge=0"],
            "scale-value",
            "out-of-range",
        ),
        (
            vec!["scale", "rate", "--rate", "mood=3"],
            "scale-topic",
            "unknown",
        ),
        (
            vec!["scale", "rate", "--rate", "knowledge=x"],
            "scale-value",
            "malformed",
        ),
        (
            vec!["scale", "rate", "--answers", "3,9"],
            "scale-value",
            "out-of-range",
        ),
        (
            vec!["scale", "rate", "--date", "2026-11-24", "--answers", "3"],
            "scale-date",
            "in-future",
        ),
        (
            vec!["scale", "rate", "--date", "next week", "--answers", "3"],
            "scale-date",
            "malformed",
        ),
        (vec!["scale", "every", "4"], "scale-interval", "unknown"),
    ] {
        assert_eq!(
            refused(dir, &args),
            (field.to_owned(), reason.to_owned()),
            "{args:?}"
        );
    }
    assert_eq!(
        json(stegvis(dir).args(["scale", "history"]))["ratings"],
        h["ratings"]
    );
}

#[test]
fn the_scale_shows_in_today_once_the_program_has_begun() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let today = text(stegvis(dir).arg("today"));
    assert!(!today.contains("IMR Scale"), "{today}");
    stegvis(dir)
        .args(["modules", "start", "recovery-strategies"])
        .assert()
        .success();
    let today = text(stegvis(dir).arg("today"));
    assert!(today.contains("Time for your IMR Scale"), "{today}");
    stegvis(dir)
        .args(["scale", "rate", "--answers", "3"])
        .assert()
        .success();
    let today = text(stegvis(dir).arg("today"));
    assert!(!today.contains("IMR Scale"), "{today}");
}
