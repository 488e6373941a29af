//! Sealing of whole records.
//!
//! Format 2 (every row written since schema version 4):
//! `format (1 byte = 2) || key id (4 bytes, big-endian) || nonce (12) || ciphertext || tag (16)`.
//! The plaintext is the record as JSON, then `0x80`, then zero bytes up to a size
//! bucket, so a body's length does not tell which catalog sign or
//! which medicine it holds. The associated data binds the format, the key id, the table
//! and every clear column of the row by name (its id and `rev` included), so a changed
//! clear column, a body moved to another row, or an older body of the same row put
//! back under a newer `rev` does not open.
//!
//! Format 1 (schema versions 1 to 3, read only by the migration that re-seals them):
//! `nonce || ciphertext || tag` of unpadded JSON, bound to the table and row id only.

use rusqlite::types::{ToSql, ToSqlOutput, ValueRef};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::crypto::DataKey;
use crate::error::StegvisError;

/// The format byte every body written now starts with.
pub const FORMAT: u8 = 2;
/// The id of the only data key so far; a later key rotation writes a new one.
pub const KEY_ID: u32 = 1;
const HEADER_LEN: usize = 5;
/// Marks where the record ends and the padding begins (ISO/IEC 7816-4).
const PAD_MARK: u8 = 0x80;
/// The smallest bucket: every short record (a sign's name, a medicine) looks alike.
const MIN_BUCKET: usize = 256;
/// The smallest bucket of a dose, the one record kept by the thousand: a dose names no
/// medicine (it points to one by id), and every dose record, taken, skipped, snoozed
/// or when needed, fits in 192 bytes unless a long skip reason was written. A
/// quarter less per dose keeps five years of use small.
const MIN_BUCKET_DOSES: usize = 192;

/// The smallest bucket of a table's bodies.
fn min_bucket(table: &str) -> usize {
    match table {
        "doses" => MIN_BUCKET_DOSES,
        _ => MIN_BUCKET,
    }
}

/// The clear columns of one row, each bound into the associated data by name. Pass
/// every column of the row except `body`, with the same values that are bound in SQL.
pub type Clear<'a> = [(&'a str, &'a dyn ToSql)];

/// Seals and opens record bodies under the data key.
#[derive(Debug)]
pub struct Sealer {
    key: DataKey,
    key_id: u32,
}

/// The size a record of `len` bytes (plus its end mark) is padded to: 256 bytes, then
/// four buckets between each power of two and the next, so lengths fall into few
/// buckets and no body grows by more than a quarter.
#[cfg(test)]
fn padded_len(len: usize) -> usize {
    padded_len_from(len, MIN_BUCKET)
}

/// The padded size of `len` bytes for a table whose smallest bucket is `min`.
fn padded_len_from(len: usize, min: usize) -> usize {
    let need = len + 1;
    if need <= min {
        return min;
    }
    let step = need.next_power_of_two() / 8;
    need.div_ceil(step) * step
}

fn storage(detail: &str) -> StegvisError {
    StegvisError::Storage {
        detail: detail.to_owned(),
    }
}

fn pad(mut plain: Vec<u8>, min: usize) -> Vec<u8> {
    let to = padded_len_from(plain.len(), min);
    plain.push(PAD_MARK);
    plain.resize(to, 0);
    plain
}

fn unpad(plain: &[u8]) -> Option<&[u8]> {
    let end = plain.iter().rposition(|b| *b != 0)?;
    (plain[end] == PAD_MARK).then(|| &plain[..end])
}

/// Appends one length-prefixed field, so no two different column lists encode alike.
fn push_field(out: &mut Vec<u8>, tag: u8, bytes: &[u8]) {
    out.push(tag);
    out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// The associated data of format 2: header, table, then the clear columns sorted by
/// name, each with its SQL type, so `"1"` and `1` or NULL and `""` never match.
fn aad(key_id: u32, table: &str, clear: &Clear<'_>) -> Result<Vec<u8>, StegvisError> {
    let mut columns: Vec<(&str, ToSqlOutput<'_>)> = Vec::with_capacity(clear.len());
    for (name, value) in clear {
        if *name == "body" {
            return Err(storage("body bound as a clear column"));
        }
        let value = value.to_sql().map_err(|_| storage("clear column"))?;
        columns.push((name, value));
    }
    columns.sort_by(|a, b| a.0.cmp(b.0));
    if columns.windows(2).any(|w| w[0].0 == w[1].0) {
        return Err(storage("clear column bound twice"));
    }
    let mut out = b"stegvis-row".to_vec();
    out.push(FORMAT);
    out.extend_from_slice(&key_id.to_be_bytes());
    push_field(&mut out, b't', table.as_bytes());
    for (name, value) in &columns {
        push_field(&mut out, b'c', name.as_bytes());
        let value = match value {
            ToSqlOutput::Borrowed(v) => *v,
            ToSqlOutput::Owned(v) => ValueRef::from(v),
            _ => return Err(storage("clear column type")),
        };
        match value {
            ValueRef::Null => push_field(&mut out, b'n', &[]),
            ValueRef::Integer(i) => push_field(&mut out, b'i', &i.to_be_bytes()),
            ValueRef::Real(f) => push_field(&mut out, b'r', &f.to_bits().to_be_bytes()),
            ValueRef::Text(t) => push_field(&mut out, b's', t),
            ValueRef::Blob(b) => push_field(&mut out, b'b', b),
        }
    }
    Ok(out)
}

impl Sealer {
    pub fn new(key: DataKey) -> Self {
        Self {
            key,
            key_id: KEY_ID,
        }
    }

    /// Seals `record` for the row of `table` whose clear columns are `clear`.
    pub fn seal_row<T: Serialize>(
        &self,
        table: &str,
        clear: &Clear<'_>,
        record: &T,
    ) -> Result<Vec<u8>, StegvisError> {
        let plain = serde_json::to_vec(record).map_err(|_| storage("encode record"))?;
        let sealed = self
            .key
            .seal(
                &aad(self.key_id, table, clear)?,
                &pad(plain, min_bucket(table)),
            )
            .map_err(|_| storage("seal record"))?;
        let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
        out.push(FORMAT);
        out.extend_from_slice(&self.key_id.to_be_bytes());
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a body sealed by [`Sealer::seal_row`] for the same table and clear
    /// columns. A body that does not open is a [`StegvisError::DamagedRecord`]: the
    /// key was already proven right by the canary when the folder was opened.
    pub fn open_row<T: DeserializeOwned>(
        &self,
        table: &str,
        clear: &Clear<'_>,
        sealed: &[u8],
    ) -> Result<T, StegvisError> {
        let plain = self.open_row_bytes(table, clear, sealed)?;
        serde_json::from_slice(&plain).map_err(|_| StegvisError::DamagedRecord)
    }

    /// The record's JSON bytes, for code that handles every table alike (export).
    pub fn open_row_bytes(
        &self,
        table: &str,
        clear: &Clear<'_>,
        sealed: &[u8],
    ) -> Result<Vec<u8>, StegvisError> {
        if sealed.len() < HEADER_LEN || sealed[0] != FORMAT {
            return Err(StegvisError::DamagedRecord);
        }
        let mut key_id = [0u8; 4];
        key_id.copy_from_slice(&sealed[1..HEADER_LEN]);
        if u32::from_be_bytes(key_id) != self.key_id {
            return Err(StegvisError::DamagedRecord);
        }
        let padded = self
            .key
            .open(&aad(self.key_id, table, clear)?, &sealed[HEADER_LEN..])
            .map_err(|_| StegvisError::DamagedRecord)?;
        unpad(&padded)
            .map(<[u8]>::to_vec)
            .ok_or(StegvisError::DamagedRecord)
    }

    /// Opens a format-1 body (schema versions 1 to 3). Only the migration to format 2
    /// and the canary of an old folder use this.
    pub fn open_v1<T: DeserializeOwned>(
        &self,
        table: &str,
        id: &str,
        sealed: &[u8],
    ) -> Result<T, StegvisError> {
        let plain = self
            .key
            .open(format!("stegvis:{table}:{id}").as_bytes(), sealed)
            .map_err(|_| StegvisError::DamagedRecord)?;
        serde_json::from_slice(&plain).map_err(|_| StegvisError::DamagedRecord)
    }

    /// Seals in format 1. Kept so tests can build folders as older versions wrote them.
    #[doc(hidden)]
    pub fn seal_v1<T: Serialize>(
        &self,
        table: &str,
        id: &str,
        record: &T,
    ) -> Result<Vec<u8>, StegvisError> {
        let plain = serde_json::to_vec(record).map_err(|_| storage("encode record"))?;
        self.key
            .seal(format!("stegvis:{table}:{id}").as_bytes(), &plain)
            .map_err(|_| storage("seal record"))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sealer() -> Sealer {
        Sealer::new(DataKey::from_bytes(&DataKey::generate_bytes().unwrap()).unwrap())
    }

    #[test]
    fn a_row_opens_only_with_the_same_clear_columns() {
        let s = sealer();
        let id = "a1";
        let rev = 3_i64;
        let goal: Option<&str> = None;
        let sealed = s
            .seal_row(
                "steps",
                &[("id", &id), ("rev", &rev), ("goal_id", &goal)],
                &"walk",
            )
            .unwrap();
        // Order of the columns does not matter; their values do.
        let back: String = s
            .open_row(
                "steps",
                &[("rev", &rev), ("goal_id", &goal), ("id", &id)],
                &sealed,
            )
            .unwrap();
        assert_eq!(back, "walk");
        let older = 2_i64;
        let other = "a2";
        let empty = "";
        for clear in [
            vec![
                ("id", &id as &dyn ToSql),
                ("rev", &older),
                ("goal_id", &goal),
            ],
            vec![
                ("id", &other as &dyn ToSql),
                ("rev", &rev),
                ("goal_id", &goal),
            ],
            vec![
                ("id", &id as &dyn ToSql),
                ("rev", &rev),
                ("goal_id", &empty),
            ],
            vec![("id", &id as &dyn ToSql), ("rev", &rev)],
        ] {
            assert_eq!(
                s.open_row::<String>("steps", &clear, &sealed),
                Err(StegvisError::DamagedRecord)
            );
        }
        assert_eq!(
            s.open_row::<String>(
                "goals",
                &[("id", &id), ("rev", &rev), ("goal_id", &goal)],
                &sealed
            ),
            Err(StegvisError::DamagedRecord)
        );
    }

    #[test]
    fn bodies_carry_format_and_key_id_and_refuse_others() {
        let s = sealer();
        let id = "x";
        let mut sealed = s.seal_row("signs", &[("id", &id)], &"sleep").unwrap();
        assert_eq!(sealed[0], FORMAT);
        assert_eq!(&sealed[1..5], &KEY_ID.to_be_bytes());
        sealed[0] = 3;
        assert_eq!(
            s.open_row::<String>("signs", &[("id", &id)], &sealed),
            Err(StegvisError::DamagedRecord)
        );
        sealed[0] = FORMAT;
        sealed[4] ^= 1;
        assert_eq!(
            s.open_row::<String>("signs", &[("id", &id)], &sealed),
            Err(StegvisError::DamagedRecord)
        );
    }

    #[test]
    fn lengths_fall_into_buckets() {
        let s = sealer();
        let id = "x";
        let short = s
            .seal_row("signs", &[("id", &id)], &"Sleeping less")
            .unwrap();
        let long = s
            .seal_row("signs", &[("id", &id)], &"Hearing voices more than usual")
            .unwrap();
        assert_eq!(short.len(), long.len());
        assert_eq!(padded_len(0), 256);
        assert_eq!(padded_len(255), 256);
        assert_eq!(padded_len(256), 320);
        assert_eq!(padded_len(1000), 1024);
        assert_eq!(padded_len(1024), 1280);
        for len in 256..20_000 {
            let p = padded_len(len);
            assert!(p > len && (p - len - 1) * 4 < len + 1, "{len} -> {p}");
        }
    }

    #[test]
    fn padding_survives_records_ending_in_any_byte() {
        for text in ["", "a", "\u{0}", "ends with null \u{0}"] {
            let padded = pad(serde_json::to_vec(text).unwrap(), MIN_BUCKET);
            let back: String = serde_json::from_slice(unpad(&padded).unwrap()).unwrap();
            assert_eq!(back, text);
        }
    }

    #[test]
    fn format_one_still_opens_for_the_migration() {
        let s = sealer();
        let sealed = s.seal_v1("goals", "g1", &"old text").unwrap();
        assert_eq!(
            s.open_v1::<String>("goals", "g1", &sealed).unwrap(),
            "old text"
        );
        assert_eq!(
            s.open_v1::<String>("goals", "g2", &sealed),
            Err(StegvisError::DamagedRecord)
        );
    }
}
