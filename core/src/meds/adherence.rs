//! Adherence: planned doses taken, counting only planned doses whose time has passed
//! and that were planned when they came (not before the schedule was made). The
//! wording stays neutral: it counts, it does not judge.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;
use uuid::Uuid;

use super::actions::Planning;
use super::model::{Adherence, AdherenceLine, DoseStatus};
use crate::error::{Field, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::time::Timestamp;
use crate::validate;

fn line(
    medication_id: Option<Uuid>,
    name: String,
    planned: u32,
    taken: u32,
    skipped: u32,
    loc: &Localizer,
) -> AdherenceLine {
    AdherenceLine {
        medication_id: medication_id.map(|m| m.to_string()),
        name,
        planned,
        taken,
        skipped,
        ratio: (planned > 0).then(|| f64::from(taken) / f64::from(planned)),
        label: if planned == 0 {
            loc.t("adherence-none")
        } else {
            loc.ta(
                "adherence-label",
                &Args::new()
                    .num("taken", taken.into())
                    .num("planned", planned.into()),
            )
        },
    }
}

/// Planned doses per medication on local dates `from..=to`: (planned, taken, skipped).
/// Only doses whose time has passed by `now` and that were planned when they came.
/// The one place planned doses are counted: the adherence view and the progress
/// summary's months both draw from it.
pub(crate) fn count(
    conn: &Connection,
    planning: &Planning,
    now: Timestamp,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<Uuid, (u32, u32, u32)>, StegvisError> {
    let mut counts: HashMap<Uuid, (u32, u32, u32)> = HashMap::new();
    for occ in planning.occurrences(conn, from, to, None)? {
        if occ.at > now || !planning.counts(&occ) {
            continue;
        }
        let med = Uuid::parse_str(&occ.medication_id).unwrap_or_default();
        let entry = counts.entry(med).or_default();
        entry.0 += 1;
        match occ.status {
            Some(DoseStatus::Taken) => entry.1 += 1,
            Some(DoseStatus::Skipped) => entry.2 += 1,
            _ => {}
        }
    }
    Ok(counts)
}

/// The medications an adherence view lists: those with doses counted or with a
/// schedule, oldest first (the order of the medicines list).
pub(crate) fn listed<'p>(
    planning: &'p Planning,
    counted: &dyn Fn(Uuid) -> bool,
) -> Vec<&'p super::db::MedRow> {
    // The list's order, not the map's: two calls (the PDF report and its JSON) must
    // list medicines added in the same instant alike.
    planning
        .order
        .iter()
        .filter_map(|id| planning.meds.get(id))
        .filter(|m| counted(m.id) || !planning.plans(Some(m.id)).is_empty())
        .collect()
}

pub(crate) fn build(
    conn: &Connection,
    planning: &Planning,
    now: Timestamp,
    today: NaiveDate,
    days: u32,
    loc: &Localizer,
) -> Result<Adherence, StegvisError> {
    validate::in_range(i64::from(days), Field::Days, 1, 366)?;
    let from = today - Duration::days(i64::from(days) - 1);
    let counts = count(conn, planning, now, from, today)?;
    let meds = listed(planning, &|id| counts.contains_key(&id));
    let per_medication: Vec<AdherenceLine> = meds
        .iter()
        .map(|m| {
            let (p, t, s) = counts.get(&m.id).copied().unwrap_or_default();
            line(Some(m.id), m.body.name.clone(), p, t, s, loc)
        })
        .collect();
    let (p, t, s) = counts
        .values()
        .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
    Ok(Adherence {
        days,
        overall: line(None, loc.t("adherence-overall"), p, t, s, loc),
        per_medication,
    })
}
