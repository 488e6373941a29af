//! UniFFI bindings for the Android and iOS shells.
//!
//! Deliberately empty of logic: `stegvis-core` carries the UniFFI derives behind its
//! `uniffi` feature, and this crate only links it into a `cdylib` (Android, JVM tests)
//! and a `staticlib` (iOS XCFramework). Bindgen run with `--library` on this library
//! emits the Kotlin package `uniffi.stegvis_core` and the Swift module `stegvis_core`.
//!
//! # The contract with shells
//! - Open one `Companion` per data folder and close it when done (Kotlin: `use {}`).
//! - Pass the device's IANA zone at open and again through `set_zone` whenever the
//!   zone or clock changes; the core never reads the device's zone itself.
//! - Draw the view records the core returns (`today()`, `goal()`, …); never compute
//!   progress, dates or text in the shell.
//! - Errors arrive as `StegvisException` subclasses carrying the field and reason;
//!   `describe_error` turns one into a sentence in the person's language.
//! - Notifications are data: `reminder_plan()` returns what must be scheduled (at
//!   most 60 within a week, each with a stable id, UTC instant and lock-screen text
//!   that names no medicine unless the person allowed it). Replace everything the OS
//!   has scheduled with that plan on launch, after any change the person makes, on
//!   boot, when the clock or the zone changes (call `set_zone` first), and before the
//!   plan's `valid_until` (with many doses it is complete only until then). Keep a
//!   dose reminder's id with its notification: its actions call
//!   `log_reminder_doses(id, action)`, which logs every dose of it at once. Never
//!   compute a reminder time in the shell.
//! - The `KeyManager` keeps the data key in the platform's key store (Android
//!   Keystore, iOS Keychain); the core generates it and asks once to store it.

pub use stegvis_core;
