//! Issue 9, point 1: nothing readable at rest. A copy of the database file tells only
//! ids, foreign keys, row versions and an ISO week per check-in and dose; every clear column
//! is bound into its row's sealed body, so changing one, moving a body to another row
//! or putting back an older body of the same row is refused on read.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use common::TestClock;
use rusqlite::Connection;
use stegvis_core::store::database_path;
use stegvis_core::{
    CheckinInput, Companion, DoseAction, FileKeyManager, GoalFilter, Lang, OpenConfig, Rating,
    RecordKind,
};

/// Every table of schema version 4 and the columns it keeps in clear.
const ALLOWED: &[(&str, &[&str])] = &[
    ("meta", &["key", "rev", "body"]),
    ("goals", &["id", "rev", "body"]),
    ("steps", &["id", "goal_id", "rev", "body"]),
    ("problem_solving", &["id", "step_id", "rev", "body"]),
    ("signs", &["id", "rev", "body"]),
    ("checkins", &["id", "week", "rev", "body"]),
    ("plan_versions", &["id", "version", "rev", "body"]),
    ("device_zones", &["id", "rev", "body"]),
    ("medications", &["id", "rev", "body"]),
    ("schedules", &["id", "medication_id", "rev", "body"]),
    ("doses", &["id", "medication_id", "week", "rev", "body"]),
    ("doctor_notes", &["id", "medication_id", "rev", "body"]),
    ("share_contacts", &["id", "rev", "body"]),
    ("share_consents", &["id", "contact_id", "rev", "body"]),
    ("shared_copies", &["id", "contact_id", "rev", "body"]),
    ("share_audit", &["id", "rev", "body"]),
    // Which step a day belongs to and its ISO week (for the index); the day itself,
    // the module, the scale's topics and answers are sealed.
    (
        "step_occurrences",
        &["id", "step_id", "week", "rev", "body"],
    ),
    ("module_progress", &["id", "rev", "body"]),
    ("scale_ratings", &["id", "rev", "body"]),
];

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn open_at(dir: &Path, now: &str) -> Arc<Companion> {
    Companion::open_with_clock(
        OpenConfig {
            data_dir: dir.display().to_string(),
            zone: "Europe/Oslo".into(),
            language: Lang::En,
        },
        Arc::new(FileKeyManager::new(dir.join("stegvis.key"))),
        TestClock::at(at(now)),
    )
    .unwrap()
}

/// The version 3 fixture (every kind of record), migrated, with a day more written
/// by the current code on top.
fn filled(dir: &Path) -> Arc<Companion> {
    common::copy_fixture(3, dir);
    let c = open_at(dir, "2026-11-18T19:10:00Z");
    let occurrences = c
        .occurrences("2026-11-18".into(), "2026-11-18".into())
        .unwrap();
    c.log_dose(occurrences[0].id.clone(), DoseAction::Take { at: None })
        .unwrap();
    c.log_dose(
        occurrences[1].id.clone(),
        DoseAction::Skip {
            reason: Some("Too late".into()),
        },
    )
    .unwrap();
    let signs = c.list_signs(false).unwrap();
    c.save_checkin(CheckinInput {
        date: Some("2026-11-15".into()),
        ratings: signs
            .iter()
            .map(|s| Rating {
                sign_id: s.id.clone(),
                value: 1,
            })
            .collect(),
        note: Some("Written after the migration".into()),
        sleep_hours: Some(6.0),
    })
    .unwrap();
    let goals = c.list_goals(GoalFilter::All).unwrap();
    c.set_goal_aside(goals[0].id.clone()).unwrap();
    c
}

#[test]
fn only_ids_foreign_keys_versions_and_weeks_are_in_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(filled(&dir));
    let conn = Connection::open(database_path(&dir)).unwrap();
    let expected: BTreeMap<String, BTreeSet<String>> = ALLOWED
        .iter()
        .map(|(t, cols)| {
            (
                (*t).to_owned(),
                cols.iter().map(|c| (*c).to_owned()).collect(),
            )
        })
        .collect();
    let found: BTreeMap<String, BTreeSet<String>> = common::tables(&dir)
        .into_iter()
        .map(|(t, cols)| (t, cols.into_iter().collect()))
        .collect();
    assert_eq!(found, expected);
    let weeks: BTreeSet<String> = conn
        .prepare("SELECT week FROM doses UNION ALL SELECT week FROM checkins")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // 2026-11-15 is in ISO week 46; 2026-11-16 to 2026-11-18 in week 47.
    assert_eq!(
        weeks,
        BTreeSet::from(["2026-W46".to_owned(), "2026-W47".to_owned()])
    );
}

#[test]
fn the_file_holds_no_status_date_time_area_or_zone_in_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(filled(&dir));
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() != "stegvis.key" {
            bytes.extend(std::fs::read(path).unwrap());
        }
    }
    for word in [
        "taken",
        "skipped",
        "snoozed",
        "2026-11-1",
        "08:00",
        "20:00",
        "health",
        "relationships",
        "active",
        "reached",
        "set-aside",
        "Europe/Oslo",
        "is_assignment",
        "local_date",
        "created_at",
        "Fixture",
        "Sertraline",
        "Too late",
    ] {
        assert!(
            !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
            "{word:?} is readable in the data folder"
        );
    }
}

fn unreadable(c: &Companion, kind: RecordKind) -> u32 {
    c.unreadable_records()
        .unwrap()
        .iter()
        .find(|u| u.kind == kind)
        .map_or(0, |u| u.count)
}

#[test]
fn a_changed_clear_column_or_a_body_moved_or_put_back_does_not_open() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let c = filled(&dir);
    let goal = c.list_goals(GoalFilter::All).unwrap()[1].id.clone();
    let conn = Connection::open(database_path(&dir)).unwrap();
    let (old_rev, old_body): (i64, Vec<u8>) = conn
        .query_row("SELECT rev, body FROM goals WHERE id = ?1", [&goal], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    c.edit_goal(
        goal.clone(),
        stegvis_core::GoalEdit {
            text: Some("A newer text".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let new_rev: i64 = conn
        .query_row("SELECT rev FROM goals WHERE id = ?1", [&goal], |r| r.get(0))
        .unwrap();
    assert_eq!(new_rev, old_rev + 1, "every write bumps the row version");
    drop(c);

    // The older body of the same row, put back under the newer row version.
    conn.execute(
        "UPDATE goals SET body = ?1 WHERE id = ?2",
        rusqlite::params![old_body, goal],
    )
    .unwrap();
    // A dose's week moved, a step moved to another goal.
    conn.execute(
        "UPDATE doses SET week = '2026-W40' WHERE rowid = (SELECT min(rowid) FROM doses)",
        [],
    )
    .unwrap();
    conn.execute(
        "UPDATE steps SET goal_id = ?1 WHERE rowid = (SELECT min(rowid) FROM steps)",
        [&goal],
    )
    .unwrap();
    // Two signs' bodies swapped.
    conn.execute_batch(
        "CREATE TEMP TABLE b AS SELECT rowid AS r, body FROM signs;
         UPDATE signs SET body = (SELECT body FROM b WHERE r <> signs.rowid LIMIT 1);",
    )
    .unwrap();
    drop(conn);

    let c = open_at(&dir, "2026-11-18T20:00:00Z");
    assert_eq!(unreadable(&c, RecordKind::Goal), 1);
    assert_eq!(unreadable(&c, RecordKind::Dose), 1);
    assert_eq!(unreadable(&c, RecordKind::Step), 1);
    assert_eq!(unreadable(&c, RecordKind::Sign), 2);
    let goals = c.list_goals(GoalFilter::All).unwrap();
    assert_eq!(goals.len(), 1, "the goal with an older body is left out");
    assert_eq!(
        c.goal(goal).unwrap_err(),
        stegvis_core::StegvisError::DamagedRecord
    );
}

fn count(dir: &Path, sql: &str) -> i64 {
    Connection::open(database_path(dir))
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

/// The database no longer sees dates, so one check-in per day and one dose per
/// planned time are kept by the code, inside the write's transaction.
#[test]
fn one_checkin_per_day_and_one_dose_per_planned_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let c = filled(&dir);
    let checkins = count(&dir, "SELECT count(*) FROM checkins");
    let doses = count(&dir, "SELECT count(*) FROM doses");
    let signs = c.list_signs(false).unwrap();
    for (value, note) in [(2, "First"), (3, "Second")] {
        c.save_checkin(CheckinInput {
            date: Some("2026-11-17".into()),
            ratings: vec![Rating {
                sign_id: signs[0].id.clone(),
                value,
            }],
            note: Some(note.into()),
            sleep_hours: None,
        })
        .unwrap();
    }
    assert_eq!(count(&dir, "SELECT count(*) FROM checkins"), checkins);
    let day = c.checkin("2026-11-17".into()).unwrap().unwrap();
    assert_eq!(day.note.as_deref(), Some("Second"));

    let occurrence = c
        .occurrences("2026-11-17".into(), "2026-11-17".into())
        .unwrap()[0]
        .clone();
    assert_eq!(occurrence.status, Some(stegvis_core::DoseStatus::Snoozed));
    c.log_dose(occurrence.id.clone(), DoseAction::Take { at: None })
        .unwrap();
    c.undo_dose(occurrence.id.clone()).unwrap();
    c.log_dose(
        occurrence.id.clone(),
        DoseAction::Skip {
            reason: Some("Forgot".into()),
        },
    )
    .unwrap();
    c.log_dose(occurrence.id.clone(), DoseAction::Snooze { minutes: 10 })
        .unwrap_err();
    let after = count(&dir, "SELECT count(*) FROM doses");
    // The snoozed dose became taken, was undone (its row removed) and skipped.
    assert_eq!(after, doses);
    let now = c
        .occurrences("2026-11-17".into(), "2026-11-17".into())
        .unwrap();
    assert_eq!(now[0].status, Some(stegvis_core::DoseStatus::Skipped));
}
