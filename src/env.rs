//! The process environment as settings read it: variables (empty counts as unset) and paths
//! with a leading `~`.

use std::path::{Path, PathBuf};

/// Reads an environment variable; empty counts as unset.
pub(crate) type EnvFn<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A variable of the run's environment (the process's, unless a test runs in process).
pub(crate) fn process_env(name: &str) -> Option<String> {
    crate::run::current().var(name)
}

/// The user's home folder: `HOME`, else what the system says.
pub(crate) fn home() -> Option<PathBuf> {
    let process = std::ptr::eq(crate::run::current(), crate::run::Run::process());
    process_env("HOME").map(PathBuf::from).or_else(|| {
        // The system's answer is the process's: a run of its own has only its variables.
        process
            .then(|| directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()))
            .flatten()
    })
}

/// A folder of timpush's on macOS and Windows, where the system keeps such folders.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AppDir {
    /// The config file (Windows: the roaming AppData folder).
    Config,
    /// The journal (Windows: the local AppData folder).
    Data,
    /// What can be made again: the pacer's files, lists of what was not attempted.
    Cache,
}

/// `kind`'s folder for timpush as the system has it: on Windows under `%APPDATA%` (config) or
/// `%LOCALAPPDATA%` (data, cache) as the run's environment gives them, which Windows sets for
/// every process, else the user's known folders; on macOS, `~/Library`'s.
pub(crate) fn app_dir(kind: AppDir, env: EnvFn) -> Option<PathBuf> {
    if cfg!(windows) {
        let (var, leaf) = match kind {
            AppDir::Config => ("APPDATA", "config"),
            AppDir::Data => ("LOCALAPPDATA", "data"),
            AppDir::Cache => ("LOCALAPPDATA", "cache"),
        };
        if let Some(base) = env(var).map(PathBuf::from).filter(|p| p.is_absolute()) {
            return Some(base.join("timpush").join(leaf));
        }
    }
    let dirs = directories::ProjectDirs::from("", "", "timpush")?;
    Some(match kind {
        AppDir::Config => dirs.config_dir().into(),
        AppDir::Data => dirs.data_local_dir().into(),
        AppDir::Cache => dirs.cache_dir().into(),
    })
}

/// The user's cache folder for timpush: `$XDG_CACHE_HOME/timpush` (when absolute), else
/// `~/.cache/timpush`; on macOS and Windows, the system's.
pub(crate) fn cache_dir() -> Option<PathBuf> {
    if cfg!(any(windows, target_os = "macos")) {
        return app_dir(AppDir::Cache, &process_env);
    }
    if let Some(x) = process_env("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
    {
        return Some(x.join("timpush"));
    }
    home().map(|h| h.join(".cache").join("timpush"))
}

/// Where the pacer keeps its state: `$XDG_RUNTIME_DIR/timpush` (when absolute), else the
/// user's cache folder for timpush (`pace/` in it).
pub(crate) fn pace_dir() -> Option<PathBuf> {
    if let Some(run) = process_env("XDG_RUNTIME_DIR").map(PathBuf::from)
        && run.is_absolute()
    {
        return Some(run.join("timpush"));
    }
    cache_dir().map(|d| d.join("pace"))
}

/// Expands a leading `~`; a relative path from the config file is taken from the file's folder.
pub(crate) fn expand_path(raw: &str, relative_to: Option<&Path>) -> PathBuf {
    // A URL (a team journal's `postgres://…`) is no path: kept as it is.
    if raw.contains("://") {
        return PathBuf::from(raw);
    }
    let p = if raw == "~" {
        home().unwrap_or_else(|| PathBuf::from(raw))
    } else if let Some(rest) = raw.strip_prefix("~/") {
        match home() {
            Some(h) => h.join(rest),
            None => PathBuf::from(raw),
        }
    } else {
        PathBuf::from(raw)
    };
    match relative_to {
        Some(dir) if p.is_relative() => dir.join(p),
        _ => p,
    }
}
