//! `stegvis reminders` end to end: local times for people, acting on a dose reminder,
//! the settings, and the check-in reminder offered after the first sign.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use serde_json::Value;

/// Monday 2026-11-23, 06:00 in Oslo.
const EARLY: &str = "2026-11-23T05:00:00Z";
/// 08:05 in Oslo.
const AFTER_EIGHT: &str = "2026-11-23T07:05:00Z";

fn stegvis(dir: &Path, now: &str, lang: &str) -> Command {
    stegvis_in(dir, now, lang)
}

fn add_med(dir: &Path, name: &str, times: &str) -> String {
    let id = json(stegvis(dir, EARLY, "en").args(["meds", "add", name, "--count", "30"]))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    stegvis(dir, EARLY, "en")
        .args(["meds", "schedule", "add", &id, "--at", times])
        .assert()
        .success();
    id
}

#[test]
fn the_first_sign_offers_the_checkin_reminder_at_eight() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let out = text(stegvis(dir, EARLY, "en").args(["signs", "add", "--catalog", "sleeping-less"]));
    assert!(
        out.contains("You'll get a check-in reminder at 20:00. Change it: stegvis reminders settings --checkin-time 21:00, or --no-checkin"),
        "{out}"
    );
    let out = text(stegvis(dir, EARLY, "en").args(["signs", "add", "--catalog", "low-mood"]));
    assert!(
        !out.contains("check-in reminder"),
        "only after the first: {out}"
    );

    let plan = json(stegvis(dir, EARLY, "en").arg("reminders"));
    assert_eq!(plan["reminders"][0]["id"], "checkin:2026-11-23");
    assert_eq!(plan["reminders"][0]["at"], "2026-11-23T19:00:00Z");

    // In Norwegian, and not when the person turned it off first.
    let tmp = tempfile::tempdir().unwrap();
    let out =
        text(stegvis(tmp.path(), EARLY, "nb").args(["signs", "add", "--catalog", "sleeping-less"]));
    assert!(
        out.contains("Du får en påminnelse om innsjekk kl. 20:00"),
        "{out}"
    );
    let tmp = tempfile::tempdir().unwrap();
    stegvis(tmp.path(), EARLY, "en")
        .args(["reminders", "settings", "--no-checkin"])
        .assert()
        .success();
    let out =
        text(stegvis(tmp.path(), EARLY, "en").args(["signs", "add", "--catalog", "sleeping-less"]));
    assert!(!out.contains("check-in reminder"), "{out}");
    // With --json, stdout stays one JSON value.
    let tmp = tempfile::tempdir().unwrap();
    let sign =
        json(stegvis(tmp.path(), EARLY, "en").args(["signs", "add", "--catalog", "sleeping-less"]));
    assert!(sign["id"].is_string());
}

#[test]
fn settings_are_shown_and_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let out = text(stegvis(dir, EARLY, "en").args(["reminders", "settings"]));
    assert!(
        out.contains("Check-in reminder: every day at 20:00"),
        "{out}"
    );
    assert!(
        out.contains("Medicine names in notifications: hidden"),
        "{out}"
    );
    assert!(
        out.contains("A reminder on the day a step is due: on"),
        "{out}"
    );
    assert!(!out.contains("saved"), "showing saves nothing: {out}");

    let saved = json(stegvis(dir, EARLY, "en").args([
        "reminders",
        "settings",
        "--checkin-time",
        "21:15",
        "--no-step-reminders",
        "--show-names",
    ]));
    assert_eq!(saved["checkin_time"], "21:15");
    assert_eq!(saved["step_reminders"], false);
    assert_eq!(saved["show_names"], true);
    let out = text(stegvis(dir, EARLY, "sv").args(["reminders", "settings", "--no-checkin"]));
    assert!(out.contains("Påminnelse om incheckning: av"), "{out}");
    let shown = json(stegvis(dir, EARLY, "en").args(["reminders", "settings"]));
    assert_eq!(shown["checkin_time"], Value::Null);
    assert_eq!(shown["step_reminders"], false, "other settings kept");

    let err = stegvis(dir, EARLY, "en")
        .args(["--json", "reminders", "settings", "--checkin-time", "8pm"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err: Value = serde_json::from_slice(&err).unwrap();
    assert_eq!(err["error"]["field"], "times");
}

#[test]
fn the_list_shows_local_times_and_json_keeps_instants() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    add_med(dir, "Quetiapine", "08:00,22:00");
    add_med(dir, "Lithium", "08:00");
    let out = text(stegvis(dir, EARLY, "en").arg("reminders"));
    assert!(
        out.contains("Monday 23 November, 08:00  Time for your 08:00 medicines"),
        "{out}"
    );
    assert!(out.contains("Monday 23 November, 22:00"), "{out}");
    // Times are local; the only UTC text is inside the ids scripts pass back.
    assert!(
        !out.contains(":00:00Z") && !out.contains("07:00  "),
        "{out}"
    );
    assert!(!out.contains("Quetiapine"), "{out}");
    let out = text(stegvis(dir, EARLY, "da").arg("reminders"));
    assert!(
        out.contains("mandag 23. november, 08:00  Tid til dine mediciner kl. 08:00"),
        "{out}"
    );

    let plan = json(stegvis(dir, EARLY, "en").arg("reminders"));
    assert_eq!(plan["reminders"][0]["at"], "2026-11-23T07:00:00Z");
    assert_eq!(plan["reminders"][0]["id"], "dose:2026-11-23T07:00Z");
    assert_eq!(
        plan["reminders"][0]["occurrence_ids"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(plan["valid_until"], plan["until"]);
}

#[test]
fn acting_on_a_dose_reminder_logs_every_dose_of_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let q = add_med(dir, "Quetiapine", "08:00");
    let l = add_med(dir, "Lithium", "08:00");
    let plan = json(stegvis(dir, EARLY, "en").arg("reminders"));
    let reminder = plan["reminders"][0]["id"].as_str().unwrap().to_owned();
    let lithium = plan["reminders"][0]["occurrence_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap().to_owned())
        .find(|o| {
            let med = json(stegvis(dir, EARLY, "en").args(["meds", "show", &l]));
            o.starts_with(med["schedules"][0]["id"].as_str().unwrap())
        })
        .unwrap();
    stegvis(dir, AFTER_EIGHT, "en")
        .args(["meds", "take", &lithium])
        .assert()
        .success();

    // Snooze both: only Quetiapine is still open, so only it is snoozed.
    let out = text(stegvis(dir, AFTER_EIGHT, "en").args([
        "reminders",
        "act",
        &reminder,
        "--snooze",
        "10",
    ]));
    assert!(
        out.contains("Quetiapine (08:00): you'll be reminded again at 08:15"),
        "{out}"
    );
    assert!(
        out.contains("Lithium (08:00): already taken, left as it was"),
        "{out}"
    );
    let snooze = json(stegvis(dir, AFTER_EIGHT, "en").arg("reminders"));
    assert_eq!(snooze["reminders"][0]["id"], "snooze:2026-11-23T07:15Z");

    let done = json(stegvis(dir, AFTER_EIGHT, "en").args([
        "reminders",
        "act",
        &reminder,
        "--skip",
        "--reason",
        "felt sick",
    ]));
    assert_eq!(done["logged"][0]["medication_name"], "Quetiapine");
    assert_eq!(done["logged"][0]["occurrence"]["status"], "skipped");
    assert_eq!(done["unchanged"][0]["occurrence"]["status"], "taken");
    let q = json(stegvis(dir, AFTER_EIGHT, "en").args(["meds", "show", &q]));
    assert_eq!(q["count_on_hand"], 30, "a skipped dose keeps the count");

    // No action, two actions, or a bad id: bad input.
    for args in [
        vec!["reminders", "act", reminder.as_str()],
        vec!["reminders", "act", reminder.as_str(), "--take", "--skip"],
        vec!["reminders", "act", "checkin:2026-11-23", "--take"],
        vec!["reminders", "act", reminder.as_str(), "--snooze", "15"],
    ] {
        stegvis(dir, AFTER_EIGHT, "en").args(&args).assert().code(2);
    }
    stegvis(dir, AFTER_EIGHT, "en")
        .args(["reminders", "act", "dose:2026-11-23T09:00Z", "--take"])
        .assert()
        .code(1);
}

#[test]
fn with_many_doses_the_list_says_until_when_it_is_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    add_med(
        dir,
        "Lithium",
        "07:00,08:00,09:00,10:00,13:00,15:00,19:00,21:00,22:00",
    );
    stegvis(dir, EARLY, "en")
        .args(["signs", "add", "--catalog", "sleeping-less"])
        .assert()
        .success();
    let plan = json(stegvis(dir, EARLY, "en").arg("reminders"));
    let list = plan["reminders"].as_array().unwrap();
    assert_eq!(list.len(), 60);
    assert_eq!(list.iter().filter(|r| r["kind"] == "checkin").count(), 7);
    assert_eq!(plan["valid_until"], "2026-11-28T21:00:00Z");
    let out = text(stegvis(dir, EARLY, "nb").arg("reminders"));
    assert!(
        out.contains("Denne lista er fullstendig fram til lørdag 28. november, 22:00."),
        "{out}"
    );
    assert!(
        out.contains("søndag 29. november, 20:00  Tid for den daglige innsjekken"),
        "{out}"
    );
}
