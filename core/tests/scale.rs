//! The IMR Scale on a real data folder: rating with skips, one rating per day, bad
//! input refused with nothing written, the history per topic and in total, how
//! often it is offered, and the today item and reminder when it is due.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::Duration;
use common::{monday_morning, open, TestClock};
use stegvis_core::{
    scale_topic_name, Field, InvalidReason, Lang, Localizer, ReminderKind, ScaleAnswer,
    ScaleInterval, StegvisError, TodayItemKind,
};

const KEYS: [&str; 15] = [
    "knowledge",
    "family-friends",
    "social-contact",
    "structured-roles",
    "symptom-distress",
    "impairment",
    "relapse-planning",
    "relapses",
    "hospitalizations",
    "coping",
    "self-help",
    "medication",
    "alcohol",
    "drugs",
    "goals",
];

fn all(values: [u32; 15]) -> Vec<ScaleAnswer> {
    KEYS.iter()
        .zip(values)
        .map(|(k, v)| ScaleAnswer {
            topic: (*k).to_owned(),
            value: v,
        })
        .collect()
}

fn one(topic: &str, value: u32) -> ScaleAnswer {
    ScaleAnswer {
        topic: topic.to_owned(),
        value,
    }
}

#[test]
fn fifteen_topics_in_order_each_with_a_question_and_five_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    let form = c.scale_topics().unwrap();
    let keys: Vec<&str> = form.topics.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, KEYS);
    assert_eq!(form.topics[2].progress_label, "Topic 3 of 15");
    for t in &form.topics {
        assert_eq!(
            t.anchors.iter().map(|a| a.value).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        assert!(t.question.ends_with('?'), "{}", t.question);
    }
    assert_eq!(form.date, "2026-11-23");
    assert!(form.today_answers.is_empty());
    for lang in Lang::ALL {
        let name = scale_topic_name("goals", &Localizer::new(lang)).unwrap();
        assert!(!name.starts_with("scale-"), "{lang}");
    }
    assert_eq!(scale_topic_name("mood", &Localizer::new(Lang::En)), None);
}

#[test]
fn ratings_over_time_per_topic_and_total_only_when_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("d");
    let clock = TestClock::at(monday_morning());
    let c = open(&dir, clock.clone()).unwrap();
    let first = c
        .scale_rate(
            Some("2026-06-01".into()),
            all([2, 3, 2, 1, 2, 2, 1, 3, 4, 2, 1, 3, 5, 5, 2]),
        )
        .unwrap();
    assert!(!first.replaced);
    assert_eq!(first.date, "2026-06-01");
    // Three months later, two topics skipped.
    let mut partial = all([3, 3, 3, 2, 3, 3, 3, 4, 5, 3, 2, 4, 5, 5, 3]);
    partial.retain(|a| a.topic != "alcohol" && a.topic != "drugs");
    c.scale_rate(Some("2026-09-01".into()), partial).unwrap();
    c.scale_rate(None, all([4, 4, 3, 3, 4, 4, 5, 4, 5, 4, 3, 4, 5, 5, 4]))
        .unwrap();
    drop(c);

    let c = open(&dir, clock).unwrap();
    let h = c.scale_history().unwrap();
    let dates: Vec<&str> = h.ratings.iter().map(|r| r.date.as_str()).collect();
    assert_eq!(dates, ["2026-06-01", "2026-09-01", "2026-11-23"]);
    assert_eq!(h.ratings[0].total, 38);
    assert!(h.ratings[0].complete);
    assert_eq!(h.ratings[0].total_label, "Total 38 of 75");
    assert_eq!(h.ratings[1].answered, 13);
    assert!(!h.ratings[1].complete);
    assert_eq!(h.ratings[1].total, 41);
    assert_eq!(
        h.ratings[1].total_label,
        "Total 41 (13 of 15 topics answered)"
    );
    assert_eq!(h.totals, [Some(38), None, Some(61)]);
    assert!(h.total_note.contains("all 15"));
    let alcohol = h.series.iter().find(|s| s.key == "alcohol").unwrap();
    assert_eq!(alcohol.values, [Some(5), None, Some(5)]);
    let knowledge = &h.series[0];
    assert_eq!(knowledge.name, "Knowing about your illness");
    assert_eq!(knowledge.values, [Some(2), Some(3), Some(4)]);
    assert_eq!(h.ratings[1].items[12], None);
    assert_eq!(h.empty_text, None);
}

#[test]
fn the_same_day_again_updates_its_topics_and_keeps_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    c.scale_rate(Some("2026-08-01".into()), vec![one("knowledge", 2)])
        .unwrap();
    c.scale_rate(None, vec![one("knowledge", 3), one("coping", 4)])
        .unwrap();
    let again = c.scale_rate(None, vec![one("goals", 5)]).unwrap();
    assert!(again.replaced);
    assert_eq!(again.message, "Your answers for that day are updated.");
    let h = c.scale_history().unwrap();
    assert_eq!(h.ratings.len(), 2);
    assert_eq!(h.ratings[0].items[0], Some(2));
    // The day's earlier answers stay; only the topic given again would change.
    assert_eq!(h.ratings[1].answered, 3);
    assert_eq!(h.ratings[1].items[0], Some(3));
    assert_eq!(h.ratings[1].items[14], Some(5));
    c.scale_rate(None, vec![one("knowledge", 4)]).unwrap();
    let form = c.scale_topics().unwrap();
    assert_eq!(
        form.today_answers,
        vec![one("knowledge", 4), one("coping", 4), one("goals", 5)]
    );
}

#[test]
fn bad_input_is_a_typed_error_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    c.scale_rate(Some("2026-10-01".into()), vec![one("knowledge", 3)])
        .unwrap();
    let before = c.scale_history().unwrap();
    let invalid = |field, reason| Err(StegvisError::InvalidInput { field, reason });
    let range = InvalidReason::OutOfRange { min: 1, max: 5 };
    for (date, answers, expected) in [
        (
            None,
            vec![one("knowledge", 0)],
            invalid(Field::ScaleValue, range.clone()),
        ),
        (
            None,
            vec![one("knowledge", 6)],
            invalid(Field::ScaleValue, range.clone()),
        ),
        (
            None,
            vec![one("coping", 3), one("knowledge", 300)],
            invalid(Field::ScaleValue, range),
        ),
        (
            None,
            vec![one("coping", 3), one("mood", 3)],
            invalid(Field::ScaleTopic, InvalidReason::Unknown),
        ),
        (
            None,
            vec![one("coping", 3), one("Coping", 4)],
            invalid(Field::ScaleTopic, InvalidReason::Malformed),
        ),
        (
            None,
            vec![],
            invalid(Field::ScaleValue, InvalidReason::Empty),
        ),
        (
            Some("2026-11-24"),
            vec![one("coping", 3)],
            invalid(Field::ScaleDate, InvalidReason::InFuture),
        ),
        (
            Some("1 October"),
            vec![one("coping", 3)],
            invalid(Field::ScaleDate, InvalidReason::Malformed),
        ),
        // The day already rated is not touched by a bad rating of it either.
        (
            Some("2026-10-01"),
            vec![one("knowledge", 9)],
            invalid(
                Field::ScaleValue,
                InvalidReason::OutOfRange { min: 1, max: 5 },
            ),
        ),
    ] {
        assert_eq!(
            c.scale_rate(date.map(str::to_owned), answers.clone()),
            expected,
            "{date:?} {answers:?}"
        );
    }
    assert_eq!(c.scale_history().unwrap(), before);
}

#[test]
fn offered_as_often_as_chosen_in_today_and_the_reminders() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let c = open(&tmp.path().join("d"), clock.clone()).unwrap();
    let has_item = |c: &stegvis_core::Companion| {
        c.today()
            .unwrap()
            .sections
            .iter()
            .flat_map(|s| s.items.iter())
            .any(|i| i.kind == TodayItemKind::ScaleDue)
    };
    let reminders = |c: &stegvis_core::Companion| -> Vec<String> {
        c.reminder_plan()
            .unwrap()
            .reminders
            .into_iter()
            .filter(|r| r.kind == ReminderKind::Scale)
            .map(|r| r.id)
            .collect()
    };
    // Someone who has not begun the program is not asked.
    assert!(!has_item(&c));
    assert!(reminders(&c).is_empty());
    assert_eq!(
        c.scale_settings().unwrap().interval,
        ScaleInterval::EveryThreeMonths
    );
    // Once a module is started, the first rating is offered.
    c.module_start("recovery-strategies".into(), None).unwrap();
    assert!(has_item(&c));
    // Rated today: next in three months (the default).
    c.scale_rate(None, all([3; 15])).unwrap();
    assert!(!has_item(&c));
    let s = c.scale_settings().unwrap();
    assert_eq!(s.next_due.as_deref(), Some("2027-02-23"));
    assert!(!s.due);
    // Every month: due on 23 December, reminded that evening and a week later.
    let s = c.set_scale_interval(ScaleInterval::EveryMonth).unwrap();
    assert_eq!(s.next_due.as_deref(), Some("2026-12-23"));
    assert_eq!(s.interval_label, "Every month");
    clock.advance(Duration::days(28));
    assert!(!has_item(&c));
    assert_eq!(reminders(&c), ["scale:2026-12-23"]);
    clock.advance(Duration::days(2));
    assert!(has_item(&c));
    assert_eq!(reminders(&c), ["scale:2026-12-23"]);
    // The day after: only the weekly one is left.
    clock.advance(Duration::days(1));
    assert!(has_item(&c));
    assert_eq!(reminders(&c), ["scale:2026-12-30"]);
    // Never: not in today, not reminded, but it can still be filled in.
    c.set_scale_interval(ScaleInterval::Never).unwrap();
    assert!(!has_item(&c));
    assert!(reminders(&c).is_empty());
    assert_eq!(c.scale_settings().unwrap().next_due, None);
    c.scale_rate(None, vec![one("goals", 4)]).unwrap();
    assert_eq!(
        ScaleInterval::parse("7"),
        Err(StegvisError::InvalidInput {
            field: Field::ScaleInterval,
            reason: InvalidReason::Unknown
        })
    );
    assert_eq!(
        ScaleInterval::parse("6").unwrap(),
        ScaleInterval::EverySixMonths
    );
}

#[test]
fn every_language_has_the_words_of_the_flow() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(&tmp.path().join("d"), TestClock::at(monday_morning())).unwrap();
    for (lang, progress) in [
        (Lang::En, "Topic 1 of 15"),
        (Lang::Nb, "Tema 1 av 15"),
        (Lang::Sv, "Ämne 1 av 15"),
        (Lang::Da, "Emne 1 af 15"),
    ] {
        c.set_language(lang).unwrap();
        let form = c.scale_topics().unwrap();
        assert_eq!(form.topics[0].progress_label, progress);
        assert!(form
            .topics
            .iter()
            .flat_map(|t| t.anchors.iter())
            .all(|a| !a.text.starts_with("scale-")));
        assert!(c.scale_history().unwrap().empty_text.is_some());
    }
}
