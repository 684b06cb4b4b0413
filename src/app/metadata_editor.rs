//! The article header and its editor: title, outlet, author, dateline and publication
//! date. Applying a new publication date re-runs the analysis, so that article's relative
//! dates ("yesterday", "on Tuesday") are resolved against the corrected date.

use super::Action;
use crate::model::{Article, Metadata, MetadataOverrides, Origin};
use chrono::NaiveDate;
use egui::RichText;

/// The text fields of the editor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetadataForm {
    /// The article being edited, by key.
    pub key: String,
    /// Title.
    pub title: String,
    /// Outlet.
    pub outlet: String,
    /// Author.
    pub author: String,
    /// Dateline place.
    pub dateline: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// Why the last Apply was refused.
    pub error: Option<String>,
}

/// Parses a date the way people type it: `2024-06-19`, `19 June 2024`, `June 19, 2024`, `19/06/2024`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim().trim_end_matches('.');
    const FORMATS: [&str; 8] = [
        "%Y-%m-%d",
        "%d %B %Y",
        "%B %d, %Y",
        "%B %d %Y",
        "%d %b %Y",
        "%b %d, %Y",
        "%d/%m/%Y",
        "%Y/%m/%d",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
}

impl MetadataForm {
    /// A form holding the metadata shown now (as read, with the user's corrections).
    pub fn new(key: &str, meta: &Metadata) -> Self {
        MetadataForm {
            key: key.to_string(),
            title: meta
                .title
                .as_ref()
                .map(|f| f.value.clone())
                .unwrap_or_default(),
            outlet: meta
                .outlet
                .as_ref()
                .map(|f| f.value.clone())
                .unwrap_or_default(),
            author: meta
                .author
                .as_ref()
                .map(|f| f.value.clone())
                .unwrap_or_default(),
            dateline: meta
                .dateline
                .as_ref()
                .map(|f| f.value.place.clone())
                .unwrap_or_default(),
            published: meta
                .published
                .as_ref()
                .map(|f| f.value.date.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            error: None,
        }
    }

    /// The overrides this form stands for, compared with what was read. Fields left as
    /// read are not overridden, so a later re-read of a corrected file still shows through.
    pub fn overrides(&self, read: &Metadata) -> Result<MetadataOverrides, String> {
        fn differs(new: &str, old: Option<&str>) -> Option<String> {
            let new = new.trim();
            (!new.is_empty() && Some(new) != old).then(|| new.to_string())
        }
        let published = if self.published.trim().is_empty() {
            None
        } else {
            match parse_date(&self.published) {
                Some(d) if Some(d) != read.published.as_ref().map(|f| f.value.date) => Some(d),
                Some(_) => None,
                None => {
                    return Err(format!(
                        "“{}” is not a date Parallax understands; write it like 2024-06-19",
                        self.published.trim()
                    ))
                }
            }
        };
        Ok(MetadataOverrides {
            title: differs(&self.title, read.title.as_ref().map(|f| f.value.as_str())),
            outlet: differs(&self.outlet, read.outlet.as_ref().map(|f| f.value.as_str())),
            author: differs(&self.author, read.author.as_ref().map(|f| f.value.as_str())),
            dateline: differs(
                &self.dateline,
                read.dateline.as_ref().map(|f| f.value.place.as_str()),
            ),
            published,
        })
    }
}

fn origin_note(origin: Origin) -> Option<&'static str> {
    match origin {
        Origin::User => Some("set by you"),
        Origin::Inferred => Some("inferred"),
        Origin::Url => Some("from the web address"),
        Origin::HtmlMeta => Some("from the page's metadata"),
        Origin::Text => None,
    }
}

/// The header of an article: what it is, who wrote it, when. `shown` has the user's
/// corrections applied; `creation` is the date the analysis resolved relative dates
/// against (inferred from the other articles when the page states none).
pub fn header(
    ui: &mut egui::Ui,
    article: &Article,
    shown: &Metadata,
    creation: Option<&crate::model::CreationDate>,
) {
    let title = shown
        .title
        .as_ref()
        .map(|f| f.value.as_str())
        .unwrap_or(&article.name);
    ui.add(egui::Label::new(RichText::new(title).heading().strong()).wrap());
    ui.horizontal_wrapped(|ui| {
        let mut parts: Vec<(String, Option<&'static str>, &'static str)> = Vec::new();
        if let Some(f) = &shown.outlet {
            parts.push((f.value.clone(), origin_note(f.origin), "Outlet"));
        }
        if let Some(f) = &shown.author {
            parts.push((format!("By {}", f.value), origin_note(f.origin), "Author"));
        }
        if let Some(f) = &shown.dateline {
            parts.push((f.value.place.clone(), origin_note(f.origin), "Dateline"));
        }
        let mut evidence: Option<String> = None;
        match &shown.published {
            None if creation.is_some_and(|c| c.origin == Origin::Inferred) => {
                if let Some(c) = creation {
                    parts.push((
                        c.date.format("%A %-d %B %Y").to_string(),
                        Some("inferred; hover for why, or set it with Edit details"),
                        "Publication date",
                    ));
                    evidence = Some(c.evidence.join("\n"));
                }
            }
            Some(f) => {
                let mut s = f.value.date.format("%A %-d %B %Y").to_string();
                if let Some(t) = f.value.time {
                    s.push_str(&format!(", {}", t.format("%H:%M")));
                }
                parts.push((s, origin_note(f.origin), "Publication date"));
            }
            None => parts.push((
                "No publication date".to_string(),
                Some("relative dates cannot be resolved; use Edit details"),
                "Publication date",
            )),
        }
        for (i, (text, note, what)) in parts.into_iter().enumerate() {
            if i > 0 {
                ui.weak("·");
            }
            let r = ui.label(RichText::new(&text).strong());
            let r = match (note, &evidence) {
                (Some(n), Some(why)) if what == "Publication date" => {
                    ui.weak(format!("({n})"));
                    r.on_hover_text(format!("{what}, inferred:\n{why}"))
                }
                (Some(n), _) => {
                    ui.weak(format!("({n})"));
                    r.on_hover_text(format!("{what}: {n}"))
                }
                (None, _) => r.on_hover_text(what),
            };
            let _ = r;
        }
    });
}

/// The editor form. Returns true when it should close.
pub fn editor(
    ui: &mut egui::Ui,
    form: &mut MetadataForm,
    read: &Metadata,
    actions: &mut Vec<Action>,
) -> bool {
    let mut close = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::Grid::new("metadata_form")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let field = |ui: &mut egui::Ui, label: &str, value: &mut String, hint: &str| {
                    let l = ui.label(label);
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .desired_width(320.0)
                            .hint_text(hint),
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                };
                field(ui, "Title", &mut form.title, "Headline");
                field(ui, "Outlet", &mut form.outlet, "Publication or site");
                field(ui, "Author", &mut form.author, "Byline");
                field(
                    ui,
                    "Dateline",
                    &mut form.dateline,
                    "Place the report was filed from",
                );
                field(ui, "Publication date", &mut form.published, "2024-06-19");
            });
        if let Some(e) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        ui.horizontal(|ui| {
            if ui
                .button("Apply")
                .on_hover_text("Use these details; relative dates are resolved again")
                .clicked()
            {
                match form.overrides(read) {
                    Ok(o) => {
                        actions.push(Action::SetOverrides(form.key.clone(), o));
                        close = true;
                    }
                    Err(e) => form.error = Some(e),
                }
            }
            if ui.button("Cancel").clicked() {
                close = true;
            }
            if ui
                .button("Reset to what was read")
                .on_hover_text("Forget your corrections to this article")
                .clicked()
            {
                actions.push(Action::SetOverrides(
                    form.key.clone(),
                    MetadataOverrides::default(),
                ));
                close = true;
            }
        });
    });
    close
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateStamp, Field};

    #[test]
    fn dates_parse_as_people_write_them() {
        let d = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        for t in [
            "2024-06-19",
            "19 June 2024",
            "June 19, 2024",
            "19/06/2024",
            " 19 Jun 2024 ",
        ] {
            assert_eq!(parse_date(t), Some(d), "{t}");
        }
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2024-02-30"), None);
    }

    #[test]
    fn only_changed_fields_become_overrides() {
        let read = Metadata {
            title: Some(Field::from_text("Summit".to_string(), 0..6, 0.9)),
            published: Some(Field::from_text(
                DateStamp::date(NaiveDate::from_ymd_opt(2024, 6, 19).unwrap()),
                7..17,
                0.9,
            )),
            ..Metadata::default()
        };
        let mut form = MetadataForm::new("k", &read);
        assert_eq!(form.overrides(&read).unwrap(), MetadataOverrides::default());
        form.published = "2024-06-20".into();
        form.author = "A. Writer".into();
        let o = form.overrides(&read).unwrap();
        assert_eq!(o.published, NaiveDate::from_ymd_opt(2024, 6, 20));
        assert_eq!(o.author.as_deref(), Some("A. Writer"));
        assert_eq!(o.title, None);
        form.published = "soon".into();
        assert!(form.overrides(&read).is_err());
    }
}
