//! The supporter's side: taking in an envelope. Everything is checked before anything
//! is written (size, version, shape, recipient, sender, signature, expiry, sequence,
//! the seal, the payload); then the copy, the counter and the audit entry are written
//! in one transaction. Any failure is the one [`StegvisError::EnvelopeRejected`].

use rusqlite::Connection;

use super::audit::{self, Record};
use super::contacts;
use super::copies::{self, Copy, SharedPlan};
use super::envelope::{self, Kind, Rejection};
use super::identity;
use super::model::{AuditEvent, ReceivedEnvelope, ReceivedKind};
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};
use crate::store::{from_ms, Sealer};
use crate::time::Timestamp;

/// Why taking in an envelope failed: refused (with the private reason), or the store
/// failed while writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiveFailure {
    Rejected(Rejection),
    Store(StegvisError),
}

impl From<StegvisError> for ReceiveFailure {
    fn from(e: StegvisError) -> Self {
        ReceiveFailure::Store(e)
    }
}

impl From<Rejection> for ReceiveFailure {
    fn from(r: Rejection) -> Self {
        ReceiveFailure::Rejected(r)
    }
}

/// Checks `bytes` and, if every check passes, takes them in.
pub(crate) fn receive(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    loc: &Localizer,
    bytes: &[u8],
) -> Result<ReceivedEnvelope, ReceiveFailure> {
    let parsed = envelope::parse(bytes)?;
    let header = &parsed.header;
    let me = identity::load(conn, sealer)?.ok_or(Rejection::NotForThisInstall)?;
    if header.recipient != me.public().key_id() {
        return Err(Rejection::NotForThisInstall.into());
    }
    let (contact_id, mut contact) =
        contacts::by_key_id(conn, sealer, &header.sender)?.ok_or(Rejection::UnknownSender)?;
    // Only someone whose digits this person compared and confirmed: a code swapped on
    // its way here must not be able to send a plan that looks like theirs.
    if contact.confirmed_at.is_none() {
        return Err(Rejection::UnknownSender.into());
    }
    parsed.verify(&contact.signing)?;
    let expires_at = match header.expires_ms {
        0 => None,
        ms => Some(from_ms(ms).map_err(|_| Rejection::Malformed)?),
    };
    if expires_at.is_some_and(|e| now >= e) {
        return Err(Rejection::Expired.into());
    }
    if header.sequence <= contact.last_received {
        return Err(Rejection::Replayed.into());
    }
    let created_at = from_ms(header.created_ms).map_err(|_| Rejection::Malformed)?;
    let plaintext = parsed.open(&me.receiving)?;
    contact.last_received = header.sequence;
    let (kind, event, text_id) = match header.kind {
        Kind::Plan => {
            let plan: SharedPlan =
                serde_json::from_slice(&plaintext).map_err(|_| Rejection::CannotOpen)?;
            if plan.plan_version != header.plan_version {
                return Err(Rejection::CannotOpen.into());
            }
            copies::replace(
                conn,
                sealer,
                contact_id,
                &Copy {
                    plan,
                    sequence: header.sequence,
                    created_at,
                    received_at: now,
                    expires_at,
                },
            )?;
            (
                ReceivedKind::Plan,
                AuditEvent::EnvelopeImported,
                "share-received-plan",
            )
        }
        Kind::Withdrawal => {
            copies::remove(conn, contact_id)?;
            (
                ReceivedKind::Withdrawal,
                AuditEvent::WithdrawalImported,
                "share-received-withdrawal",
            )
        }
    };
    contacts::save(conn, sealer, contact_id, &contact)?;
    // Copies past their end are deleted with any write here, not only hidden.
    copies::remove_expired(conn, sealer, now)?;
    let mut entry = Record::new(event, now, contact_id, &contact.name);
    if kind == ReceivedKind::Plan {
        entry = entry.version(header.plan_version);
    }
    audit::record(conn, sealer, &entry)?;
    Ok(ReceivedEnvelope {
        kind,
        contact_id: contact_id.to_string(),
        from_name: contact.name.clone(),
        text: loc.ta(text_id, &Args::new().text("name", contact.name.clone())),
    })
}
