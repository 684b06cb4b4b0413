//! Desktop integration on Linux and other freedesktop systems: the `.desktop` entry, the icon
//! in the hicolor theme, and the registration of Parallax for plain text, Markdown and HTML
//! files, installed for the current user only (no root needed) and removed again exactly.
//!
//! After [`install`], desktop environments list Parallax among the applications, and
//! `xdg-open article.md` or "Open with" hands the file to `parallax FILE…`, which opens a new
//! window with it loaded (each launch is its own window; the workspace is shared and saved
//! atomically, so two windows never corrupt it — the last one to save wins).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The application id: the entry's file name, the icon name and the window class.
pub const APP_ID: &str = "parallax";

/// File types Parallax opens.
pub const MIME_TYPES: &[&str] = &[
    "text/plain",
    "text/markdown",
    "text/x-markdown",
    "text/html",
    "application/xhtml+xml",
];

/// Icon sizes installed into the hicolor theme, with their PNGs.
const ICONS: &[(u32, &[u8])] = &[
    (16, include_bytes!("../assets/icon/parallax-16.png")),
    (32, include_bytes!("../assets/icon/parallax-32.png")),
    (48, include_bytes!("../assets/icon/parallax-48.png")),
    (64, include_bytes!("../assets/icon/parallax-64.png")),
    (128, include_bytes!("../assets/icon/parallax-128.png")),
    (256, include_bytes!("../assets/icon/parallax-256.png")),
    (512, include_bytes!("../assets/icon/parallax-512.png")),
];

/// The scalable icon.
const ICON_SVG: &[u8] = include_bytes!("../assets/icon/parallax.svg");

/// What went wrong while installing or removing the desktop integration.
#[derive(Debug, thiserror::Error)]
pub enum DesktopError {
    /// The home folder could not be found (no `HOME`).
    #[error("could not find your home folder (HOME is not set)")]
    NoHome,
    /// A file could not be written or removed.
    #[error("could not {action} {path}: {source}")]
    Io {
        /// "write", "copy", "remove", "create".
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Where the integration goes: the user's XDG folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locations {
    /// `$XDG_DATA_HOME` or `~/.local/share`.
    pub data: PathBuf,
    /// `$XDG_BIN_HOME` or `~/.local/bin`.
    pub bin: PathBuf,
}

impl Locations {
    /// The locations from the environment (`HOME`, `XDG_DATA_HOME`, `XDG_BIN_HOME`).
    pub fn from_env() -> Result<Self, DesktopError> {
        let home = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
        };
        let data = match var("XDG_DATA_HOME") {
            Some(d) => d,
            None => home
                .clone()
                .ok_or(DesktopError::NoHome)?
                .join(".local/share"),
        };
        let bin = match var("XDG_BIN_HOME") {
            Some(b) => b,
            None => home.ok_or(DesktopError::NoHome)?.join(".local/bin"),
        };
        Ok(Self { data, bin })
    }

    /// The desktop entry file.
    pub fn entry(&self) -> PathBuf {
        self.data
            .join("applications")
            .join(format!("{APP_ID}.desktop"))
    }

    /// The installed binary.
    pub fn binary(&self) -> PathBuf {
        self.bin.join(APP_ID)
    }

    /// Every icon file, PNG sizes then the SVG.
    pub fn icons(&self) -> Vec<PathBuf> {
        let theme = self.data.join("icons/hicolor");
        ICONS
            .iter()
            .map(|(size, _)| theme.join(format!("{size}x{size}/apps/{APP_ID}.png")))
            .chain(std::iter::once(
                theme.join(format!("scalable/apps/{APP_ID}.svg")),
            ))
            .collect()
    }
}

/// The log file of the desktop app: `$XDG_STATE_HOME/parallax/parallax.log` on Linux (usually
/// `~/.local/state/parallax/parallax.log`), the local data folder elsewhere.
pub fn log_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Parallax", APP_ID)?;
    let dir = dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_local_dir())
        .to_path_buf();
    Some(dir.join("parallax.log"))
}

/// Starts writing the log to [`log_path`] (appending, so earlier sessions stay readable).
/// Returns the file on success; without a log the app still runs.
pub fn start_logging() -> Option<PathBuf> {
    let path = log_path()?;
    std::fs::create_dir_all(path.parent()?).ok()?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .ok()?;
    let config = simplelog::ConfigBuilder::new()
        .set_time_format_rfc3339()
        .build();
    simplelog::WriteLogger::init(log::LevelFilter::Info, config, file).ok()?;
    Some(path)
}

/// The text of the desktop entry, launching `exec`.
pub fn desktop_entry(exec: &Path) -> String {
    let mime: String = MIME_TYPES.iter().map(|m| format!("{m};")).collect();
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Version=1.4\n\
         Name=Parallax\n\
         GenericName=News coverage comparison\n\
         Comment=Compare how outlets cover one story: a shared timeline and where the sources disagree\n\
         Exec={} %F\n\
         Icon={APP_ID}\n\
         Terminal=false\n\
         StartupNotify=true\n\
         StartupWMClass={APP_ID}\n\
         Categories=Network;News;Office;\n\
         Keywords=news;articles;timeline;fact-check;discrepancy;journalism;\n\
         MimeType={mime}\n",
        quote_exec(exec)
    )
}

/// Quotes a path for the `Exec` key as the Desktop Entry Specification asks.
fn quote_exec(path: &Path) -> String {
    let s = path.to_string_lossy();
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        return s.into_owned();
    }
    let mut out = String::from("\"");
    for c in s.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            out.push('\\');
        }
        if c == '%' {
            out.push('%');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// What [`install`] did or would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Files written (or to be written).
    pub files: Vec<PathBuf>,
    /// Things that could not be done and why (missing tools); never fatal.
    pub notes: Vec<String>,
}

/// Installs the binary `exe`, the icons and the desktop entry into `loc`, then asks the
/// desktop to refresh its caches and to use Parallax for articles. With `dry_run`, only
/// reports what it would write.
pub fn install(loc: &Locations, exe: &Path, dry_run: bool) -> Result<Report, DesktopError> {
    let mut report = Report::default();
    let binary = loc.binary();
    report.files.push(binary.clone());
    report.files.extend(loc.icons());
    report.files.push(loc.entry());
    if dry_run {
        return Ok(report);
    }
    // Copy unless this very binary is the installed one.
    let same = std::fs::canonicalize(exe).ok() == std::fs::canonicalize(&binary).ok();
    if !same {
        create_parent(&binary)?;
        let tmp = binary.with_extension("new");
        std::fs::copy(exe, &tmp).map_err(|source| DesktopError::Io {
            action: "copy",
            path: binary.clone(),
            source,
        })?;
        std::fs::rename(&tmp, &binary).map_err(|source| DesktopError::Io {
            action: "write",
            path: binary.clone(),
            source,
        })?;
    }
    let icons = loc.icons();
    for (path, bytes) in icons.iter().zip(
        ICONS
            .iter()
            .map(|(_, b)| *b)
            .chain(std::iter::once(ICON_SVG)),
    ) {
        write(path, bytes)?;
    }
    write(&loc.entry(), desktop_entry(&binary).as_bytes())?;

    let applications = loc.data.join("applications");
    run_tool(
        &mut report,
        "update-desktop-database",
        &[applications.as_os_str()],
    );
    let mut args: Vec<&std::ffi::OsStr> = vec!["default".as_ref(), "parallax.desktop".as_ref()];
    args.extend(MIME_TYPES.iter().map(|m| std::ffi::OsStr::new(*m)));
    run_tool(&mut report, "xdg-mime", &args);
    let hicolor = loc.data.join("icons/hicolor");
    run_tool(
        &mut report,
        "gtk-update-icon-cache",
        &["-f".as_ref(), "-t".as_ref(), hicolor.as_os_str()],
    );
    Ok(report)
}

/// Removes what [`install`] put in `loc`; files already gone are not an error.
pub fn uninstall(loc: &Locations) -> Result<Report, DesktopError> {
    let mut report = Report::default();
    let mut files = vec![loc.entry()];
    files.extend(loc.icons());
    files.push(loc.binary());
    for f in files {
        match std::fs::remove_file(&f) {
            Ok(()) => report.files.push(f),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(DesktopError::Io {
                    action: "remove",
                    path: f,
                    source,
                })
            }
        }
    }
    let applications = loc.data.join("applications");
    if applications.exists() {
        run_tool(
            &mut report,
            "update-desktop-database",
            &[applications.as_os_str()],
        );
    }
    Ok(report)
}

fn create_parent(path: &Path) -> Result<(), DesktopError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| DesktopError::Io {
            action: "create",
            path: dir.to_path_buf(),
            source,
        })?;
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), DesktopError> {
    create_parent(path)?;
    std::fs::write(path, bytes).map_err(|source| DesktopError::Io {
        action: "write",
        path: path.to_path_buf(),
        source,
    })
}

/// Runs a desktop helper tool if it is installed; notes what happened otherwise.
fn run_tool(report: &mut Report, tool: &str, args: &[&std::ffi::OsStr]) {
    match Command::new(tool).args(args).output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => report.notes.push(format!(
            "{tool} did not succeed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(_) => report
            .notes
            .push(format!("{tool} is not installed; skipped")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_launches_the_binary_with_files_and_lists_article_types() {
        let entry = desktop_entry(Path::new("/home/ana/.local/bin/parallax"));
        assert!(entry.starts_with("[Desktop Entry]\n"));
        assert!(entry.contains("\nExec=/home/ana/.local/bin/parallax %F\n"));
        assert!(entry.contains("\nIcon=parallax\n"));
        assert!(entry.contains("\nTerminal=false\n"));
        assert!(entry.contains("text/markdown;"));
        assert!(entry.contains("text/html;"));
        assert!(entry.contains("text/plain;"));
        // Every line is a key=value pair or the group header.
        for line in entry.lines().skip(1) {
            assert!(line.contains('='), "{line}");
        }
    }

    #[test]
    fn the_packaged_entry_is_the_generated_one() {
        // assets/parallax.desktop goes into .deb packages (Exec found on PATH); it must not
        // drift from what install-desktop writes. UPDATE_DESKTOP_ENTRY=1 rewrites it.
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/parallax.desktop");
        let expected = desktop_entry(Path::new(APP_ID));
        if std::env::var_os("UPDATE_DESKTOP_ENTRY").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), expected);
    }

    #[test]
    fn paths_with_spaces_are_quoted_in_exec() {
        let entry = desktop_entry(Path::new("/home/ana/My Apps/parallax"));
        assert!(entry.contains("Exec=\"/home/ana/My Apps/parallax\" %F"));
        assert_eq!(quote_exec(Path::new("/a/b$c")), "\"/a/b\\$c\"");
    }

    #[test]
    fn installs_into_temporary_folders_and_removes_exactly_that() {
        let dir = tempfile::tempdir().unwrap();
        let loc = Locations {
            data: dir.path().join("share"),
            bin: dir.path().join("bin"),
        };
        let exe = dir.path().join("parallax-build");
        std::fs::write(&exe, b"binary").unwrap();
        let dry = install(&loc, &exe, true).unwrap();
        assert!(!loc.entry().exists(), "a dry run writes nothing");
        let report = install(&loc, &exe, false).unwrap();
        assert_eq!(dry.files, report.files);
        for f in &report.files {
            assert!(f.exists(), "{}", f.display());
        }
        let entry = std::fs::read_to_string(loc.entry()).unwrap();
        assert!(entry.contains(&format!("Exec={} %F", loc.binary().display())));
        assert_eq!(std::fs::read(loc.binary()).unwrap(), b"binary");
        // Something of the user's own in the same folder survives the uninstall.
        let mine = loc.data.join("applications/other.desktop");
        std::fs::write(&mine, "[Desktop Entry]\n").unwrap();
        let removed = uninstall(&loc).unwrap();
        assert_eq!(removed.files.len(), report.files.len());
        for f in &report.files {
            assert!(!f.exists(), "{}", f.display());
        }
        assert!(mine.exists());
        // A second uninstall finds nothing to do and does not fail.
        assert!(uninstall(&loc).unwrap().files.is_empty());
    }
}
