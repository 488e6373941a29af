//! Applying edits to the plan: each item is checked for its section, every edit of a
//! save is applied or none, and a save that changes something is a new version.

use std::collections::HashMap;

use rusqlite::Connection;
use uuid::Uuid;

use super::db;
use super::model::{ContactKind, Plan, PlanEdit, PlanItem, PlanSection};
use crate::error::{Entity, Field, InvalidReason, StegvisError};
use crate::signs::db as signs_db;
use crate::store::Sealer;
use crate::time::Timestamp;
use crate::validate::{self, MAX_LABEL, MAX_TEXT};

/// Most items one section holds; a plan should fit on a page or two.
pub const MAX_ITEMS: usize = 50;
/// Most rules a plan holds.
pub const MAX_RULES: usize = 20;

fn item(
    section: PlanSection,
    input: &PlanItem,
    signs: &HashMap<Uuid, bool>,
) -> Result<PlanItem, StegvisError> {
    let required = |t: &str| validate::required(t, Field::PlanItemText);
    Ok(match section {
        PlanSection::Signs => {
            let text = input.sign_id.as_deref().unwrap_or_default();
            let id = validate::id(text)?;
            if !signs.contains_key(&id) {
                return Err(StegvisError::not_found(Entity::Sign));
            }
            PlanItem {
                sign_id: Some(id.to_string()),
                ..PlanItem::default()
            }
        }
        PlanSection::SupporterActions => PlanItem {
            text: required(&input.text)?,
            supporter: Some(validate::bounded(
                input.supporter.as_deref().unwrap_or_default(),
                Field::Supporter,
                MAX_LABEL,
            )?),
            ..PlanItem::default()
        },
        PlanSection::Contacts => PlanItem {
            text: validate::bounded(&input.text, Field::PlanItemText, MAX_LABEL)?,
            reach: Some(validate::bounded(
                input.reach.as_deref().unwrap_or_default(),
                Field::Reach,
                MAX_LABEL,
            )?),
            contact_kind: Some(input.contact_kind.unwrap_or(ContactKind::Other)),
            ..PlanItem::default()
        },
        _ => PlanItem {
            text: validate::bounded(&input.text, Field::PlanItemText, MAX_TEXT)?,
            ..PlanItem::default()
        },
    })
}

fn index(number: u32, len: usize) -> Result<usize, StegvisError> {
    validate::in_range(i64::from(number), Field::Index, 1, len.max(1) as i64)?;
    if len == 0 {
        return Err(StegvisError::invalid(
            Field::Index,
            InvalidReason::OutOfRange { min: 1, max: 0 },
        ));
    }
    Ok(number as usize - 1)
}

/// Applies `edits` to a copy of `plan`; the original is untouched on any error.
pub(crate) fn apply(
    plan: &Plan,
    edits: &[PlanEdit],
    signs: &HashMap<Uuid, bool>,
    names: &HashMap<Uuid, String>,
) -> Result<Plan, StegvisError> {
    let mut plan = plan.clone();
    for edit in edits {
        match edit {
            PlanEdit::AddItem {
                section,
                item: input,
            } => {
                let new = item(*section, input, signs)?;
                let items = plan.items_mut(*section);
                if items.len() >= MAX_ITEMS {
                    return Err(StegvisError::invalid(
                        Field::Index,
                        InvalidReason::OutOfRange {
                            min: 1,
                            max: MAX_ITEMS as i64,
                        },
                    ));
                }
                items.push(new);
            }
            PlanEdit::ReplaceItem {
                section,
                number,
                item: input,
            } => {
                let new = item(*section, input, signs)?;
                let items = plan.items_mut(*section);
                let i = index(*number, items.len())?;
                items[i] = new;
            }
            PlanEdit::RemoveItem { section, number } => {
                let items = plan.items_mut(*section);
                let i = index(*number, items.len())?;
                items.remove(i);
            }
            PlanEdit::MoveItem {
                section,
                number,
                to,
            } => {
                let items = plan.items_mut(*section);
                let from = index(*number, items.len())?;
                let to = index(*to, items.len())?;
                let moved = items.remove(from);
                items.insert(to, moved);
            }
            PlanEdit::AddRule { rule } => {
                if plan.rules.len() >= MAX_RULES {
                    return Err(StegvisError::invalid(
                        Field::Index,
                        InvalidReason::OutOfRange {
                            min: 1,
                            max: MAX_RULES as i64,
                        },
                    ));
                }
                plan.rules.push(rule.validated(names)?);
            }
            PlanEdit::RemoveRule { number } => {
                let i = index(*number, plan.rules.len())?;
                plan.rules.remove(i);
            }
        }
    }
    Ok(plan)
}

/// Applies the edits and saves a new version when anything changed.
pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    edits: &[PlanEdit],
    loc: &crate::l10n::Localizer,
) -> Result<(), StegvisError> {
    let signs = signs_db::list_signs(conn, sealer, true)?;
    let active: HashMap<Uuid, bool> = signs
        .iter()
        .map(|s| (s.id, s.retired_at.is_none()))
        .collect();
    let names: HashMap<Uuid, String> = signs
        .iter()
        .map(|s| (s.id, crate::signs::views::sign_name(&s.body, loc)))
        .collect();
    let current = db::current(conn, sealer)?
        .map(|v| v.plan)
        .unwrap_or_default();
    let next = apply(&current, edits, &active, &names)?;
    if next != current {
        db::insert(conn, sealer, &next, now)?;
    }
    Ok(())
}
