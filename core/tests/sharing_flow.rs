//! Sharing end to end through the core: two data folders pair, the participant grants
//! two sections, sends, the supporter receives exactly those; a change and a
//! withdrawal follow, and both audit logs tell each step.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use chrono::Duration;
use common::{monday_morning, open, TestClock};
use stegvis_core::{
    AuditEvent, Companion, ConflictReason, ContactKind, PlanEdit, PlanItem, PlanSection,
    ReceivedKind, StegvisError,
};

struct Pair {
    _dir: tempfile::TempDir,
    participant: Arc<Companion>,
    supporter: Arc<Companion>,
    clock: Arc<TestClock>,
    /// The supporter, as the participant knows them.
    kari: String,
    /// The participant, as the supporter knows them.
    ola: String,
}

fn item(text: &str) -> PlanItem {
    PlanItem {
        text: text.to_owned(),
        ..PlanItem::default()
    }
}

fn paired() -> Pair {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let participant = open(&dir.path().join("ola"), clock.clone()).unwrap();
    let supporter = open(&dir.path().join("kari"), clock.clone()).unwrap();
    participant
        .edit_plan(vec![
            PlanEdit::AddItem {
                section: PlanSection::Triggers,
                item: item("Too many late nights"),
            },
            PlanEdit::AddItem {
                section: PlanSection::SupporterActions,
                item: PlanItem {
                    text: "Ask me how I slept".to_owned(),
                    supporter: Some("Kari".to_owned()),
                    ..PlanItem::default()
                },
            },
            PlanEdit::AddItem {
                section: PlanSection::SupporterActions,
                item: PlanItem {
                    text: "Take me for a walk".to_owned(),
                    supporter: Some("Per".to_owned()),
                    ..PlanItem::default()
                },
            },
            PlanEdit::AddItem {
                section: PlanSection::Contacts,
                item: PlanItem {
                    text: "Clinic".to_owned(),
                    reach: Some("Weekdays, phone 22 00 00 00".to_owned()),
                    contact_kind: Some(ContactKind::Clinic),
                    ..PlanItem::default()
                },
            },
        ])
        .unwrap();
    let ola_code = participant.share_pair_code().unwrap();
    let kari_code = supporter.share_pair_code().unwrap();
    let kari = participant
        .share_pair(kari_code.text.clone(), Some("Kari".to_owned()))
        .unwrap();
    // The digits the participant compares are the ones the supporter's phone shows.
    assert_eq!(
        kari.fingerprint,
        supporter.share_identity().unwrap().fingerprint
    );
    assert!(kari.compare_text.contains(&kari.fingerprint));
    let ola = supporter
        .share_pair(ola_code.text.clone(), Some("Ola".to_owned()))
        .unwrap();
    assert_eq!(ola.fingerprint, ola_code.identity.fingerprint);
    // Kari compared Ola's digits too: her phone takes in only what a confirmed person sends.
    supporter.share_confirm(ola.contact_id.clone()).unwrap();
    Pair {
        _dir: dir,
        participant,
        supporter,
        clock,
        kari: kari.contact_id,
        ola: ola.contact_id,
    }
}

#[test]
fn only_the_granted_sections_reach_the_supporter_and_a_withdrawal_removes_them() {
    let p = paired();
    // Nothing is shared before the digits were confirmed.
    assert_eq!(
        p.participant
            .share_grant(p.kari.clone(), vec![PlanSection::SupporterActions], None)
            .unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::NotConfirmed
        }
    );
    let confirmed = p.participant.share_confirm(p.kari.clone()).unwrap();
    assert!(confirmed.confirmed);
    let consent = p
        .participant
        .share_grant(
            p.kari.clone(),
            vec![PlanSection::Contacts, PlanSection::SupporterActions],
            Some("2027-02-23".to_owned()),
        )
        .unwrap();
    assert_eq!(
        consent.sections,
        vec![PlanSection::SupporterActions, PlanSection::Contacts]
    );
    assert!(consent.text.contains("Kari"), "{}", consent.text);
    let envelope = p.participant.share_send(p.kari.clone()).unwrap();
    let received = p.supporter.share_receive(envelope.clone()).unwrap();
    assert_eq!(received.kind, ReceivedKind::Plan);
    assert_eq!(received.from_name, "Ola");

    let plans = p.supporter.supporter_plans().unwrap();
    assert_eq!(plans.len(), 1);
    let plan = &plans[0];
    assert_eq!(
        plan.sections,
        vec![PlanSection::SupporterActions, PlanSection::Contacts]
    );
    assert!(plan.watch_for.is_empty());
    assert!(plan.other_sections.is_empty(), "triggers were not shared");
    // Kari's own step first, marked for her.
    assert_eq!(plan.what_to_do[0].text, "Ask me how I slept");
    assert_eq!(plan.what_to_do[0].detail.as_deref(), Some("For you"));
    assert_eq!(plan.what_to_do[1].text, "Take me for a walk");
    assert_eq!(plan.contacts[0].phone.as_deref(), Some("22000000"));
    assert!(
        plan.expires_label.contains("23 February"),
        "{}",
        plan.expires_label
    );

    // The same envelope again is refused and changes nothing.
    assert_eq!(
        p.supporter.share_receive(envelope).unwrap_err(),
        StegvisError::EnvelopeRejected
    );

    // Withdrawing ends the consent at once; the notice deletes the copy.
    p.clock.advance(Duration::hours(1));
    let notice = p.participant.share_withdraw(p.kari.clone()).unwrap();
    let view = p.participant.sharing().unwrap();
    assert!(view.contacts[0].consent.is_none());
    assert!(!view.consents[0].is_current);
    let gone = p.supporter.share_receive(notice).unwrap();
    assert_eq!(gone.kind, ReceivedKind::Withdrawal);
    assert!(p.supporter.supporter_plans().unwrap().is_empty());

    let events = |c: &Companion| -> Vec<AuditEvent> {
        let mut e: Vec<AuditEvent> = c
            .share_audit_log()
            .unwrap()
            .iter()
            .map(|e| e.event)
            .collect();
        e.reverse();
        e
    };
    assert_eq!(
        events(&p.participant),
        vec![
            AuditEvent::Paired,
            AuditEvent::Confirmed,
            AuditEvent::Granted,
            AuditEvent::EnvelopeCreated,
            AuditEvent::Withdrawn,
            AuditEvent::WithdrawalCreated,
        ]
    );
    assert_eq!(
        events(&p.supporter),
        vec![
            AuditEvent::Paired,
            AuditEvent::Confirmed,
            AuditEvent::EnvelopeImported,
            AuditEvent::WithdrawalImported,
        ]
    );
    // No plan content in either log.
    for c in [&p.participant, &p.supporter] {
        for entry in c.share_audit_log().unwrap() {
            assert!(!entry.text.contains("slept"), "{}", entry.text);
            assert!(!entry.text.contains("22 00"), "{}", entry.text);
        }
    }
    let _ = &p.ola;
}

#[test]
fn a_copy_stops_opening_at_its_end_even_without_a_withdrawal() {
    let p = paired();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    p.participant
        .share_grant(
            p.kari.clone(),
            vec![PlanSection::Triggers],
            Some("2026-11-30".to_owned()),
        )
        .unwrap();
    let envelope = p.participant.share_send(p.kari.clone()).unwrap();
    p.supporter.share_receive(envelope).unwrap();
    assert_eq!(p.supporter.supporter_plans().unwrap().len(), 1);
    // Midnight after 30 November in Oslo.
    p.clock.advance(Duration::days(7) + Duration::hours(15));
    assert!(p.supporter.supporter_plans().unwrap().is_empty());
}

#[test]
fn a_readable_export_holds_neither_the_sharing_keys_nor_someone_elses_plan() {
    let p = paired();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    p.participant
        .share_grant(p.kari.clone(), vec![PlanSection::SupporterActions], None)
        .unwrap();
    let envelope = p.participant.share_send(p.kari.clone()).unwrap();
    p.supporter.share_receive(envelope).unwrap();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("readable");
    p.supporter
        .export_readable(dir.display().to_string())
        .unwrap();
    let mut all = String::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        all.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    assert!(
        all.contains("Ola"),
        "the supporter's own contact is theirs to read"
    );
    for secret in ["signing_pkcs8", "receiving_secret", "Ask me how I slept"] {
        assert!(!all.contains(secret), "{secret} in the readable export");
    }
}

#[test]
fn a_new_phone_restored_from_an_export_goes_on_sharing_with_the_same_keys() {
    let p = paired();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    p.participant
        .share_grant(p.kari.clone(), vec![PlanSection::Triggers], None)
        .unwrap();
    p.supporter
        .share_receive(p.participant.share_send(p.kari.clone()).unwrap())
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("ola.stegvis");
    p.participant
        .export_encrypted_with(
            file.display().to_string(),
            "correct horse battery".to_owned(),
            stegvis_core::KdfParams {
                memory_kib: 256,
                passes: 1,
                lanes: 1,
            },
        )
        .unwrap();
    // Sent after the export: the restored phone's counter is older than Kari's.
    p.supporter
        .share_receive(p.participant.share_send(p.kari.clone()).unwrap())
        .unwrap();
    p.clock.advance(Duration::minutes(1));
    let new_dir = out.path().join("new-phone");
    let restored = Companion::import_export_with_clock(
        common::config(&new_dir, stegvis_core::Lang::En),
        common::key_file(&new_dir),
        p.clock.clone(),
        file.display().to_string(),
        "correct horse battery".to_owned(),
    )
    .unwrap();
    assert_eq!(
        restored.share_identity().unwrap(),
        p.participant.share_identity().unwrap()
    );
    // The counter came along, and never falls below the clock: the supporter takes
    // the restored phone's next envelope, and its withdrawal, as newer.
    let next = restored.share_send(p.kari.clone()).unwrap();
    assert_eq!(
        p.supporter.share_receive(next).unwrap().kind,
        ReceivedKind::Plan
    );
    let stop = restored.share_withdraw(p.kari.clone()).unwrap();
    assert_eq!(
        p.supporter.share_receive(stop).unwrap().kind,
        ReceivedKind::Withdrawal
    );
}

#[test]
fn a_supporters_reminders_and_today_hold_nothing_of_the_shared_plan() {
    let p = paired();
    let reminders_before = p.supporter.reminder_plan().unwrap();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    p.participant
        .share_grant(
            p.kari.clone(),
            PlanSection::ALL.to_vec(),
            Some("2026-12-24".to_owned()),
        )
        .unwrap();
    p.supporter
        .share_receive(p.participant.share_send(p.kari.clone()).unwrap())
        .unwrap();
    assert_eq!(p.supporter.reminder_plan().unwrap(), reminders_before);
    let today = format!("{:?}", p.supporter.today().unwrap());
    for words in ["late nights", "slept", "walk", "Clinic"] {
        assert!(!today.contains(words), "{words} on the supporter's today");
    }
}

#[test]
fn a_supporter_takes_in_nothing_from_someone_whose_digits_they_did_not_confirm() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::at(monday_morning());
    let ola = open(&dir.path().join("ola"), clock.clone()).unwrap();
    let per = open(&dir.path().join("per"), clock.clone()).unwrap();
    let per_at_ola = ola
        .share_pair(per.share_pair_code().unwrap().text, Some("Per".to_owned()))
        .unwrap()
        .contact_id;
    let ola_at_per = per
        .share_pair(ola.share_pair_code().unwrap().text, Some("Ola".to_owned()))
        .unwrap()
        .contact_id;
    ola.share_confirm(per_at_ola.clone()).unwrap();
    let envelope = ola
        .share_grant_and_send(per_at_ola, vec![PlanSection::Triggers], None)
        .unwrap()
        .envelope;
    assert_eq!(
        per.share_receive_explained(&envelope).unwrap_err(),
        stegvis_core::sharing::receive::ReceiveFailure::Rejected(
            stegvis_core::sharing::Rejection::UnknownSender
        )
    );
    assert!(per.supporter_plans().unwrap().is_empty());
    per.share_confirm(ola_at_per).unwrap();
    assert_eq!(
        per.share_receive(envelope).unwrap().kind,
        ReceivedKind::Plan
    );
}

#[test]
fn a_lost_withdrawal_notice_can_be_made_again_and_still_removes_the_copy() {
    let p = paired();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    let sent = p
        .participant
        .share_grant_and_send(p.kari.clone(), vec![PlanSection::Triggers], None)
        .unwrap();
    assert!(sent.consent.is_current);
    p.supporter.share_receive(sent.envelope).unwrap();
    let _lost = p.participant.share_withdraw(p.kari.clone()).unwrap();
    p.clock.advance(Duration::minutes(5));
    let again = p.participant.share_withdraw(p.kari.clone()).unwrap();
    assert_eq!(
        p.supporter.share_receive(again).unwrap().kind,
        ReceivedKind::Withdrawal
    );
    assert!(p.supporter.supporter_plans().unwrap().is_empty());
    // Withdrawn once in the log; the notice made twice.
    let log: Vec<AuditEvent> = p
        .participant
        .share_audit_log()
        .unwrap()
        .iter()
        .map(|e| e.event)
        .collect();
    assert_eq!(
        log.iter().filter(|e| **e == AuditEvent::Withdrawn).count(),
        1
    );
    assert_eq!(
        log.iter()
            .filter(|e| **e == AuditEvent::WithdrawalCreated)
            .count(),
        2
    );
    // Someone never shared with has nothing to withdraw.
    let p2 = paired();
    assert_eq!(
        p2.participant.share_withdraw(p2.kari.clone()).unwrap_err(),
        StegvisError::Conflict {
            reason: ConflictReason::NoConsent
        }
    );
}

#[test]
fn the_words_shown_for_a_change_are_the_words_kept() {
    let p = paired();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    p.participant
        .share_grant(p.kari.clone(), vec![PlanSection::Triggers], None)
        .unwrap();
    p.clock.advance(Duration::days(3));
    let shown = p
        .participant
        .share_consent_text(
            p.kari.clone(),
            vec![PlanSection::Triggers, PlanSection::Contacts],
            Some("2027-01-31".to_owned()),
        )
        .unwrap();
    let kept = p
        .participant
        .share_grant(
            p.kari.clone(),
            vec![PlanSection::Triggers, PlanSection::Contacts],
            Some("2027-01-31".to_owned()),
        )
        .unwrap();
    assert_eq!(kept.text, shown);
    assert!(shown.contains("23 November"), "{shown}");
    assert_eq!(kept.history.len(), 2);
}

#[test]
fn an_end_date_after_the_shipped_zone_data_is_refused() {
    let p = paired();
    p.participant.share_confirm(p.kari.clone()).unwrap();
    assert_eq!(
        p.participant
            .share_grant(
                p.kari.clone(),
                vec![PlanSection::Triggers],
                Some("2080-01-01".to_owned())
            )
            .unwrap_err(),
        StegvisError::InvalidInput {
            field: stegvis_core::Field::EndDate,
            reason: stegvis_core::InvalidReason::InFuture
        }
    );
}
