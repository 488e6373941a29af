//! AES-256-GCM sealing of records under the data key.
//!
//! A sealed value is `nonce (12 bytes) || ciphertext || tag (16 bytes)`. The caller
//! passes associated data (the table and row id) so a sealed value cannot be moved to
//! another row without the open failing.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};

/// Length of a data key in bytes.
pub const KEY_LEN: usize = 32;

/// Why sealing or opening failed. Carries no data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the key has the wrong length")]
    BadKey,
    #[error("the system random source failed")]
    Random,
    #[error("the sealed value is damaged or was sealed under another key")]
    Open,
}

/// The key every sealed record is encrypted under.
pub struct DataKey {
    key: LessSafeKey,
    rng: SystemRandom,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// Wraps raw key bytes (from a `KeyManager`).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, SealError> {
        let unbound = UnboundKey::new(&AES_256_GCM, bytes).map_err(|_| SealError::BadKey)?;
        Ok(Self {
            key: LessSafeKey::new(unbound),
            rng: SystemRandom::new(),
        })
    }

    /// Fresh random key bytes for a new install.
    pub fn generate_bytes() -> Result<Vec<u8>, SealError> {
        let mut bytes = vec![0u8; KEY_LEN];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| SealError::Random)?;
        Ok(bytes)
    }

    /// Encrypts `plaintext`, binding `aad` to it.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        let mut nonce_bytes = [0u8; NONCE_LEN];
        self.rng
            .fill(&mut nonce_bytes)
            .map_err(|_| SealError::Random)?;
        let nonce = Nonce::assume_unique_for_key(nonce_bytes);
        let mut buf = plaintext.to_vec();
        self.key
            .seal_in_place_append_tag(nonce, Aad::from(aad), &mut buf)
            .map_err(|_| SealError::Open)?;
        let mut out = Vec::with_capacity(NONCE_LEN + buf.len());
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&buf);
        Ok(out)
    }

    /// Decrypts a value made by [`DataKey::seal`] with the same `aad`.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < NONCE_LEN {
            return Err(SealError::Open);
        }
        let (nonce_bytes, body) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce_bytes).map_err(|_| SealError::Open)?;
        let mut buf = body.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(aad), &mut buf)
            .map_err(|_| SealError::Open)?;
        Ok(plain.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> DataKey {
        DataKey::from_bytes(&DataKey::generate_bytes().unwrap()).unwrap()
    }

    #[test]
    fn round_trip() {
        let k = key();
        let sealed = k.seal(b"goals:1", b"walk to the shop").unwrap();
        assert_eq!(k.open(b"goals:1", &sealed).unwrap(), b"walk to the shop");
        assert!(!sealed.windows(4).any(|w| w == b"walk"));
    }

    #[test]
    fn wrong_aad_or_key_or_damage_fails() {
        let k = key();
        let sealed = k.seal(b"goals:1", b"text").unwrap();
        assert_eq!(k.open(b"goals:2", &sealed), Err(SealError::Open));
        assert_eq!(key().open(b"goals:1", &sealed), Err(SealError::Open));
        let mut damaged = sealed.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(k.open(b"goals:1", &damaged), Err(SealError::Open));
        assert_eq!(k.open(b"goals:1", &sealed[..5]), Err(SealError::Open));
    }

    #[test]
    fn nonces_differ() {
        let k = key();
        assert_ne!(k.seal(b"a", b"x").unwrap(), k.seal(b"a", b"x").unwrap());
    }

    #[test]
    fn short_key_is_refused() {
        assert_eq!(
            DataKey::from_bytes(&[0u8; 16]).unwrap_err(),
            SealError::BadKey
        );
    }
}
