//! Sharing the plan with a relative, and holding a relative's plan as their supporter.
//! One install can be both.

use uuid::Uuid;

use super::{id, Companion, Inner};
use crate::error::{ConflictReason, Field, InvalidReason, Result, StegvisError};
use crate::l10n::Args;
use crate::plan::PlanSection;
use crate::sharing::receive::{self, ReceiveFailure};
use crate::sharing::send::{self, Here};
use crate::sharing::{
    audit, consent, contacts, copies, identity, pair_code, qr, until, AuditEntry, AuditEvent,
    ConsentView, GrantSent, PairingCode, PairingResult, ReceivedEnvelope, SectionChoice,
    ShareContactView, ShareIdentity, SharingView, SupporterPlan, UntilChoice,
};
use crate::time;
use crate::validate;

/// The longest name a person can give someone they pair with.
const NAME_MAX: usize = 80;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// This install's sharing identity; its keys are made the first time.
    pub fn share_identity(&self) -> Result<ShareIdentity> {
        Ok(self.share_identity_keys()?.identity())
    }

    /// The code the other person imports: this install's public keys as text and as
    /// a QR code.
    pub fn share_pair_code(&self) -> Result<PairingCode> {
        let identity = self.share_identity_keys()?;
        let text = pair_code::encode(&identity);
        Ok(PairingCode {
            qr: qr::matrix(&text)?,
            text,
            identity: identity.identity(),
        })
    }

    /// Imports someone's pairing code and names them (`None`: "Contact 1", …). Shows the
    /// digits to compare with the other screen; nothing is shared before
    /// [`Companion::share_confirm`].
    pub fn share_pair(&self, code: String, name: Option<String>) -> Result<PairingResult> {
        let keys = pair_code::decode(&code)?;
        let name = match name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => Some(validate::bounded(n, Field::ShareName, NAME_MAX)?),
            None => None,
        };
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| {
            let me = identity::load_or_create(tx, sealer, now)?;
            if me.public().key_id() == keys.key_id() {
                return Err(StegvisError::conflict(ConflictReason::PairedWithSelf));
            }
            let known = contacts::all(tx, sealer)?;
            if known
                .iter()
                .any(|(_, c)| c.keys().key_id() == keys.key_id())
            {
                return Err(StegvisError::conflict(ConflictReason::AlreadyPaired));
            }
            let name = name.unwrap_or_else(|| {
                loc.ta(
                    "share-default-name",
                    &Args::new().num("number", known.len() as i64 + 1),
                )
            });
            let contact_id = Uuid::new_v4();
            contacts::insert(
                tx,
                sealer,
                contact_id,
                &contacts::Contact {
                    name: name.clone(),
                    signing: keys.signing.clone(),
                    receiving: keys.receiving.clone(),
                    paired_at: now,
                    confirmed_at: None,
                    last_sent: 0,
                    last_received: 0,
                },
            )?;
            audit::record(
                tx,
                sealer,
                &audit::Record::new(AuditEvent::Paired, now, contact_id, &name),
            )?;
            let fingerprint = keys.identity().fingerprint;
            Ok(PairingResult {
                contact_id: contact_id.to_string(),
                compare_text: loc.ta(
                    "share-compare",
                    &Args::new()
                        .text("name", name.clone())
                        .text("digits", fingerprint.clone()),
                ),
                name,
                fingerprint,
            })
        })
    }

    /// The participant saw the same digits on both screens.
    pub fn share_confirm(&self, contact_id: String) -> Result<ShareContactView> {
        let contact_id = id(&contact_id)?;
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| {
                let mut contact = contacts::load(tx, sealer, contact_id)?;
                if contact.confirmed_at.is_none() {
                    contact.confirmed_at = Some(now);
                    contacts::save(tx, sealer, contact_id, &contact)?;
                    audit::record(
                        tx,
                        sealer,
                        &audit::Record::new(AuditEvent::Confirmed, now, contact_id, &contact.name),
                    )?;
                }
                Ok(())
            })?;
        }
        self.share_contact(contact_id)
    }

    /// Everyone paired, what is shared with each, and every consent current and past.
    pub fn sharing(&self) -> Result<SharingView> {
        let identity = self.share_identity()?;
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let today = time::local_date(now, zone);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let all_contacts = contacts::all(tx, sealer)?;
            let all_consents = consent::all(tx, sealer)?;
            let held = copies::all(tx, sealer)?;
            let name_of = |contact: Uuid| {
                all_contacts
                    .iter()
                    .find(|(id, _)| *id == contact)
                    .map(|(_, c)| c.name.clone())
                    .unwrap_or_default()
            };
            let mut consents: Vec<ConsentView> = all_consents
                .iter()
                .map(|(id, contact, c)| {
                    consent::view(*id, *contact, &name_of(*contact), c, today, zone, &loc)
                })
                .collect();
            // Current first; within each, newest first (as `consent::all` gives them).
            consents.sort_by_key(|c| !c.is_current);
            let contacts = all_contacts
                .iter()
                .map(|(id, c)| {
                    let current = consents
                        .iter()
                        .find(|v| v.is_current && v.contact_id == id.to_string())
                        .cloned();
                    contact_view(
                        *id,
                        c,
                        current,
                        held.iter().any(|(h, copy)| h == id && copy.is_open(now)),
                        zone,
                        &loc,
                    )
                })
                .collect();
            Ok(SharingView {
                identity,
                contacts,
                consents,
                section_choices: section_choices(&loc),
            })
        })
    }

    /// How long to share, in plain words.
    pub fn share_until_choices(&self) -> Result<Vec<UntilChoice>> {
        let now = self.now();
        let inner = self.lock()?;
        Ok(until::choices(
            time::local_date(now, inner.zone),
            &inner.loc,
        ))
    }

    /// The exact words the participant agrees to before sharing `sections` with
    /// `contact_id` until `until` (`YYYY-MM-DD`, or `None` for no end date).
    pub fn share_consent_text(
        &self,
        contact_id: String,
        sections: Vec<PlanSection>,
        until: Option<String>,
    ) -> Result<String> {
        let contact_id = id(&contact_id)?;
        let sections = chosen(&sections)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let today = time::local_date(now, inner.zone);
        let until = until::parse(until.as_deref(), today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let contact = contacts::load(tx, sealer, contact_id)?;
            let start = consent::start_for(tx, sealer, contact_id, today)?;
            Ok(consent::text(&contact.name, &sections, start, until, &loc))
        })
    }

    /// Shares `sections` with `contact_id` from today until `until` (the last day,
    /// `YYYY-MM-DD`; `None` for no end date), under the text of
    /// [`Companion::share_consent_text`]. Changes the consent in force, if there is
    /// one. Send an envelope afterwards so they get it.
    pub fn share_grant(
        &self,
        contact_id: String,
        sections: Vec<PlanSection>,
        until: Option<String>,
    ) -> Result<ConsentView> {
        Ok(self.grant(contact_id, sections, until, false)?.consent)
    }

    /// [`Companion::share_grant`] and [`Companion::share_send`] as one step: the
    /// consent is kept only together with the envelope that carries it, so a send that
    /// fails (a plan too large) leaves no consent behind that nobody received.
    pub fn share_grant_and_send(
        &self,
        contact_id: String,
        sections: Vec<PlanSection>,
        until: Option<String>,
    ) -> Result<GrantSent> {
        self.grant(contact_id, sections, until, true)
    }

    /// The envelope with the parts of the plan shared with `contact_id`, to hand to
    /// the share sheet or write to a file.
    pub fn share_send(&self, contact_id: String) -> Result<Vec<u8>> {
        self.make_envelope(&contact_id, send::plan_envelope)
    }

    /// Stops sharing with `contact_id` now; returns the signed notice that deletes
    /// their copy when they take it in (their copy also stops opening at its end date).
    pub fn share_withdraw(&self, contact_id: String) -> Result<Vec<u8>> {
        self.make_envelope(&contact_id, send::withdrawal)
    }

    /// Takes in an envelope from someone paired: a plan copy or a withdrawal. Anything
    /// wrong with it is [`StegvisError::EnvelopeRejected`] and changes nothing.
    pub fn share_receive(&self, envelope: Vec<u8>) -> Result<ReceivedEnvelope> {
        self.share_receive_explained(&envelope)
            .map_err(|e| match e {
                ReceiveFailure::Rejected(_) => StegvisError::EnvelopeRejected,
                ReceiveFailure::Store(e) => e,
            })
    }

    /// The plans shared with this install, read-only; expired ones are not shown.
    pub fn supporter_plans(&self) -> Result<Vec<SupporterPlan>> {
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let names = contacts::all(tx, sealer)?;
            Ok(copies::all(tx, sealer)?
                .iter()
                .filter(|(_, copy)| copy.is_open(now))
                .filter_map(|(contact, copy)| {
                    let (_, c) = names.iter().find(|(id, _)| id == contact)?;
                    Some(copies::view(*contact, &c.name, copy, now, zone, &loc))
                })
                .collect())
        })
    }

    /// The supporter removes the copy of `contact_id`'s plan from this install.
    pub fn remove_shared_copy(&self, contact_id: String) -> Result<()> {
        let contact_id = id(&contact_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| {
            let contact = contacts::load(tx, sealer, contact_id)?;
            if !copies::remove(tx, contact_id)? {
                return Err(StegvisError::not_found(crate::error::Entity::SharedCopy));
            }
            audit::record(
                tx,
                sealer,
                &audit::Record::new(AuditEvent::CopyRemoved, now, contact_id, &contact.name),
            )
        })
    }

    /// Every sharing event on this install, newest first; no plan content.
    pub fn share_audit_log(&self) -> Result<Vec<AuditEntry>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| audit::entries(tx, sealer, zone, &loc))
    }
}

impl Companion {
    /// [`Companion::share_receive`] with the private reason of a refusal, for tests.
    #[doc(hidden)]
    pub fn share_receive_explained(
        &self,
        envelope: &[u8],
    ) -> std::result::Result<ReceivedEnvelope, ReceiveFailure> {
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        let mut rejection = None;
        let result = store.write(|tx| {
            receive::receive(tx, sealer, now, &loc, envelope).map_err(|e| match e {
                ReceiveFailure::Rejected(r) => {
                    rejection = Some(r);
                    StegvisError::EnvelopeRejected
                }
                ReceiveFailure::Store(e) => e,
            })
        });
        match (result, rejection) {
            (Ok(v), _) => Ok(v),
            (Err(_), Some(r)) => Err(ReceiveFailure::Rejected(r)),
            (Err(e), None) => Err(ReceiveFailure::Store(e)),
        }
    }

    /// Grants (or changes) the consent and, with `send`, makes the envelope in the
    /// same transaction.
    fn grant(
        &self,
        contact_id: String,
        sections: Vec<PlanSection>,
        until: Option<String>,
        send: bool,
    ) -> Result<GrantSent> {
        let contact_id = id(&contact_id)?;
        let sections = chosen(&sections)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let today = time::local_date(now, zone);
        let until = until::parse(until.as_deref(), today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| {
            let contact = contacts::load(tx, sealer, contact_id)?;
            if contact.confirmed_at.is_none() {
                return Err(StegvisError::conflict(ConflictReason::NotConfirmed));
            }
            let start = consent::start_for(tx, sealer, contact_id, today)?;
            let terms = consent::terms(&contact.name, &sections, start, until, now, &loc);
            let (consent_id, record, event) = match consent::current(tx, sealer, contact_id, today)?
            {
                Some((consent_id, mut record)) => {
                    record.terms.push(terms);
                    consent::save(tx, sealer, consent_id, &record)?;
                    (consent_id, record, AuditEvent::Changed)
                }
                None => {
                    let record = consent::Consent {
                        terms: vec![terms],
                        withdrawn_at: None,
                    };
                    let consent_id = Uuid::new_v4();
                    consent::insert(tx, sealer, consent_id, contact_id, &record)?;
                    (consent_id, record, AuditEvent::Granted)
                }
            };
            audit::record(
                tx,
                sealer,
                &audit::Record::new(event, now, contact_id, &contact.name).sections(&sections),
            )?;
            let envelope = if send {
                let here = Here {
                    now,
                    zone,
                    loc: &loc,
                };
                send::plan_envelope(tx, sealer, &here, contact_id)?
            } else {
                Vec::new()
            };
            Ok(GrantSent {
                consent: consent::view(
                    consent_id,
                    contact_id,
                    &contact.name,
                    &record,
                    today,
                    zone,
                    &loc,
                ),
                envelope,
            })
        })
    }

    /// Makes one envelope for `contact_id` with `make` in one write, here and now.
    fn make_envelope(
        &self,
        contact_id: &str,
        make: fn(&rusqlite::Connection, &crate::store::Sealer, &Here<'_>, Uuid) -> Result<Vec<u8>>,
    ) -> Result<Vec<u8>> {
        let contact_id = id(contact_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        let here = Here {
            now,
            zone,
            loc: &loc,
        };
        store.write(|tx| make(tx, sealer, &here, contact_id))
    }

    /// This install's public keys: read when they exist (so a read-only folder still
    /// shows them), made in a write the first time.
    fn share_identity_keys(&self) -> Result<identity::PublicKeys> {
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        if let Some(me) = store.read(|tx| identity::load(tx, sealer))? {
            return Ok(me.public());
        }
        store.write(|tx| Ok(identity::load_or_create(tx, sealer, now)?.public()))
    }

    fn share_contact(&self, contact_id: Uuid) -> Result<ShareContactView> {
        self.sharing()?
            .contacts
            .into_iter()
            .find(|c| c.id == contact_id.to_string())
            .ok_or(StegvisError::not_found(crate::error::Entity::ShareContact))
    }
}

/// The sections in the plan's order; none chosen is refused.
fn chosen(sections: &[PlanSection]) -> Result<Vec<PlanSection>> {
    let sections = consent::ordered(sections);
    if sections.is_empty() {
        return Err(StegvisError::invalid(Field::Sections, InvalidReason::Empty));
    }
    Ok(sections)
}

fn section_choices(loc: &crate::l10n::Localizer) -> Vec<SectionChoice> {
    PlanSection::ALL
        .into_iter()
        .map(|section| SectionChoice {
            section,
            key: section.key().to_owned(),
            title: loc.t(&format!("plan-section-{}", section.key())),
            hint: loc.t(&format!("share-hint-{}", section.key())),
        })
        .collect()
}

fn contact_view(
    id: Uuid,
    contact: &contacts::Contact,
    consent: Option<ConsentView>,
    has_copy: bool,
    zone: chrono_tz::Tz,
    loc: &crate::l10n::Localizer,
) -> ShareContactView {
    let status_label = match (&consent, contact.confirmed_at) {
        (_, None) => loc.t("share-contact-unconfirmed"),
        (Some(c), _) => loc.ta(
            "share-contact-sharing",
            &Args::new()
                .num("count", c.sections.len() as i64)
                .text("period", c.period_label.clone()),
        ),
        (None, _) => loc.t("share-contact-not-sharing"),
    };
    ShareContactView {
        id: id.to_string(),
        name: contact.name.clone(),
        fingerprint: contact.keys().identity().fingerprint,
        confirmed: contact.confirmed_at.is_some(),
        paired_label: loc.ta(
            "share-contact-paired",
            &Args::new().text("date", loc.date(time::local_date(contact.paired_at, zone))),
        ),
        status_label,
        consent,
        has_copy,
    }
}
