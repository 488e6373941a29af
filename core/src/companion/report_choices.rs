//! The periods the report screen offers: the last 3, 6 or 12 months, each with the
//! `from`/`to` days the report takes, so no shell counts months itself.

use chrono::{Datelike, Months, NaiveDate};

use super::Companion;
use crate::error::Result;
use crate::l10n::{Args, Localizer};
use crate::time;

/// The lengths offered, in months, the current one included.
const CHOICES: [u32; 3] = [3, 6, 12];

/// The length chosen when the person has not picked one: the summary's own default.
const DEFAULT: u32 = crate::progress::summary::period::DEFAULT_MONTHS;

/// One period to choose on the report screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReportPeriodChoice {
    /// How many calendar months it covers, the current one included.
    pub months: u32,
    /// "Last 6 months", in the person's language.
    pub label: String,
    /// The days it covers, shown local ("1 June 2026 – 24 November 2026").
    pub span: String,
    /// First day, `YYYY-MM-DD`, as `report_pdf` takes it.
    pub from: String,
    /// Last day (today), `YYYY-MM-DD`.
    pub to: String,
    /// The one chosen before the person picks (six months, like the progress screen).
    pub preselected: bool,
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The periods the report can cover, shortest first, each ending today and
    /// starting on the first day of a month, like the progress summary's default.
    pub fn report_period_choices(&self) -> Result<Vec<ReportPeriodChoice>> {
        let now = self.now();
        let inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        Ok(choices(today, &inner.loc))
    }
}

/// The choices for `today`, words in `loc`'s language.
fn choices(today: NaiveDate, loc: &Localizer) -> Vec<ReportPeriodChoice> {
    CHOICES
        .iter()
        .map(|&months| {
            let from = first_day(today, months);
            ReportPeriodChoice {
                months,
                label: loc.ta(
                    "report-period-last-months",
                    &Args::new().num("months", i64::from(months)),
                ),
                span: loc.ta(
                    "report-period-span",
                    &Args::new()
                        .text("from", loc.day_month_year(from))
                        .text("to", loc.day_month_year(today)),
                ),
                from: from.format("%Y-%m-%d").to_string(),
                to: today.format("%Y-%m-%d").to_string(),
                preselected: months == DEFAULT,
            }
        })
        .collect()
}

/// The first day of the month `months - 1` months before `today`'s.
fn first_day(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(months.saturating_sub(1))))
        .unwrap_or(today)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    #[test]
    fn three_six_and_twelve_calendar_months_up_to_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let loc = Localizer::new(Lang::En);
        let c = choices(today, &loc);
        let spans: Vec<(&str, &str)> = c.iter().map(|c| (c.from.as_str(), c.to.as_str())).collect();
        assert_eq!(
            spans,
            vec![
                ("2026-09-01", "2026-11-24"),
                ("2026-06-01", "2026-11-24"),
                ("2025-12-01", "2026-11-24"),
            ]
        );
        assert_eq!(c[1].label, "Last 6 months");
        assert!(c[1].preselected && !c[0].preselected && !c[2].preselected);
        assert!(
            !c[2].span.contains("2025-12"),
            "dates are shown local: {}",
            c[2].span
        );
    }

    #[test]
    fn every_choice_is_a_period_the_summary_takes() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        for c in choices(today, &Localizer::new(Lang::Nb)) {
            let p =
                crate::progress::summary::parse_period(Some(&c.from), Some(&c.to), today).unwrap();
            assert_eq!(p.months().len(), c.months as usize);
        }
    }
}
