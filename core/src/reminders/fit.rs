//! Fitting a window's reminders into the OS's limit without losing a kind.
//!
//! Doses can be many (9 a day is 63 a week); the check-in, follow-ups, steps and
//! refills are few but matter as much. So the few always go in for the whole
//! window, and doses fill the room left in time order. When doses do not all fit,
//! the plan is complete only until the first dose left out, and says so: the shell
//! builds it again before then. Only when the few alone are more than the limit
//! does the window shorten for every kind alike.

use super::Reminder;
use crate::time::Timestamp;

fn by_time(list: &mut [Reminder]) {
    list.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
}

/// At most `max` reminders in time order, and the instant before which the plan is
/// complete (`until` when everything fits).
pub(super) fn fit(
    mut doses: Vec<Reminder>,
    mut others: Vec<Reminder>,
    max: usize,
    until: Timestamp,
) -> (Vec<Reminder>, Timestamp) {
    by_time(&mut doses);
    by_time(&mut others);
    let (mut kept, valid_until) = if others.len() >= max {
        let mut all = others;
        all.append(&mut doses);
        by_time(&mut all);
        cut(all, max, until)
    } else {
        let room = max - others.len();
        let (mut kept, valid_until) = cut(doses, room, until);
        kept.append(&mut others);
        (kept, valid_until)
    };
    by_time(&mut kept);
    (kept, valid_until)
}

/// The first `max` of a time-ordered list, and when the first one left out is due.
/// Reminders at that same instant are left out too, so "complete before" holds.
fn cut(mut list: Vec<Reminder>, max: usize, until: Timestamp) -> (Vec<Reminder>, Timestamp) {
    let Some(first_out) = list.get(max).map(|r| r.at) else {
        return (list, until);
    };
    list.truncate(max);
    list.retain(|r| r.at < first_out);
    (list, first_out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{Duration, TimeZone, Utc};

    use super::super::{reminder, ReminderKind};
    use super::*;

    fn at(hours: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 23, 0, 0, 0).unwrap() + Duration::hours(hours)
    }

    fn list(kind: ReminderKind, hours: &[i64]) -> Vec<Reminder> {
        hours
            .iter()
            .map(|h| reminder(format!("{kind:?}:{h}"), kind, at(*h), String::new()))
            .collect()
    }

    #[test]
    fn doses_never_crowd_out_the_other_kinds() {
        let doses = list(ReminderKind::Dose, &(1..=100).collect::<Vec<_>>());
        let checkins = list(ReminderKind::Checkin, &[20, 44, 68, 92, 116, 140, 164]);
        let (kept, valid_until) = fit(doses, checkins, 60, at(168));
        assert_eq!(kept.len(), 60);
        assert_eq!(
            kept.iter()
                .filter(|r| r.kind == ReminderKind::Checkin)
                .count(),
            7
        );
        assert_eq!(
            valid_until,
            at(54),
            "complete until the first dose left out"
        );
        assert!(kept.windows(2).all(|w| w[0].at <= w[1].at));
    }

    #[test]
    fn everything_fits_until_the_end_of_the_window() {
        let (kept, valid_until) = fit(
            list(ReminderKind::Dose, &[1, 2]),
            list(ReminderKind::Checkin, &[3]),
            60,
            at(168),
        );
        assert_eq!((kept.len(), valid_until), (3, at(168)));
    }

    #[test]
    fn too_many_of_the_few_shorten_the_window_for_all() {
        let steps = list(ReminderKind::Step, &(1..=70).collect::<Vec<_>>());
        let (kept, valid_until) = fit(list(ReminderKind::Dose, &[5]), steps, 60, at(168));
        assert_eq!(kept.len(), 60);
        assert_eq!(valid_until, at(60));
        assert!(kept.iter().any(|r| r.kind == ReminderKind::Dose));
    }
}
