//! Sharing consent given, changed and withdrawn, from the sharing audit log, which
//! keeps whom it was and which parts of the plan, as they were then.

use rusqlite::Connection;

use super::model::{ConsentChange, HistoryEntry};
use super::span::Found;
use crate::error::StegvisError;
use crate::sharing::{audit, consent, AuditEvent};
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    let loc = found.span.loc;
    for record in audit::records(conn, sealer)? {
        let change = match record.event {
            AuditEvent::Granted => ConsentChange::Given,
            AuditEvent::Changed => ConsentChange::Changed,
            AuditEvent::Withdrawn => ConsentChange::Withdrawn,
            _ => continue,
        };
        let Some(day) = found.day_of(record.at) else {
            continue;
        };
        let sections = consent::ordered(&record.sections)
            .iter()
            .map(|s| loc.t(&format!("plan-section-{}", s.key())))
            .collect();
        found.add(
            day,
            Some(record.at),
            HistoryEntry::Consent {
                change,
                name: record.name,
                sections,
            },
        );
    }
    Ok(())
}
