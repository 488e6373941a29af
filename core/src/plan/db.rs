//! Plan versions: one sealed row per save. Only the version number is in clear (it
//! is how a version is found, and the number of rows tells it anyway); when each was
//! saved is sealed with the plan.

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::Plan;
use crate::error::StegvisError;
use crate::store::rows::{self, SealedRow};
use crate::store::{from_ms, map_sqlite, skip_damaged, to_ms, Sealer};
use crate::time::Timestamp;

const TABLE: &str = "plan_versions";

/// A saved version.
#[derive(Debug, Clone)]
pub(crate) struct Version {
    pub version: u32,
    pub saved_at: Timestamp,
    pub plan: Plan,
}

/// What is sealed: the plan and when it was saved (UTC milliseconds).
#[derive(Debug, Serialize, Deserialize)]
struct Record<P> {
    created_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: P,
}

fn open(row: &SealedRow, sealer: &Sealer) -> Result<Version, StegvisError> {
    let record: Record<Plan> = row.open(sealer, TABLE)?;
    Ok(Version {
        version: u32::try_from(row.int("version")?).map_err(|_| StegvisError::Storage {
            detail: "version column".to_owned(),
        })?,
        saved_at: from_ms(record.created_at)?,
        plan: record.body,
    })
}

/// The newest version that can be read, if the plan was ever saved. A newer version
/// that no longer opens is passed over, so the plan is there when it is needed;
/// `Companion::unreadable_records` says that versions were passed over.
pub(crate) fn current(conn: &Connection, sealer: &Sealer) -> Result<Option<Version>, StegvisError> {
    for row in rows::select(conn, TABLE, "ORDER BY version DESC", [])? {
        match open(&row, sealer) {
            Ok(version) => return Ok(Some(version)),
            Err(StegvisError::DamagedRecord) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

pub(crate) fn version(
    conn: &Connection,
    sealer: &Sealer,
    version: u32,
) -> Result<Option<Version>, StegvisError> {
    rows::select(conn, TABLE, "WHERE version = ?1", [version])?
        .first()
        .map(|row| open(row, sealer))
        .transpose()
}

/// Every version, newest first.
pub(crate) fn all(conn: &Connection, sealer: &Sealer) -> Result<Vec<Version>, StegvisError> {
    let found = rows::select(conn, TABLE, "ORDER BY version DESC", [])?;
    skip_damaged(found.iter().map(|row| open(row, sealer)))
}

/// Saves `plan` as the next version; returns its number.
pub(crate) fn insert(
    conn: &Connection,
    sealer: &Sealer,
    plan: &Plan,
    now: Timestamp,
) -> Result<u32, StegvisError> {
    let next: u32 = conn
        .query_row(
            "SELECT coalesce(max(version), 0) + 1 FROM plan_versions",
            [],
            |r| r.get(0),
        )
        .map_err(map_sqlite)?;
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[
            ("id", Value::Text(Uuid::new_v4().to_string())),
            ("version", Value::Integer(i64::from(next))),
        ],
        &Record {
            created_at: to_ms(now),
            body: plan,
        },
    )?;
    Ok(next)
}
