//! The scale as a shell shows it: one topic per screen with its answers in words,
//! the history per topic and in total, and how often it is offered.

use rusqlite::Connection;
use serde::Serialize;

use super::interval::ScaleInterval;
use super::topics::{ScaleTopic, SCALE_MAX, SCALE_MIN};
use super::{all_ratings, due, ScaleAnswer};
use crate::error::StegvisError;
use crate::goals::views::Here;
use crate::l10n::{Args, Localizer};
use crate::progress::ScaleTopicName;
use crate::store::Sealer;

/// One answer of a topic: the number and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleAnchor {
    pub value: u32,
    pub text: String,
}

/// One topic, for one screen of the flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleTopicView {
    pub key: String,
    pub topic: ScaleTopic,
    /// 1 for the first topic.
    pub number: u32,
    pub name: String,
    pub question: String,
    /// "Topic 3 of 15", localized.
    pub progress_label: String,
    /// 1 to 5, in order; 5 is always the answer that points most towards recovery.
    pub anchors: Vec<ScaleAnchor>,
}

/// Everything the one-topic-per-screen flow needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleForm {
    pub title: String,
    pub intro: String,
    /// Today, `YYYY-MM-DD`: the day a rating is stored under unless another is given.
    pub date: String,
    pub topics: Vec<ScaleTopicView>,
    /// Today's answers when today was already rated (answering again replaces them).
    pub today_answers: Vec<ScaleAnswer>,
}

/// One day's rating in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleHistoryRating {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "3 June 2026", localized.
    pub label: String,
    /// 1 to 5 per topic in the scale's order; `None` where skipped.
    pub items: Vec<Option<u32>>,
    /// Sum of the topics answered.
    pub total: u32,
    pub answered: u32,
    /// All 15 answered: only then is the total comparable with another.
    pub complete: bool,
    /// "Total 52 of 75" or "Total 40 (12 of 15 topics answered)".
    pub total_label: String,
}

/// One topic over time: one value per rating of [`ScaleHistory::ratings`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleTopicSeries {
    pub key: String,
    pub name: String,
    pub values: Vec<Option<u32>>,
}

/// A choice of how often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleIntervalChoice {
    pub interval: ScaleInterval,
    /// `1`, `2`, `3`, `6` or `never`.
    pub key: String,
    pub label: String,
}

/// How often the scale is offered, and when next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleSettings {
    pub interval: ScaleInterval,
    pub interval_label: String,
    pub choices: Vec<ScaleIntervalChoice>,
    /// `YYYY-MM-DD` of the latest rating.
    pub last_rated: Option<String>,
    /// "Last done 3 June 2026" or "Not done yet".
    pub last_rated_label: String,
    /// `YYYY-MM-DD` it is offered next; `None` when never (or before the program began).
    pub next_due: Option<String>,
    /// "Next time: 3 September 2026".
    pub next_due_label: Option<String>,
    /// Offered today (today's view shows it).
    pub due: bool,
}

/// The ratings over time, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleHistory {
    /// The 15 topics in order; every rating's `items` follows it.
    pub topics: Vec<ScaleTopicName>,
    pub ratings: Vec<ScaleHistoryRating>,
    /// Per topic, its trajectory.
    pub series: Vec<ScaleTopicSeries>,
    /// The totals of complete ratings only, one per rating (`None` when incomplete).
    pub totals: Vec<Option<u32>>,
    /// Why some totals are left out of the comparison.
    pub total_note: String,
    /// Set when nothing was rated yet, and says so kindly.
    pub empty_text: Option<String>,
    pub settings: ScaleSettings,
}

fn topic_view(t: ScaleTopic, loc: &Localizer) -> ScaleTopicView {
    ScaleTopicView {
        key: t.key().to_owned(),
        topic: t,
        number: t.number(),
        name: t.name(loc),
        question: t.question(loc),
        progress_label: loc.ta(
            "scale-topic-progress",
            &Args::new()
                .num("number", i64::from(t.number()))
                .num("total", ScaleTopic::ALL.len() as i64),
        ),
        anchors: (SCALE_MIN..=SCALE_MAX)
            .map(|v| ScaleAnchor {
                value: u32::from(v),
                text: t.anchor(v, loc),
            })
            .collect(),
    }
}

pub(crate) fn form(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<ScaleForm, StegvisError> {
    let loc = &here.loc;
    let today_answers = all_ratings(conn, sealer)?
        .into_iter()
        .find(|r| r.date == here.today)
        .map(|r| {
            r.answers
                .iter()
                .map(|(t, v)| ScaleAnswer {
                    topic: t.key().to_owned(),
                    value: u32::from(*v),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(ScaleForm {
        title: loc.t("scale-title"),
        intro: loc.t("scale-intro"),
        date: here.today.to_string(),
        topics: ScaleTopic::ALL
            .iter()
            .map(|t| topic_view(*t, loc))
            .collect(),
        today_answers,
    })
}

pub(crate) fn settings_view(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<ScaleSettings, StegvisError> {
    let loc = &here.loc;
    let d = due(conn, sealer, here.today)?;
    Ok(ScaleSettings {
        interval: d.interval,
        interval_label: d.interval.label(loc),
        choices: ScaleInterval::ALL
            .into_iter()
            .map(|i| ScaleIntervalChoice {
                interval: i,
                key: i.key().to_owned(),
                label: i.label(loc),
            })
            .collect(),
        last_rated: d.last.map(|l| l.to_string()),
        last_rated_label: match d.last {
            Some(l) => loc.ta(
                "scale-last-rated",
                &Args::new().text("date", loc.date_near(l, here.today)),
            ),
            None => loc.t("scale-never-rated"),
        },
        next_due: d.next_on.map(|n| n.to_string()),
        // Once the day has come, it simply says it is time, not a day gone by.
        next_due_label: d.next_on.map(|n| {
            if d.due {
                loc.t("today-scale-title")
            } else {
                loc.ta(
                    "scale-next-due",
                    &Args::new().text("date", loc.date_near(n, here.today)),
                )
            }
        }),
        due: d.due,
    })
}

pub(crate) fn history(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<ScaleHistory, StegvisError> {
    let loc = &here.loc;
    let count = ScaleTopic::ALL.len() as u32;
    let ratings: Vec<ScaleHistoryRating> = all_ratings(conn, sealer)?
        .into_iter()
        .map(|r| {
            let items: Vec<Option<u32>> = ScaleTopic::ALL
                .iter()
                .map(|t| {
                    r.answers
                        .iter()
                        .find(|(a, _)| a == t)
                        .map(|(_, v)| u32::from(*v))
                })
                .collect();
            let total: u32 = items.iter().flatten().sum();
            let answered = items.iter().flatten().count() as u32;
            let complete = answered == count;
            let total_label = total_label(loc, total, answered);
            ScaleHistoryRating {
                date: r.date.to_string(),
                label: loc.day_month_year(r.date),
                items,
                total,
                answered,
                complete,
                total_label,
            }
        })
        .collect();
    let series = ScaleTopic::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| ScaleTopicSeries {
            key: t.key().to_owned(),
            name: t.name(loc),
            values: ratings.iter().map(|r| r.items[i]).collect(),
        })
        .collect();
    Ok(ScaleHistory {
        topics: ScaleTopic::ALL
            .iter()
            .map(|t| ScaleTopicName {
                key: t.key().to_owned(),
                name: t.name(loc),
            })
            .collect(),
        totals: ratings
            .iter()
            .map(|r| r.complete.then_some(r.total))
            .collect(),
        empty_text: ratings.is_empty().then(|| loc.t("scale-no-history")),
        ratings,
        series,
        total_note: loc.t("scale-total-note"),
        settings: settings_view(conn, sealer, here)?,
    })
}

/// "Total 52 of 75" when all topics were answered, else "Total 40 (12 of 15 topics
/// answered)": the one wording of a rating's total, wherever it is shown.
pub(crate) fn total_label(loc: &Localizer, total: u32, answered: u32) -> String {
    let count = ScaleTopic::ALL.len() as u32;
    if answered == count {
        loc.ta(
            "scale-total",
            &Args::new()
                .num("total", i64::from(total))
                .num("max", i64::from(count * u32::from(SCALE_MAX))),
        )
    } else {
        loc.ta(
            "scale-total-partial",
            &Args::new()
                .num("total", i64::from(total))
                .num("answered", i64::from(answered))
                .num("count", i64::from(count)),
        )
    }
}
