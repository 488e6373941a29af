//! HPKE (RFC 9180) base mode with the hybrid post-quantum KEM X-Wing (ML-KEM-768 +
//! X25519), HKDF-SHA256 and ChaCha20-Poly1305: how a plan is sealed to a relative so
//! that neither a classical nor a future quantum attacker can open it.
//!
//! The randomness comes from ring's `SystemRandom`, so the `hpke` crate needs no
//! `getrandom` of its own.

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::XWing;
use hpke::rand_core::{TryCryptoRng, TryRng};
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use super::CryptoError;

type PrivateKey = <XWing as Kem>::PrivateKey;
type PublicKey = <XWing as Kem>::PublicKey;
type EncappedKey = <XWing as Kem>::EncappedKey;

/// Length of an X-Wing public (encapsulation) key.
pub const RECEIVING_PUBLIC_LEN: usize = 1216;
/// Length of an X-Wing secret: the 32-byte decapsulation seed.
pub const RECEIVING_SECRET_LEN: usize = 32;
/// Length of an X-Wing encapsulated key (ciphertext).
pub const ENCAPSULATED_LEN: usize = 1120;

/// The key others seal to; only its holder can open.
pub struct ReceivingKey {
    secret: Zeroizing<[u8; RECEIVING_SECRET_LEN]>,
    private: PrivateKey,
    public: Vec<u8>,
}

impl std::fmt::Debug for ReceivingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceivingKey(..)")
    }
}

impl ReceivingKey {
    /// A fresh key: X-Wing's key generation is a uniformly random 32-byte seed.
    pub fn generate() -> Result<Self, CryptoError> {
        let mut seed = Zeroizing::new([0u8; RECEIVING_SECRET_LEN]);
        SystemRandom::new()
            .fill(seed.as_mut())
            .map_err(|_| CryptoError::Random)?;
        Self::from_secret(seed.as_ref())
    }

    /// Reads a key back from its 32-byte secret seed (as `secret` gave it).
    pub fn from_secret(secret: &[u8]) -> Result<Self, CryptoError> {
        let seed: [u8; RECEIVING_SECRET_LEN] =
            secret.try_into().map_err(|_| CryptoError::BadKey)?;
        let seed = Zeroizing::new(seed);
        let private = PrivateKey::from_bytes(seed.as_ref()).map_err(|_| CryptoError::BadKey)?;
        let public = XWing::sk_to_pk(&private).to_bytes().to_vec();
        Ok(Self {
            secret: seed,
            private,
            public,
        })
    }

    /// The secret seed to store (sealed under the data key).
    pub fn secret(&self) -> &[u8] {
        self.secret.as_ref()
    }

    /// The public key to hand out in a pairing code.
    pub fn public(&self) -> &[u8] {
        &self.public
    }

    /// Opens what `seal` made for this key; `Open` on any failure.
    pub fn open(
        &self,
        encapsulated: &[u8],
        info: &[u8],
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        if encapsulated.len() != ENCAPSULATED_LEN {
            return Err(CryptoError::Open);
        }
        let encapped = EncappedKey::from_bytes(encapsulated).map_err(|_| CryptoError::Open)?;
        hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, XWing>(
            &OpModeR::Base,
            &self.private,
            &encapped,
            info,
            ciphertext,
            aad,
        )
        .map_err(|_| CryptoError::Open)
    }
}

/// Seals `plaintext` to `recipient_public` (single-shot); returns (encapsulated key, ciphertext with tag).
pub fn seal_to(
    recipient_public: &[u8],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<(Vec<u8>, Vec<u8>), CryptoError> {
    if recipient_public.len() != RECEIVING_PUBLIC_LEN {
        return Err(CryptoError::BadKey);
    }
    let public = PublicKey::from_bytes(recipient_public).map_err(|_| CryptoError::BadKey)?;
    let mut rng = RingRng {
        rng: SystemRandom::new(),
        failed: false,
    };
    let sealed = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, XWing>(
        &OpModeS::Base,
        &public,
        info,
        plaintext,
        aad,
        &mut rng,
    );
    // Whatever was sealed with a failed random source is thrown away.
    if rng.failed {
        return Err(CryptoError::Random);
    }
    let (encapped, ciphertext) = sealed.map_err(|_| CryptoError::Seal)?;
    Ok((encapped.to_bytes().to_vec(), ciphertext))
}

/// ring's `SystemRandom` as the infallible `CryptoRng` hpke asks for. A failure cannot
/// be returned through that trait, so it is remembered (and the output zeroed) and
/// `seal_to` refuses the result.
struct RingRng {
    rng: SystemRandom,
    failed: bool,
}

impl TryRng for RingRng {
    type Error = core::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut bytes = [0u8; 4];
        self.try_fill_bytes(&mut bytes)?;
        Ok(u32::from_le_bytes(bytes))
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut bytes = [0u8; 8];
        self.try_fill_bytes(&mut bytes)?;
        Ok(u64::from_le_bytes(bytes))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        if self.rng.fill(dst).is_err() {
            self.failed = true;
            dst.fill(0);
        }
        Ok(())
    }
}

impl TryCryptoRng for RingRng {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip() {
        let key = ReceivingKey::generate().unwrap();
        assert_eq!(key.public().len(), RECEIVING_PUBLIC_LEN);
        assert_eq!(key.secret().len(), RECEIVING_SECRET_LEN);
        let (enc, ct) = seal_to(key.public(), b"info", b"header", b"the plan").unwrap();
        assert_eq!(enc.len(), ENCAPSULATED_LEN);
        assert_eq!(ct.len(), b"the plan".len() + 16);
        assert_eq!(
            key.open(&enc, b"info", b"header", &ct).unwrap(),
            b"the plan"
        );
    }

    #[test]
    fn secret_reads_back_to_the_same_key() {
        let key = ReceivingKey::generate().unwrap();
        let again = ReceivingKey::from_secret(key.secret()).unwrap();
        assert_eq!(again.public(), key.public());
        let (enc, ct) = seal_to(key.public(), b"", b"", b"x").unwrap();
        assert_eq!(again.open(&enc, b"", b"", &ct).unwrap(), b"x");
    }

    #[test]
    fn wrong_key_or_context_is_refused() {
        let key = ReceivingKey::generate().unwrap();
        let other = ReceivingKey::generate().unwrap();
        let (enc, ct) = seal_to(key.public(), b"i", b"a", b"p").unwrap();
        assert_eq!(other.open(&enc, b"i", b"a", &ct), Err(CryptoError::Open));
        assert_eq!(key.open(&enc, b"j", b"a", &ct), Err(CryptoError::Open));
        assert_eq!(key.open(&enc, b"i", b"b", &ct), Err(CryptoError::Open));
    }

    #[test]
    fn wrong_lengths_are_refused_without_panic() {
        let key = ReceivingKey::generate().unwrap();
        assert_eq!(
            ReceivingKey::from_secret(&[0u8; 31]).unwrap_err(),
            CryptoError::BadKey
        );
        assert_eq!(
            seal_to(&key.public()[1..], b"", b"", b"").unwrap_err(),
            CryptoError::BadKey
        );
        let (enc, ct) = seal_to(key.public(), b"", b"", b"").unwrap();
        assert_eq!(key.open(&enc[1..], b"", b"", &ct), Err(CryptoError::Open));
        assert_eq!(key.open(&enc, b"", b"", &ct[1..]), Err(CryptoError::Open));
        assert_eq!(key.open(&enc, b"", b"", &[]), Err(CryptoError::Open));
    }
}
