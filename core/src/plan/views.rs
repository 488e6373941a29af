//! The plan as a shell shows it: every section, with its title, a hint and the items.

use std::collections::HashMap;

use chrono_tz::Tz;
use uuid::Uuid;

use super::db::Version;
use super::model::{
    Plan, PlanItem, PlanItemView, PlanSection, PlanSectionView, PlanVersionSummary, PlanView,
};
use crate::l10n::{Args, Localizer};
use crate::signs::rules::RuleSigns;
use crate::signs::RuleView;

/// Sign id to (name, noticed by others).
pub(crate) type SignNames = HashMap<Uuid, (String, bool)>;

fn item_view(
    section: PlanSection,
    number: usize,
    item: &PlanItem,
    signs: &SignNames,
    loc: &Localizer,
) -> PlanItemView {
    let (text, detail) = match section {
        PlanSection::Signs => {
            let sign = item
                .sign_id
                .as_deref()
                .and_then(|s| Uuid::parse_str(s).ok())
                .and_then(|id| signs.get(&id));
            match sign {
                Some((name, others)) => (
                    name.clone(),
                    others.then(|| loc.t("plan-sign-others-notice")),
                ),
                None => (loc.t("plan-sign-removed"), None),
            }
        }
        PlanSection::SupporterActions => (
            item.text.clone(),
            item.supporter.as_ref().map(|s| {
                loc.ta(
                    "plan-for-supporter",
                    &Args::new().text("supporter", s.clone()),
                )
            }),
        ),
        PlanSection::Contacts => {
            let kind = item.contact_kind.unwrap_or_default();
            (
                item.text.clone(),
                Some(
                    loc.ta(
                        "plan-contact-detail",
                        &Args::new()
                            .text("kind", loc.t(&format!("contact-kind-{}", kind.key())))
                            .text("reach", item.reach.clone().unwrap_or_default()),
                    ),
                ),
            )
        }
        _ => (item.text.clone(), None),
    };
    let phone = match section {
        PlanSection::Contacts => item.reach.as_deref().and_then(crate::today::dial_number),
        _ => None,
    };
    PlanItemView {
        number: number as u32 + 1,
        text,
        detail,
        item: item.clone(),
        phone,
    }
}

/// The view of `version`, or of the empty plan when `None`.
/// "Version 3, saved Monday 2 November, 10:00", in the person's zone and language.
fn saved_label(version: &Version, zone: Tz, loc: &Localizer) -> String {
    loc.ta(
        "plan-version",
        &Args::new().num("version", i64::from(version.version)).text(
            "date",
            loc.date_time(&version.saved_at.with_timezone(&zone)),
        ),
    )
}

pub(crate) fn plan(
    version: Option<&Version>,
    signs: &SignNames,
    rule_signs: &RuleSigns,
    zone: Tz,
    loc: &Localizer,
) -> PlanView {
    let empty = Plan::default();
    let plan = version.map_or(&empty, |v| &v.plan);
    PlanView {
        version: version.map_or(0, |v| v.version),
        saved_at: version.map(|v| v.saved_at),
        saved_label: version.map_or_else(|| loc.t("plan-not-saved"), |v| saved_label(v, zone, loc)),
        title: loc.t("plan-title"),
        sections: PlanSection::ALL
            .into_iter()
            .map(|section| PlanSectionView {
                section,
                key: section.key().to_owned(),
                title: loc.t(&format!("plan-section-{}", section.key())),
                hint: loc.t(&format!("plan-hint-{}", section.key())),
                items: plan
                    .items(section)
                    .iter()
                    .enumerate()
                    .map(|(i, item)| item_view(section, i, item, signs, loc))
                    .collect(),
            })
            .collect(),
        rules: plan
            .rules
            .iter()
            .enumerate()
            .map(|(i, rule)| RuleView {
                number: i as u32 + 1,
                rule: rule.clone(),
                description: rule.describe(loc, rule_signs),
            })
            .collect(),
    }
}

pub(crate) fn summary(version: &Version, zone: Tz, loc: &Localizer) -> PlanVersionSummary {
    let items: usize = PlanSection::ALL
        .iter()
        .map(|s| version.plan.items(*s).len())
        .sum();
    PlanVersionSummary {
        version: version.version,
        saved_at: version.saved_at,
        saved_label: saved_label(version, zone, loc),
        label: loc.ta(
            "plan-version-label",
            &Args::new()
                .num("items", items as i64)
                .num("rules", version.plan.rules.len() as i64),
        ),
    }
}
