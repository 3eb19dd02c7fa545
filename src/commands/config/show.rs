//! `config show` and `config check`: every setting with its value and source, and every problem.

use super::*;

/// The credential, masked: the value where it can be read without running anything.
pub(super) fn masked_credential(src: &CredentialSource) -> String {
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
pub(super) struct Row {
    key: &'static str,
    value: Option<String>,
    json: Value,
    source: Option<String>,
}

pub(super) fn show(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
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
        // A team journal's URL is shown without its user and password.
        let value = match (value, s.key) {
            (Some(Setting::Path(p)), table::JOURNAL)
                if crate::journal::is_team_url(&p.to_string_lossy()) =>
            {
                Some(Setting::Text(crate::sanitize::redact_url(
                    &p.to_string_lossy(),
                )))
            }
            (v, _) => v,
        };
        let shown = match (&value, s.key) {
            (Some(Setting::Path(p)), table::CONFIG) if !p.exists() => {
                Some(format!("{} (does not exist)", p.display()))
            }
            (Some(v), _) => Some(v.to_string()),
            // The zone when the setting is not given: TZ's, or this machine's.
            (None, table::TZ) => Some(crate::timefmt::zone().name.clone()),
            // The journal's default, as the path it resolves to here.
            (None, table::JOURNAL) => {
                crate::journal::default_path().map(|p| p.display().to_string())
            }
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
        let source = match (s.key, &value) {
            (table::TZ, None) => Some(crate::timefmt::zone().from.to_string()),
            _ => source.or_else(|| shown.as_ref().map(|_| "default".to_string())),
        };
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
        // The key column as wide as the longest key (duplicate_window, daily_push_limit).
        let keys = rows
            .iter()
            .map(|r| r.key.chars().count())
            .max()
            .unwrap_or(0)
            .max("SETTING".len());
        rep.stdout(&format!("{:<keys$} {:<width$}  SOURCE", "SETTING", "VALUE"));
        for r in &rows {
            let v = r.value.as_deref().unwrap_or("(not set)");
            let source = r.source.as_deref().unwrap_or("");
            let line = if v.chars().count() > width {
                format!(
                    "{:<keys$} {v}\n{:<keys$} {:<width$}  {source}",
                    r.key, "", ""
                )
            } else {
                format!("{:<keys$} {v:<width$}  {source}", r.key)
            };
            for l in line.lines() {
                rep.stdout(l.trim_end());
            }
        }
        for f in ins.all_problems() {
            rep.warn(&f.to_string());
        }
    }
    // The profile named (or the config file named) is not there: what is shown is not what
    // that name would give, so the run fails as the commands that use it would (exit 3).
    if ins.profile.is_none() && !ins.problems.is_empty() {
        return Ok(Exit::Config);
    }
    Ok(Exit::Success)
}

/// Problems `check` finds beyond the settings themselves: can the credential be reached?
pub(super) fn credential_problems(
    src: &CredentialSource,
    warnings: &mut Vec<String>,
) -> Vec<Failure> {
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

pub(super) fn check(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
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
