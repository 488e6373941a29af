//! Sharing the relapse-prevention plan with a relative, end to end encrypted and only
//! under a consent the participant can see and withdraw.
//!
//! Two installs pair by importing each other's pairing code (public keys only) and
//! comparing a 12-digit number. The participant then grants a consent for some parts
//! of the plan; each send is an envelope sealed to the relative's key (HPKE with the
//! hybrid post-quantum KEM X-Wing) and signed with the participant's key (Ed25519).
//! The relative's install checks every envelope before it writes anything and keeps a
//! read-only copy until it is withdrawn or expires. Every step is in an audit log on
//! each side that holds no plan content. No server: an envelope is bytes for any
//! channel.

pub(crate) mod audit;
mod base32;
#[doc(hidden)]
pub mod bench_support;
pub(crate) mod consent;
pub(crate) mod contacts;
pub(crate) mod copies;
pub mod envelope;
pub(crate) mod fingerprint;
pub(crate) mod identity;
mod model;
pub mod pair_code;
pub(crate) mod qr;
pub mod receive;
pub(crate) mod send;
pub(crate) mod until;

pub use envelope::Rejection;
pub use model::{
    AuditEntry, AuditEvent, ConsentView, GrantSent, PairingCode, PairingResult, QrCode,
    ReceivedEnvelope, ReceivedKind, SectionChoice, ShareContactView, ShareIdentity, SharingView,
    SupporterContact, SupporterItem, SupporterPlan, SupporterSection, UntilChoice,
};
