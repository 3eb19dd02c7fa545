//! `timpush config path|list|show|check|init`.

use crate::run::Stream;
use serde_json::{Map, Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::{ConfigCommand, InitArgs};
use crate::env::process_env;
use crate::error::{Exit, Failure};
use crate::input::{self, Source as Input};
use crate::output::Reporter;
use crate::region::Region;
use crate::secret::Secret;
use crate::settings::credential::CredentialSource;
use crate::settings::file::ConfigFile;
use crate::settings::table::{self as table, Kind, Value as Setting};
use crate::settings::{self, Flags, Source, Sourced};
use crate::usersig;

pub(crate) fn run(flags: &Flags, cmd: &ConfigCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        ConfigCommand::Path { .. } => path(flags, rep),
        ConfigCommand::List { .. } => list(flags, rep),
        ConfigCommand::Show { .. } => show(flags, rep),
        ConfigCommand::Check { .. } => check(flags, rep),
        ConfigCommand::Init(args) => init(flags, args, rep),
    }
}

fn the_path(flags: &Flags) -> Result<Sourced<PathBuf>, Failure> {
    settings::config_path(flags, &process_env).ok_or_else(|| {
        Failure::config("no config file place: neither HOME nor a config folder is known")
            .with_hint("pass --config FILE")
    })
}

/// How a config path was chosen, in words.
fn chosen_by(p: &Sourced<PathBuf>) -> String {
    match &p.source {
        Source::Default if settings::xdg_config_home(&process_env).is_some() => {
            "default ($XDG_CONFIG_HOME/timpush/config.toml)".into()
        }
        Source::Default if process_env("XDG_CONFIG_HOME").is_some() => {
            "default (~/.config/timpush/config.toml; XDG_CONFIG_HOME is ignored: it is not an absolute path)".into()
        }
        Source::Default => "default (~/.config/timpush/config.toml)".into(),
        other => other.to_string(),
    }
}

fn path(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    let p = the_path(flags)?;
    let exists = p.value.is_file();
    match rep.json() {
        true => rep.object(
            &json!({"path": p.value.display().to_string(), "chosen_by": chosen_by(&p), "exists": exists}),
        ),
        false => {
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

fn load(flags: &Flags) -> Result<(Sourced<PathBuf>, Option<ConfigFile>), Failure> {
    let p = the_path(flags)?;
    if !p.value.exists() {
        return Ok((p, None));
    }
    let (file, _, _) = ConfigFile::load(&p.value)?;
    Ok((p, Some(file)))
}

fn list(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    let (p, file) = load(flags)?;
    let Some(file) = file else {
        if rep.json() {
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
    match rep.json() {
        true => rep.object(&Value::Array(rows)),
        false => {
            rep.stdout(&format!(
                "  {:<16} {:<24} SDKAPPID",
                "PROFILE", "REGION / ENDPOINT"
            ));
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
            if file.default_profile.is_none() && !file.profiles.contains_key(&default) {
                rep.note("no profile is the default (* marks it): pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = \"NAME\" at the top of the file");
            } else if !file.profiles.contains_key(&default) {
                rep.note(&format!(
                    "the default profile {default:?} is not in the file"
                ));
            } else {
                rep.note("* marks the default profile");
            }
        }
    }
    Ok(Exit::Success)
}

/// The credential, masked: the value where it can be read without running anything.
fn masked_credential(src: &CredentialSource) -> String {
    // Opened once and checked as every key file is (fsperm::open), never read by name.
    let read = |p: &Path| {
        crate::settings::fsperm::open(p, "credential file")
            .and_then(|o| {
                input::read_opened(
                    "credential file",
                    p,
                    &o.file,
                    input::SECRET_CAP,
                    Failure::config,
                )
            })
            .map(|t| Secret::new(t.trim().to_string()).masked())
            .unwrap_or_else(|e| format!("(cannot read: {})", e.message))
    };
    match src {
        CredentialSource::EnvSecretKey(s)
        | CredentialSource::EnvUserSig(s)
        | CredentialSource::InlineKey { value: s, .. }
        | CredentialSource::InlineUserSig { value: s, .. }
        | CredentialSource::Made { value: s, .. } => s.masked(),
        CredentialSource::KeyFile { path, .. } | CredentialSource::UserSigFile { path, .. } => {
            read(path)
        }
        CredentialSource::Command { .. } => "(printed by the command; not run by show)".into(),
    }
}

/// One row of `config show`: the setting, its value (none when unset) and where it came from.
struct Row {
    key: &'static str,
    value: Option<String>,
    json: Value,
    source: Option<String>,
}

fn show(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    let ins = settings::inspect(flags, &process_env);
    let format = settings::output_format(flags, &process_env)?;
    let mut rows = Vec::new();
    for s in table::SETTINGS {
        let (value, source): (Option<Setting>, Option<String>) = match s.key {
            table::CONFIG => (
                ins.config_path
                    .as_ref()
                    .map(|p| Setting::Path(p.value.clone())),
                ins.config_path.as_ref().map(chosen_by),
            ),
            table::PROFILE => (
                ins.profile.as_ref().map(|p| Setting::Text(p.value.clone())),
                ins.profile.as_ref().map(|p| p.source.to_string()),
            ),
            table::OUTPUT => {
                let source = match (flags.get(s.key), s.env.and_then(process_env)) {
                    (Some(_), _) => s.flag.map(|f| format!("flag {f}")),
                    (None, Some(_)) => s.env.map(|v| format!("variable {v}")),
                    _ => Some("default".to_string()),
                };
                (Some(Setting::Format(format)), source)
            }
            table::SECRET_KEY => continue,
            table::USERSIG => {
                let c = ins.credential.as_ref();
                rows.push(Row {
                    key: "credential",
                    value: c.map(masked_credential),
                    json: c
                        .map(|c| Value::from(masked_credential(c)))
                        .unwrap_or(Value::Null),
                    source: c.map(CredentialSource::describe),
                });
                continue;
            }
            _ => match ins.value(s.key) {
                Some(v) => {
                    let source = match (&v.source, s.key) {
                        (Source::Default, table::ENDPOINT) => ins
                            .value(table::REGION)
                            .map(|r| format!("region {}", r.value)),
                        (source, _) => Some(source.to_string()),
                    };
                    (Some(v.value.clone()), source)
                }
                None => (s.default_value(), s.default.map(|_| "default".to_string())),
            },
        };
        let shown = match (&value, s.key) {
            (Some(Setting::Path(p)), table::CONFIG) if !p.exists() => {
                Some(format!("{} (does not exist)", p.display()))
            }
            (Some(v), _) => Some(v.to_string()),
            // A default that is no value of its own (the bundled roots) is named; the
            // endpoint's comes from the region, so without one it is not set.
            (None, key)
                if key != table::ENDPOINT
                    && matches!(s.kind, Kind::Plain(_))
                    && !s.default_text.starts_with('—')
                    && !s.default_text.is_empty() =>
            {
                Some(s.default_text.replace('`', ""))
            }
            (None, _) => None,
        };
        let source = source.or_else(|| shown.as_ref().map(|_| "default".to_string()));
        rows.push(Row {
            key: s.key.as_str(),
            json: value.as_ref().map(Setting::to_json).unwrap_or(Value::Null),
            value: shown,
            source,
        });
    }
    if rep.json() {
        let mut m = Map::new();
        for r in &rows {
            m.insert(r.key.into(), json!({"value": r.json, "source": r.source}));
        }
        let problems: Vec<Value> = ins
            .all_problems()
            .iter()
            .map(|f| json!({"message": f.message, "hint": f.hint}))
            .collect();
        m.insert("problems".into(), Value::Array(problems));
        rep.object(&Value::Object(m));
    } else {
        // The value column as wide as the values, up to a screen's worth; a longer value puts
        // its source on the next line, so that the two never run into each other.
        const WIDEST: usize = 48;
        let width = rows
            .iter()
            .map(|r| r.value.as_deref().unwrap_or("(not set)").chars().count())
            .filter(|n| *n <= WIDEST)
            .max()
            .unwrap_or(0);
        rep.stdout(&format!("{:<13} {:<width$}  SOURCE", "SETTING", "VALUE"));
        for r in &rows {
            let v = r.value.as_deref().unwrap_or("(not set)");
            let source = r.source.as_deref().unwrap_or("");
            let line = if v.chars().count() > width {
                format!("{:<13} {v}\n{:<13} {:<width$}  {source}", r.key, "", "")
            } else {
                format!("{:<13} {v:<width$}  {source}", r.key)
            };
            for l in line.lines() {
                rep.stdout(l.trim_end());
            }
        }
        for f in ins.all_problems() {
            rep.warn(&f.to_string());
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
            match crate::settings::fsperm::check(path, what, true) {
                Ok(Some(w)) => warnings.push(w),
                Ok(None) => {}
                Err(e) => out.push(e),
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
        if let Ok(crate::settings::credential::Credential::UserSig(s)) =
            crate::settings::credential::load(src, std::time::Duration::from_secs(30), &mut w)
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

fn check(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    let mut ins = settings::inspect(flags, &process_env);
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
    match rep.json() {
        true => rep.object(
            &json!({
                "ok": problems.is_empty(),
                "checked": what,
                "problems": problems.iter().map(|f| json!({"message": f.message, "hint": f.hint})).collect::<Vec<_>>(),
                "warnings": ins.warnings,
                "exit_code": if problems.is_empty() { Exit::Success } else { Exit::Config }.code(),
            }),
        ),
        false => {
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
    ca_bundle: Option<String>,
    sdkappid: u32,
    identifier: String,
    source: InitSource,
}

enum InitSource {
    File(String),
    Command(Vec<String>),
    /// The key itself, to be stored in a new key file.
    Key(Secret),
    Env,
}

/// What the flags give for `init`, parsed by the settings table.
#[derive(Default)]
struct Given {
    region: Option<Region>,
    endpoint: Option<String>,
    ca_bundle: Option<String>,
    sdkappid: Option<u32>,
    identifier: Option<String>,
}

impl Given {
    fn from(flags: &Flags) -> Result<Given, Failure> {
        let parsed = |key: table::Key| -> Result<Option<Setting>, Failure> {
            let s = table::get(key);
            flags
                .get(key)
                .map(|raw| {
                    s.parse(raw).map_err(|e| {
                        Failure::usage(format!("{}: {e}", s.flag.unwrap_or(key.as_str())))
                    })
                })
                .transpose()
        };
        let text = |v: Option<Setting>| v.map(|v| v.to_string());
        Ok(Given {
            region: match parsed(table::REGION)? {
                Some(Setting::Region(r)) => Some(r),
                _ => None,
            },
            endpoint: text(parsed(table::ENDPOINT)?),
            ca_bundle: flags.get(table::CA_BUNDLE).map(absolute),
            sdkappid: match parsed(table::SDKAPPID)? {
                Some(Setting::Number(n)) => u32::try_from(n).ok(),
                _ => None,
            },
            identifier: text(parsed(table::IDENTIFIER)?),
        })
    }
}

/// The config file `init` writes: absolute (paths written into it are read from its folder),
/// and the target of a symbolic link rather than the link.
fn init_path(flags: &Flags) -> Result<PathBuf, Failure> {
    let p = PathBuf::from(absolute(&the_path(flags)?.value.to_string_lossy()));
    if p.is_symlink() {
        return std::fs::canonicalize(&p).map_err(|e| {
            Failure::config(format!(
                "config file {} is a symbolic link that cannot be followed: {e}",
                p.display()
            ))
            .with_hint("fix the link, or point --config at the file it should name")
        });
    }
    Ok(p)
}

fn init(flags: &Flags, args: &InitArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let path = init_path(flags)?;
    // The key goes in the folder the config was named in (the user's config folder), not beside
    // a symlink's target: a config linked into a dotfiles repository must not put a key there.
    let named = PathBuf::from(absolute(&the_path(flags)?.value.to_string_lossy()));
    let key_dir = named.parent().unwrap_or(Path::new(".")).to_path_buf();
    let name = match flags.get(table::PROFILE) {
        Some(p) => p.to_string(),
        None => process_env("TIMPUSH_PROFILE").unwrap_or_else(|| "default".into()),
    };
    if let Err(e) = table::get(table::PROFILE).parse(&name) {
        return Err(Failure::usage(e));
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
    let given = Given::from(flags)?;
    let sink = &crate::run::current().sink;
    let interactive = sink.terminal(Stream::Stdin) && sink.terminal(Stream::Stderr);
    let new = if interactive {
        ask(given, args)?
    } else {
        from_flags(given, args)?
    };
    let key_file = match &new.source {
        InitSource::Key(_) => Some(key_dir.join(format!("{name}.key"))),
        _ => None,
    };
    if let (Some(kf), InitSource::Key(key)) = (&key_file, &new.source) {
        write_private(kf, &format!("{}\n", key.expose()), args.force)?;
    }
    // A file without a default_profile would never use the new profile unless -p named it:
    // it becomes the default (said below).
    let no_default = doc.get("default_profile").is_none();
    let make_default = args.set_default || !existed || no_default;
    let doc = with_profile(doc, &name, &new, key_file.as_deref(), make_default)?;
    write_private(&path, &doc, true)?;
    let what = if exists { "replaced" } else { "wrote" };
    if let Some(kf) = &key_file {
        rep.note(&format!(
            "stored the secret key in {} (mode 600)",
            kf.display()
        ));
    }
    let config_flag = match flags.get(table::CONFIG) {
        Some(_) => format!(
            " -c {}",
            shlex::try_quote(&path.to_string_lossy()).unwrap_or_default()
        ),
        None => String::new(),
    };
    rep.note(&format!(
        "{what} profile {name:?} in {}; check it with: timpush{config_flag} -p {name} doctor",
        path.display()
    ));
    if existed && no_default && !args.set_default {
        rep.note(&format!(
            "{name:?} is now the default profile (the file named none); another is chosen with -p NAME"
        ));
    }
    if rep.json() {
        rep.object(
            &json!({"profile": name, "path": path.display().to_string(), "replaced": exists}),
        );
    }
    Ok(Exit::Success)
}

fn read_doc(path: &Path) -> Result<(toml_edit::DocumentMut, bool), Failure> {
    match std::fs::metadata(path) {
        Ok(_) => {
            let text = input::read_file("config file", path, input::CONFIG_CAP, Failure::config)?;
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
        t[table::get(table::CA_BUNDLE).profile_keys[0]] = value(c.as_str());
    }
    t["sdkappid"] = value(new.sdkappid as i64);
    t["identifier"] = value(new.identifier.as_str());
    match &new.source {
        InitSource::File(p) => t["secret_key_file"] = value(p.as_str()),
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

fn from_flags(given: Given, args: &InitArgs) -> Result<NewProfile, Failure> {
    let need = |what: &str, flag: &str| {
        Failure::usage(format!(
            "config init without a terminal needs {what}: pass {flag}"
        ))
    };
    if given.region.is_none() && given.endpoint.is_none() {
        return Err(need("a region", "--region (or --endpoint)"));
    }
    let sdkappid = given
        .sdkappid
        .ok_or_else(|| need("the SDKAppID", "--sdkappid"))?;
    let source = if let Some(p) = &args.secret_key_file {
        InitSource::File(absolute(p))
    } else if !args.secret_key_command.is_empty() {
        InitSource::Command(command_words(&args.secret_key_command)?)
    } else if args.secret_key_stdin {
        let text = input::read(
            "--secret-key-stdin",
            &Input::Stdin,
            input::SECRET_CAP,
            Failure::usage,
        )?;
        let key = Secret::new(text.trim().to_string());
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
            "--secret-key-file FILE, --secret-key-command ARGV, --secret-key-stdin or --secret-from-env",
        ));
    };
    Ok(NewProfile {
        region: given.region,
        endpoint: given.endpoint,
        ca_bundle: given.ca_bundle,
        sdkappid,
        identifier: given.identifier.unwrap_or_else(default_identifier),
        source,
    })
}

fn default_identifier() -> String {
    table::get(table::IDENTIFIER)
        .default
        .unwrap_or_default()
        .to_string()
}

/// The words of `--secret-key-command`: one value is split as a POSIX shell would (without
/// running one); several are one word each.
fn command_words(given: &[String]) -> Result<Vec<String>, Failure> {
    let words = match given {
        [one] => shlex::split(one).ok_or_else(|| {
            Failure::usage("--secret-key-command: the quotes in the command do not match")
        })?,
        many => many.to_vec(),
    };
    if words.first().is_none_or(|w| w.is_empty()) {
        return Err(Failure::usage("--secret-key-command: the command is empty"));
    }
    Ok(words)
}

fn prompt(question: &str) -> Result<String, Failure> {
    eprint!("{question}");
    let mut line = String::new();
    crate::run::current()
        .sink
        .stdin()
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
    let key = Secret::new(key.trim().to_string());
    if key.expose().is_empty() || key.expose().chars().any(char::is_whitespace) {
        return Err(Failure::usage(
            "the secret key must be one word without spaces; nothing was written",
        ));
    }
    Ok(InitSource::Key(key))
}

fn ask(given: Given, args: &InitArgs) -> Result<NewProfile, Failure> {
    let parse_with = |key: table::Key| move |a: &str| table::get(key).parse(a);
    let (region, endpoint) = if given.region.is_some() || given.endpoint.is_some() {
        (given.region, given.endpoint.clone())
    } else {
        eprintln!("Region of the app (Chat console > your app):");
        for (i, r) in Region::ALL.iter().enumerate() {
            eprintln!("  {}. {:<15} {}", i + 1, r.name(), r.domain());
        }
        let count = Region::ALL.len();
        let r = ask_until("Region [number or name]: ", |a| match a.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => Ok(Region::ALL[n - 1]),
            Ok(_) => Err(format!("choose 1-{count}, or type the region's name")),
            _ => Region::parse(a),
        })?;
        (Some(r), None)
    };
    let sdkappid = match given.sdkappid {
        Some(n) => n,
        None => ask_until("SDKAppID: ", |a| match parse_with(table::SDKAPPID)(a)? {
            Setting::Number(n) => u32::try_from(n).map_err(|e| e.to_string()),
            _ => Err("not a number".into()),
        })?,
    };
    let identifier = match &given.identifier {
        Some(i) => i.clone(),
        None => ask_until(
            &format!("Admin identifier [{}]: ", default_identifier()),
            |a| {
                if a.is_empty() {
                    Ok(default_identifier())
                } else {
                    parse_with(table::IDENTIFIER)(a).map(|v| v.to_string())
                }
            },
        )?,
    };
    let source = if args.secret_key_file.is_some()
        || !args.secret_key_command.is_empty()
        || args.secret_from_env
    {
        from_flags(
            Given {
                region,
                endpoint: endpoint.clone(),
                sdkappid: Some(sdkappid),
                ..Given::default()
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
            "2" => InitSource::File(absolute(&ask_until("Key file path: ", |a| {
                if a.is_empty() {
                    return Err("give a path".into());
                }
                // The file must be there and fit to hold a key now, not only when doctor runs.
                let path = crate::env::expand_path(a, None);
                match crate::settings::fsperm::open(&path, "key file") {
                    Ok(_) => Ok(a.to_string()),
                    Err(f) => Err(match &f.hint {
                        Some(h) => format!("{} ({h})", f.message),
                        None => f.message,
                    }),
                }
            })?)),
            "3" => InitSource::Command(ask_until(
                "Command (program and arguments, quoted as in a shell): ",
                |a| command_words(&[a.to_string()]).map_err(|f| f.message),
            )?),
            _ => InitSource::Env,
        }
    };
    Ok(NewProfile {
        region,
        endpoint,
        ca_bundle: given.ca_bundle,
        sdkappid,
        identifier,
        source,
    })
}
