//! The process environment as settings read it: variables (empty counts as unset) and paths
//! with a leading `~`.

use std::path::{Path, PathBuf};

/// Reads an environment variable; empty counts as unset.
pub(crate) type EnvFn<'a> = &'a dyn Fn(&str) -> Option<String>;

pub(crate) fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The user's home folder: `HOME`, else what the system says.
pub(crate) fn home() -> Option<PathBuf> {
    process_env("HOME")
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()))
}

/// Expands a leading `~`; a relative path from the config file is taken from the file's folder.
pub(crate) fn expand_path(raw: &str, relative_to: Option<&Path>) -> PathBuf {
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
