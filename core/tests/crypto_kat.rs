//! Issue 11: known-answer tests for the cryptography that sharing stands on, so a
//! dependency bump that changed a single bit of the wire format would fail here
//! rather than leave two installs unable to read each other.
//!
//! - Ed25519: RFC 8032 section 7.1 (TEST 1, 2, 3 and SHA(abc)), through `SigningKey`.
//! - HPKE: RFC 9180 Appendix A.2.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
//!   ChaCha20Poly1305, base mode): the same key schedule and AEAD as our suite with the
//!   classical KEM, every listed sequence number and exported value.
//! - HPKE with X-Wing: the hpke-pq reference vector for X-Wing + HKDF-SHA256 +
//!   ChaCha20Poly1305, i.e. exactly the suite `seal_to` uses, through `ReceivingKey`.
//! - X-Wing itself: draft-connolly-cfrg-xwing-kem-10 Appendix C (seed -> public key,
//!   eseed -> ciphertext and shared secret).
//!
//! The vectors live in tests/vectors/ (small subsets; each file names its source).
//! Encapsulation with a vector's fixed randomness goes through hpke's `*_with_rng`
//! functions, since the shipped API rightly takes randomness only from the system.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failed vector is a failed test

use std::convert::Infallible;

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::{X25519HkdfSha256, XWing};
use hpke::rand_core::{TryCryptoRng, TryRng};
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use serde_json::Value;
use stegvis_core::crypto::{
    seal_to, verify_signature, CryptoError, ReceivingKey, SigningKey, ENCAPSULATED_LEN,
    RECEIVING_PUBLIC_LEN, SIGNATURE_LEN,
};
use x_wing::{Decapsulate, Encapsulate, Kem as _, KeyExport, XWingKem};

fn vectors(name: &str) -> Value {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn hex(value: &Value) -> Vec<u8> {
    let text = value.as_str().expect("a hex string");
    assert!(text.len() % 2 == 0, "odd hex length");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

/// Hands out exactly the bytes a vector fixes, and fails the test if asked for more.
struct FixedRng(Vec<u8>);

impl TryRng for FixedRng {
    type Error = Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        assert!(
            dst.len() <= self.0.len(),
            "asked for more randomness than the vector has"
        );
        dst.copy_from_slice(&self.0[..dst.len()]);
        self.0.drain(..dst.len());
        Ok(())
    }
}

impl TryCryptoRng for FixedRng {}

// ---- Ed25519 (RFC 8032) ----

#[test]
fn ed25519_rfc8032_section_7_1() {
    let file = vectors("rfc8032_ed25519.json");
    let cases = file["vectors"].as_array().unwrap();
    assert_eq!(cases.len(), 4);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let public = hex(&case["public"]);
        let message = hex(&case["message"]);
        let signature = hex(&case["signature"]);

        let key = SigningKey::from_seed(&hex(&case["secret"])).unwrap();
        assert_eq!(
            key.public().as_slice(),
            public.as_slice(),
            "{name}: public key"
        );
        assert_eq!(
            key.sign(&message).as_slice(),
            signature.as_slice(),
            "{name}: signature"
        );
        // The key read back from its stored form signs the same.
        let stored = SigningKey::from_pkcs8(key.pkcs8()).unwrap();
        assert_eq!(
            stored.sign(&message).as_slice(),
            signature.as_slice(),
            "{name}"
        );

        assert!(
            verify_signature(&public, &message, &signature),
            "{name}: verify"
        );
        // Any flipped bit in the signature, the message or the key is refused.
        for bit in [0, 7, 8 * 31 + 3, 8 * 32, 8 * SIGNATURE_LEN - 1] {
            let mut bad = signature.clone();
            bad[bit / 8] ^= 1 << (bit % 8);
            assert!(
                !verify_signature(&public, &message, &bad),
                "{name}: sig bit {bit}"
            );
        }
        let mut longer = message.clone();
        longer.push(0);
        assert!(
            !verify_signature(&public, &longer, &signature),
            "{name}: message"
        );
        if let Some(first) = message.first() {
            let mut bad = message.clone();
            bad[0] = first ^ 0x80;
            assert!(
                !verify_signature(&public, &bad, &signature),
                "{name}: message bit"
            );
        }
        let mut bad_key = public.clone();
        bad_key[5] ^= 0x10;
        assert!(
            !verify_signature(&bad_key, &message, &signature),
            "{name}: key bit"
        );
    }
}

// ---- HPKE, classical suite (RFC 9180 A.2.1) ----

#[test]
fn hpke_rfc9180_a2_1_x25519_hkdfsha256_chacha20poly1305_base() {
    type K = X25519HkdfSha256;
    let v = vectors("rfc9180_a2_1_x25519_chacha.json");
    assert_eq!(
        (&v["mode"], &v["kem_id"], &v["kdf_id"], &v["aead_id"]),
        (
            &Value::from(0),
            &Value::from(0x20),
            &Value::from(1),
            &Value::from(3)
        )
    );
    let info = hex(&v["info"]);

    // DeriveKeyPair(ikmR) gives the listed key pair.
    // (x25519-dalek stores the scalar clamped, so skRm is compared as hpke reads it,
    // the way hpke's own known-answer test does.)
    let (sk, pk) = K::derive_keypair(&hex(&v["ikmR"]));
    let listed_sk = <K as Kem>::PrivateKey::from_bytes(&hex(&v["skRm"])).unwrap();
    assert_eq!(sk.to_bytes(), listed_sk.to_bytes());
    assert_eq!(pk.to_bytes().as_slice(), hex(&v["pkRm"]).as_slice());

    // Encapsulating with ikmE as the randomness gives the listed enc.
    let mut rng = FixedRng(hex(&v["ikmE"]));
    let (enc, mut sender) = hpke::setup_sender_with_rng::<ChaCha20Poly1305, HkdfSha256, K>(
        &OpModeS::Base,
        &pk,
        &info,
        &mut rng,
    )
    .unwrap();
    assert!(rng.0.is_empty(), "all of ikmE is used");
    assert_eq!(enc.to_bytes().as_slice(), hex(&v["enc"]).as_slice());
    let mut receiver =
        hpke::setup_receiver::<ChaCha20Poly1305, HkdfSha256, K>(&OpModeR::Base, &sk, &enc, &info)
            .unwrap();

    // Each listed sequence number's ciphertext, sealing (and opening) the ones between.
    let encryptions = v["encryptions"].as_array().unwrap();
    assert_eq!(encryptions.len(), 6);
    let mut seq = 0u64;
    for e in encryptions {
        let target = e["seq"].as_u64().unwrap();
        while seq < target {
            let filler = sender.seal(b"filler", b"").unwrap();
            assert_eq!(receiver.open(&filler, b"").unwrap(), b"filler");
            seq += 1;
        }
        let (pt, aad, ct) = (hex(&e["pt"]), hex(&e["aad"]), hex(&e["ct"]));
        assert_eq!(sender.seal(&pt, &aad).unwrap(), ct, "seal at seq {target}");
        assert_eq!(
            receiver.open(&ct, &aad).unwrap(),
            pt,
            "open at seq {target}"
        );
        seq += 1;
    }

    // Sequence number 0 through the single-shot functions too.
    let first = &encryptions[0];
    let (enc0, ct0) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, K>(
        &OpModeS::Base,
        &pk,
        &info,
        &hex(&first["pt"]),
        &hex(&first["aad"]),
        &mut FixedRng(hex(&v["ikmE"])),
    )
    .unwrap();
    assert_eq!(enc0.to_bytes().as_slice(), hex(&v["enc"]).as_slice());
    assert_eq!(ct0, hex(&first["ct"]));

    check_exports(&v, &receiver);
}

fn check_exports<K: Kem>(v: &Value, ctx: &hpke::aead::AeadCtxR<ChaCha20Poly1305, HkdfSha256, K>) {
    let exports = v["exports"].as_array().unwrap();
    assert!(!exports.is_empty());
    for x in exports {
        let mut out = vec![0u8; usize::try_from(x["L"].as_u64().unwrap()).unwrap()];
        ctx.export(&hex(&x["exporter_context"]), &mut out).unwrap();
        assert_eq!(out, hex(&x["exported_value"]), "export");
    }
}

// ---- HPKE with X-Wing, our suite (hpke-pq vectors) ----

#[test]
fn hpke_pq_xwing_hkdfsha256_chacha20poly1305_base() {
    let v = vectors("hpke_pq_xwing_hkdfsha256_chacha.json");
    assert_eq!(
        (&v["mode"], &v["kem_id"], &v["kdf_id"], &v["aead_id"]),
        (
            &Value::from(0),
            &Value::from(0x647a),
            &Value::from(1),
            &Value::from(3)
        )
    );
    let info = hex(&v["info"]);
    let sk_bytes = hex(&v["skRm"]);
    let pk_bytes = hex(&v["pkRm"]);
    let enc_bytes = hex(&v["enc"]);
    assert_eq!(pk_bytes.len(), RECEIVING_PUBLIC_LEN);
    assert_eq!(enc_bytes.len(), ENCAPSULATED_LEN);

    // DeriveKeyPair(ikmR), and our ReceivingKey from the secret, give the listed keys.
    let (sk, pk) = XWing::derive_keypair(&hex(&v["ikmR"]));
    assert_eq!(sk.to_bytes().as_slice(), sk_bytes.as_slice());
    assert_eq!(pk.to_bytes().as_slice(), pk_bytes.as_slice());
    let ours = ReceivingKey::from_secret(&sk_bytes).unwrap();
    assert_eq!(ours.public(), pk_bytes.as_slice());
    assert_eq!(ours.secret(), sk_bytes.as_slice());

    // Encapsulating with ikmE as the randomness gives the listed enc; every ciphertext
    // in order (sequence numbers 0..) comes out as listed.
    let mut rng = FixedRng(hex(&v["ikmE"]));
    let (enc, mut sender) = hpke::setup_sender_with_rng::<ChaCha20Poly1305, HkdfSha256, XWing>(
        &OpModeS::Base,
        &pk,
        &info,
        &mut rng,
    )
    .unwrap();
    assert!(rng.0.is_empty(), "all of ikmE is used");
    assert_eq!(enc.to_bytes().as_slice(), enc_bytes.as_slice());
    let encryptions = v["encryptions"].as_array().unwrap();
    assert_eq!(encryptions.len(), 10);
    for (seq, e) in encryptions.iter().enumerate() {
        let (pt, aad) = (hex(&e["pt"]), hex(&e["aad"]));
        assert_eq!(
            sender.seal(&pt, &aad).unwrap(),
            hex(&e["ct"]),
            "seal at seq {seq}"
        );
    }

    // The first ciphertext is what a single-shot `seal_to` makes: `open` reads it.
    let first = &encryptions[0];
    assert_eq!(
        ours.open(&enc_bytes, &info, &hex(&first["aad"]), &hex(&first["ct"]))
            .unwrap(),
        hex(&first["pt"])
    );
    let (enc0, ct0) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, XWing>(
        &OpModeS::Base,
        &pk,
        &info,
        &hex(&first["pt"]),
        &hex(&first["aad"]),
        &mut FixedRng(hex(&v["ikmE"])),
    )
    .unwrap();
    assert_eq!(enc0.to_bytes().as_slice(), enc_bytes.as_slice());
    assert_eq!(ct0, hex(&first["ct"]));

    // The receiver's context opens them all and exports the listed values.
    let enc_parsed = <XWing as Kem>::EncappedKey::from_bytes(&enc_bytes).unwrap();
    let mut receiver = hpke::setup_receiver::<ChaCha20Poly1305, HkdfSha256, XWing>(
        &OpModeR::Base,
        &sk,
        &enc_parsed,
        &info,
    )
    .unwrap();
    for e in encryptions {
        assert_eq!(
            receiver.open(&hex(&e["ct"]), &hex(&e["aad"])).unwrap(),
            hex(&e["pt"])
        );
    }
    check_exports(&v, &receiver);
}

// ---- X-Wing KEM (draft-connolly-cfrg-xwing-kem-10, Appendix C) ----

#[test]
fn xwing_kem_draft_vectors() {
    let file = vectors("xwing_kem.json");
    let cases = file["vectors"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    for (i, case) in cases.iter().enumerate() {
        let seed = hex(&case["seed"]);
        let pk = hex(&case["pk"]);
        let ct = hex(&case["ct"]);
        let ss = hex(&case["ss"]);
        assert_eq!(hex(&case["sk"]), seed, "#{i}: the secret key is the seed");

        // Our key from the seed has the listed public key.
        let ours = ReceivingKey::from_secret(&seed).unwrap();
        assert_eq!(ours.public(), pk.as_slice(), "#{i}: public key");

        // hpke's X-Wing encapsulates eseed to the listed ciphertext.
        let hpke_pk = <XWing as Kem>::PublicKey::from_bytes(&pk).unwrap();
        let (_, enc) =
            XWing::encap_with_rng(&hpke_pk, None, &mut FixedRng(hex(&case["eseed"]))).unwrap();
        assert_eq!(enc.to_bytes().as_slice(), ct.as_slice(), "#{i}: ciphertext");

        // The x-wing crate (the one hpke builds on) gives the listed shared secret both ways.
        let (sk, xpk) = XWingKem::generate_keypair_from_rng(&mut FixedRng(seed.clone()));
        assert_eq!(
            xpk.to_bytes().as_slice(),
            pk.as_slice(),
            "#{i}: x-wing public key"
        );
        let (xct, xss) = xpk.encapsulate_with_rng(&mut FixedRng(hex(&case["eseed"])));
        assert_eq!(xct.as_slice(), ct.as_slice(), "#{i}: x-wing ciphertext");
        assert_eq!(
            xss.as_slice(),
            ss.as_slice(),
            "#{i}: shared secret (encapsulated)"
        );
        assert_eq!(
            sk.decapsulate(&xct).as_slice(),
            ss.as_slice(),
            "#{i}: decapsulated"
        );
    }
}

// ---- Round trips and refusals through the shipped API ----

fn flipped(bytes: &[u8], index: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    out[index] ^= 0x01;
    out
}

#[test]
fn seal_and_open_round_trip_sizes_and_freshness() {
    let key = ReceivingKey::generate().unwrap();
    for len in [0usize, 1, 64, 4096, 256 * 1024] {
        let plaintext: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let (enc, ct) = seal_to(key.public(), b"stegvis share v1", b"header", &plaintext).unwrap();
        assert_eq!(enc.len(), ENCAPSULATED_LEN);
        assert_eq!(ct.len(), len + 16);
        assert_eq!(
            key.open(&enc, b"stegvis share v1", b"header", &ct).unwrap(),
            plaintext
        );
    }
    // Two seals of the same message differ (fresh encapsulation each time).
    let a = seal_to(key.public(), b"", b"", b"same").unwrap();
    let b = seal_to(key.public(), b"", b"", b"same").unwrap();
    assert_ne!(a.0, b.0);
    assert_ne!(a.1, b.1);
}

#[test]
fn every_tampered_part_is_refused_with_open() {
    let key = ReceivingKey::generate().unwrap();
    let (info, aad, pt) = (
        b"info-v1".as_slice(),
        b"the header".as_slice(),
        b"signs and actions",
    );
    let (enc, ct) = seal_to(key.public(), info, aad, pt).unwrap();
    assert_eq!(key.open(&enc, info, aad, &ct).unwrap(), pt);

    let other = ReceivingKey::generate().unwrap();
    assert_eq!(
        other.open(&enc, info, aad, &ct),
        Err(CryptoError::Open),
        "wrong key"
    );

    // A flipped byte at the start, middle and end of enc (ML-KEM and X25519 parts alike).
    for i in [
        0,
        1,
        500,
        ENCAPSULATED_LEN - 33,
        ENCAPSULATED_LEN - 32,
        ENCAPSULATED_LEN - 1,
    ] {
        assert_eq!(
            key.open(&flipped(&enc, i), info, aad, &ct),
            Err(CryptoError::Open),
            "enc {i}"
        );
    }
    // Every byte of the ciphertext and tag.
    for i in 0..ct.len() {
        assert_eq!(
            key.open(&enc, info, aad, &flipped(&ct, i)),
            Err(CryptoError::Open),
            "ct {i}"
        );
    }
    for i in 0..aad.len() {
        assert_eq!(
            key.open(&enc, info, &flipped(aad, i), &ct),
            Err(CryptoError::Open),
            "aad {i}"
        );
    }
    for i in 0..info.len() {
        assert_eq!(
            key.open(&enc, &flipped(info, i), aad, &ct),
            Err(CryptoError::Open),
            "info {i}"
        );
    }
    // Missing or extra associated data or info.
    assert_eq!(key.open(&enc, info, b"", &ct), Err(CryptoError::Open));
    assert_eq!(key.open(&enc, b"", aad, &ct), Err(CryptoError::Open));
    assert_eq!(
        key.open(&enc, info, &[aad, b"x"].concat(), &ct),
        Err(CryptoError::Open)
    );
}

#[test]
fn wrong_lengths_are_refused_without_panic() {
    let key = ReceivingKey::generate().unwrap();
    let (enc, ct) = seal_to(key.public(), b"i", b"a", b"p").unwrap();

    for len in [
        0,
        1,
        ENCAPSULATED_LEN - 1,
        ENCAPSULATED_LEN + 1,
        2 * ENCAPSULATED_LEN,
    ] {
        let mut bad = enc.clone();
        bad.resize(len, 0);
        assert_eq!(
            key.open(&bad, b"i", b"a", &ct),
            Err(CryptoError::Open),
            "enc len {len}"
        );
    }
    for len in 0..ct.len() {
        assert_eq!(
            key.open(&enc, b"i", b"a", &ct[..len]),
            Err(CryptoError::Open),
            "ct len {len}"
        );
    }
    assert_eq!(
        key.open(&enc, b"i", b"a", &[ct.as_slice(), b"\0"].concat()),
        Err(CryptoError::Open)
    );
    assert_eq!(
        key.open(&[0u8; ENCAPSULATED_LEN], b"i", b"a", &ct),
        Err(CryptoError::Open)
    );

    for len in [0, 1, RECEIVING_PUBLIC_LEN - 1, RECEIVING_PUBLIC_LEN + 1] {
        let mut bad = key.public().to_vec();
        bad.resize(len, 0);
        assert_eq!(
            seal_to(&bad, b"", b"", b"x").unwrap_err(),
            CryptoError::BadKey,
            "pk {len}"
        );
    }
    for len in [0, 1, 31, 33, 64] {
        assert_eq!(
            ReceivingKey::from_secret(&vec![7u8; len]).unwrap_err(),
            CryptoError::BadKey,
            "secret {len}"
        );
    }
    for len in [0, 1, 31, 33, 64] {
        assert_eq!(
            SigningKey::from_seed(&vec![7u8; len]).unwrap_err(),
            CryptoError::BadKey
        );
        assert!(!verify_signature(
            &vec![0u8; len],
            b"m",
            &[0u8; SIGNATURE_LEN]
        ));
    }
    let signer = SigningKey::generate().unwrap();
    let good = signer.sign(b"m");
    for len in [0, 1, SIGNATURE_LEN - 1, SIGNATURE_LEN + 1] {
        let mut bad = good.to_vec();
        bad.resize(len, 0);
        assert!(
            !verify_signature(&signer.public(), b"m", &bad),
            "sig len {len}"
        );
    }
    assert_eq!(
        SigningKey::from_pkcs8(&[0x30; 85]).unwrap_err(),
        CryptoError::BadKey
    );
    let mut damaged = signer.pkcs8().to_vec();
    let last = damaged.len() - 1;
    damaged[last] ^= 1; // the public key no longer matches the seed
    assert_eq!(
        SigningKey::from_pkcs8(&damaged).unwrap_err(),
        CryptoError::BadKey
    );

    // Long info and associated data (hpke hashes info; nothing to overflow).
    let long = vec![0x55u8; 70_000];
    let (enc, ct) = seal_to(key.public(), &long, &long, b"p").unwrap();
    assert_eq!(key.open(&enc, &long, &long, &ct).unwrap(), b"p");
}
