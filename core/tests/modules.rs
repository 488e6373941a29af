//! The IMR modules on a real data folder: marking started and worked through with a
//! day, correcting and undoing, the rules on days, and home-assignment steps filed
//! under the module their text names, in any language or by key.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{monday_morning, open, TestClock};
use stegvis_core::{
    module_name, ConflictReason, Field, HomeAssignment, ImrModule, InvalidReason, Lang, LifeArea,
    Localizer, ModuleStatus, NewGoal, NewStep, StegvisError,
};

fn step(text: &str, module: &str) -> NewStep {
    NewStep {
        text: text.to_owned(),
        due_date: None,
        assignment: Some(HomeAssignment {
            meeting_date: Some("2026-11-19".to_owned()),
            module: Some(module.to_owned()),
        }),
        ..NewStep::default()
    }
}

#[test]
fn eleven_modules_in_program_order_none_started() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    let view = c.modules().unwrap();
    let keys: Vec<&str> = view.modules.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "recovery-strategies",
            "practical-facts",
            "stress-vulnerability",
            "social-support",
            "using-medication",
            "drug-alcohol",
            "reducing-relapses",
            "coping-with-stress",
            "coping-with-problems",
            "mental-health-system",
            "healthy-lifestyles"
        ]
    );
    assert!(view
        .modules
        .iter()
        .all(|m| m.status == ModuleStatus::NotStarted && m.state_label == "Not started yet"));
    assert_eq!((view.done, view.started), (0, 0));
    assert_eq!(view.modules[0].name, "Recovery strategies");
    assert_eq!(
        module_name("drug-alcohol", &Localizer::new(Lang::Nb)).as_deref(),
        Some("Rusmidler og alkohol")
    );
    assert_eq!(module_name("nope", &Localizer::new(Lang::En)), None);
}

#[test]
fn started_then_worked_through_with_days_kept_after_reopening() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("d");
    let clock = TestClock::at(monday_morning());
    {
        let c = open(&dir, clock.clone()).unwrap();
        let v = c
            .module_start("recovery-strategies".into(), Some("2026-09-01".into()))
            .unwrap();
        assert_eq!(v.modules[0].status, ModuleStatus::Started);
        assert_eq!(v.modules[0].started_on.as_deref(), Some("2026-09-01"));
        let v = c.module_done("Recovery-Strategies ".into(), None).unwrap();
        assert_eq!(v.modules[0].status, ModuleStatus::WorkedThrough);
        assert_eq!(v.modules[0].done_on.as_deref(), Some("2026-11-23"));
        assert_eq!(
            v.modules[0].state_label,
            "Started 1 September 2026, worked through 23 November 2026"
        );
        assert_eq!(v.done, 1);
    }
    let c = open(&dir, clock).unwrap();
    let m = &c.modules().unwrap().modules[0];
    assert_eq!(m.started_on.as_deref(), Some("2026-09-01"));
    assert_eq!(m.done_on.as_deref(), Some("2026-11-23"));
}

#[test]
fn worked_through_without_a_start_counts_as_started_that_day() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    let v = c
        .module_done("coping-with-stress".into(), Some("2026-10-02".into()))
        .unwrap();
    let m = v
        .modules
        .iter()
        .find(|m| m.module == ImrModule::CopingWithStress)
        .unwrap();
    assert_eq!(m.started_on.as_deref(), Some("2026-10-02"));
    assert_eq!(m.done_on.as_deref(), Some("2026-10-02"));
    assert_eq!(m.state_label, "Worked through 2 October 2026");
}

#[test]
fn corrections_and_undo_keep_what_should_stay() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    c.module_start("social-support".into(), Some("2026-10-01".into()))
        .unwrap();
    c.module_done("social-support".into(), Some("2026-11-01".into()))
        .unwrap();
    // A corrected start, still before the day it was worked through.
    let v = c
        .module_start("social-support".into(), Some("2026-09-20".into()))
        .unwrap();
    assert_eq!(v.modules[3].started_on.as_deref(), Some("2026-09-20"));
    assert_eq!(v.modules[3].done_on.as_deref(), Some("2026-11-01"));
    // Undo "worked through": the start stays.
    let v = c.module_undo_done("social-support".into()).unwrap();
    assert_eq!(v.modules[3].status, ModuleStatus::Started);
    assert_eq!(v.modules[3].started_on.as_deref(), Some("2026-09-20"));
    // Undo again changes nothing.
    assert_eq!(c.module_undo_done("social-support".into()).unwrap(), v);
    // Reset: back to not started.
    let v = c.module_reset("social-support".into()).unwrap();
    assert_eq!(v.modules[3].status, ModuleStatus::NotStarted);
    assert_eq!(v.modules[3].started_on, None);
    // And it can be started again.
    let v = c.module_start("social-support".into(), None).unwrap();
    assert_eq!(v.modules[3].started_on.as_deref(), Some("2026-11-23"));
}

#[test]
fn bad_days_and_keys_are_typed_errors_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    let before = c.modules().unwrap();
    let invalid = |field, reason| StegvisError::InvalidInput { field, reason };
    assert_eq!(
        c.module_start("recovery-strategies".into(), Some("2026-11-24".into())),
        Err(invalid(Field::ModuleDate, InvalidReason::InFuture))
    );
    assert_eq!(
        c.module_start("recovery-strategies".into(), Some("24.11.2026".into())),
        Err(invalid(Field::ModuleDate, InvalidReason::Malformed))
    );
    assert_eq!(
        c.module_start("recovery".into(), None),
        Err(invalid(Field::ModuleKey, InvalidReason::Unknown))
    );
    assert_eq!(
        c.module_done(" ".into(), None),
        Err(invalid(Field::ModuleKey, InvalidReason::Empty))
    );
    assert_eq!(c.modules().unwrap(), before);

    c.module_start("reducing-relapses".into(), Some("2026-11-10".into()))
        .unwrap();
    let started = c.modules().unwrap();
    assert_eq!(
        c.module_done("reducing-relapses".into(), Some("2026-11-09".into())),
        Err(StegvisError::Conflict {
            reason: ConflictReason::ModuleDatesOutOfOrder
        })
    );
    c.module_done("reducing-relapses".into(), Some("2026-11-12".into()))
        .unwrap();
    let done = c.modules().unwrap();
    assert_eq!(
        c.module_start("reducing-relapses".into(), Some("2026-11-13".into())),
        Err(StegvisError::Conflict {
            reason: ConflictReason::ModuleDatesOutOfOrder
        })
    );
    assert_eq!(c.modules().unwrap(), done);
    assert_ne!(started, done);
}

#[test]
fn home_assignments_show_under_the_module_their_text_names() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let c = open(&tmp.path().join("d"), clock.clone()).unwrap();
    let goal = c
        .add_goal(NewGoal {
            text: "Feel steadier".into(),
            why: None,
            area: LifeArea::Health,
        })
        .unwrap();
    // The fixture's wording, a key, Norwegian and Danish names in odd case, own words.
    let a = c
        .add_step(
            goal.id.clone(),
            step("Read the handout", "Recovery strategies"),
        )
        .unwrap();
    c.add_step(
        goal.id.clone(),
        step("List three supports", "social-support"),
    )
    .unwrap();
    c.add_step(
        goal.id.clone(),
        step(
            "Ask about side effects",
            "  BRUKE MEDISINER på en god måte ",
        ),
    )
    .unwrap();
    c.add_step(goal.id.clone(), step("Walk daily", "sund livsstil"))
        .unwrap();
    c.add_step(goal.id.clone(), step("Something else", "Chapter 4"))
        .unwrap();
    c.add_step(
        goal.id.clone(),
        NewStep {
            text: "Not an assignment".into(),
            ..NewStep::default()
        },
    )
    .unwrap();
    clock.advance(Duration::minutes(5));
    c.complete_step(a.id.clone()).unwrap();

    let v = c.modules().unwrap();
    let texts = |m: ImrModule| -> Vec<(String, bool)> {
        v.modules
            .iter()
            .find(|x| x.module == m)
            .unwrap()
            .assignments
            .iter()
            .map(|a| (a.text.clone(), a.done))
            .collect()
    };
    assert_eq!(
        texts(ImrModule::RecoveryStrategies),
        [("Read the handout".to_owned(), true)]
    );
    assert_eq!(
        texts(ImrModule::SocialSupport),
        [("List three supports".to_owned(), false)]
    );
    assert_eq!(texts(ImrModule::UsingMedication).len(), 1);
    assert_eq!(texts(ImrModule::HealthyLifestyles).len(), 1);
    assert_eq!(v.modules[0].assignments_label, "1 home assignment");
    assert_eq!(v.modules[1].assignments_label, "No home assignments");
    let other: Vec<&str> = v
        .other_assignments
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(other, ["Something else"]);

    // A step tagged by key reads as the module's name in the step's label.
    let detail = c.goal(goal.id.clone()).unwrap();
    let by_key = detail
        .steps
        .iter()
        .find(|s| s.text == "List three supports")
        .unwrap();
    assert!(
        by_key
            .assignment_label
            .as_deref()
            .unwrap()
            .contains("Building social support"),
        "{:?}",
        by_key.assignment_label
    );
}

#[test]
fn every_language_names_the_modules_and_their_states() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    c.module_start("practical-facts".into(), Some("2026-11-02".into()))
        .unwrap();
    for (lang, started) in [
        (Lang::En, "Started"),
        (Lang::Nb, "Startet"),
        (Lang::Sv, "Påbörjad"),
        (Lang::Da, "Startet"),
    ] {
        c.set_language(lang).unwrap();
        let v = c.modules().unwrap();
        assert!(v.modules[1].state_label.starts_with(started), "{lang}");
        assert!(v
            .modules
            .iter()
            .all(|m| !m.name.contains("module-") && !m.description.contains("module-")));
    }
}
