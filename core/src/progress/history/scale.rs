//! IMR Scale self-ratings, on the day each is about. A rating is about a day, not a
//! minute, so the item has no time; it says how many topics were rated and their sum.

use rusqlite::Connection;

use super::model::HistoryEntry;
use super::span::Found;
use crate::error::StegvisError;
use crate::progress::scale::ratings_between;
use crate::store::Sealer;

pub(crate) fn gather(
    conn: &Connection,
    sealer: &Sealer,
    found: &mut Found<'_>,
) -> Result<(), StegvisError> {
    let span = found.span;
    for rating in ratings_between(conn, sealer, span.from, span.to)? {
        found.add(
            rating.date,
            None,
            HistoryEntry::ScaleRated {
                topics_rated: u32::try_from(rating.answers.len()).unwrap_or(u32::MAX),
                total: rating.answers.iter().map(|(_, v)| u32::from(*v)).sum(),
            },
        );
    }
    Ok(())
}
