//! Goals and steps end to end on a real database: the flows a participant goes
//! through, and bad input that must change nothing.

mod common;

use chrono::Duration;
use common::{monday_morning, open, TestClock};
use stegvis_core::{
    ConflictReason, Field, GoalEdit, GoalFilter, GoalStatus, HomeAssignment, InvalidReason,
    LifeArea, NewGoal, NewStep, ProblemSolvingInput, SolveOption, StegvisError, StepEdit,
    TodayItemKind, TodaySectionKind,
};

fn new_goal(text: &str) -> NewGoal {
    NewGoal {
        text: text.to_owned(),
        why: Some("I want to feel stronger".to_owned()),
        area: LifeArea::Health,
    }
}

fn step(text: &str) -> NewStep {
    NewStep {
        text: text.to_owned(),
        ..NewStep::default()
    }
}

#[test]
fn goal_with_steps_shows_progress() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let goal = c.add_goal(new_goal("  Walk every day  ")).unwrap();
    assert_eq!(goal.text, "Walk every day");
    assert_eq!(goal.area_name, "Health");
    assert_eq!(goal.status, GoalStatus::Active);
    assert_eq!(
        goal.progress.label,
        "No steps yet. A small first step is enough."
    );

    let ids: Vec<String> = ["Find my shoes", "Walk to the corner", "Walk to the park"]
        .into_iter()
        .map(|t| c.add_step(goal.id.clone(), step(t)).unwrap().id)
        .collect();
    c.complete_step(ids[0].clone()).unwrap();
    c.complete_step(ids[1].clone()).unwrap();

    let detail = c.goal(goal.id.clone()).unwrap();
    assert_eq!(
        (detail.goal.progress.done, detail.goal.progress.total),
        (2, 3)
    );
    assert_eq!(detail.goal.progress.label, "2 of 3 steps done");
    assert_eq!(detail.goal.progress.activity_label, "Last worked on today");
    let positions: Vec<u32> = detail.steps.iter().map(|s| s.position).collect();
    assert_eq!(positions, vec![1, 2, 3]);
    assert!(detail.steps[0].done && detail.steps[1].done && !detail.steps[2].done);

    let undone = c.undo_step(ids[1].clone()).unwrap();
    assert!(!undone.done);
    let listed = c.list_goals(GoalFilter::Active).unwrap();
    assert_eq!((listed[0].progress.done, listed[0].progress.total), (1, 3));
}

#[test]
fn steps_can_be_edited_tagged_and_reordered() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let goal = c.add_goal(new_goal("Cook at home")).unwrap();
    let a = c.add_step(goal.id.clone(), step("Buy rice")).unwrap();
    let b = c.add_step(goal.id.clone(), step("Find a recipe")).unwrap();
    let d = c
        .add_step(
            goal.id.clone(),
            NewStep {
                text: "Write down three meals I like".into(),
                due_date: Some("2026-11-30".into()),
                assignment: Some(HomeAssignment {
                    meeting_date: Some("2026-11-19".into()),
                    module: Some("Healthy lifestyles".into()),
                }),
                repeat: None,
                remind_at: None,
            },
        )
        .unwrap();
    assert_eq!(
        d.assignment_label.as_deref(),
        Some("Home assignment from the meeting on Thursday 19 November: Healthy lifestyles")
    );
    assert_eq!(d.status_label.as_deref(), Some("Due Monday 30 November"));

    let moved = c.move_step(d.id.clone(), 1).unwrap();
    let order: Vec<&str> = moved.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, vec![d.id.as_str(), a.id.as_str(), b.id.as_str()]);
    let positions: Vec<u32> = moved.steps.iter().map(|s| s.position).collect();
    assert_eq!(positions, vec![1, 2, 3]);

    let edited = c
        .edit_step(
            b.id.clone(),
            StepEdit {
                text: Some("Find an easy recipe".into()),
                due_date: Some("2026-11-24".into()),
                assignment: None,
                repeat: None,
                one_off: false,
                remind_at: None,
            },
        )
        .unwrap();
    assert_eq!(edited.text, "Find an easy recipe");
    assert_eq!(edited.due_date.as_deref(), Some("2026-11-24"));
    let cleared = c
        .edit_step(
            b.id.clone(),
            StepEdit {
                due_date: Some(String::new()),
                ..StepEdit::default()
            },
        )
        .unwrap();
    assert_eq!(cleared.due_date, None);
    assert_eq!(cleared.text, "Find an easy recipe");

    let untagged = c
        .edit_step(
            d.id.clone(),
            StepEdit {
                assignment: Some(HomeAssignment::default()),
                ..StepEdit::default()
            },
        )
        .unwrap();
    assert_eq!(untagged.assignment, None);

    let goal = c
        .edit_goal(
            goal.id.clone(),
            GoalEdit {
                text: Some("Cook at home twice a week".into()),
                why: Some(String::new()),
                area: Some(LifeArea::DailyLiving),
                stall_days: Some(3),
            },
        )
        .unwrap();
    assert_eq!(goal.text, "Cook at home twice a week");
    assert_eq!(goal.why, None);
    assert_eq!(goal.area, LifeArea::DailyLiving);
    assert_eq!(goal.stall_days, 3);
}

#[test]
fn reached_and_set_aside_goals_keep_their_steps_still_until_brought_back() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let goal = c.add_goal(new_goal("Join the choir")).unwrap();
    let s = c
        .add_step(goal.id.clone(), step("Ask when they meet"))
        .unwrap();

    let aside = c.set_goal_aside(goal.id.clone()).unwrap();
    assert_eq!(aside.status, GoalStatus::SetAside);
    assert_eq!(aside.status_name, "Set aside");
    let conflict = StegvisError::Conflict {
        reason: ConflictReason::GoalNotActive,
    };
    assert_eq!(c.complete_step(s.id.clone()).unwrap_err(), conflict);
    assert_eq!(
        c.add_step(goal.id.clone(), step("Buy sheet music"))
            .unwrap_err(),
        conflict
    );
    assert_eq!(
        c.set_goal_aside(goal.id.clone()).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::GoalAlreadyInState
        }
    );
    assert!(c.list_goals(GoalFilter::Active).unwrap().is_empty());
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 1);
    assert!(c.today().unwrap().sections.is_empty());

    c.resume_goal(goal.id.clone()).unwrap();
    c.complete_step(s.id.clone()).unwrap();
    let reached = c.reach_goal(goal.id.clone()).unwrap();
    assert_eq!(reached.status, GoalStatus::Reached);
    assert_eq!(c.undo_step(s.id.clone()).unwrap_err(), conflict);
    assert_eq!(c.goal(goal.id).unwrap().steps.len(), 1);
}

#[test]
fn bad_input_is_a_typed_error_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let invalid = |field, reason| StegvisError::InvalidInput { field, reason };

    assert_eq!(
        c.add_goal(new_goal("   ")).unwrap_err(),
        invalid(Field::GoalText, InvalidReason::Empty)
    );
    assert_eq!(
        c.add_goal(new_goal(&"x".repeat(2001))).unwrap_err(),
        invalid(Field::GoalText, InvalidReason::TooLong { max: 2000 })
    );
    let mut long_why = new_goal("Sleep well");
    long_why.why = Some("y".repeat(2001));
    assert_eq!(
        c.add_goal(long_why).unwrap_err(),
        invalid(Field::GoalWhy, InvalidReason::TooLong { max: 2000 })
    );
    assert!(c.list_goals(GoalFilter::All).unwrap().is_empty());

    let goal = c.add_goal(new_goal("Sleep well")).unwrap();
    let before = c.goal(goal.id.clone()).unwrap();

    assert_eq!(
        c.add_step(goal.id.clone(), step("")).unwrap_err(),
        invalid(Field::StepText, InvalidReason::Empty)
    );
    for bad_date in ["next friday", "2026-13-01", "2026-02-30", "23.11.2026"] {
        let err = c
            .add_step(
                goal.id.clone(),
                NewStep {
                    text: "Go to bed at 23".into(),
                    due_date: Some(bad_date.into()),
                    assignment: None,
                    repeat: None,
                    remind_at: None,
                },
            )
            .unwrap_err();
        assert_eq!(
            err,
            invalid(Field::DueDate, InvalidReason::Malformed),
            "{bad_date}"
        );
    }
    let bad_meeting = NewStep {
        text: "Read the handout".into(),
        due_date: None,
        assignment: Some(HomeAssignment {
            meeting_date: Some("last week".into()),
            module: None,
        }),
        repeat: None,
        remind_at: None,
    };
    assert_eq!(
        c.add_step(goal.id.clone(), bad_meeting).unwrap_err(),
        invalid(Field::MeetingDate, InvalidReason::Malformed)
    );
    assert_eq!(
        c.add_step("not-an-id".into(), step("x")).unwrap_err(),
        invalid(Field::Id, InvalidReason::Malformed)
    );
    assert_eq!(
        c.add_step(uuid::Uuid::new_v4().to_string(), step("x"))
            .unwrap_err(),
        StegvisError::NotFound {
            what: stegvis_core::Entity::Goal
        }
    );
    assert_eq!(
        c.complete_step(uuid::Uuid::new_v4().to_string())
            .unwrap_err(),
        StegvisError::NotFound {
            what: stegvis_core::Entity::Step
        }
    );
    assert_eq!(
        c.complete_step(String::new()).unwrap_err(),
        invalid(Field::Id, InvalidReason::Empty)
    );
    assert_eq!(
        c.edit_goal(
            goal.id.clone(),
            GoalEdit {
                text: Some("Sleep better".into()),
                stall_days: Some(0),
                ..GoalEdit::default()
            }
        )
        .unwrap_err(),
        invalid(
            Field::StallDays,
            InvalidReason::OutOfRange { min: 1, max: 365 }
        )
    );

    let s = c
        .add_step(goal.id.clone(), step("Go to bed at 23"))
        .unwrap();
    assert_eq!(
        c.move_step(s.id.clone(), 5).unwrap_err(),
        invalid(
            Field::Position,
            InvalidReason::OutOfRange { min: 1, max: 1 }
        )
    );
    assert_eq!(
        c.undo_step(s.id.clone()).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::StepNotDone
        }
    );

    // The goal is as it was, apart from the one good step.
    let after = c.goal(goal.id).unwrap();
    assert_eq!(after.goal.text, before.goal.text);
    assert_eq!(after.goal.stall_days, 7);
    assert_eq!(after.steps.len(), 1);
}

#[test]
fn a_stalled_step_gets_a_plan_and_its_follow_up_shows_on_its_day() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let c = open(tmp.path(), clock.clone()).unwrap();
    let goal = c.add_goal(new_goal("Go back to the gym")).unwrap();
    let s = c
        .add_step(goal.id.clone(), step("Book an intro session"))
        .unwrap();

    let today = c.today().unwrap();
    assert_eq!(today.sections.len(), 1);
    assert_eq!(today.sections[0].kind, TodaySectionKind::Next);
    assert_eq!(
        today.sections[0].items[0].detail.as_deref(),
        Some("Next step for “Go back to the gym”")
    );

    clock.advance(Duration::days(6));
    assert!(!c.goal(goal.id.clone()).unwrap().steps[0].stalled);
    clock.advance(Duration::days(2));
    assert!(c.goal(goal.id.clone()).unwrap().steps[0].stalled);
    let today = c.today().unwrap();
    let stalled = &today.sections[0];
    assert_eq!(stalled.kind, TodaySectionKind::Stalled);
    assert_eq!(stalled.items[0].kind, TodayItemKind::StalledStep);
    assert_eq!(
        stalled.items[0].title,
        "“Book an intro session” has not moved for 8 days. Would you like to make a new plan for it?"
    );

    let plan_input = ProblemSolvingInput {
        problem: "I feel nervous calling them".into(),
        options: vec![
            SolveOption {
                text: "Book online".into(),
                pros: Some("No phone call".into()),
                cons: Some("Their site is confusing".into()),
            },
            SolveOption {
                text: "Ask my brother to come along".into(),
                pros: None,
                cons: None,
            },
        ],
        chosen: 1,
        first_action: "Open their booking page after breakfast".into(),
        follow_up_date: "2026-12-04".into(),
    };
    let mut past = plan_input.clone();
    past.follow_up_date = "2026-11-30".into();
    assert_eq!(
        c.save_problem_solving(s.id.clone(), past).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::FollowUpDate,
            reason: InvalidReason::InPast
        }
    );
    let plan = c.save_problem_solving(s.id.clone(), plan_input).unwrap();
    assert_eq!(plan.chosen, 1);
    assert_eq!(plan.options.len(), 2);
    assert_eq!(
        c.problem_solving_for_step(s.id.clone()).unwrap(),
        vec![plan.clone()]
    );

    // Planning counts as activity: the step is no longer stalled.
    let today = c.today().unwrap();
    assert!(today
        .sections
        .iter()
        .all(|s| s.kind != TodaySectionKind::Stalled));

    clock.advance(Duration::days(3)); // 2026-12-04
    let today = c.today().unwrap();
    let follow = today
        .sections
        .iter()
        .find(|s| s.kind == TodaySectionKind::FollowUps)
        .expect("follow-up section");
    assert_eq!(
        follow.items[0].problem_solving_id.as_deref(),
        Some(plan.id.as_str())
    );
    assert_eq!(
        follow.items[0].detail.as_deref(),
        Some("How did it go? You planned: Open their booking page after breakfast")
    );

    let done = c.complete_follow_up(plan.id.clone()).unwrap();
    assert!(done.followed_up_at.is_some());
    assert!(c
        .today()
        .unwrap()
        .sections
        .iter()
        .all(|s| s.kind != TodaySectionKind::FollowUps));
    assert_eq!(
        c.complete_follow_up(plan.id).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::FollowUpAlreadyDone
        }
    );
}

#[test]
fn today_lists_due_overdue_and_next_once_each() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let c = open(tmp.path(), clock.clone()).unwrap();
    let g1 = c.add_goal(new_goal("Tidy the flat")).unwrap();
    let dated = |text: &str, date: &str| NewStep {
        text: text.into(),
        due_date: Some(date.into()),
        assignment: None,
        repeat: None,
        remind_at: None,
    };
    c.add_step(g1.id.clone(), dated("Kitchen", "2026-11-23"))
        .unwrap();
    c.add_step(g1.id.clone(), dated("Bathroom", "2026-11-21"))
        .unwrap();
    c.add_step(g1.id.clone(), dated("Hall", "2026-11-28"))
        .unwrap();
    let g2 = c.add_goal(new_goal("See friends")).unwrap();
    c.add_step(g2.id.clone(), step("Text Ali")).unwrap();
    c.add_step(g2.id.clone(), step("Meet Ali")).unwrap();

    let today = c.today().unwrap();
    assert_eq!(today.date, "2026-11-23");
    let titles = |kind| -> Vec<String> {
        today
            .sections
            .iter()
            .find(|s| s.kind == kind)
            .map(|s| s.items.iter().map(|i| i.title.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(titles(TodaySectionKind::Due), vec!["Kitchen"]);
    assert_eq!(titles(TodaySectionKind::Overdue), vec!["Bathroom"]);
    // Goal 1's first open step is already shown as due, so its next is the Hall.
    assert_eq!(titles(TodaySectionKind::Next), vec!["Hall", "Text Ali"]);
    let overdue = &today.sections[1].items[0];
    assert_eq!(overdue.detail.as_deref(), Some("Planned for 2 days ago"));

    // Late at night in Oslo is already the next day.
    clock.advance(Duration::hours(15)); // 23:00 UTC = 00:00 in Oslo
    assert_eq!(c.today().unwrap().date, "2026-11-24");
    c.set_zone("America/New_York".into()).unwrap();
    assert_eq!(c.today().unwrap().date, "2026-11-23");
}

#[test]
fn text_is_localized_in_all_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let goal = c.add_goal(new_goal("Walk")).unwrap();
    let mut seen = std::collections::HashSet::new();
    for lang in stegvis_core::Lang::ALL {
        c.set_language(lang).unwrap();
        let g = c.goal(goal.id.clone()).unwrap().goal;
        seen.insert((g.area_name.clone(), g.progress.label.clone()));
        let err = c.add_goal(new_goal("")).unwrap_err();
        let text = c.describe_error(err);
        assert!(
            !text.contains("field-") && !text.contains("reason-"),
            "{text}"
        );
        let today = c.today().unwrap();
        assert!(!today.title.contains("today-title"));
    }
    assert_eq!(seen.len(), 4, "each language has its own words: {seen:?}");
}

#[test]
fn first_run_until_anything_is_set_up_and_never_again() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    assert!(c.is_first_run().unwrap());
    // A check-in time alone is not something of the person's.
    let settings = c.reminder_settings().unwrap();
    c.set_reminder_settings(stegvis_core::ReminderSettings {
        checkin_time: Some("21:00".to_owned()),
        ..settings
    })
    .unwrap();
    assert!(c.is_first_run().unwrap());
    let goal = c.add_goal(new_goal("Walk every day")).unwrap();
    assert!(!c.is_first_run().unwrap());
    // Set aside, it still was set up: the welcome is not shown again.
    c.set_goal_aside(goal.id).unwrap();
    assert!(!c.is_first_run().unwrap());
}

#[test]
fn first_run_ends_with_a_sign_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let key = c.sign_catalog().unwrap()[0].key.clone();
    c.add_sign(stegvis_core::NewSign {
        catalog_key: Some(key),
        text: None,
        noticed_by_others: false,
    })
    .unwrap();
    assert!(!c.is_first_run().unwrap());
}

#[test]
fn follow_up_choices_are_dates_the_plan_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let choices = c.follow_up_choices().unwrap();
    let dates: Vec<&str> = choices.iter().map(|d| d.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2026-11-24", "2026-11-26", "2026-11-30", "2026-12-07"]
    );
    assert_eq!(choices[0].label, "Tomorrow, Tuesday 24 November");
    assert_eq!(choices[1].label, "In 3 days, Thursday 26 November");
    assert_eq!(choices[3].label, "In two weeks, Monday 7 December");

    let goal = c.add_goal(new_goal("Walk every day")).unwrap();
    let step = c.add_step(goal.id, step("Find my shoes")).unwrap();
    let plan = c
        .save_problem_solving(
            step.id,
            ProblemSolvingInput {
                problem: "It rains".to_owned(),
                options: vec![SolveOption {
                    text: "Walk with an umbrella".to_owned(),
                    pros: None,
                    cons: None,
                }],
                chosen: 1,
                first_action: "Find the umbrella".to_owned(),
                follow_up_date: choices[2].date.clone(),
            },
        )
        .unwrap();
    assert_eq!(plan.follow_up_date, "2026-11-30");
}
