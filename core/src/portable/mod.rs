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
/// MERGE NOTE (sealed format 2): once `meta` keeps its sealed value in `body` like
/// every other table, this is just "body".
pub(crate) fn sealed_column(table: &str, columns: &[String]) -> Option<usize> {
    columns
        .iter()
        .position(|c| c == "body")
        .or_else(|| match table {
            "meta" => columns.iter().position(|c| c == "value"),
            _ => None,
        })
}

/// Rows a new install makes for itself and so never travel: the canary, which only
/// proves that this install's key is the right one.
pub(crate) fn install_row(table: &str, columns: &[String], row: &[Value]) -> bool {
    table == "meta"
        && columns
            .iter()
            .position(|c| c == "key")
            .and_then(|i| row.get(i))
            .is_some_and(|v| matches!(v, Value::Text(t) if t == "canary"))
}

/// The row's identity as sealed format 1 binds it: its `id`, or `key` for `meta`.
fn row_identity(columns: &[String], row: &[Value]) -> Result<String, StegvisError> {
    let at = columns
        .iter()
        .position(|c| c == "id")
        .or_else(|| columns.iter().position(|c| c == "key"))
        .ok_or(StegvisError::DamagedRecord)?;
    match row.get(at) {
        Some(Value::Text(t)) => Ok(t.clone()),
        Some(Value::Integer(i)) => Ok(i.to_string()),
        _ => Err(StegvisError::DamagedRecord),
    }
}

/// Opens one row's sealed body to its JSON, whatever the record type.
///
/// MERGE NOTE: today every table is sealed in format 1 (`Sealer::open(table, id,
/// body)`). When sealed format 2 lands, this becomes
/// `sealer.open_row_bytes(table, &clear, body)` with `clear` = every column of `row`
/// except the sealed one, by name (`(&str, &dyn ToSql)` pairs: `Value` is `ToSql`).
/// Nothing else in this module depends on how bodies are sealed.
pub(crate) fn open_body(
    sealer: &Sealer,
    table: &str,
    columns: &[String],
    row: &[Value],
    body: &[u8],
) -> Result<serde_json::Value, StegvisError> {
    sealer.open::<serde_json::Value>(table, &row_identity(columns, row)?, body)
}

/// Seals one row's record (as JSON) under this install's key; the twin of
/// [`open_body`], and changed with it at merge time (`sealer.seal_row(table, &clear,
/// record)`).
pub(crate) fn seal_body(
    sealer: &Sealer,
    table: &str,
    columns: &[String],
    row: &[Value],
    record: &serde_json::Value,
) -> Result<Vec<u8>, StegvisError> {
    sealer.seal(table, &row_identity(columns, row)?, record)
}

/// `"name"` with inner quotes doubled: table and column names come from
/// `sqlite_master` or are checked against it, and are quoted all the same.
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
