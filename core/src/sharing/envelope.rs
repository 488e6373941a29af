//! The envelope: one shared plan or withdrawal as bytes for any channel.
//!
//! ```text
//! header (62 bytes, in clear, the HPKE associated data):
//!   format version (1) = 1, kind (1): 1 plan, 2 withdrawal,
//!   sender key id (16), recipient key id (16), sequence (8, big-endian),
//!   plan version (4), created (8, UTC ms), expires (8, UTC ms; 0 = no end)
//! encapsulated key (1120, X-Wing)
//! ciphertext length (4) and ciphertext (HPKE base mode, X-Wing + HKDF-SHA256 +
//!   ChaCha20-Poly1305, over the padded JSON payload)
//! signature (64, Ed25519 by the sender over everything before it)
//! ```
//! The sequence grows with every envelope from one sender to one recipient, so an
//! older or replayed envelope is refused even when the plan did not change.

use crate::crypto::{self, SigningKey, ENCAPSULATED_LEN, SIGNATURE_LEN};

use super::identity::KEY_ID_LEN;

/// The only format version this build writes and reads.
pub const VERSION: u8 = 1;
/// Nothing larger is even looked at.
pub const MAX_LEN: usize = 256 * 1024;
/// The HPKE `info`: binds the keys to this use.
const INFO: &[u8] = b"stegvis plan sharing v1";
const HEADER_LEN: usize = 1 + 1 + KEY_ID_LEN + KEY_ID_LEN + 8 + 4 + 8 + 8;
const FIXED_LEN: usize = HEADER_LEN + ENCAPSULATED_LEN + 4 + SIGNATURE_LEN;
/// Payloads are padded to a multiple of this, so the size says little about the plan.
const PAD_TO: usize = 1024;

/// Why an envelope was refused. Shells only ever see one generic error; this is for
/// tests and this install's own diagnostics, never shown or logged with content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Larger than [`MAX_LEN`].
    TooLarge,
    /// Shorter than any envelope, cut off, or with bytes after the signature.
    Malformed,
    /// A format version or kind this build does not know.
    UnknownVersion,
    /// This install has no sharing keys, or the envelope names another recipient.
    NotForThisInstall,
    /// The sender is not paired with this install.
    UnknownSender,
    /// The signature does not verify with the sender's key.
    BadSignature,
    /// Past its expiry.
    Expired,
    /// Not newer than the last envelope taken in from this sender.
    Replayed,
    /// The seal does not open, or what it holds is not a payload.
    CannotOpen,
}

/// What an envelope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plan = 1,
    Withdrawal = 2,
}

/// The clear header, also bound into the seal and the signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub kind: Kind,
    pub sender: [u8; KEY_ID_LEN],
    pub recipient: [u8; KEY_ID_LEN],
    pub sequence: u64,
    pub plan_version: u32,
    pub created_ms: i64,
    /// 0: no end date.
    pub expires_ms: i64,
}

impl Header {
    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN);
        out.push(VERSION);
        out.push(self.kind as u8);
        out.extend_from_slice(&self.sender);
        out.extend_from_slice(&self.recipient);
        out.extend_from_slice(&self.sequence.to_be_bytes());
        out.extend_from_slice(&self.plan_version.to_be_bytes());
        out.extend_from_slice(&self.created_ms.to_be_bytes());
        out.extend_from_slice(&self.expires_ms.to_be_bytes());
        out
    }

    fn from_bytes(bytes: &[u8]) -> Result<Header, Rejection> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(1)?[0] != VERSION {
            return Err(Rejection::UnknownVersion);
        }
        let kind = match reader.take(1)?[0] {
            1 => Kind::Plan,
            2 => Kind::Withdrawal,
            _ => return Err(Rejection::UnknownVersion),
        };
        Ok(Header {
            kind,
            sender: reader.array()?,
            recipient: reader.array()?,
            sequence: u64::from_be_bytes(reader.array()?),
            plan_version: u32::from_be_bytes(reader.array()?),
            created_ms: i64::from_be_bytes(reader.array()?),
            expires_ms: i64::from_be_bytes(reader.array()?),
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Rejection> {
        let end = self.at.checked_add(n).ok_or(Rejection::Malformed)?;
        let part = self.bytes.get(self.at..end).ok_or(Rejection::Malformed)?;
        self.at = end;
        Ok(part)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Rejection> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}

/// Pads `payload` with spaces (JSON ignores them) to the next multiple of 1 KiB.
pub(crate) fn pad(mut payload: Vec<u8>) -> Vec<u8> {
    let padded = payload.len().div_ceil(PAD_TO).max(1) * PAD_TO;
    payload.resize(padded, b' ');
    payload
}

/// Seals `payload` to `recipient_public` under `header` and signs the whole.
/// `None` when it would be larger than [`MAX_LEN`].
pub(crate) fn seal(
    header: &Header,
    payload: Vec<u8>,
    recipient_public: &[u8],
    signing: &SigningKey,
) -> Result<Option<Vec<u8>>, crypto::CryptoError> {
    let head = header.to_bytes();
    let plaintext = pad(payload);
    if FIXED_LEN + plaintext.len() + 16 > MAX_LEN {
        return Ok(None);
    }
    let (enc, ciphertext) = crypto::seal_to(recipient_public, INFO, &head, &plaintext)?;
    let ct_len = u32::try_from(ciphertext.len()).map_err(|_| crypto::CryptoError::Seal)?;
    let mut out = Vec::with_capacity(FIXED_LEN + ciphertext.len());
    out.extend_from_slice(&head);
    out.extend_from_slice(&enc);
    out.extend_from_slice(&ct_len.to_be_bytes());
    out.extend_from_slice(&ciphertext);
    let signature = signing.sign(&out);
    out.extend_from_slice(&signature);
    Ok(Some(out))
}

/// An envelope taken apart, nothing verified yet but its shape.
pub(crate) struct Parsed<'a> {
    pub header: Header,
    head: &'a [u8],
    enc: &'a [u8],
    ciphertext: &'a [u8],
    signed: &'a [u8],
    signature: &'a [u8],
}

/// Checks size, version and exact lengths (no trailing bytes).
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed<'_>, Rejection> {
    if bytes.len() > MAX_LEN {
        return Err(Rejection::TooLarge);
    }
    if bytes.is_empty() {
        return Err(Rejection::Malformed);
    }
    if bytes[0] != VERSION {
        return Err(Rejection::UnknownVersion);
    }
    let mut reader = Reader { bytes, at: 0 };
    let head = reader.take(HEADER_LEN)?;
    let header = Header::from_bytes(head)?;
    let enc = reader.take(ENCAPSULATED_LEN)?;
    let ct_len = u32::from_be_bytes(reader.array()?) as usize;
    let ciphertext = reader.take(ct_len)?;
    let signed_len = reader.at;
    let signature = reader.take(SIGNATURE_LEN)?;
    if reader.at != bytes.len() {
        return Err(Rejection::Malformed);
    }
    Ok(Parsed {
        header,
        head,
        enc,
        ciphertext,
        signed: &bytes[..signed_len],
        signature,
    })
}

impl Parsed<'_> {
    pub fn verify(&self, sender_public: &[u8]) -> Result<(), Rejection> {
        if crypto::verify_signature(sender_public, self.signed, self.signature) {
            Ok(())
        } else {
            Err(Rejection::BadSignature)
        }
    }

    pub fn open(&self, receiving: &crypto::ReceivingKey) -> Result<Vec<u8>, Rejection> {
        receiving
            .open(self.enc, INFO, self.head, self.ciphertext)
            .map_err(|_| Rejection::CannotOpen)
    }
}
