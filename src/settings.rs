//! Resolving the settings, once: flag > environment variable > profile > built-in default.
//! Every value keeps its source, and every error names it with the fix.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;
use toml::Value;

use crate::cli::{self, GlobalArgs, OutputFormat};
use crate::config::{ConfigFile, Located, Location, Profile};
use crate::credential::CredentialSource;
use crate::error::Failure;
use crate::region::Region;

pub const DEFAULT_IDENTIFIER: &str = "administrator";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
pub const DEFAULT_USERSIG_TTL: u64 = 600;
/// The longest lifetime the service accepts: 50 years.
const MAX_USERSIG_TTL: u64 = 50 * 365 * 86400;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
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
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// Reads an environment variable; empty counts as unset.
pub type EnvFn<'a> = &'a dyn Fn(&str) -> Option<String>;

pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Validated settings for one run.
#[derive(Debug)]
pub struct Settings {
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
    pub credential: CredentialSource,
    /// Problems worth a warning on stderr (file permissions, overridden credentials).
    pub warnings: Vec<String>,
}

impl Settings {
    /// "region singapore (https://adminapisgp.im.qcloud.com)" or "endpoint http://127.0.0.1:8080".
    pub fn target(&self) -> String {
        match (&self.region, &self.endpoint.source) {
            (Some(r), Source::Default) => {
                format!("region {} ({})", r.value.name(), self.endpoint.value)
            }
            _ => format!("endpoint {}", self.endpoint.value),
        }
    }
}

/// The output format, which is needed before anything else can fail.
pub fn output_format(flags: &GlobalArgs, env: EnvFn) -> Result<OutputFormat, Failure> {
    if let Some(o) = flags.output {
        return Ok(o);
    }
    match env("TIMPUSH_OUTPUT").as_deref().map(str::trim) {
        None => Ok(OutputFormat::Text),
        Some(v) if v.eq_ignore_ascii_case("text") => Ok(OutputFormat::Text),
        Some(v) if v.eq_ignore_ascii_case("json") => Ok(OutputFormat::Json),
        Some(v) => Err(Failure::config(format!(
            "variable TIMPUSH_OUTPUT: {v:?} is not an output format; use text or json"
        ))),
    }
}

/// Expands a leading `~`; a relative path from the config file is taken from the file's folder.
pub fn expand_path(raw: &str, relative_to: Option<&Path>) -> PathBuf {
    let home = || {
        process_env("HOME")
            .map(PathBuf::from)
            .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()))
    };
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

/// The config file path and how it was chosen.
pub fn config_path(flags: &GlobalArgs, env: EnvFn) -> Option<Sourced<PathBuf>> {
    if let Some(p) = &flags.config {
        return Some(Sourced {
            value: expand_path(&p.to_string_lossy(), None),
            source: Source::Flag("--config"),
        });
    }
    if let Some(p) = env("TIMPUSH_CONFIG") {
        return Some(Sourced {
            value: expand_path(&p, None),
            source: Source::Env("TIMPUSH_CONFIG"),
        });
    }
    default_config_path().map(|value| Sourced {
        value,
        source: Source::Default,
    })
}

fn default_config_path() -> Option<PathBuf> {
    if cfg!(windows) {
        return directories::ProjectDirs::from("", "", "timpush")
            .map(|d| d.config_dir().join("config.toml"));
    }
    if let Some(x) = process_env("XDG_CONFIG_HOME").map(PathBuf::from)
        && x.is_absolute()
    {
        return Some(x.join("timpush").join("config.toml"));
    }
    Some(expand_path("~/.config/timpush/config.toml", None))
}

/// The one step from raw arguments to settings: the first problem is the error.
pub fn resolve(flags: &GlobalArgs, env: EnvFn) -> Result<Settings, Failure> {
    inspect(flags, env, config_path(flags, env)).into_settings()
}

/// Settings from flags and `env` alone, ignoring any config file (for the demo).
pub fn resolve_without_file(flags: &GlobalArgs, env: EnvFn) -> Result<Settings, Failure> {
    inspect(flags, env, None).into_settings()
}

/// Every setting that could be resolved, and every problem found on the way.
#[derive(Debug, Default)]
pub struct Inspection {
    pub config_path: Option<Sourced<PathBuf>>,
    pub config: Option<ConfigFile>,
    pub profile: Option<Sourced<String>>,
    pub region: Option<Sourced<Region>>,
    pub sdkappid: Option<Sourced<u32>>,
    pub identifier: Option<Sourced<String>>,
    pub endpoint: Option<Sourced<String>>,
    pub ca_bundle: Option<Sourced<PathBuf>>,
    pub timeout: Option<Sourced<Duration>>,
    pub max_attempts: Option<Sourced<u32>>,
    pub usersig_ttl: Option<Sourced<u64>>,
    pub credential: Option<CredentialSource>,
    pub warnings: Vec<String>,
    /// Problems with the values given (and missing SDKAppID or credential).
    pub problems: Vec<Failure>,
    /// Neither region nor endpoint is set (and neither was given wrong). Kept apart, since
    /// commands that send nothing do not need it.
    pub missing_endpoint: Option<Failure>,
    /// Where the missing endpoint stands among the problems (before credential problems).
    missing_endpoint_at: usize,
}

impl Inspection {
    /// Every problem, in the order they are reported.
    pub fn all_problems(&self) -> Vec<&Failure> {
        let at = self.missing_endpoint_at.min(self.problems.len());
        self.problems[..at]
            .iter()
            .chain(&self.missing_endpoint)
            .chain(&self.problems[at..])
            .collect()
    }

    pub fn into_settings(mut self) -> Result<Settings, Failure> {
        if let Some(f) = self.missing_endpoint.take() {
            let at = self.missing_endpoint_at.min(self.problems.len());
            self.problems.insert(at, f);
        }
        if !self.problems.is_empty() {
            return Err(self.problems.remove(0));
        }
        let fail = || {
            Failure::new(
                crate::error::Exit::Internal,
                "settings incomplete without a problem (a bug)",
            )
        };
        Ok(Settings {
            profile: self.profile.ok_or_else(fail)?,
            region: self.region,
            sdkappid: self.sdkappid.ok_or_else(fail)?,
            identifier: or_default(self.identifier, DEFAULT_IDENTIFIER.into()),
            endpoint: self.endpoint.ok_or_else(fail)?,
            ca_bundle: self.ca_bundle,
            timeout: or_default(self.timeout, DEFAULT_TIMEOUT),
            max_attempts: or_default(self.max_attempts, DEFAULT_MAX_ATTEMPTS),
            usersig_ttl: or_default(self.usersig_ttl, DEFAULT_USERSIG_TTL),
            credential: self.credential.ok_or_else(fail)?,
            warnings: self.warnings,
        })
    }
}

/// Resolves every setting it can, collecting problems instead of stopping at the first. A
/// config file that cannot be read, or a profile that is not there, ends it early.
pub fn inspect(
    flags: &GlobalArgs,
    env: EnvFn,
    config_path: Option<Sourced<PathBuf>>,
) -> Inspection {
    let mut out = Inspection {
        config_path: config_path.clone(),
        ..Inspection::default()
    };
    let config = match &config_path {
        Some(p) if p.value.exists() => match ConfigFile::load(&p.value) {
            Ok((file, unknown)) => {
                out.problems.extend(unknown);
                match crate::fsperm::check(&p.value, "config file", file.holds_inline_secret()) {
                    Ok(Some(w)) => out.warnings.push(w),
                    Ok(None) => {}
                    Err(e) => {
                        out.problems.push(e);
                        return out;
                    }
                }
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
        env,
        profile: prof,
        file_dir: file_dir.as_deref(),
    };
    let p = &mut out.problems;
    let before = p.len();
    out.region = keep(
        p,
        ctx.pick(
            flags.region,
            "--region",
            "TIMPUSH_REGION",
            "region",
            Region::parse,
            |v| {
                Region::parse(as_str(
                    v,
                    "a region name in quotes, e.g. region = \"singapore\"",
                )?)
            },
        ),
    );
    let region_bad = p.len() > before;
    let before = p.len();
    out.sdkappid = keep(
        p,
        ctx.pick(
            flags.sdkappid,
            "--sdkappid",
            "TIMPUSH_SDKAPPID",
            "sdkappid",
            cli::parse_sdkappid,
            |v| match v {
                Value::Integer(n) => cli::parse_sdkappid(&n.to_string()),
                Value::String(s) => cli::parse_sdkappid(s),
                _ => Err("must be a number, e.g. sdkappid = 1400000000".into()),
            },
        ),
    );
    let sdkappid_bad = p.len() > before;
    out.identifier = keep(
        p,
        ctx.pick(
            flags.identifier.clone(),
            "--identifier",
            "TIMPUSH_IDENTIFIER",
            "identifier",
            cli::parse_identifier,
            |v| cli::parse_identifier(as_str(v, "a string, e.g. identifier = \"administrator\"")?),
        ),
    );
    let before = p.len();
    let endpoint = keep(
        p,
        ctx.pick(
            flags.endpoint.clone(),
            "--endpoint",
            "TIMPUSH_ENDPOINT",
            "endpoint",
            cli::parse_endpoint,
            |v| cli::parse_endpoint(as_str(v, "a URL in quotes")?),
        ),
    );
    let endpoint_bad = p.len() > before;
    out.ca_bundle = keep(
        p,
        ctx.pick_path(
            flags.ca_bundle.clone(),
            "--ca-bundle",
            "TIMPUSH_CA_BUNDLE",
            "ca_bundle",
        ),
    );
    out.timeout = keep(
        p,
        ctx.pick(
            flags.timeout,
            "--timeout",
            "TIMPUSH_TIMEOUT",
            "timeout",
            cli::parse_timeout,
            |v| match v {
                Value::Integer(n) => cli::parse_timeout(&n.to_string()),
                Value::Float(f) => cli::parse_timeout(&f.to_string()),
                Value::String(s) => cli::parse_timeout(s),
                _ => Err(
                    "must be seconds or a duration, e.g. timeout = 30 or timeout = \"1500ms\""
                        .into(),
                ),
            },
        ),
    );
    out.max_attempts = keep(
        p,
        ctx.pick(
            flags.max_attempts,
            "--max-attempts",
            "TIMPUSH_MAX_ATTEMPTS",
            "max_attempts",
            cli::parse_max_attempts,
            |v| match v {
                Value::Integer(n) => cli::parse_max_attempts(&n.to_string()),
                _ => Err("must be a whole number from 1 to 5, e.g. max_attempts = 3".into()),
            },
        ),
    );
    out.usersig_ttl = keep(p, ctx.pick(None, "", "", "usersig_ttl", |_| Err(String::new()), |v| match v {
        Value::Integer(n) if (1..=MAX_USERSIG_TTL as i64).contains(n) => Ok(*n as u64),
        _ => Err(format!(
            "must be a lifetime in seconds from 1 to {MAX_USERSIG_TTL} (50 years), e.g. usersig_ttl = 600"
        )),
    }));

    if out.sdkappid.is_none() && !sdkappid_bad {
        p.push(missing(
            "SDKAppID",
            "sdkappid",
            "--sdkappid",
            "TIMPUSH_SDKAPPID",
            &profile,
            config_path.as_ref(),
        ));
    }
    let mut missing_endpoint = None;
    out.endpoint = match (endpoint, &out.region) {
        (Some(e), _) => Some(e),
        (None, Some(r)) => Some(Sourced {
            value: r.value.base_url(),
            source: Source::Default,
        }),
        (None, None) => {
            if !region_bad && !endpoint_bad {
                missing_endpoint = Some(missing(
                    "region",
                    "region",
                    "--region",
                    "TIMPUSH_REGION",
                    &profile,
                    config_path.as_ref(),
                ));
            }
            None
        }
    };
    let missing_endpoint_at = p.len();
    if let Some(ca) = &out.ca_bundle
        && !ca.value.is_file()
    {
        p.push(Failure::config(format!(
            "CA bundle {} (from {}) does not exist or is not a file",
            ca.value.display(),
            ca.source
        )));
    }
    out.missing_endpoint = missing_endpoint;
    out.missing_endpoint_at = missing_endpoint_at;
    match crate::credential::select(env, prof, file_dir.as_deref(), &mut out.warnings) {
        Ok(c) => out.credential = Some(c),
        Err(e) => out.problems.push(e),
    }
    out.profile = Some(profile);
    out.config = config;
    out
}

/// Keeps a resolved value, or records its problem.
fn keep<T>(problems: &mut Vec<Failure>, r: Result<Option<T>, Failure>) -> Option<T> {
    r.unwrap_or_else(|e| {
        problems.push(e);
        None
    })
}

fn or_default<T>(v: Option<Sourced<T>>, default: T) -> Sourced<T> {
    v.unwrap_or(Sourced {
        value: default,
        source: Source::Default,
    })
}

fn missing(
    what: &str,
    key: &str,
    flag: &str,
    var: &str,
    profile: &Sourced<String>,
    path: Option<&Sourced<PathBuf>>,
) -> Failure {
    let file = path
        .map(|p| p.value.display().to_string())
        .unwrap_or_else(|| "the config file".into());
    Failure::config(format!("no {what} is set for profile {:?}", profile.value)).with_hint(format!(
        "set {key} in [profiles.{}] of {file}, or {var}, or {flag}",
        profile.value
    ))
}

pub(crate) fn as_str<'v>(v: &'v Value, expected: &str) -> Result<&'v str, String> {
    v.as_str().ok_or_else(|| format!("must be {expected}"))
}

fn select_profile(
    flags: &GlobalArgs,
    env: EnvFn,
    config: Option<&ConfigFile>,
    path: Option<&Sourced<PathBuf>>,
) -> Result<Sourced<String>, Failure> {
    let chosen = if let Some(p) = &flags.profile {
        Sourced {
            value: p.clone(),
            source: Source::Flag("--profile"),
        }
    } else if let Some(p) = env("TIMPUSH_PROFILE") {
        Sourced {
            value: p,
            source: Source::Env("TIMPUSH_PROFILE"),
        }
    } else if let Some(d) = config.and_then(|c| c.default_profile.as_ref()) {
        Sourced {
            value: d.value.clone(),
            source: Source::File(d.at.clone()),
        }
    } else {
        return Ok(Sourced {
            value: "default".into(),
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
    env: EnvFn<'a>,
    profile: Option<&'a Profile>,
    file_dir: Option<&'a Path>,
}

impl Ctx<'_> {
    /// flag > variable > profile key; each error names its source.
    fn pick<T>(
        &self,
        flag: Option<T>,
        flag_name: &'static str,
        var: &'static str,
        key: &str,
        parse: impl Fn(&str) -> Result<T, String>,
        from_toml: impl Fn(&Value) -> Result<T, String>,
    ) -> Result<Option<Sourced<T>>, Failure> {
        if let Some(v) = flag {
            return Ok(Some(Sourced {
                value: v,
                source: Source::Flag(flag_name),
            }));
        }
        if !var.is_empty()
            && let Some(raw) = (self.env)(var)
        {
            return parse(&raw)
                .map(|value| {
                    Some(Sourced {
                        value,
                        source: Source::Env(var),
                    })
                })
                .map_err(|e| {
                    Failure::config(format!("variable {var}: {e}"))
                        .with_hint(format!("fix or unset {var}"))
                });
        }
        match self.profile.and_then(|p| p.get(key)) {
            Some(Located { value, at }) => from_toml(value)
                .map(|v| {
                    Some(Sourced {
                        value: v,
                        source: Source::File(at.clone()),
                    })
                })
                .map_err(|e| Failure::config(format!("{at}: {key} {}", with_verb(&e)))),
            None => Ok(None),
        }
    }

    fn pick_path(
        &self,
        flag: Option<PathBuf>,
        flag_name: &'static str,
        var: &'static str,
        key: &str,
    ) -> Result<Option<Sourced<PathBuf>>, Failure> {
        if let Some(p) = flag {
            return Ok(Some(Sourced {
                value: expand_path(&p.to_string_lossy(), None),
                source: Source::Flag(flag_name),
            }));
        }
        if let Some(raw) = (self.env)(var) {
            return Ok(Some(Sourced {
                value: expand_path(&raw, None),
                source: Source::Env(var),
            }));
        }
        let dir = self.file_dir;
        self.pick(
            None,
            flag_name,
            "",
            key,
            |_| Err(String::new()),
            |v| as_str(v, "a path in quotes").map(|s| expand_path(s, dir)),
        )
    }
}

/// Parser messages start with the value ("\"x\" is not …"); profile ones with "must".
fn with_verb(msg: &str) -> String {
    if msg.starts_with("must") {
        msg.to_string()
    } else {
        format!("is invalid: {msg}")
    }
}
