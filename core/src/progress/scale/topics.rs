//! The fifteen topics of the IMR Scale in the scale's order, by stable key. Every
//! topic is worded so that 5 is the answer that points most towards recovery, so
//! higher is better on every line and a total means something.

use serde::{Deserialize, Serialize};

use crate::l10n::Localizer;

/// The lowest and highest answer of every topic.
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 5;

/// One topic of the IMR Scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ScaleTopic {
    Knowledge,
    FamilyFriends,
    SocialContact,
    StructuredRoles,
    SymptomDistress,
    Impairment,
    RelapsePlanning,
    Relapses,
    Hospitalizations,
    Coping,
    SelfHelp,
    Medication,
    Alcohol,
    Drugs,
    Goals,
}

impl ScaleTopic {
    /// Every topic, in the scale's order.
    pub const ALL: [ScaleTopic; 15] = [
        ScaleTopic::Knowledge,
        ScaleTopic::FamilyFriends,
        ScaleTopic::SocialContact,
        ScaleTopic::StructuredRoles,
        ScaleTopic::SymptomDistress,
        ScaleTopic::Impairment,
        ScaleTopic::RelapsePlanning,
        ScaleTopic::Relapses,
        ScaleTopic::Hospitalizations,
        ScaleTopic::Coping,
        ScaleTopic::SelfHelp,
        ScaleTopic::Medication,
        ScaleTopic::Alcohol,
        ScaleTopic::Drugs,
        ScaleTopic::Goals,
    ];

    /// Stable key, e.g. `knowledge`, `family-friends`.
    pub fn key(self) -> &'static str {
        match self {
            ScaleTopic::Knowledge => "knowledge",
            ScaleTopic::FamilyFriends => "family-friends",
            ScaleTopic::SocialContact => "social-contact",
            ScaleTopic::StructuredRoles => "structured-roles",
            ScaleTopic::SymptomDistress => "symptom-distress",
            ScaleTopic::Impairment => "impairment",
            ScaleTopic::RelapsePlanning => "relapse-planning",
            ScaleTopic::Relapses => "relapses",
            ScaleTopic::Hospitalizations => "hospitalizations",
            ScaleTopic::Coping => "coping",
            ScaleTopic::SelfHelp => "self-help",
            ScaleTopic::Medication => "medication",
            ScaleTopic::Alcohol => "alcohol",
            ScaleTopic::Drugs => "drugs",
            ScaleTopic::Goals => "goals",
        }
    }

    /// The topic with this key (trimmed, ignoring case).
    pub fn from_key(key: &str) -> Option<ScaleTopic> {
        let key = key.trim();
        ScaleTopic::ALL
            .into_iter()
            .find(|t| t.key().eq_ignore_ascii_case(key))
    }

    /// 1 for the first topic.
    pub fn number(self) -> u32 {
        ScaleTopic::ALL.iter().position(|t| *t == self).unwrap_or(0) as u32 + 1
    }

    /// The topic's short name, localized.
    pub fn name(self, loc: &Localizer) -> String {
        loc.t(&format!("scale-{}-name", self.key()))
    }

    /// The question in plain words, localized.
    pub fn question(self, loc: &Localizer) -> String {
        loc.t(&format!("scale-{}-question", self.key()))
    }

    /// What answer `value` (1 to 5) says, localized.
    pub fn anchor(self, value: u8, loc: &Localizer) -> String {
        loc.t(&format!("scale-{}-{value}", self.key()))
    }
}

/// The localized name of the topic with key `key`, or `None` for an unknown key.
/// Other parts of the core (summaries, the report) name topics through this.
pub fn scale_topic_name(key: &str, loc: &Localizer) -> Option<String> {
    ScaleTopic::from_key(key).map(|t| t.name(loc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn every_topic_has_a_question_and_five_answers_in_every_language() {
        for lang in Lang::ALL {
            let loc = Localizer::new(lang);
            for t in ScaleTopic::ALL {
                assert_eq!(ScaleTopic::from_key(t.key()), Some(t));
                let mut texts = vec![t.name(&loc), t.question(&loc)];
                texts.extend((SCALE_MIN..=SCALE_MAX).map(|v| t.anchor(v, &loc)));
                for text in &texts {
                    assert!(!text.starts_with("scale-"), "{lang} {text}");
                }
                let mut anchors = texts[2..].to_vec();
                anchors.dedup();
                assert_eq!(anchors.len(), 5, "{lang} {}", t.key());
            }
        }
    }
}
