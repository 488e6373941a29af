//! Medications end to end on a real database: schedules across daylight saving and
//! travel, the dose log, adherence, refill, and the reminder plan.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{open, TestClock};
use stegvis_core::{
    CheckinInput, Companion, ConflictReason, DoseAction, DoseStatus, Entity, Field, InvalidReason,
    MedStatus, NewMedication, NewSchedule, NewSign, Occurrence, Rating, ReminderKind,
    ReminderSettings, Repeat, StegvisError, TodayItemKind, TodaySectionKind, Weekday, ZonePolicy,
};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn med(c: &Companion, name: &str, count: Option<i64>) -> String {
    c.add_medication(NewMedication {
        name: name.into(),
        dose: Some("50 mg".into()),
        cue: Some("by the toothbrush".into()),
        count_on_hand: count,
        refill_days: count.map(|_| 5),
        ..NewMedication::default()
    })
    .unwrap()
    .id
}

fn schedule(times: &[&str], zone: Option<&str>, start: Option<&str>) -> NewSchedule {
    NewSchedule {
        times: times.iter().map(|t| (*t).to_owned()).collect(),
        repeat: Repeat::Daily,
        start_date: start.map(str::to_owned),
        end_date: None,
        zone_policy: match zone {
            Some(z) => ZonePolicy::Pinned { zone: z.into() },
            None => ZonePolicy::FollowDevice,
        },
        amounts: None,
    }
}

fn at_of(occs: &[Occurrence], date: &str, slot: &str) -> Vec<DateTime<Utc>> {
    occs.iter()
        .filter(|o| o.local_date == date && o.slot == slot)
        .map(|o| o.at)
        .collect()
}

fn invalid(field: Field, reason: InvalidReason) -> StegvisError {
    StegvisError::InvalidInput { field, reason }
}

#[test]
fn fixed_cases_across_daylight_saving() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(utc(2026, 1, 1, 12, 0))).unwrap();
    let cases: &[(&str, &str, &str, &[DateTime<Utc>])] = &[
        // 02:30 does not exist: read with the offset before the gap (= 03:30 CEST).
        (
            "Europe/Oslo",
            "2026-03-29",
            "02:30",
            &[utc(2026, 3, 29, 1, 30)],
        ),
        (
            "Europe/Stockholm",
            "2026-03-29",
            "02:30",
            &[utc(2026, 3, 29, 1, 30)],
        ),
        // 02:30 happens twice: once, at the earlier instant.
        (
            "Europe/Oslo",
            "2026-10-25",
            "02:30",
            &[utc(2026, 10, 25, 0, 30)],
        ),
        (
            "Europe/Stockholm",
            "2026-10-25",
            "02:30",
            &[utc(2026, 10, 25, 0, 30)],
        ),
        // Southern hemisphere: Sydney springs forward on 2026-10-04.
        (
            "Australia/Sydney",
            "2026-10-04",
            "02:30",
            &[utc(2026, 10, 3, 16, 30)],
        ),
        (
            "Australia/Sydney",
            "2026-04-05",
            "02:30",
            &[utc(2026, 4, 4, 15, 30)],
        ),
        // A 30-minute shift.
        (
            "Australia/Lord_Howe",
            "2026-10-04",
            "02:15",
            &[utc(2026, 10, 3, 15, 45)],
        ),
        (
            "Australia/Lord_Howe",
            "2026-04-05",
            "01:45",
            &[utc(2026, 4, 4, 14, 45)],
        ),
        // Summer time starting at midnight.
        (
            "America/Santiago",
            "2026-09-06",
            "00:30",
            &[utc(2026, 9, 6, 4, 30)],
        ),
        // No daylight saving at all.
        (
            "Asia/Tokyo",
            "2026-03-29",
            "02:30",
            &[utc(2026, 3, 28, 17, 30)],
        ),
    ];
    for (zone, date, slot, expected) in cases {
        // One medication per case: the same schedule twice on one is refused.
        let m = med(&c, "Med", None);
        let before = c.medication(m.clone()).unwrap().schedules.len();
        c.add_schedule(m.clone(), schedule(&[slot], Some(zone), None))
            .unwrap();
        let schedule_id = c.medication(m.clone()).unwrap().schedules[before]
            .id
            .clone();
        let occs: Vec<Occurrence> = c
            .occurrences(date.to_string(), date.to_string())
            .unwrap()
            .into_iter()
            .filter(|o| o.schedule_id == schedule_id)
            .collect();
        assert_eq!(at_of(&occs, date, slot), *expected, "{zone} {date} {slot}");
    }
}

#[test]
fn two_slots_can_share_an_instant_on_a_gap_day_and_both_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(utc(2026, 3, 1, 12, 0))).unwrap();
    let m = med(&c, "Med", None);
    c.add_schedule(m, schedule(&["02:30", "03:30"], Some("Europe/Oslo"), None))
        .unwrap();
    let occs = c
        .occurrences("2026-03-29".into(), "2026-03-29".into())
        .unwrap();
    assert_eq!(occs.len(), 2);
    assert_eq!(occs[0].at, occs[1].at);
    assert_eq!(
        (occs[0].slot.as_str(), occs[1].slot.as_str()),
        ("02:30", "03:30")
    );
    assert_ne!(occs[0].id, occs[1].id);
}

#[test]
fn travel_keeps_local_time_or_home_time_as_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 1, 12, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Med", None);
    c.add_schedule(m.clone(), schedule(&["08:00"], None, Some("2026-11-01")))
        .unwrap();
    c.add_schedule(
        m,
        schedule(&["08:00"], Some("Europe/Oslo"), Some("2026-11-01")),
    )
    .unwrap();
    let schedules = c.list_medications(false).unwrap()[0].schedules.clone();
    let (follow, pinned) = (schedules[0].id.clone(), schedules[1].id.clone());
    let of = |occs: &[Occurrence], id: &str, date: &str| -> Vec<DateTime<Utc>> {
        occs.iter()
            .filter(|o| o.schedule_id == id && o.local_date == date)
            .map(|o| o.at)
            .collect()
    };

    // Fly to New York on 3 November (the device reports the zone at 15:00 UTC), and
    // back to Oslo on 10 November (at 20:00 UTC).
    clock.advance(Duration::days(2) + Duration::hours(3));
    c.set_zone("America/New_York".into()).unwrap();
    clock.advance(Duration::days(7) + Duration::hours(5));
    c.set_zone("Europe/Oslo".into()).unwrap();
    let occs = c
        .occurrences("2026-11-01".into(), "2026-11-12".into())
        .unwrap();

    // Follow the device: 08:00 wherever the device was.
    assert_eq!(of(&occs, &follow, "2026-11-02"), [utc(2026, 11, 2, 7, 0)]); // Oslo
    assert_eq!(of(&occs, &follow, "2026-11-03"), [utc(2026, 11, 3, 7, 0)]); // Oslo, before leaving
    assert_eq!(of(&occs, &follow, "2026-11-04"), [utc(2026, 11, 4, 13, 0)]); // New York
    assert_eq!(of(&occs, &follow, "2026-11-09"), [utc(2026, 11, 9, 13, 0)]); // New York
    assert_eq!(of(&occs, &follow, "2026-11-11"), [utc(2026, 11, 11, 7, 0)]); // Oslo again
                                                                             // Pinned: Oslo's 08:00 throughout.
    for day in 1..=12 {
        let date = format!("2026-11-{day:02}");
        assert_eq!(
            of(&occs, &pinned, &date),
            [utc(2026, 11, day, 7, 0)],
            "{date}"
        );
    }
    // Exactly one per schedule and day, in UTC order.
    assert_eq!(occs.len(), 24);
    assert!(occs.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn a_zone_change_replans_only_what_is_still_to_come() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 20, 12, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Med", None);
    c.add_schedule(m, schedule(&["08:00"], None, Some("2026-11-20")))
        .unwrap();
    let before = c
        .occurrences("2026-11-20".into(), "2026-11-22".into())
        .unwrap();
    c.set_zone("Asia/Tokyo".into()).unwrap();
    let after = c
        .occurrences("2026-11-20".into(), "2026-11-22".into())
        .unwrap();
    assert_eq!(before[0], after[0], "the past stays as it was");
    assert_eq!(
        after[1].at,
        utc(2026, 11, 20, 23, 0),
        "08:00 in Tokyo on the 21st"
    );
}

#[test]
fn doses_are_logged_once_corrected_and_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 23, 6, 0)); // 07:00 in Oslo
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Sertraline", Some(30));
    c.add_schedule(
        m.clone(),
        schedule(&["08:00", "20:00"], None, Some("2026-11-20")),
    )
    .unwrap();
    let occs = c
        .occurrences("2026-11-23".into(), "2026-11-23".into())
        .unwrap();
    let morning = occs[0].id.clone();
    let evening = occs[1].id.clone();

    // Due in an hour: may be logged already. Taking twice changes nothing.
    let taken = c
        .log_dose(morning.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(taken.status, Some(DoseStatus::Taken));
    c.log_dose(morning.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(c.medication(m.clone()).unwrap().count_on_hand, Some(29));
    // Issue 8: a logged dose is not silently changed; skipping it now is a conflict
    // that says when it was taken, and only an undo corrects it.
    assert_eq!(
        c.log_dose(
            morning.clone(),
            DoseAction::Skip {
                reason: Some("felt sick".into()),
            },
        )
        .unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::DoseAlreadyLogged {
                status: DoseStatus::Taken,
                at: utc(2026, 11, 23, 6, 0),
                utc_offset_minutes: 60,
            }
        }
    );
    assert_eq!(c.medication(m.clone()).unwrap().count_on_hand, Some(29));
    c.undo_dose(morning.clone()).unwrap();
    assert_eq!(c.medication(m.clone()).unwrap().count_on_hand, Some(30));
    c.log_dose(
        morning.clone(),
        DoseAction::Skip {
            reason: Some("felt sick".into()),
        },
    )
    .unwrap();
    assert_eq!(c.medication(m.clone()).unwrap().count_on_hand, Some(30));
    c.undo_dose(morning.clone()).unwrap();
    c.log_dose(
        morning.clone(),
        DoseAction::Take {
            at: Some(utc(2026, 11, 23, 5, 50)),
        },
    )
    .unwrap();
    assert_eq!(c.medication(m.clone()).unwrap().count_on_hand, Some(29));

    // Tomorrow evening's dose is far ahead: not yet, and the error says from when.
    let tomorrow_evening = format!("{}/2026-11-24/20:00", occs[1].schedule_id);
    assert_eq!(
        c.log_dose(tomorrow_evening, DoseAction::Take { at: None })
            .unwrap_err(),
        invalid(
            Field::Occurrence,
            InvalidReason::TooEarly {
                from: utc(2026, 11, 23, 23, 0),
                utc_offset_minutes: 60
            }
        )
    );
    let bad_id = format!("{}/2026-11-23/09:00", occs[0].schedule_id);
    assert_eq!(
        c.log_dose(bad_id, DoseAction::Take { at: None })
            .unwrap_err(),
        StegvisError::NotFound {
            what: Entity::Occurrence
        }
    );
    assert_eq!(
        c.log_dose("yesterday".into(), DoseAction::Take { at: None })
            .unwrap_err(),
        invalid(Field::Occurrence, InvalidReason::Malformed)
    );
    assert_eq!(
        c.log_dose(evening.clone(), DoseAction::Snooze { minutes: 15 })
            .unwrap_err(),
        invalid(
            Field::SnoozeMinutes,
            InvalidReason::OutOfRange { min: 10, max: 60 }
        )
    );
    assert_eq!(
        c.log_dose(
            evening.clone(),
            DoseAction::Take {
                at: Some(utc(2026, 11, 24, 0, 0))
            }
        )
        .unwrap_err(),
        invalid(Field::TakenAt, InvalidReason::InFuture)
    );
    assert_eq!(c.medication(m.clone()).unwrap().count_on_hand, Some(29));

    // Evening: snoozed, it moves in the reminder plan; taken, it leaves it.
    clock.advance(Duration::hours(13)); // 20:00 Oslo
    let snoozed = c
        .log_dose(evening.clone(), DoseAction::Snooze { minutes: 30 })
        .unwrap();
    assert_eq!(snoozed.snoozed_until, Some(utc(2026, 11, 23, 19, 30)));
    let plan = c.reminder_plan().unwrap();
    let first = &plan.reminders[0];
    assert_eq!(first.kind, ReminderKind::Snooze);
    assert_eq!(first.at, utc(2026, 11, 23, 19, 30));
    // One reminder per minute the doses come back at (issue 8, point 5).
    assert_eq!(first.id, "snooze:2026-11-23T19:30Z");
    assert_eq!(first.occurrence_ids, std::slice::from_ref(&evening));
    c.log_dose(evening.clone(), DoseAction::Take { at: None })
        .unwrap();
    let plan = c.reminder_plan().unwrap();
    assert!(plan
        .reminders
        .iter()
        .all(|r| r.occurrence_id.as_deref() != Some(evening.as_str())));
    assert_eq!(c.medication(m).unwrap().count_on_hand, Some(28));
}

#[test]
fn adherence_counts_only_planned_doses_that_have_passed() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 16, 6, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Lithium", None);
    c.add_schedule(
        m.clone(),
        schedule(&["08:00", "20:00"], None, Some("2026-11-16")),
    )
    .unwrap();
    // Seven days: take every morning dose, skip one evening, forget the rest.
    for day in 16..=22 {
        clock.advance(Duration::hours(2)); // 08:00 Oslo
        let date = format!("2026-11-{day}");
        let occs = c.occurrences(date.clone(), date).unwrap();
        c.log_dose(occs[0].id.clone(), DoseAction::Take { at: None })
            .unwrap();
        if day == 18 {
            clock.advance(Duration::hours(12));
            c.log_dose(occs[1].id.clone(), DoseAction::Skip { reason: None })
                .unwrap();
            clock.advance(Duration::hours(-12));
        }
        clock.advance(Duration::hours(22));
    }
    // Now 2026-11-23 06:00 UTC: the 23rd's doses have not come yet.
    let week = c.adherence(7).unwrap();
    assert_eq!(
        week.overall.planned, 12,
        "17th to 22nd, two a day; the 23rd is still ahead"
    );
    assert_eq!(week.overall.taken, 6);
    assert_eq!(week.overall.skipped, 1);
    assert_eq!(week.overall.label, "You took 6 of 12 planned doses.");
    assert_eq!(
        week.per_medication[0].medication_id.as_deref(),
        Some(m.as_str())
    );
    let month = c.adherence(30).unwrap();
    assert_eq!(month.overall.planned, 14);
    assert_eq!(month.overall.taken, 7);
    assert!(c.adherence(0).is_err());
}

#[test]
fn today_shows_due_missed_taken_and_refill() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 22, 12, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Sertraline", Some(8));
    c.add_schedule(m, schedule(&["09:00", "21:00"], None, None))
        .unwrap();

    clock.advance(Duration::hours(21)); // 2026-11-23 09:00 UTC = 10:00 Oslo
    let today = c.today().unwrap();
    let kinds: Vec<TodaySectionKind> = today.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            TodaySectionKind::DosesMissed,
            TodaySectionKind::DosesDue,
            TodaySectionKind::Refill
        ]
    );
    let missed = &today.sections[0].items;
    // Yesterday's 21:00 is no longer shown: today's 09:00 came after it.
    assert_eq!(missed.len(), 1);
    assert_eq!(missed[0].kind, TodayItemKind::DoseMissed);
    assert_eq!(missed[0].title, "Sertraline 50 mg");
    assert_eq!(
        missed[0].detail.as_deref(),
        Some("Planned for 09:00 on Monday 23 November. Did you take it? · by the toothbrush")
    );
    assert_eq!(
        today.sections[1].items[0].detail.as_deref(),
        Some("At 21:00 · by the toothbrush")
    );
    // 8 tablets, two a day: the ninth dose, on the 27th, is not covered.
    assert_eq!(
        today.sections[2].items[0].detail.as_deref(),
        Some("About 4 days left")
    );

    c.log_dose(
        missed[0].occurrence_id.clone().unwrap(),
        DoseAction::Take { at: None },
    )
    .unwrap();
    let today = c.today().unwrap();
    let taken = today
        .sections
        .iter()
        .find(|s| s.kind == TodaySectionKind::DosesTaken)
        .unwrap();
    assert_eq!(taken.items[0].detail.as_deref(), Some("Taken at 10:00"));
    assert!(today
        .sections
        .iter()
        .all(|s| s.kind != TodaySectionKind::DosesMissed));
}

#[test]
fn the_reminder_plan_is_private_bounded_and_stable() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 23, 6, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Quetiapine", None);
    c.add_schedule(
        m.clone(),
        schedule(
            &[
                "06:00", "09:00", "10:00", "12:00", "14:00", "15:00", "17:00", "18:00", "21:00",
                "23:00",
            ],
            None,
            None,
        ),
    )
    .unwrap();
    let plan = c.reminder_plan().unwrap();
    assert_eq!(plan.reminders.len(), 60, "capped for iOS");
    assert!(plan.reminders.windows(2).all(|w| w[0].at <= w[1].at));
    assert!(plan
        .reminders
        .iter()
        .all(|r| !r.body.contains("Quetiapine")));
    assert_eq!(plan.reminders[0].body, "Time for your 09:00 medicine");
    assert_eq!(
        c.reminder_plan().unwrap(),
        plan,
        "the same plan when nothing changed"
    );

    c.set_reminder_settings(ReminderSettings {
        show_names: true,
        checkin_time: Some("20:30".into()),
        ..ReminderSettings::default()
    })
    .unwrap();
    let named = c.reminder_plan().unwrap();
    assert_eq!(named.reminders[0].body, "Time for Quetiapine (09:00)");
    assert_eq!(
        named.reminders[0].id, plan.reminders[0].id,
        "ids stay stable"
    );
    // No signs yet: no check-in reminder.
    assert!(named
        .reminders
        .iter()
        .all(|r| r.kind != ReminderKind::Checkin));
    c.set_medication_status(m.clone(), MedStatus::Paused)
        .unwrap();
    let sign = c
        .add_sign(NewSign {
            catalog_key: Some("low-mood".into()),
            ..NewSign::default()
        })
        .unwrap()
        .id;
    let paused = c.reminder_plan().unwrap();
    assert!(paused
        .reminders
        .iter()
        .all(|r| r.kind == ReminderKind::Checkin));
    assert_eq!(paused.reminders[0].id, "checkin:2026-11-23");
    assert_eq!(paused.reminders[0].at, utc(2026, 11, 23, 19, 30));
    c.save_checkin(CheckinInput {
        ratings: vec![Rating {
            sign_id: sign,
            value: 0,
        }],
        ..CheckinInput::default()
    })
    .unwrap();
    assert_eq!(
        c.reminder_plan().unwrap().reminders[0].id,
        "checkin:2026-11-24"
    );
    assert_eq!(
        c.set_reminder_settings(ReminderSettings {
            show_names: false,
            checkin_time: Some("8pm".into()),
            ..ReminderSettings::default()
        })
        .unwrap_err(),
        invalid(Field::Times, InvalidReason::Malformed)
    );
}

#[test]
fn medications_can_be_paused_and_stopped_with_history_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 20, 6, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Med", None);
    c.add_schedule(m.clone(), schedule(&["08:00"], None, Some("2026-11-20")))
        .unwrap();
    clock.advance(Duration::days(2));
    c.set_medication_status(m.clone(), MedStatus::Paused)
        .unwrap();
    let occs = c
        .occurrences("2026-11-20".into(), "2026-11-25".into())
        .unwrap();
    assert_eq!(occs.len(), 2, "the 20th and 21st; none while paused");
    c.set_medication_status(m.clone(), MedStatus::Stopped)
        .unwrap();
    assert_eq!(
        c.add_schedule(m.clone(), schedule(&["20:00"], None, None))
            .unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::MedicationStopped
        }
    );
    assert!(c.list_medications(false).unwrap().is_empty());
    assert_eq!(
        c.list_medications(true).unwrap()[0].status,
        MedStatus::Stopped
    );
    // Resumed at the same moment: the 22nd's 08:00 is still to come, and the 23rd's.
    c.set_medication_status(m.clone(), MedStatus::Active)
        .unwrap();
    assert_eq!(
        c.occurrences("2026-11-22".into(), "2026-11-23".into())
            .unwrap()
            .len(),
        2
    );

    let note = c
        .add_doctor_note(
            Some(m.clone()),
            "Ask about feeling dizzy in the morning".into(),
        )
        .unwrap();
    assert_eq!(note.date, "2026-11-22");
    // The day for people, in the person's language, the same when read back.
    assert!(note.date_label.contains("22") && note.date_label.contains("November"));
    assert_eq!(c.doctor_notes().unwrap().len(), 1);
    assert_eq!(c.doctor_notes().unwrap()[0].date_label, note.date_label);
    let as_needed = med(&c, "Paracetamol", Some(20));
    assert!(c.medication(as_needed.clone()).unwrap().as_needed);
    c.take_as_needed(as_needed.clone(), None).unwrap();
    assert_eq!(c.medication(as_needed).unwrap().count_on_hand, Some(19));
}

#[test]
fn bad_medication_input_is_typed_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let c = open(tmp.path(), TestClock::at(utc(2026, 11, 23, 6, 0))).unwrap();
    let m = med(&c, "Med", Some(10));
    let bad_med = |f: fn(&mut NewMedication)| {
        let mut input = NewMedication {
            name: "X".into(),
            ..NewMedication::default()
        };
        f(&mut input);
        c.add_medication(input).unwrap_err()
    };
    assert_eq!(
        bad_med(|i| i.name = " ".into()),
        invalid(Field::MedName, InvalidReason::Empty)
    );
    assert!(matches!(
        bad_med(|i| i.count_on_hand = Some(-1)),
        StegvisError::InvalidInput {
            field: Field::Count,
            ..
        }
    ));
    assert!(matches!(
        bad_med(|i| i.units_per_dose = Some(0)),
        StegvisError::InvalidInput {
            field: Field::UnitsPerDose,
            ..
        }
    ));
    assert!(matches!(
        bad_med(|i| i.refill_days = Some(-2)),
        StegvisError::InvalidInput {
            field: Field::RefillDays,
            ..
        }
    ));

    let cases: Vec<(NewSchedule, StegvisError)> = vec![
        (
            schedule(&["24:00"], None, None),
            invalid(Field::Times, InvalidReason::Malformed),
        ),
        (
            schedule(&["8am"], None, None),
            invalid(Field::Times, InvalidReason::Malformed),
        ),
        (
            schedule(&[], None, None),
            invalid(Field::Times, InvalidReason::Empty),
        ),
        (
            schedule(&["08:00"], Some("Mars/Olympus"), None),
            invalid(Field::Zone, InvalidReason::Unknown),
        ),
        (
            NewSchedule {
                end_date: Some("2026-11-01".into()),
                ..schedule(&["08:00"], None, Some("2026-11-10"))
            },
            invalid(Field::EndDate, InvalidReason::InPast),
        ),
        (
            NewSchedule {
                repeat: Repeat::EveryDays { days: 0 },
                ..schedule(&["08:00"], None, Some("2026-11-10"))
            },
            invalid(
                Field::EveryDays,
                InvalidReason::OutOfRange { min: 1, max: 365 },
            ),
        ),
        (
            NewSchedule {
                repeat: Repeat::Weekdays { days: vec![] },
                ..schedule(&["08:00"], None, None)
            },
            invalid(Field::Weekdays, InvalidReason::Empty),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(c.add_schedule(m.clone(), input).unwrap_err(), expected);
    }
    let weekly = NewSchedule {
        repeat: Repeat::Weekdays {
            days: vec![Weekday::Mon, Weekday::Thu],
        },
        ..schedule(&["20:00"], None, None)
    };
    let ok = c.add_schedule(m.clone(), weekly).unwrap();
    assert_eq!(ok.schedules.len(), 1, "only the good one was saved");
    assert_eq!(ok.schedules[0].description, "On Monday, Thursday at 20:00");
    assert_eq!(ok.count_on_hand, Some(10));
    assert!(c
        .occurrences("2026-11-23".into(), "2026-11-01".into())
        .is_err());
    assert!(c
        .occurrences("2026-01-01".into(), "2040-01-01".into())
        .is_err());
}
