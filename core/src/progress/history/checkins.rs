//! The check-ins of the days asked about, read through the ISO-week index and read
//! back as `checkin show` reads them (each rating in words, sleep, the note).

use rusqlite::Connection;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::signs::{db, readback};
use crate::store::Sealer;
use crate::time;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    let span = found.span;
    let rows = db::checkins_between(conn, sealer, span.from, span.to)?;
    if rows.is_empty() {
        return Ok(());
    }
    let signs = db::list_signs(conn, sealer, true)?;
    let today = time::local_date(span.now, span.zone);
    for row in &rows {
        let day = readback::one_day(Some(row), row.date, &signs, today, span.loc);
        // Untimed: the check-in is about the day, not the minute it was saved.
        found.add(row.date, None, HistoryEntry::Checkin { day });
    }
    Ok(())
}
