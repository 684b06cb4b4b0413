//! The report of an analysis for the command line: one JSON document (schema in
//! `docs/json-schema.md`) or a readable text report.
//!
//! Offsets in the JSON are Unicode character (code point) offsets into each article's
//! decoded text (`Article::text`), so any tool can highlight the exact place in the file.

use crate::model::{
    Analysis, Article, CharIndex, CreationDate, DateStamp, Field, MentionRef, Origin,
};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::ops::Range;

/// Version of the JSON schema; bumped on incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;

/// A file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileError {
    /// The path as given or found.
    pub path: String,
    /// What went wrong, in plain words.
    pub message: String,
}

/// A metadata value with where it was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldOut {
    /// The value as text.
    pub value: String,
    /// Character offset in the decoded text where it was read, if it was read from the text.
    pub start: Option<usize>,
    /// End character offset (exclusive).
    pub end: Option<usize>,
    /// 0.0–1.0.
    pub confidence: f32,
    /// Where it came from.
    pub origin: Origin,
}

/// Every metadata value with its provenance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MetadataOut {
    /// Headline.
    pub title: Option<FieldOut>,
    /// Outlet.
    pub outlet: Option<FieldOut>,
    /// URL.
    pub url: Option<FieldOut>,
    /// Byline.
    pub author: Option<FieldOut>,
    /// Publication time.
    pub published: Option<FieldOut>,
    /// Update time.
    pub updated: Option<FieldOut>,
    /// Dateline.
    pub dateline: Option<FieldOut>,
    /// Relayed outlets.
    pub relays: Vec<FieldOut>,
    /// Tags.
    pub tags: Vec<FieldOut>,
}

/// A removed block of page furniture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FurnitureOut {
    /// Kind, e.g. "comments", "tags".
    pub kind: crate::model::FurnitureKind,
    /// Character offsets in the decoded text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The text.
    pub text: String,
}

/// A temporal expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimexOut {
    /// Character offsets in the decoded text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// As written.
    pub text: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: crate::model::TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// What it was resolved against.
    pub anchor: crate::model::Anchor,
    /// Time-zone marker as written, if any.
    pub zone: Option<String>,
}

/// A named person, organisation or place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityOut {
    /// Character offsets in the decoded text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// As written.
    pub text: String,
    /// Person, organization or place.
    pub kind: crate::model::EntityKind,
    /// The linked name.
    pub canonical: String,
}

/// One article in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleOut {
    /// Index used by mentions.
    pub index: usize,
    /// File path, if read from a file.
    pub path: Option<String>,
    /// Short name.
    pub name: String,
    /// text, markdown or html.
    pub format: crate::model::Format,
    /// Encoding decoded from.
    pub encoding: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Publication date/time as stated (ISO 8601).
    pub published: Option<String>,
    /// Update date/time as stated (ISO 8601).
    pub updated: Option<String>,
    /// Dateline as written.
    pub dateline: Option<String>,
    /// The date relative expressions were resolved against, and how it was decided.
    pub creation_date: Option<CreationDate>,
    /// Every metadata value with its provenance.
    pub metadata: MetadataOut,
    /// The cleaned article text.
    pub body: String,
    /// Character range of the body's first and last byte in the decoded text.
    pub body_start: usize,
    /// End (exclusive).
    pub body_end: usize,
    /// Page furniture removed from the body.
    pub furniture: Vec<FurnitureOut>,
    /// Reader warnings in plain words.
    pub warnings: Vec<String>,
    /// Temporal expressions.
    pub timexes: Vec<TimexOut>,
    /// People, organisations and places.
    pub entities: Vec<EntityOut>,
}

/// Where a claim or event is stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionOut {
    /// Article index.
    pub article: usize,
    /// Character offsets in that article's decoded text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The sentence or clause.
    pub quote: String,
    /// The article's outlet.
    pub source: String,
}

/// An event's time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeOut {
    /// TIMEX3 value.
    pub value: String,
    /// First day (ISO 8601).
    pub start: String,
    /// Day after the last day (ISO 8601).
    pub end: String,
    /// Precision.
    pub granularity: crate::model::Granularity,
}

/// A merged event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventOut {
    /// Stable id.
    pub id: String,
    /// When.
    pub time: TimeOut,
    /// Readable label.
    pub label: String,
    /// Key action.
    pub action: Option<String>,
    /// Participants.
    pub participants: Vec<String>,
    /// Places.
    pub places: Vec<String>,
    /// Supporting mentions.
    pub mentions: Vec<MentionOut>,
    /// Outlets reporting it.
    pub sources: Vec<String>,
    /// Independent sources.
    pub independent_sources: usize,
    /// Discrepancy ids about it.
    pub discrepancies: Vec<String>,
}

/// One side of a discrepancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimOut {
    /// The value this side states.
    pub value: String,
    /// Every mention stating it.
    pub mentions: Vec<MentionOut>,
}

/// A discrepancy between sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiscrepancyOut {
    /// Stable id.
    pub id: String,
    /// date, weekday, place, number or name.
    pub kind: crate::model::DiscrepancyKind,
    /// What it is about.
    pub subject: String,
    /// Competing claims.
    pub claims: Vec<ClaimOut>,
    /// Plain-words explanation.
    pub explanation: String,
    /// 0.0–1.0.
    pub confidence: f32,
    /// 0.0–1.0.
    pub severity: f32,
    /// The event it is about.
    pub event: Option<String>,
}

/// The whole JSON document printed by `parallax analyze --json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Schema version.
    pub schema_version: u32,
    /// Parallax version.
    pub parallax_version: String,
    /// Articles read.
    pub articles: Vec<ArticleOut>,
    /// Files that could not be read.
    pub errors: Vec<FileError>,
    /// Merged events in time order.
    pub events: Vec<EventOut>,
    /// Discrepancies, most severe first.
    pub discrepancies: Vec<DiscrepancyOut>,
}

/// Converts body byte ranges of one article to character offsets in its decoded text.
struct Offsets<'a> {
    article: &'a Article,
    chars: CharIndex,
}

impl<'a> Offsets<'a> {
    fn new(article: &'a Article) -> Self {
        Self {
            article,
            chars: CharIndex::new(&article.text),
        }
    }

    /// Body byte range → text char range.
    fn body(&self, range: &Range<usize>) -> (usize, usize) {
        let text = self.article.map.to_text(range.clone());
        self.text(&text)
    }

    /// Text byte range → text char range.
    fn text(&self, range: &Range<usize>) -> (usize, usize) {
        (
            self.chars.char_offset(range.start),
            self.chars.char_offset(range.end),
        )
    }
}

fn stamp_text(stamp: &DateStamp) -> String {
    let mut out = stamp.date.format("%Y-%m-%d").to_string();
    if let Some(time) = stamp.time {
        let _ = write!(out, "T{}", time.format("%H:%M"));
        if let Some(offset) = stamp.utc_offset_minutes {
            let sign = if offset < 0 { '-' } else { '+' };
            let abs = offset.abs();
            let _ = write!(out, "{sign}{:02}:{:02}", abs / 60, abs % 60);
        }
    }
    out
}

fn field_out<T>(offsets: &Offsets<'_>, field: &Field<T>, text: String) -> FieldOut {
    let span = field.span.as_ref().map(|s| offsets.text(s));
    FieldOut {
        value: text,
        start: span.map(|s| s.0),
        end: span.map(|s| s.1),
        confidence: field.confidence,
        origin: field.origin,
    }
}

fn dateline_text(d: &crate::model::Dateline) -> String {
    match &d.date_text {
        Some(date) => format!("{}, {}", d.place, date),
        None => d.place.clone(),
    }
}

fn article_out(index: usize, article: &Article, analysis: &Analysis) -> ArticleOut {
    let offsets = Offsets::new(article);
    let meta = &article.meta;
    let string_field =
        |f: &Option<Field<String>>| f.as_ref().map(|f| field_out(&offsets, f, f.value.clone()));
    let metadata = MetadataOut {
        title: string_field(&meta.title),
        outlet: string_field(&meta.outlet),
        url: string_field(&meta.url),
        author: string_field(&meta.author),
        published: meta
            .published
            .as_ref()
            .map(|f| field_out(&offsets, f, stamp_text(&f.value))),
        updated: meta
            .updated
            .as_ref()
            .map(|f| field_out(&offsets, f, stamp_text(&f.value))),
        dateline: meta
            .dateline
            .as_ref()
            .map(|f| field_out(&offsets, f, dateline_text(&f.value))),
        relays: meta
            .relays
            .iter()
            .map(|f| field_out(&offsets, f, f.value.clone()))
            .collect(),
        tags: meta
            .tags
            .iter()
            .map(|f| field_out(&offsets, f, f.value.clone()))
            .collect(),
    };
    let per_article = analysis.articles.get(index);
    let timexes = per_article
        .map(|a| {
            a.timexes
                .iter()
                .map(|t| {
                    let (start, end) = offsets.body(&t.span);
                    TimexOut {
                        start,
                        end,
                        text: t.text.clone(),
                        kind: t.kind,
                        value: t.value.clone(),
                        modifier: t.modifier.clone(),
                        anchor: t.anchor.clone(),
                        zone: t.zone.as_ref().map(|z| z.text.clone()),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let entities = per_article
        .map(|a| {
            a.entities
                .iter()
                .map(|e| {
                    let (start, end) = offsets.body(&e.span);
                    EntityOut {
                        start,
                        end,
                        text: e.text.clone(),
                        kind: e.kind,
                        canonical: e.canonical.clone(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let (body_start, body_end) = offsets.body(&(0..article.body.len()));
    ArticleOut {
        index,
        path: article.path.as_ref().map(|p| p.display().to_string()),
        name: article.name.clone(),
        format: article.format,
        encoding: article.encoding.clone(),
        title: meta.title.as_ref().map(|f| f.value.clone()),
        outlet: meta.outlet.as_ref().map(|f| f.value.clone()),
        author: meta.author.as_ref().map(|f| f.value.clone()),
        published: meta.published.as_ref().map(|f| stamp_text(&f.value)),
        updated: meta.updated.as_ref().map(|f| stamp_text(&f.value)),
        dateline: meta.dateline.as_ref().map(|f| dateline_text(&f.value)),
        creation_date: per_article.and_then(|a| a.creation.clone()),
        metadata,
        body: article.body.clone(),
        body_start,
        body_end,
        furniture: article
            .furniture
            .iter()
            .map(|f| {
                let (start, end) = offsets.text(&f.span);
                FurnitureOut {
                    kind: f.kind,
                    start,
                    end,
                    text: f.text.clone(),
                }
            })
            .collect(),
        warnings: article.warnings.clone(),
        timexes,
        entities,
    }
}

impl Report {
    /// Builds the report. `errors` are the files that could not be read.
    pub fn new(articles: &[Article], errors: Vec<FileError>, analysis: &Analysis) -> Self {
        let offsets: Vec<Offsets<'_>> = articles.iter().map(Offsets::new).collect();
        let mention = |m: &MentionRef| -> Option<MentionOut> {
            let o = offsets.get(m.article)?;
            let (start, end) = o.body(&m.span);
            Some(MentionOut {
                article: m.article,
                start,
                end,
                quote: m.quote.clone(),
                source: o.article.outlet_name().to_string(),
            })
        };
        let events = analysis
            .events
            .iter()
            .map(|e| EventOut {
                id: e.id.clone(),
                time: TimeOut {
                    value: e.value.clone(),
                    start: e.time.start.format("%Y-%m-%d").to_string(),
                    end: e.time.end.format("%Y-%m-%d").to_string(),
                    granularity: e.time.granularity,
                },
                label: e.label.clone(),
                action: e.action.clone(),
                participants: e.participants.clone(),
                places: e.places.clone(),
                mentions: e.mentions.iter().filter_map(mention).collect(),
                sources: e.sources.clone(),
                independent_sources: e.independent_sources,
                discrepancies: e.discrepancies.clone(),
            })
            .collect();
        let discrepancies = analysis
            .discrepancies
            .iter()
            .map(|d| DiscrepancyOut {
                id: d.id.clone(),
                kind: d.kind,
                subject: d.subject.clone(),
                claims: d
                    .claims
                    .iter()
                    .map(|c| ClaimOut {
                        value: c.value.clone(),
                        mentions: c.mentions.iter().filter_map(mention).collect(),
                    })
                    .collect(),
                explanation: d.explanation.clone(),
                confidence: d.confidence,
                severity: d.severity,
                event: d.event.clone(),
            })
            .collect();
        Report {
            schema_version: SCHEMA_VERSION,
            parallax_version: env!("CARGO_PKG_VERSION").to_string(),
            articles: articles
                .iter()
                .enumerate()
                .map(|(i, a)| article_out(i, a, analysis))
                .collect(),
            errors,
            events,
            discrepancies,
        }
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Serialising plain data structs with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The readable report.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Articles ({})", self.articles.len());
        for a in &self.articles {
            let _ = writeln!(
                out,
                "  [{}] {}",
                a.index,
                a.title.as_deref().unwrap_or(&a.name)
            );
            let mut line = Vec::new();
            if let Some(o) = &a.outlet {
                line.push(o.clone());
            }
            if let Some(au) = &a.author {
                line.push(format!("by {au}"));
            }
            match (&a.published, &a.creation_date) {
                (Some(p), _) => line.push(format!("published {p}")),
                (None, Some(c)) => line.push(format!("date inferred: {}", c.date)),
                (None, None) => line.push("no date".to_string()),
            }
            if let Some(u) = &a.updated {
                line.push(format!("updated {u}"));
            }
            if let Some(d) = &a.dateline {
                line.push(format!("dateline {d}"));
            }
            let _ = writeln!(out, "      {}", line.join(" · "));
            if let Some(path) = &a.path {
                let _ = writeln!(out, "      {path}");
            }
            if !a.metadata.relays.is_empty() {
                let names: Vec<_> = a.metadata.relays.iter().map(|r| r.value.as_str()).collect();
                let _ = writeln!(out, "      relays {}", names.join(", "));
            }
            if let Some(c) = &a.creation_date {
                if c.origin == Origin::Inferred {
                    for e in &c.evidence {
                        let _ = writeln!(out, "      inferred date evidence: {e}");
                    }
                }
            }
            for w in &a.warnings {
                let _ = writeln!(out, "      warning: {w}");
            }
            let s = |n: usize| if n == 1 { "" } else { "s" };
            let words = a.body.split_whitespace().count();
            let (dates, names, furniture) = (a.timexes.len(), a.entities.len(), a.furniture.len());
            let _ = writeln!(
                out,
                "      {words} word{}, {dates} date expression{}, {names} name{}, {furniture} \
                 furniture block{} removed",
                s(words),
                s(dates),
                s(names),
                s(furniture)
            );
        }
        if !self.errors.is_empty() {
            let _ = writeln!(out, "\nCould not read ({})", self.errors.len());
            for e in &self.errors {
                let _ = writeln!(out, "  {}: {}", e.path, e.message);
            }
        }
        let _ = writeln!(out, "\nTimeline ({} events)", self.events.len());
        for e in &self.events {
            let flag = if e.discrepancies.is_empty() { " " } else { "!" };
            let _ = writeln!(
                out,
                "{flag} {:<12} {}  [{} source{}: {}]",
                e.time.value,
                e.label,
                e.independent_sources,
                if e.independent_sources == 1 { "" } else { "s" },
                e.sources.join(", ")
            );
            for m in &e.mentions {
                let _ = writeln!(out, "      {}: “{}”", m.source, shorten(&m.quote, 140));
            }
        }
        let _ = writeln!(out, "\nDiscrepancies ({})", self.discrepancies.len());
        for d in &self.discrepancies {
            let _ = writeln!(
                out,
                "  {} [{}] {} (confidence {:.0}%, severity {:.0}%)",
                d.id,
                d.kind.label(),
                d.subject,
                d.confidence * 100.0,
                d.severity * 100.0
            );
            for c in &d.claims {
                let _ = writeln!(out, "    • {}", c.value);
                for m in &c.mentions {
                    let _ = writeln!(out, "        {}: “{}”", m.source, shorten(&m.quote, 140));
                }
            }
            let _ = writeln!(out, "    {}", d.explanation);
        }
        out
    }
}

/// Cuts `text` to at most `max` chars on a char boundary, adding "…".
fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((byte, _)) => format!("{}…", &text[..byte]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, Metadata, SourceMap};

    fn article(text: &str, body_from: usize) -> Article {
        let body = text[body_from..].to_string();
        let mut map = SourceMap::default();
        map.push(0..body.len(), body_from..text.len());
        Article {
            path: None,
            name: "a.txt".into(),
            format: Format::Text,
            encoding: "UTF-8".into(),
            text: text.into(),
            body: body.clone(),
            map,
            sentences: std::iter::once(0..body.len()).collect(),
            paragraphs: std::iter::once(0..body.len()).collect(),
            furniture: vec![],
            meta: Metadata::default(),
            warnings: vec![],
        }
    }

    #[test]
    fn mention_offsets_are_chars_into_the_decoded_text() {
        // "£" is two bytes: byte offsets and char offsets differ after it.
        let a = article("Price £5\n\nPutin arrived on Tuesday.", 11);
        let analysis = Analysis {
            articles: vec![],
            events: vec![crate::model::Event {
                id: "e1".into(),
                value: "2024-06-18".into(),
                time: crate::model::Interval {
                    start: chrono::NaiveDate::from_ymd_opt(2024, 6, 18).unwrap(),
                    end: chrono::NaiveDate::from_ymd_opt(2024, 6, 19).unwrap(),
                    granularity: crate::model::Granularity::Day,
                },
                label: "Putin arrives".into(),
                action: None,
                participants: vec![],
                places: vec![],
                mentions: vec![MentionRef {
                    article: 0,
                    span: 0..13,
                    quote: "Putin arrived".into(),
                }],
                sources: vec!["a.txt".into()],
                independent_sources: 1,
                discrepancies: vec![],
            }],
            discrepancies: vec![],
        };
        let report = Report::new(std::slice::from_ref(&a), vec![], &analysis);
        let m = &report.events[0].mentions[0];
        let chars: Vec<char> = a.text.chars().collect();
        let quoted: String = chars[m.start..m.end].iter().collect();
        assert_eq!(quoted, "Putin arrived");
        assert_eq!((m.start, m.end), (10, 23));
        // The JSON round-trips through the schema types.
        let back: Report = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(back, report);
    }

    #[test]
    fn shorten_respects_char_boundaries() {
        assert_eq!(shorten("££££", 2), "££…");
        assert_eq!(shorten(" ab ", 5), "ab");
    }
}
