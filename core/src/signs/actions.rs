//! What a person does with signs and check-ins, inside the caller's transaction.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;
use uuid::Uuid;

use super::catalog;
use super::db::{self, CheckinBody, SignBody};
use super::model::{Checkin, CheckinForm, CheckinFormSign, CheckinInput, NewSign, RatedSign};
use super::views::sign_name;
use super::MAX_RATING;
use crate::error::{ConflictReason, Entity, Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::store::Sealer;
use crate::time::{parse_date, Timestamp};
use crate::validate::{self, MAX_LABEL, MAX_TEXT};

/// How far back a check-in may be filled in.
pub const BACKFILL_DAYS: i64 = 7;

pub(crate) fn add_sign(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    input: &NewSign,
) -> Result<Uuid, StegvisError> {
    let text = validate::optional(input.text.as_deref(), Field::SignText, MAX_LABEL)?;
    let catalog_key = match input.catalog_key.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(key) if catalog::is_known(key) => Some(key.to_owned()),
        Some(_) => {
            return Err(StegvisError::invalid(
                Field::CatalogKey,
                InvalidReason::Unknown,
            ));
        }
    };
    if text.is_none() && catalog_key.is_none() {
        return Err(StegvisError::invalid(Field::SignText, InvalidReason::Empty));
    }
    if let Some(key) = &catalog_key {
        let listed = db::list_signs(conn, sealer, false)?
            .into_iter()
            .any(|s| s.body.catalog_key.as_ref() == Some(key));
        if listed {
            return Err(StegvisError::conflict(ConflictReason::SignAlreadyListed));
        }
    }
    db::insert_sign(
        conn,
        sealer,
        &SignBody {
            catalog_key,
            text,
            noticed_by_others: input.noticed_by_others,
        },
        now,
    )
}

pub(crate) fn retire_sign(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    id: Uuid,
) -> Result<(), StegvisError> {
    let sign = db::load_sign(conn, sealer, id)?;
    if sign.retired_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::SignRetired));
    }
    db::retire_sign(conn, sealer, id, now)
}

/// Moves an active sign to `position` among the active signs (1 is first), so the
/// check-in asks in the order the person wants. Retired signs keep their place after.
pub(crate) fn move_sign(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    position: u32,
) -> Result<(), StegvisError> {
    let all = db::list_signs(conn, sealer, true)?;
    let sign = all
        .iter()
        .find(|s| s.id == id)
        .ok_or(StegvisError::not_found(Entity::Sign))?;
    if sign.retired_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::SignRetired));
    }
    let mut active: Vec<Uuid> = all
        .iter()
        .filter(|s| s.retired_at.is_none() && s.id != id)
        .map(|s| s.id)
        .collect();
    let to = validate::in_range(
        i64::from(position),
        Field::Position,
        1,
        active.len() as i64 + 1,
    )?;
    active.insert(to as usize - 1, id);
    active.extend(all.iter().filter(|s| s.retired_at.is_some()).map(|s| s.id));
    db::set_positions(conn, sealer, &active)
}

/// The day a check-in is for: today by default, up to a week back, never ahead.
pub(crate) fn checkin_date(
    text: Option<&str>,
    today: NaiveDate,
) -> Result<NaiveDate, StegvisError> {
    let date = match text.map(str::trim) {
        None | Some("") => return Ok(today),
        Some(d) => parse_date(d, Field::CheckinDate)?,
    };
    if date > today {
        return Err(StegvisError::invalid(
            Field::CheckinDate,
            InvalidReason::InFuture,
        ));
    }
    if date < today - Duration::days(BACKFILL_DAYS) {
        return Err(StegvisError::invalid(
            Field::CheckinDate,
            InvalidReason::InPast,
        ));
    }
    Ok(date)
}

/// Validates every rating against the active signs, then saves the day.
pub(crate) fn save_checkin(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    today: NaiveDate,
    input: &CheckinInput,
) -> Result<NaiveDate, StegvisError> {
    let date = checkin_date(input.date.as_deref(), today)?;
    let signs = db::list_signs(conn, sealer, true)?;
    let mut ratings = BTreeMap::new();
    for rating in &input.ratings {
        let id = validate::id(&rating.sign_id)?;
        let sign = signs
            .iter()
            .find(|s| s.id == id)
            .ok_or(StegvisError::not_found(Entity::Sign))?;
        if sign.retired_at.is_some() {
            return Err(StegvisError::conflict(ConflictReason::SignRetired));
        }
        validate::in_range(
            i64::from(rating.value),
            Field::Rating,
            0,
            i64::from(MAX_RATING),
        )?;
        ratings.insert(id, rating.value);
    }
    if let Some(hours) = input.sleep_hours {
        if !hours.is_finite() || !(0.0..=24.0).contains(&hours) {
            return Err(StegvisError::invalid(
                Field::SleepHours,
                InvalidReason::OutOfRange { min: 0, max: 24 },
            ));
        }
    }
    let body = CheckinBody {
        ratings,
        note: validate::optional(input.note.as_deref(), Field::Note, MAX_TEXT)?,
        sleep_hours: input.sleep_hours.map(|h| (h * 4.0).round() / 4.0),
    };
    // An empty check-in would hide the day's "check in" item and say nothing; the
    // ratings are what a check-in is for, so the error names them.
    if body.ratings.is_empty() && body.note.is_none() && body.sleep_hours.is_none() {
        return Err(StegvisError::invalid(Field::Rating, InvalidReason::Empty));
    }
    db::upsert_checkin(conn, sealer, date, &body, now)?;
    Ok(date)
}

/// Sign id to (check-in position, name).
fn names(
    conn: &Connection,
    sealer: &Sealer,
    loc: &Localizer,
) -> Result<HashMap<Uuid, (u32, String)>, StegvisError> {
    Ok(db::list_signs(conn, sealer, true)?
        .into_iter()
        .map(|s| (s.id, (s.position, sign_name(&s.body, loc))))
        .collect())
}

/// The check-in saved for `date`, if any.
pub(crate) fn checkin(
    conn: &Connection,
    sealer: &Sealer,
    date: NaiveDate,
    loc: &Localizer,
) -> Result<Option<Checkin>, StegvisError> {
    let Some(row) = db::checkins_between(conn, sealer, date, date)?.pop() else {
        return Ok(None);
    };
    let names = names(conn, sealer, loc)?;
    // In the person's check-in order, not the order ids happen to sort in.
    let mut rated: Vec<(u32, RatedSign)> = row
        .body
        .ratings
        .iter()
        .map(|(id, value)| {
            let (position, name) = names.get(id).cloned().unwrap_or_default();
            let sign = RatedSign {
                sign_id: id.to_string(),
                name,
                value: *value,
            };
            (position, sign)
        })
        .collect();
    rated.sort_by_key(|(position, _)| *position);
    Ok(Some(Checkin {
        date: row.date.to_string(),
        ratings: rated.into_iter().map(|(_, r)| r).collect(),
        note: row.body.note,
        sleep_hours: row.body.sleep_hours,
        updated_at: row.updated_at,
    }))
}

/// Hours of sleep as typed: "6.5" or "6,5" (either mark, in every language), with
/// spaces around; `None` when nothing was typed. Anything else, or a number outside
/// 0 to 24, is refused naming the sleep field.
pub(crate) fn parse_sleep_hours(text: &str) -> Result<Option<f64>, StegvisError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let hours: f64 = text
        .replace(',', ".")
        .parse()
        .map_err(|_| StegvisError::invalid(Field::SleepHours, InvalidReason::Malformed))?;
    if !hours.is_finite() || !(0.0..=24.0).contains(&hours) {
        return Err(StegvisError::invalid(
            Field::SleepHours,
            InvalidReason::OutOfRange { min: 0, max: 24 },
        ));
    }
    Ok(Some(hours))
}

/// The form for `date`: active signs in the person's order, with any earlier answers.
pub(crate) fn checkin_form(
    conn: &Connection,
    sealer: &Sealer,
    date: NaiveDate,
    loc: &Localizer,
) -> Result<CheckinForm, StegvisError> {
    let existing = db::checkins_between(conn, sealer, date, date)?.pop();
    let body = existing.as_ref().map(|r| &r.body);
    let signs = db::list_signs(conn, sealer, false)?
        .into_iter()
        .map(|s| CheckinFormSign {
            sign_id: s.id.to_string(),
            name: sign_name(&s.body, loc),
            noticed_by_others: s.body.noticed_by_others,
            current: body.and_then(|b| b.ratings.get(&s.id).copied()),
        })
        .collect();
    Ok(CheckinForm {
        date: date.to_string(),
        title: loc.ta("checkin-title", &Args::new().text("date", loc.date(date))),
        scale: (0..=MAX_RATING)
            .map(|v| loc.t(&format!("checkin-scale-{v}")))
            .collect(),
        signs,
        note: body.and_then(|b| b.note.clone()),
        sleep_hours: body.and_then(|b| b.sleep_hours),
        sleep_text: body
            .and_then(|b| b.sleep_hours)
            .map(|h| super::readback::hours_text(h, loc)),
        already_done: existing.is_some(),
        note_prompt: loc.t("checkin-note-prompt"),
        sleep_prompt: loc.t("checkin-sleep-prompt"),
    })
}
