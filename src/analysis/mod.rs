//! Events across sources and the discrepancies between them.
//!
//! The pipeline: decide each article's creation date (stated, from its dateline, or inferred
//! from the other articles on the story) → per article, in parallel: temporal expressions,
//! names, event mentions → link names across the corpus → merge mentions into events →
//! find discrepancies → assemble the immutable [`Analysis`].

mod cache;
mod discrepancies;
mod entities;
pub mod gazetteer;
mod mentions;
mod merge;

pub use cache::{fingerprint, AnalysisCache};
pub use discrepancies::{edit_distance, spelling_variant};
pub use mentions::group as action_group;

use crate::model::{
    Analysis, Article, ArticleAnalysis, CreationDate, Discrepancy, EntityKind, Event, EventMention,
    Granularity, MentionRef, Origin, TimexType,
};
use chrono::NaiveDate;
use merge::SourceInfo;
use rayon::prelude::*;
use std::collections::HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Analysis settings.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Creation dates set by the user, by article index; they win over everything else.
    pub creation_overrides: BTreeMap<usize, NaiveDate>,
}

/// Per-article work (tagging, entities, event mentions): depends only on the article and
/// its creation date, so it can be cached and recomputed for one article when the user
/// changes its date. Mentions carry article index 0; [`analyze`] sets the real index.
pub fn analyze_article(article: &Article, creation: Option<CreationDate>) -> ArticleAnalysis {
    let dct = creation.as_ref().map(|c| c.date);
    let timexes = crate::temporal::tag(&article.body, dct);
    let entities = entities::find(article);
    let mentions = mentions::find(0, article, &timexes, &entities, dct);
    ArticleAnalysis {
        creation,
        timexes,
        entities,
        mentions,
    }
}

/// The creation date an article states: its publication date, or its dateline's date when
/// that is a day or two later (a report filed "Washington, June 19" on a page dated June 18).
pub fn stated_creation(article: &Article) -> Option<CreationDate> {
    let published = article.meta.published.as_ref()?;
    let date = published.value.date;
    let mut creation = CreationDate {
        date,
        origin: published.origin,
        evidence: Vec::new(),
    };
    if let Some(text) = article
        .meta
        .dateline
        .as_ref()
        .and_then(|d| d.value.date_text.as_deref())
    {
        let dateline_date = crate::temporal::tag(text, Some(date))
            .into_iter()
            .filter(|t| t.kind == TimexType::Date)
            .find_map(|t| crate::temporal::interval(&t.value))
            .filter(|i| i.granularity == Granularity::Day)
            .map(|i| i.start);
        if let Some(d) = dateline_date {
            let days = (d - date).num_days();
            if (1..=3).contains(&days) {
                creation.date = d;
                creation.evidence.push(format!(
                    "The dateline \"{text}\" is a day after the page date {}; relative dates are read from the dateline.",
                    date.format("%Y-%m-%d")
                ));
            }
        }
    }
    Some(creation)
}

/// Analyses a corpus end to end. User overrides are already applied to the articles' metadata.
pub fn analyze(articles: &[Article], opts: &AnalysisOptions) -> Analysis {
    analyze_with_cache(articles, opts, None)
}

/// Analyses a corpus end to end, taking per-article results from `cache` where the article
/// and its creation date are unchanged, and leaving this run's results in it. Only the
/// articles that changed are tagged again; merging and discrepancies always run on all.
pub fn analyze_incremental(
    articles: &[Article],
    opts: &AnalysisOptions,
    cache: &mut AnalysisCache,
) -> Analysis {
    analyze_with_cache(articles, opts, Some(cache))
}

fn analyze_with_cache(
    articles: &[Article],
    opts: &AnalysisOptions,
    cache: Option<&mut AnalysisCache>,
) -> Analysis {
    let creations: Vec<Option<CreationDate>> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| match opts.creation_overrides.get(&i) {
            Some(&date) => Some(CreationDate {
                date,
                origin: Origin::User,
                evidence: vec!["Set by you.".into()],
            }),
            None => stated_creation(a),
        })
        .collect();
    let prints: Vec<u64> = match cache {
        Some(_) => articles.par_iter().map(fingerprint).collect(),
        None => Vec::new(),
    };
    let cached = cache.as_deref();
    let lookup = |i: usize, c: &Option<CreationDate>| -> Option<ArticleAnalysis> {
        let hit = cached?.get(prints[i], c.as_ref().map(|c| c.date))?;
        Some(ArticleAnalysis {
            // The evidence of an inferred date depends on the other articles: keep today's.
            creation: c.clone(),
            ..hit.clone()
        })
    };
    let (hits, misses) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let run = |i: usize, a: &Article, c: Option<CreationDate>| -> ArticleAnalysis {
        match lookup(i, &c) {
            Some(hit) => {
                hits.fetch_add(1, Ordering::Relaxed);
                hit
            }
            None => {
                misses.fetch_add(1, Ordering::Relaxed);
                analyze_article(a, c)
            }
        }
    };
    let mut per: Vec<ArticleAnalysis> = articles
        .par_iter()
        .zip(creations.into_par_iter())
        .enumerate()
        .map(|(i, (a, c))| run(i, a, c))
        .collect();
    let inferred = infer_missing_dates(articles, &per);
    let again: Vec<(usize, ArticleAnalysis)> = inferred
        .into_par_iter()
        .map(|(i, c)| (i, run(i, &articles[i], Some(c))))
        .collect();
    // The first, undated pass of an article whose date was inferred is kept too: the next
    // run starts from it before it can infer the date again.
    let mut undated: Vec<(usize, ArticleAnalysis)> = Vec::new();
    for (i, a) in again {
        undated.push((i, std::mem::replace(&mut per[i], a)));
    }
    if let Some(cache) = cache {
        let entries = per
            .iter()
            .enumerate()
            .chain(undated.iter().map(|(i, a)| (*i, a)))
            .map(|(i, a)| (prints[i], a.creation.as_ref().map(|c| c.date), a.clone()));
        cache.replace(
            entries,
            hits.load(Ordering::Relaxed),
            misses.load(Ordering::Relaxed),
        );
    }
    for (i, a) in per.iter_mut().enumerate() {
        for m in &mut a.mentions {
            m.at.article = i;
        }
    }
    link_names_across(&mut per);

    let sources: Vec<SourceInfo> = articles
        .iter()
        .zip(&per)
        .map(|(a, p)| source_info(a, p))
        .collect();
    let all: Vec<EventMention> = per
        .iter()
        .flat_map(|p| p.mentions.iter().cloned())
        .collect();
    let clusters = merge::cluster(&all, &sources);
    let labels: Vec<String> = clusters.iter().map(|c| label(c, &all)).collect();

    let mut found = discrepancies::weekdays(&clusters, &labels, &all, &sources);
    found.extend(discrepancies::dates(&clusters, &labels, &all, &sources));
    found.extend(discrepancies::places(&clusters, &labels, &all));
    let entity_refs: Vec<(usize, &crate::model::EntityMention)> = per
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.entities.iter().map(move |e| (i, e)))
        .collect();
    let sentence_of =
        |article: usize, span: std::ops::Range<usize>| sentence_ref(articles, article, span);
    found.extend(discrepancies::names(&entity_refs, &sentence_of));

    // Events in time order with stable ids.
    let mut events: Vec<Event> = clusters
        .iter()
        .zip(&labels)
        .enumerate()
        .map(|(i, (c, label))| {
            let members: Vec<&EventMention> = c.members.iter().map(|&m| &all[m]).collect();
            let mut mentions: Vec<MentionRef> = members.iter().map(|m| m.at.clone()).collect();
            mentions.sort_by_key(|r| (r.article, r.span.start));
            mentions.dedup();
            let arts: BTreeSet<usize> = mentions.iter().map(|r| r.article).collect();
            let source_names: BTreeSet<String> =
                arts.iter().map(|&a| sources[a].name.clone()).collect();
            let origins: BTreeSet<String> =
                arts.iter().map(|&a| sources[a].origin.clone()).collect();
            let participants: BTreeSet<String> = members
                .iter()
                .flat_map(|m| m.participants.iter().cloned())
                .collect();
            let places: BTreeSet<String> = members
                .iter()
                .flat_map(|m| m.places.iter().cloned())
                .collect();
            Event {
                id: format!("e{}", i + 1),
                value: c.value.clone(),
                time: c.time,
                label: label.clone(),
                action: most_common(members.iter().filter_map(|m| m.action.clone())),
                participants: participants.into_iter().collect(),
                places: places.into_iter().collect(),
                mentions,
                sources: source_names.into_iter().collect(),
                independent_sources: origins.len(),
                discrepancies: Vec::new(),
            }
        })
        .collect();

    found.sort_by(|a, b| {
        b.discrepancy
            .severity
            .total_cmp(&a.discrepancy.severity)
            .then(a.discrepancy.kind.cmp(&b.discrepancy.kind))
            .then(a.discrepancy.subject.cmp(&b.discrepancy.subject))
    });
    let discrepancies: Vec<Discrepancy> = found
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let mut d = f.discrepancy;
            d.id = format!("d{}", i + 1);
            if let Some(c) = f.cluster {
                d.event = Some(events[c].id.clone());
                events[c].discrepancies.push(d.id.clone());
            }
            d
        })
        .collect();
    Analysis {
        articles: per,
        events,
        discrepancies,
    }
}

/// The sentence containing a body range, as a mention reference.
fn sentence_ref(articles: &[Article], article: usize, span: std::ops::Range<usize>) -> MentionRef {
    let a = &articles[article];
    let range = a
        .sentence_at(span.start)
        .map(|s| a.sentences[s].clone())
        .unwrap_or(span);
    let text = &a.body[range.clone()];
    let lead = text.len() - text.trim_start().len();
    let quote = text.trim().to_string();
    MentionRef {
        article,
        span: range.start + lead..range.start + lead + quote.len(),
        quote,
    }
}

fn source_info(article: &Article, analysis: &ArticleAnalysis) -> SourceInfo {
    let name = article.outlet_name().to_string();
    let origin = article
        .meta
        .relays
        .first()
        .map(|r| r.value.clone())
        .unwrap_or_else(|| name.clone());
    let dateline_place = article.meta.dateline.as_ref().map(|d| {
        d.value
            .place
            .split(['[', '('])
            .next()
            .unwrap_or("")
            .trim()
            .trim_end_matches(',')
            .to_string()
    });
    SourceInfo {
        name,
        origin,
        dct: analysis.creation.as_ref().map(|c| c.date),
        dateline_place,
    }
}

/// Articles without a date get the date most articles sharing its names carry — never
/// earlier than the latest full date the article itself mentions.
fn infer_missing_dates(
    articles: &[Article],
    per: &[ArticleAnalysis],
) -> Vec<(usize, CreationDate)> {
    let names: Vec<BTreeSet<&str>> = per
        .iter()
        .map(|p| {
            p.entities
                .iter()
                .filter(|e| e.kind != EntityKind::Organization)
                .map(|e| e.canonical.as_str())
                .collect()
        })
        .collect();
    // Dated articles by the names they carry, so an undated article meets only the articles
    // it shares a name with instead of every article of the corpus.
    let mut dated_by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, p) in per.iter().enumerate() {
        if p.creation
            .as_ref()
            .is_some_and(|c| c.origin != Origin::Inferred)
        {
            for &n in &names[j] {
                dated_by_name.entry(n).or_default().push(j);
            }
        }
    }
    let mut inferred: Vec<(usize, CreationDate)> = Vec::new();
    for i in 0..per.len() {
        if per[i].creation.is_some() {
            continue;
        }
        // Shared names per dated article, in name order (BTreeSet) so the evidence is stable.
        let mut shared_with: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for &n in &names[i] {
            for &j in dated_by_name.get(n).map(Vec::as_slice).unwrap_or(&[]) {
                shared_with.entry(j).or_default().push(n);
            }
        }
        let mut votes: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        let mut shared_names: BTreeSet<&str> = BTreeSet::new();
        for (j, shared) in shared_with {
            let Some(c) = &per[j].creation else { continue };
            if shared.len() >= 2 {
                votes.entry(c.date).or_default().push(j);
                shared_names.extend(shared);
            }
        }
        // The latest full date the article mentions itself.
        let own_latest = per[i]
            .timexes
            .iter()
            .filter(|t| t.kind == TimexType::Date)
            .filter_map(|t| crate::temporal::interval(&t.value))
            .filter(|iv| iv.granularity == Granularity::Day)
            .map(|iv| iv.start)
            .max();
        let best = votes
            .iter()
            .max_by_key(|(d, v)| (v.len(), std::cmp::Reverse(**d)))
            .map(|(d, v)| (*d, v.clone()));
        let mut evidence = vec!["The article gives no publication date.".to_string()];
        let date = match best {
            Some((d, voters)) => {
                let who: Vec<&str> = voters.iter().map(|&j| articles[j].outlet_name()).collect();
                let sample: Vec<&str> = shared_names.iter().take(3).copied().collect();
                evidence.push(format!(
                    "{} other article{} on the same story (naming {}) {} published on {}: {}.",
                    voters.len(),
                    if voters.len() == 1 { "" } else { "s" },
                    sample.join(", "),
                    if voters.len() == 1 { "was" } else { "were" },
                    d.format("%Y-%m-%d"),
                    who.join(", ")
                ));
                match own_latest {
                    Some(l) if l > d => {
                        evidence.push(format!(
                            "It mentions {} itself, so it cannot be older.",
                            l.format("%Y-%m-%d")
                        ));
                        l
                    }
                    _ => d,
                }
            }
            None => match own_latest {
                Some(l) => {
                    evidence.push(format!(
                        "The latest full date it mentions is {}.",
                        l.format("%Y-%m-%d")
                    ));
                    l
                }
                None => continue,
            },
        };
        evidence.push("Set the date yourself if you know it.".to_string());
        inferred.push((
            i,
            CreationDate {
                date,
                origin: Origin::Inferred,
                evidence,
            },
        ));
    }
    inferred
}

/// "Putin" in one article and "Vladimir Putin" in another are one person: single-word
/// person names link to the corpus's most frequent full name containing them.
fn link_names_across(per: &mut [ArticleAnalysis]) {
    let mut full: BTreeMap<String, usize> = BTreeMap::new();
    for p in per.iter() {
        for e in &p.entities {
            if e.kind == EntityKind::Person && e.canonical.contains(' ') {
                *full.entry(e.canonical.clone()).or_default() += 1;
            }
        }
    }
    // Full names by their first and by their last word, in name order, so each short name
    // looks only at the full names it could stand for (not at every name in the corpus).
    let mut by_word: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
    for (name, &count) in &full {
        let first = name.split(' ').next().unwrap_or("");
        let last = name.rsplit(' ').next().unwrap_or("");
        by_word.entry(first).or_default().push((name, count));
        if last != first {
            by_word.entry(last).or_default().push((name, count));
        }
    }
    for p in per.iter_mut() {
        let mut renames: BTreeMap<String, String> = BTreeMap::new();
        for e in &mut p.entities {
            if e.kind == EntityKind::Person && !e.text.contains(' ') {
                let candidates = by_word.get(e.text.as_str()).map(Vec::as_slice);
                if let Some(n) = entities::best_full_name(
                    &e.text,
                    candidates.unwrap_or_default().iter().copied(),
                ) {
                    if n != e.canonical {
                        renames.insert(e.canonical.clone(), n.clone());
                        e.canonical = n;
                    }
                }
            }
        }
        for m in &mut p.mentions {
            for part in &mut m.participants {
                if let Some(n) = renames.get(part) {
                    *part = n.clone();
                }
            }
            m.participants.sort();
            m.participants.dedup();
        }
    }
}

fn most_common(items: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(k, c)| (*c, std::cmp::Reverse(k.clone())))
        .map(|(k, _)| k)
}

/// Words that make a "conference" or "briefing" one given to the press (a party's autumn
/// conference is not).
const PRESS_WORDS: &[&str] = &[
    "press conference",
    "news conference",
    "briefing",
    "reporters",
    "journalists",
];

/// True when a mention's sentence speaks of the press.
fn to_the_press(members: &[&EventMention]) -> bool {
    members.iter().any(|m| {
        let quote = m.at.quote.to_lowercase();
        PRESS_WORDS.iter().any(|w| quote.contains(w))
    })
}

/// Who speaks in a briefing: the participant named first in a mention's sentence, not
/// counting possessives ("Putin's aide Yuri Ushakov said at a press conference" is
/// Ushakov's).
fn speaker(members: &[&EventMention]) -> Option<String> {
    members.iter().find_map(|m| {
        m.participants
            .iter()
            .filter_map(|p| {
                let surname = p.rsplit(' ').next().unwrap_or(p);
                m.at.quote
                    .match_indices(surname)
                    .find(|(at, _)| {
                        let after = &m.at.quote[at + surname.len()..];
                        !after.starts_with("'s") && !after.starts_with("’s")
                    })
                    .map(|(at, _)| (at, p))
            })
            .min()
            .map(|(_, p)| p.clone())
    })
}

/// A short readable label: "Vladimir Putin arrives in Pyongyang", or the reporting clause.
fn label(c: &merge::Cluster, all: &[EventMention]) -> String {
    let members: Vec<&EventMention> = c.members.iter().map(|&m| &all[m]).collect();
    let person = most_common(members.iter().flat_map(|m| m.participants.iter().cloned()));
    let second = {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for m in &members {
            for p in &m.participants {
                if Some(p) != person.as_ref() {
                    *counts.entry(p.clone()).or_default() += 1;
                }
            }
        }
        counts
            .into_iter()
            .max_by_key(|(k, c)| (*c, std::cmp::Reverse(k.clone())))
            .map(|(k, _)| k)
    };
    let city = |names: &mut dyn Iterator<Item = String>| -> Option<String> {
        let all: Vec<String> = names.collect();
        all.iter()
            .find(|p| gazetteer::place(p).is_some_and(|g| g.city))
            .or(all.first())
            .cloned()
    };
    let destination = city(&mut members.iter().filter_map(|m| m.destination.clone()));
    // "in Russia's Vladivostok": the city named inside the destination country says more.
    let city_within = |country: &str| {
        members
            .iter()
            .flat_map(|m| m.places.iter())
            .find(|p| {
                p.as_str() != country
                    && gazetteer::place(p).is_some_and(|g| g.city)
                    && gazetteer::within(p, country)
            })
            .cloned()
    };
    let place = match destination {
        Some(d) if !gazetteer::place(&d).is_some_and(|g| g.city) => city_within(&d).or(Some(d)),
        Some(d) => Some(d),
        None => city(&mut members.iter().flat_map(|m| m.places.iter().cloned())),
    };
    let action = most_common(members.iter().filter_map(|m| m.action.clone())).unwrap_or_default();
    let structured = match (action.as_str(), &person, &place) {
        ("arrive", Some(p), Some(pl)) => Some(format!("{p} arrives in {pl}")),
        ("visit", Some(p), Some(pl)) => Some(format!("{p} visits {pl}")),
        ("travel", Some(p), Some(pl)) => Some(format!("{p} travels to {pl}")),
        ("brief", Some(_), _) if to_the_press(&members) => {
            speaker(&members).map(|s| format!("{s} briefs the press"))
        }
        ("meet", Some(p), _) => Some(match (&second, &place) {
            (Some(q), Some(pl)) => format!("{p} and {q} meet in {pl}"),
            (Some(q), None) => format!("{p} and {q} meet"),
            (None, Some(pl)) => format!("{p} meets leaders in {pl}"),
            (None, None) => format!("{p} holds talks"),
        }),
        _ => None,
    };
    structured.unwrap_or_else(|| {
        // The shortest clause among the mentions, trimmed at a word boundary.
        let clause = members
            .iter()
            .map(|m| m.clause.as_str())
            .filter(|c| !c.is_empty())
            .min_by_key(|c| (c.len(), *c))
            .unwrap_or("");
        let mut s: String = clause
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        if s.chars().count() > 70 {
            let cut: String = s.chars().take(70).collect();
            let at = cut.rfind(' ').unwrap_or(cut.len());
            s = format!("{}…", &cut[..at]);
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(f) => f.to_uppercase().collect::<String>() + chars.as_str(),
            None => "Event".into(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::read_text;
    use crate::model::DiscrepancyKind;

    fn run(docs: &[(&str, &str)]) -> Analysis {
        let articles: Vec<Article> = docs.iter().map(|(n, t)| read_text(n, t)).collect();
        analyze(&articles, &AnalysisOptions::default())
    }

    fn kinds(a: &Analysis) -> Vec<DiscrepancyKind> {
        a.discrepancies.iter().map(|d| d.kind).collect()
    }

    const EAST: &str = "Source: https://www.eastwire.example/a\n\nMinister visits Seoul\n\nJune 19, 2024\n\n\
        SEOUL — Foreign Minister Anna Berg arrived in Seoul on Wednesday morning (local time) for talks with Yoon Suk Yeol. \
        Berg last visited Seoul in March 2012.\n";
    const WEST: &str = "Source: https://www.westpost.example/b\n\nBerg lands in Seoul\n\nJune 19, 2024\n\n\
        WASHINGTON, June 19 — Foreign Minister Anna Berg arrived in Seoul late Tuesday for talks with Yoon Suk Yeol, \
        her first visit to South Korea in 12 years.\n";

    #[test]
    fn weekday_split_is_explained_by_time_zones() {
        let a = run(&[("east.txt", EAST), ("west.txt", WEST)]);
        let d = a
            .discrepancies
            .iter()
            .find(|d| d.kind == DiscrepancyKind::Weekday)
            .expect("weekday discrepancy");
        assert_eq!(d.claims.len(), 2);
        assert!(d.explanation.contains("time-zone"), "{}", d.explanation);
        assert!(d.severity < 0.5);
        // 2012 from "March 2012" and from "12 years" is one event, reported by both.
        let e2012 = a
            .events
            .iter()
            .find(|e| e.value.starts_with("2012"))
            .expect("2012 event");
        assert_eq!(e2012.independent_sources, 2);
        assert!(
            !kinds(&a).contains(&DiscrepancyKind::Number),
            "12 years and 2012 agree"
        );
    }

    #[test]
    fn elapsed_time_that_does_not_fit_is_a_number_conflict() {
        let other = WEST.replace("12 years", "11 years");
        let a = run(&[("east.txt", EAST), ("west.txt", &other)]);
        assert!(
            kinds(&a).contains(&DiscrepancyKind::Number),
            "{:?}",
            a.discrepancies
        );
    }

    #[test]
    fn a_unique_meeting_with_two_dates_is_a_date_conflict() {
        let one = "Officials comment on the talks\n\nJune 19, 2024\n\nAnna Berg and Yoon Suk Yeol last met in Geneva in March 2021, officials said.\n";
        let two = "Officials comment on the talks\n\nJune 19, 2024\n\nAnna Berg and Yoon Suk Yeol met in Geneva in 2019, according to officials.\n";
        let a = run(&[("one.txt", one), ("two.txt", two)]);
        let d = a
            .discrepancies
            .iter()
            .find(|d| d.kind == DiscrepancyKind::Date)
            .expect("date conflict");
        assert!(d.claims.iter().any(|c| c.value == "2021-03"));
        assert!(d.claims.iter().any(|c| c.value == "2019"));
        // Without a word marking the meeting as unique, two dates may be two meetings.
        let one = one.replace("last met", "met");
        let a = run(&[("one.txt", &one), ("two.txt", two)]);
        assert!(!kinds(&a).contains(&DiscrepancyKind::Date));
    }

    #[test]
    fn different_cities_for_one_arrival_is_a_place_conflict() {
        let one = "Officials comment on the talks\n\nJune 19, 2024\n\nAnna Berg arrived in Moscow on Tuesday for talks.\n";
        let two = "Officials comment on the talks\n\nJune 19, 2024\n\nAnna Berg arrived in Vladivostok on Tuesday for talks.\n";
        let a = run(&[("one.txt", one), ("two.txt", two)]);
        assert!(
            kinds(&a).contains(&DiscrepancyKind::Place),
            "{:?}",
            a.events
        );
        // A city and its country agree.
        let two = "Officials comment on the talks\n\nJune 19, 2024\n\nAnna Berg arrived in Russia on Tuesday for talks.\n";
        let a = run(&[("one.txt", one), ("two.txt", two)]);
        assert!(!kinds(&a).contains(&DiscrepancyKind::Place));
    }

    #[test]
    fn similar_names_in_unrelated_articles_are_two_people() {
        // A political story and a sports story: "Carol Walker" and "Carole Walker" share no
        // story, so nothing says they are one person misspelt.
        let politics =
            "Election news\n\nJune 19, 2024\n\nCarol Walker, a correspondent in London, said the \
            vote was close after Keir Starmer spoke in Leeds.\n";
        let sport = "Tennis results\n\nJune 19, 2024\n\nCarole Walker beat Maria Lopez in Madrid on Tuesday.\n";
        let a = run(&[("p.txt", politics), ("s.txt", sport)]);
        assert!(
            !kinds(&a).contains(&DiscrepancyKind::Name),
            "{:?}",
            a.discrepancies
        );
        // The same two spellings in reports of one story are a spelling discrepancy, and the
        // longer spelling is the reference on a tie (a dropped letter is the usual typo).
        let one = "Election news\n\nJune 19, 2024\n\nCarol Walker said in London that Keir Starmer had won.\n";
        let two = "Election news\n\nJune 19, 2024\n\nCarole Walker said in London that Keir Starmer had won.\n";
        let a = run(&[("one.txt", one), ("two.txt", two)]);
        let d = a
            .discrepancies
            .iter()
            .find(|d| d.kind == DiscrepancyKind::Name)
            .expect("name discrepancy within one story");
        assert_eq!(d.claims[0].value, "Carole Walker");
    }

    #[test]
    fn names_spelled_two_ways_use_the_majority_as_reference() {
        let a = run(&[
            ("a.txt", "Officials comment on the talks\n\nJune 19, 2024\n\nSpokesman Olaf Henriksen said talks in Oslo with Anna Berg went well.\n"),
            ("b.txt", "Officials comment on the talks\n\nJune 19, 2024\n\nSpokesman Olaf Henriksen said talks in Oslo with Anna Berg went well.\n"),
            ("c.txt", "Officials comment on the talks\n\nJune 19, 2024\n\nSpokesman Olaf Henricksen said the talks in Oslo with Anna Berg went well.\n"),
        ]);
        let d = a
            .discrepancies
            .iter()
            .find(|d| d.kind == DiscrepancyKind::Name)
            .expect("name");
        assert_eq!(d.claims[0].value, "Olaf Henriksen");
        assert_eq!(d.claims[0].mentions.len(), 2);
        assert_eq!(d.claims[1].value, "Olaf Henricksen");
    }

    #[test]
    fn consistent_and_unrelated_articles_raise_nothing() {
        let reworded = WEST
            .replace("late Tuesday", "on Tuesday evening")
            .replace("WASHINGTON, June 19 — ", "");
        let a = run(&[("west.txt", WEST), ("again.txt", &reworded)]);
        assert!(a.discrepancies.is_empty(), "{:?}", a.discrepancies);
        let other = "March 3, 2021\n\nThe city council approved a new budget on Monday after a long debate.\n";
        let a = run(&[("west.txt", WEST), ("council.txt", other)]);
        assert!(a.discrepancies.is_empty(), "{:?}", a.discrepancies);
    }

    #[test]
    fn a_missing_date_is_inferred_from_the_story_and_marked() {
        let undated = "Berg in Seoul\n\nForeign Minister Anna Berg arrived in Seoul late Tuesday for talks with Yoon Suk Yeol.\n";
        let a = run(&[("east.txt", EAST), ("undated.txt", undated)]);
        let c = a.articles[1].creation.as_ref().expect("inferred date");
        assert_eq!(c.origin, Origin::Inferred);
        assert_eq!(c.date, NaiveDate::from_ymd_opt(2024, 6, 19).unwrap());
        assert!(c.evidence.len() >= 2);
        // Its "late Tuesday" now resolves.
        assert!(a.articles[1]
            .timexes
            .iter()
            .any(|t| t.value == "2024-06-18"));
    }

    #[test]
    fn relayed_reports_are_not_independent() {
        let relay = WEST.replace("12 years.", "12 years, CNN reported.");
        let relay2 = EAST.replace("March 2012.", "March 2012, CNN reported.");
        let a = run(&[("w.txt", &relay), ("e.txt", &relay2)]);
        let e2012 = a
            .events
            .iter()
            .find(|e| e.value.starts_with("2012"))
            .expect("2012 event");
        assert_eq!(e2012.sources.len(), 2);
        assert_eq!(e2012.independent_sources, 1);
    }

    #[test]
    fn a_pronoun_sentence_after_a_dated_one_continues_its_past() {
        let text = "Source: https://www.eastwire.example/c\n\nMinister returns to Seoul\n\nJune 19, 2024\n\n\
            Foreign Minister Anna Berg arrived in Seoul on Wednesday. \
            In 2012, Berg was a junior envoy to the region. \
            She visited Seoul to meet Lee Myung-bak. \
            She met Yoon Suk Yeol for two hours.\n";
        let a = run(&[("east.txt", text)]);
        let mentions = &a.articles[0].mentions;
        let find = |needle: &str| {
            mentions
                .iter()
                .find(|m| m.clause.contains(needle))
                .unwrap_or_else(|| panic!("no mention of {needle:?}: {mentions:#?}"))
        };
        let past = find("Lee Myung-bak");
        assert_eq!(past.basis, crate::model::TimeBasis::Narrative);
        assert_eq!(past.value, "2012");
        // The sentence after it is no longer told from 2012: it is the story's own event.
        let now = find("two hours");
        assert_eq!(now.basis, crate::model::TimeBasis::Story);
    }

    #[test]
    fn their_meeting_is_of_the_people_named_just_before() {
        let text =
            "Source: https://www.eastwire.example/d\n\nEnvoys meet again\n\nJune 19, 2024\n\n\
            Foreign Minister Anna Berg was greeted in Seoul by Lee Jae-won on Wednesday. \
            The talks went on for hours. \
            Their last meeting took place in March 2021 in Japan's Tokyo.\n";
        let a = run(&[("east.txt", text)]);
        let last = a.articles[0]
            .mentions
            .iter()
            .find(|m| m.value == "2021-03")
            .expect("the 2021 meeting is a mention");
        assert_eq!(last.participants, vec!["Anna Berg", "Lee Jae-won"]);
        let event = a
            .events
            .iter()
            .find(|e| e.value == "2021-03")
            .expect("the 2021 meeting is an event");
        // Named by its people and by the city, not the country, of "Japan's Tokyo".
        assert_eq!(event.label, "Anna Berg and Lee Jae-won meet in Tokyo");
    }

    #[test]
    fn a_background_meeting_joins_the_visit_it_happened_on() {
        let a = run(&[
            (
                "east.txt",
                "Source: https://www.eastwire.example/f\n\nEnvoys meet again\n\nJune 19, 2024\n\n\
                 Foreign Minister Anna Berg was greeted in Seoul by Lee Jae-won on Wednesday. \
                 Their last meeting took place in March 2021 in Japan's Tokyo.\n",
            ),
            (
                "west.txt",
                "Source: https://www.westwire.example/g\n\nBerg in Seoul\n\nJune 19, 2024\n\n\
                 Anna Berg arrived in Seoul on Wednesday. \
                 Lee Jae-won visited Japan in March 2021 to see Anna Berg.\n",
            ),
            (
                "north.txt",
                "Source: https://www.northwire.example/h\n\nBerg visit\n\nJune 19, 2024\n\n\
                 Anna Berg arrived in Seoul on Wednesday. \
                 Lee Jae-won met Anna Berg in Tokyo in 2019.\n",
            ),
        ]);
        let march: Vec<&Event> = a.events.iter().filter(|e| e.value == "2021-03").collect();
        assert_eq!(march.len(), 1, "{:#?}", a.events);
        assert_eq!(march[0].sources.len(), 2, "{:#?}", march[0]);
        // The meeting another source dates 2019 is still set against it.
        let dated = a
            .discrepancies
            .iter()
            .find(|d| d.kind == crate::model::DiscrepancyKind::Date)
            .expect("a date discrepancy");
        let values: Vec<&str> = dated.claims.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, vec!["2021-03", "2019"], "{dated:#?}");
        // Named by the city both put it in, not the country.
        assert!(dated.explanation.contains("meeting (Tokyo)"), "{dated:#?}");
    }

    #[test]
    fn a_press_briefing_is_named_by_its_speaker() {
        let a = run(&[(
            "east.txt",
            "Source: https://www.eastwire.example/k\n\nBerg to visit\n\nJune 19, 2024\n\n\
             Berg's aide Lee Jae-won spoke of the trip during a press conference on Monday. \
             The Unity Party will hold its autumn conference in Seoul on Monday.\n",
        )]);
        let labels: Vec<&str> = a.events.iter().map(|e| e.label.as_str()).collect();
        assert!(
            labels.contains(&"Lee Jae-won briefs the press"),
            "{labels:?}"
        );
        assert!(
            !labels.iter().any(|l| l.contains("Unity Party briefs")),
            "{labels:?}"
        );
    }

    #[test]
    fn their_reaches_back_no_further_than_three_sentences() {
        let text =
            "Source: https://www.eastwire.example/e\n\nEnvoys meet again\n\nJune 19, 2024\n\n\
            Foreign Minister Anna Berg was greeted in Seoul by Lee Jae-won on Wednesday. \
            The talks went on. The food was good. The weather held. It rained later. \
            Their last meeting took place in March 2021 in Tokyo.\n";
        let a = run(&[("east.txt", text)]);
        let last = a.articles[0].mentions.iter().find(|m| m.value == "2021-03");
        assert!(last.is_none_or(|m| m.participants.is_empty()), "{last:#?}");
    }

    #[test]
    fn statements_by_different_speakers_are_not_one_event() {
        let a = run(&[
            (
                "ford.txt",
                "Source: https://www.autowire.example/f\n\nFord returns to profit\n\nJune 19, 2024\n\n\
                 Ford said on Monday it posted a profit in Detroit.\n",
            ),
            (
                "fiat.txt",
                "Source: https://www.carnews.example/g\n\nFiat plans cuts\n\nJune 19, 2024\n\n\
                 Fiat said on Monday it would cut jobs in Detroit.\n",
            ),
        ]);
        let monday: Vec<&Event> = a
            .events
            .iter()
            .filter(|e| e.value == "2024-06-17")
            .collect();
        assert_eq!(monday.len(), 2, "{monday:#?}");
        assert!(monday.iter().all(|e| e.sources.len() == 1));
    }

    #[test]
    fn output_is_deterministic() {
        let a = run(&[("east.txt", EAST), ("west.txt", WEST)]);
        let b = run(&[("east.txt", EAST), ("west.txt", WEST)]);
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
    }

    #[test]
    fn incremental_analysis_redoes_only_what_changed() {
        // An undated third article exercises the inferred-date path as well.
        const UNDATED: &str =
            "Berg in Seoul\n\nForeign Minister Anna Berg met Yoon Suk Yeol in Seoul \
            late Tuesday, her first visit in 12 years.\n";
        let mut articles: Vec<Article> =
            [("east.txt", EAST), ("west.txt", WEST), ("u.txt", UNDATED)]
                .iter()
                .map(|(n, t)| read_text(n, t))
                .collect();
        let opts = AnalysisOptions::default();
        let mut cache = AnalysisCache::new();
        let first = analyze_incremental(&articles, &opts, &mut cache);
        assert_eq!(cache.hits(), 0);
        assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&analyze(&articles, &opts)).unwrap(),
            "a cold cache gives the plain analysis"
        );

        let again = analyze_incremental(&articles, &opts, &mut cache);
        assert_eq!((cache.hits(), cache.misses()), (4, 0), "nothing changed");
        assert_eq!(first, again);

        // The user dates the west article a day later: only it is tagged again.
        let mut dated = opts.clone();
        dated
            .creation_overrides
            .insert(1, NaiveDate::from_ymd_opt(2024, 6, 20).unwrap());
        let changed = analyze_incremental(&articles, &dated, &mut cache);
        assert_eq!(cache.misses(), 1);
        assert_eq!(
            serde_json::to_string(&changed).unwrap(),
            serde_json::to_string(&analyze(&articles, &dated)).unwrap()
        );

        // A new dated article: analysed alone, the others come from the cache. (An undated
        // one costs two passes: one to infer its date, one against that date.)
        articles.push(read_text(
            "x.txt",
            "Council meets in Oslo\n\nMay 4, 2021\n\nThe council met on Monday in Oslo.",
        ));
        let added = analyze_incremental(&articles, &dated, &mut cache);
        assert_eq!(cache.misses(), 1);
        assert_eq!(
            serde_json::to_string(&added).unwrap(),
            serde_json::to_string(&analyze(&articles, &dated)).unwrap()
        );
    }
}
