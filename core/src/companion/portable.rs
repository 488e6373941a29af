//! Owning your data: the encrypted export, restoring it on a new phone, the readable
//! export, and erasing everything.

use std::path::Path;
use std::sync::Arc;

use zeroize::Zeroizing;

use super::{Companion, OpenConfig};
use crate::crypto::{KdfParams, KeyManager};
use crate::error::{Field, InvalidReason, Result, StegvisError};
use crate::portable::export::{self, ExportSummary};
use crate::portable::readable::{self, ReadableExport};
use crate::portable::{check_passphrase, erase, import, DEFAULT_KDF};
use crate::time::{Clock, SystemClock};

fn export_path(path: &str) -> Result<&Path> {
    if path.trim().is_empty() {
        return Err(StegvisError::invalid(
            Field::ExportPath,
            InvalidReason::Empty,
        ));
    }
    Ok(Path::new(path))
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// Writes everything (every record, every plan version, settings) to `path`,
    /// encrypted with `passphrase` (at least 8 characters): Argon2id, then AES-256-GCM.
    /// The file is written atomically and no plaintext ever touches the disk.
    /// Records that no longer open are left out and counted.
    pub fn export_encrypted(&self, path: String, passphrase: String) -> Result<ExportSummary> {
        self.export_encrypted_with(path, passphrase, DEFAULT_KDF)
    }

    /// Writes every record to the folder `dir` as one JSON and one CSV file per kind,
    /// for the person's own use. These files are NOT encrypted: show
    /// [`ReadableExport::warning`] with the result.
    pub fn export_readable(&self, dir: String) -> Result<ReadableExport> {
        let dir_path = export_path(&dir)?.to_path_buf();
        let now = self.now();
        let mut inner = self.lock()?;
        let (zone, loc) = (inner.zone, inner.loc);
        let today = crate::time::local_date(now, zone);
        let super::Inner { store, sealer, .. } = &mut *inner;
        let (payload, words) = store.read(|tx| {
            let (payload, _, _) = export::collect(tx, sealer)?;
            Ok((payload, readable::words(tx, sealer, today, &loc)?))
        })?;
        let files = readable::write(&payload, &dir_path, &words, zone, &loc)?;
        Ok(ReadableExport {
            dir,
            files,
            warning: loc.t("export-readable-warning"),
        })
    }

    /// Erases everything: every record is deleted and overwritten (`secure_delete`,
    /// a truncating WAL checkpoint, VACUUM), then the database files, the key and the
    /// data folder (if nothing else is in it) are removed. Every later call on this
    /// companion is refused with [`StegvisError::Erased`].
    pub fn erase_everything(&self) -> Result<()> {
        let mut inner = self.lock()?;
        erase::wipe(&mut inner.store)?;
        // From here the data is gone; whatever happens next, this companion is done.
        inner.erased = true;
        erase::erase_files(&self.data_dir, self.key_manager.as_ref())
    }

    /// Whether the person typed the word that confirms erasing everything, in the
    /// current language (case and surrounding spaces aside).
    pub fn confirms_erase(&self, typed: String) -> bool {
        let loc = self.inner.lock().unwrap_or_else(|p| p.into_inner()).loc;
        erase::confirms_erase(&loc, &typed)
    }

    /// "Bring back an export" from a phone shell: restores the export at `file` into
    /// this companion's own store, all or nothing, while the person has written
    /// nothing here yet (a phone just set up: its settings and zone give way to the
    /// export's). Once they have, it is refused (`Import { reason: FolderNotEmpty }`)
    /// and nothing changes, so nothing they wrote is ever replaced. The number of
    /// records written; every screen should reload afterwards.
    pub fn import_here(&self, file: String, passphrase: String) -> Result<u64> {
        let passphrase = Zeroizing::new(passphrase);
        let bytes = import::read_file(export_path(&file)?)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let super::Inner { store, sealer, .. } = &mut *inner;
        let records = import::import_into_store(store, sealer, &bytes, &passphrase)?;
        // The export brought the old phone's zone history; this phone's zone follows it.
        store.note_zone(zone, now)?;
        // And the language the person chose there, if they chose one.
        let chosen = store
            .read(|tx| Ok(crate::language_choice::load(tx, sealer)))
            .ok()
            .flatten();
        if let Some(lang) = chosen {
            inner.loc = crate::l10n::Localizer::new(lang);
        }
        Ok(records)
    }

    /// Restores an encrypted export into the empty data folder of `config` and opens
    /// it. The file is checked and decrypted in memory before anything is created;
    /// on any failure the folder is left empty and the key manager holds no key.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn import_export(
        config: OpenConfig,
        key_manager: Arc<dyn KeyManager>,
        file: String,
        passphrase: String,
    ) -> Result<Arc<Self>> {
        Self::import_export_with_clock(config, key_manager, Arc::new(SystemClock), file, passphrase)
    }

    /// As [`Companion::import_export`], with a given clock.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn import_export_with_clock(
        config: OpenConfig,
        key_manager: Arc<dyn KeyManager>,
        clock: Arc<dyn Clock>,
        file: String,
        passphrase: String,
    ) -> Result<Arc<Self>> {
        let passphrase = Zeroizing::new(passphrase);
        crate::time::parse_zone(&config.zone)?;
        import_file(
            Path::new(&config.data_dir),
            key_manager.as_ref(),
            export_path(&file)?,
            &passphrase,
        )?;
        Self::open_with_clock(config, key_manager, clock)
    }
}

impl Companion {
    /// [`Companion::export_encrypted`] with chosen Argon2id costs: tests and the
    /// importer's fuzzing use small ones. Costs the importer would refuse are refused.
    pub fn export_encrypted_with(
        &self,
        path: String,
        passphrase: String,
        kdf: KdfParams,
    ) -> Result<ExportSummary> {
        let passphrase = Zeroizing::new(passphrase);
        check_passphrase(&passphrase)?;
        let target = export_path(&path)?;
        crate::portable::format::check_kdf(kdf)?;
        let bytes = {
            let mut inner = self.lock()?;
            let super::Inner { store, sealer, .. } = &mut *inner;
            let (payload, records, unreadable) = store.read(|tx| export::collect(tx, sealer))?;
            let bytes = export::encrypt(&payload, &passphrase, kdf)?;
            (bytes, records, unreadable)
        };
        export::write_atomically(target, &bytes.0)?;
        Ok(ExportSummary {
            path,
            bytes: bytes.0.len() as u64,
            records: bytes.1,
            unreadable: bytes.2,
        })
    }
}

/// Restores the export file at `file` into the empty folder `dir`; the number of
/// records written. What [`Companion::import_export`] does before opening.
pub fn import_file(
    dir: &Path,
    key_manager: &dyn KeyManager,
    file: &Path,
    passphrase: &str,
) -> Result<u64> {
    if dir.as_os_str().is_empty() {
        return Err(StegvisError::invalid(Field::DataDir, InvalidReason::Empty));
    }
    let bytes = import::read_file(file)?;
    import::import_into(dir, key_manager, &bytes, passphrase)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{FileKeyManager, FixedClock, Lang, LifeArea, NewGoal};

    fn contains(haystack: &[u8], needle: &str) -> bool {
        haystack
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
    }

    /// Before the files are removed, the wipe has already overwritten what was
    /// there: ids are clear columns, and not one is left in the database or its WAL.
    #[test]
    fn the_wipe_overwrites_before_anything_is_removed() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        let c = Companion::open_with_clock(
            OpenConfig {
                data_dir: dir.display().to_string(),
                zone: "Europe/Oslo".to_owned(),
                language: Lang::En,
            },
            Arc::new(FileKeyManager::new(root.path().join("key"))),
            Arc::new(FixedClock(chrono::DateTime::UNIX_EPOCH)),
        )
        .unwrap();
        let mut ids = Vec::new();
        for n in 0..40 {
            let goal = c
                .add_goal(NewGoal {
                    text: format!("Goal {n}"),
                    why: None,
                    area: LifeArea::Health,
                })
                .unwrap();
            ids.push(goal.id);
        }
        let files = || {
            let db = crate::store::database_path(&dir);
            let mut all = std::fs::read(&db).unwrap_or_default();
            all.extend(std::fs::read(import::sibling(&db, "-wal")).unwrap_or_default());
            all
        };
        assert!(ids.iter().all(|id| contains(&files(), id)));
        erase::wipe(&mut c.lock().unwrap().store).unwrap();
        let left = files();
        assert!(!left.is_empty(), "the files are still there to look at");
        assert!(!ids.iter().any(|id| contains(&left, id)));
    }
}
