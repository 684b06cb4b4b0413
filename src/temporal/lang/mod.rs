//! Language resources for the tagger, kept apart from the engine as HeidelTime keeps its
//! resource files apart from its rules. A second language is a second [`Vocabulary`].

mod en;

pub use en::ENGLISH;

/// A calendar unit with its TIMEX3 duration letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Weekends.
    Weekend,
    /// Months.
    Month,
    /// Quarters.
    Quarter,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

/// When a reference word ("now", "the past") is a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefUse {
    /// Wherever it stands ("now", "recently").
    Alone,
    /// Only as a noun after the definite article ("the past", "the future"), and not when a
    /// period follows ("the past two years" is a duration).
    AfterThe,
    /// Only right after this word ("at present").
    After(&'static str),
}

/// Everything language-specific the engine needs.
#[derive(Debug)]
pub struct Vocabulary {
    /// Month names and abbreviations (lower case) with their number.
    pub months: &'static [(&'static str, u32)],
    /// Weekday names and abbreviations (lower case), Monday = 0.
    pub weekdays: &'static [(&'static str, u32)],
    /// Number words.
    pub numbers: &'static [(&'static str, f64)],
    /// Ordinal words ("third") with their number.
    pub ordinals: &'static [(&'static str, u32)],
    /// Unit words, singular and plural.
    pub units: &'static [(&'static str, Unit)],
    /// Parts of the day with their TIMEX3 code ("morning" → "MO").
    pub day_parts: &'static [(&'static str, &'static str)],
    /// Seasons with their TIMEX3 code.
    pub seasons: &'static [(&'static str, &'static str)],
    /// Words shifting a unit: "last" → -1, "next" → +1, "this" → 0.
    pub shifts: &'static [(&'static str, i32)],
    /// Deictic days: "today" → 0, "yesterday" → -1.
    pub deictic_days: &'static [(&'static str, i64)],
    /// Words with a fixed reference value ("now" → PRESENT_REF) and when they are one.
    pub references: &'static [(&'static str, &'static str, RefUse)],
    /// Modifiers before an expression with their TIMEX3 mod ("early" → START).
    pub modifiers: &'static [(&'static str, &'static str)],
    /// Adverbs denoting a recurrence, with their TIMEX3 value ("daily" → P1D).
    pub set_words: &'static [(&'static str, &'static str)],
    /// Fixed-date holidays: name (lower case, multi-word allowed) → (month, day).
    pub holidays: &'static [(&'static str, u32, u32)],
    /// Time-zone abbreviations → UTC offset in minutes.
    pub zones: &'static [(&'static str, i32)],
    /// Words after a number that mark it as not a year ("troops", "people").
    pub count_nouns_hint: &'static [&'static str],
    /// Words after a duration meaning "before now" ("two years ago").
    pub ago_words: &'static [&'static str],
    /// Words after a duration meaning "before the time just talked about" ("two years
    /// earlier").
    pub earlier_words: &'static [&'static str],
    /// Words after a duration meaning "after the time just talked about" ("two days later").
    pub later_words: &'static [&'static str],
    /// Future-tense cues that make a bare weekday look forward.
    pub future_cues: &'static [&'static str],
}

impl Vocabulary {
    /// Looks a lower-case word up in a table.
    pub fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
        table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
    }
}
