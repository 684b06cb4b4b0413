//! The analysis snapshot: temporal expressions, entities, events and discrepancies.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("June 2024", "Tuesday", "the 1990s").
    Date,
    /// A time of day ("Wednesday morning", "3 p.m.").
    Time,
    /// A length of time ("24 years").
    Duration,
    /// A recurrence ("every week").
    Set,
}

impl TimexType {
    /// The TIMEX3 name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// What a relative expression was resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Anchor {
    /// Absolute: needs no anchor ("July 2000").
    Absolute,
    /// The document creation (publication) date.
    Creation {
        /// The date used, ISO 8601.
        date: String,
    },
    /// The last date the text talked about ("the next day").
    Previous {
        /// The TIMEX3 value of that date.
        value: String,
    },
    /// Relative but nothing to resolve against: the value has unknown parts (`XXXX-09`).
    Unresolved,
}

/// A time-zone or local-time marker attached to an expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZoneMark {
    /// The marker as written ("(local time)", "Pyongyang time", "GMT").
    pub text: String,
    /// Byte range of the marker in the tagged text.
    pub span: Range<usize>,
    /// UTC offset in minutes when the marker names a zone; `None` for plain "local time".
    pub utc_offset_minutes: Option<i32>,
    /// The place whose clock it is, when named ("Pyongyang").
    pub place: Option<String>,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte range in the tagged text.
    pub span: Range<usize>,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value ("2024-06-18", "2023-09", "P24Y", "PRESENT_REF", "XXXX-09", …).
    pub value: String,
    /// TIMEX3 mod ("START", "END", "APPROX", …).
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// What it was resolved against.
    pub anchor: Anchor,
    /// Time-zone marker, if the text gives one.
    pub zone: Option<ZoneMark>,
}

/// How precise a time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Finer than a day.
    Time,
    /// One day.
    Day,
    /// One ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A quarter or season.
    Quarter,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// A period on the calendar: `[start, end)` in days, with the precision the sources gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Interval {
    /// First day.
    pub start: NaiveDate,
    /// Day after the last day.
    pub end: NaiveDate,
    /// Precision.
    pub granularity: Granularity,
}

impl Interval {
    /// True when the two periods share at least one day.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when one period lies inside the other (different precision, no conflict).
    pub fn nests_with(&self, other: &Interval) -> bool {
        (self.start <= other.start && other.end <= self.end)
            || (other.start <= self.start && self.end <= other.end)
    }
}

/// What a named thing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, government or outlet.
    Organization,
    /// A country, city or region.
    Place,
}

/// A person, organisation or place named in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Byte range in the article body.
    pub span: Range<usize>,
    /// As written.
    pub text: String,
    /// What it is.
    pub kind: EntityKind,
    /// The name it refers to, after linking spellings and short forms ("Putin" → "Vladimir Putin").
    pub canonical: String,
}

/// A number with its unit ("24 years", "2,000 troops").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Byte range in the article body.
    pub span: Range<usize>,
    /// The value.
    pub value: f64,
    /// The unit or counted noun, singular ("year", "troop").
    pub unit: String,
}

/// A reference to the exact place a claim is made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MentionRef {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Byte range in the article body (the sentence or clause).
    pub span: Range<usize>,
    /// The quoted text.
    pub quote: String,
}

/// A sentence or clause reporting something that happened at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    /// Where it is said.
    pub at: MentionRef,
    /// Index into the article's timexes of the expression giving the event's time; `None`
    /// when the time is borrowed from the story ("Putin arrived in Pyongyang" with no date).
    pub timex: Option<usize>,
    /// How the time was obtained.
    pub basis: TimeBasis,
    /// The text marks the event as unique or the latest of its kind ("their last meeting",
    /// "his first visit"), so another date for it is a contradiction, not a repeat.
    pub unique: bool,
    /// The place the action goes to or happens in ("arrived in Pyongyang").
    pub destination: Option<String>,
    /// The event time.
    pub time: Interval,
    /// TIMEX3 value of the time.
    pub value: String,
    /// The key verb or noun ("arrived", "visit", "signed").
    pub action: Option<String>,
    /// Canonical names of the people and organisations involved, sorted.
    pub participants: Vec<String>,
    /// Canonical names of the places, sorted.
    pub places: Vec<String>,
    /// Numbers with units in the clause.
    pub quantities: Vec<Quantity>,
    /// The clause that reports the event, for labels.
    pub clause: String,
}

/// How an event mention got its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeBasis {
    /// A date stated in the sentence ("in July 2000").
    Stated,
    /// A weekday resolved against the article's date ("late Tuesday").
    Weekday,
    /// The previous occurrence implied by "the first … in 24 years".
    Elapsed,
    /// No time in the sentence: it reports the story's own event.
    Story,
    /// No time in the sentence, but it comes after the story's event ("will travel next").
    After,
    /// No time in the sentence: it goes on telling the past the sentence before dated ("In
    /// 2000, Putin became president. He visited Pyongyang …").
    Narrative,
}

/// One event merged across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id ("e1", "e2", … in time order).
    pub id: String,
    /// TIMEX3 value of the most precise time the sources agree on.
    pub value: String,
    /// The merged time.
    pub time: Interval,
    /// A short readable label built from the mentions.
    pub label: String,
    /// The key action.
    pub action: Option<String>,
    /// Participants (canonical), sorted.
    pub participants: Vec<String>,
    /// Places (canonical), sorted.
    pub places: Vec<String>,
    /// Every supporting mention, in article then offset order.
    pub mentions: Vec<MentionRef>,
    /// Outlets reporting it, sorted.
    pub sources: Vec<String>,
    /// Sources that are independent (relays of another outlet excluded).
    pub independent_sources: usize,
    /// Ids of discrepancies about this event.
    pub discrepancies: Vec<String>,
}

/// What kind of disagreement a discrepancy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscrepancyKind {
    /// Incompatible times for the same event.
    Date,
    /// Different weekdays for the same event.
    Weekday,
    /// Different places for the same event.
    Place,
    /// Different counts, ages, durations or amounts.
    Number,
    /// One name spelled different ways.
    Name,
}

impl DiscrepancyKind {
    /// A plain-words name for headings.
    pub fn label(self) -> &'static str {
        match self {
            DiscrepancyKind::Date => "Dates",
            DiscrepancyKind::Weekday => "Weekdays",
            DiscrepancyKind::Place => "Places",
            DiscrepancyKind::Number => "Numbers",
            DiscrepancyKind::Name => "Name spellings",
        }
    }
}

/// One side of a discrepancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The value this side states ("Tuesday 2024-06-18", "2019", "Serget Lavrov").
    pub value: String,
    /// Every mention stating it.
    pub mentions: Vec<MentionRef>,
}

/// A point where sources disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// Stable id ("d1", …).
    pub id: String,
    /// Kind.
    pub kind: DiscrepancyKind,
    /// What it is about ("Putin's arrival in Pyongyang").
    pub subject: String,
    /// The competing claims, the best supported first.
    pub claims: Vec<Claim>,
    /// Plain-words explanation, including a likely reason when one is found.
    pub explanation: String,
    /// 0.0–1.0: how sure Parallax is that this is a real disagreement.
    pub confidence: f32,
    /// 0.0–1.0: how much it matters (a time-zone explained gap is low).
    pub severity: f32,
    /// The event it is about, if any.
    pub event: Option<String>,
}

/// How an article's creation date was decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreationDate {
    /// The date.
    pub date: NaiveDate,
    /// Stated by the article, set by the user, or inferred.
    pub origin: super::Origin,
    /// For inferred dates: why, in words.
    pub evidence: Vec<String>,
}

/// Per-article analysis results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleAnalysis {
    /// The date relative expressions were resolved against.
    pub creation: Option<CreationDate>,
    /// Temporal expressions, byte offsets into the body.
    pub timexes: Vec<Timex>,
    /// Named people, organisations and places.
    pub entities: Vec<EntityMention>,
    /// Event mentions.
    pub mentions: Vec<EventMention>,
}

/// The immutable result of analysing a set of articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// One entry per input article, same order.
    pub articles: Vec<ArticleAnalysis>,
    /// Merged events in time order.
    pub events: Vec<Event>,
    /// Discrepancies, most severe first.
    pub discrepancies: Vec<Discrepancy>,
}
