//! Consents: what the participant shares with whom, from when and until when, and the
//! exact words they agreed to (kept with their SHA-256, so the record shows what was
//! said). A change adds terms to the same consent; a withdrawal ends it for good, and
//! sharing again starts a new consent. Every consent stays readable.

use chrono::NaiveDate;
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::identity::hex;
use super::model::ConsentView;
use crate::error::{Entity, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::plan::PlanSection;
use crate::store::{rows, Sealer};
use crate::time::Timestamp;

pub(crate) const TABLE: &str = "share_consents";

/// What was agreed at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Terms {
    pub sections: Vec<PlanSection>,
    pub start: NaiveDate,
    pub until: Option<NaiveDate>,
    /// The text shown, in the language it was shown in.
    pub text: String,
    /// SHA-256 of `text`, hex.
    pub text_hash: String,
    pub at: Timestamp,
}

/// A consent: the terms as first given, then each change; and its withdrawal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Consent {
    pub terms: Vec<Terms>,
    pub withdrawn_at: Option<Timestamp>,
}

impl Consent {
    /// The terms in force (the last given).
    pub fn terms(&self) -> Option<&Terms> {
        self.terms.last()
    }

    /// Not withdrawn and not past its last day.
    pub fn is_current(&self, today: NaiveDate) -> bool {
        self.withdrawn_at.is_none()
            && self
                .terms()
                .is_some_and(|t| t.until.is_none_or(|until| today <= until))
    }
}

/// Sections in the plan's order, each once.
pub(crate) fn ordered(sections: &[PlanSection]) -> Vec<PlanSection> {
    PlanSection::ALL
        .into_iter()
        .filter(|s| sections.contains(s))
        .collect()
}

fn titles(sections: &[PlanSection], loc: &Localizer) -> Vec<String> {
    sections
        .iter()
        .map(|s| loc.t(&format!("plan-section-{}", s.key())))
        .collect()
}

fn period(start: NaiveDate, until: Option<NaiveDate>, today: NaiveDate, loc: &Localizer) -> String {
    match until {
        Some(until) => loc.ta(
            "share-period-until",
            &Args::new()
                .text("start", loc.date_near(start, today))
                .text("until", loc.date_near(until, today)),
        ),
        None => loc.ta(
            "share-period-open",
            &Args::new().text("start", loc.date_near(start, today)),
        ),
    }
}

/// The words the participant agrees to, in their language.
pub(crate) fn text(
    name: &str,
    sections: &[PlanSection],
    start: NaiveDate,
    until: Option<NaiveDate>,
    loc: &Localizer,
) -> String {
    loc.ta(
        "share-consent-text",
        &Args::new()
            .text("name", name.to_owned())
            .text("sections", titles(sections, loc).join("; "))
            .text("period", period(start, until, start, loc)),
    )
}

/// Terms for `sections` from `start`, with their text and its hash.
pub(crate) fn terms(
    name: &str,
    sections: &[PlanSection],
    start: NaiveDate,
    until: Option<NaiveDate>,
    now: Timestamp,
    loc: &Localizer,
) -> Terms {
    let text = text(name, sections, start, until, loc);
    Terms {
        sections: sections.to_vec(),
        start,
        until,
        text_hash: hex(&crate::crypto::sha256(text.as_bytes())),
        text,
        at: now,
    }
}

/// Every consent that opens, with its contact: newest first.
pub(crate) fn all(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<(Uuid, Uuid, Consent)>, StegvisError> {
    let found = rows::open_all::<Consent>(rows::select(conn, TABLE, "", [])?, sealer, TABLE)?;
    let mut out = Vec::with_capacity(found.len());
    for (row, consent) in found {
        let id = parse_id(row.text("id")?)?;
        let contact = parse_id(row.text("contact_id")?)?;
        out.push((id, contact, consent));
    }
    out.sort_by_key(|(_, _, c)| std::cmp::Reverse(c.terms.first().map(|t| t.at)));
    Ok(out)
}

fn parse_id(text: &str) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(text).map_err(|_| StegvisError::Storage {
        detail: "id column".to_owned(),
    })
}

/// The consent in force for `contact`, if any.
pub(crate) fn current(
    conn: &Connection,
    sealer: &Sealer,
    contact: Uuid,
    today: NaiveDate,
) -> Result<Option<(Uuid, Consent)>, StegvisError> {
    Ok(all(conn, sealer)?
        .into_iter()
        .find(|(_, c, consent)| *c == contact && consent.is_current(today))
        .map(|(id, _, consent)| (id, consent)))
}

/// The first day of what `contact` would be agreeing to now: the current consent's
/// first day when this changes it, else today. The text shown and the text kept use it.
pub(crate) fn start_for(
    conn: &Connection,
    sealer: &Sealer,
    contact: Uuid,
    today: NaiveDate,
) -> Result<NaiveDate, StegvisError> {
    Ok(current(conn, sealer, contact, today)?
        .and_then(|(_, c)| c.terms().map(|t| t.start))
        .unwrap_or(today))
}

/// The newest consent not yet withdrawn for `contact`: current, or past its last day.
pub(crate) fn open_for(
    conn: &Connection,
    sealer: &Sealer,
    contact: Uuid,
) -> Result<Option<(Uuid, Consent)>, StegvisError> {
    Ok(all(conn, sealer)?
        .into_iter()
        .find(|(_, c, consent)| *c == contact && consent.withdrawn_at.is_none())
        .map(|(id, _, consent)| (id, consent)))
}

/// Whether any consent was ever given to `contact`.
pub(crate) fn any_for(
    conn: &Connection,
    sealer: &Sealer,
    contact: Uuid,
) -> Result<bool, StegvisError> {
    Ok(all(conn, sealer)?.iter().any(|(_, c, _)| *c == contact))
}

pub(crate) fn insert(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    contact: Uuid,
    consent: &Consent,
) -> Result<(), StegvisError> {
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[
            ("id", Value::Text(id.to_string())),
            ("contact_id", Value::Text(contact.to_string())),
        ],
        consent,
    )
}

pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    consent: &Consent,
) -> Result<(), StegvisError> {
    if rows::update(conn, sealer, TABLE, "id", &id.to_string(), &[], consent)? {
        Ok(())
    } else {
        Err(StegvisError::not_found(Entity::Consent))
    }
}

/// A consent as the participant reads it.
pub(crate) fn view(
    id: Uuid,
    contact: Uuid,
    contact_name: &str,
    consent: &Consent,
    today: NaiveDate,
    zone: Tz,
    loc: &Localizer,
) -> ConsentView {
    let at = |t: &Timestamp| loc.date_time(&t.with_timezone(&zone));
    let mut history = Vec::new();
    for (i, terms) in consent.terms.iter().enumerate() {
        let id = if i == 0 {
            "share-history-given"
        } else {
            "share-history-changed"
        };
        history.push(loc.ta(id, &Args::new().text("at", at(&terms.at))));
    }
    if let Some(withdrawn) = &consent.withdrawn_at {
        history.push(loc.ta(
            "share-history-withdrawn",
            &Args::new().text("at", at(withdrawn)),
        ));
    }
    let terms = consent.terms().cloned().unwrap_or(Terms {
        sections: Vec::new(),
        start: today,
        until: None,
        text: String::new(),
        text_hash: String::new(),
        at: Timestamp::default(),
    });
    let is_current = consent.is_current(today);
    let status_label = match (&consent.withdrawn_at, terms.until) {
        (Some(w), _) => loc.ta(
            "share-status-withdrawn",
            &Args::new().text(
                "date",
                loc.date_near(crate::time::local_date(*w, zone), today),
            ),
        ),
        (None, Some(until)) if until < today => loc.ta(
            "share-status-ended",
            &Args::new().text("date", loc.date_near(until, today)),
        ),
        _ => loc.t("share-status-current"),
    };
    let sections = ordered(&terms.sections);
    ConsentView {
        id: id.to_string(),
        contact_id: contact.to_string(),
        contact_name: contact_name.to_owned(),
        section_titles: titles(&sections, loc),
        sections,
        until: terms.until.map(|d| d.to_string()),
        period_label: period(terms.start, terms.until, today, loc),
        text: terms.text,
        history,
        is_current,
        status_label,
    }
}
