//! The people this install is paired with: their public keys, the name this person
//! gave them, whether the digits were compared, and the envelope counters that make a
//! replayed or older envelope useless.

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::identity::PublicKeys;
use crate::error::{Entity, StegvisError};
use crate::store::{rows, Sealer};
use crate::time::Timestamp;

pub(crate) const TABLE: &str = "share_contacts";

/// One paired install.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Contact {
    pub name: String,
    pub signing: Vec<u8>,
    pub receiving: Vec<u8>,
    pub paired_at: Timestamp,
    pub confirmed_at: Option<Timestamp>,
    /// The sequence number of the last envelope sent to them (0: none yet).
    pub last_sent: u64,
    /// The sequence number of the last envelope taken in from them (0: none yet).
    pub last_received: u64,
}

impl Contact {
    pub fn keys(&self) -> PublicKeys {
        PublicKeys {
            signing: self.signing.clone(),
            receiving: self.receiving.clone(),
        }
    }
}

/// Every contact that opens, in the order they were paired.
pub(crate) fn all(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<(Uuid, Contact)>, StegvisError> {
    let found = rows::open_all::<Contact>(rows::select(conn, TABLE, "", [])?, sealer, TABLE)?;
    let mut out = Vec::with_capacity(found.len());
    for (row, contact) in found {
        let id = Uuid::parse_str(row.text("id")?).map_err(|_| StegvisError::Storage {
            detail: "id column".to_owned(),
        })?;
        out.push((id, contact));
    }
    out.sort_by_key(|(_, c)| c.paired_at);
    Ok(out)
}

pub(crate) fn load(conn: &Connection, sealer: &Sealer, id: Uuid) -> Result<Contact, StegvisError> {
    rows::select_one(conn, TABLE, "id", &id.to_string())?
        .ok_or(StegvisError::not_found(Entity::ShareContact))?
        .open(sealer, TABLE)
}

/// The contact whose keys have this key id.
pub(crate) fn by_key_id(
    conn: &Connection,
    sealer: &Sealer,
    key_id: &[u8],
) -> Result<Option<(Uuid, Contact)>, StegvisError> {
    Ok(all(conn, sealer)?
        .into_iter()
        .find(|(_, c)| c.keys().key_id().as_slice() == key_id))
}

pub(crate) fn insert(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    contact: &Contact,
) -> Result<(), StegvisError> {
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[("id", Value::Text(id.to_string()))],
        contact,
    )
}

pub(crate) fn save(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    contact: &Contact,
) -> Result<(), StegvisError> {
    if rows::update(conn, sealer, TABLE, "id", &id.to_string(), &[], contact)? {
        Ok(())
    } else {
        Err(StegvisError::not_found(Entity::ShareContact))
    }
}
