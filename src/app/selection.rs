//! The one selection every panel reads and writes: an article, a sentence span in it, an
//! event and a discrepancy. Selecting in one panel highlights the same thing everywhere.

use super::state::Snapshot;
use std::ops::Range;

/// What the user is looking at.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    /// The article shown in the viewer, by workspace key.
    pub article: Option<String>,
    /// A byte range of that article's body (a sentence or a claim's quote).
    pub span: Option<Range<usize>>,
    /// The selected event id.
    pub event: Option<String>,
    /// The selected discrepancy id.
    pub discrepancy: Option<String>,
    /// The viewer should scroll the span into view on its next frame.
    pub scroll_pending: bool,
}

impl Selection {
    /// Shows an article from its top, keeping the event and discrepancy.
    pub fn select_article(&mut self, key: &str) {
        if self.article.as_deref() != Some(key) {
            self.article = Some(key.to_string());
            self.span = None;
            self.scroll_pending = true;
        }
    }

    /// Selects a sentence (or any span) of an article and the event it reports, if known.
    pub fn select_span(&mut self, snapshot: &Snapshot, key: &str, span: Range<usize>) {
        self.article = Some(key.to_string());
        self.event = snapshot
            .index_of(key)
            .and_then(|i| snapshot.event_at(i, &span))
            .or(self.event.take());
        self.span = Some(span);
        self.scroll_pending = true;
    }

    /// Selects a claim's mention: shows the article at that sentence.
    pub fn select_mention(&mut self, snapshot: &Snapshot, article: usize, span: Range<usize>) {
        if let Some(key) = snapshot.keys.get(article) {
            self.article = Some(key.clone());
            self.span = Some(span);
            self.scroll_pending = true;
        }
    }

    /// Selects an event; the viewer jumps to its mention in the article shown, or to its first mention.
    pub fn select_event(&mut self, snapshot: &Snapshot, id: &str) {
        self.event = Some(id.to_string());
        if let Some(d) = &self.discrepancy {
            let still_about_it = snapshot
                .analysis
                .discrepancies
                .iter()
                .any(|x| &x.id == d && x.event.as_deref() == Some(id));
            if !still_about_it {
                self.discrepancy = None;
            }
        }
        let Some(event) = snapshot.analysis.events.iter().find(|e| e.id == id) else {
            return;
        };
        let current = self.article.as_deref().and_then(|k| snapshot.index_of(k));
        let mention = event
            .mentions
            .iter()
            .find(|m| Some(m.article) == current)
            .or_else(|| event.mentions.first());
        if let Some(m) = mention {
            self.select_mention(snapshot, m.article, m.span.clone());
        }
    }

    /// Selects a discrepancy, its event, and the first claim's sentence.
    pub fn select_discrepancy(&mut self, snapshot: &Snapshot, id: &str) {
        let Some(d) = snapshot.analysis.discrepancies.iter().find(|d| d.id == id) else {
            return;
        };
        self.discrepancy = Some(id.to_string());
        self.event = d.event.clone();
        if let Some(m) = d.claims.iter().flat_map(|c| c.mentions.iter()).next() {
            self.select_mention(snapshot, m.article, m.span.clone());
        }
    }

    /// Forgets ids that a new analysis no longer has, and spans past the end of the article.
    pub fn revalidate(&mut self, snapshot: &Snapshot) {
        if let Some(e) = &self.event {
            if !snapshot.analysis.events.iter().any(|x| &x.id == e) {
                self.event = None;
            }
        }
        if let Some(d) = &self.discrepancy {
            if !snapshot.analysis.discrepancies.iter().any(|x| &x.id == d) {
                self.discrepancy = None;
            }
        }
    }
}
