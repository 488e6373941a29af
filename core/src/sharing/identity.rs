//! This install's own keys: an Ed25519 key that signs what it sends and an X-Wing key
//! that opens what is sealed to it. Made the first time sharing is used, kept as one
//! sealed `meta` record (so only the data key opens it), never shown or exported in
//! readable form.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::fingerprint;
use super::model::ShareIdentity;
use crate::crypto::{CryptoError, ReceivingKey, SigningKey};
use crate::error::StegvisError;
use crate::store::{meta, Sealer};
use crate::time::Timestamp;

/// The `meta` key of the identity record.
pub(crate) const META_KEY: &str = "share-identity";

/// Length of a key id in bytes (shown as 32 hex digits).
pub(crate) const KEY_ID_LEN: usize = 16;

#[derive(Serialize, Deserialize)]
struct Stored {
    signing_pkcs8: Vec<u8>,
    receiving_secret: Vec<u8>,
    created_at: Timestamp,
}

/// Another install's public keys, as a pairing code carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PublicKeys {
    pub signing: Vec<u8>,
    pub receiving: Vec<u8>,
}

impl PublicKeys {
    /// The first 16 bytes of SHA-256 over both keys: names the install in envelopes.
    pub fn key_id(&self) -> [u8; KEY_ID_LEN] {
        let mut data = Vec::with_capacity(self.signing.len() + self.receiving.len());
        data.extend_from_slice(&self.signing);
        data.extend_from_slice(&self.receiving);
        let digest = crate::crypto::sha256(&data);
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&digest[..KEY_ID_LEN]);
        id
    }

    pub fn key_id_hex(&self) -> String {
        hex(&self.key_id())
    }

    pub fn identity(&self) -> ShareIdentity {
        ShareIdentity {
            key_id: self.key_id_hex(),
            fingerprint: fingerprint::digits(self),
        }
    }
}

/// This install's key pairs.
pub(crate) struct Identity {
    pub signing: SigningKey,
    pub receiving: ReceivingKey,
}

impl Identity {
    pub fn public(&self) -> PublicKeys {
        PublicKeys {
            signing: self.signing.public().to_vec(),
            receiving: self.receiving.public().to_vec(),
        }
    }
}

fn crypto(e: CryptoError) -> StegvisError {
    StegvisError::Storage {
        detail: format!("sharing keys: {e}"),
    }
}

/// The identity, if one was made.
pub(crate) fn load(conn: &Connection, sealer: &Sealer) -> Result<Option<Identity>, StegvisError> {
    let Some(stored) = meta::load::<Stored>(conn, sealer, META_KEY)? else {
        return Ok(None);
    };
    Ok(Some(Identity {
        signing: SigningKey::from_pkcs8(&stored.signing_pkcs8).map_err(crypto)?,
        receiving: ReceivingKey::from_secret(&stored.receiving_secret).map_err(crypto)?,
    }))
}

/// The identity, made and kept now if there is none yet (inside the caller's write).
pub(crate) fn load_or_create(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
) -> Result<Identity, StegvisError> {
    if let Some(identity) = load(conn, sealer)? {
        return Ok(identity);
    }
    let identity = Identity {
        signing: SigningKey::generate().map_err(crypto)?,
        receiving: ReceivingKey::generate().map_err(crypto)?,
    };
    meta::save(
        conn,
        sealer,
        META_KEY,
        &Stored {
            signing_pkcs8: identity.signing.pkcs8().to_vec(),
            receiving_secret: identity.receiving.secret().to_vec(),
            created_at: now,
        },
    )?;
    Ok(identity)
}

/// Lower-case hex.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
