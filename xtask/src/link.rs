//! The shipped library's link step, run by xtask itself standing in as the linker.
//!
//! UniFFI's macros put the whole interface, doc comments included, into exported
//! `UNIFFI_META_*` statics (about 60 KB, and 190 entries in the dynamic symbol table).
//! Only uniffi-bindgen reads them, and it reads the host's debug build (`cargo xtask
//! bindings`, the Android `uniffiBindings` task). The phones' library does not need
//! them: the bindings check the interface through the `uniffi_*_checksum_*`
//! functions, which stay. rustc exports every `#[no_mangle]` item through a version
//! script naming each one, and a second script cannot take an exact name back, so
//! this drops those names from rustc's script before handing the command line to the
//! real linker; `--gc-sections` then leaves the unreferenced data out.

use std::path::Path;
use std::process::{Command, ExitCode};

/// Set to the real linker when xtask is started as the linker (`-C linker=xtask`).
pub(crate) const REAL_LINKER: &str = "STEGVIS_XTASK_REAL_LINKER";

/// The exported statics left out of the shipped library.
const DROPPED_PREFIX: &str = "UNIFFI_META_";

/// When xtask was started as the linker: edits rustc's version script and runs the
/// real linker with the same arguments. `None` when xtask runs as itself.
pub(crate) fn run_as_linker() -> Option<ExitCode> {
    let linker = std::env::var_os(REAL_LINKER)?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(e) = drop_metadata_exports(&args) {
        eprintln!("xtask (linker): {e}");
        return Some(ExitCode::FAILURE);
    }
    match Command::new(&linker).args(&args).status() {
        Ok(status) if status.success() => Some(ExitCode::SUCCESS),
        Ok(status) => Some(ExitCode::from(
            u8::try_from(status.code().unwrap_or(1)).unwrap_or(1),
        )),
        Err(e) => {
            eprintln!("xtask (linker): could not start {linker:?}: {e}");
            Some(ExitCode::FAILURE)
        }
    }
}

/// Finds rustc's version script among the arguments (or in an `@file` of them) and
/// removes the metadata statics from its exported names. Fails when there is none, so
/// a change in how rustc links cannot silently put the metadata back.
fn drop_metadata_exports(args: &[String]) -> Result<(), String> {
    let mut found = false;
    for arg in args {
        if let Some(script) = version_script(arg) {
            edit_script(Path::new(script))?;
            found = true;
        } else if let Some(file) = arg.strip_prefix('@') {
            let listed = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            for line in listed.lines() {
                if let Some(script) = version_script(line) {
                    edit_script(Path::new(script))?;
                    found = true;
                }
            }
        }
    }
    if found {
        Ok(())
    } else {
        Err("rustc passed no --version-script to edit".to_owned())
    }
}

fn version_script(arg: &str) -> Option<&str> {
    arg.strip_prefix("-Wl,--version-script=")
}

fn edit_script(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim_start().starts_with(DROPPED_PREFIX))
        .collect();
    std::fs::write(path, kept.join("\n") + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_metadata_statics_leave_the_script() {
        let dir = std::env::temp_dir().join(format!("xtask-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("list");
        std::fs::write(
            &script,
            "{\n  global:\n    UNIFFI_META_NAMESPACE_STEGVIS_CORE;\n    \
             uniffi_stegvis_core_checksum_func_x;\n    ffi_stegvis_core_rustbuffer_free;\n  \
             local:\n    *;\n};\n",
        )
        .unwrap();
        let arg = format!("-Wl,--version-script={}", script.display());
        drop_metadata_exports(&["-shared".to_owned(), arg]).unwrap();
        let edited = std::fs::read_to_string(&script).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            edited,
            "{\n  global:\n    uniffi_stegvis_core_checksum_func_x;\n    \
             ffi_stegvis_core_rustbuffer_free;\n  local:\n    *;\n};\n"
        );
    }

    #[test]
    fn a_link_without_a_version_script_is_refused() {
        assert!(drop_metadata_exports(&["-shared".to_owned()]).is_err());
    }
}
