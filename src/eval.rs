//! Scoring the temporal tagger on TimeML files, TempEval-3 Task A style.
//!
//! Each `.tml` file gives its document creation time (the `TIMEX3` with
//! `functionInDocument="CREATION_TIME"`) and gold `TIMEX3` annotations inside `<TEXT>`. The
//! raw text is recovered by dropping the markup, tagged with the creation date, and compared:
//! relaxed matches overlap, strict matches are identical spans. Counts are summed over files
//! (micro-averaging) as the TempEval-3 scorer does.

use crate::model::Timex;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// Why a TimeML file could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("could not read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file has no `<TEXT>` element.
    #[error("{0} has no <TEXT> element")]
    NoText(String),
}

/// One gold annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte range in the recovered text.
    pub span: Range<usize>,
    /// The annotated words.
    pub text: String,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// A TimeML document: raw text, creation date and gold expressions.
#[derive(Debug, Clone)]
pub struct TimemlDoc {
    /// File name.
    pub name: String,
    /// The `<TEXT>` content without markup, entities decoded.
    pub text: String,
    /// The document creation date. When the file records none, the publication date the
    /// ingest layer finds in the text (a dateline under the headline), as the app itself
    /// would anchor the article.
    pub dct: Option<NaiveDate>,
    /// Gold expressions in text order.
    pub gold: Vec<GoldTimex>,
}

/// Parses TimeML markup.
pub fn parse_timeml(name: &str, source: &str) -> Result<TimemlDoc, EvalError> {
    let dct = find_dct(source);
    let open = source
        .find("<TEXT>")
        .ok_or_else(|| EvalError::NoText(name.to_string()))?;
    let body_start = open + "<TEXT>".len();
    let body_end = source[body_start..]
        .find("</TEXT>")
        .map(|i| body_start + i)
        .unwrap_or(source.len());
    let body = &source[body_start..body_end];

    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open_timex: Vec<(usize, String, String)> = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find(['<', '&']) {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e < 10);
            match end {
                Some(e) => {
                    text.push_str(match &rest[1..e] {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => other,
                    });
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let Some(gt) = rest.find('>') else {
            break;
        };
        let tag = &rest[1..gt];
        if let Some(attrs) = tag.strip_prefix("TIMEX3") {
            let kind = attr(attrs, "type").unwrap_or_default();
            let value = attr(attrs, "value").unwrap_or_default();
            if tag.ends_with('/') {
                // An empty TIMEX3 (no text): not scored.
            } else {
                open_timex.push((text.len(), kind, value));
            }
        } else if tag == "/TIMEX3" {
            if let Some((start, kind, value)) = open_timex.pop() {
                let span = start..text.len();
                gold.push(GoldTimex {
                    text: text[span.clone()].to_string(),
                    span,
                    kind,
                    value,
                });
            }
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(rest);
    gold.sort_by_key(|g| (g.span.start, g.span.end));
    let dct = dct.or_else(|| date_in_text(name, &text));
    Ok(TimemlDoc {
        name: name.to_string(),
        text,
        dct,
        gold,
    })
}

/// Parses a MEANTIME (NAF-style) document: the text is rebuilt from its `<token>` elements
/// (one sentence per line, no space before closing punctuation), the gold expressions are
/// the `TIMEX3` markables over token anchors, and the creation time is the markable with
/// `functionInDocument="CREATION_TIME"`. Only the annotated part (headline and first five
/// sentences) is kept. The dateline expression itself is scored like the
/// others, as the annotators marked it in the text.
pub fn parse_meantime(name: &str, source: &str) -> Result<TimemlDoc, EvalError> {
    let mut text = String::with_capacity(source.len() / 4);
    // t_id → byte span in `text`.
    let mut tokens: BTreeMap<String, Range<usize>> = BTreeMap::new();
    let mut sentence: Option<String> = None;
    let mut from = 0;
    while let Some(i) = source[from..].find("<token ") {
        let open = from + i;
        let Some(gt) = source[open..].find('>').map(|g| open + g) else {
            break;
        };
        let attrs = &source[open + "<token".len()..gt];
        let Some(close) = source[gt..].find("</token>").map(|c| gt + c) else {
            break;
        };
        let word = decode_entities(&source[gt + 1..close]);
        let sent = attr(attrs, "sentence");
        if sent
            .as_deref()
            .and_then(|n| n.parse::<usize>().ok())
            .is_some_and(|n| n > MEANTIME_ANNOTATED_SENTENCES)
        {
            break;
        }
        if !text.is_empty() {
            if sent != sentence {
                text.push('\n');
            } else if !glues_left(&word) && !text.ends_with(['(', '[', '$', '“']) {
                text.push(' ');
            }
        }
        sentence = sent;
        let start = text.len();
        text.push_str(&word);
        if let Some(id) = attr(attrs, "t_id") {
            tokens.insert(id, start..text.len());
        }
        from = close + "</token>".len();
    }
    if tokens.is_empty() {
        return Err(EvalError::NoText(name.to_string()));
    }

    let mut gold = Vec::new();
    let mut dct = None;
    let mut from = 0;
    while let Some(i) = source[from..].find("<TIMEX3 ") {
        let open = from + i;
        let Some(gt) = source[open..].find('>').map(|g| open + g) else {
            break;
        };
        let attrs = &source[open + "<TIMEX3".len()..gt];
        let end = source[gt..].find("</TIMEX3>").map(|c| gt + c).unwrap_or(gt);
        let body = &source[gt..end];
        from = end.max(gt + 1);
        let kind = attr(attrs, "type").unwrap_or_default();
        let value = attr(attrs, "value").unwrap_or_default();
        if attrs.contains("functionInDocument=\"CREATION_TIME\"") {
            dct = creation_date(&value);
        }
        let spans: Vec<&Range<usize>> = body
            .split("<token_anchor")
            .skip(1)
            .filter_map(|a| attr(a, "t_id"))
            .filter_map(|id| tokens.get(&id))
            .collect();
        let (Some(first), Some(last)) = (
            spans.iter().map(|r| r.start).min(),
            spans.iter().map(|r| r.end).max(),
        ) else {
            continue; // An expression without words (e.g. an empty duration anchor).
        };
        gold.push(GoldTimex {
            text: text[first..last].to_string(),
            span: first..last,
            kind,
            value,
        });
    }
    gold.sort_by_key(|g| (g.span.start, g.span.end));
    gold.dedup_by_key(|g| g.span.clone());
    let dct = dct.or_else(|| date_in_text(name, &text));
    Ok(TimemlDoc {
        name: name.to_string(),
        text,
        dct,
        gold,
    })
}

/// MEANTIME annotates the headline (sentence 0) and the first five sentences only; the text
/// is cut after them so unannotated sentences don't count as false positives.
const MEANTIME_ANNOTATED_SENTENCES: usize = 5;

/// Tokens written without a space before them.
fn glues_left(word: &str) -> bool {
    matches!(
        word,
        "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "'s" | "n't" | "'" | "”"
    )
}

fn decode_entities(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attr(attrs: &str, key: &str) -> Option<String> {
    let pat = format!("{key}=\"");
    let mut from = 0;
    while let Some(i) = attrs[from..].find(&pat) {
        let at = from + i;
        // Make sure this is the whole attribute name, not a suffix ("anchorTimeID" vs "tid").
        let before_ok = at == 0 || attrs[..at].ends_with(char::is_whitespace);
        let start = at + pat.len();
        let end = attrs[start..].find('"')? + start;
        if before_ok {
            return Some(attrs[start..end].to_string());
        }
        from = end;
    }
    None
}

/// The publication date the ingest layer finds in a document's text, for files whose
/// creation time is missing or empty.
fn date_in_text(name: &str, text: &str) -> Option<NaiveDate> {
    crate::ingest::read_text(name, text)
        .meta
        .published
        .map(|found| found.value.date)
}

/// A creation time's day: "2009-02-03", "2009-02-03T10:00", or day first as a few MEANTIME
/// files write it ("03-02-2009").
fn creation_date(value: &str) -> Option<NaiveDate> {
    let day = value.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(day, "%d-%m-%Y"))
        .ok()
}

fn find_dct(source: &str) -> Option<NaiveDate> {
    let mut from = 0;
    while let Some(i) = source[from..].find("<TIMEX3") {
        let start = from + i;
        let end = source[start..].find('>')? + start;
        let tag = &source[start..end];
        if tag.contains("functionInDocument=\"CREATION_TIME\"") {
            let value = attr(&tag["<TIMEX3".len()..], "value")?;
            return creation_date(&value);
        }
        from = end;
    }
    None
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn new(sys_matched: usize, sys: usize, gold_matched: usize, gold: usize) -> Self {
        let precision = ratio(sys_matched, sys);
        let recall = ratio(gold_matched, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Self {
            precision,
            recall,
            f1,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Raw counts, summed over files.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Files scored.
    pub files: usize,
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// System expressions overlapping a gold one.
    pub system_relaxed: usize,
    /// Gold expressions overlapped by a system one.
    pub gold_relaxed: usize,
    /// System expressions with exactly a gold span.
    pub strict: usize,
    /// Relaxed pairs with the same value.
    pub value_correct: usize,
    /// Relaxed pairs with the same type.
    pub type_correct: usize,
    /// Relaxed pairs.
    pub pairs: usize,
    /// Relaxed pairs whose gold expression has a value (some corpora leave values empty;
    /// those pairs are scored for span and type only).
    pub valued_pairs: usize,
    /// Bytes of text tagged.
    pub bytes: usize,
}

/// What went wrong, grouped, to steer the work.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Breakdown {
    /// Gold expressions not found, by lower-case text.
    pub missed: BTreeMap<String, usize>,
    /// System expressions with no gold counterpart, by lower-case text.
    pub spurious: BTreeMap<String, usize>,
    /// Found with a different value: "text: gold → system".
    pub wrong_value: BTreeMap<String, usize>,
    /// Overlapping but not identical spans: "gold | system".
    pub span: BTreeMap<String, usize>,
    /// Per gold type: (gold count, found relaxed, value correct).
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
}

/// The scores.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Raw counts.
    pub counts: Counts,
    /// Strict span match.
    pub strict: Prf,
    /// Relaxed (overlapping) span match.
    pub relaxed: Prf,
    /// Share of relaxed pairs with the gold value × relaxed F1.
    pub value_f1: f64,
    /// Share of relaxed pairs with the gold type × relaxed F1.
    pub type_f1: f64,
    /// Value accuracy over relaxed pairs.
    pub value_accuracy: f64,
    /// Error groups.
    pub breakdown: Breakdown,
}

/// Scores the tagger on parsed documents.
pub fn score(docs: &[TimemlDoc]) -> Scores {
    use rayon::prelude::*;
    let per_doc: Vec<(Counts, Breakdown)> = docs
        .par_iter()
        .map(|doc| {
            let sys = crate::temporal::tag(&doc.text, doc.dct);
            compare(doc, &sys)
        })
        .collect();
    let mut counts = Counts::default();
    let mut breakdown = Breakdown::default();
    for (c, b) in per_doc {
        counts.files += c.files;
        counts.gold += c.gold;
        counts.system += c.system;
        counts.system_relaxed += c.system_relaxed;
        counts.gold_relaxed += c.gold_relaxed;
        counts.strict += c.strict;
        counts.value_correct += c.value_correct;
        counts.type_correct += c.type_correct;
        counts.pairs += c.pairs;
        counts.valued_pairs += c.valued_pairs;
        counts.bytes += c.bytes;
        merge(&mut breakdown.missed, b.missed);
        merge(&mut breakdown.spurious, b.spurious);
        merge(&mut breakdown.wrong_value, b.wrong_value);
        merge(&mut breakdown.span, b.span);
        for (k, (g, f, v)) in b.by_type {
            let e = breakdown.by_type.entry(k).or_default();
            e.0 += g;
            e.1 += f;
            e.2 += v;
        }
    }
    let strict = Prf::new(counts.strict, counts.system, counts.strict, counts.gold);
    let relaxed = Prf::new(
        counts.system_relaxed,
        counts.system,
        counts.gold_relaxed,
        counts.gold,
    );
    let value_accuracy = ratio(counts.value_correct, counts.valued_pairs);
    Scores {
        strict,
        relaxed,
        value_f1: value_accuracy * relaxed.f1,
        type_f1: ratio(counts.type_correct, counts.pairs) * relaxed.f1,
        value_accuracy,
        counts,
        breakdown,
    }
}

fn merge(into: &mut BTreeMap<String, usize>, from: BTreeMap<String, usize>) {
    for (k, v) in from {
        *into.entry(k).or_default() += v;
    }
}

fn compare(doc: &TimemlDoc, sys: &[Timex]) -> (Counts, Breakdown) {
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let mut c = Counts {
        files: 1,
        gold: doc.gold.len(),
        system: sys.len(),
        bytes: doc.text.len(),
        ..Counts::default()
    };
    let mut b = Breakdown::default();
    for s in sys {
        if doc.gold.iter().any(|g| overlaps(&g.span, &s.span)) {
            c.system_relaxed += 1;
        } else {
            *b.spurious.entry(s.text.to_lowercase()).or_default() += 1;
        }
        if doc.gold.iter().any(|g| g.span == s.span) {
            c.strict += 1;
        }
    }
    for g in &doc.gold {
        let entry = b.by_type.entry(g.kind.clone()).or_default();
        entry.0 += 1;
        // Prefer the identical span, then the first overlapping one.
        let hit = sys
            .iter()
            .find(|s| s.span == g.span)
            .or_else(|| sys.iter().find(|s| overlaps(&g.span, &s.span)));
        let Some(s) = hit else {
            *b.missed.entry(g.text.to_lowercase()).or_default() += 1;
            continue;
        };
        c.gold_relaxed += 1;
        c.pairs += 1;
        entry.1 += 1;
        if g.value.is_empty() {
            // No gold value to compare with.
        } else if s.value == g.value {
            c.valued_pairs += 1;
            c.value_correct += 1;
            entry.2 += 1;
        } else {
            c.valued_pairs += 1;
            *b.wrong_value
                .entry(format!(
                    "{}: {} → {}",
                    g.text.to_lowercase(),
                    g.value,
                    s.value
                ))
                .or_default() += 1;
        }
        if s.kind.as_str() == g.kind {
            c.type_correct += 1;
        }
        if s.span != g.span {
            *b.span
                .entry(format!(
                    "{} | {}",
                    g.text.to_lowercase(),
                    s.text.to_lowercase()
                ))
                .or_default() += 1;
        }
    }
    (c, b)
}

/// Every error of the tagger on `docs`, one line each, tab-separated: kind (`miss`,
/// `spurious`, `value`, `span`), file, DCT, gold text, gold value, system text, system value,
/// and the sentence-sized context around the expression. For reading errors one by one.
pub fn error_lines(docs: &[TimemlDoc]) -> Vec<String> {
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let mut out = Vec::new();
    for doc in docs {
        let sys = crate::temporal::tag(&doc.text, doc.dct);
        let context = |r: &Range<usize>| {
            let mut a = r.start.saturating_sub(80);
            while !doc.text.is_char_boundary(a) {
                a -= 1;
            }
            let mut z = (r.end + 60).min(doc.text.len());
            while !doc.text.is_char_boundary(z) {
                z += 1;
            }
            format!(
                "{}[{}]{}",
                &doc.text[a..r.start],
                &doc.text[r.start..r.end],
                &doc.text[r.end..z]
            )
            .replace(['\n', '\t'], " ")
        };
        let dct = doc.dct.map(|d| d.to_string()).unwrap_or_default();
        for s in &sys {
            if !doc.gold.iter().any(|g| overlaps(&g.span, &s.span)) {
                out.push(format!(
                    "spurious\t{}\t{dct}\t\t\t{}\t{}\t{}",
                    doc.name,
                    s.text,
                    s.value,
                    context(&s.span)
                ));
            }
        }
        for g in &doc.gold {
            let hit = sys
                .iter()
                .find(|s| s.span == g.span)
                .or_else(|| sys.iter().find(|s| overlaps(&g.span, &s.span)));
            let line = |kind: &str, st: &str, sv: &str| {
                format!(
                    "{kind}\t{}\t{dct}\t{}\t{}\t{st}\t{sv}\t{}",
                    doc.name,
                    g.text,
                    g.value,
                    context(&g.span)
                )
            };
            match hit {
                None => out.push(line("miss", "", "")),
                Some(s) => {
                    if !g.value.is_empty() && s.value != g.value {
                        out.push(line("value", &s.text, &s.value));
                    }
                    if s.span != g.span {
                        out.push(line("span", &s.text, &s.value));
                    }
                }
            }
        }
    }
    out
}

/// Reads every `.tml` (TimeML) and `.xml` (MEANTIME) file under `paths` (folders are
/// searched recursively), sorted by path. XML files that are not MEANTIME documents (schemas,
/// other annotation layers) are skipped.
pub fn load_dir(paths: &[impl AsRef<Path>]) -> Result<Vec<TimemlDoc>, EvalError> {
    let mut files = Vec::new();
    for p in paths {
        collect(p.as_ref(), &mut files)?;
    }
    files.sort();
    files
        .iter()
        .map(|f| {
            let source = std::fs::read_to_string(f).map_err(|source| EvalError::Read {
                path: f.display().to_string(),
                source,
            })?;
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if f.extension().is_some_and(|e| e == "xml") {
                if !source.contains("<Document") {
                    return Ok(None);
                }
                return parse_meantime(&name, &source).map(Some);
            }
            parse_timeml(&name, &source).map(Some)
        })
        .filter_map(Result::transpose)
        .collect()
}

fn collect(p: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), EvalError> {
    if p.is_dir() {
        let rd = std::fs::read_dir(p).map_err(|source| EvalError::Read {
            path: p.display().to_string(),
            source,
        })?;
        for e in rd.flatten() {
            collect(&e.path(), out)?;
        }
    } else if p.extension().is_some_and(|e| e == "tml" || e == "xml") {
        out.push(p.to_path_buf());
    }
    Ok(())
}

/// The most frequent entries of an error group.
pub fn top(map: &BTreeMap<String, usize>, n: usize) -> Vec<(&str, usize)> {
    let mut v: Vec<(&str, usize)> = map.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.truncate(n);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-19" temporalFunction="false" functionInDocument="CREATION_TIME">June 19, 2024</TIMEX3></DCT>
<TEXT>Putin arrived <TIMEX3 tid="t1" type="DATE" value="2024-06-18">late Tuesday</TIMEX3> &amp; stayed <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>. Prices rose <TIMEX3 tid="t3" type="DATE" value="2023">last year</TIMEX3>.</TEXT></TimeML>"#;

    #[test]
    fn parses_text_gold_and_creation_time() {
        let doc = parse_timeml("x.tml", DOC).unwrap();
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert!(doc.text.starts_with("Putin arrived late Tuesday & stayed"));
        assert_eq!(doc.gold.len(), 3);
        assert_eq!(&doc.text[doc.gold[0].span.clone()], "late Tuesday");
        assert_eq!(doc.gold[1].value, "P2D");
    }

    const MEANTIME: &str = r#"<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Ford</token>
<token number="1" sentence="0" t_id="2">posts</token>
<token number="2" sentence="0" t_id="3">profit</token>
<token number="3" sentence="1" t_id="4">May</token>
<token number="4" sentence="1" t_id="5">14</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2009</token>
<token number="7" sentence="2" t_id="8">Sales</token>
<token number="8" sentence="2" t_id="9">fell</token>
<token number="9" sentence="2" t_id="10">last</token>
<token number="10" sentence="2" t_id="11">year</token>
<token number="11" sentence="2" t_id="12">.</token>
<Markables>
<TIMEX3 anchorTimeID="16" functionInDocument="NONE" m_id="28" type="DATE" value="2008">
<token_anchor t_id="10"/>
<token_anchor t_id="11"/>
</TIMEX3>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="16" type="DATE" value="2009-05-14">
<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
</TIMEX3>
</Markables></Document>"#;

    #[test]
    fn parses_meantime_tokens_and_markables() {
        let doc = parse_meantime("m.xml", MEANTIME).unwrap();
        assert_eq!(
            doc.text,
            "Ford posts profit\nMay 14, 2009\nSales fell last year."
        );
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2009, 5, 14));
        let texts: Vec<&str> = doc.gold.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(texts, ["May 14, 2009", "last year"]);
        assert_eq!(doc.gold[1].value, "2008");
        let s = score(&[doc]);
        assert_eq!(s.counts.strict, 2, "{:?}", s.breakdown);
    }

    #[test]
    fn a_day_first_creation_time_is_read() {
        let src = MEANTIME.replace("value=\"2009-05-14\"", "value=\"14-05-2009\"");
        let doc = parse_meantime("m.xml", &src).unwrap();
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2009, 5, 14));
    }

    #[test]
    fn an_empty_creation_time_falls_back_to_the_dateline() {
        let src = MEANTIME.replace("value=\"2009-05-14\"", "value=\"\"");
        let doc = parse_meantime("m.xml", &src).unwrap();
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2009, 5, 14));
        // "last year" is then resolved against it. The creation time itself has no gold
        // value, so it counts for its span and type only.
        let docs = [doc];
        let s = score(&docs);
        assert_eq!(s.counts.strict, 2, "{:?}", s.breakdown);
        assert_eq!((s.counts.pairs, s.counts.valued_pairs), (2, 1));
        assert!(error_lines(&docs).is_empty(), "{:?}", error_lines(&docs));
        assert!(s.breakdown.wrong_value.is_empty(), "{:?}", s.breakdown);
        assert!((s.value_accuracy - 1.0).abs() < 1e-9);
    }

    #[test]
    fn scores_strict_relaxed_and_value() {
        let doc = parse_timeml("x.tml", DOC).unwrap();
        let s = score(std::slice::from_ref(&doc));
        assert_eq!(s.counts.gold, 3);
        assert_eq!(s.counts.system, 3);
        assert_eq!(s.counts.strict, 3);
        assert!((s.value_f1 - 1.0).abs() < 1e-9, "{:?}", s.breakdown);
        // A document whose gold the tagger cannot find scores lower.
        let bad = parse_timeml(
            "y.tml",
            &DOC.replace("late Tuesday</TIMEX3>", "late Tuesday</TIMEX3> <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"X\">soonish</TIMEX3>"),
        )
        .unwrap();
        let s = score(&[bad]);
        assert_eq!(s.counts.gold, 4);
        assert!(s.relaxed.recall < 1.0);
        assert_eq!(s.breakdown.missed.get("soonish"), Some(&1));
    }
}
