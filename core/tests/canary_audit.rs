//! Canary audit: a distinctive string goes into every free-text field of every kind
//! of record, through the facade. It must read back through the facade (so the
//! search below proves something), and it must never be found, in UTF-8, UTF-16LE or
//! UTF-16BE, in any file under the data folder's parent (database, WAL, SHM, key,
//! any temporary file), before and after a checkpoint and after closing, nor in any
//! log line, captured here at `trace`.
//!
//! Free-text fields, read from the records in core/src: goal `text`, `why`; step
//! `text`, home assignment `module`; problem solving `problem`, each option's `text`,
//! `pros`, `cons`, `first_action`, the look-back `note` (and `first_action` of a
//! plan made by trying the next idea); own sign `text`; check-in `note`; plan items:
//! `text` in triggers, actions, supporter actions, contacts, what helped and
//! preferences, `supporter`, `reach` (the signs section holds only sign ids, shown
//! with the sign's name); medication `name`, `dose` (strength), `form`, `cue`; dose
//! skip `reason`; doctor note `text`. Schedules (times, dates, IANA zone), settings
//! (a check-in time and switches) and the zone history (IANA names) hold no free
//! text: everything in them is validated against a fixed form.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test fails by panicking

mod common;

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::Duration;
use log::{LevelFilter, Log, Metadata, Record};
use stegvis_core::{
    CheckinInput, Companion, ContactKind, DoseAction, GoalEdit, GoalFilter, HomeAssignment,
    LifeArea, LookBackInput, LookBackOutcome, MedicationEdit, NewGoal, NewMedication, NewSchedule,
    NewSign, NewStep, PlanEdit, PlanItem, PlanSection, ProblemSolvingInput, Rating, Repeat,
    SolveOption, ZonePolicy,
};

const CANARY: &str = "Zq7CanaryXylo";

/// Every log line, at every level.
struct Capture(Mutex<Vec<String>>);

impl Log for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &Record<'_>) {
        self.0.lock().unwrap().push(format!(
            "{} {} {}",
            record.level(),
            record.target(),
            record.args()
        ));
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));

/// `CANARY` tagged with the field it goes in, so every value is distinct.
fn canary(field: &str) -> String {
    format!("{CANARY} {field}")
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `root`, read whole, with its path.
fn files(root: &Path, found: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, found);
        } else if let Ok(bytes) = std::fs::read(&path) {
            found.push((path.display().to_string(), bytes));
        }
    }
}

/// Fails if the canary is in any file under `root`, in any of the three encodings.
fn assert_not_in_files(root: &Path, state: &str) -> Vec<String> {
    let needles = [
        ("UTF-8", CANARY.as_bytes().to_vec()),
        ("UTF-16LE", utf16(CANARY, false)),
        ("UTF-16BE", utf16(CANARY, true)),
    ];
    let mut all = Vec::new();
    files(root, &mut all);
    for (path, bytes) in &all {
        for (encoding, needle) in &needles {
            assert!(
                !contains(bytes, needle),
                "{state}: the canary is readable in {path} ({encoding})"
            );
        }
    }
    all.into_iter().map(|(path, _)| path).collect()
}

fn assert_not_in_logs() -> Vec<String> {
    let lines = CAPTURE.0.lock().unwrap().clone();
    for line in &lines {
        assert!(
            !line.contains(CANARY),
            "a log line holds the canary: {line}"
        );
    }
    lines
}

/// Writes the canary into every free-text field; returns what reads back.
fn fill(c: &Companion) -> Vec<(&'static str, String)> {
    let mut read = Vec::new();

    let goal = c
        .add_goal(NewGoal {
            text: canary("goal text"),
            why: Some(canary("goal why")),
            area: LifeArea::Health,
        })
        .unwrap();
    let goal = c
        .edit_goal(
            goal.id,
            GoalEdit {
                text: Some(canary("goal text, edited")),
                ..GoalEdit::default()
            },
        )
        .unwrap();
    let step = c
        .add_step(
            goal.id.clone(),
            NewStep {
                text: canary("step text"),
                due_date: Some("2026-11-30".to_owned()),
                assignment: Some(HomeAssignment {
                    meeting_date: Some("2026-11-19".to_owned()),
                    module: Some(canary("IMR module")),
                }),
                repeat: None,
                remind_at: None,
            },
        )
        .unwrap();
    let plan = c
        .save_problem_solving(
            step.id.clone(),
            ProblemSolvingInput {
                problem: canary("problem"),
                options: vec![
                    SolveOption {
                        text: canary("option 1"),
                        pros: Some(canary("pros 1")),
                        cons: Some(canary("cons 1")),
                    },
                    SolveOption {
                        text: canary("option 2"),
                        pros: Some(canary("pros 2")),
                        cons: Some(canary("cons 2")),
                    },
                ],
                chosen: 1,
                first_action: canary("first action"),
                follow_up_date: "2026-11-25".to_owned(),
            },
        )
        .unwrap();
    c.look_back(
        plan.id.clone(),
        LookBackInput {
            outcome: Some(LookBackOutcome::NotYet),
            note: Some(canary("look-back note")),
        },
    )
    .unwrap();
    c.try_next_option(
        plan.id.clone(),
        2,
        canary("next first action"),
        "2026-11-27".to_owned(),
    )
    .unwrap();
    let detail = c.goal(goal.id.clone()).unwrap();
    read.push(("goal text", detail.goal.text.clone()));
    read.push(("goal why", detail.goal.why.clone().unwrap_or_default()));
    let step = &detail.steps[0];
    read.push(("step text", step.text.clone()));
    read.push((
        "assignment module",
        step.assignment
            .clone()
            .and_then(|a| a.module)
            .unwrap_or_default(),
    ));
    let plans = c.problem_solving_for_step(step.id.clone()).unwrap();
    assert_eq!(plans.len(), 2);
    let first = plans.iter().find(|p| p.id == plan.id).unwrap();
    read.push(("problem", first.problem.clone()));
    for option in &first.options {
        read.push(("option text", option.text.clone()));
        read.push(("option pros", option.pros.clone().unwrap_or_default()));
        read.push(("option cons", option.cons.clone().unwrap_or_default()));
    }
    read.push(("first action", first.first_action.clone()));
    read.push((
        "look-back note",
        first.look_back_note.clone().unwrap_or_default(),
    ));
    let next = plans.iter().find(|p| p.id != plan.id).unwrap();
    read.push(("next first action", next.first_action.clone()));

    let sign = c
        .add_sign(NewSign {
            catalog_key: None,
            text: Some(canary("own sign")),
            noticed_by_others: true,
        })
        .unwrap();
    c.save_checkin(CheckinInput {
        date: None,
        ratings: vec![Rating {
            sign_id: sign.id.clone(),
            value: 2,
        }],
        note: Some(canary("check-in note")),
        sleep_hours: Some(5.5),
    })
    .unwrap();
    read.push(("own sign", c.list_signs(true).unwrap()[0].name.clone()));
    let checkin = c.checkin("2026-11-23".to_owned()).unwrap().unwrap();
    read.push(("check-in note", checkin.note.clone().unwrap_or_default()));

    let text_item = |field: &str| PlanItem {
        text: canary(field),
        ..PlanItem::default()
    };
    c.edit_plan(vec![
        PlanEdit::AddItem {
            section: PlanSection::Triggers,
            item: text_item("trigger"),
        },
        PlanEdit::AddItem {
            section: PlanSection::Signs,
            item: PlanItem {
                sign_id: Some(sign.id.clone()),
                ..PlanItem::default()
            },
        },
        PlanEdit::AddItem {
            section: PlanSection::Actions,
            item: text_item("action"),
        },
        PlanEdit::AddItem {
            section: PlanSection::SupporterActions,
            item: PlanItem {
                text: canary("supporter action"),
                supporter: Some(canary("supporter")),
                ..PlanItem::default()
            },
        },
        PlanEdit::AddItem {
            section: PlanSection::Contacts,
            item: PlanItem {
                text: canary("contact"),
                reach: Some(canary("reach")),
                contact_kind: Some(ContactKind::Supporter),
                ..PlanItem::default()
            },
        },
        PlanEdit::AddItem {
            section: PlanSection::WhatHelped,
            item: text_item("what helped"),
        },
        PlanEdit::AddItem {
            section: PlanSection::Preferences,
            item: text_item("preference"),
        },
    ])
    .unwrap();
    let saved = c.plan().unwrap();
    for (section, items) in [
        ("triggers", &saved.triggers),
        ("actions", &saved.actions),
        ("supporter actions", &saved.supporter_actions),
        ("contacts", &saved.contacts),
        ("what helped", &saved.what_helped),
        ("preferences", &saved.preferences),
    ] {
        assert_eq!(items.len(), 1, "{section}");
        read.push(("plan item text", items[0].text.clone()));
    }
    read.push((
        "supporter",
        saved.supporter_actions[0]
            .supporter
            .clone()
            .unwrap_or_default(),
    ));
    read.push(("reach", saved.contacts[0].reach.clone().unwrap_or_default()));
    let view = c.plan_view().unwrap();
    let signs_section = view.sections.iter().find(|s| s.key == "signs").unwrap();
    read.push(("plan sign", signs_section.items[0].text.clone()));

    let med = c
        .add_medication(NewMedication {
            name: canary("medicine"),
            dose: Some(canary("strength")),
            form: Some(canary("form")),
            cue: Some(canary("cue")),
            count_on_hand: Some(30),
            ..NewMedication::default()
        })
        .unwrap();
    let med = c
        .edit_medication(
            med.id,
            MedicationEdit {
                cue: Some(canary("cue, edited")),
                ..MedicationEdit::default()
            },
        )
        .unwrap();
    c.add_schedule(
        med.id.clone(),
        NewSchedule {
            times: vec!["08:00".to_owned()],
            repeat: Repeat::Daily,
            start_date: None,
            end_date: None,
            zone_policy: ZonePolicy::FollowDevice,
            amounts: None,
        },
    )
    .unwrap();
    let occurrence = c
        .occurrences("2026-11-23".to_owned(), "2026-11-23".to_owned())
        .unwrap()
        .remove(0);
    c.log_dose(
        occurrence.id.clone(),
        DoseAction::Skip {
            reason: Some(canary("skip reason")),
        },
    )
    .unwrap();
    c.add_doctor_note(Some(med.id.clone()), canary("doctor note"))
        .unwrap();
    let shown = c.medication(med.id.clone()).unwrap();
    read.push(("medicine name", shown.name.clone()));
    read.push(("strength", shown.dose.clone().unwrap_or_default()));
    read.push(("form", shown.form.clone().unwrap_or_default()));
    read.push(("cue", shown.cue.clone().unwrap_or_default()));
    let history = c.medication_history(med.id.clone(), 14).unwrap();
    let skipped = history
        .iter()
        .flat_map(|d| &d.doses)
        .find_map(|d| d.reason.clone())
        .unwrap_or_default();
    read.push(("skip reason", skipped));
    read.push(("doctor note", c.doctor_notes().unwrap()[0].text.clone()));
    read
}

/// Refused writes with the canary in their input, so the log has lines about them.
fn refuse(c: &Companion) {
    let too_long = CANARY.repeat(200);
    assert!(c
        .add_goal(NewGoal {
            text: too_long,
            why: None,
            area: LifeArea::Other,
        })
        .is_err());
    assert!(c
        .add_step(
            "00000000-0000-4000-8000-000000000000".to_owned(),
            NewStep {
                text: canary("step of no goal"),
                ..NewStep::default()
            },
        )
        .is_err());
    let goal = &c.list_goals(GoalFilter::All).unwrap()[0];
    assert!(c
        .add_sign(NewSign {
            catalog_key: Some(canary("catalog key")),
            text: None,
            noticed_by_others: false,
        })
        .is_err());
    assert!(c.reach_goal(goal.id.clone()).is_ok());
    assert!(c.reach_goal(goal.id.clone()).is_err());
}

#[test]
fn what_a_person_writes_is_never_readable_in_files_or_logs() {
    log::set_logger(&CAPTURE).unwrap();
    log::set_max_level(LevelFilter::Trace);

    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let clock = common::TestClock::at(common::monday_morning() + Duration::hours(4));
    let c: Arc<Companion> = common::open(&dir, clock.clone()).unwrap();

    let read = fill(&c);
    for (field, value) in &read {
        assert!(
            value.contains(CANARY),
            "{field} did not read back through the facade: {value:?}"
        );
    }
    assert!(read.len() >= 30, "{} fields read back", read.len());
    refuse(&c);
    let _ = c.today().unwrap();
    let _ = c.unreadable_records().unwrap();

    // 1. As written: every write is checkpointed at once, so no old page lingers in
    // the WAL (the checkpoints below then find nothing more to move).
    let wal = dir.join("stegvis.db-wal");
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "the WAL should be emptied after each write"
    );
    let searched = assert_not_in_files(root.path(), "before a checkpoint");
    assert!(
        searched.iter().any(|p| p.ends_with("stegvis.db-shm")),
        "{searched:?}"
    );

    // 2. Checkpointed into the database file, the WAL kept (TRUNCATE empties it).
    let conn = rusqlite::Connection::open(dir.join("stegvis.db")).unwrap();
    let (busy, _, _): (i64, i64, i64) = conn
        .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(busy, 0);
    assert_not_in_files(root.path(), "after a passive checkpoint");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    assert_not_in_files(root.path(), "after a truncating checkpoint");

    // 3. Exported (encrypted) and exported readable: the export file and its
    // temporary files are searched with the rest; the readable export, which the
    // person asked for in clear, is moved out of the searched folder first.
    let export = root.path().join("exports").join("mine.stegvis");
    std::fs::create_dir_all(export.parent().unwrap()).unwrap();
    c.export_encrypted_with(
        export.display().to_string(),
        "a long passphrase".to_owned(),
        stegvis_core::KdfParams {
            memory_kib: 1024,
            passes: 1,
            lanes: 1,
        },
    )
    .unwrap();
    assert!(export.exists());
    let readable = tempfile::tempdir().unwrap();
    c.export_readable(readable.path().display().to_string())
        .unwrap();
    let goals_csv = std::fs::read_to_string(readable.path().join("goals.csv")).unwrap();
    assert!(
        goals_csv.contains(CANARY),
        "the readable export holds the words"
    );
    let searched = assert_not_in_files(root.path(), "after exporting");
    assert!(searched.iter().any(|p| p.ends_with("mine.stegvis")));

    // 4. Closed, and opened again: everything still reads back.
    drop(c);
    assert_not_in_files(root.path(), "after closing");
    let c = common::open(&dir, clock).unwrap();
    assert!(c
        .goal(c.list_goals(GoalFilter::All).unwrap()[0].id.clone())
        .unwrap()
        .goal
        .text
        .contains(CANARY));
    drop(c);
    assert_not_in_files(root.path(), "after reopening");

    let lines = assert_not_in_logs();
    // The log was captured, and it says what happened without the words.
    for expected in [
        "creating store at schema version",
        "store opened: schema version",
        "write refused: invalid-input (field goal-text, too-long)",
        "write refused: not-found (goal)",
        "write refused: conflict",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(expected)),
            "no log line with {expected:?} in {lines:#?}"
        );
    }
}
