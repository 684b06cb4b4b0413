//! Reading and analysis off the UI thread. Each job runs on its own thread, reports
//! progress through a channel and stops early when its cancel flag is set; the UI polls
//! the channel once per frame and never waits.

use super::state::{Entry, EntryStatus, Snapshot};
use crate::ingest::{self, ReadOptions};
use crate::model::{Analysis, Article, MetadataOverrides};
use crate::workspace::{article_key, file_key, SourceEntry};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

/// The analysis function (the real one, or a stand-in in tests).
pub type Analyzer = Arc<dyn Fn(&[Article]) -> Analysis + Send + Sync>;

/// The embedded demo files: (file name, bytes).
pub type DemoFiles = Arc<dyn Fn() -> Vec<(&'static str, &'static [u8])> + Send + Sync>;

/// Files are read in batches of this many between progress reports and cancel checks.
const BATCH: usize = 64;

/// What a job sends back.
#[derive(Debug)]
pub enum Message {
    /// Items read by a read job, in the order given.
    Read {
        /// Job id.
        job: u64,
        /// Read or failed items.
        entries: Vec<Entry>,
    },
    /// A finished analysis.
    Analyzed {
        /// The analysis generation it was started for.
        generation: u64,
        /// The result.
        snapshot: Snapshot,
        /// How long it took.
        seconds: f64,
    },
    /// A job failed; the message is for the user.
    Failed {
        /// What happened, in plain words.
        message: String,
    },
    /// A job ended (finished or cancelled).
    Done {
        /// Job id.
        job: u64,
        /// True when it was cancelled.
        cancelled: bool,
    },
}

/// A job still running, as the UI shows it.
#[derive(Debug, Clone)]
pub struct RunningJob {
    /// Job id.
    pub id: u64,
    /// What it does ("Reading 3 files", "Analysing").
    pub label: String,
    /// Items done so far.
    pub done: Arc<AtomicUsize>,
    /// Items in all (0 when not known yet).
    pub total: Arc<AtomicUsize>,
    /// Set to stop the job.
    pub cancel: Arc<AtomicBool>,
}

impl RunningJob {
    /// 0.0–1.0, or `None` when the total is unknown.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0).then(|| self.done.load(Ordering::Relaxed) as f32 / total as f32)
    }
}

/// An article to analyse with the user's corrections.
#[derive(Debug, Clone)]
pub struct AnalysisInput {
    /// Workspace key.
    pub key: String,
    /// As read.
    pub article: Arc<Article>,
    /// The user's corrections.
    pub overrides: MetadataOverrides,
}

/// Starts jobs and collects their messages.
pub struct Worker {
    tx: Sender<Message>,
    rx: Receiver<Message>,
    next_id: u64,
    /// Jobs still running.
    pub jobs: Vec<RunningJob>,
    analyzer: Analyzer,
    demo: DemoFiles,
    read_options: ReadOptions,
    wake: Option<egui::Context>,
}

impl Worker {
    /// A worker using `analyzer` and the demo files from `demo`.
    pub fn new(analyzer: Analyzer, demo: DemoFiles) -> Self {
        let (tx, rx) = channel();
        Worker {
            tx,
            rx,
            next_id: 1,
            jobs: Vec::new(),
            analyzer,
            demo,
            read_options: ReadOptions::default(),
            wake: None,
        }
    }

    /// Repaints this context whenever a job reports, so results show without user input.
    pub fn set_wake(&mut self, ctx: &egui::Context) {
        self.wake = Some(ctx.clone());
    }

    /// True while any job runs.
    pub fn busy(&self) -> bool {
        !self.jobs.is_empty()
    }

    /// Stops every running job. They are forgotten at once, so the UI is free
    /// immediately; a thread still finishing its current step discards its result.
    /// Returns how many jobs were stopped.
    pub fn cancel_all(&mut self) -> usize {
        for j in &self.jobs {
            j.cancel.store(true, Ordering::Relaxed);
        }
        let n = self.jobs.len();
        self.jobs.clear();
        n
    }

    fn register(&mut self, label: String) -> RunningJob {
        let job = RunningJob {
            id: self.next_id,
            label,
            done: Arc::new(AtomicUsize::new(0)),
            total: Arc::new(AtomicUsize::new(0)),
            cancel: Arc::new(AtomicBool::new(false)),
        };
        self.next_id += 1;
        self.jobs.push(job.clone());
        job
    }

    /// Reads `sources` (files, folders, pasted text, the demo) on a background thread.
    pub fn read(&mut self, sources: Vec<SourceEntry>) -> u64 {
        let label = match sources.as_slice() {
            [SourceEntry::Demo] => "Reading the demo articles".to_string(),
            [SourceEntry::Path { path }] => format!(
                "Reading {}",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.display().to_string())
            ),
            s => format!("Reading {} items", s.len()),
        };
        let job = self.register(label);
        let id = job.id;
        let tx = self.tx.clone();
        let demo = self.demo.clone();
        let opts = self.read_options.clone();
        let wake = self.wake.clone();
        std::thread::spawn(move || {
            let entries = read_sources(&sources, &job, &demo, &opts);
            // Even when stopped early, what was read is kept.
            let cancelled = job.cancel.load(Ordering::Relaxed);
            let _ = tx.send(Message::Read { job: id, entries });
            let _ = tx.send(Message::Done { job: id, cancelled });
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        });
        id
    }

    /// Analyses `inputs` on a background thread; the result carries `generation`.
    pub fn analyze(&mut self, generation: u64, inputs: Vec<AnalysisInput>) -> u64 {
        // An older analysis is now useless: stop waiting for it.
        for j in &self.jobs {
            if j.label.starts_with("Analysing") {
                j.cancel.store(true, Ordering::Relaxed);
            }
        }
        let job = self.register(format!(
            "Analysing {} article{}",
            inputs.len(),
            if inputs.len() == 1 { "" } else { "s" }
        ));
        let id = job.id;
        let tx = self.tx.clone();
        let analyzer = self.analyzer.clone();
        let wake = self.wake.clone();
        std::thread::spawn(move || {
            let start = std::time::Instant::now();
            // The analysis is one call with no progress of its own: the bar stays
            // indeterminate (total 0) rather than sitting at 0 %.
            let mut keys = Vec::with_capacity(inputs.len());
            let mut articles = Vec::with_capacity(inputs.len());
            for input in inputs {
                let mut article = (*input.article).clone();
                article.meta.apply(&input.overrides);
                keys.push(input.key);
                articles.push(article);
            }
            // A bug in the analysis must not leave the app waiting forever: catch it,
            // report it, and keep the previous results on screen.
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyzer(&articles)));
            let cancelled = job.cancel.load(Ordering::Relaxed);
            let analysis = match result {
                Ok(a) => a,
                Err(_) => {
                    let _ = tx.send(Message::Failed {
                        message: "The analysis stopped on an internal error; the previous \
                                  results are still shown. Leaving out the article added last \
                                  may help."
                            .to_string(),
                    });
                    let _ = tx.send(Message::Done { job: id, cancelled });
                    if let Some(ctx) = wake {
                        ctx.request_repaint();
                    }
                    return;
                }
            };
            if !cancelled {
                let _ = tx.send(Message::Analyzed {
                    generation,
                    snapshot: Snapshot {
                        articles: Arc::new(articles),
                        analysis: Arc::new(analysis),
                        keys: Arc::new(keys),
                    },
                    seconds: start.elapsed().as_secs_f64(),
                });
            }
            let _ = tx.send(Message::Done { job: id, cancelled });
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        });
        id
    }

    /// Messages that arrived since the last call; finished jobs leave [`Worker::jobs`].
    pub fn poll(&mut self) -> Vec<Message> {
        let mut out = Vec::new();
        while let Ok(msg) = self.rx.try_recv() {
            if let Message::Done { job, .. } = &msg {
                self.jobs.retain(|j| j.id != *job);
            }
            out.push(msg);
        }
        out
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads one article; a bug in the reader fails that file only, never the whole job.
fn read_guarded(read: impl FnOnce() -> Result<Article, ingest::ReadError>) -> EntryStatus {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)) {
        Ok(Ok(a)) => EntryStatus::Read(Arc::new(a)),
        Ok(Err(e)) => EntryStatus::Failed(e.to_string()),
        Err(_) => EntryStatus::Failed(
            "Parallax hit an internal error reading this file; the other files are fine."
                .to_string(),
        ),
    }
}

/// Reads every source; stops between batches when cancelled.
fn read_sources(
    sources: &[SourceEntry],
    job: &RunningJob,
    demo: &DemoFiles,
    opts: &ReadOptions,
) -> Vec<Entry> {
    let mut entries = Vec::new();
    // First gather the work so the progress bar knows the total.
    let mut files: Vec<PathBuf> = Vec::new();
    let mut failed: Vec<Entry> = Vec::new();
    let mut texts: Vec<(String, String, Vec<u8>, &'static str)> = Vec::new();
    for source in sources {
        match source {
            SourceEntry::Path { path } => {
                let (found, errors) = ingest::collect_files(std::slice::from_ref(path));
                files.extend(found);
                failed.extend(errors.into_iter().map(|e| Entry {
                    key: file_key(&e.path),
                    name: file_name(&e.path),
                    path: Some(e.path),
                    status: EntryStatus::Failed(e.message),
                }));
            }
            SourceEntry::Pasted { name, text } => texts.push((
                name.clone(),
                name.clone(),
                text.clone().into_bytes(),
                "pasted",
            )),
            SourceEntry::Demo => {
                for (name, bytes) in demo() {
                    texts.push((name.to_string(), name.to_string(), bytes.to_vec(), "demo"));
                }
            }
        }
    }
    job.total
        .store(files.len() + texts.len(), Ordering::Relaxed);
    for (name, file, bytes, origin) in texts {
        let key = article_key(None, origin, &name);
        let status = match read_guarded(|| ingest::read_bytes(&file, &bytes, None, opts)) {
            EntryStatus::Read(a) => {
                let mut a = Arc::unwrap_or_clone(a);
                a.name = name.clone();
                EntryStatus::Read(Arc::new(a))
            }
            failed => failed,
        };
        entries.push(Entry {
            key,
            name,
            path: None,
            status,
        });
        job.done.fetch_add(1, Ordering::Relaxed);
    }
    for batch in files.chunks(BATCH) {
        if job.cancel.load(Ordering::Relaxed) {
            break;
        }
        let read: Vec<Entry> = batch
            .par_iter()
            .map(|path| Entry {
                key: file_key(path),
                name: file_name(path),
                path: Some(path.clone()),
                status: read_guarded(|| ingest::read_file(path, opts)),
            })
            .collect();
        entries.extend(read);
        job.done.fetch_add(batch.len(), Ordering::Relaxed);
    }
    entries.extend(failed);
    entries
}
