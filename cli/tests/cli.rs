//! The terminal shell end to end: the real binary on real data folders, as a script
//! or a person would run it.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use stegvis_core::l10n::Args;
use stegvis_core::{Lang, Localizer};

const MONDAY: &str = "2026-11-23T09:00:00Z";

fn stegvis(dir: &Path, now: &str) -> Command {
    let mut cmd = Command::cargo_bin("stegvis").unwrap();
    cmd.env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", now)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", "en")
        .env_remove("NO_COLOR");
    cmd
}

fn json(cmd: &mut Command) -> Value {
    let out = cmd
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
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
        .stderr("Sorry: Goal: this cannot be empty.\n");
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
        let title = loc.ta("today-title", &Args::new().text("date", "2026-11-23"));
        stegvis(dir, MONDAY)
            .args(["--lang", lang.tag(), "today"])
            .assert()
            .success()
            .stdout(predicates::str::contains(title));
        let areas = json(stegvis(dir, MONDAY).args(["--lang", lang.tag(), "areas"]));
        assert_eq!(areas[6]["key"], "daily-living");
        assert_eq!(areas[6]["name"], loc.t("area-daily-living"));
        let expected = format!(
            "{} {}\n",
            loc.t("cli-error-prefix"),
            loc.ta(
                "error-invalid-input",
                &Args::new()
                    .text("field", loc.t("field-goal-text"))
                    .text("reason", loc.t("reason-empty"))
            )
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
    assert_eq!(kinds, ["due", "overdue", "follow-ups", "stalled", "next"]);
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
        .stdout(predicates::str::contains("Today, 2026-11-23"))
        .stderr(predicates::str::contains("stegvis today"));
}
