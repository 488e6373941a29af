//! The records shells draw for sharing. Every label is in the person's language and
//! local time; the participant's own words are passed through as written.

use serde::{Deserialize, Serialize};

use crate::plan::PlanSection;
use crate::time::Timestamp;

/// This install's own identity for sharing: what the other person compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareIdentity {
    /// A short id of the public keys, for scripts and the audit log.
    pub key_id: String,
    /// Twelve digits in groups of four ("1234 5678 9012"): the person pairing with
    /// this install sees the same digits, so they can tell the code was not swapped.
    pub fingerprint: String,
}

/// A QR code as a square of modules, so every shell draws the same code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QrCode {
    /// Modules per side, without the quiet zone (draw four light modules around it).
    pub size: u32,
    /// Row by row, `size * size` entries; `true` is a dark module.
    pub modules: Vec<bool>,
}

/// The pairing code this install shows: its public keys only, never anything private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PairingCode {
    /// The code as text, for the terminal or to send as a message.
    pub text: String,
    /// The same code to scan.
    pub qr: QrCode,
    pub identity: ShareIdentity,
}

/// What importing someone's pairing code gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PairingResult {
    /// The new contact's id.
    pub contact_id: String,
    pub name: String,
    /// The other install's twelve digits: their screen must show the same.
    pub fingerprint: String,
    /// "Check that Kari's phone shows 1234 5678 9012 under Sharing, My code."
    pub compare_text: String,
}

/// A part of the plan the participant can choose to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SectionChoice {
    pub section: PlanSection,
    pub key: String,
    pub title: String,
    /// What the relative will see from it, in plain words.
    pub hint: String,
}

/// How long to share, as plain words with the date they end on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UntilChoice {
    /// "For 3 months, until Tuesday 24 February".
    pub label: String,
    /// The last day shared (`YYYY-MM-DD`) to pass back; `None` for no end date.
    pub until: Option<String>,
}

/// One consent, current or past.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConsentView {
    pub id: String,
    pub contact_id: String,
    pub contact_name: String,
    pub sections: Vec<PlanSection>,
    /// The sections' titles, in the plan's order.
    pub section_titles: Vec<String>,
    /// The last day shared (`YYYY-MM-DD`), to pre-fill a change; `None` for no end.
    pub until: Option<String>,
    /// "From Tuesday 24 November until Wednesday 24 February" or "… with no end date".
    pub period_label: String,
    /// The exact text the participant agreed to.
    pub text: String,
    /// "Given Tuesday 24 November, 10:00", then each change, then the withdrawal.
    pub history: Vec<String>,
    /// Not withdrawn and not past its last day.
    pub is_current: bool,
    /// "Sharing now", "Ended Wednesday 24 February", "Stopped Tuesday 24 November".
    pub status_label: String,
}

/// A consent given and the envelope that carries it, made in one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GrantSent {
    pub consent: ConsentView,
    /// The envelope to hand to the share sheet.
    pub envelope: Vec<u8>,
}

/// Someone this install is paired with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShareContactView {
    pub id: String,
    pub name: String,
    pub fingerprint: String,
    /// The participant confirmed the digits matched.
    pub confirmed: bool,
    /// "Paired Tuesday 24 November".
    pub paired_label: String,
    /// "Sharing 2 parts of your plan until …", "Not sharing anything",
    /// "Compare the numbers before sharing".
    pub status_label: String,
    /// What is shared with them now.
    pub consent: Option<ConsentView>,
    /// They share their plan with this install.
    pub has_copy: bool,
}

/// Everything about sharing on one screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SharingView {
    pub identity: ShareIdentity,
    pub contacts: Vec<ShareContactView>,
    /// Every consent ever given, current ones first, then newest first.
    pub consents: Vec<ConsentView>,
    pub section_choices: Vec<SectionChoice>,
}

/// What came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReceivedKind {
    /// A new or changed copy of their plan.
    Plan,
    /// They stopped sharing: the copy was deleted.
    Withdrawal,
}

/// The outcome of taking in an envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReceivedEnvelope {
    pub kind: ReceivedKind,
    pub contact_id: String,
    pub from_name: String,
    /// "You now have Kari's plan, readable until …" or "Kari stopped sharing …".
    pub text: String,
}

/// One thing to watch for or to do, in the participant's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupporterItem {
    pub text: String,
    /// "Others often notice this first", "For you", "For Ola".
    pub detail: Option<String>,
}

/// A contact from the shared plan, with a number to call when one is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupporterContact {
    pub name: String,
    /// "Clinic: weekdays 8 to 15, 22 00 00 00".
    pub detail: String,
    pub phone: Option<String>,
}

/// Another shared part of the plan (triggers, their own actions, what helped, wishes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupporterSection {
    pub section: PlanSection,
    pub title: String,
    pub items: Vec<SupporterItem>,
}

/// A plan someone shares with this install, read-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupporterPlan {
    pub contact_id: String,
    pub from_name: String,
    /// "Kari's plan".
    pub title: String,
    /// "Received Tuesday 24 November, 10:00".
    pub received_label: String,
    /// "Readable until Wednesday 24 February" or "Shared with no end date".
    pub expires_label: String,
    pub expires_at: Option<Timestamp>,
    /// Which parts were shared.
    pub sections: Vec<PlanSection>,
    /// The early warning signs, those others notice first at the top.
    pub watch_for: Vec<SupporterItem>,
    /// The steps for supporters, this supporter's own first.
    pub what_to_do: Vec<SupporterItem>,
    pub contacts: Vec<SupporterContact>,
    pub other_sections: Vec<SupporterSection>,
}

/// What happened, for the audit log. Stable keys for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AuditEvent {
    Paired,
    Confirmed,
    Granted,
    Changed,
    Withdrawn,
    EnvelopeCreated,
    WithdrawalCreated,
    EnvelopeImported,
    WithdrawalImported,
    CopyRemoved,
}

impl AuditEvent {
    pub fn key(self) -> &'static str {
        match self {
            AuditEvent::Paired => "paired",
            AuditEvent::Confirmed => "confirmed",
            AuditEvent::Granted => "granted",
            AuditEvent::Changed => "changed",
            AuditEvent::Withdrawn => "withdrawn",
            AuditEvent::EnvelopeCreated => "envelope-created",
            AuditEvent::WithdrawalCreated => "withdrawal-created",
            AuditEvent::EnvelopeImported => "envelope-imported",
            AuditEvent::WithdrawalImported => "withdrawal-imported",
            AuditEvent::CopyRemoved => "copy-removed",
        }
    }
}

/// One entry of the audit log: who and what, never any plan content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AuditEntry {
    pub event: AuditEvent,
    pub at: Timestamp,
    /// "Tuesday 24 November, 10:00", local.
    pub at_label: String,
    /// "You paired with Kari", "You sent Kari your plan (version 3)".
    pub text: String,
    pub contact_id: Option<String>,
}
