//! Refill warnings: when the count on hand will run out within the person's chosen
//! number of days, going by the schedules.

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;

use super::actions::Planning;
use super::model::DoseStatus;
use crate::error::StegvisError;
use crate::time::Timestamp;

/// How far ahead the count is followed.
const LOOKAHEAD_DAYS: i64 = 120;

/// A medication that will run out soon.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RunningOut {
    pub medication_id: uuid::Uuid,
    pub name: String,
    /// Whole days until the first dose that the count cannot cover.
    pub days_left: i64,
}

pub(crate) fn warnings(
    conn: &Connection,
    planning: &Planning,
    now: Timestamp,
    today: NaiveDate,
) -> Result<Vec<RunningOut>, StegvisError> {
    let mut out = Vec::new();
    let mut meds: Vec<_> = planning.meds.values().collect();
    meds.sort_by_key(|m| m.created_at);
    for med in meds {
        let (Some(count), Some(threshold)) = (med.body.count_on_hand, med.body.refill_days) else {
            continue;
        };
        if med.status != super::model::MedStatus::Active || planning.plans(Some(med.id)).is_empty()
        {
            continue;
        }
        let upcoming = planning.occurrences(
            conn,
            today,
            today + Duration::days(LOOKAHEAD_DAYS),
            Some(med.id),
        )?;
        let mut left = i64::from(count);
        let run_out = upcoming
            .iter()
            .filter(|o| {
                o.at > now
                    && o.status != Some(DoseStatus::Taken)
                    && o.status != Some(DoseStatus::Skipped)
            })
            .find(|_| {
                left -= i64::from(med.body.units_per_dose);
                left < 0
            })
            .and_then(|o| NaiveDate::parse_from_str(&o.local_date, "%Y-%m-%d").ok());
        if let Some(date) = run_out {
            let days_left = (date - today).num_days();
            if days_left <= i64::from(threshold) {
                out.push(RunningOut {
                    medication_id: med.id,
                    name: med.body.name.clone(),
                    days_left,
                });
            }
        }
    }
    Ok(out)
}
