//! Rows to records, with localized labels.

use super::db::{MedRow, ScheduleRow};
use super::model::{Medication, Schedule};
use crate::l10n::Localizer;

pub(crate) fn schedule(row: &ScheduleRow, units_per_dose: u32, loc: &Localizer) -> Schedule {
    Schedule {
        id: row.id.to_string(),
        medication_id: row.medication_id.to_string(),
        times: row
            .body
            .times
            .iter()
            .map(|t| t.format("%H:%M").to_string())
            .collect(),
        amounts: row
            .body
            .times
            .iter()
            .map(|t| row.body.amount(*t, units_per_dose))
            .collect(),
        repeat: row.body.repeat.clone(),
        start_date: row.body.start.map(|d| d.to_string()).unwrap_or_default(),
        end_date: row.body.end.map(|d| d.to_string()),
        zone_policy: row.body.zone_policy.clone(),
        description: row.body.describe(loc),
    }
}

pub(crate) fn medication(row: &MedRow, schedules: &[ScheduleRow], loc: &Localizer) -> Medication {
    let schedules: Vec<Schedule> = schedules
        .iter()
        .filter(|s| s.medication_id == row.id)
        .map(|s| schedule(s, row.body.units_per_dose, loc))
        .collect();
    Medication {
        id: row.id.to_string(),
        name: row.body.name.clone(),
        dose: row.body.dose.clone(),
        form: row.body.form.clone(),
        cue: row.body.cue.clone(),
        status: row.status,
        status_name: loc.t(&format!("med-status-{}", row.status.key())),
        count_on_hand: row.body.count_on_hand,
        units_per_dose: row.body.units_per_dose,
        refill_days: row.body.refill_days,
        as_needed: schedules.is_empty(),
        schedules,
        created_at: row.created_at,
    }
}
