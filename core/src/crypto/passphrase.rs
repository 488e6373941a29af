//! A key from a passphrase, for the encrypted export: Argon2id (RFC 9106) turns what
//! the person typed into a 256-bit key, and AES-256-GCM seals the export under it.
//! The key bytes are wiped when dropped.

use argon2::{Algorithm, Argon2, Params, Version};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use super::aead::{SealError, KEY_LEN};

/// Length of the AEAD nonce stored in an export's header.
pub const EXPORT_NONCE_LEN: usize = NONCE_LEN;
/// Length of the AEAD tag at the end of an export.
pub const EXPORT_TAG_LEN: usize = 16;

/// Argon2id cost: memory in KiB, passes, lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

/// A key derived from a passphrase. Never stored; wiped when dropped.
pub struct PassphraseKey {
    key: LessSafeKey,
}

impl std::fmt::Debug for PassphraseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PassphraseKey(..)")
    }
}

/// `N` bytes from the system's random source (salts and nonces).
pub fn random_bytes<const N: usize>() -> Result<[u8; N], SealError> {
    let mut bytes = [0u8; N];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| SealError::Random)?;
    Ok(bytes)
}

impl PassphraseKey {
    /// Runs Argon2id over `passphrase` and `salt` with `params`. The caller bounds the
    /// parameters first: this takes as much memory and time as they say.
    pub fn derive(passphrase: &[u8], salt: &[u8], params: KdfParams) -> Result<Self, SealError> {
        let params = Params::new(
            params.memory_kib,
            params.passes,
            params.lanes,
            Some(KEY_LEN),
        )
        .map_err(|_| SealError::BadKey)?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        argon
            .hash_password_into(passphrase, salt, bytes.as_mut())
            .map_err(|_| SealError::BadKey)?;
        let unbound =
            UnboundKey::new(&AES_256_GCM, bytes.as_ref()).map_err(|_| SealError::BadKey)?;
        Ok(Self {
            key: LessSafeKey::new(unbound),
        })
    }

    /// Encrypts `buf` in place (the plaintext is overwritten) and appends the tag.
    pub fn seal_in_place(
        &self,
        nonce: [u8; EXPORT_NONCE_LEN],
        aad: &[u8],
        buf: &mut Vec<u8>,
    ) -> Result<(), SealError> {
        self.key
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(aad), buf)
            .map_err(|_| SealError::Open)
    }

    /// Decrypts `buf` (ciphertext and tag) in place; returns the plaintext part.
    pub fn open_in_place<'a>(
        &self,
        nonce: [u8; EXPORT_NONCE_LEN],
        aad: &[u8],
        buf: &'a mut [u8],
    ) -> Result<&'a mut [u8], SealError> {
        self.key
            .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::from(aad), buf)
            .map_err(|_| SealError::Open)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SMALL: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };

    #[test]
    fn the_same_passphrase_and_salt_open_and_another_does_not() {
        let salt = [7u8; 16];
        let key = PassphraseKey::derive(b"correct horse", &salt, SMALL).unwrap();
        let mut buf = b"plain".to_vec();
        key.seal_in_place([1; 12], b"head", &mut buf).unwrap();
        assert!(!buf.windows(5).any(|w| w == b"plain"));
        let again = PassphraseKey::derive(b"correct horse", &salt, SMALL).unwrap();
        let mut copy = buf.clone();
        assert_eq!(
            again.open_in_place([1; 12], b"head", &mut copy).unwrap(),
            b"plain"
        );
        let other = PassphraseKey::derive(b"correct horsf", &salt, SMALL).unwrap();
        let mut copy = buf.clone();
        assert!(other.open_in_place([1; 12], b"head", &mut copy).is_err());
        let mut copy = buf.clone();
        assert!(again.open_in_place([1; 12], b"heaD", &mut copy).is_err());
    }
}
