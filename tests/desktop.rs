//! `parallax install-desktop` / `uninstall-desktop` into a temporary home: the entry, icons
//! and binary land in the XDG folders and go away again.

use std::path::Path;
use std::process::Command;

fn parallax(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_BIN_HOME")
        // Keep the test from touching the real desktop's MIME settings.
        .env("PATH", "/nonexistent")
        .output()
        .expect("run parallax")
}

#[test]
fn install_and_uninstall_in_a_temporary_home() {
    let home = tempfile::tempdir().unwrap();
    let entry = home
        .path()
        .join(".local/share/applications/parallax.desktop");
    let icon = home
        .path()
        .join(".local/share/icons/hicolor/256x256/apps/parallax.png");
    let svg = home
        .path()
        .join(".local/share/icons/hicolor/scalable/apps/parallax.svg");
    let binary = home.path().join(".local/bin/parallax");

    let dry = parallax(home.path(), &["install-desktop", "--dry-run"]);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(String::from_utf8_lossy(&dry.stdout).contains("parallax.desktop"));
    assert!(!entry.exists(), "a dry run writes nothing");

    let out = parallax(home.path(), &["install-desktop"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("not installed; skipped"), "{stdout}");
    for f in [&entry, &icon, &svg, &binary] {
        assert!(f.exists(), "{} missing", f.display());
    }
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.contains(&format!("Exec={} %F", binary.display())),
        "{text}"
    );
    assert!(text.contains("MimeType=text/plain;"));

    let out = parallax(home.path(), &["uninstall-desktop"]);
    assert!(out.status.success());
    for f in [&entry, &icon, &svg, &binary] {
        assert!(!f.exists(), "{} left behind", f.display());
    }
}
