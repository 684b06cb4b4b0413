//! The tagging engine: a token grammar over the language resources in [`super::lang`].
//!
//! The text is tokenised once; at each token the engine tries the expression families from
//! the longest and most specific (full dates) to the most general (bare years, references),
//! takes the first match and jumps past it. Relative expressions are resolved against the
//! document creation date, anaphoric ones ("the next day") against the last date the text
//! talked about.

use super::lang::{MovingDate, RefUse, Unit, Vocabulary};
use super::tokens::{tokenize, Token};
use super::value::{add_days, Point};
use crate::model::{Anchor, Timex, TimexType, ZoneMark};
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

/// What the engine knows about one lower-case word.
#[derive(Debug, Default, Clone)]
struct Word {
    month: Option<u32>,
    weekday: Option<u32>,
    number: Option<f64>,
    ordinal: Option<u32>,
    unit: Option<Unit>,
    plural: bool,
    day_part: Option<&'static str>,
    season: Option<&'static str>,
    shift: Option<i32>,
    deictic: Option<i64>,
    modifier: Option<&'static str>,
    set: Option<&'static str>,
    zone: Option<i32>,
    count_noun: bool,
    /// A month or weekday name cut short ("sept", "tues"), not a full name ("may").
    shortened: bool,
    tense: Option<Tense>,
    reference: Option<(&'static str, RefUse)>,
}

/// A vocabulary compiled into word lookups.
#[derive(Debug)]
pub struct Lexicon {
    words: FxHashMap<&'static str, Word>,
    holidays: Vec<(Vec<String>, HolidayDate)>,
    /// The holidays (indices into `holidays`, in vocabulary order) by their first word, so
    /// that a capitalised word is checked against the few names it can begin.
    holidays_by_first_word: FxHashMap<String, Vec<usize>>,
    vocab: &'static Vocabulary,
}

impl Lexicon {
    /// Compiles `vocab`.
    pub fn new(vocab: &'static Vocabulary) -> Self {
        let mut words: FxHashMap<&'static str, Word> = FxHashMap::default();
        for &(w, m) in vocab.months {
            words.entry(w).or_default().month = Some(m);
        }
        for &(w, d) in vocab.weekdays {
            words.entry(w).or_default().weekday = Some(d);
        }
        // A spelling is a shortening when a longer name for the same month or day starts
        // with it: "sept" of "september", but not "may" or "june".
        let shortens = |table: &[(&str, u32)], w: &str, v: u32| {
            table
                .iter()
                .any(|&(long, lv)| lv == v && long.len() > w.len() && long.starts_with(w))
        };
        for &(w, m) in vocab.months {
            words.entry(w).or_default().shortened |= shortens(vocab.months, w, m);
        }
        for &(w, d) in vocab.weekdays {
            words.entry(w).or_default().shortened |= shortens(vocab.weekdays, w, d);
        }
        for &(w, n) in vocab.numbers {
            words.entry(w).or_default().number = Some(n);
        }
        for &(w, n) in vocab.ordinals {
            words.entry(w).or_default().ordinal = Some(n);
        }
        for &(w, u) in vocab.units {
            let e = words.entry(w).or_default();
            e.unit = Some(u);
            e.plural = w.ends_with('s') || w.ends_with("ies");
        }
        for &(w, p) in vocab.day_parts {
            words.entry(w).or_default().day_part = Some(p);
        }
        for &(w, s) in vocab.seasons {
            words.entry(w).or_default().season = Some(s);
        }
        for &(w, s) in vocab.shifts {
            words.entry(w).or_default().shift = Some(s);
        }
        for &(w, d) in vocab.deictic_days {
            words.entry(w).or_default().deictic = Some(d);
        }
        for &(w, m) in vocab.modifiers {
            if !w.contains(' ') {
                words.entry(w).or_default().modifier = Some(m);
            }
        }
        for &(w, s) in vocab.set_words {
            words.entry(w).or_default().set = Some(s);
        }
        for &(w, z) in vocab.zones {
            words.entry(w).or_default().zone = Some(z);
        }
        for &w in vocab.count_nouns_hint {
            words.entry(w).or_default().count_noun = true;
        }
        for &w in vocab.future_cues {
            words.entry(w).or_default().tense = Some(Tense::Future);
        }
        for &w in vocab.past_cues {
            words.entry(w).or_default().tense = Some(Tense::Past);
        }
        for &(w, value, usage) in vocab.references {
            words.entry(w).or_default().reference = Some((value, usage));
        }
        let name_toks = |name: &str| -> Vec<String> {
            tokenize(name)
                .iter()
                .map(|t| name[t.start..t.end].to_string())
                .collect()
        };
        let holidays = vocab
            .moving_holidays
            .iter()
            .map(|&(name, rule)| (name_toks(name), HolidayDate::Moving(rule)))
            .chain(
                vocab
                    .holidays
                    .iter()
                    .map(|&(name, m, d)| (name_toks(name), HolidayDate::Fixed(m, d))),
            )
            .collect::<Vec<_>>();
        let mut holidays_by_first_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (n, (toks, _)) in holidays.iter().enumerate() {
            if let Some(first) = toks.first() {
                holidays_by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push(n);
            }
        }
        Self {
            words,
            holidays,
            holidays_by_first_word,
            vocab,
        }
    }

    /// The compiled English vocabulary.
    pub fn english() -> &'static Lexicon {
        static EN: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        EN.get_or_init(|| Lexicon::new(&super::lang::ENGLISH))
    }
}

/// Which way a clause looks from the moment of writing, judged from the words around a
/// date that names no year or week ("Tuesday", "in March").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// A holiday's date rule.
#[derive(Debug, Clone, Copy)]
enum HolidayDate {
    Fixed(u32, u32),
    Moving(MovingDate),
}

impl HolidayDate {
    fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            HolidayDate::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d),
            HolidayDate::Moving(rule) => rule.in_year(year),
        }
    }
}

/// A match before it becomes a [`Timex`]: token range and normalised value.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    kind: TimexType,
    value: String,
    modifier: Option<&'static str>,
    anchor: Anchor,
    /// The calendar point, for anaphora ("the next day") and time-of-day anchoring.
    point: Option<Point>,
    /// The match may take a leading "the" into its span ("the 1990s", "the past two years").
    takes_the: bool,
    /// A time-zone word inside the span ("08:00 UTC Monday"): where to read the zone from
    /// instead of the words after the span.
    zone_tok: Option<usize>,
}

impl Cand {
    fn new(start: usize, end: usize, kind: TimexType, value: String, anchor: Anchor) -> Self {
        Self {
            start,
            end,
            kind,
            value,
            modifier: None,
            anchor,
            point: None,
            takes_the: false,
            zone_tok: None,
        }
    }

    fn point(start: usize, end: usize, kind: TimexType, point: Point, anchor: Anchor) -> Self {
        let mut c = Self::new(start, end, kind, point.value(), anchor);
        c.point = Some(point);
        c
    }
}

/// How many days from the creation date a day may lie and still be a day of the story a
/// report tells, to which its later clock times belong.
const STORY_DAYS: i64 = 7;

/// How far after a clock time [`Tagger::day_later_in_phrase`] looks for its day.
const PHRASE_WORDS: usize = 7;

/// A zone written after a clock time, see [`Tagger::zone_of_clock`].
struct ClockZone {
    /// The token after the zone.
    end: usize,
    /// Whether the zone is UTC, written "Z" in the value.
    utc: bool,
}

/// A clock time read from the text.
#[derive(Debug, Clone, Copy)]
struct Clock {
    /// Hour, 0–24.
    hour: u32,
    /// Minute.
    minute: u32,
    /// Second, when written ("10:30:15").
    second: Option<u32>,
    /// Whether "a.m."/"p.m." was written.
    meridiem: bool,
    /// The token after the time.
    end: usize,
}

impl Clock {
    fn at(hour: u32, minute: u32, end: usize) -> Self {
        Clock {
            hour,
            minute,
            second: None,
            meridiem: false,
            end,
        }
    }

    /// The TIMEX3 time part: "T10:30", "T10:30:15".
    fn suffix(&self) -> String {
        match self.second {
            Some(s) => format!("T{:02}:{:02}:{s:02}", self.hour, self.minute),
            None => format!("T{:02}:{:02}", self.hour, self.minute),
        }
    }
}

pub(super) struct Tagger<'a> {
    text: &'a str,
    lower: String,
    toks: Vec<Token>,
    /// Each token's lexicon entry, looked up once (the grammar asks many times).
    infos: Vec<Option<&'a Word>>,
    lex: &'a Lexicon,
    dct: Option<NaiveDate>,
    last: Option<(Point, usize)>,
    /// The last quarter the text named: in a report on a quarter's results, "a year ago"
    /// means the same quarter a year before ("profit rose from $5 million a year ago").
    reported_quarter: Option<Point>,
    /// The last single day the text named ("on Monday", "June 19"): "ended the day" in a
    /// market report is that trading day, not always the day it was published.
    last_day: Option<NaiveDate>,
}

impl<'a> Tagger<'a> {
    pub(super) fn new(text: &'a str, dct: Option<NaiveDate>, lex: &'a Lexicon) -> Self {
        let lower = text.to_ascii_lowercase();
        let toks = tokenize(text);
        let infos = toks
            .iter()
            .map(|t| {
                if t.word {
                    lex.words.get(&lower[t.start..t.end])
                } else {
                    None
                }
            })
            .collect();
        Self {
            text,
            lower,
            toks,
            infos,
            lex,
            dct,
            last: None,
            reported_quarter: None,
            last_day: None,
        }
    }

    pub(super) fn run(mut self) -> Vec<Timex> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let mut cands = self.match_at(i);
            cands.retain(|c| !self.is_title(c));
            for c in &mut cands {
                self.approximately(c);
            }
            if cands.is_empty() {
                i += 1;
                continue;
            }
            let mut next = i + 1;
            for c in cands {
                next = next.max(c.end);
                if let Some(p) = &c.point {
                    if matches!(c.kind, TimexType::Date | TimexType::Time) {
                        self.last = Some((p.clone(), c.end));
                        if let Point::Day(d) | Point::Time(d, _) = p {
                            self.last_day = Some(*d);
                        }
                    }
                    // A quarter worked out from another ("a year ago") does not change the
                    // quarter the report is about, nor does one not over yet ("the trend
                    // will continue into the fourth quarter").
                    let to_come = matches!(
                        (super::value::interval(&p.value()), self.dct),
                        (Some(period), Some(dct)) if period.end > dct
                    );
                    if matches!(p, Point::Quarter(..))
                        && !matches!(c.anchor, Anchor::Previous { .. })
                        && !to_come
                    {
                        self.reported_quarter = Some(p.clone());
                    }
                }
                out.push(self.finish(c));
            }
            i = next;
        }
        out
    }

    /// True when a capital inside a sentence makes the candidate a name, a title or a
    /// programme rather than a time: a day, week, month, year or day part after a determiner
    /// ("Player of the Year", ABC's "This Week", "Saturday Night Takeaway"), a one-word
    /// "Today" or "Now" after a word ("told Radio 4's Today", "It's Now or Never"), or
    /// "Noon" or "Daily" ("Jamie Noon", "the Daily Mail"). Holidays ("Thanksgiving Day") and
    /// centuries ("the 20th Century") keep their capitals.
    fn is_title(&self, c: &Cand) -> bool {
        // "Jamie Noon", "High Noon", "Abbott, Noon, Paul"; "Entertainment Weekly", "the
        // Daily Mail": names.
        let name_word = matches!(c.kind, TimexType::Time | TimexType::Set)
            && self
                .lex
                .vocab
                .clock_or_newspaper_names
                .contains(&self.w(c.start));
        if c.end == c.start + 1
            && name_word
            && self.capital(c.start)
            && !self.after_sentence_break(c.start)
        {
            return true;
        }
        // Only right after a word: "Co. Recently, …" and ".) Now …" begin sentences.
        let after_word = c.start > 0 && self.toks[c.start - 1].word;
        if c.end == c.start + 1
            && self.capital(c.start)
            && after_word
            && !self.after_sentence_break(c.start)
        {
            let w = self.w(c.start);
            let deictic = self.info(c.start).is_some_and(|x| x.deictic.is_some());
            if deictic || self.lex.vocab.references.iter().any(|r| r.0 == w) {
                return true;
            }
        }
        (c.start + 1..c.end).any(|k| {
            let unit = self.info(k).and_then(|w| w.unit);
            let determiner = self.w(k - 1);
            // "Saturday Night Takeaway", "This Morning": a day part is lower case in prose.
            let day_part = self.info(k).is_some_and(|w| w.day_part.is_some());
            let after_weekday = self.info(k - 1).is_some_and(|w| w.weekday.is_some());
            if day_part && after_weekday && self.capital(k) && !self.after_sentence_break(k - 1) {
                return true;
            }
            self.capital(k)
                && (day_part
                    || matches!(
                        unit,
                        Some(Unit::Day | Unit::Week | Unit::Month | Unit::Year)
                    ))
                && matches!(determiner, "the" | "this" | "that" | "next" | "last")
                && (!self.capital(k - 1) || !self.opens_sentence(k - 1))
        })
    }

    /// "two weeks or so", "a week or so ago": the "or so" belongs to the expression and
    /// makes it approximate.
    fn approximately(&self, c: &mut Cand) {
        let or_so = |k: usize| self.w(k) == "or" && self.w(k + 1) == "so";
        if c.kind == TimexType::Duration && or_so(c.end) {
            c.end += 2;
        }
        if (c.start..c.end).any(or_so) {
            c.modifier.get_or_insert("APPROX");
        }
    }

    fn finish(&self, c: Cand) -> Timex {
        let start = self.toks[c.start].start;
        let end = self.toks[c.end - 1].end;
        let zone = if matches!(c.kind, TimexType::Date | TimexType::Time) {
            self.zone_after(c.zone_tok.unwrap_or(c.end))
        } else {
            None
        };
        Timex {
            span: start..end,
            text: self.text[start..end].to_string(),
            kind: c.kind,
            value: c.value,
            modifier: c.modifier.map(str::to_string),
            anchor: c.anchor,
            zone,
        }
    }

    // ----- token helpers -------------------------------------------------------------

    fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map(|t| &self.lower[t.start..t.end])
            .unwrap_or("")
    }

    fn raw(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map(|t| &self.text[t.start..t.end])
            .unwrap_or("")
    }

    fn info(&self, i: usize) -> Option<&'a Word> {
        self.infos.get(i).copied().flatten()
    }

    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if !t.digits || t.end - t.start > 4 {
            return None;
        }
        Some((self.text[t.start..t.end].parse().ok()?, t.end - t.start))
    }

    /// True when the words before token `j` end with an amount: a number ("earns $500"), a
    /// percentage ("25%", "5 per cent"), a magnitude ("$33 million") or a counted plural
    /// ("fifty thousand CDs", "10 hours").
    fn amount_before(&self, j: usize) -> bool {
        let p = j - 1;
        // "950m", "5bn": a number with its magnitude glued on counts as a number.
        let number = |k: usize| {
            self.raw(k).starts_with(|c: char| c.is_ascii_digit())
                || self.info(k).is_some_and(|w| w.number.is_some())
        };
        if number(p) || self.raw(p) == "%" || self.lex.vocab.amount_words.contains(&self.w(p)) {
            return true;
        }
        // A counted plural: "CDs", "hours", "barrels" with a number up to three words before.
        let t = self.toks[p];
        let plural = t.word && !t.digits && self.w(p).ends_with('s') && self.w(p).len() > 2;
        plural && (p.saturating_sub(3)..p).any(number)
    }

    /// True when tokens `i` and `i + 1` touch (no space between them).
    fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// True when token `i` is an apostrophe, typed or typographic ("Year's", "Year’s",
    /// "’90s").
    fn is_apostrophe(&self, i: usize) -> bool {
        matches!(self.raw(i), "'" | "’" | "‘")
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.raw(i), "-" | "–" | "—")
    }

    fn capital(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capital)
    }

    // ----- anchors ---------------------------------------------------------------------

    fn dct_anchor(&self) -> Anchor {
        match self.dct {
            Some(d) => Anchor::Creation {
                date: d.format("%Y-%m-%d").to_string(),
            },
            None => Anchor::Unresolved,
        }
    }

    /// The year of a month named without one at token `at` (see [`month_year_for`]).
    fn month_year(&self, m: u32, at: usize) -> Option<i32> {
        self.dct
            .map(|dct| month_year_for(dct, m, self.tense_near(at, at + 1)))
    }

    /// The year of a month named alone at token `at`. After "in" or "during" in a past
    /// clause it is the one gone, even the month after the article's: "the record set in
    /// April had stood" in a March article is last April (a deadline, "extended to Nov. 16",
    /// "until mid-November", stays ahead; see [`month_year_for`]).
    fn bare_month_year(&self, m: u32, at: usize) -> Option<i32> {
        let dct = self.dct?;
        let after_in = at > 0 && matches!(self.w(at - 1), "in" | "during");
        // "said it would begin trials in April": a plan told in the past, still ahead.
        let plan = (at.saturating_sub(8)..at).any(|k| self.w(k) == "would");
        if after_in && !plan && self.tense_near(at, at + 1) == Some(Tense::Past) {
            let y = dct.year();
            return Some(if m <= dct.month() { y } else { y - 1 });
        }
        self.month_year(m, at)
    }

    /// The tense of the clause around tokens `start..end`: the nearest tense cue wins, looking
    /// up to twelve words back and three ahead without leaving the clause (further ahead the
    /// words mostly belong to another verb: "sent a letter on Thursday saying it plans"); on a
    /// tie the cue before wins. "The group will leave on Tuesday" looks ahead; "Sununu was
    /// told Wednesday" and "Boeing on Tuesday delivered" look back, even when that Wednesday
    /// is the day after the article's.
    fn tense_near(&self, start: usize, end: usize) -> Option<Tense> {
        // "closed until Friday", "postponed until Tuesday": the state lasts into the day named.
        let vocab = self.lex.vocab;
        // "to run through June": an infinitive of lasting before "through" is an "until".
        let lasting_through = start >= 3
            && vocab.through_words.contains(&self.w(start - 1))
            && vocab.lasting_verbs.contains(&self.w(start - 2))
            && self.w(start - 3) == "to";
        let until =
            lasting_through || (start > 0 && vocab.until_words.contains(&self.w(start - 1)));
        // A date opening its sentence ("In January, American Medical brought in …") belongs
        // to the clause after the comma: its verb comes after the subject. Only a past verb
        // is trusted that far: "On Friday, the government planned to pay" is still past.
        let comma_after = self.raw(end) == ",";
        let past_after_comma = || {
            self.first_tense_cue((end + 1..self.toks.len()).take(8), Direction::Ahead)
                .filter(|(_, tense)| *tense == Tense::Past)
        };
        if until {
            // "Until Thursday, they had not called him a suspect": the state ended then.
            if comma_after && self.opens_sentence(start - 1) && past_after_comma().is_some() {
                return Some(Tense::Past);
            }
            return Some(Tense::Future);
        }
        let back = self.first_tense_cue((0..start).rev().take(12), Direction::Back);
        let ahead = if comma_after && (self.opens_sentence(start) || self.after_opening_word(start))
        {
            past_after_comma()
        } else {
            self.first_tense_cue((end..self.toks.len()).take(3), Direction::Ahead)
        };
        let nearest = match (back, ahead) {
            (Some((b, _)), Some((a, tense))) if a < b => Some(tense),
            (Some((_, tense)), _) | (None, Some((_, tense))) => Some(tense),
            (None, None) => None,
        };
        // "a decision by Tuesday", "could resume as soon as Monday", "as early as Friday".
        let as_soon_as = start >= 3
            && self.w(start - 3) == "as"
            && self.w(start - 1) == "as"
            && self.lex.vocab.as_soon_as_words.contains(&self.w(start - 2));
        let deadline =
            as_soon_as || (start > 0 && self.lex.vocab.deadline_words.contains(&self.w(start - 1)));
        match nearest {
            Some(Tense::Past) => Some(Tense::Past),
            _ if deadline => Some(Tense::Future),
            other => other,
        }
    }

    /// True when the expression at token `start`, with at most one preposition before it,
    /// follows a sentence's opening word and its comma ("However, on Thursday, the group
    /// said") or a conjunction ("while on Thursday, Italy refused"): the expression opens
    /// its clause, whose verb comes after the comma.
    fn after_opening_word(&self, start: usize) -> bool {
        let k = self.with_preposition(start);
        // Not a range's "and": "between now and June", "March and June".
        let conjunction = k >= 2
            && self.lex.vocab.clause_conjunctions.contains(&self.w(k - 1))
            && self.info(k - 2).is_none();
        conjunction
            || (k >= 2
                && self.raw(k - 1) == ","
                && self.toks[k - 2].word
                && self.capital(k - 2)
                && self.info(k - 2).is_none()
                && (k == 2 || self.after_sentence_break(k - 2)))
    }

    /// The tense of the nearest cue earlier in the sentence of token `start`, looking past
    /// commas (up to thirty words back): "Cairn's shares closed up 64 pence, or 6%, at 1130p
    /// on Thursday".
    fn tense_earlier_in_sentence(&self, start: usize) -> Option<Tense> {
        for k in (start.saturating_sub(30)..start).rev() {
            if self.raw(k) != "," && self.ends_clause(k) {
                return None;
            }
            let participle = self.info(k).and_then(|w| w.tense).is_none()
                && self
                    .lex
                    .vocab
                    .participle_prepositions
                    .contains(&self.w(k + 1));
            if let Some(tense) = self.tense_cue(k).filter(|_| !participle) {
                return Some(tense);
            }
            if self.lex.vocab.reported_clause_words.contains(&self.w(k))
                || self.after_sentence_break(k)
            {
                return None;
            }
        }
        None
    }

    /// True when token `k` begins a sentence, a line or a quotation (looking back over
    /// opening quotes and brackets).
    fn after_sentence_break(&self, k: usize) -> bool {
        let mut k = k;
        loop {
            if k == 0 {
                return true;
            }
            let between = &self.text[self.toks[k - 1].end..self.toks[k].start];
            if between.contains('\n') {
                return true;
            }
            match self.raw(k - 1) {
                "\"" | "'" | "“" | "‘" | "(" | "[" | "`" | "``" | "-" | "–" | "—" | ":" => {
                    k -= 1
                }
                "." | "!" | "?" => return self.ends_clause(k - 1),
                _ => return false,
            }
        }
    }

    /// The first token of the expression at `start` with the one preposition before it, if
    /// any ("in" of "In January").
    fn with_preposition(&self, start: usize) -> usize {
        let before = start.checked_sub(1);
        match before {
            Some(k) if self.lex.vocab.date_prepositions.contains(&self.w(k)) => k,
            _ => start,
        }
    }

    /// True when the expression starting at token `start`, with at most one preposition
    /// before it ("In January"), begins a sentence or a line.
    fn opens_sentence(&self, start: usize) -> bool {
        let k = self.with_preposition(start);
        if k == 0 {
            return true;
        }
        let between = &self.text[self.toks[k - 1].end..self.toks[k].start];
        between.contains('\n')
            || (matches!(self.raw(k - 1), "." | "!" | "?") && self.ends_clause(k - 1))
    }

    /// The first tense cue among tokens `ks` (walked in order, stopping at a clause boundary)
    /// and its distance in words. Looking back from the date, a present progressive is a
    /// cue too: an arrangement still ahead ("is calling for the redemption on Dec. 7", "are
    /// meeting Tuesday"); after the date it is mostly the date's own clause ("February is
    /// proving a difficult month").
    fn first_tense_cue(
        &self,
        ks: impl Iterator<Item = usize>,
        direction: Direction,
    ) -> Option<(usize, Tense)> {
        for (dist, k) in ks.enumerate() {
            if self.ends_clause(k) {
                return None;
            }
            // "the hearing would continue on Thursday": a "would" right before the date is a
            // plan told in the past, still ahead ("would have won" is past). Further back it
            // mostly governs something else ("would look for ways around Wednesday's
            // ruling").
            if direction == Direction::Back
                && dist < 3
                && self.w(k) == "would"
                && !matches!(self.w(k + 1), "have" | "ve")
            {
                return Some((dist + 1, Tense::Future));
            }
            let progressive = direction == Direction::Back && self.progressive(k);
            if let Some(tense) = self
                .tense_cue(k)
                .or_else(|| progressive.then_some(Tense::Future))
            {
                return Some((dist + 1, tense));
            }
        }
        None
    }

    /// True when token `k` is a present participle after a present form of "be" ("is
    /// calling", "are meeting").
    fn progressive(&self, k: usize) -> bool {
        let vocab = self.lex.vocab;
        k > 0
            && self.toks[k].word
            && inflected(self.w(k), vocab.progressive_suffix)
            && vocab.progressive_auxiliaries.contains(&self.w(k - 1))
    }

    /// True when token `k` can be the verb of an infinitive: a lower-case word that is not a
    /// determiner, pronoun or date word ("to remove", not "to the", "to Nov. 16").
    fn is_infinitive_verb(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if !t.word || t.digits || t.capital {
            return false;
        }
        if self.info(k).is_some_and(|w| {
            w.month.is_some() || w.weekday.is_some() || w.number.is_some() || w.unit.is_some()
        }) {
            return false;
        }
        !self.lex.vocab.infinitive_non_verbs.contains(&self.w(k))
    }

    /// True when a present-perfect auxiliary ("has", "have") stands within eight words
    /// before token `j` in its clause: "has pulled out of this weekend's race" tells of a
    /// weekend still ahead, unlike "took place this weekend".
    fn perfect_before(&self, j: usize) -> bool {
        for k in (j.saturating_sub(8)..j).rev() {
            if self.ends_clause(k) {
                return false;
            }
            if self.lex.vocab.perfect_auxiliaries.contains(&self.w(k)) {
                return true;
            }
        }
        false
    }

    /// A clause boundary for [`Self::tense_near`]: sentence punctuation and commas, but not
    /// the full stop of an abbreviation or initial ("Daniel P. Davison", "Sept. 30").
    fn ends_clause(&self, k: usize) -> bool {
        match self.raw(k) {
            "!" | "?" | ";" | "," => true,
            "." => {
                let prev = k.checked_sub(1).map(|p| self.raw(p)).unwrap_or("");
                let abbreviation = k > 0
                    && self.glued(k - 1)
                    && (prev.len() == 1 && prev.chars().all(|c| c.is_ascii_uppercase())
                        // "Sept.", "Tues.": a shortened name; "September." ends a sentence.
                        || (prev.len() <= 4 && self.info(k - 1).is_some_and(|w| w.shortened))
                        || self.lex.vocab.title_abbreviations.contains(&prev));
                !abbreviation
            }
            _ => false,
        }
    }

    /// The tense token `k` signals, if any: a listed cue, or a regular past form
    /// ("announced") that is not a participle ("will be named") or an adjective ("the planned
    /// visit", "lower-than-expected").
    fn tense_cue(&self, k: usize) -> Option<Tense> {
        let t = self.toks.get(k)?;
        if !t.word || t.digits {
            return None;
        }
        // Inside a hyphenated compound a cue is an adjective: "lower-than-expected".
        if k > 0 && self.glued(k - 1) && self.is_dash(k - 1) {
            return None;
        }
        let vocab = self.lex.vocab;
        let listed = self.info(k).and_then(|w| w.tense);
        if listed == Some(Tense::Future) {
            // "It had been due to expire Friday evening", "had been scheduled to expire at
            // midnight Friday": a plan told in the past perfect, already overtaken.
            let past_perfect = k >= 2 && self.w(k - 1) == "been" && self.w(k - 2) == "had";
            return if past_perfect {
                Some(Tense::Past)
            } else {
                listed
            };
        }
        let w = self.w(k);
        // An infinitive after a verb of intent looks ahead: "is to resume trading Tuesday",
        // "did not plan to remove him on Thursday".
        if w == vocab.infinitive_marker
            && k > 0
            && vocab.intent_before_infinitive.contains(&self.w(k - 1))
            && self.is_infinitive_verb(k + 1)
        {
            return Some(Tense::Future);
        }
        // "a still unspecified date", "an unexpected loss": adjectives, not past forms.
        let negated_adjective = vocab.adjective_prefixes.iter().any(|p| w.starts_with(p));
        let regular_past = !negated_adjective
            && inflected(w, vocab.past_suffix)
            && !vocab.past_suffix_exceptions.contains(&w)
            // "Mohamed", "Reed", "Alfred": inside a sentence a capitalised word is a name.
            && (!t.capital || self.after_sentence_break(k));
        if listed.is_none() && !regular_past {
            return None;
        }
        // "will be paid", "to be held", "the sold shares": a participle, not a past tense.
        let lead = k.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
        if vocab.participle_leads.contains(&lead) {
            // "will be named", "is to be held": a passive that is itself still ahead.
            let before_lead = k
                .checked_sub(2)
                .and_then(|p| self.info(p))
                .and_then(|w| w.tense);
            // "is to be held", "are to be replaced": a passive infinitive after a present
            // "be" is an arrangement still ahead, as "is to resume" is.
            let present_be_to = k >= 3
                && self.w(k - 2) == vocab.infinitive_marker
                && vocab.progressive_auxiliaries.contains(&self.w(k - 3));
            if lead == "be" && (before_lead == Some(Tense::Future) || present_be_to) {
                return Some(Tense::Future);
            }
            return None;
        }
        Some(Tense::Past)
    }

    // ----- the grammar ------------------------------------------------------------------

    fn match_at(&self, i: usize) -> Vec<Cand> {
        let t = self.toks[i];
        if !t.word {
            if self.is_apostrophe(i) {
                return self.apostrophe_decade(i).into_iter().collect();
            }
            return Vec::new();
        }
        let the = self.w(i) == "the";
        let j = if the { i + 1 } else { i };

        // Phrase modifiers: "the end of", "the beginning of", "more than", "at least" …
        if let Some((k, m, durations_only)) = self.phrase_modifier(i) {
            let the_after = self.w(k) == "the";
            let mut cands = self.core(k, the_after);
            if let Some(c) = cands.first_mut() {
                // "the end of the January transfer window": a "the" the date does not take
                // is the noun's, and so is the "end".
                let the_left_out = the_after && !c.takes_the;
                // "less than a week ago", "more than four decades ago": a date counted back
                // by a duration takes the duration's modifier, as "nearly two years ago" does.
                let fits = if durations_only {
                    c.kind == TimexType::Duration || self.counted_date(c)
                } else {
                    c.kind != TimexType::Duration && !the_left_out
                };
                if fits {
                    c.start = i;
                    c.modifier = Some(m);
                    return cands;
                }
            }
        }

        // "earlier this year", "later this month", "earlier today".
        let vocab = self.lex.vocab;
        let earlier = vocab.earlier_words.contains(&self.w(j));
        if (earlier || vocab.later_words.contains(&self.w(j)))
            && (self.w(j + 1) == "that"
                || self
                    .info(j + 1)
                    .is_some_and(|w| w.shift.is_some() || w.deictic.is_some()))
        {
            let mut cands = self.core(j + 1, false);
            if let Some(c) = cands.first_mut() {
                if c.kind == TimexType::Date {
                    c.start = j;
                    c.modifier = Some(if earlier { "START" } else { "END" });
                    return cands;
                }
            }
        }

        // "earlier in the week", "late in the day": a part of the period the text is in;
        // "early in 2016", "late in March": a part of the period named.
        if let Some(part) =
            Vocabulary::find(vocab.period_parts, self.w(j)).filter(|_| self.w(j + 1) == "in")
        {
            let the_after = self.w(j + 2) == "the";
            let mut cands = self.core(j + 2, the_after);
            if let Some(c) = cands.first_mut() {
                let named = the_after
                    || (matches!(c.point, Some(Point::Year(_) | Point::Month(..)))
                        && c.start == j + 2);
                if c.kind == TimexType::Date && c.point.is_some() && named {
                    c.start = j;
                    c.modifier = Some(part);
                    return cands;
                }
            }
        }

        if let Some(c) = self.early_part_of_day(i, j) {
            return vec![c];
        }

        // One-word modifiers: "early 2019", "late Tuesday", "mid-June", "nearly a month".
        // TimeML leaves "about" out of the span ("about [two weeks]"), and "over" before "the"
        // is a preposition ("over [the past two years]").
        // "about" still gives its mod. Elsewhere "over" is "during" ("developed over four
        // years") unless the words before make it "more than" ("just over a year", "for over
        // two decades", "to last over a week").
        let outside = self.w(j) == "over"
            && (self.w(j + 1) == "the"
                || !(j > 0
                    && self
                        .lex
                        .vocab
                        .more_than_before_over
                        .contains(&self.w(j - 1))));
        // "excited about the future": "about" before "the" is the preposition.
        let outside = outside || (self.w(j) == "about" && self.w(j + 1) == "the");
        if let Some(m) = self.info(j).and_then(|w| w.modifier).filter(|_| !outside) {
            let mut k = j + 1;
            if self.is_dash(k) && self.glued(j) {
                k += 1;
            }
            let approx = matches!(m, "APPROX" | "LESS_THAN" | "MORE_THAN");
            let mut cands = self.core(k, self.w(k) == "the");
            if let Some(c) = cands.first_mut() {
                // "around the 12 year cycle": before "the" and a duration, "around" is the
                // preposition.
                let around_the = self.w(j) == "around" && self.w(j + 1) == "the";
                // "just over two years ago": a date counted back by the duration.
                let counted = self.w(j) == "over" && self.counted_date(c);
                let fits = match self.w(j) {
                    "some" | "over" => c.kind == TimexType::Duration || counted,
                    _ if approx => !(around_the && c.kind == TimexType::Duration),
                    _ => c.kind != TimexType::Duration,
                };
                if fits {
                    c.start = if self.w(j) == "about" {
                        c.start
                    } else if the && c.kind != TimexType::Duration {
                        i
                    } else {
                        j
                    };
                    if c.modifier.is_none() {
                        c.modifier = Some(m);
                    }
                    return cands;
                }
            }
        }

        // "this past spring", "this past Sunday": the most recent one (in October, this
        // year's spring, where "last spring" is the year before's).
        if self.w(j) == "this" && self.w(j + 1) == "past" {
            if let Some(mut c) = self.shifted(j + 1, false) {
                c.start = j;
                if let (Some(Point::Season(_, s)), Some(dct)) = (&c.point, self.dct) {
                    let s = *s;
                    let over = |y: i32| {
                        super::value::interval(&Point::Season(y, s).value())
                            .is_some_and(|period| period.end <= dct)
                    };
                    let y = if over(dct.year()) {
                        dct.year()
                    } else {
                        dct.year() - 1
                    };
                    c.point = Some(Point::Season(y, s));
                    c.value = Point::Season(y, s).value();
                }
                return vec![c];
            }
            // "This past week marked the opening": the week (weekend, month) just gone.
            let unit = self.info(j + 2).filter(|w| !w.plural).and_then(|w| w.unit);
            if let (Some(unit @ (Unit::Week | Unit::Weekend | Unit::Month)), Some(dct)) =
                (unit, self.dct)
            {
                if let Some(point) = shift_point(&Point::Day(dct), unit, -1) {
                    return vec![Cand::point(
                        j,
                        j + 3,
                        TimexType::Date,
                        point,
                        self.dct_anchor(),
                    )];
                }
            }
        }
        // "last Thanksgiving", "next Christmas": the one before or after the article.
        if matches!(self.w(j), "last" | "next") {
            if let Some(c) = self.shifted_holiday(j) {
                return vec![c];
            }
        }

        // "this year's third quarter", "the 1988 second quarter": a quarter or half with its
        // year in front.
        if let Some(c) = self.year_led_period(j, the) {
            let mut c = c;
            if the {
                c.start = i;
            }
            return vec![c];
        }

        // "fiscal 1989", "the fiscal first quarter": the fiscal period is named like the
        // calendar one and takes "fiscal" (and "the") into its span.
        if self.w(j) == "fiscal" {
            let mut cands = self.core(j + 1, false);
            if let Some(c) = cands.first_mut() {
                if c.kind == TimexType::Date && c.start == j + 1 {
                    c.start = if the { i } else { j };
                    return cands;
                }
            }
        }

        let mut cands = self.core(j, the);
        if the {
            if let Some(c) = cands.first_mut() {
                if c.takes_the {
                    c.start = i;
                }
            }
        }
        cands
    }

    /// True when `c` is a date counted from a duration: "a week ago", "two years later".
    fn counted_date(&self, c: &Cand) -> bool {
        let vocab = self.lex.vocab;
        let last_word = self.w(c.end.saturating_sub(1));
        c.kind == TimexType::Date
            && (vocab.ago_words.contains(&last_word)
                || vocab.earlier_words.contains(&last_word)
                || vocab.later_words.contains(&last_word))
    }

    /// Multi-word modifiers starting at `i`: (index after, TIMEX3 mod, applies to durations).
    fn phrase_modifier(&self, i: usize) -> Option<(usize, &'static str, bool)> {
        let w0 = self.w(i);
        let w1 = self.w(i + 1);
        let w2 = self.w(i + 2);
        match (w0, w1, w2) {
            ("the", "end" | "close", "of") => Some((i + 3, "END", false)),
            ("the", "beginning" | "start", "of") => Some((i + 3, "START", false)),
            ("the", "middle", "of") => Some((i + 3, "MID", false)),
            ("more", "than", _) => Some((i + 2, "MORE_THAN", true)),
            ("less" | "fewer", "than", _) => Some((i + 2, "LESS_THAN", true)),
            ("at", "least", _) => Some((i + 2, "EQUAL_OR_MORE", true)),
            ("up", "to", _) => Some((i + 2, "EQUAL_OR_LESS", true)),
            ("no", "more", "than") => Some((i + 3, "EQUAL_OR_LESS", true)),
            _ => None,
        }
    }

    /// The expression families, most specific first. `the`: a "the" precedes token `j`.
    fn core(&self, j: usize, the: bool) -> Vec<Cand> {
        if j >= self.toks.len() {
            return Vec::new();
        }
        let j = if the && self.w(j) == "the" { j + 1 } else { j };
        if j >= self.toks.len() {
            return Vec::new();
        }
        let t = self.toks[j];
        if t.digits {
            if let Some(c) = self.iso_date(j) {
                return vec![c];
            }
            if let Some(c) = self.numeric_date(j) {
                return vec![c];
            }
            if let Some(c) = self.clock_time(j) {
                return vec![c];
            }
            let v = self.day_month(j);
            if !v.is_empty() {
                return v;
            }
            if let Some(c) = self.number_led(j, the) {
                return vec![c];
            }
            if let Some(c) = self.year(j) {
                return match self.year_range_end(j) {
                    Some(second) => vec![c, second],
                    None => vec![c],
                };
            }
            return Vec::new();
        }
        if !t.word {
            return Vec::new();
        }
        if let Some((y, end)) = self.spoken_year(j) {
            let mut c = Cand::point(j, end, TimexType::Date, Point::Year(y), Anchor::Absolute);
            c.takes_the = false;
            return vec![c];
        }
        if let Some(c) = self.decade_token(j) {
            return vec![c];
        }
        if let Some(c) = self.clock_time(j) {
            return vec![c];
        }
        if let Some(c) = self.year_end(j) {
            return vec![c];
        }
        if the {
            if let Some(c) = self.week_of(j) {
                return vec![c];
            }
            if matches!(self.w(j), "corresponding" | "comparable" | "equivalent") {
                if let Some(c) = self.same_period_a_year_before(j) {
                    return vec![c];
                }
            }
            if let Some(c) = self.the_phrase(j) {
                return vec![c];
            }
            if let Some(c) = self.reported_quarter(j) {
                return vec![c];
            }
            if let Some(c) = self.the_period(j) {
                return vec![c];
            }
        }
        let Some(info) = self.info(j) else {
            // "that day", "that week": anaphoric, but not "that day-to-day work".
            if self.w(j) == "that" && !(self.glued(j + 1) && self.is_dash(j + 2)) {
                if let Some(c) = self.shifted(j, the) {
                    return vec![c];
                }
            }
            if let Some(c) = self.reference(j, the) {
                return vec![c];
            }
            if let Some(c) = self.bare_plural_unit(j) {
                return vec![c];
            }
            if let Some(c) = self.set_expr(j) {
                return vec![c];
            }
            if let Some(c) = self.ordinal_period(j, the) {
                return vec![c];
            }
            if let Some(c) = self.nth_day(j, the) {
                return vec![c];
            }
            if let Some(c) = self.holiday(j) {
                return vec![c];
            }
            return self.number_led(j, the).into_iter().collect();
        };
        if info.month.is_some() {
            let v = self.month_led(j);
            if !v.is_empty() {
                return v;
            }
        }
        if info.weekday.is_some() && self.capital(j) && self.w(j).len() > 3 {
            if let Some(c) = self.weekday_led(j) {
                return vec![c];
            }
        }
        if let Some(d) = info.deictic {
            if let Some(c) = self.deictic(j, d) {
                return vec![c];
            }
        }
        if let Some(c) = self.reference(j, the) {
            return vec![c];
        }
        if info.unit == Some(Unit::Year) {
            if let Some(c) = self.year_ago_adjective(j) {
                return vec![c];
            }
        }
        if the && info.unit == Some(Unit::Weekend) && !info.plural {
            if let Some(c) = self.the_weekend(j) {
                return vec![c];
            }
        }
        // "the last half of 1989", "the last quarter of 2009": the last one of that year.
        if self.w(j) == "last" && self.w(j + 2) == "of" {
            if let Some(c) = self.ordinal_period(j, the) {
                return vec![c];
            }
        }
        if let Some(c) = self.nth_day(j, the) {
            return vec![c];
        }
        let ordinal_unit =
            info.ordinal.is_some() && matches!(self.w(j + 1), "quarter" | "half" | "century" | "-");
        if (info.shift.is_some() || matches!(self.w(j), "that" | "first")) && !ordinal_unit {
            if let Some(c) = self.shifted(j, the) {
                return vec![c];
            }
        }
        if let Some(c) = self.set_expr(j) {
            return vec![c];
        }
        if info.season.is_some() {
            if let Some(c) = self.season(j, the) {
                return vec![c];
            }
        }
        if info.ordinal.is_some() {
            if let Some(c) = self.ordinal_period(j, the) {
                return vec![c];
            }
        }
        if let Some(c) = self.number_led(j, the) {
            return vec![c];
        }
        if let Some(c) = self.bare_plural_unit(j) {
            return vec![c];
        }
        if let Some(c) = self.holiday(j) {
            return vec![c];
        }
        Vec::new()
    }

    // ----- absolute dates ------------------------------------------------------------

    /// "2024-06-19", optionally with "T15:44".
    fn iso_date(&self, j: usize) -> Option<Cand> {
        let (y, ylen) = self.digits(j)?;
        if ylen != 4 || !self.glued(j) || self.raw(j + 1) != "-" || !self.glued(j + 1) {
            return None;
        }
        let (m, _) = self.digits(j + 2)?;
        if !(self.glued(j + 2) && self.raw(j + 3) == "-" && self.glued(j + 3)) {
            return None;
        }
        let (d, _) = self.digits(j + 4)?;
        let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
        Some(Cand::point(
            j,
            j + 5,
            TimexType::Date,
            Point::Day(date),
            Anchor::Absolute,
        ))
    }

    /// "06/19/2024", "19.06.2024", "06.20.2024", "6/19/24".
    fn numeric_date(&self, j: usize) -> Option<Cand> {
        let sep = self.raw(j + 1);
        if !matches!(sep, "/" | ".") || !self.glued(j) || !self.glued(j + 1) {
            return None;
        }
        let (a, alen) = self.digits(j)?;
        let (b, blen) = self.digits(j + 2)?;
        if alen > 2 || blen > 2 || !self.glued(j + 2) || self.raw(j + 3) != sep {
            return None;
        }
        if !self.glued(j + 3) {
            return None;
        }
        let (y, ylen) = self.digits(j + 4)?;
        let year = match ylen {
            4 => y as i32,
            2 => {
                if y < 50 {
                    2000 + y as i32
                } else {
                    1900 + y as i32
                }
            }
            _ => return None,
        };
        // Month first unless that is impossible (US usage is the most common in English).
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        let date = NaiveDate::from_ymd_opt(year, m, d)?;
        Some(Cand::point(
            j,
            j + 5,
            TimexType::Date,
            Point::Day(date),
            Anchor::Absolute,
        ))
    }

    /// A month name at `j` (with its abbreviation period): (month, index after).
    fn month_name(&self, j: usize, after_number: bool) -> Option<(u32, usize)> {
        let info = self.info(j)?;
        let m = info.month?;
        let w = self.w(j);
        let longest = self
            .lex
            .vocab
            .months
            .iter()
            .filter(|(_, mm)| *mm == m)
            .map(|(n, _)| n.len())
            .max()
            .unwrap_or(0);
        let full = w.len() == longest;
        let mut end = j + 1;
        let dotted = self.raw(j + 1) == "." && self.glued(j);
        if !full {
            // Abbreviations: "Jan.", "Sept 30"; capitalised and followed by a period or a number.
            if !self.capital(j) {
                return None;
            }
            if dotted {
                end += 1;
            } else if !(after_number || self.toks.get(j + 1).is_some_and(|t| t.digits)) {
                return None;
            }
        } else if !self.capital(j) {
            return None;
        }
        if self.lex.vocab.verb_months.contains(&w) && !after_number {
            let next_digit = self.toks.get(j + 1).is_some_and(|t| t.digits);
            let prev = if j > 0 { self.w(j - 1) } else { "" };
            let prev_ok = self.lex.vocab.month_context.contains(&prev);
            if !next_digit && !prev_ok {
                return None;
            }
            // "to march", "and may": a verb unless a number follows.
            if !next_digit && matches!(prev, "to" | "and" | "or") {
                return None;
            }
        }
        Some((m, end))
    }

    /// A day of the month at `j`: "19", "19th", "nineteenth"?: (day, index after).
    fn day_number(&self, j: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(j)?;
        let s = &self.lower[t.start..t.end];
        let n: u32 = if t.digits {
            if s.len() > 2 {
                return None;
            }
            s.parse().ok()?
        } else {
            let digits_end = s.find(|c: char| !c.is_ascii_digit())?;
            if digits_end == 0 || digits_end > 2 {
                return None;
            }
            if !matches!(&s[digits_end..], "st" | "nd" | "rd" | "th") {
                return None;
            }
            s[..digits_end].parse().ok()?
        };
        if (1..=31).contains(&n) {
            Some((n, j + 1))
        } else {
            None
        }
    }

    /// A year after a date: ", 2024" or " 2024": (year, index after).
    fn trailing_year(&self, k: usize) -> Option<(i32, usize)> {
        let k2 = if matches!(self.raw(k), ",") || self.w(k) == "of" {
            k + 1
        } else {
            k
        };
        let Some((y, len)) = self.digits(k2) else {
            return self.spoken_year(k2);
        };
        if len != 4 || !(1000..=2200).contains(&y) {
            return None;
        }
        // "June 19, 2024 troops" is not a date with a year, but "the 11 September 2001
        // attacks" is: after a day and month only a known counted noun makes it a count.
        let counted = matches!(self.raw(k2 + 1), "%")
            || self
                .info(k2 + 1)
                .is_some_and(|w| w.count_noun || w.unit.is_some());
        if counted {
            return None;
        }
        Some((y as i32, k2 + 1))
    }

    /// "a year ago", "a year earlier", "last year", "the year before" at token `k`: the token
    /// after it.
    fn year_back(&self, k: usize) -> Option<usize> {
        let is_year = |i: usize| {
            self.info(i)
                .is_some_and(|w| w.unit == Some(Unit::Year) && !w.plural)
        };
        match self.w(k) {
            // "the same period of the last year".
            "of" if matches!(self.w(k + 1), "the" | "last" | "previous") => {
                let k = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                (matches!(self.w(k), "last" | "previous") && is_year(k + 1)).then_some(k + 2)
            }
            "a" | "one"
                if is_year(k + 1) && matches!(self.w(k + 2), "ago" | "earlier" | "before") =>
            {
                Some(k + 3)
            }
            "last" | "previous" if is_year(k + 1) => Some(k + 2),
            "the" if matches!(self.w(k + 1), "previous" | "prior") && is_year(k + 2) => Some(k + 3),
            "the" if is_year(k + 1) && matches!(self.w(k + 2), "before" | "earlier") => Some(k + 3),
            _ => None,
        }
    }

    /// "(of) next year", "(of) last year", "this year" at token `k`: the year it names,
    /// counted from the creation date, and the token after it.
    fn relative_year(&self, k: usize) -> Option<(i32, usize)> {
        let dct = self.dct?;
        let k = if self.w(k) == "of" { k + 1 } else { k };
        let shift = self.info(k)?.shift?;
        if self.info(k + 1)?.unit != Some(Unit::Year) || self.info(k + 1)?.plural {
            return None;
        }
        // "same" and "current" need a year already talked about; leave them to their own rule.
        if shift == 0 && self.w(k) != "this" {
            return None;
        }
        Some((dct.year() + shift, k + 2))
    }

    /// Resolves a day and month without a year to the document's year.
    fn month_day_point(
        &self,
        at: usize,
        m: u32,
        d: u32,
        year: Option<i32>,
    ) -> Option<(String, Anchor, Option<Point>)> {
        match year.or_else(|| self.month_year(m, at)) {
            Some(y) => {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                let anchor = if year.is_some() {
                    Anchor::Absolute
                } else {
                    self.dct_anchor()
                };
                Some((Point::Day(date).value(), anchor, Some(Point::Day(date))))
            }
            None => Some((format!("XXXX-{m:02}-{d:02}"), Anchor::Unresolved, None)),
        }
    }

    /// Dates led by a month name: "June 19, 2024", "June 18-19", "July 2000", "September".
    fn month_led(&self, j: usize) -> Vec<Cand> {
        let Some((m, k)) = self.month_name(j, false) else {
            return Vec::new();
        };
        // Month + day (+ second day) (+ year). After a determiner a plural noun does not make
        // the number a count: "the Aug. 7 bombings".
        let determined = j > 0 && matches!(self.w(j - 1), "the" | "its" | "their" | "this");
        if let Some((d1, k2)) = self.day_number(k) {
            if determined || !self.is_counted(k2) {
                let mut second = None;
                if (self.is_dash(k2) || matches!(self.w(k2), "and" | "to"))
                    && k2 + 1 < self.toks.len()
                {
                    if let Some((d2, k3)) = self.day_number(k2 + 1) {
                        if d2 > d1 {
                            second = Some((d2, k2 + 1, k3));
                        }
                    }
                }
                let after = second.map(|s| s.2).unwrap_or(k2);
                let year = self.trailing_year(after);
                let end_all = year.map(|y| y.1).unwrap_or(after);
                let y = year
                    .map(|y| y.0)
                    .or_else(|| self.named_event_year(m, d1, end_all));
                let mut out = Vec::new();
                let first_end = if second.is_some() { k2 } else { end_all };
                if let Some((v, a, p)) = self.month_day_point(j, m, d1, y) {
                    let mut c = Cand::new(j, first_end, TimexType::Date, v, a);
                    c.point = p;
                    if second.is_none() {
                        self.attach_time(&mut c);
                    }
                    out.push(c);
                }
                if let Some((d2, s, _)) = second {
                    if let Some((v, a, p)) = self.month_day_point(j, m, d2, y) {
                        let mut c = Cand::new(s, end_all, TimexType::Date, v, a);
                        c.point = p;
                        out.push(c);
                    }
                }
                if !out.is_empty() {
                    return out;
                }
            }
        }
        // Month + a year said relative to now: "October of next year", "February this year".
        if let Some((y, k2)) = self.relative_year(k) {
            return vec![Cand::point(
                j,
                k2,
                TimexType::Date,
                Point::Month(y, m),
                self.dct_anchor(),
            )];
        }
        // Month + year.
        if let Some((y, k2)) = self.trailing_year(k) {
            return vec![Cand::point(
                j,
                k2,
                TimexType::Date,
                Point::Month(y, m),
                Anchor::Absolute,
            )];
        }
        // "between March and October 2004", "from July to September 2004": the first month
        // shares the year said after the second (the year before when it comes later in
        // the calendar: "November to February 2005").
        if matches!(self.w(k), "and" | "to" | "through" | "until" | "or") || self.is_dash(k) {
            if let Some((m2, k2)) = self.month_name(k + 1, false) {
                if self.day_number(k2).is_none() {
                    if let Some((y2, _)) = self.trailing_year(k2) {
                        let y = if m <= m2 { y2 } else { y2 - 1 };
                        let mut c = Cand::point(
                            j,
                            k,
                            TimexType::Date,
                            Point::Month(y, m),
                            Anchor::Absolute,
                        );
                        c.takes_the = false;
                        return vec![c];
                    }
                }
            }
        }
        // A month alone: this year's, unless shifted elsewhere ("last September").
        let mut c = match self.dct {
            Some(d) => Cand::point(
                j,
                k,
                TimexType::Date,
                Point::Month(self.bare_month_year(m, j).unwrap_or(d.year()), m),
                self.dct_anchor(),
            ),
            None => Cand::new(
                j,
                k,
                TimexType::Date,
                format!("XXXX-{m:02}"),
                Anchor::Unresolved,
            ),
        };
        c.takes_the = false;
        vec![c]
    }

    /// The year of a day that names an event ("the September 11 attacks"), from the words
    /// right after it (token `end` on).
    fn named_event_year(&self, month: u32, day: u32, end: usize) -> Option<i32> {
        let next = self.w(end);
        self.lex
            .vocab
            .named_events
            .iter()
            .find(|(m, d, _, followers)| *m == month && *d == day && followers.contains(&next))
            .map(|(_, _, year, _)| *year)
    }

    /// Day-first dates: "19 June 2024", "18-19 June", "the 19th of June".
    fn day_month(&self, j: usize) -> Vec<Cand> {
        let Some((d1, k)) = self.day_number(j) else {
            return Vec::new();
        };
        let mut second = None;
        let mut k_month = k;
        if (self.is_dash(k) || matches!(self.w(k), "and" | "to"))
            && self.day_number(k + 1).is_some()
        {
            if let Some((d2, k3)) = self.day_number(k + 1) {
                if d2 > d1 {
                    second = Some((d2, k + 1));
                    k_month = k3;
                }
            }
        }
        if self.w(k_month) == "of" {
            k_month += 1;
        }
        let Some((m, k2)) = self.month_name(k_month, true) else {
            return Vec::new();
        };
        let year = self.trailing_year(k2);
        let end = year.map(|y| y.1).unwrap_or(k2);
        let y = year
            .map(|y| y.0)
            .or_else(|| self.named_event_year(m, d1, end));
        let mut out = Vec::new();
        match second {
            Some((d2, s)) => {
                if let Some((v, a, p)) = self.month_day_point(j, m, d1, y) {
                    let mut c = Cand::new(j, j + 1, TimexType::Date, v, a);
                    c.point = p;
                    out.push(c);
                }
                if let Some((v, a, p)) = self.month_day_point(j, m, d2, y) {
                    let mut c = Cand::new(s, end, TimexType::Date, v, a);
                    c.point = p;
                    out.push(c);
                }
            }
            None => {
                if let Some((v, a, p)) = self.month_day_point(j, m, d1, y) {
                    let mut c = Cand::new(j, end, TimexType::Date, v, a);
                    c.point = p;
                    c.takes_the = true;
                    self.attach_time(&mut c);
                    out.push(c);
                }
            }
        }
        out
    }

    /// Extends a day-level date with a following clock time: "June 19, 2024 15:44".
    fn attach_time(&self, c: &mut Cand) {
        let Some(Point::Day(d)) = c.point else {
            return;
        };
        let mut k = c.end;
        if matches!(self.raw(k), ",") || self.w(k) == "at" {
            k += 1;
        }
        if let Some(clock) = self.parse_clock(k) {
            let mut suffix = clock.suffix();
            c.end = clock.end;
            if let Some(zone) = self.zone_of_clock(clock.end) {
                if zone.utc {
                    suffix.push('Z');
                }
                c.zone_tok = Some(clock.end);
                c.end = zone.end;
            }
            c.kind = TimexType::Time;
            c.value = format!("{}{}", d.format("%Y-%m-%d"), suffix);
            c.point = Some(Point::Time(d, suffix));
        }
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six".
    /// Returns (year, index after).
    fn spoken_year(&self, k: usize) -> Option<(i32, usize)> {
        if self.w(k) != "nineteen" || self.toks.get(k + 1).is_none_or(|t| t.digits) {
            return None;
        }
        let (Some(n), end) = self.number(k + 1)? else {
            return None;
        };
        if !(10.0..100.0).contains(&n) || n.fract() != 0.0 || self.is_counted(end) {
            return None;
        }
        if self.info(end).is_some_and(|w| w.unit.is_some()) {
            return None;
        }
        Some((1900 + n as i32, end))
    }

    /// A year: "2000", "1961" — not "2000 troops", "$2000", "No. 1961".
    fn year(&self, j: usize) -> Option<Cand> {
        let (y, len) = self.digits(j)?;
        if len != 4 {
            return None;
        }
        let prev = if j > 0 { self.raw(j - 1) } else { "" };
        let prev_lower = if j > 0 { self.w(j - 1) } else { "" };
        let strong_prev = matches!(
            prev_lower,
            "in" | "since"
                | "from"
                | "until"
                | "of"
                | "by"
                | "year"
                | "around"
                | "before"
                | "after"
                | "between"
                | "and"
                | "to"
                | "mid"
                | "early"
                | "late"
                | "during"
                | "through"
                | "fiscal"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "fall"
        ) || prev == ","
            || self.is_dash(j.wrapping_sub(1));
        let plausible = (1900..=2100).contains(&y) || ((1000..1900).contains(&y) && strong_prev);
        if !plausible {
            return None;
        }
        if matches!(prev, "$" | "£" | "€" | "#" | "¥")
            || matches!(
                prev_lower,
                "no" | "number" | "page" | "flight" | "route" | "room" | "vol" | "article"
            )
        {
            return None;
        }
        // Thousands ("12,2000") or decimals ("1.2000") glued before.
        if j >= 2 && matches!(prev, "," | ".") && self.glued(j - 1) && self.glued(j - 2) {
            return None;
        }
        // "fiscal 1989 sales", "the post-1959 politics": the year is named as such, so a plural
        // noun after it is what the year qualifies, not what a number counts.
        let named_year = prev_lower == "fiscal"
            || (j >= 2
                && self.is_dash(j - 1)
                && self.glued(j - 1)
                && self.glued(j - 2)
                && matches!(self.w(j - 2), "post" | "pre" | "mid"));
        // "the 2014 protests", "its 2004 results": after a determiner a plural is what the
        // year qualifies, unless it is a word things are counted in ("the 2000 troops").
        let determined_year = || {
            (1900..=2100).contains(&y)
                && (prev == "the" || self.lex.vocab.possessives.contains(&prev))
                && !self
                    .info(j + 1)
                    .is_some_and(|w| w.count_noun || w.unit.is_some())
        };
        if !named_year && self.is_counted(j + 1) && !determined_year() {
            return None;
        }
        if matches!(self.raw(j + 1), "%" | ":") && self.glued(j) {
            return None;
        }
        if self.info(j + 1).is_some_and(|w| w.zone.is_some()) {
            return None; // "0300 GMT" is a time, handled by clock_time.
        }
        // Glued to letters or digits after a dot ("2000.5") is not a year.
        if self.raw(j + 1) == "."
            && self.glued(j)
            && self.toks.get(j + 2).is_some_and(|t| t.digits)
            && self.glued(j + 1)
        {
            return None;
        }
        Some(Cand::point(
            j,
            j + 1,
            TimexType::Date,
            Point::Year(y as i32),
            Anchor::Absolute,
        ))
    }

    /// "1957-58", "the 2004-05 season": the two-digit year after a year and a dash is the
    /// next year or one a few after it, a date of its own (the span is the two digits).
    fn year_range_end(&self, j: usize) -> Option<Cand> {
        let (first, _) = self.digits(j)?;
        let (short, len) = self.digits(j + 2)?;
        if len != 2 || !self.is_dash(j + 1) || !self.glued(j) || !self.glued(j + 1) {
            return None;
        }
        // "2009-10-05", "1957-58-59", "1990-91/92", "2009-10.5" are something else.
        let glued_more = |k: usize| {
            self.glued(j + 2)
                && (matches!(self.raw(j + 3), "/" | "." | ":") || self.is_dash(j + 3))
                && self.glued(j + 3)
                && self.toks.get(k).is_some_and(|t| t.digits)
        };
        if glued_more(j + 4) || (self.glued(j + 2) && self.toks.get(j + 3).is_some_and(|t| t.word))
        {
            return None;
        }
        let century = first / 100 * 100;
        let second = if short > first % 100 {
            century + short
        } else {
            century + 100 + short
        };
        if second - first > 9 {
            return None;
        }
        let mut c = Cand::point(
            j + 2,
            j + 3,
            TimexType::Date,
            Point::Year(second as i32),
            Anchor::Absolute,
        );
        c.takes_the = false;
        Some(c)
    }

    /// True when token `k` is a counted noun, making a number before it a count, not a year.
    fn is_counted(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if matches!(self.raw(k), "%") {
            return true;
        }
        if !t.word || t.capital || t.digits {
            return false;
        }
        if self
            .info(k)
            .is_some_and(|w| w.count_noun || w.unit.is_some())
        {
            return true;
        }
        let w = self.w(k);
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !self.lex.vocab.not_plurals.contains(&w)
            // "a 2009 analysis", "the 2008 crisis", "the 2010 census", "famous": not plurals
            // ("-us" covers "-ous").
            && !w.ends_with("sis")
            && !w.ends_with("us")
    }

    /// "the week of March 6", "the week beginning 4 April" (the week holding that day), "the
    /// last week of March", "the first week of June 2009" (the week holding the month's
    /// first or last seven days).
    fn week_of(&self, j: usize) -> Option<Cand> {
        let (which, week_tok) = match self.w(j) {
            "week" => (None, j),
            w => {
                let n = match w {
                    "last" | "final" => 0,
                    _ => self.info(j)?.ordinal.filter(|n| (1..=4).contains(n))?,
                };
                (Some(n), j + 1)
            }
        };
        if self.w(week_tok) != "week" {
            return None;
        }
        // "the week beginning 4 April": the week that day opens.
        let inner = match self.w(week_tok + 1) {
            "of" => self.month_led(week_tok + 2).into_iter().next()?,
            w if which.is_none() && self.lex.vocab.week_beginning_words.contains(&w) => {
                self.day_at(week_tok + 2)?
            }
            _ => return None,
        };
        let day = match (which, inner.point.as_ref()?) {
            (None, Point::Day(d)) => *d,
            (Some(n), Point::Month(y, m)) => {
                let first = NaiveDate::from_ymd_opt(*y, *m, 1)?;
                if n == 0 {
                    add_days(first.checked_add_months(chrono::Months::new(1))?, -7)?
                } else {
                    add_days(first, 7 * n as i64 - 1)?
                }
            }
            _ => return None,
        };
        let iso = day.iso_week();
        let mut c = Cand::point(
            j,
            inner.end,
            TimexType::Date,
            Point::Week(iso.year(), iso.week()),
            inner.anchor,
        );
        c.takes_the = true;
        Some(c)
    }

    /// "year-end", "year end", "year's end": the end of the article's year.
    fn year_end(&self, j: usize) -> Option<Cand> {
        if self.w(j) != "year" {
            return None;
        }
        let end = if self.is_dash(j + 1) && self.glued(j) && self.w(j + 2) == "end" {
            j + 3
        } else if self.w(j + 1) == "end" {
            j + 2
        } else if self.is_apostrophe(j + 1) && self.w(j + 2) == "s" && self.w(j + 3) == "end" {
            j + 4
        } else {
            return None;
        };
        let dct = self.dct?;
        let mut c = Cand::point(
            j,
            end,
            TimexType::Date,
            Point::Year(dct.year()),
            self.dct_anchor(),
        );
        c.modifier = Some("END");
        c.takes_the = false;
        Some(c)
    }

    /// Phrases after "the": "the near term", "the long run", "the near future" (the future),
    /// "the nineties" (a decade), "the year two thousand" (a year said in words).
    fn the_phrase(&self, j: usize) -> Option<Cand> {
        let vocab = self.lex.vocab;
        for &(words, value) in vocab.reference_phrases {
            if words.iter().enumerate().all(|(n, w)| self.w(j + n) == *w) {
                let mut c = Cand::new(
                    j,
                    j + words.len(),
                    TimexType::Date,
                    value.into(),
                    Anchor::Absolute,
                );
                c.takes_the = true;
                return Some(c);
            }
        }
        if let Some(d) = Vocabulary::find(vocab.decade_words, self.w(j)) {
            let mut c = Cand::point(
                j,
                j + 1,
                TimexType::Date,
                Point::Decade(d),
                Anchor::Absolute,
            );
            c.takes_the = true;
            return Some(c);
        }
        if self.w(j) == "year" {
            // "the year two thousand (and five)".
            if let Some(thousands) = self.info(j + 1).and_then(|w| w.number) {
                if self.w(j + 2) == "thousand" && (1.0..=2.0).contains(&thousands) {
                    let mut y = thousands as i32 * 1000;
                    let mut end = j + 3;
                    let k = if self.w(end) == "and" { end + 1 } else { end };
                    if let Some((Some(n), e)) = self.number(k).filter(|_| !self.toks[k].digits) {
                        if (1.0..100.0).contains(&n) && n.fract() == 0.0 {
                            y += n as i32;
                            end = e;
                        }
                    }
                    let mut c =
                        Cand::point(j, end, TimexType::Date, Point::Year(y), Anchor::Absolute);
                    c.takes_the = true;
                    return Some(c);
                }
            }
            if let (Some(n), end) = self.number(j + 1)? {
                if (1000.0..=2100.0).contains(&n) && n.fract() == 0.0 && !self.toks[j + 1].digits {
                    let mut c = Cand::point(
                        j,
                        end,
                        TimexType::Date,
                        Point::Year(n as i32),
                        Anchor::Absolute,
                    );
                    c.takes_the = true;
                    return Some(c);
                }
            }
        }
        None
    }

    /// "1990s", "1960s" (a single token).
    fn decade_token(&self, j: usize) -> Option<Cand> {
        let s = self.w(j);
        let digits = s.strip_suffix('s')?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
            return None;
        }
        let y: i32 = match digits.len() {
            4 => digits.parse().ok()?,
            // "the 70s and 80s": a decade of the last century, after "the", a modifier or
            // another decade — not "in their 70s" (an age).
            2 => {
                let prev = j.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
                let after_decade = prev == "and" && j >= 2 && self.w(j - 2).ends_with("0s");
                if !(matches!(prev, "the" | "early" | "late" | "mid") || after_decade) {
                    return None;
                }
                // "in his late 40s": an age.
                let before = j.checked_sub(2).map(|p| self.w(p)).unwrap_or("");
                if prev != "the" && self.lex.vocab.possessives.contains(&before) {
                    return None;
                }
                1900 + digits.parse::<i32>().ok()?
            }
            _ => return None,
        };
        let point = if y % 100 == 0 {
            // "the 1900s" most often means the century.
            Point::Century(y)
        } else {
            Point::Decade(y)
        };
        let mut c = Cand::point(j, j + 1, TimexType::Date, point, Anchor::Absolute);
        c.takes_the = true;
        Some(c)
    }

    /// "'90s".
    fn apostrophe_decade(&self, i: usize) -> Option<Cand> {
        if !self.glued(i) {
            return None;
        }
        let s = self.w(i + 1);
        // "since '82": a year of two digits after a preposition.
        let prev = i.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
        if s.len() == 2
            && s.bytes().all(|b| b.is_ascii_digit())
            && matches!(
                prev,
                "since" | "in" | "of" | "from" | "until" | "before" | "after" | "class"
            )
        {
            let yy: i32 = s.parse().ok()?;
            let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            let mut c = Cand::point(i, i + 2, TimexType::Date, Point::Year(y), Anchor::Absolute);
            c.takes_the = false;
            return Some(c);
        }
        let digits = s.strip_suffix('s')?;
        if digits.len() != 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !digits.ends_with('0')
        {
            return None;
        }
        let yy: i32 = digits.parse().ok()?;
        let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
        let mut c = Cand::point(
            i,
            i + 2,
            TimexType::Date,
            Point::Decade(y),
            Anchor::Absolute,
        );
        c.takes_the = true;
        Some(c)
    }

    // ----- times of day --------------------------------------------------------------

    /// "15:44", "10:30 a.m.", "3 p.m.", "3pm", "noon", "0300 GMT", "10:30:15 a.m.".
    fn parse_clock(&self, j: usize) -> Option<Clock> {
        let t = self.toks.get(j)?;
        let s = &self.lower[t.start..t.end];
        if matches!(s, "noon" | "midday") {
            return Some(Clock::at(12, 0, j + 1));
        }
        if s == "midnight" {
            return Some(Clock::at(0, 0, j + 1));
        }
        if !t.digits && t.word {
            // "five o'clock", "ten in the evening": an hour said in words.
            if let Some(hour) = self.info(j).and_then(|w| w.number) {
                if hour.fract() == 0.0 && self.oclock_at(j + 1) {
                    return self.clock_of_hour(hour as u32, j + 4);
                }
                if hour.fract() == 0.0 && self.part_of_day_said_at(j + 1) {
                    return self.clock_of_hour(hour as u32, j + 1);
                }
            }
            // Glued "3pm"/"10am".
            let split = s.find(|c: char| !c.is_ascii_digit())?;
            if split == 0 || split > 2 {
                return None;
            }
            let (h, rest) = s.split_at(split);
            let h: u32 = h.parse().ok()?;
            return match rest {
                "am" | "pm" => Some(Clock {
                    meridiem: true,
                    ..Clock::at(to_24(h, rest == "pm")?, 0, j + 1)
                }),
                _ => None,
            };
        }
        let (h, hlen) = self.digits(j)?;
        let (mut hh, mut mm, mut end) = (h, 0, j + 1);
        if hlen == 4 && self.info(j + 1).is_some_and(|w| w.zone.is_some()) {
            // Military style "0300 GMT".
            return if h / 100 < 24 && h % 100 < 60 {
                Some(Clock::at(h / 100, h % 100, j + 1))
            } else {
                None
            };
        }
        if hlen > 2 {
            return None;
        }
        if self.oclock_at(j + 1) {
            return self.clock_of_hour(h, j + 4);
        }
        // "at 4 in the morning".
        if self.part_of_day_said_at(j + 1) {
            return self.clock_of_hour(h, j + 1);
        }
        let mut has_minutes = false;
        if matches!(self.raw(j + 1), ":" | ".") && self.glued(j) && self.glued(j + 1) {
            if let Some((m, 2)) = self.digits(j + 2) {
                mm = m;
                end = j + 3;
                has_minutes = true;
            }
        }
        // "10:30:15": seconds, glued on with a colon.
        let mut second = None;
        if has_minutes && self.raw(end) == ":" && self.glued(end - 1) && self.glued(end) {
            if let Some((s, 2)) = self.digits(end + 1).filter(|&(s, _)| s < 60) {
                second = Some(s);
                end += 2;
            }
        }
        // a.m. / p.m. / am / pm
        let meridiem = self.meridiem_at(end).map(|(pm, after)| {
            end = after;
            pm
        });
        if let Some(pm) = meridiem {
            hh = to_24(hh, pm)?;
        } else if !has_minutes {
            return None;
        }
        if hh > 24 || mm > 59 {
            return None;
        }
        // "9:05.00", a race time, is minutes and seconds.
        if has_minutes
            && self.raw(end) == "."
            && self.glued(end - 1)
            && self.glued(end)
            && self.toks.get(end + 1).is_some_and(|t| t.digits)
        {
            return None;
        }
        // "2.30" without a meridiem is a number, not a time, unless a zone follows ("03.00
        // UTC", "about 02.00 local time").
        if !has_minutes
            || meridiem.is_some()
            || self.raw(j + 1) == ":"
            || self.zone_of_clock(end).is_some()
        {
            Some(Clock {
                hour: hh,
                minute: mm,
                second,
                meridiem: meridiem.is_some(),
                end,
            })
        } else {
            None
        }
    }

    /// True when "o'clock" (typed or typographic apostrophe) is written from token `i`.
    fn oclock_at(&self, i: usize) -> bool {
        let (before, after) = self.lex.vocab.oclock;
        self.w(i) == before
            && self.is_apostrophe(i + 1)
            && self.w(i + 2) == after
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// True when token `k` is a preposition that can lead a time ("at", "in", "from",
    /// "until").
    fn time_preposition(&self, k: usize) -> bool {
        let w = self.w(k);
        self.lex.vocab.date_prepositions.contains(&w) || self.lex.vocab.until_words.contains(&w)
    }

    /// True when "in the morning" (afternoon, evening, night) is written from token `i`, after
    /// an hour that follows a preposition ("at 4 in the morning", not "two in the afternoon
    /// groups").
    fn part_of_day_said_at(&self, i: usize) -> bool {
        let after_preposition = || i >= 2 && self.time_preposition(i - 2);
        self.w(i) == "in"
            && self.w(i + 1) == "the"
            && Vocabulary::find(self.lex.vocab.day_parts, self.w(i + 2))
                .is_some_and(|part| matches!(part, "MO" | "AF" | "EV" | "NI"))
            && after_preposition()
    }

    /// The time of an hour said with "o'clock" or "in the morning", its words ending before
    /// token `end`: a meridiem or a part of the day may follow ("ten o'clock in the evening").
    /// Without one, one to six o'clock is taken in the afternoon, as people speak of the small
    /// hours only by naming them, twelve as noon, and seven to eleven as written.
    fn clock_of_hour(&self, hour: u32, mut end: usize) -> Option<Clock> {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let written = self.meridiem_at(end);
        let said = Vocabulary::find(self.lex.vocab.day_parts, self.w(end + 2))
            .filter(|_| self.w(end) == "in" && self.w(end + 1) == "the")
            .map(|part| (matches!(part, "AF" | "EV" | "NI"), end + 3));
        let pm = match written.or(said) {
            Some((pm, after)) => {
                end = after;
                pm
            }
            None => hour <= 6 || hour == 12,
        };
        Some(Clock {
            meridiem: written.is_some(),
            ..Clock::at(to_24(hour, pm)?, 0, end)
        })
    }

    /// A meridiem at token `end` ("a.m.", "p.m", "pm"): whether it is p.m., and the token
    /// after it.
    fn meridiem_at(&self, end: usize) -> Option<(bool, usize)> {
        let ampm = self.w(end);
        if matches!(ampm, "a" | "p") && self.raw(end + 1) == "." && self.w(end + 2) == "m" {
            let mut after = end + 3;
            if self.raw(after) == "." && self.glued(after - 1) {
                after += 1;
            }
            Some((ampm == "p", after))
        } else if matches!(ampm, "am" | "pm") {
            Some((ampm == "pm", end + 1))
        } else {
            None
        }
    }

    /// A clock time, with the zone and day that follow it: "10:35 a.m.", "08:00 UTC",
    /// "9 a.m. Tuesday", "5 p.m. EST, Nov. 9", "16:00 UTC today".
    fn clock_time(&self, j: usize) -> Option<Cand> {
        let clock = self.parse_clock(j)?;
        let mut end = clock.end;
        let zoned = self.info(end).is_some_and(|w| w.zone.is_some());
        // "finishing in 3:07:35": hours, minutes and seconds with no meridiem, zone or "at"
        // are a time taken, as race results give them, not a time of day.
        if let Some(second) = clock.second {
            if !clock.meridiem && !zoned && (j == 0 || self.w(j - 1) != "at") {
                let value = format!("PT{}H{}M{}S", clock.hour, clock.minute, second);
                return Some(Cand::new(
                    j,
                    end,
                    TimexType::Duration,
                    value,
                    Anchor::Absolute,
                ));
            }
        }
        let mut suffix = clock.suffix();
        let mut zone_tok = None;
        if let Some(zone) = self.zone_of_clock(end) {
            zone_tok = Some(end);
            if zone.utc {
                suffix.push('Z');
            }
            end = zone.end;
        }
        // A day written after the time names the time's day.
        let k = if self.raw(end) == "," { end + 1 } else { end };
        let day_after = self.day_at(k);
        let (day, anchor) = match &day_after {
            Some(c) => {
                end = c.end;
                (c.point.as_ref().and_then(Point::day), c.anchor.clone())
            }
            None => match self.day_past_aside(end) {
                Some(found) => found,
                // "6pm on Monday", "at 0710 GMT in Asian trade on Wednesday": the day is named
                // apart, later in the same phrase ("on" stays outside both).
                None => match self.day_later_in_phrase(k) {
                    Some(c) => (c.point.as_ref().and_then(Point::day), c.anchor.clone()),
                    None => self.anchor_day(j)?,
                },
            },
        };
        let mut c = time_on_day(j, end, day, suffix, anchor);
        c.zone_tok = zone_tok;
        Some(c)
    }

    /// The day named right after an aside that follows a time: "10:35 a.m. (0735 GMT)
    /// Friday", "3 p.m. local time Friday", and for the time inside the brackets "0735
    /// GMT) Friday". The day stays an expression of its own; only its date is lent.
    fn day_past_aside(&self, end: usize) -> Option<(Option<NaiveDate>, Anchor)> {
        let mut k = end;
        if self.raw(k) == "(" {
            k = (k + 1..(k + 8).min(self.toks.len())).find(|&i| self.raw(i) == ")")? + 1;
        } else if self.raw(k) == ")" {
            k += 1;
        } else if self.w(k) == "local" && self.w(k + 1) == "time" {
            k += 2;
        } else {
            return None;
        }
        if self.raw(k) == "," {
            k += 1;
        }
        // "20:04:54 (PDT) on October 30, 2007": "on" stays outside, as after a bare time.
        let c = self
            .day_at(k)
            .or_else(|| self.day_at(k + 1).filter(|_| self.w(k) == "on"))?;
        Some((c.point.as_ref().and_then(Point::day), c.anchor))
    }

    /// A day named after "on" within a few words from token `k`, before any punctuation or
    /// coordinating word ends the phrase: "on Monday", "in Asian electronic trade on
    /// Wednesday"; not the day of another clause ("at 9 a.m. and left on Friday").
    fn day_later_in_phrase(&self, k: usize) -> Option<Cand> {
        let phrase_end = (k..k + PHRASE_WORDS)
            .find(|&i| {
                !self.toks.get(i).is_some_and(|t| t.word)
                    || matches!(self.w(i), "and" | "but" | "or")
            })
            .unwrap_or(k + PHRASE_WORDS);
        let on = (k..phrase_end).find(|&i| self.w(i) == "on")?;
        self.day_at(on + 1)
    }

    /// A single day named at token `k` ("Friday", "June 3", "Tuesday evening"), as the day
    /// of a time before it.
    fn day_at(&self, k: usize) -> Option<Cand> {
        if !self.toks.get(k).is_some_and(|t| t.word) {
            return None;
        }
        // "2:30 the next day", "9 a.m. the following morning": "the" leads the day; not
        // "at 10 a.m. The next day …", a sentence of its own.
        let led_by_the = self.raw(k) == "the";
        if self.w(k) == "the" && !led_by_the {
            return None;
        }
        self.core(k, led_by_the)
            .into_iter()
            .next()
            .filter(|c| match &c.point {
                Some(Point::Day(_)) => true,
                // A day with a part of it ("TEV"), not another clock time.
                Some(Point::Time(_, part)) => !part.contains(':'),
                _ => false,
            })
    }

    /// The day a time of day without a date belongs to: the day the text last talked about,
    /// else the creation date. A recent mention always counts; one further back counts when
    /// it is a day of the story itself, within a week of the creation date ("arrested on
    /// Monday … called to the scene at 12:45 p.m." a paragraph later), even past a year the
    /// text recalled in between ("struck on October 30 … as in 1989 … aftershocks by 8:35
    /// p.m."), but not a day from history ("built since the 11 September attacks … rolled out
    /// at 2200 GMT").
    fn anchor_day(&self, j: usize) -> Option<(Option<NaiveDate>, Anchor)> {
        let of_the_story = |d: NaiveDate| {
            self.dct
                .is_some_and(|dct| (dct - d).num_days().abs() <= STORY_DAYS)
        };
        let previous = |d: NaiveDate| Anchor::Previous {
            value: d.format("%Y-%m-%d").to_string(),
        };
        if let Some((p, at)) = &self.last {
            if let Some(d) = p.day() {
                if j.saturating_sub(*at) < 30 || of_the_story(d) {
                    return Some((Some(d), Anchor::Previous { value: p.value() }));
                }
            }
        }
        if let Some(d) = self.last_day.filter(|&d| of_the_story(d)) {
            return Some((Some(d), previous(d)));
        }
        Some((self.dct, self.dct_anchor()))
    }

    // ----- weekdays and deictic days -------------------------------------------------------

    fn weekday_led(&self, j: usize) -> Option<Cand> {
        let wd = self.info(j)?.weekday?;
        // "The Sunday Times", "the Sunday Telegraph": a newspaper, not a day.
        if self.capital(j + 1) && self.lex.vocab.weekday_titles.contains(&self.w(j + 1)) {
            return None;
        }
        // "Black Monday", "Super Tuesday": one particular day with a name of its own.
        if j > 0
            && self.capital(j - 1)
            && self.lex.vocab.named_day_qualifiers.contains(&self.w(j - 1))
        {
            return None;
        }
        let mut end = j + 1;
        // "Tuesday, June 18, 2024": the explicit date wins — on one line; a weekday ending a
        // line ("… until Friday" above a dateline) is not part of the date below it.
        let k = if self.raw(end) == "," { end + 1 } else { end };
        let same_line = self
            .toks
            .get(k)
            .is_some_and(|t| !self.text[self.toks[j].end..t.start].contains('\n'));
        if same_line && self.info(k).is_some_and(|w| w.month.is_some()) {
            let v = self.month_led(k);
            if let Some(c) = v.into_iter().next() {
                if c.point.as_ref().is_some_and(|p| p.day().is_some()) || c.value.len() == 10 {
                    let mut c = c;
                    c.start = j;
                    return Some(c);
                }
            }
        }
        if let Some(v) = self.day_month(k).into_iter().next().filter(|_| same_line) {
            let mut c = v;
            c.start = j;
            return Some(c);
        }
        let tense = self.tense_near(j, end);
        let (date, anchor) = match self.dct {
            Some(dct) => {
                let cur = dct.weekday().num_days_from_monday() as i64;
                let target = wd as i64;
                // News looks back: the most recent such day, the creation day included —
                // except days the clause puts in the future ("will travel on Friday") and,
                // when the clause says nothing, the very next day ("Wednesday" in a Tuesday
                // evening article).
                let ahead = (target - cur).rem_euclid(7);
                let forward = match tense {
                    Some(Tense::Future) => true,
                    Some(Tense::Past) => false,
                    // A past verb earlier in the sentence still dates the clause back.
                    None => ahead == 1 && self.tense_earlier_in_sentence(j) != Some(Tense::Past),
                };
                let delta = if forward {
                    ahead
                } else {
                    -((cur - target).rem_euclid(7))
                };
                (add_days(dct, delta), self.dct_anchor())
            }
            None => (None, Anchor::Unresolved),
        };
        let mut kind = TimexType::Date;
        let mut suffix = None;
        if let Some(p) = self.info(end).and_then(|w| w.day_part) {
            suffix = Some(format!("T{p}"));
            kind = TimexType::Time;
            end += 1;
        }
        let (value, point) = match date {
            Some(d) => match &suffix {
                Some(s) => (
                    format!("{}{}", d.format("%Y-%m-%d"), s),
                    Some(Point::Time(d, s.clone())),
                ),
                None => (d.format("%Y-%m-%d").to_string(), Some(Point::Day(d))),
            },
            None => (
                format!("XXXX-WXX-{}{}", wd + 1, suffix.clone().unwrap_or_default()),
                None,
            ),
        };
        let mut c = Cand::new(j, end, kind, value, anchor);
        c.point = point;
        if kind == TimexType::Date {
            self.attach_time(&mut c);
        }
        Some(c)
    }

    /// "the weekend": the one the article's week ends with or, news looking back, the last
    /// one before it; the coming one when the clause looks ahead.
    fn the_weekend(&self, j: usize) -> Option<Cand> {
        let dct = self.dct?;
        let from_monday = dct.weekday().num_days_from_monday() as i64;
        let saturday = if from_monday >= 5 || self.tense_near(j, j + 2) == Some(Tense::Future) {
            add_days(dct, 5 - from_monday)?
        } else {
            add_days(dct, -(from_monday + 2))?
        };
        let iw = saturday.iso_week();
        let mut c = Cand::point(
            j,
            j + 1,
            TimexType::Date,
            Point::Weekend(iw.year(), iw.week()),
            self.dct_anchor(),
        );
        c.takes_the = true;
        Some(c)
    }

    fn deictic(&self, j: usize, offset: i64) -> Option<Cand> {
        let w = self.w(j);
        let mut end = j + 1;
        let mut suffix = if w == "tonight" {
            Some("TNI".to_string())
        } else {
            None
        };
        if suffix.is_none() {
            if let Some(p) = self.info(end).and_then(|x| x.day_part) {
                suffix = Some(format!("T{p}"));
                end += 1;
            }
        }
        let kind = if suffix.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        };
        let Some(dct) = self.dct else {
            let value = if offset == 0 {
                "PRESENT_REF".to_string()
            } else {
                "XXXX-XX-XX".to_string()
            };
            return Some(Cand::new(j, end, kind, value, Anchor::Unresolved));
        };
        let d = add_days(dct, offset)?;
        let point = match suffix {
            Some(s) => Point::Time(d, s),
            None => Point::Day(d),
        };
        Some(Cand::point(j, end, kind, point, self.dct_anchor()))
    }

    /// "now", "currently", "recently", "the past", "the future", "these days".
    fn reference(&self, j: usize, the: bool) -> Option<Cand> {
        let (value, usage) = self.info(j)?.reference?;
        let applies = match usage {
            // "current" alone is PRESENT_REF, but "the current quarter" is the quarter.
            RefUse::Alone => {
                !(self.info(j).is_some_and(|w| w.shift.is_some())
                    && (self.continues_period(j + 1) || self.fiscal_period(j + 1)))
            }
            RefUse::AfterThe => the && !self.continues_period(j + 1),
            RefUse::After(word) => j > 0 && self.w(j - 1) == word,
            RefUse::InFuture => {
                (j == 0 || self.w(j - 1) != "as")
                    && !matches!(
                        self.w(j + 1),
                        "after" | "afterwards" | "afterward" | "thereafter" | "as" | "enough"
                    )
                    && self.tense_near(j, j + 1) == Some(Tense::Future)
            }
        };
        if !applies {
            return None;
        }
        // "more recently" is one expression; "more now" or "more currently" is not.
        let start = if usage == RefUse::Alone
            && value == "PAST_REF"
            && j > 0
            && self
                .lex
                .vocab
                .reference_comparatives
                .contains(&self.w(j - 1))
        {
            j - 1
        } else {
            j
        };
        let mut c = Cand::new(
            start,
            j + 1,
            TimexType::Date,
            value.to_string(),
            Anchor::Absolute,
        );
        // "the past", "the future" take their "the"; "the current" (adjective) does not.
        c.takes_the = usage == RefUse::AfterThe;
        Some(c)
    }

    /// True when token `k` starts "fiscal year", "financial year" or "fiscal quarter".
    fn fiscal_period(&self, k: usize) -> bool {
        matches!(self.w(k), "fiscal" | "financial")
            && self
                .info(k + 1)
                .is_some_and(|w| matches!(w.unit, Some(Unit::Year | Unit::Quarter)) && !w.plural)
    }

    /// True when token `k` continues a period phrase ("the past two years", "the past year").
    fn continues_period(&self, k: usize) -> bool {
        self.info(k)
            .is_some_and(|w| w.unit.is_some() || w.number.is_some() || w.shift.is_some())
            || self.toks.get(k).is_some_and(|t| t.digits)
            || matches!(self.w(k), "several" | "few" | "many" | "couple")
    }

    // ----- shifted and anaphoric expressions -----------------------------------------------

    /// "the same period last year", "the corresponding period a year earlier", "the
    /// comparable quarter last year", with `j` at "same": the quarter the report is about, or
    /// else the period just talked about, a year before.
    fn same_period_a_year_before(&self, j: usize) -> Option<Cand> {
        let k = j + 1;
        let noun = self.w(k);
        if !matches!(noun, "period" | "time" | "months" | "quarter") {
            return None;
        }
        let end = self.year_back(k + 1)?;
        // In a report on a quarter, the same period is that quarter, whatever date the text
        // gave last ("the quarter ended Sept. 30").
        let base = match (&self.reported_quarter, &self.last) {
            (Some(q), _) => q.clone(),
            (None, Some((p, _))) if noun != "quarter" => p.clone(),
            _ => return None,
        };
        let mut c = Cand::point(
            j,
            end,
            TimexType::Date,
            base.years_later(-1)?,
            Anchor::Previous {
                value: base.value(),
            },
        );
        c.takes_the = true;
        Some(c)
    }

    fn shifted(&self, j: usize, the: bool) -> Option<Cand> {
        let w = self.w(j);
        // "this second wave": an ordinal before a noun.
        if self
            .info(j + 1)
            .is_some_and(|x| x.unit == Some(Unit::Second) && !x.plural)
            && self.toks.get(j + 2).is_some_and(|t| t.word)
        {
            return None;
        }
        // "hard times following December's tsunami": without "the", "following" is the
        // preposition, and the month is a date of its own.
        if matches!(w, "following" | "preceding") && !the {
            return None;
        }
        // "last-minute shopping", "announced it at the last minute": a manner, not a
        // minute ago.
        let at_the = j >= 2 && self.w(j - 1) == "the" && self.w(j - 2) == "at";
        if w == "last" && (!the || at_the) && self.w(j + 1) == "minute" {
            return None;
        }
        let shift = if matches!(w, "that" | "first") {
            0
        } else {
            self.info(j)?.shift?
        };
        // "last fiscal year", "this financial year", "the current fiscal quarter": the fiscal
        // period is named like the calendar one.
        let k = if self.fiscal_period(j + 1) {
            j + 2
        } else {
            j + 1
        };
        let next = self.info(k);
        // "the past two decades", "the next five years", "past 24 hours".
        if matches!(
            w,
            "past" | "last" | "next" | "coming" | "previous" | "first" | "final"
        ) {
            if let Some(mut c) = self.number_led(k, false) {
                // "expected to last five months": the verb is not part of the duration.
                let verb =
                    w == "last" && j > 0 && self.lex.vocab.verb_last_leads.contains(&self.w(j - 1));
                if c.kind == TimexType::Duration && verb {
                    c.takes_the = false;
                    return Some(c);
                }
                if c.kind == TimexType::Duration {
                    c.start = j;
                    c.takes_the = true;
                    return Some(c);
                }
            }
            if let Some(c) = self.bare_plural_unit_at(k, j) {
                return Some(c);
            }
        }
        // "the same period last year", "the same time a year earlier".
        if w == "same" {
            if let Some(c) = self.same_period_a_year_before(j) {
                return Some(c);
            }
        }
        let next = next?;
        // Anaphoric: "the next day", "the following year", "the same day", "that week".
        if let Some(unit) = next.unit {
            if next.plural {
                return None;
            }
            // One unit of time ending or starting now, a duration:
            // - "The past year" or "the last month" ends now: "two million jobs were created
            //   in the past year" means the last twelve months, and placing it in the
            //   previous calendar year would misdate it on the timeline. ("The last quarter"
            //   is the reporting period before this one, below.)
            // - "Over the next decade", "the coming century": the ten (hundred) years from
            //   now or from the date before, not the calendar decade after this one (in 2013
            //   "the next decade" runs to 2023, not through the 2020s).
            let ending_now = matches!(w, "past" | "last") && unit != Unit::Quarter;
            let long_span_ahead = matches!(w, "next" | "coming" | "following")
                && matches!(unit, Unit::Decade | Unit::Century | Unit::Fortnight);
            if the && (ending_now || long_span_ahead) {
                let mut c = Cand::new(
                    j,
                    k + 1,
                    TimexType::Duration,
                    duration_value(1.0, unit),
                    Anchor::Absolute,
                );
                c.takes_the = true;
                return Some(c);
            }
            let anaphoric = matches!(w, "following" | "same" | "that" | "preceding")
                || (the && matches!(w, "next" | "previous"));
            if anaphoric {
                let (base, anchor) = match &self.last {
                    Some((p, _)) => (p.clone(), Anchor::Previous { value: p.value() }),
                    None => (Point::Day(self.dct?), self.dct_anchor()),
                };
                // "the 1980s … during the same week": a decade or century names no one
                // week, month or year to stay in.
                let coarse_base = matches!(base, Point::Decade(_) | Point::Century(_))
                    && !matches!(unit, Unit::Decade | Unit::Century);
                if coarse_base {
                    // "the next year" after one is the article's next year (other rules).
                    if shift != 0 {
                        return None;
                    }
                    let mut c = open_period(j, k + 1, unit);
                    c.takes_the = true;
                    return Some(c);
                }
                let mut point = shift_point(&base, unit, shift)?;
                let mut anchor = anchor;
                // "an answer within the next month", after "out of contract in the summer":
                // a date still to come and too coarse to count a month from; the next
                // month is the one after the article's. (After a past "February 1974", "the
                // following day" stays in that February.)
                let to_come = |dct: NaiveDate| {
                    super::value::interval(&base.value()).is_some_and(|period| period.end > dct)
                };
                if shift != 0 && point == base && !matches!(base, Point::Day(_)) {
                    if let Some(dct) = self.dct.filter(|d| to_come(*d)) {
                        point = shift_point(&Point::Day(dct), unit, shift)?;
                        anchor = self.dct_anchor();
                    }
                }
                // "the same month a year ago": that month, a year before.
                if w == "same" {
                    if let Some(end) = self.year_back(k + 1) {
                        let point = point.years_later(-1)?;
                        let mut c = Cand::point(j, end, TimexType::Date, point, anchor);
                        c.takes_the = true;
                        return Some(c);
                    }
                }
                let mut c = Cand::point(j, k + 1, TimexType::Date, point, anchor);
                c.takes_the = true;
                return Some(c);
            }
            // "the last quarter": the quarter before this one, the reporting period the
            // article is about ("profits during the last quarter, which ended December 30").
            if the && matches!(w, "past" | "last") && unit == Unit::Quarter {
                let mut c = match self.dct {
                    Some(dct) => Cand::point(
                        j,
                        k + 1,
                        TimexType::Date,
                        shift_point(&Point::Day(dct), unit, -1)?,
                        self.dct_anchor(),
                    ),
                    None => open_period(j, k + 1, unit),
                };
                c.takes_the = true;
                return Some(c);
            }
            if matches!(w, "current" | "past") && !the {
                return None;
            }
            // "its first weekend", "the first week of release": counted from a start the
            // text gives (a film's opening, a term of office), not the article's own week.
            let day_to_year = matches!(
                unit,
                Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Year
            );
            if w == "first" && day_to_year {
                // "its twenty-first year": the ordinal is longer than "first".
                if j > 0 && self.glued(j - 1) && self.is_dash(j - 1) {
                    return None;
                }
                let mut c = open_period(j, k + 1, unit);
                c.takes_the = the;
                return Some(c);
            }
            let dct = self.dct;
            let Some(dct) = dct else {
                return Some(open_period(j, k + 1, unit));
            };
            // "took place … this weekend" in a Wednesday article: the weekend just gone. Only
            // early in the week, in a simple past clause, and not "this weekend's race" (a
            // weekend ahead, named before its event).
            let weekend_gone = unit == Unit::Weekend
                && shift == 0
                && w == "this"
                && dct.weekday().num_days_from_monday() <= 2
                && !self.is_apostrophe(k + 1)
                && self.tense_near(j, k + 1) == Some(Tense::Past)
                && !self.perfect_before(j);
            let shift = if weekend_gone { -1 } else { shift };
            let point = shift_point(&Point::Day(dct), unit, shift)?;
            // "the current quarter" takes its "the".
            let mut c = Cand::point(j, k + 1, TimexType::Date, point, self.dct_anchor());
            c.takes_the = the;
            return Some(c);
        }
        // "that night", "the next morning", "the following evening": a part of the day the
        // text is talking about, or of the day after it.
        if let Some(part) = next.day_part {
            let anaphoric = matches!(w, "that" | "following") || (the && w == "next");
            if let (true, Some(day)) = (anaphoric, self.last_day) {
                let offset = if w == "that" { 0 } else { 1 };
                let mut c = Cand::point(
                    j,
                    k + 1,
                    TimexType::Time,
                    Point::Time(add_days(day, offset)?, format!("T{part}")),
                    Anchor::Previous {
                        value: Point::Day(day).value(),
                    },
                );
                c.takes_the = the;
                return Some(c);
            }
        }
        if matches!(w, "that" | "first") {
            return None;
        }
        // "last night", "this morning".
        if let Some(part) = next.day_part {
            let dct = self.dct?;
            let offset = if w == "last" && part == "NI" {
                -1
            } else if shift == 0 {
                0
            } else {
                return None;
            };
            let d = add_days(dct, offset)?;
            return Some(Cand::point(
                j,
                k + 1,
                TimexType::Time,
                Point::Time(d, format!("T{part}")),
                self.dct_anchor(),
            ));
        }
        // "last September", "next March".
        if let Some(m) = next.month {
            if !self.capital(k) {
                return None;
            }
            let Some(dct) = self.dct else {
                return Some(Cand::new(
                    j,
                    k + 1,
                    TimexType::Date,
                    format!("XXXX-{m:02}"),
                    Anchor::Unresolved,
                ));
            };
            // "They met in May 2019. The following June …": the first such month after the
            // date talked about.
            let after_last = match (&self.last, w) {
                (Some((p, _)), "following") if the => {
                    let value = p.value();
                    super::value::interval(&value).map(|period| (period.start, value))
                }
                _ => None,
            };
            if let Some((from, value)) = after_last {
                let y = if m > from.month() {
                    from.year()
                } else {
                    from.year() + 1
                };
                let mut c = Cand::point(
                    j,
                    k + 1,
                    TimexType::Date,
                    Point::Month(y, m),
                    Anchor::Previous { value },
                );
                c.takes_the = true;
                return Some(c);
            }
            let (y, cur) = (dct.year(), dct.month());
            let year = match shift {
                s if s < 0 => {
                    if m < cur {
                        y
                    } else {
                        y - 1
                    }
                }
                s if s > 0 => {
                    if m > cur {
                        y
                    } else {
                        y + 1
                    }
                }
                _ => y,
            };
            // "last Oct. 23": the day itself, in the last year it has come round.
            if let Some((_, after_month)) = self.month_name(k, false) {
                if let Some((day, end)) = self.day_number(after_month) {
                    let on = |y: i32| NaiveDate::from_ymd_opt(y, m, day);
                    let date = match shift {
                        s if s < 0 => on(y).filter(|d| *d < dct).or_else(|| on(y - 1)),
                        s if s > 0 => on(y).filter(|d| *d > dct).or_else(|| on(y + 1)),
                        _ => on(y),
                    };
                    if let Some(d) = date {
                        return Some(Cand::point(
                            j,
                            end,
                            TimexType::Date,
                            Point::Day(d),
                            self.dct_anchor(),
                        ));
                    }
                }
            }
            return Some(Cand::point(
                j,
                k + 1,
                TimexType::Date,
                Point::Month(year, m),
                self.dct_anchor(),
            ));
        }
        // "last Tuesday", "next Friday".
        if let Some(wd) = next.weekday {
            if !self.capital(k) {
                return None;
            }
            let Some(dct) = self.dct else {
                return Some(Cand::new(
                    j,
                    k + 1,
                    TimexType::Date,
                    format!("XXXX-WXX-{}", wd + 1),
                    Anchor::Unresolved,
                ));
            };
            // "the previous Friday", "the following Monday": counted from the day the text
            // is talking about, when it named one.
            let (base, anchor) = match self.last_day {
                Some(day) if the && matches!(w, "previous" | "following" | "next" | "prior") => (
                    day,
                    Anchor::Previous {
                        value: Point::Day(day).value(),
                    },
                ),
                _ => (dct, self.dct_anchor()),
            };
            let cur = base.weekday().num_days_from_monday() as i64;
            let t = wd as i64;
            let delta = match shift {
                s if s < 0 => {
                    let back = (cur - t).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                }
                s if s > 0 => {
                    let fwd = (t - cur).rem_euclid(7);
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                _ => t - cur,
            };
            let day = add_days(base, delta)?;
            // "the next Tuesday night": the part of that day.
            let mut c = match self.info(k + 1).and_then(|w| w.day_part) {
                Some(part) => Cand::point(
                    j,
                    k + 2,
                    TimexType::Time,
                    Point::Time(day, format!("T{part}")),
                    anchor,
                ),
                None => Cand::point(j, k + 1, TimexType::Date, Point::Day(day), anchor),
            };
            c.takes_the = the;
            return Some(c);
        }
        // "last summer", "this spring".
        if let Some(s) = next.season {
            let dct = self.dct?;
            let y = dct.year() + shift;
            return Some(Cand::point(
                j,
                k + 1,
                TimexType::Date,
                Point::Season(y, s),
                self.dct_anchor(),
            ));
        }
        None
    }

    // ----- durations and counted periods -----------------------------------------------------

    /// A number at `j`: digits, decimals, number words, "twenty-four", vague quantifiers.
    /// Returns (value, index after); `None` value for vague amounts ("several").
    fn number(&self, j: usize) -> Option<(Option<f64>, usize)> {
        let t = self.toks.get(j)?;
        if t.digits {
            // The "100" of "1,100" is part of the number before it.
            if j >= 2
                && self.raw(j - 1) == ","
                && self.glued(j - 1)
                && self.glued(j - 2)
                && self.toks[j - 2].digits
            {
                return None;
            }
            let (mut n, len) = self.digits(j)?;
            let mut end = j + 1;
            // "1,100 years", "10,000 years": thousands grouped with commas.
            if len <= 3 {
                while self.raw(end) == "," && self.glued(end - 1) && self.glued(end) {
                    let Some((group, 3)) = self.digits(end + 1) else {
                        break;
                    };
                    n = n.checked_mul(1000)?.checked_add(group)?;
                    end += 2;
                }
            }
            let grouped = end > j + 1;
            let mut v = n as f64;
            // "2 1/2 years".
            if let (Some((a, _)), Some((b, _))) = (self.digits(j + 1), self.digits(j + 3)) {
                if !grouped
                    && !self.glued(j)
                    && self.raw(j + 2) == "/"
                    && self.glued(j + 1)
                    && self.glued(j + 2)
                    && a < b
                    && b <= 10
                {
                    return Some((Some(v + a as f64 / b as f64), j + 4));
                }
            }
            if !grouped && len <= 3 && self.raw(j + 1) == "." && self.glued(j) && self.glued(j + 1)
            {
                if let Some(frac) = self.toks.get(j + 2).filter(|t| t.digits) {
                    let s = format!("{}.{}", n, &self.text[frac.start..frac.end]);
                    v = s.parse().ok()?;
                    end = j + 3;
                }
            }
            return Some((Some(v), end));
        }
        let w = self.w(j);
        match w {
            "several" | "few" | "many" | "some" | "numerous" => return Some((None, j + 1)),
            "couple" if self.w(j + 1) == "of" => return Some((Some(2.0), j + 2)),
            "a" | "an" => {
                return match self.w(j + 1) {
                    "few" => Some((None, j + 2)),
                    "couple" if self.w(j + 2) == "of" => Some((Some(2.0), j + 3)),
                    "half" => Some((Some(0.5), j + 2)),
                    _ => Some((Some(1.0), j + 1)),
                }
            }
            "half" if matches!(self.w(j + 1), "a" | "an") => return Some((Some(0.5), j + 2)),
            _ => {}
        }
        let n = self.info(j)?.number?;
        let mut end = j + 1;
        let mut v = n;
        // "twenty-four", "twenty four".
        if (20.0..100.0).contains(&n) {
            let k = if self.is_dash(end) && self.glued(j) {
                end + 1
            } else {
                end
            };
            if let Some(u) = self.info(k).and_then(|w| w.number) {
                if (1.0..10.0).contains(&u) && self.w(k) != "a" && self.w(k) != "an" {
                    v += u;
                    end = k + 1;
                }
            }
        }
        if self.w(end) == "hundred" {
            v *= 100.0;
            end += 1;
        }
        // "two and a half years", "two-and-a-half years".
        if self.w(end) == "and"
            && matches!(self.w(end + 1), "a" | "an")
            && self.w(end + 2) == "half"
            && self.info(end + 3).is_some_and(|w| w.unit.is_some())
        {
            v += 0.5;
            end += 3;
        } else if self.is_dash(end)
            && self.w(end + 1) == "and"
            && self.is_dash(end + 2)
            && matches!(self.w(end + 3), "a" | "an")
            && self.is_dash(end + 4)
            && self.w(end + 5) == "half"
            && self.info(end + 6).is_some_and(|w| w.unit.is_some())
        {
            v += 0.5;
            end += 6;
        }
        Some((Some(v), end))
    }

    /// Durations and counted periods: "24 years", "two-day", "a year ago", "three days later",
    /// "every two weeks" (see [`Self::set_expr`]).
    fn number_led(&self, j: usize, the: bool) -> Option<Cand> {
        let (n, mut k) = self.number(j)?;
        if let Some(c) = self.coordinated_count(j, n, k) {
            return Some(c);
        }
        let hyphen = self.is_dash(k) && self.glued(k - 1);
        if hyphen {
            k += 1;
        }
        // "two more weeks", "six straight days", "eight trading days": a word between the
        // count and the unit that keeps it a count of that unit.
        if !hyphen
            && self.lex.vocab.count_adjectives.contains(&self.w(k))
            && self.info(k + 1).is_some_and(|w| w.unit.is_some())
        {
            k += 1;
        }
        let info = self.info(k)?;
        let unit = info.unit?;
        // "indignation in many quarters": among people, not a time.
        if unit == Unit::Quarter && n.is_none() && j > 0 && self.w(j - 1) == "in" {
            return None;
        }
        // Singular units need a count of one or a hyphenated adjective ("two-day visit");
        // transcripts drop the hyphen ("a two day rally"): a small count written as a word,
        // then the unit, then a noun.
        // In digits only after an article: "a 20 year low" (an article cannot count twenty
        // of them), but "won 3 day passes".
        let article_before = j > 0 && matches!(self.w(j - 1), "a" | "an" | "the");
        let unhyphenated_adjective = !info.plural
            && !hyphen
            && (!self.toks[j].digits || article_before)
            && n.is_some_and(|v| (2.0..100.0).contains(&v) && v.fract() == 0.0)
            && self.toks.get(k + 1).is_some_and(|t| t.word && !t.digits)
            && self.info(k + 1).is_none()
            && !matches!(
                self.w(k + 1),
                "and" | "or" | "of" | "to" | "ago" | "earlier" | "later"
            );
        if !info.plural && !hyphen && n != Some(1.0) && n != Some(0.5) && !unhyphenated_adjective {
            return None;
        }
        if info.plural && n == Some(1.0) && matches!(self.w(j), "a" | "an") {
            return None;
        }
        // "a year-earlier loss": the article is the loss's; "year-earlier" is the date.
        if !hyphen && matches!(self.w(j), "a" | "an") && self.year_ago_adjective(k).is_some() {
            return None;
        }
        // Fractions and ordinals that look like periods: "a quarter of its dealers",
        // "three-quarters", "a second A380", "a second time".
        if unit == Unit::Quarter && (matches!(self.w(j), "a" | "an") || (hyphen && info.plural)) {
            return None;
        }
        // "a second term", "a second \"Nipple-gate\"": an ordinal before a noun.
        let quoted_noun = matches!(self.raw(k + 1), "\"" | "'" | "“" | "‘")
            && self.toks.get(k + 2).is_some_and(|t| t.word);
        if unit == Unit::Second
            && matches!(self.w(j), "a" | "an" | "one")
            && (quoted_noun
                || (self.toks.get(k + 1).is_some_and(|t| t.word)
                    && !matches!(self.w(k + 1), "ago" | "later" | "earlier" | "or" | "and")))
        {
            return None;
        }
        // Ages ("71-year-old", "17-year-olds", "52 years old", "a 33-year old", "a 19 year
        // old") are not periods of time in the story.
        if (self.is_dash(k + 1) && matches!(self.w(k + 2), "old" | "olds"))
            || matches!(self.w(k + 1), "old" | "olds")
        {
            return None;
        }
        let mut end = k + 1;
        let mut value = n;
        if self.w(end) == "and"
            && matches!(self.w(end + 1), "a" | "an")
            && self.w(end + 2) == "half"
        {
            value = value.map(|v| v + 0.5);
            end += 3;
        }
        // "a day" after "once"/"twice"/"times"/"per" is a recurrence.
        if j > 0
            && matches!(self.w(j), "a" | "an")
            && matches!(self.w(j - 1), "once" | "twice" | "times" | "thrice")
        {
            return Some(Cand::new(
                j,
                end,
                TimexType::Set,
                duration_value(1.0, unit),
                Anchor::Absolute,
            ));
        }
        // "$33 million a year", "25% a year", "fifty thousand CDs a year": a rate, so a
        // recurrence ("a year ago" and "a year earlier" are not rates).
        let relative = |w: &str| {
            let vocab = self.lex.vocab;
            vocab.ago_words.contains(&w)
                || vocab.earlier_words.contains(&w)
                || vocab.later_words.contains(&w)
        };
        if j > 0
            && matches!(self.w(j), "a" | "an")
            && !hyphen
            && !relative(self.w(end))
            && self.w(end) != "or"
            && self.amount_before(j)
        {
            return Some(Cand::new(
                j,
                end,
                TimexType::Set,
                duration_value(1.0, unit),
                Anchor::Absolute,
            ));
        }
        // "24 years ago", "two days later"; "a week or so ago" is about a week ago.
        let or_so = self.w(end) == "or" && self.w(end + 1) == "so";
        if or_so && relative(self.w(end + 2)) {
            end += 2;
        }
        let after = self.w(end);
        let vocab = self.lex.vocab;
        let ago = vocab.ago_words.contains(&after);
        let earlier = vocab.earlier_words.contains(&after);
        let later = vocab.later_words.contains(&after);
        // "a month earlier than usual", "a week later than planned": a comparison, so the
        // duration alone.
        let compared = (earlier || later) && vocab.comparison_words.contains(&self.w(end + 1));
        // "for over a fortnight earlier this month": "earlier" goes with "this month".
        let leads_next = (earlier || later)
            && ((matches!(self.w(end + 1), "this" | "last" | "next" | "that" | "in")
                && self
                    .info(end + 2)
                    .is_some_and(|w| w.unit.is_some() || w.month.is_some()))
                || (self.w(end + 1) == "in" && self.w(end + 2) == "the"));
        let compared = compared || leads_next;
        if (ago || earlier || later) && !hyphen && !compared {
            // "a few years ago", "several months ago": some time before now.
            if value.is_none() && ago {
                let mut c = Cand::new(
                    j,
                    end + 1,
                    TimexType::Date,
                    "PAST_REF".into(),
                    Anchor::Absolute,
                );
                c.takes_the = false;
                return Some(c);
            }
            let count = value?;
            if count.fract() != 0.0 {
                return None;
            }
            let count = count as i32;
            let (base, anchor) = match (&self.reported_quarter, &self.last) {
                (Some(q), _) if count == 1 && unit == Unit::Year && !later => {
                    (q.clone(), Anchor::Previous { value: q.value() })
                }
                _ if ago => (Point::Day(self.dct?), self.dct_anchor()),
                (_, Some((p, _))) => (p.clone(), Anchor::Previous { value: p.value() }),
                (_, None) => (Point::Day(self.dct?), self.dct_anchor()),
            };
            let sign = if later { 1 } else { -1 };
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                let counted = ClockCount {
                    count,
                    unit,
                    sign,
                    ago,
                };
                return Some(self.clock_offset(j, end, counted, &base, anchor));
            }
            let point = match (&base, unit) {
                // The year-ago quarter keeps its quarter.
                (Point::Quarter(y, q), Unit::Year) => Point::Quarter(y + sign * count, *q),
                // "a decade ago" in 1999 is 1989, not the whole 1980s.
                (_, Unit::Decade) => shift_point(&base, Unit::Year, sign * 10 * count)?,
                _ => shift_point(&base, unit, sign * count)?,
            };
            let mut c = Cand::point(j, end + 1, TimexType::Date, point, anchor);
            c.takes_the = false;
            return Some(c);
        }
        let v = match value {
            Some(v) => duration_value(v, unit),
            None => duration_x(unit),
        };
        let mut c = Cand::new(j, end, TimexType::Duration, v, Anchor::Absolute);
        c.takes_the = !hyphen && !unhyphenated_adjective;
        let _ = the;
        Some(c)
    }

    /// "two hours later", "six minutes earlier", "24 hours ago" (tokens `j..end`, the
    /// relative word at `end`): a time counted in hours, minutes or seconds from `base` (the
    /// creation day for "ago", else the time the text last talked about).
    ///
    /// From a clock time the result is that clock time moved ("at 10:15 p.m. … two hours
    /// later" is 00:15 the next day); from a day or a part of a day it is a time of that day
    /// whose clock time is unknown (`TXX:XX`), or, a whole day or more away, the day itself
    /// ("just over 24 hours ago" is yesterday). With no day to count from it stays the
    /// duration alone, "later" outside, as TimeBank tags it.
    fn clock_offset(
        &self,
        j: usize,
        end: usize,
        counted: ClockCount,
        base: &Point,
        anchor: Anchor,
    ) -> Cand {
        let ClockCount {
            count,
            unit,
            sign,
            ago,
        } = counted;
        let seconds: i64 = i64::from(count)
            * match unit {
                Unit::Hour => 3600,
                Unit::Minute => 60,
                _ => 1,
            };
        let whole_days = seconds / 86_400;
        let moved = base.day().and_then(|day| {
            let clock = match base {
                Point::Time(_, suffix) => clock_of_suffix(suffix),
                _ => None,
            };
            let (kind, point) = if let Some(start) = clock.filter(|_| !ago) {
                // Checked: "4,000,000,000 hours later" must not panic past chrono's range.
                let at = day
                    .and_time(start)
                    .checked_add_signed(chrono::Duration::try_seconds(
                        i64::from(sign) * seconds,
                    )?)?;
                let suffix = at.format("T%H:%M").to_string();
                (TimexType::Time, Point::Time(at.date(), suffix))
            } else if whole_days > 0 || ago {
                (
                    TimexType::Date,
                    Point::Day(add_days(day, i64::from(sign) * whole_days)?),
                )
            } else {
                (TimexType::Time, Point::Time(day, "TXX:XX".into()))
            };
            let mut c = Cand::point(j, end + 1, kind, point, anchor);
            // "the" before the count is not part of "two hours later".
            c.takes_the = false;
            Some(c)
        });
        moved.unwrap_or_else(|| {
            Cand::new(
                j,
                end,
                TimexType::Duration,
                duration_value(f64::from(count), unit),
                Anchor::Absolute,
            )
        })
    }

    /// "from early morning", "until the early evening", "in the late afternoon" (`i` at the
    /// start, "the" or "early"/"late" at `j`): that part of the day the story is on, with
    /// START or END. Only after a preposition and before the phrase ends, so "an early
    /// morning raid" and "early morning cartoon shows" (a kind of thing) stay untagged.
    fn early_part_of_day(&self, i: usize, j: usize) -> Option<Cand> {
        let modifier = match self.info(j).and_then(|w| w.modifier) {
            Some(m @ ("START" | "END")) => m,
            _ => return None,
        };
        let part = self.info(j + 1).and_then(|w| w.day_part)?;
        if self.glued(j) || !(i > 0 && self.time_preposition(i - 1)) {
            return None;
        }
        let vocab = self.lex.vocab;
        let next_is_word = self
            .toks
            .get(j + 2)
            .is_some_and(|t| t.word && !vocab.clause_conjunctions.contains(&self.w(j + 2)));
        if next_is_word && !matches!(self.w(j + 2), "of" | "on" | "hours") {
            return None;
        }
        let (day, anchor) = self.anchor_day(i)?;
        let mut c = time_on_day(i, j + 2, day, format!("T{part}"), anchor);
        c.modifier = Some(modifier);
        Some(c)
    }

    /// "between 12 and 18 months", "two or three days": the first count shares the unit
    /// after the second and is a duration of its own (TimeML tags the two apart). Not when
    /// the pair dates something ("two or three days ago" is one expression).
    fn coordinated_count(&self, j: usize, n: Option<f64>, k: usize) -> Option<Cand> {
        let count = n.filter(|v| v.fract() == 0.0 && (1.0..1000.0).contains(v))?;
        if !matches!(self.w(k), "and" | "or" | "to")
            || self.info(k).is_some_and(|w| w.unit.is_some())
            || !(self.toks[j].digits || self.info(j).is_some_and(|w| w.number.is_some()))
            || matches!(self.w(j), "a" | "an")
        {
            return None;
        }
        // "the last four or five years", "every two or three years": the pair is inside one
        // expression.
        if j > 0
            && (self.w(j - 1) == "the"
                || self
                    .info(j - 1)
                    .is_some_and(|w| w.shift.is_some() || w.set.is_some())
                || matches!(self.w(j - 1), "every" | "each" | "past" | "coming"))
        {
            return None;
        }
        let (second, unit_at) = self.number(k + 1)?;
        second.filter(|v| *v > count)?;
        let info = self.info(unit_at)?;
        let unit = info.unit?;
        let after = self.w(unit_at + 1);
        let vocab = self.lex.vocab;
        if !info.plural
            || unit == Unit::Weekend
            || vocab.ago_words.contains(&after)
            || vocab.earlier_words.contains(&after)
            || vocab.later_words.contains(&after)
        {
            return None;
        }
        let mut c = Cand::new(
            j,
            k,
            TimexType::Duration,
            duration_value(count, unit),
            Anchor::Absolute,
        );
        c.takes_the = false;
        Some(c)
    }

    /// "years", "decades" after "for", "recent", "over" ("for years", "in recent decades").
    fn bare_plural_unit(&self, j: usize) -> Option<Cand> {
        if self.w(j) == "recent" {
            return self.bare_plural_unit_at(j + 1, j);
        }
        // Most words are no unit: skip the scan of the leading words for them.
        if !self.info(j).is_some_and(|w| w.plural && w.unit.is_some()) {
            return None;
        }
        let prev = if j > 0 { self.w(j - 1) } else { "" };
        if self.lex.vocab.bare_plural_leads.contains(&prev) {
            return self.bare_plural_unit_at(j, j);
        }
        None
    }

    fn bare_plural_unit_at(&self, k: usize, start: usize) -> Option<Cand> {
        let info = self.info(k)?;
        let unit = info.unit?;
        if !info.plural || matches!(unit, Unit::Second | Unit::Minute) {
            return None;
        }
        let mut c = Cand::new(
            start,
            k + 1,
            TimexType::Duration,
            duration_x(unit),
            Anchor::Absolute,
        );
        c.takes_the = true;
        Some(c)
    }

    /// "every year", "each week", "every two years", "daily".
    fn set_expr(&self, j: usize) -> Option<Cand> {
        let w = self.w(j);
        if let Some(v) = self.info(j).and_then(|x| x.set) {
            // "the Communist Party daily Granma", "the Daily Mail": a newspaper's name.
            if self.lex.vocab.newspaper_set_words.contains(&w)
                && self.capital(j + 1)
                && self
                    .info(j + 1)
                    .is_none_or(|n| n.month.is_none() && n.weekday.is_none())
            {
                return None;
            }
            return Some(Cand::new(
                j,
                j + 1,
                TimexType::Set,
                v.to_string(),
                Anchor::Absolute,
            ));
        }
        if !matches!(w, "every" | "each" | "per") {
            return None;
        }
        let mut k = j + 1;
        let mut n = 1.0;
        if let Some((Some(v), e)) = self.number(k) {
            if self.info(e).is_some_and(|x| x.unit.is_some()) {
                n = v;
                k = e;
            }
        }
        let info = self.info(k)?;
        let set = |end: usize, value: String| {
            Some(Cand::new(j, end, TimexType::Set, value, Anchor::Absolute))
        };
        if let Some(wd) = info.weekday {
            // "every Sunday morning": that part of each such day.
            if let Some(part) = self.info(k + 1).and_then(|x| x.day_part) {
                return set(k + 2, format!("XXXX-WXX-{}T{part}", wd + 1));
            }
            return set(k + 1, format!("XXXX-WXX-{}", wd + 1));
        }
        // "every morning", "each spring": a part of each day, a season of each year.
        if n == 1.0 && k == j + 1 {
            if let Some(part) = info.day_part {
                return set(k + 1, format!("XXXX-XX-XXT{part}"));
            }
            if let Some(season) = info.season {
                return set(k + 1, format!("XXXX-{season}"));
            }
        }
        let unit = info.unit?;
        if info.plural != (n != 1.0) {
            return None;
        }
        set(k + 1, duration_value(n, unit))
    }

    // ----- quarters, halves, centuries, seasons, holidays ----------------------------------------

    /// "the third quarter", "the first half of 2019", "third-quarter", "the 20th century".
    fn ordinal_period(&self, j: usize, the: bool) -> Option<Cand> {
        self.ordinal_period_of(j, the, false)
    }

    /// [`Self::ordinal_period`]; `year_before`: the year stands before it ("next year's first
    /// half", "the 1988 second half").
    fn ordinal_period_of(&self, j: usize, the: bool, year_before: bool) -> Option<Cand> {
        let t = self.toks.get(j)?;
        let s = self.w(j);
        // "the final quarter of 2009", "the last half of 1989": the last one of a year named.
        let last_of_year = matches!(s, "final" | "last")
            && self.w(j + 2) == "of"
            && matches!(self.digits(j + 3), Some((_, 4)));
        let n = match self.info(j).and_then(|w| w.ordinal) {
            Some(n) => n,
            None if last_of_year => match self.w(j + 1) {
                "quarter" => 4,
                "half" => 2,
                _ => return None,
            },
            None => {
                if t.digits {
                    return None;
                }
                written_ordinal(s)?
            }
        };
        let mut k = j + 1;
        let hyphen = self.is_dash(k) && self.glued(j);
        if hyphen {
            k += 1;
        }
        let unit_word = self.w(k);
        let shifted_year = |at: usize| {
            let shift = self.info(at).and_then(|w| w.shift)?;
            if self.w(at + 1) != "year" || !matches!(self.w(at), "this" | "last" | "next") {
                return None;
            }
            Some(self.dct?.year() + shift)
        };
        let (of_year, end) = match self.w(k + 1) {
            "of" | "," => match self.digits(k + 2) {
                Some((y, 4)) => (Some(y as i32), k + 3),
                // "the first quarter of last year".
                _ => match shifted_year(k + 2) {
                    Some(y) if self.w(k + 1) == "of" => (Some(y), k + 4),
                    _ => (None, k + 1),
                },
            },
            _ => match self.digits(k + 1) {
                Some((y, 4)) if (1900..=2100).contains(&y) => (Some(y as i32), k + 2),
                _ => (None, k + 1),
            },
        };
        let dct = self.dct;
        let point = match unit_word {
            "quarter" if (1..=4).contains(&n) => {
                let y = match of_year {
                    Some(y) => y,
                    None => {
                        let d = dct?;
                        let cur = (d.month() - 1) / 3 + 1;
                        // The next quarter is the coming one ("in the fourth quarter" in
                        // August); other later ones are last year's, unless the clause looks
                        // ahead.
                        if n > cur
                            && n != cur + 1
                            && self.tense_near(j, k + 1) != Some(Tense::Future)
                        {
                            d.year() - 1
                        } else {
                            d.year()
                        }
                    }
                };
                Point::Quarter(y, n)
            }
            "half" if (1..=2).contains(&n) => {
                // A half stands for part of a year only with the year said: "the first half
                // of 1989", "of the year"; alone it is mostly a match's or a story's ("scored
                // in the second half"), and TimeBank leaves it untagged ("pretax profit for
                // the first half").
                let of_the_year = self.w(k + 1) == "of"
                    && (self.w(k + 2) == "the"
                        || self.lex.vocab.possessives.contains(&self.w(k + 2)))
                    && {
                        let mut y = k + 3;
                        while matches!(self.w(y), "current" | "fiscal" | "financial") {
                            y += 1;
                        }
                        self.info(y)
                            .is_some_and(|w| w.unit == Some(Unit::Year) && !w.plural)
                    };
                let y = match of_year {
                    Some(y) => y,
                    None if !of_the_year && !year_before => return None,
                    None => {
                        let d = dct?;
                        let cur = if d.month() <= 6 { 1 } else { 2 };
                        if n > cur {
                            d.year() - 1
                        } else {
                            d.year()
                        }
                    }
                };
                Point::Half(y, n)
            }
            // Not "20th Century Fox", "21st Century Insurance": a name goes on in capitals.
            "century"
                if (1..=30).contains(&n)
                    && of_year.is_none()
                    && !(self.capital(k)
                        && self.capital(k + 1)
                        && !self.after_sentence_break(k + 1)) =>
            {
                Point::Century((n as i32 - 1) * 100)
            }
            _ => return None,
        };
        let end = if matches!(point, Point::Century(_)) {
            k + 1
        } else {
            end
        };
        let anchor = if of_year.is_some() || matches!(point, Point::Century(_)) {
            Anchor::Absolute
        } else {
            self.dct_anchor()
        };
        let _ = the;
        let mut c = Cand::point(j, end, TimexType::Date, point, anchor);
        c.takes_the = !hyphen;
        Some(c)
    }

    /// "the second day", "the 99th day", "the final day" (of a trial, a festival, an
    /// offensive): one day of an event the text tells. It is the creation day when the clause
    /// says so ("today is the eighth day", "it's the second day"), else an unknown day of the
    /// month the text is in, as TimeBank gives it ("1999-01-XX").
    fn nth_day(&self, j: usize, the: bool) -> Option<Cand> {
        if !the || j < 1 || self.w(j + 1) != "day" {
            return None;
        }
        let s = self.w(j);
        let ordinal = self.info(j).is_some_and(|w| w.ordinal.is_some())
            || written_ordinal(s).is_some()
            || self.lex.vocab.final_words.contains(&s);
        if !ordinal {
            return None;
        }
        // "is the second day", "it's the second day": the word before "the" (at j - 1).
        let before = j.checked_sub(2).map(|k| self.w(k));
        let today = before.is_some_and(|w| self.lex.vocab.present_be.contains(&w));
        let (value, anchor) = if today {
            let d = self.dct?;
            (d.format("%Y-%m-%d").to_string(), self.dct_anchor())
        } else {
            match self.last_day.or(self.dct) {
                Some(d) => (d.format("%Y-%m-XX").to_string(), self.dct_anchor()),
                None => ("XXXX-XX-XX".to_string(), Anchor::Unresolved),
            }
        };
        let mut c = Cand::new(j, j + 2, TimexType::Date, value, anchor);
        c.takes_the = true;
        Some(c)
    }

    /// "the year", "the full year", "the fiscal year", "the month", "the week": the article's
    /// period (TimeBank annotates them nearly everywhere: "for the year", "the week's most
    /// active session"); "the year ended June 30" and "the year to March" are year-long
    /// durations. "the day" only after words that make it the article's trading day ("ended
    /// the day", "for the day", "later in the day"). Not "the year 2000", "the year-ago",
    /// "the day before".
    fn the_period(&self, j: usize) -> Option<Cand> {
        let mut k = j;
        while matches!(
            self.w(k),
            "full" | "fiscal" | "entire" | "whole" | "current"
        ) {
            k += 1;
        }
        let info = self.info(k)?;
        let unit = info.unit?;
        if info.plural || !matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day) {
            return None;
        }
        let next = self.w(k + 1);
        // "the day before last Tuesday's hearing", "the day after June 3": the day next to a
        // date given right there.
        if unit == Unit::Day && k == j && matches!(next, "before" | "after") {
            let named = self
                .match_at(k + 2)
                .into_iter()
                .find_map(|c| match c.point {
                    Some(Point::Day(d)) => Some((d, c.end, c.anchor)),
                    _ => None,
                });
            if let Some((day, end, anchor)) = named {
                let step = if next == "before" { -1 } else { 1 };
                let mut c = Cand::point(
                    j,
                    end,
                    TimexType::Date,
                    Point::Day(add_days(day, step)?),
                    anchor,
                );
                c.takes_the = true;
                return Some(c);
            }
        }
        // "the year previous", "the day before.": the one before the period just talked
        // about (not "the day before the vote", where a noun follows).
        if k == j
            && matches!(next, "previous" | "before" | "earlier")
            && !self.toks.get(k + 2).is_some_and(|t| t.word)
        {
            // A day counts back from a day; a year from any period of a year.
            let last = match unit {
                Unit::Day => self.last_day.map(Point::Day),
                _ => self.last.as_ref().map(|(p, _)| p.clone()),
            };
            let (base, anchor) = match last {
                Some(p) => {
                    let value = p.value();
                    (p, Anchor::Previous { value })
                }
                None => (Point::Day(self.dct?), self.dct_anchor()),
            };
            let mut c = Cand::point(
                j,
                k + 2,
                TimexType::Date,
                shift_point(&base, unit, -1)?,
                anchor,
            );
            c.takes_the = true;
            return Some(c);
        }
        // "rebounded late in the day after falling": a clause on the verb, not the day
        // after something.
        let clause_after = unit == Unit::Day
            && matches!(next, "before" | "after")
            && inflected(self.w(k + 2), "ing");
        if self.is_dash(k + 1)
            || self.toks.get(k + 1).is_some_and(|t| t.digits)
            || self.info(k + 1).is_some_and(|w| w.number.is_some())
            || (matches!(next, "before" | "after") && !clause_after)
            || matches!(
                next,
                "of" | "previous"
                    | "prior"
                    | "earlier"
                    | "later"
                    | "ago"
                    | "when"
                    | "that"
                    | "in"
                    | "and"
                    | "or"
            )
        {
            return None;
        }
        if unit == Unit::Day {
            let before = if j >= 2 { self.w(j - 2) } else { "" };
            if !matches!(
                before,
                "end"
                    | "ended"
                    | "ending"
                    | "ends"
                    | "finish"
                    | "finished"
                    | "finishing"
                    | "finishes"
                    | "close"
                    | "closed"
                    | "closing"
                    | "for"
                    | "in"
                    | "during"
            ) {
                return None;
            }
        }
        let dct = self.dct?;
        // "the year to October", "the week to Friday": the period that ends then.
        let to_a_date = next == "to"
            && (self.toks.get(k + 2).is_some_and(|t| t.digits)
                || self
                    .info(k + 2)
                    .is_some_and(|w| w.month.is_some() || w.weekday.is_some()));
        let mut c = if matches!(next, "ended" | "ending") || to_a_date {
            Cand::new(
                j,
                k + 1,
                TimexType::Duration,
                duration_value(1.0, unit),
                Anchor::Absolute,
            )
        } else {
            // "a loss in the fourth quarter of 2005 and for the entire year": the year of
            // the period just named, when it is not the article's own.
            let just_named_year = match &self.last {
                Some((p, end)) if unit == Unit::Year && k > j && j.saturating_sub(*end) <= 12 => p
                    .year()
                    .filter(|y| *y != dct.year())
                    .map(|y| (y, p.value())),
                _ => None,
            };
            if let Some((year, value)) = just_named_year {
                let mut c = Cand::point(
                    j,
                    k + 1,
                    TimexType::Date,
                    Point::Year(year),
                    Anchor::Previous { value },
                );
                c.takes_the = true;
                return Some(c);
            }
            if let (Unit::Day, Some(day)) = (unit, self.last_day) {
                let point = Point::Day(day);
                let value = point.value();
                let mut c =
                    Cand::point(j, k + 1, TimexType::Date, point, Anchor::Previous { value });
                c.takes_the = true;
                return Some(c);
            }
            let point = match unit {
                Unit::Year => Point::Year(dct.year()),
                Unit::Month => Point::Month(dct.year(), dct.month()),
                Unit::Week => shift_point(&Point::Day(dct), Unit::Week, 0)?,
                _ => Point::Day(dct),
            };
            Cand::point(j, k + 1, TimexType::Date, point, self.dct_anchor())
        };
        c.takes_the = true;
        Some(c)
    }

    /// "this year's third quarter", "next year's first half", "the 1988 third quarter".
    fn year_led_period(&self, j: usize, the: bool) -> Option<Cand> {
        let (year, k) = if let Some((y, 4)) = self.digits(j) {
            if !the || !(1900..=2100).contains(&y) {
                return None;
            }
            (y as i32, j + 1)
        } else {
            let shift = self.info(j).and_then(|w| w.shift)?;
            if !(matches!(self.w(j), "this" | "last" | "next")
                && self.w(j + 1) == "year"
                && self.is_apostrophe(j + 2)
                && self.w(j + 3) == "s")
            {
                return None;
            }
            (self.dct?.year() + shift, j + 4)
        };
        // "the 1988 period": one expression; which part of 1988 the report means varies
        // (TimeBank gives the year, a quarter or nine months), so the value stays the year.
        if self.w(k) == "period" && self.toks[j].digits {
            let mut out = Cand::point(
                j,
                k + 1,
                TimexType::Date,
                Point::Year(year),
                Anchor::Absolute,
            );
            out.takes_the = true;
            return Some(out);
        }
        self.info(k)?.ordinal?;
        let c = self.ordinal_period_of(k, false, true)?;
        let point = match c.point? {
            Point::Quarter(_, q) => Point::Quarter(year, q),
            Point::Half(_, h) => Point::Half(year, h),
            _ => return None,
        };
        let mut out = Cand::point(j, c.end, TimexType::Date, point, self.dct_anchor());
        out.takes_the = true;
        Some(out)
    }

    /// "the quarter", "the latest quarter": in business news, the last completed quarter.
    fn reported_quarter(&self, j: usize) -> Option<Cand> {
        let latest = matches!(self.w(j), "latest" | "most");
        let k = if latest { j + 1 } else { j };
        let k = if self.w(k) == "recent" { k + 1 } else { k };
        // "the quarter", and "the latest period" in a report about a quarter.
        let noun = match self.w(k) {
            "quarter" => true,
            "period" => latest && self.reported_quarter.is_some(),
            _ => false,
        };
        if !noun || matches!(self.w(k + 1), "of" | "century" | "-") {
            return None;
        }
        let dct = self.dct?;
        let point = match &self.reported_quarter {
            Some(q) if latest => q.clone(),
            _ => Point::Quarter(dct.year(), (dct.month() - 1) / 3 + 1).shift(-1)?,
        };
        // "the quarter a year ago": that quarter of the year before.
        if let Some(end) = self.year_back(k + 1) {
            let value = point.value();
            let mut c = Cand::point(
                j,
                end,
                TimexType::Date,
                point.years_later(-1)?,
                Anchor::Previous { value },
            );
            c.takes_the = true;
            return Some(c);
        }
        let mut c = Cand::point(j, k + 1, TimexType::Date, point, self.dct_anchor());
        c.takes_the = true;
        Some(c)
    }

    /// "year-ago", "the year-earlier quarter": the same period a year before the one the
    /// report is about (its quarter when it named one, else the year before the article's).
    fn year_ago_adjective(&self, j: usize) -> Option<Cand> {
        let vocab = self.lex.vocab;
        let word = self.w(j + 2);
        if !(self.is_dash(j + 1)
            && self.glued(j)
            && (vocab.ago_words.contains(&word) || vocab.earlier_words.contains(&word)))
        {
            return None;
        }
        let mut end = j + 3;
        // "the year-ago third quarter": that quarter of the year before.
        if let Some(n) = self.info(end).and_then(|w| w.ordinal) {
            if (1..=4).contains(&n) && self.w(end + 1) == "quarter" {
                // Counted from the report's quarter (or year), and never taken for the
                // quarter the report is about: its anchor is that other period.
                let base = match &self.reported_quarter {
                    Some(q @ Point::Quarter(..)) => q.clone(),
                    _ => Point::Year(self.dct?.year()),
                };
                let year = base.year()? - 1;
                let mut c = Cand::point(
                    j,
                    end + 2,
                    TimexType::Date,
                    Point::Quarter(year, n),
                    Anchor::Previous {
                        value: base.value(),
                    },
                );
                c.takes_the = true;
                return Some(c);
            }
        }
        if matches!(self.w(end), "quarter" | "period") {
            end += 1;
        }
        let (point, anchor) = match &self.reported_quarter {
            Some(Point::Quarter(y, q)) => (
                Point::Quarter(y - 1, *q),
                Anchor::Previous {
                    value: Point::Quarter(*y, *q).value(),
                },
            ),
            _ => (Point::Year(self.dct?.year() - 1), self.dct_anchor()),
        };
        let mut c = Cand::point(j, end, TimexType::Date, point, anchor);
        c.takes_the = true;
        Some(c)
    }

    /// "summer 2019", "the summer of 2019", "the winter".
    fn season(&self, j: usize, the: bool) -> Option<Cand> {
        let s = self.info(j)?.season?;
        if self.w(j) == "fall" && !the {
            // "fall" is a verb far more often than a season.
            self.trailing_year(j + 1)?;
        }
        if let Some((y, end)) = self.trailing_year(j + 1) {
            let mut c = Cand::point(
                j,
                end,
                TimexType::Date,
                Point::Season(y, s),
                Anchor::Absolute,
            );
            c.takes_the = true;
            return Some(c);
        }
        // "the fall in October", "the fall of the Wall", "a fall to $40": a decline.
        if self.w(j) == "fall" && matches!(self.w(j + 1), "in" | "of" | "to" | "from") {
            return None;
        }
        let prev = if j > 0 { self.w(j - 1) } else { "" };
        // Before "the", the word that says a time is meant: "in the summer", "by the fall".
        let before_the = if the && j >= 2 { self.w(j - 2) } else { "" };
        let time_word = |w: &str| {
            matches!(
                w,
                "in" | "this"
                    | "during"
                    | "by"
                    | "since"
                    | "until"
                    | "through"
                    | "throughout"
                    | "their"
                    | "its"
                    | "early"
                    | "late"
            )
        };
        if !(the || time_word(prev)) {
            return None;
        }
        // "a free kick by Winter": a capitalised season after a bare preposition, inside a
        // sentence, is a name ("in Spring" and "this Winter" stay seasons).
        let name = self.capital(j)
            && !the
            && matches!(prev, "by" | "since" | "until" | "through" | "throughout")
            && !self.after_sentence_break(j - 1);
        if name {
            return None;
        }
        // "blamed for the fall", "after the fall": a decline, not autumn.
        if self.w(j) == "fall" && the && !time_word(before_the) {
            return None;
        }
        let dct = self.dct?;
        // A season named alone is this year's, unless the clause puts it elsewhere: "things
        // went wrong in the summer" in a March article is last summer; "will open in the
        // autumn" in December is next autumn. "this summer" stays this year's.
        let year = match (prev, self.tense_near(j, j + 1)) {
            ("this", _) | (_, None) => dct.year(),
            (_, Some(tense)) => {
                let period = super::value::interval(&Point::Season(dct.year(), s).value());
                match (tense, period) {
                    (Tense::Past, Some(p)) if p.start > dct => dct.year() - 1,
                    (Tense::Future, Some(p)) if p.end <= dct => dct.year() + 1,
                    _ => dct.year(),
                }
            }
        };
        let mut c = Cand::point(
            j,
            j + 1,
            TimexType::Date,
            Point::Season(year, s),
            self.dct_anchor(),
        );
        c.takes_the = true;
        Some(c)
    }

    /// The first holiday whose name is spelled by the tokens from `j` on.
    fn holiday_named_at(&self, j: usize) -> Option<&'a (Vec<String>, HolidayDate)> {
        let lex: &'a Lexicon = self.lex;
        lex.holidays_by_first_word
            .get(self.w(j))?
            .iter()
            .map(|&n| &lex.holidays[n])
            .find(|(toks, _)| {
                toks.iter()
                    .enumerate()
                    .all(|(n, w)| self.w(j + n) == w || (w == "'" && self.is_apostrophe(j + n)))
            })
    }

    /// "last Thanksgiving", "next Easter".
    fn shifted_holiday(&self, j: usize) -> Option<Cand> {
        let dct = self.dct?;
        let (toks, rule) = self.holiday_named_at(j + 1)?;
        if !self.capital(j + 1) {
            return None;
        }
        let this = rule.in_year(dct.year())?;
        let date = if self.w(j) == "last" {
            if this < dct {
                this
            } else {
                rule.in_year(dct.year() - 1)?
            }
        } else if this > dct {
            this
        } else {
            rule.in_year(dct.year() + 1)?
        };
        Some(Cand::point(
            j,
            j + 1 + toks.len(),
            TimexType::Date,
            Point::Day(date),
            self.dct_anchor(),
        ))
    }

    /// Holidays ("Christmas", "New Year's Day", "Thanksgiving", "Easter"), capitalised.
    /// Without a year they lean to the past like a month named alone: "Thanksgiving" in a
    /// January article is last November's.
    fn holiday(&self, j: usize) -> Option<Cand> {
        if !self.capital(j) {
            return None;
        }
        let (toks, rule) = self.holiday_named_at(j)?;
        // "Holocaust Memorial Day" is not the American Memorial Day, nor "Father Christmas" a
        // date; a capital that only opens the sentence ("When Christmas falls …", "This
        // Christmas, …") says nothing.
        if j > 0
            && self.capital(j - 1)
            && !self.toks[j - 1].digits
            && !self.after_sentence_break(j)
            && !self.after_sentence_break(j - 1)
        {
            return None;
        }
        // "Do They Know It's Christmas": a capital "It's" inside a sentence is a title's.
        let title_its = j >= 3
            && self.raw(j - 3) == "It"
            && self.is_apostrophe(j - 2)
            && self.w(j - 1) == "s"
            && !self.after_sentence_break(j - 3);
        if title_its {
            return None;
        }
        let end = j + toks.len();
        let (y, anchor, end) = match self.trailing_year(end) {
            Some((y, e)) => (Some(y), Anchor::Absolute, e),
            None => {
                let y = self.dct.and_then(|dct| {
                    let month = rule.in_year(dct.year())?.month();
                    Some(month_year_for(dct, month, self.tense_near(j, j + 1)))
                });
                (y, self.dct_anchor(), end)
            }
        };
        Some(match y.and_then(|y| rule.in_year(y)) {
            Some(date) => Cand::point(j, end, TimexType::Date, Point::Day(date), anchor),
            None => Cand::new(
                j,
                end,
                TimexType::Date,
                match rule {
                    HolidayDate::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                    HolidayDate::Moving(_) => "XXXX-XX-XX".to_string(),
                },
                Anchor::Unresolved,
            ),
        })
    }

    // ----- time zones --------------------------------------------------------------------------

    /// A zone abbreviation at token `i`, written in capitals ("GMT", "EST"; "est" is a word),
    /// with the offset that may follow a UTC name ("GMT+8", "UTC -5", "GMT+05:30",
    /// "UTC+0900"): its offset from UTC in minutes and the token after it.
    fn zone_word_at(&self, i: usize) -> Option<(i32, usize)> {
        let base = self.info(i).and_then(|w| w.zone)?;
        if !self.raw(i).chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let sign = match self.raw(i + 1) {
            "+" => 1,
            "-" | "\u{2212}" | "\u{2013}" => -1,
            _ => return Some((base, i + 1)),
        };
        // Only a UTC name takes an offset, and only a sign glued to its number: "0300 GMT -
        // 15 people died" is a dash.
        if base != 0 || !self.glued(i + 1) {
            return Some((base, i + 1));
        }
        let offset = self
            .utc_offset(i + 2)
            .filter(|&(minutes, _)| minutes <= 14 * 60);
        Some(match offset {
            Some((minutes, end)) => (sign * minutes, end),
            None => (base, i + 1),
        })
    }

    /// The hours (and minutes) of a UTC offset at token `i`: "8", "05:30", "0530". Returns
    /// the offset in minutes and the token after it.
    fn utc_offset(&self, i: usize) -> Option<(i32, usize)> {
        let (n, len) = self.digits(i)?;
        let (hours, minutes, end) = match len {
            1 | 2 if self.raw(i + 1) == ":" => {
                let (m, 2) = self.digits(i + 2)? else {
                    return None;
                };
                (n, m, i + 3)
            }
            1 | 2 => (n, 0, i + 1),
            4 => (n / 100, n % 100, i + 1),
            _ => return None,
        };
        (minutes < 60).then_some(((hours * 60 + minutes) as i32, end))
    }

    /// The zone written right after a clock time ending before token `end`, which belongs to
    /// the time's span: "GMT", "GMT+8", and in words "16:53 local time", "2 a.m. Pyongyang
    /// time".
    fn zone_of_clock(&self, end: usize) -> Option<ClockZone> {
        if let Some((offset, zone_end)) = self.zone_word_at(end) {
            return Some(ClockZone {
                end: zone_end,
                utc: offset == 0,
            });
        }
        self.spelled_zone_at(end).map(|zone_end| ClockZone {
            end: zone_end,
            utc: false,
        })
    }

    /// A zone said in words at token `i`, not in brackets: "local time", "Pyongyang time".
    /// Returns the token after it.
    fn spelled_zone_at(&self, i: usize) -> Option<usize> {
        if self.w(i) == "local" && self.w(i + 1) == "time" {
            return Some(i + 2);
        }
        // "Pyongyang time", and zones named in capitals: "Eastern Standard Time", "European
        // Central Standard Time".
        let named = |k: usize| {
            self.capital(k) && self.toks.get(k).is_some_and(|t| t.word) && self.info(k).is_none()
        };
        if !named(i) {
            return None;
        }
        if self.w(i + 1) == "time" {
            return Some(i + 2);
        }
        let mut k = i + 1;
        while k < i + 4 && named(k) && self.w(k) != "time" {
            k += 1;
        }
        (self.w(k) == "time" && self.capital(k)).then_some(k + 1)
    }

    /// A time-zone or local-time marker right after token `k`: "(local time)", "local time",
    /// "GMT", "(0300 GMT)", "Pyongyang time".
    fn zone_after(&self, k: usize) -> Option<ZoneMark> {
        let open = self.raw(k) == "(";
        let mut i = if open { k + 1 } else { k };
        if matches!(self.raw(i), ",") {
            i += 1;
        }
        let mark = |from: usize, to: usize, offset: Option<i32>, place: Option<String>| {
            let close = if open && self.raw(to) == ")" {
                to + 1
            } else {
                to
            };
            let start = self.toks[from].start;
            let end = self.toks[close - 1].end;
            Some(ZoneMark {
                text: self.text[start..end].to_string(),
                span: start..end,
                utc_offset_minutes: offset,
                place,
            })
        };
        let start = k;
        if self.w(i) == "local" && self.w(i + 1) == "time" {
            return mark(start, i + 2, None, None);
        }
        if let Some((offset, end)) = self.zone_word_at(i) {
            return mark(start, end, Some(offset), None);
        }
        // "(0300 GMT)" after a date: the zone of the bracketed time.
        if open {
            if let Some(Clock { end: e, .. }) = self.parse_clock(i) {
                if let Some(z) = self.info(e).and_then(|w| w.zone) {
                    return mark(start, e + 1, Some(z), None);
                }
            }
        }
        // "Pyongyang time", "Moscow time"; "Eastern Standard Time" names a zone, not a place.
        let end = self.spelled_zone_at(i)?;
        let place = (end == i + 2).then(|| self.raw(i).to_string());
        mark(start, end, None, place)
    }
}

/// Which way [`Tagger::first_tense_cue`] walks from the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Back,
    Ahead,
}

/// The number of an ordinal written in digits: "20th" → 20, "1st" → 1.
fn written_ordinal(s: &str) -> Option<u32> {
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    if split == 0 || !matches!(&s[split..], "st" | "nd" | "rd" | "th") {
        return None;
    }
    s[..split].parse().ok()
}

/// True when `w` is a stem of at least three letters with the inflection `suffix` ("named"
/// with "ed", "calling" with "ing"); an empty suffix marks no word.
fn inflected(w: &str, suffix: &str) -> bool {
    !suffix.is_empty() && w.len() >= suffix.len() + 3 && w.ends_with(suffix)
}

/// The year of month `m` named without one, in an article of `dct`. News mostly looks back:
/// a month up to eight months before is the past one ("March" in an October article is last
/// March), a later one is the coming one ("January" in a December article); words that put
/// the clause in the future ("will", "is expected") take the next occurrence, and words that
/// put it in the past ("announced in January" in an October article) the last one.
fn month_year_for(dct: NaiveDate, m: u32, tense: Option<Tense>) -> i32 {
    let (y, cur) = (dct.year(), dct.month());
    if m == cur {
        return y;
    }
    let back = (cur as i32 - m as i32).rem_euclid(12);
    // A past tense does not pull next month back by eleven months: "the offer was extended
    // to Nov. 16" in an October article is the coming November.
    let future = match tense {
        Some(Tense::Future) => true,
        Some(Tense::Past) => back > 10,
        None => back > 8,
    };
    if future {
        if m > cur {
            y
        } else {
            y + 1
        }
    } else if m < cur {
        y
    } else {
        y - 1
    }
}

fn to_24(h: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// The TIMEX3 unit letters.
fn unit_code(unit: Unit) -> (&'static str, bool) {
    match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week => ("W", false),
        Unit::Weekend => ("WE", false),
        // Counted as two weeks before any code is written (see `duration_value`).
        Unit::Fortnight => ("W", false),
        Unit::Month => ("M", false),
        Unit::Quarter => ("Q", false),
        Unit::Year => ("Y", false),
        Unit::Decade => ("DE", false),
        Unit::Century => ("CE", false),
    }
}

fn duration_value(n: f64, unit: Unit) -> String {
    // TimeML counts decades and centuries in years ("two decades" P20Y) and writes a
    // fraction in the next smaller unit ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M).
    match unit {
        Unit::Decade => return duration_value(n * 10.0, Unit::Year),
        Unit::Fortnight => return duration_value(n * 2.0, Unit::Week),
        Unit::Century => return duration_value(n * 100.0, Unit::Year),
        _ => {}
    }
    if n.fract() != 0.0 {
        let smaller = match unit {
            Unit::Year => Some((12.0, Unit::Month)),
            Unit::Day => Some((24.0, Unit::Hour)),
            Unit::Hour => Some((60.0, Unit::Minute)),
            Unit::Minute => Some((60.0, Unit::Second)),
            _ => None,
        };
        if let Some((per, small)) = smaller {
            let rest = n.fract() * per;
            if (rest - rest.round()).abs() < 1e-9 {
                let whole = n.trunc() as i64;
                let (code, time) = unit_code(unit);
                let (small_code, _) = unit_code(small);
                let t = if time { "T" } else { "" };
                let rest = rest.round() as i64;
                // "half a day": PT12H, "a year and a half": P1Y6M.
                if whole == 0 {
                    let t = if matches!(small, Unit::Hour | Unit::Minute | Unit::Second) {
                        "T"
                    } else {
                        ""
                    };
                    return format!("P{t}{rest}{small_code}");
                }
                let t2 = if !time && matches!(small, Unit::Hour) {
                    "T"
                } else {
                    ""
                };
                return format!("P{t}{whole}{code}{t2}{rest}{small_code}");
            }
        }
    }
    let (code, time) = unit_code(unit);
    let num = if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    format!("P{}{}{}", if time { "T" } else { "" }, num, code)
}

fn duration_x(unit: Unit) -> String {
    let (code, time) = unit_code(unit);
    format!("P{}X{}", if time { "T" } else { "" }, code)
}

/// A period of `unit` the text does not date, over tokens `start..end`: "its first
/// weekend" (`XXXX-WXX-WE`), "that week" with no week to refer to.
fn open_period(start: usize, end: usize, unit: Unit) -> Cand {
    Cand::new(
        start,
        end,
        TimexType::Date,
        unresolved(unit),
        Anchor::Unresolved,
    )
}

fn unresolved(unit: Unit) -> String {
    match unit {
        Unit::Year => "XXXX".into(),
        Unit::Month => "XXXX-XX".into(),
        Unit::Week | Unit::Fortnight => "XXXX-WXX".into(),
        Unit::Weekend => "XXXX-WXX-WE".into(),
        Unit::Quarter => "XXXX-QX".into(),
        _ => "XXXX-XX-XX".into(),
    }
}

/// `base` moved by `n` units, at the unit's precision (a day shifted by years is a year).
fn shift_point(base: &Point, unit: Unit, n: i32) -> Option<Point> {
    let day = base.day();
    let year = base.year();
    Some(match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => match day {
            Some(d) => Point::Day(add_days(d, n as i64)?),
            None => return base.shift(0),
        },
        Unit::Week => match day {
            Some(d) => {
                let w = add_days(d, 7 * n as i64)?.iso_week();
                Point::Week(w.year(), w.week())
            }
            None => return base.shift(0),
        },
        Unit::Weekend => {
            let d = day?;
            let w = add_days(d, 7 * n as i64)?.iso_week();
            Point::Weekend(w.year(), w.week())
        }
        Unit::Fortnight => return shift_point(base, Unit::Week, 2 * n),
        Unit::Month => match (base, day) {
            (_, Some(d)) => Point::Month(d.year(), d.month()).shift(n)?,
            (Point::Month(..), None) => base.shift(n)?,
            _ => return base.shift(0),
        },
        Unit::Quarter => match (base, day) {
            (_, Some(d)) => Point::Quarter(d.year(), (d.month() - 1) / 3 + 1).shift(n)?,
            (Point::Month(y, m), None) => Point::Quarter(*y, (m - 1) / 3 + 1).shift(n)?,
            (Point::Quarter(..), None) => base.shift(n)?,
            _ => return base.shift(0),
        },
        Unit::Year => Point::Year(year? + n),
        Unit::Decade => Point::Decade((year? + 10 * n).div_euclid(10) * 10),
        Unit::Century => Point::Century((year? + 100 * n).div_euclid(100) * 100),
    })
}

/// A time of day (`suffix` "T10:35", "TMO") on `day`, or on an unknown day
/// (`XXXX-XX-XXT10:35`) when there is none to give it.
fn time_on_day(
    start: usize,
    end: usize,
    day: Option<NaiveDate>,
    suffix: String,
    anchor: Anchor,
) -> Cand {
    let value = match day {
        Some(d) => format!("{}{}", d.format("%Y-%m-%d"), suffix),
        None => format!("XXXX-XX-XX{suffix}"),
    };
    let mut c = Cand::new(start, end, TimexType::Time, value, anchor);
    c.point = day.map(|d| Point::Time(d, suffix));
    c
}

/// How far "two hours later", "24 hours ago" count: `count` `unit`s (hours, minutes or
/// seconds), forward (`sign` 1) or back (-1), from the creation day when `ago`.
#[derive(Debug, Clone, Copy)]
struct ClockCount {
    count: i32,
    unit: Unit,
    sign: i32,
    ago: bool,
}

/// The clock time of a time-of-day suffix ("T22:15" → 22:15), `None` for a part of the day
/// ("TEV") or an unknown time.
fn clock_of_suffix(suffix: &str) -> Option<chrono::NaiveTime> {
    let hm = suffix.strip_prefix('T')?;
    let (h, m) = hm.get(0..2).zip(hm.get(3..5))?;
    (hm.as_bytes().get(2) == Some(&b':'))
        .then(|| chrono::NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0))
        .flatten()
}
