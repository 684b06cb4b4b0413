//! Build metadata for `parallax --version` and the About box, and the Windows icon and
//! version resource.
//!
//! - `PARALLAX_GIT_HASH`: the short commit hash, or "unknown" when building from a source
//!   tarball without git.
//! - `PARALLAX_BUILD_DATE`: the build day (YYYY-MM-DD, UTC), taken from `SOURCE_DATE_EPOCH`
//!   when set so that reproducible builds give identical binaries.
//! - On Windows targets the icon and version information are embedded with `winresource`.

use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    // Rebuild the version line when the checked-out commit changes.
    for path in [".git/HEAD", ".git/index"] {
        if std::path::Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }

    let hash = git_hash().unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=PARALLAX_GIT_HASH={hash}");

    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
    println!("cargo:rustc-env=PARALLAX_BUILD_DATE={y:04}-{m:02}-{d:02}");

    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resource();
    }
}

fn git_hash() -> Option<String> {
    let out = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let hash = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!hash.is_empty()).then_some(hash)
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm), so the build script
/// needs no date crate.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(windows)]
fn windows_resource() {
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/parallax.ico")
        .set("ProductName", "Parallax")
        .set(
            "FileDescription",
            "Parallax: compare news coverage across outlets",
        );
    if let Err(e) = res.compile() {
        println!("cargo:warning=could not embed the Windows icon and version: {e}");
    }
}

#[cfg(not(windows))]
fn windows_resource() {
    // Cross-compiling to Windows from elsewhere needs a resource compiler on the host;
    // the icon is then left out rather than failing the build.
    println!(
        "cargo:warning=building for Windows from another OS: the icon resource is not embedded"
    );
}
