//! Figures on five years of daily use (see `data/five_years.rs`), each beside a
//! baseline measured in the same run:
//!
//! - `today_five_years`: `companion_today / hand_written_sql_opening_bodies` (target:
//!   at most 2x, and under 1 ms): every record is sealed, so reading the same rows by
//!   hand means opening them too (AES-GCM, then JSON); `hand_written_sql` alone,
//!   without opening, is shown beside it. The SQL reads the same rows as the view (goals, steps, the
//!   check-ins the plan's rules look at, signs, the newest plan, medicines, schedules,
//!   zones, three days of scheduled doses) without opening the sealed bodies. It names
//!   only tables, foreign keys, the ISO `week` the big tables are filed under and
//!   `rowid`, so it survives changes of the other columns.
//! - `checkin_write`: `companion_save_checkin / bare_insert_transaction` (target: at
//!   most 1.2x): one durable transaction each, same pragmas, same file system.
//! - `cold_open`: `companion_open_today` (open the five years, check the schema, show
//!   today) and `companion_first_open_today` (a new folder: key, every migration,
//!   today) against `sqlite_open_empty_file`.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop loudly

#[path = "data/five_years.rs"]
mod five_years;

use std::collections::BTreeSet;
use std::path::Path;

use chrono::Duration;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OpenFlags};
use stegvis_core::crypto::DataKey;
use stegvis_core::store::database_path;
use stegvis_core::store::Sealer;
use stegvis_core::{CheckinInput, Rating, TodayItemKind, TodaySectionKind};

/// Every column of every row of `sql`, touched: what a query must at least do. With a
/// sealer, each body is also opened and parsed as JSON, by hand: what any code must do
/// to read a record that is sealed.
fn read_rows(
    conn: &Connection,
    sql: &str,
    params: &[&dyn rusqlite::ToSql],
    opening: Option<&Sealer>,
) -> (usize, usize) {
    let mut stmt = conn.prepare_cached(sql).unwrap();
    let columns = stmt.column_count();
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    let table = sql
        .split_whitespace()
        .skip_while(|w| *w != "FROM")
        .nth(1)
        .unwrap();
    let mut rows = stmt.query(params).unwrap();
    let (mut count, mut bytes) = (0, 0);
    while let Some(row) = rows.next().unwrap() {
        count += 1;
        let mut clear: Vec<(&str, Value)> = Vec::with_capacity(columns);
        let mut body: &[u8] = &[];
        for (i, name) in names.iter().enumerate() {
            let value = row.get_ref(i).unwrap();
            bytes += match value {
                ValueRef::Text(t) | ValueRef::Blob(t) => t.len(),
                _ => 8,
            };
            if opening.is_some() {
                match (name.as_str(), value) {
                    ("body", ValueRef::Blob(b)) => body = b,
                    _ => clear.push((name, Value::from(value))),
                }
            }
        }
        if let Some(sealer) = opening {
            let bound: Vec<(&str, &dyn rusqlite::ToSql)> = clear
                .iter()
                .map(|(n, v)| (*n, v as &dyn rusqlite::ToSql))
                .collect();
            let json = sealer.open_row_bytes(table, &bound, body).unwrap();
            let record: serde_json::Value = serde_json::from_slice(&json).unwrap();
            bytes += usize::from(record.is_object());
        }
    }
    (count, bytes)
}

/// The rows the today view reads, by hand, and with a sealer their bodies opened.
/// Returns the step ids and the row count.
fn hand_written_sql(conn: &Connection, opening: Option<&Sealer>) -> (BTreeSet<String>, usize) {
    let today = five_years::today();
    let week = stegvis_core::store::rows::week_of;
    let since = week(today - Duration::days(30));
    let (yesterday, tomorrow) = (
        week(today - Duration::days(1)),
        week(today + Duration::days(1)),
    );
    let today = week(today);
    let tx = conn.unchecked_transaction().unwrap();
    let mut rows = 0;
    for (sql, params) in [
        ("SELECT * FROM goals", &[][..]),
        ("SELECT * FROM problem_solving", &[]),
        (
            "SELECT * FROM checkins WHERE week BETWEEN ?1 AND ?2",
            &[&since as &dyn rusqlite::ToSql, &today],
        ),
        ("SELECT * FROM signs", &[]),
        (
            "SELECT * FROM plan_versions ORDER BY rowid DESC LIMIT 1",
            &[],
        ),
        ("SELECT * FROM medications", &[]),
        ("SELECT * FROM schedules", &[]),
        ("SELECT * FROM device_zones", &[]),
        (
            "SELECT * FROM doses WHERE week BETWEEN ?1 AND ?2",
            &[&yesterday, &tomorrow],
        ),
        ("SELECT * FROM checkins WHERE week = ?1", &[&today]),
    ] {
        rows += read_rows(&tx, sql, params, opening).0;
    }
    rows += read_rows(&tx, "SELECT * FROM steps", &[], opening).0;
    let mut stmt = tx.prepare_cached("SELECT id FROM steps").unwrap();
    let steps: BTreeSet<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(stmt);
    tx.finish().unwrap();
    (steps, rows)
}

fn today_bench(criterion: &mut Criterion, cached: &Path) {
    let dir = five_years::copy(cached);
    let clock = five_years::SetClock::at(five_years::now());
    let companion = five_years::open(dir.path(), clock);
    let conn =
        Connection::open_with_flags(database_path(dir.path()), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();

    // Both sides answer, and about the same five years, before either is timed.
    let view = companion.today().unwrap();
    let key = std::fs::read(five_years::key_path(dir.path())).unwrap();
    let sealer = Sealer::new(DataKey::from_bytes(&key).unwrap());
    let (steps, rows) = hand_written_sql(&conn, None);
    assert_eq!(
        hand_written_sql(&conn, Some(&sealer)),
        (steps.clone(), rows)
    );
    assert_eq!(steps.len(), five_years::STEPS);
    let kinds: Vec<TodaySectionKind> = view.sections.iter().map(|s| s.kind).collect();
    for kind in [
        TodaySectionKind::Checkin,
        TodaySectionKind::DosesDue,
        TodaySectionKind::DosesTaken,
        TodaySectionKind::Due,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from {kinds:?}");
    }
    let items: Vec<_> = view.sections.iter().flat_map(|s| &s.items).collect();
    assert_eq!(
        items
            .iter()
            .filter(|i| i.kind == TodayItemKind::DoseTaken)
            .count(),
        five_years::MEDS
    );
    assert!(items
        .iter()
        .filter_map(|i| i.step_id.as_ref())
        .all(|id| steps.contains(id)));
    eprintln!(
        "today: {} items; hand-written SQL reads {rows} rows",
        items.len()
    );

    let mut group = criterion.benchmark_group("today_five_years");
    group.bench_function("hand_written_sql", |b| {
        b.iter(|| hand_written_sql(&conn, None))
    });
    group.bench_function("hand_written_sql_opening_bodies", |b| {
        b.iter(|| hand_written_sql(&conn, Some(&sealer)))
    });
    group.bench_function("companion_today", |b| b.iter(|| companion.today().unwrap()));
    group.finish();
}

/// The same durability as the store: WAL, synchronous=FULL (and secure_delete, which
/// changes what a write does).
fn bare_connection(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.pragma_update(None, "secure_delete", "ON").unwrap();
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
        .unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn
}

/// A bare table with a row per day of five years, under the same pragmas.
fn bare_days(path: &Path, body: &[u8]) -> Connection {
    let mut bare = bare_connection(path);
    bare.execute_batch(
        "CREATE TABLE days (id TEXT PRIMARY KEY, local_date TEXT NOT NULL UNIQUE,
                            at INTEGER NOT NULL, body BLOB NOT NULL) STRICT;",
    )
    .unwrap();
    let tx = bare.transaction().unwrap();
    for d in 0..five_years::DAYS {
        tx.execute(
            "INSERT INTO days VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![
                uuid::Uuid::new_v4().to_string(),
                (five_years::first_day() + Duration::days(d)).to_string(),
                d,
                body
            ],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    bare
}

fn checkin_bench(criterion: &mut Criterion, cached: &Path) {
    let dir = five_years::copy(cached);
    let clock = five_years::SetClock::at(five_years::now());
    let companion = five_years::open(dir.path(), clock);
    let signs = companion.list_signs(false).unwrap();
    let mut turn = 0u8;
    let mut checkin = move || {
        turn = turn.wrapping_add(1);
        CheckinInput {
            date: None,
            ratings: signs
                .iter()
                .enumerate()
                .map(|(i, s)| Rating {
                    sign_id: s.id.clone(),
                    value: (turn + i as u8) % 4,
                })
                .collect(),
            note: Some("Slept badly, but went for a walk".into()),
            sleep_hours: Some(6.5),
        }
    };

    // A bare table of the same shape and size: a row per day of five years, and the
    // day's row written again in one IMMEDIATE transaction.
    let body = vec![0x5a_u8; 512];
    let bare = bare_days(&dir.path().join("bare.db"), &body);
    let today = five_years::today().to_string();
    let mut n = 0i64;
    let mut bare_write = || {
        n += 1;
        bare.execute_batch("BEGIN IMMEDIATE").unwrap();
        bare.prepare_cached(
            "INSERT INTO days VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (local_date) DO UPDATE SET at = excluded.at, body = excluded.body",
        )
        .unwrap()
        .execute(rusqlite::params![
            uuid::Uuid::new_v4().to_string(),
            today,
            n,
            body
        ])
        .unwrap();
        bare.execute_batch("COMMIT").unwrap();
    };
    // The same, then the WAL emptied as Stegvis does after every write so that old
    // pages do not linger in it (issue 9, point 3).
    let mut bare_checkpointed = bare_days(&dir.path().join("bare-checkpointed.db"), &body);
    let mut m = 0i64;
    let mut bare_checkpointed_write = || {
        m += 1;
        let tx = bare_checkpointed.transaction().unwrap();
        tx.prepare_cached(
            "INSERT INTO days VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (local_date) DO UPDATE SET at = excluded.at, body = excluded.body",
        )
        .unwrap()
        .execute(rusqlite::params![
            uuid::Uuid::new_v4().to_string(),
            today,
            m,
            body
        ])
        .unwrap();
        tx.commit().unwrap();
        bare_checkpointed
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
    };

    let mut group = criterion.benchmark_group("checkin_write");
    group.bench_function("bare_insert_transaction", |b| b.iter(&mut bare_write));
    group.bench_function("bare_insert_transaction_checkpointed", |b| {
        b.iter(&mut bare_checkpointed_write)
    });
    group.bench_function("companion_save_checkin", |b| {
        b.iter(|| companion.save_checkin(checkin()).unwrap())
    });
    group.finish();
}

fn cold_open_bench(criterion: &mut Criterion, cached: &Path) {
    let dir = five_years::copy(cached);
    let empty = dir.path().join("empty.db");
    Connection::open(&empty)
        .unwrap()
        .execute_batch("VACUUM")
        .unwrap();

    let mut group = criterion.benchmark_group("cold_open");
    group.bench_function("sqlite_open_empty_file", |b| {
        b.iter(|| {
            let conn = Connection::open(&empty).unwrap();
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
        })
    });
    group.bench_function("companion_open_today", |b| {
        b.iter(|| {
            let clock = five_years::SetClock::at(five_years::now());
            five_years::open(dir.path(), clock).today().unwrap()
        })
    });
    group.bench_function("companion_first_open_today", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |new| {
                let clock = five_years::SetClock::at(five_years::now());
                five_years::open(new.path(), clock).today().unwrap();
                new
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Export and import of five years with the default Argon2id costs (about a second on
/// a phone, by design), beside copying the database file with an fsync: what moving
/// the bytes alone costs.
fn export_import_bench(criterion: &mut Criterion, cached: &Path) {
    let dir = five_years::copy(cached);
    let clock = five_years::SetClock::at(five_years::now());
    let companion = five_years::open(dir.path(), clock.clone());
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("five-years.stegvis");
    let passphrase = "five years of small steps";
    companion
        .export_encrypted(file.display().to_string(), passphrase.to_owned())
        .unwrap();
    eprintln!(
        "five years: export file {:.2} MB (database {:.2} MB)",
        std::fs::metadata(&file).unwrap().len() as f64 / 1_048_576.0,
        five_years::database_size(dir.path()) as f64 / 1_048_576.0
    );
    let copy_to = out.path().join("copy.db");
    let mut group = criterion.benchmark_group("export_import_five_years");
    group.sample_size(10);
    group.bench_function("copy_database_file", |b| {
        b.iter(|| {
            std::fs::copy(database_path(dir.path()), &copy_to).unwrap();
            std::fs::File::open(&copy_to).unwrap().sync_all().unwrap();
        })
    });
    group.bench_function("companion_export_encrypted", |b| {
        b.iter(|| {
            companion
                .export_encrypted(file.display().to_string(), passphrase.to_owned())
                .unwrap()
        })
    });
    group.bench_function("companion_import", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |target| {
                let data = target.path().join("data");
                stegvis_core::Companion::import_export_with_clock(
                    five_years::config(&data),
                    std::sync::Arc::new(stegvis_core::FileKeyManager::new(five_years::key_path(
                        &data,
                    ))),
                    clock.clone(),
                    file.display().to_string(),
                    passphrase.to_owned(),
                )
                .unwrap();
                target
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn bench(criterion: &mut Criterion) {
    let (cached, generated) = five_years::cached();
    if let Some(g) = generated {
        eprintln!(
            "five years generated through the facade: {} actions in {:.1} s ({:.2} ms each)",
            g.actions,
            g.took.as_secs_f64(),
            g.took.as_secs_f64() * 1000.0 / g.actions as f64
        );
    }
    eprintln!(
        "five years: database {:.2} MB in {}",
        five_years::database_size(&cached) as f64 / 1_048_576.0,
        cached.display()
    );
    today_bench(criterion, &cached);
    checkin_bench(criterion, &cached);
    cold_open_bench(criterion, &cached);
    export_import_bench(criterion, &cached);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
