//! The reminder plan on a real database: no kind is ever lost, doses of one minute
//! are one reminder acted on in one step, the check-in reminder is offered at 20:00
//! once there is a sign, steps and refills remind too, and the lock screen names
//! nothing unless the person allowed it, in every language.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{config, key_file, open, TestClock};
use std::collections::HashSet;
use stegvis_core::{
    Companion, DoseAction, DoseStatus, Entity, Lang, LifeArea, MedStatus, MedicationEdit, NewGoal,
    NewMedication, NewSchedule, NewSign, NewStep, ReminderKind, ReminderPlan, ReminderSettings,
    Repeat, StegvisError, ZonePolicy,
};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// Monday 2026-11-23, 06:00 in Oslo.
fn early_monday() -> DateTime<Utc> {
    utc(2026, 11, 23, 5, 0)
}

fn med(c: &Companion, name: &str, count: Option<i64>, times: &[&str]) -> String {
    let id = c
        .add_medication(NewMedication {
            name: name.into(),
            count_on_hand: count,
            refill_days: count.map(|_| 7),
            ..NewMedication::default()
        })
        .unwrap()
        .id;
    c.add_schedule(
        id.clone(),
        NewSchedule {
            times: times.iter().map(|t| (*t).to_owned()).collect(),
            repeat: Repeat::Daily,
            start_date: Some("2026-11-23".into()),
            end_date: None,
            zone_policy: ZonePolicy::FollowDevice,
            amounts: None,
        },
    )
    .unwrap();
    id
}

fn sign(c: &Companion) -> String {
    c.add_sign(NewSign {
        catalog_key: Some("sleeping-less".into()),
        ..NewSign::default()
    })
    .unwrap()
    .id
}

fn of_kind(plan: &ReminderPlan, kind: ReminderKind) -> Vec<&stegvis_core::Reminder> {
    plan.reminders.iter().filter(|r| r.kind == kind).collect()
}

fn settings(c: &Companion, change: impl FnOnce(&mut ReminderSettings)) -> ReminderSettings {
    let mut s = c.reminder_settings().unwrap();
    change(&mut s);
    c.set_reminder_settings(s).unwrap()
}

#[test]
fn nine_doses_a_day_still_leave_every_checkin_of_the_week() {
    let tmp = tempfile::tempdir().unwrap();
    let now = early_monday();
    let c = open(tmp.path(), TestClock::at(now)).unwrap();
    // 4 medicines, 9 distinct times: grouping by minute cannot save room here.
    med(&c, "Lithium", None, &["07:00", "13:00", "19:00"]);
    med(&c, "Quetiapine", None, &["08:00", "21:00"]);
    med(&c, "Sertraline", None, &["09:00", "15:00"]);
    med(&c, "Vitamin D", None, &["10:00", "22:00"]);
    sign(&c);

    let plan = c.reminder_plan().unwrap();
    assert!(plan.reminders.len() <= 60, "{}", plan.reminders.len());
    assert!(plan.reminders.windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(plan.until, now + Duration::days(7));

    // Every check-in of the coming week: Monday 23 to Sunday 29 November, 20:00 Oslo.
    let checkins: Vec<_> = of_kind(&plan, ReminderKind::Checkin)
        .iter()
        .map(|r| (r.id.clone(), r.at))
        .collect();
    let expected: Vec<_> = (23..=29)
        .map(|d| (format!("checkin:2026-11-{d}"), utc(2026, 11, d, 19, 0)))
        .collect();
    assert_eq!(checkins, expected);

    // Doses did not all fit, so the plan says until when it is complete, and every
    // dose before then has its reminder: nothing is dropped silently.
    assert!(plan.valid_until < plan.until);
    assert!(plan.valid_until > now + Duration::days(5));
    let covered: HashSet<String> = of_kind(&plan, ReminderKind::Dose)
        .iter()
        .flat_map(|r| r.occurrence_ids.clone())
        .collect();
    let due: HashSet<String> = c
        .occurrences("2026-11-23".into(), "2026-11-30".into())
        .unwrap()
        .into_iter()
        .filter(|o| o.at > now && o.at < plan.valid_until)
        .map(|o| o.id)
        .collect();
    assert_eq!(covered, due);
    assert_eq!(covered.len() + 7, plan.reminders.len());
    assert!(plan
        .reminders
        .iter()
        .all(|r| r.at < plan.valid_until || r.kind == ReminderKind::Checkin));

    // With few doses, the whole week is complete.
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(now)).unwrap();
    med(&c, "Lithium", None, &["08:00"]);
    let plan = c.reminder_plan().unwrap();
    assert_eq!(plan.valid_until, plan.until);
    assert_eq!(plan.reminders.len(), 7);
}

#[test]
fn doses_at_the_same_minute_are_one_reminder() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(early_monday());
    let c = open(tmp.path(), clock.clone()).unwrap();
    let a = med(&c, "Lithium", None, &["08:00", "20:00"]);
    med(&c, "Quetiapine", None, &["08:00"]);

    let plan = c.reminder_plan().unwrap();
    let morning = &plan.reminders[0];
    assert_eq!(morning.id, "dose:2026-11-23T07:00Z");
    assert_eq!(morning.kind, ReminderKind::Dose);
    assert_eq!(morning.at, utc(2026, 11, 23, 7, 0));
    assert_eq!(morning.occurrence_ids.len(), 2);
    assert_eq!(morning.body, "Time for your 08:00 medicines");
    let evening = &plan.reminders[1];
    assert_eq!(evening.body, "Time for your 20:00 medicine");
    assert_eq!(evening.occurrence_ids.len(), 1);
    assert_eq!(
        evening.occurrence_id.as_ref(),
        evening.occurrence_ids.first()
    );
    assert_eq!(of_kind(&plan, ReminderKind::Dose).len(), 14);

    settings(&c, |s| s.show_names = true);
    let named = c.reminder_plan().unwrap();
    assert_eq!(
        named.reminders[0].body,
        "Time for Lithium, Quetiapine (08:00)"
    );
    assert_eq!(named.reminders[0].id, morning.id, "ids stay stable");

    // The group keeps its id when one of its doses is logged on its own.
    let lithium = morning
        .occurrence_ids
        .iter()
        .find(|o| o.starts_with(&c.medication(a.clone()).unwrap().schedules[0].id))
        .unwrap()
        .clone();
    clock.advance(Duration::minutes(90));
    c.log_dose(lithium, DoseAction::Skip { reason: None })
        .unwrap();
    let after = c.reminder_plan().unwrap();
    assert_eq!(after.reminders[0].id, morning.id);
    assert_eq!(after.reminders[0].occurrence_ids.len(), 1);
    assert_eq!(after.reminders[0].body, "Time for Quetiapine (08:00)");
}

#[test]
fn acting_on_a_reminder_logs_all_its_doses_in_one_step() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(early_monday());
    let c = open(tmp.path(), clock.clone()).unwrap();
    let a = med(&c, "Lithium", Some(30), &["08:00"]);
    let b = med(&c, "Quetiapine", Some(30), &["08:00"]);
    let d = med(&c, "Sertraline", Some(30), &["08:00"]);
    let plan = c.reminder_plan().unwrap();
    let group = plan.reminders[0].clone();
    assert_eq!(group.occurrence_ids.len(), 3);
    let first_of = |med: &str| {
        let schedule = c.medication(med.to_owned()).unwrap().schedules[0]
            .id
            .clone();
        group
            .occurrence_ids
            .iter()
            .find(|o| o.starts_with(&schedule))
            .unwrap()
            .clone()
    };

    // At 08:05 Lithium was already taken at 07:55 by itself.
    clock.advance(Duration::minutes(125));
    let early = utc(2026, 11, 23, 6, 55);
    c.log_dose(first_of(&a), DoseAction::Take { at: Some(early) })
        .unwrap();

    // One dose that cannot be logged yet (tomorrow's) among good ones: refused, and
    // the good one is not logged either.
    let today_b = first_of(&b);
    let tomorrow_b = today_b.replace("2026-11-23/08:00", "2026-11-24/08:00");
    let err = c
        .log_doses(
            vec![today_b.clone(), tomorrow_b],
            DoseAction::Take { at: None },
        )
        .unwrap_err();
    assert!(matches!(err, StegvisError::InvalidInput { .. }), "{err:?}");
    assert_eq!(c.medication(b.clone()).unwrap().count_on_hand, Some(30));
    let day = c
        .occurrences("2026-11-23".into(), "2026-11-23".into())
        .unwrap();
    assert_eq!(day.iter().find(|o| o.id == today_b).unwrap().status, None);
    let err = c
        .log_doses(
            vec![today_b.replace("08:00", "09:00")],
            DoseAction::Take { at: None },
        )
        .unwrap_err();
    assert_eq!(
        err,
        StegvisError::NotFound {
            what: Entity::Occurrence
        }
    );

    // Snoozed together, they come back as one reminder.
    let snoozed = c
        .log_reminder_doses(group.id.clone(), DoseAction::Snooze { minutes: 10 })
        .unwrap();
    assert_eq!(snoozed.logged.len(), 2);
    assert_eq!(snoozed.unchanged.len(), 1);
    assert_eq!(snoozed.unchanged[0].medication_name, "Lithium");
    let plan = c.reminder_plan().unwrap();
    let again = &plan.reminders[0];
    assert_eq!(again.kind, ReminderKind::Snooze);
    assert_eq!(again.id, "snooze:2026-11-23T07:15Z");
    assert_eq!(again.at, utc(2026, 11, 23, 7, 15));
    assert_eq!(again.occurrence_ids.len(), 2);
    assert_eq!(again.body, "Time for the medicines you snoozed");

    clock.advance(Duration::minutes(10));
    let taken = c
        .log_reminder_doses(again.id.clone(), DoseAction::Take { at: None })
        .unwrap();
    let names: Vec<_> = taken
        .logged
        .iter()
        .map(|d| d.medication_name.as_str())
        .collect();
    assert_eq!(names, ["Quetiapine", "Sertraline"]);
    assert!(taken
        .logged
        .iter()
        .all(|d| d.occurrence.status == Some(DoseStatus::Taken)));

    // The whole 08:00 group again: all were logged, so nothing changes.
    let twice = c
        .log_reminder_doses(group.id.clone(), DoseAction::Skip { reason: None })
        .unwrap();
    assert!(twice.logged.is_empty());
    assert_eq!(twice.unchanged.len(), 3);
    let lithium = twice
        .unchanged
        .iter()
        .find(|d| d.medication_name == "Lithium")
        .unwrap();
    assert_eq!(lithium.occurrence.status, Some(DoseStatus::Taken));
    assert_eq!(lithium.occurrence.taken_at, Some(early), "never changed");
    for m in [a, b, d] {
        assert_eq!(c.medication(m).unwrap().count_on_hand, Some(29));
    }
    assert!(c
        .reminder_plan()
        .unwrap()
        .reminders
        .iter()
        .all(|r| r.at > utc(2026, 11, 23, 8, 0)));

    // Ids that are not dose reminders are refused naming the id.
    for bad in ["checkin:2026-11-23", "dose:tomorrow", "nonsense"] {
        assert!(matches!(
            c.log_reminder_doses(bad.into(), DoseAction::Take { at: None })
                .unwrap_err(),
            StegvisError::InvalidInput { .. }
        ));
    }
    assert_eq!(
        c.log_reminder_doses(
            "dose:2026-11-23T08:00Z".into(),
            DoseAction::Take { at: None }
        )
        .unwrap_err(),
        StegvisError::NotFound {
            what: Entity::Occurrence
        }
    );
}

#[test]
fn the_first_sign_brings_the_checkin_reminder_at_eight_unless_turned_off() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(early_monday())).unwrap();
    assert_eq!(
        c.reminder_settings().unwrap().checkin_time.as_deref(),
        Some("20:00")
    );
    assert!(
        c.reminder_plan().unwrap().reminders.is_empty(),
        "no sign yet"
    );
    sign(&c);
    let plan = c.reminder_plan().unwrap();
    assert_eq!(plan.reminders[0].id, "checkin:2026-11-23");
    assert_eq!(plan.reminders[0].at, utc(2026, 11, 23, 19, 0));
    assert_eq!(plan.reminders[0].body, "Time for your daily check-in");

    // Another time.
    settings(&c, |s| s.checkin_time = Some("21:30".into()));
    assert_eq!(
        c.reminder_plan().unwrap().reminders[0].at,
        utc(2026, 11, 23, 20, 30)
    );

    // Turned off, it stays off: through other changes, more signs and reopening.
    settings(&c, |s| s.checkin_time = None);
    settings(&c, |s| s.show_names = true);
    c.add_sign(NewSign {
        catalog_key: Some("low-mood".into()),
        ..NewSign::default()
    })
    .unwrap();
    drop(c);
    let c = open(tmp.path(), TestClock::at(early_monday())).unwrap();
    let s = c.reminder_settings().unwrap();
    assert_eq!((s.checkin_time, s.show_names), (None, true));
    assert!(of_kind(&c.reminder_plan().unwrap(), ReminderKind::Checkin).is_empty());

    // Back on at 20:00, chosen this time.
    settings(&c, |s| s.checkin_time = Some("20:00".into()));
    assert_eq!(
        of_kind(&c.reminder_plan().unwrap(), ReminderKind::Checkin).len(),
        7
    );
}

#[test]
fn steps_remind_on_the_day_they_are_due_unless_turned_off() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(early_monday())).unwrap();
    let goal = c
        .add_goal(NewGoal {
            text: "Walk outside most days".into(),
            why: None,
            area: LifeArea::Health,
        })
        .unwrap()
        .id;
    let step = |text: &str, due: Option<&str>| {
        c.add_step(
            goal.clone(),
            NewStep {
                text: text.into(),
                due_date: due.map(str::to_owned),
                assignment: None,
                repeat: None,
                remind_at: None,
            },
        )
        .unwrap()
        .id
    };
    let shoes = step("Find my shoes", Some("2026-11-24"));
    let park = step("Walk to the psychiatric clinic", Some("2026-11-26"));
    step("Someday", None);
    step("Far ahead", Some("2026-12-20"));
    let done = step("Done already", Some("2026-11-25"));
    c.complete_step(done).unwrap();

    let plan = c.reminder_plan().unwrap();
    let steps = of_kind(&plan, ReminderKind::Step);
    let got: Vec<_> = steps
        .iter()
        .map(|r| (r.step_id.clone().unwrap(), r.at))
        .collect();
    assert_eq!(
        got,
        [
            (shoes.clone(), utc(2026, 11, 24, 8, 0)),
            (park, utc(2026, 11, 26, 8, 0)),
        ]
    );
    assert_eq!(steps[0].id, format!("step:{shoes}"));
    assert_eq!(steps[0].body, "A step you planned is due today");
    assert!(steps.iter().all(|r| !r.body.contains("clinic")));

    let off = settings(&c, |s| s.step_reminders = false);
    assert!(!off.step_reminders);
    assert!(of_kind(&c.reminder_plan().unwrap(), ReminderKind::Step).is_empty());
    settings(&c, |s| s.step_reminders = true);
    assert_eq!(
        of_kind(&c.reminder_plan().unwrap(), ReminderKind::Step).len(),
        2
    );

    // A goal set aside stays quiet.
    c.set_goal_aside(goal).unwrap();
    assert!(of_kind(&c.reminder_plan().unwrap(), ReminderKind::Step).is_empty());
}

#[test]
fn a_refill_warning_reminds_once_a_day_until_refilled() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(early_monday())).unwrap();
    let m = med(&c, "Lithium", Some(3), &["08:00"]);
    med(&c, "Quetiapine", Some(300), &["08:00"]);
    let plan = c.reminder_plan().unwrap();
    let refills = of_kind(&plan, ReminderKind::Refill);
    let days: Vec<_> = refills.iter().map(|r| (r.id.as_str(), r.at)).collect();
    assert_eq!(days.len(), 7);
    assert_eq!(days[0], ("refill:2026-11-23", utc(2026, 11, 23, 10, 0)));
    assert_eq!(days[6], ("refill:2026-11-29", utc(2026, 11, 29, 10, 0)));
    assert_eq!(
        refills[0].body,
        "A medicine will run out soon. Time to get more"
    );
    settings(&c, |s| s.show_names = true);
    assert_eq!(
        of_kind(&c.reminder_plan().unwrap(), ReminderKind::Refill)[0].body,
        "Lithium will run out soon. Time to get more"
    );
    c.edit_medication(
        m.clone(),
        MedicationEdit {
            count_on_hand: Some(90),
            ..MedicationEdit::default()
        },
    )
    .unwrap();
    assert!(of_kind(&c.reminder_plan().unwrap(), ReminderKind::Refill).is_empty());
    // A paused medicine is not running out.
    c.edit_medication(
        m.clone(),
        MedicationEdit {
            count_on_hand: Some(1),
            ..MedicationEdit::default()
        },
    )
    .unwrap();
    c.set_medication_status(m, MedStatus::Paused).unwrap();
    assert!(of_kind(&c.reminder_plan().unwrap(), ReminderKind::Refill).is_empty());
}

#[test]
fn the_lock_screen_names_nothing_in_any_language() {
    let words = ["Quetiapin", "Litium", "psykose", "Walk to the clinic"];
    for lang in [Lang::En, Lang::Nb, Lang::Sv, Lang::Da] {
        let tmp = tempfile::tempdir().unwrap();
        let c = Companion::open_with_clock(
            config(tmp.path(), lang),
            key_file(tmp.path()),
            TestClock::at(early_monday()),
        )
        .unwrap();
        med(&c, "Quetiapin", Some(2), &["08:00", "21:00"]);
        med(&c, "Litium", Some(200), &["08:00"]);
        c.add_sign(NewSign {
            text: Some("Tanker om psykose".into()),
            ..NewSign::default()
        })
        .unwrap();
        let goal = c
            .add_goal(NewGoal {
                text: "Bli bedre".into(),
                why: None,
                area: LifeArea::Health,
            })
            .unwrap()
            .id;
        c.add_step(
            goal,
            NewStep {
                text: "Walk to the clinic".into(),
                due_date: Some("2026-11-24".into()),
                assignment: None,
                repeat: None,
                remind_at: None,
            },
        )
        .unwrap();
        let plan = c.reminder_plan().unwrap();
        let kinds: HashSet<_> = plan.reminders.iter().map(|r| r.kind).collect();
        for kind in [
            ReminderKind::Dose,
            ReminderKind::Checkin,
            ReminderKind::Step,
            ReminderKind::Refill,
        ] {
            assert!(kinds.contains(&kind), "{lang:?}: {kind:?}");
        }
        for r in &plan.reminders {
            for word in words {
                assert!(
                    !r.body.contains(word) && !r.title.contains(word),
                    "{lang:?}: {:?} names {word}",
                    r.body
                );
            }
            assert!(!r.body.trim().is_empty());
        }
        // The time is local: 08:00 in Oslo, not 07:00 UTC.
        let morning = &plan.reminders[0];
        assert!(morning.body.contains("08:00"), "{lang:?}: {}", morning.body);
        assert!(!morning.body.contains("07:00"));
        if lang != Lang::En {
            let english = stegvis_core::Localizer::new(Lang::En);
            assert_ne!(
                morning.body,
                english.ta(
                    "reminder-doses",
                    &stegvis_core::l10n::Args::new()
                        .text("time", "08:00")
                        .num("count", 2)
                ),
                "{lang:?} is translated"
            );
        }

        // Allowed, the names are there (and only medicine names).
        settings(&c, |s| s.show_names = true);
        let named = c.reminder_plan().unwrap();
        assert!(named.reminders[0].body.contains("Quetiapin"), "{lang:?}");
        assert!(named.reminders[0].body.contains("Litium"), "{lang:?}");
        assert!(named
            .reminders
            .iter()
            .all(|r| !r.body.contains("psykose") && !r.body.contains("clinic")));
    }
}
