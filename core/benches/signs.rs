//! Check-ins and trends, each beside a baseline measured in the same run:
//! - writing a check-in of 10 signs, against a bare INSERT transaction of the same
//!   rows with the same pragmas (WAL, synchronous=FULL) on an unsealed table;
//! - the 12-week trend over 5 years of daily check-ins, against a hand-written SQL
//!   aggregate over the same numbers kept in clear.
//!
//! Report `companion / baseline` for each pair.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop loudly

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::{params, Connection};
use stegvis_core::{
    signs::CATALOG, CheckinInput, Clock, Companion, FileKeyManager, Lang, NewSign, OpenConfig,
    Rating,
};

struct BenchClock(Mutex<DateTime<Utc>>);

impl Clock for BenchClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

const SIGNS: usize = 10;
const DAYS: i64 = 5 * 365;

fn today() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()
}

fn companion(dir: &std::path::Path, clock: Arc<BenchClock>) -> (Arc<Companion>, Vec<String>) {
    let config = OpenConfig {
        data_dir: dir.display().to_string(),
        zone: "Europe/Oslo".into(),
        language: Lang::En,
    };
    let keys = Arc::new(FileKeyManager::new(dir.join("bench.key")));
    let c = Companion::open_with_clock(config, keys, clock).unwrap();
    let ids = CATALOG[..SIGNS]
        .iter()
        .map(|k| {
            c.add_sign(NewSign {
                catalog_key: Some((*k).to_owned()),
                ..NewSign::default()
            })
            .unwrap()
            .id
        })
        .collect();
    (c, ids)
}

fn value(day: i64, sign: usize) -> u8 {
    ((day as usize * 7 + sign * 3) % 11 % 4) as u8
}

fn input(ids: &[String], day: i64) -> CheckinInput {
    CheckinInput {
        date: None,
        ratings: ids
            .iter()
            .enumerate()
            .map(|(i, id)| Rating {
                sign_id: id.clone(),
                value: value(day, i),
            })
            .collect(),
        note: Some("A quiet day".into()),
        sleep_hours: Some(7.0),
    }
}

/// The same numbers in clear, with the same pragmas as the store.
fn plain_db(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.pragma_update(None, "secure_delete", "ON").unwrap();
    conn.execute_batch(
        "CREATE TABLE days (local_date TEXT PRIMARY KEY, note TEXT, sleep REAL) STRICT;
         CREATE TABLE ratings (local_date TEXT NOT NULL, day INTEGER NOT NULL, sign_id TEXT NOT NULL, value INTEGER NOT NULL,
                               PRIMARY KEY (local_date, sign_id)) STRICT;",
    )
    .unwrap();
    conn
}

fn plain_insert(conn: &mut Connection, date: NaiveDate, ids: &[String], day: i64) {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    let d = date.to_string();
    tx.execute(
        "INSERT OR REPLACE INTO days (local_date, note, sleep) VALUES (?1, ?2, ?3)",
        params![d, "A quiet day", 7.0],
    )
    .unwrap();
    {
        let mut stmt = tx
            .prepare_cached(
                "INSERT OR REPLACE INTO ratings (local_date, day, sign_id, value) VALUES (?1, ?2, ?3, ?4)",
            )
            .unwrap();
        for (i, id) in ids.iter().enumerate() {
            stmt.execute(params![d, date.num_days_from_ce(), id, value(day, i)])
                .unwrap();
        }
    }
    tx.commit().unwrap();
}

fn bench_checkin(criterion: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(BenchClock(Mutex::new(today())));
    let (c, ids) = companion(tmp.path(), clock);
    let mut plain = plain_db(&tmp.path().join("plain.db"));
    let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut group = criterion.benchmark_group("checkin_10_signs");
    let mut n = 0;
    group.bench_function("bare_insert_transaction", |b| {
        b.iter(|| {
            n += 1;
            plain_insert(&mut plain, date, &ids, n)
        })
    });
    group.bench_function("companion_save_checkin", |b| {
        b.iter(|| {
            n += 1;
            c.save_checkin(input(&ids, n)).unwrap()
        })
    });
    group.finish();
}

const TREND_SQL: &str = "
    SELECT local_date, sign_id, value FROM ratings WHERE local_date BETWEEN ?1 AND ?2
    ORDER BY local_date";
const WEEKLY_SQL: &str = "
    SELECT (day - ?3) / 7 AS week, sign_id, avg(value)
    FROM ratings WHERE local_date BETWEEN ?1 AND ?2 GROUP BY week, sign_id";
const TOTALS_SQL: &str = "
    SELECT local_date, sum(value) FROM ratings WHERE local_date BETWEEN ?1 AND ?2
    GROUP BY local_date ORDER BY local_date";

fn plain_trend(conn: &Connection, from: &str, to: &str) -> usize {
    let mut n = 0;
    // The shipped SQLite has no date functions: the week comes from a day number.
    let from_day = NaiveDate::parse_from_str(from, "%Y-%m-%d")
        .unwrap()
        .num_days_from_ce();
    for sql in [TREND_SQL, WEEKLY_SQL, TOTALS_SQL] {
        let mut stmt = conn.prepare_cached(sql).unwrap();
        let mut rows = if sql == WEEKLY_SQL {
            stmt.query(params![from, to, from_day]).unwrap()
        } else {
            stmt.query(params![from, to]).unwrap()
        };
        while rows.next().unwrap().is_some() {
            n += 1;
        }
    }
    n
}

fn bench_trend(criterion: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let start = today() - Duration::days(DAYS - 1);
    let clock = Arc::new(BenchClock(Mutex::new(start)));
    let (c, ids) = companion(tmp.path(), clock.clone());
    let mut plain = plain_db(&tmp.path().join("plain.db"));
    plain.pragma_update(None, "synchronous", "OFF").unwrap(); // setup only
    for day in 0..DAYS {
        let now = start + Duration::days(day);
        *clock.0.lock().unwrap() = now;
        c.save_checkin(input(&ids, day)).unwrap();
        let date = now.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
        plain_insert(&mut plain, date, &ids, day);
    }
    plain.pragma_update(None, "synchronous", "FULL").unwrap();
    let trend = c.trend(12).unwrap();
    assert_eq!(trend.days_checked_in, 84);
    assert_eq!(
        plain_trend(&plain, &trend.from, &trend.to),
        84 * SIGNS + 12 * SIGNS + 84
    );

    let mut group = criterion.benchmark_group("trend_12_weeks_of_5_years");
    group.bench_function("hand_written_sql_aggregate", |b| {
        b.iter(|| plain_trend(&plain, &trend.from, &trend.to))
    });
    group.bench_function("companion_trend", |b| b.iter(|| c.trend(12).unwrap()));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench_checkin, bench_trend
}
criterion_main!(benches);
