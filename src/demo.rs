//! The demo corpus compiled into the binary, and the build's identity.
//!
//! The four demo articles in `assets/demo/` were written for Parallax about Vladimir Putin's
//! June 2024 visit to Pyongyang, by fictional outlets (their web addresses end in `.example`).
//! They carry the kinds of disagreement real coverage has: an arrival on Tuesday by one
//! clock and Wednesday by another, a last meeting dated 2019 here and September 2023 there,
//! and names spelled two ways. A first launch shows them so the app is useful at once.

/// Version, commit and build date, e.g. "0.1.0 (a1b2c3d4e5, built 2026-11-25)".
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("PARALLAX_GIT_HASH"),
    ", built ",
    env!("PARALLAX_BUILD_DATE"),
    ")"
);

/// The embedded demo articles as (file name, bytes), in a fixed order.
pub fn files() -> Vec<(&'static str, &'static [u8])> {
    vec![
        (
            "harbour-wire.txt",
            include_bytes!("../assets/demo/harbour-wire.txt").as_slice(),
        ),
        (
            "meridian-post.txt",
            include_bytes!("../assets/demo/meridian-post.txt").as_slice(),
        ),
        (
            "eastern-desk.html",
            include_bytes!("../assets/demo/eastern-desk.html").as_slice(),
        ),
        (
            "pacific-ledger.md",
            include_bytes!("../assets/demo/pacific-ledger.md").as_slice(),
        ),
    ]
}

/// The application icon (256 px PNG) for the window and the About box.
pub const ICON_PNG: &[u8] = include_bytes!("../assets/icon/parallax-256.png");

/// What the About box says.
pub fn about_text() -> String {
    format!(
        "Parallax {VERSION_LINE}\n\n\
         Compares how different outlets cover one story: dated events on a shared timeline, \
         and the points where the sources disagree, each with the sentences it comes from.\n\n\
         Works offline; nothing you open leaves this computer.\n\n\
         The demo articles were written for Parallax by fictional outlets."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_files_are_embedded_and_named_for_their_format() {
        let files = files();
        assert_eq!(files.len(), 4);
        for (name, bytes) in &files {
            assert!(bytes.len() > 500, "{name} is too short to be an article");
            assert!(
                name.ends_with(".txt") || name.ends_with(".md") || name.ends_with(".html"),
                "{name}"
            );
        }
        assert!(VERSION_LINE.starts_with(env!("CARGO_PKG_VERSION")));
        assert!(about_text().contains(VERSION_LINE));
        assert!(ICON_PNG.starts_with(b"\x89PNG"));
    }
}
