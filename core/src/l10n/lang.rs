use std::fmt;

use crate::error::{Field, InvalidReason, StegvisError};

/// The languages Stegvis speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Lang {
    #[default]
    En,
    /// Norwegian Bokmål.
    Nb,
    Sv,
    Da,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nb, Lang::Sv, Lang::Da];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Sv => "sv",
            Lang::Da => "da",
        }
    }

    /// Reads a tag or a POSIX locale such as `nb_NO.UTF-8`, `sv-SE` or `no`.
    /// Norwegian Nynorsk and plain "no" are served in Bokmål, the nearest we have.
    pub fn parse(text: &str) -> Result<Lang, StegvisError> {
        let lower = text.trim().to_ascii_lowercase();
        let primary = lower.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match primary {
            "en" => Ok(Lang::En),
            "nb" | "no" | "nn" => Ok(Lang::Nb),
            "sv" => Ok(Lang::Sv),
            "da" => Ok(Lang::Da),
            "" => Err(StegvisError::invalid(Field::Language, InvalidReason::Empty)),
            _ => Err(StegvisError::invalid(
                Field::Language,
                InvalidReason::Unknown,
            )),
        }
    }

    /// Like [`Lang::parse`], falling back to English for anything unknown.
    pub fn from_locale_or_default(text: &str) -> Lang {
        Lang::parse(text).unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_posix_locales() {
        assert_eq!(Lang::parse("nb_NO.UTF-8").unwrap(), Lang::Nb);
        assert_eq!(Lang::parse("no").unwrap(), Lang::Nb);
        assert_eq!(Lang::parse("sv-SE").unwrap(), Lang::Sv);
        assert_eq!(Lang::parse("DA").unwrap(), Lang::Da);
        assert_eq!(Lang::parse("en_GB").unwrap(), Lang::En);
        assert!(Lang::parse("fr").is_err());
        assert_eq!(Lang::from_locale_or_default("C.UTF-8"), Lang::En);
    }
}
