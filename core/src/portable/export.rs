//! The encrypted export: read every table in one read transaction, open each body,
//! serialise, encrypt in place, and write the file atomically. The plaintext exists
//! only in memory and is wiped once encrypted.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use rusqlite::types::{Value, ValueRef};
use rusqlite::Transaction;
use zeroize::Zeroizing;

use super::format::{Header, FORMAT_VERSION, SALT_LEN};
use super::{install_row, open_body, quote, sealed_column, Payload, TableRows};
use crate::crypto::{random_bytes, KdfParams, PassphraseKey};
use crate::error::{Field, InvalidReason, StegvisError};
use crate::store::{map_sqlite, Sealer};

/// What an encrypted export wrote.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ExportSummary {
    /// The file written.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// How many records (rows of every table) it holds.
    pub records: u64,
    /// Records left out because they no longer open (damaged on disk).
    pub unreadable: u32,
}

fn storage(detail: &str) -> StegvisError {
    StegvisError::Storage {
        detail: detail.to_owned(),
    }
}

fn io_error(e: &std::io::Error) -> StegvisError {
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StegvisError::ReadOnly,
        ErrorKind::NotFound => StegvisError::invalid(Field::ExportPath, InvalidReason::Unknown),
        kind => StegvisError::Storage {
            detail: format!("export file: {kind}"),
        },
    }
}

/// The names of every table of ours, in the order they were created (parents first).
pub(crate) fn table_names(tx: &Transaction<'_>) -> Result<Vec<String>, StegvisError> {
    crate::store::query_all(
        tx,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         ORDER BY rowid",
        [],
        |r| r.get(0),
    )
}

/// A clear column as JSON: numbers, text and NULL as themselves, a blob as `{"hex"}`.
fn clear_json(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => serde_json::Number::from_f64(*f)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        Value::Text(t) => t.clone().into(),
        Value::Blob(b) => {
            let hex: String = b.iter().map(|byte| format!("{byte:02x}")).collect();
            serde_json::json!({ "hex": hex })
        }
    }
}

/// Every row of every table, bodies opened; rows that no longer open are counted and
/// left out (the import then drops rows that pointed at them).
pub(crate) fn collect(
    tx: &Transaction<'_>,
    sealer: &Sealer,
) -> Result<(Payload, u64, u32), StegvisError> {
    let schema_version: u32 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    let mut tables = Vec::new();
    let mut records = 0u64;
    let mut unreadable = 0u32;
    for name in table_names(tx)? {
        let mut stmt = tx
            .prepare(&format!("SELECT * FROM {}", quote(&name)))
            .map_err(map_sqlite)?;
        let columns: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
        let sealed = sealed_column(&name, &columns);
        let mut rows_out = Vec::new();
        let mut rows = stmt.query([]).map_err(map_sqlite)?;
        while let Some(row) = rows.next().map_err(map_sqlite)? {
            let values = (0..columns.len())
                .map(|i| row.get_ref(i).map(Value::from))
                .collect::<rusqlite::Result<Vec<Value>>>()
                .map_err(map_sqlite)?;
            if install_row(&name, &columns, &values) {
                continue;
            }
            let mut out = Vec::with_capacity(columns.len());
            let mut damaged = false;
            for (i, value) in values.iter().enumerate() {
                if Some(i) == sealed {
                    let body = match row.get_ref(i).map_err(map_sqlite)? {
                        ValueRef::Blob(b) => b,
                        _ => &[],
                    };
                    match open_body(sealer, &name, &columns, &values, body) {
                        Ok(record) => out.push(record),
                        Err(StegvisError::DamagedRecord) => {
                            damaged = true;
                            break;
                        }
                        Err(e) => return Err(e),
                    }
                } else {
                    out.push(clear_json(value));
                }
            }
            if damaged {
                unreadable += 1;
                continue;
            }
            records += 1;
            rows_out.push(out);
        }
        tables.push(TableRows {
            sealed: sealed.map(|i| columns[i].clone()),
            name,
            columns,
            rows: rows_out,
        });
    }
    Ok((
        Payload {
            schema_version,
            tables,
        },
        records,
        unreadable,
    ))
}

/// Encrypts `payload` under `passphrase` with `kdf`: the whole file's bytes.
pub(crate) fn encrypt(
    payload: &Payload,
    passphrase: &str,
    kdf: KdfParams,
) -> Result<Vec<u8>, StegvisError> {
    let plain = Zeroizing::new(serde_json::to_vec(payload).map_err(|_| storage("encode"))?);
    encrypt_bytes(plain, payload.schema_version, passphrase, kdf)
}

/// Encrypts the serialised payload `plain`, which is wiped.
pub(crate) fn encrypt_bytes(
    mut plain: Zeroizing<Vec<u8>>,
    schema_version: u32,
    passphrase: &str,
    kdf: KdfParams,
) -> Result<Vec<u8>, StegvisError> {
    let salt = random_bytes::<SALT_LEN>().map_err(|_| storage("random source"))?;
    let nonce = random_bytes().map_err(|_| storage("random source"))?;
    let header = Header {
        format_version: FORMAT_VERSION,
        schema_version,
        kdf,
        salt: salt.to_vec(),
        nonce,
        ciphertext_len: (plain.len() + crate::crypto::EXPORT_TAG_LEN) as u64,
    };
    let head = header.encode();
    let key = PassphraseKey::derive(passphrase.as_bytes(), &salt, kdf)
        .map_err(|_| storage("key derivation"))?;
    // The buffer is encrypted in place: from here on it holds no plaintext, and the
    // `Zeroizing` wrapper wipes it on every path out of this function.
    let mut buf = Zeroizing::new(std::mem::take(&mut *plain));
    key.seal_in_place(nonce, &head, &mut buf)
        .map_err(|_| storage("encrypt"))?;
    let mut file = head;
    file.extend_from_slice(&buf);
    Ok(file)
}

/// Writes `bytes` to `path` atomically: a new file beside it (0600), synced, renamed
/// over, and the folder synced, so a crash leaves the old file or the new, never half.
/// Shells write sharing envelopes with it too.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StegvisError> {
    let name = path
        .file_name()
        .ok_or_else(|| StegvisError::invalid(Field::ExportPath, InvalidReason::Malformed))?;
    if path.is_dir() {
        // A folder where the file should go: say which input is wrong.
        return Err(StegvisError::invalid(
            Field::ExportPath,
            InvalidReason::Malformed,
        ));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let suffix: [u8; 6] = random_bytes().map_err(|_| storage("random source"))?;
    let suffix: String = suffix.iter().map(|b| format!("{b:02x}")).collect();
    let temp = dir.join(format!(
        ".{}.{suffix}.tmp",
        name.to_string_lossy().trim_start_matches('.')
    ));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = options
        .open(&temp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temp, path));
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(io_error(&e));
    }
    if let Ok(dir) = fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}
