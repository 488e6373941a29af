//! The canary: a known text sealed under the data key. Only the canary failing to
//! open means a wrong key; any other record that does not open is a damaged record.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use super::schema::FORMAT_2_SINCE;
use super::{map_sqlite, rows, Sealer};
use crate::error::StegvisError;

const KEY: &str = "canary";
const TEXT: &str = "stegvis canary v1";

/// Checks the canary of a database at schema `version`, writing nothing. A database
/// with our tables but no canary is [`StegvisError::CanaryMissing`]: a canary is never
/// re-created under a key nothing has proven. A folder older than version 4 holds a
/// format-1 canary.
pub(super) fn check(conn: &Connection, sealer: &Sealer, version: u32) -> Result<(), StegvisError> {
    let opened: Result<String, StegvisError> = if version < FORMAT_2_SINCE {
        let sealed: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [KEY], |r| r.get(0))
            .optional()
            .map_err(map_sqlite)?;
        match sealed {
            Some(sealed) => sealer.open_v1("meta", KEY, &sealed),
            None => return Err(StegvisError::CanaryMissing),
        }
    } else {
        match rows::select_one(conn, "meta", "key", &KEY)? {
            Some(row) => row.open(sealer, "meta"),
            None => return Err(StegvisError::CanaryMissing),
        }
    };
    match opened {
        Ok(text) if text == TEXT => Ok(()),
        _ => {
            log::error!("the canary does not open: wrong or missing key; nothing written");
            Err(StegvisError::KeyUnavailable)
        }
    }
}

/// Writes the canary of the current format, unless there is one.
pub(super) fn write(conn: &Connection, sealer: &Sealer) -> Result<(), StegvisError> {
    if rows::select_one(conn, "meta", "key", &KEY)?.is_none() {
        rows::insert(
            conn,
            sealer,
            "meta",
            &[("key", Value::Text(KEY.to_owned()))],
            &TEXT,
        )?;
    }
    Ok(())
}
