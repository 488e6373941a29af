//! One-off steps checked off, on the local day they were checked off. Steps keep no
//! clear date an index could use, so every step is opened; a person has tens of them.

use rusqlite::Connection;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::goals::db;
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    for goal in db::list_goals(conn, sealer, false)? {
        for step in db::steps_of_goal(conn, sealer, goal.id)? {
            let Some(done_at) = step.done_at else {
                continue;
            };
            let Some(day) = found.day_of(done_at) else {
                continue;
            };
            let body = step.open(sealer)?;
            found.add(
                day,
                Some(done_at),
                HistoryEntry::StepDone {
                    step_id: step.id.to_string(),
                    text: body.text,
                    goal: goal.body.text.clone(),
                },
            );
        }
    }
    Ok(())
}
