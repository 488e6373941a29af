//! Weeks as Stegvis counts them: Monday to Sunday, local days. Repeating steps count
//! within one, the calendar prints whole ones, and summaries average over them.

use chrono::{Datelike, Duration, NaiveDate};

/// The Monday on or before `day`.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The Sunday on or after `day`.
pub fn sunday_of(day: NaiveDate) -> NaiveDate {
    day + Duration::days(i64::from(6 - day.weekday().num_days_from_monday()))
}

/// The week `day` lies in: its Monday and its Sunday.
pub fn week_bounds(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    (monday_of(day), sunday_of(day))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_week_runs_monday_to_sunday() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // Tuesday 24 November 2026.
        assert_eq!(
            week_bounds(d("2026-11-24")),
            (d("2026-11-23"), d("2026-11-29"))
        );
        assert_eq!(
            week_bounds(d("2026-11-23")),
            (d("2026-11-23"), d("2026-11-29"))
        );
        assert_eq!(
            week_bounds(d("2026-11-29")),
            (d("2026-11-23"), d("2026-11-29"))
        );
        // Across a year's end.
        assert_eq!(monday_of(d("2027-01-01")), d("2026-12-28"));
    }
}
