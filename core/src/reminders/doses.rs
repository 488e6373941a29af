//! Doses due at the same minute are one reminder, and acting on that reminder logs
//! them all in one step. Snoozed doses that come back at the same minute are one
//! reminder too.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use rusqlite::Connection;
use serde::Serialize;
use uuid::Uuid;

use super::{Ctx, Reminder, ReminderKind};
use crate::error::{Entity, Field, InvalidReason, StegvisError};
use crate::l10n::Args;
use crate::meds::actions::{self, DoseAction, Planning};
use crate::meds::{occurrence_id, DoseStatus, Occurrence};
use crate::store::Sealer;
use crate::time::Timestamp;

const DOSE: &str = "dose";
const SNOOZE: &str = "snooze";
/// A group's minute in its id: UTC, so it does not change with the zone.
const MINUTE: &str = "%Y-%m-%dT%H:%MZ";

/// One dose a reminder covered, with its medicine's name (for inside the app).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderDose {
    pub occurrence: Occurrence,
    pub medication_name: String,
}

/// What acting on a reminder did: the doses logged now, and those already taken or
/// skipped before, which stay exactly as they were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderDoses {
    pub logged: Vec<ReminderDose>,
    pub unchanged: Vec<ReminderDose>,
}

fn minute(at: Timestamp) -> Timestamp {
    at.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(at)
}

fn group_id(kind: &str, at: Timestamp) -> String {
    format!("{kind}:{}", minute(at).format(MINUTE))
}

fn name_of(planning: &Planning, occ: &Occurrence) -> String {
    Uuid::parse_str(&occ.medication_id)
        .ok()
        .and_then(|m| planning.meds.get(&m))
        .map(|m| m.body.name.clone())
        .unwrap_or_default()
}

/// Doses in the alphabetical order of their medicines, so names read the same way
/// every time.
fn in_med_order(planning: &Planning, occs: &mut [Occurrence]) {
    occs.sort_by_cached_key(|o| (name_of(planning, o).to_lowercase(), o.id.clone()));
}

/// Dose and snooze reminders for local dates `from..=to`, one per kind and minute.
pub(super) fn plan(
    cx: &Ctx<'_>,
    planning: &Planning,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Reminder>, StegvisError> {
    // (kind, minute) -> (first instant, doses)
    let mut groups: BTreeMap<(&str, Timestamp), (Timestamp, Vec<Occurrence>)> = BTreeMap::new();
    for occ in planning.occurrences(cx.conn, from, to, None)? {
        let (kind, at) = match (occ.status, occ.snoozed_until) {
            (None, _) => (DOSE, occ.at),
            (Some(DoseStatus::Snoozed), Some(until)) => (SNOOZE, until),
            _ => continue,
        };
        let group = groups.entry((kind, minute(at))).or_insert((at, Vec::new()));
        group.0 = group.0.min(at);
        group.1.push(occ);
    }
    Ok(groups
        .into_iter()
        .map(|((kind, _), (at, mut occs))| {
            in_med_order(planning, &mut occs);
            let body = body(cx, planning, kind, at, &occs);
            Reminder {
                id: group_id(kind, at),
                kind: if kind == DOSE {
                    ReminderKind::Dose
                } else {
                    ReminderKind::Snooze
                },
                at,
                title: String::new(),
                body,
                occurrence_id: occs.first().map(|o| o.id.clone()),
                occurrence_ids: occs.into_iter().map(|o| o.id).collect(),
                problem_solving_id: None,
                step_id: None,
            }
        })
        .collect())
}

/// "Time for your 08:00 medicines", the time local; names only when allowed.
fn body(
    cx: &Ctx<'_>,
    planning: &Planning,
    kind: &str,
    at: Timestamp,
    occs: &[Occurrence],
) -> String {
    let time = cx.loc.time(at.with_timezone(&cx.zone).time());
    if cx.settings.show_names {
        let mut names: Vec<String> = Vec::new();
        for occ in occs {
            let name = name_of(planning, occ);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let id = if kind == DOSE {
            "reminder-doses-named"
        } else {
            "reminder-snoozed-named"
        };
        return cx.loc.ta(
            id,
            &Args::new()
                .text("names", names.join(", "))
                .text("time", time),
        );
    }
    let id = if kind == DOSE {
        "reminder-doses"
    } else {
        "reminder-snoozed"
    };
    cx.loc.ta(
        id,
        &Args::new()
            .text("time", time)
            .num("count", occs.len() as i64),
    )
}

/// The doses a reminder id (`dose:MINUTE` or `snooze:MINUTE`) covers, as they stand.
pub(crate) fn resolve_occurrences(
    conn: &Connection,
    planning: &Planning,
    reminder_id: &str,
) -> Result<Vec<Occurrence>, StegvisError> {
    let bad = || StegvisError::invalid(Field::Id, InvalidReason::Malformed);
    let (kind, when) = reminder_id.trim().split_once(':').ok_or_else(bad)?;
    let when: DateTime<Utc> = NaiveDateTime::parse_from_str(when, MINUTE)
        .map_err(|_| bad())?
        .and_utc();
    if kind != DOSE && kind != SNOOZE {
        return Err(bad());
    }
    // Local dates around the instant cover every zone a schedule can be read in.
    let day = when.date_naive();
    let found: Vec<Occurrence> = planning
        .occurrences(conn, day - Duration::days(1), day + Duration::days(1), None)?
        .into_iter()
        .filter(|o| {
            if kind == DOSE {
                minute(o.at) == when
            } else {
                o.status == Some(DoseStatus::Snoozed) && o.snoozed_until.map(minute) == Some(when)
            }
        })
        .collect();
    if found.is_empty() {
        return Err(StegvisError::not_found(Entity::Occurrence));
    }
    Ok(found)
}

/// The doses with these ids, as they stand.
fn by_ids(
    conn: &Connection,
    planning: &Planning,
    ids: &[String],
) -> Result<Vec<Occurrence>, StegvisError> {
    let mut out: Vec<Occurrence> = Vec::new();
    for id in ids {
        let (schedule, date, slot) = actions::parse_occurrence(id)?;
        let canonical = occurrence_id(schedule, date, slot);
        if out.iter().any(|o| o.id == canonical) {
            continue;
        }
        let med = planning
            .schedules
            .iter()
            .find(|s| s.id == schedule)
            .map(|s| s.medication_id)
            .ok_or(StegvisError::not_found(Entity::Occurrence))?;
        let occ = planning
            .occurrences(conn, date, date, Some(med))?
            .into_iter()
            .find(|o| o.id == canonical)
            .ok_or(StegvisError::not_found(Entity::Occurrence))?;
        out.push(occ);
    }
    Ok(out)
}

/// Which doses to act on.
#[derive(Clone, Copy)]
pub(crate) enum Target<'a> {
    Reminder(&'a str),
    Occurrences(&'a [String]),
}

/// Logs `action` for every dose of the target, inside the caller's one transaction:
/// any refusal leaves all of them as they were. Doses already taken or skipped are
/// reported and never changed.
pub(crate) fn act(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    zone: chrono_tz::Tz,
    target: Target<'_>,
    action: &DoseAction,
) -> Result<ReminderDoses, StegvisError> {
    if let DoseAction::Snooze { minutes } = action {
        // Checked before anything else: a group whose doses are all logged already
        // would otherwise accept any number.
        if !actions::SNOOZE_MINUTES.contains(minutes) {
            return Err(StegvisError::invalid(
                Field::SnoozeMinutes,
                InvalidReason::OutOfRange { min: 10, max: 60 },
            ));
        }
    }
    let planning = Planning::load(conn, sealer, zone)?;
    let mut occurrences = match target {
        Target::Reminder(id) => resolve_occurrences(conn, &planning, id)?,
        Target::Occurrences(ids) => by_ids(conn, &planning, ids)?,
    };
    in_med_order(&planning, &mut occurrences);
    if occurrences.is_empty() {
        return Err(StegvisError::invalid(
            Field::Occurrence,
            InvalidReason::Empty,
        ));
    }
    let mut done = ReminderDoses {
        logged: Vec::new(),
        unchanged: Vec::new(),
    };
    for occ in occurrences {
        let medication_name = name_of(&planning, &occ);
        if matches!(occ.status, Some(DoseStatus::Taken | DoseStatus::Skipped)) {
            done.unchanged.push(ReminderDose {
                occurrence: occ,
                medication_name,
            });
            continue;
        }
        let occurrence = crate::meds::dosing::log_dose(conn, sealer, now, zone, &occ.id, action)?;
        done.logged.push(ReminderDose {
            occurrence,
            medication_name,
        });
    }
    Ok(done)
}
