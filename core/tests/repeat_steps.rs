//! Repeating steps on a real database: the rules and their typed errors, the week's
//! count across week boundaries and a DST change, the today view, reminders,
//! idempotent check-offs, undo, and bad input that writes nothing.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{database_bytes, open, TestClock};
use std::sync::Arc;
use stegvis_core::{
    parse_step_repeat, Companion, ConflictReason, Field, InvalidReason, LifeArea, NewGoal, NewStep,
    ReminderKind, StegvisError, StepEdit, StepRepeat, TodayItemKind, Weekday,
};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// Monday 2026-11-23, 09:00 in Oslo.
fn monday() -> DateTime<Utc> {
    utc(2026, 11, 23, 8, 0)
}

fn setup(at: DateTime<Utc>) -> (tempfile::TempDir, Arc<TestClock>, Arc<Companion>, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let clock = TestClock::at(at);
    let c = open(&dir, clock.clone()).unwrap();
    let goal = c
        .add_goal(NewGoal {
            text: "Feel stronger".into(),
            why: None,
            area: LifeArea::Health,
        })
        .unwrap()
        .id;
    (tmp, clock, c, goal)
}

fn repeating(c: &Companion, goal: &str, text: &str, rule: StepRepeat) -> String {
    c.add_step(
        goal.to_owned(),
        NewStep {
            text: text.into(),
            repeat: Some(rule),
            ..NewStep::default()
        },
    )
    .unwrap()
    .id
}

fn invalid(field: Field, reason: InvalidReason) -> StegvisError {
    StegvisError::InvalidInput { field, reason }
}

#[test]
fn rules_parse_from_the_terminal_text_and_bad_ones_are_typed_errors() {
    assert_eq!(
        parse_step_repeat("daily".into()).unwrap(),
        Some(StepRepeat::Daily)
    );
    assert_eq!(
        parse_step_repeat("weekly:3".into()).unwrap(),
        Some(StepRepeat::TimesAWeek { times: 3 })
    );
    assert_eq!(
        parse_step_repeat("weekdays:mon,thu".into()).unwrap(),
        Some(StepRepeat::Weekdays {
            days: vec![Weekday::Mon, Weekday::Thu]
        })
    );
    assert_eq!(parse_step_repeat("none".into()).unwrap(), None);
    let range = InvalidReason::OutOfRange { min: 1, max: 7 };
    for (text, error) in [
        ("weekly:0", invalid(Field::TimesAWeek, range.clone())),
        ("weekly:8", invalid(Field::TimesAWeek, range)),
        (
            "weekly:x",
            invalid(Field::TimesAWeek, InvalidReason::Malformed),
        ),
        ("weekdays:", invalid(Field::Weekdays, InvalidReason::Empty)),
        (
            "weekdays:xyz",
            invalid(Field::Weekdays, InvalidReason::Unknown),
        ),
        (
            "weekdays:mon,mon",
            invalid(Field::Weekdays, InvalidReason::Duplicate),
        ),
        (
            "sometimes",
            invalid(Field::StepRepeat, InvalidReason::Unknown),
        ),
        ("", invalid(Field::StepRepeat, InvalidReason::Empty)),
    ] {
        assert_eq!(parse_step_repeat(text.into()).unwrap_err(), error, "{text}");
    }
}

#[test]
fn bad_rules_write_nothing() {
    let (tmp, _clock, c, goal) = setup(monday());
    let before = database_bytes(&tmp.path().join("data"));
    for rule in [
        StepRepeat::TimesAWeek { times: 0 },
        StepRepeat::TimesAWeek { times: 8 },
        StepRepeat::Weekdays { days: vec![] },
        StepRepeat::Weekdays {
            days: vec![Weekday::Mon, Weekday::Mon],
        },
    ] {
        let err = c
            .add_step(
                goal.clone(),
                NewStep {
                    text: "Walk".into(),
                    repeat: Some(rule),
                    ..NewStep::default()
                },
            )
            .unwrap_err();
        assert!(matches!(err, StegvisError::InvalidInput { .. }), "{err:?}");
    }
    assert!(database_bytes(&tmp.path().join("data")) == before);
    assert!(c.goal(goal).unwrap().steps.is_empty());
}

#[test]
fn labels_say_the_rule_and_the_week_in_plain_words() {
    let (_tmp, _clock, c, goal) = setup(monday());
    let walk = repeating(&c, &goal, "Walk", StepRepeat::TimesAWeek { times: 3 });
    let step = c.check_off_occurrence(walk.clone(), None).unwrap();
    assert_eq!(step.repeat_label.as_deref(), Some("3 times a week"));
    assert_eq!(step.repeat_key.as_deref(), Some("weekly:3"));
    let week = step.week.unwrap();
    assert_eq!((week.done, week.target), (1, 3));
    assert_eq!(week.label, "1 of 3 this week");
    assert!(!step.done, "a repeating step is never done for good");

    let days = repeating(
        &c,
        &goal,
        "Call Mum",
        StepRepeat::Weekdays {
            days: vec![Weekday::Thu, Weekday::Mon],
        },
    );
    let step = c.goal(goal.clone()).unwrap().steps[1].clone();
    assert_eq!(step.id, days);
    assert_eq!(step.repeat_label.as_deref(), Some("Mondays and Thursdays"));
    assert_eq!(step.week.unwrap().target, 2);

    let detail = c.goal(goal).unwrap();
    assert_eq!(detail.goal.progress.repeating, 2);
    assert_eq!(detail.goal.progress.total, 0);
    assert_eq!(
        detail.goal.progress.repeating_label.as_deref(),
        Some("2 steps that repeat")
    );
}

#[test]
fn checking_a_day_twice_is_idempotent_and_undo_keeps_the_other_days() {
    let (tmp, clock, c, goal) = setup(monday());
    let walk = repeating(&c, &goal, "Walk", StepRepeat::Daily);
    c.check_off_occurrence(walk.clone(), None).unwrap();
    let today = || {
        c.step_occurrences(walk.clone(), "2026-11-23".into(), "2026-11-23".into())
            .unwrap()
    };
    let first = today();
    clock_later(&clock);
    let again = c.check_off_occurrence(walk.clone(), None).unwrap();
    assert_eq!(again.week.unwrap().done, 1);
    // The first check-off stands: same row, same instant.
    assert_eq!(today(), first);
    // complete_step on a repeating step is the same check-off.
    assert_eq!(c.complete_step(walk.clone()).unwrap().week.unwrap().done, 1);
    assert_eq!(today(), first);

    clock.advance(Duration::days(2));
    c.check_off_occurrence(walk.clone(), Some("2026-11-24".into()))
        .unwrap();
    c.check_off_occurrence(walk.clone(), None).unwrap();
    assert_eq!(
        c.step_occurrences(walk.clone(), "2026-11-23".into(), "2026-11-29".into())
            .unwrap()
            .len(),
        3
    );
    let step = c
        .undo_occurrence(walk.clone(), Some("2026-11-24".into()))
        .unwrap();
    assert_eq!(step.week.unwrap().done, 2);
    let left: Vec<String> = c
        .step_occurrences(walk.clone(), "2026-11-23".into(), "2026-11-29".into())
        .unwrap()
        .into_iter()
        .map(|o| o.date)
        .collect();
    assert_eq!(left, ["2026-11-23", "2026-11-25"]);
    assert_eq!(
        c.undo_occurrence(walk.clone(), Some("2026-11-24".into()))
            .unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::StepNotDone
        }
    );
    // A day not yet come, or a one-off step: typed, nothing written.
    let before = database_bytes(&tmp.path().join("data"));
    assert_eq!(
        c.check_off_occurrence(walk, Some("2026-11-26".into()))
            .unwrap_err(),
        invalid(Field::OccurrenceDate, InvalidReason::InFuture)
    );
    let once = c
        .add_step(
            goal,
            NewStep {
                text: "Buy shoes".into(),
                ..NewStep::default()
            },
        )
        .unwrap()
        .id;
    let before_once = database_bytes(&tmp.path().join("data"));
    assert!(before != before_once);
    assert_eq!(
        c.check_off_occurrence(once, None).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::StepNotRepeating
        }
    );
    assert!(database_bytes(&tmp.path().join("data")) == before_once);
}

/// A few minutes later the same day.
fn clock_later(clock: &TestClock) {
    clock.advance(Duration::minutes(5));
}

#[test]
fn the_week_count_starts_again_on_monday_and_follows_local_days_across_dst() {
    // Oslo leaves summer time on Sunday 2026-10-25 at 03:00.
    // Wednesday 2026-10-21 12:00 local (10:00 UTC, summer time).
    let (_tmp, clock, c, goal) = setup(utc(2026, 10, 21, 10, 0));
    let walk = repeating(&c, &goal, "Walk", StepRepeat::TimesAWeek { times: 3 });
    c.check_off_occurrence(walk.clone(), None).unwrap();
    // Sunday 23:30 local after the change is 22:30 UTC: still Sunday, same week.
    move_to(&clock, utc(2026, 10, 25, 22, 30));
    let step = c.check_off_occurrence(walk.clone(), None).unwrap();
    assert_eq!(step.week.unwrap().done, 2);
    let dates: Vec<String> = c
        .step_occurrences(walk.clone(), "2026-10-19".into(), "2026-10-25".into())
        .unwrap()
        .into_iter()
        .map(|o| o.date)
        .collect();
    assert_eq!(dates, ["2026-10-21", "2026-10-25"]);
    // Monday 00:30 local is Sunday 23:30 UTC: a new week, counted from nothing.
    move_to(&clock, utc(2026, 10, 25, 23, 30));
    let step = c.goal(goal.clone()).unwrap().steps[0].clone();
    let week = step.week.unwrap();
    assert_eq!((week.done, week.target), (0, 3));
    assert_eq!(week.label, "0 of 3 this week");
    let step = c.check_off_occurrence(walk, None).unwrap();
    assert_eq!(step.week.unwrap().done, 1);

    // A daily step made on a Thursday asks for the four days left that week.
    move_to(&clock, utc(2026, 10, 29, 10, 0));
    let daily = repeating(&c, &goal, "Stretch", StepRepeat::Daily);
    let step = c.check_off_occurrence(daily, None).unwrap();
    assert_eq!(step.week.unwrap().label, "1 of 4 this week");
}

/// Moves the test clock to an instant.
fn move_to(clock: &TestClock, at: DateTime<Utc>) {
    use stegvis_core::Clock;
    clock.advance(at - clock.now());
}

#[test]
fn today_shows_a_repeating_step_while_its_rule_asks_and_never_stalls_the_goal() {
    let (_tmp, clock, c, goal) = setup(monday());
    let daily = repeating(&c, &goal, "Walk", StepRepeat::Daily);
    let thursdays = repeating(
        &c,
        &goal,
        "Call Mum",
        StepRepeat::Weekdays {
            days: vec![Weekday::Thu],
        },
    );
    let twice = repeating(&c, &goal, "Swim", StepRepeat::TimesAWeek { times: 2 });
    let once = c
        .add_step(
            goal.clone(),
            NewStep {
                text: "Buy shoes".into(),
                ..NewStep::default()
            },
        )
        .unwrap()
        .id;
    let due = |c: &Companion| -> Vec<(TodayItemKind, String, Option<String>)> {
        c.today()
            .unwrap()
            .sections
            .into_iter()
            .flat_map(|s| s.items)
            .filter_map(|i| i.step_id.clone().map(|id| (i.kind, id, i.detail)))
            .collect()
    };
    let items = due(&c);
    let ids: Vec<&str> = items.iter().map(|(_, id, _)| id.as_str()).collect();
    assert!(ids.contains(&daily.as_str()));
    assert!(ids.contains(&twice.as_str()));
    assert!(!ids.contains(&thursdays.as_str()), "Monday is not its day");
    // The goal's next step done once still shows: repeating steps never block it.
    assert!(items
        .iter()
        .any(|(k, id, _)| *k == TodayItemKind::NextStep && *id == once));
    let walk = items.iter().find(|(_, id, _)| *id == daily).unwrap();
    assert_eq!(walk.0, TodayItemKind::StepDue);
    assert_eq!(walk.2.as_deref(), Some("Every day · 0 of 7 this week"));

    c.complete_step(daily.clone()).unwrap();
    c.complete_step(twice.clone()).unwrap();
    let ids: Vec<String> = due(&c).into_iter().map(|(_, id, _)| id).collect();
    assert!(!ids.contains(&daily), "done today");
    assert!(!ids.contains(&twice), "done today");

    clock.advance(Duration::days(1));
    c.complete_step(twice.clone()).unwrap();
    clock.advance(Duration::days(2)); // Thursday
    let ids: Vec<String> = due(&c).into_iter().map(|(_, id, _)| id).collect();
    assert!(ids.contains(&thursdays));
    assert!(ids.contains(&daily));
    assert!(!ids.contains(&twice), "the week holds its two");

    // Weeks later, nothing is called stuck or missed.
    clock.advance(Duration::days(30));
    let view = c.today().unwrap();
    for item in view.sections.iter().flat_map(|s| &s.items) {
        if item.step_id.as_deref() != Some(once.as_str()) {
            assert_ne!(item.kind, TodayItemKind::StalledStep);
        }
        let text = format!("{} {:?}", item.title, item.detail).to_lowercase();
        for word in ["missed", "broken", "failed", "streak"] {
            assert!(!text.contains(word), "{text}");
        }
    }
    let steps = c.goal(goal).unwrap().steps;
    assert!(steps
        .iter()
        .filter(|s| s.repeat.is_some())
        .all(|s| !s.stalled));
}

#[test]
fn reminders_name_each_day_the_rule_asks_for_and_skip_a_day_done() {
    // Monday 06:00 in Oslo: before the 09:00 step time.
    let (_tmp, _clock, c, goal) = setup(utc(2026, 11, 23, 5, 0));
    let daily = repeating(&c, &goal, "Walk", StepRepeat::Daily);
    let days = repeating(
        &c,
        &goal,
        "Call Mum",
        StepRepeat::Weekdays {
            days: vec![Weekday::Mon, Weekday::Thu],
        },
    );
    let twice = repeating(&c, &goal, "Swim", StepRepeat::TimesAWeek { times: 2 });
    let of = |c: &Companion, step: &str| -> Vec<String> {
        c.reminder_plan()
            .unwrap()
            .reminders
            .into_iter()
            .filter(|r| r.step_id.as_deref() == Some(step))
            .inspect(|r| assert_eq!(r.kind, ReminderKind::Step))
            .map(|r| r.id)
            .collect()
    };
    assert_eq!(of(&c, &daily).len(), 7);
    let thursday = format!("repeat:{days}:2026-11-26");
    assert_eq!(
        of(&c, &days),
        [format!("repeat:{days}:2026-11-23"), thursday.clone()]
    );
    // Nothing done yet: every day of the window can still be one of the two.
    assert_eq!(of(&c, &twice).len(), 7);
    // The lock screen says nothing of the step's words.
    let plan = c.reminder_plan().unwrap();
    assert!(plan.reminders.iter().all(|r| !r.body.contains("Walk")));

    c.check_off_occurrence(daily.clone(), None).unwrap();
    assert_eq!(of(&c, &daily).len(), 6, "today is done");
    assert!(!of(&c, &daily).contains(&format!("repeat:{daily}:2026-11-23")));
    c.check_off_occurrence(days.clone(), None).unwrap();
    assert_eq!(of(&c, &days), [thursday]);
    c.check_off_occurrence(twice.clone(), None).unwrap();
    c.check_off_occurrence(twice.clone(), Some("2026-11-22".into()))
        .unwrap(); // last week's Sunday: does not count in this week
    assert_eq!(of(&c, &twice).len(), 6);
    assert_eq!(
        c.goal(goal).unwrap().steps[2].week.as_ref().unwrap().done,
        1
    );
}

#[test]
fn editing_sets_changes_or_removes_the_rule_and_keeps_the_days_done() {
    let (_tmp, _clock, c, goal) = setup(monday());
    let step = c
        .add_step(
            goal,
            NewStep {
                text: "Walk".into(),
                ..NewStep::default()
            },
        )
        .unwrap()
        .id;
    let edited = c
        .edit_step(
            step.clone(),
            StepEdit {
                repeat: Some(StepRepeat::TimesAWeek { times: 2 }),
                ..StepEdit::default()
            },
        )
        .unwrap();
    assert_eq!(edited.repeat_key.as_deref(), Some("weekly:2"));
    c.check_off_occurrence(step.clone(), None).unwrap();
    let err = c
        .edit_step(
            step.clone(),
            StepEdit {
                repeat: Some(StepRepeat::TimesAWeek { times: 9 }),
                ..StepEdit::default()
            },
        )
        .unwrap_err();
    assert!(matches!(err, StegvisError::InvalidInput { .. }));
    let one_off = c
        .edit_step(
            step.clone(),
            StepEdit {
                one_off: true,
                ..StepEdit::default()
            },
        )
        .unwrap();
    assert!(one_off.repeat.is_none() && one_off.week.is_none());
    // The day done is still stored.
    assert_eq!(
        c.step_occurrences(step, "2026-11-23".into(), "2026-11-23".into())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn the_readable_export_holds_the_days_done() {
    let (tmp, _clock, c, goal) = setup(monday());
    let walk = repeating(&c, &goal, "Walk", StepRepeat::Daily);
    c.check_off_occurrence(walk, None).unwrap();
    let out = tmp.path().join("readable");
    let export = c.export_readable(out.display().to_string()).unwrap();
    assert!(export
        .files
        .iter()
        .any(|f| f.starts_with("repeating-steps-done")));
    let json = std::fs::read_to_string(out.join("repeating-steps-done.json")).unwrap();
    assert!(json.contains("2026-11-23"), "{json}");
}

#[test]
fn a_repeating_step_reminds_at_its_own_time_and_a_bad_time_writes_nothing() {
    let (tmp, _clock, c, goal) = setup(utc(2026, 11, 23, 5, 0));
    let walk = c
        .add_step(
            goal.clone(),
            NewStep {
                text: "Walk".into(),
                repeat: Some(StepRepeat::Daily),
                remind_at: Some("18:30".into()),
                ..NewStep::default()
            },
        )
        .unwrap();
    assert_eq!(walk.remind_at.as_deref(), Some("18:30"));
    let first = c
        .reminder_plan()
        .unwrap()
        .reminders
        .into_iter()
        .find(|r| r.step_id.as_deref() == Some(walk.id.as_str()))
        .unwrap();
    // 18:30 in Oslo is 17:30 UTC in November.
    assert_eq!(first.at, utc(2026, 11, 23, 17, 30));

    let before = database_bytes(&tmp.path().join("data"));
    for bad in ["25:00", "6pm", "8:5"] {
        let err = c
            .edit_step(
                walk.id.clone(),
                StepEdit {
                    remind_at: Some(bad.into()),
                    ..StepEdit::default()
                },
            )
            .unwrap_err();
        assert_eq!(
            err,
            invalid(Field::StepTime, InvalidReason::Malformed),
            "{bad}"
        );
    }
    assert!(database_bytes(&tmp.path().join("data")) == before);
    // An empty time goes back to the default, 09:00.
    let back = c
        .edit_step(
            walk.id.clone(),
            StepEdit {
                remind_at: Some(String::new()),
                ..StepEdit::default()
            },
        )
        .unwrap();
    assert!(back.remind_at.is_none());
    let first = c
        .reminder_plan()
        .unwrap()
        .reminders
        .into_iter()
        .find(|r| r.step_id.as_deref() == Some(walk.id.as_str()))
        .unwrap();
    assert_eq!(first.at, utc(2026, 11, 23, 8, 0));
}

/// A weekday step done on another day too counts every day, and says so plainly
/// rather than "3 of 2".
#[test]
fn more_days_than_planned_are_counted_and_said_as_such() {
    let (_tmp, clock, c, goal) = setup(monday());
    let swim = repeating(
        &c,
        &goal,
        "Swim",
        StepRepeat::Weekdays {
            days: vec![Weekday::Mon, Weekday::Thu],
        },
    );
    clock.advance(utc(2026, 11, 26, 18, 0) - monday());
    for day in ["2026-11-23", "2026-11-24", "2026-11-26"] {
        c.check_off_occurrence(swim.clone(), Some(day.into()))
            .unwrap();
    }
    let week = c.check_off_occurrence(swim, None).unwrap().week.unwrap();
    assert_eq!((week.done, week.target), (3, 2));
    assert_eq!(week.label, "3 this week (2 planned)");
}
