//! The data model every part of Parallax shares: articles as read from disk, and the
//! immutable analysis snapshot (events, discrepancies) built from them.
//!
//! Offsets: inside the library every span is a **byte** range into [`Article::body`]
//! (the cleaned text the analysis reads). [`SourceMap`] maps body bytes back to the
//! decoded file text ([`Article::text`]); the JSON report converts both to Unicode
//! character offsets into the decoded text, as its schema documents.

mod analysis;
mod article;
mod source_map;

pub use analysis::*;
pub use article::*;
pub use source_map::*;
