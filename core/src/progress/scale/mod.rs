//! The IMR Scale self-rating: fifteen topics answered 1 to 5 (any may be skipped),
//! one rating per day, offered again as often as the person chose.

mod db;
mod interval;
mod topics;
mod views;

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

pub use interval::ScaleInterval;
pub use topics::{scale_topic_name, ScaleTopic, SCALE_MAX, SCALE_MIN};
pub(crate) use views::{form, history, settings_view, total_label};
pub use views::{
    ScaleAnchor, ScaleForm, ScaleHistory, ScaleHistoryRating, ScaleIntervalChoice, ScaleSettings,
    ScaleTopicSeries, ScaleTopicView,
};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::store::{to_ms, Sealer};
use crate::time::Timestamp;

/// One answer as a shell sends it: a topic by key and 1 to 5. A skipped topic is
/// simply not sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleAnswer {
    pub topic: String,
    pub value: u32,
}

/// One day's rating, for other parts of the core (summaries, the report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleRatingRecord {
    /// The person's local day.
    pub date: NaiveDate,
    /// In the scale's order; skipped topics are absent.
    pub answers: Vec<(ScaleTopic, u8)>,
}

/// Every rating whose day lies in `from..=to`, oldest first. Reads only.
pub(crate) fn ratings_between(
    conn: &Connection,
    sealer: &Sealer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<ScaleRatingRecord>, StegvisError> {
    Ok(db::load_all(conn, sealer)?
        .into_iter()
        .filter(|s| s.date >= from && s.date <= to)
        .map(|s| ScaleRatingRecord {
            date: s.date,
            answers: s.answers,
        })
        .collect())
}

/// The day of a rating: today when none is given, never after today.
fn rating_day(text: Option<&str>, today: NaiveDate) -> Result<NaiveDate, StegvisError> {
    crate::time::day_up_to_today(text, today, Field::ScaleDate)
}

/// The answers checked: every topic known and at most once, every value 1 to 5, at
/// least one topic answered. Returned in the scale's order.
fn checked(answers: &[ScaleAnswer]) -> Result<Vec<(ScaleTopic, u8)>, StegvisError> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(answers.len());
    for a in answers {
        if a.topic.trim().is_empty() {
            return Err(StegvisError::invalid(
                Field::ScaleTopic,
                InvalidReason::Empty,
            ));
        }
        let topic = ScaleTopic::from_key(&a.topic)
            .ok_or_else(|| StegvisError::invalid(Field::ScaleTopic, InvalidReason::Unknown))?;
        let value = u8::try_from(a.value)
            .ok()
            .filter(|v| (SCALE_MIN..=SCALE_MAX).contains(v))
            .ok_or_else(|| {
                StegvisError::invalid(
                    Field::ScaleValue,
                    InvalidReason::OutOfRange {
                        min: i64::from(SCALE_MIN),
                        max: i64::from(SCALE_MAX),
                    },
                )
            })?;
        if !seen.insert(topic) {
            return Err(StegvisError::invalid(
                Field::ScaleTopic,
                InvalidReason::Malformed,
            ));
        }
        out.push((topic, value));
    }
    if out.is_empty() {
        return Err(StegvisError::invalid(
            Field::ScaleValue,
            InvalidReason::Empty,
        ));
    }
    out.sort_by_key(|(t, _)| *t);
    Ok(out)
}

/// Stores a rating for `date` (today when `None`), inside the caller's transaction.
/// Rating the same day again updates the topics answered now and keeps that day's
/// other answers (a script rating one topic must not wipe the other fourteen); other
/// days stay. Returns the day and whether it was rated before. Everything is checked
/// before anything is written.
pub(crate) fn rate(
    conn: &Connection,
    sealer: &Sealer,
    date: Option<&str>,
    answers: &[ScaleAnswer],
    today: NaiveDate,
    now: Timestamp,
) -> Result<(NaiveDate, bool), StegvisError> {
    let date = rating_day(date, today)?;
    let answers = checked(answers)?;
    let existing = db::load_all(conn, sealer)?
        .into_iter()
        .find(|s| s.date == date);
    let replaced = existing.is_some();
    let stored = match existing {
        Some(mut s) => {
            for (topic, value) in answers {
                match s.answers.iter_mut().find(|(t, _)| *t == topic) {
                    Some(kept) => kept.1 = value,
                    None => s.answers.push((topic, value)),
                }
            }
            s.answers.sort_by_key(|(t, _)| *t);
            s.updated_at = to_ms(now);
            s
        }
        None => db::Stored {
            id: db::new_id(),
            date,
            answers,
            created_at: to_ms(now),
            updated_at: to_ms(now),
        },
    };
    db::save(conn, sealer, &stored)?;
    Ok((date, replaced))
}

pub(crate) fn set_interval(
    conn: &Connection,
    sealer: &Sealer,
    interval: ScaleInterval,
) -> Result<(), StegvisError> {
    interval::save(conn, sealer, interval)
}

/// When the scale is next offered, and whether that is today or earlier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Due {
    pub interval: ScaleInterval,
    pub last: Option<NaiveDate>,
    /// The day it is (or was) next offered; `None` when never.
    pub next_on: Option<NaiveDate>,
    pub due: bool,
}

/// Whether the scale is due on `today`. After a rating: the chosen interval later.
/// Before the first: once the person has started an IMR module (the program has
/// begun), so someone who only uses the app for other things is not asked.
pub(crate) fn due(
    conn: &Connection,
    sealer: &Sealer,
    today: NaiveDate,
) -> Result<Due, StegvisError> {
    let interval = interval::load(conn, sealer)?;
    let last = db::load_all(conn, sealer)?.last().map(|s| s.date);
    let next_on = match (interval.months(), last) {
        (None, _) => None,
        (Some(_), Some(last)) => interval.next_after(last),
        (Some(_), None) => crate::progress::modules::module_states(conn, sealer)?
            .iter()
            .filter_map(|m| m.started_on)
            .min(),
    };
    Ok(Due {
        interval,
        last,
        next_on,
        due: next_on.is_some_and(|d| d <= today),
    })
}

pub(crate) fn all_ratings(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<ScaleRatingRecord>, StegvisError> {
    ratings_between(conn, sealer, NaiveDate::MIN, NaiveDate::MAX)
}
