//! Issue 9, point 9: the tamper sweep. For every table, found from `sqlite_master` and
//! `PRAGMA table_info` (so a table added later is swept too): each clear column of
//! each row changed, bodies swapped between rows, a byte of each body flipped, the
//! file truncated, a page corrupted. Each is refused with a typed error or shown as
//! damaged (counted by `unreadable_records`, the row left in place), never silently
//! read as something else; a refusal changes no file.

#![allow(clippy::unwrap_used, clippy::panic)] // test helpers: a failed setup is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::DateTime;
use common::TestClock;
use rusqlite::types::Value;
use rusqlite::Connection;
use stegvis_core::store::database_path;
use stegvis_core::{
    Companion, FileKeyManager, GoalFilter, Lang, OpenConfig, RecordKind, StegvisError,
};

const FILES: [&str; 2] = ["stegvis.db", "stegvis.key"];

/// A folder of the current version with every kind of record.
fn pristine(root: &Path) -> PathBuf {
    let dir = root.join("pristine");
    common::copy_fixture(4, &dir);
    dir
}

fn copy_of(pristine: &Path, root: &Path, name: &str) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for file in FILES {
        std::fs::copy(pristine.join(file), dir.join(file)).unwrap();
    }
    dir
}

fn open(dir: &Path) -> Result<Arc<Companion>, StegvisError> {
    Companion::open_with_clock(
        OpenConfig {
            data_dir: dir.display().to_string(),
            zone: "Europe/Oslo".into(),
            language: Lang::En,
        },
        Arc::new(FileKeyManager::new(dir.join("stegvis.key"))),
        TestClock::at(
            DateTime::parse_from_rfc3339("2026-11-18T08:00:00Z")
                .unwrap()
                .to_utc(),
        ),
    )
}

/// Each file of the folder that is there now, by name, with a digest of its bytes.
/// What a reader of a WAL database leaves behind and which holds no record is left
/// out: SQLite's shared-memory index (`-shm`) and an empty `-wal`.
fn folder_bytes(dir: &Path) -> Vec<(String, usize, u64)> {
    use std::hash::{Hash, Hasher};
    let mut files: Vec<(String, usize, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let empty = e.metadata().unwrap().len() == 0;
            !(name.ends_with("-shm") || (name.ends_with("-wal") && empty))
        })
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap();
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut hasher);
            (
                e.file_name().to_string_lossy().into_owned(),
                bytes.len(),
                hasher.finish(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The meta row of the day the file last passed SQLite's quick check: the install's
/// own bookkeeping, not a record. One that does not open only runs the check again
/// (`core/tests/damage.rs`), so the sweep leaves it alone.
fn bookkeeping(table: &str, row: &[(String, Value)]) -> bool {
    table == "meta"
        && row
            .iter()
            .any(|(n, v)| n == "key" && *v == Value::Text("quick-check-day".into()))
}

/// Every row but bookkeeping: its rowid and every column's value.
fn rows(dir: &Path, table: &str) -> Vec<(i64, Vec<(String, Value)>)> {
    let conn = Connection::open(database_path(dir)).unwrap();
    let mut stmt = conn
        .prepare(&format!("SELECT rowid, * FROM {table} ORDER BY rowid"))
        .unwrap();
    let names: Vec<String> = stmt
        .column_names()
        .into_iter()
        .skip(1)
        .map(str::to_owned)
        .collect();
    let found = stmt
        .query_map([], |r| {
            let mut values = Vec::new();
            for (i, name) in names.iter().enumerate() {
                values.push((name.clone(), r.get::<_, Value>(i + 1)?));
            }
            Ok((r.get::<_, i64>(0)?, values))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    found
        .into_iter()
        .filter(|(_, row)| !bookkeeping(table, row))
        .collect()
}

/// What a row is to the person: the kind it is counted under, or `None` for the
/// canary, whose damage means a wrong key and refuses the whole folder.
fn kind(table: &str, row: &[(String, Value)]) -> Option<RecordKind> {
    Some(match table {
        "goals" => RecordKind::Goal,
        "steps" => RecordKind::Step,
        "problem_solving" => RecordKind::ProblemSolving,
        "signs" => RecordKind::Sign,
        "checkins" => RecordKind::Checkin,
        "plan_versions" => RecordKind::PlanVersion,
        "medications" => RecordKind::Medication,
        "schedules" => RecordKind::Schedule,
        "doses" => RecordKind::Dose,
        "doctor_notes" => RecordKind::DoctorNote,
        "device_zones" => RecordKind::ZoneHistory,
        "meta" => match row.iter().find(|(n, _)| n == "key").map(|(_, v)| v) {
            Some(Value::Text(key)) if key == "settings" => RecordKind::Settings,
            Some(Value::Text(key)) if key == "canary" => return None,
            other => panic!("a meta row this sweep does not know: {other:?}"),
        },
        other => panic!("table {other} is not swept: add its record kind here"),
    })
}

fn set(dir: &Path, table: &str, rowid: i64, column: &str, value: &Value) {
    let conn = Connection::open(database_path(dir)).unwrap();
    // Someone editing the file is not held to its foreign keys.
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    let changed = conn
        .execute(
            &format!("UPDATE {table} SET {column} = ?1 WHERE rowid = ?2"),
            rusqlite::params![value, rowid],
        )
        .unwrap();
    assert_eq!(changed, 1);
}

/// Another value of the same type, unlikely to collide with a unique one.
fn changed(value: &Value) -> Value {
    match value {
        Value::Integer(i) => Value::Integer(i + 1000),
        Value::Text(t) => {
            let mut t = t.clone();
            let last = t.pop().map_or('x', |c| if c == 'x' { 'y' } else { 'x' });
            t.push(last);
            Value::Text(t)
        }
        Value::Null => Value::Text("00000000-0000-4000-8000-000000000000".into()),
        Value::Real(f) => Value::Real(f + 1.0),
        Value::Blob(b) => {
            let mut b = b.clone();
            let middle = b.len() / 2;
            b[middle] ^= 0x01;
            Value::Blob(b)
        }
    }
}

fn unreadable(c: &Companion, kind: RecordKind) -> u32 {
    c.unreadable_records()
        .unwrap()
        .iter()
        .find(|u| u.kind == kind)
        .map_or(0, |u| u.count)
}

/// The tampered folder is refused with a typed error and left as it was, or opens,
/// reads, and counts `damaged` records of `kind`, with the tampered rows left in place.
fn assert_refused_or_counted(dir: &Path, kind: Option<RecordKind>, damaged: u32, what: &str) {
    let before = folder_bytes(dir);
    match (open(dir), kind) {
        (Err(e), None) => {
            assert_eq!(e, StegvisError::KeyUnavailable, "{what}");
            assert_eq!(
                folder_bytes(dir),
                before,
                "{what}: a refusal changed the folder"
            );
        }
        (Ok(c), Some(kind)) => {
            assert_eq!(unreadable(&c, kind), damaged, "{what}");
            c.list_goals(GoalFilter::All).unwrap();
            c.today().unwrap();
            c.list_medications(true).unwrap();
            c.plan_history().unwrap();
        }
        (Ok(_), None) => panic!("{what}: a changed canary opened"),
        (Err(e), Some(_)) => panic!("{what}: refused the whole folder with {e:?}"),
    }
}

#[test]
fn every_clear_column_of_every_row_is_bound_to_its_body() {
    let tmp = tempfile::tempdir().unwrap();
    let pristine = pristine(tmp.path());
    let mut swept = 0;
    for (table, columns) in common::tables(&pristine) {
        for (rowid, row) in rows(&pristine, &table) {
            let kind = kind(&table, &row);
            for column in columns.iter().filter(|c| *c != "body") {
                if table == "meta" && column == "key" {
                    // A renamed canary or settings row reads as missing, not as damaged:
                    // the canary is the open flow's (issue 9, point 2), settings fall
                    // back to the defaults by design.
                    continue;
                }
                let dir = copy_of(&pristine, tmp.path(), &format!("{table}-{rowid}-{column}"));
                let value = row.iter().find(|(n, _)| n == column).unwrap().1.clone();
                let new = changed(&value);
                set(&dir, &table, rowid, column, &new);
                let tampered: Vec<(String, Value)> = row
                    .iter()
                    .map(|(n, v)| (n.clone(), if n == column { new.clone() } else { v.clone() }))
                    .collect();
                assert_refused_or_counted(
                    &dir,
                    kind,
                    1,
                    &format!("{table}.{column} of row {rowid}"),
                );
                assert!(
                    rows(&dir, &table).iter().any(|(_, r)| *r == tampered),
                    "{table}.{column}: the tampered row was repaired or removed"
                );
                swept += 1;
            }
        }
    }
    assert!(swept > 40, "only {swept} columns swept");
}

#[test]
fn every_body_with_a_flipped_byte_is_damaged() {
    let tmp = tempfile::tempdir().unwrap();
    let pristine = pristine(tmp.path());
    for (table, _) in common::tables(&pristine) {
        for (rowid, row) in rows(&pristine, &table) {
            let body = row.iter().find(|(n, _)| n == "body").unwrap().1.clone();
            let Value::Blob(bytes) = &body else {
                panic!("{table}: body is not a blob")
            };
            // The header (format and key id), the nonce, the ciphertext and the tag.
            for at in [0, 3, 8, bytes.len() / 2, bytes.len() - 1] {
                let dir = copy_of(&pristine, tmp.path(), &format!("{table}-{rowid}-{at}"));
                let mut flipped = bytes.clone();
                flipped[at] ^= 0x80;
                set(&dir, &table, rowid, "body", &Value::Blob(flipped));
                assert_refused_or_counted(
                    &dir,
                    kind(&table, &row),
                    1,
                    &format!("{table} row {rowid}, byte {at}"),
                );
            }
        }
    }
}

#[test]
fn bodies_swapped_between_two_rows_of_a_table_open_in_neither() {
    let tmp = tempfile::tempdir().unwrap();
    let pristine = pristine(tmp.path());
    let mut swapped = 0;
    for (table, _) in common::tables(&pristine) {
        let found = rows(&pristine, &table);
        let counted: Vec<_> = found
            .iter()
            .filter(|(_, row)| kind(&table, row).is_some())
            .collect();
        let [(a, row_a), (b, row_b), ..] = counted.as_slice() else {
            continue;
        };
        let body =
            |row: &[(String, Value)]| row.iter().find(|(n, _)| n == "body").unwrap().1.clone();
        let dir = copy_of(&pristine, tmp.path(), &format!("{table}-swap"));
        set(&dir, &table, *a, "body", &body(row_b));
        set(&dir, &table, *b, "body", &body(row_a));
        let kind_a = kind(&table, row_a);
        if kind_a == kind(&table, row_b) {
            assert_refused_or_counted(
                &dir,
                kind_a,
                2,
                &format!("{table}: rows {a} and {b} swapped"),
            );
            swapped += 1;
        }
    }
    assert!(swapped >= 7, "only {swapped} tables had two rows to swap");
}

/// A way to damage the database file's bytes.
type Damage = Box<dyn Fn(&mut Vec<u8>)>;

/// What the person would see of every kind of record.
fn answers(c: &Companion) -> Result<String, StegvisError> {
    Ok(format!(
        "{:?}{:?}{:?}{:?}{:?}{:?}",
        c.list_goals(GoalFilter::All)?,
        c.today()?,
        c.list_medications(true)?,
        c.plan_history()?,
        c.list_signs(true)?,
        c.checkin_history(2)?
    ))
}

#[test]
fn a_truncated_file_or_a_corrupt_page_is_refused_and_left_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let pristine = pristine(tmp.path());
    let size = std::fs::metadata(database_path(&pristine)).unwrap().len() as usize;
    let page = 4096;
    let cases: Vec<(String, Damage)> = vec![
        (
            "truncated to 50 bytes".into(),
            Box::new(|b: &mut Vec<u8>| b.truncate(50)),
        ),
        (
            "truncated to one page".into(),
            Box::new(move |b: &mut Vec<u8>| b.truncate(page)),
        ),
        (
            "truncated by half".into(),
            Box::new(move |b: &mut Vec<u8>| b.truncate(size / 2 / page * page)),
        ),
        (
            "truncated mid-page".into(),
            Box::new(move |b: &mut Vec<u8>| b.truncate(size - page / 2)),
        ),
        (
            "the schema page corrupted".into(),
            Box::new(|b: &mut Vec<u8>| b[200..1200].fill(0xa5)),
        ),
        (
            "every page after the first corrupted".into(),
            Box::new(move |b: &mut Vec<u8>| {
                for p in (page..b.len()).step_by(page) {
                    b[p..p + 64].fill(0x5a);
                }
            }),
        ),
    ];
    let whole = answers(&open(&pristine).unwrap()).unwrap();
    for (what, damage) in cases {
        let dir = copy_of(&pristine, tmp.path(), &what.replace(' ', "-"));
        let mut bytes = std::fs::read(database_path(&dir)).unwrap();
        damage(&mut bytes);
        std::fs::write(database_path(&dir), &bytes).unwrap();
        let before = folder_bytes(&dir);
        let result = open(&dir).and_then(|c| Ok((answers(&c)?, c.unreadable_records()?)));
        match result {
            Err(
                StegvisError::NotADatabase
                | StegvisError::Storage { .. }
                | StegvisError::DamagedRecord
                | StegvisError::DatabaseDamaged
                | StegvisError::KeyUnavailable,
            ) => {}
            Err(other) => panic!("{what}: refused with {other:?}"),
            // Only free pages lost: every answer must be as before.
            Ok((seen, unreadable)) => assert!(
                !unreadable.is_empty() || seen == whole,
                "{what}: read as if whole, but answered differently"
            ),
        }
        assert_eq!(folder_bytes(&dir), before, "{what}: the folder changed");
    }
}
