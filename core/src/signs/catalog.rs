//! Common early warning signs to choose from. Keys are stable; names are localized
//! (`sign-<key>` in `signs.ftl`).

use crate::l10n::Localizer;

/// Keys of the catalog, in the order a picker shows them.
pub const CATALOG: &[&str] = &[
    "sleeping-less",
    "sleeping-more",
    "tense-restless",
    "trouble-concentrating",
    "withdrawing",
    "suspicious",
    "hearing-things",
    "racing-thoughts",
    "irritable",
    "losing-interest",
    "not-eating",
    "skipping-medication",
    "more-alcohol-drugs",
    "others-talk-about-me",
    "worrying-more",
    "low-mood",
    "much-more-energy",
    "spending-more",
    "neglecting-self-care",
    "feeling-hopeless",
    "seeing-things",
    "thoughts-racing-at-night",
];

/// A catalog entry with its localized name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CatalogSign {
    pub key: String,
    pub name: String,
}

pub(crate) fn is_known(key: &str) -> bool {
    CATALOG.contains(&key)
}

pub(crate) fn name(key: &str, loc: &Localizer) -> String {
    loc.t(&format!("sign-{key}"))
}

pub(crate) fn entries(loc: &Localizer) -> Vec<CatalogSign> {
    CATALOG
        .iter()
        .map(|k| CatalogSign {
            key: (*k).to_owned(),
            name: name(k, loc),
        })
        .collect()
}
