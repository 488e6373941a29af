//! SQLite: opening a data folder, pragmas, migrations and sealed records.
//!
//! Every user action runs in one transaction through [`Store::write`], so after a crash
//! the database holds all of an action or none of it.

mod canary;
pub(crate) mod device_zones;
mod health;
pub(crate) mod meta;
mod open;
mod reseal;
pub mod rows;
mod schema;
mod sealed;
mod unreadable;

use std::path::PathBuf;

use chrono_tz::Tz;
use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior};

pub(crate) use open::is_unpublished_database;
pub use open::{database_path, open_store, BUSY_TIMEOUT};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use sealed::Sealer;
pub(crate) use unreadable::{count_unreadable, readable, skip_damaged, SkipDamaged};
pub use unreadable::{RecordKind, UnreadableRecords};

use crate::error::StegvisError;
use crate::time::Timestamp;

/// An open Stegvis database.
///
/// Reading needs no write access: views read through a read-only connection, and the
/// write connection is opened only when something is written. So the plan can be read
/// from a read-only folder, a full disk, or while another program holds the write lock.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    /// Opened read-only; `None` once a write connection exists (reads then use it).
    read: Option<Connection>,
    write: Option<Connection>,
    /// Seals the zone change that could not be recorded yet.
    sealer: Sealer,
    /// A zone change seen while the database could not be written; recorded with the
    /// next write that succeeds.
    pending_zone: Option<(Tz, Timestamp)>,
    /// Whether SQLite's quick check passed; writes are refused when it failed.
    health: health::Health,
}

impl Store {
    /// Runs `f` inside one IMMEDIATE transaction; commits only if it returns `Ok`.
    /// A zone change that could not be recorded earlier is recorded in the same step.
    /// Refused with [`StegvisError::DatabaseDamaged`] once the quick check failed.
    /// A refused write is logged by its error variant only (see [`crate::logging`]).
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StegvisError>,
    ) -> Result<T, StegvisError> {
        let result = self.write_sealed(|tx, _| f(tx));
        if let Err(e) = &result {
            let why = crate::logging::ErrorVariant(e);
            match e {
                // The person's input or the record's state: an answer, not a fault.
                StegvisError::InvalidInput { .. }
                | StegvisError::Conflict { .. }
                | StegvisError::NotFound { .. } => log::info!("write refused: {why}"),
                _ => log::warn!("write refused: {why}"),
            }
        }
        result
    }

    /// [`Store::write`] for store code that seals with the store's own sealer. After
    /// the commit the WAL is checkpointed, so old pages do not linger in it.
    fn write_sealed<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &Sealer) -> Result<T, StegvisError>,
    ) -> Result<T, StegvisError> {
        self.health.refuse_writes()?;
        let pending = self.pending_zone;
        let sealer = &self.sealer;
        let conn = open::writer(&mut self.write, &self.path)?;
        // Reads follow the write connection from now on, so they see what was written
        // even when the read connection had to open the file as immutable.
        self.read = None;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(map_sqlite)?;
        // Trace lines around the transaction let the crash harness tell where a kill
        // landed (cli/src/crash_loop.rs); they carry nothing else.
        log::trace!("write transaction begun");
        if let Some((zone, at)) = pending {
            device_zones::record(&tx, sealer, zone, at)?;
        }
        let value = f(&tx, sealer)?;
        log::trace!("write transaction committing");
        tx.commit().map_err(map_sqlite)?;
        log::trace!("write transaction committed");
        if pending.is_some() {
            log::debug!("device zone change recorded");
        }
        health::checkpoint(conn);
        self.pending_zone = None;
        Ok(value)
    }

    /// Runs `f` inside one read transaction, so a view sees one consistent state.
    /// Never takes the write lock.
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StegvisError>,
    ) -> Result<T, StegvisError> {
        let tx = reading(&mut self.read, &mut self.write, &self.path)?
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(map_sqlite)?;
        let value = f(&tx)?;
        tx.finish().map_err(map_sqlite)?;
        Ok(value)
    }

    /// The write connection outside any transaction, for erasing everything: VACUUM
    /// and WAL checkpoints cannot run inside one.
    pub(crate) fn raw_writer(&mut self) -> Result<&mut Connection, StegvisError> {
        self.read = None;
        open::writer(&mut self.write, &self.path)
    }

    /// Closes both connections, so the files can be removed.
    pub(crate) fn close(&mut self) -> Result<(), StegvisError> {
        self.read = None;
        if let Some(conn) = self.write.take() {
            conn.close().map_err(|(_, e)| map_sqlite(e))?;
        }
        Ok(())
    }

    /// Records that the device is in `zone` from `now`, if that is a change. When the
    /// database cannot be written (read-only, full, or held by another program), the
    /// change is kept here and recorded with the next write: reading never waits on it.
    pub(crate) fn note_zone(&mut self, zone: Tz, now: Timestamp) -> Result<(), StegvisError> {
        let changed = {
            let tx = reading(&mut self.read, &mut self.write, &self.path)?
                .transaction_with_behavior(TransactionBehavior::Deferred)
                .map_err(map_sqlite)?;
            device_zones::is_change(&tx, &self.sealer, zone)?
        };
        if !changed {
            self.pending_zone = None;
            return Ok(());
        }
        self.pending_zone = Some((zone, now));
        // Whatever keeps the write from happening (read-only, full, busy, a damaged
        // history row) must not keep the person from reading: the change stays pending.
        let _ = self.write(|_| Ok(()));
        Ok(())
    }
}

/// The connection reads go through: the write connection once there is one, so a
/// read always sees what this store wrote.
fn reading<'a>(
    read: &'a mut Option<Connection>,
    write: &'a mut Option<Connection>,
    path: &std::path::Path,
) -> Result<&'a mut Connection, StegvisError> {
    if write.is_some() {
        return write.as_mut().ok_or(StegvisError::ReadOnly);
    }
    match read {
        Some(conn) => {
            // A read-only reader whose `-shm` stopped being usable (the folder or
            // file was made read-only meanwhile) carries on as an immutable one.
            if let Err(e) = open::probe(conn) {
                if !open::cannot_read_in_place(&e) {
                    return Err(map_sqlite(e));
                }
                *conn = open::immutable_reader(path)?;
            }
            Ok(conn)
        }
        None => open::writer(write, path),
    }
}

/// Maps SQLite failures to the public error. The detail names the failure class only.
pub fn map_sqlite(e: rusqlite::Error) -> StegvisError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StegvisError::Busy,
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::PermissionDenied) => StegvisError::ReadOnly,
        Some(ErrorCode::CannotOpen) => StegvisError::ReadOnly,
        Some(ErrorCode::NotADatabase) => StegvisError::NotADatabase,
        Some(ErrorCode::DatabaseCorrupt) => StegvisError::DatabaseDamaged,
        Some(code) => StegvisError::Storage {
            detail: format!("sqlite: {code:?}"),
        },
        None => StegvisError::Storage {
            detail: match e {
                rusqlite::Error::QueryReturnedNoRows => "no rows".to_owned(),
                rusqlite::Error::FromSqlConversionFailure(..)
                | rusqlite::Error::InvalidColumnType(..) => "column type".to_owned(),
                _ => "sqlite".to_owned(),
            },
        },
    }
}

/// Runs a query and collects every row through `map`; SQLite errors are mapped once.
pub fn query_all<T, P: rusqlite::Params>(
    conn: &rusqlite::Connection,
    sql: &str,
    params: P,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, StegvisError> {
    let mut stmt = conn.prepare_cached(sql).map_err(map_sqlite)?;
    let rows = stmt.query_map(params, map).map_err(map_sqlite)?;
    rows.collect::<rusqlite::Result<Vec<T>>>()
        .map_err(map_sqlite)
}

/// Instants are stored as UTC milliseconds since the Unix epoch.
pub fn to_ms(instant: chrono::DateTime<chrono::Utc>) -> i64 {
    instant.timestamp_millis()
}

/// Reads an instant stored by [`to_ms`].
pub fn from_ms(ms: i64) -> Result<chrono::DateTime<chrono::Utc>, StegvisError> {
    chrono::DateTime::from_timestamp_millis(ms).ok_or_else(|| StegvisError::Storage {
        detail: "instant out of range".to_owned(),
    })
}

/// Reads a calendar date stored as `YYYY-MM-DD`.
pub fn date_from_sql(text: &str) -> Result<chrono::NaiveDate, StegvisError> {
    text.parse::<chrono::NaiveDate>()
        .map_err(|_| StegvisError::Storage {
            detail: "date column".to_owned(),
        })
}
