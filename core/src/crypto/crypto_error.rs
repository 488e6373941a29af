//! Why a sharing key operation failed. Carries no data, so nothing secret can leak
//! through an error message.

/// The one error of the signing and HPKE building blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("no randomness")]
    Random,
    #[error("not a valid key")]
    BadKey,
    #[error("sealing failed")]
    Seal,
    #[error("cannot be opened")]
    Open,
}
