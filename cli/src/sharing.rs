//! `share ...`, `supporter ...` and `audit`: sharing the plan with a relative, holding
//! a relative's plan as their supporter, and the log of both. Every rule (pairing,
//! consent, envelopes) is the core's; this reads arguments and files and prints.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;
use stegvis_core::l10n::Args;
use stegvis_core::{
    Entity, Field, InvalidReason, PairingCode, QrCode, StegvisError, SupporterPlan,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::files;
use crate::output;

/// Files larger than this are refused unread: the core refuses envelopes over
/// 256 KiB anyway, and a huge file must not be read into memory to find that out.
pub const READ_CAP: u64 = 1024 * 1024;

/// Light modules around a QR code so a camera finds its edge (the standard's four).
const QUIET_ZONE: u32 = 4;

#[derive(Debug, clap::Subcommand)]
pub enum ShareCmd {
    /// This install's 12 digits, which the other phone compares when you pair.
    Identity,
    /// The code the other phone imports (on the last line; --qr draws it above).
    PairCode {
        /// Also draw the code as a QR code to scan.
        #[arg(long)]
        qr: bool,
    },
    /// Import the other phone's code: shows the digits to compare and the new id.
    Pair {
        code: String,
        /// What to call them (default: "Contact 1", ...).
        #[arg(long)]
        name: Option<String>,
    },
    /// You checked that the 12 digits match on both phones.
    Confirm {
        /// The person's id, or their name.
        supporter: String,
    },
    /// Choose what to share and for how long: shows the exact consent text.
    Grant {
        /// The person's id, or their name.
        #[arg(long)]
        to: String,
        /// Parts of the plan, separated by commas: triggers, signs, actions,
        /// supporter-actions, contacts, what-helped, preferences.
        #[arg(long)]
        sections: String,
        /// The last day to share (YYYY-MM-DD); without it, until you stop it.
        #[arg(long)]
        until: Option<String>,
    },
    /// Write the shared parts of your plan to a file for them (encrypted to them).
    Send {
        #[arg(long)]
        to: String,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Take in a file someone paired sent you: their plan, or that they stopped.
    Receive { file: PathBuf },
    /// Stop sharing now, and write the notice that removes their copy.
    Withdraw {
        #[arg(long)]
        to: String,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Everyone you are paired with, and every consent, current and past.
    List,
}

#[derive(Debug, clap::Subcommand)]
pub enum SupporterCmd {
    /// The plans shared with you, read-only.
    Plans,
    /// Remove a plan someone shared with you from this install.
    Remove {
        /// The person's id, or their name.
        contact: String,
    },
}

pub fn share(ctx: &Ctx, cmd: ShareCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        ShareCmd::Identity => {
            let me = c.share_identity()?;
            if ctx.json {
                return output::json(&me);
            }
            println!(
                "{}",
                ctx.loc.ta(
                    "cli-share-identity",
                    &Args::new().text("digits", me.fingerprint)
                )
            );
            Ok(())
        }
        ShareCmd::PairCode { qr } => {
            let code = c.share_pair_code()?;
            if ctx.json {
                return output::json(&code);
            }
            pair_code(ctx, &code, qr);
            Ok(())
        }
        ShareCmd::Pair { code, name } => {
            let paired = c.share_pair(code, name)?;
            if ctx.json {
                return output::json(&paired);
            }
            println!(
                "{}",
                ctx.loc.ta(
                    "cli-share-paired",
                    &Args::new()
                        .text("name", paired.name.clone())
                        .text("digits", paired.fingerprint.clone())
                )
            );
            println!("{}", paired.compare_text);
            println!(
                "{}",
                ctx.loc
                    .ta("cli-id", &Args::new().text("id", paired.contact_id.clone()))
            );
            Ok(())
        }
        ShareCmd::Confirm { supporter } => {
            let contact = c.share_confirm(contact_id(ctx, &supporter)?)?;
            if ctx.json {
                return output::json(&contact);
            }
            println!(
                "{}",
                ctx.loc.ta(
                    "cli-share-confirmed",
                    &Args::new().text("name", contact.name)
                )
            );
            Ok(())
        }
        ShareCmd::Grant {
            to,
            sections,
            until,
        } => {
            let id = contact_id(ctx, &to)?;
            let sections = stegvis_core::parse_plan_sections(&sections)?;
            let consent = c.share_grant(id, sections, until)?;
            if ctx.json {
                return output::json(&consent);
            }
            println!("{}", consent.text);
            println!("{}", ctx.style.dim(&consent.status_label));
            println!(
                "{}",
                ctx.loc.ta(
                    "cli-share-granted",
                    &Args::new().text("name", consent.contact_name)
                )
            );
            Ok(())
        }
        ShareCmd::Send { to, out } => {
            envelope_to_file(ctx, &to, &out, "cli-share-sent", |id| c.share_send(id))
        }
        ShareCmd::Receive { file } => {
            let received = c.share_receive(read(&file)?)?;
            if ctx.json {
                return output::json(&received);
            }
            println!("{}", received.text);
            Ok(())
        }
        ShareCmd::Withdraw { to, out } => {
            envelope_to_file(ctx, &to, &out, "cli-share-withdrawn", |id| {
                c.share_withdraw(id)
            })
        }
        ShareCmd::List => {
            let view = c.sharing()?;
            if ctx.json {
                return output::json(&view);
            }
            list(ctx, &view);
            Ok(())
        }
    }
}

pub fn supporter(ctx: &Ctx, cmd: SupporterCmd) -> Result<(), Failure> {
    match cmd {
        SupporterCmd::Plans => {
            let plans = ctx.companion.supporter_plans()?;
            if ctx.json {
                return output::json(&plans);
            }
            if plans.is_empty() {
                println!("{}", ctx.loc.t("cli-supporter-none"));
            }
            for (n, plan) in plans.iter().enumerate() {
                if n > 0 {
                    println!();
                }
                supporter_plan(ctx, plan);
            }
            Ok(())
        }
        SupporterCmd::Remove { contact } => {
            let id = contact_id(ctx, &contact)?;
            let name = name_of(ctx, &id)?;
            ctx.companion.remove_shared_copy(id.clone())?;
            if ctx.json {
                return output::json(&serde_json::json!({ "removed": true, "contact_id": id }));
            }
            println!(
                "{}",
                ctx.loc
                    .ta("cli-supporter-removed", &Args::new().text("name", name))
            );
            Ok(())
        }
    }
}

/// `audit`: every sharing event on this install, newest first.
pub fn audit(ctx: &Ctx) -> Result<(), Failure> {
    let entries = ctx.companion.share_audit_log()?;
    if ctx.json {
        return output::json(&entries);
    }
    if entries.is_empty() {
        println!("{}", ctx.loc.t("cli-audit-none"));
    }
    for entry in entries {
        println!("  {}  {}", ctx.style.dim(&entry.at_label), entry.text);
    }
    Ok(())
}

/// What `send` and `withdraw` wrote, for scripts.
#[derive(Debug, Serialize)]
pub struct Written {
    pub contact_id: String,
    pub path: String,
    pub bytes: usize,
}

/// The person named on the command line: their id as given, or the one contact whose
/// name it is (ignoring case). Two with that name is refused: which one is meant
/// cannot be known.
/// `share send` and `share withdraw`: the file is checked before the core records
/// anything, the envelope written atomically, and the result said with `said`.
fn envelope_to_file(
    ctx: &Ctx,
    to: &str,
    out: &Path,
    said: &str,
    make: impl FnOnce(String) -> stegvis_core::Result<Vec<u8>>,
) -> Result<(), Failure> {
    let id = contact_id(ctx, to)?;
    writable(out)?;
    let bytes = make(id.clone())?;
    let sent = write(out, &bytes, id)?;
    if ctx.json {
        return output::json(&sent);
    }
    println!(
        "{}",
        ctx.loc.ta(
            said,
            &Args::new()
                .text("name", name_of(ctx, &sent.contact_id)?)
                .text("path", sent.path)
        )
    );
    Ok(())
}

pub fn contact_id(ctx: &Ctx, given: &str) -> Result<String, Failure> {
    let given = given.trim();
    let contacts = ctx.companion.sharing()?.contacts;
    if let Some(c) = contacts.iter().find(|c| c.id == given) {
        return Ok(c.id.clone());
    }
    let wanted = given.to_lowercase();
    let mut named = contacts
        .iter()
        .filter(|c| c.name.trim().to_lowercase() == wanted);
    match (named.next(), named.next()) {
        (Some(c), None) => Ok(c.id.clone()),
        (Some(_), Some(_)) => Err(Failure::Said(crate::portable::Said::NAME_AMBIGUOUS)),
        (None, _) => Err(Failure::Core(StegvisError::NotFound {
            what: Entity::ShareContact,
        })),
    }
}

fn name_of(ctx: &Ctx, id: &str) -> Result<String, Failure> {
    Ok(ctx
        .companion
        .sharing()?
        .contacts
        .into_iter()
        .find(|c| c.id == id)
        .map(|c| c.name)
        .unwrap_or_default())
}

fn bad_file(reason: InvalidReason) -> Failure {
    Failure::Core(StegvisError::InvalidInput {
        field: Field::EnvelopeFile,
        reason,
    })
}

/// Refuses a path that cannot be written before the core records a send or a
/// withdrawal: a folder, or a file in a folder that does not exist.
pub fn writable(path: &Path) -> Result<(), Failure> {
    files::writable(path, Field::EnvelopeFile)
}

/// Writes an envelope whole or not at all ([`files::write_whole`]).
pub fn write(path: &Path, bytes: &[u8], contact_id: String) -> Result<Written, Failure> {
    let path = files::write_whole(path, bytes, Field::EnvelopeFile)?;
    Ok(Written {
        contact_id,
        path,
        bytes: bytes.len(),
    })
}

/// Reads an envelope, at most [`READ_CAP`] bytes: a larger file is refused unread,
/// as the core refuses any envelope that is too large.
pub fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => bad_file(InvalidReason::Unknown),
        std::io::ErrorKind::PermissionDenied => Failure::Core(StegvisError::ReadOnly),
        _ => bad_file(InvalidReason::Malformed),
    })?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(bad_file(InvalidReason::Malformed));
    }
    let mut bytes = Vec::new();
    file.take(READ_CAP + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| bad_file(InvalidReason::Malformed))?;
    if bytes.len() as u64 > READ_CAP {
        return Err(Failure::Core(StegvisError::EnvelopeRejected));
    }
    Ok(bytes)
}

/// The pairing code for people: what to do with it, the digits, the QR code if asked
/// for, and the code itself on the last line (scripts take that line).
pub fn pair_code(ctx: &Ctx, code: &PairingCode, qr: bool) {
    println!(
        "{}",
        ctx.loc.ta(
            "cli-share-pair-code",
            &Args::new().text("digits", code.identity.fingerprint.clone())
        )
    );
    if qr {
        for line in qr_lines(&code.qr) {
            println!("{}", ctx.style.qr(&line));
        }
    }
    println!("{}", code.text);
}

/// The QR code in Unicode half blocks: each text line holds two rows of modules (the
/// upper half block is the upper row), dark modules are drawn, with the quiet zone.
pub fn qr_lines(qr: &QrCode) -> Vec<String> {
    let size = qr.size + 2 * QUIET_ZONE;
    let dark = |x: u32, y: u32| {
        let inside = |v: u32| (QUIET_ZONE..QUIET_ZONE + qr.size).contains(&v);
        inside(x)
            && inside(y)
            && qr
                .modules
                .get(((y - QUIET_ZONE) * qr.size + (x - QUIET_ZONE)) as usize)
                .copied()
                .unwrap_or(false)
    };
    (0..size)
        .step_by(2)
        .map(|y| {
            (0..size)
                .map(|x| match (dark(x, y), dark(x, y + 1)) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect()
}

/// `share list` for people: who, whether the digits were compared, what is shared,
/// then every consent with its history.
fn list(ctx: &Ctx, view: &stegvis_core::SharingView) {
    println!(
        "{}",
        ctx.loc.ta(
            "cli-share-identity",
            &Args::new().text("digits", view.identity.fingerprint.clone())
        )
    );
    println!();
    if view.contacts.is_empty() {
        println!("{}", ctx.loc.t("cli-share-no-contacts"));
    }
    for contact in &view.contacts {
        println!("{}", ctx.style.bold(&contact.name));
        println!("  {} · {}", contact.paired_label, contact.fingerprint);
        println!("  {}", contact.status_label);
        if contact.has_copy {
            println!("  {}", ctx.loc.t("cli-share-has-copy"));
        }
        println!(
            "  {}",
            ctx.style.dim(
                &ctx.loc
                    .ta("cli-id", &Args::new().text("id", contact.id.clone()))
            )
        );
    }
    if view.consents.is_empty() {
        return;
    }
    println!();
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-share-consents")));
    for consent in &view.consents {
        println!(
            "  {} · {} · {}",
            consent.contact_name,
            consent.status_label,
            consent.section_titles.join(", ")
        );
        println!("    {}", consent.period_label);
        for line in &consent.history {
            println!("    {}", ctx.style.dim(line));
        }
    }
}

/// A plan shared with this install, read-only, in the order a supporter needs it.
pub fn supporter_plan(ctx: &Ctx, plan: &SupporterPlan) {
    println!("{}", ctx.style.bold(&plan.title));
    println!("{}", ctx.style.dim(&plan.received_label));
    println!("{}", plan.expires_label);
    let items = |title_id: &str, items: &[stegvis_core::SupporterItem]| {
        if items.is_empty() {
            return;
        }
        println!();
        println!("{}", ctx.style.bold(&ctx.loc.t(title_id)));
        for item in items {
            match &item.detail {
                Some(detail) => println!("  • {} ({detail})", item.text),
                None => println!("  • {}", item.text),
            }
        }
    };
    items("cli-supporter-watch-for", &plan.watch_for);
    items("cli-supporter-what-to-do", &plan.what_to_do);
    if !plan.contacts.is_empty() {
        println!();
        println!("{}", ctx.style.bold(&ctx.loc.t("cli-supporter-contacts")));
        for contact in &plan.contacts {
            println!("  • {} ({})", contact.name, contact.detail);
        }
    }
    for section in &plan.other_sections {
        if section.items.is_empty() {
            continue;
        }
        println!();
        println!("{}", ctx.style.bold(&section.title));
        for item in &section.items {
            println!("  • {}", item.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_holds_two_rows_inside_a_quiet_zone() {
        // 2x2: dark, light / light, dark.
        let qr = QrCode {
            size: 2,
            modules: vec![true, false, false, true],
        };
        let lines = qr_lines(&qr);
        assert_eq!(lines.len(), 5, "(2 + 8) rows, two per line");
        assert!(lines.iter().all(|l| l.chars().count() == 10));
        assert_eq!(lines[2].chars().nth(4), Some('▀'));
        assert_eq!(lines[2].chars().nth(5), Some('▄'));
        assert!(lines[0].trim().is_empty() && lines[4].trim().is_empty());
    }
}
