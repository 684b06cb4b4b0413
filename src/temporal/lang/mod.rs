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
    /// Fortnights, two weeks ("the past fortnight").
    Fortnight,
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

/// How a moving holiday falls in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MovingDate {
    /// The `n`-th `weekday` (0 = Monday) of `month`; `n` = -1 is the last one.
    NthWeekday {
        /// Month, 1–12.
        month: u32,
        /// Weekday, 0 = Monday.
        weekday: u32,
        /// Which one: 1 = first, -1 = last.
        n: i32,
    },
    /// This many days after (Western) Easter Sunday: Good Friday is -2.
    Easter(i64),
    /// This many days after another moving date: Black Friday is the day after
    /// Thanksgiving.
    DaysAfter(&'static MovingDate, i64),
}

impl MovingDate {
    /// The holiday's date in `year`.
    pub fn in_year(self, year: i32) -> Option<chrono::NaiveDate> {
        use chrono::{Datelike, NaiveDate};
        match self {
            MovingDate::NthWeekday { month, weekday, n } => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                let offset =
                    (weekday as i64 - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
                if n > 0 {
                    let d = first + chrono::Duration::days(offset + 7 * (n as i64 - 1));
                    (d.month() == month).then_some(d)
                } else {
                    let next = if month == 12 {
                        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                    } else {
                        NaiveDate::from_ymd_opt(year, month + 1, 1)?
                    };
                    let last = next - chrono::Duration::days(1);
                    let back = (last.weekday().num_days_from_monday() as i64 - weekday as i64)
                        .rem_euclid(7);
                    Some(last - chrono::Duration::days(back))
                }
            }
            MovingDate::Easter(after) => {
                // Anonymous Gregorian computus.
                let y = year;
                let a = y % 19;
                let b = y / 100;
                let c = y % 100;
                let d = b / 4;
                let e = b % 4;
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15) % 30;
                let i = c / 4;
                let k = c % 4;
                let l = (32 + 2 * e + 2 * i - h - k) % 7;
                let m = (a + 11 * h + 22 * l) / 451;
                let month = (h + l - 7 * m + 114) / 31;
                let day = (h + l - 7 * m + 114) % 31 + 1;
                let easter = NaiveDate::from_ymd_opt(y, month as u32, day as u32)?;
                Some(easter + chrono::Duration::days(after))
            }
            MovingDate::DaysAfter(base, days) => {
                Some(base.in_year(year)? + chrono::Duration::days(days))
            }
        }
    }
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
    /// Only in a clause about the future, and not as a conjunction: "will soon call", "is
    /// soon to open"; not "soon after", "as soon as they left", "they soon dropped it".
    InFuture,
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
    /// Holidays whose date moves from year to year ("Thanksgiving", "Easter"); tried before
    /// the fixed ones, longer names first.
    pub moving_holidays: &'static [(&'static str, MovingDate)],
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
    /// Words after "earlier"/"later" that make it a comparison, not a date ("a month
    /// earlier than usual").
    pub comparison_words: &'static [&'static str],
    /// Future-tense cues that make a bare weekday or month look forward ("will", "is
    /// expected").
    pub future_cues: &'static [&'static str],
    /// Past-tense cues that make it look back: irregular past forms and auxiliaries ("said",
    /// "was", "has").
    pub past_cues: &'static [&'static str],
    /// The ending of regular past forms ("announced"); empty when the language has none.
    pub past_suffix: &'static str,
    /// Words with that ending that are not past forms ("need", "hundred", "limited").
    pub past_suffix_exceptions: &'static [&'static str],
    /// Words before a form with that ending that make it a participle or an adjective rather
    /// than a past tense ("will be named", "the planned visit").
    pub participle_leads: &'static [&'static str],
    /// Abbreviations whose full stop does not end a clause ("Mr.", "Corp."), as written.
    pub title_abbreviations: &'static [&'static str],
    /// Capitalised words that make a weekday before them part of a title ("Sunday Times").
    pub weekday_titles: &'static [&'static str],
    /// Days that, followed by one of the words given, name one event of a known year:
    /// "the September 11 attacks" are those of 2001, whenever the article was written.
    /// (month, day, year, words that may follow).
    pub named_events: &'static [(u32, u32, i32, &'static [&'static str])],
    /// Capitalised words that make the weekday after them the name of one particular day
    /// ("Black Monday", "Super Tuesday", "Bloody Sunday"), not a day of this week.
    pub named_day_qualifiers: &'static [&'static str],
    /// Words right before a date that make it look ahead ("closed until Friday").
    pub until_words: &'static [&'static str],
    /// Words right before a date that make it a deadline, ahead unless the clause is in the
    /// past ("a decision by Tuesday", but "had filed reports by Wednesday").
    pub deadline_words: &'static [&'static str],
    /// The middle word of "as soon as", "as early as": before a date they look ahead unless
    /// the clause is in the past.
    pub as_soon_as_words: &'static [&'static str],
    /// Verbs of lasting that, as an infinitive before "through" ("the programme is to run
    /// through June", "expected to last through March"), put the date ahead like "until".
    pub lasting_verbs: &'static [&'static str],
    /// "Through" in the sense of "until" ("run through June").
    pub through_words: &'static [&'static str],
    /// Words after which "over" before a duration means "more than" ("just over a year",
    /// "for over two decades"); elsewhere it means "during" ("developed over four years").
    pub more_than_before_over: &'static [&'static str],
    /// Words after which a bare plural unit is an unknown duration ("for years", "just
    /// days after", "can take weeks").
    pub bare_plural_leads: &'static [&'static str],
    /// Recurrence words that also name a newspaper before its name ("the party daily
    /// Granma", "the Daily Mail").
    pub newspaper_set_words: &'static [&'static str],
    /// One-word times and recurrences that, capitalised inside a sentence, are names
    /// ("Jamie Noon", "Entertainment Weekly").
    pub clock_or_newspaper_names: &'static [&'static str],
    /// Words before "last" that make it the verb ("expected to last five months", "will
    /// last a week").
    pub verb_last_leads: &'static [&'static str],
    /// Words after "the week" that name a day in it ("the week beginning 4 April", "the
    /// week to 25 December").
    pub week_beginning_words: &'static [&'static str],
    /// Present-perfect auxiliaries ("has pulled out of this weekend's race").
    pub perfect_auxiliaries: &'static [&'static str],
    /// Possessive pronouns: before "late 40s" they make it an age ("in his late 40s").
    pub possessives: &'static [&'static str],
    /// Prepositions that open a time adverbial ("In January, …", "On Tuesday, …").
    pub date_prepositions: &'static [&'static str],
    /// Words between a count and its unit that keep it a count ("two more weeks", "six
    /// straight days", "eight trading days").
    pub count_adjectives: &'static [&'static str],
    /// Fixed phrases after "the" and their values ("near term" → FUTURE_REF).
    pub reference_phrases: &'static [(&'static [&'static str], &'static str)],
    /// Decades said in words after "the" ("nineties" → 1990).
    pub decade_words: &'static [(&'static str, i32)],
    /// Prefixes of adjectives that look like past forms ("unspecified", "undisclosed").
    pub adjective_prefixes: &'static [&'static str],
    /// The word that introduces an infinitive ("to"); an infinitive looks ahead.
    pub infinitive_marker: &'static str,
    /// Words before that marker that give the infinitive a future sense ("is to resume",
    /// "plan to remove").
    pub intent_before_infinitive: &'static [&'static str],
    /// The ending of a present participle ("-ing").
    pub progressive_suffix: &'static str,
    /// Present forms of "be" that make a participle after them a present progressive, an
    /// arrangement still ahead ("is meeting on Tuesday").
    pub progressive_auxiliaries: &'static [&'static str],
    /// Words after that marker that are not verbs ("to the", "to its").
    pub infinitive_non_verbs: &'static [&'static str],
    /// Words that open a reported or conditional clause, whose tense is its own: a past verb
    /// before them does not date a day after them ("announced that he would be travelling
    /// Thursday").
    pub reported_clause_words: &'static [&'static str],
    /// Conjunctions that open a clause with its own subject: a date right after them and
    /// before a comma is the opening phrase of that clause ("while on Thursday, Italy
    /// refused").
    pub clause_conjunctions: &'static [&'static str],
    /// Prepositions after which a past form is a participle describing a noun ("the
    /// conference called in Jakarta", "a side formed from two teams"), not the clause's verb.
    pub participle_prepositions: &'static [&'static str],
    /// Words that end an amount, before which "a year" is a rate ("$33 million a year",
    /// "5 per cent a year").
    pub amount_words: &'static [&'static str],
    /// Comparatives that, just before a past reference, belong to its span ("more
    /// recently" is one expression in TimeBank and MEANTIME alike).
    pub reference_comparatives: &'static [&'static str],
    /// Words right before an ambiguous month name that make it the month ("in May", "last
    /// March", "between May and July").
    pub month_context: &'static [&'static str],
    /// Month names that are also common verbs ("may", "march"): months only next to a
    /// number or after a [`Vocabulary::month_context`] word.
    pub verb_months: &'static [&'static str],
    /// The word making an hour a clock time, split at its apostrophe: "o'clock" is
    /// ("o", "clock").
    pub oclock: (&'static str, &'static str),
    /// Words that, like an ordinal, pick one day of an event ("the final day").
    pub final_words: &'static [&'static str],
    /// Present forms of "be" before "the second day" that make it today ("it's", "is"); the
    /// contracted form as it stands after the apostrophe.
    pub present_be: &'static [&'static str],
    /// Words that, before "in the" and a period, name a part of the period the text is in,
    /// with their TIMEX3 mod ("earlier in the week" → START, "late in the day" → END).
    pub period_parts: &'static [(&'static str, &'static str)],
    /// Words ending like plurals that are not counted nouns after a year ("in 2000 was …",
    /// "the 2008 Paris summit").
    pub not_plurals: &'static [&'static str],
}

impl Vocabulary {
    /// Looks a lower-case word up in a table.
    pub fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
        table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
    }
}
