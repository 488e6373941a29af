//! The SQL for goals and steps. Clear columns are only what queries need; the rest is
//! in a sealed body.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::area::LifeArea;
use super::model::{GoalStatus, HomeAssignment};
use crate::error::{Entity, StegvisError};
use crate::store::{
    date_from_sql, from_ms, map_sqlite, query_all, renumber, to_ms, Sealer, SkipDamaged,
};

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

/// A step's clear columns; the body is opened only when a view needs it.
#[derive(Debug, Clone)]
pub(crate) struct StepMeta {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub position: u32,
    pub due_date: Option<NaiveDate>,
    pub done_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub last_activity_at: DateTime<Utc>,
    sealed: Vec<u8>,
}

impl StepMeta {
    pub fn open(&self, sealer: &Sealer) -> Result<StepBody, StegvisError> {
        sealer.open(STEPS, &self.id.to_string(), &self.sealed)
    }
}

fn uuid_col(row: &Row<'_>, idx: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(idx)?;
    Uuid::parse_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

// ---- goals ----

const GOAL_COLUMNS: &str =
    "id, status, area, stall_days, created_at, updated_at, status_changed_at, body";

type RawGoal = (Uuid, String, String, u32, i64, i64, i64, Vec<u8>);

fn raw_goal(row: &Row<'_>) -> rusqlite::Result<RawGoal> {
    Ok((
        uuid_col(row, 0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
    ))
}

fn goal_from_raw(raw: RawGoal, sealer: &Sealer) -> Result<GoalRow, StegvisError> {
    let (id, status, area, stall_days, created, updated, changed, sealed) = raw;
    let corrupt = || StegvisError::Storage {
        detail: "goal columns".to_owned(),
    };
    Ok(GoalRow {
        status: GoalStatus::from_key(&status).ok_or_else(corrupt)?,
        area: LifeArea::from_key(&area).map_err(|_| corrupt())?,
        stall_days,
        created_at: from_ms(created)?,
        updated_at: from_ms(updated)?,
        status_changed_at: from_ms(changed)?,
        body: sealer.open(GOALS, &id.to_string(), &sealed)?,
        id,
    })
}

pub(crate) fn insert_goal(
    conn: &Connection,
    sealer: &Sealer,
    goal: &GoalRow,
) -> Result<(), StegvisError> {
    let id = goal.id.to_string();
    let body = sealer.seal(GOALS, &id, &goal.body)?;
    conn.execute(
        "INSERT INTO goals (id, status, area, stall_days, created_at, updated_at, status_changed_at, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            goal.status.key(),
            goal.area.key(),
            goal.stall_days,
            to_ms(goal.created_at),
            to_ms(goal.updated_at),
            to_ms(goal.status_changed_at),
            body
        ],
    )
    .map_err(map_sqlite)?;
    Ok(())
}

pub(crate) fn update_goal(
    conn: &Connection,
    sealer: &Sealer,
    goal: &GoalRow,
) -> Result<(), StegvisError> {
    let id = goal.id.to_string();
    let body = sealer.seal(GOALS, &id, &goal.body)?;
    let changed = conn
        .execute(
            "UPDATE goals SET status = ?2, area = ?3, stall_days = ?4, updated_at = ?5,
                 status_changed_at = ?6, body = ?7
             WHERE id = ?1",
            params![
                id,
                goal.status.key(),
                goal.area.key(),
                goal.stall_days,
                to_ms(goal.updated_at),
                to_ms(goal.status_changed_at),
                body
            ],
        )
        .map_err(map_sqlite)?;
    if changed == 0 {
        return Err(StegvisError::not_found(Entity::Goal));
    }
    Ok(())
}

pub(crate) fn load_goal(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<GoalRow, StegvisError> {
    let raw = conn
        .query_row(
            &format!("SELECT {GOAL_COLUMNS} FROM goals WHERE id = ?1"),
            [id.to_string()],
            raw_goal,
        )
        .optional()
        .map_err(map_sqlite)?
        .ok_or(StegvisError::not_found(Entity::Goal))?;
    goal_from_raw(raw, sealer)
}

/// Goals in the order they were made; `active_only` leaves out reached and set-aside.
pub(crate) fn list_goals(
    conn: &Connection,
    sealer: &Sealer,
    active_only: bool,
) -> Result<Vec<GoalRow>, StegvisError> {
    let sql = if active_only {
        format!(
            "SELECT {GOAL_COLUMNS} FROM goals WHERE status = 'active' ORDER BY created_at, rowid"
        )
    } else {
        format!("SELECT {GOAL_COLUMNS} FROM goals ORDER BY created_at, rowid")
    };
    let raws = query_all(conn, &sql, [], raw_goal)?;
    raws.into_iter()
        .map(|r| goal_from_raw(r, sealer))
        .skip_damaged()
}

// ---- steps ----

const STEP_COLUMNS: &str =
    "id, goal_id, position, due_date, done_at, created_at, last_activity_at, body";

fn step_meta(row: &Row<'_>) -> rusqlite::Result<(StepMetaRaw, Vec<u8>)> {
    Ok((
        StepMetaRaw {
            id: uuid_col(row, 0)?,
            goal_id: uuid_col(row, 1)?,
            position: row.get(2)?,
            due_date: row.get(3)?,
            done_at: row.get(4)?,
            created_at: row.get(5)?,
            last_activity_at: row.get(6)?,
        },
        row.get(7)?,
    ))
}

struct StepMetaRaw {
    id: Uuid,
    goal_id: Uuid,
    position: u32,
    due_date: Option<String>,
    done_at: Option<i64>,
    created_at: i64,
    last_activity_at: i64,
}

fn meta_from_raw((raw, sealed): (StepMetaRaw, Vec<u8>)) -> Result<StepMeta, StegvisError> {
    Ok(StepMeta {
        id: raw.id,
        goal_id: raw.goal_id,
        position: raw.position,
        due_date: raw.due_date.as_deref().map(date_from_sql).transpose()?,
        done_at: raw.done_at.map(from_ms).transpose()?,
        created_at: from_ms(raw.created_at)?,
        last_activity_at: from_ms(raw.last_activity_at)?,
        sealed,
    })
}

fn query_steps(conn: &Connection, sql: &str, param: &str) -> Result<Vec<StepMeta>, StegvisError> {
    let raws = query_all(conn, sql, [param], step_meta)?;
    raws.into_iter().map(meta_from_raw).collect()
}

pub(crate) fn load_step(conn: &Connection, id: Uuid) -> Result<StepMeta, StegvisError> {
    query_steps(
        conn,
        &format!("SELECT {STEP_COLUMNS} FROM steps WHERE id = ?1"),
        &id.to_string(),
    )?
    .pop()
    .ok_or(StegvisError::not_found(Entity::Step))
}

/// A goal's steps in their order.
pub(crate) fn steps_of_goal(
    conn: &Connection,
    goal_id: Uuid,
) -> Result<Vec<StepMeta>, StegvisError> {
    query_steps(
        conn,
        &format!(
            "SELECT {STEP_COLUMNS} FROM steps WHERE goal_id = ?1 ORDER BY position, created_at"
        ),
        &goal_id.to_string(),
    )
}

/// Every step of every active goal, in goal then step order (for the today view).
///
/// Sorted here rather than by `ORDER BY`: SQLite would copy every row, sealed body
/// and all, into a sorter, which after years of use was a third of the today view.
pub(crate) fn steps_of_active_goals(conn: &Connection) -> Result<Vec<StepMeta>, StegvisError> {
    let raws = query_all(
        conn,
        &format!(
            "SELECT s.{}, g.created_at, g.rowid FROM steps s JOIN goals g ON g.id = s.goal_id
             WHERE g.status = ?1",
            STEP_COLUMNS.replace(", ", ", s.")
        ),
        [GoalStatus::Active.key()],
        |row| {
            Ok((
                step_meta(row)?,
                row.get::<_, i64>(8)?,
                row.get::<_, i64>(9)?,
            ))
        },
    )?;
    let mut keyed = raws
        .into_iter()
        .map(|(raw, goal_created, goal_row)| {
            let meta = meta_from_raw(raw)?;
            Ok(((goal_created, goal_row, meta.position), meta))
        })
        .collect::<Result<Vec<_>, StegvisError>>()?;
    keyed.sort_by_key(|(key, _)| *key);
    Ok(keyed.into_iter().map(|(_, meta)| meta).collect())
}

/// Per goal: steps done, steps in all, and the latest step activity (UTC ms).
pub(crate) type StepCounts = std::collections::HashMap<Uuid, (u32, u32, Option<i64>)>;

/// Counts every goal's steps in one query.
pub(crate) fn step_counts(conn: &Connection) -> Result<StepCounts, StegvisError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT goal_id, count(done_at), count(*), max(last_activity_at) FROM steps GROUP BY goal_id",
        )
        .map_err(map_sqlite)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((uuid_col(r, 0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
        })
        .map_err(map_sqlite)?
        .collect::<rusqlite::Result<_>>()
        .map_err(map_sqlite)?;
    Ok(rows)
}

pub(crate) fn insert_step(
    conn: &Connection,
    sealer: &Sealer,
    meta: &NewStepRow<'_>,
) -> Result<(), StegvisError> {
    let id = meta.id.to_string();
    let body = sealer.seal(STEPS, &id, meta.body)?;
    conn.execute(
        "INSERT INTO steps (id, goal_id, position, due_date, is_assignment, done_at, created_at, last_activity_at, body)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?6, ?7)",
        params![
            id,
            meta.goal_id.to_string(),
            meta.position,
            meta.due_date.map(|d| d.to_string()),
            meta.body.assignment.is_some(),
            to_ms(meta.now),
            body
        ],
    )
    .map_err(map_sqlite)?;
    Ok(())
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
}

/// Rewrites a step's text, date and tag, and counts it as activity.
pub(crate) fn update_step_body(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    due_date: Option<NaiveDate>,
    body: &StepBody,
    now: DateTime<Utc>,
) -> Result<(), StegvisError> {
    let sid = id.to_string();
    let sealed = sealer.seal(STEPS, &sid, body)?;
    conn.execute(
        "UPDATE steps SET due_date = ?2, is_assignment = ?3, body = ?4, last_activity_at = ?5 WHERE id = ?1",
        params![sid, due_date.map(|d| d.to_string()), body.assignment.is_some(), sealed, to_ms(now)],
    )
    .map_err(map_sqlite)?;
    Ok(())
}

/// Checks a step off (`Some`) or opens it again (`None`).
pub(crate) fn set_step_done(
    conn: &Connection,
    id: Uuid,
    done_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), StegvisError> {
    conn.execute(
        "UPDATE steps SET done_at = ?2, last_activity_at = ?3 WHERE id = ?1",
        params![id.to_string(), done_at.map(to_ms), to_ms(now)],
    )
    .map_err(map_sqlite)?;
    Ok(())
}

/// Counts planning work on a step as activity, so it is no longer stalled.
pub(crate) fn touch_step(
    conn: &Connection,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StegvisError> {
    conn.execute(
        "UPDATE steps SET last_activity_at = ?2 WHERE id = ?1",
        params![id.to_string(), to_ms(now)],
    )
    .map_err(map_sqlite)?;
    Ok(())
}

pub(crate) fn set_positions(conn: &Connection, ordered: &[Uuid]) -> Result<(), StegvisError> {
    renumber(conn, "steps", ordered)
}

pub(crate) fn next_position(conn: &Connection, goal_id: Uuid) -> Result<u32, StegvisError> {
    conn.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM steps WHERE goal_id = ?1",
        [goal_id.to_string()],
        |r| r.get(0),
    )
    .map_err(map_sqlite)
}
