//! Sealing of whole records: serde to JSON, then AES-256-GCM with the table and row id
//! as associated data, so a sealed body moved to another row no longer opens.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::crypto::DataKey;
use crate::error::StegvisError;

/// Seals and opens record bodies under the data key.
#[derive(Debug)]
pub struct Sealer {
    key: DataKey,
}

impl Sealer {
    pub fn new(key: DataKey) -> Self {
        Self { key }
    }

    fn aad(table: &str, id: &str) -> Vec<u8> {
        format!("stegvis:{table}:{id}").into_bytes()
    }

    /// Seals `record` for row `id` of `table`.
    pub fn seal<T: Serialize>(
        &self,
        table: &str,
        id: &str,
        record: &T,
    ) -> Result<Vec<u8>, StegvisError> {
        let plain = serde_json::to_vec(record).map_err(|_| StegvisError::Storage {
            detail: "encode record".to_owned(),
        })?;
        self.key
            .seal(&Self::aad(table, id), &plain)
            .map_err(|_| StegvisError::Storage {
                detail: "seal record".to_owned(),
            })
    }

    /// Opens a body sealed by [`Sealer::seal`] for the same table and row. A body that
    /// does not open is a [`StegvisError::DamagedRecord`]: the key was already proven
    /// right by the canary when the folder was opened.
    pub fn open<T: DeserializeOwned>(
        &self,
        table: &str,
        id: &str,
        sealed: &[u8],
    ) -> Result<T, StegvisError> {
        let plain = self
            .key
            .open(&Self::aad(table, id), sealed)
            .map_err(|_| StegvisError::DamagedRecord)?;
        serde_json::from_slice(&plain).map_err(|_| StegvisError::DamagedRecord)
    }
}
