//! The menu bar and the keyboard shortcuts. Every shortcut is shown beside its menu item.

use super::timeline_view::CaptureTarget;
use super::{Action, ParallaxApp};
use egui::{Key, KeyboardShortcut, Modifiers};

/// Open article files (Ctrl+O).
pub const OPEN_FILES: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Open a folder (Ctrl+Shift+O).
pub const OPEN_FOLDER: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O);
/// Paste an article in a dialog (Ctrl+Shift+V); plain Ctrl+V adds the clipboard at once.
pub const PASTE_DIALOG: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::V);
/// Save the workspace now (Ctrl+S).
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Save the workspace as (Ctrl+Shift+S).
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Export the timeline (Ctrl+E).
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Save a screenshot of the timeline (Ctrl+Shift+E).
pub const SCREENSHOT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::E);
/// Copy the timeline as an image (Ctrl+Shift+C).
pub const COPY_TIMELINE: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C);
/// Find in the article (Ctrl+F).
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// Run the analysis again (F5).
pub const REANALYZE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);
/// Compare two articles side by side (Ctrl+D).
pub const COMPARE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::D);

/// Turns shortcut presses into actions.
pub fn shortcuts(ctx: &egui::Context, actions: &mut Vec<Action>) {
    ctx.input_mut(|i| {
        // Longer combinations first: Ctrl+Shift+O must not also count as Ctrl+O.
        if i.consume_shortcut(&OPEN_FOLDER) {
            actions.push(Action::OpenFolder);
        }
        if i.consume_shortcut(&OPEN_FILES) {
            actions.push(Action::OpenFiles);
        }
        if i.consume_shortcut(&PASTE_DIALOG) {
            actions.push(Action::PasteDialog);
        }
        if i.consume_shortcut(&SAVE_AS) {
            actions.push(Action::SaveWorkspaceAs);
        }
        if i.consume_shortcut(&SAVE) {
            actions.push(Action::SaveWorkspace);
        }
        if i.consume_shortcut(&SCREENSHOT) {
            actions.push(Action::CaptureTimeline(CaptureTarget::Save));
        }
        if i.consume_shortcut(&COPY_TIMELINE) {
            actions.push(Action::CaptureTimeline(CaptureTarget::Copy));
        }
        if i.consume_shortcut(&EXPORT) {
            actions.push(Action::ExportTimeline);
        }
        if i.consume_shortcut(&FIND) {
            actions.push(Action::Find);
        }
        if i.consume_shortcut(&REANALYZE) {
            actions.push(Action::Reanalyze);
        }
    });
}

fn item(ui: &mut egui::Ui, text: &str, shortcut: Option<&KeyboardShortcut>) -> bool {
    let mut b = egui::Button::new(text);
    if let Some(s) = shortcut {
        b = b.shortcut_text(ui.ctx().format_shortcut(s));
    }
    ui.add(b).clicked()
}

/// The menu bar.
pub fn menu_bar(ui: &mut egui::Ui, app: &ParallaxApp, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if item(ui, "Open files…", Some(&OPEN_FILES)) {
                actions.push(Action::OpenFiles);
            }
            if item(ui, "Open folder…", Some(&OPEN_FOLDER)) {
                actions.push(Action::OpenFolder);
            }
            if item(ui, "Paste article…", Some(&PASTE_DIALOG)) {
                actions.push(Action::PasteDialog);
            }
            if item(ui, "Load demo articles", None) {
                actions.push(Action::LoadDemo);
            }
            ui.separator();
            if item(ui, "Save workspace", Some(&SAVE)) {
                actions.push(Action::SaveWorkspace);
            }
            if item(ui, "Save workspace as…", Some(&SAVE_AS)) {
                actions.push(Action::SaveWorkspaceAs);
            }
            if item(ui, "Open workspace…", None) {
                actions.push(Action::OpenWorkspace);
            }
            ui.separator();
            if item(ui, "Export timeline…", Some(&EXPORT)) {
                actions.push(Action::ExportTimeline);
            }
            if item(ui, "Save timeline screenshot…", Some(&SCREENSHOT)) {
                actions.push(Action::CaptureTimeline(CaptureTarget::Save));
            }
            if item(ui, "Copy timeline image", Some(&COPY_TIMELINE)) {
                actions.push(Action::CaptureTimeline(CaptureTarget::Copy));
            }
            ui.separator();
            if item(ui, "Remove all articles", None) {
                actions.push(Action::RemoveAll);
            }
            if item(ui, "Quit", None) {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        ui.menu_button("View", |ui| {
            if item(ui, "Find in article", Some(&FIND)) {
                actions.push(Action::Find);
            }
            let compare = app.workspace.layout.compare;
            if item(
                ui,
                if compare {
                    "Single article"
                } else {
                    "Compare side by side"
                },
                Some(&COMPARE),
            ) {
                actions.push(Action::SetCompare(!compare));
            }
            let dismissed = app.workspace.layout.show_dismissed;
            if item(
                ui,
                if dismissed {
                    "Hide dismissed discrepancies"
                } else {
                    "Show dismissed discrepancies"
                },
                None,
            ) {
                actions.push(Action::SetShowDismissed(!dismissed));
            }
            ui.separator();
            egui::widgets::global_theme_preference_buttons(ui);
        });
        ui.menu_button("Analysis", |ui| {
            if item(ui, "Analyse again", Some(&REANALYZE)) {
                actions.push(Action::Reanalyze);
            }
            if item(ui, "Clear selection", None) {
                actions.push(Action::ClearSelection);
            }
        });
        ui.menu_button("Help", |ui| {
            if item(ui, "Open log file", None) {
                actions.push(Action::OpenLog);
            }
            if item(ui, "About Parallax", None) {
                actions.push(Action::ShowAbout(true));
            }
        });
    });
    // Ctrl+D is handled here because the compare state lives in the workspace.
    if ui.input_mut(|i| i.consume_shortcut(&COMPARE)) {
        actions.push(Action::SetCompare(!app.workspace.layout.compare));
    }
}
