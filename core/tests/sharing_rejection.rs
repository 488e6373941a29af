//! Issue 11: every envelope the importer refuses is refused for the right private
//! reason, surfaces as the one generic `EnvelopeRejected`, and leaves the supporter's
//! database exactly as it was (a dump of every row of every table, before and after).
//! Import is all or nothing: a write that fails half way leaves nothing behind, and
//! the same envelope goes in once the folder can be written again.
#![allow(clippy::unwrap_used, clippy::panic, clippy::unreachable)] // a failed check is a failed test

mod common;
#[path = "common/sharing.rs"]
mod sharing_common;

use std::sync::Arc;

use chrono::Duration;
use common::{monday_morning, open, TestClock};
use sharing_common::{grant, layout, pair, pair_one_way, write_plan, Dumper, Install};
use stegvis_core::crypto::SigningKey;
use stegvis_core::sharing::envelope::MAX_LEN;
use stegvis_core::sharing::receive::ReceiveFailure;
use stegvis_core::sharing::Rejection;
use stegvis_core::{PlanSection, ReceivedKind, StegvisError};

/// Ola (the participant) and Kari (the supporter), paired both ways and confirmed;
/// Ola shares two sections until the end of December.
struct World {
    root: tempfile::TempDir,
    clock: Arc<TestClock>,
    ola: Install,
    kari: Install,
    /// Kari, as Ola knows her.
    kari_at_ola: String,
}

fn world() -> World {
    world_until(Some("2026-12-31"))
}

fn world_until(until: Option<&str>) -> World {
    let root = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let ola = Install::open(root.path(), "ola", clock.clone());
    let kari = Install::open(root.path(), "kari", clock.clone());
    write_plan(&ola.companion);
    let (kari_at_ola, _) = pair(&ola.companion, &kari.companion);
    grant(
        &ola.companion,
        &kari_at_ola,
        vec![PlanSection::SupporterActions, PlanSection::Contacts],
        until,
    );
    World {
        root,
        clock,
        ola,
        kari,
        kari_at_ola,
    }
}

impl World {
    fn send(&self) -> Vec<u8> {
        self.ola
            .companion
            .share_send(self.kari_at_ola.clone())
            .unwrap()
    }

    fn dumper(&self) -> Dumper {
        Dumper::new(&self.kari.dir)
    }

    /// Kari refuses `bytes` for `reason`, publicly as `EnvelopeRejected`, and her
    /// database still dumps as `before`.
    fn refused(&self, bytes: &[u8], reason: Rejection, dumper: &Dumper, before: &[String]) {
        let kari = &self.kari.companion;
        match kari.share_receive_explained(bytes) {
            Err(ReceiveFailure::Rejected(r)) => assert_eq!(r, reason, "{} bytes", bytes.len()),
            other => panic!("expected a refusal for {reason:?}, got {other:?}"),
        }
        assert_eq!(
            kari.share_receive(bytes.to_vec()).unwrap_err(),
            StegvisError::EnvelopeRejected
        );
        let after = dumper.dump();
        if after != before {
            let gone: Vec<_> = before.iter().filter(|l| !after.contains(l)).collect();
            let new: Vec<_> = after.iter().filter(|l| !before.contains(l)).collect();
            panic!("a refusal changed the database: gone {gone:#?}, new {new:#?}");
        }
    }
}

/// The private reason a byte flipped at `at` must be refused for: the clear header
/// says who and which version before anything is verified; every other byte is
/// covered by the signature, and the length by the exact-shape check.
fn reason_for_flip(at: usize, len: usize) -> Rejection {
    use layout::*;
    match at {
        VERSION | KIND => Rejection::UnknownVersion,
        a if a < RECIPIENT => Rejection::UnknownSender,
        a if a < COUNTERS => Rejection::NotForThisInstall,
        a if (CT_LEN..CIPHERTEXT).contains(&a) => Rejection::Malformed,
        a if a < len => Rejection::BadSignature,
        _ => unreachable!(),
    }
}

#[test]
fn every_byte_flipped_in_turn_is_refused_and_changes_nothing() {
    let w = world();
    let envelope = w.send();
    let dumper = w.dumper();
    let before = dumper.dump();
    assert!(envelope.len() > 2_000, "{}", envelope.len());
    for at in 0..envelope.len() {
        let mut bad = envelope.clone();
        bad[at] ^= 0xFF;
        w.refused(&bad, reason_for_flip(at, envelope.len()), &dumper, &before);
    }
    // A single low bit, in each part, is enough too.
    for at in [
        layout::VERSION,
        layout::SENDER,
        layout::RECIPIENT,
        layout::COUNTERS,
        layout::ENC + 7,
        layout::CT_LEN + 3,
        layout::CIPHERTEXT + 100,
        envelope.len() - 1,
    ] {
        let mut bad = envelope.clone();
        bad[at] ^= 0x01;
        w.refused(&bad, reason_for_flip(at, envelope.len()), &dumper, &before);
    }
    // The untouched envelope still goes in: the refusals did not burn its sequence.
    let got = w.kari.companion.share_receive(envelope).unwrap();
    assert_eq!(got.kind, ReceivedKind::Plan);
    assert_eq!(w.kari.companion.supporter_plans().unwrap().len(), 1);
}

#[test]
fn a_cut_off_envelope_or_one_with_bytes_after_it_is_refused() {
    let w = world();
    let envelope = w.send();
    let dumper = w.dumper();
    let before = dumper.dump();
    let len = envelope.len();
    for cut in [
        0,
        1,
        2,
        layout::COUNTERS,
        layout::ENC - 1,
        layout::ENC,
        layout::CT_LEN + 2,
        layout::CIPHERTEXT,
        len / 2,
        len - layout::SIGNATURE_LEN - 1,
        len - layout::SIGNATURE_LEN,
        len - 1,
    ] {
        w.refused(&envelope[..cut], Rejection::Malformed, &dumper, &before);
    }
    for extra in [vec![0u8], vec![0xFF; 64], envelope.clone()] {
        let mut long = envelope.clone();
        long.extend_from_slice(&extra);
        w.refused(&long, Rejection::Malformed, &dumper, &before);
    }
    w.kari.companion.share_receive(envelope).unwrap();
}

#[test]
fn an_unknown_format_version_or_kind_is_refused() {
    let w = world();
    let envelope = w.send();
    let dumper = w.dumper();
    let before = dumper.dump();
    for version in [0u8, 2, 0x7F, 0xFF] {
        let mut other = envelope.clone();
        other[layout::VERSION] = version;
        w.refused(&other, Rejection::UnknownVersion, &dumper, &before);
    }
    for kind in [0u8, 3, 0xFF] {
        let mut other = envelope.clone();
        other[layout::KIND] = kind;
        w.refused(&other, Rejection::UnknownVersion, &dumper, &before);
    }
    // A withdrawal is kind 2: turning the plan into one breaks the signature.
    let mut other = envelope.clone();
    other[layout::KIND] = 2;
    w.refused(&other, Rejection::BadSignature, &dumper, &before);
}

#[test]
fn an_oversize_envelope_is_refused_before_it_is_read() {
    let w = world();
    let envelope = w.send();
    let dumper = w.dumper();
    let before = dumper.dump();
    let mut big = envelope.clone();
    big.resize(MAX_LEN + 1, 0);
    w.refused(&big, Rejection::TooLarge, &dumper, &before);
    // Ten times the limit, and garbage that large: the size alone decides.
    w.refused(
        &vec![0xA5; 10 * MAX_LEN],
        Rejection::TooLarge,
        &dumper,
        &before,
    );
    // Exactly at the limit is looked at, and refused for its trailing bytes.
    big.truncate(MAX_LEN);
    w.refused(&big, Rejection::Malformed, &dumper, &before);
}

#[test]
fn an_older_sequence_or_the_same_envelope_again_is_refused() {
    let w = world();
    let first = w.send();
    w.clock.advance(Duration::minutes(5));
    let second = w.send();
    let kari = &w.kari.companion;
    kari.share_receive(second.clone()).unwrap();
    let dumper = w.dumper();
    let before = dumper.dump();
    w.refused(&first, Rejection::Replayed, &dumper, &before);
    w.refused(&second, Rejection::Replayed, &dumper, &before);
}

#[test]
fn an_envelope_for_another_install_is_refused() {
    let w = world();
    // Per is a third install Ola also shares with.
    let per = Install::open(w.root.path(), "per", w.clock.clone());
    let (per_at_ola, _) = pair(&w.ola.companion, &per.companion);
    grant(
        &w.ola.companion,
        &per_at_ola,
        vec![PlanSection::Triggers],
        None,
    );
    let for_per = w.ola.companion.share_send(per_at_ola).unwrap();
    let dumper = w.dumper();
    let before = dumper.dump();
    w.refused(&for_per, Rejection::NotForThisInstall, &dumper, &before);
    // Per takes it in: it was a good envelope, only not Kari's.
    per.companion.share_receive(for_per).unwrap();
}

#[test]
fn an_envelope_past_its_end_date_is_refused() {
    let w = world_until(Some("2026-11-30"));
    let envelope = w.send();
    // Midnight after 30 November in Oslo, and a minute later.
    w.clock.advance(Duration::days(7) + Duration::hours(15));
    // The first call of a new day runs the store's daily health check and records
    // its day; that is the store's housekeeping, not the envelope's doing.
    assert!(w.kari.companion.supporter_plans().unwrap().is_empty());
    let dumper = w.dumper();
    let before = dumper.dump();
    w.refused(&envelope, Rejection::Expired, &dumper, &before);
    w.clock.advance(Duration::minutes(1));
    w.refused(&envelope, Rejection::Expired, &dumper, &before);
}

#[test]
fn the_last_minute_before_the_end_date_still_goes_in() {
    let w = world_until(Some("2026-11-30"));
    let envelope = w.send();
    w.clock
        .advance(Duration::days(7) + Duration::hours(15) - Duration::minutes(1));
    w.kari.companion.share_receive(envelope).unwrap();
}

#[test]
fn an_envelope_signed_by_a_key_never_paired_is_refused() {
    let w = world();
    // Eve imported Kari's code, so she can seal to Kari; Kari never imported Eve's.
    let eve = Install::open(w.root.path(), "eve", w.clock.clone());
    write_plan(&eve.companion);
    let kari_at_eve = pair_one_way(&eve.companion, &w.kari.companion);
    grant(
        &eve.companion,
        &kari_at_eve,
        vec![PlanSection::Triggers],
        None,
    );
    let from_eve = eve.companion.share_send(kari_at_eve).unwrap();
    let dumper = w.dumper();
    let before = dumper.dump();
    w.refused(&from_eve, Rejection::UnknownSender, &dumper, &before);

    // Ola's envelope signed again with a key nobody paired: Ola's name on it is not
    // enough.
    let envelope = w.send();
    let signed = envelope.len() - layout::SIGNATURE_LEN;
    let stranger = SigningKey::generate().unwrap();
    let mut forged = envelope[..signed].to_vec();
    forged.extend_from_slice(&stranger.sign(&forged));
    w.refused(&forged, Rejection::BadSignature, &dumper, &before);
    // Eve's header with Ola's name as sender: the signature is Eve's.
    let mut posing = from_eve.clone();
    posing[layout::SENDER..layout::RECIPIENT]
        .copy_from_slice(&envelope[layout::SENDER..layout::RECIPIENT]);
    w.refused(&posing, Rejection::BadSignature, &dumper, &before);
}

#[test]
fn a_withdrawal_replayed_after_a_newer_plan_is_refused() {
    let w = world();
    let kari = &w.kari.companion;
    kari.share_receive(w.send()).unwrap();
    w.clock.advance(Duration::hours(1));
    let withdrawal = w
        .ola
        .companion
        .share_withdraw(w.kari_at_ola.clone())
        .unwrap();
    // Ola changes her mind before the withdrawal was delivered, and shares again.
    w.clock.advance(Duration::hours(1));
    w.ola
        .companion
        .share_grant(
            w.kari_at_ola.clone(),
            vec![PlanSection::SupporterActions],
            None,
        )
        .unwrap();
    kari.share_receive(w.send()).unwrap();
    let dumper = w.dumper();
    let before = dumper.dump();
    w.refused(&withdrawal, Rejection::Replayed, &dumper, &before);
    let plans = kari.supporter_plans().unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].sections, vec![PlanSection::SupporterActions]);
}

#[test]
fn a_withdrawal_for_a_copy_already_removed_still_goes_in_once() {
    let w = world();
    let kari = &w.kari.companion;
    let got = kari.share_receive(w.send()).unwrap();
    kari.remove_shared_copy(got.contact_id).unwrap();
    let withdrawal = w
        .ola
        .companion
        .share_withdraw(w.kari_at_ola.clone())
        .unwrap();
    assert_eq!(
        kari.share_receive(withdrawal.clone()).unwrap().kind,
        ReceivedKind::Withdrawal
    );
    let dumper = w.dumper();
    let before = dumper.dump();
    w.refused(&withdrawal, Rejection::Replayed, &dumper, &before);
}

#[test]
fn an_install_with_no_sharing_keys_refuses_everything() {
    let w = world();
    let envelope = w.send();
    let fresh = Install::open(w.root.path(), "fresh", w.clock.clone());
    let dumper = Dumper::new(&fresh.dir);
    let before = dumper.dump();
    match fresh.companion.share_receive_explained(&envelope) {
        Err(ReceiveFailure::Rejected(Rejection::NotForThisInstall)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(
        fresh.companion.share_receive(envelope).unwrap_err(),
        StegvisError::EnvelopeRejected
    );
    assert!(dumper.dump() == before);
}

/// A write that fails after the copy was written (here: the audit entry, the last
/// row of the import, cannot be inserted) leaves nothing of the import behind, and
/// the same envelope goes in once the write can succeed.
#[test]
fn an_import_that_fails_half_way_leaves_nothing_and_a_retry_works() {
    let w = world();
    let envelope = w.send();
    let dumper = w.dumper();
    let trap = "CREATE TRIGGER test_no_audit BEFORE INSERT ON share_audit \
                BEGIN SELECT RAISE(ABORT, 'test'); END;";
    let side = rusqlite::Connection::open(stegvis_core::store::database_path(&w.kari.dir)).unwrap();
    let before = dumper.dump();
    side.execute_batch(trap).unwrap();
    let kari = &w.kari.companion;
    match kari.share_receive_explained(&envelope) {
        Err(ReceiveFailure::Store(_)) => {}
        other => panic!("expected a failed write, got {other:?}"),
    }
    let public = kari.share_receive(envelope.clone()).unwrap_err();
    assert_ne!(
        public,
        StegvisError::EnvelopeRejected,
        "not the envelope's fault"
    );
    side.execute_batch("DROP TRIGGER test_no_audit").unwrap();
    assert!(
        dumper.dump() == before,
        "a failed import left something behind"
    );
    assert!(kari.supporter_plans().unwrap().is_empty());

    assert_eq!(
        kari.share_receive(envelope).unwrap().kind,
        ReceivedKind::Plan
    );
    assert_eq!(kari.supporter_plans().unwrap().len(), 1);
}

/// A valid envelope received while the folder is read-only changes nothing, says
/// why (not "rejected": the envelope is fine), and goes in once the folder can be
/// written again.
#[cfg(unix)]
#[test]
fn a_valid_envelope_into_a_read_only_folder_changes_nothing_and_goes_in_later() {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    let w = world();
    let envelope = w.send();
    let World {
        root,
        clock,
        ola,
        kari,
        kari_at_ola,
    } = w;
    let dir = kari.dir.clone();
    drop(kari);
    let dumper = Dumper::new(&dir);
    let before = dumper.dump();
    drop(dumper);
    let files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for file in &files {
        fs::set_permissions(file, fs::Permissions::from_mode(0o400)).unwrap();
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    let result = std::panic::catch_unwind(|| {
        let kari = open(&dir, clock.clone()).unwrap();
        assert_eq!(
            kari.share_receive(envelope.clone()).unwrap_err(),
            StegvisError::ReadOnly
        );
        assert!(kari.supporter_plans().unwrap().is_empty());
    });
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    for file in &files {
        fs::set_permissions(file, fs::Permissions::from_mode(0o600)).unwrap();
    }
    result.unwrap();
    assert!(Dumper::new(&dir).dump() == before);

    let kari = open(&dir, clock).unwrap();
    assert_eq!(
        kari.share_receive(envelope).unwrap().kind,
        ReceivedKind::Plan
    );
    assert_eq!(kari.supporter_plans().unwrap().len(), 1);
    let _ = (root, ola, kari_at_ola);
}
