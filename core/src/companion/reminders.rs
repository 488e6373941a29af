//! The reminder plan handed to shells, acting on a reminder, and the settings.

use super::{Companion, Inner};
use crate::error::Result;
use crate::meds::DoseAction;
use crate::reminders::{self, ReminderDoses, ReminderPlan, Target};
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
            reminders::build(&reminders::Ctx {
                conn: tx,
                sealer,
                now,
                zone,
                settings: &settings,
                loc: &loc,
            })
        })
    }

    /// Takes, skips or snoozes every dose of a dose or snooze reminder (its id, e.g.
    /// `dose:2026-11-23T07:00Z`) in one step. Doses already taken or skipped stay as
    /// they were and are listed as unchanged; if one dose is refused, none changes.
    pub fn log_reminder_doses(
        &self,
        reminder_id: String,
        action: DoseAction,
    ) -> Result<ReminderDoses> {
        self.act_on_doses(Target::Reminder(&reminder_id), &action)
    }

    /// As [`Companion::log_reminder_doses`], for the doses a reminder listed in
    /// `occurrence_ids` (what a shell kept with the notification).
    pub fn log_doses(
        &self,
        occurrence_ids: Vec<String>,
        action: DoseAction,
    ) -> Result<ReminderDoses> {
        self.act_on_doses(Target::Occurrences(&occurrence_ids), &action)
    }

    /// The reminder settings; the check-in time reads 20:00 until the person chooses.
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| Ok(settings::load(tx, sealer)?.public()))
    }

    /// Changes the reminder settings; `checkin_time: None` turns the check-in
    /// reminder off, and it stays off until a time is set.
    pub fn set_reminder_settings(&self, settings: ReminderSettings) -> Result<ReminderSettings> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| {
            let stored = settings::load(tx, sealer)?.with(&settings)?;
            settings::save(tx, sealer, &stored)?;
            Ok(stored.public())
        })
    }
}

impl Companion {
    fn act_on_doses(&self, target: Target<'_>, action: &DoseAction) -> Result<ReminderDoses> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| reminders::act(tx, sealer, now, zone, target, action))
    }
}
