//! The language the person chose in the app, kept so the phone opens in it next time.
//! Without a choice the app follows the device's language.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::StegvisError;
use crate::l10n::Lang;
use crate::store::{meta, Sealer};

const KEY: &str = "language";

#[derive(Serialize, Deserialize)]
struct Stored {
    /// The language's tag (`en`, `nb`, `sv`, `da`).
    lang: String,
}

/// The chosen language; `None` when the person has not chosen (or the record no longer
/// opens: a side record must never keep the app from opening).
pub(crate) fn load(conn: &Connection, sealer: &Sealer) -> Option<Lang> {
    let stored: Stored = meta::load(conn, sealer, KEY).ok().flatten()?;
    Lang::parse(&stored.lang).ok()
}

/// Keeps the choice; `None` goes back to following the device.
pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    lang: Option<Lang>,
) -> Result<(), StegvisError> {
    match lang {
        Some(lang) => meta::save(
            conn,
            sealer,
            KEY,
            &Stored {
                lang: lang.tag().to_owned(),
            },
        ),
        None => meta::remove(conn, KEY),
    }
}
