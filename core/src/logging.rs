//! What the core logs, and the redaction rule every log line follows.
//!
//! The core logs through the [`log`] facade and installs no logger: a shell decides
//! where lines go (the terminal prints them to stderr with `STEGVIS_LOG=debug`), and
//! without a logger nothing is formatted at all.
//!
//! # The rule
//!
//! A log line carries only **ids, counts, kinds, schema versions and error variants**.
//! It never carries what a person wrote or anything that describes their health:
//! no goal, step, sign, note, plan or medicine text, no ratings, no dose times or
//! statuses, no dates of check-ins, no zone names. In particular:
//!
//! - an error is logged as [`ErrorVariant`] (its kind, the field and reason keys,
//!   or the conflict), never with `{error}` or `{error:?}` on a record, and never as
//!   the output of [`crate::describe_error`], which is for people;
//! - a value that must be mentioned but not shown is wrapped in [`Redacted`], which
//!   prints `<redacted>` whatever it holds (not even its length: sealed bodies are
//!   padded so that a length tells nothing, and a log must not undo that);
//! - record kinds are logged by [`crate::RecordKind::key`], counts as numbers.
//!
//! `core/tests/canary_audit.rs` installs a capturing logger at `trace`, writes a
//! distinctive string into every free-text field, and fails if any line holds it.

use std::fmt;

use crate::error::StegvisError;

/// A value that is there but must not be shown: prints `<redacted>`, in `{}` and `{:?}`.
pub struct Redacted<T>(pub T);

impl<T> fmt::Display for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T> fmt::Debug for Redacted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// An error as a log line may show it: its variant and fixed keys, nothing else.
/// (`StegvisError`'s own `Display` may show an instant, e.g. when a dose could be
/// taken; that is fine for a person's screen, not for a log.)
pub struct ErrorVariant<'a>(pub &'a StegvisError);

impl fmt::Display for ErrorVariant<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = self.0.kind();
        match self.0 {
            StegvisError::InvalidInput { field, reason } => {
                write!(f, "{kind} (field {}, {})", field.key(), reason.key())
            }
            StegvisError::NotFound { what } => write!(f, "{kind} ({what})"),
            // Fixed sentences only: a logged dose's time is left out.
            StegvisError::Conflict { reason } => write!(f, "{kind} ({reason})"),
            StegvisError::IncompatibleVersion { found, supported } => {
                write!(f, "{kind} (found {found}, supported {supported})")
            }
            // Details are the core's own words ("sqlite: DiskFull"), never data.
            StegvisError::Storage { detail } => write!(f, "{kind} ({detail})"),
            _ => f.write_str(kind),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Field, InvalidReason};

    #[test]
    fn redacted_shows_nothing_of_what_it_holds() {
        let text = Redacted("I hear voices at night");
        assert_eq!(format!("{text} {text:?}"), "<redacted> <redacted>");
    }

    #[test]
    fn an_error_is_logged_by_its_variant_and_keys_only() {
        let too_early = StegvisError::InvalidInput {
            field: Field::TakenAt,
            reason: InvalidReason::TooEarly {
                from: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
                utc_offset_minutes: 60,
            },
        };
        let logged = ErrorVariant(&too_early).to_string();
        assert_eq!(logged, "invalid-input (field taken-at, too-early)");
        assert!(too_early.to_string().contains("2027"), "{too_early}");
    }
}
