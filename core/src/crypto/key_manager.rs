//! Where the data key lives is the platform's business: Android Keystore, the iOS
//! Keychain, or a 0600 file for the terminal. The core generates the key and asks the
//! shell to keep it, so every platform gets the same key quality.

use crate::error::StegvisError;

/// Kept by each shell; implemented in Kotlin and Swift through UniFFI.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait KeyManager: Send + Sync {
    /// The stored data key, or `None` when this install has none yet.
    fn load_key(&self) -> Result<Option<Vec<u8>>, StegvisError>;
    /// Keeps a newly generated data key. Called once, before any data is written. If
    /// a key appeared meanwhile (another process set up the same install first), keep
    /// that one and return `Ok`: the core reads the key back after storing it.
    fn store_key(&self, key: Vec<u8>) -> Result<(), StegvisError>;
    /// Forgets the data key for good (erase everything, or an import that failed).
    /// Succeeds when there is no key.
    fn delete_key(&self) -> Result<(), StegvisError>;
}
