//! Personal rules from the relapse-prevention plan, as data: which signs, how high,
//! how many, for how long. Evaluated against the person's own check-ins only.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::db::{CheckinBody, SignRow};
use super::readback::{hours_text, rating_word};
use super::views::sign_name;
use super::MAX_RATING;
use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::validate;

/// Longest run of days a sign rule can ask for.
pub const MAX_RULE_DAYS: u32 = 14;
/// Longest window a sleep rule can look back over.
pub const MAX_SLEEP_WINDOW: u32 = 28;

/// A personal rule. Example: "two or more signs at 2 or higher for two days in a row"
/// is `SignsAtLeast { sign_ids, threshold: 2, min_signs: 2, days: 2 }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Rule {
    /// `min_signs` or more of `sign_ids` rated `threshold` or higher, on each of
    /// `days` days in a row.
    SignsAtLeast {
        sign_ids: Vec<String>,
        threshold: u8,
        min_signs: u32,
        days: u32,
    },
    /// Under `hours` of sleep on `times` or more of the last `within_days` days.
    SleepBelow {
        hours: f64,
        times: u32,
        within_days: u32,
    },
}

/// A rule with a sentence describing it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RuleView {
    /// 1-based, as `plan rules remove N` takes it.
    pub number: u32,
    pub rule: Rule,
    pub description: String,
}

impl Rule {
    /// Checks a rule against the person's signs; returns it with ids in canonical form.
    pub(crate) fn validated(&self, known: &HashMap<Uuid, String>) -> Result<Rule, StegvisError> {
        match self {
            Rule::SignsAtLeast {
                sign_ids,
                threshold,
                min_signs,
                days,
            } => {
                if sign_ids.is_empty() {
                    return Err(StegvisError::invalid(
                        Field::RuleSigns,
                        InvalidReason::Empty,
                    ));
                }
                let mut ids = Vec::new();
                for text in sign_ids {
                    let id = validate::id(text).map_err(|_| {
                        StegvisError::invalid(Field::RuleSigns, InvalidReason::Malformed)
                    })?;
                    if !known.contains_key(&id) {
                        return Err(StegvisError::invalid(
                            Field::RuleSigns,
                            InvalidReason::Unknown,
                        ));
                    }
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                validate::in_range(
                    i64::from(*threshold),
                    Field::RuleThreshold,
                    1,
                    i64::from(MAX_RATING),
                )?;
                validate::in_range(i64::from(*min_signs), Field::RuleCount, 1, ids.len() as i64)?;
                validate::in_range(
                    i64::from(*days),
                    Field::RuleDays,
                    1,
                    i64::from(MAX_RULE_DAYS),
                )?;
                Ok(Rule::SignsAtLeast {
                    sign_ids: ids.iter().map(Uuid::to_string).collect(),
                    threshold: *threshold,
                    min_signs: *min_signs,
                    days: *days,
                })
            }
            Rule::SleepBelow {
                hours,
                times,
                within_days,
            } => {
                if !hours.is_finite() || *hours <= 0.0 || *hours > 24.0 {
                    return Err(StegvisError::invalid(
                        Field::RuleHours,
                        InvalidReason::OutOfRange { min: 0, max: 24 },
                    ));
                }
                validate::in_range(
                    i64::from(*within_days),
                    Field::RuleDays,
                    1,
                    i64::from(MAX_SLEEP_WINDOW),
                )?;
                validate::in_range(
                    i64::from(*times),
                    Field::RuleCount,
                    1,
                    i64::from(*within_days),
                )?;
                Ok(self.clone())
            }
        }
    }

    /// Whether the rule holds on `today`. Days without a check-in never count towards
    /// a rule. A sign rule looks at the run ending today, or yesterday while today's
    /// check-in is not done yet, so a prompt does not vanish overnight.
    pub(crate) fn fires(&self, days: &BTreeMap<NaiveDate, CheckinBody>, today: NaiveDate) -> bool {
        match self {
            Rule::SignsAtLeast {
                sign_ids,
                threshold,
                min_signs,
                days: run,
            } => {
                let ids: Vec<Uuid> = sign_ids
                    .iter()
                    .filter_map(|s| Uuid::parse_str(s).ok())
                    .collect();
                let end = if days.contains_key(&today) {
                    today
                } else {
                    today - Duration::days(1)
                };
                (0..i64::from(*run)).all(|back| {
                    days.get(&(end - Duration::days(back))).is_some_and(|day| {
                        let high = ids
                            .iter()
                            .filter(|id| day.ratings.get(id).is_some_and(|v| v >= threshold))
                            .count();
                        high as u32 >= *min_signs
                    })
                })
            }
            Rule::SleepBelow {
                hours,
                times,
                within_days,
            } => {
                let from = today - Duration::days(i64::from(*within_days) - 1);
                let short = days
                    .range(from..=today)
                    .filter(|(_, day)| day.sleep_hours.is_some_and(|h| h < *hours))
                    .count();
                short as u32 >= *times
            }
        }
    }

    /// The signs of a sign rule rated at or above its level on the day the rule
    /// looks at (today, or yesterday while today is not done): what rose.
    pub(crate) fn risen(
        &self,
        days: &BTreeMap<NaiveDate, CheckinBody>,
        today: NaiveDate,
    ) -> Vec<Uuid> {
        let Rule::SignsAtLeast {
            sign_ids,
            threshold,
            ..
        } = self
        else {
            return Vec::new();
        };
        let end = if days.contains_key(&today) {
            today
        } else {
            today - Duration::days(1)
        };
        let Some(day) = days.get(&end) else {
            return Vec::new();
        };
        sign_ids
            .iter()
            .filter_map(|s| Uuid::parse_str(s).ok())
            .filter(|id| day.ratings.get(id).is_some_and(|v| v >= threshold))
            .collect()
    }

    /// The rule in people's words, not the rule engine's: "Two or more of these
    /// signs at “Quite a lot” or higher, two days in a row: …". A rule that watches a
    /// sign no longer on the list says so.
    pub(crate) fn describe(&self, loc: &Localizer, signs: &RuleSigns) -> String {
        match self {
            Rule::SignsAtLeast {
                sign_ids,
                threshold,
                min_signs,
                days,
            } => {
                let ids: Vec<Option<Uuid>> =
                    sign_ids.iter().map(|s| Uuid::parse_str(s).ok()).collect();
                let name = |id: &Option<Uuid>| {
                    id.and_then(|id| signs.get(&id))
                        .map_or_else(|| loc.t("plan-sign-removed"), |s| s.name.clone())
                };
                let listed: Vec<String> = ids.iter().map(name).collect();
                let mut text = loc.ta(
                    "rule-words-signs",
                    &Args::new()
                        .num("count", i64::from(*min_signs))
                        .text("level", rating_word(*threshold, loc))
                        .num("days", i64::from(*days))
                        .text("signs", listed.join(", ")),
                );
                let gone: Vec<String> = ids
                    .iter()
                    .filter(|id| id.and_then(|id| signs.get(&id)).is_none_or(|s| s.retired))
                    .map(name)
                    .collect();
                if !gone.is_empty() {
                    text.push_str(". ");
                    text.push_str(
                        &loc.ta(
                            "rule-retired-signs",
                            &Args::new()
                                .num("count", gone.len() as i64)
                                .text("signs", gone.join(", ")),
                        ),
                    );
                }
                text
            }
            Rule::SleepBelow {
                hours,
                times,
                within_days,
            } => loc.ta(
                "rule-words-sleep",
                &Args::new()
                    .text("hours", hours_text(*hours, loc))
                    .num("times", i64::from(*times))
                    .num("days", i64::from(*within_days)),
            ),
        }
    }
}

/// A sign as a rule's description names it.
#[derive(Debug, Clone)]
pub(crate) struct RuleSign {
    pub name: String,
    pub retired: bool,
}

/// Sign id to its name and whether it is retired, for describing rules.
pub(crate) type RuleSigns = HashMap<Uuid, RuleSign>;

/// The names a rule's description uses, from every sign (retired ones too).
pub(crate) fn rule_signs(rows: &[SignRow], loc: &Localizer) -> RuleSigns {
    rows.iter()
        .map(|s| {
            (
                s.id,
                RuleSign {
                    name: sign_name(&s.body, loc),
                    retired: s.retired_at.is_some(),
                },
            )
        })
        .collect()
}

/// 5 -> "5", 6.5 -> "6.5".
pub(crate) fn format_hours(hours: f64) -> String {
    let rounded = (hours * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(ratings: &[(Uuid, u8)], sleep: Option<f64>) -> CheckinBody {
        CheckinBody {
            ratings: ratings.iter().copied().collect(),
            note: None,
            sleep_hours: sleep,
        }
    }

    #[test]
    fn two_signs_at_two_for_two_days() {
        let (a, b, c) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let rule = Rule::SignsAtLeast {
            sign_ids: vec![a.to_string(), b.to_string(), c.to_string()],
            threshold: 2,
            min_signs: 2,
            days: 2,
        };
        let d = |n| NaiveDate::from_ymd_opt(2026, 11, n).unwrap();
        let mut days = BTreeMap::new();
        days.insert(d(21), day(&[(a, 2), (b, 3)], None));
        days.insert(d(22), day(&[(a, 2), (b, 1), (c, 2)], None));
        assert!(rule.fires(&days, d(22)));
        // Not yet checked in on the 23rd: yesterday's run still counts.
        assert!(rule.fires(&days, d(23)));
        days.insert(d(23), day(&[(a, 0), (b, 0), (c, 0)], None));
        assert!(!rule.fires(&days, d(23)));
        // A missing day breaks the run.
        assert!(!rule.fires(&days, d(25)));
    }

    #[test]
    fn sleep_under_five_twice_in_a_week() {
        let rule = Rule::SleepBelow {
            hours: 5.0,
            times: 2,
            within_days: 7,
        };
        let d = |n| NaiveDate::from_ymd_opt(2026, 11, n).unwrap();
        let mut days = BTreeMap::new();
        days.insert(d(10), day(&[], Some(4.0)));
        days.insert(d(16), day(&[], Some(4.5)));
        days.insert(d(17), day(&[], Some(5.0)));
        // 10th and 16th are both within the week ending on the 16th.
        assert!(rule.fires(&days, d(16)));
        // The week ending on the 17th no longer holds the 10th; 5.0 is not under 5.
        assert!(!rule.fires(&days, d(17)));
    }

    #[test]
    fn validation_names_the_field() {
        let a = Uuid::new_v4();
        let known: HashMap<Uuid, String> = [(a, "a".to_owned())].into();
        let bad = |rule: Rule| rule.validated(&known).unwrap_err();
        let signs = |ids: Vec<String>, threshold, min_signs, days| Rule::SignsAtLeast {
            sign_ids: ids,
            threshold,
            min_signs,
            days,
        };
        assert_eq!(
            bad(signs(vec![], 2, 1, 2)),
            StegvisError::invalid(Field::RuleSigns, InvalidReason::Empty)
        );
        assert_eq!(
            bad(signs(vec![Uuid::new_v4().to_string()], 2, 1, 2)),
            StegvisError::invalid(Field::RuleSigns, InvalidReason::Unknown)
        );
        assert!(matches!(
            bad(signs(vec![a.to_string()], 4, 1, 2)),
            StegvisError::InvalidInput {
                field: Field::RuleThreshold,
                ..
            }
        ));
        assert!(matches!(
            bad(signs(vec![a.to_string()], 0, 1, 2)),
            StegvisError::InvalidInput {
                field: Field::RuleThreshold,
                ..
            }
        ));
        assert!(matches!(
            bad(signs(vec![a.to_string()], 2, 2, 2)),
            StegvisError::InvalidInput {
                field: Field::RuleCount,
                ..
            }
        ));
        assert!(matches!(
            bad(Rule::SleepBelow {
                hours: -1.0,
                times: 1,
                within_days: 7
            }),
            StegvisError::InvalidInput {
                field: Field::RuleHours,
                ..
            }
        ));
        assert!(matches!(
            bad(Rule::SleepBelow {
                hours: 5.0,
                times: 8,
                within_days: 7
            }),
            StegvisError::InvalidInput {
                field: Field::RuleCount,
                ..
            }
        ));
    }
}
