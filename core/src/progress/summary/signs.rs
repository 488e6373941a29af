//! Early warning signs over a period: weekly means (Monday to Sunday) per sign and
//! the days checked in. The means are the trend view's own (`signs::trend`), laid on
//! calendar weeks instead of the last N weeks.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::period::Period;
use crate::l10n::Localizer;
use crate::progress::{SignWeekMean, SignsSummary, SignsWeek, SummarySignSeries};
use crate::signs::db::{CheckinBody, CheckinRow, SignRow};
use crate::signs::trend;
use crate::signs::views::sign_name;
use crate::signs::MAX_RATING;

/// Check-ins within the period, with the signs in the person's order (retired ones
/// included: a sign rated in the period has a series even if retired since).
pub(crate) fn signs_summary(
    rows: &[CheckinRow],
    signs: &[SignRow],
    period: &Period,
    loc: &Localizer,
) -> SignsSummary {
    let by_date: BTreeMap<NaiveDate, &CheckinBody> = rows
        .iter()
        .filter(|r| period.contains(r.date))
        .map(|r| (r.date, &r.body))
        .collect();
    let week_starts = period.week_starts();
    let first = week_starts.first().copied().unwrap_or(period.from);
    let days = week_starts.len() as i64 * 7;
    let weeks = week_starts
        .iter()
        .map(|&start| SignsWeek {
            week_start: start.to_string(),
            label: loc.short_date(start),
            days_checked_in: (0..7)
                .filter(|i| by_date.contains_key(&(start + Duration::days(*i))))
                .count() as u32,
        })
        .collect();
    let series = signs
        .iter()
        .filter(|s| by_date.values().any(|b| b.ratings.contains_key(&s.id)))
        .map(|s| {
            let values = trend::daily(&by_date, first, days, |b| {
                b.ratings.get(&s.id).map(|v| f64::from(*v))
            });
            let means = trend::series(values.clone()).weekly_means;
            SummarySignSeries {
                sign_id: s.id.to_string(),
                name: sign_name(&s.body, loc),
                weeks: week_starts
                    .iter()
                    .zip(means)
                    .zip(values.chunks(7))
                    .map(|((start, mean), week)| SignWeekMean {
                        week_start: start.to_string(),
                        mean_label: mean.map_or_else(
                            || super::NONE.to_owned(),
                            |m| loc.decimal_mark(&format!("{m:.1}")),
                        ),
                        mean,
                        days_rated: week.iter().flatten().count() as u32,
                    })
                    .collect(),
            }
        })
        .collect();
    SignsSummary {
        days_checked_in: by_date.len() as u32,
        days_in_period: period.days().count() as u32,
        max_rating: u32::from(MAX_RATING),
        weeks,
        signs: series,
    }
}
