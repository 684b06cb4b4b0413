//! Splitting text into word and punctuation tokens with byte offsets, without allocating
//! per token: lower-case comparisons are done against the original slice.

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// A run of letters and digits (true) or a single other character (false).
    pub word: bool,
    /// All ASCII digits.
    pub digits: bool,
    /// Starts with an upper-case letter.
    pub capital: bool,
}

/// Tokenises `text`. Whitespace separates tokens and is not itself a token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut digits = c.is_ascii_digit();
            while let Some(&(j, n)) = iter.peek() {
                if n.is_alphanumeric() {
                    digits &= n.is_ascii_digit();
                    end = j + n.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start: i,
                end,
                word: true,
                digits,
                capital: c.is_uppercase(),
            });
        } else {
            tokens.push(Token {
                start: i,
                end: i + c.len_utf8(),
                word: false,
                digits: false,
                capital: false,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_digits_and_punctuation() {
        let text = "On Sept. 30, 1990s mid-2019 £5";
        let toks: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            toks,
            vec!["On", "Sept", ".", "30", ",", "1990s", "mid", "-", "2019", "£", "5"]
        );
        let t = tokenize("2019 May");
        assert!(t[0].digits && !t[1].digits && t[1].capital);
    }
}
