//! Example data: a few weeks in the life of a participant, so a newcomer sees every
//! view filled. Written through the same [`Companion`] methods a person would use,
//! with a clock that walks through those weeks. The words come from `demo.ftl`.

use std::sync::{Arc, Mutex};

use chrono::{Duration, NaiveTime};

use crate::l10n::Localizer;
use crate::time::{local_date, Clock, Timestamp};
use crate::{
    CheckinInput, Companion, ContactKind, DoseAction, HomeAssignment, KeyManager, LifeArea,
    NewGoal, NewMedication, NewSchedule, NewSign, NewStep, OpenConfig, PlanEdit, PlanItem,
    PlanSection, ProblemSolvingInput, Rating, Repeat, Result, Rule, SolveOption, StegvisError,
    ZonePolicy,
};

/// How far back the example history starts.
pub const DEMO_DAYS: i64 = 21;

/// A clock the demo moves forward as the story goes on.
struct StoryClock(Mutex<Timestamp>);

impl Clock for StoryClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl StoryClock {
    fn set(&self, at: Timestamp) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }
}

/// Fills an empty data folder with example data ending at `clock`'s now. Refuses a
/// folder that already holds goals, so it can never mix into someone's own data.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn fill_demo(
    config: OpenConfig,
    key_manager: Arc<dyn KeyManager>,
    clock: Arc<dyn Clock>,
) -> Result<()> {
    let now = clock.now();
    let zone = crate::time::parse_zone(&config.zone)?;
    let loc = Localizer::new(config.language);
    let t = |id: &str| loc.t(id);

    // Each "day N" is 10:00 local time, N days into the three weeks.
    let today = local_date(now, zone);
    let day = |n: i64| -> Timestamp {
        let date = today - Duration::days(DEMO_DAYS - n);
        let at = date.and_time(NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default());
        at.and_local_timezone(zone)
            .earliest()
            .map(|local| local.with_timezone(&chrono::Utc))
            .unwrap_or(now)
            .min(now)
    };
    let date = |n: i64| (today - Duration::days(DEMO_DAYS - n)).to_string();

    let story = Arc::new(StoryClock(Mutex::new(day(0))));
    let c = Companion::open_with_clock(config, key_manager, story.clone())?;
    if !c.list_goals(crate::GoalFilter::All)?.is_empty() {
        return Err(StegvisError::conflict(
            crate::ConflictReason::FolderNotEmpty,
        ));
    }
    let goal = |text: &str, why: Option<&str>, area| {
        c.add_goal(NewGoal {
            text: t(text),
            why: why.map(t),
            area,
        })
        .map(|g| g.id)
    };
    let step = |goal_id: &String, text: &str, due: Option<String>| {
        c.add_step(
            goal_id.clone(),
            NewStep {
                text: t(text),
                due_date: due,
                assignment: None,
                repeat: None,
                remind_at: None,
            },
        )
        .map(|s| s.id)
    };

    // Day 0: the first meeting's goals.
    let walk = goal("demo-walk", Some("demo-walk-why"), LifeArea::Health)?;
    let shoes = step(&walk, "demo-walk-shoes", None)?;
    let block = step(&walk, "demo-walk-block", None)?;
    let sister = goal(
        "demo-sister",
        Some("demo-sister-why"),
        LifeArea::Relationships,
    )?;
    let message = step(&sister, "demo-sister-message", None)?;
    let kitchen = goal("demo-kitchen", None, LifeArea::DailyLiving)?;
    let dishes = step(&kitchen, "demo-kitchen-dishes", None)?;
    let bin = step(&kitchen, "demo-kitchen-bin", None)?;
    let paint = goal("demo-paint", None, LifeArea::Leisure)?;
    step(&paint, "demo-paint-brushes", None)?;

    story.set(day(1));
    c.complete_step(shoes)?;
    story.set(day(2));
    c.complete_step(message)?;
    let coffee = step(&sister, "demo-sister-coffee", None)?;
    story.set(day(3));
    c.complete_step(block)?;
    c.complete_step(dishes)?;

    // Day 7: a meeting, with a home assignment.
    story.set(day(7));
    let course = goal("demo-course", Some("demo-course-why"), LifeArea::WorkStudy)?;
    let enjoy = c
        .add_step(
            course.clone(),
            NewStep {
                text: t("demo-course-enjoy"),
                due_date: Some(date(14)),
                assignment: Some(HomeAssignment {
                    meeting_date: Some(date(7)),
                    module: Some(t("demo-course-module")),
                }),
                repeat: None,
                remind_at: None,
            },
        )?
        .id;
    story.set(day(8));
    c.set_goal_aside(paint)?;
    story.set(day(9));
    c.complete_step(enjoy)?;
    story.set(day(10));
    let park = step(&walk, "demo-walk-park", None)?;
    step(&walk, "demo-walk-twenty", None)?;
    story.set(day(12));
    c.complete_step(park)?;
    story.set(day(14));
    step(&course, "demo-course-list", Some(date(DEMO_DAYS - 2)))?;
    step(&course, "demo-course-call", Some(date(DEMO_DAYS)))?;
    story.set(day(15));
    c.complete_step(bin)?;
    c.reach_goal(kitchen)?;

    // Day 16: the coffee step has stalled; the person makes a plan for it.
    story.set(day(16));
    c.save_problem_solving(
        coffee,
        ProblemSolvingInput {
            problem: t("demo-sister-problem"),
            options: vec![
                SolveOption {
                    text: t("demo-sister-option-1"),
                    pros: Some(t("demo-sister-option-1-pros")),
                    cons: None,
                },
                SolveOption {
                    text: t("demo-sister-option-2"),
                    pros: None,
                    cons: Some(t("demo-sister-option-2-cons")),
                },
            ],
            chosen: 1,
            first_action: t("demo-sister-action"),
            follow_up_date: date(DEMO_DAYS),
        },
    )?;
    story.set(day(18));
    step(&walk, "demo-walk-sam", Some(date(DEMO_DAYS + 3)))?;
    step(&sister, "demo-sister-walk", None)?;

    signs_and_plan(&c, &story, &day, &t)?;
    medicines(&c, &story, &day, &t, zone)
}

/// A daily tablet taken most mornings (one skipped, one not logged), a sleep aid
/// taken when needed, a note for the doctor, and a check-in reminder at 20:00.
fn medicines(
    c: &Companion,
    story: &StoryClock,
    day: &dyn Fn(i64) -> Timestamp,
    t: &dyn Fn(&str) -> String,
    zone: chrono_tz::Tz,
) -> Result<()> {
    let story_date = |at: Timestamp| local_date(at, zone).to_string();
    story.set(day(0));
    let daily = c.add_medication(NewMedication {
        name: t("demo-med-1"),
        dose: Some(t("demo-med-1-dose")),
        cue: Some(t("demo-med-1-cue")),
        count_on_hand: Some(24),
        refill_days: Some(7),
        ..NewMedication::default()
    })?;
    let with_schedule = c.add_schedule(
        daily.id.clone(),
        NewSchedule {
            times: vec!["08:00".to_owned()],
            repeat: Repeat::Daily,
            start_date: Some(story_date(day(0))),
            end_date: None,
            zone_policy: ZonePolicy::FollowDevice,
            amounts: None,
        },
    )?;
    let schedule = with_schedule
        .schedules
        .first()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let sleep = c.add_medication(NewMedication {
        name: t("demo-med-2"),
        cue: Some(t("demo-med-2-cue")),
        ..NewMedication::default()
    })?;
    for n in 1..DEMO_DAYS {
        let id = format!("{schedule}/{}/08:00", story_date(day(n)));
        story.set(day(n) - Duration::minutes(100));
        match n {
            9 => c
                .log_dose(id, DoseAction::Skip { reason: None })
                .map(|_| ())?,
            15 => {}
            _ => c.log_dose(id, DoseAction::Take { at: None }).map(|_| ())?,
        }
        if n == 6 || n == 13 {
            c.take_as_needed(sleep.id.clone(), None)?;
        }
    }
    story.set(day(12));
    c.add_doctor_note(Some(daily.id), t("demo-doctor-note"))?;
    c.set_reminder_settings(crate::ReminderSettings {
        show_names: false,
        checkin_time: Some("20:00".to_owned()),
        step_reminders: true,
    })?;
    Ok(())
}

/// Four signs checked in daily, rising over the last days so the plan's rule speaks;
/// today's check-in is left for the newcomer to try.
fn signs_and_plan(
    c: &Companion,
    story: &StoryClock,
    day: &dyn Fn(i64) -> Timestamp,
    t: &dyn Fn(&str) -> String,
) -> Result<()> {
    story.set(day(0));
    let sign = |catalog: Option<&str>, text: Option<&str>, others: bool| {
        c.add_sign(NewSign {
            catalog_key: catalog.map(str::to_owned),
            text: text.map(t),
            noticed_by_others: others,
        })
        .map(|s| s.id)
    };
    let sleep = sign(Some("sleeping-less"), None, false)?;
    let racing = sign(Some("racing-thoughts"), None, false)?;
    let tense = sign(Some("tense-restless"), None, false)?;
    let messages = sign(None, Some("demo-sign-own"), true)?;
    let ids = [sleep.clone(), racing.clone(), tense, messages.clone()];

    let item = |text: &str| PlanItem {
        text: t(text),
        ..PlanItem::default()
    };
    let add = |section, item| PlanEdit::AddItem { section, item };
    c.edit_plan(vec![
        add(PlanSection::Triggers, item("demo-plan-trigger-1")),
        add(PlanSection::Triggers, item("demo-plan-trigger-2")),
        add(
            PlanSection::Signs,
            PlanItem {
                sign_id: Some(sleep.clone()),
                ..PlanItem::default()
            },
        ),
        add(
            PlanSection::Signs,
            PlanItem {
                sign_id: Some(messages),
                ..PlanItem::default()
            },
        ),
        add(PlanSection::Actions, item("demo-plan-action-1")),
        add(PlanSection::Actions, item("demo-plan-action-2")),
        add(
            PlanSection::SupporterActions,
            PlanItem {
                supporter: Some(t("demo-plan-supporter")),
                ..item("demo-plan-supporter-action")
            },
        ),
        add(
            PlanSection::Contacts,
            PlanItem {
                reach: Some(t("demo-plan-clinic-reach")),
                contact_kind: Some(ContactKind::Clinic),
                ..item("demo-plan-clinic")
            },
        ),
        add(
            PlanSection::Contacts,
            PlanItem {
                reach: Some(t("demo-plan-crisis-reach")),
                contact_kind: Some(ContactKind::CrisisLine),
                ..item("demo-plan-crisis")
            },
        ),
        add(PlanSection::WhatHelped, item("demo-plan-helped")),
        add(PlanSection::Preferences, item("demo-plan-preference")),
        PlanEdit::AddRule {
            rule: Rule::SignsAtLeast {
                sign_ids: vec![sleep, racing],
                threshold: 2,
                min_signs: 2,
                days: 2,
            },
        },
    ])?;

    // Calm weeks with small ups and downs, then two harder days before today.
    let calm = [0u8, 1, 0, 0, 1, 0, 0];
    for n in 0..DEMO_DAYS {
        story.set(day(n) + Duration::hours(11));
        let hard = n >= DEMO_DAYS - 2;
        let ratings = ids
            .iter()
            .enumerate()
            .map(|(i, id)| Rating {
                sign_id: id.clone(),
                value: if hard && i < 2 {
                    2
                } else {
                    calm[(n as usize + i * 3) % calm.len()]
                },
            })
            .collect();
        c.save_checkin(CheckinInput {
            date: None,
            ratings,
            note: hard.then(|| t("demo-note")),
            sleep_hours: Some(if hard { 5.0 } else { 7.5 }),
        })?;
    }
    Ok(())
}
