//! The SQL for signs and check-ins. Which signs a person watches, their order, every
//! rating and every date are sealed; only ids and a check-in's ISO week are in clear.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Entity, StegvisError};
use crate::store::rows::{self, open_all, week_of, SealedRow};
use crate::store::{date_from_sql, from_ms, map_sqlite, to_ms, Sealer};
use crate::time::Timestamp;

const SIGNS: &str = "signs";
const CHECKINS: &str = "checkins";

/// What identifies a sign to the person; sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SignBody {
    pub catalog_key: Option<String>,
    pub text: Option<String>,
    pub noticed_by_others: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct SignRow {
    pub id: Uuid,
    pub position: u32,
    pub created_at: Timestamp,
    pub retired_at: Option<Timestamp>,
    pub body: SignBody,
}

/// A day's ratings, note and sleep; sealed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct CheckinBody {
    /// Sign id to rating.
    pub ratings: BTreeMap<Uuid, u8>,
    pub note: Option<String>,
    pub sleep_hours: Option<f64>,
}

#[derive(Debug, Clone)]
pub(crate) struct CheckinRow {
    pub date: NaiveDate,
    pub updated_at: Timestamp,
    pub body: CheckinBody,
}

/// What is sealed for a sign: the body, its place in the check-in and its dates.
#[derive(Debug, Serialize, Deserialize)]
struct SignRecord<B> {
    position: u32,
    created_at: i64,
    retired_at: Option<i64>,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

/// What is sealed for a check-in: the body, its local date and when it was written.
#[derive(Debug, Serialize, Deserialize)]
struct CheckinRecord<B> {
    local_date: String,
    created_at: i64,
    updated_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

fn parse_id(text: &str) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(text).map_err(|_| StegvisError::Storage {
        detail: "id column".to_owned(),
    })
}

fn id_value(id: Uuid) -> Value {
    Value::Text(id.to_string())
}

pub(crate) fn insert_sign(
    conn: &Connection,
    sealer: &Sealer,
    body: &SignBody,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    // Positions of damaged signs are unknown; the next one follows every row.
    let position = signs(conn, sealer)?
        .iter()
        .map(|(_, r)| r.position)
        .max()
        .unwrap_or(0)
        .max(count(conn)?)
        + 1;
    rows::insert(
        conn,
        sealer,
        SIGNS,
        &[("id", id_value(id))],
        &SignRecord {
            position,
            created_at: to_ms(now),
            retired_at: None,
            body,
        },
    )?;
    Ok(id)
}

fn count(conn: &Connection) -> Result<u32, StegvisError> {
    conn.query_row("SELECT count(*) FROM signs", [], |r| r.get(0))
        .map_err(map_sqlite)
}

/// Every sign that opens, in check-in order.
fn signs(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<(SealedRow, SignRecord<SignBody>)>, StegvisError> {
    let mut found =
        open_all::<SignRecord<SignBody>>(rows::select(conn, SIGNS, "", [])?, sealer, SIGNS)?;
    found.sort_by_key(|(_, r)| r.position);
    Ok(found)
}

fn sign_row(row: &SealedRow, record: SignRecord<SignBody>) -> Result<SignRow, StegvisError> {
    Ok(SignRow {
        id: parse_id(row.text("id")?)?,
        position: record.position,
        created_at: from_ms(record.created_at)?,
        retired_at: record.retired_at.map(from_ms).transpose()?,
        body: record.body,
    })
}

/// Signs in check-in order; retired ones too when `include_retired`.
pub(crate) fn list_signs(
    conn: &Connection,
    sealer: &Sealer,
    include_retired: bool,
) -> Result<Vec<SignRow>, StegvisError> {
    signs(conn, sealer)?
        .into_iter()
        .filter(|(_, r)| include_retired || r.retired_at.is_none())
        .map(|(row, record)| sign_row(&row, record))
        .collect()
}

pub(crate) fn load_sign(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<SignRow, StegvisError> {
    match rows::select_one(conn, SIGNS, "id", &id.to_string())? {
        Some(row) => {
            let record: SignRecord<SignBody> = row.open(sealer, SIGNS)?;
            sign_row(&row, record)
        }
        None => Err(StegvisError::not_found(Entity::Sign)),
    }
}

/// Re-seals a sign changed by `change`.
fn change_sign(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    change: impl FnOnce(&mut SignRecord<SignBody>),
) -> Result<(), StegvisError> {
    let row = rows::select_one(conn, SIGNS, "id", &id.to_string())?
        .ok_or(StegvisError::not_found(Entity::Sign))?;
    let mut record: SignRecord<SignBody> = row.open(sealer, SIGNS)?;
    change(&mut record);
    rows::update(conn, sealer, SIGNS, "id", &id.to_string(), &[], &record)?;
    Ok(())
}

pub(crate) fn retire_sign(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    now: Timestamp,
) -> Result<(), StegvisError> {
    change_sign(conn, sealer, id, |r| r.retired_at = Some(to_ms(now)))
}

/// Every check-in row of `date`'s week that opens, with its record.
fn checkins_of_week(
    conn: &Connection,
    sealer: &Sealer,
    date: NaiveDate,
) -> Result<Vec<(SealedRow, CheckinRecord<CheckinBody>)>, StegvisError> {
    open_all(
        rows::select(conn, CHECKINS, "WHERE week = ?1", [week_of(date)])?,
        sealer,
        CHECKINS,
    )
}

/// Saves the day's check-in, replacing an earlier one for the same day. One check-in
/// per day holds because writes are serialized and this looks inside the same
/// transaction for the day's check-in before adding one.
pub(crate) fn upsert_checkin(
    conn: &Connection,
    sealer: &Sealer,
    date: NaiveDate,
    body: &CheckinBody,
    now: Timestamp,
) -> Result<(), StegvisError> {
    let day = date.to_string();
    let existing = checkins_of_week(conn, sealer, date)?
        .into_iter()
        .find(|(_, r)| r.local_date == day);
    match existing {
        Some((row, old)) => {
            let record = CheckinRecord {
                local_date: day,
                created_at: old.created_at,
                updated_at: to_ms(now),
                body,
            };
            rows::update(conn, sealer, CHECKINS, "id", &row.text("id")?, &[], &record)?;
        }
        None => {
            rows::insert(
                conn,
                sealer,
                CHECKINS,
                &[
                    ("id", Value::Text(Uuid::new_v4().to_string())),
                    ("week", Value::Text(week_of(date))),
                ],
                &CheckinRecord {
                    local_date: day,
                    created_at: to_ms(now),
                    updated_at: to_ms(now),
                    body,
                },
            )?;
        }
    }
    Ok(())
}

/// Check-ins from `from` to `to` inclusive, oldest first.
pub(crate) fn checkins_between(
    conn: &Connection,
    sealer: &Sealer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CheckinRow>, StegvisError> {
    let found = open_all::<CheckinRecord<CheckinBody>>(
        rows::select(
            conn,
            CHECKINS,
            "WHERE week BETWEEN ?1 AND ?2",
            [week_of(from), week_of(to)],
        )?,
        sealer,
        CHECKINS,
    )?;
    let mut days = Vec::with_capacity(found.len());
    for (_, record) in found {
        let date = date_from_sql(&record.local_date)?;
        if date < from || date > to {
            continue;
        }
        days.push(CheckinRow {
            date,
            updated_at: from_ms(record.updated_at)?,
            body: record.body,
        });
    }
    days.sort_by_key(|d| d.date);
    Ok(days)
}

/// Whether `date` has a check-in that opens.
pub(crate) fn has_checkin(
    conn: &Connection,
    sealer: &Sealer,
    date: NaiveDate,
) -> Result<bool, StegvisError> {
    let day = date.to_string();
    Ok(checkins_of_week(conn, sealer, date)?
        .iter()
        .any(|(_, r)| r.local_date == day))
}

/// Renumbers the signs in the given order, 1 first.
pub(crate) fn set_positions(
    conn: &Connection,
    sealer: &Sealer,
    ordered: &[Uuid],
) -> Result<(), StegvisError> {
    for (i, id) in ordered.iter().enumerate() {
        let position = u32::try_from(i + 1).unwrap_or(u32::MAX);
        change_sign(conn, sealer, *id, |r| r.position = position)?;
    }
    Ok(())
}
