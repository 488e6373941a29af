//! Files the terminal writes for a person (a shared plan, a withdrawal, a report):
//! checked before anything is made, then written whole or not at all.

use std::path::Path;

use stegvis_core::{Field, InvalidReason, StegvisError};

use crate::failure::Failure;

/// A path the core's API can carry; anything else names `field` as the problem.
pub fn path_text(path: &Path, field: Field) -> Result<String, Failure> {
    path.to_str()
        .map(str::to_owned)
        .ok_or_else(|| bad(field, InvalidReason::Malformed))
}

fn bad(field: Field, reason: InvalidReason) -> Failure {
    Failure::Core(StegvisError::InvalidInput { field, reason })
}

/// Refuses a path that cannot be written before anything is made or recorded: a
/// folder, or a file in a folder that does not exist (`field` names the argument).
pub fn writable(path: &Path, field: Field) -> Result<(), Failure> {
    path_text(path, field)?;
    if path.is_dir() || path.file_name().is_none() {
        return Err(bad(field, InvalidReason::Malformed));
    }
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            Err(bad(field, InvalidReason::Unknown))
        }
        _ => Ok(()),
    }
}

/// Writes `bytes` the way an export is written: a new file beside `path`, renamed
/// over it, so a reader never sees half a file. Returns the path as text.
pub fn write_whole(path: &Path, bytes: &[u8], field: Field) -> Result<String, Failure> {
    let text = path_text(path, field)?;
    stegvis_core::portable::export::write_atomically(path, bytes).map_err(|e| match e {
        StegvisError::InvalidInput {
            field: Field::ExportPath,
            reason,
        } => bad(field, reason),
        e => Failure::Core(e),
    })?;
    Ok(text)
}
