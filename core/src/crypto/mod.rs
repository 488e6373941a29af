//! Keys, signatures, hashing and authenticated encryption: the only module that touches
//! `ring` and `hpke`.

mod aead;
mod crypto_error;
mod digest;
mod file_key;
mod hpke_box;
mod key_manager;
mod passphrase;
mod signing;

pub use aead::{DataKey, SealError, KEY_LEN};
pub use crypto_error::CryptoError;
pub use digest::sha256;
pub use file_key::FileKeyManager;
pub use hpke_box::{
    seal_to, ReceivingKey, ENCAPSULATED_LEN, RECEIVING_PUBLIC_LEN, RECEIVING_SECRET_LEN,
};
pub use key_manager::KeyManager;
pub use passphrase::{random_bytes, KdfParams, PassphraseKey, EXPORT_NONCE_LEN, EXPORT_TAG_LEN};
pub use signing::{
    verify_signature, SigningKey, SIGNATURE_LEN, SIGNING_PUBLIC_LEN, SIGNING_SEED_LEN,
};
