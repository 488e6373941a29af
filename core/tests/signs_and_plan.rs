//! Early warning signs, daily check-ins, trends, rules and the plan on a real database,
//! including realistic 60-day histories for the prompts in today.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::sync::Arc;

use chrono::Duration;
use common::{database_bytes, monday_morning, open, TestClock};
use stegvis_core::{
    CheckinInput, Companion, ConflictReason, ContactKind, Entity, Field, InvalidReason, NewSign,
    PlanEdit, PlanItem, PlanSection, Rating, Rule, StegvisError, TodayItemKind, TodaySectionKind,
};

fn catalog(key: &str) -> NewSign {
    NewSign {
        catalog_key: Some(key.into()),
        ..NewSign::default()
    }
}

fn own(text: &str, others: bool) -> NewSign {
    NewSign {
        catalog_key: None,
        text: Some(text.into()),
        noticed_by_others: others,
    }
}

fn rate(
    c: &Companion,
    date: Option<&str>,
    values: &[(&str, u8)],
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
        note: None,
        sleep_hours: sleep,
    })
    .map(|_| ())
}

fn invalid(field: Field, reason: InvalidReason) -> StegvisError {
    StegvisError::InvalidInput { field, reason }
}

#[test]
fn signs_from_the_catalog_and_in_own_words() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    assert!(c.sign_catalog().unwrap().len() >= 20);
    let sleep = c.add_sign(catalog("sleeping-less")).unwrap();
    assert_eq!(sleep.name, "Sleeping less than usual");
    let own_sign = c.add_sign(own("I stop answering the phone", true)).unwrap();
    assert!(own_sign.noticed_by_others);
    assert_eq!(own_sign.position, 2);

    assert_eq!(
        c.add_sign(catalog("sleeping-less")).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::SignAlreadyListed
        }
    );
    assert_eq!(
        c.add_sign(catalog("flying")).unwrap_err(),
        invalid(Field::CatalogKey, InvalidReason::Unknown)
    );
    assert_eq!(
        c.add_sign(NewSign::default()).unwrap_err(),
        invalid(Field::SignText, InvalidReason::Empty)
    );
    assert_eq!(c.list_signs(false).unwrap().len(), 2);

    // The name follows the language for catalog signs, never for own words.
    c.set_language(stegvis_core::Lang::Nb).unwrap();
    let names: Vec<String> = c
        .list_signs(false)
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_ne!(names[0], "Sleeping less than usual");
    assert_eq!(names[1], "I stop answering the phone");

    let retired = c.retire_sign(sleep.id.clone()).unwrap();
    assert!(retired.retired);
    assert_eq!(c.list_signs(false).unwrap().len(), 1);
    assert_eq!(c.list_signs(true).unwrap().len(), 2);
    assert_eq!(
        c.retire_sign(sleep.id).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::SignRetired
        }
    );
}

#[test]
fn a_check_in_per_day_with_edits_and_backfill_but_no_future() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let a = c.add_sign(catalog("tense-restless")).unwrap().id;
    let b = c.add_sign(catalog("low-mood")).unwrap().id;

    let form = c.checkin_form(None).unwrap();
    assert_eq!(form.date, "2026-11-23");
    assert!(!form.already_done);
    assert_eq!(
        form.scale,
        ["Not at all", "A little", "Quite a lot", "A lot"]
    );
    let order: Vec<&str> = form.signs.iter().map(|s| s.sign_id.as_str()).collect();
    assert_eq!(order, [a.as_str(), b.as_str()]);

    let saved = c
        .save_checkin(CheckinInput {
            date: None,
            ratings: vec![
                Rating {
                    sign_id: a.clone(),
                    value: 1,
                },
                Rating {
                    sign_id: b.clone(),
                    value: 2,
                },
            ],
            note: Some("  Busy day  ".into()),
            sleep_hours: Some(6.5),
        })
        .unwrap();
    assert_eq!(saved.note.as_deref(), Some("Busy day"));
    assert_eq!(saved.sleep_hours, Some(6.5));

    // Again the same day: it replaces the earlier answers.
    rate(&c, None, &[(&a, 3), (&b, 0)], None).unwrap();
    let again = c.checkin("2026-11-23".into()).unwrap().unwrap();
    assert_eq!(
        again.ratings.iter().map(|r| r.value).collect::<Vec<_>>(),
        [3, 0]
    );
    assert_eq!(again.note, None);
    let form = c.checkin_form(None).unwrap();
    assert!(form.already_done);
    assert_eq!(form.signs[0].current, Some(3));

    rate(&c, Some("2026-11-22"), &[(&a, 1)], None).unwrap();
    assert!(c.checkin("2026-11-22".into()).unwrap().is_some());

    let before = c.checkin("2026-11-23".into()).unwrap();
    let unknown = uuid::Uuid::new_v4().to_string();
    type Case<'a> = (
        Option<&'a str>,
        Vec<(&'a str, u8)>,
        Option<f64>,
        StegvisError,
    );
    let bad: Vec<Case> = vec![
        (
            Some("2026-11-24"),
            vec![(&a, 1)],
            None,
            invalid(Field::CheckinDate, InvalidReason::InFuture),
        ),
        (
            Some("2026-11-01"),
            vec![(&a, 1)],
            None,
            invalid(Field::CheckinDate, InvalidReason::InPast),
        ),
        (
            Some("yesterday"),
            vec![(&a, 1)],
            None,
            invalid(Field::CheckinDate, InvalidReason::Malformed),
        ),
        (
            None,
            vec![(&a, 4)],
            None,
            invalid(Field::Rating, InvalidReason::OutOfRange { min: 0, max: 3 }),
        ),
        (
            None,
            vec![(&a, 1)],
            Some(25.0),
            invalid(
                Field::SleepHours,
                InvalidReason::OutOfRange { min: 0, max: 24 },
            ),
        ),
        (
            None,
            vec![(&a, 1)],
            Some(-1.0),
            invalid(
                Field::SleepHours,
                InvalidReason::OutOfRange { min: 0, max: 24 },
            ),
        ),
        (
            None,
            vec![("nope", 1)],
            None,
            invalid(Field::Id, InvalidReason::Malformed),
        ),
        (
            None,
            vec![(&unknown, 1)],
            None,
            StegvisError::NotFound { what: Entity::Sign },
        ),
    ];
    for (date, values, sleep, expected) in bad {
        assert_eq!(rate(&c, date, &values, sleep).unwrap_err(), expected);
    }
    c.retire_sign(b.clone()).unwrap();
    assert_eq!(
        rate(&c, None, &[(&b, 1)], None).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::SignRetired
        }
    );
    assert_eq!(c.checkin("2026-11-23".into()).unwrap(), before);
    assert!(c.checkin("2026-11-24".into()).unwrap().is_none());
}

#[test]
fn trends_over_one_four_and_twelve_weeks() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(90));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let a = c.add_sign(catalog("worrying-more")).unwrap().id;
    let b = c.add_sign(catalog("withdrawing")).unwrap().id;
    // 90 days; every third day skipped; ratings rise in the last week.
    for day in 0..=90 {
        if day % 3 != 2 {
            let high = day > 83;
            rate(
                &c,
                None,
                &[(&a, if high { 2 } else { 0 }), (&b, 1)],
                Some(7.0),
            )
            .unwrap();
        }
        clock.advance(Duration::days(1));
    }
    clock.advance(Duration::days(-1));
    for weeks in [1, 4, 12] {
        let t = c.trend(weeks).unwrap();
        assert_eq!(t.days, weeks * 7);
        assert_eq!(t.total.daily.len(), (weeks * 7) as usize);
        assert_eq!(t.total.weekly_means.len(), weeks as usize);
        assert_eq!(t.per_sign.len(), 2);
        assert_eq!(t.to, "2026-11-23");
        let expected = t.total.daily.iter().filter(|d| d.is_some()).count() as u32;
        assert_eq!(t.days_checked_in, expected);
        assert!(t.summary.starts_with(&format!(
            "You checked in on {expected} of {} days.",
            weeks * 7
        )));
    }
    let t = c.trend(4).unwrap();
    assert!(
        t.summary
            .ends_with("Your signs were higher this week than the week before."),
        "{}",
        t.summary
    );
    let last_week = t.total.weekly_means[3].unwrap();
    assert!((last_week - 3.0).abs() < 1e-9, "{last_week}");
    assert_eq!(t.sleep.daily.iter().flatten().next(), Some(&7.0));
    assert_eq!(
        c.trend(0).unwrap_err(),
        invalid(Field::Weeks, InvalidReason::OutOfRange { min: 1, max: 52 })
    );
}

/// 60 days of realistic check-ins ending today: mostly calm, small ups and downs.
fn calm_history(c: &Companion, clock: &Arc<TestClock>, signs: &[String], last_days: &[[u8; 3]]) {
    let pattern = [0u8, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0];
    for day in 0..60 {
        let from_end = 60 - day;
        let values: [u8; 3] = if from_end <= last_days.len() {
            last_days[last_days.len() - from_end]
        } else {
            [
                pattern[day % 13],
                pattern[(day + 5) % 13],
                pattern[(day + 9) % 13],
            ]
        };
        let ratings: Vec<(&str, u8)> = signs.iter().map(String::as_str).zip(values).collect();
        let sleep = if from_end <= 2 { 4.5 } else { 7.5 };
        rate(c, None, &ratings, Some(sleep)).unwrap();
        if day < 59 {
            clock.advance(Duration::days(1));
        }
    }
}

fn prompts(c: &Companion) -> Vec<String> {
    c.today()
        .unwrap()
        .sections
        .into_iter()
        .filter(|s| s.kind == TodaySectionKind::Plan)
        .flat_map(|s| s.items)
        .inspect(|i| assert_eq!(i.kind, TodayItemKind::PlanPrompt))
        .map(|i| i.title)
        .collect()
}

fn three_signs(c: &Companion) -> Vec<String> {
    ["sleeping-less", "racing-thoughts", "irritable"]
        .into_iter()
        .map(|k| c.add_sign(catalog(k)).unwrap().id)
        .collect()
}

#[test]
fn a_calm_history_raises_no_prompt() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(59));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let signs = three_signs(&c);
    c.edit_plan(vec![PlanEdit::AddRule {
        rule: Rule::SignsAtLeast {
            sign_ids: signs.clone(),
            threshold: 2,
            min_signs: 2,
            days: 2,
        },
    }])
    .unwrap();
    calm_history(&c, &clock, &signs, &[]);
    assert!(prompts(&c).is_empty());
    assert!(c
        .today()
        .unwrap()
        .sections
        .iter()
        .all(|s| s.kind != TodaySectionKind::Checkin));
}

#[test]
fn a_rule_crossing_raises_the_prompt() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(59));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let signs = three_signs(&c);
    c.edit_plan(vec![PlanEdit::AddRule {
        rule: Rule::SignsAtLeast {
            sign_ids: signs.clone(),
            threshold: 2,
            min_signs: 2,
            days: 2,
        },
    }])
    .unwrap();
    // Two signs at 2 on the last two days: the rule holds. One step short of the
    // baseline trigger for each sign (at most 2 where the usual is about 0.3).
    calm_history(&c, &clock, &signs, &[[2, 2, 0], [2, 2, 1]]);
    // Issue 8: one block says what rose in plain words; the rule, in people's words,
    // is the item's detail.
    let found = prompts(&c);
    assert_eq!(
        found,
        ["Sleeping less than usual and racing thoughts are higher than usual for you."]
    );
    let block = c.today().unwrap().plan_block.unwrap();
    assert_eq!(
        block.rules,
        ["Two or more of these signs at “Quite a lot” or higher, two days in a row: Sleeping less than usual, Racing thoughts, Getting irritated easily"]
    );
    // The prompt stays overnight until the next check-in, then follows it.
    clock.advance(Duration::days(1));
    assert!(!prompts(&c).is_empty());
    let calm: Vec<(&str, u8)> = signs.iter().map(|s| (s.as_str(), 0)).collect();
    rate(&c, None, &calm, Some(8.0)).unwrap();
    assert!(prompts(&c).is_empty());
}

#[test]
fn a_sleep_rule_raises_the_prompt() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(59));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let signs = three_signs(&c);
    c.edit_plan(vec![PlanEdit::AddRule {
        rule: Rule::SleepBelow {
            hours: 5.0,
            times: 2,
            within_days: 7,
        },
    }])
    .unwrap();
    calm_history(&c, &clock, &signs, &[]);
    let found = prompts(&c);
    assert_eq!(found, ["You slept under 5 hours on 2 of the last 7 days."]);
    let block = c.today().unwrap().plan_block.unwrap();
    assert_eq!(
        block.rules,
        ["Sleeping under 5 hours on 2 or more of the last 7 days"]
    );
}

#[test]
fn a_change_from_the_usual_raises_the_prompt() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning() - Duration::days(59));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let signs = three_signs(&c);
    // No rules at all: only the baseline can speak. Racing thoughts jump to 3.
    calm_history(&c, &clock, &signs, &[[0, 3, 0]]);
    assert_eq!(
        prompts(&c),
        ["Racing thoughts is higher than usual for you."]
    );
    let detail = c
        .today()
        .unwrap()
        .sections
        .into_iter()
        .find(|s| s.kind == TodaySectionKind::Plan)
        .unwrap()
        .items[0]
        .detail
        .clone();
    // No rule holds, so there is no rule to name; the block below carries the plan.
    assert_eq!(detail, None);
}

#[test]
fn the_check_in_shows_in_today_until_done() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    assert!(
        c.today().unwrap().sections.is_empty(),
        "no signs, no check-in item"
    );
    let a = c.add_sign(catalog("low-mood")).unwrap().id;
    let today = c.today().unwrap();
    assert_eq!(today.sections[0].kind, TodaySectionKind::Checkin);
    assert_eq!(today.sections[0].items[0].kind, TodayItemKind::CheckinDue);
    rate(&c, None, &[(&a, 0)], None).unwrap();
    assert!(c.today().unwrap().sections.is_empty());
}

#[test]
fn the_plan_is_edited_in_versions_and_keeps_its_history() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let c = open(tmp.path(), clock.clone()).unwrap();
    let empty = c.plan_view().unwrap();
    assert_eq!(empty.version, 0);
    assert_eq!(empty.sections.len(), 7);
    let keys: Vec<&str> = empty.sections.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "triggers",
            "signs",
            "actions",
            "supporter-actions",
            "contacts",
            "what-helped",
            "preferences"
        ]
    );
    assert!(c.plan_history().unwrap().is_empty());

    let sign = c
        .add_sign(own("I stop answering the phone", true))
        .unwrap()
        .id;
    let text = |t: &str| PlanItem {
        text: t.into(),
        ..PlanItem::default()
    };
    let v1 = c
        .edit_plan(vec![
            PlanEdit::AddItem {
                section: PlanSection::Triggers,
                item: text("Exams"),
            },
            PlanEdit::AddItem {
                section: PlanSection::Triggers,
                item: text("Moving house"),
            },
            PlanEdit::AddItem {
                section: PlanSection::Signs,
                item: PlanItem {
                    sign_id: Some(sign.clone()),
                    ..PlanItem::default()
                },
            },
            PlanEdit::AddItem {
                section: PlanSection::Actions,
                item: text("Go to bed at the same time"),
            },
            PlanEdit::AddItem {
                section: PlanSection::SupporterActions,
                item: PlanItem {
                    text: "Call me if I go quiet".into(),
                    supporter: Some("Kari".into()),
                    ..PlanItem::default()
                },
            },
            PlanEdit::AddItem {
                section: PlanSection::Contacts,
                item: PlanItem {
                    text: "Crisis line".into(),
                    reach: Some("116 123".into()),
                    contact_kind: Some(ContactKind::CrisisLine),
                    ..PlanItem::default()
                },
            },
            PlanEdit::AddItem {
                section: PlanSection::WhatHelped,
                item: text("Walks with Kari"),
            },
            PlanEdit::AddItem {
                section: PlanSection::Preferences,
                item: text("Ask my sister first"),
            },
        ])
        .unwrap();
    assert_eq!(v1.version, 1);
    let section = |v: &stegvis_core::PlanView, s: PlanSection| {
        v.sections
            .iter()
            .find(|x| x.section == s)
            .unwrap()
            .items
            .clone()
    };
    assert_eq!(
        section(&v1, PlanSection::Signs)[0].text,
        "I stop answering the phone"
    );
    assert_eq!(
        section(&v1, PlanSection::Signs)[0].detail.as_deref(),
        Some("Others often notice this first")
    );
    assert_eq!(
        section(&v1, PlanSection::SupporterActions)[0]
            .detail
            .as_deref(),
        Some("For Kari")
    );
    assert_eq!(
        section(&v1, PlanSection::Contacts)[0].detail.as_deref(),
        Some("Crisis line: 116 123")
    );

    clock.advance(Duration::hours(2));
    let v2 = c
        .edit_plan(vec![
            PlanEdit::MoveItem {
                section: PlanSection::Triggers,
                number: 2,
                to: 1,
            },
            PlanEdit::RemoveItem {
                section: PlanSection::Preferences,
                number: 1,
            },
        ])
        .unwrap();
    assert_eq!(v2.version, 2);
    let triggers: Vec<String> = section(&v2, PlanSection::Triggers)
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(triggers, ["Moving house", "Exams"]);

    // Nothing changed: no new version.
    assert_eq!(c.edit_plan(vec![]).unwrap().version, 2);

    let history = c.plan_history().unwrap();
    assert_eq!(
        history.iter().map(|h| h.version).collect::<Vec<_>>(),
        [2, 1]
    );
    assert_eq!(history[1].label, "8 items, 0 rules");
    let old = c.plan_version(1).unwrap();
    assert_eq!(section(&old, PlanSection::Preferences).len(), 1);
    assert_eq!(
        c.plan_version(9).unwrap_err(),
        StegvisError::NotFound {
            what: Entity::PlanVersion
        }
    );

    // Bad edits: typed errors, and the version stays at 2.
    let long = text(&"x".repeat(2001));
    let bad = vec![
        (
            PlanEdit::AddItem {
                section: PlanSection::Triggers,
                item: long,
            },
            invalid(Field::PlanItemText, InvalidReason::TooLong { max: 2000 }),
        ),
        (
            PlanEdit::AddItem {
                section: PlanSection::Actions,
                item: text(" "),
            },
            invalid(Field::PlanItemText, InvalidReason::Empty),
        ),
        (
            PlanEdit::AddItem {
                section: PlanSection::SupporterActions,
                item: text("Visit"),
            },
            invalid(Field::Supporter, InvalidReason::Empty),
        ),
        (
            PlanEdit::AddItem {
                section: PlanSection::Contacts,
                item: text("Clinic"),
            },
            invalid(Field::Reach, InvalidReason::Empty),
        ),
        (
            PlanEdit::AddItem {
                section: PlanSection::Signs,
                item: PlanItem {
                    sign_id: Some(uuid::Uuid::new_v4().to_string()),
                    ..PlanItem::default()
                },
            },
            StegvisError::NotFound { what: Entity::Sign },
        ),
        (
            PlanEdit::RemoveItem {
                section: PlanSection::Triggers,
                number: 3,
            },
            invalid(Field::Index, InvalidReason::OutOfRange { min: 1, max: 2 }),
        ),
        (
            PlanEdit::AddRule {
                rule: Rule::SignsAtLeast {
                    sign_ids: vec![],
                    threshold: 2,
                    min_signs: 1,
                    days: 2,
                },
            },
            invalid(Field::RuleSigns, InvalidReason::Empty),
        ),
        (
            PlanEdit::AddRule {
                rule: Rule::SignsAtLeast {
                    sign_ids: vec![sign.clone()],
                    threshold: 5,
                    min_signs: 1,
                    days: 2,
                },
            },
            invalid(
                Field::RuleThreshold,
                InvalidReason::OutOfRange { min: 1, max: 3 },
            ),
        ),
        (
            PlanEdit::RemoveRule { number: 1 },
            invalid(Field::Index, InvalidReason::OutOfRange { min: 1, max: 0 }),
        ),
    ];
    for (edit, expected) in bad {
        // A good edit before the bad one is not saved either: all or nothing.
        let good = PlanEdit::AddItem {
            section: PlanSection::WhatHelped,
            item: text("Music"),
        };
        assert_eq!(c.edit_plan(vec![good, edit]).unwrap_err(), expected);
    }
    assert_eq!(c.plan_view().unwrap().version, 2);
    assert_eq!(c.plan_history().unwrap().len(), 2);
}

#[test]
fn signs_ratings_and_plan_are_sealed_at_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let c = open(&dir, TestClock::at(monday_morning())).unwrap();
    let sign = c.add_sign(own("Qzv-sign-4e4e", false)).unwrap().id;
    c.save_checkin(CheckinInput {
        date: None,
        ratings: vec![Rating {
            sign_id: sign,
            value: 2,
        }],
        note: Some("Qzv-note-5f5f".into()),
        sleep_hours: Some(6.0),
    })
    .unwrap();
    c.edit_plan(vec![PlanEdit::AddItem {
        section: PlanSection::Triggers,
        item: PlanItem {
            text: "Qzv-trigger-6a6a".into(),
            ..PlanItem::default()
        },
    }])
    .unwrap();
    c.add_sign(catalog("hearing-things")).unwrap();
    drop(c);
    let bytes = database_bytes(&dir);
    for mark in [
        "Qzv-sign-4e4e",
        "Qzv-note-5f5f",
        "Qzv-trigger-6a6a",
        "hearing-things",
    ] {
        assert!(
            !bytes.windows(mark.len()).any(|w| w == mark.as_bytes()),
            "{mark}"
        );
    }
}

#[test]
fn the_check_in_asks_in_the_order_the_person_chose() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    let a = c.add_sign(catalog("low-mood")).unwrap().id;
    let b = c.add_sign(catalog("irritable")).unwrap().id;
    let d = c.add_sign(own("Cleaning all night", false)).unwrap().id;
    let moved = c.move_sign(d.clone(), 1).unwrap();
    let order: Vec<&str> = moved.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, [d.as_str(), a.as_str(), b.as_str()]);
    let form: Vec<String> = c
        .checkin_form(None)
        .unwrap()
        .signs
        .into_iter()
        .map(|s| s.sign_id)
        .collect();
    assert_eq!(form, [d.clone(), a.clone(), b.clone()]);

    c.retire_sign(a.clone()).unwrap();
    assert_eq!(
        c.move_sign(a, 1).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::SignRetired
        }
    );
    assert_eq!(
        c.move_sign(b.clone(), 3).unwrap_err(),
        invalid(
            Field::Position,
            InvalidReason::OutOfRange { min: 1, max: 2 }
        )
    );
    let order: Vec<String> = c
        .move_sign(b.clone(), 1)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(order, [b, d]);
}
