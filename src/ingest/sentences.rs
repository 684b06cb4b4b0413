//! Sentence segmentation that knows abbreviations ("U.S.", "Dr.", "Jan."), initials,
//! closing quotes and paragraph breaks.

use std::ops::Range;

/// Words that end with a period without ending a sentence (lower-cased, no period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm",
    "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "jr", "sr", "inc", "ltd", "co", "corp",
    "plc", "vs", "etc", "no", "nos", "vol", "fig", "approx", "dept", "est", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "mt", "ft", "ave", "blvd", "rd", "cf", "al", "op",
    "pp",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// True when the period at `dot` (byte index) ends an abbreviation or initial.
fn period_is_abbreviation(text: &str, dot: usize, next_word: &str) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    // Dotted acronyms ("U.S", "a.m", "e.g"): end a sentence only before a clear new one.
    if word.contains('.') {
        let am_pm = lower == "a.m" || lower == "p.m";
        let next_starts_sentence = next_word.chars().next().is_some_and(|c| c.is_uppercase())
            && !matches!(next_word, "S." | "K." | "N.");
        return (!am_pm || !next_starts_sentence) && !next_starts_sentence_strongly(next_word);
    }
    // A single capital letter is an initial ("J. Smith").
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Words that almost always start a sentence, so "… in the U.S. The president …" splits.
fn next_starts_sentence_strongly(word: &str) -> bool {
    matches!(
        word,
        "The" | "He" | "She" | "It" | "They" | "We" | "I" | "But" | "In" | "This" | "That" | "A"
    )
}

/// Splits `text` into sentence byte ranges, never across `paragraphs` boundaries.
/// Leading and trailing whitespace is excluded from each range.
pub fn split(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for para in paragraphs {
        split_paragraph(text, para.clone(), &mut out);
    }
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    if start < end {
        out.push(start..end);
    }
}

fn split_paragraph(text: &str, para: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[para.clone()];
    let mut start = 0;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Swallow runs of terminal punctuation and closing quotes/brackets.
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = iter.peek() {
            if matches!(n, '.' | '!' | '?') || is_closing(n) {
                end = j + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &slice[end..];
        if !rest.starts_with(char::is_whitespace) && !rest.is_empty() {
            continue; // "3.5", "x.com", "U.S.-led"
        }
        let next_word = rest.split_whitespace().next().unwrap_or("");
        let next_first = next_word.chars().next();
        let looks_like_start = next_first.is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
        });
        if !rest.trim().is_empty() && !looks_like_start {
            continue;
        }
        if c == '.' && period_is_abbreviation(slice, i, next_word) && !rest.trim().is_empty() {
            continue;
        }
        push_trimmed(text, para.start + start..para.start + end, out);
        start = end;
    }
    push_trimmed(text, para.start + start..para.end, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("Putin arrived. Kim met him! Was it cold? Yes."),
            vec!["Putin arrived.", "Kim met him!", "Was it cold?", "Yes."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sentences("Dr. Lee met Mr. J. Smith on Jan. 5 in the U.S. capital. They talked."),
            vec![
                "Dr. Lee met Mr. J. Smith on Jan. 5 in the U.S. capital.",
                "They talked."
            ]
        );
        assert_eq!(
            sentences("He left at 10 a.m. on Monday. Then he flew."),
            vec!["He left at 10 a.m. on Monday.", "Then he flew."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said, “We are concerned.” Kirby added more."),
            vec!["He said, “We are concerned.”", "Kirby added more."]
        );
    }

    #[test]
    fn decimals_and_domains_do_not_split() {
        assert_eq!(
            sentences("Growth was 3.5 percent, per x.com data. Next."),
            vec!["Growth was 3.5 percent, per x.com data.", "Next."]
        );
    }

    #[test]
    fn paragraphs_always_split() {
        let text = "A heading\n\nBody text here.";
        let got: Vec<&str> = split(text, &[0..9, 11..text.len()])
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, vec!["A heading", "Body text here."]);
    }
}
