//! The plan at the moment it is needed: when a personal rule holds or a sign is
//! clearly above the person's own usual level, today shows ONE block. It says what
//! rose in plain words, then the plan's own actions, the people to contact and how,
//! and the crisis line. Nothing leaves the phone because of it.

use std::collections::{BTreeMap, HashSet};

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use uuid::Uuid;

use crate::error::StegvisError;
use crate::goals::views::Here;
use crate::l10n::{Args, Localizer};
use crate::plan::db as plan_db;
use crate::plan::{ContactKind, PlanItem};
use crate::signs::baseline;
use crate::signs::db::{self as signs_db, CheckinBody, SignRow};
use crate::signs::readback::{and_list, hours_text};
use crate::signs::rules::{rule_signs, Rule};
use crate::signs::views::sign_name;
use crate::store::Sealer;

/// Someone to contact, from the plan's contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanBlockContact {
    pub name: String,
    pub kind: ContactKind,
    /// "Supporter", "Clinic", "Crisis line".
    pub kind_name: String,
    /// How to reach them, in the person's words: a phone number, "at the day centre".
    pub reach: Option<String>,
    /// The phone number in `reach`, ready for a dialer ("+47 22 00 00 00" becomes
    /// "+4722000000"); `None` when `reach` names no number, so there is nothing to call.
    pub phone: Option<String>,
    /// The line as a shell can print it: "Mum (Supporter): 900 00 000".
    pub text: String,
}

/// The block's parts as data, so a shell can draw it its own way, and as `text`
/// for shells that only print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanBlock {
    /// What rose, in plain words: "Racing thoughts and sleeping less are higher than
    /// usual for you." Sleep under the plan's limit is said in words too.
    pub headline: String,
    /// The signs that rose, by the names on the person's list, in check-in order.
    pub risen_signs: Vec<String>,
    /// "You slept under 5 hours on 2 of the last 7 days.", when a sleep rule holds.
    pub sleep_text: Option<String>,
    /// The plan's rules that hold, in people's words.
    pub rules: Vec<String>,
    pub actions_title: String,
    /// The plan's own actions ("what I can do myself"), in the person's words.
    pub actions: Vec<String>,
    /// Said when the plan has no actions yet.
    pub no_actions_text: Option<String>,
    pub contacts_title: String,
    /// Supporters, the clinic and other contacts, with how to reach them.
    pub contacts: Vec<PlanBlockContact>,
    pub crisis_title: String,
    /// Crisis lines from the plan.
    pub crisis: Vec<PlanBlockContact>,
    /// Always shown: what to do if it gets hard right now.
    pub crisis_text: String,
    /// Every part above as plain lines.
    pub text: String,
}

fn contact(item: &PlanItem, loc: &Localizer) -> PlanBlockContact {
    let kind = item.contact_kind.unwrap_or_default();
    let kind_name = loc.t(&format!("contact-kind-{}", kind.key()));
    let reach = item.reach.clone().filter(|r| !r.trim().is_empty());
    let text = match &reach {
        Some(reach) => loc.ta(
            "plan-block-contact",
            &Args::new()
                .text("name", item.text.clone())
                .text("kind", kind_name.clone())
                .text("reach", reach.clone()),
        ),
        None => loc.ta(
            "plan-block-contact-no-reach",
            &Args::new()
                .text("name", item.text.clone())
                .text("kind", kind_name.clone()),
        ),
    };
    PlanBlockContact {
        name: item.text.clone(),
        kind,
        kind_name,
        phone: reach.as_deref().and_then(dial_number),
        reach,
        text,
    }
}

/// Fewest digits a phone number has: short national numbers such as 113 or 116 123.
const MIN_PHONE_DIGITS: usize = 3;

/// The phone number in a contact's "how to reach" text, as digits with a leading `+`
/// when written: the longest run of digits joined by spaces, dots, dashes or
/// brackets, if it has at least three digits ("Weekdays 8 to 15, phone 22 00 00 00"
/// gives "22000000"). `None` when the text names no number.
pub fn dial_number(reach: &str) -> Option<String> {
    let mut best = String::new();
    let mut run = String::new();
    let mut finish = |run: &mut String| {
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let best_digits = best.chars().filter(char::is_ascii_digit).count();
        if digits >= MIN_PHONE_DIGITS && digits > best_digits {
            best = run.clone();
        }
        run.clear();
    };
    for c in reach.chars() {
        if c.is_ascii_digit() || (c == '+' && run.is_empty()) {
            run.push(c);
        } else if !run.is_empty() && matches!(c, ' ' | '.' | '-' | '(' | ')' | '\u{a0}') {
            // Separators inside a number; trailing ones are dropped below.
        } else {
            finish(&mut run);
        }
    }
    finish(&mut run);
    (!best.is_empty()).then_some(best)
}

/// A sign's name inside a sentence: the catalog's names are ordinary words and
/// start small after the first; the person's own words stay exactly as written.
fn in_sentence(sign: &SignRow, first: bool, loc: &Localizer) -> String {
    let name = sign_name(&sign.body, loc);
    if first || sign.body.text.is_some() {
        return name;
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => name,
    }
}

/// The block, when a rule holds or a sign is clearly above the usual; `None` on
/// an ordinary day.
pub(crate) fn build(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<Option<PlanBlock>, StegvisError> {
    let loc = &here.loc;
    let since = here.today - Duration::days(baseline::BASELINE_DAYS + 1);
    let days: BTreeMap<NaiveDate, CheckinBody> =
        signs_db::checkins_between(conn, sealer, since, here.today)?
            .into_iter()
            .map(|r| (r.date, r.body))
            .collect();
    if days.is_empty() {
        return Ok(None);
    }
    let signs = signs_db::list_signs(conn, sealer, true)?;
    let plan = plan_db::current(conn, sealer)?.map(|v| v.plan);
    let fired: Vec<&Rule> = plan
        .iter()
        .flat_map(|p| p.rules.iter())
        .filter(|r| r.fires(&days, here.today))
        .collect();
    let active: Vec<Uuid> = signs
        .iter()
        .filter(|s| s.retired_at.is_none())
        .map(|s| s.id)
        .collect();
    let mut risen: HashSet<Uuid> = baseline::changes(&days, &active, here.today)
        .into_iter()
        .map(|c| c.sign_id)
        .collect();
    for rule in &fired {
        risen.extend(rule.risen(&days, here.today));
    }
    let sleep_rule = fired.iter().find_map(|r| match r {
        Rule::SleepBelow {
            hours,
            times,
            within_days,
        } => Some((*hours, *times, *within_days)),
        Rule::SignsAtLeast { .. } => None,
    });
    if risen.is_empty() && sleep_rule.is_none() {
        return Ok(None);
    }

    // In the person's check-in order.
    let risen_rows: Vec<&SignRow> = signs.iter().filter(|s| risen.contains(&s.id)).collect();
    let risen_signs: Vec<String> = risen_rows.iter().map(|s| sign_name(&s.body, loc)).collect();
    let sleep_text = sleep_rule.map(|(hours, _, within)| {
        let from = here.today - Duration::days(i64::from(within) - 1);
        let short = days
            .range(from..=here.today)
            .filter(|(_, d)| d.sleep_hours.is_some_and(|h| h < hours))
            .count();
        loc.ta(
            "plan-block-sleep",
            &Args::new()
                .text("hours", hours_text(hours, loc))
                .num("times", short as i64)
                .num("days", i64::from(within)),
        )
    });
    let mut headline = String::new();
    if !risen_rows.is_empty() {
        let words: Vec<String> = risen_rows
            .iter()
            .enumerate()
            .map(|(i, s)| in_sentence(s, i == 0, loc))
            .collect();
        headline = loc.ta(
            "plan-block-rose",
            &Args::new()
                .num("count", words.len() as i64)
                .text("signs", and_list(&words, loc)),
        );
    }
    if let Some(sleep) = &sleep_text {
        if !headline.is_empty() {
            headline.push(' ');
        }
        headline.push_str(sleep);
    }

    let names = rule_signs(&signs, loc);
    let rules: Vec<String> = fired.iter().map(|r| r.describe(loc, &names)).collect();
    let empty = Vec::new();
    let actions: Vec<String> = plan
        .as_ref()
        .map_or(&empty, |p| &p.actions)
        .iter()
        .map(|i| i.text.clone())
        .filter(|t| !t.trim().is_empty())
        .collect();
    let all_contacts = plan.as_ref().map_or(&empty, |p| &p.contacts);
    let contacts: Vec<PlanBlockContact> = all_contacts
        .iter()
        .filter(|c| c.contact_kind != Some(ContactKind::CrisisLine))
        .map(|c| contact(c, loc))
        .collect();
    let crisis: Vec<PlanBlockContact> = all_contacts
        .iter()
        .filter(|c| c.contact_kind == Some(ContactKind::CrisisLine))
        .map(|c| contact(c, loc))
        .collect();

    let mut block = PlanBlock {
        headline,
        risen_signs,
        sleep_text,
        rules,
        actions_title: loc.t("plan-block-actions-title"),
        no_actions_text: actions.is_empty().then(|| loc.t("plan-block-no-actions")),
        actions,
        contacts_title: loc.t("plan-block-contacts-title"),
        contacts,
        crisis_title: loc.t("plan-block-crisis-title"),
        crisis,
        crisis_text: loc.t("plan-block-crisis-text"),
        text: String::new(),
    };
    block.text = text(&block, loc);
    Ok(Some(block))
}

/// The whole block as plain lines, in the order a shell shows it.
fn text(block: &PlanBlock, loc: &Localizer) -> String {
    let mut lines = vec![block.headline.clone()];
    for rule in &block.rules {
        lines.push(loc.ta("today-prompt-rule", &Args::new().text("rule", rule.clone())));
    }
    lines.push(String::new());
    lines.push(block.actions_title.clone());
    lines.extend(block.actions.iter().map(|a| format!("  • {a}")));
    if let Some(none) = &block.no_actions_text {
        lines.push(format!("  {none}"));
    }
    if !block.contacts.is_empty() {
        lines.push(String::new());
        lines.push(block.contacts_title.clone());
        lines.extend(block.contacts.iter().map(|c| format!("  • {}", c.text)));
    }
    lines.push(String::new());
    lines.push(block.crisis_title.clone());
    lines.extend(block.crisis.iter().map(|c| format!("  • {}", c.text)));
    lines.push(format!("  {}", block.crisis_text));
    lines.join("\n")
}
