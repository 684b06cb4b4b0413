//! The eframe workbench. (Being written.)
