//! Damage: SQLite's `quick_check` after a crash and once a day, and keeping the WAL
//! short.
//!
//! A crash is recognised by the WAL it leaves: every write is checkpointed with
//! `TRUNCATE` right after it commits, and SQLite deletes the WAL when the last
//! connection closes, so a WAL that holds frames when this store opens was left by a
//! program that stopped between a commit and its checkpoint (a crash, a kill, a power
//! cut), or belongs to another program writing at this very moment. The second case
//! only costs a check that was not needed, so both are checked.
//!
//! When the check fails, writes are refused with [`StegvisError::DatabaseDamaged`]
//! (so the damage does not spread and nothing new is lost in it) while reads go on
//! and show what can still be read. The day of the last check that passed is kept
//! sealed in the meta table; a folder that cannot be written is checked at every
//! open, since the day cannot be recorded there.

use std::path::Path;

use rusqlite::{Connection, Transaction};

use super::sealed::Sealer;
use super::{meta, open, Store};
use crate::error::StegvisError;
use crate::time::Timestamp;

const CHECKED_KEY: &str = "quick-check-day";

/// What this store knows about the file's health.
#[derive(Debug, Default)]
pub(super) struct Health {
    /// The quick check failed: writes are refused.
    damaged: bool,
    /// The check ran during this open (after a crash) and its day is not yet recorded.
    checked_at_open: bool,
    /// The day (days since 1970-01-01, UTC) the check is known to have passed.
    known_day: Option<i64>,
}

impl Health {
    pub(super) fn after_open(checked: bool, damaged: bool) -> Self {
        Self {
            damaged,
            checked_at_open: checked && !damaged,
            known_day: None,
        }
    }

    pub(super) fn refuse_writes(&self) -> Result<(), StegvisError> {
        if self.damaged {
            Err(StegvisError::DatabaseDamaged)
        } else {
            Ok(())
        }
    }
}

/// Whether the database's WAL holds frames: see the module documentation.
pub(super) fn wal_is_hot(db: &Path) -> bool {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).is_ok_and(|m| m.len() > 0)
}

/// SQLite's `quick_check`: the structure of every page, without comparing indexes
/// with their tables (fast enough for every open after a crash). An error while
/// checking counts as a failure.
pub(super) fn quick_check_passes(conn: &Connection) -> bool {
    conn.query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0))
        .is_ok_and(|result| result == "ok")
}

/// Moves committed frames into the database and empties the WAL, without waiting
/// for readers: if one holds it, the next write tries again. A failed checkpoint
/// never fails the write that was already committed.
pub(super) fn checkpoint(conn: &Connection) {
    if conn.busy_timeout(std::time::Duration::ZERO).is_ok() {
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            r.get::<_, i64>(0)
        });
    }
    let _ = conn.busy_timeout(open::BUSY_TIMEOUT);
}

fn day(now: Timestamp) -> i64 {
    now.timestamp().div_euclid(86_400)
}

fn last_checked(conn: &Connection, sealer: &Sealer) -> Option<i64> {
    meta::load(conn, sealer, CHECKED_KEY).ok()?
}

fn record(tx: &Transaction<'_>, sealer: &Sealer, day: i64) -> Result<(), StegvisError> {
    meta::save(tx, sealer, CHECKED_KEY, &day)
}

impl Store {
    /// Runs the quick check if it has not passed today, and records the day it passed.
    /// Never fails: what cannot be checked or recorded now is tried again later.
    pub(crate) fn check_daily(&mut self, now: Timestamp) {
        let today = day(now);
        if self.health.damaged || self.health.known_day == Some(today) {
            return;
        }
        let Ok(conn) = super::reading(&mut self.read, &mut self.write, &self.path) else {
            return;
        };
        let last = last_checked(conn, &self.sealer);
        if last != Some(today) && !self.health.checked_at_open {
            if !quick_check_passes(conn) {
                self.health.damaged = true;
                return;
            }
            self.health.checked_at_open = true;
        }
        if last != Some(today) {
            // In a read-only folder or a busy database the day stays unrecorded and
            // the next open checks again; this one knows the check passed today.
            let _ = self.write_sealed(|tx, sealer| record(tx, sealer, today));
        }
        self.health.checked_at_open = false;
        self.health.known_day = Some(today);
    }

    /// Whether writes are refused because the quick check failed.
    pub fn is_damaged(&self) -> bool {
        self.health.damaged
    }
}
