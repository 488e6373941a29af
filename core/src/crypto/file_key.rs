//! The terminal's key store: the raw key in a file only its owner can read.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::PathBuf;

use super::aead::KEY_LEN;
use super::key_manager::KeyManager;
use crate::error::StegvisError;

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

impl KeyManager for FileKeyManager {
    fn load_key(&self) -> Result<Option<Vec<u8>>, StegvisError> {
        match fs::read(&self.path) {
            Ok(bytes) if bytes.len() == KEY_LEN => Ok(Some(bytes)),
            Ok(_) => Err(StegvisError::KeyUnavailable),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(e)),
        }
    }

    fn store_key(&self, key: Vec<u8>) -> Result<(), StegvisError> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&self.path).map_err(io_error)?;
        file.write_all(&key).map_err(io_error)?;
        file.sync_all().map_err(io_error)
    }

    fn delete_key(&self) -> Result<(), StegvisError> {
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
