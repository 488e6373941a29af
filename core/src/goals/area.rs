use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::Localizer;

/// The part of life a goal belongs to. Keys are stable for scripts; names are
/// localized for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LifeArea {
    WorkStudy,
    Housing,
    Relationships,
    Health,
    Leisure,
    Money,
    DailyLiving,
    Other,
}

impl LifeArea {
    pub const ALL: [LifeArea; 8] = [
        LifeArea::WorkStudy,
        LifeArea::Housing,
        LifeArea::Relationships,
        LifeArea::Health,
        LifeArea::Leisure,
        LifeArea::Money,
        LifeArea::DailyLiving,
        LifeArea::Other,
    ];

    /// Stable key such as `health` or `daily-living`.
    pub fn key(self) -> &'static str {
        match self {
            LifeArea::WorkStudy => "work-study",
            LifeArea::Housing => "housing",
            LifeArea::Relationships => "relationships",
            LifeArea::Health => "health",
            LifeArea::Leisure => "leisure",
            LifeArea::Money => "money",
            LifeArea::DailyLiving => "daily-living",
            LifeArea::Other => "other",
        }
    }

    /// Reads a key; unknown keys are a typed error naming the field.
    pub fn from_key(key: &str) -> Result<LifeArea, StegvisError> {
        let key = key.trim();
        LifeArea::ALL
            .into_iter()
            .find(|a| a.key() == key)
            .ok_or_else(|| {
                StegvisError::invalid(
                    Field::LifeArea,
                    if key.is_empty() {
                        InvalidReason::Empty
                    } else {
                        InvalidReason::Unknown
                    },
                )
            })
    }

    /// The localized name.
    pub fn name(self, loc: &Localizer) -> String {
        loc.t(&format!("area-{}", self.key()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn keys_round_trip_and_have_names() {
        for area in LifeArea::ALL {
            assert_eq!(LifeArea::from_key(area.key()).unwrap(), area);
            for lang in Lang::ALL {
                let name = area.name(&Localizer::new(lang));
                assert!(!name.starts_with("area-"), "{lang} lacks {}", area.key());
            }
        }
        assert!(LifeArea::from_key("hobbies").is_err());
    }
}
