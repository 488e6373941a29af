//! What the phone's Today, Check-in and Trends screens draw without computing anything
//! themselves: a label under every day of a trend, the snoozes a dose offers, and the
//! number a plan contact's call button dials.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use common::{config, key_file, monday_morning, open, TestClock};
use std::sync::Arc;

use stegvis_core::{
    dial_number, fill_demo, CheckinInput, Companion, Field, Lang, NewSign, StegvisError,
    TodayItemKind,
};

fn demo(lang: Lang) -> (tempfile::TempDir, Arc<Companion>) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    fill_demo(
        config(&dir, lang),
        key_file(&dir),
        TestClock::at(monday_morning()),
    )
    .unwrap();
    let c = Companion::open_with_clock(
        config(&dir, lang),
        key_file(&dir),
        TestClock::at(monday_morning()),
    )
    .unwrap();
    (tmp, c)
}

#[test]
fn every_day_of_a_trend_has_a_short_date_for_the_axis() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    c.add_sign(NewSign {
        catalog_key: Some("low-mood".into()),
        ..NewSign::default()
    })
    .unwrap();
    let trend = c.trend(4).unwrap();
    assert_eq!(trend.per_day.len(), 28);
    assert_eq!(trend.per_day[27].date, "2026-11-23");
    assert_eq!(trend.per_day[27].label, "23 Nov");
    assert_eq!(trend.per_day[0].label, "27 Oct");
    // Days without a check-in keep their label: the chart shows a gap under a date.
    assert!(!trend.per_day[0].checked_in);
    for (lang, expected) in [
        (Lang::Nb, "23. nov."),
        (Lang::Sv, "23 nov"),
        (Lang::Da, "23. nov"),
    ] {
        let (_tmp, c) = demo(lang);
        let trend = c.trend(1).unwrap();
        assert_eq!(trend.per_day.last().unwrap().label, expected, "{lang}");
    }
}

#[test]
fn a_dose_waiting_today_offers_the_cores_snoozes_in_words() {
    let (_tmp, c) = demo(Lang::En);
    let today = c.today().unwrap();
    assert!(today
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .any(|i| i.kind == TodayItemKind::DoseMissed));
    let choices: Vec<(u32, &str)> = today
        .snooze_choices
        .iter()
        .map(|s| (s.minutes, s.label.as_str()))
        .collect();
    assert_eq!(
        choices,
        [
            (10, "Remind me in 10 minutes"),
            (30, "Remind me in 30 minutes"),
            (60, "Remind me in 60 minutes"),
        ]
    );
    let (_tmp, c) = demo(Lang::Nb);
    assert_eq!(
        c.today().unwrap().snooze_choices[0].label,
        "Minn meg på det om 10 minutter"
    );
    // Nothing to snooze, nothing offered.
    let tmp = tempfile::tempdir().unwrap();
    let empty = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    assert!(empty.today().unwrap().snooze_choices.is_empty());
}

#[test]
fn a_plan_contact_with_a_number_can_be_called() {
    let (_tmp, c) = demo(Lang::En);
    let block = c.today().unwrap().plan_block.unwrap();
    let clinic = &block.contacts[0];
    assert_eq!(
        clinic.reach.as_deref(),
        Some("Weekdays 8 to 15, phone 00 00 00 00")
    );
    assert_eq!(clinic.phone.as_deref(), Some("00000000"));
    assert_eq!(block.crisis[0].phone.as_deref(), Some("00000000"));

    // The plan itself offers the same number for its contacts, and none for the rest.
    let plan = c.plan_view().unwrap();
    for section in &plan.sections {
        for item in &section.items {
            let expected = (section.section == stegvis_core::PlanSection::Contacts)
                .then(|| "00000000".to_owned());
            assert_eq!(item.phone, expected, "{:?} {}", section.section, item.text);
        }
    }
}

#[test]
fn the_number_to_dial_is_found_in_the_persons_words() {
    assert_eq!(
        dial_number("+47 22 00 00 00").as_deref(),
        Some("+4722000000")
    );
    assert_eq!(dial_number("call 113").as_deref(), Some("113"));
    assert_eq!(
        dial_number("(0) 22-33.44 55, ask for Eva").as_deref(),
        Some("022334455")
    );
    assert_eq!(
        dial_number("Weekdays 8 to 15, phone 900 00 000").as_deref(),
        Some("90000000")
    );
    assert_eq!(dial_number("at the day centre"), None);
    assert_eq!(dial_number("room 12"), None);
    assert_eq!(dial_number(""), None);
}

#[test]
fn sleep_is_typed_the_way_people_write_hours_and_read_back_the_same_way() {
    let (_tmp, c) = demo(Lang::Nb);
    assert_eq!(c.parse_sleep_hours("6,5".into()).unwrap(), Some(6.5));
    assert_eq!(c.parse_sleep_hours(" 7.5 ".into()).unwrap(), Some(7.5));
    assert_eq!(c.parse_sleep_hours("8".into()).unwrap(), Some(8.0));
    assert_eq!(c.parse_sleep_hours("  ".into()).unwrap(), None);
    for wrong in ["lots", "25", "-1", "NaN", "inf"] {
        let err = c.parse_sleep_hours(wrong.into()).unwrap_err();
        assert!(
            matches!(
                err,
                StegvisError::InvalidInput {
                    field: Field::SleepHours,
                    ..
                }
            ),
            "{wrong}: {err}"
        );
    }
    // Yesterday's demo check-in slept 5 hours; the form of that day says it in words
    // a text field can hold, and today's form (not done yet) has none.
    let form = c.checkin_form(Some("2026-11-22".into())).unwrap();
    assert!(form.already_done);
    assert_eq!(form.sleep_text.as_deref(), Some("5"));
    assert_eq!(c.checkin_form(None).unwrap().sleep_text, None);
    c.save_checkin(CheckinInput {
        date: None,
        ratings: Vec::new(),
        note: None,
        sleep_hours: c.parse_sleep_hours("6,5".into()).unwrap(),
    })
    .unwrap();
    assert_eq!(
        c.checkin_form(None).unwrap().sleep_text.as_deref(),
        Some("6,5")
    );
}

#[test]
fn each_signs_chart_is_said_in_words_with_the_rating_words_for_its_axis() {
    let (_tmp, c) = demo(Lang::En);
    let trend = c.trend(4).unwrap();
    assert_eq!(
        trend.scale,
        ["Not at all", "A little", "Quite a lot", "A lot"]
    );
    let first = &trend.per_sign[0];
    assert_eq!(
        first.description,
        format!(
            "{}, {}: rated on 21 of 28 days. Most recently: Quite a lot.",
            first.name, trend.period_label
        )
    );
    let tmp = tempfile::tempdir().unwrap();
    let fresh = open(tmp.path(), TestClock::at(monday_morning())).unwrap();
    fresh
        .add_sign(NewSign {
            catalog_key: Some("low-mood".into()),
            ..NewSign::default()
        })
        .unwrap();
    let trend = fresh.trend(4).unwrap();
    assert!(
        trend.per_sign[0]
            .description
            .ends_with(": not rated in this period."),
        "{}",
        trend.per_sign[0].description
    );
}
