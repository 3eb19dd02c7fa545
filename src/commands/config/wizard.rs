//! The questions `config init` asks on a terminal, each until the answer parses.

use super::profile::*;
use super::*;

pub(super) fn prompt(question: &str) -> Result<String, Failure> {
    stderr_print!("{question}");
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
pub(super) fn ask_until<T>(
    question: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<T, Failure> {
    loop {
        let a = prompt(question)?;
        match parse(&a) {
            Ok(v) => return Ok(v),
            Err(e) => stderr_println!("  {e}"),
        }
    }
}

/// The secret key, typed or pasted on the terminal without echo.
pub(super) fn read_hidden_key() -> Result<InitSource, Failure> {
    let key = crate::hidden::read_line("Secret key (not shown): ")
        .map_err(|e| Failure::usage(format!("cannot read the secret key: {e}")))?;
    let key = Secret::new(key.trim().to_string());
    if key.expose().is_empty() || key.expose().chars().any(char::is_whitespace) {
        return Err(Failure::usage(
            "the secret key must be one word without spaces; nothing was written",
        ));
    }
    Ok(InitSource::Key(key))
}

/// `current`: the profile's values before (`config init --force`), offered as the answers
/// Enter keeps.
pub(super) fn ask(given: Given, args: &InitArgs, current: &Given) -> Result<NewProfile, Failure> {
    let parse_with = |key: table::Key| move |a: &str| table::get(key).parse(a);
    let (region, endpoint) = if given.region.is_some() || given.endpoint.is_some() {
        (given.region, given.endpoint.clone())
    } else {
        stderr_println!("Region of the app (Chat console > your app):");
        for (i, r) in Region::ALL.iter().enumerate() {
            stderr_println!("  {}. {:<15} {}", i + 1, r.name(), r.domain());
        }
        let count = Region::ALL.len();
        let question = match current.region {
            Some(r) => format!("Region [number or name; Enter keeps {}]: ", r.name()),
            None => "Region [number or name]: ".into(),
        };
        let r = ask_until(&question, |a| match a.parse::<usize>() {
            _ if a.is_empty() && current.region.is_some() => Ok(current.region.expect("checked")),
            Ok(n) if (1..=count).contains(&n) => Ok(Region::ALL[n - 1]),
            Ok(_) => Err(format!("choose 1-{count}, or type the region's name")),
            _ => Region::parse(a),
        })?;
        (Some(r), None)
    };
    let sdkappid = match given.sdkappid {
        Some(n) => n,
        None => {
            let question = match current.sdkappid {
                Some(n) => format!("SDKAppID [{n}]: "),
                None => "SDKAppID: ".into(),
            };
            ask_until(&question, |a| {
                if a.is_empty()
                    && let Some(n) = current.sdkappid
                {
                    return Ok(n);
                }
                match parse_with(table::SDKAPPID)(a)? {
                    Setting::Number(n) => u32::try_from(n).map_err(|e| e.to_string()),
                    _ => Err("not a number".into()),
                }
            })?
        }
    };
    let identifier = match &given.identifier {
        Some(i) => i.clone(),
        None => {
            let default = current
                .identifier
                .clone()
                .unwrap_or_else(default_identifier);
            ask_until(&format!("Admin identifier [{default}]: "), |a| {
                if a.is_empty() {
                    Ok(default.clone())
                } else {
                    parse_with(table::IDENTIFIER)(a).map(|v| v.to_string())
                }
            })?
        }
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
        stderr_println!("Where does the secret key come from?");
        stderr_println!("  1. paste it now (stored in a key file readable only by you)");
        stderr_println!("  2. a file that holds it");
        stderr_println!("  3. a command that prints it (e.g. pass show timpush/prod)");
        stderr_println!("  4. the variable TIMPUSH_SECRET_KEY, set when timpush runs");
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
