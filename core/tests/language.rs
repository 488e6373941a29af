//! The language a person picks in the app is kept, wins over the device's, and can
//! be given back to the device.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed setup is a failed test

mod common;

use std::sync::Arc;

use common::{config, key_file, monday_morning, TestClock};
use stegvis_core::{Companion, Lang};

fn open_as(dir: &std::path::Path, device: Lang) -> Arc<Companion> {
    Companion::open_with_clock(
        config(dir, device),
        key_file(dir),
        TestClock::at(monday_morning()),
    )
    .expect("open")
}

#[test]
fn a_chosen_language_is_kept_over_the_devices_until_given_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = open_as(dir.path(), Lang::En);
    assert_eq!(app.language_choice().expect("choice"), None);
    assert_eq!(app.shell_text()["shell-nav-today"], "Today");

    assert_eq!(
        app.choose_language(Some(Lang::Sv), Lang::En)
            .expect("choose"),
        Lang::Sv
    );
    assert_eq!(app.language(), Lang::Sv);
    assert_eq!(app.shell_text()["shell-save"], "Spara");
    drop(app);

    // The device still says English; the person's choice wins.
    let app = open_as(dir.path(), Lang::En);
    assert_eq!(app.language(), Lang::Sv);
    assert_eq!(app.language_choice().expect("choice"), Some(Lang::Sv));

    // Back to following the device.
    assert_eq!(
        app.choose_language(None, Lang::Da).expect("choose"),
        Lang::Da
    );
    drop(app);
    let app = open_as(dir.path(), Lang::Nb);
    assert_eq!(app.language(), Lang::Nb);
    assert_eq!(app.language_choice().expect("choice"), None);
}
