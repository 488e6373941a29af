//! Schedules as data: wall times, which days, from when to when, and in which zone.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::model::{NewSchedule, Repeat, Weekday, ZonePolicy};
use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::time::{parse_date, parse_wall_time, parse_zone};
use crate::validate;

/// Most doses one schedule has in a day.
pub const MAX_TIMES: usize = 24;
/// The longest "every N days".
pub const MAX_EVERY_DAYS: u32 = 365;
/// Most units one dose at one time may use.
pub const MAX_AMOUNT: i64 = 100;

/// A checked schedule; sealed as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ScheduleBody {
    /// Sorted, distinct wall times.
    pub times: Vec<NaiveTime>,
    pub repeat: Repeat,
    /// `None`: no first day (the schedule applies to any range asked about).
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub zone_policy: ZonePolicy,
    /// Units per time, in the order of `times`; empty: the medication's units per
    /// dose at every time (and so rows written before amounts existed read as before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<u32>,
}

impl ScheduleBody {
    /// Validates what a shell sent.
    pub(crate) fn from_input(input: &NewSchedule) -> Result<Self, StegvisError> {
        if input.times.is_empty() {
            return Err(StegvisError::invalid(Field::Times, InvalidReason::Empty));
        }
        let parsed = input
            .times
            .iter()
            .map(|t| parse_wall_time(t, Field::Times))
            .collect::<Result<Vec<_>, _>>()?;
        let amounts = match &input.amounts {
            None => None,
            Some(a) if a.is_empty() => None,
            Some(a) if a.len() != parsed.len() => {
                // One amount per time, or none.
                return Err(StegvisError::invalid(
                    Field::Amounts,
                    InvalidReason::Malformed,
                ));
            }
            Some(a) => Some(
                a.iter()
                    .map(|n| {
                        validate::in_range(*n, Field::Amounts, 1, MAX_AMOUNT).map(|n| n as u32)
                    })
                    .collect::<Result<Vec<u32>, _>>()?,
            ),
        };
        let mut pairs: Vec<(NaiveTime, u32)> = parsed
            .iter()
            .enumerate()
            .map(|(i, t)| (*t, amounts.as_ref().map_or(0, |a| a[i])))
            .collect();
        pairs.sort_by_key(|(t, _)| *t);
        pairs.dedup_by_key(|(t, _)| *t);
        let times: Vec<NaiveTime> = pairs.iter().map(|(t, _)| *t).collect();
        let amounts: Vec<u32> = if amounts.is_some() {
            pairs.iter().map(|(_, a)| *a).collect()
        } else {
            Vec::new()
        };
        if times.len() > MAX_TIMES {
            return Err(StegvisError::invalid(
                Field::Times,
                InvalidReason::OutOfRange {
                    min: 1,
                    max: MAX_TIMES as i64,
                },
            ));
        }
        let repeat = match &input.repeat {
            Repeat::Daily => Repeat::Daily,
            Repeat::EveryDays { days } => {
                validate::in_range(
                    i64::from(*days),
                    Field::EveryDays,
                    1,
                    i64::from(MAX_EVERY_DAYS),
                )?;
                if *days == 1 {
                    Repeat::Daily
                } else {
                    Repeat::EveryDays { days: *days }
                }
            }
            Repeat::Weekdays { days } => {
                if days.is_empty() {
                    return Err(StegvisError::invalid(Field::Weekdays, InvalidReason::Empty));
                }
                let mut days = days.clone();
                days.sort();
                days.dedup();
                Repeat::Weekdays { days }
            }
        };
        let date = |text: &Option<String>, field| match text.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(d) => parse_date(d, field).map(Some),
        };
        let start = date(&input.start_date, Field::StartDate)?;
        let end = date(&input.end_date, Field::EndDate)?;
        if matches!(repeat, Repeat::EveryDays { .. }) && start.is_none() {
            // "Every 3 days" needs a first day to count from.
            return Err(StegvisError::invalid(
                Field::StartDate,
                InvalidReason::Empty,
            ));
        }
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                return Err(StegvisError::invalid(Field::EndDate, InvalidReason::InPast));
            }
        }
        let zone_policy = match &input.zone_policy {
            ZonePolicy::FollowDevice => ZonePolicy::FollowDevice,
            ZonePolicy::Pinned { zone } => ZonePolicy::Pinned {
                zone: parse_zone(zone)?.name().to_owned(),
            },
        };
        Ok(Self {
            times,
            repeat,
            start,
            end,
            zone_policy,
            amounts,
        })
    }

    /// The schedule as a shell would send it, to apply an edit and check it again.
    pub(crate) fn to_input(&self) -> NewSchedule {
        NewSchedule {
            times: self
                .times
                .iter()
                .map(|t| t.format("%H:%M").to_string())
                .collect(),
            repeat: self.repeat.clone(),
            start_date: self.start.map(|d| d.to_string()),
            end_date: self.end.map(|d| d.to_string()),
            zone_policy: self.zone_policy.clone(),
            amounts: (!self.amounts.is_empty())
                .then(|| self.amounts.iter().map(|a| i64::from(*a)).collect()),
        }
    }

    /// Units the dose at `slot` uses; `default` (the medication's units per dose)
    /// unless the schedule says otherwise.
    pub(crate) fn amount(&self, slot: NaiveTime, default: u32) -> u32 {
        self.times
            .iter()
            .position(|t| *t == slot)
            .and_then(|i| self.amounts.get(i).copied())
            .unwrap_or(default)
    }

    /// Same doses at the same times on the same days: a second copy would double them.
    pub(crate) fn same_doses_as(&self, other: &ScheduleBody) -> bool {
        self.times == other.times
            && self.repeat == other.repeat
            && self.zone_policy == other.zone_policy
    }

    /// Whether the schedule still has doses on or after `today`.
    pub(crate) fn active_on_or_after(&self, today: NaiveDate) -> bool {
        self.end.is_none_or(|e| e >= today)
    }

    /// Whether the schedule has doses on `date`.
    pub(crate) fn occurs_on(&self, date: NaiveDate) -> bool {
        if self.start.is_some_and(|s| date < s) || self.end.is_some_and(|e| date > e) {
            return false;
        }
        match &self.repeat {
            Repeat::Daily => true,
            Repeat::EveryDays { days } => self
                .start
                .is_some_and(|s| (date - s).num_days() % i64::from(*days) == 0),
            Repeat::Weekdays { days } => days.contains(&Weekday::of(date)),
        }
    }

    /// "Every day at 08:00 and 22:00", in the person's language.
    pub(crate) fn describe(&self, loc: &Localizer) -> String {
        let times: Vec<String> = self
            .times
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let time = loc.time(*t);
                match self.amounts.get(i) {
                    Some(n) => loc.ta(
                        "dose-time-amount",
                        &Args::new().text("time", time).num("amount", i64::from(*n)),
                    ),
                    None => time,
                }
            })
            .collect();
        let times = times.join(", ");
        let mut text = match &self.repeat {
            Repeat::Daily => loc.ta("schedule-daily", &Args::new().text("times", times)),
            Repeat::EveryDays { days } => loc.ta(
                "schedule-every-days",
                &Args::new()
                    .num("days", i64::from(*days))
                    .text("times", times),
            ),
            Repeat::Weekdays { days } => {
                let names: Vec<String> = days
                    .iter()
                    .map(|d| loc.t(&format!("weekday-{}", d.key())))
                    .collect();
                loc.ta(
                    "schedule-weekdays",
                    &Args::new()
                        .text("days", names.join(", "))
                        .text("times", times),
                )
            }
        };
        if let ZonePolicy::Pinned { zone } = &self.zone_policy {
            text.push_str(&loc.ta(
                "schedule-pinned",
                &Args::new().text("zone", crate::time::zone_city(zone)),
            ));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(times: &[&str], repeat: Repeat) -> NewSchedule {
        NewSchedule {
            times: times.iter().map(|t| (*t).to_owned()).collect(),
            repeat,
            start_date: Some("2026-11-01".into()),
            end_date: None,
            zone_policy: ZonePolicy::FollowDevice,
            amounts: None,
        }
    }

    #[test]
    fn which_days_a_schedule_has_doses() {
        let d = |n| NaiveDate::from_ymd_opt(2026, 11, n).unwrap();
        let every3 =
            ScheduleBody::from_input(&input(&["08:00"], Repeat::EveryDays { days: 3 })).unwrap();
        assert!(every3.occurs_on(d(1)) && every3.occurs_on(d(4)) && !every3.occurs_on(d(5)));
        assert!(!every3.occurs_on(NaiveDate::from_ymd_opt(2026, 10, 29).unwrap()));
        let weekly = ScheduleBody::from_input(&input(
            &["20:00"],
            Repeat::Weekdays {
                days: vec![Weekday::Mon, Weekday::Thu],
            },
        ))
        .unwrap();
        // 2026-11-23 is a Monday.
        assert!(weekly.occurs_on(d(23)) && weekly.occurs_on(d(26)) && !weekly.occurs_on(d(24)));
    }

    #[test]
    fn a_schedule_stored_before_amounts_reads_as_before() {
        // A body as sealed before issue 8: no `amounts`.
        let old = r#"{"times":["08:00:00","22:00:00"],"repeat":{"kind":"daily"},"start":"2026-11-01","end":null,"zone_policy":{"kind":"follow-device"}}"#;
        let body: ScheduleBody = serde_json::from_str(old).unwrap();
        assert!(body.amounts.is_empty());
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert_eq!((body.amount(t(8), 2), body.amount(t(22), 2)), (2, 2));
        // Written without amounts, it stays readable by a build that knows none.
        assert!(!serde_json::to_string(&body).unwrap().contains("amounts"));

        let mut with = input(&["22:00", "08:00"], Repeat::Daily);
        with.amounts = Some(vec![2, 1]);
        let body = ScheduleBody::from_input(&with).unwrap();
        assert_eq!(body.times, [t(8), t(22)]);
        assert_eq!((body.amount(t(8), 5), body.amount(t(22), 5)), (1, 2));
        with.amounts = Some(vec![1]);
        assert_eq!(
            ScheduleBody::from_input(&with).unwrap_err(),
            StegvisError::invalid(Field::Amounts, InvalidReason::Malformed)
        );
    }

    #[test]
    fn bad_schedules_name_the_field() {
        let err = |i: NewSchedule| ScheduleBody::from_input(&i).unwrap_err();
        assert_eq!(
            err(input(&["24:00"], Repeat::Daily)),
            StegvisError::invalid(Field::Times, InvalidReason::Malformed)
        );
        assert_eq!(
            err(input(&["8am"], Repeat::Daily)),
            StegvisError::invalid(Field::Times, InvalidReason::Malformed)
        );
        assert_eq!(
            err(input(&[], Repeat::Daily)),
            StegvisError::invalid(Field::Times, InvalidReason::Empty)
        );
        assert!(matches!(
            err(input(&["08:00"], Repeat::EveryDays { days: 0 })),
            StegvisError::InvalidInput {
                field: Field::EveryDays,
                ..
            }
        ));
        let mut backwards = input(&["08:00"], Repeat::Daily);
        backwards.end_date = Some("2026-10-01".into());
        assert_eq!(
            err(backwards),
            StegvisError::invalid(Field::EndDate, InvalidReason::InPast)
        );
        let mut nowhere = input(&["08:00"], Repeat::Daily);
        nowhere.zone_policy = ZonePolicy::Pinned {
            zone: "Europe/Atlantis".into(),
        };
        assert_eq!(
            err(nowhere),
            StegvisError::invalid(Field::Zone, InvalidReason::Unknown)
        );
    }
}
