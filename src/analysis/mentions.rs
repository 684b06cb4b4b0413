//! Event mentions: a clause that reports something happening at a time, with who, what and
//! where. One sentence can hold several ("Putin last visited Pyongyang in July 2000 and this
//! trip …"; "documents signed in 1961, 2000 and 2001").

use super::entities::tokens;
use crate::model::{
    Article, EntityKind, EntityMention, EventMention, Interval, MentionRef, TimeBasis, Timex,
    TimexType,
};
use crate::temporal::{self, Point};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;
use std::ops::Range;

/// Words that report an event, with the action family they belong to and whether they are a
/// verb (a verb with no date still reports the story's event; a noun like "visit" may not).
pub const ACTIONS: &[(&str, &str, bool)] = &[
    ("arrived", "arrive", true),
    ("arrives", "arrive", true),
    ("arrive", "arrive", true),
    ("arriving", "arrive", true),
    ("arrival", "arrive", false),
    ("landed", "arrive", true),
    ("lands", "arrive", true),
    ("landing", "arrive", false),
    ("touched", "arrive", true),
    ("reached", "arrive", true),
    ("visited", "visit", true),
    ("visits", "visit", true),
    ("visit", "visit", false),
    ("visiting", "visit", true),
    ("trip", "visit", false),
    ("tour", "visit", false),
    ("travelled", "travel", true),
    ("traveled", "travel", true),
    ("travel", "travel", true),
    ("travels", "travel", true),
    ("flew", "travel", true),
    ("met", "meet", true),
    ("meet", "meet", true),
    ("meets", "meet", true),
    ("meeting", "meet", false),
    ("meetings", "meet", false),
    ("summit", "meet", false),
    ("talks", "meet", false),
    ("hosted", "meet", true),
    ("greeted", "meet", true),
    ("signed", "sign", true),
    ("sign", "sign", true),
    ("signing", "sign", false),
    ("treaty", "sign", false),
    ("invaded", "invade", true),
    ("invasion", "invade", false),
    ("attack", "invade", false),
    ("attacked", "invade", true),
    ("collapse", "collapse", false),
    ("collapsed", "collapse", true),
    ("dissolution", "collapse", false),
    ("forgiven", "forgive debt", true),
    ("forgave", "forgive debt", true),
    ("forgive", "forgive debt", true),
    ("wrote", "forgive debt", true),
    ("invitation", "invite", false),
    ("invited", "invite", true),
    ("elected", "elect", true),
    ("election", "elect", false),
    ("launched", "launch", true),
    ("launch", "launch", false),
    ("died", "die", true),
    ("killed", "die", true),
    ("announced", "announce", true),
    ("agreed", "agree", true),
    ("agreement", "sign", false),
    ("accord", "sign", false),
    ("started", "start", true),
    ("began", "start", true),
    ("ended", "end", true),
    ("resigned", "resign", true),
    ("opened", "open", true),
    ("closed", "close", true),
    ("tested", "test", true),
    ("fired", "fire", true),
    ("said", "say", true),
    ("told", "say", true),
    ("stated", "say", true),
    ("commented", "say", true),
    ("conference", "brief", false),
    ("briefing", "brief", false),
    // Business, courts, politics and disasters: the other half of the news.
    ("won", "win", true),
    ("wins", "win", true),
    ("defeated", "win", true),
    ("victory", "win", false),
    ("lost", "lose", true),
    ("rose", "rise", true),
    ("jumped", "rise", true),
    ("surged", "rise", true),
    ("climbed", "rise", true),
    ("increased", "rise", true),
    ("fell", "fall", true),
    ("dropped", "fall", true),
    ("declined", "fall", true),
    ("plunged", "fall", true),
    ("slumped", "fall", true),
    ("bought", "buy", true),
    ("acquired", "buy", true),
    ("acquisition", "buy", false),
    ("takeover", "buy", false),
    ("sold", "sell", true),
    ("merged", "merge", true),
    ("merger", "merge", false),
    ("unveiled", "release", true),
    ("released", "release", true),
    ("introduced", "release", true),
    ("delivered", "deliver", true),
    ("ordered", "order", true),
    ("awarded", "award", true),
    ("approved", "approve", true),
    ("passed", "approve", true),
    ("rejected", "reject", true),
    ("vetoed", "reject", true),
    ("voted", "vote", true),
    ("referendum", "vote", false),
    ("arrested", "arrest", true),
    ("detained", "arrest", true),
    ("charged", "charge", true),
    ("indicted", "charge", true),
    ("convicted", "sentence", true),
    ("sentenced", "sentence", true),
    ("jailed", "sentence", true),
    ("sued", "sue", true),
    ("lawsuit", "sue", false),
    ("filed", "file", true),
    ("bankruptcy", "bankrupt", false),
    ("crashed", "crash", true),
    ("crash", "crash", false),
    ("exploded", "explode", true),
    ("explosion", "explode", false),
    ("earthquake", "quake", false),
    ("struck", "strike", true),
    ("cancelled", "cancel", true),
    ("canceled", "cancel", true),
    ("postponed", "delay", true),
    ("delayed", "delay", true),
    ("recalled", "recall", true),
    ("appointed", "appoint", true),
    ("hired", "appoint", true),
    ("cut", "cut", true),
    ("protested", "protest", true),
    ("protests", "protest", false),
    ("dead", "die", false),
    ("death", "die", false),
];

/// The family group used for matching: arriving, visiting and travelling are one movement.
pub fn group(family: &str) -> &str {
    match family {
        "arrive" | "visit" | "travel" => "visit",
        other => other,
    }
}

/// News outlets are sources, not participants.
const MEDIA: &[&str] = &[
    "CNN", "AFP", "Reuters", "AP", "KCNA", "Yonhap", "TASS", "RIA", "BBC", "Xinhua", "Sputnik",
    "NK News",
];

/// Words marking an event as unique or the latest of its kind.
const UNIQUE: &[&str] = &["last", "first", "previous", "only", "latest", "inaugural"];

/// Cues that an undated clause happens after the story's event.
const AFTER_CUES: &[&str] = &["next", "subsequent", "following", "scheduled", "onward"];

struct Tok<'a> {
    range: Range<usize>,
    lower: String,
    text: &'a str,
}

/// Finds the event mentions of one article.
pub fn find(
    article_index: usize,
    article: &Article,
    timexes: &[Timex],
    entities: &[EntityMention],
    dct: Option<NaiveDate>,
) -> Vec<EventMention> {
    let body = &article.body;
    let dateline = article.meta.dateline.as_ref().and_then(|d| d.span.clone());
    let mut out = Vec::new();
    // The one past time the previous sentence stated, which a following "He visited …"
    // continues.
    let mut narrative: Option<(usize, Interval, String)> = None;
    // Per sentence: does it open with "Their" or "They" (see give_pronouns_their_people)?
    let mut opens_with_plural_pronoun: Vec<bool> = Vec::with_capacity(article.sentences.len());
    for sentence in &article.sentences {
        let carried = narrative.take();
        let toks: Vec<Tok> = tokens(&body[sentence.clone()])
            .into_iter()
            .map(|t| {
                let range = sentence.start + t.start..sentence.start + t.end;
                let text = &body[range.clone()];
                Tok {
                    lower: text.to_lowercase(),
                    range,
                    text,
                }
            })
            .collect();
        opens_with_plural_pronoun.push(
            toks.first()
                .is_some_and(|t| PLURAL_PRONOUNS.contains(&t.lower.as_str())),
        );
        if toks.is_empty() {
            continue;
        }
        let clauses = clauses(&toks);
        // Timexes and entities are in text order: take this sentence's by binary search, so
        // the cost stays linear in the article (not sentences × expressions).
        let first_timex = timexes.partition_point(|t| t.span.start < sentence.start);
        let after_timex = timexes.partition_point(|t| t.span.start < sentence.end);
        let in_sentence: Vec<(usize, &Timex)> = timexes[first_timex..after_timex.max(first_timex)]
            .iter()
            .enumerate()
            .map(|(k, t)| (first_timex + k, t))
            .filter(|(_, t)| t.span.end <= sentence.end)
            .collect();
        let first_entity = entities.partition_point(|e| e.span.start < sentence.start);
        let after_entity = entities.partition_point(|e| e.span.start < sentence.end);
        let entities = &entities[first_entity..after_entity.max(first_entity)];
        let mut found_timed = false;
        let mut stated_past = Vec::new();
        let mut other_times = false;
        for (ti, timex) in &in_sentence {
            // The dateline's date is when the report was filed, not an event.
            if let Some(d) = &dateline {
                let in_text = article.map.to_text(timex.span.clone());
                if in_text.start < d.end && d.start < in_text.end {
                    continue;
                }
            }
            let Some(tpos) = toks.iter().position(|t| t.range.start >= timex.span.start) else {
                continue;
            };
            let (time, value, basis) = match time_of(timex, &toks, tpos, dct) {
                Some(x) => x,
                None => continue,
            };
            let past =
                dct.is_some_and(|d| time.end < d - chrono::Duration::days(NARRATIVE_PAST_DAYS));
            let since = tpos > 0 && toks[tpos - 1].lower == "since";
            if basis == TimeBasis::Stated && past && !since {
                stated_past.push((*ti, time, value.clone()));
            } else {
                // A sentence that also speaks of the present or of a span is not telling
                // the past.
                other_times = true;
            }
            let clause = clauses
                .iter()
                .find(|c| c.contains(&tpos))
                .cloned()
                .unwrap_or(0..toks.len());
            let Some(action_pos) = find_action(&toks, &clause, tpos) else {
                continue;
            };
            found_timed = true;
            let scope = clause.start.min(action_pos)..clause.end.max(action_pos + 1);
            out.push(build(
                article_index,
                body,
                sentence,
                &toks,
                scope,
                action_pos,
                entities,
                Some(*ti),
                time,
                value,
                basis,
            ));
        }
        if stated_past.len() == 1 && !other_times {
            narrative = stated_past.pop();
        }
        if found_timed {
            continue;
        }
        // An undated sentence reporting a movement or meeting with a verb: the story's own
        // event, or one after it ("is scheduled to travel to Hanoi") — or, right after a
        // sentence dated in the past and starting with a pronoun, the past it goes on telling.
        let Some(dct) = dct else { continue };
        let verb = toks.iter().position(|t| {
            action_entry(&t.lower)
                .is_some_and(|(fam, is_verb)| is_verb && matches!(group(fam), "visit" | "meet"))
        });
        let Some(action_pos) = verb else { continue };
        // Only a sentence with no time of its own carries the story on.
        let continues =
            in_sentence.is_empty() && NARRATIVE_PRONOUNS.contains(&toks[0].lower.as_str());
        if let Some((ti, time, value)) = carried.filter(|_| continues) {
            let clause = clauses
                .iter()
                .find(|c| c.contains(&action_pos))
                .cloned()
                .unwrap_or(0..toks.len());
            out.push(build(
                article_index,
                body,
                sentence,
                &toks,
                clause,
                action_pos,
                entities,
                Some(ti),
                time,
                value,
                TimeBasis::Narrative,
            ));
            continue;
        }
        let after = toks.iter().any(|t| AFTER_CUES.contains(&t.lower.as_str()))
            || (toks
                .iter()
                .any(|t| matches!(t.lower.as_str(), "will" | "expected"))
                && toks[action_pos].lower.starts_with("trav"));
        let clause = clauses
            .iter()
            .find(|c| c.contains(&action_pos))
            .cloned()
            .unwrap_or(0..toks.len());
        let day = Interval {
            start: dct,
            end: temporal::add_days(dct, 1).unwrap_or(dct),
            granularity: crate::model::Granularity::Day,
        };
        let m = build(
            article_index,
            body,
            sentence,
            &toks,
            clause,
            action_pos,
            entities,
            None,
            day,
            dct.format("%Y-%m-%d").to_string(),
            if after {
                TimeBasis::After
            } else {
                TimeBasis::Story
            },
        );
        if m.participants.iter().any(|p| !p.is_empty()) {
            out.push(m);
        }
    }
    give_pronouns_their_people(&mut out, article, entities, &opens_with_plural_pronoun);
    out
}

/// Plural pronouns that open a sentence about people named just before ("Their last
/// meeting took place …", "They met …").
const PLURAL_PRONOUNS: &[&str] = &["their", "they"];

/// How many sentences back a plural pronoun may look for the people it stands for.
const PRONOUN_REACH: usize = 3;

/// Mentions that name nobody but open with "Their" or "They" are about the people of the
/// latest sentence, at most [`PRONOUN_REACH`] back, that named two or more: after "Putin was
/// greeted by Kim Jong Un …", "Their last meeting took place in September 2023" is
/// Putin's and Kim's. Without them the meeting would match no other source's account.
fn give_pronouns_their_people(
    mentions: &mut [EventMention],
    article: &Article,
    entities: &[EntityMention],
    opens_with_plural_pronoun: &[bool],
) {
    let people_in = |range: &Range<usize>| -> Vec<String> {
        let first = entities.partition_point(|e| e.span.start < range.start);
        let mut people: Vec<String> = entities[first..]
            .iter()
            .take_while(|e| e.span.start < range.end)
            .filter(|e| e.kind == EntityKind::Person && e.span.end <= range.end)
            .map(|e| e.canonical.clone())
            .collect();
        people.sort();
        people.dedup();
        people
    };
    // For each sentence opening with a plural pronoun, the people it stands for.
    let mut stands_for: Vec<Option<Vec<String>>> = Vec::with_capacity(article.sentences.len());
    let mut named_pair: Option<(usize, Vec<String>)> = None;
    for (index, sentence) in article.sentences.iter().enumerate() {
        let opens_with_pronoun = opens_with_plural_pronoun
            .get(index)
            .copied()
            .unwrap_or(false);
        stands_for.push(
            named_pair
                .as_ref()
                .filter(|(at, _)| opens_with_pronoun && index - at <= PRONOUN_REACH)
                .map(|(_, people)| people.clone()),
        );
        let people = people_in(sentence);
        if people.len() >= 2 {
            named_pair = Some((index, people));
        }
    }
    for m in mentions.iter_mut().filter(|m| m.participants.is_empty()) {
        let index = article
            .sentences
            .partition_point(|s| s.end <= m.at.span.start);
        let within = article
            .sentences
            .get(index)
            .is_some_and(|s| m.at.span.start >= s.start && m.at.span.end <= s.end);
        if let (true, Some(Some(people))) = (within, stands_for.get(index)) {
            m.participants = people.clone();
        }
    }
}

/// How far before the article a stated time must lie for the next sentence to be read as
/// continuing its story rather than the news.
const NARRATIVE_PAST_DAYS: i64 = 180;

/// Pronouns that open a sentence continuing the one before.
const NARRATIVE_PRONOUNS: &[&str] = &["he", "she", "they"];

/// The time a timex gives an event, or `None` when it gives none (references, sets,
/// durations that are not "the first … in N years").
fn time_of(
    timex: &Timex,
    toks: &[Tok],
    tpos: usize,
    dct: Option<NaiveDate>,
) -> Option<(Interval, String, TimeBasis)> {
    let before = |n: usize| {
        toks[tpos.saturating_sub(n)..tpos]
            .iter()
            .map(|t| t.lower.as_str())
    };
    match timex.kind {
        TimexType::Set => None,
        TimexType::Duration => {
            // "his first visit … in 24 years": the previous visit was 24 years before.
            let years: i32 = timex
                .value
                .strip_prefix('P')?
                .strip_suffix('Y')?
                .parse()
                .ok()?;
            let prev = before(1).next()?;
            if !matches!(prev, "in" | "for") || !before(10).any(|w| w == "first") {
                return None;
            }
            let dct = dct?;
            let p = Point::Year(dct.year() - years);
            Some((
                temporal::interval(&p.value())?,
                p.value(),
                TimeBasis::Elapsed,
            ))
        }
        TimexType::Date | TimexType::Time => {
            let interval = temporal::interval(&timex.value)?;
            let weekday = timex.text.to_lowercase().split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphabetic()),
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
            });
            let basis = if weekday {
                TimeBasis::Weekday
            } else {
                TimeBasis::Stated
            };
            Some((interval, timex.value.clone(), basis))
        }
    }
}

/// Words that do not start a label.
const LABEL_SKIP: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "was", "were", "is",
    "are", "has", "have", "had", "to", "of", "in", "on", "and", "this", "that",
];

/// The clause as a label; a long clause starts at its action ("collapse of the USSR in 1991").
fn label_text(body: &str, toks: &[Tok], scope: &Range<usize>, action_pos: usize) -> String {
    let whole = &body[toks[scope.start].range.start..toks[scope.end - 1].range.end];
    if whole.chars().count() <= 70 || action_pos < scope.start {
        return whole.trim().to_string();
    }
    let mut from = action_pos;
    if action_pos > scope.start && !LABEL_SKIP.contains(&toks[action_pos - 1].lower.as_str()) {
        from = action_pos - 1;
    }
    // Never start inside a possessive: "Russia's invasion", not "s invasion".
    if from >= scope.start + 2
        && toks[from].lower == "s"
        && matches!(toks[from - 1].text, "'" | "’")
    {
        from -= 2;
    }
    body[toks[from].range.start..toks[scope.end - 1].range.end]
        .trim()
        .to_string()
}

/// Clause boundaries: punctuation and conjunctions that start a new clause.
fn clauses(toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let boundary = matches!(t.text, ";" | ":" | "—" | "–")
            || (t.text == "," && !is_list_comma(toks, i))
            || matches!(
                t.lower.as_str(),
                "and" | "but" | "while" | "whereas" | "which" | "who" | "where"
            ) && !is_list_and(toks, i);
        if boundary && i > start {
            out.push(start..i);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// "1961, 2000 and 2001": a comma between dates does not end a clause.
fn is_list_comma(toks: &[Tok], i: usize) -> bool {
    let digit = |t: Option<&Tok>| t.is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()));
    digit(i.checked_sub(1).and_then(|k| toks.get(k))) && digit(toks.get(i + 1))
}

fn is_list_and(toks: &[Tok], i: usize) -> bool {
    let digit = |t: Option<&Tok>| t.is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()));
    let cap =
        |t: Option<&Tok>| t.is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase));
    let prev = i.checked_sub(1).and_then(|k| toks.get(k));
    (digit(prev) && digit(toks.get(i + 1))) || (cap(prev) && cap(toks.get(i + 1)))
}

fn action_at(t: &Tok) -> Option<&'static str> {
    action_entry(&t.lower).map(|(family, _)| family)
}

/// The action family of a lower-case word and whether it is a verb, by hash lookup (this runs
/// for every word of every sentence).
fn action_entry(word: &str) -> Option<(&'static str, bool)> {
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, (&'static str, bool)>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index = rustc_hash::FxHashMap::default();
            for &(w, family, verb) in ACTIONS {
                index.entry(w).or_insert((family, verb));
            }
            index
        })
        .get(word)
        .copied()
}

/// The action word for a timex at `tpos`: the nearest one before it in its clause, else
/// after it in the clause, else before it in the sentence.
fn find_action(toks: &[Tok], clause: &Range<usize>, tpos: usize) -> Option<usize> {
    let is_action = |i: &usize| action_at(&toks[*i]).is_some();
    (clause.start..tpos)
        .rev()
        .find(is_action)
        .or_else(|| (tpos..clause.end).find(is_action))
        .or_else(|| (0..clause.start).rev().find(is_action))
}

#[allow(clippy::too_many_arguments)]
fn build(
    article_index: usize,
    body: &str,
    sentence: &Range<usize>,
    toks: &[Tok],
    scope: Range<usize>,
    action_pos: usize,
    entities: &[EntityMention],
    timex: Option<usize>,
    time: Interval,
    value: String,
    basis: TimeBasis,
) -> EventMention {
    let scope_bytes = toks[scope.start].range.start..toks[scope.end - 1].range.end;
    let in_range =
        |e: &&EntityMention, r: &Range<usize>| e.span.start >= r.start && e.span.end <= r.end;
    let collect = |r: &Range<usize>, kinds: &[EntityKind]| -> BTreeSet<String> {
        entities
            .iter()
            .filter(|e| in_range(e, r) && kinds.contains(&e.kind))
            .filter(|e| !MEDIA.contains(&e.canonical.as_str()))
            .map(|e| e.canonical.clone())
            .collect()
    };
    let who = [EntityKind::Person, EntityKind::Organization];
    let mut participants = collect(&scope_bytes, &who);
    if participants.is_empty() {
        participants = collect(sentence, &who);
    }
    let mut places = collect(&scope_bytes, &[EntityKind::Place]);
    if places.is_empty() {
        places = collect(sentence, &[EntityKind::Place]);
    }
    let action_byte = toks[action_pos].range.end;
    let destination = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.span.start >= action_byte)
        .find(|e| e.span.start < action_byte + 40 && e.span.end <= sentence.end)
        .map(|e| e.canonical.clone());
    let unique = toks[action_pos.saturating_sub(4)..action_pos]
        .iter()
        .any(|t| UNIQUE.contains(&t.lower.as_str()));
    let quote = body[sentence.clone()].trim().to_string();
    let trimmed_start =
        sentence.start + (body[sentence.clone()].len() - body[sentence.clone()].trim_start().len());
    EventMention {
        at: MentionRef {
            article: article_index,
            span: trimmed_start..trimmed_start + quote.len(),
            quote,
        },
        timex,
        basis,
        unique,
        destination,
        time,
        value,
        action: action_at(&toks[action_pos]).map(str::to_string),
        participants: participants.into_iter().collect(),
        places: places.into_iter().collect(),
        quantities: Vec::new(),
        clause: label_text(body, toks, &scope, action_pos),
    }
}
