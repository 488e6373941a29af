//! Issue 9, point 2: the data folder's files. Private modes set before SQLite makes
//! its files; a key file that is unsafe is refused without being read; the key and the
//! first database are published whole, so racing or crashing first runs still give one
//! working install; the canary is checked before any byte changes; an empty database
//! beside a key is reported, not started over.

#![cfg(unix)]
#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Barrier};

use common::{config, key_file, monday_morning, open, TestClock};
use rusqlite::Connection;
use stegvis_core::crypto::DataKey;
use stegvis_core::store::database_path;
use stegvis_core::{
    describe_error, Companion, FileKeyManager, GoalFilter, KeyFileProblem, KeyManager, Lang,
    LifeArea, Localizer, NewGoal, StegvisError,
};

fn goal(text: &str) -> NewGoal {
    NewGoal {
        text: text.to_owned(),
        why: None,
        area: LifeArea::Health,
    }
}

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn side(dir: &Path, suffix: &str) -> PathBuf {
    dir.join(format!("stegvis.db{suffix}"))
}

/// Every entry of a folder: name, then its length, a digest of its bytes and its mode.
fn snapshot(dir: &Path) -> BTreeMap<String, (usize, u64, u32)> {
    use std::hash::{Hash, Hasher};
    let mut all = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(&path).unwrap();
        let mut digest = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut digest);
        all.insert(name, (bytes.len(), digest.finish(), mode(&path)));
    }
    all.insert(".".to_owned(), (0, 0, mode(dir)));
    all
}

fn unsafe_key(problem: KeyFileProblem) -> StegvisError {
    StegvisError::KeyFileUnsafe { problem }
}

#[test]
fn the_folder_is_0700_and_the_database_wal_and_shm_are_0600() {
    let tmp = tempfile::tempdir().unwrap();
    set_mode(tmp.path(), 0o755);
    let dir = tmp.path().join("data");
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    c.add_goal(goal("Walk to the shop")).unwrap();
    // Still open: SQLite's files exist now.
    assert_eq!(mode(&dir), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        assert!(side(&dir, suffix).exists(), "stegvis.db{suffix} missing");
        assert_eq!(mode(&side(&dir, suffix)), 0o600, "stegvis.db{suffix}");
    }
    assert_eq!(mode(&dir.with_extension("key")), 0o600);
    // The folder was made private; its parent was left as it was.
    assert_eq!(mode(tmp.path()), 0o755);
}

#[test]
fn loose_modes_are_tightened_on_the_next_write_not_on_a_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(monday_morning());
    open(&dir, clock.clone())
        .unwrap()
        .add_goal(goal("Call my sister"))
        .unwrap();
    set_mode(&dir, 0o755);
    set_mode(&database_path(&dir), 0o644);

    let c = open(&dir, clock).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
    assert_eq!(mode(&database_path(&dir)), 0o644, "a read changes nothing");

    c.add_goal(goal("Sleep before midnight")).unwrap();
    assert_eq!(mode(&dir), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        assert_eq!(mode(&side(&dir, suffix)), 0o600, "stegvis.db{suffix}");
    }
}

#[test]
fn a_key_file_others_can_read_is_refused_and_not_used() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    drop(open(&dir, TestClock::at(monday_morning())).unwrap());
    let key = dir.with_extension("key");
    for loose in [0o644, 0o640, 0o604, 0o620] {
        set_mode(&key, loose);
        let before = snapshot(&dir);
        let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
        assert_eq!(err, unsafe_key(KeyFileProblem::OpenToOthers), "{loose:o}");
        assert_eq!(snapshot(&dir), before);
        assert_eq!(mode(&key), loose, "the key file is the person's to fix");
    }
    set_mode(&key, 0o600);
    drop(open(&dir, TestClock::at(monday_morning())).unwrap());
}

#[test]
fn a_key_file_that_is_not_a_plain_file_is_refused_without_waiting_or_reading() {
    let tmp = tempfile::tempdir().unwrap();

    // A named pipe: opening it for reading would wait for a writer forever.
    let fifo = tmp.path().join("fifo.key");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    set_mode(&fifo, 0o600);
    assert_eq!(
        FileKeyManager::new(&fifo).load_key().unwrap_err(),
        unsafe_key(KeyFileProblem::NotAFile)
    );

    // A device that never ends: reading it unbounded would never return.
    assert_eq!(
        FileKeyManager::new("/dev/zero").load_key().unwrap_err(),
        unsafe_key(KeyFileProblem::NotAFile)
    );

    // A link, even to a good key.
    let real = tmp.path().join("real.key");
    let good = FileKeyManager::new(&real);
    good.store_key(DataKey::generate_bytes().unwrap()).unwrap();
    assert!(good.load_key().unwrap().is_some());
    let link = tmp.path().join("link.key");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert_eq!(
        FileKeyManager::new(&link).load_key().unwrap_err(),
        unsafe_key(KeyFileProblem::NotAFile)
    );
    // A link to a pipe is refused as a link, before the pipe is opened.
    let to_fifo = tmp.path().join("to-fifo.key");
    std::os::unix::fs::symlink(&fifo, &to_fifo).unwrap();
    assert_eq!(
        FileKeyManager::new(&to_fifo).load_key().unwrap_err(),
        unsafe_key(KeyFileProblem::NotAFile)
    );

    // A folder.
    let folder = tmp.path().join("folder.key");
    fs::create_dir(&folder).unwrap();
    set_mode(&folder, 0o700);
    assert_eq!(
        FileKeyManager::new(&folder).load_key().unwrap_err(),
        unsafe_key(KeyFileProblem::NotAFile)
    );

    // Through the companion, on a data folder: refused and nothing is created.
    let dir = tmp.path().join("data");
    let err = Companion::open_with_clock(
        config(&dir, Lang::En),
        Arc::new(FileKeyManager::new(&link)),
        TestClock::at(monday_morning()),
    )
    .unwrap_err();
    assert_eq!(err, unsafe_key(KeyFileProblem::NotAFile));
    assert!(!database_path(&dir).exists());
}

#[test]
fn a_key_file_that_is_not_exactly_one_key_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    for len in [0usize, 1, 31, 33, 64, 10 * 1024 * 1024] {
        let path = tmp.path().join(format!("{len}.key"));
        fs::write(&path, vec![7u8; len]).unwrap();
        set_mode(&path, 0o600);
        assert_eq!(
            FileKeyManager::new(&path).load_key().unwrap_err(),
            unsafe_key(KeyFileProblem::WrongLength),
            "{len} bytes"
        );
    }
    // A key of the right length loads.
    let path = tmp.path().join("32.key");
    fs::write(&path, [7u8; 32]).unwrap();
    set_mode(&path, 0o600);
    assert_eq!(
        FileKeyManager::new(&path).load_key().unwrap(),
        Some(vec![7u8; 32])
    );
}

#[test]
fn an_unsafe_key_file_is_described_in_every_language() {
    for problem in [
        KeyFileProblem::OpenToOthers,
        KeyFileProblem::NotAFile,
        KeyFileProblem::WrongLength,
    ] {
        for lang in [Lang::En, Lang::Nb, Lang::Sv, Lang::Da] {
            let text = describe_error(&unsafe_key(problem), &Localizer::new(lang));
            assert!(!text.starts_with("error-"), "{lang:?} {problem:?}: {text}");
        }
    }
    for error in [
        StegvisError::DatabaseEmpty,
        StegvisError::CanaryMissing,
        StegvisError::DatabaseDamaged,
    ] {
        for lang in [Lang::En, Lang::Nb, Lang::Sv, Lang::Da] {
            let text = describe_error(&error, &Localizer::new(lang));
            assert!(!text.starts_with("error-"), "{lang:?} {error:?}: {text}");
        }
    }
    let en = describe_error(
        &unsafe_key(KeyFileProblem::OpenToOthers),
        &Localizer::new(Lang::En),
    );
    assert!(en.contains("other users"), "{en}");
}

#[test]
fn a_stored_key_is_published_whole_and_never_replaces_one() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("stegvis.key");
    let keys = FileKeyManager::new(&path);
    let first = DataKey::generate_bytes().unwrap();
    keys.store_key(first.clone()).unwrap();
    assert_eq!(mode(&path), 0o600);
    // A second store (another program that lost the race) keeps the first key.
    keys.store_key(DataKey::generate_bytes().unwrap()).unwrap();
    assert_eq!(keys.load_key().unwrap(), Some(first));
    // No temporary file is left behind.
    let names: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("stegvis.key")]);
}

#[test]
fn first_runs_at_the_same_time_end_with_one_working_install() {
    for round in 0..5 {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let runs = 6;
        let barrier = Arc::new(Barrier::new(runs));
        let handles: Vec<_> = (0..runs)
            .map(|i| {
                let dir = dir.clone();
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    let c = open(&dir, TestClock::at(monday_morning()))?;
                    c.add_goal(goal(&format!("Goal {i}")))?;
                    Ok::<_, StegvisError>(())
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap().unwrap();
        }
        let c = open(&dir, TestClock::at(monday_morning())).unwrap();
        assert_eq!(
            c.list_goals(GoalFilter::All).unwrap().len(),
            runs,
            "round {round}"
        );
        assert_eq!(fs::read(dir.with_extension("key")).unwrap().len(), 32);
        // Only the database's own files are in the folder: no temporary leftovers.
        for entry in fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(name.starts_with("stegvis.db"), "{name}");
        }
    }
}

#[test]
fn a_crash_during_the_first_run_leaves_an_install_that_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    fs::create_dir_all(&dir).unwrap();
    // Leftovers of a first run killed while writing its temporary files.
    fs::write(tmp.path().join(".data.key.0123abcd.tmp"), [1u8; 12]).unwrap();
    fs::write(dir.join(".stegvis.db.0123abcd.new"), b"SQLite format 3\0").unwrap();
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    c.add_goal(goal("Walk to the shop")).unwrap();
    drop(c);

    // Killed after the key was published but before the database was: the key that
    // is there is used, and nothing is lost because nothing was written yet.
    let dir = tmp.path().join("second");
    let keys = key_file(&dir);
    let key = DataKey::generate_bytes().unwrap();
    keys.store_key(key.clone()).unwrap();
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    c.add_goal(goal("Call my sister")).unwrap();
    drop(c);
    assert_eq!(keys.load_key().unwrap(), Some(key));
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
}

#[test]
fn a_wrong_key_on_an_older_database_changes_no_byte_and_no_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v1");
    common::copy_fixture(1, &dir);
    // Loose modes too: tightening is a write, and a refused open writes nothing.
    set_mode(&dir, 0o755);
    set_mode(&database_path(&dir), 0o644);
    let wrong = Arc::new(FileKeyManager::new(tmp.path().join("wrong.key")));
    wrong.store_key(DataKey::generate_bytes().unwrap()).unwrap();
    let before = snapshot(&dir);

    let err = Companion::open_with_clock(
        config(&dir, Lang::En),
        wrong,
        TestClock::at(monday_morning()),
    )
    .unwrap_err();
    assert_eq!(err, StegvisError::KeyUnavailable);

    let mut after = snapshot(&dir);
    // A read-only SQLite connection may leave its empty WAL and its shared-memory
    // index (which holds no record); everything that was there is as it was.
    if let Some((wal_len, _, _)) = after.remove("stegvis.db-wal") {
        assert_eq!(wal_len, 0);
    }
    after.remove("stegvis.db-shm");
    assert_eq!(after, before);
    let header = fs::read(database_path(&dir)).unwrap();
    assert_eq!(&header[18..20], &[2, 2], "journal mode as it was");

    // The right key still opens and migrates it.
    let c = Companion::open_with_clock(
        config(&dir, Lang::En),
        Arc::new(FileKeyManager::new(dir.join("stegvis.key"))),
        TestClock::at(monday_morning()),
    )
    .unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
}

#[test]
fn a_database_without_its_canary_is_refused_and_not_given_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    open(&dir, TestClock::at(monday_morning()))
        .unwrap()
        .add_goal(goal("Call my sister"))
        .unwrap();
    {
        let conn = Connection::open(database_path(&dir)).unwrap();
        conn.execute("DELETE FROM meta WHERE key = 'canary'", [])
            .unwrap();
    }
    let before = fs::read(database_path(&dir)).unwrap();
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    assert_eq!(err, StegvisError::CanaryMissing);
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
    let conn = Connection::open(database_path(&dir)).unwrap();
    let canaries: i64 = conn
        .query_row("SELECT count(*) FROM meta WHERE key = 'canary'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(canaries, 0);

    // The same on an older database, which would otherwise be migrated.
    let dir = tmp.path().join("v1");
    common::copy_fixture(1, &dir);
    {
        let conn = Connection::open(database_path(&dir)).unwrap();
        conn.execute("DELETE FROM meta WHERE key = 'canary'", [])
            .unwrap();
    }
    let before = fs::read(database_path(&dir)).unwrap();
    let err = Companion::open_with_clock(
        config(&dir, Lang::En),
        Arc::new(FileKeyManager::new(dir.join("stegvis.key"))),
        TestClock::at(monday_morning()),
    )
    .unwrap_err();
    assert_eq!(err, StegvisError::CanaryMissing);
    assert_eq!(fs::read(database_path(&dir)).unwrap(), before);
}

#[test]
fn an_empty_database_beside_a_key_is_reported_not_started_over() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    open(&dir, TestClock::at(monday_morning()))
        .unwrap()
        .add_goal(goal("Call my sister"))
        .unwrap();
    let key = fs::read(dir.with_extension("key")).unwrap();
    fs::write(database_path(&dir), b"").unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(side(&dir, suffix));
    }
    let err = open(&dir, TestClock::at(monday_morning())).unwrap_err();
    assert_eq!(err, StegvisError::DatabaseEmpty);
    assert_eq!(fs::read(database_path(&dir)).unwrap(), b"");
    assert_eq!(fs::read(dir.with_extension("key")).unwrap(), key);
    let names: Vec<_> = fs::read_dir(&dir).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing was created beside it");
}

#[test]
fn a_folder_with_neither_key_nor_database_starts_and_an_empty_file_alone_too() {
    let tmp = tempfile::tempdir().unwrap();
    // Neither: an empty folder (where an import would go) starts as a new install.
    let dir = tmp.path().join("empty");
    fs::create_dir_all(&dir).unwrap();
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    c.add_goal(goal("Walk to the shop")).unwrap();

    // An empty database file without any key holds nothing: a new install.
    let dir = tmp.path().join("leftover");
    fs::create_dir_all(&dir).unwrap();
    fs::write(database_path(&dir), b"").unwrap();
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    c.add_goal(goal("Walk to the shop")).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
}
