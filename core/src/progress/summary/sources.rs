//! The records of repeating steps, IMR modules and the IMR Scale, opened and turned
//! into the plain input their parts are built from. A part with nothing recorded
//! (no module started and none with a home assignment, no rating in the period)
//! stays `None`, so a report says "nothing yet" in words rather than eleven blank
//! lines or an empty chart.

use chrono::NaiveDate;
use rusqlite::Connection;
use uuid::Uuid;

use super::modules::{modules_summary, ModuleState};
use super::period::Period;
use super::scale::{scale_summary, Rating};
use crate::error::StegvisError;
use crate::goals::occurrences;
use crate::l10n::Localizer;
use crate::progress::modules::{assignment_counts, module_states, ImrModule};
use crate::progress::scale::{ratings_between, ScaleTopic};
use crate::progress::{ModulesSummary, ScaleSummary};
use crate::store::Sealer;

/// Each repeating step's day done in the period, as (goal, local day).
pub(crate) fn repeats(
    conn: &Connection,
    sealer: &Sealer,
    period: &Period,
) -> Result<Vec<(Uuid, NaiveDate)>, StegvisError> {
    Ok(
        occurrences::done_between(conn, sealer, period.from, period.to)?
            .into_iter()
            .map(|o| (o.goal_id, o.date))
            .collect(),
    )
}

/// Where the person stands with each module at the period's end, with the home
/// assignments the modules view files under each.
pub(crate) fn modules(
    conn: &Connection,
    sealer: &Sealer,
    period: &Period,
    loc: &Localizer,
) -> Result<Option<ModulesSummary>, StegvisError> {
    let states: Vec<ModuleState> = module_states(conn, sealer)?
        .into_iter()
        .map(|s| ModuleState {
            key: s.key.to_owned(),
            started_on: s.started_on,
            done_on: s.done_on,
        })
        .collect();
    let names: Vec<(String, String)> = ImrModule::ALL
        .into_iter()
        .map(|m| (m.key().to_owned(), m.name(loc)))
        .collect();
    let counts = assignment_counts(conn, sealer)?;
    let summary = modules_summary(&states, &names, &counts, period, loc);
    let nothing = summary
        .modules
        .iter()
        .all(|m| m.started_on.is_none() && m.done_on.is_none() && m.assignments == 0);
    Ok((!nothing).then_some(summary))
}

/// The self-ratings made in the period, every topic in the scale's order.
pub(crate) fn scale(
    conn: &Connection,
    sealer: &Sealer,
    period: &Period,
    loc: &Localizer,
) -> Result<Option<ScaleSummary>, StegvisError> {
    let ratings: Vec<Rating> = ratings_between(conn, sealer, period.from, period.to)?
        .into_iter()
        .map(|r| {
            let answers = r
                .answers
                .into_iter()
                .map(|(t, v)| (t.key().to_owned(), v))
                .collect();
            (r.date, answers)
        })
        .collect();
    if ratings.is_empty() {
        return Ok(None);
    }
    let topics: Vec<(String, String)> = ScaleTopic::ALL
        .into_iter()
        .map(|t| (t.key().to_owned(), t.name(loc)))
        .collect();
    Ok(Some(scale_summary(&ratings, &topics, period, loc)))
}
