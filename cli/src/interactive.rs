//! The interactive home lives in `home/`; this keeps the entry points other commands use.

pub use crate::home::{home, solve};
