//! Issue 8, points 9-12 on a real database: everything written can be read back
//! (check-ins, problem-solving plans and their look-backs), an empty check-in is
//! refused, and the plan shows as one block when it is needed.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::sync::Arc;

use chrono::Duration;
use common::{config, key_file, monday_morning, open, TestClock};
use stegvis_core::{
    CheckinInput, Companion, ContactKind, Field, InvalidReason, Lang, LifeArea, LookBackInput,
    LookBackOutcome, NewGoal, NewSign, NewStep, PlanEdit, PlanItem, PlanSection,
    ProblemSolvingInput, Rating, Rule, SolveOption, StegvisError, TodayItemKind, TodaySectionKind,
};

fn catalog(key: &str) -> NewSign {
    NewSign {
        catalog_key: Some(key.into()),
        ..NewSign::default()
    }
}

fn checkin(
    c: &Companion,
    date: Option<&str>,
    values: &[(&str, u8)],
    note: Option<&str>,
    sleep: Option<f64>,
) -> Result<(), StegvisError> {
    c.save_checkin(CheckinInput {
        date: date.map(str::to_owned),
        ratings: values
            .iter()
            .map(|(id, v)| Rating {
                sign_id: (*id).to_owned(),
                value: *v,
            })
            .collect(),
        note: note.map(str::to_owned),
        sleep_hours: sleep,
    })
    .map(|_| ())
}

// ---- 9: check-ins read back -------------------------------------------------

#[test]
fn a_days_check_in_reads_back_in_words_with_note_and_sleep() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let sleep = c.add_sign(catalog("sleeping-less")).unwrap().id;
    let racing = c.add_sign(catalog("racing-thoughts")).unwrap().id;
    checkin(
        &c,
        None,
        &[(&racing, 1), (&sleep, 2)],
        Some("Busy day at the centre"),
        Some(6.5),
    )
    .unwrap();

    let day = c.checkin_day(None).unwrap();
    assert!(day.checked_in);
    assert_eq!(day.date, "2026-11-23");
    assert_eq!(day.date_label, "Monday 23 November");
    let words: Vec<(&str, &str)> = day
        .ratings
        .iter()
        .map(|r| (r.name.as_str(), r.value_label.as_str()))
        .collect();
    // In the person's check-in order, each rating in words.
    assert_eq!(
        words,
        [
            ("Sleeping less than usual", "Quite a lot"),
            ("Racing thoughts", "A little")
        ]
    );
    assert_eq!(day.note.as_deref(), Some("Busy day at the centre"));
    assert_eq!(day.sleep_label.as_deref(), Some("Slept 6.5 hours"));
    assert_eq!(
        day.summary,
        "Quite a lot: Sleeping less than usual · A little: Racing thoughts"
    );

    // A day without a check-in says so plainly.
    let none = c.checkin_day(Some("2026-11-20".into())).unwrap();
    assert!(!none.checked_in);
    assert!(none.ratings.is_empty());
    assert_eq!(
        none.empty_text.as_deref(),
        Some("No check-in on Friday 20 November.")
    );
    assert_eq!(
        c.checkin_day(Some("23.11.2026".into())).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::CheckinDate,
            reason: InvalidReason::Malformed
        }
    );
}

#[test]
fn history_is_newest_first_and_leaves_out_days_without_a_check_in() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let c = open(tmp.path(), clock.clone()).unwrap();
    let low = c.add_sign(catalog("low-mood")).unwrap().id;
    checkin(&c, Some("2026-11-18"), &[(&low, 0)], None, Some(8.0)).unwrap();
    checkin(&c, Some("2026-11-21"), &[(&low, 3)], Some("Bad news"), None).unwrap();
    checkin(&c, None, &[(&low, 1)], None, Some(1.0)).unwrap();

    let history = c.checkin_history(2).unwrap();
    let dates: Vec<&str> = history.days.iter().map(|d| d.date.as_str()).collect();
    assert_eq!(dates, ["2026-11-23", "2026-11-21", "2026-11-18"]);
    assert_eq!(history.days[1].note.as_deref(), Some("Bad news"));
    assert_eq!(history.days[1].summary, "A lot: Low mood");
    assert_eq!(history.days[2].summary, "Every sign at “Not at all”");
    // Whole hours go through Fluent's plurals.
    assert_eq!(history.days[0].sleep_label.as_deref(), Some("Slept 1 hour"));
    assert_eq!(
        history.days[2].sleep_label.as_deref(),
        Some("Slept 8 hours")
    );
    assert_eq!(history.empty_text, None);
    assert!(
        history.title.contains("Tuesday 10 November"),
        "{}",
        history.title
    );

    // One week back holds only the days of that week.
    assert_eq!(c.checkin_history(1).unwrap().days.len(), 3);
    clock.advance(Duration::days(6));
    assert_eq!(c.checkin_history(1).unwrap().days.len(), 1);
    clock.advance(Duration::days(14));
    let empty = c.checkin_history(1).unwrap();
    assert!(empty.days.is_empty());
    assert!(empty.empty_text.is_some());
    assert!(matches!(
        c.checkin_history(0).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::Weeks,
            ..
        }
    ));
}

#[test]
fn a_retired_signs_rating_is_still_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let a = c.add_sign(catalog("irritable")).unwrap().id;
    checkin(&c, None, &[(&a, 2)], None, None).unwrap();
    c.retire_sign(a).unwrap();
    let day = c.checkin_day(None).unwrap();
    assert!(day.ratings[0].retired);
    assert_eq!(day.ratings[0].value, 2);
}

#[test]
fn notes_and_sleep_are_in_the_trend_per_day() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let a = c.add_sign(catalog("low-mood")).unwrap().id;
    checkin(
        &c,
        Some("2026-11-22"),
        &[(&a, 1)],
        Some("Quiet Sunday"),
        Some(9.0),
    )
    .unwrap();
    let trend = c.trend(1).unwrap();
    assert_eq!(trend.per_day.len(), 7);
    let sunday = &trend.per_day[5];
    assert_eq!(sunday.date, "2026-11-22");
    assert!(sunday.checked_in);
    assert_eq!(sunday.note.as_deref(), Some("Quiet Sunday"));
    assert_eq!(sunday.sleep_hours, Some(9.0));
    assert!(!trend.per_day[6].checked_in);
    assert_eq!(trend.per_day[6].note, None);
}

#[test]
fn check_ins_read_back_in_every_language() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let dir = tmp.path();
    {
        let c = open(dir, clock.clone()).unwrap();
        let a = c.add_sign(catalog("low-mood")).unwrap().id;
        checkin(&c, None, &[(&a, 2)], None, Some(6.5)).unwrap();
    }
    for (lang, date, sleep) in [
        (Lang::Nb, "mandag 23. november", "Sov 6,5 timer"),
        (Lang::Sv, "måndag 23 november", "Sov 6,5 timmar"),
        (Lang::Da, "mandag 23. november", "Sov 6,5 timer"),
    ] {
        let c =
            Companion::open_with_clock(config(dir, lang), key_file(dir), clock.clone()).unwrap();
        let day = c.checkin_day(None).unwrap();
        assert_eq!(day.date_label, date);
        assert_eq!(day.sleep_label.as_deref(), Some(sleep));
        assert!(!day.ratings[0].value_label.is_empty());
    }
}

// ---- 11: an empty check-in is refused ---------------------------------------

#[test]
fn a_check_in_with_nothing_in_it_is_refused_and_saves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    c.add_sign(catalog("low-mood")).unwrap();
    let empty = StegvisError::InvalidInput {
        field: Field::Rating,
        reason: InvalidReason::Empty,
    };
    assert_eq!(checkin(&c, None, &[], None, None).unwrap_err(), empty);
    // A note of only spaces is no note.
    assert_eq!(
        checkin(&c, None, &[], Some("   "), None).unwrap_err(),
        empty
    );
    assert!(!c.checkin_day(None).unwrap().checked_in);
    assert!(c
        .today()
        .unwrap()
        .sections
        .iter()
        .any(|s| s.kind == TodaySectionKind::Checkin));
    // A note alone, or sleep alone, is something.
    checkin(&c, None, &[], Some("Slept badly, no energy to rate"), None).unwrap();
    checkin(&c, Some("2026-11-22"), &[], None, Some(7.0)).unwrap();
}

// ---- 10: problem-solving plans read back, the look-back ---------------------

struct Stuck {
    c: Arc<Companion>,
    clock: Arc<TestClock>,
    step: String,
    goal: String,
    _tmp: tempfile::TempDir,
}

fn stuck_step() -> Stuck {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(10));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let goal = c
        .add_goal(NewGoal {
            text: "See my sister more".into(),
            why: None,
            area: LifeArea::Relationships,
        })
        .unwrap()
        .id;
    let step = c
        .add_step(
            goal.clone(),
            NewStep {
                text: "Ask her to have coffee".into(),
                ..NewStep::default()
            },
        )
        .unwrap()
        .id;
    clock.advance(Duration::days(10));
    Stuck {
        c,
        clock,
        step,
        goal,
        _tmp: tmp,
    }
}

fn plan_input(follow_up: &str) -> ProblemSolvingInput {
    ProblemSolvingInput {
        problem: "I get nervous calling".into(),
        options: vec![
            SolveOption {
                text: "Send a message instead".into(),
                pros: Some("No phone call".into()),
                cons: None,
            },
            SolveOption {
                text: "Ask mum to suggest it".into(),
                pros: None,
                cons: Some("Feels childish".into()),
            },
            SolveOption {
                text: "Meet at the café after the group".into(),
                pros: None,
                cons: None,
            },
        ],
        chosen: 1,
        first_action: "Write the message on Tuesday evening".into(),
        follow_up_date: follow_up.into(),
    }
}

fn kinds(c: &Companion) -> Vec<TodaySectionKind> {
    c.today().unwrap().sections.iter().map(|s| s.kind).collect()
}

#[test]
fn plans_are_listed_under_their_step_and_read_back_in_full() {
    let s = stuck_step();
    let c = &s.c;
    assert!(kinds(c).contains(&TodaySectionKind::Stalled));
    let plan = c
        .save_problem_solving(s.step.clone(), plan_input("2026-11-30"))
        .unwrap();
    assert_eq!(plan.follow_up_label, "Monday 30 November");
    assert_eq!(plan.next_option, Some(2));
    assert_eq!(plan.chosen_text(), Some("Send a message instead"));

    let detail = c.goal(s.goal.clone()).unwrap();
    assert_eq!(detail.steps[0].plans, vec![plan.clone()]);
    let shown = c.problem_solving(plan.id.clone()).unwrap();
    assert_eq!(shown, plan);
    assert_eq!(shown.options[1].cons.as_deref(), Some("Feels childish"));
    assert_eq!(shown.outcome, None);
    assert!(matches!(
        c.problem_solving("not-an-id".into()).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::Id,
            ..
        }
    ));
}

#[test]
fn a_step_with_a_plan_waiting_is_not_called_stuck() {
    let s = stuck_step();
    let c = &s.c;
    c.save_problem_solving(s.step.clone(), plan_input("2026-12-20"))
        .unwrap();
    // Long after the plan was made, with its look-back still ahead: not stuck.
    s.clock.advance(Duration::days(20));
    let today = c.today().unwrap();
    assert!(
        today
            .sections
            .iter()
            .all(|s| s.kind != TodaySectionKind::Stalled),
        "{today:?}"
    );
    let detail = c.goal(s.goal.clone()).unwrap();
    assert!(!detail.steps[0].stalled);
    // On the look-back day it shows once, under follow-ups, and not again as a step.
    s.clock.advance(Duration::days(7));
    let today = c.today().unwrap();
    let items: Vec<TodayItemKind> = today
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.kind))
        .collect();
    assert_eq!(items, [TodayItemKind::FollowUp]);
}

#[test]
fn the_look_back_keeps_how_it_went_and_the_next_idea_can_be_tried() {
    let s = stuck_step();
    let c = &s.c;
    let first = c
        .save_problem_solving(s.step.clone(), plan_input("2026-11-25"))
        .unwrap();
    s.clock.advance(Duration::days(2));
    let looked = c
        .look_back(
            first.id.clone(),
            LookBackInput {
                outcome: Some(LookBackOutcome::NotYet),
                note: Some("  I wrote it but did not send it ".into()),
            },
        )
        .unwrap();
    assert!(looked.followed_up_at.is_some());
    assert_eq!(looked.outcome, Some(LookBackOutcome::NotYet));
    assert_eq!(looked.outcome_label.as_deref(), Some("Not yet"));
    assert_eq!(
        looked.look_back_note.as_deref(),
        Some("I wrote it but did not send it")
    );
    // A second look-back is refused; the answer stays.
    assert!(matches!(
        c.look_back(first.id.clone(), LookBackInput::default())
            .unwrap_err(),
        StegvisError::Conflict { .. }
    ));

    // Try the next idea: a new plan with the same problem and ideas.
    let next = c
        .try_next_option(
            first.id.clone(),
            looked.next_option.unwrap(),
            "Ask mum on Sunday".into(),
            "2026-12-01".into(),
        )
        .unwrap();
    assert_ne!(next.id, first.id);
    assert_eq!(next.chosen, 2);
    assert_eq!(next.problem, first.problem);
    assert_eq!(next.options, first.options);
    assert_eq!(next.continues.as_deref(), Some(first.id.as_str()));
    assert_eq!(next.followed_up_at, None);
    assert_eq!(next.next_option, Some(3));

    // Both are listed under the step, the first with its answer, after a restart.
    drop(s.c);
    let c = open(s._tmp.path(), s.clock.clone()).unwrap();
    let plans = c.problem_solving_for_step(s.step.clone()).unwrap();
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0].outcome, Some(LookBackOutcome::NotYet));
    assert_eq!(plans[1].first_action, "Ask mum on Sunday");

    // A bad idea number or a past date changes nothing.
    for (option, date, field) in [
        (4, "2026-12-01", Field::ChosenOption),
        (0, "2026-12-01", Field::ChosenOption),
        (3, "2026-11-01", Field::FollowUpDate),
    ] {
        let err = c
            .try_next_option(first.id.clone(), option, "x".into(), date.into())
            .unwrap_err();
        assert!(
            matches!(err, StegvisError::InvalidInput { field: f, .. } if f == field),
            "{err:?}"
        );
    }
    assert_eq!(c.problem_solving_for_step(s.step.clone()).unwrap().len(), 2);

    // The old way, without an answer, still works.
    let plain = c.complete_follow_up(plans[1].id.clone()).unwrap();
    assert_eq!(plain.outcome, None);
    assert!(plain.followed_up_at.is_some());

    // A new plan for the same step is the ordinary save.
    let again = c
        .save_problem_solving(s.step.clone(), plan_input("2026-12-05"))
        .unwrap();
    assert_eq!(again.continues, None);
}

// ---- 12: the plan at the moment it is needed --------------------------------

fn item(text: &str) -> PlanItem {
    PlanItem {
        text: text.into(),
        ..PlanItem::default()
    }
}

fn contact(name: &str, kind: ContactKind, reach: &str) -> PlanItem {
    PlanItem {
        text: name.into(),
        reach: Some(reach.into()),
        contact_kind: Some(kind),
        ..PlanItem::default()
    }
}

fn full_plan(c: &Companion, signs: &[String]) {
    let add = |section, item| PlanEdit::AddItem { section, item };
    c.edit_plan(vec![
        add(PlanSection::Actions, item("Go to bed at ten")),
        add(PlanSection::Actions, item("Tell Sam how I really am")),
        add(
            PlanSection::Contacts,
            contact("Sam", ContactKind::Supporter, "900 00 000"),
        ),
        add(
            PlanSection::Contacts,
            contact("The clinic", ContactKind::Clinic, "22 00 00 00, weekdays"),
        ),
        add(
            PlanSection::Contacts,
            contact("Crisis line", ContactKind::CrisisLine, "116 123"),
        ),
        PlanEdit::AddRule {
            rule: Rule::SignsAtLeast {
                sign_ids: signs.to_vec(),
                threshold: 2,
                min_signs: 2,
                days: 2,
            },
        },
        PlanEdit::AddRule {
            rule: Rule::SleepBelow {
                hours: 5.0,
                times: 2,
                within_days: 7,
            },
        },
    ])
    .unwrap();
}

#[test]
fn when_a_rule_holds_today_shows_one_block_with_the_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(1));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let signs: Vec<String> = ["sleeping-less", "racing-thoughts", "irritable"]
        .into_iter()
        .map(|k| c.add_sign(catalog(k)).unwrap().id)
        .collect();
    full_plan(&c, &signs);
    assert!(c.today().unwrap().plan_block.is_none());
    let high = [
        (signs[0].as_str(), 2),
        (signs[1].as_str(), 3),
        (signs[2].as_str(), 0),
    ];
    checkin(&c, None, &high, None, Some(4.0)).unwrap();
    clock.advance(Duration::days(1));
    checkin(&c, None, &high, None, Some(4.5)).unwrap();

    let today = c.today().unwrap();
    // One item in the plan section, however many things fired.
    let plan = today
        .sections
        .iter()
        .find(|s| s.kind == TodaySectionKind::Plan)
        .unwrap();
    assert_eq!(plan.items.len(), 1);
    assert_eq!(plan.items[0].kind, TodayItemKind::PlanPrompt);
    let block = today.plan_block.unwrap();
    assert_eq!(plan.items[0].title, block.headline);
    assert_eq!(
        block.headline,
        "Sleeping less than usual and racing thoughts are higher than usual for you. \
         You slept under 5 hours on 2 of the last 7 days."
    );
    assert_eq!(
        block.risen_signs,
        ["Sleeping less than usual", "Racing thoughts"]
    );
    assert_eq!(block.rules.len(), 2);
    assert_eq!(
        block.actions,
        ["Go to bed at ten", "Tell Sam how I really am"]
    );
    assert_eq!(block.no_actions_text, None);
    let people: Vec<&str> = block.contacts.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        people,
        [
            "Sam (Supporter): 900 00 000",
            "The clinic (Clinic): 22 00 00 00, weekdays"
        ]
    );
    assert_eq!(block.crisis.len(), 1);
    assert_eq!(block.crisis[0].reach.as_deref(), Some("116 123"));
    assert!(block.crisis_text.contains("113"));
    for part in [
        "Go to bed at ten",
        "Sam (Supporter): 900 00 000",
        "Crisis line (Crisis line): 116 123",
        "Two or more of these signs",
    ] {
        assert!(block.text.contains(part), "{part} in {}", block.text);
    }

    // A calm next day: the block goes.
    clock.advance(Duration::days(1));
    let calm: Vec<(&str, u8)> = signs.iter().map(|s| (s.as_str(), 0)).collect();
    checkin(&c, None, &calm, None, Some(8.0)).unwrap();
    let today = c.today().unwrap();
    // The sleep rule still holds within its week; no sign has risen.
    let block = today.plan_block.unwrap();
    assert!(block.risen_signs.is_empty());
    assert_eq!(
        block.headline,
        "You slept under 5 hours on 2 of the last 7 days."
    );
}

#[test]
fn an_empty_plan_still_gives_the_crisis_line() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(1));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let a = c.add_sign(catalog("hearing-things")).unwrap().id;
    c.edit_plan(vec![PlanEdit::AddRule {
        rule: Rule::SignsAtLeast {
            sign_ids: vec![a.clone()],
            threshold: 3,
            min_signs: 1,
            days: 1,
        },
    }])
    .unwrap();
    clock.advance(Duration::days(1));
    checkin(&c, None, &[(&a, 3)], None, None).unwrap();
    let block = c.today().unwrap().plan_block.unwrap();
    assert_eq!(
        block.headline,
        "Hearing things others don't hear is higher than usual for you."
    );
    assert!(block.actions.is_empty());
    assert!(block.no_actions_text.is_some());
    assert!(block.contacts.is_empty() && block.crisis.is_empty());
    assert!(!block.crisis_text.is_empty());
}

#[test]
fn rules_are_in_peoples_words_and_name_retired_signs() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let a = c.add_sign(catalog("sleeping-less")).unwrap().id;
    let b = c.add_sign(catalog("racing-thoughts")).unwrap().id;
    let view = c
        .edit_plan(vec![PlanEdit::AddRule {
            rule: Rule::SignsAtLeast {
                sign_ids: vec![a.clone(), b.clone()],
                threshold: 2,
                min_signs: 2,
                days: 2,
            },
        }])
        .unwrap();
    assert_eq!(
        view.rules[0].description,
        "Two or more of these signs at “Quite a lot” or higher, two days in a row: \
         Sleeping less than usual, Racing thoughts"
    );
    c.retire_sign(b).unwrap();
    let view = c.plan_view().unwrap();
    assert_eq!(
        view.rules[0].description,
        "Two or more of these signs at “Quite a lot” or higher, two days in a row: \
         Sleeping less than usual, Racing thoughts. It watches a sign that is no longer \
         on your list: Racing thoughts"
    );
}
