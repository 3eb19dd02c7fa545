//! `timpush usersig gen|decode|verify`.

use serde_json::{Map, Value, json};

use crate::cli::UsersigCommand;
use crate::env::process_env;
use crate::error::{Exit, Failure};
use crate::input::{self, Source};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::secret::Secret;
use crate::settings::credential::{self, Credential};
use crate::settings::table::{self as table, Value as Setting};
use crate::settings::{self, Flags, Inspection};
use crate::taskid::human_age;
use crate::timefmt::{iso_utc, now_unix};
use crate::usersig::{self, Fields};

pub(crate) fn run(flags: &Flags, cmd: &UsersigCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        UsersigCommand::Gen { ttl, .. } => {
            let ttl = match ttl
                .as_deref()
                .map(|t| table::get(table::USERSIG_TTL).parse(t))
            {
                Some(Ok(Setting::Number(n))) => Some(n),
                Some(Err(e)) => return Err(Failure::usage(format!("--ttl: {e}"))),
                _ => None,
            };
            generate(flags, ttl, rep)
        }
        UsersigCommand::Decode { usersig } => decode(usersig.as_deref(), rep),
        UsersigCommand::Verify { usersig, .. } => verify(flags, usersig.as_deref(), rep),
    }
}

/// The profile's settings where no endpoint is needed; the first problem is the error.
fn local_settings(flags: &Flags, rep: &Reporter) -> Result<Inspection, Failure> {
    let mut ins = settings::inspect(flags, &process_env);
    if !ins.problems.is_empty() {
        return Err(ins.problems.remove(0));
    }
    for w in &ins.warnings {
        rep.warn(w);
    }
    Ok(ins)
}

/// The profile's secret key (a ready UserSig cannot make or check others).
fn secret_key(ins: &Inspection, what: &str, rep: &Reporter) -> Result<Secret, Failure> {
    let src = ins
        .credential
        .as_ref()
        .expect("no problem means a credential");
    let timeout = ins.duration(table::TIMEOUT).unwrap_or_default();
    let mut warnings = Vec::new();
    let cred = credential::load(src, timeout, &mut warnings)?;
    for w in &warnings {
        rep.warn(w);
    }
    match cred {
        Credential::SecretKey(k) => Ok(k),
        Credential::UserSig(_) => Err(Failure::config(format!(
            "{what} needs the app's secret key, but the profile has a {}",
            src.describe()
        ))
        .with_hint("set secret_key_file (or TIMPUSH_SECRET_KEY) for this profile")),
    }
}

/// The SDKAppID and identifier; both are there when the inspection found no problem.
fn identity(ins: &Inspection) -> (u32, String) {
    (
        ins.number(table::SDKAPPID).unwrap_or_default() as u32,
        ins.text(table::IDENTIFIER).unwrap_or_default().to_string(),
    )
}

fn generate(flags: &Flags, ttl: Option<u64>, rep: &Reporter) -> Result<Exit, Failure> {
    let ins = local_settings(flags, rep)?;
    let key = secret_key(&ins, "usersig gen", rep)?;
    let (sdkappid, identifier) = identity(&ins);
    let ttl = ttl.or(ins.number(table::USERSIG_TTL)).unwrap_or_default();
    let now = now_unix();
    let sig = usersig::make(&key, &identifier, sdkappid as u64, now, ttl as i64);
    // The purpose of this command is to output the credential: it bypasses the scrubbing.
    let line = match rep.format {
        crate::output::Format::Text => sig.expose().to_string(),
        crate::output::Format::Json => {
            let f = usersig::decode(sig.expose())
                .map_err(|e| Failure::new(Exit::Internal, e.to_string()))?;
            let mut m = fields_json(&f, now);
            m.insert("usersig".into(), sig.expose().into());
            Value::Object(m).to_string()
        }
    };
    if let Err(e) = crate::run::current()
        .sink
        .stdout(format!("{line}\n").as_bytes())
    {
        return Err(Failure::new(
            Exit::OutputLost,
            format!("cannot write the UserSig to standard output: {e}"),
        ));
    }
    Ok(Exit::Success)
}

/// The UserSig given as an argument, or on standard input (`-` or nothing).
fn read_input(arg: Option<&str>) -> Result<Secret, Failure> {
    let source = match arg {
        Some(s) if s != "-" => Source::Text(s.to_string()),
        _ => Source::Stdin,
    };
    if source == Source::Stdin
        && crate::run::current()
            .sink
            .terminal(crate::run::Stream::Stdin)
    {
        crate::output::stderr_line(
            "timpush: note: reading the UserSig from standard input; paste it, then press Enter and Ctrl-D",
        );
    }
    let text = input::read("the UserSig", &source, input::SECRET_CAP, Failure::usage)?;
    Ok(Secret::new(text.trim().to_string()))
}

fn fields_json(f: &Fields, now: i64) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("version".into(), f.version.clone().into());
    m.insert("identifier".into(), f.identifier.clone().into());
    m.insert("sdkappid".into(), f.sdkappid.into());
    m.insert("time".into(), f.time.into());
    m.insert("issued_at".into(), iso_utc(f.time).into());
    m.insert("expire".into(), f.expire.into());
    m.insert("expires_at".into(), iso_utc(f.expires_at()).into());
    m.insert("expired".into(), f.is_expired(now).into());
    m.insert("seconds_left".into(), (f.expires_at() - now).into());
    if f.userbuf.is_some() {
        m.insert("has_userbuf".into(), true.into());
    }
    m
}

fn status_text(f: &Fields, now: i64) -> String {
    if f.is_expired(now) {
        format!("expired {} ago", human_age(now - f.expires_at()))
    } else {
        format!("valid, expires in {}", human_age(f.expires_at() - now))
    }
}

fn decode(arg: Option<&str>, rep: &Reporter) -> Result<Exit, Failure> {
    let sig = read_input(arg)?;
    let f = usersig::decode(sig.expose())
        .map_err(|e| Failure::config(format!("the UserSig cannot be read: {e}")))?;
    let now = now_unix();
    match rep.format {
        crate::output::Format::Json => rep.stdout(&Value::Object(fields_json(&f, now)).to_string()),
        crate::output::Format::Text => rep.stdout(&format!(
            "version     {}\nidentifier  {}\nsdkappid    {}\nissued      {} ({})\nlifetime    {} s ({})\nexpires     {}\nstatus      {}",
            escape(&f.version),
            escape(&f.identifier),
            f.sdkappid,
            iso_utc(f.time),
            f.time,
            f.expire,
            human_age(f.expire),
            iso_utc(f.expires_at()),
            status_text(&f, now)
        )),
    }
    Ok(Exit::Success)
}

/// Clock skew tolerated for a UserSig made "in the future".
const FUTURE_SLACK: i64 = 300;

fn verify(flags: &Flags, arg: Option<&str>, rep: &Reporter) -> Result<Exit, Failure> {
    let ins = local_settings(flags, rep)?;
    let key = secret_key(&ins, "usersig verify", rep)?;
    let (sdkappid, identifier) = identity(&ins);
    let sig = read_input(arg)?;
    let now = now_unix();
    let f = match usersig::decode(sig.expose()) {
        Ok(f) => f,
        Err(e) => {
            let msg = format!("malformed: {e}");
            report(rep, None, &[msg], now);
            return Ok(Exit::Config);
        }
    };
    let mut problems = Vec::new();
    if !usersig::signature_matches(&f, &key) {
        problems.push(
            "signature mismatch: it was made with another secret key than the profile's"
                .to_string(),
        );
    }
    // Each value named by where it came from: a flag's value is not "the profile's".
    let from = |key: table::Key| {
        ins.value(key)
            .map(|v| format!(" (from {})", v.source))
            .unwrap_or_default()
    };
    if f.sdkappid != sdkappid as u64 {
        problems.push(format!(
            "SDKAppID mismatch: made for {}, but the SDKAppID is {sdkappid}{}",
            f.sdkappid,
            from(table::SDKAPPID)
        ));
    }
    if f.identifier != identifier {
        problems.push(format!(
            "identifier mismatch: made for \"{}\", but the identifier is {identifier:?}{}",
            escape(&f.identifier),
            from(table::IDENTIFIER)
        ));
    }
    if f.is_expired(now) {
        problems.push(format!(
            "expired {} ago ({})",
            human_age(now - f.expires_at()),
            iso_utc(f.expires_at())
        ));
    }
    if f.time > now + FUTURE_SLACK {
        problems.push(format!(
            "not yet valid: made {} in the future ({}); check the clocks",
            human_age(f.time - now),
            iso_utc(f.time)
        ));
    }
    report(rep, Some(&f), &problems, now);
    Ok(if problems.is_empty() {
        Exit::Success
    } else {
        Exit::Config
    })
}

fn report(rep: &Reporter, f: Option<&Fields>, problems: &[String], now: i64) {
    match rep.format {
        crate::output::Format::Json => {
            let mut m = f.map(|f| fields_json(f, now)).unwrap_or_default();
            m.insert("valid".into(), problems.is_empty().into());
            m.insert("problems".into(), json!(problems));
            rep.stdout(&Value::Object(m).to_string());
        }
        crate::output::Format::Text => {
            if problems.is_empty() {
                let f = f.expect("valid means decoded");
                rep.stdout(&format!(
                    "valid: identifier {}, SDKAppID {}, expires in {}",
                    escape(&f.identifier),
                    f.sdkappid,
                    human_age(f.expires_at() - now)
                ));
            } else {
                for p in problems {
                    rep.stdout(&format!("invalid: {p}"));
                }
            }
        }
    }
}
