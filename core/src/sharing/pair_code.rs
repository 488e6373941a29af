//! The pairing code: one install's public keys as text that fits a QR code's
//! alphanumeric mode (upper-case base32), with a check so a mistyped or cut-off code
//! is refused instead of pairing with a wrong key.
//!
//! Layout before encoding: format byte (1), Ed25519 public key (32), X-Wing public key
//! (1216), the first 4 bytes of SHA-256 over what comes before.

use super::base32;
use super::identity::PublicKeys;
use crate::crypto::{RECEIVING_PUBLIC_LEN, SIGNING_PUBLIC_LEN};
use crate::error::{Field, InvalidReason, StegvisError};

/// Every code starts with this, so a stray text is recognised as not a code.
pub const PREFIX: &str = "STEGVIS1:";
const FORMAT: u8 = 1;
const CHECK_LEN: usize = 4;
const RAW_LEN: usize = 1 + SIGNING_PUBLIC_LEN + RECEIVING_PUBLIC_LEN + CHECK_LEN;

fn malformed() -> StegvisError {
    StegvisError::invalid(Field::PairingCode, InvalidReason::Malformed)
}

/// The code for these public keys.
pub(crate) fn encode(keys: &PublicKeys) -> String {
    let mut raw = Vec::with_capacity(RAW_LEN);
    raw.push(FORMAT);
    raw.extend_from_slice(&keys.signing);
    raw.extend_from_slice(&keys.receiving);
    let check = crate::crypto::sha256(&raw);
    raw.extend_from_slice(&check[..CHECK_LEN]);
    format!("{PREFIX}{}", base32::encode(&raw))
}

/// The public keys in a code as typed, pasted or scanned: spaces, line breaks and
/// lower case are forgiven; anything else wrong is [`InvalidReason::Malformed`].
pub(crate) fn decode(text: &str) -> Result<PublicKeys, StegvisError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if compact.is_empty() {
        return Err(StegvisError::invalid(
            Field::PairingCode,
            InvalidReason::Empty,
        ));
    }
    let body = compact.strip_prefix(PREFIX).ok_or_else(malformed)?;
    let raw = base32::decode(body).ok_or_else(malformed)?;
    if raw.len() != RAW_LEN || raw[0] != FORMAT {
        return Err(malformed());
    }
    let (keys, check) = raw.split_at(RAW_LEN - CHECK_LEN);
    if crate::crypto::sha256(keys)[..CHECK_LEN] != *check {
        return Err(malformed());
    }
    Ok(PublicKeys {
        signing: keys[1..1 + SIGNING_PUBLIC_LEN].to_vec(),
        receiving: keys[1 + SIGNING_PUBLIC_LEN..].to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> PublicKeys {
        PublicKeys {
            signing: (0..32).collect(),
            receiving: (0..RECEIVING_PUBLIC_LEN).map(|i| (i % 251) as u8).collect(),
        }
    }

    #[test]
    fn a_code_reads_back_to_the_same_keys_even_lower_case_and_wrapped() {
        let code = encode(&keys());
        assert!(code.starts_with(PREFIX));
        assert_eq!(decode(&code).unwrap(), keys());
        let wrapped: String = code
            .to_ascii_lowercase()
            .chars()
            .enumerate()
            .flat_map(|(i, c)| if i % 60 == 59 { vec![c, '\n'] } else { vec![c] })
            .collect();
        assert_eq!(decode(&wrapped).unwrap(), keys());
    }

    #[test]
    fn a_changed_cut_or_foreign_code_is_refused() {
        let code = encode(&keys());
        let mut changed = code.clone().into_bytes();
        let at = code.len() / 2;
        changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        for bad in [
            changed.as_str(),
            &code[..code.len() - 3],
            "hello",
            "STEGVIS1:",
            "STEGVIS1:!!!!",
        ] {
            assert_eq!(decode(bad), Err(malformed()), "{bad}");
        }
        assert_eq!(
            decode("  "),
            Err(StegvisError::invalid(
                Field::PairingCode,
                InvalidReason::Empty
            ))
        );
    }
}
