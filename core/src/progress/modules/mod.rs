//! The IMR modules: the catalog, where the person stands in each (started, worked
//! through, with dates they can correct), and the home-assignment steps filed under
//! each module by the module their text names.

mod catalog;
mod db;
mod views;

use chrono::NaiveDate;
use rusqlite::Connection;

pub(crate) use catalog::display_text;
pub use catalog::{module_name, ImrModule};
pub(crate) use views::{assignment_counts, modules_view, state_label};
pub use views::{ModuleAssignment, ModuleStatus, ModuleView, ModulesView};

use crate::error::{ConflictReason, Field, InvalidReason, StegvisError};
use crate::store::Sealer;
use crate::time::Timestamp;

/// Where the person stands in one module, for other parts of the core (summaries,
/// the report). Dates are the person's local days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleState {
    pub module: ImrModule,
    /// The module's stable key, e.g. `recovery-strategies`.
    pub key: &'static str,
    pub started_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// Every module in the program's order with its dates (both `None` when not started).
/// Reads only; damaged records count as not started.
pub(crate) fn module_states(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<ModuleState>, StegvisError> {
    let stored = db::load_all(conn, sealer)?;
    Ok(ImrModule::ALL
        .into_iter()
        .map(|module| {
            let p = stored.iter().find(|p| p.module == module);
            ModuleState {
                module,
                key: module.key(),
                started_on: p.and_then(|p| p.started_on),
                done_on: p.and_then(|p| p.done_on),
            }
        })
        .collect())
}

/// The module a key names; an unknown key is a typed error naming `module`.
pub(crate) fn parse_key(key: &str) -> Result<ImrModule, StegvisError> {
    if key.trim().is_empty() {
        return Err(StegvisError::invalid(
            Field::ModuleKey,
            InvalidReason::Empty,
        ));
    }
    ImrModule::from_key(key)
        .ok_or_else(|| StegvisError::invalid(Field::ModuleKey, InvalidReason::Unknown))
}

/// The day given, or today when none; never after today.
fn day(text: Option<&str>, today: NaiveDate) -> Result<NaiveDate, StegvisError> {
    crate::time::day_up_to_today(text, today, Field::ModuleDate)
}

/// What changes in a module's progress.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Mark {
    /// Started on this day (or a corrected day); a start after the day it was worked
    /// through is a conflict.
    Start,
    /// Worked through on this day; a module not started counts as started that day.
    Done,
    /// No longer worked through; the start stays.
    UndoDone,
    /// Back to not started: both dates go.
    Reset,
}

/// Applies `mark` to `module` inside the caller's transaction.
pub(crate) fn mark(
    conn: &Connection,
    sealer: &Sealer,
    module: ImrModule,
    mark: Mark,
    date: Option<&str>,
    today: NaiveDate,
    now: Timestamp,
) -> Result<(), StegvisError> {
    let stored = db::load_all(conn, sealer)?;
    let existing = stored.into_iter().find(|p| p.module == module);
    let mut p = existing.clone().unwrap_or_else(|| db::Progress {
        id: db::new_id(),
        module,
        started_on: None,
        done_on: None,
        created_at: now,
        updated_at: now,
    });
    match mark {
        Mark::Start => {
            let on = day(date, today)?;
            if p.done_on.is_some_and(|done| on > done) {
                return Err(StegvisError::conflict(
                    ConflictReason::ModuleDatesOutOfOrder,
                ));
            }
            p.started_on = Some(on);
        }
        Mark::Done => {
            let on = day(date, today)?;
            if p.started_on.is_some_and(|start| on < start) {
                return Err(StegvisError::conflict(
                    ConflictReason::ModuleDatesOutOfOrder,
                ));
            }
            p.started_on.get_or_insert(on);
            p.done_on = Some(on);
        }
        Mark::UndoDone => {
            if p.done_on.is_none() {
                return Ok(());
            }
            p.done_on = None;
        }
        Mark::Reset => {
            if let Some(existing) = existing {
                db::remove(conn, &[existing.id])?;
            }
            return Ok(());
        }
    }
    p.updated_at = now;
    db::save(conn, sealer, &p)
}
