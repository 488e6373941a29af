//! Opening a data folder: refuse what is not ours or is too new before touching it,
//! get the key, check the canary read-only, and take a write connection only when
//! something must be written (a new folder, a migration), all or nothing.

use std::fs;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use super::schema::{Step, APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};
use super::sealed::Sealer;
use super::{canary, health, map_sqlite, Store};
use crate::crypto::{DataKey, KeyManager};
use crate::error::StegvisError;

/// How long an action waits for another program to let go of the database.
pub const BUSY_TIMEOUT: Duration = Duration::from_millis(1500);

const DB_FILE: &str = "stegvis.db";
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
        // The file exists (made 0600 by us); SQLite gives its `-wal` and `-shm` the
        // same mode. It is never created here: a database that vanished is an error,
        // not a new empty one.
        tighten(path);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(map_sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(map_sqlite)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        set_pragmas(&conn)?;
        *slot = Some(conn);
    }
    slot.as_mut().ok_or(StegvisError::ReadOnly)
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
    // Never write a canary under a key nothing has proven: a missing one is refused.
    canary::check(conn, sealer, found)?;
    Ok(found == SCHEMA_VERSION)
}

/// The database file as found before anything opens it.
#[derive(Debug, PartialEq, Eq)]
enum FileState {
    Missing,
    Empty,
    Content,
}

fn file_state(path: &Path) -> Result<FileState, StegvisError> {
    match fs::metadata(path) {
        Ok(meta) if meta.len() > 0 => Ok(FileState::Content),
        Ok(_) => Ok(FileState::Empty),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(FileState::Missing),
        Err(e) => Err(io_error(e)),
    }
}

/// Opens the database in `dir`, creating the folder and database on first use.
///
/// A file that is not a Stegvis database, or was written by a newer version, is
/// refused before it is opened, so it stays byte-for-byte as it was. The key and the
/// canary are checked through a read-only connection before anything is written (the
/// journal mode included), so a wrong key changes no byte; a database without its
/// canary is refused rather than given one under a key nobody proved. An existing
/// database that is current is opened read-only: opening writes nothing and needs no
/// write access. After a crash (a WAL left behind) SQLite's quick check runs before
/// anything is written; if it fails, writes are refused and reads go on.
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

    let state = file_state(&path)?;
    if state != FileState::Content {
        // Nothing to read yet: this open creates the database, so it must be writable.
        refuse_if_read_only(dir)?;
        create_private_dir(dir)?;
        refuse_if_read_only(&path)?;
        let key = match key_manager.load_key()? {
            // Our own first run never leaves an empty file (the database appears
            // whole), so an empty one beside a key means the data went missing.
            Some(_) if state == FileState::Empty => return Err(StegvisError::DatabaseEmpty),
            // A key without a database: a first run that stopped before the database
            // was published, or another program setting up the folder right now.
            Some(key) => key,
            None => new_key(key_manager)?,
        };
        if state == FileState::Empty {
            remove_if_empty(&path)?;
        }
        create_database(dir, &path, &sealer(&key)?)?;
    }

    // The key first: an unsafe key file is refused before SQLite opens anything.
    let stored_key = key_manager.load_key()?;
    let hot = health::wal_is_hot(&path);
    let read = reader(&path)?;
    let on_disk = identify(&read)?;
    let key = match (stored_key, &on_disk) {
        (Some(key), OnDisk::Ours) => key,
        (Some(_), OnDisk::New) => return Err(StegvisError::DatabaseEmpty),
        (None, OnDisk::Ours) => return Err(StegvisError::KeyUnavailable),
        (None, OnDisk::New) => new_key(key_manager)?,
    };
    let sealer_for_views = sealer(&key)?;
    let current = match on_disk {
        OnDisk::Ours => is_current(&read, &sealer_for_views)?,
        OnDisk::New => false,
    };
    // The quick check reads only, so it runs before any migration writes.
    let damaged = hot && !health::quick_check_passes(&read);
    if damaged && !current {
        return Err(StegvisError::DatabaseDamaged);
    }
    let mut store = Store {
        path: path.clone(),
        read: Some(read),
        write: None,
        sealer: sealer(&key)?,
        pending_zone: None,
        health: health::Health::after_open(hot, damaged),
    };
    if !current {
        let conn = writer(&mut store.write, &path)?;
        if identify(conn)? == OnDisk::New && on_disk == OnDisk::Ours {
            return Err(StegvisError::NotADatabase);
        }
        migrate(conn, &sealer_for_views)?;
        store.read = None;
    }
    log::info!(
        "store opened: schema version {SCHEMA_VERSION}, {}",
        if current {
            "opened read-only"
        } else {
            "created or upgraded"
        }
    );
    Ok((store, sealer_for_views))
}

/// A new key, stored; then the key as stored, which is another program's if it stored
/// one first.
fn new_key(key_manager: &dyn KeyManager) -> Result<Vec<u8>, StegvisError> {
    let bytes = DataKey::generate_bytes().map_err(|_| StegvisError::Storage {
        detail: "random source".to_owned(),
    })?;
    key_manager.store_key(bytes)?;
    key_manager.load_key()?.ok_or(StegvisError::KeyUnavailable)
}

/// An empty database file without a key is a first run an older version left
/// unfinished: it holds nothing, so it makes way for the new database.
fn remove_if_empty(path: &Path) -> Result<(), StegvisError> {
    match fs::metadata(path) {
        Ok(meta) if meta.len() == 0 => match fs::remove_file(path) {
            Err(e) if e.kind() != ErrorKind::NotFound => Err(io_error(e)),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Creates the data folder readable only by its owner (parents as the system makes
/// them); an existing folder is tightened on the first write instead.
fn create_private_dir(dir: &Path) -> Result<(), StegvisError> {
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io_error)?;
    }
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    match builder.create(dir) {
        Err(e) if e.kind() != ErrorKind::AlreadyExists => Err(io_error(e)),
        _ => Ok(()),
    }
}

/// A new private file (0600 on Unix), failing if one is there.
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// `path` with `suffix` added to its file name (`-wal`, `-shm`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Takes group and other access away from the data folder and the database files.
/// Done on every write open, so a folder an older version made, or one copied with
/// loose modes, is private from its next write on. Best effort: a file this user
/// cannot change keeps its mode and is still written.
fn tighten(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut paths = vec![
            path.to_path_buf(),
            with_suffix(path, "-wal"),
            with_suffix(path, "-shm"),
        ];
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            paths.push(dir.to_path_buf());
        }
        for p in paths {
            if let Ok(meta) = fs::metadata(&p) {
                let mode = meta.permissions().mode();
                if mode & 0o077 != 0 {
                    let _ = fs::set_permissions(&p, fs::Permissions::from_mode(mode & !0o077));
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Syncs the folder so a file just published in it survives a power cut. File systems
/// that cannot sync a folder say so; that is not worth refusing to start over.
fn sync_folder(dir: &Path) -> Result<(), StegvisError> {
    #[cfg(unix)]
    {
        match fs::File::open(dir).and_then(|d| d.sync_all()) {
            Err(e) if !matches!(e.kind(), ErrorKind::InvalidInput | ErrorKind::Unsupported) => {
                Err(io_error(e))
            }
            _ => Ok(()),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Makes a new database under a temporary name, complete with schema and canary, and
/// publishes it with a hard link, which never replaces a database already there. So
/// the database is either missing or whole: a crash, or a second program on first run,
/// never leaves an empty database beside a key. If another program published first,
/// its database is the one (it was made with the same key: the key is published first).
fn create_database(dir: &Path, path: &Path, sealer: &Sealer) -> Result<(), StegvisError> {
    let temporary = dir.join(format!(".{DB_FILE}.{}.new", uuid::Uuid::new_v4().simple()));
    let result = build_and_publish(&temporary, path, sealer);
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = fs::remove_file(with_suffix(&temporary, suffix));
    }
    result?;
    sync_folder(dir)
}

/// Whether `name` is a database [`create_database`] made but never published (or one
/// of its side files): what an interrupted first run leaves behind.
pub(crate) fn is_unpublished_database(name: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(DB_FILE))
        .is_some_and(|rest| rest.starts_with('.') && rest.contains(".new"))
}

fn build_and_publish(temporary: &Path, path: &Path, sealer: &Sealer) -> Result<(), StegvisError> {
    drop(create_private(temporary).map_err(io_error)?);
    let mut slot = None;
    let conn = writer(&mut slot, temporary)?;
    migrate(conn, sealer)?;
    // Schema 4 renames and drops the empty tables of versions 1 to 3; a new install
    // need not carry their pages. Nothing is in the file yet but the canary.
    conn.execute_batch("VACUUM").map_err(map_sqlite)?;
    if let Some(conn) = slot.take() {
        // Closing checkpoints the WAL into the file, so the file alone is complete.
        conn.close().map_err(|(_, e)| map_sqlite(e))?;
    }
    match fs::hard_link(temporary, path) {
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(e) if e.kind() == ErrorKind::Unsupported && !path.exists() => {
            fs::rename(temporary, path).map_err(io_error)
        }
        Err(e) => Err(io_error(e)),
        Ok(()) => Ok(()),
    }
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
    // Each write is checkpointed (see `health::checkpoint`); should that be blocked by
    // a reader, the WAL is cut back to nothing at its next reset, so old pages of
    // sealed bodies do not linger in it.
    conn.pragma_update(None, "journal_size_limit", 0)
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
        canary::check(&tx, sealer, found)?;
    }
    match found {
        0 => log::info!("creating store at schema version {SCHEMA_VERSION}"),
        f if f < SCHEMA_VERSION => {
            log::info!("migrating store from schema version {f} to {SCHEMA_VERSION}")
        }
        _ => {}
    }
    for step in MIGRATIONS.iter().skip(found as usize) {
        match step {
            Step::Sql(sql) => tx.execute_batch(sql).map_err(map_sqlite)?,
            Step::Rust(run) => run(&tx, sealer)?,
        }
    }
    if found < SCHEMA_VERSION {
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)
            .map_err(map_sqlite)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(map_sqlite)?;
    }
    canary::write(&tx, sealer)?;
    tx.commit().map_err(map_sqlite)
}
