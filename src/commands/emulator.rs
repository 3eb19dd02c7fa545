//! `timpush emulator`: serve the emulated push service until Ctrl-C or SIGTERM.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use crate::cli::EmulatorArgs;
use crate::emulator::{self, Options};
use crate::error::{Exit, Failure};
use crate::retry;
use crate::secret::{Secret, scrub};
use crate::settings::{EnvFn, expand_path};

pub const DEFAULT_SDKAPPID: u32 = 1400000000;

/// The key the emulator checks UserSigs with: --secret-key-file, else TIMPUSH_EMULATOR_SECRET_KEY,
/// else TIMPUSH_SECRET_KEY.
fn key(args: &EmulatorArgs, env: EnvFn) -> Result<Secret, Failure> {
    let (value, from) = if let Some(p) = &args.secret_key_file {
        let path = expand_path(&p.to_string_lossy(), None);
        if let Some(w) = crate::fsperm::check(&path, "secret key file", true)? {
            eprintln!("timpush: warning: {w}");
        }
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Failure::config(format!(
                "cannot read secret key file {}: {e}",
                path.display()
            ))
        })?;
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

pub fn options(args: &EmulatorArgs, env: EnvFn) -> Result<Options, Failure> {
    Ok(Options {
        sdkappids: if args.apps.is_empty() {
            vec![DEFAULT_SDKAPPID]
        } else {
            args.apps.clone()
        },
        admins: if args.admins.is_empty() {
            vec![crate::settings::DEFAULT_IDENTIFIER.to_string()]
        } else {
            args.admins.clone()
        },
        key: key(args, env)?,
        rate_limit: !args.no_rate_limit,
    })
}

pub fn run(args: &EmulatorArgs) -> Result<Exit, Failure> {
    let listen = emulator::check_listen(&args.listen).map_err(Failure::usage)?;
    let opts = options(args, &crate::settings::process_env)?;
    let (apps, admins) = (opts.sdkappids.clone(), opts.admins.clone());
    let ca_out = args.tls.then(|| {
        args.ca_out.clone().unwrap_or_else(|| {
            std::env::temp_dir().join(format!("timpush-emulator-{}-ca.pem", std::process::id()))
        })
    });
    let log: emulator::Log = Arc::new(|line: &str| {
        eprintln!("emulator: {}", crate::output::escape(&scrub(line)));
    });
    // Before the URL is printed: a script may signal as soon as it has read it.
    retry::install_interrupt_handler();
    let running = emulator::start(listen, opts, ca_out.clone(), Some(log))?;
    running.service.queue_faults(args.faults.iter().cloned());
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", running.base_url);
        let _ = out.flush();
    }
    eprintln!(
        "emulator: serving SDKAppID {} for admin {} at {} (Ctrl-C to stop)",
        apps.iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        admins.join(", "),
        running.base_url
    );
    if let Some(ca) = &running.ca_file {
        eprintln!(
            "emulator: CA certificate written to {} (pass it as --ca-bundle)",
            ca.display()
        );
    }
    if !args.faults.is_empty() {
        eprintln!("emulator: {} scripted fault(s) queued", args.faults.len());
    }
    while !retry::interrupted() {
        std::thread::sleep(Duration::from_millis(100));
    }
    running.stop();
    if args.ca_out.is_none()
        && let Some(p) = &ca_out
    {
        let _ = std::fs::remove_file(p);
    }
    eprintln!("emulator: stopped");
    Ok(Exit::Success)
}

/// For the demo: an emulator with a fresh random key, on a free loopback port.
pub fn start_private() -> Result<(emulator::Running, Secret), Failure> {
    let key = Secret::new(format!(
        "{:032x}{:032x}",
        rand::random::<u128>(),
        rand::random::<u128>()
    ));
    let opts = Options {
        sdkappids: vec![DEFAULT_SDKAPPID],
        admins: vec![crate::settings::DEFAULT_IDENTIFIER.into()],
        key: key.clone(),
        rate_limit: true,
    };
    let listen = "127.0.0.1:0".parse().expect("a valid address");
    Ok((emulator::start(listen, opts, None, None)?, key))
}
