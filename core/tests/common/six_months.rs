//! Six months of a realistic life in Stegvis, written through the public API with a
//! fixed clock that moves day by day: goals whose steps are done over the months,
//! daily check-ins with gaps and a rough patch in August, two medicines with
//! schedules and some skipped or forgotten doses, a medicine plan change on
//! 1 September and a crisis plan edit; a repeating walk checked off over the months,
//! two IMR modules started (one worked through) with a home assignment each, and
//! three IMR Scale ratings about three months apart (one with a topic skipped).
//! Everything written is also recorded in
//! [`SixMonths`], so a test can check a summary against what was written without
//! calling the code under test. Deterministic; about a thousand writes.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday as ChronoWeekday};
use stegvis_core::meds::Weekday;
use stegvis_core::{
    CheckinInput, Companion, DoseAction, HomeAssignment, LifeArea, NewGoal, NewMedication,
    NewSchedule, NewSign, NewStep, PlanEdit, PlanItem, PlanSection, Rating, Repeat, ScaleAnswer,
    ScaleTopic, StepRepeat, ZonePolicy,
};

use crate::common::{open, TestClock};

/// First day written.
pub const FIRST_DAY: (i32, u32, u32) = (2026, 5, 20);
/// "Today" when the builder is done: Monday 23 November 2026, 09:00 in Oslo.
pub const TODAY: (i32, u32, u32) = (2026, 11, 23);
/// The rough patch: more signs, fewer check-ins, more doses missed.
pub const ROUGH: ((u32, u32), (u32, u32)) = ((8, 10), (8, 30));

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn first_day() -> NaiveDate {
    date(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2)
}

pub fn today() -> NaiveDate {
    date(TODAY.0, TODAY.1, TODAY.2)
}

fn in_rough_patch(day: NaiveDate) -> bool {
    let (from, to) = ROUGH;
    day >= date(2026, from.0, from.1) && day <= date(2026, to.0, to.1)
}

/// What happened to a planned dose, as the builder decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Taken,
    Skipped,
    /// Not logged: forgotten, or its time had not come yet.
    NotLogged,
}

/// One planned dose.
#[derive(Debug, Clone)]
pub struct DoseFact {
    pub medication_id: String,
    pub date: NaiveDate,
    pub slot: String,
    pub outcome: Outcome,
    /// Its time has passed by "today" (only those count as planned).
    pub due_by_today: bool,
}

#[derive(Debug, Clone)]
pub struct GoalFact {
    pub id: String,
    pub text: String,
    /// `active`, `reached` or `set-aside` at the end.
    pub status: &'static str,
    /// One-off steps (repeating steps are counted apart).
    pub steps_total: u32,
    /// The local day each one-off step was checked off.
    pub steps_done_on: Vec<NaiveDate>,
    /// The local days its repeating step was checked off.
    pub repeats_done_on: Vec<NaiveDate>,
}

/// An IMR module as the builder marked it.
#[derive(Debug, Clone)]
pub struct ModuleFact {
    pub key: &'static str,
    pub started_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
    /// Home-assignment steps tagged with it.
    pub assignments: u32,
}

/// The repeating step of the first goal.
pub const WALK: &str = "Walk 20 minutes";

/// A module: started on, worked through on, and a home assignment agreed in the
/// meeting it was started in, tagged by key or by the module's name.
struct ModulePlan {
    key: &'static str,
    starts: (u32, u32),
    ends: Option<(u32, u32)>,
    tag: &'static str,
    assignment: &'static str,
}

const MODULES: &[ModulePlan] = &[
    ModulePlan {
        key: "recovery-strategies",
        starts: (6, 3),
        ends: Some((8, 14)),
        tag: "recovery-strategies",
        assignment: "Write down what a good day looks like",
    },
    ModulePlan {
        key: "practical-facts",
        starts: (9, 1),
        ends: None,
        tag: "Practical facts about mental illness",
        assignment: "Read the leaflet about sleep and mood",
    },
];

/// The days the IMR Scale is rated; the second leaves out one topic.
pub const SCALE_DAYS: [(u32, u32); 3] = [(6, 2), (9, 2), (11, 20)];
pub const SCALE_SKIPPED: (usize, ScaleTopic) = (1, ScaleTopic::Alcohol);

/// The answer to topic `k` in rating `n`: a little higher each time.
fn scale_value(n: usize, k: usize) -> u8 {
    (2 + n + k % 2).min(5) as u8
}

/// Whether the walk is checked off on `day`: about every third day, less often in
/// the rough patch, from the goal's first week.
fn walks(day: NaiveDate) -> bool {
    let n = day.ordinal();
    if in_rough_patch(day) {
        n % 7 == 0
    } else {
        n % 3 == 0
    }
}

/// Everything the builder wrote.
pub struct SixMonths {
    pub companion: Arc<Companion>,
    pub clock: Arc<TestClock>,
    pub goals: Vec<GoalFact>,
    /// (id, name as the list shows it in English), in check-in order.
    pub signs: Vec<(String, String)>,
    /// Per day checked in: sign id to rating.
    pub checkins: BTreeMap<NaiveDate, BTreeMap<String, u8>>,
    /// (id, name), in the order they were added.
    pub medicines: Vec<(String, String)>,
    pub doses: Vec<DoseFact>,
    pub modules: Vec<ModuleFact>,
    /// Per rating day: (topic, answer) for the topics answered, in the scale's order.
    pub scale: Vec<(NaiveDate, Vec<(ScaleTopic, u8)>)>,
}

/// The rating of sign `k` on `day`: calm most days, higher in the rough patch.
fn rating(k: usize, day: NaiveDate) -> u8 {
    let base = [0u8, 1, 0][k];
    let wobble = u8::from((day.ordinal() as usize + k) % 3 == 0);
    let patch = if in_rough_patch(day) { 2 } else { 0 };
    (base + wobble + patch).min(3)
}

/// Whether the person checked in on `day`: most days, with gaps, and every other
/// day in the rough patch.
fn checks_in(day: NaiveDate) -> bool {
    let n = day.ordinal();
    if in_rough_patch(day) {
        n % 2 == 0
    } else {
        n % 9 != 4
    }
}

/// What the person did with a dose: in the rough patch most evening doses are
/// forgotten and some skipped; otherwise now and then one is skipped or forgotten.
fn outcome(med: usize, day: NaiveDate, slot: &str) -> Outcome {
    let n = day.ordinal() as usize + med * 5 + usize::from(slot > "12:00");
    if in_rough_patch(day) {
        match n % 4 {
            0 => Outcome::Skipped,
            1 => Outcome::NotLogged,
            _ => Outcome::Taken,
        }
    } else {
        match n % 17 {
            3 => Outcome::Skipped,
            11 => Outcome::NotLogged,
            _ => Outcome::Taken,
        }
    }
}

/// Planned slots of medicine `med` on `day`, by the schedules the builder makes:
/// the first twice daily all along; the second Monday, Wednesday and Friday until
/// 31 August, then every day.
fn planned_slots(med: usize, day: NaiveDate) -> Vec<&'static str> {
    match med {
        0 => vec!["08:00", "20:00"],
        _ if day < date(2026, 9, 1) => {
            if matches!(
                day.weekday(),
                ChronoWeekday::Mon | ChronoWeekday::Wed | ChronoWeekday::Fri
            ) {
                vec!["09:00"]
            } else {
                vec![]
            }
        }
        _ => vec!["09:00"],
    }
}

/// Goals and the days their steps are done.
struct GoalPlan {
    text: &'static str,
    starts: (u32, u32),
    steps: &'static [(&'static str, Option<(u32, u32)>)],
    /// Reached or set aside on this day.
    ends: Option<(&'static str, (u32, u32))>,
}

const GOALS: &[GoalPlan] = &[
    GoalPlan {
        text: "Walk more",
        starts: (5, 20),
        steps: &[
            ("Find walking shoes", Some((5, 25))),
            ("Walk to the corner", Some((6, 3))),
            ("Walk to the shop", Some((6, 17))),
            ("Walk round the lake", Some((7, 8))),
            ("Walk with Ola", Some((9, 14))),
            ("Walk to the library", Some((10, 21))),
            ("Walk to work", None),
        ],
        ends: None,
    },
    GoalPlan {
        text: "Call my sister",
        starts: (6, 2),
        steps: &[
            ("Find her number", Some((6, 10))),
            ("Write down what to say", Some((7, 1))),
            ("Call her", Some((9, 3))),
        ],
        ends: Some(("reached", (9, 4))),
    },
    GoalPlan {
        text: "Start a course",
        starts: (7, 15),
        steps: &[("Look at courses", Some((7, 20))), ("Sign up", None)],
        ends: Some(("set-aside", (10, 2))),
    },
    GoalPlan {
        text: "Cook dinner twice a week",
        starts: (11, 2),
        steps: &[
            ("Choose three recipes", Some((11, 9))),
            ("Buy what they need", Some((11, 16))),
            ("Cook the first one", None),
            ("Cook the second one", None),
        ],
        ends: None,
    },
];

/// Advances `clock` to `day` at `hour`:00 UTC.
fn at(clock: &TestClock, current: &mut chrono::DateTime<Utc>, day: NaiveDate, hour: u32) {
    let target = Utc
        .with_ymd_and_hms(day.year(), day.month(), day.day(), hour, 0, 0)
        .unwrap();
    assert!(target >= *current, "the clock only moves forward");
    clock.advance(target - *current);
    *current = target;
}

/// Builds the six months in `dir`; returns with the clock at "today", 08:00 UTC.
pub fn build(dir: &Path) -> SixMonths {
    let mut now = Utc
        .with_ymd_and_hms(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2, 5, 0, 0)
        .unwrap();
    let clock = TestClock::at(now);
    let c = open(dir, clock.clone()).unwrap();

    let mut signs = Vec::new();
    for key in ["sleeping-less", "tense-restless", "withdrawing"] {
        let s = c
            .add_sign(NewSign {
                catalog_key: Some(key.into()),
                ..NewSign::default()
            })
            .unwrap();
        signs.push((s.id, s.name));
    }
    let schedule = |times: &[&str], repeat: Repeat, start: Option<&str>| NewSchedule {
        times: times.iter().map(|t| (*t).to_owned()).collect(),
        repeat,
        start_date: start.map(str::to_owned),
        end_date: None,
        zone_policy: ZonePolicy::FollowDevice,
        amounts: None,
    };
    let mut medicines = Vec::new();
    let mut second_schedule = String::new();
    for (name, sched) in [
        (
            "Lithium",
            schedule(&["08:00", "20:00"], Repeat::Daily, None),
        ),
        (
            "Sertraline",
            schedule(
                &["09:00"],
                Repeat::Weekdays {
                    days: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
                },
                None,
            ),
        ),
    ] {
        // A minute apart: the medicines list orders by when each was added, and two
        // added in the same millisecond would come in any order.
        clock.advance(Duration::minutes(1));
        now += Duration::minutes(1);
        let med = c
            .add_medication(NewMedication {
                name: name.into(),
                ..NewMedication::default()
            })
            .unwrap();
        let med = c.add_schedule(med.id, sched).unwrap();
        second_schedule = med.schedules[0].id.clone();
        medicines.push((med.id, med.name));
    }

    let mut goals: Vec<GoalFact> = Vec::new();
    let mut step_ids: Vec<Vec<String>> = Vec::new();
    let mut checkins = BTreeMap::new();
    let mut doses = Vec::new();
    let mut walk = String::new();
    let mut modules = Vec::new();
    let mut scale = Vec::new();
    let mut day = first_day();
    while day <= today() {
        // Morning: new goals and their steps.
        at(&clock, &mut now, day, 6);
        for plan in GOALS {
            if date(2026, plan.starts.0, plan.starts.1) == day {
                let goal = c
                    .add_goal(NewGoal {
                        text: plan.text.into(),
                        why: None,
                        area: LifeArea::Health,
                    })
                    .unwrap();
                let ids = plan
                    .steps
                    .iter()
                    .map(|(text, _)| {
                        c.add_step(
                            goal.id.clone(),
                            NewStep {
                                text: (*text).into(),
                                ..NewStep::default()
                            },
                        )
                        .unwrap()
                        .id
                    })
                    .collect();
                step_ids.push(ids);
                if goals.is_empty() {
                    walk = c
                        .add_step(
                            goal.id.clone(),
                            NewStep {
                                text: WALK.into(),
                                repeat: Some(StepRepeat::TimesAWeek { times: 3 }),
                                ..NewStep::default()
                            },
                        )
                        .unwrap()
                        .id;
                }
                goals.push(GoalFact {
                    id: goal.id,
                    text: plan.text.into(),
                    status: "active",
                    steps_total: plan.steps.len() as u32,
                    steps_done_on: Vec::new(),
                    repeats_done_on: Vec::new(),
                });
            }
        }
        if day == today() {
            // "Today" is 09:00 in Oslo: nothing else happens yet but the morning dose.
            at(&clock, &mut now, day, 7);
            log_doses(&c, &medicines, day, &mut doses, true);
            at(&clock, &mut now, day, 8);
            break;
        }
        // Evening (19:00 UTC: 20:00 or 21:00 in Oslo): steps, the check-in, doses.
        at(&clock, &mut now, day, 19);
        for plan in GOALS {
            for (s, (_, done)) in plan.steps.iter().enumerate() {
                if done.is_some_and(|(m, d)| date(2026, m, d) == day) {
                    let at_goal = goals.iter().position(|f| f.text == plan.text).unwrap();
                    c.complete_step(step_ids[at_goal][s].clone()).unwrap();
                    goals[at_goal].steps_done_on.push(day);
                }
            }
            if let Some((status, (m, d))) = plan.ends {
                if date(2026, m, d) == day {
                    let at_goal = goals.iter().position(|f| f.text == plan.text).unwrap();
                    let id = goals[at_goal].id.clone();
                    match status {
                        "reached" => c.reach_goal(id).unwrap(),
                        _ => c.set_goal_aside(id).unwrap(),
                    };
                    goals[at_goal].status = if status == "reached" {
                        "reached"
                    } else {
                        "set-aside"
                    };
                }
            }
        }
        if walks(day) {
            c.check_off_occurrence(walk.clone(), None).unwrap();
            goals[0].repeats_done_on.push(day);
        }
        for plan in MODULES {
            if date(2026, plan.starts.0, plan.starts.1) == day {
                c.module_start(plan.key.into(), None).unwrap();
                c.add_step(
                    goals[0].id.clone(),
                    NewStep {
                        text: plan.assignment.into(),
                        assignment: Some(HomeAssignment {
                            meeting_date: Some(day.to_string()),
                            module: Some(plan.tag.into()),
                        }),
                        ..NewStep::default()
                    },
                )
                .unwrap();
                goals[0].steps_total += 1;
                modules.push(ModuleFact {
                    key: plan.key,
                    started_on: day,
                    done_on: None,
                    assignments: 1,
                });
            }
            if plan.ends.is_some_and(|(m, d)| date(2026, m, d) == day) {
                c.module_done(plan.key.into(), None).unwrap();
                let fact = modules.iter_mut().find(|f| f.key == plan.key).unwrap();
                fact.done_on = Some(day);
            }
        }
        if let Some(n) = SCALE_DAYS
            .iter()
            .position(|(m, d)| date(2026, *m, *d) == day)
        {
            let answers: Vec<(ScaleTopic, u8)> = ScaleTopic::ALL
                .into_iter()
                .enumerate()
                .filter(|(_, t)| (n, *t) != SCALE_SKIPPED)
                .map(|(k, t)| (t, scale_value(n, k)))
                .collect();
            c.scale_rate(
                None,
                answers
                    .iter()
                    .map(|(t, v)| ScaleAnswer {
                        topic: t.key().into(),
                        value: u32::from(*v),
                    })
                    .collect(),
            )
            .unwrap();
            scale.push((day, answers));
        }
        if checks_in(day) {
            let ratings: BTreeMap<String, u8> = signs
                .iter()
                .enumerate()
                .map(|(k, (id, _))| (id.clone(), rating(k, day)))
                .collect();
            c.save_checkin(CheckinInput {
                date: None,
                ratings: ratings
                    .iter()
                    .map(|(id, v)| Rating {
                        sign_id: id.clone(),
                        value: *v,
                    })
                    .collect(),
                note: in_rough_patch(day).then(|| "A hard day".to_owned()),
                sleep_hours: Some(7.0),
            })
            .unwrap();
            checkins.insert(day, ratings);
        }
        log_doses(&c, &medicines, day, &mut doses, false);
        if day == date(2026, 8, 31) {
            // The plan changes: the second medicine every day from 1 September.
            c.end_schedule(second_schedule.clone(), Some("2026-08-31".into()))
                .unwrap();
            c.add_schedule(
                medicines[1].0.clone(),
                schedule(&["09:00"], Repeat::Daily, Some("2026-09-01")),
            )
            .unwrap();
            c.edit_plan(vec![PlanEdit::AddItem {
                section: PlanSection::Actions,
                item: PlanItem {
                    text: "Call the clinic when I sleep badly three nights".into(),
                    ..PlanItem::default()
                },
            }])
            .unwrap();
        }
        day += Duration::days(1);
    }
    SixMonths {
        companion: c,
        clock,
        goals,
        signs,
        checkins,
        medicines,
        doses,
        modules,
        scale,
    }
}

/// Logs `day`'s planned doses as [`outcome`] says; on "today" only the morning
/// ones are due (the evening dose's time has not come).
fn log_doses(
    c: &Companion,
    medicines: &[(String, String)],
    day: NaiveDate,
    doses: &mut Vec<DoseFact>,
    morning_only: bool,
) {
    let text = day.to_string();
    let found = c.occurrences(text.clone(), text).unwrap();
    for (m, (med_id, _)) in medicines.iter().enumerate() {
        let slots = planned_slots(m, day);
        let mine: Vec<_> = found
            .iter()
            .filter(|o| &o.medication_id == med_id)
            .collect();
        assert_eq!(mine.len(), slots.len(), "{day} medicine {m}");
        for slot in slots {
            let occ = mine.iter().find(|o| o.slot == slot).unwrap();
            // "Today" ends at 09:00 in Oslo: the 09:00 dose is due and not yet
            // logged, the evening one is still to come.
            let due = !morning_only || slot <= "09:00";
            let result = if due && (!morning_only || slot < "09:00") {
                outcome(m, day, slot)
            } else {
                Outcome::NotLogged
            };
            match result {
                Outcome::Taken => {
                    c.log_dose(occ.id.clone(), DoseAction::Take { at: None })
                        .unwrap();
                }
                Outcome::Skipped => {
                    c.log_dose(occ.id.clone(), DoseAction::Skip { reason: None })
                        .unwrap();
                }
                Outcome::NotLogged => {}
            }
            doses.push(DoseFact {
                medication_id: med_id.clone(),
                date: day,
                slot: slot.to_owned(),
                outcome: result,
                due_by_today: due,
            });
        }
    }
}
