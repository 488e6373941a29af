//! How a step repeats, and what a week of it looks like. Progress is counted per
//! ISO week (Monday to Sunday) and nothing else: no streak, and a week with fewer
//! check-offs is only its count, never "missed" or "broken".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::{capitalized, Args, Localizer};
use crate::meds::Weekday;
pub(crate) use crate::time::week_bounds;

/// How often a step is meant to be done. A step without a rule is done once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum StepRepeat {
    /// Every day.
    Daily,
    /// Any `times` days of the week (1 to 7), whichever suit the person.
    TimesAWeek { times: u32 },
    /// On these days of the week (at least one, each once).
    Weekdays { days: Vec<Weekday> },
}

/// Most times a week a step can be meant for: one a day.
pub const MAX_TIMES_A_WEEK: u32 = 7;

impl StepRepeat {
    /// The rule checked and in its one form (weekdays in week order), or a typed error.
    pub fn checked(&self) -> Result<StepRepeat, StegvisError> {
        match self {
            StepRepeat::Daily => Ok(StepRepeat::Daily),
            StepRepeat::TimesAWeek { times } => {
                if (1..=MAX_TIMES_A_WEEK).contains(times) {
                    Ok(StepRepeat::TimesAWeek { times: *times })
                } else {
                    Err(StegvisError::invalid(
                        Field::TimesAWeek,
                        InvalidReason::OutOfRange {
                            min: 1,
                            max: i64::from(MAX_TIMES_A_WEEK),
                        },
                    ))
                }
            }
            StepRepeat::Weekdays { days } => {
                if days.is_empty() {
                    return Err(StegvisError::invalid(Field::Weekdays, InvalidReason::Empty));
                }
                let mut sorted = days.clone();
                sorted.sort();
                sorted.dedup();
                if sorted.len() != days.len() {
                    return Err(StegvisError::invalid(
                        Field::Weekdays,
                        InvalidReason::Duplicate,
                    ));
                }
                Ok(StepRepeat::Weekdays { days: sorted })
            }
        }
    }

    /// The rule as the terminal writes it: `daily`, `weekly:3`, `weekdays:mon,thu`.
    pub fn key(&self) -> String {
        match self {
            StepRepeat::Daily => "daily".to_owned(),
            StepRepeat::TimesAWeek { times } => format!("weekly:{times}"),
            StepRepeat::Weekdays { days } => {
                let keys: Vec<&str> = days.iter().map(|d| d.key()).collect();
                format!("weekdays:{}", keys.join(","))
            }
        }
    }

    /// "Every day", "3 times a week", "Mondays and Thursdays".
    pub fn label(&self, loc: &Localizer) -> String {
        match self {
            StepRepeat::Daily => loc.t("repeat-daily"),
            StepRepeat::TimesAWeek { times } => loc.ta(
                "repeat-times-a-week",
                &Args::new().num("times", i64::from(*times)),
            ),
            StepRepeat::Weekdays { days } => {
                let names: Vec<String> = days
                    .iter()
                    .map(|d| loc.t(&format!("repeat-on-{}", d.key())))
                    .collect();
                let list = match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => loc.ta(
                        "repeat-days-and",
                        &Args::new().text("days", rest.join(", ")).text("last", last),
                    ),
                    Some((only, _)) => only.clone(),
                    None => String::new(),
                };
                capitalized(&list)
            }
        }
    }

    /// Whether the rule names this day (a times-a-week step suits any day).
    pub(crate) fn on_day(&self, date: NaiveDate) -> bool {
        match self {
            StepRepeat::Daily | StepRepeat::TimesAWeek { .. } => true,
            StepRepeat::Weekdays { days } => days.contains(&Weekday::of(date)),
        }
    }

    /// What the week holding `day` asks for. A daily step made mid-week asks only for
    /// the days left from when it was made, so its first week is not short.
    pub(crate) fn week_target(&self, day: NaiveDate, created: NaiveDate) -> u32 {
        match self {
            StepRepeat::Daily => {
                let (monday, sunday) = week_bounds(day);
                let from = created.max(monday);
                if from > sunday {
                    0
                } else {
                    u32::try_from((sunday - from).num_days() + 1).unwrap_or(7)
                }
            }
            StepRepeat::TimesAWeek { times } => *times,
            StepRepeat::Weekdays { days } => u32::try_from(days.len()).unwrap_or(7),
        }
    }

    /// Whether a check-off is still asked for on `day`, given what is done that week
    /// and whether `day` itself is done.
    pub(crate) fn due_on(&self, day: NaiveDate, done_in_week: u32, done_that_day: bool) -> bool {
        if done_that_day || !self.on_day(day) {
            return false;
        }
        match self {
            StepRepeat::TimesAWeek { times } => done_in_week < *times,
            _ => true,
        }
    }
}

/// Reads a rule as typed in the terminal or a text field: `daily`, `weekly:3`,
/// `weekdays:mon,thu`; `none` means a step done once. Anything else is a typed error.
pub fn parse_repeat(text: &str) -> Result<Option<StepRepeat>, StegvisError> {
    let text = text.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Err(StegvisError::invalid(
            Field::StepRepeat,
            InvalidReason::Empty,
        ));
    }
    let (kind, rest) = match text.split_once(':') {
        Some((k, r)) => (k.trim(), Some(r.trim())),
        None => (text.as_str(), None),
    };
    let rule = match (kind, rest) {
        ("none", None) => return Ok(None),
        ("daily", None) => StepRepeat::Daily,
        ("weekly", Some(n)) => {
            let times: i64 = n.parse().map_err(|_| {
                StegvisError::invalid(
                    Field::TimesAWeek,
                    if n.is_empty() {
                        InvalidReason::Empty
                    } else {
                        InvalidReason::Malformed
                    },
                )
            })?;
            StepRepeat::TimesAWeek {
                times: u32::try_from(times).unwrap_or(0),
            }
        }
        ("weekdays", Some(list)) => {
            let mut days = Vec::new();
            for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                days.push(Weekday::from_key(part).ok_or_else(|| {
                    StegvisError::invalid(Field::Weekdays, InvalidReason::Unknown)
                })?);
            }
            StepRepeat::Weekdays { days }
        }
        _ => {
            return Err(StegvisError::invalid(
                Field::StepRepeat,
                InvalidReason::Unknown,
            ))
        }
    };
    rule.checked().map(Some)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_daily_step_made_on_thursday_asks_for_four_days_its_first_week() {
        // 2026-11-26 is a Thursday.
        assert_eq!(StepRepeat::Daily.week_target(day(26), day(26)), 4);
        assert_eq!(StepRepeat::Daily.week_target(day(30), day(26)), 7);
    }

    #[test]
    fn weekly_rules_parse_and_refuse_what_they_should() {
        assert_eq!(
            parse_repeat("weekly:3").unwrap(),
            Some(StepRepeat::TimesAWeek { times: 3 })
        );
        assert_eq!(
            parse_repeat(" Weekdays:thu,mon ").unwrap(),
            Some(StepRepeat::Weekdays {
                days: vec![Weekday::Mon, Weekday::Thu]
            })
        );
        assert!(parse_repeat("weekly:0").is_err());
        assert!(parse_repeat("weekdays:mon,mon").is_err());
    }
}
