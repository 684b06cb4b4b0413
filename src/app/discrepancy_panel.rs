//! The discrepancies: grouped by kind, most severe first. Each entry shows what it is
//! about, the competing claims side by side with source chips and quotes, and the
//! explanation. Clicking a quote, or the source chip above it, shows that sentence in the
//! viewer and selects the event on the timeline. The selected entry can be confirmed or
//! dismissed with a note.

use super::{Action, Selection, Snapshot};
use crate::model::{Discrepancy, DiscrepancyKind};
use crate::timeline::style::source_color;
use crate::workspace::{review_key, Review, ReviewStatus, Workspace};
use egui::{Color32, RichText};

/// The panel's own state: the note being typed.
#[derive(Debug, Default)]
pub struct DiscrepancyPanel {
    note_for: Option<String>,
    note: String,
}

/// A source's name in a coloured pill; clicking it shows the quote under it, like clicking
/// the quote (the pill looks like a button, so it acts as one).
fn chip(ui: &mut egui::Ui, text: &str, color: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.22))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.add(
                egui::Label::new(RichText::new(text).small())
                    .truncate()
                    .sense(egui::Sense::click()),
            )
            .on_hover_text(format!("Show in {text}"))
        })
        .inner
}

/// Discrepancies in display order: by kind, then most severe first, then id.
pub fn ordered(list: &[Discrepancy]) -> Vec<(DiscrepancyKind, Vec<&Discrepancy>)> {
    let mut sorted: Vec<&Discrepancy> = list.iter().collect();
    sorted.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.severity.total_cmp(&a.severity))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut groups: Vec<(DiscrepancyKind, Vec<&Discrepancy>)> = Vec::new();
    for d in sorted {
        match groups.last_mut() {
            Some((k, v)) if *k == d.kind => v.push(d),
            _ => groups.push((d.kind, vec![d])),
        }
    }
    // The kind with the most severe entry comes first.
    groups.sort_by(|a, b| {
        let top = |g: &[&Discrepancy]| g.first().map(|d| d.severity).unwrap_or(0.0);
        top(&b.1).total_cmp(&top(&a.1)).then(a.0.cmp(&b.0))
    });
    groups
}

fn severity_word(s: f32) -> &'static str {
    if s >= 0.66 {
        "high"
    } else if s >= 0.33 {
        "medium"
    } else {
        "low"
    }
}

impl DiscrepancyPanel {
    /// Shows the panel.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        snapshot: &Snapshot,
        selection: &Selection,
        workspace: &Workspace,
        actions: &mut Vec<Action>,
    ) {
        let all = &snapshot.analysis.discrepancies;
        let show_dismissed = workspace.layout.show_dismissed;
        let dismissed = all
            .iter()
            .filter(|d| workspace.review(d).status == ReviewStatus::Dismissed)
            .count();
        ui.horizontal(|ui| {
            ui.strong("Discrepancies");
            ui.weak(format!(
                "{}",
                all.len() - if show_dismissed { 0 } else { dismissed }
            ));
        });
        let events = snapshot.analysis.events.len();
        let single = snapshot.single_source_events();
        ui.label(if events == 0 {
            "No dated events found yet".to_string()
        } else {
            format!("Events resting on one source only: {single} of {events}")
        });
        if dismissed > 0 {
            let mut v = show_dismissed;
            if ui
                .checkbox(&mut v, format!("Show {dismissed} dismissed"))
                .changed()
            {
                actions.push(Action::SetShowDismissed(v));
            }
        }
        ui.separator();
        if all.is_empty() {
            ui.weak("The sources agree on everything Parallax could compare.");
            return;
        }
        let outlets: Vec<String> = {
            let mut v: Vec<String> = snapshot
                .articles
                .iter()
                .map(|a| a.outlet_name().to_string())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let color_of = |article: usize| -> Color32 {
            let name = snapshot
                .articles
                .get(article)
                .map(|a| a.outlet_name())
                .unwrap_or("");
            let i = outlets
                .binary_search_by(|o| o.as_str().cmp(name))
                .unwrap_or(0);
            let c = source_color(i);
            Color32::from_rgb(c.r, c.g, c.b)
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .id_salt("discrepancies")
            .show(ui, |ui| {
                for (kind, list) in ordered(all) {
                    let visible: Vec<&Discrepancy> = list
                        .into_iter()
                        .filter(|d| {
                            show_dismissed || workspace.review(d).status != ReviewStatus::Dismissed
                        })
                        .collect();
                    if visible.is_empty() {
                        continue;
                    }
                    ui.add_space(4.0);
                    // Each kind folds away, so a long list stays navigable.
                    egui::CollapsingHeader::new(
                        RichText::new(format!("{} ({})", kind.label(), visible.len()))
                            .strong()
                            .size(15.0),
                    )
                    .id_salt(("kind", kind))
                    .default_open(true)
                    .show(ui, |ui| {
                        for d in visible {
                            self.entry(ui, d, snapshot, selection, workspace, &color_of, actions);
                        }
                    });
                }
            });
    }

    #[allow(clippy::too_many_arguments)]
    fn entry(
        &mut self,
        ui: &mut egui::Ui,
        d: &Discrepancy,
        snapshot: &Snapshot,
        selection: &Selection,
        workspace: &Workspace,
        color_of: &dyn Fn(usize) -> Color32,
        actions: &mut Vec<Action>,
    ) {
        let selected = selection.discrepancy.as_deref() == Some(d.id.as_str());
        // About the event selected elsewhere (the timeline, a sentence): marked too.
        let about_event =
            !selected && d.event.is_some() && d.event.as_deref() == selection.event.as_deref();
        let review = workspace.review(d);
        let visuals = ui.visuals().clone();
        let frame = egui::Frame::group(ui.style())
            .fill(if selected {
                visuals.selection.bg_fill.gamma_multiply(0.25)
            } else if about_event {
                visuals.selection.bg_fill.gamma_multiply(0.12)
            } else {
                visuals.faint_bg_color
            })
            .stroke(if selected || about_event {
                egui::Stroke::new(1.5, visuals.selection.stroke.color)
            } else {
                visuals.widgets.noninteractive.bg_stroke
            });
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let mut title = RichText::new(&d.subject).strong();
                if review.status == ReviewStatus::Dismissed {
                    title = title.strikethrough().weak();
                }
                let r = ui
                    .add(egui::Label::new(title).wrap().sense(egui::Sense::click()))
                    .on_hover_text("Show this discrepancy in the article and on the timeline");
                if r.clicked() {
                    actions.push(Action::SelectDiscrepancy(d.id.clone()));
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.weak(RichText::new(format!("{} severity", severity_word(d.severity))).small())
                    .on_hover_text(format!(
                        "Severity {:.0}%, confidence {:.0}%",
                        d.severity * 100.0,
                        d.confidence * 100.0
                    ));
                match review.status {
                    ReviewStatus::Confirmed => {
                        ui.label(
                            RichText::new("confirmed")
                                .small()
                                .color(visuals.warn_fg_color),
                        );
                    }
                    ReviewStatus::Dismissed => {
                        ui.label(RichText::new("dismissed").small().weak());
                    }
                    ReviewStatus::Open => {}
                }
            });
            // The competing claims side by side.
            let n = d.claims.len().clamp(1, 4);
            ui.columns(n, |cols| {
                for (col, claim) in cols.iter_mut().zip(d.claims.iter()) {
                    // Columns justify their text; quotes read better ragged-right.
                    col.vertical(|col| {
                        col.label(RichText::new(&claim.value).strong());
                        for m in claim.mentions.iter().take(4) {
                            let outlet = snapshot
                                .articles
                                .get(m.article)
                                .map(|a| a.outlet_name().to_string())
                                .unwrap_or_else(|| "unknown source".into());
                            let chip_clicked = col
                                .horizontal(|ui| {
                                    ui.set_max_width(ui.available_width());
                                    chip(ui, &outlet, color_of(m.article))
                                })
                                .inner
                                .clicked();
                            let is_sel = selection.span.as_ref() == Some(&m.span)
                                && selection.article.as_deref()
                                    == snapshot.keys.get(m.article).map(String::as_str);
                            let mut q = RichText::new(format!("“{}”", m.quote.trim()));
                            if is_sel {
                                q = q.background_color(
                                    visuals.selection.bg_fill.gamma_multiply(0.5),
                                );
                            }
                            let r = col
                                .add(egui::Label::new(q).wrap().sense(egui::Sense::click()))
                                .on_hover_text(format!("Show in {outlet}"));
                            if r.clicked() || chip_clicked {
                                actions.push(Action::SelectDiscrepancy(d.id.clone()));
                                actions.push(Action::SelectMention(
                                    m.article,
                                    m.span.clone(),
                                    d.event.clone(),
                                ));
                            }
                        }
                        if claim.mentions.len() > 4 {
                            col.weak(format!("and {} more", claim.mentions.len() - 4));
                        }
                    });
                }
            });
            if !d.explanation.is_empty() {
                ui.label(&d.explanation);
            }
            if !review.note.is_empty() && !selected {
                ui.label(
                    RichText::new(format!("Note: {}", review.note))
                        .small()
                        .italics(),
                );
            }
            if selected {
                self.review_controls(ui, d, &review, actions);
            }
        });
        ui.add_space(2.0);
    }

    fn review_controls(
        &mut self,
        ui: &mut egui::Ui,
        d: &Discrepancy,
        review: &Review,
        actions: &mut Vec<Action>,
    ) {
        let key = review_key(d);
        if self.note_for.as_deref() != Some(key.as_str()) {
            self.note_for = Some(key.clone());
            self.note = review.note.clone();
        }
        ui.separator();
        let label = ui.label("Review note");
        let r = ui.add(
            egui::TextEdit::multiline(&mut self.note)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text("Why you confirmed or dismissed it"),
        );
        let r = r.labelled_by(label.id);
        if r.lost_focus() && self.note != review.note {
            actions.push(Action::SetReview(
                key.clone(),
                Review {
                    status: review.status,
                    note: self.note.clone(),
                },
            ));
        }
        ui.horizontal(|ui| {
            let mut set = |status: ReviewStatus| {
                actions.push(Action::SetReview(
                    key.clone(),
                    Review {
                        status,
                        note: self.note.clone(),
                    },
                ))
            };
            if review.status != ReviewStatus::Confirmed
                && ui
                    .button("Confirm")
                    .on_hover_text("The sources really disagree")
                    .clicked()
            {
                set(ReviewStatus::Confirmed);
            }
            if review.status != ReviewStatus::Dismissed
                && ui
                    .button("Dismiss")
                    .on_hover_text("Not a real disagreement; hide it from the list")
                    .clicked()
            {
                set(ReviewStatus::Dismissed);
            }
            if review.status != ReviewStatus::Open
                && ui
                    .button("Reopen")
                    .on_hover_text("Mark as not reviewed")
                    .clicked()
            {
                set(ReviewStatus::Open);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Claim;

    fn d(id: &str, kind: DiscrepancyKind, severity: f32) -> Discrepancy {
        Discrepancy {
            id: id.into(),
            kind,
            subject: id.into(),
            claims: vec![Claim {
                value: "x".into(),
                mentions: Vec::new(),
            }],
            explanation: String::new(),
            confidence: 1.0,
            severity,
            event: None,
        }
    }

    #[test]
    fn groups_by_kind_most_severe_first() {
        let list = vec![
            d("a", DiscrepancyKind::Name, 0.2),
            d("b", DiscrepancyKind::Date, 0.5),
            d("c", DiscrepancyKind::Name, 0.9),
            d("e", DiscrepancyKind::Date, 0.7),
        ];
        let groups = ordered(&list);
        let flat: Vec<(DiscrepancyKind, Vec<&str>)> = groups
            .iter()
            .map(|(k, v)| (*k, v.iter().map(|d| d.id.as_str()).collect()))
            .collect();
        assert_eq!(
            flat,
            vec![
                (DiscrepancyKind::Name, vec!["c", "a"]),
                (DiscrepancyKind::Date, vec!["e", "b"]),
            ]
        );
    }
}
