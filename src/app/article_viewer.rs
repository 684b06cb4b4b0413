//! The reading view: header (editable), the cleaned body in a readable font and measure,
//! with date expressions, names and disputed sentences highlighted. Hovering a date shows
//! its normalised value and what it was resolved against; clicking a sentence selects it
//! (and the event it reports). Ctrl+F finds text. Side-by-side mode compares two articles
//! with the sentences of the selected event or discrepancy brought into view in both.

use super::metadata_editor::{self, MetadataForm};
use super::{Action, Entry, Selection, Snapshot};
use crate::model::{Anchor, Article, ArticleAnalysis, Timex};
use crate::workspace::Workspace;
use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Key, RichText};
use std::ops::Range;

/// What the viewer needs each frame.
pub struct ViewerInput<'a> {
    /// The article to show (as read), if any.
    pub entry: Option<&'a Entry>,
    /// Every loaded item, for the comparison picker.
    pub entries: &'a [Entry],
    /// The analysis.
    pub snapshot: &'a Snapshot,
    /// The shared selection.
    pub selection: &'a mut Selection,
    /// The workspace (overrides, notes, layout).
    pub workspace: &'a Workspace,
}

/// The find bar's state.
#[derive(Debug, Default)]
struct Find {
    open: bool,
    query: String,
    current: usize,
    focus: bool,
    scroll: bool,
}

/// The viewer's state.
#[derive(Debug, Default)]
pub struct ArticleViewer {
    find: Find,
    form: Option<MetadataForm>,
    note: Option<(String, String)>,
    compare_with: Option<String>,
}

/// What a highlighted stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    Entity,
    Timex,
    Disputed,
    Event,
    Selected,
    Found,
    FoundCurrent,
}

/// Colours for the marks, readable in light and dark mode.
struct Palette {
    timex: Color32,
    disputed: Color32,
    event: Color32,
    selected: Color32,
    found: Color32,
    found_current: Color32,
    entity: Color32,
    date_text: Color32,
}

impl Palette {
    fn new(dark: bool) -> Self {
        if dark {
            Palette {
                timex: Color32::from_rgb(0x1d, 0x3b, 0x5c),
                disputed: Color32::from_rgb(0x5a, 0x33, 0x1a),
                event: Color32::from_rgb(0x2c, 0x3f, 0x2c),
                selected: Color32::from_rgb(0x6b, 0x55, 0x10),
                found: Color32::from_rgb(0x55, 0x55, 0x20),
                found_current: Color32::from_rgb(0x9a, 0x7a, 0x00),
                entity: Color32::from_rgb(0xd8, 0xc0, 0xf0),
                date_text: Color32::from_rgb(0x9c, 0xcc, 0xff),
            }
        } else {
            Palette {
                timex: Color32::from_rgb(0xd6, 0xe8, 0xfa),
                disputed: Color32::from_rgb(0xfb, 0xdf, 0xc8),
                event: Color32::from_rgb(0xe0, 0xf0, 0xdc),
                selected: Color32::from_rgb(0xff, 0xe0, 0x80),
                found: Color32::from_rgb(0xff, 0xf3, 0x9a),
                found_current: Color32::from_rgb(0xff, 0xc8, 0x3a),
                entity: Color32::from_rgb(0x5a, 0x2d, 0x82),
                date_text: Color32::from_rgb(0x0b, 0x4a, 0x94),
            }
        }
    }
}

/// Every match of `query` in `text`, ignoring ASCII case (byte offsets stay valid).
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let q = query.trim();
    if q.is_empty() {
        return Vec::new();
    }
    let hay = text.to_ascii_lowercase();
    let needle = q.to_ascii_lowercase();
    hay.match_indices(&needle)
        .map(|(i, m)| i..i + m.len())
        .collect()
}

/// How a date expression was resolved, in words.
pub fn timex_explanation(t: &Timex) -> String {
    let mut s = format!("“{}” means {} ({})", t.text, t.value, t.kind.as_str());
    if let Some(m) = &t.modifier {
        s.push_str(&format!(", {}", m.to_lowercase()));
    }
    s.push('\n');
    s.push_str(&match &t.anchor {
        Anchor::Absolute => "A full date: needs nothing to resolve against".to_string(),
        Anchor::Creation { date } => format!("Resolved against the publication date, {date}"),
        Anchor::Previous { value } => {
            format!("Resolved against the date mentioned before it, {value}")
        }
        Anchor::Unresolved => {
            "Could not be resolved: the article gives nothing to count from".to_string()
        }
    });
    if let Some(z) = &t.zone {
        s.push_str(&format!("\nClock: {}", z.text));
    }
    s
}

/// Body spans worth marking in one article, clipped to the body and to char boundaries.
fn marks(
    article: &Article,
    analysis: Option<&ArticleAnalysis>,
    disputed: &[Range<usize>],
    event: &[Range<usize>],
    selected: Option<&Range<usize>>,
    found: &[Range<usize>],
    current: Option<usize>,
) -> Vec<(Range<usize>, Mark)> {
    let body = &article.body;
    let ok = |r: &Range<usize>| {
        r.start < r.end
            && r.end <= body.len()
            && body.is_char_boundary(r.start)
            && body.is_char_boundary(r.end)
    };
    let mut out = Vec::new();
    if let Some(a) = analysis {
        out.extend(a.entities.iter().map(|e| (e.span.clone(), Mark::Entity)));
        out.extend(a.timexes.iter().map(|t| (t.span.clone(), Mark::Timex)));
    }
    out.extend(disputed.iter().map(|r| (r.clone(), Mark::Disputed)));
    out.extend(event.iter().map(|r| (r.clone(), Mark::Event)));
    out.extend(selected.map(|r| (r.clone(), Mark::Selected)));
    out.extend(found.iter().enumerate().map(|(i, r)| {
        (
            r.clone(),
            if Some(i) == current {
                Mark::FoundCurrent
            } else {
                Mark::Found
            },
        )
    }));
    out.retain(|(r, _)| ok(r));
    out.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(a.1.cmp(&b.1)));
    out
}

/// The layout of one paragraph with its marks.
fn paragraph_job(
    body: &str,
    para: &Range<usize>,
    marks: &[(Range<usize>, Mark)],
    font: &FontId,
    text_color: Color32,
    palette: &Palette,
    width: f32,
) -> LayoutJob {
    let mut cuts = vec![para.start, para.end];
    let inside: Vec<&(Range<usize>, Mark)> = marks
        .iter()
        .filter(|(r, _)| r.start < para.end && para.start < r.end)
        .collect();
    for (r, _) in &inside {
        cuts.push(r.start.clamp(para.start, para.end));
        cuts.push(r.end.clamp(para.start, para.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let active: Vec<Mark> = inside
            .iter()
            .filter(|(r, _)| r.start <= a && b <= r.end)
            .map(|(_, m)| *m)
            .collect();
        let strongest_bg = active.iter().filter(|m| **m != Mark::Entity).max();
        let background = match strongest_bg {
            Some(Mark::FoundCurrent) => palette.found_current,
            Some(Mark::Found) => palette.found,
            Some(Mark::Selected) => palette.selected,
            Some(Mark::Event) => palette.event,
            Some(Mark::Disputed) => palette.disputed,
            Some(Mark::Timex) => palette.timex,
            _ => Color32::TRANSPARENT,
        };
        // Dates and names keep their own text colour inside a highlighted sentence, so
        // they stay visible whatever background the sentence has.
        let color = if active.contains(&Mark::Timex) {
            palette.date_text
        } else if active.contains(&Mark::Entity) {
            palette.entity
        } else {
            text_color
        };
        job.append(
            &body[a..b],
            0.0,
            TextFormat {
                font_id: font.clone(),
                color,
                background,
                line_height: Some(font.size * 1.5),
                ..TextFormat::default()
            },
        );
    }
    job
}

/// Byte offset in `text` of char index `chars` (clamped to the end).
fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

/// Spans of `article_index` that a discrepancy or the selected event rests on.
fn spans_for(
    snapshot: &Snapshot,
    article_index: Option<usize>,
    selection: &Selection,
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let Some(ai) = article_index else {
        return (Vec::new(), Vec::new());
    };
    let disputed = snapshot
        .analysis
        .discrepancies
        .iter()
        .flat_map(|d| d.claims.iter())
        .flat_map(|c| c.mentions.iter())
        .filter(|m| m.article == ai)
        .map(|m| m.span.clone())
        .collect();
    let event = selection
        .event
        .as_ref()
        .and_then(|id| snapshot.analysis.events.iter().find(|e| &e.id == id))
        .map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.article == ai)
                .map(|m| m.span.clone())
                .collect()
        })
        .unwrap_or_default();
    (disputed, event)
}

/// In side-by-side mode, the span of `article_index` to bring into view: a claim of the
/// selected discrepancy, else a mention of the selected event.
fn aligned_span(
    snapshot: &Snapshot,
    article_index: usize,
    selection: &Selection,
) -> Option<Range<usize>> {
    if let Some(d) = selection
        .discrepancy
        .as_ref()
        .and_then(|id| snapshot.analysis.discrepancies.iter().find(|d| &d.id == id))
    {
        if let Some(m) = d
            .claims
            .iter()
            .flat_map(|c| c.mentions.iter())
            .find(|m| m.article == article_index)
        {
            return Some(m.span.clone());
        }
    }
    selection
        .event
        .as_ref()
        .and_then(|id| snapshot.analysis.events.iter().find(|e| &e.id == id))
        .and_then(|e| e.mentions.iter().find(|m| m.article == article_index))
        .map(|m| m.span.clone())
}

/// The key of an article to compare `article_index` with: one stating another claim of
/// the selected discrepancy, else another article reporting the selected event.
fn counterpart(snapshot: &Snapshot, article_index: usize, selection: &Selection) -> Option<String> {
    let discrepancy = selection
        .discrepancy
        .as_ref()
        .and_then(|id| snapshot.analysis.discrepancies.iter().find(|d| &d.id == id));
    let from_claims = discrepancy.and_then(|d| {
        d.claims
            .iter()
            .filter(|c| !c.mentions.iter().any(|m| m.article == article_index))
            .flat_map(|c| c.mentions.iter())
            .map(|m| m.article)
            .next()
    });
    let from_event = || {
        selection
            .event
            .as_ref()
            .and_then(|id| snapshot.analysis.events.iter().find(|e| &e.id == id))
            .and_then(|e| {
                e.mentions
                    .iter()
                    .map(|m| m.article)
                    .find(|&a| a != article_index)
            })
    };
    from_claims
        .or_else(from_event)
        .and_then(|i| snapshot.keys.get(i).cloned())
}

/// What the body reported back.
#[derive(Default)]
struct BodyOut {
    clicked: Option<Range<usize>>,
}

/// Paints an article body. `scroll_to` is brought into view.
#[allow(clippy::too_many_arguments)]
fn body(
    ui: &mut egui::Ui,
    id: &str,
    article: &Article,
    analysis: Option<&ArticleAnalysis>,
    marks: &[(Range<usize>, Mark)],
    scroll_to: Option<&Range<usize>>,
    max_width: f32,
) -> BodyOut {
    let mut out = BodyOut::default();
    let palette = Palette::new(ui.visuals().dark_mode);
    let font = FontId::proportional(16.0);
    // Body text a little stronger than egui's default grey: it is read for hours.
    let text_color = if ui.visuals().dark_mode {
        Color32::from_gray(222)
    } else {
        Color32::from_gray(24)
    };
    let whole = 0..article.body.len();
    let paragraphs: &[Range<usize>] = if article.paragraphs.is_empty() {
        std::slice::from_ref(&whole)
    } else {
        &article.paragraphs
    };
    egui::ScrollArea::vertical()
        .id_salt(("body", id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width().min(max_width);
            let pad = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(pad);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    for para in paragraphs {
                        if para.end > article.body.len()
                            || !article.body.is_char_boundary(para.start)
                            || !article.body.is_char_boundary(para.end)
                        {
                            continue;
                        }
                        let job = paragraph_job(
                            &article.body,
                            para,
                            marks,
                            &font,
                            text_color,
                            &palette,
                            width,
                        );
                        let (pos, galley, response) = egui::Label::new(job)
                            .sense(egui::Sense::click())
                            .layout_in_ui(ui);
                        let text = &article.body[para.clone()];
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Label, true, text)
                        });
                        if let Some(target) = scroll_to {
                            if para.start <= target.start
                                && target.start < para.end.max(para.start + 1)
                                && article.body.is_char_boundary(target.start)
                            {
                                let chars = article.body[para.start..target.start].chars().count();
                                let r = galley
                                    .pos_from_cursor(CCursor::new(chars))
                                    .translate(pos.to_vec2());
                                ui.scroll_to_rect(r.expand(40.0), Some(egui::Align::Center));
                            }
                        }
                        ui.painter().galley(pos, galley.clone(), text_color);
                        let pointer = response.hover_pos().or(response.interact_pointer_pos());
                        let offset = pointer.map(|p| {
                            let c = galley.cursor_from_pos(p - pos);
                            para.start + char_to_byte(text, c.index.0)
                        });
                        if let (Some(off), Some(a)) = (offset, analysis) {
                            if response.hovered() {
                                if let Some(t) = a
                                    .timexes
                                    .iter()
                                    .find(|t| t.span.start <= off && off < t.span.end)
                                {
                                    let tip = timex_explanation(t);
                                    response.clone().on_hover_text_at_pointer(tip);
                                } else if let Some(e) = a
                                    .entities
                                    .iter()
                                    .find(|e| e.span.start <= off && off < e.span.end)
                                {
                                    let tip = if e.canonical != e.text {
                                        format!(
                                            "{} ({:?}), also written {}",
                                            e.canonical, e.kind, e.text
                                        )
                                    } else {
                                        format!("{} ({:?})", e.canonical, e.kind)
                                    };
                                    response.clone().on_hover_text_at_pointer(tip);
                                }
                            }
                        }
                        if response.clicked() {
                            if let Some(off) = offset {
                                out.clicked = article
                                    .sentence_at(off)
                                    .and_then(|i| article.sentences.get(i).cloned());
                            }
                        }
                        ui.add_space(10.0);
                    }
                });
            });
        });
    out
}

impl ArticleViewer {
    /// Opens the find bar and gives it the keyboard.
    pub fn open_find(&mut self) {
        self.find.open = true;
        self.find.focus = true;
    }

    fn find_bar(&mut self, ui: &mut egui::Ui, matches: usize) {
        ui.horizontal(|ui| {
            // Read Enter before the text field: the field consumes the key when it sees it.
            let enter_key = ui.input(|i| i.key_pressed(Key::Enter));
            let label = ui.label("Find text");
            let r = ui.add(
                egui::TextEdit::singleline(&mut self.find.query)
                    .desired_width(220.0)
                    .hint_text("Text in this article"),
            );
            let r = r.labelled_by(label.id);
            if self.find.focus {
                r.request_focus();
                self.find.focus = false;
            }
            if r.changed() {
                self.find.current = 0;
                self.find.scroll = true;
            }
            let enter_pressed = r.lost_focus() && enter_key;
            let shift = ui.input(|i| i.modifiers.shift);
            let enter = enter_pressed && !shift;
            if matches == 0 {
                if !self.find.query.trim().is_empty() {
                    ui.weak("No matches");
                }
            } else {
                ui.label(format!(
                    "{} of {matches}",
                    self.find.current.min(matches - 1) + 1
                ));
            }
            let prev = enter_pressed && shift
                || ui
                    .small_button("Previous")
                    .on_hover_text("Previous match (Shift+Enter)")
                    .clicked();
            let next = ui
                .small_button("Next")
                .on_hover_text("Next match (Enter)")
                .clicked();
            if matches > 0 && (next || enter) {
                self.find.current = (self.find.current + 1) % matches;
                self.find.scroll = true;
            }
            if enter_pressed {
                r.request_focus();
            }
            if matches > 0 && prev {
                self.find.current = (self.find.current + matches - 1) % matches;
                self.find.scroll = true;
            }
            if ui
                .small_button("×")
                .on_hover_text("Close the find bar (Esc)")
                .clicked()
                || (r.has_focus() && ui.input(|i| i.key_pressed(Key::Escape)))
            {
                self.find.open = false;
            }
        });
    }

    /// Shows the viewer.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: ViewerInput<'_>, actions: &mut Vec<Action>) {
        let ViewerInput {
            entry,
            entries,
            snapshot,
            selection,
            workspace,
        } = input;
        let Some(entry) = entry else {
            ui.centered_and_justified(|ui| {
                ui.weak("Select an article on the left, or drop files onto the window");
            });
            return;
        };
        let Some(read) = entry.article() else {
            ui.heading(&entry.name);
            if let super::EntryStatus::Failed(reason) = &entry.status {
                ui.colored_label(ui.visuals().error_fg_color, reason);
            }
            return;
        };
        let state = workspace.article(&entry.key);
        let index = snapshot.index_of(&entry.key);
        // Show the analysed copy (corrections applied) when the analysis has it.
        let article: &Article = index.and_then(|i| snapshot.articles.get(i)).unwrap_or(read);
        let mut shown_meta = read.meta.clone();
        if let Some(s) = state {
            shown_meta.apply(&s.overrides);
        }
        let analysis = index.and_then(|i| snapshot.analysis.articles.get(i));
        let compare = workspace.layout.compare;

        // Toolbar.
        ui.horizontal(|ui| {
            let mut c = compare;
            if ui
                .toggle_value(&mut c, "Compare side by side")
                .on_hover_text(format!(
                    "Show two articles next to each other ({})",
                    ui.ctx().format_shortcut(&super::menus::COMPARE)
                ))
                .changed()
            {
                actions.push(Action::SetCompare(c));
            }
            if ui
                .button("Find")
                .on_hover_text(format!(
                    "Find text in the article ({})",
                    ui.ctx().format_shortcut(&super::menus::FIND)
                ))
                .clicked()
            {
                self.open_find();
            }
            let editing = self.form.as_ref().is_some_and(|f| f.key == entry.key);
            if ui
                .selectable_label(editing, "Edit details")
                .on_hover_text("Correct the title, outlet, author, dateline or publication date")
                .clicked()
            {
                self.form = if editing {
                    None
                } else {
                    Some(MetadataForm::new(&entry.key, &shown_meta))
                };
            }
            if state.is_some_and(|s| s.excluded) {
                ui.colored_label(ui.visuals().warn_fg_color, "Left out of the analysis");
            }
        });
        let found = if self.find.open {
            find_all(&article.body, &self.find.query)
        } else {
            Vec::new()
        };
        if self.find.open {
            self.find_bar(ui, found.len());
        }
        ui.separator();

        metadata_editor::header(
            ui,
            article,
            &shown_meta,
            analysis.and_then(|a| a.creation.as_ref()),
        );
        if let Some(form) = self.form.as_mut().filter(|f| f.key == entry.key) {
            if metadata_editor::editor(ui, form, &read.meta, actions) {
                self.form = None;
            }
        }

        // The selected passage, quoted, so it is clear what the other panels point at.
        if let Some(span) = selection.span.clone().filter(|s| {
            s.end <= article.body.len()
                && article.body.is_char_boundary(s.start)
                && article.body.is_char_boundary(s.end)
        }) {
            let quote = article.body[span].trim().to_string();
            if !quote.is_empty() {
                egui::Frame::new()
                    .fill(
                        Palette::new(ui.visuals().dark_mode)
                            .selected
                            .gamma_multiply(0.6),
                    )
                    .inner_margin(6)
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            ui.strong("Selected passage:");
                            ui.label(RichText::new(format!("“{quote}”")).strong());
                        });
                    });
            }
        }

        ui.horizontal(|ui| {
            if let Some(a) = analysis {
                egui::CollapsingHeader::new(format!("Date expressions ({})", a.timexes.len()))
                    .id_salt(("timexes", &entry.key))
                    .show(ui, |ui| {
                        if let Some(c) = &a.creation {
                            ui.weak(format!("Counted from {}", c.date.format("%-d %B %Y")));
                        }
                        egui::ScrollArea::vertical()
                            .max_height(160.0)
                            .id_salt("timex_list")
                            .show(ui, |ui| {
                                for t in &a.timexes {
                                    let r = ui.add(
                                        egui::Label::new(format!("{} = {}", t.text, t.value))
                                            .sense(egui::Sense::click()),
                                    );
                                    let r = r.on_hover_text(timex_explanation(t));
                                    if r.clicked() {
                                        actions.push(Action::SelectSpan(
                                            entry.key.clone(),
                                            t.span.clone(),
                                        ));
                                    }
                                }
                            });
                    });
            }
        });
        let note_now = state.map(|s| s.note.clone()).unwrap_or_default();
        egui::CollapsingHeader::new(if note_now.is_empty() {
            "Article note".to_string()
        } else {
            "Article note (written)".to_string()
        })
        .id_salt(("note", &entry.key))
        .show(ui, |ui| {
            if self.note.as_ref().is_none_or(|(k, _)| k != &entry.key) {
                self.note = Some((entry.key.clone(), note_now.clone()));
            }
            if let Some((_, text)) = self.note.as_mut() {
                let r = ui.add(
                    egui::TextEdit::multiline(text)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .hint_text("Your notes on this article"),
                );
                if r.changed() {
                    actions.push(Action::SetArticleNote(entry.key.clone(), text.clone()));
                }
            }
        });
        ui.separator();

        let (disputed, event_spans) = spans_for(snapshot, index, selection);
        let current = (!found.is_empty()).then(|| self.find.current.min(found.len() - 1));
        let selected_here = selection.span.as_ref();
        let mut scroll_to: Option<Range<usize>> = None;
        if selection.scroll_pending {
            scroll_to = selection.span.clone();
            selection.scroll_pending = false;
        }
        if self.find.scroll {
            self.find.scroll = false;
            if let Some(c) = current {
                scroll_to = Some(found[c].clone());
            }
        }
        let m = marks(
            article,
            analysis,
            &disputed,
            &event_spans,
            selected_here,
            &found,
            current,
        );

        if compare && scroll_to.is_some() {
            // A new selection: compare with an article on the other side of the
            // discrepancy, or another article reporting the event.
            if let Some(key) = index.and_then(|i| counterpart(snapshot, i, selection)) {
                self.compare_with = Some(key);
            }
        }
        if compare {
            let other_key = self
                .compare_with
                .clone()
                .filter(|k| {
                    k != &entry.key && entries.iter().any(|e| &e.key == k && e.article().is_some())
                })
                .or_else(|| {
                    entries
                        .iter()
                        .find(|e| e.key != entry.key && e.article().is_some())
                        .map(|e| e.key.clone())
                });
            ui.columns(2, |cols| {
                let out = body(
                    &mut cols[0],
                    &entry.key,
                    article,
                    analysis,
                    &m,
                    scroll_to.as_ref(),
                    640.0,
                );
                if let Some(span) = out.clicked {
                    actions.push(Action::SelectSpan(entry.key.clone(), span));
                }
                let ui = &mut cols[1];
                let Some(other_key) = other_key else {
                    ui.weak("Load a second article to compare");
                    return;
                };
                let name_of = |k: &str| {
                    entries
                        .iter()
                        .find(|e| e.key == k)
                        .and_then(|e| e.article().map(|a| a.outlet_name().to_string()))
                        .unwrap_or_else(|| k.to_string())
                };
                let mut chosen = other_key.clone();
                egui::ComboBox::from_label("Compare with")
                    .selected_text(name_of(&chosen))
                    .show_ui(ui, |ui| {
                        for e in entries
                            .iter()
                            .filter(|e| e.key != entry.key && e.article().is_some())
                        {
                            let label = e
                                .article()
                                .map(|a| format!("{} — {}", a.outlet_name(), a.title_text()))
                                .unwrap_or_else(|| e.name.clone());
                            ui.selectable_value(&mut chosen, e.key.clone(), label);
                        }
                    });
                let changed = chosen != other_key;
                self.compare_with = Some(chosen.clone());
                let Some(other_entry) = entries.iter().find(|e| e.key == chosen) else {
                    return;
                };
                let oi = snapshot.index_of(&chosen);
                let Some(other) = oi
                    .and_then(|i| snapshot.articles.get(i))
                    .map(|a| a as &Article)
                    .or(other_entry.article().map(|a| a.as_ref()))
                else {
                    return;
                };
                let oa = oi.and_then(|i| snapshot.analysis.articles.get(i));
                ui.strong(other.title_text());
                ui.weak(format!(
                    "{}{}",
                    other.outlet_name(),
                    other
                        .published_date()
                        .map(|d| format!(" · {}", d.format("%-d %B %Y")))
                        .unwrap_or_default()
                ));
                let (d2, e2) = spans_for(snapshot, oi, selection);
                let aligned = oi.and_then(|i| aligned_span(snapshot, i, selection));
                let m2 = marks(other, oa, &d2, &e2, aligned.as_ref(), &[], None);
                let scroll2 = if scroll_to.is_some() || changed {
                    aligned.clone()
                } else {
                    None
                };
                let out = body(ui, &chosen, other, oa, &m2, scroll2.as_ref(), 640.0);
                if let Some(span) = out.clicked {
                    actions.push(Action::SelectSpan(chosen.clone(), span));
                }
            });
        } else {
            let out = body(
                ui,
                &entry.key,
                article,
                analysis,
                &m,
                scroll_to.as_ref(),
                720.0,
            );
            if let Some(span) = out.clicked {
                actions.push(Action::SelectSpan(entry.key.clone(), span));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimexType;

    #[test]
    fn find_ignores_ascii_case_and_keeps_offsets() {
        let text = "Élan. The summit; the SUMMIT.";
        let found = find_all(text, "summit");
        assert_eq!(found.len(), 2);
        for r in &found {
            assert!(text[r.clone()].eq_ignore_ascii_case("summit"));
        }
        assert!(find_all(text, "  ").is_empty());
    }

    #[test]
    fn timex_explanation_names_the_anchor() {
        let t = Timex {
            span: 0..9,
            text: "yesterday".into(),
            kind: TimexType::Date,
            value: "2024-06-18".into(),
            modifier: None,
            anchor: Anchor::Creation {
                date: "2024-06-19".into(),
            },
            zone: None,
        };
        let s = timex_explanation(&t);
        assert!(s.contains("2024-06-18"));
        assert!(s.contains("publication date, 2024-06-19"));
    }

    #[test]
    fn paragraph_job_covers_the_paragraph_exactly() {
        let body = "Putin arrived on Tuesday. He left.";
        let marks = vec![
            (17..24, Mark::Timex),
            (0..25, Mark::Selected),
            (0..5, Mark::Entity),
        ];
        let job = paragraph_job(
            body,
            &(0..body.len()),
            &marks,
            &FontId::proportional(14.0),
            Color32::BLACK,
            &Palette::new(false),
            400.0,
        );
        assert_eq!(job.text, body);
        // Entity, plain selected, date inside selection, rest of sentence, unmarked tail.
        assert_eq!(job.sections.len(), 5);
        assert_eq!(
            job.sections[2].format.background,
            Palette::new(false).selected
        );
        assert_eq!(job.sections[2].format.color, Palette::new(false).date_text);
        assert_eq!(job.sections[0].format.color, Palette::new(false).entity);
        assert_eq!(job.sections[1].format.color, Color32::BLACK);
        assert_eq!(job.sections[4].format.background, Color32::TRANSPARENT);
    }

    #[test]
    fn compares_with_the_other_side_of_the_discrepancy() {
        use crate::model::{Analysis, Claim, Discrepancy, DiscrepancyKind, MentionRef};
        use std::sync::Arc;
        let m = |article: usize| MentionRef {
            article,
            span: 0..4,
            quote: String::new(),
        };
        let mut event = crate::timeline::fixtures::story().events[8].clone();
        event.mentions = vec![m(0), m(1), m(2)];
        let d = Discrepancy {
            id: "d1".into(),
            kind: DiscrepancyKind::Date,
            subject: "Arrival".into(),
            claims: vec![
                Claim {
                    value: "18".into(),
                    mentions: vec![m(0), m(1)],
                },
                Claim {
                    value: "19".into(),
                    mentions: vec![m(2)],
                },
            ],
            explanation: String::new(),
            confidence: 1.0,
            severity: 1.0,
            event: Some(event.id.clone()),
        };
        let snapshot = Snapshot {
            articles: Arc::new(Vec::new()),
            analysis: Arc::new(Analysis {
                articles: Vec::new(),
                events: vec![event.clone()],
                discrepancies: vec![d],
            }),
            keys: Arc::new(vec!["a".into(), "b".into(), "c".into()]),
        };
        let mut sel = Selection {
            discrepancy: Some("d1".into()),
            event: Some(event.id.clone()),
            ..Selection::default()
        };
        // Article b agrees with a: the counterpart is c, on the other side.
        assert_eq!(counterpart(&snapshot, 0, &sel).as_deref(), Some("c"));
        assert_eq!(counterpart(&snapshot, 2, &sel).as_deref(), Some("a"));
        // With only the event selected, any other article reporting it.
        sel.discrepancy = None;
        assert_eq!(counterpart(&snapshot, 2, &sel).as_deref(), Some("a"));
        assert_eq!(counterpart(&snapshot, 0, &sel).as_deref(), Some("b"));
    }

    #[test]
    fn char_offsets_convert_to_bytes() {
        assert_eq!(char_to_byte("a€b", 2), 4);
        assert_eq!(char_to_byte("a€b", 9), 5);
    }
}
