//! Issue 8, "never wrong about what was taken", on a real database with a test
//! clock: a logged dose changes only by undo, the early-take window, taking by
//! medication, changing schedules, and the dose history.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{open, TestClock};
use stegvis_core::{
    Companion, ConflictReason, DoseAction, DoseState, DoseStatus, Field, InvalidReason, Lang,
    NewMedication, NewSchedule, Repeat, ScheduleEdit, StegvisError, ZonePolicy,
};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn med(c: &Companion, name: &str, count: i64) -> String {
    c.add_medication(NewMedication {
        name: name.into(),
        count_on_hand: Some(count),
        ..NewMedication::default()
    })
    .unwrap()
    .id
}

fn daily(times: &[&str], start: &str) -> NewSchedule {
    NewSchedule {
        times: times.iter().map(|t| (*t).to_owned()).collect(),
        repeat: Repeat::Daily,
        start_date: Some(start.into()),
        end_date: None,
        zone_policy: ZonePolicy::FollowDevice,
        amounts: None,
    }
}

fn count(c: &Companion, id: &str) -> Option<u32> {
    c.medication(id.to_owned()).unwrap().count_on_hand
}

fn conflict(reason: ConflictReason) -> StegvisError {
    StegvisError::Conflict { reason }
}

/// `schedule/date/slot` of the medication's only schedule.
fn occ(c: &Companion, med: &str, date: &str, slot: &str) -> String {
    let schedule = c.medication(med.to_owned()).unwrap().schedules[0]
        .id
        .clone();
    format!("{schedule}/{date}/{slot}")
}

#[test]
fn a_logged_dose_is_not_snoozed_and_only_undo_corrects_it() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 23, 7, 15)); // 08:15 in Oslo
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Sertraline", 30);
    c.add_schedule(m.clone(), daily(&["08:00", "20:00"], "2026-11-20"))
        .unwrap();
    let morning = occ(&c, &m, "2026-11-23", "08:00");

    c.log_dose(morning.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(count(&c, &m), Some(29));
    let taken = conflict(ConflictReason::DoseAlreadyLogged {
        status: DoseStatus::Taken,
        at: utc(2026, 11, 23, 7, 15),
        utc_offset_minutes: 60,
    });
    let snooze = c
        .log_dose(morning.clone(), DoseAction::Snooze { minutes: 10 })
        .unwrap_err();
    assert_eq!(snooze, taken);
    assert_eq!(
        c.describe_error(snooze.clone()),
        "This dose is already noted as taken, on Monday 23 November at 08:15. To change it, undo it first."
    );
    c.set_language(Lang::Nb).unwrap();
    assert!(c
        .describe_error(snooze)
        .contains("mandag 23. november kl. 08:15"));
    c.set_language(Lang::En).unwrap();
    assert_eq!(
        c.log_dose(morning.clone(), DoseAction::Skip { reason: None })
            .unwrap_err(),
        taken
    );
    // The same again is no change: still taken once, the count moved once.
    let again = c
        .log_dose(morning.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(again.taken_at, Some(utc(2026, 11, 23, 7, 15)));
    assert_eq!(count(&c, &m), Some(29));
    assert_eq!(
        c.reminder_plan()
            .unwrap()
            .reminders
            .iter()
            .filter(|r| r.occurrence_id.as_deref() == Some(morning.as_str()))
            .count(),
        0
    );

    // Undo: back to not logged, the count restored; a second undo has nothing to undo.
    let undone = c.undo_dose(morning.clone()).unwrap();
    assert_eq!((undone.status, undone.taken_at), (None, None));
    assert_eq!(count(&c, &m), Some(30));
    assert_eq!(
        c.undo_dose(morning.clone()).unwrap_err(),
        conflict(ConflictReason::DoseNotLogged)
    );

    // Skipped, the same: not snoozed, not taken, until undone.
    clock.advance(Duration::minutes(5));
    c.log_dose(
        morning.clone(),
        DoseAction::Skip {
            reason: Some("felt sick".into()),
        },
    )
    .unwrap();
    let skipped = conflict(ConflictReason::DoseAlreadyLogged {
        status: DoseStatus::Skipped,
        at: utc(2026, 11, 23, 7, 20),
        utc_offset_minutes: 60,
    });
    assert_eq!(
        c.log_dose(morning.clone(), DoseAction::Snooze { minutes: 30 })
            .unwrap_err(),
        skipped
    );
    assert_eq!(
        c.log_dose(morning.clone(), DoseAction::Take { at: None })
            .unwrap_err(),
        skipped
    );
    assert_eq!(count(&c, &m), Some(30));
    c.undo_dose(morning.clone()).unwrap();
    c.log_dose(morning.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(count(&c, &m), Some(29));

    // A snoozed dose is not logged yet: it can still be taken.
    clock.advance(Duration::hours(12)); // 20:20 Oslo
    let evening = occ(&c, &m, "2026-11-23", "20:00");
    c.log_dose(evening.clone(), DoseAction::Snooze { minutes: 10 })
        .unwrap();
    let after = c
        .log_dose(evening.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(after.status, Some(DoseStatus::Taken));
    assert_eq!(count(&c, &m), Some(28));
}

#[test]
fn a_dose_can_be_taken_early_from_its_day_or_twelve_hours_before() {
    let tmp = tempfile::tempdir().unwrap();
    // Sunday 22 November, 19:59 in Oslo.
    let clock = TestClock::at(utc(2026, 11, 22, 18, 59));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Lithium", 20);
    c.add_schedule(m.clone(), daily(&["08:00", "22:00"], "2026-11-20"))
        .unwrap();
    let monday_morning = occ(&c, &m, "2026-11-23", "08:00");
    let monday_night = occ(&c, &m, "2026-11-23", "22:00");

    // 08:00 Monday: 12 hours before (20:00 Sunday) is earlier than the start of Monday.
    let err = c
        .log_dose(monday_morning.clone(), DoseAction::Take { at: None })
        .unwrap_err();
    assert_eq!(
        err,
        StegvisError::InvalidInput {
            field: Field::Occurrence,
            reason: InvalidReason::TooEarly {
                from: utc(2026, 11, 22, 19, 0),
                utc_offset_minutes: 60
            }
        }
    );
    let text = c.describe_error(err);
    assert!(
        text.contains("from 20:00 on Sunday 22 November"),
        "about the time, not the date: {text}"
    );
    clock.advance(Duration::minutes(1));
    c.log_dose(monday_morning, DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(count(&c, &m), Some(19));

    // 22:00 Monday: the start of Monday is earlier than 12 hours before.
    let err = c
        .log_dose(monday_night.clone(), DoseAction::Take { at: None })
        .unwrap_err();
    assert_eq!(
        err,
        StegvisError::InvalidInput {
            field: Field::Occurrence,
            reason: InvalidReason::TooEarly {
                from: utc(2026, 11, 22, 23, 0),
                utc_offset_minutes: 60
            }
        }
    );
    assert!(c
        .describe_error(err)
        .contains("from 00:00 on Monday 23 November"));
    // In the morning of its day it can be taken, hours before it is planned.
    clock.advance(Duration::hours(12)); // 08:00 Monday
    c.log_dose(monday_night.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(count(&c, &m), Some(18));

    // A time taken given by hand is held to the same window, and named as the field.
    let tuesday_night = occ(&c, &m, "2026-11-24", "22:00");
    clock.advance(Duration::days(1)); // 08:00 Tuesday
    assert_eq!(
        c.log_dose(
            tuesday_night,
            DoseAction::Take {
                at: Some(utc(2026, 11, 23, 22, 0))
            }
        )
        .unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::TakenAt,
            reason: InvalidReason::TooEarly {
                from: utc(2026, 11, 23, 23, 0),
                utc_offset_minutes: 60
            }
        }
    );
}

#[test]
fn taking_by_medication_logs_the_due_or_missed_dose_never_a_silent_extra() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 23, 6, 50)); // 07:50 in Oslo
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Quetiapine", 30);
    c.add_schedule(m.clone(), daily(&["08:00", "20:00"], "2026-11-20"))
        .unwrap();

    // Ten minutes before 08:00: the 08:00 dose.
    let took = c.take_medication(m.clone(), None, false).unwrap();
    assert!(!took.extra);
    let logged = took.occurrence.unwrap();
    assert_eq!(logged.id, occ(&c, &m, "2026-11-23", "08:00"));
    assert_eq!(logged.status, Some(DoseStatus::Taken));
    assert_eq!(count(&c, &m), Some(29));

    // Again a little later: nothing is due, so nothing is logged without --extra.
    clock.advance(Duration::minutes(5));
    assert_eq!(
        c.take_medication(m.clone(), None, false).unwrap_err(),
        conflict(ConflictReason::NoDoseDue)
    );
    assert_eq!(count(&c, &m), Some(29));
    let extra = c.take_medication(m.clone(), None, true).unwrap();
    assert!(extra.extra && extra.occurrence.is_none());
    assert_eq!(count(&c, &m), Some(28));

    // Midday: the evening dose is far off and the morning one is logged.
    clock.advance(Duration::hours(5)); // 12:55
    assert_eq!(
        c.take_medication(m.clone(), None, false).unwrap_err(),
        conflict(ConflictReason::NoDoseDue)
    );

    // 21:30: the 20:00 dose was missed; it is the one logged.
    clock.advance(Duration::minutes(8 * 60 + 35)); // 21:30
    let late = c.take_medication(m.clone(), None, false).unwrap();
    assert_eq!(
        late.occurrence.unwrap().id,
        occ(&c, &m, "2026-11-23", "20:00")
    );
    assert_eq!(late.taken_at, utc(2026, 11, 23, 20, 30));

    // Tuesday: the 08:00 dose goes unlogged; at 19:30 the evening one is the due one,
    // the older morning dose is not logged for a pill taken now.
    clock.advance(Duration::hours(22)); // Tuesday 19:30
    let evening = c.take_medication(m.clone(), None, false).unwrap();
    assert_eq!(
        evening.occurrence.unwrap().id,
        occ(&c, &m, "2026-11-24", "20:00")
    );
    let tuesday = c
        .occurrences("2026-11-24".into(), "2026-11-24".into())
        .unwrap();
    assert_eq!(tuesday[0].status, None, "the morning dose stays not logged");
    assert_eq!(count(&c, &m), Some(26));

    // A medicine without schedules: every dose is one taken when needed.
    let prn = med(&c, "Melatonin", 10);
    let when_needed = c.take_medication(prn.clone(), None, false).unwrap();
    assert!(when_needed.extra);
    assert_eq!(count(&c, &prn), Some(9));
}

#[test]
fn schedules_can_be_changed_ended_and_removed_without_losing_a_dose() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 20, 6, 0)); // Friday 07:00 Oslo
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Olanzapine", 60);

    // One in the morning, two at night.
    let mut input = daily(&["22:00", "08:00"], "2026-11-20");
    input.amounts = Some(vec![2, 1]);
    let with = c.add_schedule(m.clone(), input).unwrap();
    let s = &with.schedules[0];
    assert_eq!(s.times, ["08:00", "22:00"]);
    assert_eq!(s.amounts, [1, 2]);
    assert_eq!(s.description, "Every day at 08:00 (1), 22:00 (2)");
    let schedule_id = s.id.clone();
    let today = c
        .occurrences("2026-11-20".into(), "2026-11-20".into())
        .unwrap();
    assert_eq!(today.iter().map(|o| o.amount).collect::<Vec<_>>(), [1, 2]);

    // The same schedule again is refused; amounts of the wrong length too.
    assert_eq!(
        c.add_schedule(m.clone(), daily(&["08:00", "22:00"], "2026-11-21"))
            .unwrap_err(),
        conflict(ConflictReason::ScheduleAlreadyExists)
    );
    let mut short = daily(&["12:00", "18:00"], "2026-11-20");
    short.amounts = Some(vec![1]);
    assert!(matches!(
        c.add_schedule(m.clone(), short).unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::Amounts,
            ..
        }
    ));

    // The night dose moves the count by two, and an undo puts two back.
    clock.advance(Duration::hours(15)); // 22:00 Oslo
    let night = format!("{schedule_id}/2026-11-20/22:00");
    c.log_dose(night.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(count(&c, &m), Some(58));
    c.undo_dose(night.clone()).unwrap();
    assert_eq!(count(&c, &m), Some(60));
    c.log_dose(night.clone(), DoseAction::Take { at: None })
        .unwrap();
    assert_eq!(count(&c, &m), Some(58));

    // Only the amounts change: the same schedule, in place.
    let edited = c
        .edit_schedule(
            schedule_id.clone(),
            ScheduleEdit {
                amounts: Some(vec![1, 3]),
                ..ScheduleEdit::default()
            },
        )
        .unwrap();
    assert_eq!(edited.schedules.len(), 1);
    assert_eq!(edited.schedules[0].amounts, [1, 3]);

    clock.advance(Duration::hours(10)); // Saturday 08:00 Oslo
    c.log_dose(
        format!("{schedule_id}/2026-11-21/08:00"),
        DoseAction::Take { at: None },
    )
    .unwrap();
    assert_eq!(count(&c, &m), Some(57));

    // Monday: the morning dose moves to 09:00. The doses logged and the days
    // lived keep what was planned; the new times apply from today.
    clock.advance(Duration::days(2) - Duration::hours(1)); // Monday 07:00 Oslo
    let moved = c
        .edit_schedule(
            schedule_id.clone(),
            ScheduleEdit {
                times: Some(vec!["09:00".into(), "22:00".into()]),
                ..ScheduleEdit::default()
            },
        )
        .unwrap();
    assert_eq!(moved.schedules.len(), 2);
    assert_eq!(moved.schedules[0].end_date.as_deref(), Some("2026-11-22"));
    assert_eq!(moved.schedules[1].start_date, "2026-11-23");
    assert_eq!(moved.schedules[1].times, ["09:00", "22:00"]);
    let friday = c
        .occurrences("2026-11-20".into(), "2026-11-20".into())
        .unwrap();
    assert_eq!(friday.len(), 2);
    assert_eq!(friday[1].status, Some(DoseStatus::Taken));
    let monday = c
        .occurrences("2026-11-23".into(), "2026-11-23".into())
        .unwrap();
    assert_eq!(
        monday.iter().map(|o| o.slot.as_str()).collect::<Vec<_>>(),
        ["09:00", "22:00"]
    );

    // The old schedule keeps a logged dose: it cannot be removed, only ended.
    assert_eq!(
        c.remove_schedule(schedule_id.clone()).unwrap_err(),
        conflict(ConflictReason::ScheduleHasLoggedDoses)
    );
    assert_eq!(
        c.end_schedule(schedule_id.clone(), Some("2026-11-20".into()))
            .unwrap_err(),
        conflict(ConflictReason::DosesLoggedAfterEnd)
    );

    // Ending the new one today: no doses from tomorrow, today's stay.
    let new_id = moved.schedules[1].id.clone();
    let ended = c.end_schedule(new_id.clone(), None).unwrap();
    assert_eq!(ended.schedules[1].end_date.as_deref(), Some("2026-11-23"));
    assert!(c
        .occurrences("2026-11-24".into(), "2026-11-30".into())
        .unwrap()
        .is_empty());
    assert_eq!(
        c.occurrences("2026-11-23".into(), "2026-11-23".into())
            .unwrap()
            .len(),
        2
    );

    // A schedule made by mistake, nothing logged: removed.
    let mistake = c
        .add_schedule(m.clone(), daily(&["13:00"], "2026-11-23"))
        .unwrap();
    let mistake_id = mistake.schedules[2].id.clone();
    let after = c.remove_schedule(mistake_id).unwrap();
    assert_eq!(after.schedules.len(), 2);
    assert_eq!(count(&c, &m), Some(57), "no change moved the count");
}

#[test]
fn the_last_fourteen_days_show_each_dose_and_why_it_was_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = TestClock::at(utc(2026, 11, 20, 7, 12)); // Friday 08:12 Oslo
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Aripiprazole", 30);
    c.add_schedule(m.clone(), daily(&["08:00"], "2026-11-01"))
        .unwrap();

    c.log_dose(
        occ(&c, &m, "2026-11-20", "08:00"),
        DoseAction::Take { at: None },
    )
    .unwrap();
    clock.advance(Duration::days(1)); // Saturday
    c.log_dose(
        occ(&c, &m, "2026-11-21", "08:00"),
        DoseAction::Skip {
            reason: Some("felt sick".into()),
        },
    )
    .unwrap();
    clock.advance(Duration::days(1)); // Sunday: nothing logged
    clock.advance(Duration::days(1)); // Monday 08:12
    c.log_dose(
        occ(&c, &m, "2026-11-23", "08:00"),
        DoseAction::Snooze { minutes: 30 },
    )
    .unwrap();
    c.take_medication(m.clone(), None, true).unwrap();

    let days = c.medication_history(m.clone(), 14).unwrap();
    assert_eq!(days.len(), 14);
    assert_eq!(days[0].date, "2026-11-23");
    assert_eq!(days[0].label, "Monday 23 November");
    assert_eq!(days[13].date, "2026-11-10");
    let texts =
        |i: usize| -> Vec<String> { days[i].doses.iter().map(|d| d.text.clone()).collect() };
    assert_eq!(
        texts(0),
        ["08:00: snoozed until 08:42", "08:12: extra dose"]
    );
    assert_eq!(days[0].doses[1].state, DoseState::Extra);
    assert_eq!(texts(1), ["08:00: not noted"]);
    assert_eq!(days[1].doses[0].state, DoseState::Missed);
    assert_eq!(texts(2), ["08:00: skipped (felt sick)"]);
    assert_eq!(days[2].doses[0].reason.as_deref(), Some("felt sick"));
    assert_eq!(texts(3), ["08:00: taken at 08:12"]);
    // Doses planned before the schedule was made are not listed as missed.
    assert!(days[13].doses.is_empty());

    c.set_language(Lang::Da).unwrap();
    let da = c.medication_history(m, 14).unwrap();
    assert_eq!(da[0].label, "mandag 23. november");
    assert_eq!(da[2].doses[0].text, "08:00: sprunget over (felt sick)");
}

#[test]
fn a_dose_pinned_to_home_shows_both_times_while_away() {
    let tmp = tempfile::tempdir().unwrap();
    // Made on Sunday at home; read on Monday 05:00 in New York (11:00 in Oslo), when
    // Monday's 08:00 Oslo dose (02:00 in New York) is waiting to be logged.
    let clock = TestClock::at(utc(2026, 11, 22, 12, 0));
    let c = open(tmp.path(), clock.clone()).unwrap();
    let m = med(&c, "Lithium", 30);
    let mut pinned = daily(&["08:00"], "2026-11-20");
    pinned.zone_policy = ZonePolicy::Pinned {
        zone: "Europe/Oslo".into(),
    };
    let shown = c.add_schedule(m, pinned).unwrap();
    assert_eq!(
        shown.schedules[0].description,
        "Every day at 08:00, Oslo time"
    );
    clock.advance(Duration::hours(22));
    c.set_zone("America/New_York".into()).unwrap();
    let today = c.today().unwrap();
    let details: Vec<String> = today
        .sections
        .iter()
        .flat_map(|s| s.items.iter())
        .filter_map(|i| i.detail.clone())
        .collect();
    assert!(
        details
            .iter()
            .any(|d| d.contains("02:00 here, 08:00 Oslo time")),
        "{details:?}"
    );
}
