//! The shipped time-zone data is trimmed to 2020-2079 (third_party/chrono-tz): every
//! zone is still there and the offsets in those years are those of the tz database.
#![allow(clippy::unwrap_used)]

use chrono::{Offset, TimeZone, Utc};
use chrono_tz::Tz;

fn offset_hours(zone: Tz, y: i32, m: u32, d: u32, h: u32) -> f64 {
    let at = Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap();
    f64::from(
        zone.offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc(),
    ) / 3600.0
}

#[test]
fn every_zone_name_is_still_known() {
    assert_eq!(chrono_tz::TZ_VARIANTS.len(), 597);
    for zone in chrono_tz::TZ_VARIANTS {
        assert_eq!(zone.name().parse::<Tz>().unwrap(), zone);
    }
}

#[test]
fn offsets_from_2020_to_2079_are_the_tz_databases() {
    let oslo = chrono_tz::Europe::Oslo;
    // The span in force on 2020-01-01, and the first summer time after it.
    assert_eq!(offset_hours(oslo, 2020, 1, 1, 0), 1.0);
    assert_eq!(offset_hours(oslo, 2020, 7, 1, 12), 2.0);
    // Around this year's and a late change.
    assert_eq!(offset_hours(oslo, 2026, 3, 29, 0), 1.0);
    assert_eq!(offset_hours(oslo, 2026, 3, 29, 2), 2.0);
    assert_eq!(offset_hours(oslo, 2079, 7, 1, 12), 2.0);
    assert_eq!(offset_hours(oslo, 2079, 12, 1, 12), 1.0);
    let new_york = chrono_tz::America::New_York;
    assert_eq!(offset_hours(new_york, 2020, 1, 15, 12), -5.0);
    assert_eq!(offset_hours(new_york, 2020, 7, 15, 12), -4.0);
    assert_eq!(offset_hours(new_york, 2026, 11, 1, 5), -4.0);
    assert_eq!(offset_hours(new_york, 2026, 11, 1, 7), -5.0);
    let sydney = chrono_tz::Australia::Sydney;
    assert_eq!(offset_hours(sydney, 2026, 1, 15, 0), 11.0);
    assert_eq!(offset_hours(sydney, 2026, 7, 15, 0), 10.0);
    let kolkata = chrono_tz::Asia::Kolkata;
    assert_eq!(offset_hours(kolkata, 2026, 7, 15, 0), 5.5);
}
