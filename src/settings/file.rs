//! The TOML config file: read, checked for unknown keys, every value kept with its location.
//!
//! Values stay untyped here; `settings` gives them types, naming `file:line:column` and the key
//! in every error. A TOML error never echoes the offending line or quoted text: it may hold a
//! secret.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::{Spanned, Value};

use crate::error::Failure;
use crate::settings::table::{self, DEFAULT_PROFILE_KEY, INLINE_SECRET_KEYS};
use crate::suggest::nearest;

pub(crate) const TOP_KEYS: &[&str] = &[DEFAULT_PROFILE_KEY, "profiles"];

/// Where a value stands in the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Location {
    pub(crate) path: PathBuf,
    pub(crate) line: usize,
    pub(crate) column: usize,
    /// The dotted key, e.g. `profiles.prod.region`.
    pub(crate) key: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{} ({})",
            self.path.display(),
            self.line,
            self.column,
            self.key
        )
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Located<T> {
    pub(crate) value: T,
    pub(crate) at: Location,
}

#[derive(Debug, Clone)]
pub(crate) struct Profile {
    pub(crate) name: String,
    pub(crate) values: BTreeMap<String, Located<Value>>,
}

impl Profile {
    pub(crate) fn get(&self, key: &str) -> Option<&Located<Value>> {
        self.values.get(key)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct ConfigFile {
    pub(crate) path: PathBuf,
    pub(crate) default_profile: Option<Located<String>>,
    pub(crate) profiles: BTreeMap<String, Profile>,
}

type SpannedTable = BTreeMap<Spanned<String>, Spanned<Value>>;

#[derive(Deserialize)]
struct ProfilesOnly {
    #[serde(default)]
    profiles: BTreeMap<Spanned<String>, SpannedTable>,
}

/// Byte offset to 1-based line and column (in characters).
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}

/// Removes quoted text from a parser message, so that no value is echoed.
fn without_quoted(msg: &str) -> String {
    let mut out = String::new();
    let mut in_quote = false;
    for c in msg.chars() {
        if c == '"' {
            if !in_quote {
                out.push_str("\"…\"");
            }
            in_quote = !in_quote;
        } else if !in_quote {
            out.push(c);
        }
    }
    out.lines().next().unwrap_or("").trim().to_string()
}

impl ConfigFile {
    /// Reads and checks the file at `path`.
    /// Reads the file; unknown keys are returned beside it (they are skipped).
    /// Opens the file once, checks the opened file and its folder (`fsperm::open`), and parses
    /// what was read from it: the file, its unknown keys, and a warning when it holds a secret
    /// that others may read.
    pub(crate) fn load(path: &Path) -> Result<(ConfigFile, Vec<Failure>, Option<String>), Failure> {
        let opened = crate::settings::fsperm::open(path, "config file")?;
        let text = crate::input::read_opened(
            "config file",
            path,
            &opened.file,
            crate::input::CONFIG_CAP,
            Failure::config,
        )?;
        let (file, unknown) = ConfigFile::parse_lenient(path, &text)?;
        let warning = opened.read_warning(path, "config file", file.holds_inline_secret());
        Ok((file, unknown, warning))
    }

    /// Parses the file; the first unknown key is an error.
    #[cfg(test)]
    pub(crate) fn parse(path: &Path, text: &str) -> Result<ConfigFile, Failure> {
        let (file, mut problems) = ConfigFile::parse_lenient(path, text)?;
        if problems.is_empty() {
            Ok(file)
        } else {
            Err(problems.remove(0))
        }
    }

    /// Parses the file: a TOML error is fatal; unknown keys are skipped and returned.
    pub(crate) fn parse_lenient(
        path: &Path,
        text: &str,
    ) -> Result<(ConfigFile, Vec<Failure>), Failure> {
        let mut problems = Vec::new();
        let at = |span: std::ops::Range<usize>, key: String| {
            let (line, column) = line_col(text, span.start);
            Location {
                path: path.to_path_buf(),
                line,
                column,
                key,
            }
        };
        let syntax = |e: toml::de::Error| {
            let place = match e.span() {
                Some(span) => {
                    let (l, c) = line_col(text, span.start);
                    format!("{}:{l}:{c}", path.display())
                }
                None => path.display().to_string(),
            };
            Failure::config(format!(
                "{place}: invalid config file: {}",
                without_quoted(e.message())
            ))
            .with_hint("fix the TOML at that place; config.example.toml shows every key")
        };
        let top: SpannedTable = toml::from_str(text).map_err(syntax)?;
        let mut default_profile = None;
        for (k, v) in &top {
            let key = k.get_ref().as_str();
            match key {
                DEFAULT_PROFILE_KEY => match v.get_ref() {
                    Value::String(s) => {
                        default_profile = Some(Located {
                            value: s.clone(),
                            at: at(v.span(), key.into()),
                        })
                    }
                    _ => {
                        return Err(Failure::config(format!(
                            "{}: default_profile must be a profile name in quotes",
                            at(v.span(), key.into())
                        )));
                    }
                },
                "profiles" => {
                    if !v.get_ref().is_table() {
                        return Err(Failure::config(format!(
                            "{}: profiles must be tables: [profiles.NAME]",
                            at(v.span(), key.into())
                        )));
                    }
                }
                _ => problems.push((
                    k.span().start,
                    unknown_key(at(k.span(), key.into()), key, TOP_KEYS, true),
                )),
            }
        }
        let parsed: ProfilesOnly = toml::from_str(text).map_err(syntax)?;
        let profile_keys = table::profile_keys();
        let mut profiles = BTreeMap::new();
        for (name, table) in parsed.profiles {
            let name_str = name.get_ref().clone();
            let mut values = BTreeMap::new();
            for (k, v) in table {
                let key = k.get_ref().as_str();
                let dotted = format!("profiles.{name_str}.{key}");
                if !profile_keys.contains(&key) {
                    problems.push((
                        k.span().start,
                        unknown_key(at(k.span(), dotted), key, &profile_keys, false),
                    ));
                    continue;
                }
                values.insert(
                    key.to_string(),
                    Located {
                        at: at(v.span(), dotted),
                        value: v.into_inner(),
                    },
                );
            }
            profiles.insert(
                name_str.clone(),
                Profile {
                    name: name_str,
                    values,
                },
            );
        }
        let file = ConfigFile {
            path: path.to_path_buf(),
            default_profile,
            profiles,
        };
        // In the order of the file, as a reader goes through it.
        problems.sort_by_key(|(at, _)| *at);
        Ok((file, problems.into_iter().map(|(_, f)| f).collect()))
    }

    /// True when any profile holds an inline secret (`secret_key`, `usersig`).
    pub(crate) fn holds_inline_secret(&self) -> bool {
        self.profiles
            .values()
            .any(|p| INLINE_SECRET_KEYS.iter().any(|k| p.values.contains_key(*k)))
    }
}

fn unknown_key(at: Location, key: &str, valid: &[&str], top: bool) -> Failure {
    let mut msg = format!("{at}: unknown key {key:?}");
    if let Some(near) = nearest(key, valid) {
        msg.push_str(&format!("; did you mean {near:?}?"));
    } else if top && {
        let profile_keys = table::profile_keys();
        profile_keys.contains(&key) || nearest(key, &profile_keys).is_some()
    } {
        msg.push_str("; profile settings belong inside a [profiles.NAME] table");
    }
    Failure::config(msg).with_hint(format!("valid keys here: {}", valid.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ConfigFile, Failure> {
        ConfigFile::parse(Path::new("/c.toml"), text)
    }

    #[test]
    fn keeps_values_with_their_locations() {
        let c = parse("default_profile = \"prod\"\n\n[profiles.prod]\nregion = \"singapore\"\nsdkappid = 1400000000\n").unwrap();
        assert_eq!(c.default_profile.as_ref().unwrap().value, "prod");
        let p = &c.profiles["prod"];
        let r = p.get("region").unwrap();
        assert_eq!(r.value.as_str(), Some("singapore"));
        assert_eq!((r.at.line, r.at.column), (4, 10));
        assert_eq!(r.at.to_string(), "/c.toml:4:10 (profiles.prod.region)");
        assert_eq!(
            p.get("sdkappid").unwrap().value.as_integer(),
            Some(1400000000)
        );
    }

    #[test]
    fn unknown_keys_name_the_place_and_suggest() {
        let e = parse("[profiles.a]\nregoin = \"seoul\"\n").unwrap_err();
        assert!(
            e.message.starts_with(
                "/c.toml:2:1 (profiles.a.regoin): unknown key \"regoin\"; did you mean \"region\"?"
            ),
            "{e}"
        );
        let e = parse("sdkappid = 1\n").unwrap_err();
        assert!(
            e.message.contains("unknown key \"sdkappid\"") && e.message.contains("[profiles.NAME]"),
            "{e}"
        );
        let e = parse("default_profil = \"x\"\n").unwrap_err();
        assert!(
            e.message.contains("did you mean \"default_profile\""),
            "{e}"
        );
    }

    #[test]
    fn syntax_errors_never_echo_the_line() {
        let e = parse("[profiles.a]\nsecret_key = \"TOPSECRETVALUE\n").unwrap_err();
        assert!(e.message.starts_with("/c.toml:2:"), "{e}");
        assert!(!e.to_string().contains("TOPSECRETVALUE"), "{e}");
        let e = parse("profiles = \"TOPSECRETVALUE\"\n").unwrap_err();
        assert!(!e.to_string().contains("TOPSECRETVALUE"), "{e}");
    }

    #[test]
    fn detects_inline_secrets() {
        assert!(
            parse("[profiles.a]\nsecret_key = \"k\"\n")
                .unwrap()
                .holds_inline_secret()
        );
        assert!(
            !parse("[profiles.a]\nsecret_key_file = \"k\"\n")
                .unwrap()
                .holds_inline_secret()
        );
    }
}
