//! `timpush config path|list|show|check|init`: here the paths and the list of profiles;
//! `show` (every setting with its source, and `check`), `init` (writing a profile) and
//! `wizard` (the questions `init` asks on a terminal) beside it, and `profile` (what `init`
//! writes, from the flags or the answers).

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

mod init;
mod profile;
mod show;
mod wizard;

use init::init;
use show::{check, show};

pub(crate) fn run(flags: &Flags, cmd: &ConfigCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        ConfigCommand::Path { .. } => path(flags, rep),
        ConfigCommand::List { names: true, .. } => names(flags, rep),
        ConfigCommand::List { .. } => list(flags, rep),
        ConfigCommand::Show { .. } => show(flags, rep),
        ConfigCommand::Check { .. } => check(flags, rep),
        ConfigCommand::Init(args) => init(flags, args, rep),
        ConfigCommand::Set(a) => init::set(flags, &a.key, Some(&a.value), rep),
        ConfigCommand::Unset(a) => init::set(flags, &a.key, None, rep),
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
        Source::Default if cfg!(windows) => "default (the user's roaming AppData folder)".into(),
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

/// `config list --names`: the profiles' names, one a line, for shell completion; nothing
/// else, and nothing at all when there is no readable config file.
fn names(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    if let Ok((_, Some(file))) = load(flags) {
        for prof in file.profiles.values() {
            rep.stdout(&prof.name);
        }
    }
    Ok(Exit::Success)
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
