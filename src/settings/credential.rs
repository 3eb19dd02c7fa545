//! Where the credential comes from, and loading it: a secret key (from which a UserSig is made
//! per run) or a ready UserSig.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use toml::Value;

use crate::env::{EnvFn, expand_path};
use crate::error::Failure;
use crate::secret::Secret;
use crate::settings::file::{Location, Profile};

/// The profile keys that name a credential source, in the order they are described.
fn profile_sources() -> Vec<&'static str> {
    [
        crate::settings::table::SECRET_KEY,
        crate::settings::table::USERSIG,
    ]
    .iter()
    .flat_map(|k| crate::settings::table::get(*k).profile_keys.iter().copied())
    .collect()
}

#[derive(Debug, Clone)]
pub(crate) enum CredentialSource {
    EnvSecretKey(Secret),
    EnvUserSig(Secret),
    Command {
        argv: Vec<String>,
        at: Location,
    },
    KeyFile {
        path: PathBuf,
        at: Location,
    },
    InlineKey {
        value: Secret,
        at: Location,
    },
    UserSigFile {
        path: PathBuf,
        at: Location,
    },
    InlineUserSig {
        value: Secret,
        at: Location,
    },
    /// A key made inside this process (the demo's emulator), named by what made it.
    Made {
        value: Secret,
        by: &'static str,
    },
}

impl CredentialSource {
    /// Names the source without its value, e.g. "secret_key_file /home/a/.config/timpush/prod.key
    /// (set at /home/a/.config/timpush/config.toml:5:19 (profiles.prod.secret_key_file))".
    pub(crate) fn describe(&self) -> String {
        match self {
            CredentialSource::EnvSecretKey(_) => {
                "secret key from variable TIMPUSH_SECRET_KEY".into()
            }
            CredentialSource::EnvUserSig(_) => "ready UserSig from variable TIMPUSH_USERSIG".into(),
            CredentialSource::Command { argv, at } => {
                format!("secret key from command {:?} (set at {at})", argv[0])
            }
            CredentialSource::KeyFile { path, at } => {
                format!("secret key from file {} (set at {at})", path.display())
            }
            CredentialSource::InlineKey { at, .. } => format!("secret key written in {at}"),
            CredentialSource::UserSigFile { path, at } => {
                format!("ready UserSig from file {} (set at {at})", path.display())
            }
            CredentialSource::InlineUserSig { at, .. } => format!("ready UserSig written in {at}"),
            CredentialSource::Made { by, .. } => format!("secret key made by {by}"),
        }
    }

    pub(crate) fn is_ready_usersig(&self) -> bool {
        matches!(
            self,
            CredentialSource::EnvUserSig(_)
                | CredentialSource::UserSigFile { .. }
                | CredentialSource::InlineUserSig { .. }
        )
    }
}

/// A loaded credential.
#[derive(Debug)]
pub(crate) enum Credential {
    SecretKey(Secret),
    UserSig(Secret),
}

/// Chooses the credential source: a variable over the profile; two sources in one profile, or
/// both variables, are an error.
pub(crate) fn select(
    env: EnvFn,
    profile: Option<&Profile>,
    file_dir: Option<&Path>,
    warnings: &mut Vec<String>,
) -> Result<CredentialSource, Failure> {
    // A key the run was handed by its caller (the demo's emulator): said as it is.
    if let Some((value, by)) = &crate::run::current().made_key {
        return Ok(CredentialSource::Made {
            value: value.clone(),
            by,
        });
    }
    let sources = profile_sources();
    let defined: Vec<(&str, &crate::settings::file::Located<Value>)> = sources
        .iter()
        .filter_map(|k| profile.and_then(|p| p.get(k)).map(|v| (*k, v)))
        .collect();
    if defined.len() > 1 {
        let list: Vec<String> = defined.iter().map(|(_, v)| v.at.to_string()).collect();
        return Err(Failure::config(format!(
            "profile {:?} names {} credential sources: {}",
            profile.map(|p| p.name.as_str()).unwrap_or(""),
            defined.len(),
            list.join(", ")
        ))
        .with_hint(format!("keep exactly one of {}", sources.join(", "))));
    }
    let from_env = match (env("TIMPUSH_SECRET_KEY"), env("TIMPUSH_USERSIG")) {
        (Some(_), Some(_)) => {
            return Err(Failure::config(
                "both TIMPUSH_SECRET_KEY and TIMPUSH_USERSIG are set; timpush cannot tell which to use",
            )
            .with_hint("unset one of them"));
        }
        (Some(k), None) => Some(CredentialSource::EnvSecretKey(Secret::new(
            k.trim().to_string(),
        ))),
        (None, Some(u)) => Some(CredentialSource::EnvUserSig(Secret::new(
            u.trim().to_string(),
        ))),
        (None, None) => None,
    };
    if let Some(src) = from_env {
        if let Some((key, v)) = defined.first() {
            let var = if matches!(src, CredentialSource::EnvSecretKey(_)) {
                "TIMPUSH_SECRET_KEY"
            } else {
                "TIMPUSH_USERSIG"
            };
            warnings.push(format!(
                "variable {var} overrides the profile's {key} ({})",
                v.at
            ));
        }
        return Ok(src);
    }
    let Some((key, located)) = defined.first() else {
        let name = profile.map(|p| p.name.as_str()).unwrap_or("default");
        return Err(Failure::config(format!("no credential for profile {name:?}"))
            .with_hint(format!(
                "set secret_key_file (or secret_key_command) in [profiles.{name}], or the variable TIMPUSH_SECRET_KEY"
            )));
    };
    let at = located.at.clone();
    let bad = |expected: &str| Failure::config(format!("{at}: {key} must be {expected}"));
    Ok(match *key {
        "secret_key_command" => {
            let argv: Option<Vec<String>> = located
                .value
                .as_array()
                .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect());
            match argv {
                Some(argv) if !argv.is_empty() && !argv[0].is_empty() => {
                    let mut argv = argv;
                    argv[0] = expand_path(&argv[0], None).to_string_lossy().into_owned();
                    CredentialSource::Command { argv, at }
                }
                _ => {
                    return Err(bad(
                        "a non-empty array of strings, run without a shell, e.g. secret_key_command = [\"pass\", \"show\", \"timpush/prod\"]",
                    ));
                }
            }
        }
        "secret_key_file" | "usersig_file" => {
            let Some(s) = located.value.as_str() else {
                return Err(bad("a path in quotes"));
            };
            let path = expand_path(s, file_dir);
            if *key == "secret_key_file" {
                CredentialSource::KeyFile { path, at }
            } else {
                CredentialSource::UserSigFile { path, at }
            }
        }
        _ => {
            // Never echo the value: it is the secret.
            let Some(s) = located.value.as_str() else {
                return Err(bad("a string in quotes"));
            };
            let value = Secret::new(s.trim().to_string());
            if *key == "secret_key" {
                CredentialSource::InlineKey { value, at }
            } else {
                CredentialSource::InlineUserSig { value, at }
            }
        }
    })
}

/// Loads the credential. `command_timeout` bounds `secret_key_command`.
pub(crate) fn load(
    source: &CredentialSource,
    command_timeout: Duration,
    warnings: &mut Vec<String>,
) -> Result<Credential, Failure> {
    let cred = match source {
        CredentialSource::EnvSecretKey(s)
        | CredentialSource::InlineKey { value: s, .. }
        | CredentialSource::Made { value: s, .. } => Credential::SecretKey(s.clone()),
        CredentialSource::EnvUserSig(s) | CredentialSource::InlineUserSig { value: s, .. } => {
            Credential::UserSig(s.clone())
        }
        CredentialSource::KeyFile { path, .. } => {
            Credential::SecretKey(read_secret_file(path, "secret key file", warnings)?)
        }
        CredentialSource::UserSigFile { path, .. } => {
            Credential::UserSig(read_secret_file(path, "UserSig file", warnings)?)
        }
        CredentialSource::Command { argv, at } => {
            Credential::SecretKey(run_command(argv, at, command_timeout)?)
        }
    };
    let (what, value) = match &cred {
        Credential::SecretKey(s) => ("secret key", s),
        Credential::UserSig(s) => ("UserSig", s),
    };
    if value.expose().is_empty() {
        return Err(Failure::config(format!(
            "the {what} ({}) is empty",
            source.describe()
        )));
    }
    if value
        .expose()
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Failure::config(format!(
            "the {what} ({}) holds white space or control characters inside it",
            source.describe()
        ))
        .with_hint("the file or command output must hold the value alone, on one line"));
    }
    Ok(cred)
}

/// Registers for scrubbing, and so refuses as a value, every secret the configuration holds
/// that can be read without running anything: each profile's inline secret key and UserSig, its
/// key, UserSig and callback token files (those that pass the private-file checks), and the
/// credential variables. Not only the profile in use: another profile's key pasted as a title
/// is refused as well. A `secret_key_command` is not run for it.
pub(crate) fn register_all(file: Option<&super::file::ConfigFile>, env: EnvFn) {
    for var in [
        "TIMPUSH_SECRET_KEY",
        "TIMPUSH_USERSIG",
        "TIMPUSH_CALLBACK_TOKEN",
        "TIMPUSH_EMULATOR_SECRET_KEY",
    ] {
        if let Some(v) = env(var) {
            crate::secret::register(v.trim());
        }
    }
    let Some(file) = file else {
        return;
    };
    let dir = file.path.parent();
    for profile in file.profiles.values() {
        for (key, v) in &profile.values {
            let Value::String(text) = &v.value else {
                continue;
            };
            match key.as_str() {
                "secret_key" | "usersig" => crate::secret::register(text.trim()),
                "secret_key_file" | "usersig_file" | "callback_token_file" => {
                    let p = expand_path(text, dir);
                    if let Ok(opened) = crate::settings::fsperm::open(&p, "key file")
                        && let Ok(t) = crate::input::read_opened(
                            "key file",
                            &p,
                            &opened.file,
                            crate::input::SECRET_CAP,
                            Failure::config,
                        )
                    {
                        crate::secret::register(t.trim());
                    }
                }
                _ => {}
            }
        }
    }
}

/// A secret in the file at `path`, opened once and checked (`fsperm::open`), trimmed; the
/// warning of a file others may read goes to `warnings`.
pub(crate) fn read_secret_file(
    path: &Path,
    what: &str,
    warnings: &mut Vec<String>,
) -> Result<Secret, Failure> {
    let opened = crate::settings::fsperm::open(path, what)?;
    warnings.extend(opened.read_warning(path, what, true));
    let text = crate::input::read_opened(
        what,
        path,
        &opened.file,
        crate::input::SECRET_CAP,
        Failure::config,
    )?;
    Ok(Secret::new(text.trim().to_string()))
}

fn run_command(argv: &[String], at: &Location, timeout: Duration) -> Result<Secret, Failure> {
    let fail = |msg: String| {
        Failure::config(format!(
            "secret_key_command {:?} (set at {at}) {msg}",
            argv[0]
        ))
    };
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| fail(format!("could not be started: {e}")))?;
    let mut stdout = child.stdout.take().expect("stdout is piped");
    // The reader sends what it read once the output ends; a program that leaves a background
    // process holding its stdout open must not hold timpush past the deadline.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let r = stdout
            .by_ref()
            .take(crate::input::SECRET_CAP + 1)
            .read_to_end(&mut buf);
        let _ = tx.send(r.map(|_| buf));
    });
    let start = Instant::now();
    let too_slow = || {
        fail(format!(
            "did not finish within {:.1} s and was stopped",
            timeout.as_secs_f64()
        ))
        .with_hint("the --timeout setting also bounds the secret key command (a program it starts must not keep its output open)")
    };
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(too_slow());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(fail(format!("could not be waited for: {e}"))),
        }
    };
    let out = match rx.recv_timeout(timeout.saturating_sub(start.elapsed())) {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => return Err(fail(format!("output could not be read: {e}"))),
        Err(_) => return Err(too_slow()),
    };
    if out.len() as u64 > crate::input::SECRET_CAP {
        return Err(fail(
            "printed more than 64 KiB; a secret key is one short line".into(),
        ));
    }
    if !status.success() {
        return Err(fail(format!("failed ({status}); its messages are above")));
    }
    let text = String::from_utf8(out).map_err(|_| fail("printed text that is not UTF-8".into()))?;
    Ok(Secret::new(text.trim().to_string()))
}
