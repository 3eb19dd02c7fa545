//! Resolving the settings, once: flag > environment variable > profile > built-in default.
//! Every value keeps its source, and every error names it with the fix. What the settings are,
//! and how each is parsed, is the table in `table`; `file` reads the config file, `credential`
//! the credential, and `fsperm` opens each file once and checks it.

pub(crate) mod credential;
pub(crate) mod file;
pub(crate) mod fsperm;
pub(crate) mod table;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::env::{EnvFn, expand_path, process_env};
use crate::error::{Exit, Failure};
use crate::region::Region;
use crate::settings::credential::CredentialSource;
use crate::settings::file::{ConfigFile, Location, Profile};
use crate::settings::table::{Format, Key, Kind, Setting, Value};

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    Flag(&'static str),
    Env(&'static str),
    File(Location),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(var) => write!(f, "variable {var}"),
            Source::File(at) => write!(f, "{at}"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The values given as flags, by setting key, as the text given.
#[derive(Debug, Clone, Default)]
pub(crate) struct Flags(Vec<(Key, String)>);

impl Flags {
    /// Sets `key`; a later value replaces an earlier one.
    pub(crate) fn set(&mut self, key: Key, value: impl Into<String>) {
        self.0.retain(|(k, _)| *k != key);
        self.0.push((key, value.into()));
    }

    pub(crate) fn get(&self, key: Key) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Validated settings for one run.
#[derive(Debug)]
pub(crate) struct Settings {
    pub profile: Sourced<String>,
    pub region: Option<Sourced<Region>>,
    pub sdkappid: Sourced<u32>,
    pub identifier: Sourced<String>,
    /// Base URL: the endpoint override, else the region's.
    pub endpoint: Sourced<String>,
    pub ca_bundle: Option<Sourced<PathBuf>>,
    pub timeout: Sourced<Duration>,
    pub max_attempts: Sourced<u32>,
    pub usersig_ttl: Sourced<u64>,
    /// Where the journal is kept, when it is not in the default place.
    pub journal: Option<Sourced<PathBuf>>,
    /// How long the journal keeps an entry.
    pub journal_keep: Sourced<Duration>,
    /// How long an identical push is refused (zero: never).
    pub duplicate_window: Sourced<Duration>,
    pub daily_push_limit: Sourced<u64>,
    pub credential: CredentialSource,
    /// Problems worth a warning on stderr (file permissions, overridden credentials).
    pub warnings: Vec<String>,
}

impl Settings {
    /// "region singapore (https://adminapisgp.im.qcloud.com)" or "endpoint http://127.0.0.1:8080".
    /// The app in words: `app prod (1400000002)`, the profile's name and the SDKAppID.
    pub(crate) fn app(&self) -> String {
        format!(
            "app {} ({})",
            crate::sanitize::escape(&self.profile.value),
            self.sdkappid.value
        )
    }

    pub(crate) fn target(&self) -> String {
        match (&self.region, &self.endpoint.source) {
            (Some(r), Source::Default) => {
                format!("region {} ({})", r.value.name(), self.endpoint.value)
            }
            _ => format!("endpoint {}", self.endpoint.value),
        }
    }
}

/// Parses a flag's text with its setting's parser: a usage error names the flag.
fn parse_flag(s: &Setting, raw: &str) -> Result<Value, Failure> {
    s.parse(raw)
        .map_err(|e| Failure::usage(format!("{}: {e}", s.flag.unwrap_or(s.key.as_str()))))
}

/// Parses a variable's text with its setting's parser: a config error names the variable.
fn parse_env(s: &Setting, var: &'static str, raw: &str) -> Result<Value, Failure> {
    s.parse(raw).map_err(|e| {
        Failure::config(format!("variable {var}: {e}")).with_hint(format!("fix or unset {var}"))
    })
}

/// The output format, which is needed before anything else can fail.
pub(crate) fn output_format(flags: &Flags, env: EnvFn) -> Result<Format, Failure> {
    let s = table::get(table::OUTPUT);
    let value = match (flags.get(s.key), s.env.and_then(|v| env(v).map(|r| (v, r)))) {
        (Some(raw), _) => parse_flag(s, raw)?,
        (None, Some((var, raw))) => parse_env(s, var, &raw)?,
        (None, None) => return Ok(Format::Text),
    };
    match value {
        Value::Format(f) => Ok(f),
        _ => Ok(Format::Text),
    }
}

/// Whether a run under GitHub Actions (GITHUB_ACTIONS=true) writes a step summary and
/// `::error::` lines: the `github` setting (TIMPUSH_GITHUB), on unless set off. A value that is
/// neither is an error of the variable.
pub(crate) fn github_output(env: EnvFn) -> Result<bool, Failure> {
    if env("GITHUB_ACTIONS").as_deref() != Some("true") {
        return Ok(false);
    }
    let s = table::get(table::GITHUB);
    match s.env.and_then(|v| env(v).map(|r| (v, r))) {
        None => Ok(true),
        Some((var, raw)) => Ok(matches!(parse_env(s, var, &raw)?, Value::Text(t) if t == "on")),
    }
}

/// The `tz` setting's value, when one is given: `TIMPUSH_TZ`, else `tz` in the profile the flags
/// choose (the config file is read only when the variable is not set). A value that is not a
/// zone is left out here; the commands that resolve settings report it.
pub(crate) fn tz_setting(flags: &Flags) -> Option<String> {
    let s = table::get(table::TZ);
    if let Some(raw) = s.env.and_then(process_env) {
        return Some(raw);
    }
    match inspect(flags, &process_env).values.get(&table::TZ) {
        Some(Sourced {
            value: Value::Text(t),
            ..
        }) => Some(t.clone()),
        _ => None,
    }
}

/// The config file path and how it was chosen.
pub(crate) fn config_path(flags: &Flags, env: EnvFn) -> Option<Sourced<PathBuf>> {
    let s = table::get(table::CONFIG);
    if let (Some(raw), Some(flag)) = (flags.get(s.key), s.flag) {
        return Some(Sourced {
            value: expand_path(raw, None),
            source: Source::Flag(flag),
        });
    }
    if let Some(var) = s.env
        && let Some(raw) = env(var)
    {
        return Some(Sourced {
            value: expand_path(&raw, None),
            source: Source::Env(var),
        });
    }
    default_config_path(env).map(|value| Sourced {
        value,
        source: Source::Default,
    })
}

pub(crate) fn default_config_path(env: EnvFn) -> Option<PathBuf> {
    if cfg!(windows) {
        return crate::env::app_dir(crate::env::AppDir::Config, env).map(|d| d.join("config.toml"));
    }
    if let Some(x) = xdg_config_home(env) {
        return Some(x.join("timpush").join("config.toml"));
    }
    Some(expand_path("~/.config/timpush/config.toml", None))
}

/// `XDG_CONFIG_HOME` when it is set to an absolute path (a relative one is ignored, as the XDG
/// rules say).
pub(crate) fn xdg_config_home(env: EnvFn) -> Option<PathBuf> {
    env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
}

/// The one step from flags to settings: the first problem is the error.
pub(crate) fn resolve(flags: &Flags) -> Result<Settings, Failure> {
    inspect(flags, &process_env).into_settings()
}

/// Every setting, from the config file that the flags and variables choose.
pub(crate) fn inspect(flags: &Flags, env: EnvFn) -> Inspection {
    inspect_at(flags, env, config_path(flags, env))
}

/// Every setting that could be resolved, and every problem found on the way.
#[derive(Debug, Default)]
pub(crate) struct Inspection {
    pub config_path: Option<Sourced<PathBuf>>,
    pub config: Option<ConfigFile>,
    pub profile: Option<Sourced<String>>,
    /// Every plain setting with a value (given, or its default), by key.
    pub values: BTreeMap<Key, Sourced<Value>>,
    pub credential: Option<CredentialSource>,
    pub warnings: Vec<String>,
    /// Problems with the values given (and a missing SDKAppID or credential).
    pub problems: Vec<Failure>,
    /// Neither region nor endpoint is set (and neither was given wrong). Kept apart, since
    /// commands that send nothing do not need it.
    pub missing_endpoint: Option<Failure>,
    /// Where the missing endpoint stands among the problems (before credential problems).
    missing_endpoint_at: usize,
    /// The keys whose value was given wrongly, and the problem each made.
    pub bad: Vec<(Key, Failure)>,
}

impl Inspection {
    /// Every problem, in the order they are reported.
    pub(crate) fn all_problems(&self) -> Vec<&Failure> {
        let at = self.missing_endpoint_at.min(self.problems.len());
        self.problems[..at]
            .iter()
            .chain(&self.missing_endpoint)
            .chain(&self.problems[at..])
            .collect()
    }

    /// The value of `key`, if it has one.
    pub(crate) fn value(&self, key: Key) -> Option<&Sourced<Value>> {
        self.values.get(&key)
    }

    /// A number setting's value (SDKAppID, attempts, lifetime).
    pub(crate) fn number(&self, key: Key) -> Option<u64> {
        match self.value(key).map(|v| &v.value) {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// A text setting's value (identifier, endpoint).
    pub(crate) fn text(&self, key: Key) -> Option<&str> {
        match self.value(key).map(|v| &v.value) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// A duration setting's value (timeout).
    pub(crate) fn duration(&self, key: Key) -> Option<Duration> {
        match self.value(key).map(|v| &v.value) {
            Some(Value::Duration(d)) => Some(*d),
            _ => None,
        }
    }

    fn take<T>(&mut self, key: Key, pick: fn(Value) -> Option<T>) -> Option<Sourced<T>> {
        let v = self.values.remove(&key)?;
        pick(v.value).map(|value| Sourced {
            value,
            source: v.source,
        })
    }

    pub(crate) fn into_settings(mut self) -> Result<Settings, Failure> {
        if let Some(f) = self.missing_endpoint.take() {
            let at = self.missing_endpoint_at.min(self.problems.len());
            self.problems.insert(at, f);
        }
        if !self.problems.is_empty() {
            return Err(self.problems.remove(0));
        }
        let fail = || {
            Failure::new(
                Exit::Internal,
                "settings incomplete without a problem (a bug)",
            )
        };
        let text = |v| match v {
            Value::Text(s) => Some(s),
            _ => None,
        };
        let number = |v| match v {
            Value::Number(n) => Some(n),
            _ => None,
        };
        Ok(Settings {
            region: self.take(table::REGION, |v| match v {
                Value::Region(r) => Some(r),
                _ => None,
            }),
            sdkappid: self
                .take(table::SDKAPPID, |v| match v {
                    Value::Number(n) => u32::try_from(n).ok(),
                    _ => None,
                })
                .ok_or_else(fail)?,
            identifier: self.take(table::IDENTIFIER, text).ok_or_else(fail)?,
            endpoint: self.take(table::ENDPOINT, text).ok_or_else(fail)?,
            ca_bundle: self.take(table::CA_BUNDLE, |v| match v {
                Value::Path(p) => Some(p),
                _ => None,
            }),
            timeout: self
                .take(table::TIMEOUT, |v| match v {
                    Value::Duration(d) => Some(d),
                    _ => None,
                })
                .ok_or_else(fail)?,
            max_attempts: self
                .take(table::MAX_ATTEMPTS, |v| match v {
                    Value::Number(n) => u32::try_from(n).ok(),
                    _ => None,
                })
                .ok_or_else(fail)?,
            usersig_ttl: self.take(table::USERSIG_TTL, number).ok_or_else(fail)?,
            journal: self.take(table::JOURNAL, |v| match v {
                Value::Path(p) => Some(p),
                _ => None,
            }),
            journal_keep: self
                .take(table::JOURNAL_KEEP, |v| match v {
                    Value::Duration(d) => Some(d),
                    _ => None,
                })
                .ok_or_else(fail)?,
            duplicate_window: self
                .take(table::DUPLICATE_WINDOW, |v| match v {
                    Value::Duration(d) => Some(d),
                    _ => None,
                })
                .ok_or_else(fail)?,
            daily_push_limit: self
                .take(table::DAILY_PUSH_LIMIT, number)
                .ok_or_else(fail)?,
            profile: self.profile.ok_or_else(fail)?,
            credential: self.credential.ok_or_else(fail)?,
            warnings: self.warnings,
        })
    }
}

/// Resolves every setting it can, collecting problems instead of stopping at the first. A
/// config file that cannot be read, or a profile that is not there, ends it early.
pub(crate) fn inspect_at(
    flags: &Flags,
    env: EnvFn,
    config_path: Option<Sourced<PathBuf>>,
) -> Inspection {
    let mut out = Inspection {
        config_path: config_path.clone(),
        ..Inspection::default()
    };
    let config = match &config_path {
        Some(p) if p.value.symlink_metadata().is_ok() => match ConfigFile::load(&p.value) {
            Ok((file, unknown, warning)) => {
                out.problems.extend(unknown);
                out.warnings.extend(warning);
                Some(file)
            }
            Err(e) => {
                out.problems.push(e);
                return out;
            }
        },
        Some(p) if p.source != Source::Default => {
            out.problems.push(
                Failure::config(format!(
                    "config file {} (from {}) does not exist",
                    p.value.display(),
                    p.source
                ))
                .with_hint("check the path, or create it with timpush config init"),
            );
            return out;
        }
        _ => None,
    };
    credential::register_all(config.as_ref(), env);
    let profile = match select_profile(flags, env, config.as_ref(), config_path.as_ref()) {
        Ok(p) => p,
        Err(e) => {
            out.problems.push(e);
            out.config = config;
            return out;
        }
    };
    let prof = config.as_ref().and_then(|c| c.profiles.get(&profile.value));
    let file_dir = config
        .as_ref()
        .and_then(|c| c.path.parent().map(Path::to_path_buf));
    let ctx = Ctx {
        flags,
        env,
        profile: prof,
        file_dir: file_dir.as_deref(),
    };
    let mut bad = Vec::new();
    for s in table::SETTINGS {
        if matches!(s.key, table::PROFILE | table::CONFIG | table::OUTPUT)
            || matches!(s.kind, Kind::Credential)
        {
            continue;
        }
        match ctx.pick(s) {
            Ok(Some(v)) => {
                out.values.insert(s.key, v);
            }
            Ok(None) => {
                if let Some(value) = s.default_value() {
                    out.values.insert(
                        s.key,
                        Sourced {
                            value,
                            source: Source::Default,
                        },
                    );
                }
            }
            Err(e) => {
                out.bad.push((s.key, e.clone()));
                out.problems.push(e);
                bad.push(s.key);
            }
        }
    }
    let file = config_path
        .as_ref()
        .map(|p| p.value.display().to_string())
        .unwrap_or_else(|| "the config file".into());
    let missing = |key: Key| {
        let (message, hint) = table::get(key).missing(&profile.value, &file);
        Failure::config(message).with_hint(hint)
    };
    if !out.values.contains_key(&table::SDKAPPID) && !bad.contains(&table::SDKAPPID) {
        // On a first run the reason is not a key missing from a profile but the file, or the
        // choice of profile: say that, and the one step that fixes it.
        let chosen_by_default = profile.source == Source::Default;
        let first_run = match (&config, &config_path) {
            (None, Some(p)) if chosen_by_default && p.source == Source::Default => Some(
                Failure::config(format!(
                    "no config file at {file}, and no SDKAppID set by a flag or variable"
                ))
                .with_hint("run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY"),
            ),
            (Some(c), _)
                if chosen_by_default
                    && !c.profiles.is_empty()
                    && !c.profiles.contains_key(&profile.value) =>
            {
                let names: Vec<&str> = c.profiles.keys().map(String::as_str).collect();
                Some(
                    Failure::config(format!(
                        "{file} has the profiles {} but none is chosen",
                        names.join(", ")
                    ))
                    .with_hint(format!(
                        "pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = {:?} at the top of the file",
                        names[0]
                    )),
                )
            }
            _ => None,
        };
        out.problems
            .push(first_run.unwrap_or_else(|| missing(table::SDKAPPID)));
    }
    if !out.values.contains_key(&table::ENDPOINT) {
        match out.values.get(&table::REGION) {
            Some(Sourced {
                value: Value::Region(r),
                ..
            }) => {
                let base = r.base_url();
                out.values.insert(
                    table::ENDPOINT,
                    Sourced {
                        value: Value::Text(base),
                        source: Source::Default,
                    },
                );
            }
            _ if !bad.contains(&table::REGION) && !bad.contains(&table::ENDPOINT) => {
                out.missing_endpoint = Some(missing(table::REGION));
            }
            _ => {}
        }
    }
    out.missing_endpoint_at = out.problems.len();
    if let Some(Sourced {
        value: Value::Path(ca),
        source,
    }) = out.values.get(&table::CA_BUNDLE)
        && !ca.is_file()
    {
        out.problems.push(Failure::config(format!(
            "CA bundle {} (from {source}) does not exist or is not a file",
            ca.display(),
        )));
    }
    match crate::settings::credential::select(env, prof, file_dir.as_deref(), &mut out.warnings) {
        Ok(c) => out.credential = Some(c),
        Err(e) => out.problems.push(e),
    }
    out.profile = Some(profile);
    out.config = config;
    out
}

fn select_profile(
    flags: &Flags,
    env: EnvFn,
    config: Option<&ConfigFile>,
    path: Option<&Sourced<PathBuf>>,
) -> Result<Sourced<String>, Failure> {
    let s = table::get(table::PROFILE);
    let given = |raw: &str, source: Source, fail: fn(String) -> Failure| match s.parse(raw) {
        Ok(Value::Text(value)) => Ok(Sourced { value, source }),
        Ok(_) | Err(_) => Err(fail(format!(
            "{source}: {}",
            s.parse(raw).err().unwrap_or_default()
        ))),
    };
    let chosen = if let (Some(raw), Some(flag)) = (flags.get(s.key), s.flag) {
        given(raw, Source::Flag(flag), Failure::usage)?
    } else if let Some(var) = s.env
        && let Some(raw) = env(var)
    {
        given(&raw, Source::Env(var), Failure::config)?
    } else if let Some(d) = config.and_then(|c| c.default_profile.as_ref()) {
        Sourced {
            value: d.value.clone(),
            source: Source::File(d.at.clone()),
        }
    } else {
        return Ok(Sourced {
            value: s.default.unwrap_or("default").into(),
            source: Source::Default,
        });
    };
    match config {
        Some(c) if c.profiles.contains_key(&chosen.value) => Ok(chosen),
        Some(c) => {
            let names: Vec<&str> = c.profiles.keys().map(String::as_str).collect();
            let mut msg = format!(
                "profile {:?} (from {}) is not in {}",
                chosen.value,
                chosen.source,
                c.path.display()
            );
            if let Some(n) = crate::suggest::nearest(&chosen.value, &names) {
                msg.push_str(&format!("; did you mean {n:?}?"));
            }
            let hint = if names.is_empty() {
                "the file has no [profiles.NAME] table yet".to_string()
            } else {
                format!("profiles in the file: {}", names.join(", "))
            };
            Err(Failure::config(msg).with_hint(hint))
        }
        None => Err(Failure::config(format!(
            "profile {:?} (from {}) was chosen, but there is no config file at {}",
            chosen.value,
            chosen.source,
            path.map(|p| p.value.display().to_string())
                .unwrap_or_else(|| "the default place".into())
        ))
        .with_hint("create the file, point --config or TIMPUSH_CONFIG at it, or set everything by variables")),
    }
}

struct Ctx<'a> {
    flags: &'a Flags,
    env: EnvFn<'a>,
    profile: Option<&'a Profile>,
    file_dir: Option<&'a Path>,
}

impl Ctx<'_> {
    /// flag > variable > profile key; each error names its source. A path from the config file
    /// is taken from the file's folder.
    fn pick(&self, s: &'static Setting) -> Result<Option<Sourced<Value>>, Failure> {
        let with_path = |v: Value, dir: Option<&Path>| match v {
            Value::Path(p) => Value::Path(expand_path(&p.to_string_lossy(), dir)),
            other => other,
        };
        if let (Some(raw), Some(flag)) = (self.flags.get(s.key), s.flag) {
            let value = with_path(parse_flag(s, raw)?, None);
            return Ok(Some(Sourced {
                value,
                source: Source::Flag(flag),
            }));
        }
        if let Some(var) = s.env
            && let Some(raw) = (self.env)(var)
        {
            let value = with_path(parse_env(s, var, &raw)?, None);
            return Ok(Some(Sourced {
                value,
                source: Source::Env(var),
            }));
        }
        let Some(key) = s.profile_keys.first() else {
            return Ok(None);
        };
        let Some(located) = self.profile.and_then(|p| p.get(key)) else {
            return Ok(None);
        };
        let at = &located.at;
        let raw = match &located.value {
            toml::Value::String(t) => t.clone(),
            toml::Value::Integer(n) => n.to_string(),
            toml::Value::Float(f) => f.to_string(),
            _ => {
                return Err(Failure::config(format!(
                    "{at}: {key} must be a single value, such as {}",
                    s.example
                )));
            }
        };
        let value = s
            .parse(&raw)
            .map_err(|e| Failure::config(format!("{at}: {key} is invalid: {e}")))?;
        Ok(Some(Sourced {
            value: with_path(value, self.file_dir),
            source: Source::File(at.clone()),
        }))
    }
}
