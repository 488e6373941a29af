//! Reading check-ins back: one day in full, or the last weeks newest first. Every
//! rating is said in words, dates are the person's own ("monday 23 November"), and a
//! day without a check-in is simply not listed.

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::db::{CheckinRow, SignRow};
use super::model::{CheckinDay, CheckinDayRating, CheckinHistory};
use super::rules::format_hours;
use super::trend::period_start;
use super::views::sign_name;
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};

/// The weeks `checkin history` shows when not told otherwise.
pub const DEFAULT_HISTORY_WEEKS: u32 = 2;

/// Hours as people write them: "6.5" in English, "6,5" in the Nordic languages.
pub(crate) fn hours_text(hours: f64, loc: &Localizer) -> String {
    loc.decimal_mark(&format_hours(hours))
}

/// "Slept 6.5 hours"; whole hours go through Fluent's plural rules.
pub(crate) fn sleep_label(hours: f64, loc: &Localizer) -> String {
    let args = if hours.fract() == 0.0 {
        Args::new().num("hours", hours as i64)
    } else {
        Args::new().text("hours", hours_text(hours, loc))
    };
    loc.ta("history-sleep", &args)
}

/// The word for a rating: "Not at all" .. "A lot".
pub(crate) fn rating_word(value: u8, loc: &Localizer) -> String {
    loc.t(&format!("checkin-scale-{}", value.min(super::MAX_RATING)))
}

/// "A, B and C" in the person's language.
pub(crate) fn and_list(items: &[String], loc: &Localizer) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => loc.ta(
            "history-and",
            &Args::new()
                .text("first", init.join(", "))
                .text("last", last.clone()),
        ),
    }
}

/// Sign id to (check-in position, name, retired).
type Names = HashMap<Uuid, (u32, String, bool)>;

fn names(signs: &[SignRow], loc: &Localizer) -> Names {
    signs
        .iter()
        .map(|s| {
            (
                s.id,
                (s.position, sign_name(&s.body, loc), s.retired_at.is_some()),
            )
        })
        .collect()
}

/// "Quite a lot: sleeping less · A little: racing thoughts"; calm days say so.
fn summary(ratings: &[CheckinDayRating], loc: &Localizer) -> String {
    if ratings.is_empty() {
        return loc.t("history-summary-no-ratings");
    }
    let mut parts = Vec::new();
    for level in (1..=super::MAX_RATING).rev() {
        let at: Vec<String> = ratings
            .iter()
            .filter(|r| r.value == level)
            .map(|r| r.name.clone())
            .collect();
        if !at.is_empty() {
            parts.push(
                loc.ta(
                    "history-summary-level",
                    &Args::new()
                        .text("level", rating_word(level, loc))
                        .text("signs", at.join(", ")),
                ),
            );
        }
    }
    if parts.is_empty() {
        return loc.ta(
            "history-summary-calm",
            &Args::new().text("level", rating_word(0, loc)),
        );
    }
    parts.join(" · ")
}

fn day(row: &CheckinRow, names: &Names, today: NaiveDate, loc: &Localizer) -> CheckinDay {
    let mut rated: Vec<(u32, CheckinDayRating)> = row
        .body
        .ratings
        .iter()
        .map(|(id, value)| {
            let (position, name, retired) = names.get(id).cloned().unwrap_or_default();
            let rating = CheckinDayRating {
                sign_id: id.to_string(),
                name,
                value: *value,
                value_label: rating_word(*value, loc),
                retired,
            };
            (position, rating)
        })
        .collect();
    rated.sort_by_key(|(position, _)| *position);
    let ratings: Vec<CheckinDayRating> = rated.into_iter().map(|(_, r)| r).collect();
    CheckinDay {
        date: row.date.to_string(),
        date_label: loc.date_near(row.date, today),
        checked_in: true,
        summary: summary(&ratings, loc),
        ratings,
        note: row.body.note.clone(),
        sleep_hours: row.body.sleep_hours,
        sleep_label: row.body.sleep_hours.map(|h| sleep_label(h, loc)),
        updated_at: Some(row.updated_at),
        empty_text: None,
    }
}

/// One day: the check-in in full, or a record that says kindly there was none.
pub(crate) fn one_day(
    row: Option<&CheckinRow>,
    date: NaiveDate,
    signs: &[SignRow],
    today: NaiveDate,
    loc: &Localizer,
) -> CheckinDay {
    match row {
        Some(row) => day(row, &names(signs, loc), today, loc),
        None => {
            let date_label = loc.date_near(date, today);
            CheckinDay {
                date: date.to_string(),
                empty_text: Some(loc.ta(
                    "history-no-checkin",
                    &Args::new().text("date", date_label.clone()),
                )),
                date_label,
                checked_in: false,
                ratings: Vec::new(),
                summary: String::new(),
                note: None,
                sleep_hours: None,
                sleep_label: None,
                updated_at: None,
            }
        }
    }
}

/// The first day `weeks` weeks of history cover (1 to 52), ending `today`.
pub(crate) fn history_start(weeks: u32, today: NaiveDate) -> Result<NaiveDate, StegvisError> {
    period_start(weeks, today)
}

/// The check-ins of the period, newest first; days without one are absent.
pub(crate) fn history(
    rows: &[CheckinRow],
    signs: &[SignRow],
    weeks: u32,
    today: NaiveDate,
    loc: &Localizer,
) -> Result<CheckinHistory, StegvisError> {
    let from = history_start(weeks, today)?;
    let names = names(signs, loc);
    let days: Vec<CheckinDay> = rows
        .iter()
        .rev()
        .filter(|r| r.date >= from && r.date <= today)
        .map(|r| day(r, &names, today, loc))
        .collect();
    let from_label = loc.date_near(from, today);
    let to_label = loc.date_near(today, today);
    Ok(CheckinHistory {
        weeks,
        from: from.to_string(),
        to: today.to_string(),
        title: loc.ta(
            "history-title",
            &Args::new()
                .num("weeks", i64::from(weeks))
                .text("from", from_label)
                .text("to", to_label),
        ),
        empty_text: days.is_empty().then(|| loc.t("history-empty")),
        days,
    })
}
