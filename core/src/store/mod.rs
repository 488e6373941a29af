//! SQLite: opening a data folder, pragmas, migrations and sealed records.
//!
//! Every user action runs in one transaction through [`Store::write`], so after a crash
//! the database holds all of an action or none of it.

pub(crate) mod device_zones;
mod open;
mod schema;
mod sealed;

use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior};

pub use open::{database_path, open_store, BUSY_TIMEOUT};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use sealed::Sealer;

use crate::error::StegvisError;

/// An open Stegvis database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Runs `f` inside one IMMEDIATE transaction; commits only if it returns `Ok`.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StegvisError>,
    ) -> Result<T, StegvisError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(map_sqlite)?;
        let value = f(&tx)?;
        tx.commit().map_err(map_sqlite)?;
        Ok(value)
    }

    /// Runs `f` inside one read transaction, so a view sees one consistent state.
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StegvisError>,
    ) -> Result<T, StegvisError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(map_sqlite)?;
        let value = f(&tx)?;
        tx.finish().map_err(map_sqlite)?;
        Ok(value)
    }
}

/// Maps SQLite failures to the public error. The detail names the failure class only.
pub fn map_sqlite(e: rusqlite::Error) -> StegvisError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StegvisError::Busy,
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::PermissionDenied) => StegvisError::ReadOnly,
        Some(ErrorCode::CannotOpen) => StegvisError::ReadOnly,
        Some(ErrorCode::NotADatabase) => StegvisError::NotADatabase,
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

/// Numbers the rows `ids` of `table` 1, 2, 3… in its `position` column, in order.
pub fn renumber(
    conn: &rusqlite::Connection,
    table: &'static str,
    ids: &[uuid::Uuid],
) -> Result<(), StegvisError> {
    let mut stmt = conn
        .prepare_cached(&format!("UPDATE {table} SET position = ?2 WHERE id = ?1"))
        .map_err(map_sqlite)?;
    for (i, id) in ids.iter().enumerate() {
        stmt.execute(rusqlite::params![id.to_string(), i as u32 + 1])
            .map_err(map_sqlite)?;
    }
    Ok(())
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
    chrono::NaiveDate::parse_from_str(text, crate::time::DATE_FORMAT).map_err(|_| {
        StegvisError::Storage {
            detail: "date column".to_owned(),
        }
    })
}
