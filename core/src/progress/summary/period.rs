//! The stretch of time a summary covers and the sections it holds, checked before
//! anything is read: a range that ends before it starts, a date that is not a date or
//! a section the core does not know are typed errors naming the field.

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::error::{Field, InvalidReason, StegvisError};
use crate::progress::ReportSection;
use crate::time;

/// The longest period a summary covers: three years, far more than one IMR program.
pub const MAX_SUMMARY_DAYS: i64 = 3 * 366;

/// Months shown by default, the current one included.
pub const DEFAULT_MONTHS: u32 = 6;

/// A checked period, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// Every day of the period, oldest first.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> {
        let from = self.from;
        (0..=(self.to - self.from).num_days()).map(move |i| from + Duration::days(i))
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.from && date <= self.to
    }

    /// Each calendar month the period touches, clipped to the period, oldest first.
    pub fn months(&self) -> Vec<Period> {
        let mut months = Vec::new();
        let mut start = self.from;
        while start <= self.to {
            let first = start.with_day(1).unwrap_or(start);
            let next = first.checked_add_months(Months::new(1)).unwrap_or(self.to);
            let end = (next - Duration::days(1)).min(self.to);
            months.push(Period {
                from: start,
                to: end,
            });
            start = end + Duration::days(1);
        }
        months
    }

    /// The Monday of each week (Monday to Sunday) the period touches, oldest first.
    pub fn week_starts(&self) -> Vec<NaiveDate> {
        let first = time::monday_of(self.from);
        let weeks = (time::monday_of(self.to) - first).num_days() / 7 + 1;
        (0..weeks).map(|w| first + Duration::days(w * 7)).collect()
    }
}

/// `None` for an absent or blank argument.
fn given(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// The period asked for: `from` and `to` as `YYYY-MM-DD`, each optional. Without
/// `to` it ends today; without `from` it starts on the first day of the month five
/// months before `to`'s, so the default covers six calendar months.
pub fn parse(
    from: Option<&str>,
    to: Option<&str>,
    today: NaiveDate,
) -> Result<Period, StegvisError> {
    let to = match given(to) {
        Some(text) => time::parse_date(text, Field::EndDate)?,
        None => today,
    };
    let from = match given(from) {
        Some(text) => time::parse_date(text, Field::StartDate)?,
        None => to
            .with_day(1)
            .and_then(|d| d.checked_sub_months(Months::new(DEFAULT_MONTHS - 1)))
            .unwrap_or(to),
    };
    if to < from {
        return Err(StegvisError::invalid(
            Field::EndDate,
            InvalidReason::BeforeStart,
        ));
    }
    if (to - from).num_days() >= MAX_SUMMARY_DAYS {
        return Err(StegvisError::invalid(
            Field::EndDate,
            InvalidReason::RangeTooLong {
                max_days: MAX_SUMMARY_DAYS as u32,
            },
        ));
    }
    Ok(Period { from, to })
}

/// Sections as the terminal's `--include` takes them: keys separated by commas
/// (`goals,signs`). Empty means all; each section once, in report order.
pub fn parse_sections(text: &str) -> Result<Vec<ReportSection>, StegvisError> {
    let mut sections = Vec::new();
    for key in text.split(',').map(str::trim).filter(|k| !k.is_empty()) {
        let section = ReportSection::from_key(&key.to_lowercase()).ok_or(StegvisError::invalid(
            Field::ReportSections,
            InvalidReason::Unknown,
        ))?;
        sections.push(section);
    }
    Ok(normalize(sections))
}

/// Each section once, in report order; none chosen means all.
pub fn normalize(mut sections: Vec<ReportSection>) -> Vec<ReportSection> {
    if sections.is_empty() {
        return ReportSection::ALL.to_vec();
    }
    sections.sort();
    sections.dedup();
    sections
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn default_is_six_calendar_months_up_to_today() {
        let p = parse(None, None, d("2026-11-24")).unwrap();
        assert_eq!((p.from, p.to), (d("2026-06-01"), d("2026-11-24")));
        assert_eq!(p.months().len(), 6);
    }

    #[test]
    fn a_range_that_ends_before_it_starts_is_refused() {
        let err = parse(Some("2026-06-02"), Some("2026-06-01"), d("2026-11-24")).unwrap_err();
        assert_eq!(
            err,
            StegvisError::invalid(Field::EndDate, InvalidReason::BeforeStart)
        );
        let err = parse(Some("2026-13-01"), None, d("2026-11-24")).unwrap_err();
        assert_eq!(
            err,
            StegvisError::invalid(Field::StartDate, InvalidReason::Malformed)
        );
        assert!(parse(Some("2020-01-01"), Some("2026-01-01"), d("2026-11-24")).is_err());
    }

    #[test]
    fn months_and_weeks_are_clipped_and_monday_based() {
        let p = Period {
            from: d("2026-06-15"),
            to: d("2026-08-03"),
        };
        let months = p.months();
        assert_eq!(months.len(), 3);
        assert_eq!(
            (months[0].from, months[0].to),
            (d("2026-06-15"), d("2026-06-30"))
        );
        assert_eq!(
            (months[2].from, months[2].to),
            (d("2026-08-01"), d("2026-08-03"))
        );
        let weeks = p.week_starts();
        assert_eq!(weeks.first(), Some(&d("2026-06-15")));
        assert_eq!(weeks.last(), Some(&d("2026-08-03")));
        assert_eq!(weeks.len(), 8);
    }

    #[test]
    fn sections_parse_from_keys() {
        use ReportSection::*;
        assert_eq!(
            parse_sections("signs, goals,signs").unwrap(),
            vec![Goals, Signs]
        );
        assert_eq!(parse_sections("").unwrap(), ReportSection::ALL.to_vec());
        assert_eq!(
            parse_sections("goals,mood").unwrap_err(),
            StegvisError::invalid(Field::ReportSections, InvalidReason::Unknown)
        );
    }
}
