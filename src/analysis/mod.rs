//! Events across sources and the discrepancies between them. (Being written.)

use crate::model::{Analysis, Article, ArticleAnalysis, CreationDate};

/// Analysis settings.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {}

/// Per-article work (tagging, entities, event mentions): cacheable, depends only on the
/// article and its creation date.
pub fn analyze_article(_article: &Article, creation: Option<CreationDate>) -> ArticleAnalysis {
    ArticleAnalysis {
        creation,
        timexes: Vec::new(),
        entities: Vec::new(),
        mentions: Vec::new(),
    }
}

/// Analyses a corpus end to end. User overrides are already applied to the articles' metadata.
pub fn analyze(_articles: &[Article], _opts: &AnalysisOptions) -> Analysis {
    Analysis::default()
}
