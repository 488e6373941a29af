//! Databases written by earlier versions open, migrate and keep everything.
//!
//! `tests/fixtures/v{N}` holds a data folder written by schema version N (see
//! `tests/fixtures/README.md`); every one of them must open with the current code
//! with every value intact, and every schema version must have its folder.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use common::{monday_morning, TestClock};
use serde_json::{json, Value};
use stegvis_core::store::SCHEMA_VERSION;
use stegvis_core::{Companion, FileKeyManager, GoalFilter, Lang, OpenConfig, StegvisError};

const FILES: [&str; 2] = ["stegvis.db", "stegvis.key"];

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(format!("v{version}"))
}

fn open_at(dir: &Path, now: DateTime<Utc>) -> Result<Arc<Companion>, StegvisError> {
    Companion::open_with_clock(
        OpenConfig {
            data_dir: dir.display().to_string(),
            zone: "Europe/Oslo".into(),
            language: Lang::En,
        },
        Arc::new(FileKeyManager::new(dir.join("stegvis.key"))),
        TestClock::at(now),
    )
}

/// The morning after the fixtures of versions 2 and later were written.
fn after_fixture() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-18T08:00:00Z")
        .unwrap()
        .to_utc()
}

fn opened(version: u32) -> (tempfile::TempDir, Arc<Companion>) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(format!("v{version}"));
    common::copy_fixture(version, &dir);
    let c = open_at(&dir, after_fixture()).unwrap();
    (tmp, c)
}

fn value<T: serde::Serialize>(record: T) -> Value {
    serde_json::to_value(record).unwrap()
}

#[test]
fn a_version_1_folder_opens_with_everything_in_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v1");
    common::copy_fixture(1, &dir);
    let c = open_at(&dir, monday_morning()).unwrap();
    let goals = c.list_goals(GoalFilter::All).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].text, "Fixture goal: walk outside");
    assert_eq!(goals[0].why.as_deref(), Some("Fixture why"));
    let steps = c.goal(goals[0].id.clone()).unwrap().steps;
    assert_eq!(steps.len(), 2);
    assert!(steps[0].done);
    assert_eq!(steps[0].due_date.as_deref(), Some("2026-11-30"));
    let tag = steps[0].assignment.clone().unwrap();
    assert_eq!(tag.meeting_date.as_deref(), Some("2026-11-19"));
    assert_eq!(tag.module.as_deref(), Some("Recovery strategies"));
    let plans = c.problem_solving_for_step(steps[1].id.clone()).unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].first_action, "Fixture action");
    assert_eq!(plans[0].follow_up_date, "2026-12-01");
}

/// Goals, steps, a problem-solving plan, signs, check-ins and plan versions, as
/// `tests/fixtures/make_fixture.py` writes them from version 2 on.
fn assert_goals_signs_and_plan(c: &Companion) {
    let goals = value(c.list_goals(GoalFilter::All).unwrap());
    assert_eq!(goals.as_array().unwrap().len(), 2);
    let walk = &goals[0];
    assert_eq!(walk["text"], "Fixture goal: walk outside");
    assert_eq!(walk["why"], "Fixture why");
    assert_eq!(walk["area"], "health");
    assert_eq!(walk["status"], "active");
    assert_eq!(walk["stall_days"], 7);
    assert_eq!(walk["created_at"], "2026-11-16T09:00:00Z");
    assert_eq!(walk["progress"]["done"], 1);
    assert_eq!(walk["progress"]["total"], 2);
    assert_eq!(walk["progress"]["last_activity_at"], "2026-11-17T19:30:00Z");
    let sister = &goals[1];
    assert_eq!(sister["text"], "Fixture goal: call my sister");
    assert_eq!(sister["area"], "relationships");
    assert_eq!(sister["status"], "reached");
    assert_eq!(sister["why"], Value::Null);

    let detail = value(c.goal(walk["id"].as_str().unwrap().to_owned()).unwrap());
    let shop = &detail["steps"][0];
    assert_eq!(shop["text"], "Fixture step: walk to the shop");
    assert_eq!(shop["position"], 1);
    assert_eq!(shop["done"], true);
    assert_eq!(shop["done_at"], "2026-11-17T19:30:00Z");
    assert_eq!(shop["due_date"], "2026-11-20");
    assert_eq!(shop["created_at"], "2026-11-16T09:00:00Z");
    assert_eq!(
        shop["assignment"],
        json!({"meeting_date": "2026-11-12", "module": "Recovery strategies"})
    );
    let lake = &detail["steps"][1];
    assert_eq!(lake["text"], "Fixture step: walk around the lake");
    assert_eq!(lake["position"], 2);
    assert_eq!(lake["done"], false);
    assert_eq!(lake["due_date"], Value::Null);
    assert_eq!(lake["assignment"], Value::Null);
    let plan = &lake["plans"][0];
    assert_eq!(plan["problem"], "Fixture problem: too tired after work");
    assert_eq!(
        plan["options"],
        json!([
            {"text": "Go in the morning", "pros": "Fresh air", "cons": null},
            {"text": "Ask a friend", "pros": null, "cons": "Hard to ask"}
        ])
    );
    assert_eq!(plan["chosen"], 2);
    assert_eq!(plan["first_action"], "Fixture action: text Sam");
    assert_eq!(plan["follow_up_date"], "2026-11-25");
    assert_eq!(plan["followed_up_at"], Value::Null);
    assert_eq!(plan["created_at"], "2026-11-17T19:30:00Z");

    let signs = value(c.list_signs(true).unwrap());
    assert_eq!(signs[0]["catalog_key"], "sleeping-less");
    assert_eq!(signs[0]["position"], 1);
    assert_eq!(signs[0]["noticed_by_others"], false);
    assert_eq!(signs[1]["name"], "Fixture sign: pacing at night");
    assert_eq!(signs[1]["position"], 2);
    assert_eq!(signs[1]["noticed_by_others"], true);
    assert_eq!(signs[1]["retired_at"], Value::Null);
    assert_eq!(signs[1]["created_at"], "2026-11-16T09:00:00Z");

    let history = value(c.checkin_history(2).unwrap());
    let days: Vec<Value> = history["days"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["checked_in"] == true)
        .map(|d| {
            let ratings: Vec<Value> = d["ratings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["value"].clone())
                .collect();
            json!([
                d["date"],
                ratings,
                d["note"],
                d["sleep_hours"],
                d["updated_at"]
            ])
        })
        .collect();
    assert_eq!(
        days,
        vec![
            json!(["2026-11-18", [3, 2], null, null, "2026-11-18T06:45:00Z"]),
            json!([
                "2026-11-17",
                [2, 1],
                "Fixture note two",
                5.0,
                "2026-11-17T19:30:00Z"
            ]),
            json!([
                "2026-11-16",
                [1, 0],
                "Fixture note one",
                7.5,
                "2026-11-16T09:00:00Z"
            ]),
        ]
    );

    let versions = value(c.plan_history().unwrap());
    assert_eq!(versions[0]["version"], 2);
    assert_eq!(versions[0]["saved_at"], "2026-11-17T19:30:00Z");
    assert_eq!(versions[1]["version"], 1);
    assert_eq!(versions[1]["saved_at"], "2026-11-16T09:00:00Z");
    let plan = value(c.plan().unwrap());
    assert_eq!(
        plan["actions"][0]["text"],
        "Fixture plan action: go to bed at ten"
    );
    assert_eq!(plan["contacts"][0]["text"], "Kari");
    assert_eq!(plan["contacts"][0]["reach"], "+47 400 00 000");
    assert_eq!(plan["contacts"][0]["contact_kind"], "supporter");
    let first = c.plan_version(1).unwrap();
    assert_eq!(first.version, 1);
    let items: Vec<String> = first
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.text.clone()))
        .collect();
    assert_eq!(
        items,
        vec!["Fixture plan action: go to bed at ten".to_owned()]
    );

    assert_eq!(value(c.unreadable_records().unwrap()), json!([]));
}

/// Medicines, a schedule, taken, skipped, snoozed and when-needed doses, a note for
/// the doctor and settings, as written from version 3 on.
fn assert_medicines_and_settings(c: &Companion) {
    let meds = value(c.list_medications(true).unwrap());
    let daily = &meds[0];
    assert_eq!(daily["name"], "Fixture med: Sertraline");
    assert_eq!(daily["dose"], "50 mg");
    assert_eq!(daily["form"], "tablet");
    assert_eq!(daily["cue"], "by the toothbrush");
    assert_eq!(daily["count_on_hand"], 29);
    assert_eq!(daily["refill_days"], 5);
    assert_eq!(daily["status"], "active");
    assert_eq!(daily["created_at"], "2026-11-16T09:00:00Z");
    let schedule = &daily["schedules"][0];
    assert_eq!(schedule["times"], json!(["08:00", "20:00"]));
    assert_eq!(schedule["start_date"], "2026-11-16");
    assert_eq!(schedule["repeat"], json!({"kind": "daily"}));
    assert_eq!(schedule["zone_policy"], json!({"kind": "follow-device"}));
    let when_needed = &meds[1];
    assert_eq!(when_needed["name"], "Fixture med: Propranolol");
    assert_eq!(when_needed["as_needed"], true);

    let doses: Vec<Value> = value(
        c.occurrences("2026-11-16".into(), "2026-11-17".into())
            .unwrap(),
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|o| {
        json!([
            o["local_date"],
            o["slot"],
            o["status"],
            o["taken_at"],
            o["snoozed_until"]
        ])
    })
    .collect();
    assert_eq!(
        doses,
        vec![
            json!(["2026-11-16", "08:00", "taken", "2026-11-16T07:05:00Z", null]),
            json!(["2026-11-16", "20:00", "skipped", null, null]),
            json!([
                "2026-11-17",
                "08:00",
                "snoozed",
                null,
                "2026-11-17T07:30:00Z"
            ]),
            json!(["2026-11-17", "20:00", null, null, null]),
        ]
    );
    let days = value(
        c.medication_history(daily["id"].as_str().unwrap().to_owned(), 3)
            .unwrap(),
    );
    let skipped = days
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["doses"].as_array().unwrap().clone())
        .find(|d| d["state"] == "skipped")
        .unwrap();
    assert_eq!(skipped["reason"], "Fixture reason: felt sick");
    let days = value(
        c.medication_history(when_needed["id"].as_str().unwrap().to_owned(), 3)
            .unwrap(),
    );
    let extra: Vec<Value> = days
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["doses"].as_array().unwrap().clone())
        .collect();
    assert_eq!(extra.len(), 1);
    assert_eq!(extra[0]["state"], "extra");
    assert_eq!(extra[0]["taken_at"], "2026-11-17T15:00:00Z");

    let notes = value(c.doctor_notes().unwrap());
    assert_eq!(notes[0]["text"], "Fixture doctor note: ask about sleep");
    assert_eq!(notes[0]["date"], "2026-11-17");
    assert_eq!(notes[0]["medication_id"], daily["id"]);

    assert_eq!(
        value(c.reminder_settings().unwrap()),
        json!({"checkin_time": "21:30", "show_names": true, "step_reminders": true})
    );
}

#[test]
fn a_version_2_folder_opens_with_everything_in_it() {
    let (_tmp, c) = opened(2);
    assert_goals_signs_and_plan(&c);
    assert!(c.list_medications(true).unwrap().is_empty());
}

#[test]
fn a_version_3_folder_opens_with_everything_in_it() {
    let (_tmp, c) = opened(3);
    assert_goals_signs_and_plan(&c);
    assert_medicines_and_settings(&c);
}

#[test]
fn a_version_4_folder_opens_with_everything_in_it() {
    let (_tmp, c) = opened(4);
    assert_goals_signs_and_plan(&c);
    assert_medicines_and_settings(&c);
}

#[test]
fn a_version_5_folder_opens_with_everything_in_it() {
    let (_tmp, c) = opened(5);
    assert_goals_signs_and_plan(&c);
    assert_medicines_and_settings(&c);
    assert_sharing(&c);
}

#[test]
fn a_version_6_folder_opens_with_everything_in_it() {
    let (_tmp, c) = opened(6);
    assert_goals_signs_and_plan(&c);
    assert_medicines_and_settings(&c);
    assert_sharing(&c);
    assert_progress(&c);
}

/// Progress, as written from version 6 on: a step three times a week checked off on
/// Monday and Tuesday (the goal's last activity stays day 2's), two modules, and one IMR Scale rating with a topic skipped.
fn assert_progress(c: &Companion) {
    let goals = value(c.list_goals(GoalFilter::All).unwrap());
    let walk = goals[0]["id"].as_str().unwrap().to_owned();
    let detail = value(c.goal(walk).unwrap());
    let swim = detail["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"] == "Fixture step: swim")
        .unwrap();
    assert_eq!(swim["repeat_key"], "weekly:3");
    assert_eq!(swim["week"]["done"], 2);
    assert_eq!(swim["week"]["target"], 3);
    let days = value(
        c.step_occurrences(
            swim["id"].as_str().unwrap().to_owned(),
            "2026-11-16".to_owned(),
            "2026-11-22".to_owned(),
        )
        .unwrap(),
    );
    let dates: Vec<&str> = days
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-11-16", "2026-11-17"]);

    let modules = value(c.modules().unwrap());
    let by_key = |key: &str| {
        modules["modules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["key"] == key)
            .unwrap()
            .clone()
    };
    let recovery = by_key("recovery-strategies");
    assert_eq!(recovery["started_on"], "2026-11-12");
    assert_eq!(recovery["done_on"], Value::Null);
    // The fixture's home assignment names this module in words.
    assert_eq!(recovery["assignments"].as_array().unwrap().len(), 1);
    let facts = by_key("practical-facts");
    assert_eq!(facts["started_on"], "2026-11-13");
    assert_eq!(facts["done_on"], "2026-11-18");

    let scale = value(c.scale_history().unwrap());
    let ratings = scale["ratings"].as_array().unwrap();
    assert_eq!(ratings.len(), 1);
    assert_eq!(ratings[0]["date"], "2026-11-18");
    assert_eq!(ratings[0]["answered"], 14);
    assert_eq!(ratings[0]["items"][0], 3);
    assert_eq!(ratings[0]["items"][10], Value::Null);
}

/// Both roles, as written from version 5 on: the folder shares two parts of its plan
/// with "Fixture Kari" and holds the plan she shares back, and the audit log says so.
fn assert_sharing(c: &Companion) {
    let view = value(c.sharing().unwrap());
    let contacts = view["contacts"].as_array().unwrap();
    assert_eq!(contacts.len(), 1);
    let kari = &contacts[0];
    assert_eq!(kari["name"], "Fixture Kari");
    assert_eq!(kari["confirmed"], true);
    assert_eq!(kari["has_copy"], true);
    assert_eq!(kari["fingerprint"].as_str().unwrap().len(), 14);
    let consents = view["consents"].as_array().unwrap();
    assert_eq!(consents.len(), 1);
    assert_eq!(consents[0]["contact_id"], kari["id"]);
    assert_eq!(consents[0]["is_current"], true);
    assert_eq!(consents[0]["until"], "2027-02-18");
    assert_eq!(consents[0]["sections"], json!(["actions", "contacts"]));
    assert!(consents[0]["text"].as_str().unwrap().starts_with(
        "I choose to share these parts of my relapse-prevention plan with Fixture Kari"
    ));

    let plans = value(c.supporter_plans().unwrap());
    let plans = plans.as_array().unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0]["from_name"], "Fixture Kari");
    assert_eq!(plans[0]["sections"], json!(["actions"]));
    assert_eq!(
        plans[0]["other_sections"][0]["items"][0]["text"],
        "Fixture Kari action: call a friend"
    );

    let events: Vec<Value> = value(c.share_audit_log().unwrap())
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|e| e["event"].clone())
        .collect();
    assert_eq!(
        events,
        [
            "paired",
            "confirmed",
            "granted",
            "envelope-created",
            "envelope-imported"
        ]
    );
    // The folder's own identity was kept: the code it shows still decodes.
    assert!(c.share_pair_code().unwrap().text.starts_with("STEGVIS1:"));
}

/// A migration cannot be added without the folder of the version it leads to.
#[test]
fn every_schema_version_has_its_fixture() {
    for version in 1..=SCHEMA_VERSION {
        let dir = fixture(version);
        for name in FILES {
            assert!(
                dir.join(name).is_file(),
                "tests/fixtures/v{version}/{name} is missing: make it with \
                 tests/fixtures/make_fixture.py and describe it in tests/fixtures/README.md"
            );
        }
        let header = std::fs::read(dir.join("stegvis.db")).unwrap();
        let found = u32::from_be_bytes(header[60..64].try_into().unwrap());
        assert_eq!(
            found, version,
            "tests/fixtures/v{version} is at version {found}"
        );
    }
}

fn folder_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// A damaged old record blocks the migration: the folder is left exactly as it was
/// (nothing re-sealed, nothing dropped), so no record is lost.
#[test]
fn a_damaged_old_record_refuses_the_migration_and_changes_nothing() {
    for (table, version) in [("doses", 3), ("checkins", 2), ("goals", 1)] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("old");
        common::copy_fixture(version, &dir);
        {
            let conn = rusqlite::Connection::open(dir.join("stegvis.db")).unwrap();
            let mut body: Vec<u8> = conn
                .query_row(
                    &format!("SELECT body FROM {table} ORDER BY rowid LIMIT 1"),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            let middle = body.len() / 2;
            body[middle] ^= 0x20;
            conn.execute(
                &format!(
                    "UPDATE {table} SET body = ?1 WHERE rowid = (SELECT min(rowid) FROM {table})"
                ),
                [body],
            )
            .unwrap();
        }
        let before = folder_bytes(&dir);
        let refused = open_at(&dir, after_fixture()).map(|_| ());
        assert_eq!(refused, Err(StegvisError::DamagedRecord), "{table}");
        assert_eq!(folder_bytes(&dir), before, "{table}: the folder changed");
    }
}
