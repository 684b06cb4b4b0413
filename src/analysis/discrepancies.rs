//! Where sources disagree: dates, weekdays, places, numbers and name spellings.
//!
//! Precision first: a conflict is reported only when the sources clearly talk about the same
//! thing — the same event by action, people and place, or the same name differing by a typo.

use super::gazetteer;
use super::merge::{is_news, Cluster, SourceInfo};
use crate::model::{
    Claim, Discrepancy, DiscrepancyKind, EntityKind, EventMention, MentionRef, TimeBasis,
};
use chrono::{Datelike, Duration, NaiveDate};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// A discrepancy before ids are assigned, with the cluster it is about.
pub struct Found {
    /// The discrepancy (id empty).
    pub discrepancy: Discrepancy,
    /// Index of the cluster it concerns.
    pub cluster: Option<usize>,
}

fn refs(members: &[usize], mentions: &[EventMention]) -> Vec<MentionRef> {
    let mut v: Vec<MentionRef> = members.iter().map(|&m| mentions[m].at.clone()).collect();
    v.sort_by_key(|r| (r.article, r.span.start));
    v.dedup();
    v
}

fn weekday_name(d: NaiveDate) -> String {
    d.format("%A").to_string()
}

fn utc(minutes: i32) -> String {
    let sign = if minutes < 0 { '−' } else { '+' };
    let m = minutes.abs();
    if m % 60 == 0 {
        format!("UTC{}{}", sign, m / 60)
    } else {
        format!("UTC{}{}:{:02}", sign, m / 60, m % 60)
    }
}

/// Weekday conflicts from the day splits the merger found.
pub fn weekdays(
    clusters: &[Cluster],
    labels: &[String],
    mentions: &[EventMention],
    sources: &[SourceInfo],
) -> Vec<Found> {
    let mut out = Vec::new();
    for (ci, c) in clusters.iter().enumerate() {
        let Some((early, late)) = &c.day_split else {
            continue;
        };
        let (Some(&e0), Some(&l0)) = (early.first(), late.first()) else {
            continue;
        };
        let (d_early, d_late) = (mentions[e0].time.start, mentions[l0].time.start);
        // Where it happened: the most specific place the mentions name.
        let place = c
            .members
            .iter()
            .flat_map(|&m| {
                mentions[m]
                    .destination
                    .iter()
                    .chain(mentions[m].places.iter())
            })
            .filter_map(|p| gazetteer::place(p))
            .max_by_key(|p| (p.city, p.name))
            .copied();
        let local_marked = late.iter().any(|&m| {
            let q = mentions[m].at.quote.to_lowercase();
            q.contains("local time") || q.contains(" time)")
        });
        let reporting: Option<(String, i32)> = early.iter().find_map(|&m| {
            let src = &sources[mentions[m].at.article];
            src.dateline_place
                .as_deref()
                .and_then(gazetteer::place)
                .map(|p| (p.name.to_string(), p.offset_on(d_early)))
        });
        let later_reporting: Option<(String, i32)> = late.iter().find_map(|&m| {
            let src = &sources[mentions[m].at.article];
            src.dateline_place
                .as_deref()
                .and_then(gazetteer::place)
                .map(|p| (p.name.to_string(), p.offset_on(d_early)))
        });
        let (we, wl) = (weekday_name(d_early), weekday_name(d_late));
        let mut explanation = format!(
            "Sources disagree on the day: {we} {} or {wl} {}.",
            d_early.format("%-d %B"),
            d_late.format("%-d %B")
        );
        let mut severity = 0.6;
        if let Some(p) = place {
            let off = p.offset_on(d_early);
            let west = reporting
                .clone()
                .or(later_reporting.clone().filter(|(_, o)| *o < off))
                .unwrap_or_else(|| ("Washington".to_string(), -240));
            if off - west.1 >= 6 * 60 {
                explanation = format!(
                    "Probably a time-zone difference, not a real conflict: {} is {}, so late {we} in {} ({}) is already {wl} morning in {}. Sources counting the day where it happened say {wl}{}; sources on a western clock say {we}.",
                    p.name,
                    utc(off),
                    west.0,
                    utc(west.1),
                    p.name,
                    if local_marked { " (one says \"local time\")" } else { "" }
                );
                severity = 0.25;
            }
        }
        out.push(Found {
            discrepancy: Discrepancy {
                id: String::new(),
                kind: crate::model::DiscrepancyKind::Weekday,
                subject: labels[ci].clone(),
                claims: vec![
                    Claim {
                        value: format!("{we} {}", d_early.format("%Y-%m-%d")),
                        mentions: refs(early, mentions),
                    },
                    Claim {
                        value: format!("{wl} {}", d_late.format("%Y-%m-%d")),
                        mentions: refs(late, mentions),
                    },
                ],
                explanation,
                confidence: 0.9,
                severity,
                event: None,
            },
            cluster: Some(ci),
        });
    }
    // Reference the best-supported side first.
    for f in &mut out {
        f.discrepancy
            .claims
            .sort_by_key(|c| std::cmp::Reverse(c.mentions.len()));
    }
    out
}

/// Action groups specific enough that two dates for one of them contradict each other;
/// generic ones ("started", "said") are left alone.
const SPECIFIC: &[&str] = &[
    "visit",
    "meet",
    "sign",
    "invade",
    "collapse",
    "forgive debt",
    "invite",
    "elect",
    "die",
    "resign",
];

/// Background events placed at incompatible times by different sources: the same action, the
/// same specific place or people, and the text marks the event as unique ("their last
/// meeting", "first visit in 24 years") so two dates cannot both be right.
pub fn dates(
    clusters: &[Cluster],
    labels: &[String],
    mentions: &[EventMention],
    sources: &[SourceInfo],
) -> Vec<Found> {
    // Block by (group, key) where key is a city or a pair of people. Meetings and visits
    // share a block: a background meeting may have joined the visit it happened on, and
    // "their last meeting" is still to be compared with a meeting another source dates.
    let mut blocks: BTreeMap<(String, String), BTreeSet<usize>> = BTreeMap::new();
    let block_group = |group: &str| -> String {
        match group {
            "meet" => "visit".to_string(),
            other => other.to_string(),
        }
    };
    for (ci, c) in clusters.iter().enumerate() {
        if is_news(c, mentions, sources) || c.day_split.is_some() {
            continue;
        }
        let mut people = BTreeSet::new();
        for &m in &c.members {
            let mm = &mentions[m];
            for p in mm.places.iter().chain(mm.destination.iter()) {
                if let Some(g) = gazetteer::place(p) {
                    if g.city {
                        blocks
                            .entry((block_group(&c.group), format!("@{p}")))
                            .or_default()
                            .insert(ci);
                    }
                    blocks
                        .entry((block_group(&c.group), format!("@{}", g.country)))
                        .or_default()
                        .insert(ci);
                }
            }
            people.extend(mm.participants.iter().cloned());
        }
        let people: Vec<String> = people.into_iter().collect();
        for (i, a) in people.iter().enumerate() {
            for b in &people[i + 1..] {
                blocks
                    .entry((block_group(&c.group), format!("{a}+{b}")))
                    .or_default()
                    .insert(ci);
            }
        }
    }
    let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut out = Vec::new();
    // The most specific block names the pair first: "this meeting (Vladivostok)" says more
    // than "(Russia)". Cities, then pairs of people, then countries.
    let specificity = |key: &str| match key.strip_prefix('@') {
        Some(place) if gazetteer::place(place).is_some_and(|g| g.city) => 0,
        Some(_) => 2,
        None => 1,
    };
    let mut ordered: Vec<(&(String, String), &BTreeSet<usize>)> = blocks.iter().collect();
    ordered.sort_by_key(|((group, key), _)| (specificity(key), group.clone(), key.clone()));
    for ((_, key), list) in ordered {
        let list: Vec<usize> = list.iter().copied().collect();
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                if !seen.insert((a, b)) {
                    continue;
                }
                let (ca, cb) = (&clusters[a], &clusters[b]);
                if ca.time.nests_with(&cb.time) || ca.time.overlaps(&cb.time) {
                    continue;
                }
                if !ca.articles(mentions).is_disjoint(&cb.articles(mentions)) {
                    continue; // one article naming two dates is telling of two events
                }
                // Who went where: a visit to Pyongyang and one to Vladivostok are different.
                let dests = |c: &Cluster| -> BTreeSet<String> {
                    c.members
                        .iter()
                        .filter_map(|&m| mentions[m].destination.clone())
                        .collect()
                };
                let (da, db) = (dests(ca), dests(cb));
                if !da.is_empty()
                    && !db.is_empty()
                    && !da.iter().any(|x| {
                        db.iter()
                            .any(|y| gazetteer::within(x, y) || gazetteer::within(y, x))
                    })
                {
                    continue;
                }
                let people = |c: &Cluster| -> BTreeSet<String> {
                    c.members
                        .iter()
                        .flat_map(|&m| mentions[m].participants.iter().cloned())
                        .collect()
                };
                let (pa, pb) = (people(ca), people(cb));
                if !pa.is_empty() && !pb.is_empty() && pa.is_disjoint(&pb) {
                    continue;
                }
                // The same event needs the same people or the same city, not just a country.
                let cities = |c: &Cluster| -> BTreeSet<String> {
                    c.members
                        .iter()
                        .flat_map(|&m| {
                            mentions[m]
                                .places
                                .iter()
                                .chain(mentions[m].destination.iter())
                        })
                        .filter(|p| gazetteer::place(p).is_some_and(|g| g.city))
                        .cloned()
                        .collect()
                };
                if pa.is_disjoint(&pb) && cities(ca).is_disjoint(&cities(cb)) {
                    continue;
                }
                if !SPECIFIC.contains(&ca.group.as_str()) {
                    continue;
                }
                let unique = |c: &Cluster| {
                    c.members
                        .iter()
                        .any(|&m| mentions[m].unique || mentions[m].basis == TimeBasis::Elapsed)
                };
                if !(unique(ca) || unique(cb)) {
                    continue;
                }
                let elapsed = |c: &Cluster| {
                    c.members
                        .iter()
                        .any(|&m| mentions[m].basis == TimeBasis::Elapsed)
                };
                let kind = if elapsed(ca) || elapsed(cb) {
                    DiscrepancyKind::Number
                } else {
                    DiscrepancyKind::Date
                };
                let claim = |c: &Cluster| Claim {
                    value: c.value.clone(),
                    mentions: refs(&c.members, mentions),
                };
                let what = key.trim_start_matches('@').replace('+', " and ");
                let explanation = match kind {
                    DiscrepancyKind::Number => format!(
                        "The elapsed time one source gives does not fit the year another names ({} against {}).",
                        ca.value, cb.value
                    ),
                    _ => format!(
                        "Sources place this {} ({}) in {} and in {}. It may be two different occasions; check which one each source means.",
                        if ca.group == "meet" || cb.group == "meet" { "meeting" } else { "event" },
                        what,
                        describe(&ca.value),
                        describe(&cb.value)
                    ),
                };
                let mut claims = vec![claim(ca), claim(cb)];
                claims.sort_by_key(|c| std::cmp::Reverse(c.mentions.len()));
                out.push(Found {
                    discrepancy: Discrepancy {
                        id: String::new(),
                        kind,
                        subject: labels[a].clone(),
                        claims,
                        explanation,
                        confidence: if unique(ca) && unique(cb) { 0.8 } else { 0.6 },
                        severity: 0.8,
                        event: None,
                    },
                    cluster: Some(a),
                });
            }
        }
    }
    out
}

fn describe(value: &str) -> String {
    match crate::temporal::interval(value) {
        Some(i) => match i.granularity {
            crate::model::Granularity::Month => i.start.format("%B %Y").to_string(),
            crate::model::Granularity::Year => i.start.year().to_string(),
            crate::model::Granularity::Day => i.start.format("%-d %B %Y").to_string(),
            _ => value.to_string(),
        },
        None => value.to_string(),
    }
}

/// The same news event placed in different cities.
pub fn places(clusters: &[Cluster], labels: &[String], mentions: &[EventMention]) -> Vec<Found> {
    let mut out = Vec::new();
    for (ci, c) in clusters.iter().enumerate() {
        let mut by_place: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for &m in &c.members {
            if let Some(d) = &mentions[m].destination {
                if gazetteer::place(d).is_some_and(|p| p.city) {
                    by_place.entry(d.clone()).or_default().push(m);
                }
            }
        }
        if by_place.len() < 2 {
            continue;
        }
        let names: Vec<&String> = by_place.keys().collect();
        let conflicting = names.iter().enumerate().any(|(i, a)| {
            names[i + 1..].iter().any(|b| {
                let (sa, sb): (BTreeSet<usize>, BTreeSet<usize>) = (
                    by_place[*a]
                        .iter()
                        .map(|&m| mentions[m].at.article)
                        .collect(),
                    by_place[*b]
                        .iter()
                        .map(|&m| mentions[m].at.article)
                        .collect(),
                );
                sa.is_disjoint(&sb)
            })
        });
        if !conflicting {
            continue;
        }
        let mut claims: Vec<Claim> = by_place
            .iter()
            .map(|(p, ms)| Claim {
                value: p.clone(),
                mentions: refs(ms, mentions),
            })
            .collect();
        claims.sort_by_key(|c| std::cmp::Reverse(c.mentions.len()));
        out.push(Found {
            discrepancy: Discrepancy {
                id: String::new(),
                kind: DiscrepancyKind::Place,
                subject: labels[ci].clone(),
                explanation: format!(
                    "Sources put this event in different places: {}.",
                    claims
                        .iter()
                        .map(|c| c.value.as_str())
                        .collect::<Vec<_>>()
                        .join(" or ")
                ),
                claims,
                confidence: 0.7,
                severity: 0.6,
                event: None,
            },
            cluster: Some(ci),
        });
    }
    out
}

/// Damerau–Levenshtein distance (optimal string alignment), case-insensitive.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&a.to_lowercase(), &b.to_lowercase())
}

/// How two spellings of a name differ, if they look like one name: `None` when they are
/// different names.
pub fn spelling_variant(a: &str, b: &str) -> Option<&'static str> {
    // Capitalisation of a particle or a title word ("Robert De Niro" / "Robert de Niro",
    // "Gangs Of New York") is a house style, not a spelling.
    if a == b || a.to_lowercase() == b.to_lowercase() {
        return None;
    }
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    if squash(a) == squash(b) {
        return Some(
            "the same name written with different spacing or hyphens (a transliteration style)",
        );
    }
    let ta: Vec<&str> = a.split([' ', '-']).collect();
    let tb: Vec<&str> = b.split([' ', '-']).collect();
    if ta.len() != tb.len() || ta.len() < 2 {
        return None;
    }
    let diffs: Vec<(&str, &str)> = ta
        .iter()
        .zip(&tb)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    if diffs.len() != 1 {
        return None;
    }
    let (x, y) = diffs[0];
    // Plurals ("Key Stage" / "Key Stages") and demonyms ("Sri Lanka" / "Sri Lankan",
    // "New Zealand" / "New Zealander") are grammar, not spelling.
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if let Some(suffix) = long.strip_prefix(short) {
        if ["s", "n", "an", "ian", "er", "ese", "ish"].contains(&suffix) {
            return None;
        }
    }
    if (x == "II" && y == "Il") || (x == "Il" && y == "II") {
        return Some("\"II\" (two capital i's) where the name has \"Il\" — a common misreading");
    }
    if romanised(x) == romanised(y) {
        return Some(
            "two romanisations of the same name (as with Sergei/Sergey) — not an error, but \
             searches for one spelling miss the other",
        );
    }
    let dist = edit_distance(x, y);
    let limit = if x.chars().count().min(y.chars().count()) <= 6 {
        1
    } else {
        2
    };
    if dist == 0 || dist > limit {
        return None;
    }
    // Different first letters are usually different names ("Kim Jong Un" / "Kim Jong Il").
    if x.chars().next().map(|c| c.to_ascii_lowercase())
        != y.chars().next().map(|c| c.to_ascii_lowercase())
    {
        return None;
    }
    Some("a likely typo: the spellings differ by a letter or two")
}

/// The first word of a name.
fn first_word(name: &str) -> &str {
    name.split(' ').next().unwrap_or("")
}

/// A name with the common alternatives of romanising Russian, Korean, Chinese or Arabic
/// names folded together: y/i ("Sergey"/"Sergei", "Yury"/"Yuri"), kh/h, ts/tz, ou/u, j/dj.
fn romanised(name: &str) -> String {
    let mut s = name.to_lowercase();
    for (from, to) in [
        ("kh", "h"),
        ("tz", "ts"),
        ("dj", "j"),
        ("ou", "u"),
        ("iy", "i"),
        ("ii", "i"),
        ("y", "i"),
        ("ie", "i"),
        ("ei", "i"),
    ] {
        s = s.replace(from, to);
    }
    s
}

/// One name spelled different ways across or within sources, with the majority spelling (or
/// the usual spelling of a well-known person) as the reference.
pub fn names(
    entities: &[(usize, &crate::model::EntityMention)],
    sentence_of: &dyn Fn(usize, std::ops::Range<usize>) -> MentionRef,
) -> Vec<Found> {
    // Spellings of multi-word person names with their mentions.
    // (article, span) per spelling; the quotes are made only for names that end up compared.
    let mut spellings: BTreeMap<String, Vec<(usize, std::ops::Range<usize>)>> = BTreeMap::new();
    for (article, e) in entities {
        if e.kind != EntityKind::Person || !e.text.contains(' ') {
            continue;
        }
        spellings
            .entry(e.text.clone())
            .or_default()
            .push((*article, e.span.clone()));
    }
    // The other names each article mentions: two spellings in unrelated articles are most
    // likely two people ("Peter Jackson" in a film review, "Peter Jamieson" in a business
    // story), so a pair is compared only within one article or between articles on one story.
    let mut names_of: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (article, e) in entities {
        names_of
            .entry(*article)
            .or_default()
            .insert(e.canonical.as_str());
    }
    let articles_of = |name: &str| -> BTreeSet<usize> {
        spellings
            .get(name)
            .map(|v| v.iter().map(|(a, _)| *a).collect())
            .unwrap_or_default()
    };
    let related = |a: &str, b: &str| -> bool {
        let (arts_a, arts_b) = (articles_of(a), articles_of(b));
        // A spelling compared with a well-known name only, or both in one article.
        if arts_a.is_empty() || arts_b.is_empty() || !arts_a.is_disjoint(&arts_b) {
            return true;
        }
        let empty = BTreeSet::new();
        arts_a.iter().any(|i| {
            let ni = names_of.get(i).unwrap_or(&empty);
            arts_b.iter().any(|j| {
                let nj = names_of.get(j).unwrap_or(&empty);
                ni.intersection(nj).filter(|n| **n != a && **n != b).count() >= 2
            })
        })
    };
    // Block by first and by last word.
    let mut blocks: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let add = |blocks: &mut BTreeMap<String, BTreeSet<String>>, name: &str| {
        let mut parts = name.split(' ');
        if let Some(f) = parts.next() {
            blocks
                .entry(format!("f:{f}"))
                .or_default()
                .insert(name.to_string());
        }
        if let Some(l) = name.rsplit(' ').next() {
            blocks
                .entry(format!("l:{l}"))
                .or_default()
                .insert(name.to_string());
        }
    };
    for name in spellings.keys() {
        add(&mut blocks, name);
    }
    for name in gazetteer::KNOWN_PEOPLE {
        add(&mut blocks, name);
    }
    // The variant pairs, block by block in parallel (the blocks are independent); collected
    // in block order so the union below sees them in the same order on every run.
    let known_people: std::collections::HashSet<&str> =
        gazetteer::KNOWN_PEOPLE.iter().copied().collect();
    let blocks: Vec<(&String, &BTreeSet<String>)> = blocks.iter().collect();
    let pairs: Vec<(&String, &String, &'static str)> = blocks
        .par_iter()
        .flat_map_iter(|(block, names)| {
            let by_last = block.starts_with("l:");
            let names: Vec<&String> = names.iter().collect();
            let mut found = Vec::new();
            for (i, a) in names.iter().enumerate() {
                for b in &names[i + 1..] {
                    // A pair sharing its first word is compared in that word's block; the
                    // last-word block only takes the pairs whose first words differ.
                    if by_last && first_word(a) == first_word(b) {
                        continue;
                    }
                    // Variants differ by a few letters at most: skip the rest cheaply.
                    if a.len().abs_diff(b.len()) > 3 {
                        continue;
                    }
                    if !spellings.contains_key(*a) && !spellings.contains_key(*b) {
                        continue;
                    }
                    if known_people.contains(a.as_str()) && known_people.contains(b.as_str()) {
                        continue; // two well-known people, not one name
                    }
                    if let Some(reason) = spelling_variant(a, b).filter(|_| related(a, b)) {
                        found.push((*a, *b, reason));
                    }
                }
            }
            found
        })
        .collect();
    // Union the variants.
    let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut reasons: BTreeMap<String, &'static str> = BTreeMap::new();
    for (a, b, reason) in pairs {
        let root = groups
            .iter()
            .find(|(_, g)| g.contains(a) || g.contains(b))
            .map(|(k, _)| k.clone())
            .unwrap_or_else(|| a.clone());
        let g = groups.entry(root.clone()).or_default();
        g.insert(a.clone());
        g.insert(b.clone());
        reasons.insert(root, reason);
    }
    let mut out = Vec::new();
    for (root, group) in groups {
        let in_corpus: Vec<&String> = group
            .iter()
            .filter(|n| spellings.contains_key(*n))
            .collect();
        let known: Vec<&String> = group
            .iter()
            .filter(|n| known_people.contains(n.as_str()))
            .collect();
        // The reference: the spelling most mentions use; a well-known spelling wins ties and
        // stands in when only one spelling occurs.
        let count = |n: &String| spellings.get(n).map_or(0, Vec::len);
        // With two spellings in the corpus the majority is the reference; with one, the
        // usual spelling of the well-known name is.
        let candidates: Vec<&String> = if in_corpus.len() >= 2 {
            in_corpus.clone()
        } else {
            known.clone()
        };
        let reference = candidates
            .iter()
            .max_by_key(|n| {
                (
                    count(n),
                    known.contains(n),
                    // On a tie the longer spelling: a dropped letter is the commonest typo
                    // ("Aretha Frankin", "Darren Campell").
                    n.chars().count(),
                    std::cmp::Reverse((**n).clone()),
                )
            })
            .map(|n| (*n).clone())
            .unwrap_or(root.clone());
        if in_corpus.len() < 2 && !known.iter().any(|k| !spellings.contains_key(*k)) {
            continue;
        }
        let mut claims: Vec<Claim> = Vec::new();
        let mut ordered: Vec<&String> = group.iter().collect();
        ordered.sort_by_key(|n| (std::cmp::Reverse(count(n)), *n != &reference, (*n).clone()));
        for n in ordered {
            let mentions: Vec<MentionRef> = spellings
                .get(n)
                .map(|v| {
                    v.iter()
                        .map(|(a, span)| sentence_of(*a, span.clone()))
                        .collect()
                })
                .unwrap_or_default();
            if mentions.is_empty() && *n != reference {
                continue;
            }
            claims.push(Claim {
                value: n.clone(),
                mentions,
            });
        }
        if claims.len() < 2 {
            continue;
        }
        let only_reference_is_known = count(&reference) == 0;
        // Two spellings each used by several articles may be two people ("David Davis" and
        // "David Davies" are both MPs): say so and be less sure.
        let well_attested = claims
            .iter()
            .filter(|c| {
                c.mentions
                    .iter()
                    .map(|m| m.article)
                    .collect::<BTreeSet<_>>()
                    .len()
                    >= 2
            })
            .count()
            >= 2;
        let reason = reasons.get(&root).copied().unwrap_or("different spellings");
        let transliteration =
            reason.starts_with("the same name") || reason.starts_with("two romanisations");
        let others: Vec<String> = claims
            .iter()
            .filter(|c| c.value != reference)
            .map(|c| format!("\"{}\"", c.value))
            .collect();
        let explanation = if only_reference_is_known {
            format!(
                "{} looks like a misspelling of {}, the usual spelling of this well-known name: {}.",
                others.join(", "),
                reference,
                reason
            )
        } else {
            format!(
                "{} is also written {}: {}. Most mentions use \"{}\".{}",
                reference,
                others.join(", "),
                reason,
                reference,
                if well_attested {
                    " Both spellings are used by several articles, so these may be two different people."
                } else {
                    ""
                }
            )
        };
        let mut dedup_mentions: Vec<MentionRef> = Vec::new();
        for c in &mut claims {
            c.mentions.sort_by_key(|r| (r.article, r.span.start));
            c.mentions.dedup();
            dedup_mentions.extend(c.mentions.iter().cloned());
        }
        out.push(Found {
            discrepancy: Discrepancy {
                id: String::new(),
                kind: DiscrepancyKind::Name,
                subject: format!("Spelling of {reference}"),
                claims,
                explanation,
                confidence: if well_attested {
                    0.4
                } else if only_reference_is_known {
                    0.6
                } else {
                    0.8
                },
                severity: if transliteration { 0.1 } else { 0.35 },
                event: None,
            },
            cluster: None,
        });
    }
    out
}

/// A `Duration` in whole days, for tests.
#[allow(dead_code)]
fn days(n: i64) -> Duration {
    Duration::days(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_are_typos_not_other_people() {
        assert!(spelling_variant("Serget Lavrov", "Sergei Lavrov").is_some());
        assert!(spelling_variant("Kim Jong II", "Kim Jong Il").is_some());
        assert!(spelling_variant("Kim Jong-un", "Kim Jong Un").is_some());
        assert!(spelling_variant("Denis Mantrutov", "Denis Manturov").is_some());
        assert!(spelling_variant("Kim Jong Un", "Kim Jong Il").is_none());
        assert!(spelling_variant("Kim Ju Ae", "Kim Jong Un").is_none());
        assert!(spelling_variant("John Kirby", "John Kerry").is_none());
        assert!(spelling_variant("Joe Biden", "Joe Biden").is_none());
        // House style and grammar, not spelling.
        assert!(spelling_variant("Robert De Niro", "Robert de Niro").is_none());
        assert!(spelling_variant("Sri Lanka", "Sri Lankan").is_none());
        assert!(spelling_variant("New Zealand", "New Zealander").is_none());
        assert!(spelling_variant("Naresh Goya", "Naresh Goyal").is_some());
        let reason = spelling_variant("Sergey Lavrov", "Sergei Lavrov").unwrap_or_default();
        assert!(reason.contains("romanisation"), "{reason}");
        let reason = spelling_variant("Yury Ushakov", "Yuri Ushakov").unwrap_or_default();
        assert!(reason.contains("romanisation"), "{reason}");
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("manturov", "mantrutov"), 2);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("Sergei", "serget"), 1);
    }
}
