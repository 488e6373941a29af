//! Erasing everything: every row deleted with `secure_delete` on (freed pages are
//! overwritten with zeros), the WAL checkpointed and truncated, the file vacuumed, and
//! then the files, the key and the empty folder removed.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use rusqlite::TransactionBehavior;

use super::export::table_names;
use super::import::sibling;
use super::quote;
use crate::crypto::KeyManager;
use crate::error::StegvisError;
use crate::store::{self, map_sqlite, Store};

/// The files SQLite may keep beside the database.
const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Overwrites every record in place and closes the store's connections.
pub(crate) fn wipe(store: &mut Store) -> Result<(), StegvisError> {
    let conn = store.raw_writer()?;
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(map_sqlite)?;
    // Every row goes, so no order between parents and children matters.
    conn.pragma_update(None, "foreign_keys", "OFF")
        .map_err(map_sqlite)?;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(map_sqlite)?;
    for table in table_names(&tx)? {
        tx.execute(&format!("DELETE FROM {}", quote(&table)), [])
            .map_err(map_sqlite)?;
    }
    tx.commit().map_err(map_sqlite)?;
    checkpoint(conn)?;
    conn.execute_batch("VACUUM").map_err(map_sqlite)?;
    checkpoint(conn)?;
    store.close()
}

/// Copies the WAL into the database and truncates it to zero bytes.
fn checkpoint(conn: &rusqlite::Connection) -> Result<(), StegvisError> {
    let busy: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .map_err(map_sqlite)?;
    if busy != 0 {
        return Err(StegvisError::Busy);
    }
    Ok(())
}

fn remove(path: &Path) -> Result<(), StegvisError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == ErrorKind::PermissionDenied => Err(StegvisError::ReadOnly),
        Err(e) => Err(StegvisError::Storage {
            detail: format!("erase: {}", e.kind()),
        }),
    }
}

/// Removes the database and its side files, the key, and the folder if it is then
/// empty. Call only with every connection closed.
pub(crate) fn erase_files(dir: &Path, key_manager: &dyn KeyManager) -> Result<(), StegvisError> {
    remove_database(dir)?;
    key_manager.delete_key()?;
    remove_unpublished(dir)?;
    // Not empty means the person keeps other files there; those are not ours.
    match fs::remove_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(_) => {}
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(parent) = fs::File::open(parent) {
            let _ = parent.sync_all();
        }
    }
    Ok(())
}

/// The database file and its side files; each is tried, and the first failure told.
fn remove_database(dir: &Path) -> Result<(), StegvisError> {
    let db = store::database_path(dir);
    let mut result = remove(&db);
    for suffix in SIDE_FILES {
        let side = remove(&sibling(&db, suffix));
        result = result.and(side);
    }
    result
}

/// A database an interrupted first run made but never published; the key manager
/// removes an unpublished key itself.
fn remove_unpublished(dir: &Path) -> Result<(), StegvisError> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_str()
            .is_some_and(store::is_unpublished_database)
        {
            remove(&entry.path())?;
        }
    }
    Ok(())
}

/// Best effort after a failed import: whatever it created goes, the key included,
/// and the folder too if the import created it.
pub(crate) fn remove_files(dir: &Path, key_manager: &dyn KeyManager, remove_dir: bool) {
    let _ = remove_database(dir);
    let _ = key_manager.delete_key();
    if remove_dir {
        let _ = fs::remove_dir(dir);
    }
}

/// Whether `typed` is the word a person types to erase everything in their language
/// (`cli-erase-word`): spaces around it and the case do not matter. One rule for the
/// terminal and the phones, so the same word works everywhere.
pub fn confirms_erase(loc: &crate::l10n::Localizer, typed: &str) -> bool {
    typed.trim().to_lowercase() == loc.t("cli-erase-word").to_lowercase()
}
