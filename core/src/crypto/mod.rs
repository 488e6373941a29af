//! Keys and authenticated encryption: the only module that touches `ring`.

mod aead;
mod file_key;
mod key_manager;

pub use aead::{DataKey, SealError, KEY_LEN};
pub use file_key::FileKeyManager;
pub use key_manager::KeyManager;
