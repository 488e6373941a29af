//! Five years of daily use, written through the public facade only (never through
//! table layouts), so the figures stay valid whatever the storage looks like inside:
//! 10 goals and 200 steps (150 done along the way), 8 signs with a check-in every
//! evening, a relapse-prevention plan changed every quarter, and 3 medicines at 08:00
//! and 20:00 with every dose logged from its reminder. The clock is set per call.
//!
//! Generating takes a while (one durable transaction per action, as a person makes
//! them), so benchmarks build it once into `target/perf-data/<VERSION>-s<schema>/`
//! and copy it; the test of the database size builds its own.
//!
//! Shared by `core/benches/five_years.rs` and `core/tests/perf_size.rs` through
//! `#[path]`; each uses a part of it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // set-up stops loudly

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use stegvis_core::{
    CheckinInput, Clock, Companion, ContactKind, DoseAction, FileKeyManager, Lang, LifeArea,
    NewGoal, NewMedication, NewSchedule, NewSign, NewStep, OpenConfig, PlanEdit, PlanItem,
    PlanSection, Rating, Repeat, Rule, ZonePolicy,
};

/// Bump when the generated data changes, so a cached folder is not reused.
pub const VERSION: &str = "five-years-v1";

pub const ZONE: Tz = Tz::Europe__Oslo;
pub const GOALS: usize = 10;
pub const STEPS: usize = 200;
/// Steps added at the start; the rest come in the last month, some with dates.
const EARLY_STEPS: usize = 180;
/// Early steps checked off over the years, one every [`DONE_EVERY_DAYS`].
pub const DONE_STEPS: usize = 150;
const DONE_EVERY_DAYS: i64 = 12;
pub const SIGNS: usize = 8;
pub const MEDS: usize = 3;
pub const DOSE_TIMES: [&str; 2] = ["08:00", "20:00"];
pub const DAYS: i64 = 5 * 365 + 1;
const PLAN_EVERY_DAYS: i64 = 90;

/// "Now" in every figure: Monday 23 November 2026, 09:00 in Oslo. The morning doses
/// are logged, the evening ones and the check-in are still to come.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()
}

pub fn today() -> NaiveDate {
    now().with_timezone(&ZONE).date_naive()
}

/// The first day of the five years.
pub fn first_day() -> NaiveDate {
    today() - Duration::days(DAYS - 1)
}

/// A clock the generator (and the benchmarks) set before each call.
#[derive(Debug)]
pub struct SetClock(Mutex<DateTime<Utc>>);

impl SetClock {
    pub fn at(at: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self(Mutex::new(at)))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap() = at;
    }
}

impl Clock for SetClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

pub fn config(dir: &Path) -> OpenConfig {
    OpenConfig {
        data_dir: dir.display().to_string(),
        zone: ZONE.name().to_owned(),
        language: Lang::En,
    }
}

/// The key file lives in the data folder, as the terminal keeps it.
pub fn key_path(dir: &Path) -> PathBuf {
    dir.join("stegvis.key")
}

pub fn open(dir: &Path, clock: Arc<dyn Clock>) -> Arc<Companion> {
    Companion::open_with_clock(
        config(dir),
        Arc::new(FileKeyManager::new(key_path(dir))),
        clock,
    )
    .unwrap()
}

/// `date` at `time` in Oslo.
fn local(date: NaiveDate, time: &str) -> DateTime<Utc> {
    let t = NaiveTime::parse_from_str(time, "%H:%M").unwrap();
    ZONE.from_local_datetime(&date.and_time(t))
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

/// A small deterministic sequence, so every run writes the same story.
struct Dice(u64);

impl Dice {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// What the generation did, for the report.
#[derive(Debug, Clone, Copy)]
pub struct Generated {
    pub took: StdDuration,
    pub actions: u64,
}

/// Writes the five years into `dir` (an empty folder), one facade call per action.
pub fn generate(dir: &Path) -> Generated {
    let started = Instant::now();
    let mut actions = 0u64;
    let first = first_day();
    let clock = SetClock::at(local(first, "09:00"));
    let c = open(dir, clock.clone());
    let mut dice = Dice(9);

    // Day one: the goals and most steps from the first IMR meetings.
    let goals: Vec<String> = (0..GOALS)
        .map(|g| {
            actions += 1;
            c.add_goal(NewGoal {
                text: format!("Goal {g}: something that matters to me, in my own words"),
                why: Some("Because I want my days to feel like mine again".into()),
                area: LifeArea::ALL[g % LifeArea::ALL.len()],
            })
            .unwrap()
            .id
        })
        .collect();
    let mut early_steps = Vec::new();
    for s in 0..EARLY_STEPS {
        actions += 1;
        let step = c
            .add_step(
                goals[s % GOALS].clone(),
                NewStep {
                    text: format!("Step {s}: a small thing I can do this week"),
                    due_date: None,
                    assignment: None,
                    repeat: None,
                    remind_at: None,
                },
            )
            .unwrap();
        early_steps.push(step.id);
    }

    let signs: Vec<String> = c
        .sign_catalog()
        .unwrap()
        .into_iter()
        .take(SIGNS)
        .map(|entry| {
            actions += 1;
            c.add_sign(NewSign {
                catalog_key: Some(entry.key),
                text: None,
                noticed_by_others: false,
            })
            .unwrap()
            .id
        })
        .collect();
    actions += 1;
    c.edit_plan(first_plan(&signs)).unwrap();

    let schedules: Vec<String> = (0..MEDS)
        .map(|m| {
            actions += 2;
            let med = c
                .add_medication(NewMedication {
                    name: format!("Medicine {m}"),
                    dose: Some("50 mg".into()),
                    cue: Some("by the toothbrush".into()),
                    ..NewMedication::default()
                })
                .unwrap();
            c.add_schedule(
                med.id,
                NewSchedule {
                    times: DOSE_TIMES.iter().map(|t| (*t).to_owned()).collect(),
                    repeat: Repeat::Daily,
                    start_date: Some(first.to_string()),
                    end_date: None,
                    zone_policy: ZonePolicy::FollowDevice,
                    amounts: None,
                },
            )
            .unwrap()
            .schedules[0]
                .id
                .clone()
        })
        .collect();

    let mut done = 0;
    for n in 0..DAYS {
        let date = first + Duration::days(n);
        // Every dose, from its reminder, a few minutes after its time; today only
        // the morning has come.
        for time in DOSE_TIMES {
            let at = local(date, time) + Duration::minutes(5);
            if at > now() {
                continue;
            }
            clock.set(at);
            actions += 1;
            c.log_doses(
                schedules
                    .iter()
                    .map(|s| format!("{s}/{date}/{time}"))
                    .collect(),
                DoseAction::Take { at: None },
            )
            .unwrap();
        }
        if date == today() {
            break;
        }
        if n > 0 && n % DONE_EVERY_DAYS == 0 && done < DONE_STEPS {
            clock.set(local(date, "12:00"));
            actions += 1;
            c.complete_step(early_steps[done].clone()).unwrap();
            done += 1;
        }
        if n > 0 && n % PLAN_EVERY_DAYS == 0 {
            clock.set(local(date, "18:00"));
            actions += 1;
            c.edit_plan(vec![PlanEdit::AddItem {
                section: PlanSection::WhatHelped,
                item: PlanItem {
                    text: format!("What helped in quarter {}", n / PLAN_EVERY_DAYS),
                    ..PlanItem::default()
                },
            }])
            .unwrap();
        }
        // The last month: new steps from the latest meetings, some with a date.
        if n >= DAYS - 30 && n < DAYS - 30 + (STEPS - EARLY_STEPS) as i64 {
            let k = (n - (DAYS - 30)) as usize;
            clock.set(local(date, "13:00"));
            let due = match k % 4 {
                0 => Some(today().to_string()),
                1 => Some((today() + Duration::days(7)).to_string()),
                2 => Some((date + Duration::days(3)).to_string()),
                _ => None,
            };
            actions += 1;
            c.add_step(
                goals[k % GOALS].clone(),
                NewStep {
                    text: format!("New step {k} from a recent meeting"),
                    due_date: due,
                    assignment: None,
                    repeat: None,
                    remind_at: None,
                },
            )
            .unwrap();
        }
        clock.set(local(date, "21:00"));
        actions += 1;
        c.save_checkin(CheckinInput {
            date: None,
            ratings: signs
                .iter()
                .map(|id| Rating {
                    sign_id: id.clone(),
                    value: [0, 0, 0, 1, 1, 2][dice.next(6) as usize],
                })
                .collect(),
            note: (n % 7 == 0).then(|| "Slept badly, but went for a walk".to_owned()),
            sleep_hours: Some(6.0 + dice.next(5) as f64 * 0.5),
        })
        .unwrap();
    }
    clock.set(now());
    Generated {
        took: started.elapsed(),
        actions,
    }
}

fn first_plan(signs: &[String]) -> Vec<PlanEdit> {
    let item = |text: &str| PlanItem {
        text: text.to_owned(),
        ..PlanItem::default()
    };
    let add = |section, item| PlanEdit::AddItem { section, item };
    vec![
        add(PlanSection::Triggers, item("Too many late nights in a row")),
        add(
            PlanSection::Signs,
            PlanItem {
                sign_id: Some(signs[0].clone()),
                ..PlanItem::default()
            },
        ),
        add(
            PlanSection::Actions,
            item("Call my sister and go for a walk"),
        ),
        add(
            PlanSection::Contacts,
            PlanItem {
                reach: Some("+47 22 00 00 00".into()),
                contact_kind: Some(ContactKind::Clinic),
                ..item("The clinic")
            },
        ),
        PlanEdit::AddRule {
            rule: Rule::SignsAtLeast {
                sign_ids: signs[..3].to_vec(),
                threshold: 3,
                min_signs: 3,
                days: 3,
            },
        },
    ]
}

/// The target folder (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// The cached five years for this data version and schema, generated on first use.
/// Returns the folder and, when it was generated now, how that went.
pub fn cached() -> (PathBuf, Option<Generated>) {
    let root = target_dir().join("perf-data");
    let dir = root.join(format!(
        "{VERSION}-s{}",
        stegvis_core::store::SCHEMA_VERSION
    ));
    if dir.join("stegvis.db").exists() {
        return (dir, None);
    }
    std::fs::create_dir_all(&root).unwrap();
    // Generated beside it and renamed, so a run that stops half-way leaves nothing
    // that looks finished.
    let partial = tempfile::Builder::new()
        .prefix("generating-")
        .tempdir_in(&root)
        .unwrap();
    let generated = generate(partial.path());
    let partial = partial.keep();
    if std::fs::rename(&partial, &dir).is_err() {
        // Another run finished first; use its copy.
        std::fs::remove_dir_all(&partial).ok();
    }
    (dir, Some(generated))
}

/// A private copy of `from` (database and key, permissions kept) in a new temporary
/// folder, so a benchmark that writes never changes the cache.
pub fn copy(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.path().join(entry.file_name())).unwrap();
        }
    }
    to
}

/// Size in bytes of the database files (main, WAL, SHM) in `dir`.
pub fn database_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("stegvis.db"))
        .map(|e| e.metadata().unwrap().len())
        .sum()
}
