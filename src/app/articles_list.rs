//! The loaded articles: outlet, title, publication date, a status badge (read, warnings,
//! failed with the reason on hover), a checkbox to leave an article out of the analysis,
//! and remove.

use super::{Action, EntryStatus, ParallaxApp};
use egui::{Color32, RichText};

/// A status badge's text, colour and hover explanation.
fn badge(status: &EntryStatus, dark: bool) -> (&'static str, Color32, String) {
    let (green, amber, red) = if dark {
        (
            Color32::from_rgb(0x6c, 0xc0, 0x8a),
            Color32::from_rgb(0xe6, 0xb4, 0x50),
            Color32::from_rgb(0xff, 0x7a, 0x6a),
        )
    } else {
        (
            Color32::from_rgb(0x1b, 0x7f, 0x3b),
            Color32::from_rgb(0x9a, 0x62, 0x00),
            Color32::from_rgb(0xc0, 0x2a, 0x1a),
        )
    };
    match status {
        EntryStatus::Failed(reason) => ("failed", red, reason.clone()),
        EntryStatus::Read(a) if !a.warnings.is_empty() => {
            ("warnings", amber, a.warnings.join("\n"))
        }
        EntryStatus::Read(a) => (
            "read",
            green,
            format!(
                "Read as {} ({}), {} sentences",
                match a.format {
                    crate::model::Format::Html => "a web page",
                    crate::model::Format::Markdown => "Markdown",
                    crate::model::Format::Text => "plain text",
                },
                a.encoding,
                a.sentences.len()
            ),
        ),
    }
}

/// Shows the list.
pub fn ui(ui: &mut egui::Ui, app: &ParallaxApp, actions: &mut Vec<Action>) {
    let read = app.entries.iter().filter(|e| e.article().is_some()).count();
    ui.horizontal(|ui| {
        ui.strong("Loaded articles");
        ui.weak(format!("{read} of {}", app.entries.len()));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("Open…")
                .on_hover_text(format!(
                    "Open article files ({})",
                    ui.ctx().format_shortcut(&super::menus::OPEN_FILES)
                ))
                .clicked()
            {
                actions.push(Action::OpenFiles);
            }
        });
    });
    if app.entries.is_empty() {
        ui.add_space(8.0);
        if app.busy() {
            ui.weak("Reading…");
        } else {
            ui.weak(
                "No articles yet. Drop files here, press Ctrl+O, or paste an article with Ctrl+V.",
            );
            if ui.button("Load demo articles").clicked() {
                actions.push(Action::LoadDemo);
            }
        }
        return;
    }
    let dark = ui.visuals().dark_mode;
    // Articles reporting the selected event: marked in the list, as everywhere else.
    let in_event: std::collections::HashSet<&str> = app
        .selection
        .event
        .as_ref()
        .and_then(|id| app.snapshot.analysis.events.iter().find(|e| &e.id == id))
        .map(|e| {
            e.mentions
                .iter()
                .filter_map(|m| app.snapshot.keys.get(m.article).map(String::as_str))
                .collect()
        })
        .unwrap_or_default();
    // Fixed-height rows, so only the visible ones are laid out: a folder of thousands of
    // articles scrolls as smoothly as five.
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let small = ui.text_style_height(&egui::TextStyle::Small);
    let spacing = ui.spacing().item_spacing.y;
    let row_height = body + 2.0 * small + 2.0 * spacing + 8.0;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt("articles_list")
        .show_rows(ui, row_height, app.entries.len(), |ui, range| {
            for entry in &app.entries[range] {
                let state = app.workspace.article(&entry.key);
                let excluded = state.is_some_and(|s| s.excluded);
                let selected = app.selection.article.as_deref() == Some(entry.key.as_str());
                let frame = egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(4, 3))
                    .corner_radius(4.0)
                    .fill(if selected {
                        ui.visuals().selection.bg_fill.gamma_multiply(0.35)
                    } else {
                        Color32::TRANSPARENT
                    });
                let size = egui::vec2(ui.available_width(), row_height);
                // The whole row selects the article; registered first so the checkbox
                // and the remove button drawn on top of it still get their own clicks.
                let row_rect = egui::Rect::from_min_size(ui.cursor().min, size);
                let row = ui.interact(
                    row_rect,
                    egui::Id::unique(("article_row", &entry.key)),
                    egui::Sense::click(),
                );
                let row_name = entry.name.clone();
                row.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Show {row_name}"))
                });
                if row.clicked() && entry.article().is_some() {
                    actions.push(Action::SelectArticle(entry.key.clone()));
                }
                ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.set_min_height(row_height);
                    frame.show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            let mut included = !excluded;
                            let cb = ui
                                .add_enabled(
                                    entry.article().is_some(),
                                    egui::Checkbox::without_text(&mut included),
                                )
                                .on_hover_text("Include in the analysis");
                            let name = entry.name.clone();
                            cb.widget_info(|| {
                                egui::WidgetInfo::selected(
                                    egui::Role::CheckBox,
                                    true,
                                    !excluded,
                                    format!("Include {name}"),
                                )
                            });
                            if cb.changed() {
                                actions.push(Action::SetExcluded(entry.key.clone(), !included));
                            }
                            ui.vertical(|ui| {
                                let (outlet, title, date) = match entry.article() {
                                    Some(a) => {
                                        let mut meta = a.meta.clone();
                                        if let Some(s) = state {
                                            meta.apply(&s.overrides);
                                        }
                                        (
                                            meta.outlet
                                                .map(|f| f.value)
                                                .unwrap_or_else(|| entry.name.clone()),
                                            meta.title.map(|f| f.value).unwrap_or_default(),
                                            meta.published.map(|f| {
                                                f.value.date.format("%-d %b %Y").to_string()
                                            }),
                                        )
                                    }
                                    None => (entry.name.clone(), String::new(), None),
                                };
                                ui.horizontal(|ui| {
                                    let mut o = RichText::new(&outlet).strong();
                                    if excluded {
                                        o = o.strikethrough().weak();
                                    }
                                    let r = ui.add(
                                        egui::Label::new(o).truncate().sense(egui::Sense::click()),
                                    );
                                    if r.clicked() && entry.article().is_some() {
                                        actions.push(Action::SelectArticle(entry.key.clone()));
                                    }
                                    let (text, color, why) = badge(&entry.status, dark);
                                    ui.label(RichText::new(text).small().color(color))
                                        .on_hover_text(why);
                                });
                                if !title.is_empty() {
                                    let r = ui.add(
                                        egui::Label::new(RichText::new(&title).small())
                                            .truncate()
                                            .sense(egui::Sense::click()),
                                    );
                                    if r.clicked() {
                                        actions.push(Action::SelectArticle(entry.key.clone()));
                                    }
                                }
                                // Without a stated date, the one the analysis inferred (the
                                // viewer's header shows its evidence).
                                let date = date.or_else(|| {
                                    let i = app.snapshot.index_of(&entry.key)?;
                                    let c =
                                        app.snapshot.analysis.articles.get(i)?.creation.as_ref()?;
                                    Some(format!("{} (inferred)", c.date.format("%-d %b %Y")))
                                });
                                ui.horizontal(|ui| {
                                    ui.weak(
                                        RichText::new(date.unwrap_or_else(|| "no date".into()))
                                            .small(),
                                    );
                                    if excluded {
                                        ui.weak(RichText::new("left out").small());
                                    }
                                    if in_event.contains(entry.key.as_str()) {
                                        ui.label(
                                            RichText::new("reports the selected event")
                                                .small()
                                                .color(ui.visuals().warn_fg_color),
                                        );
                                    }
                                });
                            });
                            ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                                let rm = ui
                                    .small_button("×")
                                    .on_hover_text("Remove from the workspace");
                                let name = entry.name.clone();
                                rm.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::Button,
                                        true,
                                        format!("Remove {name}"),
                                    )
                                });
                                if rm.clicked() {
                                    actions.push(Action::Remove(entry.key.clone()));
                                }
                            });
                        });
                    });
                });
            }
        });
}
