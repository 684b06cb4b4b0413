//! Reading article files: decoding, HTML extraction, page-furniture removal, metadata,
//! sentence segmentation. (Being written.)

use crate::model::Article;
use std::path::{Path, PathBuf};

/// Why a file could not be read, in words a user understands.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Placeholder until the ingest layer lands.
    #[error("could not read {0}")]
    Unreadable(PathBuf),
}

/// Options for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Files larger than this are refused.
    pub max_file_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: 64 * 1024 * 1024,
        }
    }
}

/// Reads one article file.
pub fn read_file(path: &Path, _opts: &ReadOptions) -> Result<Article, ReadError> {
    Err(ReadError::Unreadable(path.to_path_buf()))
}
