//! Saved web pages: metadata from `<meta>` tags and the main article text, without
//! scripts, styles, navigation, comment sections or share buttons. Nothing is fetched
//! and nothing is executed: the page is only parsed.

use super::clean::{HtmlMeta, Unit};
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// Parses a CSS selector written in the source (a programming error if it fails, caught
/// by the unit tests, never caused by a page).
#[allow(clippy::expect_used)]
fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
static ROOTS: LazyLock<[Selector; 4]> = LazyLock::new(|| {
    [
        selector("article"),
        selector("[itemprop=articleBody]"),
        selector("main"),
        selector("body"),
    ]
});

/// Elements never part of the article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "canvas", "button", "select", "textarea", "input", "figure", "menu", "object",
    "embed", "video", "audio", "picture", "img",
];

/// Class or id fragments of page furniture containers.
const SKIP_CLASSES: &[&str] = &[
    "comment",
    "share",
    "social",
    "newsletter",
    "related",
    "promo",
    "advert",
    "sidebar",
    "breadcrumb",
    "subscribe",
    "signup",
    "sign-up",
    "cookie",
    "popup",
    "modal",
    "footer",
    "header",
    "navbar",
    "menu",
    "tags",
    "taglist",
    "more-stories",
    "recommend",
    "outbrain",
    "taboola",
    "byline-share",
    "rating",
];

/// Block elements that make their own paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "address",
    "time",
    "br",
    "tr",
    "table",
    "ul",
    "ol",
];

/// Reads `<meta>`/`<title>` metadata.
pub fn meta(doc: &Html) -> HtmlMeta {
    let mut m = HtmlMeta::default();
    for el in doc.select(&META) {
        let key = el
            .value()
            .attr("property")
            .or_else(|| el.value().attr("name"))
            .or_else(|| el.value().attr("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(content) = el
            .value()
            .attr("content")
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        let content = content.to_string();
        match key.as_str() {
            "og:title" | "twitter:title" if m.title.is_none() => m.title = Some(content),
            "og:site_name" | "application-name" if m.site_name.is_none() => {
                m.site_name = Some(content)
            }
            "og:url" if m.url.is_none() => m.url = Some(content),
            // Some sites put a profile URL here: keep names only.
            "author" | "article:author" | "byl" | "dc.creator" | "sailthru.author"
                if m.author.is_none() && !content.starts_with("http") =>
            {
                m.author = Some(
                    content
                        .trim_start_matches("By ")
                        .trim_start_matches("by ")
                        .to_string(),
                );
            }
            "article:published_time"
            | "datepublished"
            | "pubdate"
            | "date"
            | "dc.date"
            | "publish-date"
            | "sailthru.date"
                if m.published.is_none() =>
            {
                m.published = Some(content)
            }
            "article:modified_time" | "datemodified" | "og:updated_time" | "last-modified"
                if m.modified.is_none() =>
            {
                m.modified = Some(content)
            }
            "article:tag" => m.tags.push(content),
            "keywords" | "news_keywords" => m.tags.extend(
                content
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty() && t.len() < 60)
                    .map(str::to_string),
            ),
            _ => {}
        }
    }
    if m.title.is_none() {
        m.title = doc
            .select(&TITLE)
            .next()
            .map(|t| collapse(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty());
    }
    if m.url.is_none() {
        m.url = doc
            .select(&CANONICAL)
            .next()
            .and_then(|l| l.value().attr("href"))
            .filter(|h| h.starts_with("http"))
            .map(str::to_string);
    }
    m
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn skipped(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    let role = v.attr("role").unwrap_or("");
    if matches!(
        role,
        "navigation" | "banner" | "contentinfo" | "complementary" | "dialog"
    ) {
        return true;
    }
    let class_id = format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    SKIP_CLASSES.iter().any(|c| {
        class_id
            .split(|ch: char| ch.is_whitespace() || ch == '_')
            .any(|token| {
                token == *c
                    || token.starts_with(&format!("{c}-"))
                    || token.ends_with(&format!("-{c}"))
                    || token.starts_with(&format!("{c}s"))
            })
    })
}

/// Collects the text blocks of the main content, iteratively (deep nesting is safe).
fn blocks(root: ElementRef<'_>) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut current = String::new();
    let mut heading = false;
    // Explicit stack of (node, entering) so a page nested 100,000 levels deep cannot
    // overflow the call stack.
    let mut stack = vec![(*root, true)];
    let flush = |current: &mut String, heading: &mut bool, out: &mut Vec<(String, bool)>| {
        let text = collapse(current);
        if !text.is_empty() {
            out.push((text, *heading));
        }
        current.clear();
        *heading = false;
    };
    while let Some((node, entering)) = stack.pop() {
        match node.value() {
            Node::Text(t) if entering => current.push_str(t),
            Node::Element(e) => {
                let block = BLOCK_TAGS.contains(&e.name());
                if entering {
                    if let Some(el) = ElementRef::wrap(node) {
                        if skipped(&el) && node.id() != root.id() {
                            continue;
                        }
                    }
                    if block {
                        flush(&mut current, &mut heading, &mut out);
                        heading = matches!(e.name(), "h1" | "h2" | "h3");
                    } else {
                        current.push(' ');
                    }
                    stack.push((node, false));
                    let children: Vec<_> = node.children().collect();
                    for child in children.into_iter().rev() {
                        stack.push((child, true));
                    }
                } else if block {
                    flush(&mut current, &mut heading, &mut out);
                } else {
                    current.push(' ');
                }
            }
            _ => {}
        }
    }
    flush(&mut current, &mut heading, &mut out);
    out
}

/// Finds where a block's text sits in the page source, so highlights land near the
/// right place in the original file. Returns the source range of the block's text.
///
/// The search looks only a bounded distance past the previous block: a block whose text
/// is not verbatim in the source (an entity, markup inside the first words) would
/// otherwise scan to the end of the page every time, quadratic in the page size.
fn locate(source: &str, from: usize, block: &str) -> Option<std::ops::Range<usize>> {
    let window_end = floor_boundary(
        source,
        from.saturating_add(LOCATE_WINDOW.max(block.len().saturating_mul(4))),
    );
    let window = source.get(from..window_end)?;
    let probe: String = block.chars().take(24).collect();
    let tail: String = {
        let chars: Vec<char> = block.chars().collect();
        chars[chars.len().saturating_sub(16)..].iter().collect()
    };
    let Some(start) = window.find(probe.as_str()).map(|s| s + from) else {
        // The first words are not verbatim (an entity, inline markup): anchor on the last
        // words and start after the nearest tag before them, so later blocks still find
        // their place.
        let tail_start = window.find(tail.as_str())? + from;
        let back = floor_boundary(source, tail_start.saturating_sub(block.len() * 2)).max(from);
        let start = source[back..tail_start]
            .rfind('>')
            .map_or(back, |i| back + i + 1);
        return Some(start..tail_start + tail.len());
    };
    if source[start..].starts_with(block) {
        return Some(start..start + block.len());
    }
    let end = source[start..window_end]
        .find(tail.as_str())
        .map(|e| start + e + tail.len())?;
    Some(start..end)
}

/// How far past the previous block [`locate`] looks (bytes), at least.
const LOCATE_WINDOW: usize = 16 * 1024;

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Deeper nesting than this is flattened before parsing: no real page comes close, and
/// the HTML parser's scope checks walk the stack of open elements on every tag, so a page
/// nested 100,000 levels deep would take minutes (quadratic time).
const MAX_DEPTH: usize = 256;

/// Plain containers and inline wrappers whose tags can be dropped without changing which
/// text is content: scripts, styles, iframes and other skipped elements are never dropped.
const FLATTENABLE: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "main",
    "p",
    "b",
    "i",
    "u",
    "em",
    "strong",
    "small",
    "big",
    "font",
    "center",
    "a",
    "sub",
    "sup",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dd",
    "dt",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "code",
    "q",
    "cite",
    "abbr",
    "mark",
    "s",
    "strike",
    "tt",
    "var",
    "kbd",
    "samp",
];

/// Elements the parser closes by itself when the next one starts (`<p>` after `<p>`).
const AUTO_CLOSED: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "rb",
    "rt", "rp",
];

/// Elements whose content is raw text (no tags inside) for the scanner.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements that never have an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Reads a tag at `bytes[i] == b'<'`: (is end tag, lowercase name, index after `>`).
fn scan_tag(bytes: &[u8], i: usize) -> Option<(bool, String, usize, bool)> {
    let mut j = i + 1;
    let end = bytes.get(j) == Some(&b'/');
    if end {
        j += 1;
    }
    let name_start = j;
    while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = String::from_utf8_lossy(&bytes[name_start..j]).to_ascii_lowercase();
    // Attributes may quote a `>`.
    let mut quote = None;
    while j < bytes.len() {
        match (quote, bytes[j]) {
            (None, b'"' | b'\'') => quote = Some(bytes[j]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => {
                let self_closing = j > 0 && bytes[j - 1] == b'/';
                return Some((end, name, j + 1, self_closing));
            }
            _ => {}
        }
        j += 1;
    }
    None
}

/// Drops container tags nested deeper than [`MAX_DEPTH`], keeping all text, in one linear
/// pass. Returns `None` when the page is not that deep (the common case: no copy made).
fn flatten_deep(source: &str) -> Option<String> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    // First pass: only measure, so ordinary pages cost one scan and no allocation.
    let mut cuts: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        if bytes[i..].starts_with(b"<!--") {
            i = find(bytes, i + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let Some((end, name, after, self_closing)) = scan_tag(bytes, i) else {
            i += 1;
            continue;
        };
        if !end && RAW_TEXT.contains(&name.as_str()) {
            // Skip to the matching end tag: its content is not markup.
            let close = format!("</{name}");
            i = find_ascii_ci(bytes, after, close.as_bytes()).unwrap_or(bytes.len());
            continue;
        }
        // Paragraphs, list items and cells close themselves: they never deepen the tree.
        if AUTO_CLOSED.contains(&name.as_str()) {
            i = after;
            continue;
        }
        let flattenable = FLATTENABLE.contains(&name.as_str());
        if end {
            if depth > MAX_DEPTH && flattenable {
                cuts.push(i..after);
            }
            depth = depth.saturating_sub(1);
        } else if !self_closing && !VOID.contains(&name.as_str()) {
            depth += 1;
            deepest = deepest.max(depth);
            if depth > MAX_DEPTH && flattenable {
                cuts.push(i..after);
            }
        }
        i = after;
    }
    if deepest <= MAX_DEPTH || cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    let mut from = 0;
    for cut in cuts {
        out.push_str(&source[from..cut.start]);
        // A space keeps words on either side of a dropped tag apart.
        out.push(' ');
        from = cut.end;
    }
    out.push_str(&source[from..]);
    Some(out)
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ascii_ci(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// Parses a page into metadata and text units.
pub fn parse(source: &str) -> (HtmlMeta, Vec<Unit>) {
    let flat = flatten_deep(source);
    let doc = Html::parse_document(flat.as_deref().unwrap_or(source));
    let meta = meta(&doc);
    let root = ROOTS
        .iter()
        .find_map(|s| {
            doc.select(s)
                .max_by_key(|el| el.text().map(str::len).sum::<usize>())
        })
        .unwrap_or_else(|| doc.root_element());
    let mut units = Vec::new();
    let mut cursor = 0;
    for (text, heading) in blocks(root) {
        let span = match locate(source, cursor, &text) {
            Some(r) => {
                cursor = r.end;
                r
            }
            None => cursor..cursor,
        };
        units.push(Unit {
            pieces: vec![(0..text.len(), span.clone())],
            content: text,
            span,
            heading,
        });
    }
    (meta, units)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Leaders meet | Example News</title>
<meta property="og:title" content="Leaders meet in Oslo">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-06-19T08:00:00+09:00">
<meta name="author" content="Anna Berg">
<script>document.write("tracking")</script><style>p{color:red}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet in Oslo</h1>
<p>The prime ministers met in Oslo on Wednesday &amp; discussed energy.</p>
<div class="share-buttons">Share on Facebook</div>
<p>It was their first meeting since 2012.</p>
<iframe src="https://ads.example.com"></iframe><img src="https://cdn.example.com/a.jpg">
<section class="comments"><p>Leave a comment</p></section>
</article><footer>© Example News</footer></body></html>"#;

    #[test]
    fn reads_meta_and_main_text() {
        let (m, units) = parse(PAGE);
        assert_eq!(m.title.as_deref(), Some("Leaders meet in Oslo"));
        assert_eq!(m.site_name.as_deref(), Some("Example News"));
        assert_eq!(m.author.as_deref(), Some("Anna Berg"));
        assert!(m.published.as_deref().unwrap().starts_with("2024-06-19"));
        let texts: Vec<&str> = units.iter().map(|u| u.content.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Leaders meet in Oslo",
                "The prime ministers met in Oslo on Wednesday & discussed energy.",
                "It was their first meeting since 2012."
            ]
        );
        assert!(units[0].heading);
        // The verbatim block maps to its exact place in the source.
        let last = &units[2];
        assert_eq!(&PAGE[last.span.clone()], last.content);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 20_000;
        let page = format!(
            "{}<p>Deep text here.</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (_, units) = parse(&page);
        assert!(units.iter().any(|u| u.content == "Deep text here."));
    }

    #[test]
    fn many_blocks_with_entities_locate_in_linear_time() {
        let mut page = String::from("<html><body><article>");
        for i in 0..6000 {
            page.push_str(&format!(
                "<p>Tom &amp; Jerry met in Oslo, number {i}, it said.</p>"
            ));
        }
        page.push_str("<p>The last paragraph is plain.</p></article></body></html>");
        let start = std::time::Instant::now();
        let (_, units) = parse(&page);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
        assert_eq!(units.len(), 6001);
        let last = &units[6000];
        assert_eq!(&page[last.span.clone()], last.content, "still located");
        // A block with an entity is placed on its own paragraph in the source.
        let first = &page[units[0].span.clone()];
        assert_eq!(first, "Tom &amp; Jerry met in Oslo, number 0, it said.");
    }

    #[test]
    fn very_deep_pages_are_flattened_in_linear_time() {
        let depth = 100_000;
        let page = format!(
            "<body><script>if (a<div>b) {{}}</script>{}<p>Deep text here.</p><script>var HIDDEN = 1;</script>{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        let flat = flatten_deep(&page).expect("too deep: flattened");
        assert!(flat.len() < page.len() / 4, "deep tags dropped");
        assert!(
            flat.contains("<script>var HIDDEN = 1;</script>"),
            "scripts kept"
        );
        let start = std::time::Instant::now();
        let (_, units) = parse(&page);
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
        assert!(units.iter().any(|u| u.content == "Deep text here."));
        assert!(!units.iter().any(|u| u.content.contains("HIDDEN")));
        // Ordinary pages are left alone.
        assert!(flatten_deep(PAGE).is_none());
    }
}
