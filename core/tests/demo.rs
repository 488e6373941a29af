//! The example data fills every view of the today screen, in every language, and
//! never mixes into a folder that already holds data.

mod common;

use common::{config, key_file, monday_morning, open, TestClock};
use stegvis_core::{
    fill_demo, ConflictReason, GoalFilter, GoalStatus, Lang, StegvisError, TodaySectionKind,
};

#[test]
fn demo_fills_every_section_of_today() {
    for lang in Lang::ALL {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("demo");
        fill_demo(
            config(&dir, lang),
            key_file(&dir),
            TestClock::at(monday_morning()),
        )
        .unwrap();
        let c = open(&dir, TestClock::at(monday_morning())).unwrap();
        let kinds: Vec<TodaySectionKind> =
            c.today().unwrap().sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                TodaySectionKind::Checkin,
                TodaySectionKind::Plan,
                TodaySectionKind::DosesMissed,
                TodaySectionKind::Refill,
                TodaySectionKind::Due,
                TodaySectionKind::Overdue,
                TodaySectionKind::FollowUps,
                TodaySectionKind::Stalled,
                TodaySectionKind::Next
            ],
            "{lang}"
        );
        let goals = c.list_goals(GoalFilter::All).unwrap();
        assert_eq!(goals.len(), 5);
        assert!(goals.iter().any(|g| g.status == GoalStatus::Reached));
        assert!(goals.iter().any(|g| g.status == GoalStatus::SetAside));
        assert!(goals.iter().all(|g| !g.text.starts_with("demo-")), "{lang}");
        assert_eq!(c.list_signs(false).unwrap().len(), 4);
        assert_eq!(c.trend(4).unwrap().days_checked_in, 21);
        let plan = c.plan_view().unwrap();
        assert_eq!(plan.rules.len(), 1);
        let meds = c.list_medications(false).unwrap();
        assert_eq!(meds.len(), 2);
        assert!(meds[1].as_needed);
        let week = c.adherence(7).unwrap();
        assert_eq!((week.overall.planned, week.overall.taken), (7, 5), "{lang}");
        assert!(!c.reminder_plan().unwrap().reminders.is_empty());
        assert_eq!(c.doctor_notes().unwrap().len(), 1);
        assert!(plan
            .sections
            .iter()
            .all(|s| s.section == stegvis_core::PlanSection::Signs
                || s.items.iter().all(|i| !i.text.starts_with("demo-"))));
    }
}

#[test]
fn demo_refuses_a_folder_with_data() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mine");
    let clock = TestClock::at(monday_morning());
    fill_demo(config(&dir, Lang::En), key_file(&dir), clock.clone()).unwrap();
    let err = fill_demo(config(&dir, Lang::En), key_file(&dir), clock.clone()).unwrap_err();
    assert_eq!(
        err,
        StegvisError::Conflict {
            reason: ConflictReason::FolderNotEmpty
        }
    );
    let c = open(&dir, clock).unwrap();
    assert_eq!(c.list_goals(GoalFilter::All).unwrap().len(), 5);
}
