//! For the benchmarks only: the envelope work of a send (seal and sign) and of a
//! receive (verify and open) without the database, so their timing is about the
//! cryptography, not SQLite. Not part of the API.

use super::copies::{SharedItem, SharedPlan};
use super::envelope::{self, Header, Kind, Rejection};
use crate::crypto::{CryptoError, ReceivingKey, SigningKey};
use crate::plan::{ContactKind, PlanSection};

/// A sender's signing key and a recipient's receiving key, made fresh.
pub struct Parties {
    signing: SigningKey,
    receiving: ReceivingKey,
    header: Header,
}

/// The JSON an envelope carries for a plan with `per_section` items of realistic
/// length in every section (what `share_send` serializes).
pub fn full_plan_json(per_section: usize) -> Vec<u8> {
    let mut items = Vec::new();
    for section in PlanSection::ALL {
        for i in 0..per_section {
            items.push(SharedItem {
                section,
                text: format!(
                    "Item {i}: when I sleep less than six hours two nights in a row, I tell \
                     someone and go to bed at ten"
                ),
                others_notice: section == PlanSection::Signs && i % 2 == 0,
                supporter: (section == PlanSection::SupporterActions).then(|| "Kari".to_owned()),
                for_you: section == PlanSection::SupporterActions && i % 3 == 0,
                reach: (section == PlanSection::Contacts)
                    .then(|| "Weekdays 08-15, phone 22 00 00 00".to_owned()),
                contact_kind: (section == PlanSection::Contacts).then_some(ContactKind::Clinic),
            });
        }
    }
    let plan = SharedPlan {
        plan_version: 12,
        sections: PlanSection::ALL.to_vec(),
        items,
    };
    serde_json::to_vec(&plan).unwrap_or_default()
}

/// What the HPKE seal encrypts for `payload`: the JSON padded as an envelope pads it.
pub fn sealed_plaintext(payload: &[u8]) -> Vec<u8> {
    envelope::pad(payload.to_vec())
}

impl Parties {
    pub fn new() -> Result<Parties, CryptoError> {
        let signing = SigningKey::generate()?;
        let receiving = ReceivingKey::generate()?;
        Ok(Parties {
            signing,
            receiving,
            header: Header {
                kind: Kind::Plan,
                sender: [1; 16],
                recipient: [2; 16],
                sequence: 7,
                plan_version: 12,
                created_ms: 1_795_420_800_000,
                expires_ms: 0,
            },
        })
    }

    /// `share_send`'s envelope work: pad, seal to the recipient, sign the whole.
    pub fn seal_and_sign(&self, payload: Vec<u8>) -> Result<Vec<u8>, CryptoError> {
        envelope::seal(
            &self.header,
            payload,
            self.receiving.public(),
            &self.signing,
        )?
        .ok_or(CryptoError::Seal)
    }

    /// `share_receive`'s envelope work: take apart, verify the signature, open the
    /// seal. Returns the padded plaintext.
    pub fn verify_and_open(&self, bytes: &[u8]) -> Result<Vec<u8>, Rejection> {
        let parsed = envelope::parse(bytes)?;
        parsed.verify(&self.signing.public())?;
        parsed.open(&self.receiving)
    }
}
