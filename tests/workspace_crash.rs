//! No lost work: a process killed at any point while saving leaves the workspace file
//! either as it was or as it was going to be, never half written.
//!
//! The test re-runs its own binary as a child (selected by an environment variable) that
//! saves large workspaces in a loop, kills it at pseudo-random moments, and checks the
//! file every time.

// Test helpers outside #[test] functions: a panic there is a failed test, never a user's crash.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parallax::workspace::{ArticleState, SourceEntry, Workspace};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in the child: the workspace file to save to, over and over.
const CHILD_ENV: &str = "PARALLAX_WORKSPACE_CRASH_CHILD";

/// A workspace of about 2 MB in which every entry names generation `gen`, so a file
/// mixing two saves is detectable.
fn big_workspace(gen: u64) -> Workspace {
    let mut ws = Workspace::default();
    ws.layout.open_article = Some(format!("generation {gen}"));
    for i in 0..3000 {
        let key = format!("/articles/story-{i:05}.txt");
        ws.sources.push(SourceEntry::Path {
            path: PathBuf::from(&key),
        });
        ws.articles.insert(
            key,
            ArticleState {
                excluded: i % 7 == 0,
                note: format!(
                    "generation {gen}: {}",
                    "checked against the wire copy; ".repeat(20)
                ),
                ..ArticleState::default()
            },
        );
    }
    ws
}

/// The generation a saved workspace belongs to; panics if its entries disagree (torn).
fn generation_of(ws: &Workspace) -> u64 {
    let label = ws.layout.open_article.as_deref().expect("generation label");
    let gen: u64 = label
        .strip_prefix("generation ")
        .and_then(|g| g.parse().ok())
        .expect("generation number");
    assert_eq!(ws.articles.len(), 3000, "all entries present");
    assert_eq!(ws.sources.len(), 3000, "all sources present");
    for state in ws.articles.values() {
        assert!(
            state.note.starts_with(&format!("generation {gen}:")),
            "an entry from another save: torn file"
        );
    }
    gen
}

/// The child's body: save generation 1, 2, 3… to the file until killed.
#[test]
fn child_saver() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return; // Not the child: nothing to do.
    };
    let path = PathBuf::from(path);
    let start: u64 = std::env::var("PARALLAX_CRASH_START")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let naive = std::env::var_os("PARALLAX_CRASH_NAIVE").is_some();
    for gen in start.. {
        if naive {
            // What a plain save does: truncate the file and stream into it.
            let file = std::fs::File::create(&path).expect("create");
            serde_json::to_writer_pretty(std::io::BufWriter::new(file), &big_workspace(gen))
                .expect("write");
        } else {
            big_workspace(gen).save(&path).expect("save");
        }
    }
}

/// A small deterministic pseudo-random sequence (no extra dependency needed).
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// Runs the saving child for a pseudo-random time and kills it.
fn run_and_kill(exe: &Path, path: &Path, start: u64, naive: bool, seed: &mut u64) {
    let mut cmd = Command::new(exe);
    cmd.args(["--exact", "child_saver", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, path)
        .env("PARALLAX_CRASH_START", start.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if naive {
        cmd.env("PARALLAX_CRASH_NAIVE", "1");
    }
    let mut child = cmd.spawn().unwrap();
    // Kill somewhere between 20 and 600 ms in: mid-serialisation, mid-write, mid-sync or
    // mid-rename, depending on luck.
    let wait = Duration::from_millis(20 + next(seed) % 580);
    let started = Instant::now();
    while started.elapsed() < wait {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL: no destructors, no flushing.
    child.wait().unwrap();
}

fn seed() -> u64 {
    0x9e37_79b9_7f4a_7c15_u64
        ^ u64::from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos(),
        )
}

/// The check can fail: a naive save (truncate, then stream) killed the same way leaves a
/// torn or empty file at least once in a dozen kills.
#[test]
fn the_check_catches_a_naive_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.json");
    big_workspace(0).save(&path).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seed = seed();
    let mut torn = 0;
    for _ in 0..12 {
        run_and_kill(&exe, &path, 1, true, &mut seed);
        let intact = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Workspace>(&b).ok())
            .is_some();
        if !intact {
            torn += 1;
            break;
        }
    }
    assert!(torn > 0, "a naive save was never caught half written");
}

fn read(path: &Path) -> Workspace {
    let bytes = std::fs::read(path).expect("the workspace file exists");
    serde_json::from_slice(&bytes).expect("the workspace file always parses")
}

#[test]
fn killing_a_save_never_tears_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.json");
    big_workspace(0).save(&path).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seed = seed();
    let mut last = 0;
    let mut advanced = 0;
    let iterations = 12;
    for _ in 0..iterations {
        run_and_kill(&exe, &path, last + 1, false, &mut seed);
        let gen = generation_of(&read(&path));
        assert!(gen >= last, "the file went back from {last} to {gen}");
        if gen > last {
            advanced += 1;
        }
        last = gen;
    }
    eprintln!("{iterations} kills, the file advanced {advanced} times, last generation {last}");
    // The kills landed while saves were in progress, not only between runs.
    assert!(advanced > 0, "the child never completed a save");
    // Leftover temporary files are hidden and never mistaken for the workspace.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == "workspace.json"
                || (name.starts_with(".workspace.json.") && name.ends_with(".tmp")),
            "unexpected file {name}"
        );
    }
    // The app's own reader opens the survivor without complaint.
    let opened = Workspace::open(&path).unwrap();
    assert!(opened.notice.is_none());
    assert_eq!(generation_of(&opened.workspace), last);
}

#[test]
fn a_corrupt_or_newer_file_never_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.json");
    // Torn by some other program: cut in the middle.
    let json = serde_json::to_vec(&big_workspace(3)).unwrap();
    std::fs::write(&path, &json[..json.len() / 2]).unwrap();
    let opened = Workspace::open(&path).unwrap();
    assert!(opened.notice.as_deref().unwrap_or("").contains("kept as"));
    assert!(!opened.fresh, "not treated as a first launch");
    // The user's bytes are still on disk, beside the new workspace.
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(&kept[0]).unwrap(), &json[..json.len() / 2]);
    // Saving the fresh workspace does not touch the kept copy.
    opened.workspace.save(&path).unwrap();
    assert_eq!(std::fs::read(&kept[0]).unwrap(), &json[..json.len() / 2]);

    // A newer version's file: opened, a backup kept, the notice names the reason.
    let mut newer = serde_json::to_value(big_workspace(4)).unwrap();
    newer["version"] = serde_json::json!(parallax::workspace::FORMAT_VERSION + 1);
    newer["added_later"] = serde_json::json!({"colour": "teal"});
    let newer_bytes = serde_json::to_vec(&newer).unwrap();
    std::fs::write(&path, &newer_bytes).unwrap();
    let opened = Workspace::open(&path).unwrap();
    assert_eq!(generation_of(&opened.workspace), 4);
    assert!(opened.notice.unwrap().contains("newer version"));
    let backup: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("-backup-"))
        .collect();
    assert_eq!(backup.len(), 1);
    assert_eq!(std::fs::read(&backup[0]).unwrap(), newer_bytes);
}
