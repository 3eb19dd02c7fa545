//! `config init`: a profile written into the config file, keeping the rest of the file as it is.

use super::profile::*;
use super::wizard::ask;
use super::*;

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
    let current = current_of(&doc, &name);
    let new = if interactive {
        ask(given, args, &current)?
    } else {
        // Written again without a terminal: what is not given stays as it was.
        let keep_place = given.region.is_none() && given.endpoint.is_none();
        from_flags(
            Given {
                region: given
                    .region
                    .or(if keep_place { current.region } else { None }),
                endpoint: given.endpoint.clone().or(if keep_place {
                    current.endpoint.clone()
                } else {
                    None
                }),
                ca_bundle: given.ca_bundle.clone(),
                sdkappid: given.sdkappid.or(current.sdkappid),
                identifier: given.identifier.clone().or(current.identifier.clone()),
            },
            args,
        )?
    };
    // A key file others may read is used, as it will be at every run, with the same warning.
    if let InitSource::File(p) = &new.source
        && let Ok(Some(warning)) =
            crate::settings::fsperm::check(&crate::env::expand_path(p, None), "key file", true)
    {
        rep.warn(&warning);
    }
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
            "stored the secret key in {}{}",
            kf.display(),
            if cfg!(unix) { " (mode 600)" } else { "" }
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

/// A profile's region, SDKAppID and identifier as the file holds them (for the questions).
fn current_of(doc: &toml_edit::DocumentMut, name: &str) -> Given {
    let p = doc.get("profiles").and_then(|p| p.get(name));
    let text = |k: &str| p.and_then(|t| t.get(k)).and_then(|v| v.as_str());
    Given {
        region: text("region").and_then(|r| Region::parse(r).ok()),
        endpoint: text("endpoint").map(str::to_string),
        ca_bundle: None,
        sdkappid: p
            .and_then(|t| t.get("sdkappid"))
            .and_then(|v| v.as_integer())
            .and_then(|n| u32::try_from(n).ok()),
        identifier: text("identifier").map(str::to_string),
    }
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
    // A profile written again keeps the keys init does not write (timeout, journal, …) and
    // its region or endpoint when none is given; its credential is the new one alone.
    let mut t = profiles
        .get(name)
        .and_then(Item::as_table)
        .cloned()
        .unwrap_or_default();
    for k in [
        "secret_key_command",
        "secret_key_file",
        "secret_key",
        "usersig_file",
        "usersig",
    ] {
        t.remove(k);
    }
    if new.region.is_some() || new.endpoint.is_some() {
        t.remove("region");
        t.remove("endpoint");
    }
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

/// `config set KEY VALUE` (`value`) and `config unset KEY` (none): one key of the profile, or
/// the top-level `default_profile`, checked as every run reads it (the setting's parser, then
/// the whole file as it would be read); comments and the order of the file are kept.
pub(super) fn set(
    flags: &Flags,
    key: &str,
    value: Option<&str>,
    rep: &Reporter,
) -> Result<Exit, Failure> {
    use toml_edit::value as item;
    let path = init_path(flags)?;
    let (mut doc, existed) = read_doc(&path)?;
    if !existed {
        return Err(
            Failure::config(format!("no config file at {}", path.display()))
                .with_hint("write a profile first with timpush config init"),
        );
    }
    let profiles: Vec<String> = doc
        .get("profiles")
        .and_then(|p| p.as_table_like())
        .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
        .unwrap_or_default();
    let what;
    if key == table::DEFAULT_PROFILE_KEY {
        match value {
            Some(v) => {
                if !profiles.iter().any(|p| p == v) {
                    return Err(Failure::usage(format!(
                        "default_profile: {} has no profile {v:?} (it has: {})",
                        path.display(),
                        profiles.join(", ")
                    ))
                    .with_hint("write it first with timpush -p NAME config init"));
                }
                doc[key] = item(v);
            }
            None => {
                doc.remove(key);
            }
        }
        what = format!("{key} in {}", path.display());
    } else {
        let setting = table::SETTINGS
            .iter()
            .find(|s| s.profile_keys.contains(&key))
            .ok_or_else(|| {
                let keys: Vec<&str> = table::SETTINGS
                    .iter()
                    .flat_map(|s| s.profile_keys.iter().copied())
                    .collect();
                Failure::usage(format!("{key:?} is not a profile key")).with_hint(format!(
                    "the keys: {}, and default_profile",
                    keys.join(", ")
                ))
            })?;
        if matches!(key, "secret_key" | "usersig" | "secret_key_command") && value.is_some() {
            return Err(Failure::usage(format!(
                "{key} is not set from the command line (a secret there shows in the process list and the shell's history; a command is a list)"
            ))
            .with_hint("put the secret in a file and set secret_key_file or usersig_file, or edit the config file"));
        }
        let name = match flags.get(table::PROFILE) {
            Some(p) => p.to_string(),
            None => process_env("TIMPUSH_PROFILE")
                .or_else(|| {
                    doc.get(table::DEFAULT_PROFILE_KEY)
                        .and_then(|v| v.as_str())
                        .map(str::to_string)
                })
                .unwrap_or_else(|| "default".into()),
        };
        if !profiles.contains(&name) {
            return Err(Failure::config(format!(
                "{} has no profile {name:?} (it has: {})",
                path.display(),
                profiles.join(", ")
            ))
            .with_hint(format!("write it first with timpush -p {name} config init")));
        }
        let table = doc["profiles"][name.as_str()]
            .as_table_like_mut()
            .ok_or_else(|| {
                Failure::config(format!("profiles.{name} is not a table; fix it by hand"))
            })?;
        match value {
            Some(v) => {
                if matches!(setting.kind, Kind::Plain(_)) {
                    setting
                        .parse(v)
                        .map_err(|e| Failure::usage(format!("{key}: {e}")))?;
                } else if v.trim().is_empty() {
                    return Err(Failure::usage(format!("{key}: a value cannot be empty")));
                }
                // Whole numbers are written as numbers, as config init writes sdkappid.
                let written = match v.trim().parse::<i64>() {
                    Ok(n) if key != "identifier" => item(n),
                    _ => item(v),
                };
                table.insert(key, written);
            }
            None => {
                if table.remove(key).is_none() {
                    rep.note(&format!("profile {name:?} has no {key}; nothing to remove"));
                    return Ok(Exit::Success);
                }
            }
        }
        what = format!("{key} of profile {name:?} in {}", path.display());
    }
    let text = doc.to_string();
    // The file as every run would read it: a change that breaks it is not written.
    ConfigFile::parse_lenient(&path, &text)?;
    write_private(&path, &text, true)?;
    let done = if value.is_some() { "set" } else { "removed" };
    if rep.json() {
        rep.object(&json!({"key": key, "done": done, "path": path.display().to_string()}));
    } else {
        rep.note(&format!("{done} {what}"));
    }
    Ok(Exit::Success)
}
