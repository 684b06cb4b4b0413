//! Maps byte offsets in a cleaned article body back to the decoded file text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One run of the body and the run of the decoded text it came from.
///
/// When both runs have the same length the text was copied verbatim and offsets inside
/// map one to one; otherwise (an HTML entity, a collapsed run of whitespace) the run
/// maps as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Byte range in the body.
    pub body: Range<usize>,
    /// Byte range in the decoded text.
    pub text: Range<usize>,
}

/// Ordered, non-overlapping segments covering the body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceMap {
    /// Segments sorted by body offset.
    pub segments: Vec<Segment>,
}

impl SourceMap {
    /// The identity map for a body that is the text itself.
    pub fn identity(len: usize) -> Self {
        Self {
            segments: vec![Segment {
                body: 0..len,
                text: 0..len,
            }],
        }
    }

    /// Appends a segment; `body.start` must not precede the previous segment's end.
    pub fn push(&mut self, body: Range<usize>, text: Range<usize>) {
        if body.is_empty() && text.is_empty() {
            return;
        }
        // Merge with the previous segment when both runs continue verbatim.
        if let Some(last) = self.segments.last_mut() {
            let verbatim_last = last.body.len() == last.text.len();
            if verbatim_last
                && body.len() == text.len()
                && last.body.end == body.start
                && last.text.end == text.start
            {
                last.body.end = body.end;
                last.text.end = text.end;
                return;
            }
        }
        self.segments.push(Segment { body, text });
    }

    /// Maps one body byte offset to a decoded-text byte offset.
    pub fn to_text_offset(&self, body_offset: usize) -> usize {
        if self.segments.is_empty() {
            return body_offset;
        }
        // The last segment starting at or before the offset.
        let idx = self
            .segments
            .partition_point(|s| s.body.start <= body_offset)
            .saturating_sub(1);
        let seg = &self.segments[idx];
        if body_offset >= seg.body.end {
            // In a gap between segments (a separator the cleaner inserted): snap to the end.
            return seg.text.end;
        }
        if seg.body.len() == seg.text.len() {
            seg.text.start + (body_offset - seg.body.start)
        } else if body_offset == seg.body.start {
            seg.text.start
        } else {
            seg.text.end
        }
    }

    /// Maps a body byte range to the decoded-text byte range it came from.
    pub fn to_text(&self, body: Range<usize>) -> Range<usize> {
        let start = self.to_text_offset(body.start);
        let end = if body.end > body.start {
            // Map the last byte inside the range, then step past it, so a range ending at a
            // segment boundary does not jump over a gap.
            let last = self.to_text_offset(body.end - 1);
            let seg_end = self
                .segments
                .iter()
                .find(|s| s.body.contains(&(body.end - 1)))
                .map(|s| {
                    if s.body.len() == s.text.len() {
                        last + (body.end - (body.end - 1))
                    } else {
                        s.text.end
                    }
                });
            seg_end.unwrap_or(last)
        } else {
            start
        };
        start..end.max(start)
    }
}

/// Converts byte offsets in `text` to Unicode scalar (code point) offsets.
///
/// Build it once per text and reuse it: lookups are a binary search.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every non-ASCII char; ASCII-only texts need none.
    multibyte: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        let mut extra = 0usize;
        for (byte, ch) in text.char_indices() {
            let len = ch.len_utf8();
            if len > 1 {
                extra += len - 1;
                multibyte.push((byte + len, extra));
            }
        }
        Self { multibyte }
    }

    /// The char offset of a byte offset (which should lie on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let idx = self.multibyte.partition_point(|&(b, _)| b <= byte);
        let extra = if idx == 0 {
            0
        } else {
            self.multibyte[idx - 1].1
        };
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_segments_map_inside() {
        let mut map = SourceMap::default();
        map.push(0..5, 10..15);
        map.push(5..7, 20..22);
        assert_eq!(map.segments.len(), 2);
        assert_eq!(map.to_text_offset(2), 12);
        assert_eq!(map.to_text(1..6), 11..21);
        assert_eq!(map.to_text(0..5), 10..15);
    }

    #[test]
    fn replaced_runs_map_whole() {
        let mut map = SourceMap::default();
        map.push(0..3, 0..3);
        map.push(3..4, 3..8); // "&amp;" became "&"
        map.push(4..6, 8..10);
        assert_eq!(map.to_text(3..4), 3..8);
        assert_eq!(map.to_text(0..6), 0..10);
    }

    #[test]
    fn char_index_counts_code_points() {
        let text = "a£b€c";
        let idx = CharIndex::new(text);
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(1), 1);
        assert_eq!(idx.char_offset(3), 2); // 'b'
        assert_eq!(idx.char_offset(4), 3); // '€'
        assert_eq!(idx.char_offset(7), 4); // 'c'
        assert_eq!(idx.char_offset(text.len()), 5);
    }
}
