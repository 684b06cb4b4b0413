//! The demo corpus embedded in the binary, and build metadata. (Being written.)

/// Version line for `--version`.
pub const VERSION_LINE: &str = env!("CARGO_PKG_VERSION");

/// The embedded demo articles as (file name, bytes). (Placeholder until the demo corpus lands.)
pub fn files() -> Vec<(&'static str, &'static [u8])> {
    Vec::new()
}
