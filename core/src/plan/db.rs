//! Plan versions: one sealed row per save; the version number is in clear.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::model::Plan;
use crate::error::StegvisError;
use crate::store::{from_ms, map_sqlite, query_all, skip_damaged, to_ms, Sealer};
use crate::time::Timestamp;

const TABLE: &str = "plan_versions";

/// A saved version.
#[derive(Debug, Clone)]
pub(crate) struct Version {
    pub version: u32,
    pub saved_at: Timestamp,
    pub plan: Plan,
}

fn load_where(
    conn: &Connection,
    sealer: &Sealer,
    sql: &str,
    param: Option<u32>,
) -> Result<Option<Version>, StegvisError> {
    let mut stmt = conn.prepare_cached(sql).map_err(map_sqlite)?;
    let map = |r: &rusqlite::Row<'_>| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, Vec<u8>>(3)?,
        ))
    };
    let raw = match param {
        Some(v) => stmt.query_row([v], map),
        None => stmt.query_row([], map),
    }
    .optional()
    .map_err(map_sqlite)?;
    raw.map(|(id, version, saved, sealed)| {
        Ok(Version {
            version,
            saved_at: from_ms(saved)?,
            plan: sealer.open(TABLE, &id, &sealed)?,
        })
    })
    .transpose()
}

/// The newest version that can be read, if the plan was ever saved. A newer version
/// that no longer opens is passed over, so the plan is there when it is needed;
/// `Companion::unreadable_records` says that versions were passed over.
pub(crate) fn current(conn: &Connection, sealer: &Sealer) -> Result<Option<Version>, StegvisError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, version, created_at, body FROM plan_versions ORDER BY version DESC",
        )
        .map_err(map_sqlite)?;
    let mut rows = stmt.query([]).map_err(map_sqlite)?;
    while let Some(row) = rows.next().map_err(map_sqlite)? {
        let id: String = row.get(0).map_err(map_sqlite)?;
        let sealed: Vec<u8> = row.get(3).map_err(map_sqlite)?;
        match sealer.open(TABLE, &id, &sealed) {
            Ok(plan) => {
                return Ok(Some(Version {
                    version: row.get(1).map_err(map_sqlite)?,
                    saved_at: from_ms(row.get(2).map_err(map_sqlite)?)?,
                    plan,
                }))
            }
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
    load_where(
        conn,
        sealer,
        "SELECT id, version, created_at, body FROM plan_versions WHERE version = ?1",
        Some(version),
    )
}

/// Every version, newest first.
pub(crate) fn all(conn: &Connection, sealer: &Sealer) -> Result<Vec<Version>, StegvisError> {
    let raws = query_all(
        conn,
        "SELECT id, version, created_at, body FROM plan_versions ORDER BY version DESC",
        [],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, Vec<u8>>(3)?,
            ))
        },
    )?;
    skip_damaged(raws.into_iter().map(|(id, version, saved, sealed)| {
        Ok(Version {
            version,
            saved_at: from_ms(saved)?,
            plan: sealer.open(TABLE, &id, &sealed)?,
        })
    }))
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
    let id = Uuid::new_v4().to_string();
    let sealed = sealer.seal(TABLE, &id, plan)?;
    conn.execute(
        "INSERT INTO plan_versions (id, version, created_at, body) VALUES (?1, ?2, ?3, ?4)",
        params![id, next, to_ms(now), sealed],
    )
    .map_err(map_sqlite)?;
    Ok(next)
}
