//! The SQL for signs and check-ins. Which signs a person watches and every rating are
//! sealed; only ids, order and dates are in clear.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Entity, StegvisError};
use crate::store::{
    date_from_sql, from_ms, map_sqlite, query_all, renumber, to_ms, Sealer, SkipDamaged,
};
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

fn parse_id(text: &str) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(text).map_err(|_| StegvisError::Storage {
        detail: "id column".to_owned(),
    })
}

pub(crate) fn insert_sign(
    conn: &Connection,
    sealer: &Sealer,
    body: &SignBody,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    let sealed = sealer.seal(SIGNS, &id.to_string(), body)?;
    let position: u32 = conn
        .query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM signs",
            [],
            |r| r.get(0),
        )
        .map_err(map_sqlite)?;
    conn.execute(
        "INSERT INTO signs (id, position, created_at, retired_at, body) VALUES (?1, ?2, ?3, NULL, ?4)",
        params![id.to_string(), position, to_ms(now), sealed],
    )
    .map_err(map_sqlite)?;
    Ok(id)
}

/// Signs in check-in order; retired ones too when `include_retired`.
pub(crate) fn list_signs(
    conn: &Connection,
    sealer: &Sealer,
    include_retired: bool,
) -> Result<Vec<SignRow>, StegvisError> {
    let sql = if include_retired {
        "SELECT id, position, created_at, retired_at, body FROM signs ORDER BY position"
    } else {
        "SELECT id, position, created_at, retired_at, body FROM signs WHERE retired_at IS NULL ORDER BY position"
    };
    let raws = query_all(conn, sql, [], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, Option<i64>>(3)?,
            r.get::<_, Vec<u8>>(4)?,
        ))
    })?;
    raws.into_iter()
        .map(|(id, position, created, retired, sealed)| {
            Ok(SignRow {
                body: sealer.open(SIGNS, &id, &sealed)?,
                id: parse_id(&id)?,
                position,
                created_at: from_ms(created)?,
                retired_at: retired.map(from_ms).transpose()?,
            })
        })
        .skip_damaged()
}

pub(crate) fn load_sign(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<SignRow, StegvisError> {
    list_signs(conn, sealer, true)?
        .into_iter()
        .find(|s| s.id == id)
        .map_or_else(|| Err(missing_or_damaged(conn, id)?), Ok)
}

/// Why a sign is not in the list: gone, or there but unreadable.
fn missing_or_damaged(conn: &Connection, id: Uuid) -> Result<StegvisError, StegvisError> {
    let exists: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM signs WHERE id = ?1)",
            [id.to_string()],
            |r| r.get(0),
        )
        .map_err(map_sqlite)?;
    Ok(if exists {
        StegvisError::DamagedRecord
    } else {
        StegvisError::not_found(Entity::Sign)
    })
}

pub(crate) fn retire_sign(conn: &Connection, id: Uuid, now: Timestamp) -> Result<(), StegvisError> {
    conn.execute(
        "UPDATE signs SET retired_at = ?2 WHERE id = ?1",
        params![id.to_string(), to_ms(now)],
    )
    .map_err(map_sqlite)?;
    Ok(())
}

/// Saves the day's check-in, replacing an earlier one for the same day.
pub(crate) fn upsert_checkin(
    conn: &Connection,
    sealer: &Sealer,
    date: NaiveDate,
    body: &CheckinBody,
    now: Timestamp,
) -> Result<(), StegvisError> {
    let existing: Option<String> = conn
        .query_row(
            "SELECT id FROM checkins WHERE local_date = ?1",
            [date.to_string()],
            |r| r.get(0),
        )
        .optional()
        .map_err(map_sqlite)?;
    match existing {
        Some(id) => {
            let sealed = sealer.seal(CHECKINS, &id, body)?;
            conn.execute(
                "UPDATE checkins SET body = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, sealed, to_ms(now)],
            )
        }
        None => {
            let id = Uuid::new_v4().to_string();
            let sealed = sealer.seal(CHECKINS, &id, body)?;
            conn.execute(
                "INSERT INTO checkins (id, local_date, created_at, updated_at, body) VALUES (?1, ?2, ?3, ?3, ?4)",
                params![id, date.to_string(), to_ms(now), sealed],
            )
        }
    }
    .map_err(map_sqlite)?;
    Ok(())
}

/// Check-ins from `from` to `to` inclusive, oldest first.
pub(crate) fn checkins_between(
    conn: &Connection,
    sealer: &Sealer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CheckinRow>, StegvisError> {
    let raws = query_all(
        conn,
        "SELECT id, local_date, updated_at, body FROM checkins
             WHERE local_date BETWEEN ?1 AND ?2 ORDER BY local_date",
        [from.to_string(), to.to_string()],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        },
    )?;
    raws.into_iter()
        .map(|(id, date, updated, sealed)| {
            Ok(CheckinRow {
                date: date_from_sql(&date)?,
                updated_at: from_ms(updated)?,
                body: sealer.open(CHECKINS, &id, &sealed)?,
            })
        })
        .skip_damaged()
}

/// Whether `date` has a check-in (no decryption needed).
pub(crate) fn has_checkin(conn: &Connection, date: NaiveDate) -> Result<bool, StegvisError> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM checkins WHERE local_date = ?1)",
        [date.to_string()],
        |r| r.get(0),
    )
    .map_err(map_sqlite)
}

/// Renumbers the signs in the given order, 1 first.
pub(crate) fn set_positions(conn: &Connection, ordered: &[Uuid]) -> Result<(), StegvisError> {
    renumber(conn, "signs", ordered)
}
