//! Copies of other people's plans, held read-only as their supporter: only the parts
//! they chose, replaced by each newer envelope, deleted by a withdrawal or by the
//! supporter, and no longer shown once past their expiry.

use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{SupporterContact, SupporterItem, SupporterPlan, SupporterSection};
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};
use crate::plan::{ContactKind, PlanSection};
use crate::store::{map_sqlite, rows, Sealer};
use crate::time::Timestamp;

const TABLE: &str = "shared_copies";

/// What an envelope carries: the chosen parts of the plan, in the sender's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SharedPlan {
    pub plan_version: u32,
    pub sections: Vec<PlanSection>,
    pub items: Vec<SharedItem>,
}

/// One item of a shared section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SharedItem {
    pub section: PlanSection,
    pub text: String,
    /// A sign others often notice before the participant does.
    #[serde(default)]
    pub others_notice: bool,
    /// Who a supporter step is for, as the participant wrote it.
    #[serde(default)]
    pub supporter: Option<String>,
    /// The supporter step is for the person this copy was sent to.
    #[serde(default)]
    pub for_you: bool,
    #[serde(default)]
    pub reach: Option<String>,
    #[serde(default)]
    pub contact_kind: Option<ContactKind>,
}

/// A held copy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Copy {
    pub plan: SharedPlan,
    pub sequence: u64,
    pub created_at: Timestamp,
    pub received_at: Timestamp,
    pub expires_at: Option<Timestamp>,
}

impl Copy {
    pub fn is_open(&self, now: Timestamp) -> bool {
        self.expires_at.is_none_or(|e| now < e)
    }
}

/// Every copy that opens, with its contact.
pub(crate) fn all(conn: &Connection, sealer: &Sealer) -> Result<Vec<(Uuid, Copy)>, StegvisError> {
    let mut out = Vec::new();
    for (row, copy) in rows::open_all::<Copy>(rows::select(conn, TABLE, "", [])?, sealer, TABLE)? {
        let contact =
            Uuid::parse_str(row.text("contact_id")?).map_err(|_| StegvisError::Storage {
                detail: "contact_id column".to_owned(),
            })?;
        out.push((contact, copy));
    }
    Ok(out)
}

/// Deletes the copy from `contact`; whether there was one.
pub(crate) fn remove(conn: &Connection, contact: Uuid) -> Result<bool, StegvisError> {
    conn.execute(
        "DELETE FROM shared_copies WHERE contact_id = ?1",
        [contact.to_string()],
    )
    .map(|n| n > 0)
    .map_err(map_sqlite)
}

/// Deletes every copy past its end.
pub(crate) fn remove_expired(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
) -> Result<(), StegvisError> {
    for (contact, copy) in all(conn, sealer)? {
        if !copy.is_open(now) {
            remove(conn, contact)?;
        }
    }
    Ok(())
}

/// Keeps `copy` as the one copy from `contact`.
pub(crate) fn replace(
    conn: &Connection,
    sealer: &Sealer,
    contact: Uuid,
    copy: &Copy,
) -> Result<(), StegvisError> {
    remove(conn, contact)?;
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[
            ("id", Value::Text(Uuid::new_v4().to_string())),
            ("contact_id", Value::Text(contact.to_string())),
        ],
        copy,
    )
}

fn item(text: &str, detail: Option<String>) -> SupporterItem {
    SupporterItem {
        text: text.to_owned(),
        detail,
    }
}

/// A copy as the supporter reads it.
pub(crate) fn view(
    contact: Uuid,
    from_name: &str,
    copy: &Copy,
    now: Timestamp,
    zone: Tz,
    loc: &Localizer,
) -> SupporterPlan {
    let today = crate::time::local_date(now, zone);
    let items = |section: PlanSection| copy.plan.items.iter().filter(move |i| i.section == section);
    let mut watch_for: Vec<&SharedItem> = items(PlanSection::Signs).collect();
    watch_for.sort_by_key(|i| !i.others_notice);
    let mut to_do: Vec<&SharedItem> = items(PlanSection::SupporterActions).collect();
    to_do.sort_by_key(|i| !i.for_you);
    let contacts = items(PlanSection::Contacts)
        .map(|i| {
            let kind = i.contact_kind.unwrap_or_default();
            SupporterContact {
                name: i.text.clone(),
                detail: loc.ta(
                    "plan-contact-detail",
                    &Args::new()
                        .text("kind", loc.t(&format!("contact-kind-{}", kind.key())))
                        .text("reach", i.reach.clone().unwrap_or_default()),
                ),
                phone: i.reach.as_deref().and_then(crate::today::dial_number),
            }
        })
        .collect();
    let other_sections = [
        PlanSection::Triggers,
        PlanSection::Actions,
        PlanSection::WhatHelped,
        PlanSection::Preferences,
    ]
    .into_iter()
    .filter(|s| copy.plan.sections.contains(s))
    .map(|section| SupporterSection {
        section,
        title: loc.ta(
            &format!("supporter-section-{}", section.key()),
            &Args::new().text("name", from_name.to_owned()),
        ),
        items: items(section).map(|i| item(&i.text, None)).collect(),
    })
    .collect();
    let expires_label = match copy.expires_at {
        Some(at) => loc.ta(
            "supporter-expires",
            &Args::new().text(
                "date",
                loc.date_near(
                    crate::time::local_date(at - chrono::Duration::milliseconds(1), zone),
                    today,
                ),
            ),
        ),
        None => loc.ta(
            "supporter-expires-never",
            &Args::new().text("name", from_name.to_owned()),
        ),
    };
    SupporterPlan {
        contact_id: contact.to_string(),
        from_name: from_name.to_owned(),
        title: loc.ta(
            "supporter-plan-title",
            &Args::new().text("name", from_name.to_owned()),
        ),
        received_label: loc.ta(
            "supporter-received",
            &Args::new().text("at", loc.date_time(&copy.received_at.with_timezone(&zone))),
        ),
        expires_label,
        expires_at: copy.expires_at,
        sections: super::consent::ordered(&copy.plan.sections),
        watch_for: watch_for
            .into_iter()
            .map(|i| {
                item(
                    &i.text,
                    i.others_notice.then(|| loc.t("supporter-others-notice")),
                )
            })
            .collect(),
        what_to_do: to_do
            .into_iter()
            .map(|i| {
                let detail = if i.for_you {
                    Some(loc.t("supporter-for-you"))
                } else {
                    i.supporter.as_ref().map(|s| {
                        loc.ta(
                            "plan-for-supporter",
                            &Args::new().text("supporter", s.clone()),
                        )
                    })
                };
                item(&i.text, detail)
            })
            .collect(),
        contacts,
        other_sections,
    }
}
