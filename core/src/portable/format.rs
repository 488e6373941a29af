//! The encrypted export file, version 1 (described for people in
//! `docs/export-format.md`):
//!
//! ```text
//! magic "STEGVISX" (8) | format version u16 | data schema version u32
//! | kdf id u8 (1 = Argon2id v0x13) | memory KiB u32 | passes u32 | lanes u32
//! | salt length u8 | salt | aead id u8 (1 = AES-256-GCM) | nonce (12)
//! | ciphertext length u64 | ciphertext and tag
//! ```
//!
//! All integers are big-endian. Everything before the ciphertext is the header, and
//! the whole header is the AEAD's associated data, so no byte of it can change
//! without the open failing. The parser bounds every field before anything costly.

use crate::crypto::{KdfParams, EXPORT_NONCE_LEN, EXPORT_TAG_LEN};
use crate::error::{ImportFailure, StegvisError};

pub const MAGIC: &[u8; 8] = b"STEGVISX";
/// The file format this build writes and the newest it reads.
pub const FORMAT_VERSION: u16 = 1;
const KDF_ARGON2ID: u8 = 1;
const AEAD_AES_256_GCM: u8 = 1;
pub const SALT_LEN: usize = 16;

/// About a second on a mid-range phone (RFC 9106's second recommended option,
/// with one lane because the derivation runs on one thread): 64 MiB, 3 passes.
pub const DEFAULT_KDF: KdfParams = KdfParams {
    memory_kib: 64 * 1024,
    passes: 3,
    lanes: 1,
};

/// The most memory a file may ask for: 256 MiB, four times the default; a phone can
/// spare it for a moment, and no export of ours ever asks for more.
pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
/// The most passes a file may ask for.
pub const MAX_PASSES: u32 = 10;
/// The most work (memory times passes) a file may ask for: four times the default.
pub const MAX_WORK_KIB: u64 = 4 * 64 * 1024 * 3;
/// The most lanes a file may ask for.
pub const MAX_LANES: u32 = 4;
/// The largest ciphertext read: 64 MiB, ten times and more above five years of daily
/// use (a few MB), and small enough to decrypt and parse in a phone's memory.
pub const MAX_PAYLOAD: u64 = 64 * 1024 * 1024;

/// The parsed header, and where the ciphertext starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub format_version: u16,
    pub schema_version: u32,
    pub kdf: KdfParams,
    pub salt: Vec<u8>,
    pub nonce: [u8; EXPORT_NONCE_LEN],
    pub ciphertext_len: u64,
}

fn refuse(reason: ImportFailure) -> StegvisError {
    StegvisError::import(reason)
}

impl Header {
    /// The header's bytes, exactly as written and as bound into the AEAD.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(80);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.format_version.to_be_bytes());
        out.extend_from_slice(&self.schema_version.to_be_bytes());
        out.push(KDF_ARGON2ID);
        out.extend_from_slice(&self.kdf.memory_kib.to_be_bytes());
        out.extend_from_slice(&self.kdf.passes.to_be_bytes());
        out.extend_from_slice(&self.kdf.lanes.to_be_bytes());
        out.push(self.salt.len() as u8);
        out.extend_from_slice(&self.salt);
        out.push(AEAD_AES_256_GCM);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.ciphertext_len.to_be_bytes());
        out
    }

    /// Parses and bounds the header at the start of `file`. Returns it with its
    /// length. Newer formats are recognised by the version right after the magic, so
    /// a newer file is "made by a newer version", not "not an export".
    pub fn parse(file: &[u8]) -> Result<(Header, usize), StegvisError> {
        let mut r = Reader { bytes: file, at: 0 };
        let magic = r.take(MAGIC.len())?;
        if magic != MAGIC {
            return Err(refuse(ImportFailure::NotAnExport));
        }
        let format_version = u16::from_be_bytes(r.array()?);
        if format_version > FORMAT_VERSION {
            return Err(refuse(ImportFailure::NewerVersion {
                found: u32::from(format_version),
                supported: u32::from(FORMAT_VERSION),
            }));
        }
        if format_version == 0 {
            return Err(refuse(ImportFailure::NotAnExport));
        }
        let schema_version = u32::from_be_bytes(r.array()?);
        if r.byte()? != KDF_ARGON2ID {
            return Err(refuse(ImportFailure::NotAnExport));
        }
        let kdf = KdfParams {
            memory_kib: u32::from_be_bytes(r.array()?),
            passes: u32::from_be_bytes(r.array()?),
            lanes: u32::from_be_bytes(r.array()?),
        };
        check_kdf(kdf)?;
        let salt_len = usize::from(r.byte()?);
        if !(8..=64).contains(&salt_len) {
            return Err(refuse(ImportFailure::NotAnExport));
        }
        let salt = r.take(salt_len)?.to_vec();
        if r.byte()? != AEAD_AES_256_GCM {
            return Err(refuse(ImportFailure::NotAnExport));
        }
        let nonce = r.array()?;
        let ciphertext_len = u64::from_be_bytes(r.array()?);
        if ciphertext_len > MAX_PAYLOAD {
            return Err(refuse(ImportFailure::TooDemanding));
        }
        if ciphertext_len < EXPORT_TAG_LEN as u64 {
            return Err(refuse(ImportFailure::NotAnExport));
        }
        let header = Header {
            format_version,
            schema_version,
            kdf,
            salt,
            nonce,
            ciphertext_len,
        };
        Ok((header, r.at))
    }
}

/// Refuses Argon2 costs that could exhaust a phone, and ones Argon2 cannot run.
/// Small costs are allowed: a weak file only hurts whoever made it weak.
pub fn check_kdf(kdf: KdfParams) -> Result<(), StegvisError> {
    let work = u64::from(kdf.memory_kib) * u64::from(kdf.passes);
    if kdf.memory_kib > MAX_MEMORY_KIB
        || kdf.passes > MAX_PASSES
        || kdf.lanes > MAX_LANES
        || work > MAX_WORK_KIB
    {
        return Err(refuse(ImportFailure::TooDemanding));
    }
    if kdf.passes == 0 || kdf.lanes == 0 || kdf.memory_kib < 8 * kdf.lanes {
        return Err(refuse(ImportFailure::NotAnExport));
    }
    Ok(())
}

/// Reads the header field by field; running out is a truncated file.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], StegvisError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|end| *end <= self.bytes.len())
            .ok_or_else(|| self.short())?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// A file that ends inside the magic is not recognisably ours at all.
    fn short(&self) -> StegvisError {
        if self.bytes.len() < MAGIC.len() || !self.bytes.starts_with(MAGIC) {
            refuse(ImportFailure::NotAnExport)
        } else {
            refuse(ImportFailure::Truncated)
        }
    }

    fn byte(&mut self) -> Result<u8, StegvisError> {
        Ok(self.take(1)?[0])
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], StegvisError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            format_version: FORMAT_VERSION,
            schema_version: 3,
            kdf: DEFAULT_KDF,
            salt: vec![1; SALT_LEN],
            nonce: [2; EXPORT_NONCE_LEN],
            ciphertext_len: 100,
        }
    }

    #[test]
    fn a_header_reads_back_as_written() {
        let bytes = header().encode();
        let (back, len) = Header::parse(&bytes).unwrap();
        assert_eq!(back, header());
        assert_eq!(len, bytes.len());
    }

    #[test]
    fn every_cut_of_a_header_is_refused_with_a_reason() {
        let bytes = header().encode();
        for cut in 0..bytes.len() {
            let e = Header::parse(&bytes[..cut]).unwrap_err();
            let expected = if cut < MAGIC.len() {
                ImportFailure::NotAnExport
            } else {
                ImportFailure::Truncated
            };
            assert_eq!(e, StegvisError::import(expected), "cut at {cut}");
        }
    }

    #[test]
    fn costs_that_would_exhaust_a_phone_are_refused() {
        for kdf in [
            KdfParams {
                memory_kib: MAX_MEMORY_KIB + 1,
                ..DEFAULT_KDF
            },
            KdfParams {
                passes: MAX_PASSES + 1,
                ..DEFAULT_KDF
            },
            KdfParams {
                memory_kib: MAX_MEMORY_KIB,
                passes: 4,
                lanes: 1,
            },
            KdfParams {
                lanes: 200,
                ..DEFAULT_KDF
            },
        ] {
            let mut h = header();
            h.kdf = kdf;
            assert_eq!(
                Header::parse(&h.encode()).unwrap_err(),
                StegvisError::import(ImportFailure::TooDemanding)
            );
        }
        let mut h = header();
        h.ciphertext_len = MAX_PAYLOAD + 1;
        assert_eq!(
            Header::parse(&h.encode()).unwrap_err(),
            StegvisError::import(ImportFailure::TooDemanding)
        );
        assert!(check_kdf(DEFAULT_KDF).is_ok());
    }

    #[test]
    fn a_newer_format_is_named_as_newer() {
        let mut bytes = header().encode();
        bytes[8..10].copy_from_slice(&(FORMAT_VERSION + 1).to_be_bytes());
        assert_eq!(
            Header::parse(&bytes).unwrap_err(),
            StegvisError::import(ImportFailure::NewerVersion {
                found: u32::from(FORMAT_VERSION) + 1,
                supported: u32::from(FORMAT_VERSION)
            })
        );
    }
}
