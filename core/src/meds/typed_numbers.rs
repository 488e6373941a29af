//! Numbers about medicine as a person types them on a phone (a count, units per dose,
//! amounts per time). Never guessed: "1.5" or "1,5" are refused with the field named,
//! never read as 15 or as two amounts, because a wrong dose is worse than a question.

use crate::error::{Field, InvalidReason, StegvisError};

/// A whole number typed into `field`; `None` when left empty.
pub fn parse_whole_number(text: &str, field: Field) -> Result<Option<i64>, StegvisError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.chars().all(|c| c.is_ascii_digit()) {
        return Err(StegvisError::invalid(field, InvalidReason::Malformed));
    }
    text.parse().map(Some).map_err(|_| {
        StegvisError::invalid(
            field,
            InvalidReason::OutOfRange {
                min: 0,
                max: i64::MAX,
            },
        )
    })
}

/// The amounts for each time ("1, 2" or "1 2" or "1;2"); `None` when left empty (the
/// usual dose at every time). A comma between two digits ("1,5") reads as a decimal
/// in Nordic languages and a dot as one in English: both are refused.
pub fn parse_amounts(text: &str) -> Result<Option<Vec<i64>>, StegvisError> {
    let malformed = || StegvisError::invalid(Field::Amounts, InvalidReason::Malformed);
    let chars: Vec<char> = text.chars().collect();
    let decimal_comma = chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && (w[1] == ',' || w[1] == '.') && w[2].is_ascii_digit());
    if decimal_comma || text.contains('.') {
        return Err(malformed());
    }
    let amounts = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| parse_whole_number(part, Field::Amounts)?.ok_or_else(malformed))
        .collect::<Result<Vec<i64>, StegvisError>>()?;
    Ok((!amounts.is_empty()).then_some(amounts))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn whole_numbers_or_nothing_never_a_guess() {
        assert_eq!(parse_whole_number(" 30 ", Field::Count).unwrap(), Some(30));
        assert_eq!(parse_whole_number("", Field::Count).unwrap(), None);
        for typed in ["1.5", "1,5", "2 tablets", "-1", "½"] {
            assert_eq!(
                parse_whole_number(typed, Field::UnitsPerDose),
                Err(StegvisError::invalid(
                    Field::UnitsPerDose,
                    InvalidReason::Malformed
                )),
                "{typed}"
            );
        }
    }

    #[test]
    fn amounts_are_separated_clearly_and_decimals_are_refused() {
        assert_eq!(parse_amounts("1, 2").unwrap(), Some(vec![1, 2]));
        assert_eq!(parse_amounts("1 2;3").unwrap(), Some(vec![1, 2, 3]));
        assert_eq!(parse_amounts("  ").unwrap(), None);
        for typed in ["1,5", "0.5", "1, 1.5", "one"] {
            assert_eq!(
                parse_amounts(typed),
                Err(StegvisError::invalid(
                    Field::Amounts,
                    InvalidReason::Malformed
                )),
                "{typed}"
            );
        }
    }
}
