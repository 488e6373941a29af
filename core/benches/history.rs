//! The history calendar on five years of daily use (see `data/five_years.rs`), beside
//! baselines measured in the same run:
//!
//! - `history_month_five_years`: `companion_history_month` (October 2026, a whole
//!   past month) against `companion_checkin_history_5_weeks` (the check-ins of about
//!   the same span, read and put into words by the core: one source of the five the
//!   calendar reads) and `month_rows_opening_bodies` (by hand: the same month's
//!   check-in and dose rows through their ISO-week index, every body opened). The
//!   calendar must stay within a small multiple of the rows it cannot avoid, which
//!   says it does not open every row of five years.
//! - `companion_history_day`: one day opened, for scale.
//!
//! Measured on the shared 2-core machine (criterion, 20 samples): by hand 1.2 ms for
//! the 245 check-in and dose rows of October; the check-ins of 5 weeks 0.65 ms; the
//! month 5.1 ms; a day 2.5 ms. What a day costs is mostly what has no date index:
//! every step (done dates are sealed), every plan version and the sharing audit log,
//! and the medicines, schedules and zones planning needs.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop loudly

#[path = "data/five_years.rs"]
mod five_years;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OpenFlags};
use stegvis_core::crypto::DataKey;
use stegvis_core::store::rows::week_of;
use stegvis_core::store::{database_path, Sealer};
use stegvis_core::HistoryKind;

/// The rows of `table` filed under the ISO weeks of `from..=to`, each body opened.
fn open_rows(
    conn: &Connection,
    sealer: &Sealer,
    table: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> usize {
    let sql = format!("SELECT * FROM {table} WHERE week BETWEEN ?1 AND ?2");
    let mut stmt = conn.prepare_cached(&sql).unwrap();
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    let mut rows = stmt.query([week_of(from), week_of(to)]).unwrap();
    let mut count = 0;
    while let Some(row) = rows.next().unwrap() {
        let mut clear: Vec<(&str, Value)> = Vec::new();
        let mut body: &[u8] = &[];
        for (i, name) in names.iter().enumerate() {
            match (name.as_str(), row.get_ref(i).unwrap()) {
                ("body", ValueRef::Blob(b)) => body = b,
                (_, value) => clear.push((name, Value::from(value))),
            }
        }
        let bound: Vec<(&str, &dyn rusqlite::ToSql)> = clear
            .iter()
            .map(|(n, v)| (*n, v as &dyn rusqlite::ToSql))
            .collect();
        let json = sealer.open_row_bytes(table, &bound, body).unwrap();
        let record: serde_json::Value = serde_json::from_slice(&json).unwrap();
        count += usize::from(record.is_object());
    }
    count
}

fn bench(criterion: &mut Criterion) {
    let (cached, _) = five_years::cached();
    let dir = five_years::copy(&cached);
    let clock = five_years::SetClock::at(five_years::now());
    let companion = five_years::open(dir.path(), clock);
    let conn =
        Connection::open_with_flags(database_path(dir.path()), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let key = std::fs::read(five_years::key_path(dir.path())).unwrap();
    let sealer = Sealer::new(DataKey::from_bytes(&key).unwrap());
    let (from, to) = (
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    );
    let by_hand = || {
        let tx = conn.unchecked_transaction().unwrap();
        let n = open_rows(&tx, &sealer, "checkins", from, to)
            + open_rows(&tx, &sealer, "doses", from, to);
        tx.finish().unwrap();
        n
    };

    // The month holds what five years of daily use put in it, before anything is timed.
    let month = companion.history_month(Some("2026-10".to_owned())).unwrap();
    let cells: Vec<_> = month.weeks.iter().flat_map(|w| &w.days).collect();
    let checked_in = cells
        .iter()
        .filter(|c| c.marks.iter().any(|m| m.kind == HistoryKind::Checkin))
        .count();
    let with_doses = cells
        .iter()
        .filter(|c| c.marks.iter().any(|m| m.kind == HistoryKind::Dose))
        .count();
    eprintln!(
        "history October 2026: {checked_in} days checked in, {with_doses} with doses; by hand {} rows opened",
        by_hand()
    );
    assert!(checked_in > 0 && with_doses == 31);

    let mut group = criterion.benchmark_group("history_month_five_years");
    group.bench_function("month_rows_opening_bodies", |b| b.iter(by_hand));
    group.bench_function("companion_checkin_history_5_weeks", |b| {
        b.iter(|| companion.checkin_history(5).unwrap())
    });
    group.bench_function("companion_history_month", |b| {
        b.iter(|| companion.history_month(Some("2026-10".to_owned())).unwrap())
    });
    group.bench_function("companion_history_day", |b| {
        b.iter(|| companion.history_day("2026-10-14".to_owned()).unwrap())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
