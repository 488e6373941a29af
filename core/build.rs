//! Deflates each language's Fluent files into one blob in `OUT_DIR`, so the library
//! the phones ship carries a quarter of the text's size (`l10n/render.rs` inflates a
//! language once, when it is first used). The files are joined in name order; Fluent
//! ids are unique across them, so the order does not change a bundle.

use std::error::Error;
use std::fs;
use std::path::Path;

const LANGS: [&str; 4] = ["en", "nb", "sv", "da"];

fn main() -> Result<(), Box<dyn Error>> {
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    println!("cargo:rerun-if-changed=locales");
    for lang in LANGS {
        let dir = Path::new("locales").join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut names: Vec<_> = fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        names.sort();
        let mut text = String::new();
        for path in &names {
            println!("cargo:rerun-if-changed={}", path.display());
            let file = fs::read_to_string(path)?;
            text.push_str(&file);
            if !text.ends_with('\n') {
                text.push('\n');
            }
        }
        let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let target = Path::new(&out).join(format!("{lang}.ftl.deflate"));
        fs::write(&target, packed)?;
    }
    Ok(())
}
