//! Opening a data folder: refuse what is not ours or is too new before touching it,
//! get the key, check the canary read-only, and take a write connection only when
//! something must be written (a new folder, a migration), all or nothing.

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};

use super::schema::{APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};
use super::sealed::Sealer;
use super::{map_sqlite, Store};
use crate::crypto::{DataKey, KeyManager};
use crate::error::StegvisError;

/// How long an action waits for another program to let go of the database.
pub const BUSY_TIMEOUT: Duration = Duration::from_millis(1500);

const DB_FILE: &str = "stegvis.db";
const CANARY_KEY: &str = "canary";
const CANARY_TEXT: &str = "stegvis canary v1";
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The database file inside a data folder.
pub fn database_path(dir: &Path) -> PathBuf {
    dir.join(DB_FILE)
}

/// What the data folder holds, as far as it matters for the key.
#[derive(Debug, PartialEq, Eq)]
enum OnDisk {
    /// No database yet, or an empty SQLite file: a new install.
    New,
    /// A Stegvis database at this schema version or older.
    Ours,
}

fn io_error(e: std::io::Error) -> StegvisError {
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StegvisError::ReadOnly,
        kind => StegvisError::Storage {
            detail: format!("data folder: {kind}"),
        },
    }
}

fn be_u32(bytes: &[u8]) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(bytes);
    u32::from_be_bytes(word)
}

/// A first look at the 100-byte SQLite header, before SQLite opens the file: what is
/// plainly not ours or too new is refused without being opened at all. The header can
/// lag behind a WAL file, so [`identify`] has the final word once the file is open.
fn precheck(path: &Path) -> Result<(), StegvisError> {
    let mut file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error(e)),
    };
    let mut header = Vec::with_capacity(100);
    file.by_ref()
        .take(100)
        .read_to_end(&mut header)
        .map_err(io_error)?;
    if header.is_empty() {
        return Ok(());
    }
    if header.len() < 100 || &header[..16] != SQLITE_MAGIC {
        return Err(StegvisError::NotADatabase);
    }
    let user_version = be_u32(&header[60..64]);
    let application_id = be_u32(&header[68..72]) as i32;
    match application_id {
        APPLICATION_ID if user_version > SCHEMA_VERSION => Err(StegvisError::IncompatibleVersion {
            found: user_version,
            supported: SCHEMA_VERSION,
        }),
        APPLICATION_ID | 0 => Ok(()),
        _ => Err(StegvisError::NotADatabase),
    }
}

/// Reads the application id, schema version and table count through SQLite, which
/// sees committed pages still in the WAL. Writes nothing.
fn identify(conn: &Connection) -> Result<OnDisk, StegvisError> {
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    let user_version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    match (application_id, user_version, tables) {
        (APPLICATION_ID, v, _) if v > SCHEMA_VERSION => Err(StegvisError::IncompatibleVersion {
            found: v,
            supported: SCHEMA_VERSION,
        }),
        (APPLICATION_ID, _, _) => Ok(OnDisk::Ours),
        (0, 0, 0) => Ok(OnDisk::New),
        _ => Err(StegvisError::NotADatabase),
    }
}

/// Write bits cleared on the folder or file means "do not write here", even for root.
fn refuse_if_read_only(path: &Path) -> Result<(), StegvisError> {
    match fs::metadata(path) {
        Ok(meta) if meta.permissions().readonly() => Err(StegvisError::ReadOnly),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_error(e)),
    }
}

/// The key's bytes. For a new folder a key is made and stored; for existing data a
/// missing key is an error, never a new key over old data.
fn key_bytes(key_manager: &dyn KeyManager, on_disk: &OnDisk) -> Result<Vec<u8>, StegvisError> {
    match key_manager.load_key()? {
        Some(bytes) => Ok(bytes),
        None if *on_disk == OnDisk::Ours => Err(StegvisError::KeyUnavailable),
        None => {
            let bytes = DataKey::generate_bytes().map_err(|_| StegvisError::Storage {
                detail: "random source".to_owned(),
            })?;
            key_manager.store_key(bytes.clone())?;
            Ok(bytes)
        }
    }
}

fn sealer(bytes: &[u8]) -> Result<Sealer, StegvisError> {
    DataKey::from_bytes(bytes)
        .map(Sealer::new)
        .map_err(|_| StegvisError::KeyUnavailable)
}

/// The file as a read-only `file:` URI that SQLite treats as immutable.
fn immutable_uri(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().replace('\\', "/").into_bytes();
    let mut uri = String::from("file:");
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Opens the database read-only. A WAL database needs its `-shm` file; in a folder
/// that cannot be written, where that file cannot be made, the file is opened as
/// immutable instead (no locks, no WAL: nothing can be writing there either).
pub(super) fn reader(path: &Path) -> Result<Connection, StegvisError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let plain = Connection::open_with_flags(path, flags).and_then(|conn| {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        probe(&conn)?;
        Ok(conn)
    });
    match plain {
        Ok(conn) => Ok(conn),
        Err(e) if cannot_read_in_place(&e) => immutable_reader(path),
        Err(e) => Err(map_sqlite(e)),
    }
}

/// Prepared statements kept per connection. The today view alone runs about twenty
/// different ones; with rusqlite's default of 16 they pushed each other out and
/// every view parsed its SQL again.
const STATEMENT_CACHE: usize = 96;

/// One small read, which makes SQLite set up (or fail to set up) its WAL index. It
/// runs before every read, so its statement is kept prepared.
pub(super) fn probe(conn: &Connection) -> rusqlite::Result<()> {
    conn.prepare_cached("SELECT count(*) FROM sqlite_master")?
        .query_row([], |r| r.get::<_, i64>(0))
        .map(|_| ())
}

/// The failures of a read-only WAL reader that the immutable reader avoids: no `-shm`
/// can be made, or the one there is read-only and cannot be used.
pub(super) fn cannot_read_in_place(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::ReadOnly)
    )
}

/// The database opened as immutable: no locks, no WAL index, nothing written.
pub(super) fn immutable_reader(path: &Path) -> Result<Connection, StegvisError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(immutable_uri(path), flags).map_err(map_sqlite)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(map_sqlite)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

/// The write connection, opened on first use. Write bits cleared on the folder or
/// the file mean "do not write here", even for root.
pub(super) fn writer<'a>(
    slot: &'a mut Option<Connection>,
    path: &Path,
) -> Result<&'a mut Connection, StegvisError> {
    if slot.is_none() {
        if let Some(dir) = path.parent() {
            refuse_if_read_only(dir)?;
        }
        refuse_if_read_only(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(map_sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(map_sqlite)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        set_pragmas(&conn)?;
        *slot = Some(conn);
    }
    slot.as_mut().ok_or(StegvisError::ReadOnly)
}

/// Whether the file holds any bytes yet.
fn has_content(path: &Path) -> Result<bool, StegvisError> {
    match fs::metadata(path) {
        Ok(meta) => Ok(meta.len() > 0),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error(e)),
    }
}

/// Checks the canary through any connection, writing nothing. `Ok(false)` means the
/// schema or the canary still has to be written.
fn is_current(conn: &Connection, sealer: &Sealer) -> Result<bool, StegvisError> {
    let found: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    if found == 0 {
        return Ok(false);
    }
    let canary: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [CANARY_KEY], |r| {
            r.get(0)
        })
        .optional()
        .map_err(map_sqlite)?;
    match canary {
        Some(sealed) => check_canary(sealer, &sealed)?,
        None => return Ok(false),
    }
    Ok(found == SCHEMA_VERSION)
}

/// Only the canary failing to open means a wrong key; any other record that does not
/// open is a damaged record.
fn check_canary(sealer: &Sealer, sealed: &[u8]) -> Result<(), StegvisError> {
    match sealer.open::<String>("meta", CANARY_KEY, sealed) {
        Ok(text) if text == CANARY_TEXT => Ok(()),
        _ => Err(StegvisError::KeyUnavailable),
    }
}

/// Opens the database in `dir`, creating the folder and database on first use.
///
/// A file that is not a Stegvis database, or was written by a newer version, is
/// refused before it is opened, so it stays byte-for-byte as it was. A wrong key is
/// detected by the canary before anything is written. An existing database that is
/// current is opened read-only: opening writes nothing and needs no write access.
pub fn open_store(
    dir: &Path,
    key_manager: &dyn KeyManager,
) -> Result<(Store, Sealer), StegvisError> {
    if dir.as_os_str().is_empty() {
        return Err(StegvisError::invalid(
            crate::error::Field::DataDir,
            crate::error::InvalidReason::Empty,
        ));
    }
    let path = database_path(dir);
    precheck(&path)?;

    let read = if has_content(&path)? {
        Some(reader(&path)?)
    } else {
        // Nothing to read yet: this open creates the database, so it must be writable.
        refuse_if_read_only(dir)?;
        fs::create_dir_all(dir).map_err(io_error)?;
        refuse_if_read_only(&path)?;
        None
    };
    let on_disk = match &read {
        Some(conn) => identify(conn)?,
        None => OnDisk::New,
    };
    let key = key_bytes(key_manager, &on_disk)?;
    let sealer_for_views = sealer(&key)?;
    let current = match &read {
        Some(conn) if on_disk == OnDisk::Ours => is_current(conn, &sealer_for_views)?,
        _ => false,
    };
    let mut store = Store {
        path: path.clone(),
        read,
        write: None,
        sealer: sealer(&key)?,
        pending_zone: None,
    };
    if !current {
        let conn = writer(&mut store.write, &path)?;
        if identify(conn)? == OnDisk::New && on_disk == OnDisk::Ours {
            return Err(StegvisError::NotADatabase);
        }
        migrate(conn, &sealer_for_views)?;
        store.read = None;
    }
    Ok((store, sealer_for_views))
}

fn set_pragmas(conn: &Connection) -> Result<(), StegvisError> {
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(map_sqlite)?;
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(map_sqlite)?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .map_err(map_sqlite)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StegvisError::ReadOnly);
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(map_sqlite)?;
    Ok(())
}

/// Applies the missing migration steps and the canary in one IMMEDIATE transaction.
fn migrate(conn: &mut Connection, sealer: &Sealer) -> Result<(), StegvisError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(map_sqlite)?;
    let found: u32 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    if found > SCHEMA_VERSION {
        return Err(StegvisError::IncompatibleVersion {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found >= 1 {
        let canary: Option<Vec<u8>> = tx
            .query_row("SELECT value FROM meta WHERE key = ?1", [CANARY_KEY], |r| {
                r.get(0)
            })
            .optional()
            .map_err(map_sqlite)?;
        if let Some(sealed) = canary {
            check_canary(sealer, &sealed)?;
        }
    }
    for step in MIGRATIONS.iter().skip(found as usize) {
        tx.execute_batch(step).map_err(map_sqlite)?;
    }
    if found < SCHEMA_VERSION {
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)
            .map_err(map_sqlite)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(map_sqlite)?;
    }
    let sealed = sealer.seal("meta", CANARY_KEY, &CANARY_TEXT)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING",
        rusqlite::params![CANARY_KEY, sealed],
    )
    .map_err(map_sqlite)?;
    tx.commit().map_err(map_sqlite)
}
