//! End-to-end tests of `parallax timex`: one JSON line per expression, with code-point
//! offsets into the file's decoded text.

use std::process::Command;

/// Runs `parallax timex --dct DCT` on `text` written to a file and returns the JSON lines.
fn timex_lines(text: &str, dct: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("article.txt");
    std::fs::write(&path, text).expect("the article is written");
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["timex", "--dct", dct])
        .arg(&path)
        .output()
        .expect("the parallax binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn reports_the_headline_and_the_body_in_file_order_with_character_offsets() {
    let text = "Café owners protest on Tuesday\n\n\
                Owners of cafés in Zürich marched through the old town on Tuesday, a week \
                after the city raised rents. They plan to return next month.\n";
    let lines = timex_lines(text, "2024-06-19");
    let chars: Vec<char> = text.chars().collect();
    let found: Vec<(String, String)> = lines
        .iter()
        .map(|l| {
            let (start, end) = (
                l["start"].as_u64().expect("start") as usize,
                l["end"].as_u64().expect("end") as usize,
            );
            let quoted: String = chars[start..end].iter().collect();
            assert_eq!(
                quoted,
                l["text"].as_str().expect("text"),
                "offsets quote the file"
            );
            (quoted, l["value"].as_str().expect("value").to_string())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Tuesday", "2024-06-18"),
            ("Tuesday", "2024-06-18"),
            ("a week", "P1W"),
            ("next month", "2024-07"),
        ]
        .map(|(t, v)| (t.to_string(), v.to_string()))
    );
    assert!(lines[0]["start"].as_u64() < lines[1]["start"].as_u64());
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("long.txt");
    let text = "Prices rose on Tuesday and fell on June 3, 2024.\n".repeat(8000);
    std::fs::write(&path, text).expect("the article is written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["timex", "--dct", "2024-06-19"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the parallax binary runs");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("one line is read");
    assert!(first.contains("\"value\""), "{first}");
    // The reader goes away, as `| head -1` does, with most of the output unwritten.
    let out = child.wait_with_output().expect("parallax finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
