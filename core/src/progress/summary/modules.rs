//! The IMR modules part: where the person stands with each module at the period's
//! end. Built from plain input so it does not depend on how module progress is
//! stored: the caller opens the records and passes what they say.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::period::Period;
use crate::l10n::Localizer;
use crate::progress::{ModuleLine, ModulesSummary};

/// One module's recorded progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleState {
    pub key: String,
    pub started_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// `names`: every module in program order, as (key, localized name). `states`: the
/// modules with recorded progress. `assignments`: home-assignment steps per module key.
/// A date after the period's end counts as not there yet.
pub fn modules_summary(
    states: &[ModuleState],
    names: &[(String, String)],
    assignments: &HashMap<String, u32>,
    period: &Period,
    loc: &Localizer,
) -> ModulesSummary {
    let by_end = |d: Option<NaiveDate>| d.filter(|d| *d <= period.to);
    let modules: Vec<ModuleLine> = names
        .iter()
        .map(|(key, name)| {
            let state = states.iter().find(|s| &s.key == key);
            let started = state.and_then(|s| by_end(s.started_on));
            let done = state.and_then(|s| by_end(s.done_on));
            ModuleLine {
                key: key.clone(),
                name: name.clone(),
                started_on: started.map(|d| d.to_string()),
                done_on: done.map(|d| d.to_string()),
                state_label: crate::progress::modules::state_label(started, done, loc),
                assignments: assignments.get(key).copied().unwrap_or(0),
            }
        })
        .collect();
    ModulesSummary {
        done: modules.iter().filter(|m| m.done_on.is_some()).count() as u32,
        started: modules
            .iter()
            .filter(|m| m.started_on.is_some() && m.done_on.is_none())
            .count() as u32,
        modules,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn states_by_the_end_of_the_period() {
        let names: Vec<(String, String)> = ["recovery-strategies", "practical-facts", "stress"]
            .iter()
            .map(|k| (k.to_string(), format!("Module {k}")))
            .collect();
        let states = vec![
            ModuleState {
                key: "recovery-strategies".into(),
                started_on: Some(d("2026-06-03")),
                done_on: Some(d("2026-08-14")),
            },
            ModuleState {
                key: "practical-facts".into(),
                started_on: Some(d("2026-09-01")),
                done_on: Some(d("2026-12-01")),
            },
            ModuleState {
                key: "stress".into(),
                started_on: Some(d("2026-12-05")),
                done_on: None,
            },
        ];
        let assignments = HashMap::from([("practical-facts".to_string(), 2)]);
        let period = Period {
            from: d("2026-06-01"),
            to: d("2026-11-30"),
        };
        let loc = Localizer::new(Lang::En);
        let s = modules_summary(&states, &names, &assignments, &period, &loc);
        assert_eq!((s.done, s.started), (1, 1));
        assert_eq!(s.modules[0].done_on.as_deref(), Some("2026-08-14"));
        assert_eq!(
            s.modules[0].state_label,
            "Started 3 June 2026, worked through 14 August 2026"
        );
        assert_eq!(s.modules[1].done_on, None);
        assert_eq!(s.modules[1].assignments, 2);
        assert_eq!(s.modules[2].started_on, None);
        assert_eq!(s.modules[2].state_label, "Not started yet");
    }
}
