//! An article as read from disk: decoded text, cleaned body, page furniture and metadata.

use super::SourceMap;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::PathBuf;

/// The file format an article was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text, including plain-text copies of web pages.
    Text,
    /// Markdown.
    Markdown,
    /// A saved web page.
    Html,
}

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Stated in the article's visible text.
    Text,
    /// From HTML `<meta>`/`<title>` tags.
    HtmlMeta,
    /// From the article's URL.
    Url,
    /// Inferred by analysis (for example a publication date from the other articles).
    Inferred,
    /// Set by the user.
    User,
}

/// A metadata value with the text it came from and how sure Parallax is of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The value.
    pub value: T,
    /// Byte range in [`Article::text`] the value was read from, if any.
    pub span: Option<Range<usize>>,
    /// 0.0–1.0.
    pub confidence: f32,
    /// Where it came from.
    pub origin: Origin,
}

impl<T> Field<T> {
    /// A value read from the text at `span`.
    pub fn from_text(value: T, span: Range<usize>, confidence: f32) -> Self {
        Self {
            value,
            span: Some(span),
            confidence,
            origin: Origin::Text,
        }
    }

    /// A value the user set.
    pub fn from_user(value: T) -> Self {
        Self {
            value,
            span: None,
            confidence: 1.0,
            origin: Origin::User,
        }
    }
}

/// A publication or update time as an article states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateStamp {
    /// The calendar date.
    pub date: NaiveDate,
    /// The time of day, when given.
    pub time: Option<NaiveTime>,
    /// Offset from UTC in minutes, when given.
    pub utc_offset_minutes: Option<i32>,
}

impl DateStamp {
    /// A date with no time.
    pub fn date(date: NaiveDate) -> Self {
        Self {
            date,
            time: None,
            utc_offset_minutes: None,
        }
    }
}

/// "Washington [US], June 19 :" — where (and sometimes when) the report was filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place as written ("Washington [US]").
    pub place: String,
    /// The date part as written ("June 19"), if any.
    pub date_text: Option<String>,
}

/// Everything Parallax knows about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// Headline.
    pub title: Option<Field<String>>,
    /// Publication or site name ("Al Jazeera", "aljazeera.com").
    pub outlet: Option<Field<String>>,
    /// Original URL.
    pub url: Option<Field<String>>,
    /// Byline.
    pub author: Option<Field<String>>,
    /// Publication time.
    pub published: Option<Field<DateStamp>>,
    /// Last update time.
    pub updated: Option<Field<DateStamp>>,
    /// Dateline.
    pub dateline: Option<Field<Dateline>>,
    /// Outlets this article relays ("…, CNN reported"): it is not an independent source for those claims.
    pub relays: Vec<Field<String>>,
    /// Tags or categories listed by the page.
    pub tags: Vec<Field<String>>,
}

/// User corrections to an article's metadata. `None` keeps what was read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataOverrides {
    /// Replacement title.
    pub title: Option<String>,
    /// Replacement outlet.
    pub outlet: Option<String>,
    /// Replacement author.
    pub author: Option<String>,
    /// Replacement publication date.
    pub published: Option<NaiveDate>,
    /// Replacement dateline place.
    pub dateline: Option<String>,
}

impl MetadataOverrides {
    /// True when nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

impl Metadata {
    /// Applies the user's overrides, marking those values as set by the user.
    pub fn apply(&mut self, o: &MetadataOverrides) {
        if let Some(v) = &o.title {
            self.title = Some(Field::from_user(v.clone()));
        }
        if let Some(v) = &o.outlet {
            self.outlet = Some(Field::from_user(v.clone()));
        }
        if let Some(v) = &o.author {
            self.author = Some(Field::from_user(v.clone()));
        }
        if let Some(v) = o.published {
            self.published = Some(Field::from_user(DateStamp::date(v)));
        }
        if let Some(v) = &o.dateline {
            self.dateline = Some(Field::from_user(Dateline {
                place: v.clone(),
                date_text: None,
            }));
        }
    }
}

/// What kind of page furniture a removed block was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FurnitureKind {
    /// Comment box prompts.
    Comments,
    /// Newsletter sign-up, ratings, sharing and other calls to action.
    Promotion,
    /// Tag and category lists.
    Tags,
    /// "More articles", "Latest article" and similar link blocks.
    Related,
    /// A title repeated by the page layout.
    RepeatedTitle,
    /// Site navigation, breadcrumbs, section labels.
    Navigation,
    /// Image captions and credits.
    Caption,
    /// Metadata lines (source URL, byline, date lines) taken out of the body.
    MetadataLine,
    /// Anything else that is not article prose.
    Other,
}

/// A block removed from the body but kept for the user to see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Furniture {
    /// What it is.
    pub kind: FurnitureKind,
    /// Byte range in [`Article::text`].
    pub span: Range<usize>,
    /// The block's text.
    pub text: String,
}

/// One article, read and cleaned, ready for analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file it came from; `None` for pasted or embedded text.
    pub path: Option<PathBuf>,
    /// A short name for lists: the file name, or a label for pasted text.
    pub name: String,
    /// How it was read.
    pub format: Format,
    /// The encoding it was decoded from ("UTF-8", "windows-1252", …).
    pub encoding: String,
    /// The whole file, decoded.
    pub text: String,
    /// The cleaned article prose: what the viewer shows and the analysis reads.
    pub body: String,
    /// Maps body bytes back to [`Article::text`].
    pub map: SourceMap,
    /// Sentences as byte ranges of [`Article::body`], in order.
    pub sentences: Vec<Range<usize>>,
    /// Paragraphs as byte ranges of [`Article::body`], in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Blocks removed from the body.
    pub furniture: Vec<Furniture>,
    /// Title, outlet, dates and the rest, as read.
    pub meta: Metadata,
    /// Things the reader noticed, in words a user understands.
    pub warnings: Vec<String>,
}

impl Article {
    /// The outlet name to show, falling back to the file name.
    pub fn outlet_name(&self) -> &str {
        self.meta
            .outlet
            .as_ref()
            .map(|f| f.value.as_str())
            .unwrap_or(&self.name)
    }

    /// The title to show, falling back to the file name.
    pub fn title_text(&self) -> &str {
        self.meta
            .title
            .as_ref()
            .map(|f| f.value.as_str())
            .unwrap_or(&self.name)
    }

    /// The publication date, if known.
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.meta.published.as_ref().map(|f| f.value.date)
    }

    /// The index of the sentence containing body byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.end <= offset);
        (idx < self.sentences.len() && self.sentences[idx].start <= offset).then_some(idx)
    }
}
