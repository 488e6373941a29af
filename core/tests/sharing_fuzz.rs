//! Fuzzing the envelope importer with proptest (a fuzz target that runs in CI on
//! stable; cargo-fuzz would need nightly): arbitrary bytes, arbitrary bytes behind a
//! real header (so they reach the signature check), and flips, inserts, deletions and
//! splices of real envelopes. Whatever comes in, the importer never panics, never
//! accepts anything but an untouched envelope, answers with the one generic
//! `EnvelopeRejected`, and the supporter's database dumps the same after every case.
//!
//! CI runs 256 cases per property; `STEGVIS_LONG=1` runs 20,000.
#![allow(clippy::unwrap_used)]

mod common;
#[path = "common/sharing.rs"]
mod sharing_common;

use std::sync::{Arc, Mutex, OnceLock};

use common::{monday_morning, TestClock};
use proptest::prelude::*;
use sharing_common::{grant, layout, pair, write_plan, Dumper, Install};
use stegvis_core::sharing::receive::ReceiveFailure;
use stegvis_core::{PlanSection, StegvisError};

fn cases() -> u32 {
    match std::env::var("STEGVIS_LONG").as_deref() {
        Ok("1") => 20_000,
        _ => 256,
    }
}

/// Kari, who has taken nothing in yet, and three real envelopes addressed to her:
/// two plans (sequences 1 and 2) and a withdrawal (3).
struct Target {
    _root: tempfile::TempDir,
    _ola: Install,
    kari: Install,
    envelopes: [Vec<u8>; 3],
    dumper: Mutex<Dumper>,
    before: Vec<String>,
}

fn target() -> &'static Target {
    static TARGET: OnceLock<Target> = OnceLock::new();
    TARGET.get_or_init(|| {
        let root = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
        let clock: Arc<TestClock> = TestClock::at(monday_morning());
        let ola = Install::open(root.path(), "ola", clock.clone());
        let kari = Install::open(root.path(), "kari", clock.clone());
        write_plan(&ola.companion);
        let (kari_at_ola, _) = pair(&ola.companion, &kari.companion);
        grant(
            &ola.companion,
            &kari_at_ola,
            vec![PlanSection::Triggers, PlanSection::Contacts],
            Some("2026-12-31"),
        );
        let first = ola.companion.share_send(kari_at_ola.clone()).unwrap();
        let second = ola.companion.share_send(kari_at_ola.clone()).unwrap();
        let withdrawal = ola.companion.share_withdraw(kari_at_ola).unwrap();
        let dumper = Dumper::new(&kari.dir);
        let before = dumper.dump();
        Target {
            _root: root,
            _ola: ola,
            kari,
            envelopes: [first, second, withdrawal],
            dumper: Mutex::new(dumper),
            before,
        }
    })
}

/// `bytes` is refused, publicly as `EnvelopeRejected`, and nothing was written.
fn refused(bytes: &[u8]) -> Result<(), TestCaseError> {
    let t = target();
    let kari = &t.kari.companion;
    match kari.share_receive_explained(bytes) {
        Err(ReceiveFailure::Rejected(_)) => {}
        other => {
            return Err(TestCaseError::fail(format!(
                "{} bytes not refused: {other:?}",
                bytes.len()
            )))
        }
    }
    prop_assert_eq!(
        kari.share_receive(bytes.to_vec()).unwrap_err(),
        StegvisError::EnvelopeRejected
    );
    let after = t.dumper.lock().unwrap().dump();
    prop_assert!(after == t.before, "a refusal changed the database");
    Ok(())
}

/// A mutated envelope that came out identical to a real one proves nothing.
fn is_real(bytes: &[u8]) -> bool {
    target().envelopes.iter().any(|e| e == bytes)
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip {
        at: usize,
        mask: u8,
    },
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// The start of one real envelope up to `cut`, then another from `from`.
    Splice {
        other: usize,
        cut: usize,
        from: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, mask)| Mutation::Flip { at, mask }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 1usize..256).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (0usize..3, any::<usize>(), any::<usize>())
            .prop_map(|(other, cut, from)| Mutation::Splice { other, cut, from }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match m {
        Mutation::Flip { at, mask } => {
            if !bytes.is_empty() {
                bytes[at % n] ^= mask;
            }
        }
        Mutation::Insert { at, bytes: new } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            if at < end {
                bytes.drain(at..end);
            }
        }
        Mutation::Splice { other, cut, from } => {
            let other = &target().envelopes[*other];
            let cut = cut % (bytes.len() + 1);
            let from = from % (other.len() + 1);
            bytes.truncate(cut);
            bytes.extend_from_slice(&other[from..]);
        }
    }
}

#[test]
fn the_untouched_envelopes_are_good_ones() {
    // What the properties mutate would go in: the refusals are about the damage.
    let t = target();
    assert_eq!(t.envelopes[0].len(), t.envelopes[1].len());
    assert!(t.envelopes[0].len() > layout::CIPHERTEXT + layout::SIGNATURE_LEN);
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    // A copy of Kari's folder (and key) takes all three in, in order.
    let copy = dir.path().join("kari");
    std::fs::create_dir_all(&copy).unwrap();
    {
        let _hold = t.dumper.lock().unwrap();
        let conn =
            rusqlite::Connection::open(stegvis_core::store::database_path(&t.kari.dir)).unwrap();
        conn.execute(
            "VACUUM INTO ?1",
            [stegvis_core::store::database_path(&copy)
                .display()
                .to_string()],
        )
        .unwrap();
    }
    std::fs::copy(t.kari.dir.with_extension("key"), copy.with_extension("key")).unwrap();
    let kari = common::open(&copy, clock).unwrap();
    for e in &t.envelopes {
        kari.share_receive(e.clone()).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_bytes_are_refused_without_writing(
        bytes in prop::collection::vec(any::<u8>(), 0..4096)
    ) {
        refused(&bytes)?;
    }

    #[test]
    fn arbitrary_bytes_behind_a_real_header_are_refused_without_writing(
        kind in 1u8..=2,
        tail in prop::collection::vec(any::<u8>(), 0..4096),
    ) {
        // Right version, sender and recipient: the bytes reach the signature check.
        let mut bytes = target().envelopes[0][..layout::ENC].to_vec();
        bytes[layout::KIND] = kind;
        bytes.extend_from_slice(&tail);
        refused(&bytes)?;
    }

    #[test]
    fn a_real_envelope_with_bytes_flipped_is_refused(
        flips in prop::collection::vec((any::<usize>(), 1u8..=255), 1..8),
        which in 0usize..3,
    ) {
        let mut bytes = target().envelopes[which].clone();
        for (at, mask) in flips {
            apply(&mut bytes, &Mutation::Flip { at, mask });
        }
        prop_assume!(!is_real(&bytes));
        refused(&bytes)?;
    }

    #[test]
    fn a_real_envelope_with_bytes_inserted_or_deleted_is_refused(
        inserts in prop::collection::vec((any::<usize>(), prop::collection::vec(any::<u8>(), 1..64)), 0..3),
        deletes in prop::collection::vec((any::<usize>(), 1usize..256), 0..3),
        which in 0usize..3,
    ) {
        prop_assume!(!inserts.is_empty() || !deletes.is_empty());
        let mut bytes = target().envelopes[which].clone();
        for (at, new) in inserts {
            apply(&mut bytes, &Mutation::Insert { at, bytes: new });
        }
        for (at, len) in deletes {
            apply(&mut bytes, &Mutation::Delete { at, len });
        }
        prop_assume!(!is_real(&bytes));
        refused(&bytes)?;
    }

    #[test]
    fn spliced_envelopes_are_refused(
        which in 0usize..3,
        other in 0usize..3,
        cut in any::<usize>(),
        from in any::<usize>(),
    ) {
        let mut bytes = target().envelopes[which].clone();
        apply(&mut bytes, &Mutation::Splice { other, cut, from });
        prop_assume!(!is_real(&bytes));
        refused(&bytes)?;
    }

    #[test]
    fn any_mix_of_damage_is_refused(
        mutations in prop::collection::vec(mutation(), 1..5),
        which in 0usize..3,
    ) {
        let mut bytes = target().envelopes[which].clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        prop_assume!(!is_real(&bytes));
        refused(&bytes)?;
    }
}
