//! The database after five years of daily use: the target is under 5 MB for
//! 10 goals, 200 steps,
//! 8 signs with a daily check-in, 3 medicines twice a day with every dose logged,
//! all written through the facade as a person would (see
//! `core/benches/data/five_years.rs`).
//!
//! The target is not met yet: 6.86 MB with sealed format 2 (every dose is its own
//! padded sealed record of at least 192 bytes, and the dose log's ids are 36-byte text
//! in the table and its indexes; see the README's Performance section). Until it is,
//! this test holds the line where it is, so the database can only get smaller; lower
//! [`CEILING`] to [`TARGET`] once it fits.
#![allow(clippy::unwrap_used)]

#[path = "../benches/data/five_years.rs"]
mod five_years;

use rusqlite::Connection;
use stegvis_core::store::database_path;

/// The target.
const TARGET: u64 = 5 * 1024 * 1024;
/// What this test refuses today: the size measured with sealed format 2 (7,196,672
/// bytes), plus about 7%.
const CEILING: u64 = 7 * 1024 * 1024 + 512 * 1024;

#[test]
fn five_years_of_daily_use_stay_small() {
    let tmp = tempfile::tempdir().unwrap();
    let generated = five_years::generate(tmp.path());
    // Everything the companion wrote is in the main file once the WAL is folded in.
    let conn = Connection::open(database_path(tmp.path())).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    let size = five_years::database_size(tmp.path());
    eprintln!(
        "five years: {} actions in {:.1} s; database {} bytes ({:.2} MB)",
        generated.actions,
        generated.took.as_secs_f64(),
        size,
        size as f64 / 1_048_576.0
    );
    // Where the bytes are, per table and index, for whoever has to make it smaller.
    if let Ok(mut stmt) = conn
        .prepare("SELECT name, sum(pgsize), sum(ncell) FROM dbstat GROUP BY name ORDER BY 2 DESC")
    {
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .unwrap();
        for (name, bytes, cells) in rows.flatten() {
            eprintln!("  {name:<40} {bytes:>9} bytes {cells:>7} cells");
        }
    }
    assert!(size > 0);
    if size >= TARGET {
        eprintln!("five years: {size} bytes, not yet under the target of {TARGET}");
    }
    assert!(size < CEILING, "{size} bytes is not under {CEILING}");
}
