//! The person's settings, sealed in the meta table like everything else they chose.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Field, StegvisError};
use crate::store::{map_sqlite, Sealer};
use crate::time::parse_wall_time;

const KEY: &str = "settings";

/// Reminder settings. Defaults keep the lock screen private.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderSettings {
    /// Name the medicine in notifications. Off by default: a lock screen is public.
    pub show_names: bool,
    /// A daily reminder for the check-in at this wall time (`HH:MM`), if any.
    pub checkin_time: Option<String>,
}

impl ReminderSettings {
    pub(crate) fn validated(&self) -> Result<Self, StegvisError> {
        let checkin_time = match self.checkin_time.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(t) => Some(
                parse_wall_time(t, Field::Times)?
                    .format("%H:%M")
                    .to_string(),
            ),
        };
        Ok(Self {
            show_names: self.show_names,
            checkin_time,
        })
    }
}

pub(crate) fn load(conn: &Connection, sealer: &Sealer) -> Result<ReminderSettings, StegvisError> {
    let sealed: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [KEY], |r| r.get(0))
        .optional()
        .map_err(map_sqlite)?;
    // Settings that no longer open fall back to the defaults (private, no check-in
    // reminder): a side table must never block the app.
    match sealed {
        Some(s) => Ok(crate::store::readable(sealer.open("meta", KEY, &s))?.unwrap_or_default()),
        None => Ok(ReminderSettings::default()),
    }
}

pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    settings: &ReminderSettings,
) -> Result<(), StegvisError> {
    let sealed = sealer.seal("meta", KEY, settings)?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![KEY, sealed],
    )
    .map_err(map_sqlite)?;
    Ok(())
}
