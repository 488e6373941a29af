//! Which month and day are asked for, and the Monday-first grid a month is drawn in.
//! A month or day before anything was written is simply empty; one still to come is
//! refused, because nothing can have happened yet.

use chrono::{Datelike, Duration, NaiveDate};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::time::{self, MAX_YEAR, MIN_YEAR};

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    pub fn last(self) -> NaiveDate {
        self.next().first() - Duration::days(1)
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// `YYYY-MM`.
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The Monday on or before the first, to the Sunday on or after the last: whole
    /// weeks, as a wall calendar prints them.
    pub fn grid(self) -> (NaiveDate, NaiveDate) {
        (time::monday_of(self.first()), time::sunday_of(self.last()))
    }
}

fn malformed() -> StegvisError {
    StegvisError::invalid(Field::HistoryMonth, InvalidReason::Malformed)
}

/// `YYYY-MM` (this month when empty); a month after `today`'s is refused.
pub(crate) fn parse_month(text: Option<&str>, today: NaiveDate) -> Result<Month, StegvisError> {
    let text = text.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Ok(Month::of(today));
    }
    let (year, month) = text.split_once('-').ok_or_else(malformed)?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return Err(malformed());
    }
    let year: i32 = year.parse().map_err(|_| malformed())?;
    let month: u32 = month.parse().map_err(|_| malformed())?;
    if !(1..=12).contains(&month) {
        return Err(malformed());
    }
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(StegvisError::invalid(
            Field::HistoryMonth,
            InvalidReason::OutOfRange {
                min: i64::from(MIN_YEAR),
                max: i64::from(MAX_YEAR),
            },
        ));
    }
    let asked = Month { year, month };
    if asked > Month::of(today) {
        return Err(StegvisError::invalid(
            Field::HistoryMonth,
            InvalidReason::InFuture,
        ));
    }
    Ok(asked)
}

/// A day, `YYYY-MM-DD`; one after `today` is refused.
pub(crate) fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, StegvisError> {
    let date = time::parse_date(text, Field::HistoryDate)?;
    if date > today {
        return Err(StegvisError::invalid(
            Field::HistoryDate,
            InvalidReason::InFuture,
        ));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn months_parse_strictly() {
        let today = day(2026, 11, 24);
        assert_eq!(
            parse_month(Some("2026-03"), today).map(Month::key).ok(),
            Some("2026-03".to_owned())
        );
        assert_eq!(
            parse_month(None, today).map(Month::key).ok(),
            Some("2026-11".to_owned())
        );
        for bad in [
            "2026-3",
            "2026-13",
            "2026-00",
            "26-11",
            "2026/11",
            "november",
            "2026-11-01",
        ] {
            assert_eq!(
                parse_month(Some(bad), today).err(),
                Some(malformed()),
                "{bad}"
            );
        }
        assert_eq!(
            parse_month(Some("2026-12"), today).err(),
            Some(StegvisError::invalid(
                Field::HistoryMonth,
                InvalidReason::InFuture
            ))
        );
    }

    #[test]
    fn the_grid_is_whole_weeks_monday_first() {
        // November 2026 starts on a Sunday and ends on a Monday.
        let (start, end) = Month {
            year: 2026,
            month: 11,
        }
        .grid();
        assert_eq!(start, day(2026, 10, 26));
        assert_eq!(end, day(2026, 12, 6));
        // February 2027 starts on a Monday and ends on a Sunday: four rows.
        let (start, end) = Month {
            year: 2027,
            month: 2,
        }
        .grid();
        assert_eq!(start, day(2027, 2, 1));
        assert_eq!(end, day(2027, 2, 28));
        assert_eq!(
            Month {
                year: 2026,
                month: 1
            }
            .previous()
            .key(),
            "2025-12"
        );
        assert_eq!(
            Month {
                year: 2026,
                month: 12
            }
            .next()
            .key(),
            "2027-01"
        );
    }
}
