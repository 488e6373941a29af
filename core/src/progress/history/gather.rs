//! Every source of history, asked in turn. A new kind of record is one more file
//! with a `gather` like these, and one more line here.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::HistoryItem;
use super::span::{Found, Span};
use super::{checkins, consents, doses, modules, plan_versions, repeats, scale, steps};
use crate::error::StegvisError;
use crate::store::Sealer;

/// What happened on each day of `span`, per local day, in the order it happened.
pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    span: &Span<'_>,
) -> Result<BTreeMap<NaiveDate, Vec<HistoryItem>>, StegvisError> {
    let mut found = Found::new(span);
    if span.from > span.to {
        return Ok(found.into_days());
    }
    steps::gather(conn, sealer, &mut found)?;
    repeats::gather(conn, sealer, &mut found)?;
    checkins::gather(conn, sealer, &mut found)?;
    doses::gather(conn, sealer, &mut found)?;
    plan_versions::gather(conn, sealer, &mut found)?;
    consents::gather(conn, sealer, &mut found)?;
    modules::gather(conn, sealer, &mut found)?;
    scale::gather(conn, sealer, &mut found)?;
    Ok(found.into_days())
}
