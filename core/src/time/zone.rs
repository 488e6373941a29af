use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::Timestamp;
use crate::error::{Field, InvalidReason, StegvisError};

/// Dates cross every boundary as ISO 8601 calendar dates.
pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// An IANA zone name such as `Europe/Oslo`.
pub fn parse_zone(name: &str) -> Result<Tz, StegvisError> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| StegvisError::invalid(Field::Zone, InvalidReason::Unknown))
}

/// The day a person says something happened: today when nothing is given, else a
/// `YYYY-MM-DD` that is not after today (`InFuture` on `field`).
pub fn day_up_to_today(
    text: Option<&str>,
    today: NaiveDate,
    field: Field,
) -> Result<NaiveDate, StegvisError> {
    let date = match text.map(str::trim) {
        None | Some("") => today,
        Some(t) => parse_date(t, field)?,
    };
    if date > today {
        return Err(StegvisError::invalid(field, InvalidReason::InFuture));
    }
    Ok(date)
}

/// A calendar date `YYYY-MM-DD`; `field` names it in the error.
pub fn parse_date(text: &str, field: Field) -> Result<NaiveDate, StegvisError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(StegvisError::invalid(field, InvalidReason::Empty));
    }
    let date = NaiveDate::parse_from_str(text, DATE_FORMAT)
        .map_err(|_| StegvisError::invalid(field, InvalidReason::Malformed))?;
    // Far-off years are typos, and keeping dates near now keeps date arithmetic
    // (ranges, look-backs, reminders) far from chrono's limits.
    let year = chrono::Datelike::year(&date);
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(StegvisError::invalid(
            field,
            InvalidReason::OutOfRange {
                min: i64::from(MIN_YEAR),
                max: i64::from(MAX_YEAR),
            },
        ));
    }
    Ok(date)
}

/// The earliest year a date may have.
pub const MIN_YEAR: i32 = 1900;
/// The latest year a date may have.
pub const MAX_YEAR: i32 = 2199;

/// The calendar date at `instant` in `zone`.
pub fn local_date(instant: DateTime<Utc>, zone: Tz) -> NaiveDate {
    instant.with_timezone(&zone).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn zones_and_dates() {
        assert!(parse_zone("Europe/Oslo").is_ok());
        assert!(parse_zone("Mars/Olympus").is_err());
        assert!(parse_date("2026-02-30", Field::DueDate).is_err());
        assert!(parse_date("tomorrow", Field::DueDate).is_err());
        assert_eq!(
            parse_date("9999-12-31", Field::DueDate).unwrap_err(),
            StegvisError::invalid(
                Field::DueDate,
                InvalidReason::OutOfRange {
                    min: 1900,
                    max: 2199
                }
            )
        );
        assert_eq!(
            parse_date(" 2026-11-23 ", Field::DueDate).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
    }

    #[test]
    fn local_date_follows_the_zone() {
        let late = Utc.with_ymd_and_hms(2026, 11, 23, 23, 30, 0).unwrap();
        assert_eq!(local_date(late, Tz::UTC).to_string(), "2026-11-23");
        assert_eq!(local_date(late, Tz::Europe__Oslo).to_string(), "2026-11-24");
        assert_eq!(
            local_date(late, Tz::America__New_York).to_string(),
            "2026-11-23"
        );
    }
}

/// The zone from `since` until the next change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZonePeriod {
    /// `None` for the first period: it reaches back indefinitely.
    pub since: Option<Timestamp>,
    pub zone: Tz,
}

/// The place an IANA zone is named for, for people: `Europe/Oslo` is "Oslo",
/// `America/New_York` is "New York".
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}
