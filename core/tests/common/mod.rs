//! Shared helpers for integration tests: a real data folder, a real key file, and a
//! clock the test can move.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};
use stegvis_core::{Clock, Companion, FileKeyManager, Lang, OpenConfig, Result};

/// A clock a test can move forward.
#[derive(Debug)]
pub struct TestClock(Mutex<DateTime<Utc>>);

impl TestClock {
    pub fn at(instant: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self(Mutex::new(instant)))
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap();
        *now += by;
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

/// 2026-11-23 09:00 in Oslo.
pub fn monday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()
}

pub fn config(dir: &Path, lang: Lang) -> OpenConfig {
    OpenConfig {
        data_dir: dir.display().to_string(),
        zone: "Europe/Oslo".to_owned(),
        language: lang,
    }
}

pub fn key_file(dir: &Path) -> Arc<FileKeyManager> {
    Arc::new(FileKeyManager::new(dir.with_extension("key")))
}

/// Opens `dir` with its key file beside it and `clock`.
pub fn open(dir: &Path, clock: Arc<TestClock>) -> Result<Arc<Companion>> {
    Companion::open_with_clock(config(dir, Lang::En), key_file(dir), clock)
}

/// Every file of the database (main, WAL, SHM), concatenated.
pub fn database_bytes(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for name in ["stegvis.db", "stegvis.db-wal", "stegvis.db-shm"] {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            all.extend(bytes);
        }
    }
    all
}

/// Copies the data folder `tests/fixtures/v{version}` to `to`, its key made private
/// again (a checkout gives files the default mode, and a key others can read is refused).
pub fn copy_fixture(version: u32, to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(format!("v{version}"));
    std::fs::create_dir_all(to).unwrap();
    for name in ["stegvis.db", "stegvis.key"] {
        std::fs::copy(from.join(name), to.join(name)).unwrap();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o600);
        std::fs::set_permissions(to.join("stegvis.key"), private).unwrap();
    }
}

/// Every table of the folder's database and its columns in order, as the file itself
/// says.
pub fn tables(dir: &Path) -> Vec<(String, Vec<String>)> {
    let conn = rusqlite::Connection::open(stegvis_core::store::database_path(dir)).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .into_iter()
        .map(|t| {
            let columns: Vec<String> = conn
                .prepare(&format!(
                    "SELECT name FROM pragma_table_info('{t}') ORDER BY cid"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (t, columns)
        })
        .collect()
}
