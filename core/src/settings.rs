//! The person's settings, sealed in the meta table like everything else they chose.
//!
//! What is stored distinguishes "never chose a check-in time" (the check-in reminder
//! comes at [`DEFAULT_CHECKIN_TIME`] once there is a sign) from "turned it off" (it
//! stays off). Settings stored before that distinction are read with serde defaults.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Field, StegvisError};
use crate::store::{meta, Sealer};
use crate::time::parse_wall_time;

const KEY: &str = "settings";

/// The check-in reminder's time until the person chooses another or turns it off.
pub const DEFAULT_CHECKIN_TIME: &str = "20:00";

/// Reminder settings as shells read and write them. Defaults keep the lock screen
/// private and offer the check-in reminder at 20:00.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderSettings {
    /// Name the medicine in notifications. Off by default: a lock screen is public.
    pub show_names: bool,
    /// The daily check-in reminder's wall time (`HH:MM`); `None` when turned off.
    /// Reads as 20:00 until the person chooses; it only rings once there is a sign.
    /// Writing back the time as read changes nothing.
    pub checkin_time: Option<String>,
    /// A reminder at 09:00 on the day a step is due. On by default.
    #[cfg_attr(feature = "uniffi", uniffi(default = true))]
    pub step_reminders: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Stored::default().public()
    }
}

/// The check-in reminder as chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub(crate) enum Checkin {
    /// Never chosen: [`DEFAULT_CHECKIN_TIME`].
    #[default]
    NotChosen,
    Off,
    At {
        time: String,
    },
}

/// What is sealed in the meta table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stored {
    #[serde(default)]
    pub show_names: bool,
    /// Only in settings stored before `checkin` existed: then `None` meant "no
    /// reminder", which a person could only get by turning it off or saving other
    /// settings; both read as off, so nobody gets a reminder they did not expect.
    #[serde(default, skip_serializing)]
    checkin_time: Option<String>,
    #[serde(default)]
    checkin: Option<Checkin>,
    #[serde(default = "yes")]
    pub step_reminders: bool,
}

fn yes() -> bool {
    true
}

impl Default for Stored {
    fn default() -> Self {
        Self {
            show_names: false,
            checkin_time: None,
            checkin: Some(Checkin::NotChosen),
            step_reminders: true,
        }
    }
}

impl Stored {
    /// The check-in reminder as chosen, reading old settings as described on the field.
    pub(crate) fn checkin(&self) -> Checkin {
        match (&self.checkin, &self.checkin_time) {
            (Some(c), _) => c.clone(),
            (None, Some(time)) => Checkin::At { time: time.clone() },
            (None, None) => Checkin::Off,
        }
    }

    /// The check-in reminder time in effect, if any.
    pub(crate) fn checkin_time(&self) -> Option<String> {
        match self.checkin() {
            Checkin::NotChosen => Some(DEFAULT_CHECKIN_TIME.to_owned()),
            Checkin::Off => None,
            Checkin::At { time } => Some(time),
        }
    }

    pub(crate) fn public(&self) -> ReminderSettings {
        ReminderSettings {
            show_names: self.show_names,
            checkin_time: self.checkin_time(),
            step_reminders: self.step_reminders,
        }
    }

    /// These settings changed as `wanted` says; the time as read keeps "not chosen".
    pub(crate) fn with(&self, wanted: &ReminderSettings) -> Result<Stored, StegvisError> {
        let checkin = match wanted.checkin_time.as_deref().map(str::trim) {
            None | Some("") => Checkin::Off,
            Some(t) => {
                let time = parse_wall_time(t, Field::Times)?
                    .format("%H:%M")
                    .to_string();
                let current = self.checkin();
                if current == Checkin::NotChosen && time == DEFAULT_CHECKIN_TIME {
                    current
                } else {
                    Checkin::At { time }
                }
            }
        };
        Ok(Stored {
            show_names: wanted.show_names,
            checkin_time: None,
            checkin: Some(checkin),
            step_reminders: wanted.step_reminders,
        })
    }
}

pub(crate) fn load(conn: &Connection, sealer: &Sealer) -> Result<Stored, StegvisError> {
    // Settings that no longer open fall back to the defaults (private, no check-in
    // reminder): a side table must never block the app.
    Ok(crate::store::readable(meta::load(conn, sealer, KEY))?
        .flatten()
        .unwrap_or_default())
}

pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    settings: &Stored,
) -> Result<(), StegvisError> {
    meta::save(conn, sealer, KEY, settings)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn read(json: &str) -> Stored {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn settings_stored_before_the_default_keep_their_meaning() {
        let old_time = read(r#"{"show_names":true,"checkin_time":"21:00"}"#);
        assert_eq!(old_time.checkin_time().as_deref(), Some("21:00"));
        assert!(old_time.show_names && old_time.step_reminders);
        let old_none = read(r#"{"show_names":false,"checkin_time":null}"#);
        assert_eq!(old_none.checkin(), Checkin::Off);
        let fresh = Stored::default();
        assert_eq!(fresh.checkin_time().as_deref(), Some("20:00"));
        let again: Stored = read(&serde_json::to_string(&fresh).unwrap());
        assert_eq!(again.checkin(), Checkin::NotChosen);
    }

    #[test]
    fn writing_back_what_was_read_changes_nothing() {
        let fresh = Stored::default();
        let same = fresh.with(&fresh.public()).unwrap();
        assert_eq!(same.checkin(), Checkin::NotChosen);
        let mut off = fresh.public();
        off.checkin_time = None;
        let off = fresh.with(&off).unwrap();
        assert_eq!(off.checkin(), Checkin::Off);
        let back = off.with(&off.public()).unwrap();
        assert_eq!(back.checkin(), Checkin::Off, "off stays off");
        let mut at = back.public();
        at.checkin_time = Some("20:00".into());
        assert_eq!(
            back.with(&at).unwrap().checkin(),
            Checkin::At {
                time: "20:00".into()
            }
        );
    }
}
