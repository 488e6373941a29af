//! Stegvis: the companion for people in Illness Management and Recovery (IMR).
//!
//! [`Companion`] is the single entry point. Every shell (Android, iOS, the terminal)
//! calls one method per thing the person did, and draws the view record it gets back.
//! Each write is one SQLite transaction; everything a person wrote is sealed.

#![cfg_attr(not(feature = "uniffi"), forbid(unsafe_code))]

pub mod crypto;
pub mod demo;
pub mod error;
pub mod goals;
pub mod l10n;
pub mod meds;
pub mod plan;
pub mod reminders;
pub mod settings;
pub mod signs;
pub mod store;
pub mod time;
pub mod today;
pub mod validate;

#[cfg(feature = "uniffi")]
mod ffi_types;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

pub use crypto::{FileKeyManager, KeyManager};
pub use demo::fill_demo;
pub use error::{ConflictReason, Entity, Field, InvalidReason, Result, StegvisError};
pub use goals::{
    Goal, GoalDetail, GoalEdit, GoalStatus, HomeAssignment, LifeArea, NewGoal, NewStep,
    ProblemSolving, ProblemSolvingInput, Progress, SolveOption, SolvePrompts, Step, StepEdit,
};
pub use l10n::{Lang, Localizer};
pub use meds::{
    Adherence, AdherenceLine, AsNeededDose, DoctorNote, DoseAction, DoseStatus, MedStatus,
    Medication, MedicationEdit, NewMedication, NewSchedule, Occurrence, Repeat, Schedule, Weekday,
    ZonePolicy,
};
pub use plan::{
    ContactKind, Plan, PlanEdit, PlanItem, PlanItemView, PlanSection, PlanSectionView,
    PlanVersionSummary, PlanView,
};
pub use reminders::{Reminder, ReminderKind, ReminderPlan};
pub use settings::ReminderSettings;
pub use signs::{
    CatalogSign, Checkin, CheckinForm, CheckinFormSign, CheckinInput, NewSign, RatedSign, Rating,
    Rule, RuleView, Series, Sign, SignSeries, Trend,
};
pub use time::{Clock, FixedClock, SystemClock};
pub use today::{TodayItem, TodayItemKind, TodaySection, TodaySectionKind, TodayView};

use goals::{actions, db as goals_db, solve, views};
use store::{Sealer, Store};

/// Where and how to open a companion.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OpenConfig {
    /// The data folder; created if missing.
    pub data_dir: String,
    /// The device's IANA zone, e.g. `Europe/Oslo`.
    pub zone: String,
    pub language: Lang,
}

/// Which goals a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GoalFilter {
    /// Only goals being worked on.
    #[default]
    Active,
    /// Every goal, reached and set-aside ones too.
    All,
}

/// A life area with its localized name, for pickers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LifeAreaOption {
    pub area: LifeArea,
    pub key: String,
    pub name: String,
}

struct Inner {
    store: Store,
    sealer: Sealer,
    zone: Tz,
    loc: Localizer,
}

/// The companion: one open data folder.
///
/// Named `StegvisCompanion` in Kotlin and Swift: Kotlin reserves `Companion` for the
/// nested object that holds a class's constructors.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
#[cfg_attr(feature = "uniffi", uniffi(name = "StegvisCompanion"))]
pub struct Companion {
    inner: Mutex<Inner>,
    clock: Arc<dyn Clock>,
    data_dir: PathBuf,
}

impl std::fmt::Debug for Companion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Companion").finish_non_exhaustive()
    }
}

/// Parses an id argument; a malformed one is a typed error naming `id`.
fn id(text: &str) -> Result<Uuid> {
    validate::id(text)
}

impl Companion {
    fn lock(&self) -> Result<MutexGuard<'_, Inner>> {
        // A panic while holding the lock cannot leave a half-written transaction
        // (SQLite rolls it back), so a poisoned lock is safe to keep using.
        Ok(self.inner.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The data folder this companion was opened on.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    fn here(inner: &Inner, now: DateTime<Utc>) -> views::Here {
        views::Here {
            today: time::local_date(now, inner.zone),
            zone: inner.zone,
            loc: inner.loc,
        }
    }

    fn goal_view(inner: &mut Inner, now: DateTime<Utc>, goal_id: Uuid) -> Result<Goal> {
        Self::goal_detail(inner, now, goal_id, false).map(|d| d.goal)
    }

    /// A goal with progress, and its steps when `with_steps`; one read of each row.
    fn goal_detail(
        inner: &mut Inner,
        now: DateTime<Utc>,
        goal_id: Uuid,
        with_steps: bool,
    ) -> Result<GoalDetail> {
        let here = Self::here(inner, now);
        let Inner { store, sealer, .. } = inner;
        store.read(|tx| {
            let row = goals_db::load_goal(tx, sealer, goal_id)?;
            let metas = goals_db::steps_of_goal(tx, goal_id)?;
            let done = metas.iter().filter(|s| s.done_at.is_some()).count() as u32;
            let last = metas.iter().map(|s| s.last_activity_at).max();
            let goal = views::goal(&row, done, metas.len() as u32, last, &here);
            let steps = if with_steps {
                metas
                    .iter()
                    .map(|meta| Ok(views::step(meta, meta.open(sealer)?, &row, &here)))
                    .collect::<Result<Vec<_>>>()?
            } else {
                Vec::new()
            };
            Ok(GoalDetail { goal, steps })
        })
    }

    fn step_view(inner: &mut Inner, now: DateTime<Utc>, step_id: Uuid) -> Result<Step> {
        let here = Self::here(inner, now);
        let Inner { store, sealer, .. } = inner;
        store.read(|tx| {
            let meta = goals_db::load_step(tx, step_id)?;
            let goal = goals_db::load_goal(tx, sealer, meta.goal_id)?;
            let body = meta.open(sealer)?;
            Ok(views::step(&meta, body, &goal, &here))
        })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// Opens (or creates) the data folder with the system clock.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn open(config: OpenConfig, key_manager: Arc<dyn KeyManager>) -> Result<Arc<Self>> {
        Self::open_with_clock(config, key_manager, Arc::new(SystemClock))
    }

    /// Opens with a given clock: tests and demonstrations fix "now" this way.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn open_with_clock(
        config: OpenConfig,
        key_manager: Arc<dyn KeyManager>,
        clock: Arc<dyn Clock>,
    ) -> Result<Arc<Self>> {
        let zone = time::parse_zone(&config.zone)?;
        let data_dir = PathBuf::from(config.data_dir.trim());
        let (mut store, sealer) = store::open_store(&data_dir, key_manager.as_ref())?;
        let now = clock.now();
        store.write(|tx| time::device_zone::record(tx, &sealer, zone, now))?;
        Ok(Arc::new(Self {
            inner: Mutex::new(Inner {
                store,
                sealer,
                zone,
                loc: Localizer::new(config.language),
            }),
            clock,
            data_dir,
        }))
    }

    /// The device's zone changed (travel, or the person changed it). Follow-the-device
    /// schedules re-plan what is still to come; the past and pinned schedules stay.
    pub fn set_zone(&self, zone: String) -> Result<()> {
        let tz = time::parse_zone(&zone)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| time::device_zone::record(tx, sealer, tz, now))?;
        inner.zone = tz;
        Ok(())
    }

    /// The person chose another language.
    pub fn set_language(&self, language: Lang) -> Result<()> {
        self.lock()?.loc = Localizer::new(language);
        Ok(())
    }

    /// The life areas with their names, for a picker.
    pub fn life_areas(&self) -> Result<Vec<LifeAreaOption>> {
        let loc = self.lock()?.loc;
        Ok(LifeArea::ALL
            .into_iter()
            .map(|area| LifeAreaOption {
                area,
                key: area.key().to_owned(),
                name: area.name(&loc),
            })
            .collect())
    }

    /// Saves a new goal in the person's own words.
    pub fn add_goal(&self, goal: NewGoal) -> Result<Goal> {
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        let id = store.write(|tx| actions::add_goal(tx, sealer, now, &goal))?;
        Self::goal_view(&mut inner, now, id)
    }

    /// Changes a goal's words, area or stall days.
    pub fn edit_goal(&self, goal_id: String, edit: GoalEdit) -> Result<Goal> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::edit_goal(tx, sealer, now, goal_id, &edit))?;
        Self::goal_view(&mut inner, now, goal_id)
    }

    /// Marks a goal as reached.
    pub fn reach_goal(&self, goal_id: String) -> Result<Goal> {
        self.set_goal_status(goal_id, GoalStatus::Reached)
    }

    /// Sets a goal aside for now; it can be brought back any time.
    pub fn set_goal_aside(&self, goal_id: String) -> Result<Goal> {
        self.set_goal_status(goal_id, GoalStatus::SetAside)
    }

    /// Brings a reached or set-aside goal back to active.
    pub fn resume_goal(&self, goal_id: String) -> Result<Goal> {
        self.set_goal_status(goal_id, GoalStatus::Active)
    }

    /// The goals, oldest first, with progress.
    pub fn list_goals(&self, filter: GoalFilter) -> Result<Vec<Goal>> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let counts = goals_db::step_counts(tx)?;
            goals_db::list_goals(tx, sealer, filter == GoalFilter::Active)?
                .iter()
                .map(|row| {
                    let (done, total, last) = counts.get(&row.id).copied().unwrap_or((0, 0, None));
                    let last = last.map(store::from_ms).transpose()?;
                    Ok(views::goal(row, done, total, last, &here))
                })
                .collect()
        })
    }

    /// One goal with all its steps in order.
    pub fn goal(&self, goal_id: String) -> Result<GoalDetail> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        Self::goal_detail(&mut *self.lock()?, now, goal_id, true)
    }

    /// Adds a step at the end of a goal's list.
    pub fn add_step(&self, goal_id: String, step: NewStep) -> Result<Step> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        let step_id = store.write(|tx| actions::add_step(tx, sealer, now, goal_id, &step))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Changes a step's words, date or home-assignment tag.
    pub fn edit_step(&self, step_id: String, edit: StepEdit) -> Result<Step> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::edit_step(tx, sealer, now, step_id, &edit))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Checks a step off.
    pub fn complete_step(&self, step_id: String) -> Result<Step> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::complete_step(tx, sealer, now, step_id))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Opens a checked-off step again.
    pub fn undo_step(&self, step_id: String) -> Result<Step> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::undo_step(tx, sealer, now, step_id))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Moves a step to `position` (1 is first); returns the goal with its new order.
    pub fn move_step(&self, step_id: String, position: u32) -> Result<GoalDetail> {
        let step_id = id(&step_id)?;
        let goal_id = {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| actions::move_step(tx, sealer, step_id, position))?
        };
        self.goal(goal_id.to_string())
    }

    /// The questions of the problem-solving flow, in the person's language.
    pub fn solve_prompts(&self) -> Result<SolvePrompts> {
        Ok(SolvePrompts::new(&self.lock()?.loc))
    }

    /// The two questions for weighing one idea: (what is good, what is hard).
    pub fn solve_weigh_prompts(&self, option: String) -> Result<Vec<String>> {
        let (pros, cons) = SolvePrompts::weigh(&self.lock()?.loc, &option);
        Ok(vec![pros, cons])
    }

    /// Saves a problem-solving plan for an open step; its follow-up shows in today.
    pub fn save_problem_solving(
        &self,
        step_id: String,
        plan: ProblemSolvingInput,
    ) -> Result<ProblemSolving> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        let plan_id = store
            .write(|tx| actions::save_problem_solving(tx, sealer, now, today, step_id, &plan))?;
        store.read(|tx| solve::load(tx, sealer, plan_id))
    }

    /// The plans made for a step, oldest first.
    pub fn problem_solving_for_step(&self, step_id: String) -> Result<Vec<ProblemSolving>> {
        let step_id = id(&step_id)?;
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            goals_db::load_step(tx, step_id)?;
            solve::for_step(tx, sealer, step_id)
        })
    }

    /// The person looked back at a plan: its follow-up leaves the today view.
    pub fn complete_follow_up(&self, problem_solving_id: String) -> Result<ProblemSolving> {
        let plan_id = id(&problem_solving_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::complete_follow_up(tx, sealer, now, plan_id))?;
        store.read(|tx| solve::load(tx, sealer, plan_id))
    }

    /// What deserves attention today.
    pub fn today(&self) -> Result<TodayView> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| today::build(tx, sealer, &here, now))
    }

    // ---- early warning signs ----

    /// The catalog of common early warning signs, in the person's language.
    pub fn sign_catalog(&self) -> Result<Vec<CatalogSign>> {
        Ok(signs::catalog_entries(&self.lock()?.loc))
    }

    /// Adds a sign from the catalog or in the person's own words.
    pub fn add_sign(&self, sign: NewSign) -> Result<Sign> {
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        let id = store.write(|tx| signs::actions::add_sign(tx, sealer, now, &sign))?;
        store.read(|tx| {
            Ok(signs::views::sign(
                &signs::db::load_sign(tx, sealer, id)?,
                &loc,
            ))
        })
    }

    /// The person's signs in check-in order; retired ones too when asked.
    pub fn list_signs(&self, include_retired: bool) -> Result<Vec<Sign>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(signs::db::list_signs(tx, sealer, include_retired)?
                .iter()
                .map(|row| signs::views::sign(row, &loc))
                .collect())
        })
    }

    /// Stops asking about a sign; its history stays.
    pub fn retire_sign(&self, sign_id: String) -> Result<Sign> {
        let sign_id = id(&sign_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| signs::actions::retire_sign(tx, sealer, now, sign_id))?;
        store.read(|tx| {
            Ok(signs::views::sign(
                &signs::db::load_sign(tx, sealer, sign_id)?,
                &loc,
            ))
        })
    }

    /// Moves a sign to `position` (1 is first) in the check-in order.
    pub fn move_sign(&self, sign_id: String, position: u32) -> Result<Vec<Sign>> {
        let sign_id = id(&sign_id)?;
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| signs::actions::move_sign(tx, sealer, sign_id, position))?;
        }
        self.list_signs(false)
    }

    /// The check-in form for a day (today when `date` is empty), with earlier answers.
    pub fn checkin_form(&self, date: Option<String>) -> Result<CheckinForm> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let day = signs::actions::checkin_date(date.as_deref(), today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| signs::actions::checkin_form(tx, sealer, day, &loc))
    }

    /// Saves a day's check-in; saving the same day again replaces it.
    pub fn save_checkin(&self, checkin: CheckinInput) -> Result<Checkin> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        let day =
            store.write(|tx| signs::actions::save_checkin(tx, sealer, now, today, &checkin))?;
        store
            .read(|tx| signs::actions::checkin(tx, sealer, day, &loc))?
            .ok_or(StegvisError::Storage {
                detail: "check-in not found after saving".to_owned(),
            })
    }

    /// The check-in of a day, if there is one.
    pub fn checkin(&self, date: String) -> Result<Option<Checkin>> {
        let day = time::parse_date(&date, Field::CheckinDate)?;
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| signs::actions::checkin(tx, sealer, day, &loc))
    }

    /// Signs over the last `weeks` weeks (1 to 52), ending today.
    pub fn trend(&self, weeks: u32) -> Result<Trend> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let from = signs::trend::period_start(weeks, today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let rows = signs::db::checkins_between(tx, sealer, from, today)?;
            let list = signs::db::list_signs(tx, sealer, true)?;
            signs::trend::build(&rows, &list, weeks, today, &loc)
        })
    }

    // ---- relapse-prevention plan ----

    /// The current plan, every section shown.
    pub fn plan_view(&self) -> Result<PlanView> {
        self.plan_view_of(None)
    }

    /// An earlier version of the plan.
    pub fn plan_version(&self, version: u32) -> Result<PlanView> {
        self.plan_view_of(Some(version))
    }

    /// Every saved version, newest first.
    pub fn plan_history(&self) -> Result<Vec<PlanVersionSummary>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(plan::db::all(tx, sealer)?
                .iter()
                .map(|v| plan::views::summary(v, &loc))
                .collect())
        })
    }

    /// The current plan as data, for an editor.
    pub fn plan(&self) -> Result<Plan> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(plan::db::current(tx, sealer)?
                .map(|v| v.plan)
                .unwrap_or_default())
        })
    }

    /// Applies the edits together as one new version (none if nothing changed).
    pub fn edit_plan(&self, edits: Vec<PlanEdit>) -> Result<PlanView> {
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let loc = inner.loc;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| plan::edit::save(tx, sealer, now, &edits, &loc))?;
        }
        self.plan_view()
    }

    // ---- medications ----

    /// Adds a medication; schedules are added separately (none: taken when needed).
    pub fn add_medication(&self, medication: NewMedication) -> Result<Medication> {
        let now = self.now();
        let id = {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::add_medication(tx, sealer, now, &medication))?
        };
        self.medication(id.to_string())
    }

    /// Changes a medication's words, count, units per dose or refill days.
    pub fn edit_medication(
        &self,
        medication_id: String,
        edit: MedicationEdit,
    ) -> Result<Medication> {
        let med = id(&medication_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::edit_medication(tx, sealer, now, med, &edit))?;
        }
        self.medication(medication_id)
    }

    /// Pauses, stops or resumes a medication; its history stays.
    pub fn set_medication_status(
        &self,
        medication_id: String,
        status: MedStatus,
    ) -> Result<Medication> {
        let med = id(&medication_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::set_status(tx, sealer, now, med, status))?;
        }
        self.medication(medication_id)
    }

    /// One medication with its schedules.
    pub fn medication(&self, medication_id: String) -> Result<Medication> {
        let med = id(&medication_id)?;
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let row = meds::db::load_med(tx, sealer, med)?;
            let schedules = meds::db::list_schedules(tx, sealer)?;
            Ok(meds::views::medication(&row, &schedules, &loc))
        })
    }

    /// Every medication (stopped ones too when asked), oldest first.
    pub fn list_medications(&self, include_stopped: bool) -> Result<Vec<Medication>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let schedules = meds::db::list_schedules(tx, sealer)?;
            Ok(meds::db::list_meds(tx, sealer)?
                .iter()
                .filter(|m| include_stopped || m.status != MedStatus::Stopped)
                .map(|m| meds::views::medication(m, &schedules, &loc))
                .collect())
        })
    }

    /// Adds a schedule to a medication.
    pub fn add_schedule(&self, medication_id: String, schedule: NewSchedule) -> Result<Medication> {
        let med = id(&medication_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| meds::actions::add_schedule(tx, sealer, now, med, &schedule))?;
        }
        self.medication(medication_id)
    }

    /// Planned doses on local dates `from..=to` (`YYYY-MM-DD`), in UTC order.
    pub fn occurrences(&self, from: String, to: String) -> Result<Vec<Occurrence>> {
        let from = time::parse_date(&from, Field::StartDate)?;
        let to = time::parse_date(&to, Field::EndDate)?;
        if to < from {
            return Err(StegvisError::invalid(Field::EndDate, InvalidReason::InPast));
        }
        if (to - from).num_days() > meds::MAX_RANGE_DAYS {
            return Err(StegvisError::invalid(
                Field::EndDate,
                InvalidReason::OutOfRange {
                    min: 0,
                    max: meds::MAX_RANGE_DAYS,
                },
            ));
        }
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            meds::actions::Planning::load(tx, sealer, zone)?.occurrences(tx, from, to, None)
        })
    }

    /// Logs a planned dose as taken, skipped or snoozed; logging again corrects it.
    pub fn log_dose(&self, occurrence_id: String, action: DoseAction) -> Result<Occurrence> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| meds::actions::log_dose(tx, sealer, now, zone, &occurrence_id, &action))
    }

    /// Logs a dose of a medication taken when needed.
    pub fn take_as_needed(
        &self,
        medication_id: String,
        at: Option<time::Timestamp>,
    ) -> Result<AsNeededDose> {
        let med = id(&medication_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        let taken_at =
            store.write(|tx| meds::actions::take_as_needed(tx, sealer, now, today, med, at))?;
        Ok(AsNeededDose {
            medication_id,
            taken_at,
        })
    }

    /// Planned doses taken over the last `days` days, per medication and overall.
    pub fn adherence(&self, days: u32) -> Result<Adherence> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let loc = inner.loc;
        let today = time::local_date(now, zone);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let planning = meds::actions::Planning::load(tx, sealer, zone)?;
            meds::adherence::build(tx, &planning, now, today, days, &loc)
        })
    }

    /// Adds a note for the next talk with the doctor, about one medication or none.
    pub fn add_doctor_note(
        &self,
        medication_id: Option<String>,
        text: String,
    ) -> Result<DoctorNote> {
        let med = medication_id.as_deref().map(id).transpose()?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        let (note, body) =
            store.write(|tx| meds::actions::add_note(tx, sealer, now, today, med, &text))?;
        Ok(DoctorNote {
            id: note.to_string(),
            medication_id,
            date: body.date.to_string(),
            text: body.text,
        })
    }

    /// Every note for the doctor, oldest first, for printing or showing.
    pub fn doctor_notes(&self) -> Result<Vec<DoctorNote>> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(meds::db::list_notes(tx, sealer)?
                .into_iter()
                .map(|(id, med, body)| DoctorNote {
                    id: id.to_string(),
                    medication_id: med.map(|m| m.to_string()),
                    date: body.date.to_string(),
                    text: body.text,
                })
                .collect())
        })
    }

    // ---- reminders ----

    /// The notifications a shell must have scheduled now. See [`reminders`].
    pub fn reminder_plan(&self) -> Result<ReminderPlan> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let settings = settings::load(tx, sealer)?;
            reminders::build(tx, sealer, now, zone, &settings, &loc)
        })
    }

    /// The reminder settings.
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| settings::load(tx, sealer))
    }

    /// Changes the reminder settings.
    pub fn set_reminder_settings(&self, settings: ReminderSettings) -> Result<ReminderSettings> {
        let settings = settings.validated()?;
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| settings::save(tx, sealer, &settings))?;
        Ok(settings)
    }

    /// The error as a sentence for people, in the current language.
    pub fn describe_error(&self, error: StegvisError) -> Result<String> {
        Ok(describe_error(&error, &self.lock()?.loc))
    }
}

impl Companion {
    fn plan_view_of(&self, version: Option<u32>) -> Result<PlanView> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let found = match version {
                None => plan::db::current(tx, sealer)?,
                Some(v) => Some(
                    plan::db::version(tx, sealer, v)?
                        .ok_or(StegvisError::not_found(Entity::PlanVersion))?,
                ),
            };
            let names: plan::views::SignNames = signs::db::list_signs(tx, sealer, true)?
                .iter()
                .map(|s| {
                    (
                        s.id,
                        (
                            signs::views::sign_name(&s.body, &loc),
                            s.body.noticed_by_others,
                        ),
                    )
                })
                .collect();
            Ok(plan::views::plan(found.as_ref(), &names, &loc))
        })
    }

    fn set_goal_status(&self, goal_id: String, status: GoalStatus) -> Result<Goal> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::set_goal_status(tx, sealer, now, goal_id, status))?;
        Self::goal_view(&mut inner, now, goal_id)
    }
}

/// The language that best fits a device locale such as `nb-NO`; English otherwise.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn lang_from_locale(locale: String) -> Lang {
    Lang::from_locale_or_default(&locale)
}

/// Renders an error for people. Never includes what the person wrote.
pub fn describe_error(error: &StegvisError, loc: &Localizer) -> String {
    use l10n::Args;
    match error {
        StegvisError::InvalidInput { field, reason } => {
            let reason_text = match reason {
                InvalidReason::TooLong { max } => {
                    loc.ta("reason-too-long", &Args::new().num("max", i64::from(*max)))
                }
                InvalidReason::OutOfRange { min, max } => loc.ta(
                    "reason-out-of-range",
                    &Args::new().num("min", *min).num("max", *max),
                ),
                InvalidReason::Empty => loc.t("reason-empty"),
                InvalidReason::Malformed => loc.t("reason-malformed"),
                InvalidReason::Unknown => loc.t("reason-unknown"),
                InvalidReason::InPast => loc.t("reason-in-past"),
                InvalidReason::InFuture => loc.t("reason-in-future"),
            };
            loc.ta(
                "error-invalid-input",
                &Args::new()
                    .text("field", loc.t(&format!("field-{}", field.key())))
                    .text("reason", reason_text),
            )
        }
        StegvisError::NotFound { what } => loc.t(&format!("error-not-found-{what}")),
        StegvisError::Conflict { reason } => {
            let key = match reason {
                ConflictReason::GoalNotActive => "goal-not-active",
                ConflictReason::GoalAlreadyInState => "goal-already-in-state",
                ConflictReason::StepAlreadyDone => "step-already-done",
                ConflictReason::StepNotDone => "step-not-done",
                ConflictReason::FollowUpAlreadyDone => "follow-up-already-done",
                ConflictReason::FolderNotEmpty => "folder-not-empty",
                ConflictReason::SignRetired => "sign-retired",
                ConflictReason::SignAlreadyListed => "sign-already-listed",
                ConflictReason::MedicationStopped => "medication-stopped",
                ConflictReason::MedicationAlreadyInState => "medication-already-in-state",
            };
            loc.t(&format!("error-conflict-{key}"))
        }
        other => loc.t(&format!("error-{}", other.kind())),
    }
}
