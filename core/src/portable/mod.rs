//! Owning your data: the encrypted export (every table, every row), importing it on
//! a new phone, a readable export for the person's own use, and erasing everything.
//!
//! The export knows nothing of the record types: it walks `sqlite_master`, reads each
//! table with `SELECT *`, keeps clear columns as they are and opens each sealed body
//! to its JSON. The import writes the same rows and seals each body again under the
//! new install's key. Only [`open_body`] and [`seal_body`] know how a body is sealed.

pub mod erase;
pub mod export;
pub mod format;
pub mod import;
pub mod readable;

use rusqlite::types::Value;
use rusqlite::ToSql;
use serde::{Deserialize, Serialize};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::store::Sealer;

pub use format::DEFAULT_KDF;

/// For fuzzing the importer past the encryption: a file with any plaintext, sealed
/// properly, and the plaintext of a file. Not for shells.
#[doc(hidden)]
pub mod testing {
    use zeroize::Zeroizing;

    use crate::crypto::KdfParams;
    use crate::error::StegvisError;

    /// An export file whose decrypted payload is exactly `plain`.
    pub fn encrypt_plaintext(
        plain: &[u8],
        schema_version: u32,
        passphrase: &str,
        kdf: KdfParams,
    ) -> Result<Vec<u8>, StegvisError> {
        super::export::encrypt_bytes(
            Zeroizing::new(plain.to_vec()),
            schema_version,
            passphrase,
            kdf,
        )
    }

    /// The decrypted payload of an export file.
    pub fn decrypt_plaintext(file: &[u8], passphrase: &str) -> Result<Vec<u8>, StegvisError> {
        super::import::decrypt_bytes(file, passphrase).map(|(_, plain)| plain.to_vec())
    }
}

/// The shortest passphrase accepted for an export: 8 characters. The file may end up
/// anywhere (a cloud drive, a USB stick), and Argon2id makes each guess cost about a
/// second, but a passphrase shorter than this is guessed too soon even so.
pub const MIN_PASSPHRASE_CHARS: u32 = 8;

/// Refuses a passphrase that is too short to protect the export.
pub fn check_passphrase(passphrase: &str) -> Result<(), StegvisError> {
    if passphrase.trim().is_empty() {
        return Err(StegvisError::invalid(
            Field::Passphrase,
            InvalidReason::Empty,
        ));
    }
    if (passphrase.chars().count() as u64) < u64::from(MIN_PASSPHRASE_CHARS) {
        return Err(StegvisError::invalid(
            Field::Passphrase,
            InvalidReason::TooShort {
                min: MIN_PASSPHRASE_CHARS,
            },
        ));
    }
    Ok(())
}

/// What the encrypted export holds once decrypted: every table's rows, bodies opened.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Payload {
    /// `PRAGMA user_version` of the data; also in the header, and both must agree.
    pub schema_version: u32,
    pub tables: Vec<TableRows>,
}

/// One table: its column names, which of them is sealed, and its rows in that order.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TableRows {
    pub name: String,
    pub columns: Vec<String>,
    /// The sealed column (`body`, or `value` for `meta`); its values are the opened
    /// records as JSON.
    pub sealed: Option<String>,
    pub rows: Vec<Vec<serde_json::Value>>,
}

/// The column holding the sealed record, if the table has one.
///
/// The sealed column of a table: `body`, in every table since schema version 4.
pub(crate) fn sealed_column(_table: &str, columns: &[String]) -> Option<usize> {
    columns.iter().position(|c| c == crate::store::rows::BODY)
}

/// Rows an install makes for itself and so never travel: the canary, which only
/// proves that this install's key is the right one, and the day of its last quick
/// check of the file.
pub(crate) fn install_row(table: &str, columns: &[String], row: &[Value]) -> bool {
    table == "meta"
        && columns
            .iter()
            .position(|c| c == "key")
            .and_then(|i| row.get(i))
            .is_some_and(|v| matches!(v, Value::Text(t) if t == "canary" || t == "quick-check-day"))
}

/// Every column of the row except the sealed one, by name: what sealed format 2 binds.
fn clear<'a>(columns: &'a [String], row: &'a [Value]) -> Vec<(&'a str, &'a dyn ToSql)> {
    columns
        .iter()
        .zip(row)
        .filter(|(name, _)| name.as_str() != crate::store::rows::BODY)
        .map(|(name, value)| (name.as_str(), value as &dyn ToSql))
        .collect()
}

/// Opens one row's sealed body to its JSON, whatever the record type. Nothing else in
/// this module depends on how bodies are sealed.
pub(crate) fn open_body(
    sealer: &Sealer,
    table: &str,
    columns: &[String],
    row: &[Value],
    body: &[u8],
) -> Result<serde_json::Value, StegvisError> {
    let bytes = sealer.open_row_bytes(table, &clear(columns, row), body)?;
    serde_json::from_slice(&bytes).map_err(|_| StegvisError::DamagedRecord)
}

/// Seals one row's record (as JSON) under this install's key; the twin of
/// [`open_body`].
pub(crate) fn seal_body(
    sealer: &Sealer,
    table: &str,
    columns: &[String],
    row: &[Value],
    record: &serde_json::Value,
) -> Result<Vec<u8>, StegvisError> {
    sealer.seal_row(table, &clear(columns, row), record)
}

/// `"name"` with inner quotes doubled: table and column names come from
/// `sqlite_master` or are checked against it, and are quoted all the same.
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
