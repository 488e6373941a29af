//! Changing, ending and removing schedules without losing a logged dose or
//! rewriting what was planned in the past.
//!
//! An edit that changes when doses happen does not rewrite the days already lived:
//! the schedule ends the day before the change, and a new schedule with the new
//! times starts that day. Doses already logged from that day on move with it. Only
//! a schedule without a past (starting today or later), or an edit of the amounts or
//! the end, is changed in place.

use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use rusqlite::Connection;
use uuid::Uuid;

use super::actions::require_not_stopped;
use super::db::{self, DoseLog, ScheduleRow};
use super::model::{Repeat, ScheduleEdit};
use super::schedule::ScheduleBody;
use crate::error::{ConflictReason, Entity, Field, InvalidReason, StegvisError};
use crate::store::Sealer;
use crate::time::{local_date, parse_date, Timestamp};

fn load(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<(ScheduleRow, Vec<ScheduleRow>), StegvisError> {
    let all = db::list_schedules(conn, sealer)?;
    let row = all
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or(StegvisError::not_found(Entity::Schedule))?;
    Ok((row, all))
}

fn produces(body: &ScheduleBody, dose: &DoseLog) -> bool {
    body.occurs_on(dose.date) && dose.slot.is_some_and(|s| body.times.contains(&s))
}

/// The first day the schedule had doses: its start, or the day it was made.
fn first_day(row: &ScheduleRow, device: Tz) -> NaiveDate {
    row.body
        .start
        .unwrap_or_else(|| local_date(row.created_at, device))
}

/// The first day on or after `from` that an every-N-days schedule counted from
/// `anchor` has a dose, so a split keeps the rhythm.
fn next_in_rhythm(anchor: NaiveDate, days: u32, from: NaiveDate) -> NaiveDate {
    let days = i64::from(days.max(1));
    let behind = (from - anchor).num_days().rem_euclid(days);
    if behind == 0 {
        from
    } else {
        from + Duration::days(days - behind)
    }
}

/// Applies `edit`; returns the medication's id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn edit_schedule(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    today: NaiveDate,
    device: Tz,
    id: Uuid,
    edit: &ScheduleEdit,
) -> Result<Uuid, StegvisError> {
    let (row, all) = load(conn, sealer, id)?;
    let med = db::load_med(conn, sealer, row.medication_id)?;
    require_not_stopped(&med)?;

    let mut input = row.body.to_input();
    if let Some(times) = &edit.times {
        input.times.clone_from(times);
        input.amounts = None;
    }
    if let Some(amounts) = &edit.amounts {
        input.amounts = Some(amounts.clone());
    }
    if let Some(repeat) = &edit.repeat {
        input.repeat = repeat.clone();
    }
    if let Some(start) = &edit.start_date {
        input.start_date = Some(start.clone());
    }
    if let Some(end) = &edit.end_date {
        input.end_date = Some(end.clone());
    }
    if let Some(zone) = &edit.zone_policy {
        input.zone_policy = zone.clone();
    }
    let mut new = ScheduleBody::from_input(&input)?;
    if new == row.body {
        return Ok(row.medication_id);
    }
    let duplicate = all.iter().any(|s| {
        s.id != id
            && s.medication_id == row.medication_id
            && s.body.active_on_or_after(today)
            && s.body.same_doses_as(&new)
    });
    if duplicate {
        return Err(StegvisError::conflict(
            ConflictReason::ScheduleAlreadyExists,
        ));
    }

    let logged = db::logged_of_schedule(conn, sealer, id)?;
    let orphans: Vec<&DoseLog> = logged.iter().filter(|d| !produces(&new, d)).collect();
    let same_doses = new.same_doses_as(&row.body) && new.start == row.body.start;
    if same_doses {
        // Only the amounts or the end changed: what was planned stays as it was.
        if !orphans.is_empty() {
            return Err(StegvisError::conflict(ConflictReason::DosesLoggedAfterEnd));
        }
        let mut row = row;
        row.body = new;
        db::update_schedule(conn, sealer, &row)?;
        return Ok(row.medication_id);
    }

    let effective = orphans
        .iter()
        .map(|d| d.date + Duration::days(1))
        .max()
        .unwrap_or(today)
        .max(today);
    if orphans.is_empty() && first_day(&row, device) >= effective {
        let mut row = row;
        row.body = new;
        db::update_schedule(conn, sealer, &row)?;
        return Ok(row.medication_id);
    }

    // Split: the old schedule keeps the days lived; the new one starts at `effective`.
    let explicit_start = edit.start_date.is_some();
    let start = match (&new.repeat, new.start) {
        (Repeat::EveryDays { days }, Some(anchor)) if !explicit_start => {
            next_in_rhythm(anchor, *days, effective)
        }
        (_, Some(s)) => s.max(effective),
        (_, None) => effective,
    };
    if new.end.is_some_and(|e| e < start) {
        return Err(StegvisError::invalid(Field::EndDate, InvalidReason::InPast));
    }
    new.start = Some(start);
    let mut old = row;
    let last = effective - Duration::days(1);
    old.body.end = Some(old.body.end.map_or(last, |e| e.min(last)));
    db::update_schedule(conn, sealer, &old)?;
    let new_id = db::insert_schedule(conn, sealer, old.medication_id, &new, now)?;
    db::move_doses(conn, sealer, old.id, new_id, effective)?;
    Ok(old.medication_id)
}

/// Ends a schedule after `last_day` (today when `None`); its history stays.
pub(crate) fn end_schedule(
    conn: &Connection,
    sealer: &Sealer,
    today: NaiveDate,
    id: Uuid,
    last_day: Option<&str>,
) -> Result<Uuid, StegvisError> {
    let (mut row, _) = load(conn, sealer, id)?;
    let last = match last_day.map(str::trim) {
        None | Some("") => today,
        Some(d) => parse_date(d, Field::EndDate)?,
    };
    if row.body.start.is_some_and(|s| last < s) {
        return Err(StegvisError::invalid(Field::EndDate, InvalidReason::InPast));
    }
    let logged = db::logged_of_schedule(conn, sealer, id)?;
    if logged.iter().any(|d| d.date > last) {
        return Err(StegvisError::conflict(ConflictReason::DosesLoggedAfterEnd));
    }
    row.body.end = Some(last);
    db::update_schedule(conn, sealer, &row)?;
    Ok(row.medication_id)
}

/// Deletes a schedule that has no logged dose; one with logged doses is ended
/// instead, so they are kept.
pub(crate) fn remove_schedule(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<Uuid, StegvisError> {
    let (row, _) = load(conn, sealer, id)?;
    if !db::logged_of_schedule(conn, sealer, id)?.is_empty() {
        return Err(StegvisError::conflict(
            ConflictReason::ScheduleHasLoggedDoses,
        ));
    }
    db::delete_schedule(conn, sealer, id)?;
    Ok(row.medication_id)
}
