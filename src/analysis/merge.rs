//! Merging event mentions across articles into events.
//!
//! Mentions are blocked by action group and year, so each mention is compared only with the
//! few clusters that could hold it. Within a block a mention joins a cluster when the times
//! nest (2023 and September 2023 agree) and they share a participant or a place.

use super::gazetteer;
use super::mentions::group;
use crate::model::{EventMention, Granularity, Interval, TimeBasis};
use crate::temporal::{self, Point};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the merger needs to know about each article.
#[derive(Debug, Clone)]
pub struct SourceInfo {
    /// The outlet (or file) name shown to the user.
    pub name: String,
    /// Who originally reported it: the relayed outlet, or the outlet itself.
    pub origin: String,
    /// The article's creation date.
    pub dct: Option<NaiveDate>,
    /// Where the article reports from (its dateline), if known.
    pub dateline_place: Option<String>,
}

/// A group of mentions of one event.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Indices into the mention list.
    pub members: Vec<usize>,
    /// The most precise time the members agree on.
    pub time: Interval,
    /// Its TIMEX3 value.
    pub value: String,
    /// Action group ("visit", "meet", …).
    pub group: String,
    /// A one-day disagreement merged into this event: the mentions of each day.
    pub day_split: Option<(Vec<usize>, Vec<usize>)>,
}

impl Cluster {
    /// Articles the cluster's mentions come from.
    pub fn articles(&self, mentions: &[EventMention]) -> BTreeSet<usize> {
        self.members
            .iter()
            .map(|&m| mentions[m].at.article)
            .collect()
    }
}

fn shares_entities(a: &EventMention, b: &ClusterKey, group: &str) -> bool {
    let people = !a.participants.is_empty() && !b.participants.is_empty();
    // Statements are only the same when the same people make them: two outlets "saying"
    // things on one day in one country are not one event.
    if REPORTING_GROUPS.contains(&group) {
        return a.participants.iter().any(|p| b.participants.contains(p));
    }
    let places = !a.places.is_empty() && !b.places.is_empty();
    let shared_people = a.participants.iter().any(|p| b.participants.contains(p));
    let shared_place = a.places.iter().any(|p| {
        b.places
            .iter()
            .any(|q| gazetteer::within(p, q) || gazetteer::within(q, p))
    });
    match (people, places) {
        (true, true) => shared_people || shared_place,
        (true, false) => shared_people,
        (false, true) => shared_place,
        // Nothing to tell two anonymous happenings apart: keep them separate.
        (false, false) => false,
    }
}

/// Action groups that report speech rather than a happening.
const REPORTING_GROUPS: &[&str] = &["say", "announce", "brief"];

/// The names a mention can be found by: its people, its places and their countries (a
/// mention in Pyongyang may join a cluster in North Korea).
fn blocking_keys(m: &EventMention) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = m.participants.iter().cloned().collect();
    for p in &m.places {
        out.insert(p.clone());
        if let Some(place) = gazetteer::place(p) {
            out.insert(place.country.to_string());
        }
    }
    out
}

#[derive(Debug, Default, Clone)]
struct ClusterKey {
    participants: BTreeSet<String>,
    places: BTreeSet<String>,
}

impl ClusterKey {
    /// True when a place of one lies within (or contains) a place of the other.
    fn places_nest_with(&self, other: &ClusterKey) -> bool {
        self.places.iter().any(|p| {
            other
                .places
                .iter()
                .any(|q| gazetteer::within(p, q) || gazetteer::within(q, p))
        })
    }
}

/// Moves the mentions, people and places of cluster `from` into cluster `into`; the caller
/// drops `from` afterwards with [`remove_absorbed`].
fn absorb(clusters: &mut [Cluster], keys: &mut [ClusterKey], from: usize, into: usize) {
    let moved = clusters[from].members.clone();
    clusters[into].members.extend(moved);
    let moved_key = keys[from].clone();
    keys[into].participants.extend(moved_key.participants);
    keys[into].places.extend(moved_key.places);
}

/// Merges mentions into clusters. Undated mentions are attached to the story's event of
/// their article; mentions of what comes after it get a time just after that event.
pub fn cluster(mentions: &[EventMention], sources: &[SourceInfo]) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            matches!(
                mentions[i].basis,
                TimeBasis::Stated | TimeBasis::Weekday | TimeBasis::Elapsed | TimeBasis::Narrative
            )
        })
        .filter(|&i| mentions[i].action.is_some())
        .collect();
    // Precise mentions first, so coarse ones join the right cluster.
    order.sort_by_key(|&i| {
        let m = &mentions[i];
        (
            m.time.granularity,
            m.time.start,
            m.at.article,
            m.at.span.start,
            m.timex,
        )
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut keys: Vec<ClusterKey> = Vec::new();
    // Blocking: clusters by (action group, year, entity) — a person, a place, or a place's
    // country — so a mention is compared only with clusters it could share someone or
    // somewhere with, never with every cluster of its year.
    let mut index: HashMap<(String, i32, String), Vec<usize>> = HashMap::new();
    let mut cluster_years: Vec<std::ops::RangeInclusive<i32>> = Vec::new();
    let mut registered: Vec<BTreeSet<String>> = Vec::new();
    for i in order {
        let m = &mentions[i];
        let g = group(m.action.as_deref().unwrap_or("")).to_string();
        let years = m.time.start.year()
            ..=(m.time.end - Duration::days(1))
                .year()
                .min(m.time.start.year() + 100);
        let entity_keys = blocking_keys(m);
        let mut candidates: Vec<(i32, usize)> = Vec::new();
        for y in years.clone() {
            for k in &entity_keys {
                if let Some(v) = index.get(&(g.clone(), y, k.clone())) {
                    candidates.extend(v.iter().map(|&c| (y, c)));
                }
            }
        }
        // Year by year, oldest cluster first: the order a full scan would take.
        candidates.sort_unstable();
        let mut tried: BTreeSet<usize> = BTreeSet::new();
        let mut best: Option<(usize, usize)> = None;
        for (_, c) in candidates {
            if !tried.insert(c) {
                continue;
            }
            let cl = &clusters[c];
            if !cl.time.nests_with(&m.time) || !shares_entities(m, &keys[c], &g) {
                continue;
            }
            let score = m
                .participants
                .iter()
                .filter(|p| keys[c].participants.contains(*p))
                .count()
                + m.places
                    .iter()
                    .filter(|p| keys[c].places.contains(*p))
                    .count();
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((c, score));
            }
        }
        let c = match best {
            Some((c, _)) => c,
            None => {
                clusters.push(Cluster {
                    members: Vec::new(),
                    time: m.time,
                    value: m.value.clone(),
                    group: g.clone(),
                    day_split: None,
                });
                keys.push(ClusterKey::default());
                cluster_years.push(years);
                registered.push(BTreeSet::new());
                clusters.len() - 1
            }
        };
        clusters[c].members.push(i);
        keys[c].participants.extend(m.participants.iter().cloned());
        keys[c].places.extend(m.places.iter().cloned());
        for k in entity_keys {
            if registered[c].insert(k.clone()) {
                for y in cluster_years[c].clone() {
                    index.entry((g.clone(), y, k.clone())).or_default().push(c);
                }
            }
        }
    }

    merge_day_splits(&mut clusters, &mut keys, mentions, sources);
    merge_background_meetings_into_visits(&mut clusters, &mut keys, mentions, sources);
    attach_story_mentions(&mut clusters, &keys, mentions, sources);
    add_after_mentions(&mut clusters, mentions, sources);
    for c in &mut clusters {
        c.members.sort_by_key(|&m| {
            (
                mentions[m].at.article,
                mentions[m].at.span.start,
                mentions[m].timex,
            )
        });
        c.members.dedup();
    }
    clusters.sort_by(|a, b| {
        (
            a.time.start,
            a.time.granularity,
            &a.group,
            a.members.first(),
        )
            .cmp(&(
                b.time.start,
                b.time.granularity,
                &b.group,
                b.members.first(),
            ))
    });
    clusters
}

/// True when the cluster reports the news of its articles (within a month of their dates).
pub fn is_news(c: &Cluster, mentions: &[EventMention], sources: &[SourceInfo]) -> bool {
    c.members.iter().any(|&m| {
        sources[mentions[m].at.article].dct.is_some_and(|d| {
            c.time.end > d - Duration::days(31) && c.time.start <= d + Duration::days(7)
        })
    })
}

/// "Arrived late Tuesday" and "arrived Wednesday morning (local time)": one event seen on two
/// clocks. Day-level clusters of the same action, one day apart, sharing people and places,
/// with at least one weekday-based side, become one event spanning both days; the split is
/// kept for the discrepancy finder.
fn merge_day_splits(
    clusters: &mut Vec<Cluster>,
    keys: &mut Vec<ClusterKey>,
    mentions: &[EventMention],
    sources: &[SourceInfo],
) {
    let mut by_group: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in clusters.iter().enumerate() {
        if matches!(c.time.granularity, Granularity::Day | Granularity::Time)
            && is_news(c, mentions, sources)
        {
            by_group.entry(c.group.clone()).or_default().push(i);
        }
    }
    let mut absorbed: BTreeSet<usize> = BTreeSet::new();
    for list in by_group.values() {
        // Only clusters a day apart can pair up: look them up by start day instead of
        // trying every pair of the group.
        let mut by_day: BTreeMap<chrono::NaiveDate, Vec<usize>> = BTreeMap::new();
        for &c in list {
            by_day.entry(clusters[c].time.start).or_default().push(c);
        }
        for &a in list {
            let start = clusters[a].time.start;
            let mut partners: Vec<usize> = [start.pred_opt(), start.succ_opt()]
                .into_iter()
                .flatten()
                .filter_map(|d| by_day.get(&d))
                .flatten()
                .copied()
                .filter(|&b| b > a)
                .collect();
            partners.sort_unstable();
            for b in partners {
                if absorbed.contains(&a) || absorbed.contains(&b) {
                    continue;
                }
                let (ca, cb) = (&clusters[a], &clusters[b]);
                let gap = (cb.time.start - ca.time.start).num_days().abs();
                if gap != 1 || ca.day_split.is_some() || cb.day_split.is_some() {
                    continue;
                }
                let weekday = ca
                    .members
                    .iter()
                    .chain(&cb.members)
                    .any(|&m| mentions[m].basis == TimeBasis::Weekday);
                let shared_people = keys[a]
                    .participants
                    .intersection(&keys[b].participants)
                    .next()
                    .is_some();
                let shared_place = keys[a].places_nest_with(&keys[b]);
                let disjoint_sources = ca.articles(mentions).is_disjoint(&cb.articles(mentions));
                if !(weekday && shared_people && shared_place && disjoint_sources) {
                    continue;
                }
                let (early, late) = if ca.time.start < cb.time.start {
                    (a, b)
                } else {
                    (b, a)
                };
                let split = (
                    clusters[early].members.clone(),
                    clusters[late].members.clone(),
                );
                let time = Interval {
                    start: clusters[early].time.start,
                    end: clusters[late].time.end.max(clusters[early].time.end),
                    granularity: Granularity::Day,
                };
                absorb(clusters, keys, b, a);
                clusters[a].time = time;
                clusters[a].value = format!(
                    "{}/{}",
                    time.start.format("%Y-%m-%d"),
                    (time.end - Duration::days(1)).format("%Y-%m-%d")
                );
                clusters[a].day_split = Some(split);
                absorbed.insert(b);
            }
        }
    }
    remove_absorbed(clusters, keys, &absorbed);
}

/// "Their last meeting took place in September 2023 in Vladivostok" and "the visit Kim made
/// to Russia last September": in the background of a story, a meeting and a visit of the
/// same two people in the same month or year and the same country are one occasion. The
/// meeting joins the visit. Day-precise clusters and the news itself stay apart: the talks of
/// a summit are an event of their own beside the arrival.
fn merge_background_meetings_into_visits(
    clusters: &mut Vec<Cluster>,
    keys: &mut Vec<ClusterKey>,
    mentions: &[EventMention],
    sources: &[SourceInfo],
) {
    let coarse_background = |c: &Cluster| {
        !matches!(c.time.granularity, Granularity::Day | Granularity::Time)
            && c.day_split.is_none()
            && !is_news(c, mentions, sources)
    };
    let candidates = |group: &str| -> Vec<usize> {
        (0..clusters.len())
            .filter(|&i| clusters[i].group == group && coarse_background(&clusters[i]))
            .collect()
    };
    let visits = candidates("visit");
    let meetings = candidates("meet");
    let mut absorbed: BTreeSet<usize> = BTreeSet::new();
    for &m in &meetings {
        let joins = visits.iter().copied().find(|&v| {
            let (cm, cv) = (&clusters[m], &clusters[v]);
            let shared_people = keys[m]
                .participants
                .intersection(&keys[v].participants)
                .count();
            cm.time.nests_with(&cv.time) && shared_people >= 2 && keys[m].places_nest_with(&keys[v])
        });
        let Some(v) = joins else { continue };
        // The more precise time of the two is what they agree on.
        if clusters[m].time.granularity < clusters[v].time.granularity {
            clusters[v].time = clusters[m].time;
            clusters[v].value = clusters[m].value.clone();
        }
        absorb(clusters, keys, m, v);
        absorbed.insert(m);
    }
    remove_absorbed(clusters, keys, &absorbed);
}

/// Drops the clusters (and their keys) that were merged into others.
fn remove_absorbed(
    clusters: &mut Vec<Cluster>,
    keys: &mut Vec<ClusterKey>,
    absorbed: &BTreeSet<usize>,
) {
    let mut i = 0;
    clusters.retain(|_| {
        let keep = !absorbed.contains(&i);
        i += 1;
        keep
    });
    let mut i = 0;
    keys.retain(|_| {
        let keep = !absorbed.contains(&i);
        i += 1;
        keep
    });
}

/// Undated sentences reporting the story ("Putin arrived in Pyongyang") support the story's
/// event: the most recent news cluster of the same action sharing a participant.
fn attach_story_mentions(
    clusters: &mut [Cluster],
    keys: &[ClusterKey],
    mentions: &[EventMention],
    sources: &[SourceInfo],
) {
    for (i, m) in mentions.iter().enumerate() {
        if m.basis != TimeBasis::Story {
            continue;
        }
        let Some(dct) = sources[m.at.article].dct else {
            continue;
        };
        let g = group(m.action.as_deref().unwrap_or(""));
        let best = clusters
            .iter()
            .enumerate()
            .filter(|(c, cl)| {
                cl.group == g
                    && cl.time.start <= dct + Duration::days(1)
                    && cl.time.end >= dct - Duration::days(31)
                    && m.participants
                        .iter()
                        .any(|p| keys[*c].participants.contains(p))
            })
            .max_by_key(|(c, cl)| (cl.time.start, cl.members.len(), std::cmp::Reverse(*c)))
            .map(|(c, _)| c);
        if let Some(c) = best {
            clusters[c].members.push(i);
        }
    }
}

/// "Following his visit, Putin is scheduled to travel to Hanoi": an event in the days after
/// the story's event. Such mentions from several articles are merged by destination.
fn add_after_mentions(
    clusters: &mut Vec<Cluster>,
    mentions: &[EventMention],
    sources: &[SourceInfo],
) {
    let mut made: Vec<(usize, BTreeSet<String>)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.basis != TimeBasis::After {
            continue;
        }
        let article = m.at.article;
        // The story's event in this article: the latest news cluster it supports.
        let story = clusters
            .iter()
            .filter(|c| {
                c.members.iter().any(|&x| mentions[x].at.article == article)
                    && is_news(c, mentions, sources)
            })
            .max_by_key(|c| c.time.start)
            .map(|c| c.time);
        let Some(story) = story else { continue };
        let start = story.end - Duration::days(1);
        let week = start.iso_week();
        let point = Point::Week(week.year(), week.week());
        let Some(time) = temporal::interval(&point.value()) else {
            continue;
        };
        let dest: BTreeSet<String> = match &m.destination {
            Some(d) => [d.clone()].into(),
            None => m.places.iter().cloned().collect(),
        };
        // Join an earlier "after" event going to a compatible place.
        let existing = made.iter().position(|(c, places)| {
            clusters[*c].time.overlaps(&time)
                && dest.iter().any(|p| {
                    places
                        .iter()
                        .any(|q| gazetteer::within(p, q) || gazetteer::within(q, p))
                })
        });
        match existing {
            Some(k) => {
                let c = made[k].0;
                clusters[c].members.push(i);
                // Keep the most specific destination ("Hanoi" over "Vietnam").
                made[k].1.extend(dest);
            }
            None => {
                clusters.push(Cluster {
                    members: vec![i],
                    time,
                    value: point.value(),
                    group: group(m.action.as_deref().unwrap_or("")).to_string(),
                    day_split: None,
                });
                made.push((clusters.len() - 1, dest));
            }
        }
    }
}
