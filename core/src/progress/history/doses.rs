//! Doses: every planned dose of the days asked about (from the same occurrences
//! adherence counts, so "taken of planned" agrees with it), and doses taken when
//! needed. Dose rows are read through their ISO-week index.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::meds::actions::Planning;
use crate::meds::{db, DoseState, DoseStatus};
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    let span = found.span;
    let planning = Planning::load(conn, sealer, span.zone)?;
    if planning.meds.is_empty() {
        return Ok(());
    }
    let name = |id: &str| {
        planning
            .meds
            .values()
            .find(|m| m.id.to_string() == id)
            .map(|m| m.body.name.clone())
            .unwrap_or_default()
    };
    for occ in planning.occurrences(conn, span.from, span.to, None)? {
        if !planning.counts(&occ) {
            continue;
        }
        let Ok(day) = NaiveDate::parse_from_str(&occ.local_date, "%Y-%m-%d") else {
            continue;
        };
        let state = match occ.status {
            Some(DoseStatus::Taken) => DoseState::Taken,
            Some(DoseStatus::Skipped) => DoseState::Skipped,
            Some(DoseStatus::Snoozed) => DoseState::Snoozed,
            None if occ.at <= span.now => DoseState::Missed,
            None => DoseState::NotLogged,
        };
        let at = match state {
            DoseState::Taken => occ.taken_at.unwrap_or(occ.at),
            _ => occ.at,
        };
        found.add(
            day,
            Some(at),
            HistoryEntry::Dose {
                medicine: name(&occ.medication_id),
                medication_id: occ.medication_id,
                slot: Some(occ.slot),
                state,
            },
        );
    }
    for med in planning.meds.values() {
        for dose in db::doses_of(conn, sealer, med.id, span.from, span.to)? {
            if dose.schedule_id.is_some() || dose.status != DoseStatus::Taken {
                continue;
            }
            found.add(
                dose.date,
                Some(dose.at),
                HistoryEntry::Dose {
                    medication_id: med.id.to_string(),
                    medicine: med.body.name.clone(),
                    slot: None,
                    state: DoseState::Extra,
                },
            );
        }
    }
    Ok(())
}
