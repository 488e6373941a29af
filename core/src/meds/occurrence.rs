//! Planned doses for any range of dates. Each is keyed by (schedule, local date, slot):
//! exactly one per key, listed in UTC order.
//!
//! Follow-the-device schedules read each dose in the zone the device was in at that
//! moment. When travel makes two zones both claim a dose (flying west), the earlier
//! wins, so none is doubled; when neither does (flying east), the newer zone's is
//! used, so none is lost: it shows as due at once.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use uuid::Uuid;

use super::model::{DoseStatus, MedStatus, Occurrence, ZonePolicy};
use super::schedule::ScheduleBody;
use crate::time::{resolve, Timestamp, ZonePeriod};

/// Longest range one request may span, so a typo cannot ask for centuries.
pub const MAX_RANGE_DAYS: i64 = 3700;

/// A schedule with what the generator needs to know about its medication.
#[derive(Debug, Clone)]
pub(crate) struct Plan<'a> {
    pub schedule_id: Uuid,
    pub medication_id: Uuid,
    pub body: &'a ScheduleBody,
    /// Status changes of the medication, oldest first.
    pub status_history: &'a [(Timestamp, MedStatus)],
    /// Units a dose uses where the schedule does not say.
    pub units_per_dose: u32,
}

/// A logged dose, by occurrence key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Logged {
    pub status: DoseStatus,
    pub at: Timestamp,
}

pub(crate) type LogKey = (Uuid, NaiveDate, NaiveTime);

/// `schedule/date/slot`.
pub fn occurrence_id(schedule: Uuid, date: NaiveDate, slot: NaiveTime) -> String {
    format!("{schedule}/{date}/{}", slot.format("%H:%M"))
}

/// The instant of a follow-the-device dose, given the device's zone history.
pub(crate) fn follow_device(date: NaiveDate, time: NaiveTime, periods: &[ZonePeriod]) -> Timestamp {
    if let [only] = periods {
        return resolve(date, time, only.zone);
    }
    let candidates: Vec<(usize, Timestamp)> = periods
        .iter()
        .enumerate()
        .map(|(i, p)| (i, resolve(date, time, p.zone)))
        .collect();
    let within = |i: usize, at: Timestamp| {
        periods[i].since.is_none_or(|s| at >= s)
            && periods
                .get(i + 1)
                .and_then(|n| n.since)
                .is_none_or(|next| at < next)
    };
    if let Some(at) = candidates
        .iter()
        .filter(|(i, at)| within(*i, *at))
        .map(|(_, at)| *at)
        .min()
    {
        return at;
    }
    let latest = candidates.iter().map(|(_, at)| *at).max();
    let newest = periods
        .iter()
        .enumerate()
        .filter(|(_, p)| match (p.since, latest) {
            (None, _) => true,
            (Some(s), Some(l)) => s <= l,
            (Some(_), None) => false,
        })
        .map(|(i, _)| i)
        .next_back()
        .unwrap_or(0);
    candidates[newest].1
}

fn active_at(history: &[(Timestamp, MedStatus)], at: Timestamp) -> bool {
    history
        .iter()
        .rev()
        .find(|(since, _)| *since <= at)
        .or(history.first())
        .is_none_or(|(_, status)| *status == MedStatus::Active)
}

/// A slot of a plan with its text and amount, worked out once for every date.
struct Slot {
    time: NaiveTime,
    text: String,
    amount: u32,
}

/// A plan with its texts written out once.
struct Prepared<'p, 'a> {
    plan: &'p Plan<'a>,
    pinned: Option<Tz>,
    schedule_id: String,
    medication_id: String,
    slots: Vec<Slot>,
}

/// A planned dose before its texts are written: small, so sorting moves little.
#[derive(Clone, Copy)]
struct Planned {
    /// The order of the list as numbers: the instant, the rank of the schedule id's
    /// text, the rank of the slot's text, then where the dose was generated (plan,
    /// date, slot), so equal keys cannot occur and no strings are compared.
    key: (i64, u32, u32, u32, usize, usize, usize),
    at: Timestamp,
    plan: usize,
    date: usize,
    slot: usize,
}

/// Each text's place among `texts` sorted, so comparing places compares the texts.
fn ranks<'t>(texts: impl Iterator<Item = &'t str> + Clone) -> impl Fn(&str) -> u32 {
    let mut sorted: Vec<String> = texts.map(str::to_owned).collect();
    sorted.sort();
    sorted.dedup();
    move |text| sorted.partition_point(|t| t.as_str() < text) as u32
}

/// `schedule/date/slot` from parts already written out: the same text as
/// [`occurrence_id`] without formatting each piece again.
fn join_id(schedule: &str, date: &str, slot: &str) -> String {
    let mut id = String::with_capacity(schedule.len() + date.len() + slot.len() + 2);
    id.push_str(schedule);
    id.push('/');
    id.push_str(date);
    id.push('/');
    id.push_str(slot);
    id
}

/// Every planned dose of `plans` on local dates `from..=to`, in UTC order (ties by
/// schedule id, then slot).
///
/// A year of doses is thousands of them, so the work per dose is kept small: a wall
/// time is resolved once per date for all plans that share it (medicines taken
/// together), doses are sorted as small keys, and their texts (ids, date, slot) are
/// written once per plan, date or slot and then copied.
pub(crate) fn generate(
    plans: &[Plan<'_>],
    from: NaiveDate,
    to: NaiveDate,
    periods: &[ZonePeriod],
    logged: &HashMap<LogKey, Logged>,
) -> Vec<Occurrence> {
    let dates: Vec<NaiveDate> = from.iter_days().take_while(|d| *d <= to).collect();
    let prepared: Vec<Prepared<'_, '_>> = plans
        .iter()
        .map(|plan| Prepared {
            plan,
            pinned: match &plan.body.zone_policy {
                ZonePolicy::Pinned { zone } => zone.parse().ok(),
                ZonePolicy::FollowDevice => None,
            },
            schedule_id: plan.schedule_id.to_string(),
            medication_id: plan.medication_id.to_string(),
            slots: plan
                .body
                .times
                .iter()
                .map(|t| Slot {
                    time: *t,
                    text: t.format("%H:%M").to_string(),
                    amount: plan.body.amount(*t, plan.units_per_dose),
                })
                .collect(),
        })
        .collect();

    let schedule_rank = ranks(prepared.iter().map(|p| p.schedule_id.as_str()));
    let schedule_ranks: Vec<u32> = prepared
        .iter()
        .map(|p| schedule_rank(&p.schedule_id))
        .collect();
    let slot_rank = ranks(
        prepared
            .iter()
            .flat_map(|p| p.slots.iter().map(|s| s.text.as_str())),
    );
    let slot_ranks: Vec<Vec<u32>> = prepared
        .iter()
        .map(|p| p.slots.iter().map(|s| slot_rank(&s.text)).collect())
        .collect();

    let per_day: usize = prepared.iter().map(|p| p.slots.len()).sum();
    let mut planned = Vec::with_capacity(per_day * dates.len());
    // (slot, pinned zone or the device's) -> instant, for the date at hand.
    let mut resolved: Vec<(NaiveTime, Option<Tz>, Timestamp)> = Vec::new();
    for (d, date) in dates.iter().enumerate() {
        resolved.clear();
        for (p, prep) in prepared.iter().enumerate() {
            if !prep.plan.body.occurs_on(*date) {
                continue;
            }
            for (s, slot) in prep.slots.iter().enumerate() {
                let known = resolved
                    .iter()
                    .find(|(t, z, _)| *t == slot.time && *z == prep.pinned)
                    .map(|(_, _, at)| *at);
                let at = known.unwrap_or_else(|| {
                    let at = match prep.pinned {
                        Some(zone) => resolve(*date, slot.time, zone),
                        None => follow_device(*date, slot.time, periods),
                    };
                    resolved.push((slot.time, prep.pinned, at));
                    at
                });
                if active_at(prep.plan.status_history, at) {
                    planned.push(Planned {
                        key: (
                            at.timestamp(),
                            at.timestamp_subsec_nanos(),
                            schedule_ranks[p],
                            slot_ranks[p][s],
                            p,
                            d,
                            s,
                        ),
                        at,
                        plan: p,
                        date: d,
                        slot: s,
                    });
                }
            }
        }
    }
    planned.sort_unstable_by_key(|p| p.key);

    let date_texts: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
    planned
        .into_iter()
        .map(|entry| {
            let prep = &prepared[entry.plan];
            let slot = &prep.slots[entry.slot];
            let date_text = &date_texts[entry.date];
            let log = if logged.is_empty() {
                None
            } else {
                logged.get(&(prep.plan.schedule_id, dates[entry.date], slot.time))
            };
            Occurrence {
                id: join_id(&prep.schedule_id, date_text, &slot.text),
                medication_id: prep.medication_id.clone(),
                schedule_id: prep.schedule_id.clone(),
                local_date: date_text.clone(),
                slot: slot.text.clone(),
                at: entry.at,
                status: log.map(|l| l.status),
                taken_at: log.filter(|l| l.status == DoseStatus::Taken).map(|l| l.at),
                snoozed_until: log
                    .filter(|l| l.status == DoseStatus::Snoozed)
                    .map(|l| l.at),
                amount: slot.amount,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn ids_joined_from_parts_are_the_ids() {
        let schedule = Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
        let date = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        assert_eq!(
            join_id(&schedule.to_string(), &date.to_string(), "02:30"),
            occurrence_id(schedule, date, t(2, 30))
        );
    }

    #[test]
    fn travel_west_never_doubles_and_east_never_loses() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        // West: leave Oslo at 12:00 Oslo (11:00 UTC), in New York from then on.
        let west = [
            ZonePeriod {
                since: None,
                zone: Tz::Europe__Oslo,
            },
            ZonePeriod {
                since: Some(Utc.with_ymd_and_hms(2026, 11, 23, 11, 0, 0).unwrap()),
                zone: Tz::America__New_York,
            },
        ];
        // 08:00 Oslo (07:00 UTC) was before the change; 08:00 New York (13:00 UTC) is
        // after it. Both claim the dose: the earlier wins.
        assert_eq!(
            follow_device(d, t(8, 0), &west),
            Utc.with_ymd_and_hms(2026, 11, 23, 7, 0, 0).unwrap()
        );
        // 22:00 New York (03:00 UTC next day) is the evening dose.
        assert_eq!(
            follow_device(d, t(22, 0), &west),
            Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap()
        );

        // East: in New York until arriving in Oslo at 10:00 Oslo (09:00 UTC).
        let east = [
            ZonePeriod {
                since: None,
                zone: Tz::America__New_York,
            },
            ZonePeriod {
                since: Some(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()),
                zone: Tz::Europe__Oslo,
            },
        ];
        // 08:00 Oslo (07:00 UTC) came before arrival; 08:00 New York (13:00 UTC) after
        // it. Neither claims the dose: Oslo's, the newer zone, keeps it (due at once).
        assert_eq!(
            follow_device(d, t(8, 0), &east),
            Utc.with_ymd_and_hms(2026, 11, 23, 7, 0, 0).unwrap()
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::meds::model::Repeat;
    use chrono::{Duration, NaiveDateTime, TimeZone, Utc};
    use proptest::prelude::*;

    const ZONES: &[Tz] = &[
        Tz::Europe__Oslo,
        Tz::Europe__Stockholm,
        Tz::Europe__London,
        Tz::America__New_York,
        Tz::America__Santiago,
        Tz::America__St_Johns,
        Tz::America__Sao_Paulo,
        Tz::Australia__Lord_Howe,
        Tz::Australia__Sydney,
        Tz::Pacific__Chatham,
        Tz::Pacific__Apia,
        Tz::Asia__Tehran,
        Tz::Asia__Kolkata,
        Tz::Africa__Casablanca,
        Tz::UTC,
    ];

    fn local(u: NaiveDateTime, zone: Tz) -> NaiveDateTime {
        zone.from_utc_datetime(&u).naive_local()
    }

    /// Written apart from `resolve`: scan UTC minutes around the wall time. The
    /// earliest instant whose local time is `wall` wins; if there is none (a gap),
    /// use the offset of the last instant before the gap.
    fn oracle(wall: NaiveDateTime, zone: Tz) -> Timestamp {
        let mut u = wall - Duration::hours(16);
        let end = wall + Duration::hours(16);
        let mut before_gap = None;
        while u <= end {
            let l = local(u, zone);
            if l == wall {
                return Utc.from_utc_datetime(&u);
            }
            if l < wall {
                before_gap = Some(u);
            }
            u += Duration::minutes(1);
        }
        let last = before_gap.unwrap_or(wall);
        let offset = local(last, zone) - last;
        Utc.from_utc_datetime(&(wall - offset))
    }

    prop_compose! {
        fn schedule_case()(
            zone in 0..ZONES.len(),
            day in 0i64..(21 * 365),
            times in proptest::collection::btree_set((0u32..24, prop::sample::select(vec![0u32, 15, 30, 45])), 1..4),
        ) -> (Tz, NaiveDate, Vec<NaiveTime>) {
            let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Duration::days(day);
            let times = times.into_iter().map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()).collect();
            (ZONES[zone], start, times)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(160))]

        #[test]
        fn one_per_key_in_utc_order_equal_to_the_oracle((zone, start, times) in schedule_case()) {
            let body = ScheduleBody {
                times: times.clone(),
                repeat: Repeat::Daily,
                start: None,
                end: None,
                zone_policy: ZonePolicy::Pinned { zone: zone.name().to_owned() },
                amounts: vec![],
            };
            let history = [];
            let plan = Plan { schedule_id: Uuid::nil(), medication_id: Uuid::nil(), body: &body, status_history: &history, units_per_dose: 1 };
            let end = start + Duration::days(4);
            let periods = [ZonePeriod { since: None, zone: Tz::UTC }];
            let out = generate(&[plan], start, end, &periods, &HashMap::new());

            prop_assert_eq!(out.len(), 5 * times.len());
            let keys: std::collections::BTreeSet<(String, String)> =
                out.iter().map(|o| (o.local_date.clone(), o.slot.clone())).collect();
            prop_assert_eq!(keys.len(), out.len());
            prop_assert!(out.windows(2).all(|w| w[0].at <= w[1].at));
            for o in &out {
                let date = NaiveDate::parse_from_str(&o.local_date, "%Y-%m-%d").unwrap();
                let slot = NaiveTime::parse_from_str(&o.slot, "%H:%M").unwrap();
                let wall = date.and_time(slot);
                prop_assert_eq!(o.at, oracle(wall, zone), "{} {} in {}", o.local_date, o.slot, zone);
                // The instant is a real moment whose local time exists in the zone.
                let shown = local(o.at.naive_utc(), zone);
                prop_assert!(!matches!(zone.from_local_datetime(&shown), chrono::LocalResult::None));
                prop_assert!(shown >= wall, "never earlier than the wall time asked for");
            }
        }
    }

    /// The generator as first written: every dose resolved and formatted on its own,
    /// then sorted. The fast one must give exactly this, in this order.
    fn reference(
        plans: &[Plan<'_>],
        from: NaiveDate,
        to: NaiveDate,
        periods: &[ZonePeriod],
        logged: &HashMap<LogKey, Logged>,
    ) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for plan in plans {
            let pinned: Option<Tz> = match &plan.body.zone_policy {
                ZonePolicy::Pinned { zone } => zone.parse().ok(),
                ZonePolicy::FollowDevice => None,
            };
            let mut date = from;
            while date <= to {
                if plan.body.occurs_on(date) {
                    for slot in &plan.body.times {
                        let at = match pinned {
                            Some(zone) => resolve(date, *slot, zone),
                            None => follow_device(date, *slot, periods),
                        };
                        if !active_at(plan.status_history, at) {
                            continue;
                        }
                        let log = logged.get(&(plan.schedule_id, date, *slot));
                        out.push(Occurrence {
                            id: occurrence_id(plan.schedule_id, date, *slot),
                            medication_id: plan.medication_id.to_string(),
                            schedule_id: plan.schedule_id.to_string(),
                            local_date: date.to_string(),
                            slot: slot.format("%H:%M").to_string(),
                            at,
                            status: log.map(|l| l.status),
                            taken_at: log.filter(|l| l.status == DoseStatus::Taken).map(|l| l.at),
                            snoozed_until: log
                                .filter(|l| l.status == DoseStatus::Snoozed)
                                .map(|l| l.at),
                            amount: plan.body.amount(*slot, plan.units_per_dose),
                        });
                    }
                }
                date += Duration::days(1);
            }
        }
        out.sort_by(|a, b| (a.at, &a.schedule_id, &a.slot).cmp(&(b.at, &b.schedule_id, &b.slot)));
        out
    }

    prop_compose! {
        /// Two to four schedules sharing some times (pinned to a zone or following
        /// the device), a device that travels, paused medicines, logged doses, over
        /// days around a change of daylight-saving time.
        fn many_plans_case()(
            specs in proptest::collection::vec(
                (
                    proptest::collection::btree_set((0u32..24, prop::sample::select(vec![0u32, 30])), 1..4),
                    prop::option::of(0..ZONES.len()),
                    0u32..3,
                    prop::option::of(0i64..10),
                ),
                2..5,
            ),
            travel in proptest::collection::vec((0..ZONES.len(), 0i64..(10 * 24)), 0..3),
            year in 2024i32..2030,
            march in any::<bool>(),
        ) -> (Vec<(Vec<NaiveTime>, Option<Tz>, u32, Option<i64>)>, Vec<(Tz, i64)>, NaiveDate) {
            let specs = specs
                .into_iter()
                .map(|(times, zone, every, paused)| {
                    let times = times.into_iter().map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()).collect();
                    (times, zone.map(|z| ZONES[z]), every, paused)
                })
                .collect();
            let from = NaiveDate::from_ymd_opt(year, if march { 3 } else { 10 }, 22).unwrap();
            (specs, travel.into_iter().map(|(z, h)| (ZONES[z], h)).collect(), from)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn the_fast_generator_equals_the_plain_one((specs, travel, from) in many_plans_case()) {
            let to = from + Duration::days(10);
            let bodies: Vec<ScheduleBody> = specs
                .iter()
                .map(|(times, zone, every, _)| ScheduleBody {
                    times: times.clone(),
                    repeat: match every {
                        0 => Repeat::Daily,
                        n => Repeat::EveryDays { days: n + 1 },
                    },
                    start: Some(from - Duration::days(1)),
                    end: None,
                    zone_policy: match zone {
                        Some(z) => ZonePolicy::Pinned { zone: z.name().to_owned() },
                        None => ZonePolicy::FollowDevice,
                    },
                    amounts: vec![],
                })
                .collect();
            let start = Utc.from_utc_datetime(&from.and_hms_opt(0, 0, 0).unwrap());
            let histories: Vec<Vec<(Timestamp, MedStatus)>> = specs
                .iter()
                .map(|(_, _, _, paused)| match paused {
                    Some(day) => vec![
                        (start - Duration::days(30), MedStatus::Active),
                        (start + Duration::days(*day), MedStatus::Paused),
                        (start + Duration::days(*day + 2), MedStatus::Active),
                    ],
                    None => vec![],
                })
                .collect();
            let plans: Vec<Plan<'_>> = bodies
                .iter()
                .zip(&histories)
                .enumerate()
                .map(|(i, (body, history))| Plan {
                    schedule_id: Uuid::from_u128(0xfeed_0000 + (i as u128 * 7919) % 13),
                    medication_id: Uuid::from_u128(i as u128),
                    body,
                    status_history: history,
                    units_per_dose: 1,
                })
                .collect();
            let mut periods = vec![ZonePeriod { since: None, zone: Tz::Europe__Oslo }];
            let mut moves: Vec<(Tz, i64)> = travel.clone();
            moves.sort_by_key(|(_, h)| *h);
            for (zone, hours) in moves {
                periods.push(ZonePeriod { since: Some(start + Duration::hours(hours)), zone });
            }
            let mut logged = HashMap::new();
            for (i, plan) in plans.iter().enumerate() {
                let date = from + Duration::days(i as i64);
                logged.insert(
                    (plan.schedule_id, date, plan.body.times[0]),
                    Logged { status: if i % 2 == 0 { DoseStatus::Taken } else { DoseStatus::Snoozed }, at: start },
                );
            }
            let fast = generate(&plans, from, to, &periods, &logged);
            let plain = reference(&plans, from, to, &periods, &logged);
            prop_assert_eq!(fast, plain);
        }
    }

    /// The days in `year` when `zone` changes its offset.
    fn transition_days(zone: Tz, year: i32) -> Vec<NaiveDate> {
        let mut days = Vec::new();
        let mut d = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let offset = |d: NaiveDate| {
            local(d.and_hms_opt(12, 0, 0).unwrap(), zone) - d.and_hms_opt(12, 0, 0).unwrap()
        };
        while chrono::Datelike::year(&d) == year {
            let next = d + Duration::days(1);
            if offset(d) != offset(next) {
                days.push(d);
                days.push(next);
            }
            d = next;
        }
        days
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        /// Every quarter hour on every transition day of a year: gaps, overlaps,
        /// half-hour shifts and midnight changes all equal the oracle.
        #[test]
        fn every_quarter_hour_of_transition_days(zone in 0..ZONES.len(), year in 2020i32..=2040) {
            let zone = ZONES[zone];
            for day in transition_days(zone, year) {
                for q in 0..96u32 {
                    let slot = NaiveTime::from_hms_opt(q / 4, (q % 4) * 15, 0).unwrap();
                    let wall = day.and_time(slot);
                    prop_assert_eq!(resolve(day, slot, zone), oracle(wall, zone), "{} in {}", wall, zone);
                }
            }
        }
    }
}
