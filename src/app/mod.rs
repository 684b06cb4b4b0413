//! The eframe workbench: file browser and loaded articles (left), article viewer
//! (centre), discrepancies (right), timeline (bottom).
//!
//! Architecture: the UI reads an immutable [`Snapshot`] (articles + analysis behind `Arc`s)
//! every frame. Reading files and analysing run on background threads ([`worker`]); the
//! frame only polls their channel. One [`Selection`] links all panels. Every decision the
//! user makes goes into the [`Workspace`], which is saved atomically soon after each change.

pub mod actions;
pub mod article_viewer;
pub mod articles_list;
pub mod clipboard;
pub mod dialogs;
pub mod discrepancy_panel;
pub mod file_browser;
pub mod frame_memory;
pub mod menus;
pub mod metadata_editor;
pub mod overlays;
pub mod selection;
pub mod state;
pub mod timeline_capture;
pub mod timeline_view;
pub mod worker;

pub use actions::Action;
pub use selection::Selection;
pub use state::{Entry, EntryStatus, Notice, Snapshot};
pub use worker::{Analyzer, DemoFiles};

use crate::workspace::{SourceEntry, Workspace};
use dialogs::{Dialogs, NativeDialogs};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use worker::{AnalysisInput, Message, Worker};

/// The app id: eframe's storage folder and the X11/Wayland application id.
pub const APP_ID: &str = "parallax";

/// How long after the last change the workspace is saved.
const SAVE_DELAY: Duration = Duration::from_millis(800);

/// How the app is started.
pub struct AppConfig {
    /// The workspace file; `None` keeps nothing on disk.
    pub workspace_path: Option<PathBuf>,
    /// Files and folders to load (from the command line).
    pub files: Vec<PathBuf>,
    /// The analysis to run.
    pub analyzer: Analyzer,
    /// The embedded demo corpus.
    pub demo: DemoFiles,
    /// The folder the file browser starts in when the workspace remembers none.
    pub start_dir: Option<PathBuf>,
    /// The file dialogs (native ones, or a stand-in in tests).
    pub dialogs: Box<dyn Dialogs>,
    /// Where "Copy timeline image" puts the image (the system clipboard, or a stand-in).
    pub clipboard: Arc<dyn clipboard::ImageClipboard>,
    /// Where this session logs (Help ▸ Open log file); `None` when not logging.
    pub log_file: Option<PathBuf>,
    /// When the process started: the first frame logs how long start-up took.
    pub started: Option<Instant>,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            workspace_path: crate::workspace::default_path(),
            files: Vec::new(),
            analyzer: incremental_analyzer(),
            demo: Arc::new(crate::demo::files),
            start_dir: directories::UserDirs::new().map(|d| d.home_dir().to_path_buf()),
            dialogs: Box::new(NativeDialogs),
            clipboard: Arc::new(clipboard::SystemClipboard::default()),
            log_file: None,
            started: None,
        }
    }
}

/// The workbench.
pub struct ParallaxApp {
    /// The saved investigation.
    pub workspace: Workspace,
    workspace_path: Option<PathBuf>,
    dirty_since: Option<Instant>,
    /// Everything loaded, read or failed, in load order.
    pub entries: Vec<Entry>,
    /// The latest analysis.
    pub snapshot: Snapshot,
    /// What the user looks at.
    pub selection: Selection,
    worker: Worker,
    generation: u64,
    analysed_generation: u64,
    analysis_wanted: bool,
    /// Messages for the user, newest last.
    pub notices: Vec<Notice>,
    /// Show the first-launch hint.
    pub show_hint: bool,
    last_analysis_seconds: Option<f64>,
    dialogs: Box<dyn Dialogs>,
    browser: file_browser::FileBrowser,
    viewer: article_viewer::ArticleViewer,
    discrepancies: discrepancy_panel::DiscrepancyPanel,
    timeline: timeline_view::TimelineView,
    /// A height the timeline panel should grow to on the next frame, so lanes just
    /// switched on show without scrolling.
    grow_timeline_to: Option<f32>,
    paste: overlays::PasteDialog,
    pasted_count: usize,
    wake_set: bool,
    log_file: Option<PathBuf>,
    /// Process start, until the first frame has logged the start-up time.
    started: Option<Instant>,
    /// The About box is open.
    pub show_about: bool,
    about_icon: Option<egui::TextureHandle>,
}

impl ParallaxApp {
    /// Opens the workspace and starts reading what it lists (the demo on a first launch).
    pub fn new(config: AppConfig) -> Self {
        let mut notices = Vec::new();
        let (mut workspace, fresh) = match &config.workspace_path {
            Some(path) => match Workspace::open(path) {
                Ok(opened) => {
                    if let Some(n) = opened.notice {
                        notices.push(Notice::error(n));
                    }
                    (opened.workspace, opened.fresh)
                }
                Err(e) => {
                    notices.push(Notice::error(format!(
                        "{e}. Parallax started with an empty workspace."
                    )));
                    (Workspace::default(), false)
                }
            },
            None => (Workspace::default(), true),
        };
        let mut show_hint = false;
        if fresh && config.files.is_empty() {
            workspace.sources.push(SourceEntry::Demo);
            show_hint = true;
        }
        for f in &config.files {
            let entry = SourceEntry::Path { path: absolute(f) };
            if !workspace.sources.contains(&entry) {
                workspace.sources.push(entry);
            }
        }
        // Opening a folder from the command line (or a double-clicked file) means the user
        // is working there now, so the browser shows it rather than the remembered folder.
        let given_dir = config.files.first().map(|f| absolute(f)).and_then(|f| {
            if f.is_dir() {
                Some(f)
            } else {
                f.parent().filter(|p| p.is_dir()).map(Path::to_path_buf)
            }
        });
        let start_dir = given_dir
            .or_else(|| workspace.browser_dir.clone().filter(|d| d.is_dir()))
            .or(config.start_dir.clone())
            .unwrap_or_else(|| PathBuf::from("."));
        let mut app = ParallaxApp {
            browser: file_browser::FileBrowser::new(start_dir),
            viewer: article_viewer::ArticleViewer::default(),
            discrepancies: discrepancy_panel::DiscrepancyPanel::default(),
            timeline: timeline_view::TimelineView::with_clipboard(config.clipboard),
            grow_timeline_to: None,
            paste: overlays::PasteDialog::default(),
            pasted_count: workspace
                .sources
                .iter()
                .filter(|s| matches!(s, SourceEntry::Pasted { .. }))
                .count(),
            selection: Selection {
                article: workspace.layout.open_article.clone(),
                ..Selection::default()
            },
            workspace,
            workspace_path: config.workspace_path,
            dirty_since: None,
            entries: Vec::new(),
            snapshot: Snapshot::default(),
            worker: Worker::new(config.analyzer, config.demo),
            log_file: config.log_file,
            started: config.started,
            show_about: false,
            about_icon: None,
            generation: 0,
            analysed_generation: 0,
            analysis_wanted: false,
            notices,
            show_hint,
            last_analysis_seconds: None,
            dialogs: config.dialogs,
            wake_set: false,
        };
        let sources = app.workspace.sources.clone();
        if !sources.is_empty() {
            app.worker.read(sources);
        }
        if fresh || !app.workspace_path.as_ref().is_some_and(|p| p.exists()) {
            app.mark_dirty();
        }
        app
    }

    /// True while files are being read or analysed.
    pub fn busy(&self) -> bool {
        self.worker.busy() || self.analysis_wanted
    }

    /// The workspace file in use.
    pub fn workspace_path(&self) -> Option<&std::path::Path> {
        self.workspace_path.as_deref()
    }

    fn mark_dirty(&mut self) {
        self.dirty_since = Some(Instant::now());
    }

    /// Saves the workspace now if anything changed.
    pub fn save_now(&mut self) {
        if self.dirty_since.is_none() {
            return;
        }
        self.dirty_since = None;
        let Some(path) = self.workspace_path.clone() else {
            return;
        };
        self.workspace.tidy();
        if let Err(e) = self.workspace.save(&path) {
            self.notices.push(Notice::error(e.to_string()));
        }
    }

    /// Adds files, folders, pasted text or the demo, and reads them in the background.
    pub fn add_sources(&mut self, sources: Vec<SourceEntry>) {
        let mut new = Vec::new();
        for s in sources {
            if let SourceEntry::Path { path } = &s {
                // Loading a file again brings back one the user removed.
                let key = crate::workspace::file_key(path);
                self.workspace.hidden.retain(|k| !k.starts_with(&key));
            }
            if !self.workspace.sources.contains(&s) {
                self.workspace.sources.push(s.clone());
            }
            new.push(s);
        }
        if !new.is_empty() {
            self.worker.read(new);
            self.mark_dirty();
        }
    }

    /// Loads files and folders from disk.
    pub fn add_paths(&mut self, paths: Vec<PathBuf>) {
        self.add_sources(
            paths
                .into_iter()
                .map(|p| SourceEntry::Path { path: absolute(&p) })
                .collect(),
        );
    }

    /// Adds pasted text as a new article. Too little text is refused with a notice.
    pub fn add_pasted(&mut self, text: &str) -> bool {
        let words = text.split_whitespace().count();
        if words < 20 {
            self.notices.push(Notice::error(format!(
                "The pasted text has {words} word{}; an article needs at least 20",
                if words == 1 { "" } else { "s" }
            )));
            return false;
        }
        self.pasted_count += 1;
        let mut n = self.pasted_count;
        let name = loop {
            let candidate = format!("Pasted article {n}");
            let taken = self
                .workspace
                .sources
                .iter()
                .any(|s| matches!(s, SourceEntry::Pasted { name, .. } if name == &candidate));
            if !taken {
                break candidate;
            }
            n += 1;
        };
        self.selection.article = Some(crate::workspace::article_key(None, "pasted", &name));
        self.add_sources(vec![SourceEntry::Pasted {
            name,
            text: text.to_string(),
        }]);
        true
    }

    /// Asks for a fresh analysis at the end of this frame.
    pub fn request_analysis(&mut self) {
        self.analysis_wanted = true;
    }

    fn start_analysis(&mut self) {
        self.analysis_wanted = false;
        self.generation += 1;
        let inputs: Vec<AnalysisInput> = self
            .entries
            .iter()
            .filter_map(|e| {
                let state = self.workspace.article(&e.key);
                if state.is_some_and(|s| s.excluded) {
                    return None;
                }
                e.article().map(|a| AnalysisInput {
                    key: e.key.clone(),
                    article: a.clone(),
                    overrides: state.map(|s| s.overrides.clone()).unwrap_or_default(),
                })
            })
            .collect();
        self.worker.analyze(self.generation, inputs);
    }

    fn handle_messages(&mut self) {
        for msg in self.worker.poll() {
            match msg {
                Message::Read { entries, .. } => {
                    let mut failed = 0;
                    // Index by key once: a folder of thousands must not cost a quadratic merge.
                    let mut at: std::collections::HashMap<String, usize> = self
                        .entries
                        .iter()
                        .enumerate()
                        .map(|(i, e)| (e.key.clone(), i))
                        .collect();
                    let hidden: std::collections::HashSet<&String> =
                        self.workspace.hidden.iter().collect();
                    for e in entries {
                        if hidden.contains(&e.key) {
                            continue;
                        }
                        if matches!(e.status, EntryStatus::Failed(_)) {
                            failed += 1;
                        }
                        match at.get(&e.key) {
                            Some(&i) => self.entries[i] = e,
                            None => {
                                at.insert(e.key.clone(), self.entries.len());
                                self.entries.push(e);
                            }
                        }
                    }
                    if failed > 0 {
                        self.notices.push(Notice::error(format!(
                            "{failed} file{} could not be read; hover the red badge in the list for the reason",
                            if failed == 1 { "" } else { "s" }
                        )));
                    }
                    if self.selection.article.is_none()
                        || !self
                            .entries
                            .iter()
                            .any(|e| Some(&e.key) == self.selection.article.as_ref())
                    {
                        if let Some(first) = self.entries.iter().find(|e| e.article().is_some()) {
                            self.selection.article = Some(first.key.clone());
                        }
                    }
                    self.request_analysis();
                }
                Message::Analyzed {
                    generation,
                    snapshot,
                    seconds,
                } => {
                    if generation == self.generation {
                        self.snapshot = snapshot;
                        self.analysed_generation = generation;
                        self.last_analysis_seconds = Some(seconds);
                        self.selection.revalidate(&self.snapshot);
                    }
                }
                Message::Failed { message } => {
                    log::error!("{message}");
                    self.notices.push(Notice::error(message));
                }
                Message::Done { .. } => {}
            }
        }
    }

    /// Applies one user action from any panel.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Load(paths) => self.add_paths(paths),
            Action::OpenFiles => {
                let paths = self.dialogs.open_files(Some(self.browser.dir()));
                self.add_paths(paths);
            }
            Action::OpenFolder => {
                if let Some(p) = self.dialogs.open_folder(Some(self.browser.dir())) {
                    self.add_paths(vec![p]);
                }
            }
            Action::LoadDemo => self.add_sources(vec![SourceEntry::Demo]),
            Action::PasteDialog => self.paste.open = true,
            Action::Paste(text) => {
                if self.add_pasted(&text) {
                    self.paste = overlays::PasteDialog::default();
                }
            }
            Action::SelectArticle(key) => {
                self.selection.select_article(&key);
                self.workspace.layout.open_article = Some(key);
                self.mark_dirty();
            }
            Action::SelectSpan(key, span) => self.selection.select_span(&self.snapshot, &key, span),
            Action::SelectMention(article, span, event) => {
                self.selection.select_mention(&self.snapshot, article, span);
                if event.is_some() {
                    self.selection.event = event;
                }
            }
            Action::SelectEvent(id) => self.selection.select_event(&self.snapshot, &id),
            Action::SelectDiscrepancy(id) => self.selection.select_discrepancy(&self.snapshot, &id),
            Action::SetExcluded(key, excluded) => {
                self.workspace.article_mut(&key).excluded = excluded;
                self.mark_dirty();
                self.request_analysis();
            }
            Action::Remove(key) => {
                self.entries.retain(|e| e.key != key);
                let before = self.workspace.sources.len();
                self.workspace.sources.retain(|s| match s {
                    SourceEntry::Path { path } => crate::workspace::file_key(path) != key,
                    SourceEntry::Pasted { name, .. } => {
                        crate::workspace::article_key(None, "pasted", name) != key
                    }
                    SourceEntry::Demo => true,
                });
                if before == self.workspace.sources.len() {
                    // Part of a folder or the demo: remember not to show it again.
                    self.workspace.hidden.push(key.clone());
                }
                self.workspace.articles.remove(&key);
                if self.selection.article.as_deref() == Some(key.as_str()) {
                    self.selection = Selection::default();
                    self.selection.article = self
                        .entries
                        .iter()
                        .find(|e| e.article().is_some())
                        .map(|e| e.key.clone());
                }
                self.mark_dirty();
                self.request_analysis();
            }
            Action::RemoveAll => {
                self.entries.clear();
                self.workspace.sources.clear();
                self.workspace.hidden.clear();
                self.selection = Selection::default();
                self.mark_dirty();
                self.request_analysis();
            }
            Action::SetOverrides(key, overrides) => {
                self.workspace.article_mut(&key).overrides = overrides;
                self.mark_dirty();
                self.request_analysis();
            }
            Action::SetArticleNote(key, note) => {
                self.workspace.article_mut(&key).note = note;
                self.mark_dirty();
            }
            Action::SetReview(review_key, review) => {
                self.workspace.reviews.insert(review_key, review);
                self.mark_dirty();
            }
            Action::Reanalyze => self.request_analysis(),
            Action::Cancel => {
                if self.worker.cancel_all() > 0 {
                    self.notices.push(Notice::info(
                        "Stopped. Articles read so far are kept; F5 analyses them again",
                    ));
                }
            }
            Action::SaveWorkspace => {
                self.mark_dirty();
                self.save_now();
            }
            Action::SaveWorkspaceAs => {
                if let Some(path) = self.dialogs.save_file(
                    "Save workspace as",
                    "investigation.parallax.json",
                    "Parallax workspace",
                    &["json"],
                ) {
                    self.workspace_path = Some(path.clone());
                    self.mark_dirty();
                    self.save_now();
                    self.notices.push(Notice::info(format!(
                        "Workspace saved as {}",
                        path.display()
                    )));
                }
            }
            Action::OpenWorkspace => {
                if let Some(path) =
                    self.dialogs
                        .open_file("Open workspace", "Parallax workspace", &["json"])
                {
                    self.open_workspace(path);
                }
            }
            Action::ExportTimeline => self.export_timeline(),
            // The timeline panel shows no widget without events: nothing would answer.
            Action::CaptureTimeline(_) if self.snapshot.analysis.events.is_empty() => {
                self.notices.push(Notice::error(
                    "There is no timeline to capture yet: no dated events have been found",
                ));
            }
            // Nothing is said yet: the image exists only once the window has delivered
            // the screenshot, a frame or more later (`Action::CaptureFinished`).
            Action::CaptureTimeline(target) => self.timeline.capture(target),
            Action::CaptureFinished(outcome) => match outcome {
                timeline_view::CaptureOutcome::Png(png) => {
                    self.apply(Action::SaveScreenshot(png));
                }
                timeline_view::CaptureOutcome::Copied => self
                    .notices
                    .push(Notice::info("Timeline image copied to the clipboard")),
                timeline_view::CaptureOutcome::Failed(_, why) => {
                    self.notices.push(Notice::error(why));
                }
            },
            Action::SaveScreenshot(png) => {
                if let Some(path) =
                    self.dialogs
                        .save_file("Save screenshot", "timeline.png", "PNG image", &["png"])
                {
                    match std::fs::write(&path, png) {
                        Ok(()) => self.notices.push(Notice::info(format!(
                            "Screenshot saved to {}",
                            path.display()
                        ))),
                        Err(e) => self.notices.push(Notice::error(format!(
                            "Could not save the screenshot to {}: {e}",
                            path.display()
                        ))),
                    }
                }
            }
            Action::DismissHint => self.show_hint = false,
            Action::DismissNotices => self.notices.clear(),
            Action::SetShowDismissed(v) => {
                self.workspace.layout.show_dismissed = v;
                self.mark_dirty();
            }
            Action::SetCompare(v) => {
                self.workspace.layout.compare = v;
                self.mark_dirty();
            }
            Action::Find => self.viewer.open_find(),
            Action::ShowAbout(open) => self.show_about = open,
            Action::OpenLog => match &self.log_file {
                Some(path) => {
                    if let Err(e) = open::that_detached(path) {
                        self.notices.push(Notice::error(format!(
                            "Could not open the log file {}: {e}",
                            path.display()
                        )));
                    }
                }
                None => self.notices.push(Notice::error(
                    "This session keeps no log file (the state folder could not be written)"
                        .to_string(),
                )),
            },
            Action::BrowseTo(dir) => {
                self.workspace.browser_dir = Some(dir);
                self.mark_dirty();
            }
            Action::ClearSelection => {
                let article = self.selection.article.take();
                self.selection = Selection {
                    article,
                    ..Selection::default()
                };
            }
        }
    }

    /// Replaces the current investigation with the one in `path`.
    pub fn open_workspace(&mut self, path: PathBuf) {
        self.save_now();
        match Workspace::open(&path) {
            Ok(opened) => {
                if let Some(n) = opened.notice {
                    self.notices.push(Notice::error(n));
                }
                self.workspace = opened.workspace;
                self.workspace_path = Some(path);
                self.entries.clear();
                self.snapshot = Snapshot::default();
                self.selection = Selection {
                    article: self.workspace.layout.open_article.clone(),
                    ..Selection::default()
                };
                let sources = self.workspace.sources.clone();
                if sources.is_empty() {
                    self.request_analysis();
                } else {
                    self.worker.read(sources);
                }
            }
            Err(e) => self.notices.push(Notice::error(e.to_string())),
        }
    }

    fn export_timeline(&mut self) {
        let Some(path) = self.dialogs.save_file(
            "Export timeline",
            "timeline.png",
            "PNG or SVG image",
            &["png", "svg"],
        ) else {
            return;
        };
        let opts = crate::export::ExportOptions {
            format: crate::export::Format::from_path(&path),
            lanes: self.timeline.lanes,
            compress: self.timeline.compress,
            title: Some("Timeline".to_string()),
            ..crate::export::ExportOptions::default()
        };
        let result =
            crate::export::render_timeline(&self.snapshot.analysis, &self.snapshot.articles, &opts)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    crate::workspace::write_atomic(&path, &bytes).map_err(|e| e.to_string())
                });
        match result {
            Ok(()) => self.notices.push(Notice::info(format!(
                "Timeline exported to {}",
                path.display()
            ))),
            Err(e) => self.notices.push(Notice::error(format!(
                "Could not export the timeline to {}: {e}",
                path.display()
            ))),
        }
    }

    /// The whole window, one frame. Tests call this through `egui_kittest`.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if let Some(started) = self.started.take() {
            log::info!(
                "first frame {} ms after start",
                started.elapsed().as_millis()
            );
        }
        if !self.wake_set {
            self.worker.set_wake(&ctx);
            self.wake_set = true;
            apply_style(&ctx);
        }
        self.handle_messages();

        let mut actions: Vec<Action> = Vec::new();
        menus::shortcuts(&ctx, &mut actions);
        overlays::handle_drops_and_paste(&ctx, &mut actions);

        egui::Panel::top("menu").show(ui, |ui| {
            menus::menu_bar(ui, self, &mut actions);
        });
        egui::Panel::bottom("status")
            .show_separator_line(true)
            .show(ui, |ui| {
                overlays::status_bar(ui, self, &mut actions);
            });
        // The timeline may take up to half the window: the article viewer above it
        // keeps room to read in.
        let tallest_timeline = (ctx.content_rect().height() / 2.0).clamp(120.0, 700.0);
        // Growing: for one frame the panel may not be smaller than the lanes need; after
        // that it keeps the size it reached and the user's resizing rules again.
        let shortest_timeline = self
            .grow_timeline_to
            .take()
            .map_or(120.0, |h| h.clamp(120.0, tallest_timeline));
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(240.0)
            .size_range(shortest_timeline..=tallest_timeline)
            .show(ui, |ui| {
                if self.snapshot.analysis.events.is_empty() {
                    ui.centered_and_justified(|ui| {
                        ui.weak(if self.busy() {
                            "Analysing…"
                        } else {
                            "No dated events yet: the timeline fills in as articles with dates are analysed"
                        });
                    });
                    return;
                }
                let r = self.timeline.ui(
                    ui,
                    &self.snapshot.analysis,
                    &self.snapshot.articles,
                    self.selection.event.as_deref(),
                );
                if let Some(id) = r.clicked {
                    actions.push(Action::SelectEvent(id));
                }
                if r.export_requested {
                    actions.push(Action::ExportTimeline);
                }
                if let Some(h) = r.wants_height {
                    // The panel's frame adds its margins around the content.
                    self.grow_timeline_to = Some(h + ui.spacing().window_margin.sum().y);
                    ui.ctx().request_repaint();
                }
                actions.extend(r.captures.into_iter().map(Action::CaptureFinished));
            });
        egui::Panel::left("sources")
            .resizable(true)
            .default_size(320.0)
            .size_range(220.0..=600.0)
            .show(ui, |ui| {
                egui::Panel::top("browser")
                    .resizable(true)
                    .default_size(280.0)
                    .size_range(160.0..=800.0)
                    .show(ui, |ui| {
                        // Fill the panel even when the folder is short, so its size does
                        // not follow the folder's length.
                        ui.set_min_height(ui.available_height());
                        let loaded = self
                            .entries
                            .iter()
                            .filter_map(|e| e.path.as_deref())
                            .collect();
                        self.browser.ui(ui, &loaded, &mut actions);
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    articles_list::ui(ui, self, &mut actions);
                });
            });
        egui::Panel::right("discrepancies")
            .resizable(true)
            .default_size(360.0)
            .size_range(240.0..=700.0)
            .show(ui, |ui| {
                self.discrepancies.ui(
                    ui,
                    &self.snapshot,
                    &self.selection,
                    &self.workspace,
                    &mut actions,
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if self.show_hint {
                let demo_loaded = self.entries.iter().any(|e| e.key.starts_with("demo/"));
                overlays::hint(ui, demo_loaded, &mut actions);
            }
            overlays::notices(ui, &self.notices, &mut actions);
            let entry = self
                .selection
                .article
                .as_ref()
                .and_then(|k| self.entries.iter().find(|e| &e.key == k));
            self.viewer.ui(
                ui,
                article_viewer::ViewerInput {
                    entry,
                    entries: &self.entries,
                    snapshot: &self.snapshot,
                    selection: &mut self.selection,
                    workspace: &self.workspace,
                },
                &mut actions,
            );
        });

        if self.paste.open {
            self.paste.ui(&ctx, &mut actions);
        }
        if self.show_about {
            self.about_window(&ctx, &mut actions);
        }
        overlays::drop_overlay(&ctx);

        for a in actions {
            self.apply(a);
        }
        if self.analysis_wanted {
            self.start_analysis();
        }
        if let Some(since) = self.dirty_since {
            if since.elapsed() >= SAVE_DELAY {
                self.save_now();
            } else {
                ctx.request_repaint_after(SAVE_DELAY);
            }
        }
        if self.worker.busy() {
            // Progress bars move without input.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

impl eframe::App for ParallaxApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.save_now();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        let _ = self.worker.cancel_all();
        self.save_now();
    }
}

/// Text sizes for a tool read all day: egui's defaults are small, its "small" tiny.
impl ParallaxApp {
    /// The About box: icon, version line, what Parallax is, where the log is.
    fn about_window(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let icon = self.about_icon.get_or_insert_with(|| {
            let image = image::load_from_memory(crate::demo::ICON_PNG)
                .map(|i| i.to_rgba8())
                .unwrap_or_default();
            let size = [image.width() as usize, image.height() as usize];
            ctx.load_texture(
                "parallax-icon",
                egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw()),
                egui::TextureOptions::LINEAR,
            )
        });
        let mut open = true;
        egui::Window::new("About Parallax")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(420.0)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.add(egui::Image::new((icon.id(), egui::vec2(64.0, 64.0))));
                    ui.vertical(|ui| {
                        ui.heading("Parallax");
                        ui.label(format!("Version {}", crate::demo::VERSION_LINE));
                    });
                });
                ui.add_space(6.0);
                for para in crate::demo::about_text().split("\n\n").skip(1) {
                    ui.label(para);
                    ui.add_space(4.0);
                }
                if let Some(log) = &self.log_file {
                    ui.label(format!("Log file: {}", log.display()));
                }
            });
        if !open {
            actions.push(Action::ShowAbout(false));
        }
    }
}

fn apply_style(ctx: &egui::Context) {
    use egui::{FontFamily, FontId, TextStyle};
    // Both themes: the system can switch between them while the app runs.
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.5, FontFamily::Monospace),
            ),
        ]
        .into();
    });
}

/// The real analysis. A publication date the user set wins over everything the analysis
/// would otherwise count from (a dateline date, an inferred date).
pub fn analyze_with_user_dates(articles: &[crate::model::Article]) -> crate::model::Analysis {
    crate::analysis::analyze(articles, &user_dates(articles))
}

/// The app's analysis: like [`analyze_with_user_dates`], but per-article results are kept
/// between runs, so editing one article's date or adding one article re-tags only that
/// article and the rest of the run is the merge across articles.
pub fn incremental_analyzer() -> Analyzer {
    let cache = std::sync::Mutex::new(crate::analysis::AnalysisCache::new());
    Arc::new(move |articles: &[crate::model::Article]| {
        let opts = user_dates(articles);
        match cache.try_lock() {
            Ok(mut cache) => crate::analysis::analyze_incremental(articles, &opts, &mut cache),
            // An earlier run still holds the cache (it was cancelled but has not stopped yet),
            // or it panicked mid-run: analyse without it rather than wait.
            Err(_) => crate::analysis::analyze(articles, &opts),
        }
    })
}

/// Publication dates the user set, as analysis options.
fn user_dates(articles: &[crate::model::Article]) -> crate::analysis::AnalysisOptions {
    let creation_overrides = articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            a.meta
                .published
                .as_ref()
                .filter(|f| f.origin == crate::model::Origin::User)
                .map(|f| (i, f.value.date))
        })
        .collect();
    crate::analysis::AnalysisOptions { creation_overrides }
}

/// An absolute path, so the workspace still finds the file from another working folder.
fn absolute(p: &std::path::Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use skrifa::MetadataProvider;

    /// Symbols the workbench draws; egui ships only Ubuntu Light, and a missing glyph is
    /// a panic in debug builds and a box on screen in release.
    pub(crate) const SYMBOLS: &str = "“”…·–—×−";

    #[test]
    fn ui_symbols_exist_in_the_default_font() {
        let font = skrifa::FontRef::new(epaint_default_fonts::UBUNTU_LIGHT).unwrap();
        let cmap = font.charmap();
        let missing: Vec<char> = SYMBOLS.chars().filter(|c| cmap.map(*c).is_none()).collect();
        assert!(missing.is_empty(), "missing: {missing:?}");
    }
}
