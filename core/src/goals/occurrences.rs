//! The days a repeating step was done, one row per step and local date in
//! `step_occurrences`. Only the ids and the ISO week are in clear (the week for the
//! index, like doses); the date and the instant it was checked are sealed.
//!
//! Checking the same day twice is idempotent: the first check-off stands and nothing
//! new is written, so a double tap or a repeated command never counts a day twice.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::db;
use crate::error::StegvisError;
use crate::store::rows::{self, open_all, week_of, SealedRow};
use crate::store::{date_from_sql, from_ms, map_sqlite, to_ms, Sealer};

pub(crate) const OCCURRENCES: &str = "step_occurrences";

/// What is sealed for one day a repeating step was done.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct OccurrenceRecord {
    /// The person's local date, `YYYY-MM-DD`.
    date: String,
    /// When it was checked off (UTC milliseconds).
    done_at: i64,
}

/// One day a repeating step was done, as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OccurrenceRow {
    pub id: Uuid,
    pub step_id: Uuid,
    pub date: NaiveDate,
    pub done_at: DateTime<Utc>,
}

/// One day a repeating step was done, for the parts of the core that look back
/// (history, summaries): which step of which goal, the local date, and when it was
/// checked off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OccurrenceDone {
    pub step_id: Uuid,
    pub goal_id: Uuid,
    /// The person's local date the step was done on.
    pub date: NaiveDate,
    /// When it was checked off (may be later than `date`, when checked afterwards).
    pub done_at: DateTime<Utc>,
}

fn row_of(row: &SealedRow, record: OccurrenceRecord) -> Result<OccurrenceRow, StegvisError> {
    let id = |name| {
        Uuid::parse_str(row.text(name)?).map_err(|_| StegvisError::Storage {
            detail: format!("{name} column"),
        })
    };
    Ok(OccurrenceRow {
        id: id("id")?,
        step_id: id("step_id")?,
        date: date_from_sql(&record.date)?,
        done_at: from_ms(record.done_at)?,
    })
}

/// Opens rows; a damaged one is left out (lists say how many elsewhere).
fn open(found: Vec<SealedRow>, sealer: &Sealer) -> Result<Vec<OccurrenceRow>, StegvisError> {
    let mut out = Vec::with_capacity(found.len());
    for (row, record) in open_all::<OccurrenceRecord>(found, sealer, OCCURRENCES)? {
        match row_of(&row, record) {
            Ok(occ) => out.push(occ),
            Err(StegvisError::DamagedRecord) => {}
            Err(e) => return Err(e),
        }
    }
    out.sort_by_key(|o| (o.date, o.done_at));
    Ok(out)
}

/// A step's days done from `from` to `to` (local dates, both included), oldest first.
pub(crate) fn for_step(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<OccurrenceRow>, StegvisError> {
    let found = rows::select(
        conn,
        OCCURRENCES,
        "WHERE step_id = ?1 AND week BETWEEN ?2 AND ?3",
        [step_id.to_string(), week_of(from), week_of(to)],
    )?;
    Ok(open(found, sealer)?
        .into_iter()
        .filter(|o| o.date >= from && o.date <= to)
        .collect())
}

/// Every step's days done from `from` to `to` (local dates, both included), oldest
/// first, for history and summaries. Occurrences of steps that no longer open are
/// left out. Reads only the ISO weeks the range touches; a range that ends before it
/// starts is empty.
pub(crate) fn done_between(
    conn: &Connection,
    sealer: &Sealer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<OccurrenceDone>, StegvisError> {
    if to < from {
        return Ok(Vec::new());
    }
    let found = rows::select(
        conn,
        OCCURRENCES,
        "WHERE week BETWEEN ?1 AND ?2",
        [week_of(from), week_of(to)],
    )?;
    let mut goals: HashMap<Uuid, Option<Uuid>> = HashMap::new();
    let mut out = Vec::new();
    for occ in open(found, sealer)? {
        if occ.date < from || occ.date > to {
            continue;
        }
        let goal = match goals.get(&occ.step_id) {
            Some(goal) => *goal,
            None => {
                let goal = match db::load_step(conn, sealer, occ.step_id) {
                    Ok(step) => Some(step.goal_id),
                    Err(StegvisError::DamagedRecord | StegvisError::NotFound { .. }) => None,
                    Err(e) => return Err(e),
                };
                goals.insert(occ.step_id, goal);
                goal
            }
        };
        if let Some(goal_id) = goal {
            out.push(OccurrenceDone {
                step_id: occ.step_id,
                goal_id,
                date: occ.date,
                done_at: occ.done_at,
            });
        }
    }
    Ok(out)
}

/// Records that the step was done on `date`; returns the new row's id.
pub(crate) fn insert(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
    date: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    rows::insert(
        conn,
        sealer,
        OCCURRENCES,
        &[
            ("id", Value::Text(id.to_string())),
            ("step_id", Value::Text(step_id.to_string())),
            ("week", Value::Text(week_of(date))),
        ],
        &OccurrenceRecord {
            date: date.to_string(),
            done_at: to_ms(now),
        },
    )?;
    Ok(id)
}

/// Removes one day done (an undo); nothing else is touched.
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<(), StegvisError> {
    conn.execute(
        "DELETE FROM step_occurrences WHERE id = ?1",
        [id.to_string()],
    )
    .map_err(map_sqlite)?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::goals::actions;
    use crate::goals::{LifeArea, NewGoal, NewStep, StepRepeat};

    #[test]
    fn done_between_names_step_goal_and_local_date_within_the_range() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let keys = crate::FileKeyManager::new(tmp.path().join("key"));
        let (mut store, sealer) = crate::store::open_store(&dir, &keys).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap();
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let (goal, step) = store
            .write(|tx| {
                let goal = actions::add_goal(
                    tx,
                    &sealer,
                    now,
                    &NewGoal {
                        text: "Move more".into(),
                        why: None,
                        area: LifeArea::Health,
                    },
                )?;
                let step = actions::add_step(
                    tx,
                    &sealer,
                    now,
                    goal,
                    &NewStep {
                        text: "Walk".into(),
                        repeat: Some(StepRepeat::Daily),
                        ..NewStep::default()
                    },
                )?;
                // Sunday of the week before, Monday and Wednesday.
                for d in [22, 23, 25] {
                    actions::check_off_occurrence(tx, &sealer, now, day(25), step, day(d))?;
                }
                Ok((goal, step))
            })
            .unwrap();
        let found = store
            .read(|tx| done_between(tx, &sealer, day(23), day(30)))
            .unwrap();
        let dates: Vec<NaiveDate> = found.iter().map(|o| o.date).collect();
        assert_eq!(dates, [day(23), day(25)]);
        assert!(found
            .iter()
            .all(|o| o.step_id == step && o.goal_id == goal && o.done_at == now));
        let all = store
            .read(|tx| done_between(tx, &sealer, day(1), day(30)))
            .unwrap();
        assert_eq!(all.len(), 3);
        assert!(store
            .read(|tx| done_between(tx, &sealer, day(30), day(1)))
            .unwrap()
            .is_empty());
    }
}
