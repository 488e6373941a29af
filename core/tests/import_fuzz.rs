//! Fuzzing the importer with proptest: random bytes, random damage to a real export,
//! and random changes to a real export's decrypted payload sealed again properly (what
//! someone who knows the passphrase could craft). Whatever comes in, the importer never
//! panics, answers with a typed error (or, for a payload that is still valid, imports
//! it), and leaves a refused folder empty with no key.
//!
//! CI runs a bounded number of cases; `STEGVIS_LONG=1` runs many more.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use stegvis_core::portable::import::import_into;
use stegvis_core::portable::testing::{decrypt_plaintext, encrypt_plaintext};
use stegvis_core::store::SCHEMA_VERSION;
use stegvis_core::{
    Companion, FileKeyManager, KdfParams, Lang, LifeArea, NewGoal, NewStep, StegvisError,
};

const PASSPHRASE: &str = "fuzzing is patient";
/// Small costs, which the header allows, so each case takes milliseconds.
const FAST: KdfParams = KdfParams {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

fn cases() -> u32 {
    match std::env::var("STEGVIS_LONG").as_deref() {
        Ok("1") => 20_000,
        _ => 256,
    }
}

/// A real export of a small folder (made once), and its decrypted payload.
fn valid() -> &'static (Vec<u8>, Vec<u8>) {
    static VALID: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    VALID.get_or_init(|| {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        let c = Companion::open_with_clock(
            common::config(&dir, Lang::En),
            common::key_file(&dir),
            common::TestClock::at(common::monday_morning()),
        )
        .unwrap();
        let goal = c
            .add_goal(NewGoal {
                text: "Walk \"outside\" most days".to_owned(),
                why: Some("I sleep better".to_owned()),
                area: LifeArea::Health,
            })
            .unwrap();
        c.add_step(
            goal.id,
            NewStep {
                text: "Find my shoes".to_owned(),
                due_date: Some("2026-11-30".to_owned()),
                assignment: None,
                repeat: None,
                remind_at: None,
            },
        )
        .unwrap();
        let file = root.path().join("x.export");
        c.export_encrypted_with(file.display().to_string(), PASSPHRASE.to_owned(), FAST)
            .unwrap();
        let bytes = std::fs::read(&file).unwrap();
        let plain = decrypt_plaintext(&bytes, PASSPHRASE).unwrap();
        (bytes, plain)
    })
}

/// Imports `bytes` into a folder that does not exist yet, and checks the contract.
/// `may_succeed`: the bytes might still be a valid export.
fn check(bytes: &[u8], may_succeed: bool) -> Result<(), TestCaseError> {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("new");
    let key = dir.with_extension("key");
    let keys = Arc::new(FileKeyManager::new(&key));
    match import_into(&dir, keys.as_ref(), bytes, PASSPHRASE) {
        Ok(_) => prop_assert!(may_succeed, "a broken file was imported"),
        Err(e) => {
            prop_assert!(
                matches!(e, StegvisError::Import { .. }),
                "not a typed import error: {e:?}"
            );
            prop_assert!(empty(&dir), "the folder was left with files");
            prop_assert!(!key.exists(), "a key was left behind");
        }
    }
    Ok(())
}

fn empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).map_or(true, |mut d| d.next().is_none())
}

/// One change to a byte string.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Set { at: usize, byte: u8 },
    Cut { at: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Remove { at: usize, len: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Set { at, byte }),
        any::<usize>().prop_map(|at| Mutation::Cut { at }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Remove { at, len }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match m {
        Mutation::Flip { at, bit } => {
            if !bytes.is_empty() {
                bytes[at % n] ^= 1 << bit;
            }
        }
        Mutation::Set { at, byte } => {
            if !bytes.is_empty() {
                bytes[at % n] = *byte;
            }
        }
        Mutation::Cut { at } => bytes.truncate(at % n),
        Mutation::Insert { at, bytes: new } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Remove { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            if at < end {
                bytes.drain(at..end);
            }
        }
    }
}

#[test]
fn the_unchanged_export_imports() {
    let (bytes, _) = valid();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("new");
    let keys = FileKeyManager::new(dir.with_extension("key"));
    assert!(import_into(&dir, &keys, bytes, PASSPHRASE).unwrap() >= 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn random_bytes_are_refused(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        magic in any::<bool>(),
    ) {
        let mut bytes = bytes;
        if magic {
            // Past the first check, so the header parser is exercised too.
            bytes.splice(0..0, b"STEGVISX\x00\x01".iter().copied());
        }
        check(&bytes, false)?;
    }

    #[test]
    fn a_damaged_export_is_refused(mutations in prop::collection::vec(mutation(), 1..4)) {
        let (valid, _) = valid();
        let mut bytes = valid.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check(&bytes, bytes == *valid)?;
    }

    #[test]
    fn a_crafted_payload_under_the_right_passphrase_never_panics(
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let (_, plain) = valid();
        let mut plain = plain.clone();
        for m in &mutations {
            apply(&mut plain, m);
        }
        let file = encrypt_plaintext(&plain, SCHEMA_VERSION, PASSPHRASE, FAST).unwrap();
        // A change inside a text can leave a valid export: then it simply imports.
        check(&file, true)?;
    }
}
