//! Ed25519 (RFC 8032) signatures through ring: the identity a sender signs envelopes
//! and tombstones with.
//!
//! The key is kept as its PKCS#8 v2 document (what ring generates and reads back), so
//! the store can seal and keep exactly those bytes.

use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};
use zeroize::Zeroizing;

use super::CryptoError;

/// Length of an Ed25519 public key.
pub const SIGNING_PUBLIC_LEN: usize = 32;
/// Length of an Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;
/// Length of an Ed25519 secret seed.
pub const SIGNING_SEED_LEN: usize = 32;

/// The PKCS#8 v2 framing ring uses around an Ed25519 seed and public key
/// (RFC 5958 OneAsymmetricKey with the RFC 8410 algorithm id).
const PKCS8_PREFIX: [u8; 16] = [
    0x30, 0x53, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
const PKCS8_MIDDLE: [u8; 5] = [0xa1, 0x23, 0x03, 0x21, 0x00];

/// An Ed25519 signing key.
pub struct SigningKey {
    pair: Ed25519KeyPair,
    pkcs8: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(..)")
    }
}

impl SigningKey {
    /// A fresh key from the system's random source.
    pub fn generate() -> Result<Self, CryptoError> {
        let document = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
            .map_err(|_| CryptoError::Random)?;
        Self::from_pkcs8(document.as_ref())
    }

    /// Reads a key back from its PKCS#8 v2 document (as `pkcs8` gave it).
    pub fn from_pkcs8(document: &[u8]) -> Result<Self, CryptoError> {
        let pair = Ed25519KeyPair::from_pkcs8(document).map_err(|_| CryptoError::BadKey)?;
        Ok(Self {
            pair,
            pkcs8: Zeroizing::new(document.to_vec()),
        })
    }

    /// The key of RFC 8032's 32-byte secret seed (used by the known-answer tests).
    pub fn from_seed(seed: &[u8]) -> Result<Self, CryptoError> {
        if seed.len() != SIGNING_SEED_LEN {
            return Err(CryptoError::BadKey);
        }
        let unchecked =
            Ed25519KeyPair::from_seed_unchecked(seed).map_err(|_| CryptoError::BadKey)?;
        let mut document = Zeroizing::new(Vec::with_capacity(85));
        document.extend_from_slice(&PKCS8_PREFIX);
        document.extend_from_slice(seed);
        document.extend_from_slice(&PKCS8_MIDDLE);
        document.extend_from_slice(unchecked.public_key().as_ref());
        Self::from_pkcs8(&document)
    }

    /// The PKCS#8 v2 document to store (sealed) and read back with `from_pkcs8`.
    pub fn pkcs8(&self) -> &[u8] {
        &self.pkcs8
    }

    /// The public key others verify with.
    pub fn public(&self) -> [u8; SIGNING_PUBLIC_LEN] {
        let mut out = [0u8; SIGNING_PUBLIC_LEN];
        out.copy_from_slice(self.pair.public_key().as_ref());
        out
    }

    /// Signs `message` (Ed25519 is deterministic: same key and message, same signature).
    pub fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        let mut out = [0u8; SIGNATURE_LEN];
        out.copy_from_slice(self.pair.sign(message).as_ref());
        out
    }
}

/// Whether `signature` is a valid Ed25519 signature of `message` by `public`.
///
/// false for a wrong length key/signature or a bad signature; never panics.
pub fn verify_signature(public: &[u8], message: &[u8], signature: &[u8]) -> bool {
    if public.len() != SIGNING_PUBLIC_LEN || signature.len() != SIGNATURE_LEN {
        return false;
    }
    UnparsedPublicKey::new(&ED25519, public)
        .verify(message, signature)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_round_trip() {
        let key = SigningKey::generate().unwrap();
        let signature = key.sign(b"plan v2");
        assert!(verify_signature(&key.public(), b"plan v2", &signature));
        assert!(!verify_signature(&key.public(), b"plan v3", &signature));
        let other = SigningKey::generate().unwrap();
        assert!(!verify_signature(&other.public(), b"plan v2", &signature));
    }

    #[test]
    fn pkcs8_reads_back_to_the_same_key() {
        let key = SigningKey::generate().unwrap();
        let again = SigningKey::from_pkcs8(key.pkcs8()).unwrap();
        assert_eq!(again.public(), key.public());
        assert_eq!(again.sign(b"x"), key.sign(b"x"));
    }

    #[test]
    fn seed_key_matches_its_pkcs8() {
        let key = SigningKey::from_seed(&[7u8; 32]).unwrap();
        let again = SigningKey::from_pkcs8(key.pkcs8()).unwrap();
        assert_eq!(again.public(), key.public());
    }

    #[test]
    fn bad_inputs_are_refused_without_panic() {
        assert_eq!(
            SigningKey::from_pkcs8(b"not a key").unwrap_err(),
            CryptoError::BadKey
        );
        assert_eq!(
            SigningKey::from_pkcs8(&[]).unwrap_err(),
            CryptoError::BadKey
        );
        assert_eq!(
            SigningKey::from_seed(&[1u8; 31]).unwrap_err(),
            CryptoError::BadKey
        );
        let key = SigningKey::generate().unwrap();
        let signature = key.sign(b"m");
        assert!(!verify_signature(&key.public()[..31], b"m", &signature));
        assert!(!verify_signature(&key.public(), b"m", &signature[..63]));
        assert!(!verify_signature(&[], b"m", &[]));
        assert!(!verify_signature(&[0u8; 32], b"m", &[0u8; 64]));
    }
}
