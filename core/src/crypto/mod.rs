//! Keys and authenticated encryption: the only module that touches `ring`.

mod aead;
mod file_key;
mod key_manager;
mod passphrase;

pub use aead::{DataKey, SealError, KEY_LEN};
pub use file_key::FileKeyManager;
pub use key_manager::KeyManager;
pub use passphrase::{random_bytes, KdfParams, PassphraseKey, EXPORT_NONCE_LEN, EXPORT_TAG_LEN};
