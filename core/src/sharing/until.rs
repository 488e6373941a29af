//! How long a consent lasts: its last day, chosen in plain words, and the instant a
//! copy stops opening (the start of the next day where the participant lives).

use chrono::{Months, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::model::UntilChoice;
use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::time::{self, Timestamp};

/// The latest last day a consent can have.
const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2079, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last day shared, as given; `None` or blank for no end date. A day before today
/// is refused: a consent cannot start already ended.
pub(crate) fn parse(
    text: Option<&str>,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, StegvisError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let date = time::parse_date(text, Field::EndDate)?;
    if date < today {
        return Err(StegvisError::invalid(Field::EndDate, InvalidReason::InPast));
    }
    // The shipped zone data ends with 2079 (third_party/chrono-tz/STEGVIS.md).
    if date > LAST_DAY {
        return Err(StegvisError::invalid(
            Field::EndDate,
            InvalidReason::InFuture,
        ));
    }
    Ok(Some(date))
}

/// The instant a copy shared until `until` stops opening.
pub(crate) fn expiry(until: NaiveDate, zone: Tz) -> Timestamp {
    let next = until.succ_opt().unwrap_or(until);
    time::resolve(next, NaiveTime::MIN, zone)
}

/// One month, three, six, a year, or no end date; three months first is the usual.
pub(crate) fn choices(today: NaiveDate, loc: &Localizer) -> Vec<UntilChoice> {
    let mut out: Vec<UntilChoice> = [1u32, 3, 6, 12]
        .into_iter()
        .filter_map(|months| {
            let until = today.checked_add_months(Months::new(months))?;
            Some(UntilChoice {
                label: loc.ta(
                    "share-until-months",
                    &Args::new()
                        .num("months", i64::from(months))
                        .text("date", loc.date_near(until, today)),
                ),
                until: Some(until.to_string()),
            })
        })
        .collect();
    out.push(UntilChoice {
        label: loc.t("share-until-open"),
        until: None,
    });
    out
}
