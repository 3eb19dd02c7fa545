//! `timpush emulator`: serve the emulated push service until Ctrl-C or SIGTERM.

use std::sync::Arc;
use std::time::Duration;

use crate::cli::EmulatorArgs;
use crate::emulator::{self, DEFAULT_SDKAPPID, Fault, Options};
use crate::env::{EnvFn, expand_path, process_env};
use crate::error::{Exit, Failure};
use crate::input;
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::secret::{Secret, scrub};
use crate::settings::table::{self as table, Value};
use crate::signals;

/// The key the emulator checks UserSigs with: --secret-key-file, else TIMPUSH_EMULATOR_SECRET_KEY,
/// else TIMPUSH_SECRET_KEY.
fn key(args: &EmulatorArgs, env: EnvFn) -> Result<Secret, Failure> {
    let (value, from) = if let Some(p) = &args.secret_key_file {
        let path = expand_path(p, None);
        let opened = crate::settings::fsperm::open(&path, "secret key file")?;
        if let Some(w) = opened.read_warning(&path, "secret key file", true) {
            crate::output::Reporter::quiet().warn(&w);
        }
        let text = input::read_opened(
            "secret key file",
            &path,
            &opened.file,
            input::SECRET_CAP,
            Failure::config,
        )?;
        (text, format!("file {}", path.display()))
    } else if let Some(k) = env("TIMPUSH_EMULATOR_SECRET_KEY") {
        (k, "variable TIMPUSH_EMULATOR_SECRET_KEY".into())
    } else if let Some(k) = env("TIMPUSH_SECRET_KEY") {
        (k, "variable TIMPUSH_SECRET_KEY".into())
    } else {
        return Err(Failure::config("the emulator needs a secret key to check UserSigs with")
            .with_hint("set TIMPUSH_EMULATOR_SECRET_KEY (any text, e.g. $(openssl rand -hex 32)), or pass --secret-key-file FILE; give timpush the same key"));
    };
    let k = value.trim().to_string();
    if k.is_empty() {
        return Err(Failure::config(format!(
            "the secret key from {from} is empty"
        )));
    }
    Ok(Secret::new(k))
}

fn options(args: &EmulatorArgs, env: EnvFn) -> Result<Options, Failure> {
    let mut sdkappids = Vec::new();
    for a in &args.apps {
        match table::get(table::SDKAPPID).parse(a) {
            Ok(Value::Number(n)) => sdkappids.push(n as u32),
            _ => {
                return Err(Failure::usage(format!(
                    "--app: {:?} is not an SDKAppID",
                    escape(a)
                )));
            }
        }
    }
    if sdkappids.is_empty() {
        sdkappids.push(DEFAULT_SDKAPPID);
    }
    let admins = if args.admins.is_empty() {
        vec![emulator::DEFAULT_ADMIN.to_string()]
    } else {
        args.admins.clone()
    };
    Ok(Options {
        sdkappids,
        admins,
        key: key(args, env)?,
        rate_limit: !args.no_rate_limit,
        callback: callback(args)?,
        delay: std::time::Duration::from_millis(args.delay),
    })
}

/// Where callbacks go and the token they are signed with, if --callback-url is given.
fn callback(args: &EmulatorArgs) -> Result<Option<emulator::CallbackTarget>, Failure> {
    let Some(url) = &args.callback_url else {
        return Ok(None);
    };
    let url = crate::callback::check_url("--callback-url", url)?;
    let token = match &args.callback_token_file {
        Some(p) => Some(crate::callback::token_file(&expand_path(p, None), |w| {
            crate::output::Reporter::quiet().warn(w)
        })?),
        None => None,
    };
    Ok(Some(emulator::CallbackTarget { url, token }))
}

/// A new folder in the temporary folder, with a random name, that only this user can enter.
fn private_folder() -> std::io::Result<tempfile::TempDir> {
    let mut b = tempfile::Builder::new();
    b.prefix("timpush-emulator-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o700));
    }
    b.tempdir()
}

pub(crate) fn run(args: &EmulatorArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let listen = emulator::check_listen(&args.listen).map_err(Failure::usage)?;
    let faults: Vec<Fault> = args
        .faults
        .iter()
        .map(|f| Fault::parse(f).map_err(|e| Failure::usage(format!("--fault: {e}"))))
        .collect::<Result<_, _>>()?;
    let opts = options(args, &process_env)?;
    let (apps, admins) = (opts.sdkappids.clone(), opts.admins.clone());
    let callbacks = opts
        .callback
        .as_ref()
        .map(|c| (crate::sanitize::redact_url(&c.url), c.token.is_some()));
    // The CA goes where asked, else into a new folder only this user can enter, removed at the
    // end: never to a name in the shared temporary folder that another user could plant.
    let private_dir = match (args.tls, &args.ca_out) {
        (true, None) => Some(private_folder().map_err(|e| {
            Failure::config(format!(
                "cannot make a private folder for the CA certificate: {e}"
            ))
        })?),
        _ => None,
    };
    let ca_out = match (&private_dir, &args.ca_out) {
        (Some(d), _) => Some(d.path().join("ca.pem")),
        (None, Some(p)) if args.tls => Some(expand_path(p, None)),
        _ => None,
    };
    let log: emulator::Log = Arc::new(|line: &str| {
        stderr_println!("emulator: {}", escape(&scrub(line)));
    });
    // Before the URL is printed: a script may signal as soon as it has read it. A second signal
    // ends the process at once; the private folder goes with it.
    signals::stop_gracefully_saying("emulator: stopping (a second signal stops it at once)");
    if let Some(dir) = &private_dir {
        let dir = dir.path().to_path_buf();
        signals::on_abort(Some(Box::new(move || {
            let _ = std::fs::remove_dir_all(&dir);
        })));
    }
    let running = emulator::start(listen, opts, ca_out.clone(), Some(log))?;
    running.service.queue_faults(faults.iter().cloned());
    // What it serves is said before the URL is printed: a client that has read the URL may
    // call at once, and its calls are logged after these lines, never before.
    stderr_println!(
        "emulator: serving SDKAppID {} for admin {} at {} (Ctrl-C to stop)",
        apps.iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        escape(&admins.join(", ")),
        running.base_url
    );
    if let Some(ca) = &running.ca_file {
        stderr_println!(
            "emulator: CA certificate written to {} (pass it as --ca-bundle)",
            escape(&ca.display().to_string())
        );
    }
    if !faults.is_empty() {
        stderr_println!("emulator: {} scripted fault(s) queued", faults.len());
    }
    if let Some((url, signed)) = &callbacks {
        stderr_println!(
            "emulator: push callbacks go to {url} ({})",
            if *signed {
                "signed with the token"
            } else {
                "unsigned"
            }
        );
    }
    rep.stdout(&running.base_url);
    while !signals::interrupted() {
        std::thread::sleep(Duration::from_millis(100));
    }
    running.stop();
    drop(private_dir);
    stderr_println!("emulator: stopped");
    Ok(Exit::Success)
}
