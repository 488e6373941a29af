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

pub use stegvis_core;
