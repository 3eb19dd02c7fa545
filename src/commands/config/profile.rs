//! What `config init` writes: the new profile, from the flags given or from the wizard's
//! answers.

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
    pub(super) fn from(flags: &Flags) -> Result<Given, Failure> {
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
        // The file must be there and fit to hold a key now, as the terminal's questions have
        // it, not only when the profile is first used.
        let path = crate::env::expand_path(p, None);
        if let Err(mut f) = crate::settings::fsperm::open(&path, "key file") {
            f.message = format!("--secret-key-file: {}; nothing was written", f.message);
            f.hint.get_or_insert_with(|| {
                "give the path of a file that holds the key (mode 600), or --secret-key-stdin to store one".into()
            });
            return Err(f);
        }
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
