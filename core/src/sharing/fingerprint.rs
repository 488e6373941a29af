//! The twelve digits two people compare when they pair. They are derived from one
//! install's public keys, so the install shows them under "My code" and the other side
//! shows the same digits after importing that code: a swapped code shows other digits.

use super::identity::PublicKeys;

/// Domain separation, so these digits never equal another hash of the same keys.
const LABEL: &[u8] = b"stegvis sharing fingerprint v1";

/// "1234 5678 9012": 40 bits of SHA-256 over the keys, as twelve decimal digits.
pub(crate) fn digits(keys: &PublicKeys) -> String {
    let mut data = Vec::with_capacity(LABEL.len() + keys.signing.len() + keys.receiving.len());
    data.extend_from_slice(LABEL);
    data.extend_from_slice(&keys.signing);
    data.extend_from_slice(&keys.receiving);
    let digest = crate::crypto::sha256(&data);
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    let number = u64::from_be_bytes(first) % 1_000_000_000_000;
    let text = format!("{number:012}");
    format!("{} {} {}", &text[0..4], &text[4..8], &text[8..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_digits_in_three_groups_that_change_with_any_key_byte() {
        let keys = PublicKeys {
            signing: vec![1; 32],
            receiving: vec![2; 1216],
        };
        let shown = digits(&keys);
        assert_eq!(shown.len(), 14, "{shown}");
        assert!(shown
            .split(' ')
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_digit())));
        let mut other = keys.clone();
        other.receiving[700] ^= 1;
        assert_ne!(digits(&other), shown);
    }
}
