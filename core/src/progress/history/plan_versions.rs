//! Versions of the relapse-prevention plan, on the local day each was saved.

use rusqlite::Connection;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::plan::db;
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    for version in db::all(conn, sealer)? {
        if let Some(day) = found.day_of(version.saved_at) {
            found.add(
                day,
                Some(version.saved_at),
                HistoryEntry::PlanSaved {
                    version: version.version,
                },
            );
        }
    }
    Ok(())
}
