//! Databases written by earlier versions open, migrate and keep everything.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{monday_morning, TestClock};
use stegvis_core::{Companion, FileKeyManager, GoalFilter, Lang, OpenConfig};

fn copy_fixture(version: &str, to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(version);
    std::fs::create_dir_all(to).unwrap();
    for name in ["stegvis.db", "stegvis.key"] {
        std::fs::copy(from.join(name), to.join(name)).unwrap();
    }
    // A checkout gives files its default mode; a key others can read is refused.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o600);
        std::fs::set_permissions(to.join("stegvis.key"), private).unwrap();
    }
}

#[test]
fn a_version_1_folder_opens_with_everything_in_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v1");
    copy_fixture("v1", &dir);
    let c = Companion::open_with_clock(
        OpenConfig {
            data_dir: dir.display().to_string(),
            zone: "Europe/Oslo".into(),
            language: Lang::En,
        },
        Arc::new(FileKeyManager::new(dir.join("stegvis.key"))),
        TestClock::at(monday_morning()),
    )
    .unwrap();
    let goals = c.list_goals(GoalFilter::All).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].text, "Fixture goal: walk outside");
    assert_eq!(goals[0].why.as_deref(), Some("Fixture why"));
    let steps = c.goal(goals[0].id.clone()).unwrap().steps;
    assert_eq!(steps.len(), 2);
    assert!(steps[0].done);
    assert_eq!(steps[0].due_date.as_deref(), Some("2026-11-30"));
    let tag = steps[0].assignment.clone().unwrap();
    assert_eq!(tag.meeting_date.as_deref(), Some("2026-11-19"));
    assert_eq!(tag.module.as_deref(), Some("Recovery strategies"));
    let plans = c.problem_solving_for_step(steps[1].id.clone()).unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].first_action, "Fixture action");
    assert_eq!(plans[0].follow_up_date, "2026-12-01");
}
