//! `timpush config path|list|show|check|init`.

use serde_json::{Map, Value, json};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use crate::cli::{ConfigCommand, GlobalArgs, InitArgs, OutputFormat};
use crate::config::ConfigFile;
use crate::credential::CredentialSource;
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::region::Region;
use crate::settings::{self, Inspection, Source, Sourced, process_env};
use crate::usersig;

pub fn run(global: &GlobalArgs, cmd: &ConfigCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        ConfigCommand::Path => path(global, rep),
        ConfigCommand::List => list(global, rep),
        ConfigCommand::Show => show(global, rep),
        ConfigCommand::Check => check(global, rep),
        ConfigCommand::Init(args) => init(global, args, rep),
    }
}

fn the_path(global: &GlobalArgs) -> Result<Sourced<PathBuf>, Failure> {
    settings::config_path(global, &process_env).ok_or_else(|| {
        Failure::config("no config file place: neither HOME nor a config folder is known")
            .with_hint("pass --config FILE")
    })
}

/// How a config path was chosen, in words.
fn chosen_by(p: &Sourced<PathBuf>) -> String {
    match &p.source {
        Source::Default if process_env("XDG_CONFIG_HOME").is_some() => {
            "default ($XDG_CONFIG_HOME/timpush/config.toml)".into()
        }
        Source::Default => "default (~/.config/timpush/config.toml)".into(),
        other => other.to_string(),
    }
}

fn path(global: &GlobalArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let p = the_path(global)?;
    let exists = p.value.is_file();
    match rep.format {
        OutputFormat::Json => rep.stdout(
            &json!({"path": p.value.display().to_string(), "chosen_by": chosen_by(&p), "exists": exists}).to_string(),
        ),
        OutputFormat::Text => {
            rep.stdout(&p.value.display().to_string());
            rep.note(&format!(
                "chosen by {}; the file {}",
                chosen_by(&p),
                if exists { "exists" } else { "does not exist yet (timpush config init writes it)" }
            ));
        }
    }
    Ok(Exit::Success)
}

fn load(global: &GlobalArgs) -> Result<(Sourced<PathBuf>, Option<ConfigFile>), Failure> {
    let p = the_path(global)?;
    if !p.value.exists() {
        return Ok((p, None));
    }
    let (file, _) = ConfigFile::load(&p.value)?;
    Ok((p, Some(file)))
}

fn list(global: &GlobalArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let (p, file) = load(global)?;
    let Some(file) = file else {
        if rep.format == OutputFormat::Json {
            rep.stdout("[]");
        }
        rep.note(&format!("no config file at {}", p.value.display()));
        return Ok(Exit::Success);
    };
    let default = file
        .default_profile
        .as_ref()
        .map(|d| d.value.clone())
        .unwrap_or_else(|| "default".into());
    let rows: Vec<Value> = file
        .profiles
        .values()
        .map(|prof| {
            let get = |k: &str| {
                prof.get(k)
                    .map(|v| v.value.clone())
                    .unwrap_or(toml::Value::from(""))
            };
            json!({
                "name": prof.name,
                "default": prof.name == default,
                "region": get("region").as_str().unwrap_or(""),
                "endpoint": get("endpoint").as_str().unwrap_or(""),
                "sdkappid": get("sdkappid").as_integer(),
            })
        })
        .collect();
    match rep.format {
        OutputFormat::Json => rep.stdout(&Value::Array(rows).to_string()),
        OutputFormat::Text => {
            for r in &rows {
                let mark = if r["default"] == true { "* " } else { "  " };
                let place = [
                    r["region"].as_str().unwrap_or(""),
                    r["endpoint"].as_str().unwrap_or(""),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
                let app = r["sdkappid"]
                    .as_i64()
                    .map(|n| n.to_string())
                    .unwrap_or_default();
                let line = format!(
                    "{mark}{:<16} {place:<24} {app}",
                    r["name"].as_str().unwrap_or("")
                );
                rep.stdout(line.trim_end());
            }
            if !file.profiles.contains_key(&default) {
                rep.note(&format!(
                    "the default profile {default:?} is not in the file"
                ));
            }
        }
    }
    Ok(Exit::Success)
}

fn inspection(global: &GlobalArgs) -> Inspection {
    settings::inspect(
        global,
        &process_env,
        settings::config_path(global, &process_env),
    )
}

/// The credential, masked: the value where it can be read without running anything.
fn masked_credential(src: &CredentialSource) -> String {
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map(|t| crate::secret::Secret::new(t.trim().to_string()).masked())
            .unwrap_or_else(|e| format!("(cannot read: {e})"))
    };
    match src {
        CredentialSource::EnvSecretKey(s)
        | CredentialSource::EnvUserSig(s)
        | CredentialSource::InlineKey { value: s, .. }
        | CredentialSource::InlineUserSig { value: s, .. } => s.masked(),
        CredentialSource::KeyFile { path, .. } | CredentialSource::UserSigFile { path, .. } => {
            read(path)
        }
        CredentialSource::Command { .. } => "(printed by the command; not run by show)".into(),
    }
}

fn show(global: &GlobalArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let ins = inspection(global);
    let row = |v: Option<String>, s: Option<&Source>| {
        (
            v.unwrap_or_else(|| "(not set)".into()),
            s.map(|s| s.to_string()).unwrap_or_default(),
        )
    };
    let mut rows: Vec<(&str, (String, String))> = Vec::new();
    rows.push((
        "config",
        match &ins.config_path {
            Some(p) => (
                format!(
                    "{}{}",
                    p.value.display(),
                    if p.value.exists() {
                        ""
                    } else {
                        " (does not exist)"
                    }
                ),
                chosen_by(p),
            ),
            None => ("(none)".into(), String::new()),
        },
    ));
    rows.push((
        "profile",
        row(
            ins.profile.as_ref().map(|p| p.value.clone()),
            ins.profile.as_ref().map(|p| &p.source),
        ),
    ));
    rows.push((
        "region",
        row(
            ins.region.as_ref().map(|r| r.value.name().to_string()),
            ins.region.as_ref().map(|r| &r.source),
        ),
    ));
    rows.push((
        "sdkappid",
        row(
            ins.sdkappid.as_ref().map(|v| v.value.to_string()),
            ins.sdkappid.as_ref().map(|v| &v.source),
        ),
    ));
    rows.push((
        "identifier",
        match &ins.identifier {
            Some(i) => (i.value.clone(), i.source.to_string()),
            None => (settings::DEFAULT_IDENTIFIER.into(), "default".into()),
        },
    ));
    rows.push((
        "endpoint",
        match (&ins.endpoint, &ins.region) {
            (Some(e), Some(r)) if e.source == Source::Default => {
                (e.value.clone(), format!("region {}", r.value.name()))
            }
            (e, _) => row(
                e.as_ref().map(|e| e.value.clone()),
                e.as_ref().map(|e| &e.source),
            ),
        },
    ));
    rows.push((
        "ca_bundle",
        match &ins.ca_bundle {
            Some(c) => (c.value.display().to_string(), c.source.to_string()),
            None => ("bundled Mozilla roots".into(), "default".into()),
        },
    ));
    let dflt = |v: Option<String>, s: Option<&Source>, d: String| match v {
        Some(v) => (v, s.map(|s| s.to_string()).unwrap_or_default()),
        None => (d, "default".into()),
    };
    rows.push((
        "timeout",
        dflt(
            ins.timeout
                .as_ref()
                .map(|t| format!("{} s", t.value.as_secs_f64())),
            ins.timeout.as_ref().map(|t| &t.source),
            "30 s".into(),
        ),
    ));
    rows.push((
        "max_attempts",
        dflt(
            ins.max_attempts.as_ref().map(|t| t.value.to_string()),
            ins.max_attempts.as_ref().map(|t| &t.source),
            "3".into(),
        ),
    ));
    rows.push((
        "usersig_ttl",
        dflt(
            ins.usersig_ttl.as_ref().map(|t| format!("{} s", t.value)),
            ins.usersig_ttl.as_ref().map(|t| &t.source),
            "600 s".into(),
        ),
    ));
    rows.push((
        "output",
        match (global.output, process_env("TIMPUSH_OUTPUT")) {
            (Some(o), _) => (format!("{o:?}").to_lowercase(), "flag --output".into()),
            (None, Some(v)) => (v, "variable TIMPUSH_OUTPUT".into()),
            (None, None) => ("text".into(), "default".into()),
        },
    ));
    rows.push((
        "credential",
        match &ins.credential {
            Some(c) => (masked_credential(c), c.describe()),
            None => ("(not set)".into(), String::new()),
        },
    ));
    match rep.format {
        OutputFormat::Json => {
            let mut m = Map::new();
            for (k, (v, s)) in &rows {
                m.insert((*k).into(), json!({"value": v, "source": s}));
            }
            let problems: Vec<Value> = ins
                .all_problems()
                .iter()
                .map(|f| json!({"message": f.message, "hint": f.hint}))
                .collect();
            m.insert("problems".into(), Value::Array(problems));
            rep.stdout(&Value::Object(m).to_string());
        }
        OutputFormat::Text => {
            for (k, (v, s)) in &rows {
                let line = format!("{k:<13} {v:<40} {s}");
                rep.stdout(line.trim_end());
            }
            for f in ins.all_problems() {
                rep.warn(&f.to_string());
            }
        }
    }
    Ok(Exit::Success)
}

/// Problems `check` finds beyond the settings themselves: can the credential be reached?
fn credential_problems(src: &CredentialSource, warnings: &mut Vec<String>) -> Vec<Failure> {
    let mut out = Vec::new();
    match src {
        CredentialSource::KeyFile { path, .. } | CredentialSource::UserSigFile { path, .. } => {
            let what = if matches!(src, CredentialSource::KeyFile { .. }) {
                "secret key file"
            } else {
                "UserSig file"
            };
            match crate::fsperm::check(path, what, true) {
                Ok(Some(w)) => warnings.push(w),
                Ok(None) => {}
                Err(e) => out.push(e),
            }
            if out.is_empty()
                && let Err(e) = std::fs::File::open(path)
            {
                out.push(Failure::config(format!(
                    "cannot read {what} {}: {e}",
                    path.display()
                )));
            }
        }
        CredentialSource::Command { argv, at } => {
            let program = Path::new(&argv[0]);
            let found = if program.components().count() > 1 {
                program.is_file()
            } else {
                std::env::var_os("PATH")
                    .map(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
                    .unwrap_or(false)
            };
            if !found {
                out.push(Failure::config(format!(
                    "secret_key_command program {:?} (set at {at}) is not found",
                    argv[0]
                )));
            }
        }
        _ => {}
    }
    if src.is_ready_usersig() && out.is_empty() {
        let mut w = Vec::new();
        if let Ok(crate::credential::Credential::UserSig(s)) =
            crate::credential::load(src, settings::DEFAULT_TIMEOUT, &mut w)
        {
            match usersig::decode(s.expose()) {
                Err(e) => out.push(Failure::config(format!(
                    "the {} cannot be read: {e}",
                    src.describe()
                ))),
                Ok(f) if f.is_expired(crate::timefmt::now_unix()) => out.push(Failure::config(
                    format!("the {} has expired", src.describe()),
                )),
                Ok(_) => {}
            }
        }
    }
    out
}

fn check(global: &GlobalArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let mut ins = inspection(global);
    let mut extra = Vec::new();
    if let Some(src) = &ins.credential {
        extra = credential_problems(src, &mut ins.warnings);
    }
    let problems: Vec<&Failure> = ins.all_problems().into_iter().chain(extra.iter()).collect();
    let what = match (&ins.config_path, &ins.profile) {
        (Some(p), Some(prof)) => format!("{} profile {:?}", p.value.display(), prof.value),
        (Some(p), None) => p.value.display().to_string(),
        _ => "the settings".into(),
    };
    match rep.format {
        OutputFormat::Json => rep.stdout(
            &json!({
                "ok": problems.is_empty(),
                "checked": what,
                "problems": problems.iter().map(|f| json!({"message": f.message, "hint": f.hint})).collect::<Vec<_>>(),
                "warnings": ins.warnings,
            })
            .to_string(),
        ),
        OutputFormat::Text => {
            for w in &ins.warnings {
                rep.warn(w);
            }
            if problems.is_empty() {
                rep.stdout(&format!("ok: {what}"));
            } else {
                for f in &problems {
                    rep.stdout(&format!("problem: {}", f.message));
                    if let Some(h) = &f.hint {
                        rep.stdout(&format!("  fix: {h}"));
                    }
                }
            }
        }
    }
    Ok(if problems.is_empty() {
        Exit::Success
    } else {
        Exit::Config
    })
}

/// What `init` writes.
struct NewProfile {
    region: Option<Region>,
    endpoint: Option<String>,
    ca_bundle: Option<PathBuf>,
    sdkappid: u32,
    identifier: String,
    source: InitSource,
}

enum InitSource {
    File(String),
    Command(Vec<String>),
    /// The key itself, to be stored in a new key file.
    Key(crate::secret::Secret),
    Env,
}

fn init(global: &GlobalArgs, args: &InitArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let path = the_path(global)?.value;
    let name = global
        .profile
        .clone()
        .or_else(|| process_env("TIMPUSH_PROFILE"))
        .unwrap_or_else(|| "default".into());
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        || name.is_empty()
    {
        return Err(Failure::usage(format!(
            "{name:?} is not a profile name: use letters, digits, - and _"
        )));
    }
    let (doc, existed) = read_doc(&path)?;
    let exists = doc.get("profiles").and_then(|p| p.get(&name)).is_some();
    if exists && !args.force {
        return Err(Failure::config(format!(
            "profile {name:?} already exists in {}",
            path.display()
        ))
        .with_hint("pass --force to replace it (other profiles are kept as they are)"));
    }
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let new = if interactive {
        ask(global, args)?
    } else {
        from_flags(global, args)?
    };
    let key_file = match &new.source {
        InitSource::Key(_) => Some(
            path.parent()
                .unwrap_or(Path::new("."))
                .join(format!("{name}.key")),
        ),
        _ => None,
    };
    if let (Some(kf), InitSource::Key(key)) = (&key_file, &new.source) {
        write_private(kf, &format!("{}\n", key.expose()), args.force)?;
    }
    let doc = with_profile(
        doc,
        &name,
        &new,
        key_file.as_deref(),
        args.set_default || !existed,
    )?;
    write_private(&path, &doc, true)?;
    let what = if exists { "replaced" } else { "wrote" };
    if let Some(kf) = &key_file {
        rep.note(&format!(
            "stored the secret key in {} (mode 600)",
            kf.display()
        ));
    }
    rep.note(&format!(
        "{what} profile {name:?} in {}; check it with: timpush -p {name} doctor",
        path.display()
    ));
    if rep.format == OutputFormat::Json {
        rep.stdout(
            &json!({"profile": name, "path": path.display().to_string(), "replaced": exists})
                .to_string(),
        );
    }
    Ok(Exit::Success)
}

fn read_doc(path: &Path) -> Result<(toml_edit::DocumentMut, bool), Failure> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            // Checked the same way as for every command: a broken file is not edited.
            ConfigFile::parse_lenient(path, &text)?;
            let doc = text.parse::<toml_edit::DocumentMut>().map_err(|_| {
                Failure::config(format!(
                    "{}: cannot be edited (invalid TOML)",
                    path.display()
                ))
            })?;
            Ok((doc, true))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Ok((toml_edit::DocumentMut::new(), false))
        }
        Err(e) => Err(Failure::config(format!(
            "cannot read config file {}: {e}",
            path.display()
        ))),
    }
}

fn with_profile(
    mut doc: toml_edit::DocumentMut,
    name: &str,
    new: &NewProfile,
    key_file: Option<&Path>,
    set_default: bool,
) -> Result<String, Failure> {
    use toml_edit::{Array, Item, Table, value};
    if set_default {
        doc["default_profile"] = value(name);
    }
    if doc.get("profiles").is_none() {
        let mut t = Table::new();
        t.set_implicit(true);
        doc["profiles"] = Item::Table(t);
    }
    let profiles = doc["profiles"].as_table_mut().ok_or_else(|| {
        Failure::config("profiles in the config file is not a table; fix it by hand")
    })?;
    let mut t = Table::new();
    if let Some(r) = new.region {
        t["region"] = value(r.name());
    }
    if let Some(e) = &new.endpoint {
        t["endpoint"] = value(e.as_str());
    }
    if let Some(c) = &new.ca_bundle {
        t["ca_bundle"] = value(absolute(&c.to_string_lossy()));
    }
    t["sdkappid"] = value(new.sdkappid as i64);
    t["identifier"] = value(new.identifier.as_str());
    match &new.source {
        InitSource::File(p) => t["secret_key_file"] = value(absolute(p)),
        InitSource::Command(argv) => {
            t["secret_key_command"] = value(argv.iter().map(String::as_str).collect::<Array>())
        }
        InitSource::Key(_) => {
            t["secret_key_file"] = value(
                key_file
                    .expect("a key file for a key")
                    .display()
                    .to_string(),
            )
        }
        InitSource::Env => {
            t.decor_mut()
                .set_prefix("\n# The secret key comes from the variable TIMPUSH_SECRET_KEY.\n");
        }
    }
    profiles.insert(name, Item::Table(t));
    Ok(doc.to_string())
}

/// A path for the config file: `~/…` kept as written, a relative one made absolute (relative
/// paths in the file are read from the file's folder, not from where init ran).
fn absolute(p: &str) -> String {
    if p.starts_with('~') || Path::new(p).is_absolute() {
        return p.to_string();
    }
    std::env::current_dir()
        .map(|d| d.join(p).display().to_string())
        .unwrap_or_else(|_| p.to_string())
}

/// Writes `text` to `path` with mode 600 through a temporary file in the same folder.
fn write_private(path: &Path, text: &str, replace: bool) -> Result<(), Failure> {
    let fail = |e: std::io::Error| Failure::config(format!("cannot write {}: {e}", path.display()));
    if !replace && path.exists() {
        return Err(Failure::config(format!(
            "{} exists; refusing to overwrite it",
            path.display()
        ))
        .with_hint("pass --force to replace it"));
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("timpush"),
        std::process::id()
    ));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let _ = std::fs::remove_file(&tmp);
    let mut f = opts.open(&tmp).map_err(fail)?;
    f.write_all(text.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)
}

fn from_flags(global: &GlobalArgs, args: &InitArgs) -> Result<NewProfile, Failure> {
    let need = |what: &str, flag: &str| {
        Failure::usage(format!(
            "config init without a terminal needs {what}: pass {flag}"
        ))
    };
    if global.region.is_none() && global.endpoint.is_none() {
        return Err(need("a region", "--region (or --endpoint)"));
    }
    let sdkappid = global
        .sdkappid
        .ok_or_else(|| need("the SDKAppID", "--sdkappid"))?;
    let source = if let Some(p) = &args.secret_key_file {
        InitSource::File(p.clone())
    } else if let Some(argv) = &args.secret_key_command {
        InitSource::Command(argv.clone())
    } else if args.secret_key_stdin {
        let mut s = String::new();
        std::io::stdin()
            .take(64 * 1024)
            .read_to_string(&mut s)
            .map_err(|e| {
                Failure::usage(format!(
                    "cannot read the secret key from standard input: {e}"
                ))
            })?;
        let key = crate::secret::Secret::new(s.trim().to_string());
        if key.expose().is_empty() || key.expose().chars().any(char::is_whitespace) {
            return Err(Failure::usage(
                "--secret-key-stdin: standard input must hold the secret key alone, on one line",
            ));
        }
        InitSource::Key(key)
    } else if args.secret_from_env {
        InitSource::Env
    } else {
        return Err(need(
            "where the secret key comes from",
            "--secret-key-file FILE, --secret-key-command ARGV..., --secret-key-stdin or --secret-from-env",
        ));
    };
    Ok(NewProfile {
        region: global.region,
        endpoint: global.endpoint.clone(),
        ca_bundle: global.ca_bundle.clone(),
        sdkappid,
        identifier: global
            .identifier
            .clone()
            .unwrap_or_else(|| settings::DEFAULT_IDENTIFIER.into()),
        source,
    })
}

fn prompt(question: &str) -> Result<String, Failure> {
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Failure::usage(format!("cannot read the answer: {e}")))?;
    if line.is_empty() {
        return Err(Failure::usage(
            "no answer (end of input); nothing was written",
        ));
    }
    Ok(line.trim().to_string())
}

/// Asks until `parse` accepts the answer.
fn ask_until<T>(question: &str, parse: impl Fn(&str) -> Result<T, String>) -> Result<T, Failure> {
    loop {
        let a = prompt(question)?;
        match parse(&a) {
            Ok(v) => return Ok(v),
            Err(e) => eprintln!("  {e}"),
        }
    }
}

/// The secret key, typed or pasted on the terminal without echo.
fn read_hidden_key() -> Result<InitSource, Failure> {
    let key = rpassword::prompt_password("Secret key (not shown): ")
        .map_err(|e| Failure::usage(format!("cannot read the secret key: {e}")))?;
    let key = crate::secret::Secret::new(key.trim().to_string());
    if key.expose().is_empty() || key.expose().chars().any(char::is_whitespace) {
        return Err(Failure::usage(
            "the secret key must be one word without spaces; nothing was written",
        ));
    }
    Ok(InitSource::Key(key))
}

fn ask(global: &GlobalArgs, args: &InitArgs) -> Result<NewProfile, Failure> {
    let (region, endpoint) = if global.region.is_some() || global.endpoint.is_some() {
        (global.region, global.endpoint.clone())
    } else {
        eprintln!("Region of the app (Chat console > your app):");
        for (i, r) in Region::ALL.iter().enumerate() {
            eprintln!("  {}. {:<15} {}", i + 1, r.name(), r.domain());
        }
        let r = ask_until("Region [number or name]: ", |a| match a.parse::<usize>() {
            Ok(n) if (1..=Region::ALL.len()).contains(&n) => Ok(Region::ALL[n - 1]),
            _ => Region::parse(a),
        })?;
        (Some(r), None)
    };
    let sdkappid = match global.sdkappid {
        Some(n) => n,
        None => ask_until("SDKAppID: ", crate::cli::parse_sdkappid)?,
    };
    let identifier = match &global.identifier {
        Some(i) => i.clone(),
        None => ask_until("Admin identifier [administrator]: ", |a| {
            if a.is_empty() {
                Ok(settings::DEFAULT_IDENTIFIER.to_string())
            } else {
                crate::cli::parse_identifier(a)
            }
        })?,
    };
    let source = if args.secret_key_file.is_some()
        || args.secret_key_command.is_some()
        || args.secret_from_env
    {
        from_flags(
            &GlobalArgs {
                region,
                endpoint: endpoint.clone(),
                sdkappid: Some(sdkappid),
                ..GlobalArgs::default()
            },
            args,
        )?
        .source
    } else if args.secret_key_stdin {
        read_hidden_key()?
    } else {
        eprintln!("Where does the secret key come from?");
        eprintln!("  1. paste it now (stored in a key file readable only by you)");
        eprintln!("  2. a file that holds it");
        eprintln!("  3. a command that prints it (e.g. pass show timpush/prod)");
        eprintln!("  4. the variable TIMPUSH_SECRET_KEY, set when timpush runs");
        match ask_until("Choice [1-4]: ", |a| match a {
            "1" | "2" | "3" | "4" => Ok(a.to_string()),
            _ => Err("answer 1, 2, 3 or 4".into()),
        })?
        .as_str()
        {
            "1" => read_hidden_key()?,
            "2" => InitSource::File(ask_until("Key file path: ", |a| {
                if a.is_empty() {
                    Err("give a path".into())
                } else {
                    Ok(a.to_string())
                }
            })?),
            "3" => InitSource::Command(ask_until(
                "Command (program and arguments, split on spaces): ",
                |a| {
                    let argv: Vec<String> = a.split_whitespace().map(str::to_string).collect();
                    if argv.is_empty() {
                        Err("give a command".into())
                    } else {
                        Ok(argv)
                    }
                },
            )?),
            _ => InitSource::Env,
        }
    };
    Ok(NewProfile {
        region,
        endpoint,
        ca_bundle: global.ca_bundle.clone(),
        sdkappid,
        identifier,
        source,
    })
}
