//! The participant's side: the envelope with the shared parts of the plan, and the
//! withdrawal. Each is one write: the contact's counter, the consent and the audit
//! entry change together with the envelope being made, or not at all.

use chrono_tz::Tz;
use rusqlite::Connection;
use uuid::Uuid;

use super::audit::{self, Record};
use super::contacts::{self, Contact};
use super::copies::{SharedItem, SharedPlan};
use super::envelope::{self, Header, Kind};
use super::identity::{self, Identity};
use super::model::AuditEvent;
use super::{consent, until};
use crate::error::{ConflictReason, StegvisError};
use crate::l10n::Localizer;
use crate::plan::{self, PlanSection};
use crate::signs;
use crate::store::Sealer;
use crate::time::{self, Timestamp};

/// Where the envelope is made.
pub(crate) struct Here<'a> {
    pub now: Timestamp,
    pub zone: Tz,
    pub loc: &'a Localizer,
}

fn crypto_failed(e: crate::crypto::CryptoError) -> StegvisError {
    StegvisError::Storage {
        detail: format!("sharing: {e}"),
    }
}

/// The items of the chosen sections, in the participant's words; sign names in the
/// participant's language; supporter steps for this contact marked as theirs.
fn shared_plan(
    conn: &Connection,
    sealer: &Sealer,
    sections: &[PlanSection],
    contact: &Contact,
    loc: &Localizer,
) -> Result<SharedPlan, StegvisError> {
    let current = plan::db::current(conn, sealer)?;
    let (plan_version, plan) = match current {
        Some(v) => (v.version, v.plan),
        None => (0, plan::Plan::default()),
    };
    let names: std::collections::HashMap<String, (String, bool)> =
        signs::db::list_signs(conn, sealer, false)?
            .iter()
            .map(|s| {
                (
                    s.id.to_string(),
                    (
                        signs::views::sign_name(&s.body, loc),
                        s.body.noticed_by_others,
                    ),
                )
            })
            .collect();
    let me = contact.name.trim().to_lowercase();
    let sections = consent::ordered(sections);
    let mut items = Vec::new();
    for section in &sections {
        for item in plan.items(*section) {
            let mut shared = SharedItem {
                section: *section,
                text: item.text.clone(),
                others_notice: false,
                supporter: None,
                for_you: false,
                reach: None,
                contact_kind: None,
            };
            match section {
                PlanSection::Signs => {
                    // A sign no longer on the list has no name to share.
                    let Some((name, others)) = item.sign_id.as_ref().and_then(|id| names.get(id))
                    else {
                        continue;
                    };
                    shared.text = name.clone();
                    shared.others_notice = *others;
                }
                PlanSection::SupporterActions => {
                    shared.for_you = item
                        .supporter
                        .as_ref()
                        .is_some_and(|s| !me.is_empty() && s.trim().to_lowercase() == me);
                    shared.supporter = item.supporter.clone();
                }
                PlanSection::Contacts => {
                    shared.reach = item.reach.clone();
                    shared.contact_kind = item.contact_kind;
                }
                _ => {}
            }
            items.push(shared);
        }
    }
    Ok(SharedPlan {
        plan_version,
        sections,
        items,
    })
}

/// The next sequence number for `contact`: one more than the last, and never below
/// the current time in milliseconds, so an install restored from an older export
/// (with an older counter) still sends envelopes the other side takes as newer.
fn next_sequence(contact: &Contact, now: Timestamp) -> u64 {
    let floor = u64::try_from(crate::store::to_ms(now)).unwrap_or(0);
    contact.last_sent.saturating_add(1).max(floor)
}

fn header(
    kind: Kind,
    me: &Identity,
    contact: &Contact,
    sequence: u64,
    plan_version: u32,
    now: Timestamp,
    expires: Option<Timestamp>,
) -> Header {
    Header {
        kind,
        sender: me.public().key_id(),
        recipient: contact.keys().key_id(),
        sequence,
        plan_version,
        created_ms: crate::store::to_ms(now),
        expires_ms: expires.map(crate::store::to_ms).unwrap_or(0),
    }
}

/// The envelope with what `contact_id` may see now. Refused when the digits were not
/// compared or nothing is shared with them.
pub(crate) fn plan_envelope(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here<'_>,
    contact_id: Uuid,
) -> Result<Vec<u8>, StegvisError> {
    let mut contact = contacts::load(conn, sealer, contact_id)?;
    if contact.confirmed_at.is_none() {
        return Err(StegvisError::conflict(ConflictReason::NotConfirmed));
    }
    let today = time::local_date(here.now, here.zone);
    let (_, consent) = consent::current(conn, sealer, contact_id, today)?
        .ok_or(StegvisError::conflict(ConflictReason::NoConsent))?;
    let terms = consent
        .terms()
        .ok_or(StegvisError::conflict(ConflictReason::NoConsent))?;
    let me = identity::load_or_create(conn, sealer, here.now)?;
    let shared = shared_plan(conn, sealer, &terms.sections, &contact, here.loc)?;
    let plan_version = shared.plan_version;
    let payload = serde_json::to_vec(&shared).map_err(|_| StegvisError::Storage {
        detail: "sharing payload".to_owned(),
    })?;
    contact.last_sent = next_sequence(&contact, here.now);
    let expires = terms.until.map(|u| until::expiry(u, here.zone));
    let head = header(
        Kind::Plan,
        &me,
        &contact,
        contact.last_sent,
        plan_version,
        here.now,
        expires,
    );
    let bytes = envelope::seal(&head, payload, &contact.receiving, &me.signing)
        .map_err(crypto_failed)?
        .ok_or(StegvisError::conflict(ConflictReason::PlanTooLarge))?;
    contacts::save(conn, sealer, contact_id, &contact)?;
    audit::record(
        conn,
        sealer,
        &Record::new(
            AuditEvent::EnvelopeCreated,
            here.now,
            contact_id,
            &contact.name,
        )
        .sections(&terms.sections)
        .version(plan_version),
    )?;
    Ok(bytes)
}

/// Withdraws the consent given to `contact_id` now, and makes the signed notice that
/// deletes their copy when it arrives.
pub(crate) fn withdrawal(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here<'_>,
    contact_id: Uuid,
) -> Result<Vec<u8>, StegvisError> {
    let mut contact = contacts::load(conn, sealer, contact_id)?;
    // The consent not yet withdrawn is withdrawn now. When there is none but one was
    // given before, the notice is made again: the first may never have left the
    // phone, and their copy must still go.
    let withdrawn_now = match consent::open_for(conn, sealer, contact_id)? {
        Some((consent_id, mut consent)) => {
            consent.withdrawn_at = Some(here.now);
            consent::save(conn, sealer, consent_id, &consent)?;
            true
        }
        None if consent::any_for(conn, sealer, contact_id)? => false,
        None => return Err(StegvisError::conflict(ConflictReason::NoConsent)),
    };
    let me = identity::load_or_create(conn, sealer, here.now)?;
    contact.last_sent = next_sequence(&contact, here.now);
    let head = header(
        Kind::Withdrawal,
        &me,
        &contact,
        contact.last_sent,
        0,
        here.now,
        None,
    );
    let bytes = envelope::seal(&head, b"{}".to_vec(), &contact.receiving, &me.signing)
        .map_err(crypto_failed)?
        .ok_or(StegvisError::conflict(ConflictReason::PlanTooLarge))?;
    contacts::save(conn, sealer, contact_id, &contact)?;
    if withdrawn_now {
        audit::record(
            conn,
            sealer,
            &Record::new(AuditEvent::Withdrawn, here.now, contact_id, &contact.name),
        )?;
    }
    audit::record(
        conn,
        sealer,
        &Record::new(
            AuditEvent::WithdrawalCreated,
            here.now,
            contact_id,
            &contact.name,
        ),
    )?;
    Ok(bytes)
}
