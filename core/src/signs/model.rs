//! The records shells draw and send back for signs, check-ins and trends.

use serde::{Deserialize, Serialize};

use crate::time::Timestamp;

/// A sign to add: from the catalog (`catalog_key`) or in the person's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewSign {
    pub catalog_key: Option<String>,
    pub text: Option<String>,
    /// Others tend to notice this sign before the person does.
    pub noticed_by_others: bool,
}

/// A sign on the person's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Sign {
    pub id: String,
    /// The name to show: the catalog's, localized, or the person's own words.
    pub name: String,
    pub catalog_key: Option<String>,
    pub noticed_by_others: bool,
    /// 1 is first in the check-in.
    pub position: u32,
    pub retired: bool,
    pub retired_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

/// One rating in a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Rating {
    pub sign_id: String,
    /// 0 not at all, 1 a little, 2 quite a lot, 3 a lot.
    pub value: u8,
}

/// What the person entered in a check-in.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckinInput {
    /// `YYYY-MM-DD`; today when empty. Earlier days may be filled in, later ones not.
    pub date: Option<String>,
    pub ratings: Vec<Rating>,
    pub note: Option<String>,
    /// Hours slept, 0 to 24.
    pub sleep_hours: Option<f64>,
}

/// A rating with the sign's name, for showing a saved check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RatedSign {
    pub sign_id: String,
    pub name: String,
    pub value: u8,
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Checkin {
    pub date: String,
    pub ratings: Vec<RatedSign>,
    pub note: Option<String>,
    pub sleep_hours: Option<f64>,
    pub updated_at: Timestamp,
}

/// One line of the check-in form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckinFormSign {
    pub sign_id: String,
    pub name: String,
    pub noticed_by_others: bool,
    /// The rating already given that day, if the check-in is being edited.
    pub current: Option<u8>,
}

/// Everything a shell needs to draw the check-in, in the person's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckinForm {
    pub date: String,
    pub title: String,
    /// Labels for 0, 1, 2 and 3.
    pub scale: Vec<String>,
    pub signs: Vec<CheckinFormSign>,
    pub note: Option<String>,
    pub sleep_hours: Option<f64>,
    /// `sleep_hours` as the person writes hours ("6.5", "6,5"), for a text field;
    /// read back with `parse_sleep_hours`.
    pub sleep_text: Option<String>,
    /// True when this day already has a check-in (saving again edits it).
    pub already_done: bool,
    pub note_prompt: String,
    pub sleep_prompt: String,
}

/// Daily values (one per day, `None` where there was no check-in or no rating) and
/// weekly means, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Series {
    pub daily: Vec<Option<f64>>,
    pub weekly_means: Vec<Option<f64>>,
}

/// One sign's series.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SignSeries {
    pub sign_id: String,
    pub name: String,
    pub series: Series,
    /// What the sign's chart shows, in words, for people who do not see it:
    /// "Racing thoughts, 27 Oct to 23 Nov: rated on 20 of 28 days. Most recently: A little."
    pub description: String,
}

/// Signs over the last `weeks` weeks, ending today.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Trend {
    pub weeks: u32,
    pub from: String,
    pub to: String,
    /// "27 Oct to 23 Nov", for people; `from` and `to` are ISO dates for programs.
    pub period_label: String,
    pub days_checked_in: u32,
    pub days: u32,
    /// Sum of the day's ratings.
    pub total: Series,
    pub per_sign: Vec<SignSeries>,
    pub sleep: Series,
    /// A plain-language sentence or two about the period.
    pub summary: String,
    /// The rating words for 0, 1, 2 and 3, for a chart's axis.
    pub scale: Vec<String>,
    /// Each day of the period, oldest first, with its note and sleep.
    pub per_day: Vec<TrendDay>,
}

/// One day of a trend: what the person wrote beside the ratings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TrendDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The date for a chart's axis: day and short month ("23 Nov", "23. nov").
    pub label: String,
    pub checked_in: bool,
    pub note: Option<String>,
    pub sleep_hours: Option<f64>,
}

/// One rating of a check-in read back, with the rating in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckinDayRating {
    pub sign_id: String,
    pub name: String,
    /// 0 not at all, 1 a little, 2 quite a lot, 3 a lot.
    pub value: u8,
    /// The rating in words: "Quite a lot".
    pub value_label: String,
    /// The sign is no longer on the person's list; the rating is kept.
    pub retired: bool,
}

/// One day's check-in as a person reads it back. When there was none that day,
/// `checked_in` is false, the lists are empty and `empty_text` says so kindly.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckinDay {
    /// `YYYY-MM-DD`, for scripts and for asking again.
    pub date: String,
    /// The date for people: "Monday 23 November".
    pub date_label: String,
    pub checked_in: bool,
    /// In the person's check-in order.
    pub ratings: Vec<CheckinDayRating>,
    /// The ratings in one line: "Quite a lot: Sleeping less · A little: Racing thoughts".
    pub summary: String,
    pub note: Option<String>,
    pub sleep_hours: Option<f64>,
    /// "Slept 6.5 hours".
    pub sleep_label: Option<String>,
    pub updated_at: Option<Timestamp>,
    pub empty_text: Option<String>,
}

/// The check-ins of the last weeks, newest first. Days without a check-in are
/// simply absent: nothing is counted against the person.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckinHistory {
    pub weeks: u32,
    /// `YYYY-MM-DD`, the first day covered.
    pub from: String,
    /// `YYYY-MM-DD`, today.
    pub to: String,
    /// "Your check-ins, Monday 9 November to Monday 23 November".
    pub title: String,
    pub days: Vec<CheckinDay>,
    pub empty_text: Option<String>,
}
