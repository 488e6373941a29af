//! The SQL for goals and steps. Only ids and a step's goal are in clear: status, life
//! area, dates, order and every timestamp are sealed with what the person wrote, and
//! lists are filtered and sorted after opening.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::area::LifeArea;
use super::model::{GoalStatus, HomeAssignment};
use super::repeat::StepRepeat;
use crate::error::{Entity, StegvisError};
use crate::store::rows::{self, open_all, SealedRow};
use crate::store::{date_from_sql, from_ms, to_ms, Sealer};

pub(crate) const GOALS: &str = "goals";
pub(crate) const STEPS: &str = "steps";

/// What a person wrote about a goal; sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct GoalBody {
    pub text: String,
    pub why: Option<String>,
}

/// What a person wrote about a step; sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct StepBody {
    pub text: String,
    pub assignment: Option<HomeAssignment>,
}

#[derive(Debug, Clone)]
pub(crate) struct GoalRow {
    pub id: Uuid,
    pub status: GoalStatus,
    pub area: LifeArea,
    pub stall_days: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub status_changed_at: DateTime<Utc>,
    pub body: GoalBody,
}

/// A step's dates and place, with its body (opened with the row).
#[derive(Debug, Clone)]
pub(crate) struct StepMeta {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub position: u32,
    pub due_date: Option<NaiveDate>,
    pub done_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub last_activity_at: DateTime<Utc>,
    /// How the step repeats; `None` for a step done once.
    pub repeat: Option<StepRepeat>,
    /// When a repeating step reminds on its days (`HH:MM`); the default time if `None`.
    pub remind_at: Option<String>,
    body: StepBody,
}

impl StepMeta {
    /// What the person wrote. The body was opened with the row.
    pub fn open(&self, _sealer: &Sealer) -> Result<StepBody, StegvisError> {
        Ok(self.body.clone())
    }
}

/// What is sealed for a goal. Keys and instants keep the form their columns had
/// (text keys, UTC milliseconds), so rows re-sealed by schema step 4 read alike.
#[derive(Debug, Serialize, Deserialize)]
struct GoalRecord<B> {
    status: String,
    area: String,
    stall_days: u32,
    created_at: i64,
    updated_at: i64,
    status_changed_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

/// What is sealed for a step.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StepRecord<B> {
    position: u32,
    due_date: Option<String>,
    done_at: Option<i64>,
    created_at: i64,
    last_activity_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
    /// How the step repeats. Rows sealed before repeating steps have none: done once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    repeat: Option<StepRepeat>,
    /// When a repeating step reminds (`HH:MM`); older rows have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    remind_at: Option<String>,
}

fn uuid(text: &str) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(text).map_err(|_| StegvisError::Storage {
        detail: "id column".to_owned(),
    })
}

// ---- goals ----

fn goal_record(goal: &GoalRow) -> GoalRecord<&GoalBody> {
    GoalRecord {
        status: goal.status.key().to_owned(),
        area: goal.area.key().to_owned(),
        stall_days: goal.stall_days,
        created_at: to_ms(goal.created_at),
        updated_at: to_ms(goal.updated_at),
        status_changed_at: to_ms(goal.status_changed_at),
        body: &goal.body,
    }
}

fn goal_row(row: &SealedRow, record: GoalRecord<GoalBody>) -> Result<GoalRow, StegvisError> {
    let corrupt = || StegvisError::DamagedRecord;
    Ok(GoalRow {
        id: uuid(row.text("id")?)?,
        status: GoalStatus::from_key(&record.status).ok_or_else(corrupt)?,
        area: LifeArea::from_key(&record.area).map_err(|_| corrupt())?,
        stall_days: record.stall_days,
        created_at: from_ms(record.created_at)?,
        updated_at: from_ms(record.updated_at)?,
        status_changed_at: from_ms(record.status_changed_at)?,
        body: record.body,
    })
}

pub(crate) fn insert_goal(
    conn: &Connection,
    sealer: &Sealer,
    goal: &GoalRow,
) -> Result<(), StegvisError> {
    rows::insert(
        conn,
        sealer,
        GOALS,
        &[("id", Value::Text(goal.id.to_string()))],
        &goal_record(goal),
    )
}

pub(crate) fn update_goal(
    conn: &Connection,
    sealer: &Sealer,
    goal: &GoalRow,
) -> Result<(), StegvisError> {
    let id = goal.id.to_string();
    if !rows::update(conn, sealer, GOALS, "id", &id, &[], &goal_record(goal))? {
        return Err(StegvisError::not_found(Entity::Goal));
    }
    Ok(())
}

pub(crate) fn load_goal(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<GoalRow, StegvisError> {
    let row = rows::select_one(conn, GOALS, "id", &id.to_string())?
        .ok_or(StegvisError::not_found(Entity::Goal))?;
    let record = row.open(sealer, GOALS)?;
    goal_row(&row, record)
}

/// Goals in the order they were made; `active_only` leaves out reached and set-aside.
pub(crate) fn list_goals(
    conn: &Connection,
    sealer: &Sealer,
    active_only: bool,
) -> Result<Vec<GoalRow>, StegvisError> {
    let found = open_all(
        rows::select(conn, GOALS, "ORDER BY rowid", [])?,
        sealer,
        GOALS,
    )?;
    let mut goals = Vec::with_capacity(found.len());
    for (row, record) in found {
        match goal_row(&row, record) {
            Ok(goal) if !active_only || goal.status == GoalStatus::Active => goals.push(goal),
            Ok(_) | Err(StegvisError::DamagedRecord) => {}
            Err(e) => return Err(e),
        }
    }
    // Stable: goals made in the same millisecond keep the order they were written.
    goals.sort_by_key(|g| g.created_at);
    Ok(goals)
}

// ---- steps ----

fn step_meta(row: &SealedRow, record: StepRecord<StepBody>) -> Result<StepMeta, StegvisError> {
    Ok(StepMeta {
        id: uuid(row.text("id")?)?,
        goal_id: uuid(row.text("goal_id")?)?,
        position: record.position,
        due_date: record.due_date.as_deref().map(date_from_sql).transpose()?,
        done_at: record.done_at.map(from_ms).transpose()?,
        created_at: from_ms(record.created_at)?,
        last_activity_at: from_ms(record.last_activity_at)?,
        repeat: record.repeat,
        remind_at: record.remind_at,
        body: record.body,
    })
}

fn open_steps(found: Vec<SealedRow>, sealer: &Sealer) -> Result<Vec<StepMeta>, StegvisError> {
    let mut steps = Vec::with_capacity(found.len());
    for (row, record) in open_all(found, sealer, STEPS)? {
        steps.push(step_meta(&row, record)?);
    }
    steps.sort_by_key(|s| (s.position, s.created_at));
    Ok(steps)
}

pub(crate) fn load_step(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<StepMeta, StegvisError> {
    let row = rows::select_one(conn, STEPS, "id", &id.to_string())?
        .ok_or(StegvisError::not_found(Entity::Step))?;
    let record = row.open(sealer, STEPS)?;
    step_meta(&row, record)
}

/// A goal's steps in their order.
pub(crate) fn steps_of_goal(
    conn: &Connection,
    sealer: &Sealer,
    goal_id: Uuid,
) -> Result<Vec<StepMeta>, StegvisError> {
    open_steps(
        rows::select(conn, STEPS, "WHERE goal_id = ?1", [goal_id.to_string()])?,
        sealer,
    )
}

/// Every step of every active goal, in goal then step order (for the today view).
pub(crate) fn steps_of_active_goals(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<StepMeta>, StegvisError> {
    let mut steps = Vec::new();
    for goal in list_goals(conn, sealer, true)? {
        steps.extend(steps_of_goal(conn, sealer, goal.id)?);
    }
    Ok(steps)
}

/// One goal's steps counted: one-off steps done and in all, repeating steps (never
/// done for good, so counted apart), and the latest step activity (UTC ms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct GoalStepCount {
    pub done: u32,
    pub total: u32,
    pub repeating: u32,
    pub last: Option<i64>,
}

impl GoalStepCount {
    /// Counts one step.
    pub(crate) fn add(&mut self, done: bool, repeats: bool, last_activity_ms: i64) {
        if repeats {
            self.repeating += 1;
        } else {
            self.done += u32::from(done);
            self.total += 1;
        }
        self.last = self.last.max(Some(last_activity_ms));
    }
}

/// Per goal, its steps counted.
pub(crate) type StepCounts = HashMap<Uuid, GoalStepCount>;

/// Counts every goal's steps that open.
pub(crate) fn step_counts(conn: &Connection, sealer: &Sealer) -> Result<StepCounts, StegvisError> {
    let mut counts = StepCounts::new();
    for (row, record) in
        open_all::<StepRecord<StepBody>>(rows::select(conn, STEPS, "", [])?, sealer, STEPS)?
    {
        counts.entry(uuid(row.text("goal_id")?)?).or_default().add(
            record.done_at.is_some(),
            record.repeat.is_some(),
            record.last_activity_at,
        );
    }
    Ok(counts)
}

pub(crate) fn insert_step(
    conn: &Connection,
    sealer: &Sealer,
    meta: &NewStepRow<'_>,
) -> Result<(), StegvisError> {
    rows::insert(
        conn,
        sealer,
        STEPS,
        &[
            ("id", Value::Text(meta.id.to_string())),
            ("goal_id", Value::Text(meta.goal_id.to_string())),
        ],
        &StepRecord {
            position: meta.position,
            due_date: meta.due_date.map(|d| d.to_string()),
            done_at: None,
            created_at: to_ms(meta.now),
            last_activity_at: to_ms(meta.now),
            body: meta.body,
            repeat: meta.repeat.clone(),
            remind_at: meta.remind_at.clone(),
        },
    )
}

/// The columns of a new step.
#[derive(Debug)]
pub(crate) struct NewStepRow<'a> {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub position: u32,
    pub due_date: Option<NaiveDate>,
    pub now: DateTime<Utc>,
    pub body: &'a StepBody,
    pub repeat: Option<StepRepeat>,
    pub remind_at: Option<String>,
}

/// Re-seals a step changed by `change`.
fn change_step(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    change: impl FnOnce(&mut StepRecord<StepBody>),
) -> Result<(), StegvisError> {
    let sid = id.to_string();
    let row =
        rows::select_one(conn, STEPS, "id", &sid)?.ok_or(StegvisError::not_found(Entity::Step))?;
    let mut record: StepRecord<StepBody> = row.open(sealer, STEPS)?;
    change(&mut record);
    rows::update(conn, sealer, STEPS, "id", &sid, &[], &record)?;
    Ok(())
}

/// How a step repeats and when it reminds, as written together.
#[derive(Debug, Clone, Default)]
pub(crate) struct StepRule {
    pub repeat: Option<StepRepeat>,
    pub remind_at: Option<String>,
}

/// Rewrites a step's text, date, tag and rule, and counts it as activity.
pub(crate) fn update_step_body(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    due_date: Option<NaiveDate>,
    body: &StepBody,
    rule: StepRule,
    now: DateTime<Utc>,
) -> Result<(), StegvisError> {
    change_step(conn, sealer, id, |r| {
        r.due_date = due_date.map(|d| d.to_string());
        r.body = body.clone();
        r.repeat = rule.repeat;
        r.remind_at = rule.remind_at;
        r.last_activity_at = to_ms(now);
    })
}

/// Checks a step off (`Some`) or opens it again (`None`).
pub(crate) fn set_step_done(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    done_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), StegvisError> {
    change_step(conn, sealer, id, |r| {
        r.done_at = done_at.map(to_ms);
        r.last_activity_at = to_ms(now);
    })
}

/// Counts planning work on a step as activity, so it is no longer stalled.
pub(crate) fn touch_step(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StegvisError> {
    change_step(conn, sealer, id, |r| r.last_activity_at = to_ms(now))
}

pub(crate) fn set_positions(
    conn: &Connection,
    sealer: &Sealer,
    ordered: &[Uuid],
) -> Result<(), StegvisError> {
    for (i, id) in ordered.iter().enumerate() {
        let position = u32::try_from(i + 1).unwrap_or(u32::MAX);
        change_step(conn, sealer, *id, |r| r.position = position)?;
    }
    Ok(())
}

/// The place after every step of the goal, damaged ones included.
pub(crate) fn next_position(
    conn: &Connection,
    sealer: &Sealer,
    goal_id: Uuid,
) -> Result<u32, StegvisError> {
    let found = rows::select(conn, STEPS, "WHERE goal_id = ?1", [goal_id.to_string()])?;
    let all = u32::try_from(found.len()).unwrap_or(u32::MAX);
    let highest = open_steps(found, sealer)?
        .iter()
        .map(|s| s.position)
        .max()
        .unwrap_or(0);
    Ok(highest.max(all).saturating_add(1))
}
