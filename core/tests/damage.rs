//! Issue 9, point 3: damage. SQLite's quick check runs after a crash (a WAL left with
//! frames) and once a day; when it fails, writes are refused with a typed error while
//! reads still show what can be read. Every write is checkpointed, so the WAL does
//! not keep old pages.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::Duration;
use common::{monday_morning, open, TestClock};
use rusqlite::Connection;
use stegvis_core::store::database_path;
use stegvis_core::{GoalFilter, LifeArea, NewGoal, StegvisError};

fn goal(text: &str) -> NewGoal {
    NewGoal {
        text: text.to_owned(),
        why: None,
        area: LifeArea::Health,
    }
}

fn wal(dir: &Path) -> PathBuf {
    dir.join("stegvis.db-wal")
}

fn wal_len(dir: &Path) -> u64 {
    fs::metadata(wal(dir)).map_or(0, |m| m.len())
}

/// Writes garbage over the root page of `index` in the database file (not its WAL).
/// `doses_medication` is an index no goal list reads and adding a goal does not change.
fn corrupt_index(dir: &Path, index: &str) {
    let (root, page_size): (u64, u64) = {
        let conn = Connection::open_with_flags(
            database_path(dir),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        let root = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = ?1",
                [index],
                |r| r.get(0),
            )
            .unwrap();
        let size = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        (root, size)
    };
    let mut bytes = fs::read(database_path(dir)).unwrap();
    let start = ((root - 1) * page_size) as usize;
    bytes[start..start + page_size as usize].fill(0xA5);
    fs::write(database_path(dir), bytes).unwrap();
}

/// A copy of the folder as a crash would leave it: the database and its WAL, with
/// no shared-memory index and no program holding it.
fn copy_as_crashed(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    fs::copy(database_path(from), database_path(to)).unwrap();
    fs::copy(wal(from), wal(to)).unwrap();
    fs::copy(from.with_extension("key"), to.with_extension("key")).unwrap();
}

#[test]
fn the_daily_check_finds_a_damaged_page_then_writes_are_refused_and_reads_go_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(monday_morning());
    {
        let c = open(&dir, clock.clone()).unwrap();
        c.add_goal(goal("Walk to the shop")).unwrap();
        c.add_goal(goal("Call my sister")).unwrap();
    }
    corrupt_index(&dir, "doses_medication");

    // The next day the check runs: writes are refused, the goals still show.
    clock.advance(Duration::days(1));
    let c = open(&dir, clock.clone()).unwrap();
    assert!(c.writes_refused().unwrap());
    let before = fs::read(database_path(&dir)).unwrap();
    assert_eq!(
        c.add_goal(goal("Sleep before midnight")).unwrap_err(),
        StegvisError::DatabaseDamaged
    );
    let goals = c.list_goals(GoalFilter::All).unwrap();
    let texts: Vec<_> = goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(texts, ["Walk to the shop", "Call my sister"]);
    assert_eq!(
        c.goal(goals[0].id.clone()).unwrap().goal.text,
        "Walk to the shop"
    );
    drop(c);
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);

    // A failed check is not recorded as done: the same day, it runs again.
    let c = open(&dir, clock).unwrap();
    assert_eq!(
        c.add_goal(goal("Sleep before midnight")).unwrap_err(),
        StegvisError::DatabaseDamaged
    );
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 2);
}

#[test]
fn a_healthy_database_is_checked_once_a_day_and_takes_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(monday_morning());
    for day in 0..3 {
        let c = open(&dir, clock.clone()).unwrap();
        c.add_goal(goal(&format!("Day {day}"))).unwrap();
        drop(c);
        clock.advance(Duration::days(1));
    }
    let c = open(&dir, clock).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 3);
}

/// The folder after a crash: a goal committed but not yet checkpointed (a reader held
/// the WAL), and the program gone.
fn crashed_folder(tmp: &Path, name: &str, damage: bool) -> PathBuf {
    let dir = tmp.join(format!("{name}-running"));
    let clock = TestClock::at(monday_morning());
    let c = open(&dir, clock).unwrap();
    c.add_goal(goal("Before the crash")).unwrap();
    let reader = Connection::open(database_path(&dir)).unwrap();
    reader
        .execute_batch("BEGIN; SELECT count(*) FROM goals;")
        .unwrap();
    c.add_goal(goal("Committed just before the crash")).unwrap();
    assert!(
        wal_len(&dir) > 0,
        "the reader kept the checkpoint from running"
    );
    let crashed = tmp.join(name);
    copy_as_crashed(&dir, &crashed);
    reader.execute_batch("COMMIT").unwrap();
    drop(c);
    if damage {
        corrupt_index(&crashed, "doses_medication");
    }
    crashed
}

#[test]
fn after_a_crash_the_check_runs_the_same_day_and_finds_damage() {
    let tmp = tempfile::tempdir().unwrap();
    // Same day as the last check: only the crash makes it run.
    let crashed = crashed_folder(tmp.path(), "damaged", true);
    let c = open(&crashed, TestClock::at(monday_morning())).unwrap();
    assert_eq!(
        c.add_goal(goal("After the crash")).unwrap_err(),
        StegvisError::DatabaseDamaged
    );
    let texts: Vec<_> = c
        .list_goals(GoalFilter::All)
        .unwrap()
        .into_iter()
        .map(|g| g.text)
        .collect();
    assert_eq!(
        texts,
        ["Before the crash", "Committed just before the crash"]
    );
}

#[test]
fn after_a_crash_a_healthy_database_recovers_everything_and_takes_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let crashed = crashed_folder(tmp.path(), "healthy", false);
    let c = open(&crashed, TestClock::at(monday_morning())).unwrap();
    assert!(!c.writes_refused().unwrap());
    c.add_goal(goal("After the crash")).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 3);
    // The write checkpointed the recovered frames too.
    assert_eq!(wal_len(&crashed), 0);
}

#[test]
fn every_write_is_checkpointed_so_the_wal_stays_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    for i in 0..20 {
        c.add_goal(goal(&format!("Goal {i}"))).unwrap();
        assert!(wal(&dir).exists());
        assert_eq!(wal_len(&dir), 0, "after write {i}");
    }
    // A reader holding an old snapshot keeps the checkpoint from finishing; the next
    // write after it lets go empties the WAL again.
    let reader = Connection::open(database_path(&dir)).unwrap();
    reader
        .execute_batch("BEGIN; SELECT count(*) FROM goals;")
        .unwrap();
    c.add_goal(goal("While someone reads")).unwrap();
    assert!(wal_len(&dir) > 0);
    reader.execute_batch("COMMIT").unwrap();
    c.add_goal(goal("After they stopped")).unwrap();
    assert_eq!(wal_len(&dir), 0);
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 22);
}
