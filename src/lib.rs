//! # Parallax core
//!
//! Compare news coverage of one story across outlets. The library is GUI-free; data
//! flows one way:
//!
//! ```text
//! paths ─▶ ingest ─▶ Article (decoded text, cleaned body + source map, metadata)
//!            │
//!            ▼
//!      temporal::tag ─▶ Timex (TIMEX3 type/value/mod, anchored to the creation date)
//!            │
//!            ▼
//!      analysis ─▶ event mentions ─▶ merged events ─▶ discrepancies
//!            │
//!            ▼
//!      model::Analysis (immutable snapshot)
//!         ├─▶ report (CLI text / JSON)
//!         ├─▶ timeline::layout ─▶ primitives ─▶ export (SVG / PNG) and the app's widget
//!         └─▶ app (eframe workbench, behind the `gui` feature)
//! ```
//!
//! Nothing outside [`app`] depends on egui or eframe.

pub mod analysis;
pub mod demo;
pub mod desktop;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod model;
pub mod report;
pub mod temporal;
pub mod timeline;
pub mod workspace;

#[cfg(feature = "gui")]
pub mod app;
