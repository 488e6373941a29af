//! Sharing's envelope work on a full plan (every section, 30 items of realistic
//! length), without the database, each beside ring's ChaCha20-Poly1305 over the same
//! plaintext bytes:
//! - seal + sign (`share_send`: pad, HPKE X-Wing seal, Ed25519 signature), against a
//!   bare AEAD seal;
//! - verify + open (`share_receive`: take apart, verify, HPKE open), against a bare
//!   AEAD open.
//!
//! Also writes the envelope's size against the plan's plain JSON to
//! `target/criterion/sharing-sizes.json` for `cargo xtask bench`.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop loudly

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use stegvis_core::sharing::bench_support::{full_plan_json, sealed_plaintext, Parties};

/// Items in every section of the full plan.
const PER_SECTION: usize = 30;
/// The envelope's clear header, the AEAD's associated data in both.
const HEADER: [u8; 62] = [7; 62];

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn aead() -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &[9; 32]).unwrap())
}

fn ring_seal(key: &LessSafeKey, plaintext: &[u8]) -> Vec<u8> {
    let mut buf = plaintext.to_vec();
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key([0; 12]),
        Aad::from(&HEADER),
        &mut buf,
    )
    .unwrap();
    buf
}

fn record_sizes(plain: usize, envelope: usize) {
    let dir = target_dir().join("criterion");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("sharing-sizes.json"),
        format!("{{\"plain\": {plain}, \"envelope\": {envelope}}}\n"),
    )
    .unwrap();
    eprintln!(
        "full plan: {plain} bytes of JSON, envelope {envelope} bytes ({:.2}x)",
        envelope as f64 / plain as f64
    );
}

fn envelopes(criterion: &mut Criterion) {
    let json = full_plan_json(PER_SECTION);
    let plaintext = sealed_plaintext(&json);
    let parties = Parties::new().unwrap();
    let key = aead();

    // Both sides agree before anything is timed.
    let envelope = parties.seal_and_sign(json.clone()).unwrap();
    assert_eq!(parties.verify_and_open(&envelope).unwrap(), plaintext);
    let sealed = ring_seal(&key, &plaintext);
    let mut check = sealed.clone();
    assert_eq!(
        key.open_in_place(
            Nonce::assume_unique_for_key([0; 12]),
            Aad::from(&HEADER),
            &mut check
        )
        .unwrap(),
        &plaintext[..]
    );
    record_sizes(json.len(), envelope.len());

    let mut group = criterion.benchmark_group("share_seal_full_plan");
    group.bench_function("ring_chacha20_poly1305_seal", |b| {
        b.iter(|| ring_seal(&key, std::hint::black_box(&plaintext)))
    });
    group.bench_function("seal_and_sign", |b| {
        b.iter(|| {
            parties
                .seal_and_sign(std::hint::black_box(json.clone()))
                .unwrap()
        })
    });
    group.finish();

    let mut group = criterion.benchmark_group("share_open_full_plan");
    group.bench_function("ring_chacha20_poly1305_open", |b| {
        b.iter(|| {
            let mut buf = std::hint::black_box(&sealed).clone();
            key.open_in_place(
                Nonce::assume_unique_for_key([0; 12]),
                Aad::from(&HEADER),
                &mut buf,
            )
            .unwrap()
            .len()
        })
    });
    group.bench_function("verify_and_open", |b| {
        b.iter(|| {
            parties
                .verify_and_open(std::hint::black_box(&envelope))
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, envelopes);
criterion_main!(benches);
