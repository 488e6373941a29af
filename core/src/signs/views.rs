//! Rows to records, with names localized.

use super::catalog;
use super::db::{SignBody, SignRow};
use super::model::Sign;
use crate::l10n::Localizer;

/// The catalog's name in the person's language, or their own words.
pub(crate) fn sign_name(body: &SignBody, loc: &Localizer) -> String {
    match (&body.catalog_key, &body.text) {
        (_, Some(text)) => text.clone(),
        (Some(key), None) => catalog::name(key, loc),
        (None, None) => String::new(),
    }
}

pub(crate) fn sign(row: &SignRow, loc: &Localizer) -> Sign {
    Sign {
        id: row.id.to_string(),
        name: sign_name(&row.body, loc),
        catalog_key: row.body.catalog_key.clone(),
        noticed_by_others: row.body.noticed_by_others,
        position: row.position,
        retired: row.retired_at.is_some(),
        retired_at: row.retired_at,
        created_at: row.created_at,
    }
}
