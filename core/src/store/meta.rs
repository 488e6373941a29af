//! The `meta` table: one sealed record per key (settings, the day of the last quick
//! check, the canary), each bound to its key like any other row.

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{rows, Sealer};
use crate::error::StegvisError;

const TABLE: &str = "meta";

/// The record kept under `key`, opened: `None` when there is none, `Err` when it does
/// not open ([`StegvisError::DamagedRecord`]) or cannot be read.
pub(crate) fn load<T: DeserializeOwned>(
    conn: &Connection,
    sealer: &Sealer,
    key: &str,
) -> Result<Option<T>, StegvisError> {
    rows::select_one(conn, TABLE, "key", &key)?
        .map(|row| row.open(sealer, TABLE))
        .transpose()
}

/// Keeps `record` under `key`: sealed again with its `rev` bumped, or inserted.
pub(crate) fn save<T: Serialize>(
    conn: &Connection,
    sealer: &Sealer,
    key: &str,
    record: &T,
) -> Result<(), StegvisError> {
    if !rows::update(conn, sealer, TABLE, "key", &key, &[], record)? {
        rows::insert(
            conn,
            sealer,
            TABLE,
            &[("key", Value::Text(key.to_owned()))],
            record,
        )?;
    }
    Ok(())
}

/// Removes the record kept under `key`; nothing to remove is fine.
pub(crate) fn remove(conn: &Connection, key: &str) -> Result<(), StegvisError> {
    conn.execute("DELETE FROM meta WHERE key = ?1", [key])
        .map(|_| ())
        .map_err(super::map_sqlite)
}
