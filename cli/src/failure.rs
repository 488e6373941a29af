//! How the shell ends: exit 0 on success, 2 on bad input (naming the field), 1 otherwise.

use std::process::ExitCode;

use stegvis_core::{describe_error, Localizer, StegvisError};

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// An error from the core.
    Core(StegvisError),
    /// `STEGVIS_NOW` is not an RFC 3339 instant.
    BadNow,
    /// The interactive home needs a terminal.
    NeedsTerminal,
    /// Writing to the terminal failed.
    Io,
}

impl From<StegvisError> for Failure {
    fn from(e: StegvisError) -> Self {
        Failure::Core(e)
    }
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::Core(StegvisError::InvalidInput { .. }) | Failure::BadNow => ExitCode::from(2),
            Failure::NeedsTerminal => ExitCode::from(2),
            _ => ExitCode::from(1),
        }
    }

    fn message(&self, loc: &Localizer) -> String {
        match self {
            Failure::Core(e) => describe_error(e, loc),
            Failure::BadNow => loc.t("cli-bad-now"),
            Failure::NeedsTerminal => loc.t("cli-needs-terminal"),
            Failure::Io => loc.t("error-storage"),
        }
    }

    /// Prints the failure to stderr: a sentence for people, or JSON for scripts.
    pub fn report(&self, loc: &Localizer, json: bool) {
        let message = self.message(loc);
        if json {
            let mut value = serde_json::json!({ "error": { "message": message } });
            if let Failure::Core(e) = self {
                value["error"]["kind"] = e.kind().into();
                if let StegvisError::InvalidInput { field, reason } = e {
                    value["error"]["field"] = field.key().into();
                    value["error"]["reason"] = reason.key().into();
                }
            }
            eprintln!("{value}");
        } else {
            eprintln!("{} {message}", loc.t("cli-error-prefix"));
        }
    }
}
