//! The reminder plan handed to shells, and its settings.

use super::{Companion, Inner};
use crate::error::Result;
use crate::reminders::{self, ReminderPlan};
use crate::settings::{self, ReminderSettings};

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The notifications a shell must have scheduled now. See [`reminders`].
    pub fn reminder_plan(&self) -> Result<ReminderPlan> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let settings = settings::load(tx, sealer)?;
            reminders::build(tx, sealer, now, zone, &settings, &loc)
        })
    }

    /// The reminder settings.
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| settings::load(tx, sealer))
    }

    /// Changes the reminder settings.
    pub fn set_reminder_settings(&self, settings: ReminderSettings) -> Result<ReminderSettings> {
        let settings = settings.validated()?;
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| settings::save(tx, sealer, &settings))?;
        Ok(settings)
    }
}
