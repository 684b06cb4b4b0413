//! Finding article files: folders read recursively (supported files only, hidden files
//! skipped, symlink loops safe) in a stable order.

use super::LoadError;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Extensions Parallax reads when it walks a folder.
pub const SUPPORTED_EXTENSIONS: &[&str] =
    &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/// Folders deeper than this are not entered (a guard against pathological trees).
const MAX_DEPTH: usize = 64;

/// True when the file browser and folder loading should treat `path` as an article.
pub fn is_supported_path(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        SUPPORTED_EXTENSIONS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(e))
    })
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Expands `paths` into the article files to read. Files named explicitly are always
/// included (their content is sniffed); inside folders only supported extensions are.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    let mut seen_files = HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(
                path,
                0,
                &mut seen_dirs,
                &mut seen_files,
                &mut files,
                &mut errors,
            ),
            Ok(_) => {
                let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                if seen_files.insert(key) {
                    files.push(path.clone());
                }
            }
            Err(err) => errors.push(LoadError {
                path: path.clone(),
                message: super::io_message(&err),
            }),
        }
    }
    (files, errors)
}

fn walk(
    dir: &Path,
    depth: usize,
    seen_dirs: &mut HashSet<PathBuf>,
    seen_files: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    // Canonical paths break symlink loops: a folder already visited is not entered again.
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(err) => {
            errors.push(LoadError {
                path: dir.to_path_buf(),
                message: super::io_message(&err),
            });
            return;
        }
    };
    if !seen_dirs.insert(canonical) {
        return;
    }
    if depth > MAX_DEPTH {
        errors.push(LoadError {
            path: dir.to_path_buf(),
            message: "This folder is nested too deeply; Parallax stopped going further down."
                .into(),
        });
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(err) => {
            errors.push(LoadError {
                path: dir.to_path_buf(),
                message: super::io_message(&err),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if is_hidden(&path) {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, depth + 1, seen_dirs, seen_files, files, errors),
            Ok(m) if m.is_file() && is_supported_path(&path) => {
                let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                if seen_files.insert(key) {
                    files.push(path);
                }
            }
            Ok(_) => {}
            // A dangling symlink or a file removed while listing: say so, keep going.
            Err(err) if is_supported_path(&path) => errors.push(LoadError {
                path,
                message: super::io_message(&err),
            }),
            Err(_) => {}
        }
    }
}
