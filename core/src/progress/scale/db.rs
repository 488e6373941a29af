//! The SQL for IMR Scale self-ratings: one row per day rated, under a random id; the
//! day, the topics and the answers are sealed. A person rates a few times a year, so
//! every row is read and the day matched after opening.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::topics::ScaleTopic;
use crate::error::StegvisError;
use crate::store::rows::{self, open_all};
use crate::store::Sealer;

pub(crate) const TABLE: &str = "scale_ratings";

/// What is sealed for one day's rating. Topics are kept by key, so a rating stays
/// readable however the enum grows.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    date: NaiveDate,
    answers: Vec<(String, u8)>,
    created_at: i64,
    updated_at: i64,
}

/// One stored rating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stored {
    pub id: String,
    pub date: NaiveDate,
    /// In the scale's order; skipped topics are absent.
    pub answers: Vec<(ScaleTopic, u8)>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Every rating that opens, oldest day first. Should two rows hold one day (it cannot
/// happen through the app), the most recently written one counts.
pub(crate) fn load_all(conn: &Connection, sealer: &Sealer) -> Result<Vec<Stored>, StegvisError> {
    let mut out: Vec<Stored> = Vec::new();
    for (row, rec) in open_all::<Record>(rows::select(conn, TABLE, "", [])?, sealer, TABLE)? {
        let mut answers: Vec<(ScaleTopic, u8)> = rec
            .answers
            .iter()
            .filter_map(|(k, v)| ScaleTopic::from_key(k).map(|t| (t, *v)))
            .collect();
        answers.sort_by_key(|(t, _)| *t);
        let s = Stored {
            id: row.text("id")?.to_owned(),
            date: rec.date,
            answers,
            created_at: rec.created_at,
            updated_at: rec.updated_at,
        };
        match out.iter_mut().find(|o| o.date == s.date) {
            Some(o) if o.updated_at < s.updated_at => *o = s,
            Some(_) => {}
            None => out.push(s),
        }
    }
    out.sort_by_key(|s| s.date);
    Ok(out)
}

/// Writes `s`: a new row when none has its id yet.
pub(crate) fn save(conn: &Connection, sealer: &Sealer, s: &Stored) -> Result<(), StegvisError> {
    let record = Record {
        date: s.date,
        answers: s
            .answers
            .iter()
            .map(|(t, v)| (t.key().to_owned(), *v))
            .collect(),
        created_at: s.created_at,
        updated_at: s.updated_at,
    };
    if !rows::update(conn, sealer, TABLE, "id", &s.id, &[], &record)? {
        rows::insert(
            conn,
            sealer,
            TABLE,
            &[("id", Value::Text(s.id.clone()))],
            &record,
        )?;
    }
    Ok(())
}

pub(crate) fn new_id() -> String {
    Uuid::new_v4().to_string()
}
