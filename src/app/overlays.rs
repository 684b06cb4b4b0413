//! What floats over the panels or frames them: dropping files, pasting an article, the
//! status bar with progress and cancel, the first-launch hint and messages.

use super::{Action, Notice, ParallaxApp};
use egui::{Color32, FontId, Id, RichText};

/// Collects dropped files and folders, and Ctrl+V with article text when no text field
/// has the keyboard.
pub fn handle_drops_and_paste(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let typing = ctx.egui_wants_keyboard_input();
    let (dropped, pasted) = ctx.input(|i| {
        let dropped: Vec<std::path::PathBuf> = i
            .raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        let pasted: Option<String> = if typing {
            None
        } else {
            i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) if !text.trim().is_empty() => Some(text.clone()),
                _ => None,
            })
        };
        (dropped, pasted)
    });
    if !dropped.is_empty() {
        actions.push(Action::Load(dropped));
    }
    if let Some(text) = pasted {
        actions.push(Action::Paste(text));
    }
}

/// A full-window overlay while files are dragged over the window. Its text is a real
/// label, so screen readers announce it too.
pub fn drop_overlay(ctx: &egui::Context) {
    let hovering = ctx.input(|i| i.raw.hovered_files.len());
    if hovering == 0 {
        return;
    }
    let screen = ctx.content_rect();
    let style = ctx.global_style();
    let dark = style.visuals.dark_mode;
    let bg = if dark {
        Color32::from_black_alpha(210)
    } else {
        Color32::from_white_alpha(225)
    };
    let accent = style.visuals.selection.bg_fill;
    let text = if hovering == 1 {
        "Drop to add this file or folder".to_string()
    } else {
        format!("Drop to add these {hovering} files and folders")
    };
    egui::Area::new(Id::unique("drop_overlay"))
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .interactable(false)
        .show(ctx, |ui| {
            ui.painter().rect_filled(screen, 0.0, bg);
            ui.painter().rect_stroke(
                screen.shrink(16.0),
                12.0,
                egui::Stroke::new(3.0, accent),
                egui::StrokeKind::Inside,
            );
            ui.set_min_size(screen.size());
            ui.put(
                egui::Rect::from_center_size(screen.center(), egui::vec2(screen.width(), 60.0)),
                egui::Label::new(
                    RichText::new(text)
                        .font(FontId::proportional(28.0))
                        .color(style.visuals.strong_text_color()),
                ),
            );
        });
}

/// The status bar: progress with cancel while working, otherwise a summary.
pub fn status_bar(ui: &mut egui::Ui, app: &ParallaxApp, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if app.worker.busy() {
            for job in &app.worker.jobs {
                ui.label(&job.label);
                let bar = match job.fraction() {
                    Some(f) => egui::ProgressBar::new(f).show_percentage(),
                    None => egui::ProgressBar::new(0.0).animate(true),
                };
                ui.add(bar.desired_width(160.0));
            }
            if ui
                .button("Cancel")
                .on_hover_text("Stop reading and analysing")
                .clicked()
            {
                actions.push(Action::Cancel);
            }
        } else {
            let read = app.entries.iter().filter(|e| e.article().is_some()).count();
            let failed = app.entries.len() - read;
            let a = &app.snapshot.analysis;
            let mut parts = vec![format!(
                "{read} article{} read",
                if read == 1 { "" } else { "s" }
            )];
            if failed > 0 {
                parts.push(format!("{failed} failed"));
            }
            parts.push(format!(
                "{} event{}",
                a.events.len(),
                if a.events.len() == 1 { "" } else { "s" }
            ));
            parts.push(format!(
                "{} discrepanc{}",
                a.discrepancies.len(),
                if a.discrepancies.len() == 1 {
                    "y"
                } else {
                    "ies"
                }
            ));
            if let Some(s) = app.last_analysis_seconds {
                parts.push(format!("analysed in {}", readable_seconds(s)));
            }
            ui.label(parts.join(" · "));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(p) = app.workspace_path() {
                ui.weak(format!("Workspace: {}", p.display()))
                    .on_hover_text("Saved automatically after every change");
            }
        });
    });
}

/// A duration in words a reader takes in at a glance: "8 ms", "0.4 s", "12 s", "2 min 5 s"
/// (a run of a few milliseconds read "0.00 s", which looks like nothing happened).
fn readable_seconds(seconds: f64) -> String {
    if seconds < 0.1 {
        format!("{} ms", (seconds * 1000.0).round().max(1.0) as u64)
    } else if seconds < 10.0 {
        format!("{seconds:.1} s")
    } else if seconds < 60.0 {
        format!("{} s", seconds.round() as u64)
    } else {
        let whole = seconds.round() as u64;
        format!("{} min {} s", whole / 60, whole % 60)
    }
}

/// The first-launch hint above the viewer.
pub fn hint(ui: &mut egui::Ui, demo_loaded: bool, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Welcome to Parallax.").strong());
                ui.label(if demo_loaded {
                    "These demo articles show how it works. To add your own, drag files or \
                     folders onto the window, press Ctrl+O, double-click in the file browser, \
                     or paste an article's text with Ctrl+V."
                } else {
                    "To begin, drag article files or folders onto the window, press Ctrl+O, \
                     double-click in the file browser, or paste an article's text with Ctrl+V."
                });
                if ui.button("Got it").clicked() {
                    actions.push(Action::DismissHint);
                }
            });
        });
    ui.add_space(4.0);
}

/// Messages (errors in the error colour), with a button to clear them.
pub fn notices(ui: &mut egui::Ui, notices: &[Notice], actions: &mut Vec<Action>) {
    if notices.is_empty() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.vertical(|ui| {
                // The last few only: older ones are stale.
                for n in notices.iter().rev().take(3).rev() {
                    if n.error {
                        ui.colored_label(ui.visuals().error_fg_color, &n.text);
                    } else {
                        ui.label(&n.text);
                    }
                }
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                if ui
                    .small_button("Dismiss messages")
                    .on_hover_text("Clear these messages")
                    .clicked()
                {
                    actions.push(Action::DismissNotices);
                }
            });
        });
    });
    ui.add_space(4.0);
}

/// The "Paste article" dialog: a large text field and an Add button.
#[derive(Debug, Default)]
pub struct PasteDialog {
    /// Shown.
    pub open: bool,
    /// The text typed or pasted so far.
    pub text: String,
}

impl PasteDialog {
    /// Shows the dialog as a modal window.
    pub fn ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let modal = egui::Modal::new(Id::unique("paste_dialog")).show(ctx, |ui| {
            ui.set_width(560.0_f32.min(ctx.content_rect().width() - 40.0));
            ui.heading("Paste article");
            ui.label("Paste the article's text (title and date lines too, if you have them).");
            let label = ui.label("Article text");
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut self.text)
                            .desired_rows(14)
                            .desired_width(f32::INFINITY)
                            .hint_text("Ctrl+V to paste"),
                    )
                    .labelled_by(label.id);
                });
            ui.horizontal(|ui| {
                let words = self.text.split_whitespace().count();
                if ui
                    .add_enabled(words > 0, egui::Button::new("Add article"))
                    .clicked()
                {
                    actions.push(Action::Paste(self.text.clone()));
                }
                if ui.button("Cancel").clicked() {
                    self.open = false;
                }
                ui.weak(format!("{words} words"));
            });
        });
        if modal.should_close() {
            self.open = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::readable_seconds;

    #[test]
    fn durations_read_at_a_glance() {
        assert_eq!(readable_seconds(0.0004), "1 ms");
        assert_eq!(readable_seconds(0.0123), "12 ms");
        assert_eq!(readable_seconds(0.42), "0.4 s");
        assert_eq!(readable_seconds(12.4), "12 s");
        assert_eq!(readable_seconds(125.0), "2 min 5 s");
    }
}
