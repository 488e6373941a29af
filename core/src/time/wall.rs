//! Local wall-clock times to UTC instants, by the rules every calendar app should
//! share (RFC 5545 section 3.3.5; java.time and Python's zoneinfo agree):
//! - a wall time in a daylight-saving gap is read with the offset from before the
//!   gap, so it moves later by the gap's length (02:30 on a spring-forward night in
//!   Oslo is 03:30 summer time);
//! - a wall time that occurs twice is the earlier instant.

use chrono::{Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use chrono_tz::Tz;

use super::Timestamp;
use crate::error::{Field, InvalidReason, StegvisError};

/// Reads `HH:MM` (00:00 to 23:59). "24:00", "8am" and "8:5" are refused.
pub fn parse_wall_time(text: &str, field: Field) -> Result<NaiveTime, StegvisError> {
    let t = text.trim();
    let bad = || StegvisError::invalid(field, InvalidReason::Malformed);
    if t.len() != 5 || t.as_bytes()[2] != b':' {
        return Err(bad());
    }
    NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| bad())
}

/// The instant at which `date` `time` happens in `zone`.
pub fn resolve(date: NaiveDate, time: NaiveTime, zone: Tz) -> Timestamp {
    let wall = date.and_time(time);
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(t) => t.with_timezone(&chrono::Utc),
        LocalResult::Ambiguous(earlier, _) => earlier.with_timezone(&chrono::Utc),
        LocalResult::None => in_gap(wall, zone),
    }
}

/// A wall time that does not exist: use the offset in force a day before, which is
/// the offset before the gap (no zone changes its offset twice within a day).
fn in_gap(wall: NaiveDateTime, zone: Tz) -> Timestamp {
    let before = wall - Duration::days(1);
    let offset = zone
        .offset_from_utc_datetime(&before)
        .fix()
        .local_minus_utc();
    (wall - Duration::seconds(i64::from(offset))).and_utc()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(y: i32, m: u32, d: u32, hh: u32, mm: u32, zone: Tz) -> Timestamp {
        resolve(
            NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            NaiveTime::from_hms_opt(hh, mm, 0).unwrap(),
            zone,
        )
    }

    fn utc(y: i32, m: u32, d: u32, hh: u32, mm: u32) -> Timestamp {
        Utc.with_ymd_and_hms(y, m, d, hh, mm, 0).unwrap()
    }

    #[test]
    fn oslo_and_stockholm_spring_gap_moves_later() {
        for zone in [Tz::Europe__Oslo, Tz::Europe__Stockholm] {
            // 02:30 does not exist on 2026-03-29: read as +01:00, i.e. 03:30 summer time.
            assert_eq!(at(2026, 3, 29, 2, 30, zone), utc(2026, 3, 29, 1, 30));
            assert_eq!(at(2026, 3, 29, 3, 30, zone), utc(2026, 3, 29, 1, 30));
            assert_eq!(at(2026, 3, 29, 1, 59, zone), utc(2026, 3, 29, 0, 59));
            assert_eq!(at(2026, 3, 29, 8, 0, zone), utc(2026, 3, 29, 6, 0));
        }
    }

    #[test]
    fn oslo_autumn_overlap_takes_the_earlier() {
        // 02:30 happens twice on 2026-10-25: first at +02:00.
        assert_eq!(
            at(2026, 10, 25, 2, 30, Tz::Europe__Oslo),
            utc(2026, 10, 25, 0, 30)
        );
        assert_eq!(
            at(2026, 10, 25, 3, 0, Tz::Europe__Oslo),
            utc(2026, 10, 25, 2, 0)
        );
    }

    #[test]
    fn lord_howe_half_hour_and_santiago_midnight() {
        // Lord Howe springs forward 30 minutes at 02:00 on 2026-10-04 (+10:30 -> +11:00).
        assert_eq!(
            at(2026, 10, 4, 2, 15, Tz::Australia__Lord_Howe),
            utc(2026, 10, 3, 15, 45)
        );
        // And falls back 30 minutes at 02:00 on 2026-04-05: 01:45 happens twice.
        assert_eq!(
            at(2026, 4, 5, 1, 45, Tz::Australia__Lord_Howe),
            utc(2026, 4, 4, 14, 45)
        );
        // Santiago starts summer time at midnight on 2026-09-06: 00:30 does not exist.
        assert_eq!(
            at(2026, 9, 6, 0, 30, Tz::America__Santiago),
            utc(2026, 9, 6, 4, 30)
        );
    }

    #[test]
    fn southern_hemisphere_and_no_dst() {
        // Sydney: summer time from 2026-10-04 02:00 (+10 -> +11).
        assert_eq!(
            at(2026, 10, 4, 2, 30, Tz::Australia__Sydney),
            utc(2026, 10, 3, 16, 30)
        );
        assert_eq!(
            at(2026, 7, 1, 8, 0, Tz::Australia__Sydney),
            utc(2026, 6, 30, 22, 0)
        );
        // Iceland keeps UTC all year.
        assert_eq!(
            at(2026, 3, 29, 2, 30, Tz::Atlantic__Reykjavik),
            utc(2026, 3, 29, 2, 30)
        );
    }

    #[test]
    fn wall_times_are_strict() {
        assert!(parse_wall_time("08:00", Field::Id).is_ok());
        assert!(parse_wall_time("23:59", Field::Id).is_ok());
        for bad in ["24:00", "8am", "8:00", "08:60", "0800", "", "08:00:00"] {
            assert!(parse_wall_time(bad, Field::Id).is_err(), "{bad}");
        }
    }
}
