//! The terminal's key store: the raw key in a file only its owner can read.
//!
//! Loading refuses a file that others can reach, that is not a plain file (a link, a
//! pipe, a device) or that does not hold exactly one key, and never reads more than
//! one byte past a key. Storing writes a private temporary file in the same folder,
//! syncs it, and publishes it with a hard link, which never replaces a key that is
//! already there: when two programs set up the same folder at once, one key wins and
//! both use it.

use std::fs;
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use super::aead::KEY_LEN;
use super::key_manager::KeyManager;
use crate::error::{KeyFileProblem, StegvisError};

/// Keeps the data key in a 0600 file (on Unix) next to the database.
#[derive(Debug, Clone)]
pub struct FileKeyManager {
    path: PathBuf,
}

impl FileKeyManager {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }
}

fn io_error(e: std::io::Error) -> StegvisError {
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StegvisError::ReadOnly,
        kind => StegvisError::Storage {
            detail: format!("key file: {kind}"),
        },
    }
}

fn unsafe_file(problem: KeyFileProblem) -> StegvisError {
    StegvisError::KeyFileUnsafe { problem }
}

/// What about the file's metadata makes it unfit to hold the key, if anything.
fn problem(meta: &fs::Metadata) -> Option<KeyFileProblem> {
    if !meta.file_type().is_file() {
        return Some(KeyFileProblem::NotAFile);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            return Some(KeyFileProblem::OpenToOthers);
        }
    }
    if meta.len() != KEY_LEN as u64 {
        return Some(KeyFileProblem::WrongLength);
    }
    None
}

/// Opens the key file without following a link and without waiting on a pipe.
fn open_key_file(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Whether opening failed because the last part of the path is a link.
fn is_link_refusal(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// Syncs the folder so a file just published in it survives a power cut. File systems
/// that cannot sync a folder say so; that is not worth refusing a key over.
fn sync_folder(dir: &Path) -> Result<(), StegvisError> {
    #[cfg(unix)]
    {
        match fs::File::open(dir).and_then(|d| d.sync_all()) {
            Ok(()) => Ok(()),
            Err(e) if matches!(e.kind(), ErrorKind::InvalidInput | ErrorKind::Unsupported) => {
                Ok(())
            }
            Err(e) => Err(io_error(e)),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// A new private file at `path` (0600 on Unix), failing if one is there.
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

impl FileKeyManager {
    fn folder(&self) -> PathBuf {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "key".to_owned())
    }

    /// A temporary name beside the key, unique to this attempt. A leftover from a
    /// crash is never read: only the published key is.
    fn temporary(&self) -> PathBuf {
        self.folder().join(format!(
            ".{}.{}.tmp",
            self.file_name(),
            uuid::Uuid::new_v4().simple()
        ))
    }

    /// Whether `name` is one of [`FileKeyManager::temporary`]'s names.
    fn is_temporary(&self, name: &str) -> bool {
        name.strip_prefix('.')
            .and_then(|rest| rest.strip_prefix(self.file_name().as_str()))
            .is_some_and(|rest| rest.starts_with('.') && rest.ends_with(".tmp"))
    }
}

impl KeyManager for FileKeyManager {
    fn load_key(&self) -> Result<Option<Vec<u8>>, StegvisError> {
        // Look before opening, so a device or pipe is not even opened.
        match fs::symlink_metadata(&self.path) {
            Ok(meta) => {
                if let Some(p) = problem(&meta) {
                    return Err(unsafe_file(p));
                }
            }
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error(e)),
        }
        let file = match open_key_file(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) if is_link_refusal(&e) => return Err(unsafe_file(KeyFileProblem::NotAFile)),
            Err(e) => return Err(io_error(e)),
        };
        // Again on what was opened: it may have been swapped since the look.
        if let Some(p) = problem(&file.metadata().map_err(io_error)?) {
            return Err(unsafe_file(p));
        }
        let mut bytes = Vec::with_capacity(KEY_LEN + 1);
        file.take(KEY_LEN as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        if bytes.len() != KEY_LEN {
            return Err(unsafe_file(KeyFileProblem::WrongLength));
        }
        Ok(Some(bytes))
    }

    /// Publishes `key` unless a key is already there; then that one stays (the core
    /// reads the key back after storing, so everyone uses the one that won).
    fn store_key(&self, key: Vec<u8>) -> Result<(), StegvisError> {
        if key.len() != KEY_LEN {
            return Err(unsafe_file(KeyFileProblem::WrongLength));
        }
        let temporary = self.temporary();
        let written = create_private(&temporary).and_then(|mut file| {
            file.write_all(&key)?;
            file.sync_all()
        });
        if let Err(e) = written {
            let _ = fs::remove_file(&temporary);
            return Err(io_error(e));
        }
        let published = fs::hard_link(&temporary, &self.path);
        let _ = fs::remove_file(&temporary);
        match published {
            Ok(()) => {}
            // Another program stored its key first: that one is the key.
            Err(e) if e.kind() == ErrorKind::AlreadyExists => return Ok(()),
            // File systems without hard links: create the key in place, still
            // never over an existing one.
            Err(e) if e.kind() == ErrorKind::Unsupported => match create_private(&self.path) {
                Ok(mut file) => {
                    file.write_all(&key).map_err(io_error)?;
                    file.sync_all().map_err(io_error)?;
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists => return Ok(()),
                Err(e) => return Err(io_error(e)),
            },
            Err(e) => return Err(io_error(e)),
        }
        sync_folder(&self.folder())
    }

    fn delete_key(&self) -> Result<(), StegvisError> {
        // A key an interrupted first run wrote but never published is a key too.
        if let Ok(entries) = fs::read_dir(self.folder()) {
            for entry in entries.flatten() {
                if entry
                    .file_name()
                    .to_str()
                    .is_some_and(|n| self.is_temporary(n))
                {
                    match fs::remove_file(entry.path()) {
                        Err(e) if e.kind() != ErrorKind::NotFound => return Err(io_error(e)),
                        _ => {}
                    }
                }
            }
        }
        match fs::remove_file(&self.path) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(io_error(e)),
        }
        // The removal itself must survive a crash: sync the folder that held it.
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(dir) = fs::File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    }
}
