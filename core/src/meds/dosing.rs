//! Logging doses so the log is never wrong about what was taken: a logged dose
//! changes only by an explicit undo, a dose can be taken early within a clear window,
//! and "I took my medicine" logs the dose it was meant for, never a silent extra.

use chrono::{Duration, NaiveTime, Offset, TimeZone};
use chrono_tz::Tz;
use rusqlite::Connection;
use uuid::Uuid;

use super::actions::{parse_occurrence, require_not_stopped, Planning, SNOOZE_MINUTES};
use super::db::{self, DoseBody, MedRow};
use super::model::{DoseStatus, Occurrence, TakenDose, ZonePolicy};
use super::occurrence::{self, LogKey};
use super::DoseAction;
use crate::error::{ConflictReason, Entity, Field, InvalidReason, StegvisError};
use crate::store::Sealer;
use crate::time::{local_date, resolve, Timestamp};
use crate::validate::{self, MAX_TEXT};

/// How long before its planned time a dose can be taken, at the least.
pub const EARLY_HOURS: i64 = 12;
/// How long before its planned time a dose can be snoozed.
const SNOOZE_EARLY_MINUTES: i64 = 60;
/// "I took it" by medication counts for a dose planned up to this long ahead.
const DUE_AHEAD_MINUTES: i64 = 60;
/// …or planned up to this long ago and not logged (a missed dose).
const MISSED_HOURS: i64 = 12;

/// The person's offset from UTC at `at`, in minutes, for messages in local time.
pub(crate) fn offset_minutes(at: Timestamp, zone: Tz) -> i32 {
    zone.offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc()
        / 60
}

/// The zone a schedule's days are counted in.
fn day_zone(planning: &Planning, schedule: Uuid, device: Tz) -> Tz {
    planning
        .schedules
        .iter()
        .find(|s| s.id == schedule)
        .and_then(|s| match &s.body.zone_policy {
            ZonePolicy::Pinned { zone } => zone.parse().ok(),
            ZonePolicy::FollowDevice => None,
        })
        .unwrap_or(device)
}

/// The earliest moment a dose can be logged as taken: the start of its local day, or
/// 12 hours before it, whichever is earlier.
pub(crate) fn earliest_take(occ: &Occurrence, day_zone: Tz) -> Timestamp {
    let day_start = chrono::NaiveDate::parse_from_str(&occ.local_date, "%Y-%m-%d")
        .map(|d| resolve(d, NaiveTime::MIN, day_zone))
        .unwrap_or(occ.at);
    day_start.min(occ.at - Duration::hours(EARLY_HOURS))
}

fn too_early(field: Field, from: Timestamp, device: Tz) -> StegvisError {
    StegvisError::invalid(
        field,
        InvalidReason::TooEarly {
            from,
            utc_offset_minutes: offset_minutes(from, device),
        },
    )
}

fn find_occurrence(
    conn: &Connection,
    planning: &Planning,
    key: LogKey,
) -> Result<Occurrence, StegvisError> {
    let schedule = planning
        .schedules
        .iter()
        .find(|s| s.id == key.0)
        .ok_or(StegvisError::not_found(Entity::Occurrence))?;
    planning
        .occurrences(conn, key.1, key.1, Some(schedule.medication_id))?
        .into_iter()
        .find(|o| o.id == occurrence::occurrence_id(key.0, key.1, key.2))
        .ok_or(StegvisError::not_found(Entity::Occurrence))
}

fn set_count(
    conn: &Connection,
    sealer: &Sealer,
    med: &mut MedRow,
    now: Timestamp,
    change: impl Fn(u32) -> u32,
) -> Result<(), StegvisError> {
    if let Some(count) = med.body.count_on_hand.as_mut() {
        *count = change(*count);
        db::update_med(conn, sealer, med, now)?;
    }
    Ok(())
}

/// Logs what happened to a planned dose; returns it as it now stands.
///
/// Logging the same status again changes nothing. A dose logged as taken or skipped
/// is not changed by anything else (snooze, or the other status): that is a
/// `DoseAlreadyLogged` conflict that says when it was logged; [`undo_dose`] is the
/// one way to correct it. A snoozed dose can still be taken, skipped or snoozed.
pub(crate) fn log_dose(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    device: Tz,
    occurrence_id: &str,
    action: &DoseAction,
) -> Result<Occurrence, StegvisError> {
    let key = parse_occurrence(occurrence_id)?;
    let planning = Planning::load(conn, sealer, device)?;
    let occurrence = find_occurrence(conn, &planning, key)?;
    let mut med = db::load_med(conn, sealer, key_medication(&occurrence)?)?;
    require_not_stopped(&med)?;

    if let Some(logged @ (DoseStatus::Taken | DoseStatus::Skipped)) = occurrence.status {
        let same = matches!(
            (logged, action),
            (DoseStatus::Taken, DoseAction::Take { .. })
                | (DoseStatus::Skipped, DoseAction::Skip { .. })
        );
        if same {
            return Ok(occurrence);
        }
        let at = occurrence
            .taken_at
            .or(db::load_dose(conn, sealer, key)?.map(|d| d.at))
            .unwrap_or(occurrence.at);
        return Err(StegvisError::conflict(ConflictReason::DoseAlreadyLogged {
            status: logged,
            at,
            utc_offset_minutes: offset_minutes(at, device),
        }));
    }

    let earliest = earliest_take(&occurrence, day_zone(&planning, key.0, device));
    let (status, at, body) = match action {
        DoseAction::Take { at } => {
            let field = if at.is_some() {
                Field::TakenAt
            } else {
                Field::Occurrence
            };
            let at = at.unwrap_or(now);
            if at > now {
                return Err(StegvisError::invalid(
                    Field::TakenAt,
                    InvalidReason::InFuture,
                ));
            }
            if at < earliest {
                return Err(too_early(field, earliest, device));
            }
            let body = DoseBody {
                reason: None,
                units: Some(occurrence.amount),
            };
            (DoseStatus::Taken, at, body)
        }
        DoseAction::Skip { reason } => {
            if now < earliest {
                return Err(too_early(Field::Occurrence, earliest, device));
            }
            let body = DoseBody {
                reason: validate::optional(reason.as_deref(), Field::Reason, MAX_TEXT)?,
                units: None,
            };
            (DoseStatus::Skipped, now, body)
        }
        DoseAction::Snooze { minutes } => {
            if !SNOOZE_MINUTES.contains(minutes) {
                return Err(StegvisError::invalid(
                    Field::SnoozeMinutes,
                    InvalidReason::OutOfRange { min: 10, max: 60 },
                ));
            }
            let from = occurrence.at - Duration::minutes(SNOOZE_EARLY_MINUTES);
            if now < from {
                return Err(too_early(Field::Occurrence, from, device));
            }
            (
                DoseStatus::Snoozed,
                now + Duration::minutes(i64::from(*minutes)),
                DoseBody::default(),
            )
        }
    };
    let is_taken = status == DoseStatus::Taken;
    if is_taken {
        let units = occurrence.amount;
        set_count(conn, sealer, &mut med, now, |c| c.saturating_sub(units))?;
    }
    let entry = db::DoseEntry {
        medication_id: med.id,
        key,
        status,
        at,
        body,
    };
    db::set_dose(conn, sealer, &entry, now)?;
    let mut logged = occurrence;
    logged.status = Some(status);
    logged.taken_at = is_taken.then_some(at);
    logged.snoozed_until = (status == DoseStatus::Snoozed).then_some(at);
    Ok(logged)
}

fn key_medication(occ: &Occurrence) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(&occ.medication_id).map_err(|_| StegvisError::not_found(Entity::Medication))
}

/// Brings a logged dose back to "not logged"; a taken dose puts its units back on
/// the count. The one way to correct a logged dose.
pub(crate) fn undo_dose(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    device: Tz,
    occurrence_id: &str,
) -> Result<Occurrence, StegvisError> {
    let key = parse_occurrence(occurrence_id)?;
    let planning = Planning::load(conn, sealer, device)?;
    let occurrence = find_occurrence(conn, &planning, key)?;
    let dose = db::load_dose(conn, sealer, key)?
        .ok_or(StegvisError::conflict(ConflictReason::DoseNotLogged))?;
    if dose.status == DoseStatus::Taken {
        let mut med = db::load_med(conn, sealer, key_medication(&occurrence)?)?;
        let units = dose.body.units.unwrap_or(occurrence.amount);
        set_count(conn, sealer, &mut med, now, |c| c.saturating_add(units))?;
    }
    db::delete_dose(conn, &dose.id)?;
    let mut open = occurrence;
    open.status = None;
    open.taken_at = None;
    open.snoozed_until = None;
    Ok(open)
}

/// Logs a dose of a medication taken when needed; the count on hand follows.
pub(crate) fn take_as_needed(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    device: Tz,
    medication_id: Uuid,
    at: Option<Timestamp>,
) -> Result<Timestamp, StegvisError> {
    let mut med = db::load_med(conn, sealer, medication_id)?;
    require_not_stopped(&med)?;
    let at = taken_when(at, now)?;
    record_unplanned(conn, sealer, &mut med, now, device, at)?;
    Ok(at)
}

/// When a dose was taken: `at`, or now; never ahead of now.
fn taken_when(at: Option<Timestamp>, now: Timestamp) -> Result<Timestamp, StegvisError> {
    let at = at.unwrap_or(now);
    if at > now {
        return Err(StegvisError::invalid(
            Field::TakenAt,
            InvalidReason::InFuture,
        ));
    }
    Ok(at)
}

/// Records a dose outside any schedule (when needed, or extra); the count follows.
fn record_unplanned(
    conn: &Connection,
    sealer: &Sealer,
    med: &mut db::MedRow,
    now: Timestamp,
    device: Tz,
    at: Timestamp,
) -> Result<(), StegvisError> {
    let units = med.body.units_per_dose;
    set_count(conn, sealer, med, now, |c| c.saturating_sub(units))?;
    db::insert_as_needed(conn, sealer, med.id, local_date(at, device), at, now, units)
}

/// The planned dose "I took my medicine" at `at` is about: among the doses planned
/// from 12 hours before `at` to an hour after it, the latest, if it is not logged
/// yet. When the latest is already logged, an older unlogged one is not picked: the
/// person has moved on from it, and logging it now would record a dose never taken.
pub(crate) fn due_dose(
    conn: &Connection,
    planning: &Planning,
    medication_id: Uuid,
    at: Timestamp,
    device: Tz,
) -> Result<Option<Occurrence>, StegvisError> {
    let day = local_date(at, device);
    let near: Vec<Occurrence> = planning
        .occurrences(
            conn,
            day - Duration::days(1),
            day + Duration::days(1),
            Some(medication_id),
        )?
        .into_iter()
        .filter(|o| planning.counts(o))
        .filter(|o| {
            o.at <= at + Duration::minutes(DUE_AHEAD_MINUTES)
                && o.at >= at - Duration::hours(MISSED_HOURS)
        })
        .collect();
    let Some(latest) = near.iter().map(|o| o.at).max() else {
        return Ok(None);
    };
    Ok(near
        .into_iter()
        .filter(|o| o.at == latest)
        .find(|o| matches!(o.status, None | Some(DoseStatus::Snoozed))))
}

/// "I took my medicine": on a scheduled medicine, logs the dose that is due or was
/// just missed (see [`due_dose`]); with nothing due, refuses (`NoDoseDue`) unless
/// `extra` asks for a dose outside the schedule. A medicine without schedules is
/// taken when needed, so every dose of it is an extra one.
pub(crate) fn take_medication(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    device: Tz,
    medication_id: Uuid,
    at: Option<Timestamp>,
    extra: bool,
) -> Result<TakenDose, StegvisError> {
    let mut med = db::load_med(conn, sealer, medication_id)?;
    require_not_stopped(&med)?;
    let when = taken_when(at, now)?;
    let planning = Planning::load(conn, sealer, device)?;
    let scheduled = !planning.plans(Some(medication_id)).is_empty();
    if extra || !scheduled {
        record_unplanned(conn, sealer, &mut med, now, device, when)?;
        return Ok(TakenDose {
            medication_id: medication_id.to_string(),
            taken_at: when,
            occurrence: None,
            extra: true,
        });
    }
    let due = due_dose(conn, &planning, medication_id, when, device)?
        .ok_or(StegvisError::conflict(ConflictReason::NoDoseDue))?;
    let occ = log_dose(conn, sealer, now, device, &due.id, &DoseAction::Take { at })?;
    Ok(TakenDose {
        medication_id: medication_id.to_string(),
        taken_at: occ.taken_at.unwrap_or(when),
        occurrence: Some(occ),
        extra: false,
    })
}
