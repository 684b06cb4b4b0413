//! Everything a panel can ask the app to do. Panels never change shared state themselves:
//! they push actions, and [`super::ParallaxApp::apply`] carries them out after the frame,
//! so the snapshot every panel reads stays the same for the whole frame.

use crate::model::MetadataOverrides;
use crate::workspace::Review;
use std::ops::Range;
use std::path::PathBuf;

/// One user request.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Load these files and folders.
    Load(Vec<PathBuf>),
    /// Show the Open dialog for files.
    OpenFiles,
    /// Show the Open dialog for a folder.
    OpenFolder,
    /// Load the embedded demo articles.
    LoadDemo,
    /// Show the paste dialog.
    PasteDialog,
    /// Add this text as a new article.
    Paste(String),
    /// Show an article (by workspace key).
    SelectArticle(String),
    /// Select a span of an article (by key), e.g. a clicked sentence.
    SelectSpan(String, Range<usize>),
    /// Select a claim's mention: article index in the snapshot, span, and its event.
    SelectMention(usize, Range<usize>, Option<String>),
    /// Select an event by id.
    SelectEvent(String),
    /// Select a discrepancy by id.
    SelectDiscrepancy(String),
    /// Leave an article out of the analysis, or bring it back.
    SetExcluded(String, bool),
    /// Remove an article from the workspace.
    Remove(String),
    /// Remove every article.
    RemoveAll,
    /// Replace an article's metadata corrections.
    SetOverrides(String, MetadataOverrides),
    /// Replace an article's note.
    SetArticleNote(String, String),
    /// Record the review of a discrepancy (by review key).
    SetReview(String, Review),
    /// Run the analysis again.
    Reanalyze,
    /// Stop reading and analysing.
    Cancel,
    /// Save the workspace now.
    SaveWorkspace,
    /// Save the workspace under a new name.
    SaveWorkspaceAs,
    /// Open another workspace.
    OpenWorkspace,
    /// Export the timeline as PNG or SVG.
    ExportTimeline,
    /// Capture the timeline as shown on screen, then save it or copy it.
    CaptureTimeline(super::timeline_view::CaptureTarget),
    /// Save a PNG screenshot of the timeline.
    SaveScreenshot(Vec<u8>),
    /// A capture of the timeline ended: say how (copied, or why nothing came of it).
    CaptureFinished(super::timeline_view::CaptureOutcome),
    /// Hide the first-launch hint.
    DismissHint,
    /// Clear the messages.
    DismissNotices,
    /// List dismissed discrepancies too.
    SetShowDismissed(bool),
    /// Side-by-side comparison on or off.
    SetCompare(bool),
    /// Open the find bar.
    Find,
    /// The file browser moved to this folder.
    BrowseTo(PathBuf),
    /// Clear the event, discrepancy and span selection.
    ClearSelection,
    /// Open or close the About box.
    ShowAbout(bool),
    /// Open this session's log file in the system's viewer.
    OpenLog,
}
