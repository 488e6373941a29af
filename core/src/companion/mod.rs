//! The [`Companion`] facade: one open data folder, its clock, zone and language, and
//! the lock that makes each user action one step. Each capability adds its methods in
//! its own file, as an exported `impl Companion` block.

mod first_run;
mod goals;
mod health;
mod history;
mod meds;
mod modules;
mod plan;
mod portable;
mod progress;
mod reminders;
mod repeat;
mod report_choices;
mod scale;
mod sharing;
mod shell;
mod signs;
mod today;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono_tz::Tz;
use uuid::Uuid;

pub use goals::{GoalFilter, LifeAreaOption};
pub use meds::{parse_med_amounts, parse_med_number};
pub use portable::import_file;
pub use repeat::parse_step_repeat;
pub use report_choices::ReportPeriodChoice;
pub use scale::ScaleSaved;
pub use shell::shell_text_for;

use crate::crypto::KeyManager;
use crate::error::{Result, StegvisError};
use crate::goals::views;
use crate::l10n::Args;
use crate::l10n::{Lang, Localizer};
use crate::store::{self, RecordKind, Sealer, Store, UnreadableRecords};
use crate::time::{self, Clock, SystemClock, Timestamp};
use crate::validate;

/// Where and how to open a companion.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OpenConfig {
    /// The data folder; created if missing.
    pub data_dir: String,
    /// The device's IANA zone, e.g. `Europe/Oslo`.
    pub zone: String,
    pub language: Lang,
}

struct Inner {
    store: Store,
    sealer: Sealer,
    zone: Tz,
    loc: Localizer,
    /// Set once everything was erased: every later call is refused.
    erased: bool,
}

/// The companion: one open data folder.
///
/// Named `StegvisCompanion` in Kotlin and Swift: Kotlin reserves `Companion` for the
/// nested object that holds a class's constructors.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
#[cfg_attr(feature = "uniffi", uniffi(name = "StegvisCompanion"))]
pub struct Companion {
    inner: Mutex<Inner>,
    clock: Arc<dyn Clock>,
    data_dir: PathBuf,
    /// Kept so erasing everything can delete the key too.
    key_manager: Arc<dyn KeyManager>,
}

impl std::fmt::Debug for Companion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Companion").finish_non_exhaustive()
    }
}

/// "2 entries could not be read", or for the plan, that an older version is shown.
fn unreadable_label(kind: RecordKind, count: u32, loc: &Localizer) -> String {
    let id = match kind {
        RecordKind::PlanVersion => "unreadable-plan-versions",
        RecordKind::Settings => "unreadable-settings",
        _ => "unreadable-records",
    };
    loc.ta(id, &Args::new().num("count", i64::from(count)))
}

/// Parses an id argument; a malformed one is a typed error naming `id`.
fn id(text: &str) -> Result<Uuid> {
    validate::id(text)
}

impl Companion {
    fn lock(&self) -> Result<MutexGuard<'_, Inner>> {
        // A panic while holding the lock cannot leave a half-written transaction
        // (SQLite rolls it back), so a poisoned lock is safe to keep using.
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.erased {
            return Err(StegvisError::Erased);
        }
        // Once a day, also in a process that stays open for days.
        inner.store.check_daily(self.now());
        Ok(inner)
    }

    fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The data folder this companion was opened on.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    fn here(inner: &Inner, now: Timestamp) -> views::Here {
        views::Here {
            today: time::local_date(now, inner.zone),
            zone: inner.zone,
            loc: inner.loc,
        }
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// Opens (or creates) the data folder with the system clock.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn open(config: OpenConfig, key_manager: Arc<dyn KeyManager>) -> Result<Arc<Self>> {
        Self::open_with_clock(config, key_manager, Arc::new(SystemClock))
    }

    /// Opens with a given clock: tests and demonstrations fix "now" this way.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn open_with_clock(
        config: OpenConfig,
        key_manager: Arc<dyn KeyManager>,
        clock: Arc<dyn Clock>,
    ) -> Result<Arc<Self>> {
        let zone = time::parse_zone(&config.zone)?;
        // The folder is taken as given: trimming here would put the database in
        // another folder than the one a shell puts the key in.
        let data_dir = PathBuf::from(&config.data_dir);
        let (mut store, sealer) = store::open_store(&data_dir, key_manager.as_ref())?;
        // Before anything is written: a damaged file takes no new writes.
        store.check_daily(clock.now());
        // Writes only if the zone changed; if it cannot be written now (read-only,
        // busy), it is recorded with the next write and reading goes on.
        store.note_zone(zone, clock.now())?;
        // The person's own choice of language wins over the device's.
        let language = store
            .read(|tx| Ok(crate::language_choice::load(tx, &sealer)))
            .ok()
            .flatten()
            .unwrap_or(config.language);
        Ok(Arc::new(Self {
            inner: Mutex::new(Inner {
                store,
                sealer,
                zone,
                loc: Localizer::new(language),
                erased: false,
            }),
            clock,
            data_dir,
            key_manager,
        }))
    }

    /// The device's zone changed (travel, or the person changed it). Follow-the-device
    /// schedules re-plan what is still to come; the past and pinned schedules stay.
    /// When the database cannot be written just now (read-only, busy), the change is
    /// kept and recorded with the next write that succeeds.
    pub fn set_zone(&self, zone: String) -> Result<()> {
        let tz = time::parse_zone(&zone)?;
        let now = self.now();
        let mut inner = self.lock()?;
        inner.store.note_zone(tz, now)?;
        inner.zone = tz;
        Ok(())
    }

    /// How many stored records of each kind no longer open (their bytes were changed
    /// on disk), with a sentence for people. Kinds with none are left out. Lists and
    /// views leave such records out; this says that they did. Reads only.
    pub fn unreadable_records(&self) -> Result<Vec<UnreadableRecords>> {
        self.unreadable_records_of(RecordKind::ALL.to_vec())
    }

    /// As [`Companion::unreadable_records`], for only the kinds a view shows: each kind
    /// counted means opening every record of it, so a view asks only about its own.
    pub fn unreadable_records_of(&self, kinds: Vec<RecordKind>) -> Result<Vec<UnreadableRecords>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let mut found = Vec::new();
            for kind in RecordKind::ALL.into_iter().filter(|k| kinds.contains(k)) {
                let count = store::count_unreadable(tx, sealer, kind)?;
                if count > 0 {
                    found.push(UnreadableRecords {
                        kind,
                        count,
                        label: unreadable_label(kind, count, &loc),
                    });
                }
            }
            Ok(found)
        })
    }

    /// The person chose another language.
    pub fn set_language(&self, language: Lang) -> Result<()> {
        self.lock()?.loc = Localizer::new(language);
        Ok(())
    }

    /// The error as a sentence for people, in the current language.
    /// Never fails, so a shell can always tell the person what happened.
    pub fn describe_error(&self, error: StegvisError) -> String {
        // Still answers after an erase: the person must be told what happened.
        let loc = self.inner.lock().unwrap_or_else(|p| p.into_inner()).loc;
        crate::describe_error(&error, &loc)
    }
}
