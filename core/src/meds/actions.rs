//! What a person does with medications, inside the caller's transaction.

use std::collections::HashMap;

use chrono::NaiveDate;
use chrono_tz::Tz;
use rusqlite::Connection;
use uuid::Uuid;

use super::db::{self, MedBody, MedRow, NoteBody};
use super::model::{MedStatus, MedicationEdit, NewMedication, NewSchedule, Occurrence};
use super::occurrence::{self, LogKey, Plan};
use super::schedule::ScheduleBody;
use crate::error::{ConflictReason, Field, InvalidReason, StegvisError};
use crate::store::device_zones;
use crate::store::Sealer;
use crate::time::{parse_date, Timestamp};
use crate::validate::{self, MAX_LABEL};

/// Snoozes the app offers, in minutes.
pub const SNOOZE_MINUTES: [u32; 3] = [10, 30, 60];
/// Most units on hand the app keeps count of.
pub const MAX_COUNT: i64 = 100_000;

/// What the person did with a planned dose.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DoseAction {
    /// Taken; at `at`, or now when empty.
    Take {
        at: Option<crate::time::Timestamp>,
    },
    Skip {
        reason: Option<String>,
    },
    /// Remind again in 10, 30 or 60 minutes.
    Snooze {
        minutes: u32,
    },
}

fn opt_text(text: Option<&str>, field: Field) -> Result<Option<String>, StegvisError> {
    validate::optional(text, field, MAX_LABEL)
}

fn count(value: i64, field: Field, min: i64, max: i64) -> Result<u32, StegvisError> {
    Ok(validate::in_range(value, field, min, max)? as u32)
}

pub(crate) fn add_medication(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    input: &NewMedication,
) -> Result<Uuid, StegvisError> {
    let body = MedBody {
        name: validate::bounded(&input.name, Field::MedName, MAX_LABEL)?,
        dose: opt_text(input.dose.as_deref(), Field::MedDose)?,
        form: opt_text(input.form.as_deref(), Field::MedForm)?,
        cue: opt_text(input.cue.as_deref(), Field::MedCue)?,
        count_on_hand: input
            .count_on_hand
            .map(|c| count(c, Field::Count, 0, MAX_COUNT))
            .transpose()?,
        units_per_dose: input
            .units_per_dose
            .map(|u| count(u, Field::UnitsPerDose, 1, 100))
            .transpose()?
            .unwrap_or(1),
        refill_days: input
            .refill_days
            .map(|d| count(d, Field::RefillDays, 0, 365))
            .transpose()?,
        status_history: vec![(now, MedStatus::Active)],
    };
    db::insert_med(conn, sealer, &body, now)
}

pub(crate) fn edit_medication(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    id: Uuid,
    edit: &MedicationEdit,
) -> Result<(), StegvisError> {
    let mut row = db::load_med(conn, sealer, id)?;
    let b = &mut row.body;
    if let Some(name) = &edit.name {
        b.name = validate::bounded(name, Field::MedName, MAX_LABEL)?;
    }
    if let Some(v) = &edit.dose {
        b.dose = opt_text(Some(v), Field::MedDose)?;
    }
    if let Some(v) = &edit.form {
        b.form = opt_text(Some(v), Field::MedForm)?;
    }
    if let Some(v) = &edit.cue {
        b.cue = opt_text(Some(v), Field::MedCue)?;
    }
    if let Some(c) = edit.count_on_hand {
        b.count_on_hand = Some(count(c, Field::Count, 0, MAX_COUNT)?);
    }
    if let Some(u) = edit.units_per_dose {
        b.units_per_dose = count(u, Field::UnitsPerDose, 1, 100)?;
    }
    if let Some(d) = edit.refill_days {
        b.refill_days = Some(count(d, Field::RefillDays, 0, 365)?);
    }
    db::update_med(conn, sealer, &row, now)
}

/// Pauses, stops or resumes. A stopped medication can be resumed too: people
/// restart medicines, and its history stays whole.
pub(crate) fn set_status(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    id: Uuid,
    status: MedStatus,
) -> Result<(), StegvisError> {
    let mut row = db::load_med(conn, sealer, id)?;
    if row.status == status {
        return Err(StegvisError::conflict(
            ConflictReason::MedicationAlreadyInState,
        ));
    }
    row.status = status;
    row.body.status_history.push((now, status));
    db::update_med(conn, sealer, &row, now)
}

pub(crate) fn require_not_stopped(row: &MedRow) -> Result<(), StegvisError> {
    if row.status == MedStatus::Stopped {
        Err(StegvisError::conflict(ConflictReason::MedicationStopped))
    } else {
        Ok(())
    }
}

pub(crate) fn add_schedule(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    today: NaiveDate,
    medication_id: Uuid,
    input: &NewSchedule,
) -> Result<Uuid, StegvisError> {
    let body = ScheduleBody::from_input(input)?;
    let med = db::load_med(conn, sealer, medication_id)?;
    require_not_stopped(&med)?;
    let duplicate = db::list_schedules(conn, sealer)?.iter().any(|s| {
        s.medication_id == medication_id
            && s.body.active_on_or_after(today)
            && s.body.same_doses_as(&body)
    });
    if duplicate {
        return Err(StegvisError::conflict(
            ConflictReason::ScheduleAlreadyExists,
        ));
    }
    db::insert_schedule(conn, sealer, medication_id, &body, now)
}

pub(crate) fn add_note(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    today: NaiveDate,
    medication_id: Option<Uuid>,
    text: &str,
) -> Result<(Uuid, NoteBody), StegvisError> {
    let text = validate::required(text, Field::NoteText)?;
    if let Some(id) = medication_id {
        db::load_med(conn, sealer, id)?;
    }
    let body = NoteBody { text, date: today };
    let id = db::insert_note(conn, sealer, medication_id, &body, now)?;
    Ok((id, body))
}

/// Reads `schedule/date/slot`.
pub(crate) fn parse_occurrence(id: &str) -> Result<LogKey, StegvisError> {
    let bad = || StegvisError::invalid(Field::Occurrence, InvalidReason::Malformed);
    let mut parts = id.trim().split('/');
    let (Some(s), Some(d), Some(t), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let schedule = Uuid::parse_str(s).map_err(|_| bad())?;
    let date = parse_date(d, Field::Occurrence).map_err(|_| bad())?;
    let slot = crate::time::parse_wall_time(t, Field::Occurrence).map_err(|_| bad())?;
    Ok((schedule, date, slot))
}

/// Everything needed to generate occurrences: schedules with their medications.
pub(crate) struct Planning<'s> {
    pub meds: HashMap<Uuid, MedRow>,
    /// The medicines in the list's order (added first, first; ties in the order
    /// stored), so every view and report lists them alike.
    pub order: Vec<Uuid>,
    pub schedules: Vec<db::ScheduleRow>,
    pub periods: Vec<crate::time::ZonePeriod>,
    /// Opens the dose log of the days asked about.
    sealer: &'s Sealer,
}

impl<'s> Planning<'s> {
    pub(crate) fn load(
        conn: &Connection,
        sealer: &'s Sealer,
        device: Tz,
    ) -> Result<Self, StegvisError> {
        let listed = db::list_meds(conn, sealer)?;
        Ok(Self {
            sealer,
            order: listed.iter().map(|m| m.id).collect(),
            meds: listed.into_iter().map(|m| (m.id, m)).collect(),
            schedules: db::list_schedules(conn, sealer)?,
            periods: device_zones::periods(conn, sealer, device)?,
        })
    }

    pub(crate) fn plans(&self, only: Option<Uuid>) -> Vec<Plan<'_>> {
        self.schedules
            .iter()
            .filter(|s| only.is_none_or(|m| s.medication_id == m))
            .filter_map(|s| {
                let med = self.meds.get(&s.medication_id)?;
                Some(Plan {
                    schedule_id: s.id,
                    medication_id: s.medication_id,
                    body: &s.body,
                    status_history: &med.body.status_history,
                    units_per_dose: med.body.units_per_dose,
                })
            })
            .collect()
    }

    /// Whether a dose was already planned when it came: adherence, missed doses and
    /// today count only doses from the moment their schedule was made. A logged dose
    /// always counts (one moved to a new schedule by an edit keeps counting).
    pub(crate) fn counts(&self, occ: &Occurrence) -> bool {
        occ.status
            .is_some_and(|s| s != super::model::DoseStatus::Snoozed)
            || self
                .schedules
                .iter()
                .find(|s| s.id.to_string() == occ.schedule_id)
                .is_none_or(|s| occ.at >= s.created_at)
    }

    /// Occurrences on `from..=to` with their logged status.
    pub(crate) fn occurrences(
        &self,
        conn: &Connection,
        from: NaiveDate,
        to: NaiveDate,
        only: Option<Uuid>,
    ) -> Result<Vec<Occurrence>, StegvisError> {
        let logged = db::logged_between(conn, self.sealer, from, to)?;
        Ok(occurrence::generate(
            &self.plans(only),
            from,
            to,
            &self.periods,
            &logged,
        ))
    }
}
