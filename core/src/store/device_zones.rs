//! The device's zone over time, as stored. Follow-the-device schedules read each occurrence in
//! the zone the device was in at that moment, so travel re-plans only what is still
//! to come. Zone names are sealed: where a person travels is nobody's business.

use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::{from_ms, map_sqlite, rows, to_ms, Sealer};
use crate::error::StegvisError;
use crate::time::{Timestamp, ZonePeriod};

const TABLE: &str = "device_zones";

/// One change of zone; sealed, so when and where a person travels stays private.
#[derive(Debug, Serialize, Deserialize)]
struct ZoneChange {
    /// The zone's IANA name.
    body: String,
    /// When the device arrived in it (UTC milliseconds).
    changed_at: i64,
}

/// The device's zones in order, oldest first. Never empty: with no history yet,
/// `current` is taken to have always been the zone.
pub(crate) fn periods(
    conn: &Connection,
    sealer: &Sealer,
    current: Tz,
) -> Result<Vec<ZonePeriod>, StegvisError> {
    let mut changes: Vec<(i64, i64, ZoneChange)> = Vec::new();
    for row in rows::select(conn, TABLE, "", [])? {
        // A row that no longer opens, or names a zone this build does not know, is
        // left out: the zone history is a side table and must never block the app.
        let Ok(change) = row.open::<ZoneChange>(sealer, TABLE) else {
            continue;
        };
        changes.push((change.changed_at, row.int("id")?, change));
    }
    changes.sort_by_key(|(at, id, _)| (*at, *id));
    let mut periods: Vec<ZonePeriod> = Vec::with_capacity(changes.len().max(1));
    for (at, _, change) in changes {
        let name = change.body;
        let Ok(zone) = name.parse::<Tz>() else {
            continue;
        };
        let Ok(since) = from_ms(at) else {
            continue;
        };
        periods.push(ZonePeriod {
            since: if periods.is_empty() {
                None
            } else {
                Some(since)
            },
            zone,
        });
    }
    if periods.is_empty() {
        periods.push(ZonePeriod {
            since: None,
            zone: current,
        });
    }
    Ok(periods)
}

/// Whether `zone` differs from the last readable zone in the history, or there is
/// no history yet. Reads only.
pub(crate) fn is_change(
    conn: &Connection,
    sealer: &Sealer,
    zone: Tz,
) -> Result<bool, StegvisError> {
    let latest = periods(conn, sealer, zone)?;
    let unchanged = latest.last().is_some_and(|p| p.zone == zone);
    let has_history: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM device_zones)", [], |r| {
            r.get(0)
        })
        .map_err(map_sqlite)?;
    Ok(!(unchanged && has_history))
}

/// Records that the device is in `zone` from `now`, if that is a change.
pub(crate) fn record(
    conn: &Connection,
    sealer: &Sealer,
    zone: Tz,
    now: Timestamp,
) -> Result<(), StegvisError> {
    if !is_change(conn, sealer, zone)? {
        return Ok(());
    }
    let id: i64 = conn
        .query_row(
            "SELECT coalesce(max(id), 0) + 1 FROM device_zones",
            [],
            |r| r.get(0),
        )
        .map_err(map_sqlite)?;
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[("id", Value::Integer(id))],
        &ZoneChange {
            body: zone.name().to_owned(),
            changed_at: to_ms(now),
        },
    )
}
