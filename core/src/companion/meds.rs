//! Medicines, schedules, the dose log, adherence and notes for the doctor.

use super::{id, Companion, Inner};
use crate::error::{Field, InvalidReason, Result, StegvisError};
use crate::meds::{
    self, Adherence, AsNeededDose, DoctorNote, DoseAction, DoseDay, MedStatus, Medication,
    MedicationEdit, NewMedication, NewSchedule, Occurrence, ScheduleEdit, TakenDose,
};
use crate::time;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// Adds a medication; schedules are added separately (none: taken when needed).
    pub fn add_medication(&self, medication: NewMedication) -> Result<Medication> {
        let now = self.now();
        let id = {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::add_medication(tx, sealer, now, &medication))?
        };
        self.medication(id.to_string())
    }

    /// Changes a medication's words, count, units per dose or refill days.
    pub fn edit_medication(
        &self,
        medication_id: String,
        edit: MedicationEdit,
    ) -> Result<Medication> {
        let med = id(&medication_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::edit_medication(tx, sealer, now, med, &edit))?;
        }
        self.medication(medication_id)
    }

    /// Pauses, stops or resumes a medication; its history stays.
    pub fn set_medication_status(
        &self,
        medication_id: String,
        status: MedStatus,
    ) -> Result<Medication> {
        let med = id(&medication_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::set_status(tx, sealer, now, med, status))?;
        }
        self.medication(medication_id)
    }

    /// One medication with its schedules.
    pub fn medication(&self, medication_id: String) -> Result<Medication> {
        let med = id(&medication_id)?;
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let row = meds::db::load_med(tx, sealer, med)?;
            let schedules = meds::db::list_schedules(tx, sealer)?;
            Ok(meds::views::medication(&row, &schedules, &loc))
        })
    }

    /// Every medication (stopped ones too when asked), oldest first.
    pub fn list_medications(&self, include_stopped: bool) -> Result<Vec<Medication>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let schedules = meds::db::list_schedules(tx, sealer)?;
            Ok(meds::db::list_meds(tx, sealer)?
                .iter()
                .filter(|m| include_stopped || m.status != MedStatus::Stopped)
                .map(|m| meds::views::medication(m, &schedules, &loc))
                .collect())
        })
    }

    /// Adds a schedule to a medication.
    pub fn add_schedule(&self, medication_id: String, schedule: NewSchedule) -> Result<Medication> {
        let med = id(&medication_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let today = time::local_date(now, inner.zone);
            let Inner { store, sealer, .. } = &mut *inner;
            store
                .write(|tx| meds::actions::add_schedule(tx, sealer, now, today, med, &schedule))?;
        }
        self.medication(medication_id)
    }

    /// Changes a schedule. A change of times or days applies from today on: the days
    /// already lived keep what was planned then, and no logged dose is lost.
    pub fn edit_schedule(&self, schedule_id: String, edit: ScheduleEdit) -> Result<Medication> {
        let schedule = id(&schedule_id)?;
        let now = self.now();
        let med = {
            let mut inner = self.lock()?;
            let zone = inner.zone;
            let today = time::local_date(now, zone);
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| {
                meds::schedule_change::edit_schedule(tx, sealer, now, today, zone, schedule, &edit)
            })?
        };
        self.medication(med.to_string())
    }

    /// Ends a schedule after `last_day` (`YYYY-MM-DD`, today when empty); its
    /// history stays.
    pub fn end_schedule(
        &self,
        schedule_id: String,
        last_day: Option<String>,
    ) -> Result<Medication> {
        let schedule = id(&schedule_id)?;
        let now = self.now();
        let med = {
            let mut inner = self.lock()?;
            let today = time::local_date(now, inner.zone);
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| {
                meds::schedule_change::end_schedule(
                    tx,
                    sealer,
                    today,
                    schedule,
                    last_day.as_deref(),
                )
            })?
        };
        self.medication(med.to_string())
    }

    /// Deletes a schedule made by mistake. One with logged doses is refused
    /// (`ScheduleHasLoggedDoses`): end it instead, so they are kept.
    pub fn remove_schedule(&self, schedule_id: String) -> Result<Medication> {
        let schedule = id(&schedule_id)?;
        let med = {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::schedule_change::remove_schedule(tx, sealer, schedule))?
        };
        self.medication(med.to_string())
    }

    /// Planned doses on local dates `from..=to` (`YYYY-MM-DD`), in UTC order.
    pub fn occurrences(&self, from: String, to: String) -> Result<Vec<Occurrence>> {
        let from = time::parse_date(&from, Field::StartDate)?;
        let to = time::parse_date(&to, Field::EndDate)?;
        if to < from {
            return Err(StegvisError::invalid(Field::EndDate, InvalidReason::InPast));
        }
        if (to - from).num_days() > meds::MAX_RANGE_DAYS {
            return Err(StegvisError::invalid(
                Field::EndDate,
                InvalidReason::OutOfRange {
                    min: 0,
                    max: meds::MAX_RANGE_DAYS,
                },
            ));
        }
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            meds::actions::Planning::load(tx, sealer, zone)?.occurrences(tx, from, to, None)
        })
    }

    /// Logs a planned dose as taken, skipped or snoozed. Logging the same again
    /// changes nothing; a dose taken or skipped changes only by [`Self::undo_dose`]
    /// (anything else is a `DoseAlreadyLogged` conflict). A dose can be taken from
    /// the start of its day or 12 hours before it, whichever is earlier.
    pub fn log_dose(&self, occurrence_id: String, action: DoseAction) -> Result<Occurrence> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| meds::dosing::log_dose(tx, sealer, now, zone, &occurrence_id, &action))
    }

    /// Brings a logged dose back to "not logged"; a taken one puts its units back on
    /// the count. The explicit correction of a dose logged by mistake.
    pub fn undo_dose(&self, occurrence_id: String) -> Result<Occurrence> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| meds::dosing::undo_dose(tx, sealer, now, zone, &occurrence_id))
    }

    /// "I took my medicine": on a scheduled medicine, logs the dose that is due or
    /// just missed; with none, a `NoDoseDue` conflict unless `extra` asks for a dose
    /// outside the schedule. A medicine without schedules logs a when-needed dose.
    pub fn take_medication(
        &self,
        medication_id: String,
        at: Option<time::Timestamp>,
        extra: bool,
    ) -> Result<TakenDose> {
        let med = id(&medication_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| meds::dosing::take_medication(tx, sealer, now, zone, med, at, extra))
    }

    /// Logs a dose of a medication taken when needed (or an extra one).
    pub fn take_as_needed(
        &self,
        medication_id: String,
        at: Option<time::Timestamp>,
    ) -> Result<AsNeededDose> {
        let med = id(&medication_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        let taken_at =
            store.write(|tx| meds::dosing::take_as_needed(tx, sealer, now, zone, med, at))?;
        Ok(AsNeededDose {
            medication_id,
            taken_at,
        })
    }

    /// The doses of the last `days` days (14 in `meds show`), newest day first: each
    /// planned dose with its local time and what happened, skip reasons included,
    /// and doses taken outside the schedule.
    pub fn medication_history(&self, medication_id: String, days: u32) -> Result<Vec<DoseDay>> {
        let med = id(&medication_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let loc = inner.loc;
        let today = time::local_date(now, zone);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            meds::db::load_med(tx, sealer, med)?;
            let planning = meds::actions::Planning::load(tx, sealer, zone)?;
            let ask = meds::history::HistoryAsk {
                now,
                today,
                device: zone,
                loc: &loc,
            };
            meds::history::build(tx, sealer, &planning, med, days, &ask)
        })
    }

    /// Planned doses taken over the last `days` days, per medication and overall.
    pub fn adherence(&self, days: u32) -> Result<Adherence> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let loc = inner.loc;
        let today = time::local_date(now, zone);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let planning = meds::actions::Planning::load(tx, sealer, zone)?;
            meds::adherence::build(tx, &planning, now, today, days, &loc)
        })
    }

    /// Adds a note for the next talk with the doctor, about one medication or none.
    pub fn add_doctor_note(
        &self,
        medication_id: Option<String>,
        text: String,
    ) -> Result<DoctorNote> {
        let med = medication_id.as_deref().map(id).transpose()?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        let (note, body) =
            store.write(|tx| meds::actions::add_note(tx, sealer, now, today, med, &text))?;
        Ok(DoctorNote {
            id: note.to_string(),
            medication_id,
            date: body.date.to_string(),
            date_label: loc.date_near(body.date, today),
            text: body.text,
        })
    }

    /// Every note for the doctor, oldest first, for printing or showing.
    pub fn doctor_notes(&self) -> Result<Vec<DoctorNote>> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(meds::db::list_notes(tx, sealer)?
                .into_iter()
                .map(|(id, med, body)| DoctorNote {
                    id: id.to_string(),
                    medication_id: med.map(|m| m.to_string()),
                    date: body.date.to_string(),
                    date_label: loc.date_near(body.date, today),
                    text: body.text,
                })
                .collect())
        })
    }
}

/// A whole number about a medicine as typed on a phone (count, units per dose, days);
/// `None` when empty. Anything else ("1.5", "2 tablets") is refused naming `field`:
/// a dose is never guessed.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn parse_med_number(text: String, field: crate::error::Field) -> Result<Option<i64>> {
    crate::meds::parse_whole_number(&text, field)
}

/// The amounts for each time as typed on a phone ("1, 2"); `None` when empty (the usual
/// dose). Decimals ("1,5", "0.5") are refused, never read as two amounts or as 15.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn parse_med_amounts(text: String) -> Result<Option<Vec<i64>>> {
    crate::meds::parse_amounts(&text)
}
