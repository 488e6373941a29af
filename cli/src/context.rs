//! Everything the shell learns from its environment: where the data is, which
//! language, which zone, and what "now" is. Nothing here decides anything about goals.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use stegvis_core::{
    Clock, Companion, Field, FileKeyManager, FixedClock, InvalidReason, Lang, Localizer,
    OpenConfig, StegvisError, SystemClock,
};

use crate::args::Cli;
use crate::failure::Failure;

const KEY_FILE: &str = "stegvis.key";

/// The platform's data folder for Stegvis, e.g. `~/.local/share/stegvis` on Linux.
pub fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("no", "Stegvis", "stegvis")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".stegvis"))
}

/// Where example data goes unless told otherwise: beside the real data, never in it.
pub fn default_demo_dir() -> PathBuf {
    let data = default_data_dir();
    data.with_file_name(format!(
        "{}-demo",
        data.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "stegvis".to_owned())
    ))
}

/// The language: `--lang`/`STEGVIS_LANG` if given (an unknown one is an error), else
/// the system locale, else English.
pub fn language(cli: &Cli) -> Result<Lang, Failure> {
    language_from(cli.lang.as_deref())
}

/// The language from `--lang`'s text, if any; see [`language`].
pub fn language_from(lang: Option<&str>) -> Result<Lang, Failure> {
    let env = std::env::var("STEGVIS_LANG").ok();
    match lang.or(env.as_deref()) {
        Some(text) => Lang::parse(text).map_err(Failure::Core),
        None => Ok(sys_locale::get_locale()
            .map(|l| Lang::from_locale_or_default(&l))
            .unwrap_or_default()),
    }
}

/// `STEGVIS_ZONE`, else the system's zone, else UTC.
pub fn zone() -> String {
    std::env::var("STEGVIS_ZONE")
        .ok()
        .filter(|z| !z.trim().is_empty())
        .or_else(|| iana_time_zone::get_timezone().ok())
        .unwrap_or_else(|| "UTC".to_owned())
}

/// `STEGVIS_NOW` (RFC 3339) fixes the clock for tests and demonstrations.
pub fn clock() -> Result<Arc<dyn Clock>, Failure> {
    match std::env::var("STEGVIS_NOW") {
        Ok(text) if !text.trim().is_empty() => chrono::DateTime::parse_from_rfc3339(text.trim())
            .map(|t| Arc::new(FixedClock(t.with_timezone(&chrono::Utc))) as Arc<dyn Clock>)
            .map_err(|_| Failure::BadNow),
        _ => Ok(Arc::new(SystemClock)),
    }
}

pub fn key_manager(dir: &Path) -> Arc<FileKeyManager> {
    Arc::new(FileKeyManager::new(dir.join(KEY_FILE)))
}

/// The data folder exactly as given (relative, `~`, spaces and all): the key file is
/// put in the same folder, so nothing may change the path on the way to the core. A
/// path that is not valid Unicode cannot cross the core's API unchanged, so it is
/// refused rather than turned into a different folder.
pub fn open_config(dir: &Path, lang: Lang) -> Result<OpenConfig, Failure> {
    let data_dir = dir
        .to_str()
        .ok_or(Failure::Core(StegvisError::InvalidInput {
            field: Field::DataDir,
            reason: InvalidReason::Malformed,
        }))?;
    Ok(OpenConfig {
        data_dir: data_dir.to_owned(),
        zone: zone(),
        language: lang,
    })
}

/// An open companion and how to talk to the person.
pub struct Ctx {
    pub companion: Arc<Companion>,
    pub loc: Localizer,
    pub json: bool,
    pub style: Style,
    /// The device's zone, for instants the terminal shows.
    pub zone: chrono_tz::Tz,
}

impl Ctx {
    pub fn open(cli: &Cli, lang: Lang) -> Result<Ctx, Failure> {
        let dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
        let companion =
            Companion::open_with_clock(open_config(&dir, lang)?, key_manager(&dir), clock()?)
                .map_err(Failure::Core)?;
        Ok(Ctx {
            companion,
            loc: Localizer::new(lang),
            json: cli.json,
            style: Style::for_stdout(),
            zone: stegvis_core::time::parse_zone(&zone()).unwrap_or(chrono_tz::UTC),
        })
    }

    /// An instant as people read it, in the device's zone: "Monday 23 November, 08:15".
    pub fn local_date_time(&self, at: stegvis_core::time::Timestamp) -> String {
        self.loc.date_time(&at.with_timezone(&self.zone))
    }

    /// An instant's time of day in the device's zone: "08:15".
    pub fn local_time(&self, at: stegvis_core::time::Timestamp) -> String {
        self.loc.time(at.with_timezone(&self.zone).time())
    }

    pub fn describe(&self, error: &StegvisError) -> String {
        stegvis_core::describe_error(error, &self.loc)
    }
}

/// Bold and dim text, only on a terminal and only when NO_COLOR is not set.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    on: bool,
}

impl Style {
    pub fn for_stdout() -> Self {
        Self {
            on: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }

    pub fn bold(&self, text: &str) -> String {
        if self.on {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// A line of a QR code: dark blocks on a light ground whatever the terminal's
    /// colours, so a camera reads it on a dark terminal too.
    pub fn qr(&self, line: &str) -> String {
        if self.on {
            format!("\x1b[30;107m{line}\x1b[0m")
        } else {
            line.to_owned()
        }
    }

    pub fn dim(&self, text: &str) -> String {
        if self.on {
            format!("\x1b[2m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}
