//! The history calendar on a real SQLite file: a month with steps, check-ins with
//! notes, doses, a plan change and a consent, read as a month grid and as days; a
//! month with a repeating step, IMR modules and an IMR Scale rating, in two
//! languages; a month across the end of summer time; bad months and days refused,
//! nothing written.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use common::{open, TestClock};
use stegvis_core::{
    CheckinInput, Companion, ConsentChange, DoseAction, Field, HistoryDayPlace, HistoryEntry,
    HistoryKind, HistoryMonth, InvalidReason, Lang, LifeArea, NewGoal, NewMedication, NewSchedule,
    NewSign, NewStep, PlanEdit, PlanItem, PlanSection, Rating, Repeat, ScaleAnswer, ScaleTopic,
    StegvisError, StepRepeat, ZonePolicy,
};

fn cell<'m>(month: &'m HistoryMonth, date: &str) -> &'m stegvis_core::HistoryCell {
    month
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .find(|c| c.date == date)
        .unwrap()
}

fn mark(month: &HistoryMonth, date: &str, kind: HistoryKind) -> Option<stegvis_core::HistoryMark> {
    cell(month, date)
        .marks
        .iter()
        .find(|m| m.kind == kind)
        .cloned()
}

struct Person {
    _dir: tempfile::TempDir,
    app: Arc<Companion>,
    clock: Arc<TestClock>,
    sign: String,
    med: String,
}

/// Moves the clock to `day` of November 2026 at `hour`:`minute` Oslo time (UTC+1).
fn at(clock: &TestClock, day: u32, hour: u32, minute: u32) {
    let want = Utc
        .with_ymd_and_hms(2026, 11, day, hour - 1, minute, 0)
        .unwrap();
    let current = clock_now(clock);
    clock.advance(want - current);
}

fn clock_now(clock: &TestClock) -> chrono::DateTime<Utc> {
    use stegvis_core::Clock;
    clock.now()
}

/// Two weeks of November 2026: a medicine at 08:00 and 20:00 from the 2nd, a sign,
/// a goal with two steps.
fn november() -> Person {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(Utc.with_ymd_and_hms(2026, 11, 2, 7, 0, 0).unwrap());
    let app = open(&dir.path().join("data"), clock.clone()).unwrap();
    let sign = app
        .add_sign(NewSign {
            catalog_key: None,
            text: Some("Sleeping less".to_owned()),
            noticed_by_others: false,
        })
        .unwrap()
        .id;
    let med = app
        .add_medication(NewMedication {
            name: "Sertraline".to_owned(),
            ..NewMedication::default()
        })
        .unwrap()
        .id;
    app.add_schedule(
        med.clone(),
        NewSchedule {
            times: vec!["08:00".to_owned(), "20:00".to_owned()],
            repeat: Repeat::Daily,
            start_date: Some("2026-11-02".to_owned()),
            end_date: None,
            zone_policy: ZonePolicy::FollowDevice,
            amounts: None,
        },
    )
    .unwrap();
    Person {
        _dir: dir,
        app,
        clock,
        sign,
        med,
    }
}

fn checkin(p: &Person, value: u8, note: Option<&str>) {
    p.app
        .save_checkin(CheckinInput {
            date: None,
            ratings: vec![Rating {
                sign_id: p.sign.clone(),
                value,
            }],
            note: note.map(str::to_owned),
            sleep_hours: Some(6.5),
        })
        .unwrap();
}

fn occurrence(p: &Person, date: &str, slot: &str) -> String {
    p.app
        .occurrences(date.to_owned(), date.to_owned())
        .unwrap()
        .into_iter()
        .find(|o| o.slot == slot && o.medication_id == p.med)
        .unwrap()
        .id
}

#[test]
fn a_month_shows_each_day_and_a_day_opens_to_what_happened() {
    let p = november();
    let app = &p.app;
    let goal = app
        .add_goal(NewGoal {
            text: "Walk outside most days".to_owned(),
            why: None,
            area: LifeArea::Health,
        })
        .unwrap();
    let shoes = app
        .add_step(
            goal.id.clone(),
            NewStep {
                text: "Find my shoes".to_owned(),
                ..NewStep::default()
            },
        )
        .unwrap();
    let route = app
        .add_step(
            goal.id.clone(),
            NewStep {
                text: "Pick a route".to_owned(),
                ..NewStep::default()
            },
        )
        .unwrap();

    // The 3rd: a check-in with a note, both doses taken, one step done.
    at(&p.clock, 3, 8, 10);
    app.log_dose(
        occurrence(&p, "2026-11-03", "08:00"),
        DoseAction::Take { at: None },
    )
    .unwrap();
    app.complete_step(shoes.id.clone()).unwrap();
    at(&p.clock, 3, 20, 5);
    app.log_dose(
        occurrence(&p, "2026-11-03", "20:00"),
        DoseAction::Take { at: None },
    )
    .unwrap();
    checkin(&p, 2, Some("Hard to fall asleep"));

    // The 4th: a check-in without a note, the evening dose skipped, the morning one
    // not noted.
    at(&p.clock, 4, 21, 0);
    app.log_dose(
        occurrence(&p, "2026-11-04", "20:00"),
        DoseAction::Skip { reason: None },
    )
    .unwrap();
    checkin(&p, 0, None);

    // The 18th: the second step, the plan saved, and sharing with Kari given.
    at(&p.clock, 18, 10, 30);
    app.complete_step(route.id.clone()).unwrap();
    app.edit_plan(vec![PlanEdit::AddItem {
        section: PlanSection::Triggers,
        item: PlanItem {
            text: "Too many late nights".to_owned(),
            ..PlanItem::default()
        },
    }])
    .unwrap();
    let kari_app = open(&p._dir.path().join("kari"), p.clock.clone()).unwrap();
    let kari = app
        .share_pair(
            kari_app.share_pair_code().unwrap().text,
            Some("Kari".to_owned()),
        )
        .unwrap();
    app.share_confirm(kari.contact_id.clone()).unwrap();
    at(&p.clock, 18, 11, 0);
    app.share_grant(kari.contact_id.clone(), vec![PlanSection::Triggers], None)
        .unwrap();
    // The 20th: sharing stopped.
    at(&p.clock, 20, 9, 15);
    app.share_withdraw(kari.contact_id.clone()).unwrap();

    // Read on Monday the 23rd.
    at(&p.clock, 23, 12, 0);
    let month = app.history_month(Some("2026-11".to_owned())).unwrap();
    assert_eq!(month.title, "November 2026");
    assert_eq!(month.weekday_names[0], "Mon");
    assert_eq!(month.previous_month, "2026-10");
    assert_eq!(month.next_month, None, "no month ahead of this one");
    // Monday-first whole weeks: 26 October to 6 December.
    assert_eq!(month.weeks.len(), 6);
    assert_eq!(month.weeks[0].days[0].date, "2026-10-26");
    assert_eq!(month.weeks[0].days[0].place, HistoryDayPlace::OutsideMonth);
    assert_eq!(month.weeks[0].iso_week, 44);
    assert_eq!(cell(&month, "2026-11-24").place, HistoryDayPlace::Future);
    assert!(cell(&month, "2026-11-24").marks.is_empty());
    assert!(cell(&month, "2026-11-23").is_today);

    let steps = mark(&month, "2026-11-03", HistoryKind::StepDone).unwrap();
    assert_eq!(steps.count, 1);
    let checked = mark(&month, "2026-11-03", HistoryKind::Checkin).unwrap();
    assert!(checked.with_note);
    let doses = mark(&month, "2026-11-03", HistoryKind::Dose).unwrap();
    assert_eq!((doses.count, doses.of), (2, Some(2)));
    assert_eq!(doses.label, "2 of 2 planned doses taken");
    let doses = mark(&month, "2026-11-04", HistoryKind::Dose).unwrap();
    assert_eq!((doses.count, doses.of), (0, Some(2)));
    assert!(
        !mark(&month, "2026-11-04", HistoryKind::Checkin)
            .unwrap()
            .with_note
    );
    // Before the schedule began, nothing was planned: the 1st is simply empty.
    assert!(cell(&month, "2026-11-01").marks.is_empty());
    assert_eq!(cell(&month, "2026-11-01").description, "Sunday 1 November");
    assert!(mark(&month, "2026-11-18", HistoryKind::PlanSaved).is_some());
    assert!(mark(&month, "2026-11-18", HistoryKind::Consent).is_some());
    assert!(mark(&month, "2026-11-20", HistoryKind::Consent).is_some());
    assert_eq!(
        cell(&month, "2026-11-03").description,
        "Tuesday 3 November: 1 step done; Checked in, with a note; 2 of 2 planned doses taken"
    );
    assert_eq!(month.legend.len(), HistoryKind::ALL.len());
    assert_eq!(month.empty_text, None);

    let day = app.history_day("2026-11-03".to_owned()).unwrap();
    assert_eq!(day.title, "Tuesday 3 November");
    let texts: Vec<&str> = day.items.iter().map(|i| i.text.as_str()).collect();
    assert!(
        texts.contains(&"Done: “Find my shoes” (goal: Walk outside most days)"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Sertraline, planned 08:00: taken at 08:10"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Sertraline, planned 20:00: taken at 20:05"),
        "{texts:?}"
    );
    let checkin = day
        .items
        .iter()
        .find(|i| i.kind == HistoryKind::Checkin)
        .unwrap();
    assert!(
        checkin
            .details
            .contains(&"Sleeping less: Quite a lot".to_owned()),
        "{:?}",
        checkin.details
    );
    assert!(
        checkin
            .details
            .contains(&"Note: Hard to fall asleep".to_owned()),
        "{:?}",
        checkin.details
    );
    // In the order they happened; local times, never ISO.
    let times: Vec<_> = day
        .items
        .iter()
        .filter_map(|i| i.time_label.clone())
        .collect();
    assert_eq!(times, ["08:10", "08:10", "20:05"]);

    let day = app.history_day("2026-11-04".to_owned()).unwrap();
    let texts: Vec<&str> = day.items.iter().map(|i| i.text.as_str()).collect();
    assert!(
        texts.contains(&"Sertraline, planned 08:00: not noted"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Sertraline, planned 20:00: skipped"),
        "{texts:?}"
    );

    let day = app.history_day("2026-11-18".to_owned()).unwrap();
    let texts: Vec<&str> = day.items.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.contains(&"You wrote your plan"), "{texts:?}");
    assert!(
        texts.contains(&"You started sharing with Kari: What can set things off"),
        "{texts:?}"
    );
    let withdrawn = app.history_day("2026-11-20".to_owned()).unwrap();
    assert!(withdrawn.items.iter().any(|i| matches!(
        &i.entry,
        HistoryEntry::Consent { change: ConsentChange::Withdrawn, name, .. } if name == "Kari"
    )));

    // Today: the morning dose is past and not noted, the evening one still to come.
    let today = app.history_day("2026-11-23".to_owned()).unwrap();
    let texts: Vec<&str> = today.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Sertraline, planned 08:00: not noted",
            "Sertraline, planned 20:00: still to come"
        ]
    );
    assert!(today.is_today);

    // The same day in Norwegian.
    app.set_language(Lang::Nb).unwrap();
    let day = app.history_day("2026-11-04".to_owned()).unwrap();
    assert_eq!(day.title, "onsdag 4. november");
    assert!(day
        .items
        .iter()
        .any(|i| i.text == "Sertraline, planlagt 20:00: hoppet over"));
    let month = app.history_month(None).unwrap();
    assert_eq!(month.title, "November 2026");
    assert_eq!(month.weekday_names[6], "søn.");
}

#[test]
fn repeating_steps_modules_and_the_scale_show_in_the_month_and_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(Utc.with_ymd_and_hms(2026, 11, 2, 7, 0, 0).unwrap());
    let app = open(&dir.path().join("data"), clock.clone()).unwrap();
    let goal = app
        .add_goal(NewGoal {
            text: "Move more".to_owned(),
            why: None,
            area: LifeArea::Health,
        })
        .unwrap();
    let walk = app
        .add_step(
            goal.id.clone(),
            NewStep {
                text: "Walk 20 minutes".to_owned(),
                repeat: Some(StepRepeat::TimesAWeek { times: 3 }),
                ..NewStep::default()
            },
        )
        .unwrap();
    // Walked on the 3rd, 5th and 6th, checked off the same evening.
    for day in [3, 5, 6] {
        at(&clock, day, 18, 30);
        app.check_off_occurrence(walk.id.clone(), None).unwrap();
    }
    // The 5th: the first module started (today, no date given).
    at(&clock, 5, 19, 0);
    app.module_start("recovery-strategies".to_owned(), None)
        .unwrap();
    // The 10th: the walk of the 9th checked off afterwards.
    at(&clock, 10, 9, 0);
    app.check_off_occurrence(walk.id.clone(), Some("2026-11-09".to_owned()))
        .unwrap();
    // The 12th: a module worked through without marking it started first, and the
    // IMR Scale rated with one topic skipped.
    at(&clock, 12, 20, 0);
    app.module_done("practical-facts".to_owned(), None).unwrap();
    let answers: Vec<ScaleAnswer> = ScaleTopic::ALL
        .iter()
        .enumerate()
        .filter(|(_, t)| **t != ScaleTopic::Drugs)
        .map(|(i, t)| ScaleAnswer {
            topic: t.key().to_owned(),
            value: (i % 5) as u32 + 1,
        })
        .collect();
    let total: u32 = answers.iter().map(|a| a.value).sum();
    app.scale_rate(None, answers).unwrap();
    // On the 23rd: the first module marked worked through, dated the 19th.
    at(&clock, 23, 12, 0);
    app.module_done(
        "recovery-strategies".to_owned(),
        Some("2026-11-19".to_owned()),
    )
    .unwrap();

    let month = app.history_month(Some("2026-11".to_owned())).unwrap();
    for day in ["2026-11-03", "2026-11-05", "2026-11-06", "2026-11-09"] {
        let m = mark(&month, day, HistoryKind::RepeatDone).unwrap();
        assert_eq!(
            (m.count, m.label.as_str()),
            (1, "1 repeating step done"),
            "{day}"
        );
    }
    assert_eq!(mark(&month, "2026-11-10", HistoryKind::RepeatDone), None);
    assert_eq!(mark(&month, "2026-11-04", HistoryKind::RepeatDone), None);
    // A repeating step is not a one-off step done.
    assert_eq!(mark(&month, "2026-11-03", HistoryKind::StepDone), None);
    assert_eq!(
        cell(&month, "2026-11-05").description,
        "Thursday 5 November: 1 repeating step done; Module started"
    );
    assert!(mark(&month, "2026-11-12", HistoryKind::ModuleDone).is_some());
    // Worked through the day it was started: only that it was worked through shows.
    assert_eq!(mark(&month, "2026-11-12", HistoryKind::ModuleStarted), None);
    assert_eq!(
        mark(&month, "2026-11-12", HistoryKind::ScaleRated)
            .unwrap()
            .label,
        "IMR Scale rated"
    );
    assert_eq!(
        mark(&month, "2026-11-19", HistoryKind::ModuleDone)
            .unwrap()
            .label,
        "Module worked through"
    );
    let busy: Vec<&str> = month
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .filter(|c| !c.marks.is_empty())
        .map(|c| c.date.as_str())
        .collect();
    assert_eq!(
        busy,
        [
            "2026-11-03",
            "2026-11-05",
            "2026-11-06",
            "2026-11-09",
            "2026-11-12",
            "2026-11-19"
        ]
    );

    let texts = |date: &str| -> Vec<(Option<String>, String)> {
        app.history_day(date.to_owned())
            .unwrap()
            .items
            .into_iter()
            .map(|i| (i.time_label, i.text))
            .collect()
    };
    assert_eq!(
        texts("2026-11-05"),
        [
            (
                None,
                "You started the module “Recovery strategies”".to_owned()
            ),
            (
                Some("18:30".to_owned()),
                "Done once more: “Walk 20 minutes” (goal: Move more)".to_owned()
            ),
        ]
    );
    // Checked off the next day: on its own day, without a time.
    assert_eq!(
        texts("2026-11-09"),
        [(
            None,
            "Done once more: “Walk 20 minutes” (goal: Move more)".to_owned()
        )]
    );
    let day = app.history_day("2026-11-12".to_owned()).unwrap();
    assert_eq!(
        day.items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>(),
        [
            "You worked through the module “Practical facts about mental illness”",
            format!("You rated 14 topics of the IMR Scale (total {total})").as_str(),
        ]
    );
    assert!(matches!(
        &day.items[1].entry,
        HistoryEntry::ScaleRated { topics_rated: 14, total: t } if *t == total
    ));
    assert!(matches!(
        &day.items[0].entry,
        HistoryEntry::ModuleDone { module_key, .. } if module_key == "practical-facts"
    ));

    // The same month and days in Norwegian.
    app.set_language(Lang::Nb).unwrap();
    let month = app.history_month(Some("2026-11".to_owned())).unwrap();
    assert_eq!(
        mark(&month, "2026-11-06", HistoryKind::RepeatDone)
            .unwrap()
            .label,
        "1 gjentakende steg gjort"
    );
    assert_eq!(
        mark(&month, "2026-11-12", HistoryKind::ScaleRated)
            .unwrap()
            .label,
        "IMR-skalaen fylt ut"
    );
    assert_eq!(
        mark(&month, "2026-11-05", HistoryKind::ModuleStarted)
            .unwrap()
            .label,
        "Modul påbegynt"
    );
    let texts: Vec<String> = texts("2026-11-05").into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        texts,
        [
            "Du begynte på modulen «Strategier for bedring»",
            "Gjort en gang til: «Walk 20 minutes» (mål: Move more)"
        ]
    );
    let day = app.history_day("2026-11-12".to_owned()).unwrap();
    assert_eq!(
        day.items[1].text,
        format!("Du vurderte 14 temaer i IMR-skalaen (til sammen {total})")
    );
}

#[test]
fn an_empty_day_and_an_early_month_are_just_empty() {
    let p = november();
    let october = p.app.history_month(Some("2026-10".to_owned())).unwrap();
    assert_eq!(october.next_month.as_deref(), Some("2026-11"));
    assert!(october
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .all(|c| c.marks.is_empty()));
    assert_eq!(
        october.empty_text.as_deref(),
        Some("Nothing noted in October 2026.")
    );
    // Years before anything was written are allowed, and empty.
    let long_ago = p.app.history_month(Some("2021-02".to_owned())).unwrap();
    assert_eq!(long_ago.weeks.len(), 4);
    let day = p.app.history_day("2026-10-12".to_owned()).unwrap();
    assert!(day.items.is_empty());
    assert_eq!(
        day.empty_text.as_deref(),
        Some("Nothing was noted on this day.")
    );
}

#[test]
fn across_the_end_of_summer_time_each_thing_stays_on_its_local_day() {
    // Summer time ends in Oslo on Sunday 25 October 2026 at 03:00 (back to 02:00).
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(Utc.with_ymd_and_hms(2026, 10, 23, 6, 0, 0).unwrap());
    let app = open(&dir.path().join("data"), clock.clone()).unwrap();
    let med = app
        .add_medication(NewMedication {
            name: "Lithium".to_owned(),
            ..NewMedication::default()
        })
        .unwrap()
        .id;
    app.add_schedule(
        med.clone(),
        NewSchedule {
            times: vec!["08:00".to_owned()],
            repeat: Repeat::Daily,
            start_date: Some("2026-10-23".to_owned()),
            end_date: None,
            zone_policy: ZonePolicy::FollowDevice,
            amounts: None,
        },
    )
    .unwrap();
    let goal = app
        .add_goal(NewGoal {
            text: "Sleep better".to_owned(),
            why: None,
            area: LifeArea::Health,
        })
        .unwrap();
    let step = app
        .add_step(
            goal.id,
            NewStep {
                text: "Lights off by midnight".to_owned(),
                ..NewStep::default()
            },
        )
        .unwrap();
    // 00:30 on Sunday the 25th in Oslo is 22:30 UTC on Saturday: it belongs to Sunday.
    clock.advance(Utc.with_ymd_and_hms(2026, 10, 24, 22, 30, 0).unwrap() - clock_now(&clock));
    app.complete_step(step.id).unwrap();
    // 08:00 on the 25th is 07:00 UTC (winter time).
    clock.advance(Utc.with_ymd_and_hms(2026, 10, 25, 7, 5, 0).unwrap() - clock_now(&clock));
    let occ = app
        .occurrences("2026-10-25".to_owned(), "2026-10-25".to_owned())
        .unwrap()
        .pop()
        .unwrap();
    app.log_dose(occ.id, DoseAction::Take { at: None }).unwrap();
    clock.advance(Duration::days(8));

    let month = app.history_month(Some("2026-10".to_owned())).unwrap();
    assert_eq!(mark(&month, "2026-10-24", HistoryKind::StepDone), None);
    assert_eq!(
        mark(&month, "2026-10-25", HistoryKind::StepDone)
            .unwrap()
            .count,
        1
    );
    let doses = mark(&month, "2026-10-25", HistoryKind::Dose).unwrap();
    assert_eq!((doses.count, doses.of), (1, Some(1)));
    // Each day from the 23rd to the 31st had one planned dose, summer time or not.
    for d in 23..=31 {
        let date = format!("2026-10-{d}");
        assert_eq!(
            mark(&month, &date, HistoryKind::Dose).unwrap().of,
            Some(1),
            "{date}"
        );
    }
    let day = app.history_day("2026-10-25".to_owned()).unwrap();
    let times: Vec<_> = day
        .items
        .iter()
        .filter_map(|i| i.time_label.clone())
        .collect();
    assert_eq!(times, ["00:30", "08:05"]);
}

#[test]
fn bad_months_and_days_are_typed_errors() {
    let p = november();
    let month_error = |reason| StegvisError::InvalidInput {
        field: Field::HistoryMonth,
        reason,
    };
    for bad in [
        "2026-13",
        "2026-1",
        "11-2026",
        "2026-11-01",
        "nov",
        "2026-00",
    ] {
        assert_eq!(
            p.app.history_month(Some(bad.to_owned())).unwrap_err(),
            month_error(InvalidReason::Malformed),
            "{bad}"
        );
    }
    assert_eq!(
        p.app.history_month(Some("2026-12".to_owned())).unwrap_err(),
        month_error(InvalidReason::InFuture)
    );
    assert!(matches!(
        p.app.history_month(Some("1066-10".to_owned())).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::HistoryMonth,
            reason: InvalidReason::OutOfRange { .. }
        }
    ));
    for (bad, reason) in [
        ("2026-02-30", InvalidReason::Malformed),
        ("18.11.2026", InvalidReason::Malformed),
        ("", InvalidReason::Empty),
        ("2026-11-03", InvalidReason::InFuture),
    ] {
        assert_eq!(
            p.app.history_day(bad.to_owned()).unwrap_err(),
            StegvisError::InvalidInput {
                field: Field::HistoryDate,
                reason
            },
            "{bad}"
        );
    }
    // An empty month asks for this month.
    assert_eq!(
        p.app.history_month(Some(String::new())).unwrap().month,
        "2026-11"
    );
}
