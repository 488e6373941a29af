//! How types the core borrows from other crates cross the FFI boundary. Only built
//! with the `uniffi` feature.

use std::time::SystemTime;

use crate::time::Timestamp;

// UTC instants become `java.time.Instant` in Kotlin and `Date` in Swift.
uniffi::custom_type!(Timestamp, SystemTime, {
    remote,
    lower: |instant| SystemTime::from(instant),
    try_lift: |time| Ok(Timestamp::from(time)),
});
