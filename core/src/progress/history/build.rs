//! A month and a day of history built from what the sources found.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::marks::{legend, marks};
use super::model::{
    HistoryCell, HistoryDay, HistoryDayPlace, HistoryItem, HistoryMonth, HistoryWeek,
};
use super::month::Month;
use crate::l10n::{Args, Localizer};

fn description(
    date: NaiveDate,
    place: HistoryDayPlace,
    is_today: bool,
    labels: &[String],
    today: NaiveDate,
    loc: &Localizer,
) -> String {
    let date_label = loc.date_near(date, today);
    let args = Args::new()
        .text("date", date_label.clone())
        .text("marks", labels.join("; "));
    match place {
        HistoryDayPlace::Future => loc.ta("calendar-day-ahead", &args),
        HistoryDayPlace::OutsideMonth => date_label,
        HistoryDayPlace::InMonth => match (is_today, labels.is_empty()) {
            (true, true) => loc.ta("calendar-day-today", &args),
            (true, false) => loc.ta("calendar-day-today-marks", &args),
            (false, true) => date_label,
            (false, false) => loc.ta("calendar-day-marks", &args),
        },
    }
}

/// The month as whole Monday-first weeks, each day with its markers.
pub(crate) fn month_view(
    month: Month,
    days: &BTreeMap<NaiveDate, Vec<HistoryItem>>,
    today: NaiveDate,
    loc: &Localizer,
) -> HistoryMonth {
    let (start, end) = month.grid();
    let mut weeks = Vec::new();
    let mut date = start;
    while date <= end {
        let mut cells = Vec::with_capacity(7);
        let iso_week = date.iso_week().week();
        for _ in 0..7 {
            let place = if Month::of(date) != month {
                HistoryDayPlace::OutsideMonth
            } else if date > today {
                HistoryDayPlace::Future
            } else {
                HistoryDayPlace::InMonth
            };
            let found = match place {
                HistoryDayPlace::InMonth => {
                    marks(days.get(&date).map_or(&[][..], Vec::as_slice), loc)
                }
                _ => Vec::new(),
            };
            let labels: Vec<String> = found.iter().map(|m| m.label.clone()).collect();
            let is_today = date == today;
            cells.push(HistoryCell {
                date: date.to_string(),
                day_number: date.day(),
                place,
                is_today,
                description: description(date, place, is_today, &labels, today, loc),
                marks: found,
            });
            date += Duration::days(1);
        }
        weeks.push(HistoryWeek {
            iso_week,
            days: cells,
        });
    }
    let title = loc.month_title(month.year, month.month);
    let empty = weeks
        .iter()
        .flat_map(|w| &w.days)
        .all(|c| c.marks.is_empty());
    HistoryMonth {
        month: month.key(),
        weekday_names: loc.short_weekdays(),
        weeks,
        previous_month: month.previous().key(),
        next_month: (month < Month::of(today)).then(|| month.next().key()),
        legend: legend(loc),
        empty_text: empty.then(|| {
            loc.ta(
                "calendar-month-empty",
                &Args::new().text("month", title.clone()),
            )
        }),
        title,
    }
}

/// One day opened.
pub(crate) fn day_view(
    date: NaiveDate,
    items: Vec<HistoryItem>,
    today: NaiveDate,
    loc: &Localizer,
) -> HistoryDay {
    HistoryDay {
        date: date.to_string(),
        month: Month::of(date).key(),
        title: loc.date_near(date, today),
        is_today: date == today,
        empty_text: items.is_empty().then(|| loc.t("calendar-day-empty")),
        items,
    }
}
