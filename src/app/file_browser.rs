//! A browser of the file system: folders expand in place, supported article files show
//! their size and date, other files are dimmed. Double-click or Enter loads a file or a
//! whole folder. A path bar, Back and Up; the folder shown is remembered in the workspace.

use super::Action;
use crate::ingest::is_supported_path;
use egui::{Key, RichText};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// One item of a folder listing.
#[derive(Debug, Clone)]
struct Item {
    path: PathBuf,
    name: String,
    dir: bool,
    size: u64,
    modified: Option<SystemTime>,
    supported: bool,
}

/// Lists a folder: folders first, then files, each by name; hidden files left out.
fn list_dir(dir: &Path) -> Result<Vec<Item>, String> {
    let read = std::fs::read_dir(dir).map_err(|e| crate::ingest::ReadError::from(e).to_string())?;
    let mut items: Vec<Item> = read
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            let path = e.path();
            // Follow links so a link to a folder browses like a folder.
            let meta = std::fs::metadata(&path).ok();
            let dir = meta.as_ref().is_some_and(|m| m.is_dir());
            Some(Item {
                supported: dir || is_supported_path(&path),
                size: meta.as_ref().map(|m| m.len()).unwrap_or(0),
                modified: meta.and_then(|m| m.modified().ok()),
                path,
                name,
                dir,
            })
        })
        .collect();
    items.sort_by(|a, b| {
        b.dir
            .cmp(&a.dir)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(items)
}

/// "12 KB", "1.4 MB".
pub fn human_size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} B")
    } else if b < KB * KB {
        format!("{:.0} KB", b / KB)
    } else {
        format!("{:.1} MB", b / KB / KB)
    }
}

fn short_date(t: SystemTime) -> String {
    let dt: chrono::DateTime<chrono::Local> = t.into();
    dt.format("%Y-%m-%d").to_string()
}

/// The browser's state.
pub struct FileBrowser {
    dir: PathBuf,
    path_text: String,
    back: Vec<PathBuf>,
    listings: BTreeMap<PathBuf, Result<Vec<Item>, String>>,
    expanded: BTreeSet<PathBuf>,
    selected: Option<PathBuf>,
}

impl FileBrowser {
    /// A browser showing `dir`.
    pub fn new(dir: PathBuf) -> Self {
        FileBrowser {
            path_text: dir.display().to_string(),
            dir,
            back: Vec::new(),
            listings: BTreeMap::new(),
            expanded: BTreeSet::new(),
            selected: None,
        }
    }

    /// The folder shown.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn go(&mut self, dir: PathBuf, actions: &mut Vec<Action>) {
        if dir != self.dir {
            self.back.push(std::mem::replace(&mut self.dir, dir));
            self.path_text = self.dir.display().to_string();
            self.selected = None;
            actions.push(Action::BrowseTo(self.dir.clone()));
        }
    }

    fn listing(&mut self, dir: &Path) -> &Result<Vec<Item>, String> {
        self.listings
            .entry(dir.to_path_buf())
            .or_insert_with(|| list_dir(dir))
    }

    /// Rows to show: (depth, item), following expanded folders.
    fn rows(&mut self) -> (Vec<(usize, Item)>, Option<String>) {
        let dir = self.dir.clone();
        let mut rows = Vec::new();
        let error = match self.listing(&dir).clone() {
            Ok(items) => {
                let mut stack: Vec<(usize, Item)> =
                    items.into_iter().rev().map(|i| (0, i)).collect();
                while let Some((depth, item)) = stack.pop() {
                    if item.dir && self.expanded.contains(&item.path) && depth < 12 {
                        if let Ok(children) = self.listing(&item.path).clone() {
                            stack.extend(children.into_iter().rev().map(|c| (depth + 1, c)));
                        }
                    }
                    rows.push((depth, item));
                }
                None
            }
            Err(e) => Some(e),
        };
        (rows, error)
    }

    /// Shows the browser.
    pub fn ui(&mut self, ui: &mut egui::Ui, loaded: &BTreeSet<&Path>, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.strong("Files");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .small_button("Load folder")
                    .on_hover_text("Load every article in the folder shown")
                    .clicked()
                {
                    actions.push(Action::Load(vec![self.dir.clone()]));
                }
            });
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!self.back.is_empty(), egui::Button::new("Back"))
                .on_hover_text("Back to the previous folder")
                .clicked()
            {
                if let Some(prev) = self.back.pop() {
                    self.dir = prev;
                    self.path_text = self.dir.display().to_string();
                    actions.push(Action::BrowseTo(self.dir.clone()));
                }
            }
            let parent = self.dir.parent().map(Path::to_path_buf);
            if ui
                .add_enabled(parent.is_some(), egui::Button::new("Up"))
                .on_hover_text("Up to the parent folder")
                .clicked()
            {
                if let Some(p) = parent {
                    self.go(p, actions);
                }
            }
            if ui
                .button("Refresh")
                .on_hover_text("Read the folder again")
                .clicked()
            {
                self.listings.clear();
            }
            // Read Enter before the text field: the field consumes the key when it sees it.
            let enter = ui.input(|i| i.key_pressed(Key::Enter));
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.path_text)
                    .desired_width(f32::INFINITY)
                    .hint_text("Folder path"),
            );
            edit.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Folder path")
            });
            if edit.lost_focus() && enter {
                let p = PathBuf::from(self.path_text.trim());
                if p.is_dir() {
                    self.go(p, actions);
                } else if p.is_file() {
                    actions.push(Action::Load(vec![p]));
                } else {
                    self.path_text = self.dir.display().to_string();
                }
            }
        });

        let (rows, error) = self.rows();
        if let Some(e) = error {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
        if rows.is_empty() {
            ui.weak("This folder is empty");
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut open: Option<Item> = None;
        let mut toggle: Option<PathBuf> = None;
        let mut browse: Option<PathBuf> = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, rows.len(), |ui, range| {
                for (depth, item) in &rows[range] {
                    ui.horizontal(|ui| {
                        ui.add_space(*depth as f32 * 14.0);
                        let is_loaded = !item.dir && loaded.contains(item.path.as_path());
                        if item.dir {
                            let expanded = self.expanded.contains(&item.path);
                            let b = ui
                                .small_button(if expanded { "−" } else { "+" })
                                .on_hover_text(if expanded { "Collapse" } else { "Expand" });
                            let name = item.name.clone();
                            b.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::Button,
                                    true,
                                    format!(
                                        "{} {name}",
                                        if expanded { "Collapse" } else { "Expand" }
                                    ),
                                )
                            });
                            if b.clicked()
                            {
                                toggle = Some(item.path.clone());
                            }
                        } else if is_loaded {
                            // A dot in the space a folder's expand button takes, so a long
                            // file name keeps its room (a glyph could be missing from the font).
                            let (rect, mark) = ui.allocate_exact_size(
                                // Less the spacing after it, to line up with add_space(18).
                                egui::vec2(18.0 - ui.spacing().item_spacing.x, row_height - 4.0),
                                egui::Sense::hover(),
                            );
                            ui.painter().circle_filled(
                                rect.center(),
                                3.0,
                                ui.visuals().selection.bg_fill,
                            );
                            mark.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Label, true, "loaded")
                            });
                            mark.on_hover_text("Already loaded");
                        } else {
                            ui.add_space(18.0);
                        }
                        let mut text = if item.dir {
                            RichText::new(format!("{}/", item.name)).strong()
                        } else {
                            RichText::new(&item.name)
                        };
                        if !item.supported {
                            text = text.weak();
                        }
                        let selected = self.selected.as_ref() == Some(&item.path);
                        let r = ui.selectable_label(selected, text);
                        if r.clicked() {
                            self.selected = Some(item.path.clone());
                        }
                        if r.double_clicked() {
                            open = Some(item.clone());
                        }
                        let detail = if is_loaded {
                            "Already loaded".to_string()
                        } else if item.dir {
                            "Double-click or Enter to load every article in this folder; right-click to browse into it".to_string()
                        } else if item.supported {
                            "Double-click or Enter to load".to_string()
                        } else {
                            "Not an article format Parallax reads".to_string()
                        };
                        let r = r.on_hover_text(detail);
                        if item.dir {
                            r.context_menu(|ui| {
                                if ui.button("Browse into this folder").clicked() {
                                    browse = Some(item.path.clone());
                                    ui.close();
                                }
                                if ui.button("Load this folder").clicked() {
                                    open = Some(item.clone());
                                    ui.close();
                                }
                            });
                        }
                        if !item.dir {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    if let Some(m) = item.modified {
                                        ui.weak(short_date(m));
                                    }
                                    ui.weak(human_size(item.size));
                                },
                            );
                        }
                    });
                }
            });
        if let Some(p) = toggle {
            if !self.expanded.remove(&p) {
                self.expanded.insert(p);
            }
        }
        // Enter loads the selected item when no text field has the keyboard.
        if open.is_none()
            && !ui.ctx().egui_wants_keyboard_input()
            && ui.input(|i| i.key_pressed(Key::Enter))
        {
            if let Some(sel) = &self.selected {
                if let Some((_, item)) = rows.iter().find(|(_, i)| &i.path == sel) {
                    open = Some(item.clone());
                }
            }
        }
        if let Some(dir) = browse {
            self.go(dir, actions);
        }
        if let Some(item) = open {
            if item.dir || item.supported {
                actions.push(Action::Load(vec![item.path]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_puts_folders_first_and_dims_unsupported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("zeta")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "hello").unwrap();
        std::fs::write(dir.path().join("A.html"), "<p>x</p>").unwrap();
        std::fs::write(dir.path().join("c.png"), [0u8; 4]).unwrap();
        std::fs::write(dir.path().join(".hidden"), "x").unwrap();
        let items = list_dir(dir.path()).unwrap();
        let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, vec!["zeta", "A.html", "b.txt", "c.png"]);
        assert!(items[1].supported && items[2].supported);
        assert!(!items[3].supported);
        assert_eq!(items[2].size, 5);
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(12 * 1024), "12 KB");
        assert_eq!(human_size(3 * 1024 * 1024 / 2), "1.5 MB");
    }
}
