//! The history calendar: a month of days with markers, and one day opened.

use super::{Companion, Inner};
use crate::error::Result;
use crate::progress::history::{self, HistoryDay, HistoryMonth, Span};
use crate::time;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// A month of history (`YYYY-MM`; this month when `None` or empty), as Monday-first
    /// weeks: per day, steps done, the check-in and whether it has a note, doses taken
    /// of planned, plan versions saved and sharing consents given, changed or
    /// withdrawn. A month before anything was written is simply empty; a month still
    /// to come, or not `YYYY-MM`, is refused naming `history-month`. Reads only.
    pub fn history_month(&self, month: Option<String>) -> Result<HistoryMonth> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let month = history::parse_month(month.as_deref(), today)?;
        let (start, end) = month.grid();
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        let span = Span {
            from: start.max(month.first()),
            to: end.min(month.last()).min(today),
            now,
            zone,
            loc: &loc,
        };
        let days = store.read(|tx| history::gather(tx, sealer, &span))?;
        Ok(history::month_view(month, &days, today, &loc))
    }

    /// One day (`YYYY-MM-DD`) opened: every step done, the check-in with each rating
    /// in words and its note, each dose with its time and what happened, plan versions
    /// saved and consents given or withdrawn (to whom), in the order they happened.
    /// A day still to come, or not a date, is refused naming `history-date`.
    pub fn history_day(&self, date: String) -> Result<HistoryDay> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let day = history::parse_day(&date, today)?;
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        let span = Span {
            from: day,
            to: day,
            now,
            zone,
            loc: &loc,
        };
        let mut days = store.read(|tx| history::gather(tx, sealer, &span))?;
        let items = days.remove(&day).unwrap_or_default();
        Ok(history::day_view(day, items, today, &loc))
    }
}
