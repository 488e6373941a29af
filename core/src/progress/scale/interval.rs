//! How often the person wants to be offered the IMR Scale: their choice, every 3
//! months until they choose. Kept in the meta table under its own key, sealed, apart
//! from the reminder settings.

use chrono::{Months, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::Localizer;
use crate::store::{meta, readable, Sealer};

const KEY: &str = "scale-settings";

/// How often the IMR Scale is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ScaleInterval {
    EveryMonth,
    #[serde(rename = "every-2-months")]
    EveryTwoMonths,
    #[default]
    #[serde(rename = "every-3-months")]
    EveryThreeMonths,
    #[serde(rename = "every-6-months")]
    EverySixMonths,
    /// Never offered in today nor reminded; it can still be filled in any time.
    Never,
}

impl ScaleInterval {
    /// Every choice, in the order a picker shows them.
    pub const ALL: [ScaleInterval; 5] = [
        ScaleInterval::EveryMonth,
        ScaleInterval::EveryTwoMonths,
        ScaleInterval::EveryThreeMonths,
        ScaleInterval::EverySixMonths,
        ScaleInterval::Never,
    ];

    /// Months between ratings; `None` for never.
    pub fn months(self) -> Option<u32> {
        match self {
            ScaleInterval::EveryMonth => Some(1),
            ScaleInterval::EveryTwoMonths => Some(2),
            ScaleInterval::EveryThreeMonths => Some(3),
            ScaleInterval::EverySixMonths => Some(6),
            ScaleInterval::Never => None,
        }
    }

    /// Stable key: `1`, `2`, `3`, `6` or `never`, as the terminal takes it.
    pub fn key(self) -> &'static str {
        match self {
            ScaleInterval::EveryMonth => "1",
            ScaleInterval::EveryTwoMonths => "2",
            ScaleInterval::EveryThreeMonths => "3",
            ScaleInterval::EverySixMonths => "6",
            ScaleInterval::Never => "never",
        }
    }

    /// The interval for a number of months (1, 2, 3, 6) or `never`; anything else is
    /// a typed error naming `scale-interval`.
    pub fn parse(text: &str) -> Result<ScaleInterval, StegvisError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StegvisError::invalid(
                Field::ScaleInterval,
                InvalidReason::Empty,
            ));
        }
        ScaleInterval::ALL
            .into_iter()
            .find(|i| i.key().eq_ignore_ascii_case(text))
            .ok_or_else(|| StegvisError::invalid(Field::ScaleInterval, InvalidReason::Unknown))
    }

    /// "Every 3 months", localized.
    pub fn label(self, loc: &Localizer) -> String {
        loc.t(&format!("scale-interval-{}", self.key()))
    }

    /// The day the next rating is offered after one on `last`.
    pub fn next_after(self, last: NaiveDate) -> Option<NaiveDate> {
        self.months()
            .and_then(|m| last.checked_add_months(Months::new(m)))
    }
}

/// What is sealed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    interval: ScaleInterval,
}

/// The chosen interval; the default when never chosen or when the record no longer
/// opens (a side setting must never block the app).
pub(crate) fn load(conn: &Connection, sealer: &Sealer) -> Result<ScaleInterval, StegvisError> {
    Ok(readable(meta::load::<Stored>(conn, sealer, KEY))?
        .flatten()
        .unwrap_or_default()
        .interval)
}

pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    interval: ScaleInterval,
) -> Result<(), StegvisError> {
    meta::save(conn, sealer, KEY, &Stored { interval })
}
