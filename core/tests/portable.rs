//! Owning your data, end to end on real folders: the encrypted export restores on a
//! "new phone" (another folder, another key) with every view the same; every way an
//! import can fail is a typed error that leaves the folder empty; erasing leaves no
//! file; the readable export is readable.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{config, key_file, monday_morning, TestClock};
use stegvis_core::store::SCHEMA_VERSION;
use stegvis_core::{
    fill_demo, Companion, Field, FileKeyManager, GoalFilter, ImportFailure, InvalidReason,
    KdfParams, KeyManager, Lang, LifeArea, NewGoal, StegvisError,
};

const PASSPHRASE: &str = "four calm words here";
const CANARY: &str = "Zq-canary-7731-kvitre";
/// Small Argon2 costs, which the header allows, so the many imports here stay quick.
const FAST: KdfParams = KdfParams {
    memory_kib: 256,
    passes: 1,
    lanes: 1,
};

fn clock() -> Arc<TestClock> {
    TestClock::at(monday_morning())
}

/// A folder with the demo's weeks of data and a goal and a doctor's note holding the
/// canary, its key in a file beside it.
fn filled(root: &Path) -> (PathBuf, Arc<Companion>) {
    let dir = root.join("old-phone");
    fill_demo(config(&dir, Lang::En), key_file(&dir), clock()).unwrap();
    let c = Companion::open_with_clock(config(&dir, Lang::En), key_file(&dir), clock()).unwrap();
    c.add_goal(NewGoal {
        text: format!("Goal {CANARY}"),
        why: Some(format!("Why {CANARY}")),
        area: LifeArea::Health,
    })
    .unwrap();
    let med = c.list_medications(true).unwrap()[0].id.clone();
    c.add_doctor_note(Some(med), format!("Note {CANARY}"))
        .unwrap();
    (dir, c)
}

/// Everything a person can see, as text, to compare two folders.
fn everything(c: &Companion) -> Vec<String> {
    let mut seen = vec![
        format!("{:?}", c.today().unwrap()),
        format!("{:?}", c.list_goals(GoalFilter::All).unwrap()),
        format!("{:?}", c.list_signs(true).unwrap()),
        format!("{:?}", c.plan_view().unwrap()),
        format!("{:?}", c.plan_history().unwrap()),
        format!("{:?}", c.list_medications(true).unwrap()),
        format!("{:?}", c.doctor_notes().unwrap()),
        format!("{:?}", c.checkin_history(8).unwrap()),
        format!("{:?}", c.trend(4).unwrap()),
        format!("{:?}", c.reminder_settings().unwrap()),
        format!("{:?}", c.reminder_plan().unwrap()),
        format!("{:?}", c.adherence(30).unwrap()),
        format!("{:?}", c.unreadable_records().unwrap()),
    ];
    for goal in c.list_goals(GoalFilter::All).unwrap() {
        seen.push(format!("{:?}", c.goal(goal.id).unwrap()));
    }
    for med in c.list_medications(true).unwrap() {
        seen.push(format!("{:?}", c.medication_history(med.id, 30).unwrap()));
    }
    seen
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let utf16: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
        || haystack.windows(utf16.len()).any(|w| w == utf16.as_slice())
}

/// What is in a folder, by name; empty for a folder that does not exist.
fn listing(dir: &Path) -> Vec<String> {
    match fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn import(dir: &Path, file: &Path, passphrase: &str) -> Result<Arc<Companion>, StegvisError> {
    Companion::import_export_with_clock(
        config(dir, Lang::En),
        key_file(dir),
        clock(),
        file.display().to_string(),
        passphrase.to_owned(),
    )
}

fn refused(reason: ImportFailure) -> StegvisError {
    StegvisError::Import { reason }
}

/// The new folder and its key file are as they were before: absent.
fn assert_left_empty(dir: &Path) {
    assert!(listing(dir).is_empty(), "left behind: {:?}", listing(dir));
    assert!(!dir.with_extension("key").exists(), "a key was left behind");
}

#[test]
fn an_export_restores_on_a_new_phone_with_everything_the_same() {
    let root = tempfile::tempdir().unwrap();
    let (old, c) = filled(root.path());
    let out = root.path().join("exports");
    fs::create_dir(&out).unwrap();
    let file = out.join("stegvis.export");
    // The real costs, once: what a phone will do.
    let summary = c
        .export_encrypted(file.display().to_string(), PASSPHRASE.to_owned())
        .unwrap();
    assert_eq!(summary.bytes, fs::metadata(&file).unwrap().len());
    assert!(summary.records > 50, "{summary:?}");
    assert_eq!(summary.unreadable, 0);

    // Nothing readable in the export, and no temporary file left beside it.
    assert_eq!(listing(&out), vec!["stegvis.export".to_owned()]);
    let bytes = fs::read(&file).unwrap();
    assert!(!contains(&bytes, CANARY));
    assert!(!contains(&bytes, "Goal"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    let new = root.path().join("new-phone");
    let restored = import(&new, &file, PASSPHRASE).unwrap();
    assert_eq!(everything(&restored), everything(&c));
    // Sealed again under the new phone's own key.
    assert_ne!(
        fs::read(new.with_extension("key")).unwrap(),
        fs::read(old.with_extension("key")).unwrap()
    );
    assert!(!contains(&common::database_bytes(&new), CANARY));
    // And the restored data takes new writes as usual.
    restored
        .add_goal(NewGoal {
            text: "After the move".to_owned(),
            why: None,
            area: LifeArea::Housing,
        })
        .unwrap();
}

#[test]
fn every_broken_or_foreign_file_is_refused_and_the_folder_stays_empty() {
    let root = tempfile::tempdir().unwrap();
    let (_, c) = filled(root.path());
    let file = root.path().join("good.export");
    c.export_encrypted_with(file.display().to_string(), PASSPHRASE.to_owned(), FAST)
        .unwrap();
    let good = fs::read(&file).unwrap();
    let header_len = 8 + 2 + 4 + 1 + 12 + 1 + 16 + 1 + 12 + 8;

    let mut cases: Vec<(&str, Vec<u8>, &str, StegvisError)> = Vec::new();
    cases.push((
        "wrong passphrase",
        good.clone(),
        "four calm words hers",
        refused(ImportFailure::WrongPassphraseOrChanged),
    ));
    let mut flipped = good.clone();
    flipped[header_len + 40] ^= 0x20;
    cases.push((
        "a changed byte",
        flipped,
        PASSPHRASE,
        refused(ImportFailure::WrongPassphraseOrChanged),
    ));
    let mut salted = good.clone();
    salted[30] ^= 1;
    cases.push((
        "a changed salt",
        salted,
        PASSPHRASE,
        refused(ImportFailure::WrongPassphraseOrChanged),
    ));
    let mut longer = good.clone();
    longer.push(0);
    cases.push((
        "a byte added",
        longer,
        PASSPHRASE,
        refused(ImportFailure::WrongPassphraseOrChanged),
    ));
    cases.push((
        "cut off",
        good[..good.len() - 100].to_vec(),
        PASSPHRASE,
        refused(ImportFailure::Truncated),
    ));
    cases.push((
        "cut inside the header",
        good[..20].to_vec(),
        PASSPHRASE,
        refused(ImportFailure::Truncated),
    ));
    cases.push((
        "not an export",
        b"SQLite format 3\0 and then some bytes".to_vec(),
        PASSPHRASE,
        refused(ImportFailure::NotAnExport),
    ));
    cases.push((
        "empty",
        Vec::new(),
        PASSPHRASE,
        refused(ImportFailure::NotAnExport),
    ));
    let mut newer_data = good.clone();
    newer_data[10..14].copy_from_slice(&(SCHEMA_VERSION + 1).to_be_bytes());
    cases.push((
        "data from a newer version",
        newer_data,
        PASSPHRASE,
        refused(ImportFailure::NewerVersion {
            found: SCHEMA_VERSION + 1,
            supported: SCHEMA_VERSION,
        }),
    ));
    let mut older_data = good.clone();
    older_data[10..14].copy_from_slice(&(SCHEMA_VERSION - 1).to_be_bytes());
    cases.push((
        "data from an older version",
        older_data,
        PASSPHRASE,
        refused(ImportFailure::OlderVersion {
            found: SCHEMA_VERSION - 1,
            supported: SCHEMA_VERSION,
        }),
    ));
    let mut newer_format = good.clone();
    newer_format[8..10].copy_from_slice(&2u16.to_be_bytes());
    cases.push((
        "a newer file format",
        newer_format,
        PASSPHRASE,
        refused(ImportFailure::NewerVersion {
            found: 2,
            supported: 1,
        }),
    ));
    let mut greedy = good.clone();
    greedy[15..19].copy_from_slice(&(4 * 1024 * 1024u32).to_be_bytes());
    cases.push((
        "4 GiB of memory asked for",
        greedy,
        PASSPHRASE,
        refused(ImportFailure::TooDemanding),
    ));

    for (i, (what, bytes, passphrase, expected)) in cases.into_iter().enumerate() {
        let path = root.path().join(format!("case-{i}.export"));
        fs::write(&path, &bytes).unwrap();
        let dir = root.path().join(format!("new-{i}"));
        let got = import(&dir, &path, passphrase).map(|_| ());
        assert_eq!(got, Err(expected), "{what}");
        assert_left_empty(&dir);
        // Every refusal has a sentence in every language.
        for lang in [Lang::En, Lang::Nb, Lang::Sv, Lang::Da] {
            let text = stegvis_core::describe_error(
                &got.clone().unwrap_err(),
                &stegvis_core::Localizer::new(lang),
            );
            assert!(
                !text.is_empty() && !text.contains("error-"),
                "{what}: {text}"
            );
        }
    }
}

#[test]
fn an_import_only_goes_into_an_empty_folder() {
    let root = tempfile::tempdir().unwrap();
    let (old, c) = filled(root.path());
    let file = root.path().join("x.export");
    c.export_encrypted_with(file.display().to_string(), PASSPHRASE.to_owned(), FAST)
        .unwrap();
    drop(c);
    let before = common::database_bytes(&old);
    assert_eq!(
        import(&old, &file, PASSPHRASE).map(|_| ()),
        Err(refused(ImportFailure::FolderNotEmpty))
    );
    assert_eq!(common::database_bytes(&old), before);
    assert!(old.with_extension("key").exists());

    // A key without a database is someone's install too.
    let keyed = root.path().join("keyed");
    key_file(&keyed).store_key(vec![9; 32]).unwrap();
    assert_eq!(
        import(&keyed, &file, PASSPHRASE).map(|_| ()),
        Err(refused(ImportFailure::FolderNotEmpty))
    );
    assert_eq!(fs::read(keyed.with_extension("key")).unwrap(), vec![9; 32]);

    // An empty folder that already exists is fine, and stays after a failure.
    let empty = root.path().join("empty");
    fs::create_dir(&empty).unwrap();
    assert!(import(&empty, &file, "not the passphrase").is_err());
    assert!(empty.is_dir() && listing(&empty).is_empty());
    import(&empty, &file, PASSPHRASE).unwrap();
}

/// The phone's "bring back an export" on a phone that holds data: the core's refusal,
/// and the open folder goes on as it was.
#[test]
fn importing_here_into_an_open_folder_is_refused_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (old, c) = filled(root.path());
    let file = root.path().join("here.export");
    c.export_encrypted_with(file.display().to_string(), PASSPHRASE.to_owned(), FAST)
        .unwrap();
    let seen = everything(&c);
    assert_eq!(
        c.import_here(file.display().to_string(), PASSPHRASE.to_owned()),
        Err(refused(ImportFailure::FolderNotEmpty))
    );
    assert_eq!(everything(&c), seen);
    assert!(old.with_extension("key").exists());
    assert!(c
        .describe_error(refused(ImportFailure::FolderNotEmpty))
        .contains("already holds data"));
}

/// The phone's "bring back an export" on a phone that was just set up (its folder open,
/// a check-in time chosen, nothing written by the person): everything arrives, and a
/// wrong passphrase first changes nothing.
#[test]
fn importing_here_on_a_phone_just_set_up_brings_everything_back() {
    let root = tempfile::tempdir().unwrap();
    let (_, old) = filled(root.path());
    let file = root.path().join("move.export");
    old.export_encrypted_with(file.display().to_string(), PASSPHRASE.to_owned(), FAST)
        .unwrap();
    let seen = everything(&old);

    let new_dir = root.path().join("new-phone");
    let c = Companion::open_with_clock(config(&new_dir, Lang::En), key_file(&new_dir), clock())
        .unwrap();
    let settings = c.reminder_settings().unwrap();
    c.set_reminder_settings(stegvis_core::ReminderSettings {
        checkin_time: Some("21:00".to_owned()),
        ..settings
    })
    .unwrap();
    assert!(c
        .import_here(file.display().to_string(), "not the passphrase".to_owned())
        .is_err());
    assert!(c.list_goals(GoalFilter::All).unwrap().is_empty());

    let records = c
        .import_here(file.display().to_string(), PASSPHRASE.to_owned())
        .unwrap();
    assert!(records > 20, "{records} records");
    assert_eq!(everything(&c), seen);
    drop(c);
    // Sealed under the new phone's own key: it opens again, the same.
    let again = Companion::open_with_clock(config(&new_dir, Lang::En), key_file(&new_dir), clock())
        .unwrap();
    assert_eq!(everything(&again), seen);
    // Now it holds the person's data: a second import is refused.
    assert_eq!(
        again.import_here(file.display().to_string(), PASSPHRASE.to_owned()),
        Err(refused(ImportFailure::FolderNotEmpty))
    );
}

#[test]
fn a_short_passphrase_is_refused_before_anything_is_written() {
    let root = tempfile::tempdir().unwrap();
    let (_, c) = filled(root.path());
    let file = root.path().join("short.export");
    assert_eq!(
        c.export_encrypted(file.display().to_string(), "seven77".to_owned())
            .unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::Passphrase,
            reason: InvalidReason::TooShort { min: 8 }
        }
    );
    assert_eq!(
        c.export_encrypted(file.display().to_string(), "   ".to_owned())
            .unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::Passphrase,
            reason: InvalidReason::Empty
        }
    );
    assert!(!file.exists());
    // A folder where the file should go names the path as the wrong input.
    assert_eq!(
        c.export_encrypted_with(
            root.path().display().to_string(),
            PASSPHRASE.to_owned(),
            FAST
        )
        .unwrap_err(),
        StegvisError::InvalidInput {
            field: Field::ExportPath,
            reason: InvalidReason::Malformed
        }
    );
    // Eight characters, counted as characters, not bytes.
    c.export_encrypted_with(file.display().to_string(), "æøåæøåæø".to_owned(), FAST)
        .unwrap();
}

#[test]
fn erasing_leaves_no_file_and_the_companion_refuses_every_later_call() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    // The terminal's layout: the key file inside the data folder.
    let keys = || Arc::new(FileKeyManager::new(dir.join("stegvis.key")));
    fill_demo(config(&dir, Lang::En), keys(), clock()).unwrap();
    let c = Companion::open_with_clock(config(&dir, Lang::En), keys(), clock()).unwrap();
    assert!(listing(&dir).len() >= 2);
    // What an interrupted first run leaves: a key and a database not yet published.
    fs::write(dir.join(".stegvis.key.0123abcd.tmp"), [7u8; 32]).unwrap();
    fs::write(dir.join(".stegvis.db.0123abcd.new"), b"SQLite format 3\0").unwrap();
    c.erase_everything().unwrap();
    assert!(!dir.exists(), "left: {:?}", listing(&dir));
    assert_eq!(
        c.list_goals(GoalFilter::All).unwrap_err(),
        StegvisError::Erased
    );
    assert_eq!(c.erase_everything().unwrap_err(), StegvisError::Erased);
    assert!(c.describe_error(StegvisError::Erased).contains("erased"));
    // Opening the place again starts a new, empty install.
    let again = Companion::open_with_clock(config(&dir, Lang::En), keys(), clock()).unwrap();
    assert!(again.list_goals(GoalFilter::All).unwrap().is_empty());
}

#[test]
fn erasing_keeps_files_that_are_not_ours() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let c = Companion::open_with_clock(config(&dir, Lang::En), key_file(&dir), clock()).unwrap();
    fs::write(dir.join("my-own-notes.txt"), "mine").unwrap();
    c.erase_everything().unwrap();
    assert_eq!(listing(&dir), vec!["my-own-notes.txt".to_owned()]);
    assert!(!dir.with_extension("key").exists());
}

#[test]
fn the_readable_export_writes_json_and_csv_a_person_can_read() {
    let root = tempfile::tempdir().unwrap();
    let (_, c) = filled(root.path());
    let out = root.path().join("readable");
    let result = c.export_readable(out.display().to_string()).unwrap();
    assert!(
        result.warning.contains("NOT encrypted"),
        "{}",
        result.warning
    );
    for name in [
        "goals",
        "steps",
        "check-ins",
        "medicines",
        "doses",
        "plan-versions",
    ] {
        assert!(result.files.contains(&format!("{name}.json")), "{name}");
        assert!(result.files.contains(&format!("{name}.csv")), "{name}");
    }
    let goals_csv = fs::read_to_string(out.join("goals.csv")).unwrap();
    assert!(goals_csv.contains(CANARY));
    assert!(goals_csv.lines().next().unwrap().contains("created_at"));
    // Times are written as people read them, in their zone, not as raw numbers.
    assert!(goals_csv.contains("November"), "{goals_csv}");
    let notes: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("doctor-notes.json")).unwrap()).unwrap();
    assert!(notes.to_string().contains(CANARY));
    // Signs by name (a catalog sign stores only its key), check-ins in words.
    let signs = fs::read_to_string(out.join("signs.csv")).unwrap();
    assert!(signs.contains("Sleeping less"), "{signs}");
    let checkins = fs::read_to_string(out.join("check-ins.csv")).unwrap();
    assert!(checkins.contains("ratings_in_words"), "{checkins}");
    assert!(checkins.contains("A little: "), "{checkins}");
    // The install's canary is not a record of the person's.
    let settings = fs::read_to_string(out.join("settings.csv")).unwrap();
    assert!(!settings.contains("canary"), "{settings}");
}

/// The word that confirms erasing is the same rule in the terminal and on the phone:
/// the person's language, case and spaces aside, nothing else.
#[test]
fn the_erase_word_is_the_persons_language_case_and_spaces_aside() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("phone");
    let c = Companion::open_with_clock(config(&dir, Lang::Nb), key_file(&dir), clock()).unwrap();
    assert!(c.confirms_erase(" Slett ".to_owned()));
    assert!(!c.confirms_erase("erase".to_owned()));
    assert!(!c.confirms_erase("slet".to_owned()));
    assert!(!c.confirms_erase(String::new()));
    c.set_language(Lang::En).unwrap();
    assert!(c.confirms_erase("ERASE".to_owned()));
}
