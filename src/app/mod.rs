//! The eframe workbench. (Being written.)
pub mod timeline_view;
