//! What every source of history is asked with: the local days to cover, where "now"
//! is, and the person's zone and language. Sources add what they find per local day.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::item;
use super::model::{HistoryEntry, HistoryItem};
use crate::l10n::Localizer;
use crate::time::{self, Timestamp};

/// The days asked about, and how to say things.
pub(crate) struct Span<'a> {
    pub from: NaiveDate,
    /// Never after today: nothing is gathered for days still to come.
    pub to: NaiveDate,
    pub now: Timestamp,
    pub zone: Tz,
    pub loc: &'a Localizer,
}

/// What the sources found, per local day.
pub(crate) struct Found<'a> {
    pub span: &'a Span<'a>,
    pub days: BTreeMap<NaiveDate, Vec<HistoryItem>>,
}

impl<'a> Found<'a> {
    pub fn new(span: &'a Span<'a>) -> Self {
        Found {
            span,
            days: BTreeMap::new(),
        }
    }

    /// The local day of an instant, if it is in the span.
    pub fn day_of(&self, at: Timestamp) -> Option<NaiveDate> {
        let day = time::local_date(at, self.span.zone);
        (day >= self.span.from && day <= self.span.to).then_some(day)
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        day >= self.span.from && day <= self.span.to
    }

    /// Adds what happened on `day`, at `at` if it has a time, in words.
    pub fn add(&mut self, day: NaiveDate, at: Option<Timestamp>, entry: HistoryEntry) {
        if self.covers(day) {
            let line = item::item(entry, at, self.span);
            self.days.entry(day).or_default().push(line);
        }
    }

    /// Every day's items in the order they happened (untimed ones first).
    pub fn into_days(mut self) -> BTreeMap<NaiveDate, Vec<HistoryItem>> {
        for items in self.days.values_mut() {
            items.sort_by_key(|i| (i.at, i.kind));
        }
        self.days
    }
}
