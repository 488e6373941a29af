//! The plan's records.

use serde::{Deserialize, Serialize};

use crate::signs::{Rule, RuleView};
use crate::time::Timestamp;

/// The plan's sections, with stable keys for scripts and sharing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PlanSection {
    Triggers,
    Signs,
    Actions,
    SupporterActions,
    Contacts,
    WhatHelped,
    Preferences,
}

impl PlanSection {
    pub const ALL: [PlanSection; 7] = [
        PlanSection::Triggers,
        PlanSection::Signs,
        PlanSection::Actions,
        PlanSection::SupporterActions,
        PlanSection::Contacts,
        PlanSection::WhatHelped,
        PlanSection::Preferences,
    ];

    /// `triggers`, `signs`, `actions`, `supporter-actions`, `contacts`,
    /// `what-helped`, `preferences`.
    pub fn key(self) -> &'static str {
        match self {
            PlanSection::Triggers => "triggers",
            PlanSection::Signs => "signs",
            PlanSection::Actions => "actions",
            PlanSection::SupporterActions => "supporter-actions",
            PlanSection::Contacts => "contacts",
            PlanSection::WhatHelped => "what-helped",
            PlanSection::Preferences => "preferences",
        }
    }

    pub fn from_key(key: &str) -> Option<PlanSection> {
        PlanSection::ALL.into_iter().find(|s| s.key() == key.trim())
    }
}

/// Sections typed as keys separated by commas (`signs,supporter-actions`), as a
/// terminal or a script names them. A key the app does not know, or none at all, is
/// refused naming the field, so nothing is shared by a typo.
pub fn parse_plan_sections(text: &str) -> Result<Vec<PlanSection>, crate::error::StegvisError> {
    use crate::error::{Field, InvalidReason, StegvisError};
    let mut sections = Vec::new();
    for key in text.split(',').map(str::trim).filter(|k| !k.is_empty()) {
        let section = PlanSection::from_key(key)
            .ok_or_else(|| StegvisError::invalid(Field::Sections, InvalidReason::Unknown))?;
        if !sections.contains(&section) {
            sections.push(section);
        }
    }
    if sections.is_empty() {
        return Err(StegvisError::invalid(Field::Sections, InvalidReason::Empty));
    }
    Ok(sections)
}

/// Who a contact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ContactKind {
    Supporter,
    Clinic,
    CrisisLine,
    #[default]
    Other,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] = [
        ContactKind::Supporter,
        ContactKind::Clinic,
        ContactKind::CrisisLine,
        ContactKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ContactKind::Supporter => "supporter",
            ContactKind::Clinic => "clinic",
            ContactKind::CrisisLine => "crisis-line",
            ContactKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<ContactKind> {
        ContactKind::ALL.into_iter().find(|k| k.key() == key.trim())
    }
}

/// One item of a section. Which fields count depends on the section: `text` for most;
/// `sign_id` in `signs`; `supporter` and `text` in `supporter-actions`; `text` (the
/// name), `reach` and `contact_kind` in `contacts`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanItem {
    pub text: String,
    pub supporter: Option<String>,
    pub reach: Option<String>,
    pub contact_kind: Option<ContactKind>,
    pub sign_id: Option<String>,
}

/// The whole plan as saved in one version.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Plan {
    pub triggers: Vec<PlanItem>,
    pub signs: Vec<PlanItem>,
    pub actions: Vec<PlanItem>,
    pub supporter_actions: Vec<PlanItem>,
    pub contacts: Vec<PlanItem>,
    pub what_helped: Vec<PlanItem>,
    pub preferences: Vec<PlanItem>,
    pub rules: Vec<Rule>,
}

impl Plan {
    pub(crate) fn items(&self, section: PlanSection) -> &Vec<PlanItem> {
        match section {
            PlanSection::Triggers => &self.triggers,
            PlanSection::Signs => &self.signs,
            PlanSection::Actions => &self.actions,
            PlanSection::SupporterActions => &self.supporter_actions,
            PlanSection::Contacts => &self.contacts,
            PlanSection::WhatHelped => &self.what_helped,
            PlanSection::Preferences => &self.preferences,
        }
    }

    pub(crate) fn items_mut(&mut self, section: PlanSection) -> &mut Vec<PlanItem> {
        match section {
            PlanSection::Triggers => &mut self.triggers,
            PlanSection::Signs => &mut self.signs,
            PlanSection::Actions => &mut self.actions,
            PlanSection::SupporterActions => &mut self.supporter_actions,
            PlanSection::Contacts => &mut self.contacts,
            PlanSection::WhatHelped => &mut self.what_helped,
            PlanSection::Preferences => &mut self.preferences,
        }
    }
}

/// One change to the plan. Numbers are 1-based, as shown.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PlanEdit {
    AddItem {
        section: PlanSection,
        item: PlanItem,
    },
    ReplaceItem {
        section: PlanSection,
        number: u32,
        item: PlanItem,
    },
    RemoveItem {
        section: PlanSection,
        number: u32,
    },
    MoveItem {
        section: PlanSection,
        number: u32,
        to: u32,
    },
    AddRule {
        rule: Rule,
    },
    RemoveRule {
        number: u32,
    },
}

/// An item ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanItemView {
    pub number: u32,
    pub text: String,
    pub detail: Option<String>,
    pub item: PlanItem,
    /// For a contact: the number a call button dials, picked out of how to reach them
    /// ("Weekdays 8 to 15, phone 22 00 00 00" gives "22000000"); `None` when the words
    /// name no number, and for every other section.
    pub phone: Option<String>,
}

/// A section with its title, a hint of what belongs in it, and its items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanSectionView {
    pub section: PlanSection,
    pub key: String,
    pub title: String,
    pub hint: String,
    pub items: Vec<PlanItemView>,
}

/// A version of the plan as a shell shows it. Version 0 is the empty plan before
/// the first save.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanView {
    pub version: u32,
    pub saved_at: Option<Timestamp>,
    /// "Version 3, saved Monday 2 November, 10:00" (or "not saved yet"), local and localized.
    pub saved_label: String,
    pub title: String,
    pub sections: Vec<PlanSectionView>,
    pub rules: Vec<RuleView>,
}

/// One entry of the plan's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanVersionSummary {
    pub version: u32,
    pub saved_at: Timestamp,
    /// "Version 3, saved Monday 2 November, 10:00", local and localized.
    pub saved_label: String,
    /// "12 items, 2 rules", localized.
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Field, InvalidReason, StegvisError};

    #[test]
    fn sections_are_read_from_their_keys() {
        assert_eq!(
            parse_plan_sections(" supporter-actions, contacts,signs,contacts ").unwrap(),
            [
                PlanSection::SupporterActions,
                PlanSection::Contacts,
                PlanSection::Signs
            ]
        );
        let all = PlanSection::ALL.map(PlanSection::key).join(",");
        assert_eq!(parse_plan_sections(&all).unwrap(), PlanSection::ALL);
    }

    #[test]
    fn an_unknown_or_missing_section_names_the_field() {
        for (text, reason) in [
            ("nonsense", InvalidReason::Unknown),
            ("signs,Signs", InvalidReason::Unknown),
            ("", InvalidReason::Empty),
            (" , ", InvalidReason::Empty),
        ] {
            assert_eq!(
                parse_plan_sections(text),
                Err(StegvisError::invalid(Field::Sections, reason)),
                "{text:?}"
            );
        }
    }
}
