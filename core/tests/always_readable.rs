//! Issue 8, point 13: the plan is readable when nothing else works. Reading needs no
//! write access (a read-only folder, another program holding the write lock), opening
//! writes nothing unless something changed, and a damaged record is left out of its
//! list (and counted) instead of blocking everything or being taken for a wrong key.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use chrono::Duration;
use common::{config, key_file, monday_morning, open, TestClock};
use rusqlite::Connection;
use stegvis_core::store::database_path;
use stegvis_core::{
    CheckinInput, Companion, GoalFilter, Lang, LifeArea, NewGoal, NewMedication, NewSchedule,
    NewSign, NewStep, PlanEdit, PlanItem, PlanSection, Rating, RecordKind, ReminderSettings,
    Repeat, StegvisError, ZonePolicy,
};

/// What one person has written: two of each kind, so a damaged one leaves one behind.
struct Person {
    goals: Vec<String>,
    steps: Vec<String>,
    signs: Vec<String>,
    meds: Vec<String>,
}

fn goal(text: &str) -> NewGoal {
    NewGoal {
        text: text.to_owned(),
        why: None,
        area: LifeArea::Health,
    }
}

fn step(text: &str) -> NewStep {
    NewStep {
        text: text.to_owned(),
        ..NewStep::default()
    }
}

fn sign(key: &str) -> NewSign {
    NewSign {
        catalog_key: Some(key.into()),
        ..NewSign::default()
    }
}

fn plan_item(text: &str) -> PlanEdit {
    PlanEdit::AddItem {
        section: PlanSection::Actions,
        item: PlanItem {
            text: text.into(),
            ..PlanItem::default()
        },
    }
}

/// Fills `dir` over two days: goals with steps, signs, two check-ins, two plan
/// versions, two medications.
fn fill(dir: &Path) -> Person {
    let clock = TestClock::at(monday_morning() - Duration::days(1));
    let c = open(dir, clock.clone()).unwrap();
    let mut person = Person {
        goals: Vec::new(),
        steps: Vec::new(),
        signs: Vec::new(),
        meds: Vec::new(),
    };
    for (g, s) in [
        ("Walk to the shop", "Walk to the corner"),
        ("Call my sister", "Find her number"),
    ] {
        let id = c.add_goal(goal(g)).unwrap().id;
        person
            .steps
            .push(c.add_step(id.clone(), step(s)).unwrap().id);
        person.goals.push(id);
    }
    for key in ["sleeping-less", "racing-thoughts"] {
        person.signs.push(c.add_sign(sign(key)).unwrap().id);
    }
    let checkin = |c: &Companion, value: u8| {
        c.save_checkin(CheckinInput {
            date: None,
            ratings: vec![Rating {
                sign_id: person.signs[0].clone(),
                value,
            }],
            note: None,
            sleep_hours: Some(7.0),
        })
        .unwrap();
    };
    checkin(&c, 1);
    c.edit_plan(vec![plan_item("Go to bed at the same time")])
        .unwrap();
    clock.advance(Duration::days(1));
    checkin(&c, 2);
    c.edit_plan(vec![plan_item("Call Kari")]).unwrap();
    for name in ["Sertraline", "Quetiapine"] {
        let med = c
            .add_medication(NewMedication {
                name: name.into(),
                ..NewMedication::default()
            })
            .unwrap();
        c.add_schedule(
            med.id.clone(),
            NewSchedule {
                times: vec!["08:00".into(), "20:00".into()],
                repeat: Repeat::Daily,
                start_date: None,
                end_date: None,
                zone_policy: ZonePolicy::FollowDevice,
                amounts: None,
            },
        )
        .unwrap();
        person.meds.push(med.id);
    }
    c.set_reminder_settings(ReminderSettings {
        show_names: true,
        checkin_time: Some("20:00".into()),
        step_reminders: true,
    })
    .unwrap();
    person
}

fn reopen(dir: &Path) -> Arc<Companion> {
    open(dir, TestClock::at(monday_morning())).unwrap()
}

/// Flips one byte in the sealed body of the row `key_column = key` of `table`, as a
/// bad disk sector or a stray program would.
fn damage(dir: &Path, table: &str, key_column: &str, key: &str) {
    let conn = Connection::open(database_path(dir)).unwrap();
    let column = "body";
    let mut body: Vec<u8> = conn
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE {key_column} = ?1"),
            [key],
            |r| r.get(0),
        )
        .unwrap();
    let middle = body.len() / 2;
    body[middle] ^= 0x5a;
    let changed = conn
        .execute(
            &format!("UPDATE {table} SET {column} = ?1 WHERE {key_column} = ?2"),
            rusqlite::params![body, key],
        )
        .unwrap();
    assert_eq!(changed, 1);
}

fn unreadable(c: &Companion, kind: RecordKind) -> u32 {
    c.unreadable_records()
        .unwrap()
        .iter()
        .find(|u| u.kind == kind)
        .map_or(0, |u| u.count)
}

/// The four read views a person needs in a bad moment all answer.
fn read_everything(c: &Companion) {
    let plan = c.plan_view().unwrap();
    assert_eq!(plan.version, 2);
    c.today().unwrap();
    assert!(c.list_goals(GoalFilter::All).unwrap().len() >= 2);
    assert_eq!(c.trend(4).unwrap().days_checked_in, 2);
}

#[test]
fn reading_works_while_another_program_holds_the_write_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    let other = Connection::open(database_path(&dir)).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();

    let c = reopen(&dir);
    read_everything(&c);
    // Writing still waits for the other program, and says so.
    assert_eq!(c.add_goal(goal("Sleep")).unwrap_err(), StegvisError::Busy);
    other.execute_batch("ROLLBACK").unwrap();
    c.add_goal(goal("Sleep")).unwrap();
}

#[test]
fn opening_a_current_database_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    drop(reopen(&dir)); // settle: the files as a normal close leaves them
    let before = fs::read(database_path(&dir)).unwrap();
    let c = reopen(&dir);
    read_everything(&c);
    drop(c);
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
    assert_eq!(
        fs::metadata(dir.join("stegvis.db-wal")).map_or(0, |m| m.len()),
        0,
        "nothing waits in the WAL either"
    );
}

#[test]
fn a_zone_change_that_cannot_be_recorded_does_not_block_reading() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    let zones = |conn: &Connection| -> i64 {
        conn.query_row("SELECT count(*) FROM device_zones", [], |r| r.get(0))
            .unwrap()
    };
    let other = Connection::open(database_path(&dir)).unwrap();
    assert_eq!(zones(&other), 1);
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();

    let mut travel = config(&dir, Lang::En);
    travel.zone = "America/New_York".into();
    let c = Companion::open_with_clock(travel, key_file(&dir), TestClock::at(monday_morning()))
        .unwrap();
    read_everything(&c);
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(zones(&other), 1, "not recorded while the lock was held");

    // The next write records it, in the same step.
    c.add_goal(goal("Sleep")).unwrap();
    assert_eq!(zones(&other), 2);
}

#[cfg(unix)]
#[test]
fn reading_works_from_a_read_only_folder() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    // As a writer's close leaves it: no -wal or -shm, so SQLite would have to make
    // its -shm file in the folder to read in WAL mode, and cannot.
    let c = reopen(&dir);
    c.add_goal(goal("Sleep")).unwrap();
    drop(c);
    assert!(!dir.join("stegvis.db-shm").exists());
    let files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for file in &files {
        fs::set_permissions(file, fs::Permissions::from_mode(0o400)).unwrap();
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    let before = fs::read(database_path(&dir)).unwrap();

    // For an ordinary user the folder really cannot be written (SQLite cannot make
    // its -shm file there); for root the permission bits are the signal the store
    // honours. Either way the views answer and a write is refused as ReadOnly.
    let result = std::panic::catch_unwind(|| {
        let c = reopen(&dir);
        read_everything(&c);
        assert_eq!(
            c.add_goal(goal("Sleep")).unwrap_err(),
            StegvisError::ReadOnly
        );
        // Travel while read-only: kept in memory, reading goes on.
        c.set_zone("Asia/Tokyo".into()).unwrap();
        read_everything(&c);
    });
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    for file in &files {
        fs::set_permissions(file, fs::Permissions::from_mode(0o600)).unwrap();
    }
    result.unwrap();
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
}

#[test]
fn a_damaged_record_is_left_out_of_each_list_and_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let person = fill(&dir);
    damage(&dir, "goals", "id", &person.goals[0]);
    damage(&dir, "steps", "id", &person.steps[1]);
    damage(&dir, "signs", "id", &person.signs[1]);
    // The day is sealed; the check-in of 2026-11-22 is the first one written.
    damage(&dir, "checkins", "rowid", "1");
    damage(&dir, "medications", "id", &person.meds[0]);
    let schedule: String = Connection::open(database_path(&dir))
        .unwrap()
        .query_row(
            "SELECT id FROM schedules WHERE medication_id = ?1",
            [&person.meds[1]],
            |r| r.get(0),
        )
        .unwrap();
    damage(&dir, "schedules", "id", &schedule);

    let c = reopen(&dir);
    let goals = c.list_goals(GoalFilter::All).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].text, "Call my sister");
    // The goal that still opens shows its readable steps; the damaged one is left out.
    assert!(c.goal(person.goals[1].clone()).unwrap().steps.is_empty());
    // Asking for the damaged record itself is its own error, never "wrong key".
    assert_eq!(
        c.goal(person.goals[0].clone()).unwrap_err(),
        StegvisError::DamagedRecord
    );

    let signs = c.list_signs(true).unwrap();
    assert_eq!(signs.len(), 1);
    assert_eq!(signs[0].id, person.signs[0]);
    assert_eq!(c.trend(4).unwrap().days_checked_in, 1);

    let meds = c.list_medications(true).unwrap();
    assert_eq!(meds.len(), 1);
    assert_eq!(meds[0].name, "Quetiapine");
    // The damaged medicine's schedule and doses do not take the other views down.
    c.reminder_plan().unwrap();
    c.occurrences("2026-11-23".into(), "2026-11-24".into())
        .unwrap();
    c.adherence(7).unwrap();

    let today = c.today().unwrap();
    let titles: Vec<_> = today
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.title.clone()))
        .collect();
    assert!(!titles.iter().any(|t| t.contains("Find her number")));

    for (kind, count) in [
        (RecordKind::Goal, 1),
        (RecordKind::Step, 1),
        (RecordKind::Sign, 1),
        (RecordKind::Checkin, 1),
        (RecordKind::Medication, 1),
        (RecordKind::Schedule, 1),
        (RecordKind::PlanVersion, 0),
    ] {
        assert_eq!(unreadable(&c, kind), count, "{kind:?}");
    }
    let goal_note = c
        .unreadable_records()
        .unwrap()
        .into_iter()
        .find(|u| u.kind == RecordKind::Goal)
        .unwrap();
    assert_eq!(
        goal_note.label,
        "1 entry could not be read and is not shown."
    );
    // A view asks only about the kinds it shows, and hears only about those.
    let for_goals = c
        .unreadable_records_of(vec![RecordKind::Goal, RecordKind::Step])
        .unwrap();
    let kinds: Vec<RecordKind> = for_goals.iter().map(|u| u.kind).collect();
    assert_eq!(kinds, vec![RecordKind::Goal, RecordKind::Step]);
    assert_eq!(for_goals[0], goal_note);

    // Writing still works around the damage.
    c.add_goal(goal("Sleep before midnight")).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 2);
}

#[test]
fn the_plan_falls_back_to_the_newest_version_that_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    damage(&dir, "plan_versions", "version", "2");

    let c = reopen(&dir);
    let plan = c.plan_view().unwrap();
    assert_eq!(plan.version, 1);
    let texts: Vec<_> = plan
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.text.clone()))
        .collect();
    assert!(texts.contains(&"Go to bed at the same time".to_owned()));
    assert_eq!(c.plan_history().unwrap().len(), 1);
    let note = c
        .unreadable_records()
        .unwrap()
        .into_iter()
        .find(|u| u.kind == RecordKind::PlanVersion)
        .unwrap();
    assert_eq!(note.count, 1);
    assert!(note.label.contains("shows the newest version that could"));
    assert_eq!(c.plan_version(2).unwrap_err(), StegvisError::DamagedRecord);
}

#[test]
fn damaged_side_tables_never_block_the_app() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    damage(&dir, "device_zones", "id", "1");
    damage(&dir, "meta", "key", "settings");

    let c = reopen(&dir);
    read_everything(&c);
    c.reminder_plan().unwrap();
    // Settings that do not open fall back to the private defaults.
    assert_eq!(c.reminder_settings().unwrap(), ReminderSettings::default());
    assert_eq!(unreadable(&c, RecordKind::ZoneHistory), 1);
    assert_eq!(unreadable(&c, RecordKind::Settings), 1);
    c.add_goal(goal("Sleep")).unwrap();
}

#[test]
fn only_the_canary_failing_means_a_wrong_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fill(&dir);
    damage(&dir, "meta", "key", "canary");
    assert_eq!(
        open(&dir, TestClock::at(monday_morning())).unwrap_err(),
        StegvisError::KeyUnavailable
    );
}
