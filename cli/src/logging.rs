//! `STEGVIS_LOG=debug` (or `error`, `warn`, `info`, `trace`) prints the core's log to
//! stderr; unset, nothing is logged and stderr carries only what the contract says.
//!
//! A tiny `log::Log` rather than `env_logger`: one variable and a level are all the
//! terminal needs, and this adds no dependency (env_logger brings a regex engine and
//! more for per-module filters nobody here uses). What may be in a line is the core's
//! rule (`stegvis_core::logging`): ids, counts, kinds and error variants only.

use std::io::Write;
use std::str::FromStr;

use log::{LevelFilter, Log, Metadata, Record};

struct Stderr;

impl Log for Stderr {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &Record<'_>) {
        if self.enabled(record.metadata()) {
            // A closed or full stderr must not end the program.
            let _ = writeln!(
                std::io::stderr().lock(),
                "[stegvis {} {}] {}",
                record.level(),
                record.target(),
                record.args()
            );
        }
    }

    fn flush(&self) {}
}

static LOGGER: Stderr = Stderr;

/// Installs the stderr logger if `STEGVIS_LOG` names a level; otherwise does nothing.
pub fn init() {
    let Some(level) = std::env::var("STEGVIS_LOG")
        .ok()
        .and_then(|v| LevelFilter::from_str(v.trim()).ok())
    else {
        return;
    };
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(level);
    }
}
