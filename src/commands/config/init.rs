//! `config init`: a profile written into the config file, keeping the rest of the file as it is.

use super::wizard::ask;
use super::*;

/// What `init` writes.
pub(super) struct NewProfile {
    pub(super) region: Option<Region>,
    pub(super) endpoint: Option<String>,
    pub(super) ca_bundle: Option<String>,
    pub(super) sdkappid: u32,
    pub(super) identifier: String,
    pub(super) source: InitSource,
}

pub(super) enum InitSource {
    File(String),
    Command(Vec<String>),
    /// The key itself, to be stored in a new key file.
    Key(Secret),
    Env,
}

/// What the flags give for `init`, parsed by the settings table.
#[derive(Default)]
pub(super) struct Given {
    pub(super) region: Option<Region>,
    pub(super) endpoint: Option<String>,
    pub(super) ca_bundle: Option<String>,
    pub(super) sdkappid: Option<u32>,
    pub(super) identifier: Option<String>,
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
pub(super) fn init_path(flags: &Flags) -> Result<PathBuf, Failure> {
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

pub(super) fn init(flags: &Flags, args: &InitArgs, rep: &Reporter) -> Result<Exit, Failure> {
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

pub(super) fn read_doc(path: &Path) -> Result<(toml_edit::DocumentMut, bool), Failure> {
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

pub(super) fn with_profile(
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
pub(super) fn absolute(p: &str) -> String {
    if p.starts_with('~') || Path::new(p).is_absolute() {
        return p.to_string();
    }
    std::env::current_dir()
        .map(|d| d.join(p).display().to_string())
        .unwrap_or_else(|_| p.to_string())
}

/// Writes `text` to `path` with mode 600 through a temporary file in the same folder.
pub(super) fn write_private(path: &Path, text: &str, replace: bool) -> Result<(), Failure> {
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

pub(super) fn from_flags(given: Given, args: &InitArgs) -> Result<NewProfile, Failure> {
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

pub(super) fn default_identifier() -> String {
    table::get(table::IDENTIFIER)
        .default
        .unwrap_or_default()
        .to_string()
}

/// The words of `--secret-key-command`: one value is split as a POSIX shell would (without
/// running one); several are one word each.
pub(super) fn command_words(given: &[String]) -> Result<Vec<String>, Failure> {
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
