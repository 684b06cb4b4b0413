//! Bench inputs: the BBC corpus from ../shared when it is there (real news), otherwise the
//! project's own test fixtures repeated, so the benches always run.

use std::path::{Path, PathBuf};

/// Article texts: up to `limit` BBC articles (sorted by path) or the fixtures.
pub fn news_texts(limit: usize) -> (Vec<(String, String)>, &'static str) {
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc/bbc");
    let mut files: Vec<PathBuf> = Vec::new();
    collect(&bbc, &mut files);
    files.sort();
    let mut out: Vec<(String, String)> = files
        .iter()
        .take(limit)
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Some((p.file_name()?.to_string_lossy().into_owned(), text))
        })
        .collect();
    if !out.is_empty() {
        return (out, "BBC corpus");
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli/good");
    let mut files = Vec::new();
    collect(&fixtures, &mut files);
    files.sort();
    for p in &files {
        if let Ok(t) = std::fs::read_to_string(p) {
            out.push((p.display().to_string(), t));
        }
    }
    (out, "project fixtures")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}
