//! The data the panels show: the loaded articles (as read, before the user's corrections)
//! and the immutable analysis snapshot the UI reads each frame.

use crate::model::{Analysis, Article};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// One analysed state of the corpus. Panels only read it; a new analysis replaces it whole.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The articles analysed (the included ones, with the user's corrections applied).
    pub articles: Arc<Vec<Article>>,
    /// The analysis; `analysis.articles[i]` belongs to `articles[i]`.
    pub analysis: Arc<Analysis>,
    /// Workspace key of each article, parallel to `articles`.
    pub keys: Arc<Vec<String>>,
}

impl Snapshot {
    /// The position of the article with workspace key `key`.
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.keys.iter().position(|k| k == key)
    }

    /// The event reported by a mention overlapping `span` of article `article`.
    pub fn event_at(&self, article: usize, span: &Range<usize>) -> Option<String> {
        self.analysis
            .events
            .iter()
            .find(|e| {
                e.mentions.iter().any(|m| {
                    m.article == article && m.span.start < span.end && span.start < m.span.end
                })
            })
            .map(|e| e.id.clone())
    }

    /// How many events rest on one independent source only.
    pub fn single_source_events(&self) -> usize {
        self.analysis
            .events
            .iter()
            .filter(|e| e.independent_sources <= 1)
            .count()
    }
}

/// How reading a loaded item went.
#[derive(Debug, Clone)]
pub enum EntryStatus {
    /// Read; the article as read from disk, before the user's corrections.
    Read(Arc<Article>),
    /// Could not be read, with the reason in plain words.
    Failed(String),
}

/// One item in the loaded-articles list.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Workspace key (file path, `demo/<name>` or `pasted/<name>`).
    pub key: String,
    /// Short name (file name).
    pub name: String,
    /// The file, when there is one.
    pub path: Option<PathBuf>,
    /// Read or failed.
    pub status: EntryStatus,
}

impl Entry {
    /// The article, when it was read.
    pub fn article(&self) -> Option<&Arc<Article>> {
        match &self.status {
            EntryStatus::Read(a) => Some(a),
            EntryStatus::Failed(_) => None,
        }
    }
}

/// A message shown in the status bar or as a banner.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// What to say.
    pub text: String,
    /// An error (shown in the error colour) rather than information.
    pub error: bool,
}

impl Notice {
    /// Information.
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            error: false,
        }
    }

    /// An error.
    pub fn error(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            error: true,
        }
    }
}
