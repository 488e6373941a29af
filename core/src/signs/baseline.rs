//! Change from the person's own baseline: a sign clearly above its usual level,
//! measured against the 28 days before, once there are 14 ratings to go on.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use uuid::Uuid;

use super::db::CheckinBody;

/// Days of history the baseline is taken over.
pub const BASELINE_DAYS: i64 = 28;
/// Ratings needed in that window before a baseline is trusted.
pub const MIN_RATINGS: usize = 14;

/// A sign rated clearly above its usual level on the latest check-in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Change {
    pub sign_id: Uuid,
    pub latest: u8,
    pub mean: f64,
}

/// Mean and population standard deviation.
fn mean_sd(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// Signs whose latest rating (today's, or yesterday's while today is not done) is at
/// least the baseline mean plus two standard deviations, and at least one whole step
/// above it, so a steady 0 followed by a single 1 does not raise anything.
pub(crate) fn changes(
    days: &BTreeMap<NaiveDate, CheckinBody>,
    signs: &[Uuid],
    today: NaiveDate,
) -> Vec<Change> {
    let latest_day = [today, today - Duration::days(1)]
        .into_iter()
        .find(|d| days.contains_key(d));
    let Some(latest_day) = latest_day else {
        return Vec::new();
    };
    let Some(latest) = days.get(&latest_day) else {
        return Vec::new();
    };
    let window = (latest_day - Duration::days(BASELINE_DAYS))..latest_day;
    signs
        .iter()
        .filter_map(|id| {
            let value = *latest.ratings.get(id)?;
            let history: Vec<f64> = days
                .range(window.clone())
                .filter_map(|(_, d)| d.ratings.get(id).map(|v| f64::from(*v)))
                .collect();
            if history.len() < MIN_RATINGS {
                return None;
            }
            let (mean, sd) = mean_sd(&history);
            (f64::from(value) >= mean + (2.0 * sd).max(1.0)).then_some(Change {
                sign_id: *id,
                latest: value,
                mean,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn history(id: Uuid, values: &[u8], end: NaiveDate) -> BTreeMap<NaiveDate, CheckinBody> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let date = end - Duration::days((values.len() - 1 - i) as i64);
                let body = CheckinBody {
                    ratings: [(id, *v)].into(),
                    ..CheckinBody::default()
                };
                (date, body)
            })
            .collect()
    }

    #[test]
    fn a_clear_rise_is_noticed_and_noise_is_not() {
        let id = Uuid::new_v4();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut usual: Vec<u8> =
            [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0].to_vec();
        usual.push(3);
        let days = history(id, &usual, today);
        let found = changes(&days, &[id], today);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].latest, 3);

        let mut calm = usual.clone();
        calm.pop();
        calm.push(1);
        assert!(changes(&history(id, &calm, today), &[id], today).is_empty());
    }

    #[test]
    fn needs_fourteen_ratings_first() {
        let id = Uuid::new_v4();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let days = history(id, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], today);
        assert!(changes(&days, &[id], today).is_empty());
    }
}
