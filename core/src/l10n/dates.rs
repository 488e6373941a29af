//! Dates and times as a person reads them: local, in their own language, never UTC
//! or ISO ("mandag 23. november, 08:15"). JSON and ids keep ISO; only people read these.
//!
//! Month and weekday names come from chrono's locale data (glibc's), so they are the
//! names people see elsewhere on their computer.

use chrono::{DateTime, Datelike, Locale, NaiveDate, NaiveTime, TimeZone};

use super::{Lang, Localizer};

impl Lang {
    fn chrono_locale(self) -> Locale {
        match self {
            Lang::En => Locale::en_GB,
            Lang::Nb => Locale::nb_NO,
            Lang::Sv => Locale::sv_SE,
            Lang::Da => Locale::da_DK,
        }
    }

    /// Weekday, day and month: the order and punctuation of each language.
    fn date_pattern(self, with_year: bool) -> &'static str {
        match (self, with_year) {
            (Lang::En, false) | (Lang::Sv, false) => "%A %-d %B",
            (Lang::En, true) | (Lang::Sv, true) => "%A %-d %B %Y",
            (Lang::Nb, false) | (Lang::Da, false) => "%A %-d. %B",
            (Lang::Nb, true) | (Lang::Da, true) => "%A %-d. %B %Y",
        }
    }

    /// Day and short month, for lists and charts.
    fn short_pattern(self) -> &'static str {
        match self {
            Lang::En | Lang::Sv => "%-d %b",
            Lang::Nb | Lang::Da => "%-d. %b",
        }
    }
}

impl Localizer {
    /// A date with its weekday, without the year: "mandag 23. november".
    pub fn date(&self, date: NaiveDate) -> String {
        let lang = self.lang();
        date.format_localized(lang.date_pattern(false), lang.chrono_locale())
            .to_string()
    }

    /// A date as [`Localizer::date`], with the year when it is not the year of `today`.
    pub fn date_near(&self, date: NaiveDate, today: NaiveDate) -> String {
        let lang = self.lang();
        let with_year = date.year() != today.year();
        date.format_localized(lang.date_pattern(with_year), lang.chrono_locale())
            .to_string()
    }

    /// Day and short month: "23. nov".
    pub fn short_date(&self, date: NaiveDate) -> String {
        let lang = self.lang();
        date.format_localized(lang.short_pattern(), lang.chrono_locale())
            .to_string()
    }

    /// A clock time: "08:15" (24-hour in all four languages).
    pub fn time(&self, time: NaiveTime) -> String {
        time.format("%H:%M").to_string()
    }

    /// A local instant with its date and time: "mandag 23. november, 08:15".
    pub fn date_time<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> String {
        format!("{}, {}", self.date(at.date_naive()), self.time(at.time()))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime, TimeZone};
    use chrono_tz::Europe::Oslo;

    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
    }

    #[test]
    fn dates_read_in_each_language() {
        let cases = [
            (Lang::En, "Monday 23 November"),
            (Lang::Nb, "mandag 23. november"),
            (Lang::Sv, "måndag 23 november"),
            (Lang::Da, "mandag 23. november"),
        ];
        for (lang, want) in cases {
            assert_eq!(Localizer::new(lang).date(day()), want);
        }
    }

    #[test]
    fn a_date_in_another_year_says_the_year() {
        let nb = Localizer::new(Lang::Nb);
        let next_year = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
        assert_eq!(nb.date_near(next_year, day()), "mandag 4. januar 2027");
        assert_eq!(nb.date_near(day(), day()), "mandag 23. november");
    }

    #[test]
    fn date_and_time_are_local() {
        let at = Oslo
            .from_local_datetime(
                &day().and_time(NaiveTime::from_hms_opt(8, 15, 0).unwrap_or_default()),
            )
            .single();
        let nb = Localizer::new(Lang::Nb);
        assert_eq!(
            at.map(|at| nb.date_time(&at)),
            Some("mandag 23. november, 08:15".to_owned())
        );
        assert_eq!(Localizer::new(Lang::Da).short_date(day()), "23. nov");
    }
}
