//! Names of people, organisations and places: runs of capitalised words, cleaned of titles
//! and sentence-initial words, classified with the gazetteer, linked to their full form.

use super::gazetteer::{self, ORGS, ORG_WORDS, TITLES};
use crate::model::{Article, EntityKind, EntityMention};
use crate::temporal::tokens::{tokenize, Token};
use std::collections::{BTreeMap, BTreeSet};

/// Words that are capitalised at the start of a sentence but are not names.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "But",
    "And",
    "As",
    "After",
    "Before",
    "While",
    "When",
    "Since",
    "Even",
    "Besides",
    "Along",
    "Following",
    "Regarding",
    "Upon",
    "Ahead",
    "Meanwhile",
    "Both",
    "However",
    "Also",
    "Some",
    "Many",
    "Most",
    "For",
    "With",
    "By",
    "From",
    "To",
    "Of",
    "If",
    "Although",
    "Though",
    "Yet",
    "So",
    "Still",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "Analysts",
    "Sources",
    "Reports",
    "Officials",
    "According",
    "Despite",
    "During",
    "Under",
    "Over",
    "Now",
    "Today",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Such",
    "Other",
    "Another",
    "Each",
    "Every",
    "All",
    "No",
    "Not",
    "Only",
    "Just",
    "Summary",
    "Preparations",
    "Putting",
];

/// Capitalised words that are never names on their own.
const NOT_NAMES: &[&str] = &[
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "West",
    "East",
    "North",
    "South",
    "Cold",
    "War",
    "COVID",
    "Communist",
    "Orthodox",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
];

/// Capitalised words that make a run a group, event or thing rather than a person.
const NOT_PERSON_WORDS: &[&str] = &[
    "Democrats",
    "Republicans",
    "Conservatives",
    "Tories",
    "Dems",
    "Labour",
    "Greens",
    "Liberals",
    "Socialists",
    "Stage",
    "Stages",
    "League",
    "Cup",
    "Day",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Act",
    "Bill",
    "Award",
    "Awards",
    "Prize",
    "Festival",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Open",
    "Airport",
    "Station",
    "Hospital",
    "School",
    "College",
    "Museum",
    "Theatre",
    "Theater",
    "Bridge",
    "Island",
    "Islands",
    "River",
    "Lake",
    "Sea",
    "Ocean",
    "Valley",
    "Park",
    "Hall",
    "Tower",
    "Palace",
    "Castle",
    "Market",
    "Exchange",
    "Index",
    "Agreement",
    "Accord",
    "Plan",
    "Review",
    "Report",
    "Week",
    "Era",
    "Age",
    "Empire",
    "Republic",
    "Kingdom",
    "Province",
    "County",
    "District",
    "Region",
    "Coast",
    "Gulf",
    "Peninsula",
    "Strait",
    "Street",
    "Show",
    "Film",
    "Album",
    "Tour",
    "Series",
    "Edition",
    "Version",
    "Programme",
    "Program",
    "Project",
    "Scheme",
    "Fund",
    "Trust",
    "Council",
    "Court",
    "Police",
    "Forces",
    "Force",
    "Authority",
    "Minister",
    "Ministers",
    "Secretary",
    "President",
    "Chancellor",
    "Leader",
    "Leaders",
    "Mail",
    "Guardian",
    "Telegraph",
    "Express",
    "Mirror",
    "Journal",
    "Herald",
    "Tribune",
    "Online",
    "Digital",
    "Radio",
    "Television",
    "TV",
    "Channel",
    "Records",
    "Music",
    "Pictures",
    "Studios",
    "Motors",
    "Airlines",
    "Airways",
    "Energy",
    "Oil",
    "Gas",
    "Asian",
    "African",
    "European",
    "Muslim",
    "Christian",
    "Jewish",
    "Catholic",
    "Protestant",
    "Orthodox",
    "Communist",
    "Treasury",
    "Commons",
    "Lords",
    "Cabinet",
    "Budget",
    "Olympic",
    "World",
    "Global",
    "International",
    "National",
    "Federal",
    "State",
    "Royal",
    "Grand",
    "Prix",
    "Super",
    "Bowl",
    "Premiership",
    "Division",
];

/// Lower-case words allowed inside a name ("Bank of England", "Ursula von der Leyen").
const CONNECTORS: &[&str] = &[
    "of", "von", "der", "de", "al", "bin", "van", "da", "du", "la",
];

/// Finds the named entities of an article's body. `canonical` is the within-article linking
/// ("Putin" → "Vladimir Putin"); corpus-wide linking happens later.
pub fn find(article: &Article) -> Vec<EntityMention> {
    let body = &article.body;
    let toks = tokenize(body);
    // Capitalised words seen mid-sentence: a sentence-initial word counts as a name only if
    // the article also capitalises it elsewhere.
    let sentence_starts: BTreeSet<usize> = article.sentences.iter().map(|s| s.start).collect();
    let is_start = |i: usize| -> bool {
        let t = toks[i];
        if i == 0 {
            return true;
        }
        let prev = &body[toks[i - 1].start..toks[i - 1].end];
        sentence_starts.contains(&t.start)
            || matches!(prev, "\"" | "“" | "(" | ":")
            || body[toks[i - 1].end..t.start].contains('\n')
    };
    let mut mid_caps: BTreeSet<&str> = BTreeSet::new();
    for (i, t) in toks.iter().enumerate() {
        if t.capital && !is_start(i) {
            mid_caps.insert(&body[t.start..t.end]);
        }
    }

    let mut raw: Vec<(std::ops::Range<usize>, EntityKind, String)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].capital {
            i += 1;
            continue;
        }
        // Collect a run of capitalised words (with connectors and glued hyphen parts).
        let mut words: Vec<(usize, usize)> = Vec::new(); // byte ranges
        let mut j = i;
        let mut first_tok = Vec::new();
        while j < toks.len() {
            let t = toks[j];
            let text = &body[t.start..t.end];
            if t.capital && t.word {
                // "Jong-un": glue lower-case hyphen parts.
                let (mut end, mut k) = (t.end, j + 1);
                while k + 1 < toks.len()
                    && matches!(&body[toks[k].start..toks[k].end], "-" | "‑")
                    && toks[k].start == end
                    && toks[k + 1].start == toks[k].end
                    && toks[k + 1].word
                {
                    end = toks[k + 1].end;
                    k += 2;
                }
                words.push((t.start, end));
                first_tok.push(j);
                j = k;
                // A possessive or a line break ends the name.
                if j < toks.len() && matches!(&body[toks[j].start..toks[j].end], "'" | "’") {
                    break;
                }
                if j < toks.len() && body[end..toks[j].start].contains('\n') {
                    break;
                }
                continue;
            }
            if CONNECTORS.contains(&text)
                && !words.is_empty()
                && toks.get(j + 1).is_some_and(|n| n.capital)
            {
                words.push((t.start, t.end));
                first_tok.push(j);
                j += 1;
                continue;
            }
            break;
        }
        let next = j.max(i + 1);
        let word_text = |w: &(usize, usize)| &body[w.0..w.1];
        // Drop a sentence-initial common word.
        let mut start = 0;
        if is_start(first_tok[0]) {
            let w0 = word_text(&words[0]);
            let known = gazetteer::place(w0).is_some()
                || gazetteer::demonym(w0).is_some()
                || TITLES.contains(&w0)
                || ORGS.contains(&w0);
            if SENTENCE_STARTERS.contains(&w0)
                || (!known && !mid_caps.contains(w0) && words.len() == 1)
            {
                start = 1;
            }
        }
        // Split the run into demonym/titles and the name after them.
        let mut titled = false;
        while start < words.len() {
            let w = word_text(&words[start]);
            if TITLES.contains(&w.trim_end_matches('.')) {
                titled = true;
                start += 1;
            } else if hyphenated_adjective(w) && start + 1 < words.len() {
                // "Communist-governed Vietnam", "Kremlin-backed Wagner": the name follows.
                start += 1;
            } else if gazetteer::demonym(w).is_some() && start + 1 < words.len() {
                // "North Korean leader": two-word demonyms.
                start += 1;
            } else if w == "North" || w == "South" {
                let two = format!(
                    "{} {}",
                    w,
                    word_text(words.get(start + 1).unwrap_or(&(0, 0)))
                );
                if gazetteer::demonym(&two).is_some() && start + 2 < words.len() {
                    start += 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let mut end = words.len();
        while end > start && CONNECTORS.contains(&word_text(&words[end - 1])) {
            end -= 1;
        }
        if start < end {
            let span = words[start].0..words[end - 1].1;
            let text = &body[span.clone()];
            if let Some(kind) = classify(text, titled, &words[start..end], body) {
                raw.push((span, kind, text.to_string()));
            } else if end - start >= 2 {
                // "Vladimir Putin Pyongyang"-like runs are rare; try a place at the end.
                let last = &words[end - 1];
                if gazetteer::place(&body[last.0..last.1]).is_some() {
                    raw.push((
                        last.0..last.1,
                        EntityKind::Place,
                        body[last.0..last.1].to_string(),
                    ));
                }
            }
        }
        i = next;
    }
    // Keep single-word "people" only when they are part of a longer name.
    let name_parts: BTreeSet<String> = raw
        .iter()
        .filter(|(_, k, t)| *k == EntityKind::Person && t.contains(' '))
        .flat_map(|(_, _, t)| t.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    raw.retain(|(_, k, t)| {
        *k != EntityKind::Person
            || t.contains(' ')
            || name_parts.contains(t)
            || gazetteer::KNOWN_PEOPLE
                .iter()
                .any(|p| p.split(' ').any(|part| part == t))
    });
    link_within(raw)
}

/// A capitalised compound adjective such as "Communist-governed", "Kremlin-backed" or
/// "Soviet-made": its last part is a lower-case participle. ("Jong-un" is not.)
fn hyphenated_adjective(word: &str) -> bool {
    let Some((_, last)) = word.rsplit_once(['-', '‑']) else {
        return false;
    };
    let participle = last.len() >= 3 && (last.ends_with("ed") || last.ends_with("ing"))
        || matches!(
            last,
            "made" | "born" | "run" | "held" | "built" | "led" | "owned"
        );
    participle && last.chars().all(|c| c.is_lowercase())
}

fn classify(text: &str, titled: bool, words: &[(usize, usize)], body: &str) -> Option<EntityKind> {
    if NOT_NAMES.contains(&text) {
        return None;
    }
    if gazetteer::place(text).is_some() {
        return Some(EntityKind::Place);
    }
    if ORGS.contains(&text) {
        return Some(EntityKind::Organization);
    }
    let word_list: Vec<&str> = words.iter().map(|w| &body[w.0..w.1]).collect();
    if word_list.iter().any(|w| ORG_WORDS.contains(w)) {
        return Some(EntityKind::Organization);
    }
    let acronym = text.len() >= 2
        && text.len() <= 6
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if acronym && !titled {
        return Some(EntityKind::Organization);
    }
    if word_list.iter().any(|w| NOT_NAMES.contains(w)) && !titled {
        return None;
    }
    // Person names are words like "Lena" or "Jong-un": a capital then lower case, not
    // "MPs", and not the common nouns of groups, events and things.
    let name_like = word_list.iter().all(|w| {
        CONNECTORS.contains(w)
            || matches!(*w, "II" | "III" | "IV" | "Jr" | "Sr")
            || (w.chars().skip(1).any(char::is_lowercase)
                && w.chars().skip(1).all(|c| !c.is_uppercase() || c == 'c')
                && !NOT_PERSON_WORDS.contains(w))
    });
    if !name_like {
        return None;
    }
    if titled || word_list.len() >= 2 {
        return Some(EntityKind::Person);
    }
    // One unknown capitalised word: a person only if it is part of a full name the article
    // uses or of a well-known name (checked by the caller once all names are known).
    Some(EntityKind::Person)
}

/// Links short forms to the full names the same article uses.
fn link_within(raw: Vec<(std::ops::Range<usize>, EntityKind, String)>) -> Vec<EntityMention> {
    let mut full_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, kind, text) in &raw {
        if *kind == EntityKind::Person && text.contains(' ') {
            *full_counts.entry(text.as_str()).or_default() += 1;
        }
    }
    let link = |text: &str| -> Option<String> {
        best_full_name(text, full_counts.iter().map(|(k, v)| (*k, *v)))
    };
    let mut out: Vec<EntityMention> = raw
        .iter()
        .map(|(span, kind, text)| {
            let canonical = match kind {
                EntityKind::Person if !text.contains(' ') => {
                    link(text).unwrap_or_else(|| text.clone())
                }
                EntityKind::Place => gazetteer::place(text)
                    .map(|p| p.name.to_string())
                    .unwrap_or_else(|| text.clone()),
                _ => text.clone(),
            };
            EntityMention {
                span: span.clone(),
                text: text.clone(),
                kind: *kind,
                canonical,
            }
        })
        .collect();
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out
}

/// The most frequent full name having `short` as its first or last word.
pub fn best_full_name<'a>(
    short: &str,
    names: impl Iterator<Item = (&'a str, usize)>,
) -> Option<String> {
    let mut best: Option<(&str, usize)> = None;
    let mut tie = false;
    for (name, count) in names {
        let mut parts = name.split(' ');
        let first = parts.next().unwrap_or("");
        let last = name.rsplit(' ').next().unwrap_or("");
        if first == short || last == short {
            match best {
                Some((_, c)) if count < c => {}
                Some((_, c)) if count == c => tie = true,
                _ => {
                    best = Some((name, count));
                    tie = false;
                }
            }
        }
    }
    // An even split ("Kim" in an article naming three Kims once each) links to nobody.
    if tie {
        return None;
    }
    best.map(|(n, _)| n.to_string())
}

/// Tokens helper re-exported for the mention finder.
pub fn tokens(text: &str) -> Vec<Token> {
    tokenize(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::read_text;

    fn names(text: &str) -> Vec<(String, EntityKind, String)> {
        let a = read_text("t.txt", &format!("A headline for the test\n\n{text}\n"));
        find(&a)
            .into_iter()
            .map(|e| (e.text, e.kind, e.canonical))
            .collect()
    }

    #[test]
    fn titles_demonyms_and_possessives_are_trimmed() {
        let n = names(
            "Russian President Vladimir Putin arrived in Pyongyang. Putin's visit was watched by \
             North Korean leader Kim Jong Un and the Kremlin.",
        );
        assert!(n.contains(&(
            "Vladimir Putin".into(),
            EntityKind::Person,
            "Vladimir Putin".into()
        )));
        assert!(n.contains(&("Putin".into(), EntityKind::Person, "Vladimir Putin".into())));
        assert!(n.contains(&("Pyongyang".into(), EntityKind::Place, "Pyongyang".into())));
        assert!(n.contains(&(
            "Kim Jong Un".into(),
            EntityKind::Person,
            "Kim Jong Un".into()
        )));
        assert!(n.contains(&("Kremlin".into(), EntityKind::Organization, "Kremlin".into())));
        assert!(!n
            .iter()
            .any(|e| e.0.contains("Russian") || e.0.contains("North Korean")));
    }

    #[test]
    fn plural_company_words_make_organisations() {
        let n = names("Shares in Reliance Industries rose, said Mukesh Ambani.");
        assert!(n.contains(&(
            "Reliance Industries".into(),
            EntityKind::Organization,
            "Reliance Industries".into()
        )));
        assert!(n.contains(&(
            "Mukesh Ambani".into(),
            EntityKind::Person,
            "Mukesh Ambani".into()
        )));
    }

    #[test]
    fn compound_adjectives_before_a_name_are_not_part_of_it() {
        let n = names("Putin then flew to Communist-governed Vietnam, where Kremlin-backed Wagner had no role.");
        assert!(n.contains(&("Vietnam".into(), EntityKind::Place, "Vietnam".into())));
        assert!(
            !n.iter()
                .any(|e| e.0.contains("-governed") || e.0.contains("-backed")),
            "{n:?}"
        );
        let n = names("The visit was welcomed by Kim Jong-un in Pyongyang.");
        assert!(n.iter().any(|e| e.0 == "Kim Jong-un"), "{n:?}");
    }

    #[test]
    fn the_soviet_union_is_a_place() {
        let n = names("Putin spoke of the collapse of the USSR in 1991.");
        assert!(
            n.contains(&("USSR".into(), EntityKind::Place, "Soviet Union".into())),
            "{n:?}"
        );
    }

    #[test]
    fn sentence_starters_and_dates_are_not_names() {
        let n = names("The visit began on Tuesday. Analysts said it mattered to North Korea.");
        assert_eq!(
            n,
            vec![(
                "North Korea".into(),
                EntityKind::Place,
                "North Korea".into()
            )]
        );
    }

    #[test]
    fn hyphenated_names_stay_whole() {
        let n = names("They met Kim Jong-un in Hanoi.");
        assert!(n
            .iter()
            .any(|e| e.0 == "Kim Jong-un" && e.1 == EntityKind::Person));
    }
}
