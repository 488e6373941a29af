//! The eleven IMR modules in the program's order, by stable key, and how a home
//! assignment's free-text module ("Recovery strategies", "mestringsstrategier",
//! `recovery-strategies`) is matched to one of them.

use serde::{Deserialize, Serialize};

use crate::l10n::{Lang, Localizer};

/// One module of the IMR program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ImrModule {
    RecoveryStrategies,
    PracticalFacts,
    StressVulnerability,
    SocialSupport,
    UsingMedication,
    DrugAlcohol,
    ReducingRelapses,
    CopingWithStress,
    CopingWithProblems,
    MentalHealthSystem,
    HealthyLifestyles,
}

impl ImrModule {
    /// Every module, in the program's order.
    pub const ALL: [ImrModule; 11] = [
        ImrModule::RecoveryStrategies,
        ImrModule::PracticalFacts,
        ImrModule::StressVulnerability,
        ImrModule::SocialSupport,
        ImrModule::UsingMedication,
        ImrModule::DrugAlcohol,
        ImrModule::ReducingRelapses,
        ImrModule::CopingWithStress,
        ImrModule::CopingWithProblems,
        ImrModule::MentalHealthSystem,
        ImrModule::HealthyLifestyles,
    ];

    /// Stable key, e.g. `recovery-strategies`: what the terminal takes and JSON shows.
    pub fn key(self) -> &'static str {
        match self {
            ImrModule::RecoveryStrategies => "recovery-strategies",
            ImrModule::PracticalFacts => "practical-facts",
            ImrModule::StressVulnerability => "stress-vulnerability",
            ImrModule::SocialSupport => "social-support",
            ImrModule::UsingMedication => "using-medication",
            ImrModule::DrugAlcohol => "drug-alcohol",
            ImrModule::ReducingRelapses => "reducing-relapses",
            ImrModule::CopingWithStress => "coping-with-stress",
            ImrModule::CopingWithProblems => "coping-with-problems",
            ImrModule::MentalHealthSystem => "mental-health-system",
            ImrModule::HealthyLifestyles => "healthy-lifestyles",
        }
    }

    /// The module with this key (exactly, after trimming and ignoring case).
    pub fn from_key(key: &str) -> Option<ImrModule> {
        let key = key.trim();
        ImrModule::ALL
            .into_iter()
            .find(|m| m.key().eq_ignore_ascii_case(key))
    }

    /// 1 for the first module of the program.
    pub fn number(self) -> u32 {
        ImrModule::ALL.iter().position(|m| *m == self).unwrap_or(0) as u32 + 1
    }

    /// The module's name in `loc`'s language.
    pub fn name(self, loc: &Localizer) -> String {
        loc.t(&format!("module-{}-name", self.key()))
    }

    /// One plain line on what the module is about.
    pub fn description(self, loc: &Localizer) -> String {
        loc.t(&format!("module-{}-description", self.key()))
    }

    /// The module a home assignment's free text names: its key or its name in any of
    /// the four languages, trimmed and ignoring case. `None` for anything else, so a
    /// practitioner's own wording is kept as written and simply not filed.
    pub fn resolve(text: &str) -> Option<ImrModule> {
        let wanted = fold(text);
        if wanted.is_empty() {
            return None;
        }
        ImrModule::ALL.into_iter().find(|m| {
            fold(m.key()) == wanted
                || Lang::ALL
                    .iter()
                    .any(|&lang| fold(&m.name(&Localizer::new(lang))) == wanted)
        })
    }
}

/// Trimmed, inner white space collapsed, lower case: how two spellings are compared.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The localized name of the module with key `key`, or `None` for an unknown key.
/// Other parts of the core (summaries, the report) name modules through this.
pub fn module_name(key: &str, loc: &Localizer) -> Option<String> {
    ImrModule::from_key(key).map(|m| m.name(loc))
}

/// What a step's module text is shown as: the localized name when it names a module
/// by key, otherwise the text as the person or practitioner wrote it.
pub(crate) fn display_text(text: &str, loc: &Localizer) -> String {
    match ImrModule::from_key(text) {
        Some(m) => m.name(loc),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_round_trip() {
        for m in ImrModule::ALL {
            assert_eq!(ImrModule::from_key(m.key()), Some(m));
        }
        assert_eq!(ImrModule::RecoveryStrategies.number(), 1);
        assert_eq!(ImrModule::HealthyLifestyles.number(), 11);
    }

    #[test]
    fn a_name_in_any_language_or_the_key_resolves() {
        assert_eq!(
            ImrModule::resolve("  Recovery strategies "),
            Some(ImrModule::RecoveryStrategies)
        );
        assert_eq!(
            ImrModule::resolve("RECOVERY-STRATEGIES"),
            Some(ImrModule::RecoveryStrategies)
        );
        let nb = ImrModule::UsingMedication.name(&Localizer::new(Lang::Nb));
        assert_eq!(
            ImrModule::resolve(&nb.to_uppercase()),
            Some(ImrModule::UsingMedication)
        );
        assert_eq!(ImrModule::resolve("Something else"), None);
        assert_eq!(ImrModule::resolve("  "), None);
    }

    #[test]
    fn every_name_is_distinct_within_each_language() {
        for lang in Lang::ALL {
            let loc = Localizer::new(lang);
            let mut names: Vec<String> =
                ImrModule::ALL.iter().map(|m| fold(&m.name(&loc))).collect();
            assert!(names.iter().all(|n| !n.starts_with("module-")), "{lang}");
            names.sort();
            names.dedup();
            assert_eq!(names.len(), 11, "{lang}");
        }
    }
}
