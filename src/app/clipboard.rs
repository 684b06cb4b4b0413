//! Putting images on the system clipboard, behind a trait so tests can stand in for it
//! (a headless test has no clipboard to look at).
//!
//! egui can copy an image too (`Context::copy_image`), but it only queues the image for the
//! windowing layer, which copies it after the frame and reports nothing back: the app could
//! not tell the user whether the copy worked. Copying here gives an answer to report.

use std::sync::Mutex;

/// A clipboard that takes images.
pub trait ImageClipboard: Send + Sync {
    /// Puts a `width` × `height` image on the clipboard; `rgba` holds its pixels row by
    /// row, four bytes each, alpha not premultiplied. The error says what went wrong in
    /// words for the user.
    fn set_image(&self, width: usize, height: usize, rgba: &[u8]) -> Result<(), String>;
}

/// The desktop's clipboard, through `arboard`.
#[derive(Default)]
pub struct SystemClipboard {
    /// Opened on first use and then kept: on X11 and Wayland the copied image is served by
    /// the program that copied it, for as long as its clipboard connection lives.
    inner: Mutex<Option<arboard::Clipboard>>,
}

impl ImageClipboard for SystemClipboard {
    fn set_image(&self, width: usize, height: usize, rgba: &[u8]) -> Result<(), String> {
        // A panic elsewhere while holding the lock leaves nothing half-done here.
        let mut inner = self
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if inner.is_none() {
            let opened = arboard::Clipboard::new()
                .map_err(|e| format!("the clipboard could not be opened ({e})"))?;
            *inner = Some(opened);
        }
        let Some(clipboard) = inner.as_mut() else {
            return Err("the clipboard could not be opened".to_string());
        };
        let image = arboard::ImageData {
            width,
            height,
            bytes: std::borrow::Cow::Borrowed(rgba),
        };
        clipboard.set_image(image).map_err(|e| {
            // Open it again next time: the connection may be what failed.
            *inner = None;
            format!("the clipboard did not take the image ({e})")
        })
    }
}

/// A stand-in for tests: records the size of each image, or fails with a given reason.
#[derive(Debug, Default)]
pub struct RecordingClipboard {
    /// When set, every copy fails with this reason.
    pub fail_with: Option<String>,
    /// Width and height of each image copied, oldest first.
    pub copied: Mutex<Vec<(usize, usize)>>,
}

impl ImageClipboard for RecordingClipboard {
    fn set_image(&self, width: usize, height: usize, rgba: &[u8]) -> Result<(), String> {
        if let Some(reason) = &self.fail_with {
            return Err(reason.clone());
        }
        if rgba.len() != width * height * 4 {
            return Err(format!(
                "{} bytes for a {width} × {height} image",
                rgba.len()
            ));
        }
        self.copied
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((width, height));
        Ok(())
    }
}
