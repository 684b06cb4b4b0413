//! Capturing the timeline as shown: the screenshot request, cropping it to the widget,
//! and reporting how it ended.
//!
//! A capture takes two frames: the frame that asks for a screenshot, and a later one after
//! the window has handed the pixels to a callback. Only that callback knows whether an
//! image was saved or copied, so it leaves its [`CaptureOutcome`] where the widget reports
//! it from on the next frame, and the app says so only then. If the window never answers
//! (a renderer that cannot read pixels back drops the request), the reply reports that too,
//! so the user is never left with a request that silently did nothing.

use super::clipboard::ImageClipboard;
use egui::{ColorImage, Pos2, Rect, Vec2};
use std::sync::{Arc, Mutex};

/// What a capture of the timeline is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureTarget {
    /// Save it as a PNG file (a save dialog asks where).
    Save,
    /// Put it on the clipboard as an image.
    Copy,
}

/// How a capture ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptureOutcome {
    /// A screenshot to save, PNG-encoded.
    Png(Vec<u8>),
    /// The image was put on the clipboard.
    Copied,
    /// Nothing was saved or copied; why, in words for the user.
    Failed(CaptureTarget, String),
}

/// Finished captures waiting for the next frame, oldest first.
pub type CaptureSlot = Arc<Mutex<Vec<CaptureOutcome>>>;

/// Takes the finished captures out of `slot`.
pub fn take_outcomes(slot: &CaptureSlot) -> Vec<CaptureOutcome> {
    std::mem::take(
        &mut *slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    )
}

/// Asks the window for a screenshot and, when it comes, crops it to `shown` (the part of
/// the timeline on screen, in points) and saves or copies it. The outcome lands in `slot`.
pub fn request(
    ctx: &egui::Context,
    target: CaptureTarget,
    shown: Rect,
    slot: &CaptureSlot,
    clipboard: Arc<dyn ImageClipboard>,
) {
    let ppp = ctx.pixels_per_point();
    let reply = Reply {
        slot: Arc::clone(slot),
        target,
        answered: false,
    };
    let repaint = ctx.clone();
    ctx.request_screenshot(move |image: Arc<ColorImage>| {
        reply.send(finish(&image, shown, ppp, target, clipboard.as_ref()));
        // Show the outcome now, not at the next mouse move.
        repaint.request_repaint();
    });
}

/// Crops the screenshot and does what it was taken for.
pub fn finish(
    image: &ColorImage,
    shown: Rect,
    pixels_per_point: f32,
    target: CaptureTarget,
    clipboard: &dyn ImageClipboard,
) -> CaptureOutcome {
    let what = match target {
        CaptureTarget::Save => "The screenshot could not be taken",
        CaptureTarget::Copy => "The timeline image could not be copied",
    };
    let ppp = if pixels_per_point.is_finite() && pixels_per_point > 0.0 {
        pixels_per_point
    } else {
        1.0
    };
    // Only what is on the screenshot: a timeline taller than its panel, or partly scrolled
    // out of view, must not reach outside the image.
    let on_image = Rect::from_min_size(
        Pos2::ZERO,
        Vec2::new(image.width() as f32, image.height() as f32) / ppp,
    );
    let area = shown.intersect(on_image);
    let px = |v: f32| (v * ppp) as usize;
    let (x0, x1, y0, y1) = (
        px(area.min.x),
        px(area.max.x).min(image.width()),
        px(area.min.y),
        px(area.max.y).min(image.height()),
    );
    if !area.is_positive() || x1 <= x0 || y1 <= y0 {
        return CaptureOutcome::Failed(
            target,
            format!("{what}: the timeline is not on the screen."),
        );
    }
    let (w, h) = (x1 - x0, y1 - y0);
    let region = image.region_by_pixels([x0, y0], [w, h]);
    let rgba: Vec<u8> = region
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    match target {
        CaptureTarget::Save => {
            match crate::export::png::encode_color_image(w as u32, h as u32, &rgba) {
                Ok(png) => CaptureOutcome::Png(png),
                Err(e) => CaptureOutcome::Failed(target, format!("{what}: {e}.")),
            }
        }
        CaptureTarget::Copy => match clipboard.set_image(w, h, &rgba) {
            Ok(()) => CaptureOutcome::Copied,
            Err(e) => CaptureOutcome::Failed(target, format!("{what}: {e}.")),
        },
    }
}

/// Where one capture reports back.
struct Reply {
    slot: CaptureSlot,
    target: CaptureTarget,
    answered: bool,
}

impl Reply {
    fn send(mut self, outcome: CaptureOutcome) {
        self.answered = true;
        self.put(outcome);
    }

    fn put(&self, outcome: CaptureOutcome) {
        self.slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(outcome);
    }
}

impl Drop for Reply {
    /// The screenshot callback was dropped without being called: the window will never
    /// deliver this screenshot. Only the slot is touched here (no `Context` call), since
    /// this may run while egui holds its own lock; the widget polls while a capture is
    /// pending, so the notice still shows.
    fn drop(&mut self) {
        if !self.answered {
            let what = match self.target {
                CaptureTarget::Save => "The screenshot could not be taken",
                CaptureTarget::Copy => "The timeline image could not be copied",
            };
            self.put(CaptureOutcome::Failed(
                self.target,
                format!("{what}: the window did not provide a picture of it."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::clipboard::RecordingClipboard;
    use egui::Color32;

    fn screen(w: usize, h: usize) -> ColorImage {
        ColorImage::new([w, h], vec![Color32::from_rgb(10, 20, 30); w * h])
    }

    #[test]
    fn a_copy_reports_copied_only_when_the_clipboard_took_it() {
        let clip = RecordingClipboard::default();
        let shown = Rect::from_min_max(Pos2::new(10.0, 20.0), Pos2::new(110.0, 70.0));
        let out = finish(&screen(200, 100), shown, 1.0, CaptureTarget::Copy, &clip);
        assert_eq!(out, CaptureOutcome::Copied);
        assert_eq!(*clip.copied.lock().unwrap(), vec![(100, 50)]);

        let refusing = RecordingClipboard {
            fail_with: Some("no clipboard here".into()),
            ..RecordingClipboard::default()
        };
        let out = finish(
            &screen(200, 100),
            shown,
            1.0,
            CaptureTarget::Copy,
            &refusing,
        );
        assert_eq!(
            out,
            CaptureOutcome::Failed(
                CaptureTarget::Copy,
                "The timeline image could not be copied: no clipboard here.".into()
            )
        );
    }

    #[test]
    fn the_capture_is_cropped_to_what_is_on_screen() {
        let clip = RecordingClipboard::default();
        // Taller than the window and scaled 2×: cropped to the window, in pixels.
        let shown = Rect::from_min_max(Pos2::new(0.0, 30.0), Pos2::new(80.0, 400.0));
        let out = finish(&screen(200, 100), shown, 2.0, CaptureTarget::Copy, &clip);
        assert_eq!(out, CaptureOutcome::Copied);
        assert_eq!(*clip.copied.lock().unwrap(), vec![(160, 40)]);
        // Entirely off screen: nothing to capture, said in words.
        let off = Rect::from_min_max(Pos2::new(0.0, 300.0), Pos2::new(80.0, 400.0));
        match finish(&screen(200, 100), off, 1.0, CaptureTarget::Save, &clip) {
            CaptureOutcome::Failed(CaptureTarget::Save, why) => {
                assert!(why.contains("not on the screen"), "{why}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_screenshot_to_save_is_a_png() {
        let clip = RecordingClipboard::default();
        let shown = Rect::from_min_max(Pos2::ZERO, Pos2::new(50.0, 40.0));
        match finish(&screen(64, 64), shown, 1.0, CaptureTarget::Save, &clip) {
            CaptureOutcome::Png(bytes) => assert_eq!(&bytes[1..4], b"PNG"),
            other => panic!("{other:?}"),
        }
        assert!(clip.copied.lock().unwrap().is_empty());
    }

    #[test]
    fn a_request_the_window_drops_reports_a_failure() {
        let slot: CaptureSlot = CaptureSlot::default();
        drop(Reply {
            slot: Arc::clone(&slot),
            target: CaptureTarget::Copy,
            answered: false,
        });
        match take_outcomes(&slot).as_slice() {
            [CaptureOutcome::Failed(CaptureTarget::Copy, why)] => {
                assert!(why.contains("did not provide"), "{why}")
            }
            other => panic!("{other:?}"),
        }
        // An answered reply reports only its answer.
        Reply {
            slot: Arc::clone(&slot),
            target: CaptureTarget::Copy,
            answered: false,
        }
        .send(CaptureOutcome::Copied);
        assert_eq!(take_outcomes(&slot), vec![CaptureOutcome::Copied]);
    }
}
