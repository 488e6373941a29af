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
    /// The command line itself did not parse (unknown flag, missing or bad value).
    /// `field` is the argument as typed, without dashes (`rate`, `at`, `occurrence`).
    Usage(Usage),
    /// A refusal of the terminal's own (export, import, erase): no passphrase, two
    /// that differ, an erase not confirmed.
    Said(crate::portable::Said),
}

/// A command-line parse error, in the words of the terminal's contract.
#[derive(Debug)]
pub struct Usage {
    pub field: String,
    /// The argument as clap shows it to people: `--weeks <WEEKS>`, `<OCCURRENCE>`.
    pub shown: String,
    /// `unknown`, `missing`, `malformed`, `out-of-range` or `conflict`.
    pub reason: &'static str,
    /// clap's own explanation with the usage line, shown to people in text mode.
    pub rendered: String,
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
            Failure::NeedsTerminal | Failure::Usage(_) => ExitCode::from(2),
            Failure::Said(said) => ExitCode::from(said.exit),
            _ => ExitCode::from(1),
        }
    }

    fn message(&self, loc: &Localizer) -> String {
        match self {
            Failure::Core(e) => describe_error(e, loc),
            Failure::BadNow => loc.t("cli-bad-now"),
            Failure::NeedsTerminal => loc.t("cli-needs-terminal"),
            Failure::Io => loc.t("error-storage"),
            Failure::Said(said) => loc.t(said.id),
            Failure::Usage(usage) => {
                let id = match usage.reason {
                    "missing" if usage.field == "command" => "cli-usage-missing-command",
                    "unknown" => "cli-usage-unknown",
                    "missing" => "cli-usage-missing",
                    "out-of-range" => "cli-usage-negative",
                    "malformed" | "conflict" => "cli-usage-invalid",
                    _ => "cli-usage-other",
                };
                loc.ta(
                    id,
                    &stegvis_core::l10n::Args::new().text("arg", usage.shown.clone()),
                )
            }
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
                if let StegvisError::KeyFileUnsafe { problem } = e {
                    value["error"]["reason"] = problem.key().into();
                }
                if let StegvisError::Import { reason } = e {
                    value["error"]["reason"] = reason.key().into();
                }
            }
            if let Failure::Said(said) = self {
                value["error"]["kind"] = said.kind.into();
                if let Some(field) = said.field {
                    value["error"]["field"] = field.into();
                    value["error"]["reason"] = said.reason.into();
                }
            }
            if let Failure::Usage(usage) = self {
                value["error"]["kind"] = "invalid-input".into();
                value["error"]["field"] = usage.field.clone().into();
                value["error"]["reason"] = usage.reason.into();
            }
            eprintln!("{value}");
        } else if let Failure::Usage(usage) = self {
            // Our sentence first, then clap's tip and usage line (its first line would
            // only say the same again in English).
            eprintln!("{} {message}", loc.t("cli-error-prefix"));
            let rest = usage.rendered.split_once('\n').map_or("", |(_, rest)| rest);
            eprint!("{rest}");
        } else {
            eprintln!("{} {message}", loc.t("cli-error-prefix"));
        }
    }
}
