//! Planned doses taken per month, overall and per medicine. The counting is the
//! adherence view's (`meds::adherence::count`), run once per calendar month.

use std::collections::HashMap;

use rusqlite::Connection;
use uuid::Uuid;

use super::period::Period;
use crate::error::StegvisError;
use crate::l10n::Localizer;
use crate::meds::actions::Planning;
use crate::meds::adherence;
use crate::progress::{AdherenceMonth, AdherenceSummary, MedicineAdherence};
use crate::time::Timestamp;

/// (planned, taken, skipped) per medication for one month of the period.
pub type MonthCounts = HashMap<Uuid, (u32, u32, u32)>;

pub(crate) fn medicines_summary(
    conn: &Connection,
    planning: &Planning,
    now: Timestamp,
    period: &Period,
    loc: &Localizer,
) -> Result<AdherenceSummary, StegvisError> {
    let months = period.months();
    let mut counted = Vec::with_capacity(months.len());
    for m in &months {
        counted.push((*m, adherence::count(conn, planning, now, m.from, m.to)?));
    }
    let meds = adherence::listed(planning, &|id| {
        counted.iter().any(|(_, c)| c.contains_key(&id))
    });
    let named: Vec<(Uuid, String)> = meds.iter().map(|m| (m.id, m.body.name.clone())).collect();
    Ok(from_counts(&counted, &named, loc))
}

/// The summary from counts already made: `months` with their counts, `meds` in the
/// medicines list's order.
pub fn from_counts(
    months: &[(Period, MonthCounts)],
    meds: &[(Uuid, String)],
    loc: &Localizer,
) -> AdherenceSummary {
    let month = |m: &Period, (planned, taken, skipped): (u32, u32, u32)| AdherenceMonth {
        month: m.from.format("%Y-%m").to_string(),
        label: loc.month_year(m.from),
        planned,
        taken,
        skipped,
        percent: (planned > 0).then(|| f64::from(taken) * 100.0 / f64::from(planned)),
        percent_label: if planned > 0 {
            percent_label(loc, f64::from(taken) * 100.0 / f64::from(planned))
        } else {
            super::NONE.to_owned()
        },
    };
    AdherenceSummary {
        months: months
            .iter()
            .map(|(m, c)| {
                let all = c
                    .values()
                    .fold((0, 0, 0), |a, x| (a.0 + x.0, a.1 + x.1, a.2 + x.2));
                month(m, all)
            })
            .collect(),
        medicines: meds
            .iter()
            .map(|(id, name)| MedicineAdherence {
                medication_id: id.to_string(),
                name: name.clone(),
                months: months
                    .iter()
                    .map(|(m, c)| month(m, c.get(id).copied().unwrap_or_default()))
                    .collect(),
            })
            .collect(),
    }
}

/// "92 %" (or "92%" in English), rounded to a whole percent: the one wording of a
/// share of doses, on the screens, in the terminal and in the PDF.
pub(crate) fn percent_label(loc: &Localizer, value: f64) -> String {
    loc.ta(
        "report-percent",
        &crate::l10n::Args::new().num("value", value.round() as i64),
    )
}
