//! Reading article files: decoding, HTML extraction, page-furniture removal, metadata
//! and sentence segmentation.
//!
//! Every failure is a per-file [`ReadError`] whose message a non-programmer understands;
//! loading many files never stops at a bad one.

mod clean;
mod decode;
mod files;
mod html;
pub mod metadata;
pub mod sentences;

pub use decode::sniff_binary;
pub use files::{collect_files, is_supported_path, SUPPORTED_EXTENSIONS};

use crate::model::{Article, Format};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Compiles a regular expression written in the program's source. A bad pattern is a
/// programming error caught by the unit tests that use it, never something a user's file
/// can cause, so failing loudly here is right.
#[allow(clippy::expect_used)]
pub(crate) fn static_regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).expect("a regular expression in the source compiles")
}

/// Why a file could not be read, in words a user understands.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Zero bytes.
    #[error("This file is empty.")]
    Empty,
    /// Only whitespace.
    #[error("This file contains only blank space, no text.")]
    Blank,
    /// Not text.
    #[error("This looks like {what}, not an article.")]
    Binary {
        /// What it looks like ("an image (PNG)").
        what: String,
    },
    /// Over the size limit.
    #[error("This file is {}; Parallax reads files up to {}.", human_size(*size), human_size(*limit))]
    TooLarge {
        /// File size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A folder where a file was expected.
    #[error("This is a folder, not a file.")]
    IsDirectory,
    /// The file system refused or failed.
    #[error("{0}")]
    Io(String),
}

/// A file that could not be read, for lists and reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong, in plain words.
    pub message: String,
}

/// Articles read and the files that failed, in input order.
#[derive(Debug, Clone, Default)]
pub struct LoadResult {
    /// Articles read.
    pub articles: Vec<Article>,
    /// Files that could not be read.
    pub errors: Vec<LoadError>,
}

/// Options for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Files larger than this are refused before reading.
    pub max_file_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: 32 * 1024 * 1024,
        }
    }
}

fn human_size(bytes: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        format!("{:.0} MB", bytes as f64 / MB)
    } else if bytes >= 1024 {
        format!("{:.0} KB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

/// A plain-words message for a file-system error.
pub(crate) fn io_message(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "The file was deleted or moved before it could be read.".into(),
        ErrorKind::PermissionDenied => {
            "Parallax isn't allowed to read this file (permission denied).".into()
        }
        ErrorKind::IsADirectory => "This is a folder, not a file.".into(),
        ErrorKind::InvalidData => "The file's contents could not be read as text.".into(),
        _ => {
            // Loops of symbolic links and similar: name it without the OS jargon.
            if err.raw_os_error() == Some(40) {
                "This path is a loop of shortcuts (symbolic links) that never reaches a file."
                    .into()
            } else {
                format!(
                    "The file could not be read ({}).",
                    err.kind().to_string().to_lowercase()
                )
            }
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::IsADirectory {
            ReadError::IsDirectory
        } else {
            ReadError::Io(io_message(&err))
        }
    }
}

/// Decides the format from the file name, or by looking at the text.
fn detect_format(name: &str, text: &str) -> Format {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Some("md" | "markdown" | "mdown") => Format::Markdown,
        Some("txt" | "text") => {
            if looks_like_html(text) {
                Format::Html
            } else {
                Format::Text
            }
        }
        _ => {
            if looks_like_html(text) {
                Format::Html
            } else if text
                .lines()
                .take(40)
                .any(|l| l.starts_with("# ") || l.starts_with("## "))
            {
                Format::Markdown
            } else {
                Format::Text
            }
        }
    }
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.contains("<head") && head.contains("<body"))
        || head.contains("<meta ")
}

/// Reads an article from bytes already in memory. `name` gives the format by its extension.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    path: Option<PathBuf>,
    opts: &ReadOptions,
) -> Result<Article, ReadError> {
    if bytes.len() as u64 > opts.max_file_bytes {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: opts.max_file_bytes,
        });
    }
    let decoded = decode::decode(bytes)?;
    Ok(build(
        name,
        path,
        decoded.text,
        decoded.encoding,
        decoded.warnings,
    ))
}

fn build(
    name: &str,
    path: Option<PathBuf>,
    text: String,
    encoding: String,
    warnings: Vec<String>,
) -> Article {
    let format = detect_format(name, &text);
    let (html_meta, units) = match format {
        Format::Html => {
            let (m, u) = html::parse(&text);
            (Some(m), u)
        }
        Format::Markdown => (None, clean::markdown_units(&text)),
        Format::Text => (None, clean::text_units(&text)),
    };
    clean::assemble(
        name, path, format, encoding, text, units, html_meta, warnings,
    )
}

/// Reads pasted or embedded text as an article. Never fails.
pub fn read_text(name: &str, text: &str) -> Article {
    build(name, None, text.to_string(), "UTF-8".into(), Vec::new())
}

/// Reads one article file.
pub fn read_file(path: &Path, opts: &ReadOptions) -> Result<Article, ReadError> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory);
    }
    // Refuse oversized files from their size alone, before reading a byte.
    if meta.len() > opts.max_file_bytes {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit: opts.max_file_bytes,
        });
    }
    let bytes = std::fs::read(path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    read_bytes(&name, &bytes, Some(path.to_path_buf()), opts)
}

/// Reads every file under `paths` in parallel; the result keeps the input order.
pub fn load_all(paths: &[PathBuf], opts: &ReadOptions) -> LoadResult {
    let (files, mut errors) = collect_files(paths);
    let results: Vec<(PathBuf, Result<Article, ReadError>)> = files
        .into_par_iter()
        .map(|path| {
            let result = read_file(&path, opts);
            (path, result)
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    for (path, result) in results {
        match result {
            Ok(article) => articles.push(article),
            Err(err) => errors.push(LoadError {
                path,
                message: err.to_string(),
            }),
        }
    }
    LoadResult { articles, errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_plain_words() {
        let too_large = ReadError::TooLarge {
            size: 200 * 1024 * 1024,
            limit: 32 * 1024 * 1024,
        };
        assert_eq!(
            too_large.to_string(),
            "This file is 200 MB; Parallax reads files up to 32 MB."
        );
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert!(ReadError::from(missing)
            .to_string()
            .contains("deleted or moved"));
    }

    #[test]
    fn unknown_extensions_are_sniffed() {
        let html = read_bytes("page.dat", b"<!DOCTYPE html><html><head><title>A page title here</title></head><body><p>Some text of the page that is long enough to be prose for the reader, it says.</p></body></html>", None, &ReadOptions::default()).unwrap();
        assert_eq!(html.format, Format::Html);
        assert!(!html.body.contains("<p>"));
        assert!(matches!(
            read_bytes(
                "photo.dat",
                b"\x89PNG\r\n\x1a\n\0\0",
                None,
                &ReadOptions::default()
            ),
            Err(ReadError::Binary { .. })
        ));
    }

    #[test]
    fn size_limit_applies_to_bytes() {
        let opts = ReadOptions { max_file_bytes: 10 };
        assert!(matches!(
            read_bytes("a.txt", b"hello world, long", None, &opts),
            Err(ReadError::TooLarge { .. })
        ));
    }
}
