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
    let new = if interactive {
        ask(given, args)?
    } else {
        from_flags(given, args)?
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
