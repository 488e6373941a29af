//! The Python the Swift checks run in: a virtual environment in `target/swift-venv`
//! with tree-sitter-swift and check-jsonschema from PyPI (`ios/checks/requirements.txt`),
//! made again only when the requirements change.

use std::path::PathBuf;
use std::process::Command;

/// The environment's python, installing what is missing.
pub(crate) fn ready() -> Result<PathBuf, String> {
    let root = crate::root();
    let venv = root.join("target/swift-venv");
    let python = venv.join("bin/python");
    let requirements = root.join("ios/checks/requirements.txt");
    let wanted = std::fs::read_to_string(&requirements)
        .map_err(|e| format!("read {}: {e}", requirements.display()))?;
    let stamp = venv.join("stegvis-requirements.txt");
    if python.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(&wanted) {
        return Ok(python);
    }
    if !python.exists() {
        crate::run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    }
    crate::run(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(&requirements),
    )?;
    std::fs::write(&stamp, wanted).map_err(|e| format!("write {}: {e}", stamp.display()))?;
    Ok(python)
}
