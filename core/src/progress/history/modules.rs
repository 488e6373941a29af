//! IMR modules started and worked through, on the days the person marked (or
//! corrected). These are days, not moments, so the items have no time. A module
//! marked worked through without a start is started that same day: the day then
//! shows only that it was worked through, as the modules view says it.

use rusqlite::Connection;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::progress::modules::{module_name, module_states};
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    let loc = found.span.loc;
    for state in module_states(conn, sealer)? {
        let name = || module_name(state.key, loc).unwrap_or_else(|| state.key.to_owned());
        if let Some(day) = state.started_on.filter(|d| state.done_on != Some(*d)) {
            found.add(
                day,
                None,
                HistoryEntry::ModuleStarted {
                    module_key: state.key.to_owned(),
                    module: name(),
                },
            );
        }
        if let Some(day) = state.done_on {
            found.add(
                day,
                None,
                HistoryEntry::ModuleDone {
                    module_key: state.key.to_owned(),
                    module: name(),
                },
            );
        }
    }
    Ok(())
}
