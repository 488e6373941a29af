//! Early warning signs: the person's own list, a daily check-in that takes under a
//! minute, trends, personal rules and change from their own baseline. A rating never
//! triggers anything outside the phone; at most it raises a gentle prompt in today.

pub(crate) mod actions;
pub(crate) mod baseline;
mod catalog;
pub(crate) mod db;
mod model;
pub(crate) mod readback;
pub(crate) mod rules;
pub(crate) mod trend;
pub(crate) mod views;

pub(crate) use catalog::entries as catalog_entries;
pub use catalog::{CatalogSign, CATALOG};
pub use model::{
    Checkin, CheckinDay, CheckinDayRating, CheckinForm, CheckinFormSign, CheckinHistory,
    CheckinInput, NewSign, RatedSign, Rating, Series, Sign, SignSeries, Trend, TrendDay,
};
pub use readback::DEFAULT_HISTORY_WEEKS;
pub use rules::{Rule, RuleView};

/// The highest rating: 0 not at all, 1 a little, 2 quite a lot, 3 a lot.
pub const MAX_RATING: u8 = 3;
