//! Opening a data folder: persistence, and each way an open can be refused without
//! changing anything.

mod common;

use std::fs;
use std::sync::Arc;

use common::{config, key_file, monday_morning, open, TestClock};
use rusqlite::Connection;
use stegvis_core::crypto::DataKey;
use stegvis_core::store::{database_path, SCHEMA_VERSION};
use stegvis_core::{
    Companion, FileKeyManager, GoalFilter, KeyManager, Lang, LifeArea, NewGoal, StegvisError,
};

fn goal(text: &str) -> NewGoal {
    NewGoal {
        text: text.to_owned(),
        why: None,
        area: LifeArea::Health,
    }
}

#[test]
fn data_survives_close_and_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(monday_morning());
    {
        let c = open(&dir, clock.clone()).unwrap();
        c.add_goal(goal("Walk to the shop")).unwrap();
    }
    let c = open(&dir, clock).unwrap();
    let goals = c.list_goals(GoalFilter::All).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].text, "Walk to the shop");
}

#[test]
fn pragmas_and_schema_version_are_set() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(open(&dir, TestClock::at(monday_morning())).unwrap());
    let conn = Connection::open(database_path(&dir)).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(open(&dir, TestClock::at(monday_morning())).unwrap());
    {
        let conn = Connection::open(database_path(&dir)).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
    }
    let before = fs::read(database_path(&dir)).unwrap();
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    assert_eq!(
        err,
        StegvisError::IncompatibleVersion {
            found: SCHEMA_VERSION + 5,
            supported: SCHEMA_VERSION
        }
    );
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
    assert!(!dir.join("stegvis.db-wal").exists());
}

#[test]
fn a_file_that_is_not_ours_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    // Not SQLite at all.
    let dir = tmp.path().join("text");
    fs::create_dir_all(&dir).unwrap();
    fs::write(database_path(&dir), b"shopping list: milk, bread").unwrap();
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    assert_eq!(err, StegvisError::NotADatabase);
    assert_eq!(
        fs::read(database_path(&dir)).unwrap(),
        b"shopping list: milk, bread"
    );

    // Another program's SQLite database.
    let dir = tmp.path().join("other");
    fs::create_dir_all(&dir).unwrap();
    {
        let conn = Connection::open(database_path(&dir)).unwrap();
        conn.execute_batch("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');")
            .unwrap();
    }
    let before = fs::read(database_path(&dir)).unwrap();
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    assert_eq!(err, StegvisError::NotADatabase);
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
}

#[test]
fn a_wrong_key_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let c = open(&dir, TestClock::at(monday_morning())).unwrap();
        c.add_goal(goal("Call my sister")).unwrap();
    }
    let before = fs::read(database_path(&dir)).unwrap();
    let wrong = Arc::new(FileKeyManager::new(tmp.path().join("other.key")));
    wrong.store_key(DataKey::generate_bytes().unwrap()).unwrap();
    let err = Companion::open_with_clock(
        config(&dir, Lang::En),
        wrong,
        TestClock::at(monday_morning()),
    )
    .unwrap_err();
    assert_eq!(err, StegvisError::KeyUnavailable);
    // The check reads only: the file is as it was and no change waits in a WAL. (A
    // read-only open may leave SQLite's empty `-wal`/`-shm` housekeeping files.)
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
    assert_eq!(
        fs::metadata(dir.join("stegvis.db-wal")).map_or(0, |m| m.len()),
        0
    );

    // The right key still opens it.
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
}

#[test]
fn a_lost_key_never_gets_replaced_over_existing_data() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(open(&dir, TestClock::at(monday_morning())).unwrap());
    fs::remove_file(dir.with_extension("key")).unwrap();
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    assert_eq!(err, StegvisError::KeyUnavailable);
    assert!(!dir.with_extension("key").exists());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("locked");
    fs::create_dir_all(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(err, StegvisError::ReadOnly);
    assert!(!database_path(&dir).exists());
}

#[cfg(unix)]
#[test]
fn the_key_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(open(&dir, TestClock::at(monday_morning())).unwrap());
    let mode = fs::metadata(dir.with_extension("key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_database_held_by_another_program_gives_busy_after_a_short_wait() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(monday_morning());
    let c = open(&dir, clock.clone()).unwrap();

    let other = Connection::open(database_path(&dir)).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let started = std::time::Instant::now();
    let err = c.add_goal(goal("Sleep before midnight")).unwrap_err();
    assert_eq!(err, StegvisError::Busy);
    assert!(started.elapsed() >= stegvis_core::store::BUSY_TIMEOUT / 2);
    other.execute_batch("ROLLBACK").unwrap();

    // Nothing was written, and the next try works.
    assert!(c.list_goals(GoalFilter::All).unwrap().is_empty());
    c.add_goal(goal("Sleep before midnight")).unwrap();

    // Opening while another program holds the write lock works and reads (issue 8,
    // point 13: opening writes nothing unless something changed).
    drop(c);
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let c = open(&dir, clock).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
    other.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn bad_config_is_a_typed_error() {
    let tmp = tempfile::tempdir().unwrap();
    let mut cfg = config(&tmp.path().join("d"), Lang::En);
    cfg.zone = "Europe/Atlantis".into();
    let err =
        Companion::open_with_clock(cfg, key_file(tmp.path()), TestClock::at(monday_morning()))
            .unwrap_err();
    assert!(matches!(
        err,
        StegvisError::InvalidInput {
            field: stegvis_core::Field::Zone,
            ..
        }
    ));
    assert!(!tmp.path().join("d").exists());
}

#[test]
fn a_newer_version_still_in_the_wal_is_refused_too() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(monday_morning());
    drop(open(&dir, clock.clone()).unwrap());
    // Another program keeps the database open, so its change stays in the WAL and
    // the file header on disk still shows the old version.
    let other = Connection::open(database_path(&dir)).unwrap();
    other
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let err = open(&dir, clock).unwrap_err();
    assert!(matches!(err, StegvisError::IncompatibleVersion { .. }));
}
