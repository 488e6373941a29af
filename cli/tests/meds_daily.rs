//! Issue 8 through the real binary: doses logged once and corrected only by undo,
//! the early-take window, `meds take MED_ID`, schedule edit/end/remove with amounts
//! per time, the dose history in `meds show`, and local times in the text output.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use serde_json::Value;

/// Monday 23 November 2026, 07:50 in Oslo.
const MORNING: &str = "2026-11-23T06:50:00Z";

fn stegvis(dir: &Path, now: &str) -> Command {
    stegvis_in(dir, now, "en")
}

fn stdout(cmd: &mut Command) -> String {
    text(cmd)
}

fn failure(cmd: &mut Command, code: i32) -> String {
    String::from_utf8(cmd.assert().code(code).get_output().stderr.clone()).unwrap()
}

fn json_failure(cmd: &mut Command, code: i32) -> Value {
    let out = cmd
        .arg("--json")
        .assert()
        .code(code)
        .get_output()
        .stderr
        .clone();
    serde_json::from_slice(&out).unwrap()
}

/// A medicine with 30 on hand and "1 at 08:00, 2 at 22:00" from 20 November.
fn setup(dir: &Path) -> (String, String) {
    setup_at(dir, MORNING)
}

fn setup_at(dir: &Path, now: &str) -> (String, String) {
    let med = json(stegvis(dir, now).args(["meds", "add", "Olanzapine", "--count", "30"]));
    let id = med["id"].as_str().unwrap().to_owned();
    let with = json(stegvis(dir, now).args([
        "meds",
        "schedule",
        "add",
        &id,
        "--at",
        "08:00=1,22:00=2",
        "--start",
        "2026-11-20",
    ]));
    let schedule = with["schedules"][0]["id"].as_str().unwrap().to_owned();
    (id, schedule)
}

fn count(dir: &Path, now: &str, id: &str) -> Value {
    json(stegvis(dir, now).args(["meds", "show", id]))["count_on_hand"].clone()
}

#[test]
fn take_by_medicine_snooze_after_take_and_undo() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (id, schedule) = setup(dir);
    let morning = format!("{schedule}/2026-11-23/08:00");

    // `meds take MED_ID` logs the dose that is due, and says which in local time.
    let text = stdout(stegvis(dir, MORNING).args(["meds", "take", &id]));
    assert!(
        text.contains("Noted as taken: the dose at 08:00 on Monday 23 November."),
        "{text}"
    );
    assert_eq!(count(dir, MORNING, &id), 29);

    // Nothing else is due: refused, with the way to log an extra dose.
    let err = failure(stegvis(dir, MORNING).args(["meds", "take", &id]), 1);
    assert!(err.contains("--extra"), "{err}");
    let err = json_failure(stegvis(dir, MORNING).args(["meds", "take", &id]), 1);
    assert_eq!(err["error"]["kind"], "conflict");
    let extra = json(stegvis(dir, MORNING).args(["meds", "take", &id, "--extra"]));
    assert_eq!(extra["extra"], true);
    assert!(extra["occurrence"].is_null());
    assert_eq!(count(dir, MORNING, &id), 28);

    // A taken dose cannot be snoozed or skipped; the message says when it was taken.
    let err = failure(stegvis(dir, MORNING).args(["meds", "snooze", &morning]), 1);
    assert!(
        err.contains("already noted as taken, on Monday 23 November at 07:50"),
        "{err}"
    );
    let nb = failure(
        stegvis_in(dir, MORNING, "nb").args(["meds", "skip", &morning]),
        1,
    );
    assert!(nb.contains("mandag 23. november kl. 07:50"), "{nb}");
    assert_eq!(
        json_failure(stegvis(dir, MORNING).args(["meds", "snooze", &morning]), 1)["error"]["kind"],
        "conflict"
    );

    // Undo: not logged again, the count restored; then it can be snoozed.
    let undone = json(stegvis(dir, MORNING).args(["meds", "undo", &morning]));
    assert!(undone["status"].is_null());
    assert_eq!(count(dir, MORNING, &id), 29);
    failure(stegvis(dir, MORNING).args(["meds", "undo", &morning]), 1);
    let snoozed = stdout(stegvis(dir, MORNING).args(["meds", "snooze", &morning]));
    assert!(snoozed.contains("again at 08:00."), "local time: {snoozed}");
    assert!(!snoozed.contains("UTC"));
}

#[test]
fn early_doses_are_refused_with_the_time_they_can_be_noted_from() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (_, schedule) = setup(dir);
    let tomorrow_night = format!("{schedule}/2026-11-24/22:00");
    let err = json_failure(
        stegvis(dir, MORNING).args(["meds", "take", &tomorrow_night]),
        2,
    );
    assert_eq!(err["error"]["field"], "occurrence");
    assert_eq!(err["error"]["reason"], "too-early");
    let text = failure(
        stegvis(dir, MORNING).args(["meds", "take", &tomorrow_night]),
        2,
    );
    assert!(text.contains("from 00:00 on Tuesday 24 November"), "{text}");
    // Tonight's dose is on today: it can be noted now, and takes 2 off the count.
    let tonight = format!("{schedule}/2026-11-23/22:00");
    let taken = json(stegvis(dir, MORNING).args(["meds", "take", &tonight]));
    assert_eq!(taken["status"], "taken");
    assert_eq!(taken["amount"], 2);
}

#[test]
fn schedules_are_edited_ended_and_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (id, schedule) = setup(dir);

    let shown = stdout(stegvis(dir, MORNING).args(["meds", "show", &id]));
    assert!(
        shown.contains("Every day at 08:00 (1), 22:00 (2)"),
        "{shown}"
    );
    // The same schedule twice is refused.
    let dup = json_failure(
        stegvis(dir, MORNING).args(["meds", "schedule", "add", &id, "--at", "08:00,22:00"]),
        1,
    );
    assert_eq!(dup["error"]["kind"], "conflict");
    // Amounts that do not match the times name the field.
    let bad = json_failure(
        stegvis(dir, MORNING).args([
            "meds",
            "schedule",
            "add",
            &id,
            "--at",
            "12:00,13:00",
            "--amounts",
            "1",
        ]),
        2,
    );
    assert_eq!(bad["error"]["field"], "amounts");

    // Friday's dose logged; on Monday the times change from Monday on.
    let friday = format!("{schedule}/2026-11-20/08:00");
    stegvis(dir, "2026-11-20T07:10:00Z")
        .args(["meds", "take", &friday])
        .assert()
        .success();
    let amounts = json(stegvis(dir, MORNING).args([
        "meds",
        "schedule",
        "edit",
        &schedule,
        "--amounts",
        "1,3",
    ]));
    assert_eq!(
        amounts["schedules"][0]["amounts"],
        serde_json::json!([1, 3])
    );
    let edited = json(stegvis(dir, MORNING).args([
        "meds",
        "schedule",
        "edit",
        &schedule,
        "--at",
        "09:00,21:00",
        "--weekdays",
        "mon,wed,fri",
        "--follow-device",
    ]));
    let schedules = edited["schedules"].as_array().unwrap();
    assert_eq!(schedules.len(), 2);
    assert_eq!(schedules[0]["end_date"], "2026-11-22");
    assert_eq!(schedules[1]["start_date"], "2026-11-23");
    assert_eq!(schedules[1]["times"], serde_json::json!(["09:00", "21:00"]));
    let new_schedule = schedules[1]["id"].as_str().unwrap().to_owned();

    // The old one has a logged dose: not removed, ended.
    let refused = json_failure(
        stegvis(dir, MORNING).args(["meds", "schedule", "remove", &schedule]),
        1,
    );
    assert_eq!(refused["error"]["kind"], "conflict");
    let ended = json(stegvis(dir, MORNING).args([
        "meds",
        "schedule",
        "end",
        &new_schedule,
        "--on",
        "2026-11-30",
    ]));
    assert_eq!(ended["schedules"][1]["end_date"], "2026-11-30");
    let shown = stdout(stegvis(dir, MORNING).args(["meds", "show", &id]));
    assert!(shown.contains("Last day: Monday 30 November"), "{shown}");
    let ended_text = stdout(stegvis(dir, MORNING).args(["meds", "schedule", "end", &new_schedule]));
    assert!(ended_text.contains("The schedule is ended."));

    // A schedule made by mistake, with nothing logged, is removed.
    let added = json(stegvis(dir, MORNING).args(["meds", "schedule", "add", &id, "--at", "13:00"]));
    let mistake = added["schedules"][2]["id"].as_str().unwrap().to_owned();
    let removed = json(stegvis(dir, MORNING).args(["meds", "schedule", "remove", &mistake]));
    assert_eq!(removed["schedules"].as_array().unwrap().len(), 2);
}

#[test]
fn show_has_the_last_fourteen_days_and_occurrences_are_local() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Made on Friday morning, so the weekend's doses were planned.
    let (id, schedule) = setup_at(dir, "2026-11-20T06:00:00Z");
    stegvis(dir, "2026-11-21T07:05:00Z")
        .args([
            "meds",
            "skip",
            &format!("{schedule}/2026-11-21/08:00"),
            "--reason",
            "felt sick",
        ])
        .assert()
        .success();
    stegvis(dir, "2026-11-21T21:30:00Z")
        .args(["meds", "take", &id])
        .assert()
        .success();

    let text = stdout(stegvis(dir, MORNING).args(["meds", "show", &id]));
    assert!(text.contains("The last 14 days"), "{text}");
    assert!(text.contains("Saturday 21 November"), "{text}");
    assert!(text.contains("08:00: skipped (felt sick)"), "{text}");
    assert!(text.contains("22:00: taken at 22:30"), "{text}");
    assert!(text.contains("Sunday 22 November"), "{text}");
    assert!(text.contains("08:00: not noted"), "{text}");

    let shown = json(stegvis(dir, MORNING).args(["meds", "show", &id]));
    assert_eq!(shown["id"], id.as_str());
    let history = shown["history"].as_array().unwrap();
    assert_eq!(history.len(), 14);
    assert_eq!(history[0]["date"], "2026-11-23");
    let saturday = &history[2];
    assert_eq!(saturday["date"], "2026-11-21");
    assert_eq!(saturday["doses"][0]["state"], "skipped");
    assert_eq!(saturday["doses"][0]["reason"], "felt sick");
    assert_eq!(saturday["doses"][1]["taken_at"], "2026-11-21T21:30:00Z");

    // Occurrences: local dates and times for people, RFC 3339 in JSON.
    let occ = stdout(stegvis(dir, MORNING).args([
        "meds",
        "occurrences",
        "--from",
        "2026-11-23",
        "--to",
        "2026-11-23",
    ]));
    assert!(occ.contains("Monday 23 November  08:00"), "{occ}");
    assert!(occ.contains("Olanzapine (2)"), "{occ}");
    assert!(!occ.contains("T07:00:00Z"), "{occ}");
    let occ = json(stegvis(dir, MORNING).args([
        "meds",
        "occurrences",
        "--from",
        "2026-11-23",
        "--to",
        "2026-11-23",
    ]));
    assert_eq!(occ[0]["at"], "2026-11-23T07:00:00Z");
    assert_eq!(occ[1]["amount"], 2);
}
