//! The last days of doses of one medication, as a person reads them: each planned
//! dose with its local time and what happened (taken when, skipped and why, snoozed,
//! not logged), and doses taken outside the schedule.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use rusqlite::Connection;
use uuid::Uuid;

use super::actions::Planning;
use super::db::{self, DoseLog};
use super::model::{DoseDay, DoseLine, DoseState, DoseStatus, Occurrence};
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};
use crate::store::Sealer;
use crate::time::Timestamp;

/// Days `meds show` looks back.
pub const HISTORY_DAYS: u32 = 14;
/// The longest history one request may ask for.
pub const MAX_HISTORY_DAYS: u32 = 366;

/// What the history needs from the caller.
pub(crate) struct HistoryAsk<'a> {
    pub now: Timestamp,
    pub today: NaiveDate,
    pub device: Tz,
    pub loc: &'a Localizer,
}

fn local_time(at: Timestamp, device: Tz, loc: &Localizer) -> String {
    loc.time(at.with_timezone(&device).time())
}

fn planned_line(occ: &Occurrence, log: Option<&DoseLog>, ask: &HistoryAsk<'_>) -> DoseLine {
    let loc = ask.loc;
    let time = local_time(occ.at, ask.device, loc);
    let reason = log
        .filter(|l| l.status == DoseStatus::Skipped)
        .and_then(|l| l.body.reason.clone());
    let (state, text) = match occ.status {
        Some(DoseStatus::Taken) => (
            DoseState::Taken,
            loc.ta(
                "dose-line-taken",
                &Args::new().text("time", time.clone()).text(
                    "taken",
                    local_time(occ.taken_at.unwrap_or(occ.at), ask.device, loc),
                ),
            ),
        ),
        Some(DoseStatus::Skipped) => (
            DoseState::Skipped,
            match &reason {
                Some(r) => loc.ta(
                    "dose-line-skipped-reason",
                    &Args::new()
                        .text("time", time.clone())
                        .text("reason", r.clone()),
                ),
                None => loc.ta("dose-line-skipped", &Args::new().text("time", time.clone())),
            },
        ),
        Some(DoseStatus::Snoozed) => (
            DoseState::Snoozed,
            loc.ta(
                "dose-line-snoozed",
                &Args::new().text("time", time.clone()).text(
                    "until",
                    local_time(occ.snoozed_until.unwrap_or(occ.at), ask.device, loc),
                ),
            ),
        ),
        None if occ.at <= ask.now => (
            DoseState::Missed,
            loc.ta("dose-line-missed", &Args::new().text("time", time.clone())),
        ),
        None => (
            DoseState::NotLogged,
            loc.ta(
                "dose-line-not-logged",
                &Args::new().text("time", time.clone()),
            ),
        ),
    };
    DoseLine {
        occurrence_id: Some(occ.id.clone()),
        at: occ.at,
        time,
        state,
        amount: occ.amount,
        taken_at: occ.taken_at,
        reason,
        text,
    }
}

/// Doses of `medication_id` on the `days` local days up to today, newest day first;
/// every day is listed, an empty one with no doses.
pub(crate) fn build(
    conn: &Connection,
    sealer: &Sealer,
    planning: &Planning,
    medication_id: Uuid,
    days: u32,
    ask: &HistoryAsk<'_>,
) -> Result<Vec<DoseDay>, StegvisError> {
    let days = days.clamp(1, MAX_HISTORY_DAYS);
    let from = ask.today - Duration::days(i64::from(days) - 1);
    let units = planning
        .meds
        .get(&medication_id)
        .map_or(1, |m| m.body.units_per_dose);
    let occurrences: Vec<Occurrence> = planning
        .occurrences(conn, from, ask.today, Some(medication_id))?
        .into_iter()
        .filter(|o| planning.counts(o))
        .collect();
    // A medicine without schedules is taken when needed: its doses are not "extra".
    let unplanned_line = if planning.plans(Some(medication_id)).is_empty() {
        "dose-line-as-needed"
    } else {
        "dose-line-extra"
    };
    let logs = db::doses_of(conn, sealer, medication_id, from, ask.today)?;
    let by_key: HashMap<String, &DoseLog> = logs
        .iter()
        .filter_map(|l| {
            let (schedule, slot) = (l.schedule_id?, l.slot?);
            Some((super::occurrence_id(schedule, l.date, slot), l))
        })
        .collect();
    let mut out = Vec::new();
    let mut date = ask.today;
    while date >= from {
        let key = date.to_string();
        let mut lines: Vec<DoseLine> = occurrences
            .iter()
            .filter(|o| o.local_date == key)
            .map(|o| planned_line(o, by_key.get(&o.id).copied(), ask))
            .collect();
        lines.extend(
            logs.iter()
                .filter(|l| l.schedule_id.is_none() && l.date == date)
                .map(|l| {
                    let time = local_time(l.at, ask.device, ask.loc);
                    DoseLine {
                        occurrence_id: None,
                        at: l.at,
                        text: ask
                            .loc
                            .ta(unplanned_line, &Args::new().text("time", time.clone())),
                        time,
                        state: DoseState::Extra,
                        amount: l.body.units.unwrap_or(units),
                        taken_at: Some(l.at),
                        reason: None,
                    }
                }),
        );
        lines.sort_by_key(|l| l.at);
        out.push(DoseDay {
            label: ask.loc.date_near(date, ask.today),
            date: key,
            doses: lines,
        });
        date -= Duration::days(1);
    }
    Ok(out)
}
