//! Rules for what people type, shared by every module.

use crate::error::{Field, InvalidReason, StegvisError};
use uuid::Uuid;

/// The longest text a person can save in one field.
pub const MAX_TEXT: usize = 2000;
/// The longest short label (an IMR module name).
pub const MAX_LABEL: usize = 200;

/// Required text: trimmed, not empty, at most `MAX_TEXT` characters.
pub fn required(text: &str, field: Field) -> Result<String, StegvisError> {
    bounded(text, field, MAX_TEXT)
}

/// Required text with a custom maximum.
pub fn bounded(text: &str, field: Field, max: usize) -> Result<String, StegvisError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(StegvisError::invalid(field, InvalidReason::Empty));
    }
    if trimmed.chars().count() > max {
        return Err(StegvisError::invalid(
            field,
            InvalidReason::TooLong { max: max as u32 },
        ));
    }
    Ok(trimmed.to_owned())
}

/// Optional text: empty or white space means "none".
pub fn optional(
    text: Option<&str>,
    field: Field,
    max: usize,
) -> Result<Option<String>, StegvisError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => bounded(t, field, max).map(Some),
    }
}

/// An id as the shells pass it: a UUID in text form.
pub fn id(text: &str) -> Result<Uuid, StegvisError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(StegvisError::invalid(Field::Id, InvalidReason::Empty));
    }
    Uuid::parse_str(trimmed).map_err(|_| StegvisError::invalid(Field::Id, InvalidReason::Malformed))
}

/// A whole number within `min..=max`.
pub fn in_range(value: i64, field: Field, min: i64, max: i64) -> Result<i64, StegvisError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(StegvisError::invalid(
            field,
            InvalidReason::OutOfRange { min, max },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_rules() {
        assert_eq!(required("  walk  ", Field::GoalText).unwrap(), "walk");
        assert_eq!(
            required(" \t\n", Field::GoalText).unwrap_err(),
            StegvisError::invalid(Field::GoalText, InvalidReason::Empty)
        );
        let long = "å".repeat(MAX_TEXT + 1);
        assert_eq!(
            required(&long, Field::StepText).unwrap_err(),
            StegvisError::invalid(Field::StepText, InvalidReason::TooLong { max: 2000 })
        );
        assert!(required(&"å".repeat(MAX_TEXT), Field::StepText).is_ok());
        assert_eq!(
            optional(Some("  "), Field::GoalWhy, MAX_TEXT).unwrap(),
            None
        );
    }

    #[test]
    fn ids() {
        assert!(id("not-an-id").is_err());
        assert!(id("").is_err());
        assert!(id(&Uuid::new_v4().to_string()).is_ok());
    }
}
