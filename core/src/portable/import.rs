//! Restoring an encrypted export into an empty data folder, all or nothing: the file
//! is read, checked and decrypted in memory first; only then is the folder created,
//! and one transaction writes every row, each body sealed again under the new key.
//! On any failure the folder is left as empty as it was found, key included.

use std::collections::HashSet;
use std::fs;
use std::io::{ErrorKind, Read};
use std::path::Path;

use rusqlite::types::Value;
use rusqlite::Transaction;
use zeroize::Zeroizing;

use super::export::table_names;
use super::format::{Header, MAX_PAYLOAD};
use super::{install_row, quote, seal_body, sealed_column, Payload};
use crate::crypto::{KeyManager, PassphraseKey};
use crate::error::{Field, ImportFailure, InvalidReason, StegvisError};
use crate::store::{self, map_sqlite, Sealer, SCHEMA_VERSION};

fn refuse(reason: ImportFailure) -> StegvisError {
    StegvisError::import(reason)
}

/// Reads an export file, refusing anything that is not a plain file or is larger
/// than any export can be, without reading more than that.
pub fn read_file(path: &Path) -> Result<Vec<u8>, StegvisError> {
    let file_error = |e: std::io::Error| match e.kind() {
        ErrorKind::NotFound => StegvisError::invalid(Field::ExportPath, InvalidReason::Unknown),
        ErrorKind::PermissionDenied => StegvisError::ReadOnly,
        _ => StegvisError::invalid(Field::ExportPath, InvalidReason::Malformed),
    };
    let meta = fs::metadata(path).map_err(file_error)?;
    if !meta.is_file() {
        return Err(StegvisError::invalid(
            Field::ExportPath,
            InvalidReason::Malformed,
        ));
    }
    let limit = MAX_PAYLOAD + 4096;
    if meta.len() > limit {
        return Err(refuse(ImportFailure::TooDemanding));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .map_err(file_error)?
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(file_error)?;
    if bytes.len() as u64 > limit {
        return Err(refuse(ImportFailure::TooDemanding));
    }
    Ok(bytes)
}

/// Checks the header, derives the key and decrypts: the payload, never written down.
pub(crate) fn decrypt(file: &[u8], passphrase: &str) -> Result<Payload, StegvisError> {
    let (schema_version, plain) = decrypt_bytes(file, passphrase)?;
    let payload: Payload =
        serde_json::from_slice(&plain).map_err(|_| refuse(ImportFailure::NotAnExport))?;
    if payload.schema_version != schema_version {
        return Err(refuse(ImportFailure::NotAnExport));
    }
    Ok(payload)
}

/// The header's schema version and the decrypted payload's bytes (wiped on drop).
pub(crate) fn decrypt_bytes(
    file: &[u8],
    passphrase: &str,
) -> Result<(u32, Zeroizing<Vec<u8>>), StegvisError> {
    let (header, at) = Header::parse(file)?;
    let rest = &file[at..];
    let len = rest.len() as u64;
    if len < header.ciphertext_len {
        return Err(refuse(ImportFailure::Truncated));
    }
    if len > header.ciphertext_len {
        return Err(refuse(ImportFailure::WrongPassphraseOrChanged));
    }
    // Cheap refusals before the costly derivation. The header is authenticated only
    // by the open below, but a changed version number can only refuse, never admit.
    if header.schema_version > SCHEMA_VERSION {
        return Err(refuse(ImportFailure::NewerVersion {
            found: header.schema_version,
            supported: SCHEMA_VERSION,
        }));
    }
    if header.schema_version < SCHEMA_VERSION {
        return Err(refuse(ImportFailure::OlderVersion {
            found: header.schema_version,
            supported: SCHEMA_VERSION,
        }));
    }
    let key = PassphraseKey::derive(passphrase.as_bytes(), &header.salt, header.kdf)
        .map_err(|_| refuse(ImportFailure::NotAnExport))?;
    let mut buf = Zeroizing::new(rest.to_vec());
    let len = key
        .open_in_place(header.nonce, &file[..at], &mut buf)
        .map_err(|_| refuse(ImportFailure::WrongPassphraseOrChanged))?
        .len();
    buf.truncate(len);
    Ok((header.schema_version, buf))
}

/// Whether something of an install is already there: a database file (any size),
/// its WAL, or a key.
fn ensure_empty(dir: &Path, key_manager: &dyn KeyManager) -> Result<(), StegvisError> {
    let db = store::database_path(dir);
    for path in [db.clone(), sibling(&db, "-wal"), sibling(&db, "-journal")] {
        match fs::symlink_metadata(&path) {
            Ok(_) => return Err(refuse(ImportFailure::FolderNotEmpty)),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(_) => return Err(StegvisError::ReadOnly),
        }
    }
    match key_manager.load_key() {
        Ok(None) => Ok(()),
        Ok(Some(_)) | Err(StegvisError::KeyUnavailable) => {
            Err(refuse(ImportFailure::FolderNotEmpty))
        }
        Err(e) => Err(e),
    }
}

/// `stegvis.db` + `-wal` → `stegvis.db-wal`.
pub(crate) fn sibling(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Restores `file` into the empty folder `dir`; returns how many records it wrote.
pub fn import_into(
    dir: &Path,
    key_manager: &dyn KeyManager,
    file: &[u8],
    passphrase: &str,
) -> Result<u64, StegvisError> {
    ensure_empty(dir, key_manager)?;
    let payload = decrypt(file, passphrase)?;
    let existed = dir.exists();
    let result = (|| {
        let (mut store, sealer) = store::open_store(dir, key_manager)?;
        store.write(|tx| write_rows(tx, &sealer, &payload))
        // `store` is dropped here, closing its connections before any cleanup.
    })();
    if result.is_err() {
        super::erase::remove_files(dir, key_manager, !existed);
    }
    result
}

/// A clear column from the export back to its SQL value.
fn clear_value(json: &serde_json::Value) -> Result<Value, StegvisError> {
    let malformed = || refuse(ImportFailure::NotAnExport);
    Ok(match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::String(t) => Value::Text(t.clone()),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().ok_or_else(malformed)?),
        },
        serde_json::Value::Object(map) if map.len() == 1 => {
            let hex = map
                .get("hex")
                .and_then(serde_json::Value::as_str)
                .ok_or_else(malformed)?;
            Value::Blob(from_hex(hex).ok_or_else(malformed)?)
        }
        _ => return Err(malformed()),
    })
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Writes every row of `payload` in `tx`. Tables and columns must be exactly this
/// schema's (same version, so they are); anything else is not an export of ours.
fn write_rows(
    tx: &Transaction<'_>,
    sealer: &Sealer,
    payload: &Payload,
) -> Result<u64, StegvisError> {
    let malformed = || refuse(ImportFailure::NotAnExport);
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")
        .map_err(map_sqlite)?;
    let known: HashSet<String> = table_names(tx)?.into_iter().collect();
    let mut seen = HashSet::new();
    let mut records = 0u64;
    for table in &payload.tables {
        if !known.contains(&table.name) || !seen.insert(table.name.clone()) {
            return Err(malformed());
        }
        let actual: HashSet<String> = store::query_all(
            tx,
            &format!(
                "SELECT name FROM pragma_table_info({})",
                sql_text(&table.name)
            ),
            [],
            |r| r.get(0),
        )?
        .into_iter()
        .collect();
        let given: HashSet<&String> = table.columns.iter().collect();
        if given.len() != table.columns.len()
            || given.len() != actual.len()
            || !table.columns.iter().all(|c| actual.contains(c))
        {
            return Err(malformed());
        }
        let sealed = sealed_column(&table.name, &table.columns);
        if sealed.map(|i| &table.columns[i]) != table.sealed.as_ref() {
            return Err(malformed());
        }
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quote(&table.name),
            table
                .columns
                .iter()
                .map(|c| quote(c))
                .collect::<Vec<_>>()
                .join(", "),
            (1..=table.columns.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut stmt = tx.prepare(&sql).map_err(map_sqlite)?;
        for row in &table.rows {
            if row.len() != table.columns.len() {
                return Err(malformed());
            }
            let mut values = Vec::with_capacity(row.len());
            for (i, json) in row.iter().enumerate() {
                values.push(if Some(i) == sealed {
                    Value::Null
                } else {
                    clear_value(json)?
                });
            }
            if install_row(&table.name, &table.columns, &values) {
                continue;
            }
            if let Some(i) = sealed {
                let body = seal_body(sealer, &table.name, &table.columns, &values, &row[i])
                    .map_err(|_| malformed())?;
                values[i] = Value::Blob(body);
            }
            stmt.execute(rusqlite::params_from_iter(values.iter()))
                .map_err(|e| match e.sqlite_error_code() {
                    Some(rusqlite::ErrorCode::ConstraintViolation) => malformed(),
                    _ => map_sqlite(e),
                })?;
            records += 1;
        }
    }
    records -= drop_orphans(tx)?;
    Ok(records)
}

/// Rows whose parent was left out of the export (it no longer opened there) would
/// break a foreign key; they are dropped, as the parent already was.
fn drop_orphans(tx: &Transaction<'_>) -> Result<u64, StegvisError> {
    let mut dropped = 0u64;
    // Each round removes one level of children; the schema is only a few levels deep.
    for _ in 0..16 {
        let orphans: Vec<(String, i64)> = store::query_all(
            tx,
            "SELECT \"table\", rowid FROM pragma_foreign_key_check",
            [],
            |r| Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(-1))),
        )?;
        if orphans.is_empty() {
            return Ok(dropped);
        }
        for (table, rowid) in orphans {
            dropped += tx
                .execute(
                    &format!("DELETE FROM {} WHERE rowid = ?1", quote(&table)),
                    [rowid],
                )
                .map_err(map_sqlite)? as u64;
        }
    }
    Err(refuse(ImportFailure::NotAnExport))
}

/// A name as an SQL string literal, for table-valued pragma functions.
fn sql_text(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

/// Tables an install fills by itself before the person writes anything: settings and
/// its own rows (`meta`) and the device's zone history. Everything else is the person's.
const INSTALL_TABLES: [&str; 2] = ["meta", "device_zones"];

/// Whether the open store holds anything the person wrote (a goal, a sign, a check-in,
/// a medicine, a plan): then an import would replace it, and is refused.
pub(crate) fn holds_own_records(tx: &Transaction<'_>) -> Result<bool, StegvisError> {
    for name in table_names(tx)? {
        if INSTALL_TABLES.contains(&name.as_str()) {
            continue;
        }
        let any: bool = tx
            .query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {})", quote(&name)),
                [],
                |r| r.get(0),
            )
            .map_err(map_sqlite)?;
        if any {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Restores `file` into an open store that holds nothing of the person's yet (a phone
/// that was just set up): checked and decrypted first, then in ONE transaction the
/// install's own settings and zone history give way to the export's, sealed under
/// this install's key. All or nothing; refused with `FolderNotEmpty` when the person
/// already wrote something here.
pub(crate) fn import_into_store(
    store: &mut store::Store,
    sealer: &Sealer,
    file: &[u8],
    passphrase: &str,
) -> Result<u64, StegvisError> {
    // Refuse before the costly key derivation when the answer is already no.
    if store.read(holds_own_records)? {
        return Err(refuse(ImportFailure::FolderNotEmpty));
    }
    let payload = decrypt(file, passphrase)?;
    store.write(|tx| {
        if holds_own_records(tx)? {
            return Err(refuse(ImportFailure::FolderNotEmpty));
        }
        tx.execute("DELETE FROM device_zones", [])
            .map_err(map_sqlite)?;
        tx.execute(
            "DELETE FROM meta WHERE key NOT IN ('canary', 'quick-check-day')",
            [],
        )
        .map_err(map_sqlite)?;
        write_rows(tx, sealer, &payload)
    })
}
