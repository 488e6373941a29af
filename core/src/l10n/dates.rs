//! Dates and times as a person reads them: local, in their own language, never UTC
//! or ISO ("mandag 23. november, 08:15"). JSON and ids keep ISO; only people read these.
//!
//! Month and weekday names are the ones glibc's locales give (en_GB, nb_NO, sv_SE,
//! da_DK), written out here for the four languages rather than taken from chrono's
//! table of every locale in the world, which alone made up a fifth of the shipped
//! library.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone};

use super::{Lang, Localizer};

/// Monday first, as `Weekday::num_days_from_monday`.
const WEEKDAYS: [[&str; 7]; 4] = [
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ],
    [
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    ],
    [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ],
];

const MONTHS: [[&str; 12]; 4] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
];

/// Monday first, as glibc abbreviates them.
const SHORT_WEEKDAYS: [[&str; 7]; 4] = [
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    ["mån", "tis", "ons", "tor", "fre", "lör", "sön"],
    ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
];

const SHORT_MONTHS: [[&str; 12]; 4] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ],
    [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
];

impl Lang {
    fn names(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Nb => 1,
            Lang::Sv => 2,
            Lang::Da => 3,
        }
    }

    /// "23" or "23.": Norwegian and Danish write the day as an ordinal.
    fn day(self, date: NaiveDate) -> String {
        match self {
            Lang::En | Lang::Sv => date.day().to_string(),
            Lang::Nb | Lang::Da => format!("{}.", date.day()),
        }
    }

    /// Weekday, day and month (and year): the order and punctuation of each language.
    fn long_date(self, date: NaiveDate, with_year: bool) -> String {
        let names = self.names();
        let weekday = WEEKDAYS[names][date.weekday().num_days_from_monday() as usize];
        let month = MONTHS[names][date.month0() as usize];
        let day = self.day(date);
        if with_year {
            format!("{weekday} {day} {month} {}", date.year())
        } else {
            format!("{weekday} {day} {month}")
        }
    }
}

impl Localizer {
    /// A date with its weekday, without the year: "mandag 23. november".
    pub fn date(&self, date: NaiveDate) -> String {
        self.lang().long_date(date, false)
    }

    /// A date as [`Localizer::date`], with the year when it is not the year of `today`.
    pub fn date_near(&self, date: NaiveDate, today: NaiveDate) -> String {
        self.lang().long_date(date, date.year() != today.year())
    }

    /// Day and short month: "23. nov".
    pub fn short_date(&self, date: NaiveDate) -> String {
        let lang = self.lang();
        format!(
            "{} {}",
            lang.day(date),
            SHORT_MONTHS[lang.names()][date.month0() as usize]
        )
    }

    /// A month as a calendar's heading: "November 2026", "November 2026" (the month's
    /// name with a capital, as a heading starts).
    pub fn month_title(&self, year: i32, month: u32) -> String {
        let first = NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).unwrap_or_default();
        capitalized(&self.month_year(first))
    }

    /// The seven weekdays, Monday first, short: "Mon" .. "Sun", "man." .. "søn.".
    pub fn short_weekdays(&self) -> Vec<String> {
        SHORT_WEEKDAYS[self.lang().names()]
            .iter()
            .map(|d| (*d).to_owned())
            .collect()
    }

    /// A clock time: "08:15" (24-hour in all four languages).
    pub fn time(&self, time: NaiveTime) -> String {
        time.format("%H:%M").to_string()
    }

    /// Month and year, as a report names a month: "november 2026".
    pub fn month_year(&self, date: NaiveDate) -> String {
        let lang = self.lang();
        format!(
            "{} {}",
            MONTHS[lang.names()][date.month0() as usize],
            date.year()
        )
    }

    /// Day, month and year without the weekday: "3. juni 2026".
    pub fn day_month_year(&self, date: NaiveDate) -> String {
        let lang = self.lang();
        format!(
            "{} {} {}",
            lang.day(date),
            MONTHS[lang.names()][date.month0() as usize],
            date.year()
        )
    }

    /// A date with its weekday and year: "tirsdag 24. november 2026".
    pub fn full_date(&self, date: NaiveDate) -> String {
        self.lang().long_date(date, true)
    }

    /// A local instant with its date and time: "mandag 23. november, 08:15".
    pub fn date_time<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> String {
        format!("{}, {}", self.date(at.date_naive()), self.time(at.time()))
    }
}

/// `text` with a capital first letter, as a heading or a line starts: the Nordic
/// languages write month and day names in lower case mid-sentence.
pub(crate) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
    fn month_titles_and_short_weekdays() {
        assert_eq!(
            Localizer::new(Lang::En).month_title(2026, 11),
            "November 2026"
        );
        assert_eq!(Localizer::new(Lang::Nb).month_title(2026, 3), "Mars 2026");
        assert_eq!(
            Localizer::new(Lang::Sv).month_title(2026, 8),
            "Augusti 2026"
        );
        assert_eq!(Localizer::new(Lang::Da).short_weekdays()[5], "lør");
        assert_eq!(Localizer::new(Lang::Sv).short_weekdays()[0], "mån");
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

    #[test]
    fn month_and_weekday_names_are_glibcs() {
        let may = NaiveDate::from_ymd_opt(2027, 5, 1).unwrap_or_default();
        let cases = [
            (Lang::En, "Saturday 1 May 2027", "1 May"),
            (Lang::Nb, "lørdag 1. mai 2027", "1. mai"),
            (Lang::Sv, "lördag 1 maj 2027", "1 maj"),
            (Lang::Da, "lørdag 1. maj 2027", "1. maj"),
        ];
        for (lang, long, short) in cases {
            let loc = Localizer::new(lang);
            assert_eq!(loc.date_near(may, day()), long);
            assert_eq!(loc.short_date(may), short);
        }
        let march = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap_or_default();
        assert_eq!(Localizer::new(Lang::Nb).short_date(march), "4. mars");
        assert_eq!(Localizer::new(Lang::Da).date(march), "onsdag 4. marts");
        assert_eq!(Localizer::new(Lang::En).short_date(march), "4 Mar");
        let december = NaiveDate::from_ymd_opt(2026, 12, 24).unwrap_or_default();
        assert_eq!(Localizer::new(Lang::Nb).short_date(december), "24. des.");
        assert_eq!(
            Localizer::new(Lang::Sv).date(december),
            "torsdag 24 december"
        );
    }
}
