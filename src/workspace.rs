//! Saving and restoring the user's investigation: the articles loaded, which ones are left
//! out, metadata corrections, notes, and the review state of every discrepancy.
//!
//! The workspace is one JSON file. Saving is atomic (write a temporary file in the same
//! folder, flush it to disk, then rename it over the old one), so a crash mid-save never
//! leaves a half-written file. A file that cannot be parsed is never overwritten: it is
//! moved aside to `<name>.corrupt-<timestamp>` and the user is told, and a fresh workspace
//! starts.
//!
//! Articles and discrepancies are keyed by strings that survive re-reading and
//! re-analysis: an article by where it came from ([`article_key`]), a discrepancy by what
//! it is about and the values that compete ([`review_key`]), never by list positions or
//! the analysis' running ids.

use crate::model::{Discrepancy, MetadataOverrides};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The current file format version.
pub const FORMAT_VERSION: u32 = 1;

/// Why a workspace could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// The file system refused or failed.
    #[error("Could not {action} the workspace {path}: {source}")]
    Io {
        /// "read", "save", "move aside".
        action: &'static str,
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The workspace could not be turned into JSON (should not happen).
    #[error("Could not encode the workspace: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Where an article came from, so it can be read again on the next launch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SourceEntry {
    /// A file or a whole folder on disk.
    Path {
        /// The file or folder as the user gave it.
        path: PathBuf,
    },
    /// Text pasted by the user; the text itself is kept since there is no file.
    Pasted {
        /// The name shown in lists ("Pasted article 1").
        name: String,
        /// The pasted text.
        text: String,
    },
    /// The demo corpus embedded in the program.
    Demo,
}

/// The user's decisions about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleState {
    /// Left out of the analysis.
    pub excluded: bool,
    /// Corrected metadata.
    pub overrides: MetadataOverrides,
    /// A free-text note.
    pub note: String,
}

impl ArticleState {
    /// True when the user has decided nothing about the article.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// What the user concluded about a discrepancy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// Not reviewed yet.
    #[default]
    Open,
    /// A real disagreement between the sources.
    Confirmed,
    /// Not a real disagreement (a parsing slip, the same fact said two ways).
    Dismissed,
}

/// The review of one discrepancy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    /// Confirmed, dismissed or open.
    pub status: ReviewStatus,
    /// Why, in the user's words.
    pub note: String,
}

/// Layout choices that belong to the investigation rather than to the window.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LayoutState {
    /// Side-by-side comparison is on.
    pub compare: bool,
    /// Dismissed discrepancies are listed too.
    pub show_dismissed: bool,
    /// The article shown, by key.
    pub open_article: Option<String>,
}

/// Everything saved about an investigation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// File format version.
    pub version: u32,
    /// What was loaded, in order.
    pub sources: Vec<SourceEntry>,
    /// Decisions per article, by [`article_key`].
    pub articles: BTreeMap<String, ArticleState>,
    /// Reviews per discrepancy, by [`review_key`].
    pub reviews: BTreeMap<String, Review>,
    /// Articles the user removed that belong to a loaded folder or the demo, by key.
    pub hidden: Vec<String>,
    /// The folder the file browser showed last.
    pub browser_dir: Option<PathBuf>,
    /// Layout choices.
    pub layout: LayoutState,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            version: FORMAT_VERSION,
            sources: Vec::new(),
            articles: BTreeMap::new(),
            reviews: BTreeMap::new(),
            hidden: Vec::new(),
            browser_dir: None,
            layout: LayoutState::default(),
        }
    }
}

/// The result of opening a workspace file.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The workspace read, or a fresh one.
    pub workspace: Workspace,
    /// True when no file existed: a first launch.
    pub fresh: bool,
    /// Something the user must be told (a corrupt file moved aside), in plain words.
    pub notice: Option<String>,
}

/// The key of an article read from a file: its path as given.
pub fn file_key(path: &Path) -> String {
    path.display().to_string()
}

/// The key of an article: a file path, or `demo/<name>` and `pasted/<name>` for text with no file.
pub fn article_key(path: Option<&Path>, origin: &str, name: &str) -> String {
    match path {
        Some(p) => file_key(p),
        None => format!("{origin}/{name}"),
    }
}

/// A key for a discrepancy that survives re-analysis: kind, subject and the competing
/// values (sorted, so the order the analysis lists them in does not matter).
pub fn review_key(d: &Discrepancy) -> String {
    let mut values: Vec<&str> = d.claims.iter().map(|c| c.value.as_str()).collect();
    values.sort_unstable();
    values.dedup();
    format!("{:?}|{}|{}", d.kind, d.subject, values.join("|")).to_lowercase()
}

/// The default workspace file in the user's data folder, if the system has one.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Parallax", "parallax")
        .map(|dirs| dirs.data_dir().join("workspace.json"))
}

impl Workspace {
    /// The decisions about `key`, if any.
    pub fn article(&self, key: &str) -> Option<&ArticleState> {
        self.articles.get(key)
    }

    /// The decisions about `key`, created when missing.
    pub fn article_mut(&mut self, key: &str) -> &mut ArticleState {
        self.articles.entry(key.to_string()).or_default()
    }

    /// Drops article entries with nothing in them, so the file stays small.
    pub fn tidy(&mut self) {
        self.articles.retain(|_, s| !s.is_empty());
        self.reviews
            .retain(|_, r| r.status != ReviewStatus::Open || !r.note.is_empty());
    }

    /// The review of a discrepancy (open when never reviewed).
    pub fn review(&self, d: &Discrepancy) -> Review {
        self.reviews
            .get(&review_key(d))
            .cloned()
            .unwrap_or_default()
    }

    /// Records a review.
    pub fn set_review(&mut self, d: &Discrepancy, review: Review) {
        self.reviews.insert(review_key(d), review);
    }

    /// Reads `path`. A missing file gives a fresh workspace; an unreadable one is moved
    /// aside (never deleted) and reported in [`Opened::notice`].
    pub fn open(path: &Path) -> Result<Opened, WorkspaceError> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Opened {
                    workspace: Workspace::default(),
                    fresh: true,
                    notice: None,
                })
            }
            Err(source) => {
                return Err(WorkspaceError::Io {
                    action: "read",
                    path: path.to_path_buf(),
                    source,
                })
            }
        };
        match serde_json::from_slice::<Workspace>(&bytes) {
            Ok(mut workspace) if workspace.version > FORMAT_VERSION => {
                // Saved by a newer Parallax: this version reads what it understands, and the
                // next save would drop the rest, so a copy of the file is kept first.
                let newer = workspace.version;
                let aside = aside_name(path, &format!("v{newer}-backup"));
                std::fs::copy(path, &aside).map_err(|source| WorkspaceError::Io {
                    action: "keep a copy of",
                    path: path.to_path_buf(),
                    source,
                })?;
                workspace.version = FORMAT_VERSION;
                Ok(Opened {
                    workspace,
                    fresh: false,
                    notice: Some(format!(
                        "The workspace was saved by a newer version of Parallax. A copy was kept as {}; this version opened what it understands.",
                        aside.display()
                    )),
                })
            }
            Ok(workspace) => Ok(Opened {
                workspace,
                fresh: false,
                notice: None,
            }),
            Err(err) => {
                let newer = serde_json::from_slice::<serde_json::Value>(&bytes)
                    .ok()
                    .and_then(|v| v.get("version").and_then(serde_json::Value::as_u64))
                    .filter(|&v| v > u64::from(FORMAT_VERSION));
                let aside = corrupt_name(path);
                std::fs::rename(path, &aside).map_err(|source| WorkspaceError::Io {
                    action: "move aside",
                    path: path.to_path_buf(),
                    source,
                })?;
                let why = match newer {
                    Some(_) => "it was saved by a newer version of Parallax".to_string(),
                    None => format!("the file is damaged: {err}"),
                };
                Ok(Opened {
                    workspace: Workspace::default(),
                    fresh: false,
                    notice: Some(format!(
                        "The saved workspace could not be opened ({why}). It was kept as {} and a new workspace was started.",
                        aside.display()
                    )),
                })
            }
        }
    }

    /// Writes the workspace to `path` atomically, creating the folder if needed.
    pub fn save(&self, path: &Path) -> Result<(), WorkspaceError> {
        let json = serde_json::to_vec_pretty(self)?;
        write_atomic(path, &json).map_err(|source| WorkspaceError::Io {
            action: "save",
            path: path.to_path_buf(),
            source,
        })
    }
}

/// `workspace.json` → `workspace.json.corrupt-20261125T031500Z` (a number is appended if taken).
fn corrupt_name(path: &Path) -> PathBuf {
    aside_name(path, "corrupt")
}

/// `workspace.json` → `workspace.json.<label>-20261125T031500Z`, never an existing file.
fn aside_name(path: &Path, label: &str) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let base = format!("{}.{label}-{stamp}", path.display());
    let mut candidate = PathBuf::from(&base);
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = PathBuf::from(format!("{base}-{n}"));
    }
    candidate
}

/// Writes `bytes` to a temporary file beside `path`, syncs it, and renames it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!(".{file_name}.{}-{nanos}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        sync_dir(&dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Flushes a folder's entries so a rename inside it survives a power cut. Best effort:
/// the data itself is already on disk, and some systems cannot sync folders.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, DiscrepancyKind};

    fn disc(values: &[&str]) -> Discrepancy {
        Discrepancy {
            id: "d7".into(),
            kind: DiscrepancyKind::Weekday,
            subject: "Arrival".into(),
            claims: values
                .iter()
                .map(|v| Claim {
                    value: v.to_string(),
                    mentions: Vec::new(),
                })
                .collect(),
            explanation: String::new(),
            confidence: 0.5,
            severity: 0.5,
            event: None,
        }
    }

    #[test]
    fn review_key_ignores_claim_order_and_id() {
        let a = disc(&["Tuesday", "Wednesday"]);
        let mut b = disc(&["Wednesday", "Tuesday"]);
        b.id = "d1".into();
        assert_eq!(review_key(&a), review_key(&b));
        assert_ne!(review_key(&a), review_key(&disc(&["Tuesday", "Friday"])));
    }

    #[test]
    fn tidy_drops_empty_entries() {
        let mut w = Workspace::default();
        w.article_mut("a");
        w.article_mut("b").excluded = true;
        w.set_review(&disc(&["x", "y"]), Review::default());
        w.tidy();
        assert_eq!(w.articles.keys().collect::<Vec<_>>(), vec!["b"]);
        assert!(w.reviews.is_empty());
    }

    #[test]
    fn a_newer_version_is_opened_with_a_backup_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ws.json");
        let newer = r#"{"version": 9, "sources": [{"kind": "demo"}], "future_field": [1, 2]}"#;
        std::fs::write(&path, newer).unwrap();
        let opened = Workspace::open(&path).unwrap();
        assert_eq!(opened.workspace.sources, vec![SourceEntry::Demo]);
        assert_eq!(opened.workspace.version, FORMAT_VERSION);
        let notice = opened.notice.expect("the user is told");
        assert!(notice.contains("newer version"), "{notice}");
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains("ws.json.v9-backup-"))
            .collect();
        assert_eq!(backups.len(), 1);
        assert_eq!(std::fs::read_to_string(&backups[0]).unwrap(), newer);
        // A newer file this version cannot parse at all is moved aside and named as such.
        std::fs::write(&path, r#"{"version": 12, "sources": "a new shape"}"#).unwrap();
        let opened = Workspace::open(&path).unwrap();
        assert!(opened.notice.unwrap().contains("newer version"));
        assert_eq!(opened.workspace, Workspace::default());
        assert!(!path.exists());
    }

    #[test]
    fn old_files_with_missing_fields_still_load() {
        let w: Workspace = serde_json::from_str(r#"{"sources":[{"kind":"demo"}]}"#).unwrap();
        assert_eq!(w.sources, vec![SourceEntry::Demo]);
        assert_eq!(w.version, FORMAT_VERSION);
    }
}
