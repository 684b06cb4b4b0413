//! Per-article results kept between analyses, so that changing one article's date or adding
//! one article re-analyses only that article; the merge across articles is the only step
//! that always runs on the whole corpus.

use crate::model::{Article, ArticleAnalysis};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// What identifies one article's per-article work: its content and the creation date its
/// relative dates were resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    content: u64,
    creation: Option<NaiveDate>,
}

/// Per-article analyses of the last run, by content and creation date.
///
/// Entries not used by a run are dropped at its end, so the cache holds at most one
/// corpus' worth of results.
#[derive(Debug, Default)]
pub struct AnalysisCache {
    entries: HashMap<Key, ArticleAnalysis>,
    hits: usize,
    misses: usize,
}

impl AnalysisCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many articles the last run took from the cache.
    pub fn hits(&self) -> usize {
        self.hits
    }

    /// How many articles the last run had to analyse.
    pub fn misses(&self) -> usize {
        self.misses
    }

    /// Articles held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is held.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(super) fn get(
        &self,
        content: u64,
        creation: Option<NaiveDate>,
    ) -> Option<&ArticleAnalysis> {
        self.entries.get(&Key { content, creation })
    }

    /// Replaces the cache with this run's results and its hit counts.
    pub(super) fn replace(
        &mut self,
        entries: impl IntoIterator<Item = (u64, Option<NaiveDate>, ArticleAnalysis)>,
        hits: usize,
        misses: usize,
    ) {
        self.entries = entries
            .into_iter()
            .map(|(content, creation, a)| (Key { content, creation }, a))
            .collect();
        self.hits = hits;
        self.misses = misses;
    }
}

/// A fingerprint of everything the per-article analysis reads: the name, the cleaned body,
/// its sentences and the metadata (with the user's corrections applied).
pub fn fingerprint(article: &Article) -> u64 {
    // DefaultHasher::new() uses fixed keys: the same article gives the same fingerprint in
    // every run.
    let mut h = DefaultHasher::new();
    article.name.hash(&mut h);
    article.body.hash(&mut h);
    for s in &article.sentences {
        (s.start, s.end).hash(&mut h);
    }
    // Metadata has floats (confidences), so it has no Hash; its JSON form stands in.
    serde_json::to_string(&article.meta)
        .unwrap_or_default()
        .hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    #[test]
    fn fingerprint_follows_content_and_metadata() {
        let a = ingest::read_text("a.txt", "Putin arrived in Pyongyang on Tuesday.");
        let same = ingest::read_text("a.txt", "Putin arrived in Pyongyang on Tuesday.");
        let other = ingest::read_text("a.txt", "Putin arrived in Pyongyang on Wednesday.");
        assert_eq!(fingerprint(&a), fingerprint(&same));
        assert_ne!(fingerprint(&a), fingerprint(&other));
        let mut retitled = a.clone();
        retitled.meta.title = Some(crate::model::Field::from_user("Another title".to_string()));
        assert_ne!(fingerprint(&a), fingerprint(&retitled));
    }
}
