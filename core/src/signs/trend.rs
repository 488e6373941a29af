//! Trends over 1 to 52 weeks: daily values, weekly means, days checked in, and a
//! plain-language summary that describes without judging.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::db::{CheckinBody, CheckinRow, SignRow};
use super::model::{Series, SignSeries, Trend, TrendDay};
use super::views::sign_name;
use super::MAX_RATING;
use crate::error::{Field, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::validate;

/// The longest period a trend covers.
pub const MAX_WEEKS: u32 = 52;

/// The first day of a `weeks`-week period ending `today`.
pub(crate) fn period_start(weeks: u32, today: NaiveDate) -> Result<NaiveDate, StegvisError> {
    validate::in_range(i64::from(weeks), Field::Weeks, 1, i64::from(MAX_WEEKS))?;
    Ok(today - Duration::days(i64::from(weeks) * 7 - 1))
}

/// Daily values with their means per 7 days, counted from the first day.
pub(crate) fn series(daily: Vec<Option<f64>>) -> Series {
    let weekly_means = daily
        .chunks(7)
        .map(|week| {
            let values: Vec<f64> = week.iter().flatten().copied().collect();
            (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
        })
        .collect();
    Series {
        daily,
        weekly_means,
    }
}

/// One value a day from `from` for `days` days, `None` where there is no check-in.
pub(crate) fn daily<F: Fn(&CheckinBody) -> Option<f64>>(
    by_date: &BTreeMap<NaiveDate, &CheckinBody>,
    from: NaiveDate,
    days: i64,
    value: F,
) -> Vec<Option<f64>> {
    (0..days)
        .map(|i| {
            by_date
                .get(&(from + Duration::days(i)))
                .and_then(|b| value(b))
        })
        .collect()
}

fn summary(loc: &Localizer, checked: u32, days: u32, total: &Series) -> String {
    if checked == 0 {
        return loc.t("trend-summary-none");
    }
    let mut text = loc.ta(
        "trend-summary-days",
        &Args::new()
            .num("checked", checked.into())
            .num("days", days.into()),
    );
    let weeks = &total.weekly_means;
    if let [.., Some(before), Some(last)] = weeks.as_slice() {
        let id = if last - before >= 1.0 {
            "trend-summary-higher"
        } else if before - last >= 1.0 {
            "trend-summary-lower"
        } else {
            "trend-summary-same"
        };
        text.push(' ');
        text.push_str(&loc.t(id));
    }
    text
}

/// One sign's chart in words: on how many days it was rated and the latest rating.
fn chart_description(
    name: &str,
    values: &Series,
    period: &str,
    days: i64,
    loc: &Localizer,
) -> String {
    let rated = values.daily.iter().flatten().count();
    let args = Args::new()
        .text("sign", name.to_owned())
        .text("period", period.to_owned());
    match values.daily.iter().rev().flatten().next() {
        None => loc.ta("trend-sign-chart-none", &args),
        Some(last) => loc.ta(
            "trend-sign-chart",
            &args
                .num("rated", rated as i64)
                .num("days", days)
                .text("last", loc.t(&format!("checkin-scale-{}", *last as u8))),
        ),
    }
}

/// Builds the trend from the period's check-ins. Signs shown: active ones, and
/// retired ones that were rated in the period.
pub(crate) fn build(
    rows: &[CheckinRow],
    signs: &[SignRow],
    weeks: u32,
    today: NaiveDate,
    loc: &Localizer,
) -> Result<Trend, StegvisError> {
    let from = period_start(weeks, today)?;
    let days = i64::from(weeks) * 7;
    let period = loc.ta(
        "trend-period",
        &Args::new()
            .text("from", loc.short_date(from))
            .text("to", loc.short_date(today)),
    );
    let by_date: BTreeMap<NaiveDate, &CheckinBody> = rows
        .iter()
        .filter(|r| r.date >= from && r.date <= today)
        .map(|r| (r.date, &r.body))
        .collect();
    let total = series(daily(&by_date, from, days, |b| {
        (!b.ratings.is_empty()).then(|| b.ratings.values().map(|v| f64::from(*v)).sum())
    }));
    let per_sign = signs
        .iter()
        .filter(|s| {
            s.retired_at.is_none() || by_date.values().any(|b| b.ratings.contains_key(&s.id))
        })
        .map(|s| {
            let name = sign_name(&s.body, loc);
            let values = series(daily(&by_date, from, days, |b| {
                b.ratings.get(&s.id).map(|v| f64::from(*v))
            }));
            SignSeries {
                sign_id: s.id.to_string(),
                description: chart_description(&name, &values, &period, days, loc),
                name,
                series: values,
            }
        })
        .collect();
    let sleep = series(daily(&by_date, from, days, |b| b.sleep_hours));
    let per_day = (0..days)
        .map(|i| {
            let date = from + Duration::days(i);
            let body = by_date.get(&date);
            TrendDay {
                date: date.to_string(),
                label: loc.short_date(date),
                checked_in: body.is_some(),
                note: body.and_then(|b| b.note.clone()),
                sleep_hours: body.and_then(|b| b.sleep_hours),
            }
        })
        .collect();
    let checked = by_date.len() as u32;
    Ok(Trend {
        weeks,
        from: from.to_string(),
        to: today.to_string(),
        period_label: period,
        days_checked_in: checked,
        days: days as u32,
        summary: summary(loc, checked, days as u32, &total),
        scale: (0..=MAX_RATING)
            .map(|v| loc.t(&format!("checkin-scale-{v}")))
            .collect(),
        total,
        per_sign,
        sleep,
        per_day,
    })
}
