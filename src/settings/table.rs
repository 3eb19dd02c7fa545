//! Every setting, defined once: its key, flag, variable, profile key, default, parser and help.
//!
//! Resolution (`settings`), the flags' help text (`cli`), `config show`, the messages for a
//! missing value, the README's settings table and `config init` all read this table, so no
//! copy of a setting can drift from another. A value is parsed by the same function whichever
//! way it is given: as a flag, a variable or a profile key.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::region::Region;

use crate::usersig::MAX_IDENTIFIER_LEN;
/// The longest UserSig lifetime the service accepts: 50 years.
const MAX_USERSIG_TTL: u64 = 50 * 365 * 86400;
/// The shortest timeout that leaves room for a call.
const MIN_TIMEOUT: Duration = Duration::from_millis(100);
/// The longest timeout.
const MAX_TIMEOUT: Duration = Duration::from_secs(3600);

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Json,
}

/// A parsed value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Text(String),
    Region(Region),
    Number(u64),
    Duration(Duration),
    Path(PathBuf),
    Format(Format),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(s) => f.write_str(s),
            Value::Region(r) => f.write_str(r.name()),
            Value::Number(n) => write!(f, "{n}"),
            Value::Duration(d) => write!(f, "{} s", d.as_secs_f64()),
            Value::Path(p) => write!(f, "{}", p.display()),
            Value::Format(Format::Text) => f.write_str("text"),
            Value::Format(Format::Json) => f.write_str("json"),
        }
    }
}

impl Value {
    /// The value as JSON: numbers as numbers, durations in seconds, the rest as text.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Number(n) => (*n).into(),
            Value::Duration(d) => d.as_secs_f64().into(),
            other => other.to_string().into(),
        }
    }
}

/// How a setting is read.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// A value with a parser.
    Plain(fn(&str) -> Result<Value, String>),
    /// A credential source: never a flag, resolved by `credential`.
    Credential,
}

pub(crate) struct Setting {
    pub key: Key,
    /// What it is, for messages ("SDKAppID").
    pub name: &'static str,
    pub flag: Option<&'static str>,
    pub short: Option<char>,
    pub env: Option<&'static str>,
    /// The profile keys that set it (several for a credential).
    pub profile_keys: &'static [&'static str],
    /// The default, in the parser's terms.
    pub default: Option<&'static str>,
    /// The default as people read it, where it is not a value ("the region's domain").
    pub default_text: &'static str,
    pub kind: Kind,
    /// How it is written in a profile, for messages.
    pub example: &'static str,
    pub help: &'static str,
}

/// A setting, by name: every key of the table is one of these, so a misspelt key does not
/// compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Key {
    Profile,
    Config,
    Region,
    Sdkappid,
    Identifier,
    Endpoint,
    CaBundle,
    Timeout,
    MaxAttempts,
    Output,
    Secret,
    Usersig,
    UsersigTtl,
    Journal,
    JournalKeep,
    DuplicateWindow,
    DailyPushLimit,
    CallbackTokenFile,
    Github,
    Tz,
}

impl Key {
    /// The key as written in messages and JSON (`sdkappid`, `ca_bundle`).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Key::Profile => "profile",
            Key::Config => "config",
            Key::Region => "region",
            Key::Sdkappid => "sdkappid",
            Key::Identifier => "identifier",
            Key::Endpoint => "endpoint",
            Key::CaBundle => "ca_bundle",
            Key::Timeout => "timeout",
            Key::MaxAttempts => "max_attempts",
            Key::Output => "output",
            Key::Secret => "secret_key",
            Key::Usersig => "usersig",
            Key::UsersigTtl => "usersig_ttl",
            Key::Journal => "journal",
            Key::JournalKeep => "journal_keep",
            Key::DuplicateWindow => "duplicate_window",
            Key::DailyPushLimit => "daily_push_limit",
            Key::CallbackTokenFile => "callback_token_file",
            Key::Github => "github",
            Key::Tz => "tz",
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub(crate) const PROFILE: Key = Key::Profile;
pub(crate) const CONFIG: Key = Key::Config;
pub(crate) const REGION: Key = Key::Region;
pub(crate) const SDKAPPID: Key = Key::Sdkappid;
pub(crate) const IDENTIFIER: Key = Key::Identifier;
pub(crate) const ENDPOINT: Key = Key::Endpoint;
pub(crate) const CA_BUNDLE: Key = Key::CaBundle;
pub(crate) const TIMEOUT: Key = Key::Timeout;
pub(crate) const MAX_ATTEMPTS: Key = Key::MaxAttempts;
pub(crate) const OUTPUT: Key = Key::Output;
pub(crate) const SECRET_KEY: Key = Key::Secret;
pub(crate) const USERSIG: Key = Key::Usersig;
pub(crate) const USERSIG_TTL: Key = Key::UsersigTtl;
pub(crate) const JOURNAL: Key = Key::Journal;
pub(crate) const JOURNAL_KEEP: Key = Key::JournalKeep;
pub(crate) const DUPLICATE_WINDOW: Key = Key::DuplicateWindow;
pub(crate) const DAILY_PUSH_LIMIT: Key = Key::DailyPushLimit;
pub(crate) const CALLBACK_TOKEN_FILE: Key = Key::CallbackTokenFile;
pub(crate) const GITHUB: Key = Key::Github;
pub(crate) const TZ: Key = Key::Tz;

/// The top-level key that names the default profile.
pub(crate) const DEFAULT_PROFILE_KEY: &str = "default_profile";

pub(crate) static SETTINGS: &[Setting] = &[
    Setting {
        key: PROFILE,
        name: "profile",
        flag: Some("--profile"),
        short: Some('p'),
        env: Some("TIMPUSH_PROFILE"),
        profile_keys: &[],
        default: Some("default"),
        default_text: "",
        kind: Kind::Plain(parse_profile),
        example: "default_profile = \"prod\"",
        help: "Profile in the config file",
    },
    Setting {
        key: CONFIG,
        name: "config file",
        flag: Some("--config"),
        short: Some('c'),
        env: Some("TIMPUSH_CONFIG"),
        profile_keys: &[],
        default: None,
        default_text: "`$XDG_CONFIG_HOME/timpush/config.toml`, else `~/.config/timpush/config.toml`",
        kind: Kind::Plain(parse_path),
        example: "",
        help: "Config file",
    },
    Setting {
        key: REGION,
        name: "region",
        flag: Some("--region"),
        short: None,
        env: Some("TIMPUSH_REGION"),
        profile_keys: &["region"],
        default: None,
        default_text: "— (required unless `endpoint`)",
        kind: Kind::Plain(parse_region),
        example: "region = \"singapore\"",
        help: "Region of the app",
    },
    Setting {
        key: SDKAPPID,
        name: "SDKAppID",
        flag: Some("--sdkappid"),
        short: None,
        env: Some("TIMPUSH_SDKAPPID"),
        profile_keys: &["sdkappid"],
        default: None,
        default_text: "— (required)",
        kind: Kind::Plain(parse_sdkappid),
        example: "sdkappid = 1400000000",
        help: "SDKAppID of the app",
    },
    Setting {
        key: IDENTIFIER,
        name: "admin identifier",
        flag: Some("--identifier"),
        short: None,
        env: Some("TIMPUSH_IDENTIFIER"),
        profile_keys: &["identifier"],
        default: Some("administrator"),
        default_text: "",
        kind: Kind::Plain(parse_identifier),
        example: "identifier = \"administrator\"",
        help: "App admin account",
    },
    Setting {
        key: ENDPOINT,
        name: "endpoint",
        flag: Some("--endpoint"),
        short: None,
        env: Some("TIMPUSH_ENDPOINT"),
        profile_keys: &["endpoint"],
        default: None,
        default_text: "the region's domain",
        kind: Kind::Plain(parse_endpoint),
        example: "endpoint = \"https://adminapisgp.im.qcloud.com\"",
        help: "Base URL instead of the region's (http:// only for loopback)",
    },
    Setting {
        key: CA_BUNDLE,
        name: "CA bundle",
        flag: Some("--ca-bundle"),
        short: None,
        env: Some("TIMPUSH_CA_BUNDLE"),
        profile_keys: &["ca_bundle"],
        default: None,
        default_text: "bundled Mozilla roots",
        kind: Kind::Plain(parse_path),
        example: "ca_bundle = \"~/.config/timpush/ca.pem\"",
        help: "PEM file of CA certificates to trust instead of the bundled roots",
    },
    Setting {
        key: TIMEOUT,
        name: "timeout",
        flag: Some("--timeout"),
        short: None,
        env: Some("TIMPUSH_TIMEOUT"),
        profile_keys: &["timeout"],
        default: Some("30s"),
        default_text: "30 s",
        kind: Kind::Plain(parse_timeout),
        example: "timeout = 30",
        help: "Deadline per task, e.g. 30, 30s, 1500ms, 2m",
    },
    Setting {
        key: MAX_ATTEMPTS,
        name: "attempts per task",
        flag: Some("--max-attempts"),
        short: None,
        env: Some("TIMPUSH_MAX_ATTEMPTS"),
        profile_keys: &["max_attempts"],
        default: Some("3"),
        default_text: "3 (1..=5)",
        kind: Kind::Plain(parse_max_attempts),
        example: "max_attempts = 3",
        help: "Attempts per task, 1..=5 (1 turns retries off)",
    },
    Setting {
        key: OUTPUT,
        name: "output format",
        flag: Some("--output"),
        short: Some('o'),
        env: Some("TIMPUSH_OUTPUT"),
        profile_keys: &[],
        default: Some("text"),
        default_text: "",
        kind: Kind::Plain(parse_output),
        example: "",
        help: "Output format: text or json",
    },
    Setting {
        key: SECRET_KEY,
        name: "secret key",
        flag: None,
        short: None,
        env: Some("TIMPUSH_SECRET_KEY"),
        profile_keys: &["secret_key_command", "secret_key_file", "secret_key"],
        default: None,
        default_text: "—",
        kind: Kind::Credential,
        example: "secret_key_file = \"~/.config/timpush/prod.key\"",
        help: "",
    },
    Setting {
        key: USERSIG,
        name: "ready UserSig",
        flag: None,
        short: None,
        env: Some("TIMPUSH_USERSIG"),
        profile_keys: &["usersig_file", "usersig"],
        default: None,
        default_text: "—",
        kind: Kind::Credential,
        example: "usersig_file = \"~/.config/timpush/prod.usersig\"",
        help: "",
    },
    Setting {
        key: USERSIG_TTL,
        name: "UserSig lifetime",
        flag: None,
        short: None,
        env: None,
        profile_keys: &["usersig_ttl"],
        default: Some("600"),
        default_text: "600 s",
        kind: Kind::Plain(parse_ttl),
        example: "usersig_ttl = 600",
        help: "Lifetime in seconds of the UserSig made for each run",
    },
    Setting {
        key: JOURNAL,
        name: "journal",
        flag: Some("--journal"),
        short: None,
        env: Some("TIMPUSH_JOURNAL"),
        profile_keys: &["journal"],
        default: None,
        default_text: "`$XDG_STATE_HOME/timpush/journal.db`, else `~/.local/state/timpush/journal.db`",
        kind: Kind::Plain(parse_path),
        example: "journal = \"~/.local/state/timpush/journal.db\"",
        help: "File (or a team journal's postgres:// URL) where every call that changes something is written down (timpush log reads it)",
    },
    Setting {
        key: JOURNAL_KEEP,
        name: "journal retention",
        flag: None,
        short: None,
        env: Some("TIMPUSH_JOURNAL_KEEP"),
        profile_keys: &["journal_keep"],
        default: Some("365d"),
        default_text: "365 days (at least 1d: the recall window)",
        kind: Kind::Plain(parse_keep),
        example: "journal_keep = \"90d\"",
        help: "How long the journal keeps an entry (older ones are removed, and that is said)",
    },
    Setting {
        key: DUPLICATE_WINDOW,
        name: "duplicate window",
        flag: None,
        short: None,
        env: Some("TIMPUSH_DUPLICATE_WINDOW"),
        profile_keys: &["duplicate_window"],
        default: Some("10m"),
        default_text: "10 min (0 turns the check off)",
        kind: Kind::Plain(parse_window),
        example: "duplicate_window = \"10m\"",
        help: "How long the journal refuses a second identical push",
    },
    Setting {
        key: DAILY_PUSH_LIMIT,
        name: "daily push limit",
        flag: None,
        short: None,
        env: None,
        profile_keys: &["daily_push_limit"],
        default: Some("100"),
        default_text: "100",
        kind: Kind::Plain(parse_push_limit),
        example: "daily_push_limit = 100",
        help: "Pushes a day the app's plan allows (10 on free and trial plans)",
    },
    Setting {
        key: TZ,
        name: "time zone",
        flag: None,
        short: None,
        env: Some("TIMPUSH_TZ"),
        profile_keys: &["tz"],
        default: None,
        default_text: "`TZ`, else this machine's zone",
        kind: Kind::Plain(parse_tz),
        example: "tz = \"Asia/Singapore\"",
        help: "The zone times are read in (`--at 09:00`, `--since today`) and shown in",
    },
    Setting {
        key: GITHUB,
        name: "GitHub Actions output",
        flag: None,
        short: None,
        env: Some("TIMPUSH_GITHUB"),
        profile_keys: &[],
        default: Some("on"),
        default_text: "on (only under GITHUB_ACTIONS=true)",
        kind: Kind::Plain(parse_on_off),
        example: "TIMPUSH_GITHUB=off",
        help: "Under GitHub Actions, a step summary and ::error:: lines (off: neither)",
    },
    Setting {
        key: CALLBACK_TOKEN_FILE,
        name: "callback token file",
        flag: None,
        short: None,
        env: None,
        profile_keys: &["callback_token_file"],
        default: None,
        default_text: "— (`timpush callback` also reads `TIMPUSH_CALLBACK_TOKEN`)",
        kind: Kind::Plain(parse_path),
        example: "callback_token_file = \"~/.config/timpush/callback.token\"",
        help: "File holding the token the console's callback authentication signs with",
    },
];

/// The setting called `key`. Every caller names a key of the table.
pub(crate) fn get(key: Key) -> &'static Setting {
    SETTINGS
        .iter()
        .find(|s| s.key == key)
        .unwrap_or_else(|| panic!("{key} is not in the settings table"))
}

/// Every key a profile may hold, in table order.
pub(crate) fn profile_keys() -> Vec<&'static str> {
    SETTINGS
        .iter()
        .flat_map(|s| s.profile_keys.iter().copied())
        .collect()
}

/// The keys that hold a secret written in the file itself.
pub(crate) const INLINE_SECRET_KEYS: &[&str] = &["secret_key", "usersig"];

impl Setting {
    /// Parses a value given as text.
    pub(crate) fn parse(&self, raw: &str) -> Result<Value, String> {
        match self.kind {
            Kind::Plain(parse) => parse(raw),
            Kind::Credential => Err(format!("{} is not read as text", self.key)),
        }
    }

    /// The parsed default, if the setting has one.
    pub(crate) fn default_value(&self) -> Option<Value> {
        self.default.map(|d| {
            self.parse(d)
                .unwrap_or_else(|e| panic!("default of {}: {e}", self.key))
        })
    }

    /// The flag as written, with its short form: `-p, --profile`.
    #[cfg(test)]
    pub(crate) fn flag_text(&self) -> Option<String> {
        self.flag.map(|f| match self.short {
            Some(c) => format!("-{c}, {f}"),
            None => f.to_string(),
        })
    }

    /// The help of its flag: what it is, then the variable and the default.
    pub(crate) fn flag_help(&self) -> String {
        let mut h = self.help.to_string();
        if let Some(e) = self.env {
            h.push_str(&format!(" [env: {e}]"));
        }
        if let Some(k) = self.profile_keys.first() {
            h.push_str(&format!(" [profile key: {k}]"));
        }
        let default = match (self.default, self.default_text) {
            (_, t) if !t.is_empty() && !t.starts_with('—') => Some(t.replace('`', "")),
            (Some(d), _) => Some(d.to_string()),
            _ => None,
        };
        if let Some(d) = default {
            h.push_str(&format!(" [default: {d}]"));
        }
        h
    }

    /// The message for a setting that is needed and has no value.
    pub(crate) fn missing(&self, profile: &str, file: &str) -> (String, String) {
        let mut ways = Vec::new();
        if let Some(k) = self.profile_keys.first() {
            ways.push(format!("set {k} in [profiles.{profile}] of {file}"));
        }
        if let Some(e) = self.env {
            ways.push(e.to_string());
        }
        if let Some(f) = self.flag {
            ways.push(f.to_string());
        }
        (
            format!("no {} is set for profile {profile:?}", self.name),
            ways.join(", or "),
        )
    }
}

/// The README's settings table, from this one.
#[cfg(test)]
pub(crate) fn markdown() -> String {
    let mut out = String::from(
        "| setting | flag | variable | profile key | default |\n|---|---|---|---|---|\n",
    );
    let code = |s: &str| format!("`{s}`");
    for s in SETTINGS {
        let flag = match s.kind {
            Kind::Credential => "— (never a flag)".to_string(),
            Kind::Plain(_) => s.flag_text().map(|f| code(&f)).unwrap_or("—".into()),
        };
        let env = s.env.map(code).unwrap_or("—".into());
        let keys = if s.key == PROFILE {
            format!("top-level {}", code(DEFAULT_PROFILE_KEY))
        } else if s.profile_keys.is_empty() {
            "—".into()
        } else {
            s.profile_keys
                .iter()
                .map(|k| code(k))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let default = match (s.default, s.default_text) {
            (_, t) if !t.is_empty() => t.to_string(),
            (Some(d), _) => code(d),
            _ => "—".into(),
        };
        out.push_str(&format!(
            "| {} | {flag} | {env} | {keys} | {default} |\n",
            s.name
        ));
    }
    out
}

// The parsers. Each names the value it refuses and what is expected.

fn parse_profile(s: &str) -> Result<Value, String> {
    let t = s.trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
    {
        return Err(format!(
            "{:?} is not a profile name: use letters, digits, -, _ and .",
            crate::sanitize::escape(s)
        ));
    }
    Ok(Value::Text(t.to_string()))
}

fn parse_path(s: &str) -> Result<Value, String> {
    if s.trim().is_empty() {
        return Err("the path is empty".into());
    }
    Ok(Value::Path(PathBuf::from(s.trim())))
}

fn parse_region(s: &str) -> Result<Value, String> {
    Region::parse(s).map(Value::Region)
}

fn parse_output(s: &str) -> Result<Value, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "text" => Ok(Value::Format(Format::Text)),
        "json" => Ok(Value::Format(Format::Json)),
        _ => Err(format!(
            "{:?} is not an output format; use text or json",
            crate::sanitize::escape(s)
        )),
    }
}

pub(crate) fn parse_sdkappid(s: &str) -> Result<Value, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if (1..=u32::MAX as u64).contains(&n) => Ok(Value::Number(n)),
        _ => Err(format!(
            "{:?} is not an SDKAppID: a whole number such as 1400000000 (see the Chat console)",
            crate::sanitize::escape(s)
        )),
    }
}

pub(crate) fn parse_identifier(s: &str) -> Result<Value, String> {
    if s.is_empty() {
        return Err("the identifier is empty; the default is administrator".into());
    }
    if s.len() > MAX_IDENTIFIER_LEN {
        return Err(format!(
            "the identifier is {} bytes long; at most {MAX_IDENTIFIER_LEN} are allowed",
            s.len()
        ));
    }
    if !s.bytes().all(|b| b.is_ascii_graphic()) {
        return Err("the identifier must be printable ASCII without spaces".into());
    }
    Ok(Value::Text(s.to_string()))
}

/// A duration: seconds, or with `ms`, `s` or `m`.
pub(crate) fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim().to_ascii_lowercase();
    let (num, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else if let Some(n) = t.strip_suffix('h') {
        (n, 3600.0)
    } else if let Some(n) = t.strip_suffix('d') {
        (n, 86400.0)
    } else {
        (t.as_str(), 1.0)
    };
    match num.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 && v * scale <= 1e9 => {
            Ok(Duration::from_secs_f64(v * scale))
        }
        _ => Err(format!(
            "{:?} is not a duration such as 30, 30s, 1500ms or 2m",
            crate::sanitize::escape(s)
        )),
    }
}

/// An IANA zone name, `UTC` or a fixed offset, kept as written once the zone is known.
fn parse_tz(s: &str) -> Result<Value, String> {
    crate::zone::Zone::named(s).map(|_| Value::Text(s.trim().to_string()))
}

fn parse_timeout(s: &str) -> Result<Value, String> {
    let d = parse_duration(s).unwrap_or_default();
    if d < MIN_TIMEOUT || d > MAX_TIMEOUT {
        return Err(format!(
            "{:?} is not a timeout: from {} ms to 1 hour, such as 30, 30s, 1500ms or 2m",
            crate::sanitize::escape(s),
            MIN_TIMEOUT.as_millis()
        ));
    }
    Ok(Value::Duration(d))
}

/// How long an identical push is refused: a duration (0 turns the check off), at most 30 days.
fn parse_window(s: &str) -> Result<Value, String> {
    match parse_duration(s) {
        Ok(d) if d <= Duration::from_secs(30 * 86400) => Ok(Value::Duration(d)),
        _ => Err(format!(
            "{:?} is not a window: a duration up to 30d, such as 10m, 1h or 0 (no check)",
            crate::sanitize::escape(s)
        )),
    }
}

/// How long the journal keeps entries: at least the 24-hour recall window.
fn parse_keep(s: &str) -> Result<Value, String> {
    match parse_duration(s) {
        Ok(d) if d >= Duration::from_secs(86400) && d <= Duration::from_secs(100 * 365 * 86400) => {
            Ok(Value::Duration(d))
        }
        _ => Err(format!(
            "{:?} is not a retention: a duration from 1d (the recall window) up to 100 years, such as 90d or 365d",
            crate::sanitize::escape(s)
        )),
    }
}

fn parse_on_off(s: &str) -> Result<Value, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "1" | "yes" => Ok(Value::Text("on".into())),
        "off" | "false" | "0" | "no" => Ok(Value::Text("off".into())),
        _ => Err(format!(
            "{:?} is neither on nor off",
            crate::sanitize::escape(s)
        )),
    }
}

fn parse_push_limit(s: &str) -> Result<Value, String> {
    match s.trim().parse::<u64>() {
        Ok(n @ 1..=10_000_000) => Ok(Value::Number(n)),
        _ => Err(format!(
            "{:?} is not a daily push limit: a whole number such as 100 (the plan's limit)",
            crate::sanitize::escape(s)
        )),
    }
}

fn parse_max_attempts(s: &str) -> Result<Value, String> {
    match s.trim().parse::<u64>() {
        Ok(n @ 1..=5) => Ok(Value::Number(n)),
        _ => Err(format!(
            "{:?} is not an attempt count: a whole number from 1 to 5",
            crate::sanitize::escape(s)
        )),
    }
}

pub(crate) fn parse_ttl(s: &str) -> Result<Value, String> {
    match s.trim().parse::<u64>() {
        Ok(n @ 1..=MAX_USERSIG_TTL) => Ok(Value::Number(n)),
        _ => Err(format!(
            "{:?} is not a lifetime in seconds: a whole number from 1 to {MAX_USERSIG_TTL} (50 years)",
            crate::sanitize::escape(s)
        )),
    }
}

/// An endpoint base URL: `https://host[:port][/prefix]`, or `http://` for loopback hosts only.
/// A trailing `/v4` is dropped: the path of each command is added to the base.
pub(crate) fn parse_endpoint(s: &str) -> Result<Value, String> {
    let shown = crate::sanitize::redact_url(s);
    let raw = s.trim();
    let t = raw.trim_end_matches('/');
    let t = t.strip_suffix("/v4").unwrap_or(t);
    if t.contains('@') || t.contains('?') || t.contains('#') {
        return Err(format!(
            "{shown:?} must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path"
        ));
    }
    let Some((_, rest)) = raw
        .split_once("://")
        .filter(|(scheme, _)| matches!(*scheme, "https" | "http"))
    else {
        return Err(format!(
            "{shown:?} must start with https:// (or http:// for loopback)"
        ));
    };
    if rest.trim_matches('/').is_empty() {
        return Err(format!(
            "{shown:?} has no host; write it as https://HOST[:PORT]"
        ));
    }
    let uri: ureq::http::Uri = t
        .parse()
        .map_err(|_| format!("{shown:?} is not a URL such as https://adminapisgp.im.qcloud.com"))?;
    let host = match uri.host() {
        Some(h) if !h.is_empty() => h,
        _ => {
            return Err(format!(
                "{shown:?} has no host; write it as https://HOST[:PORT]"
            ));
        }
    };
    if uri.scheme_str() == Some("http") && !crate::client::url::is_loopback(host) {
        return Err(format!(
            "{shown:?} uses http:// for a host that is not loopback; the credential travels in the URL, so use https://"
        ));
    }
    Ok(Value::Text(t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: Result<Value, String>) -> String {
        v.unwrap().to_string()
    }

    #[test]
    fn endpoints() {
        assert_eq!(
            text(parse_endpoint("https://example.com/")),
            "https://example.com"
        );
        assert_eq!(
            text(parse_endpoint("https://example.com/v4/")),
            "https://example.com"
        );
        assert_eq!(
            text(parse_endpoint("http://127.0.0.1:8080")),
            "http://127.0.0.1:8080"
        );
        assert!(parse_endpoint("http://[::1]:80").is_ok());
        assert!(parse_endpoint("http://localhost:1").is_ok());
        assert!(
            parse_endpoint("http://example.com")
                .unwrap_err()
                .contains("not loopback")
        );
        assert!(
            parse_endpoint("http://10.0.0.1")
                .unwrap_err()
                .contains("not loopback")
        );
        assert!(
            parse_endpoint("ftp://x")
                .unwrap_err()
                .contains("must start with https://")
        );
        assert_eq!(
            parse_endpoint("https://").unwrap_err(),
            "\"https://\" has no host; write it as https://HOST[:PORT]"
        );
        assert!(parse_endpoint("nonsense").is_err());
    }

    #[test]
    fn endpoints_with_credentials_are_refused_redacted() {
        let e = parse_endpoint("https://x.example/v4/timpush/revoke?usersig=eJwSECRETSECRET&a=b")
            .unwrap_err();
        assert_eq!(
            e,
            "\"https://x.example/v4/timpush/revoke?(redacted)\" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path"
        );
        let e = parse_endpoint("https://bob:hunter2hunter2@x.example").unwrap_err();
        assert!(e.starts_with("\"https://(redacted)@x.example\""), "{e}");
        assert!(!e.contains("hunter2"));
    }

    #[test]
    fn durations_and_timeouts() {
        assert_eq!(
            parse_timeout("30").unwrap(),
            Value::Duration(Duration::from_secs(30))
        );
        assert_eq!(
            parse_timeout("1500MS").unwrap(),
            Value::Duration(Duration::from_millis(1500))
        );
        assert_eq!(
            parse_timeout("2m").unwrap(),
            Value::Duration(Duration::from_secs(120))
        );
        for bad in ["0", "-1", "2h", "61m", "1e-320", "50ms", "NaN", "inf"] {
            assert!(parse_timeout(bad).is_err(), "{bad}");
        }
        assert!(
            parse_timeout("1e-320")
                .unwrap_err()
                .contains("from 100 ms to 1 hour")
        );
    }

    #[test]
    fn the_same_value_means_the_same_thing_everywhere() {
        assert_eq!(
            parse_region("Silicon_Valley"),
            parse_region("silicon-valley")
        );
        assert_eq!(parse_output("JSON").unwrap(), Value::Format(Format::Json));
        assert!(
            parse_identifier(&"a".repeat(33))
                .unwrap_err()
                .contains("33 bytes")
        );
        assert!(parse_identifier("ad min").is_err());
        assert_eq!(
            parse_sdkappid("1400000000").unwrap(),
            Value::Number(1400000000)
        );
        assert!(parse_sdkappid("0").is_err());
        assert!(parse_sdkappid("4294967296").is_err());
        assert!(parse_max_attempts("6").is_err());
        assert!(parse_ttl("0").is_err());
    }

    #[test]
    fn every_default_parses_and_every_key_is_unique() {
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for s in SETTINGS {
            let _ = s.default_value();
            assert!(seen.insert(s.key.as_str()), "{}", s.key);
            for k in s.profile_keys {
                assert!(seen.insert(k) || *k == s.key.as_str(), "{k}");
            }
        }
    }

    #[test]
    fn the_readme_holds_this_table() {
        let readme = include_str!("../../README.md");
        let table = markdown();
        assert!(
            readme.contains(&table),
            "README.md's settings table differs; it should be:\n{table}"
        );
    }

    #[test]
    fn config_example_shows_every_profile_key() {
        let example = include_str!("../../config.example.toml");
        for k in profile_keys().into_iter().chain([DEFAULT_PROFILE_KEY]) {
            assert!(
                example.contains(&format!("\n{k} = ")) || example.contains(&format!("\n# {k} = ")),
                "config.example.toml does not show {k}"
            );
        }
    }
}
