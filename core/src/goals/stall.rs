//! When a step counts as stalled. Counted in calendar days in the person's zone, so a
//! step added late in the evening is not "a day old" an hour later.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::time::local_date;

/// Days without progress before a step is offered the problem-solving flow.
pub const DEFAULT_STALL_DAYS: u32 = 7;

/// Whole calendar days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A step is stalled when it is open and nothing happened to it for `stall_days`
/// calendar days.
pub fn is_stalled(
    last_activity: DateTime<Utc>,
    done: bool,
    stall_days: u32,
    today: NaiveDate,
    zone: Tz,
) -> bool {
    !done && days_between(local_date(last_activity, zone), today) >= i64::from(stall_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn stalls_after_the_chosen_number_of_calendar_days() {
        let zone = Tz::Europe__Oslo;
        let added = Utc.with_ymd_and_hms(2026, 11, 1, 22, 30, 0).unwrap(); // 23:30 in Oslo
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert!(!is_stalled(added, false, 7, day(7), zone));
        assert!(is_stalled(added, false, 7, day(8), zone));
        assert!(!is_stalled(added, true, 7, day(30), zone));
        assert!(is_stalled(added, false, 1, day(2), zone));
    }
}
