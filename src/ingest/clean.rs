//! Separating article prose from page furniture, and reading metadata lines.
//!
//! Works on "units" — lines of a plain-text copy of a page, or blocks of an HTML page —
//! so the same heuristics serve every format. The rules are general: keyword lexicons for
//! furniture, position (short label-like lines before the first paragraph or after the
//! last), duplicated lines, and trailing blocks after a comments/tags/related heading.

use super::metadata;
use crate::model::{Article, Field, Format, Furniture, FurnitureKind, Metadata, Origin, SourceMap};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A line or block of the page with a map from its content back to the decoded text.
#[derive(Debug, Clone)]
pub struct Unit {
    /// The text of the unit (trimmed).
    pub content: String,
    /// (range in `content`, range in the decoded text) pieces, in order.
    pub pieces: Vec<(Range<usize>, Range<usize>)>,
    /// The unit's whole range in the decoded text.
    pub span: Range<usize>,
    /// True when the unit is a heading in the source markup (HTML h1–h6, Markdown #).
    pub heading: bool,
}

impl Unit {
    /// A verbatim slice of the text.
    pub fn verbatim(text: &str, span: Range<usize>) -> Self {
        Self {
            content: text[span.clone()].to_string(),
            pieces: vec![(0..span.len(), span.clone())],
            span,
            heading: false,
        }
    }

    /// Maps a byte range of `content` to the decoded text.
    fn text_range(&self, r: Range<usize>) -> Range<usize> {
        let mut map = SourceMap::default();
        for (c, t) in &self.pieces {
            map.push(c.clone(), t.clone());
        }
        map.to_text(r)
    }
}

/// Splits plain text into trimmed, non-empty lines as units, joining hard-wrapped lines.
pub fn text_units(text: &str) -> Vec<Unit> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if content.is_empty() {
            lines.push(offset..offset); // blank line marker
        } else {
            let start = offset + trimmed_start;
            lines.push(start..start + content.len());
        }
        offset += line.len();
    }
    let mut units: Vec<Unit> = Vec::new();
    let mut previous_blank = true;
    for range in lines {
        if range.is_empty() {
            previous_blank = true;
            continue;
        }
        let line = &text[range.clone()];
        // Join a hard-wrapped continuation: the previous line ran on without ending a
        // sentence and this one continues in lower case.
        if !previous_blank {
            if let Some(last) = units.last_mut() {
                let continues = !last.content.ends_with(['.', '!', '?', ':', '"', '”', '’'])
                    && last.content.len() >= 50
                    && line.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
                if continues {
                    let at = last.content.len();
                    last.content.push(' ');
                    last.content.push_str(line);
                    // The newline between maps to the space.
                    last.pieces.push((at..at + 1, last.span.end..range.start));
                    last.pieces
                        .push((at + 1..at + 1 + line.len(), range.clone()));
                    last.span.end = range.end;
                    continue;
                }
            }
        }
        units.push(Unit::verbatim(text, range));
        previous_blank = false;
    }
    units
}

static MD_INLINE: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(r"!?\[(?P<label>[^\]]*)\]\([^)]*\)|(?P<em>\*\*|__|\*|_|`)")
});
static MD_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| super::static_regex(r"^(?P<h>#{1,6}\s+)|^(?:[-*+]\s+|\d+[.)]\s+|>\s*)"));

/// Markdown: strips heading/list/quote markers, emphasis and link syntax, keeping the map.
pub fn markdown_units(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    for unit in text_units(text) {
        let mut content = String::new();
        let mut pieces = Vec::new();
        let src = unit.content.as_str();
        let mut pos = 0;
        let mut heading = false;
        if let Some(m) = MD_PREFIX.find(src) {
            heading = MD_PREFIX
                .captures(src)
                .is_some_and(|c| c.name("h").is_some());
            pos = m.end();
        }
        if src.trim() == "---" || src.trim() == "***" {
            continue;
        }
        let copy = |from: usize, to: usize, content: &mut String, pieces: &mut Vec<_>| {
            if from < to {
                let at = content.len();
                content.push_str(&src[from..to]);
                pieces.push((at..content.len(), unit.text_range(from..to)));
            }
        };
        let base = pos;
        for c in MD_INLINE.captures_iter(&src[base..]) {
            let Some(whole) = c.get(0) else { continue };
            let (ws, we) = (base + whole.start(), base + whole.end());
            copy(pos, ws, &mut content, &mut pieces);
            if let Some(label) = c.name("label") {
                copy(
                    base + label.start(),
                    base + label.end(),
                    &mut content,
                    &mut pieces,
                );
            }
            pos = we;
        }
        let end = src.len();
        copy(pos, end, &mut content, &mut pieces);
        let trimmed = content.trim();
        if trimmed.is_empty() {
            continue;
        }
        out.push(Unit {
            content,
            pieces,
            span: unit.span,
            heading,
        });
    }
    out
}

/// Phrases that mark a unit as furniture, by kind. Matched case-insensitively at the start.
const LEXICON: &[(&str, FurnitureKind)] = &[
    ("leave a reply", FurnitureKind::Comments),
    ("leave a comment", FurnitureKind::Comments),
    ("post a comment", FurnitureKind::Comments),
    ("add a comment", FurnitureKind::Comments),
    ("please enter your comment", FurnitureKind::Comments),
    ("please enter your name", FurnitureKind::Comments),
    ("please enter your email", FurnitureKind::Comments),
    (
        "your email address will not be published",
        FurnitureKind::Comments,
    ),
    ("required fields are marked", FurnitureKind::Comments),
    ("save my name, email", FurnitureKind::Comments),
    ("comments (", FurnitureKind::Comments),
    ("comments", FurnitureKind::Comments),
    ("join the conversation", FurnitureKind::Comments),
    ("sign up for", FurnitureKind::Promotion),
    ("subscribe", FurnitureKind::Promotion),
    ("newsletter", FurnitureKind::Promotion),
    ("if you enjoyed this", FurnitureKind::Promotion),
    ("(and get daily dose", FurnitureKind::Promotion),
    ("rate this article", FurnitureKind::Promotion),
    ("share this", FurnitureKind::Promotion),
    ("share on", FurnitureKind::Promotion),
    ("follow us", FurnitureKind::Promotion),
    ("click here", FurnitureKind::Promotion),
    ("advertisement", FurnitureKind::Promotion),
    ("sponsored", FurnitureKind::Promotion),
    ("download our app", FurnitureKind::Promotion),
    ("all rights reserved", FurnitureKind::Other),
    ("copyright ©", FurnitureKind::Other),
    ("©", FurnitureKind::Other),
    ("we use cookies", FurnitureKind::Other),
    ("tagged under", FurnitureKind::Tags),
    ("tags:", FurnitureKind::Tags),
    ("tags", FurnitureKind::Tags),
    ("topics:", FurnitureKind::Tags),
    ("categories", FurnitureKind::Tags),
    ("category:", FurnitureKind::Tags),
    ("filed under", FurnitureKind::Tags),
    ("more articles", FurnitureKind::Related),
    ("latest article", FurnitureKind::Related),
    ("latest news", FurnitureKind::Related),
    ("latest stories", FurnitureKind::Related),
    ("related articles", FurnitureKind::Related),
    ("related stories", FurnitureKind::Related),
    ("related news", FurnitureKind::Related),
    ("related:", FurnitureKind::Related),
    ("related", FurnitureKind::Related),
    ("read more", FurnitureKind::Related),
    ("read next", FurnitureKind::Related),
    ("read also", FurnitureKind::Related),
    ("also read", FurnitureKind::Related),
    ("you may also like", FurnitureKind::Related),
    ("you might also like", FurnitureKind::Related),
    ("recommended", FurnitureKind::Related),
    ("most popular", FurnitureKind::Related),
    ("most read", FurnitureKind::Related),
    ("trending", FurnitureKind::Related),
    ("top stories", FurnitureKind::Navigation),
    ("skip to content", FurnitureKind::Navigation),
    ("home", FurnitureKind::Navigation),
    ("menu", FurnitureKind::Navigation),
    ("(image source", FurnitureKind::Caption),
    ("image source", FurnitureKind::Caption),
    ("image:", FurnitureKind::Caption),
    ("photo:", FurnitureKind::Caption),
    ("(photo", FurnitureKind::Caption),
    ("photo credit", FurnitureKind::Caption),
    ("file photo", FurnitureKind::Caption),
];

/// Phrases that mark a short unit as a promotion wherever they occur: newsletter and app
/// blurbs rarely start with a fixed word ("Get the day's biggest stories straight to your
/// inbox").
const PROMOTION_ANYWHERE: &[&str] = &[
    "to your inbox",
    "in your inbox",
    "subscribe to our",
    "sign up to our",
    "sign up for our",
    "our newsletter",
    "download the app",
    "download our app",
];

/// Short units only: a sentence of prose may mention an inbox.
const PROMOTION_MAX_WORDS: usize = 25;

static VOTES: LazyLock<Regex> =
    LazyLock::new(|| super::static_regex(r"(?i)^\(?\s*\d+\s+votes?\s*\)?$"));

/// Normalises text for comparing lines: lower case, letters and digits only.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The furniture kind a unit's text announces, if any. Long prose never matches
/// (a sentence that happens to start with "Home" is prose).
fn lexicon_kind(content: &str) -> Option<FurnitureKind> {
    let lower = content.trim().to_lowercase();
    if VOTES.is_match(&lower) {
        return Some(FurnitureKind::Promotion);
    }
    let words = lower.split_whitespace().count();
    if words <= PROMOTION_MAX_WORDS && PROMOTION_ANYWHERE.iter().any(|p| lower.contains(p)) {
        return Some(FurnitureKind::Promotion);
    }
    for (phrase, kind) in LEXICON {
        if !lower.starts_with(phrase) {
            continue;
        }
        let rest = &lower[phrase.len()..];
        // A bare label ("Tags", "Comments", "Home") must be the whole unit or end in ':'.
        let whole_word = rest.is_empty()
            || rest.starts_with([':', ' ', '(', '!', '.', ','])
            || phrase.ends_with([':', '(']);
        if !whole_word {
            continue;
        }
        // One-word labels ("Home", "Tags", "Comments") only count as the whole unit, so
        // "Home loan approvals rising again" stays a headline.
        let single_word_label = !phrase.contains(' ') && phrase.chars().all(char::is_alphabetic);
        let rest_is_empty = rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
        if single_word_label && !rest_is_empty && !rest.trim_start().starts_with(':') {
            continue;
        }
        if words > 40 {
            continue;
        }
        return Some(*kind);
    }
    None
}

/// True when a unit reads like article prose: long, or a full sentence of some length.
fn is_prose(content: &str) -> bool {
    let words = content.split_whitespace().count();
    content.len() >= 160
        || (words >= 10
            && content
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', ')'])
            && !is_title_case(content))
}

/// Headline style: most longer words capitalised ("Putin Arrives in North Korea for Talks").
fn is_title_case(content: &str) -> bool {
    let long: Vec<&str> = content.split_whitespace().filter(|w| w.len() > 3).collect();
    let caps = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 3 && caps * 10 >= long.len() * 7
}

/// True when a unit is a short label-like line (no sentence punctuation, few words).
fn is_label(content: &str) -> bool {
    let words = content.split_whitespace().count();
    words <= 5 && content.len() <= 40 && !content.trim_end().ends_with(['.', '!', '?'])
}

/// Title-like: a headline length, a few words.
fn is_title_candidate(content: &str) -> bool {
    let words = content.split_whitespace().count();
    (3..=30).contains(&words) && content.len() <= 250 && content.len() >= 12
}

/// What the cleaner decided about each unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Title,
    Furniture(FurnitureKind),
}

/// Metadata gathered from HTML `<meta>` tags, preferred where the text says nothing.
#[derive(Debug, Clone, Default)]
pub struct HtmlMeta {
    /// og:title or `<title>`.
    pub title: Option<String>,
    /// og:site_name.
    pub site_name: Option<String>,
    /// Canonical or og:url.
    pub url: Option<String>,
    /// author meta.
    pub author: Option<String>,
    /// article:published_time.
    pub published: Option<String>,
    /// article:modified_time.
    pub modified: Option<String>,
    /// article:tag and keywords.
    pub tags: Vec<String>,
}

/// How many units from the top of the page may be the title.
const MAX_TITLE_UNITS: usize = 60;

/// Builds an article from units: classifies them, reads metadata, assembles the body.
// Each argument is a distinct piece of what the reader found; a struct bundling them
// would only be built here and unpacked at once.
#[allow(clippy::too_many_arguments)]
pub fn assemble(
    name: &str,
    path: Option<std::path::PathBuf>,
    format: Format,
    encoding: String,
    text: String,
    units: Vec<Unit>,
    html: Option<HtmlMeta>,
    mut warnings: Vec<String>,
) -> Article {
    let mut meta = Metadata::default();
    let mut roles = vec![Role::Body; units.len()];
    let first_prose = units.iter().position(|u| is_prose(&u.content));
    // The trailing cut: the first comments/tags/related label after the prose starts.
    // Prose-like units after it are teasers of other articles, not this one's text.
    let cut = first_prose.and_then(|fp| {
        (fp + 1..units.len()).find(|&i| {
            let c = units[i].content.as_str();
            is_label(c)
                && matches!(
                    lexicon_kind(c),
                    Some(FurnitureKind::Comments | FurnitureKind::Related | FurnitureKind::Tags)
                )
        })
    });
    let last_prose = units[..cut.unwrap_or(units.len())]
        .iter()
        .rposition(|u| is_prose(&u.content));

    // 1. Metadata lines anywhere outside the prose paragraphs.
    for (i, unit) in units.iter().enumerate() {
        let c = unit.content.as_str();
        if is_prose(c) {
            continue;
        }
        if let Some((url, r)) = metadata::source_line(c) {
            let span = unit.text_range(r);
            if meta.url.is_none() {
                meta.url = Some(Field::from_text(url.clone(), span.clone(), 0.95));
                if let Some((outlet, conf)) = metadata::outlet_for_url(&url) {
                    meta.outlet = Some(Field::from_text(outlet, span, conf));
                }
            }
            roles[i] = Role::Furniture(FurnitureKind::MetadataLine);
        } else if let Some((author, r)) = metadata::byline(c) {
            if meta.author.is_none() {
                meta.author = Some(Field::from_text(author, unit.text_range(r), 0.9));
            }
            roles[i] = Role::Furniture(FurnitureKind::MetadataLine);
        } else if let Some((ld, r)) = metadata::date_line(c) {
            let span = unit.text_range(r);
            let slot = if ld.updated {
                &mut meta.updated
            } else {
                &mut meta.published
            };
            if slot.is_none() {
                *slot = Some(Field::from_text(ld.stamp, span, ld.confidence));
            } else if slot.as_ref().is_some_and(|f| f.value.date != ld.stamp.date) && !ld.updated {
                // A second, different plain date (often "today" in a page header): the
                // later of the two is usually the update.
                if meta.updated.is_none() {
                    meta.updated = Some(Field::from_text(ld.stamp, span, ld.confidence * 0.6));
                }
            }
            roles[i] = Role::Furniture(FurnitureKind::MetadataLine);
        }
    }

    // 2. Lexicon furniture, and the trailing cut: after a comments/tags/related heading
    //    that follows the last paragraph, everything is furniture.
    let mut trailing_kind: Option<FurnitureKind> = None;
    for (i, unit) in units.iter().enumerate() {
        if roles[i] != Role::Body {
            if let (Some(kind), Role::Furniture(FurnitureKind::MetadataLine)) =
                (trailing_kind, roles[i])
            {
                let _ = kind; // metadata lines keep their own kind in the trailing region
            }
            continue;
        }
        let c = unit.content.as_str();
        let after_body = last_prose.is_some_and(|lp| i > lp);
        if let Some(kind) = lexicon_kind(c) {
            roles[i] = Role::Furniture(kind);
            if after_body || cut.is_some_and(|cut| i >= cut) {
                trailing_kind = Some(kind);
            }
            continue;
        }
        if let Some(kind) = trailing_kind {
            // Inside a trailing block: prose-length paragraphs are teasers of other articles.
            roles[i] = Role::Furniture(match kind {
                FurnitureKind::Tags if is_label(c) || c.contains("  ") || c.contains('\u{a0}') => {
                    FurnitureKind::Tags
                }
                FurnitureKind::Comments => FurnitureKind::Comments,
                FurnitureKind::Tags => FurnitureKind::Related,
                other => other,
            });
            continue;
        }
        if after_body && cut.is_some() && is_label(c) && !c.chars().any(|ch| ch.is_ascii_digit()) {
            // Short labels between the prose and a tags/related heading: tag names.
            roles[i] = Role::Furniture(FurnitureKind::Tags);
        }
    }

    // 3. The title: the first headline-like unit before the prose, preferring one that
    //    another unit merely decorates (breadcrumbs "HomeWorldTitle", "TitleTop Stories").
    // Only the top of the page can hold the title; bounding the look keeps a file of
    // thousands of short lines (no prose) from comparing every line with every other.
    let head_end = first_prose.unwrap_or(units.len()).min(MAX_TITLE_UNITS);
    let candidates: Vec<usize> = (0..head_end)
        .filter(|&i| roles[i] == Role::Body && is_title_candidate(&units[i].content))
        .collect();
    let normed: Vec<String> = units.iter().map(|u| norm(&u.content)).collect();
    let html_title = html
        .as_ref()
        .and_then(|h| h.title.as_ref())
        .map(|t| norm(t));
    let mut title_idx: Option<usize> = None;
    // A unit containing another candidate plus extra glued words is decoration.
    let decorated: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| {
            candidates.iter().any(|&j| {
                j != i
                    && normed[j].len() >= 12
                    && normed[i].len() > normed[j].len()
                    && normed[i].contains(&normed[j])
            })
        })
        .collect();
    for &i in &candidates {
        if decorated.contains(&i) {
            continue;
        }
        if units[i].heading || title_idx.is_none() {
            title_idx = Some(i);
            if units[i].heading {
                break;
            }
        }
    }
    if let (Some(ht), Some(_)) = (&html_title, title_idx) {
        // An HTML page: prefer the visible heading matching og:title.
        if let Some(&i) = candidates
            .iter()
            .find(|&&i| ht.contains(&normed[i]) || normed[i].contains(ht.as_str()))
        {
            title_idx = Some(i);
        }
    }
    if title_idx.is_none() && first_prose.is_none() {
        // No prose at all (a list of short lines): take the first line that is not furniture.
        title_idx =
            (0..units.len()).find(|&i| roles[i] == Role::Body && units[i].content.len() > 3);
    }
    if let Some(t) = title_idx {
        roles[t] = Role::Title;
        let title = units[t].content.trim().to_string();
        meta.title = Some(Field::from_text(title, units[t].span.clone(), 0.85));
        for &d in &decorated {
            roles[d] = Role::Furniture(FurnitureKind::Navigation);
        }
        // Repeats of the title anywhere are furniture.
        for i in 0..units.len() {
            if i != t && roles[i] == Role::Body && normed[i] == normed[t] {
                roles[i] = Role::Furniture(FurnitureKind::RepeatedTitle);
            }
        }
    }
    // Short label lines before the title/prose are navigation ("News", "World").
    for i in 0..head_end {
        if roles[i] == Role::Body
            && is_label(&units[i].content)
            && title_idx.is_none_or(|t| i < t || first_prose.is_some())
        {
            roles[i] = Role::Furniture(FurnitureKind::Navigation);
        }
    }
    // Exact duplicate lines (a date printed twice) keep only the first. The first
    // occurrence of each line is looked up, not searched for: files of many lines stay linear.
    let mut first_seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for i in 0..units.len() {
        if normed[i].is_empty() {
            continue;
        }
        let j = *first_seen.entry(normed[i].as_str()).or_insert(i);
        if j < i
            && roles[i] == Role::Body
            && (roles[j] != Role::Body || is_label(&units[i].content))
        {
            roles[i] = Role::Furniture(FurnitureKind::Other);
        }
    }

    // A text whose only words would be its title keeps them as its body: a pasted sentence
    // ("The minister resigned on Tuesday.") is what the user wants read, and nothing else
    // would be analysed. A short line before it that is not known page furniture
    // ("Minister quits") is then the better title.
    if let Some(t) = roles.iter().position(|r| *r == Role::Title) {
        if !roles.contains(&Role::Body) {
            roles[t] = Role::Body;
            meta.title = None;
            let headline = (0..t).rev().find(|&i| {
                roles[i] == Role::Furniture(FurnitureKind::Navigation)
                    && lexicon_kind(&units[i].content).is_none()
                    && units[i].content.split_whitespace().count() >= 2
            });
            if let Some(h) = headline {
                roles[h] = Role::Title;
                let title = units[h].content.trim().to_string();
                meta.title = Some(Field::from_text(title, units[h].span.clone(), 0.6));
            }
        }
    }

    // 4. HTML metadata fills what the text did not give.
    if let Some(h) = &html {
        fill_from_html(&mut meta, h);
    }
    if meta.published.is_none() {
        if let Some(url) = meta.url.as_ref() {
            if let Some(date) = metadata::url_date(&url.value) {
                meta.published = Some(Field {
                    value: crate::model::DateStamp::date(date),
                    span: url.span.clone(),
                    confidence: 0.7,
                    origin: Origin::Url,
                });
            }
        }
    }

    // 5. Assemble the body, furniture and tags.
    let mut body = String::new();
    let mut map = SourceMap::default();
    let mut paragraphs = Vec::new();
    let mut furniture = Vec::new();
    let mut last_tag_heading = false;
    for (i, unit) in units.iter().enumerate() {
        match roles[i] {
            Role::Body => {
                if !body.is_empty() {
                    body.push_str("\n\n");
                }
                let at = body.len();
                body.push_str(&unit.content);
                for (c, t) in &unit.pieces {
                    map.push(at + c.start..at + c.end, t.clone());
                }
                paragraphs.push(at..body.len());
                last_tag_heading = false;
            }
            Role::Title => {}
            Role::Furniture(kind) => {
                if kind == FurnitureKind::Tags {
                    collect_tags(
                        unit,
                        &mut meta,
                        last_tag_heading || lexicon_kind(&unit.content).is_none(),
                    );
                    last_tag_heading = true;
                }
                furniture.push(Furniture {
                    kind,
                    span: unit.span.clone(),
                    text: unit.content.clone(),
                });
            }
        }
    }

    // 6. Dateline and relays from the body.
    if let Some(first) = paragraphs.first() {
        if let Some((dl, agency, len)) = metadata::dateline(&body[first.clone()]) {
            let span = map.to_text(first.start..first.start + len);
            meta.dateline = Some(Field::from_text(dl, span.clone(), 0.85));
            if let Some(agency) = agency {
                meta.relays.push(Field::from_text(agency, span, 0.8));
            }
        }
    }
    for (name, r) in metadata::relays(&body) {
        if !meta.relays.iter().any(|f| f.value == name) {
            meta.relays
                .push(Field::from_text(name, map.to_text(r), 0.8));
        }
    }
    if body.trim().is_empty() {
        warnings.push(
            "No article text was found: the file seems to hold only page furniture or headings."
                .into(),
        );
    }
    let sentences = super::sentences::split(&body, &paragraphs);
    Article {
        path,
        name: name.to_string(),
        format,
        encoding,
        text,
        body,
        map,
        sentences,
        paragraphs,
        furniture,
        meta,
        warnings,
    }
}

/// Adds tag names from a tag-list unit ("Tagged Under : Putin  Kim  North Korea").
fn collect_tags(unit: &Unit, meta: &mut Metadata, whole_unit_is_tags: bool) {
    let content = unit.content.as_str();
    let (offset, list) = match content.find(':') {
        Some(i) if lexicon_kind(content).is_some() => (i + 1, &content[i + 1..]),
        _ if whole_unit_is_tags && lexicon_kind(content).is_none() => (0, content),
        _ => return,
    };
    let separators = |c: char| matches!(c, ',' | '|' | '·' | ';' | '\u{a0}');
    // Find each tag in order from a cursor, so spans are exact and on char boundaries.
    let mut cursor = offset;
    for part in list.split(separators).flat_map(|p| p.split("  ")) {
        let tag = part.trim();
        if tag.is_empty() || tag.len() > 60 {
            continue;
        }
        let Some(at) = content
            .get(cursor..)
            .and_then(|rest| rest.find(tag))
            .map(|a| a + cursor)
        else {
            continue;
        };
        cursor = at + tag.len();
        let span = unit.text_range(at..at + tag.len());
        if !meta.tags.iter().any(|t| t.value == tag) {
            meta.tags.push(Field::from_text(tag.to_string(), span, 0.8));
        }
    }
}

fn html_field<T>(value: T, confidence: f32) -> Field<T> {
    Field {
        value,
        span: None,
        confidence,
        origin: Origin::HtmlMeta,
    }
}

fn fill_from_html(meta: &mut Metadata, h: &HtmlMeta) {
    if meta.title.is_none() {
        if let Some(t) = &h.title {
            meta.title = Some(html_field(t.clone(), 0.8));
        }
    }
    if let Some(site) = &h.site_name {
        meta.outlet = Some(html_field(site.clone(), 0.95));
    }
    if meta.url.is_none() {
        if let Some(url) = &h.url {
            meta.url = Some(html_field(url.clone(), 0.9));
            if meta.outlet.is_none() {
                if let Some((outlet, conf)) = metadata::outlet_for_url(url) {
                    meta.outlet = Some(html_field(outlet, conf));
                }
            }
        }
    }
    if meta.author.is_none() {
        if let Some(a) = &h.author {
            meta.author = Some(html_field(a.clone(), 0.85));
        }
    }
    if let Some(p) = h.published.as_deref().and_then(metadata::find_date) {
        meta.published = Some(html_field(p.0, 0.95));
    }
    if let Some(m) = h.modified.as_deref().and_then(metadata::find_date) {
        meta.updated = Some(html_field(m.0, 0.95));
    }
    for tag in &h.tags {
        if !meta.tags.iter().any(|t| &t.value == tag) {
            meta.tags.push(html_field(tag.clone(), 0.8));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        assemble(
            "t.txt",
            None,
            Format::Text,
            "UTF-8".into(),
            text.to_string(),
            text_units(text),
            None,
            vec![],
        )
    }

    const PAGE: &str = "News\n\nLeaders Meet in Oslo for Energy Talks.\n\nBy Anna Berg\n\nOSLO, June 19 — The prime ministers of Norway and Hungary met in Oslo on Wednesday to discuss energy cooperation and a new pipeline agreement.\n\nThe talks were the first since 2012, officials said, and ended with a joint statement on gas supplies.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n";

    #[test]
    fn a_lone_sentence_stays_the_body() {
        // Pasted on its own, a short sentence is what is read, not a title.
        let a = article("The minister resigned on Tuesday.\n");
        assert_eq!(a.body, "The minister resigned on Tuesday.");
        assert!(a.meta.title.is_none());
        // With a short headline above it, the headline is the title.
        let a = article("Minister quits\n\nThe minister resigned on Tuesday after a row.\n");
        assert_eq!(a.title_text(), "Minister quits");
        assert_eq!(a.body, "The minister resigned on Tuesday after a row.");
        // Known page furniture above it stays furniture.
        let a = article("Home\n\nThe minister resigned on Tuesday.\n");
        assert!(a.meta.title.is_none());
        assert_eq!(a.body, "The minister resigned on Tuesday.");
    }

    #[test]
    fn strips_comment_prompts_and_navigation() {
        let a = article(PAGE);
        assert_eq!(a.title_text(), "Leaders Meet in Oslo for Energy Talks.");
        assert_eq!(a.meta.author.as_ref().unwrap().value, "Anna Berg");
        assert!(a.body.starts_with("OSLO, June 19"));
        assert!(!a.body.contains("Leave a Reply"));
        assert!(!a.body.contains("News\n"));
        assert!(a
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Comments));
        assert!(a
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Navigation && f.text == "News"));
        assert_eq!(a.meta.dateline.as_ref().unwrap().value.place, "OSLO");
    }

    #[test]
    fn newsletter_blurbs_go_wherever_their_phrase_is() {
        let text = "A Quiet Summit in the North\n\nJune 19, 2024\n\nThe two leaders met for three hours and signed a partnership agreement covering trade, energy and defence, officials said.\n\nGet the day's biggest world stories straight to your inbox.\n\nShe said the minutes were in her inbox by morning, and that the text of the agreement would be published.\n";
        let a = article(text);
        assert!(!a.body.contains("straight to your inbox"), "{}", a.body);
        assert!(a
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Promotion && f.text.contains("inbox")));
        // Prose that mentions an inbox stays.
        assert!(a.body.contains("in her inbox by morning"));
    }

    #[test]
    fn body_maps_back_to_the_text() {
        let a = article(PAGE);
        for p in &a.paragraphs {
            let t = a.map.to_text(p.clone());
            assert_eq!(&a.text[t], &a.body[p.clone()]);
        }
        for s in &a.sentences {
            let t = a.map.to_text(s.clone());
            assert_eq!(&a.text[t], &a.body[s.clone()]);
        }
    }

    #[test]
    fn tag_lists_and_promotions_after_the_body() {
        let text = "A Quiet Summit in the North\n\nJune 19, 2024 15:44\n\nThe two leaders met for three hours and signed a partnership agreement covering trade, energy and defence, officials said.\n\nIf you enjoyed this Post, Sign up for Newsletter\n\nRate This Article\n(0 votes)\nTagged Under :\nLena Varga  Oslo  Energy\n";
        let a = article(text);
        assert_eq!(
            a.meta.published.as_ref().unwrap().value.date.to_string(),
            "2024-06-19"
        );
        assert!(!a.body.contains("Newsletter"));
        assert!(!a.body.contains("votes"));
        assert!(!a.body.contains("Tagged"));
        let tags: Vec<_> = a.meta.tags.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(tags, vec!["Lena Varga", "Oslo", "Energy"]);
        for t in &a.meta.tags {
            assert_eq!(&a.text[t.span.clone().unwrap()], t.value);
        }
    }

    #[test]
    fn breadcrumbs_and_glued_titles_are_navigation() {
        let text = "Thursday, July 11, 2024\nThursday, July 11, 2024\nHomeWorldA Long Night in the Capital City\n\nA Long Night in the Capital City\n\nThe mayor spoke to crowds late into the night about the new transit plan and the budget for next year.\n";
        let a = article(text);
        assert_eq!(a.title_text(), "A Long Night in the Capital City");
        assert!(!a.body.contains("Home"));
        assert!(!a.body.contains("Thursday"));
        assert_eq!(
            a.meta.published.as_ref().unwrap().value.date.to_string(),
            "2024-07-11"
        );
    }

    #[test]
    fn source_line_gives_url_outlet_and_url_date() {
        let text = "Source: https://www.aljazeera.com/news/2024/6/19/some-story\n\nSome Story About a Visit Abroad\n\nThe president arrived on Wednesday for a state visit that officials described as historic and long planned.\n\nUpdated at: 06.20.2024\n";
        let a = article(text);
        assert_eq!(a.outlet_name(), "Al Jazeera");
        assert_eq!(a.meta.published.as_ref().unwrap().origin, Origin::Url);
        assert_eq!(
            a.meta.published.as_ref().unwrap().value.date.to_string(),
            "2024-06-19"
        );
        assert_eq!(
            a.meta.updated.as_ref().unwrap().value.date.to_string(),
            "2024-06-20"
        );
        assert!(!a.body.contains("Updated"));
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "Title of the Wrapped Story Here\n\nThe committee met on Monday morning and agreed that the\nnew rules would take effect next year, members said.\n";
        let a = article(text);
        assert_eq!(a.paragraphs.len(), 1);
        assert!(a.body.contains("agreed that the new rules"));
        let s = a.sentences[0].clone();
        assert_eq!(
            &a.text[a.map.to_text(s.clone())].replace('\n', " "),
            &a.body[s]
        );
    }

    #[test]
    fn markdown_markup_is_stripped() {
        let text = "# A Markdown Headline Here\n\nThe **council** met on [Monday](https://x.org) to vote on the new budget for the city, officials said.\n";
        let units = markdown_units(text);
        let a = assemble(
            "m.md",
            None,
            Format::Markdown,
            "UTF-8".into(),
            text.into(),
            units,
            None,
            vec![],
        );
        assert_eq!(a.title_text(), "A Markdown Headline Here");
        assert!(
            a.body.starts_with("The council met on Monday to vote"),
            "{:?}",
            a.body
        );
        let i = a.body.find("Monday").unwrap();
        assert_eq!(&a.text[a.map.to_text(i..i + 6)], "Monday");
    }
}
