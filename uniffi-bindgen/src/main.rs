//! The bindgen binary, built from the same uniffi version as `stegvis-ffi` so the
//! generated Kotlin and Swift always match the compiled library.
fn main() {
    uniffi::uniffi_bindgen_main()
}
