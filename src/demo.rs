//! The demo corpus embedded in the binary, and build metadata. (Being written.)

/// Version line for `--version`.
pub const VERSION_LINE: &str = env!("CARGO_PKG_VERSION");
