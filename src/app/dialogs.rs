//! Native file dialogs, behind a trait so tests can stand in for them (a dialog cannot be
//! clicked in a headless test).

use std::path::{Path, PathBuf};

/// The dialogs the app needs.
pub trait Dialogs {
    /// Pick article files to open; empty when cancelled.
    fn open_files(&self, start: Option<&Path>) -> Vec<PathBuf>;
    /// Pick a folder of articles.
    fn open_folder(&self, start: Option<&Path>) -> Option<PathBuf>;
    /// Pick one existing file.
    fn open_file(&self, title: &str, filter_name: &str, extensions: &[&str]) -> Option<PathBuf>;
    /// Pick where to save a file.
    fn save_file(
        &self,
        title: &str,
        default_name: &str,
        filter_name: &str,
        extensions: &[&str],
    ) -> Option<PathBuf>;
}

/// The system's dialogs, through `rfd`.
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn open_files(&self, start: Option<&Path>) -> Vec<PathBuf> {
        let mut d = rfd::FileDialog::new()
            .set_title("Open articles")
            .add_filter("Articles", crate::ingest::SUPPORTED_EXTENSIONS)
            .add_filter("All files", &["*"]);
        if let Some(s) = start {
            d = d.set_directory(s);
        }
        d.pick_files().unwrap_or_default()
    }

    fn open_folder(&self, start: Option<&Path>) -> Option<PathBuf> {
        let mut d = rfd::FileDialog::new().set_title("Open a folder of articles");
        if let Some(s) = start {
            d = d.set_directory(s);
        }
        d.pick_folder()
    }

    fn open_file(&self, title: &str, filter_name: &str, extensions: &[&str]) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter_name, extensions)
            .pick_file()
    }

    fn save_file(
        &self,
        title: &str,
        default_name: &str,
        filter_name: &str,
        extensions: &[&str],
    ) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(default_name)
            .add_filter(filter_name, extensions)
            .save_file()
    }
}

/// Dialogs that answer without asking: for tests and scripted runs.
#[derive(Debug, Default, Clone)]
pub struct ScriptedDialogs {
    /// Returned by [`Dialogs::open_files`].
    pub files: Vec<PathBuf>,
    /// Returned by the folder, open and save dialogs.
    pub path: Option<PathBuf>,
}

impl Dialogs for ScriptedDialogs {
    fn open_files(&self, _start: Option<&Path>) -> Vec<PathBuf> {
        self.files.clone()
    }
    fn open_folder(&self, _start: Option<&Path>) -> Option<PathBuf> {
        self.path.clone()
    }
    fn open_file(&self, _: &str, _: &str, _: &[&str]) -> Option<PathBuf> {
        self.path.clone()
    }
    fn save_file(&self, _: &str, _: &str, _: &str, _: &[&str]) -> Option<PathBuf> {
        self.path.clone()
    }
}
