//! Repeating steps checked off, one item per day done, on the local day it was done
//! for (a day checked afterwards stays on its own day, without a time of day). Read
//! through the occurrences' ISO-week index; each step and goal is opened once.

use std::collections::HashMap;

use rusqlite::Connection;
use uuid::Uuid;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::goals::{db, occurrences};
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    let span = found.span;
    let done = occurrences::done_between(conn, sealer, span.from, span.to)?;
    if done.is_empty() {
        return Ok(());
    }
    // Goals and steps that no longer open are left out, like the occurrences are.
    let goals: HashMap<Uuid, String> = db::list_goals(conn, sealer, false)?
        .into_iter()
        .map(|g| (g.id, g.body.text))
        .collect();
    let mut steps: HashMap<Uuid, Option<String>> = HashMap::new();
    for occ in done {
        let Some(goal) = goals.get(&occ.goal_id) else {
            continue;
        };
        let text = match steps.get(&occ.step_id) {
            Some(text) => text.clone(),
            None => {
                let text = match db::load_step(conn, sealer, occ.step_id) {
                    Ok(step) => Some(step.open(sealer)?.text),
                    Err(StegvisError::DamagedRecord | StegvisError::NotFound { .. }) => None,
                    Err(e) => return Err(e),
                };
                steps.insert(occ.step_id, text.clone());
                text
            }
        };
        let Some(text) = text else { continue };
        // The time shows only when the step was checked off on the day it was done.
        let at = (found.day_of(occ.done_at) == Some(occ.date)).then_some(occ.done_at);
        found.add(
            occ.date,
            at,
            HistoryEntry::RepeatDone {
                step_id: occ.step_id.to_string(),
                text,
                goal: goal.clone(),
            },
        );
    }
    Ok(())
}
