//! The saved workspace: atomic saves, round trips, and a corrupt file kept aside.

use parallax::model::MetadataOverrides;
use parallax::workspace::{
    ArticleState, Review, ReviewStatus, SourceEntry, Workspace, WorkspaceError,
};

fn sample() -> Workspace {
    let mut w = Workspace {
        sources: vec![
            SourceEntry::Demo,
            SourceEntry::Path {
                path: "/data/articles".into(),
            },
            SourceEntry::Pasted {
                name: "Pasted article 1".into(),
                text: "Some pasted text.".into(),
            },
        ],
        ..Workspace::default()
    };
    w.articles.insert(
        "/data/articles/a.txt".into(),
        ArticleState {
            excluded: true,
            overrides: MetadataOverrides {
                published: chrono::NaiveDate::from_ymd_opt(2024, 6, 20),
                ..MetadataOverrides::default()
            },
            note: "Check the date".into(),
        },
    );
    w.reviews.insert(
        "weekday|arrival|tuesday|wednesday".into(),
        Review {
            status: ReviewStatus::Dismissed,
            note: "Time zones".into(),
        },
    );
    w
}

#[test]
fn save_then_open_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/ws.json");
    let w = sample();
    w.save(&path).unwrap();
    let opened = Workspace::open(&path).unwrap();
    assert!(!opened.fresh);
    assert!(opened.notice.is_none());
    assert_eq!(opened.workspace, w);
}

#[test]
fn saving_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.json");
    sample().save(&path).unwrap();
    Workspace::default().save(&path).unwrap();
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["ws.json".to_string()]);
    assert_eq!(
        Workspace::open(&path).unwrap().workspace,
        Workspace::default()
    );
}

#[test]
fn a_missing_file_is_a_first_launch() {
    let dir = tempfile::tempdir().unwrap();
    let opened = Workspace::open(&dir.path().join("none.json")).unwrap();
    assert!(opened.fresh);
    assert_eq!(opened.workspace, Workspace::default());
}

#[test]
fn a_corrupt_file_is_kept_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ws.json");
    std::fs::write(&path, b"{\"sources\": [ truncated").unwrap();
    let opened = Workspace::open(&path).unwrap();
    assert!(
        !opened.fresh,
        "not a first launch: the demo must not replace the user's work"
    );
    assert_eq!(opened.workspace, Workspace::default());
    let notice = opened.notice.expect("the user is told");
    assert!(notice.contains("kept as"), "{notice}");
    assert!(!path.exists());
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(aside[0].starts_with("ws.json.corrupt-"), "{aside:?}");
    // The broken bytes are kept for the user to recover by hand.
    let kept = std::fs::read(dir.path().join(&aside[0])).unwrap();
    assert_eq!(kept, b"{\"sources\": [ truncated");
}

#[test]
fn an_unreadable_location_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be: reading it fails, and saving over it fails.
    let path = dir.path().join("ws.json");
    std::fs::create_dir(&path).unwrap();
    assert!(matches!(
        Workspace::open(&path),
        Err(WorkspaceError::Io { .. })
    ));
    assert!(Workspace::default().save(&path).is_err());
}
