//! Turning file bytes into text: byte-order marks, UTF-16, legacy encodings, and
//! refusing binary files with a name for what they are.

use super::ReadError;

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Encoding name ("UTF-8", "UTF-16LE", "windows-1252", …).
    pub encoding: String,
    /// Things worth telling the user.
    pub warnings: Vec<String>,
}

/// Known binary formats by their magic bytes, named for the user.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"),
    (b"RIFF", "a media file (RIFF: WebP, WAV or AVI)"),
    (b"BM", "an image (BMP)"),
    (b"%PDF", "a PDF document"),
    (
        b"PK\x03\x04",
        "a compressed archive or office document (ZIP)",
    ),
    (b"\x1f\x8b", "a compressed file (gzip)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"\xca\xfe\xba\xbe", "a program (Mach-O or Java class)"),
    (b"\xcf\xfa\xed\xfe", "a program (Mach-O)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"7z\xbc\xaf\x27\x1c", "a compressed archive (7-Zip)"),
    (b"SQLite format 3", "a database (SQLite)"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"ID3", "an audio file (MP3)"),
    (b"OggS", "a media file (Ogg)"),
    (b"fLaC", "an audio file (FLAC)"),
    (b"\x1a\x45\xdf\xa3", "a video file (Matroska/WebM)"),
];

/// Names a binary format from its first bytes, if known.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("a media file (MP4/MOV)");
    }
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| *what)
        // "BM" and "MZ" are too short to trust on their own: require a NUL nearby.
        .filter(|what| {
            !(what.contains("BMP") || what.contains("Windows program"))
                || bytes.iter().take(64).any(|&b| b == 0)
        })
}

/// Guesses BOM-less UTF-16 from the pattern of NUL bytes in ASCII-heavy text.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nuls = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nuls * 10 >= pairs * 7 && even_nuls * 10 <= pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_nuls * 10 >= pairs * 7 && odd_nuls * 10 <= pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Share of control characters (other than whitespace) in a sample: high means binary.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    controls * 20 > sample.len().max(1)
}

/// True for UTF-8 with a few damaged bytes: only a character cut at the very end, or
/// invalid bytes far outnumbered by well-formed multi-byte characters (legacy encodings
/// almost never form valid multi-byte UTF-8 sequences by chance).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut invalid = 0usize;
    let mut multibyte = 0usize;
    let mut chunks = bytes.utf8_chunks().peekable();
    let mut only_at_end = true;
    while let Some(chunk) = chunks.next() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += chunk.invalid().len();
            if chunks.peek().is_some() {
                only_at_end = false;
            }
        }
    }
    (only_at_end && invalid <= 3) || (multibyte > 0 && invalid * 10 <= multibyte)
}

/// Decodes file bytes to text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    let mut warnings = Vec::new();
    // A byte-order mark is the strongest signal there is.
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            warnings.push(format!(
                "Some characters could not be decoded as {} and were replaced with “�”.",
                encoding.name()
            ));
        }
        return finish(text.into_owned(), encoding.name(), warnings);
    }
    if let Some(encoding) = bomless_utf16(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            warnings.push(format!(
                "The file has no byte-order mark; it was read as {} because of its byte pattern.",
                encoding.name()
            ));
            return finish(text.into_owned(), encoding.name(), warnings);
        }
    }
    if let Some(what) = sniff_binary(bytes) {
        return Err(ReadError::Binary {
            what: what.to_string(),
        });
    }
    if looks_binary(bytes) {
        return Err(ReadError::Binary {
            what: "a binary file".to_string(),
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(text.to_string(), "UTF-8", warnings);
    }
    if mostly_utf8(bytes) {
        // A UTF-8 file cut short mid-character, or with a stray bad byte: guessing a
        // legacy encoding would garble every accented letter in it.
        warnings.push(
            "Some bytes were not valid UTF-8 (the file may be cut short) and were replaced with “�”."
                .into(),
        );
        return finish(
            String::from_utf8_lossy(bytes).into_owned(),
            "UTF-8",
            warnings,
        );
    }
    // Not UTF-8: let chardetng guess the legacy encoding from the byte statistics.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let mut encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    // Mostly-ASCII text with a few accented letters or symbols is, in English news,
    // nearly always Windows-1252/Latin-1; short samples can fool the statistics into a
    // Central European code page, turning "£" into "Ł".
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let single_byte = !matches!(
        encoding.name(),
        "Shift_JIS" | "EUC-JP" | "EUC-KR" | "GBK" | "gb18030" | "Big5" | "ISO-2022-JP"
    );
    if single_byte && non_ascii * 20 <= bytes.len() && encoding != encoding_rs::WINDOWS_1252 {
        encoding = encoding_rs::WINDOWS_1252;
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    warnings.push(format!(
        "The file is not UTF-8; it was read as {} (detected).",
        encoding.name()
    ));
    if had_errors {
        warnings.push("Some characters could not be decoded and were replaced with “�”.".into());
    }
    finish(text.into_owned(), encoding.name(), warnings)
}

fn finish(text: String, encoding: &str, warnings: Vec<String>) -> Result<Decoded, ReadError> {
    if text.trim().is_empty() {
        return Err(ReadError::Blank);
    }
    Ok(Decoded {
        text,
        encoding: encoding.to_string(),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_pound_sign() {
        let bytes = b"The fee was \xa32m, said the club.";
        let d = decode(bytes).unwrap();
        assert!(d.text.contains("£2m"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let d = decode(b"\xef\xbb\xbfHello world").unwrap();
        assert_eq!(d.text, "Hello world");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Putin arrived on Wednesday.";
        let mut le: Vec<u8> = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap().text, text);
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let d = decode(&be).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "UTF-16BE");
    }

    #[test]
    fn binaries_are_named() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        match decode(png) {
            Err(ReadError::Binary { what }) => assert!(what.contains("PNG")),
            other => panic!("expected binary, got {other:?}"),
        }
        match decode(b"\x7fELF\x02\x01\x01\0\0\0") {
            Err(ReadError::Binary { what }) => assert!(what.contains("program")),
            other => panic!("expected binary, got {other:?}"),
        }
        assert!(matches!(
            decode(b"%PDF-1.7\n"),
            Err(ReadError::Binary { .. })
        ));
    }

    #[test]
    fn utf8_cut_mid_character_stays_utf8() {
        let mut bytes = "Talks in Zürich — on Monday ".as_bytes().to_vec();
        bytes.extend_from_slice(&"€".as_bytes()[..2]);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(
            d.text.starts_with("Talks in Zürich — on Monday "),
            "{}",
            d.text
        );
        assert!(d.text.ends_with('\u{fffd}'));
        // Latin-1 with no multi-byte sequences is still detected as a legacy encoding.
        let d = decode(b"caf\xe9 owner and the \xa32m fee, na\xefve reporters").unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("café"));
    }

    #[test]
    fn empty_and_blank() {
        assert!(matches!(decode(b""), Err(ReadError::Empty)));
        assert!(matches!(decode(b"  \n\t \n"), Err(ReadError::Blank)));
    }

    #[test]
    fn text_starting_with_bm_is_not_binary() {
        let d = decode(b"BMW sales rose in 2004.").unwrap();
        assert!(d.text.starts_with("BMW"));
    }
}
