//! timpush: recall Tencent Cloud Chat push notifications (POST v4/timpush/revoke).
//!
//! The library is the program: `main.rs` only calls [`main`]. Nothing here is a stable API.
//!
//! Imports run one way, from the command line down: `cli` (the only module that knows clap)
//! and `commands` turn arguments into plain requests; below them are the pieces commands share
//! (session, recall, output), the settings (`settings/`: the table, resolution, the config
//! file, the credential, file checks) and the client (`client/`: URL, transport, attempt,
//! retry, pacer, clock, catalogue, finished results), and at the bottom the leaves (wire
//! format, UserSig, secrets, sanitizing, input). `run` holds the seams every command takes
//! from its run: arguments, environment, output, clock and network.
//! ARCHITECTURE.md gives every module its floor; `architecture.rs` holds the code to it.

// Every call into the system that Rust cannot check is in `os`, behind a safe function.
#![deny(unsafe_code)]
// Messages on stderr never panic: std's `eprintln!` panics when stderr is gone (a closed pipe,
// `timpush demo 2>&1 | head`), and a panic while panicking aborts. These write to the run's
// stderr instead and drop a failed write (there is nowhere left to say it); std's macros are
// refused by clippy (clippy.toml), so that none comes back by habit.
macro_rules! stderr_println {
    ($($t:tt)*) => {{
        let mut text = format!($($t)*);
        text.push('\n');
        $crate::output::stderr_raw(&text);
    }};
}
macro_rules! stderr_print {
    ($($t:tt)*) => {{
        $crate::output::stderr_raw(&format!($($t)*));
    }};
}

#[cfg(test)]
mod architecture;
mod audience;
mod callback;
mod channel;
mod cli;
mod client;
mod commands;
mod confirm;
#[cfg(feature = "emulator")]
mod emulator;
mod env;
mod error;
#[doc(hidden)]
pub mod fuzzing;
mod hidden;
mod httpd;
mod input;
mod journal;
mod next;
mod notification;
mod os;
mod output;
#[cfg(test)]
mod properties;
mod reach;
mod recall;
mod region;
mod rest;
mod run;
mod sanitize;
#[cfg(test)]
mod scenarios;
mod schedule;
mod secret;
mod session;
mod settings;
mod signals;
mod suggest;
mod taskid;
#[cfg(test)]
mod testkit;
mod timefmt;
mod timings;
mod urlenc;
mod usersig;
mod usersig_fields;
mod wire;
mod zone;

use std::process::ExitCode;

use cli::{Cli, Command};
use error::{Exit, Failure};
use output::{Format, Reporter};

/// Parses the command line, runs it, and returns its exit status.
pub fn main() -> ExitCode {
    install_panic_hook();
    signals::install();
    let exit = run_in(run::Run::process());
    // After its report, a run that a signal cut short dies by the signal, so a shell loop
    // around it stops too: a command that only reads, or one whose last call finished, as well
    // as one that left calls unmade. A server (the emulator, `callback listen`) ends normally.
    if exit == Exit::Interrupted || signals::cut_short() {
        signals::die_interrupted();
    }
    // A command that changes nothing, whose reader left early (`| head`), ends as any program
    // whose pipe closed: by SIGPIPE, after nothing more is said.
    #[cfg(unix)]
    if run::Run::process()
        .reader_left
        .load(std::sync::atomic::Ordering::SeqCst)
    {
        os::raise_sigpipe();
    }
    ExitCode::from(exit.code())
}

/// Runs the command line of `run` with `run`'s seams (output, environment, clock, network)
/// and returns its exit status; a panic is exit 1. The process runs this once; a test runs
/// it in process with seams of its own.
pub(crate) fn run_in(run: &'static run::Run) -> Exit {
    run::enter(run, || {
        timings::start();
        let line = std::iter::once("timpush".to_string()).chain(run.args.iter().cloned());
        let cli = match cli::parse_from(line) {
            Ok(cli) => cli,
            Err(e) => return usage_error(escaped_error(e)),
        };
        timings::mark("command line");
        let exit = std::panic::catch_unwind(|| run_command(cli)).unwrap_or(Exit::Internal);
        timings::mark("bookkeeping (journal, output)");
        if let Some(line) = timings::report() {
            stderr_println!("{line}");
        }
        exit
    })
}

/// The error for the arguments with their control and format characters escaped, when any
/// has one: clap's message quotes the arguments, and its rendering strips escape sequences
/// (so `rev\e]0;x\aoke` would read as `revoke`) and passes bidi characters raw.
fn escaped_error(e: clap::Error) -> clap::Error {
    let raw: Vec<String> = std::iter::once("timpush".to_string())
        .chain(run::current().args.iter().cloned())
        .collect();
    let unsafe_char = |c: char| c.is_control() || sanitize::is_format(c);
    if !raw.iter().skip(1).any(|a| a.chars().any(unsafe_char)) {
        return e;
    }
    let escaped = raw.iter().map(|a| sanitize::escape(a));
    match cli::parse_from(escaped) {
        Err(escaped) if escaped.kind() == e.kind() => escaped,
        _ => e,
    }
}

/// A command line clap refused: its message on stderr (help and version on stdout, exit 0),
/// a hint where the mistake is a common one, and one JSON object on stdout when JSON was asked
/// for.
fn usage_error(e: clap::Error) -> Exit {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        if std::ptr::eq(run::current(), run::Run::process()) {
            // clap colours help for a terminal.
            let _ = e.print();
        } else {
            let _ = run::current()
                .sink
                .stdout(e.render().to_string().as_bytes());
        }
        // Help and the version exit 0; help shown for a missing command is a usage error.
        return if e.exit_code() == 0 {
            Exit::Success
        } else {
            Exit::Usage
        };
    }
    let args = run::current().args.clone();
    // A secret pasted among the arguments is echoed by the message: scrub what is configured.
    register_configured_secrets(&args);
    let invalid = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let hint = usage_hint(e.kind(), &invalid, &args);
    let rendered = e.render().to_string();
    let mut text = rendered.trim_end().to_string();
    if let Some(h) = &hint {
        // Our hint replaces clap's guess at a similar flag (and its usage line for it).
        let help = match subcommand_of(&args) {
            Some(c) => format!("timpush {c} --help"),
            None => "timpush --help".into(),
        };
        text = format!(
            "{}\n\nFor more information, try '{help}'.\n  hint: {h}",
            text.lines().next().unwrap_or("")
        );
    }
    // The tool's own voice, as for every other error; and a usage line that fits the flag
    // suggested (`--versoin` is `timpush --version`, which takes no command).
    if let Some(rest) = text.strip_prefix("error: ") {
        text = format!("timpush: error: {rest}");
    }
    for flag in ["--version", "--help"] {
        text = text.replace(
            &format!("Usage: timpush {flag} <COMMAND>"),
            &format!("Usage: timpush {flag}"),
        );
    }
    output::stderr_line(&text);
    if json_requested(&args) {
        let message = rendered
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("error: ")
            .to_string();
        let mut err = serde_json::Map::new();
        err.insert("kind".into(), "usage".into());
        err.insert("message".into(), sanitize::escape(&message).into());
        if let Some(h) = hint {
            err.insert("hint".into(), h.into());
        }
        let obj = serde_json::json!({"error": err, "exit_code": Exit::Usage.code()});
        Reporter::new(Format::Json, output::Color::Never, false).object(&obj);
    }
    Exit::Usage
}

/// The command the raw arguments name, if one: the first that is a command's name.
fn subcommand_of(args: &[String]) -> Option<String> {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    args.iter().find(|a| names.contains(a)).cloned()
}

/// A hint for the usage mistakes people make most: a TaskId given without `--task-id`, or a
/// near miss of it.
fn usage_hint(kind: clap::error::ErrorKind, invalid: &str, args: &[String]) -> Option<String> {
    use clap::error::ErrorKind;
    let name = invalid
        .split('=')
        .next()
        .unwrap_or("")
        .trim_start_matches('-')
        .to_ascii_lowercase()
        .replace('_', "-");
    if kind == ErrorKind::UnknownArgument && invalid.starts_with("--") {
        if matches!(
            name.as_str(),
            "secret-key" | "secretkey" | "secret" | "key" | "sk"
        ) {
            return Some("the secret key is never a flag (it would show in the process list and the shell's history): use TIMPUSH_SECRET_KEY, or secret_key_file or secret_key_command in the profile (timpush config init writes one)".into());
        }
        // gh's and others' flags for JSON: timpush's is -o json, and jq filters it.
        if matches!(
            name.as_str(),
            "json" | "jq" | "format" | "output-format" | "template" | "jsonl"
        ) {
            return Some("JSON is -o json (one JSON object a line, every command); to filter it, pipe it to jq: timpush log -o json | jq -r .TaskId".into());
        }
        if matches!(name.as_str(), "usersig" | "user-sig" | "sig") {
            return Some("a UserSig is never a flag (it would show in the process list and the shell's history): use TIMPUSH_USERSIG, or usersig_file in the profile; or let timpush make one from the secret key".into());
        }
    }
    let revoke = args.iter().any(|a| a == "revoke");
    if !revoke || kind != ErrorKind::UnknownArgument {
        return None;
    }
    let flag = invalid.split('=').next().unwrap_or("").to_ascii_lowercase();
    let near_task_id = matches!(
        flag.trim_start_matches('-'),
        "id" | "ids" | "task" | "taskid" | "task_id" | "task-ids" | "tid"
    );
    if !invalid.starts_with('-') || near_task_id {
        return Some(
            "give TaskIds as arguments or with --task-id ID (repeatable), or a list with --from-file FILE".into(),
        );
    }
    None
}

/// True when `-o json`, `--output json` or `TIMPUSH_OUTPUT=json` asks for JSON, read from the
/// raw arguments, since they could not be parsed.
fn json_requested(args: &[String]) -> bool {
    let is_json = |v: &str| v.trim().eq_ignore_ascii_case("json");
    let mut it = args.iter().peekable();
    let mut from_flag = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "-o" || a == "--output" {
            it.peek().map(|v| v.as_str())
        } else if let Some(v) = a.strip_prefix("--output=") {
            Some(v)
        } else {
            a.strip_prefix("-o")
                .filter(|v| !v.is_empty() && !a.starts_with("--"))
                .map(|v| v.trim_start_matches('='))
        };
        if let Some(v) = value {
            from_flag = Some(is_json(v));
        }
    }
    from_flag.unwrap_or_else(|| env::process_env("TIMPUSH_OUTPUT").is_some_and(|v| is_json(&v)))
}

/// Runs a parsed command line; every failure is reported here, so the caller only exits.
fn run_command(cli: Cli) -> Exit {
    let color = cli.global.color.color();
    let verbose = cli.global.verbose;
    let format = match settings::output_format(&cli.output_flag(), &env::process_env) {
        Ok(f) => f,
        Err(f) => {
            Reporter::new(Format::Text, color, verbose).failure(&f);
            return f.exit;
        }
    };
    let rep = Reporter::new(format, color, verbose).saying_only_errors(cli.global.quiet);
    // Under GitHub Actions, what the run says is kept for the step summary (not for servers,
    // which run until stopped, nor for the documents man and completions print).
    match settings::github_output(&env::process_env) {
        Ok(true) if !cli.command.serves_or_prints() => {
            if let Ok(mut t) = run::current().transcript.lock() {
                *t = Some(Vec::new());
            }
        }
        Ok(_) => {}
        Err(f) => {
            rep.failure(&f);
            return f.exit;
        }
    }
    if cli.command.changes_nothing() {
        run::current()
            .quiet_pipe
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }
    if output::stdout_closed_at_start() {
        rep.error(
            "standard output is closed, so results (a TaskId, a recall's outcome) could not be written; nothing was sent",
            Some("give timpush somewhere to write: a file (> out.txt), a pipe, or /dev/null if the results are truly not wanted"),
        );
        return Exit::OutputLost;
    }
    for flag in cli.unused() {
        rep.debug(&format!(
            "{flag} is not used by `timpush {}`; left out",
            cli.command.name()
        ));
    }
    let flags = match cli.flags() {
        Ok(f) => f,
        Err(f) => {
            rep.failure(&f);
            return f.exit;
        }
    };
    {
        let flags = flags.clone();
        let _ = run::current()
            .tz_setting
            .set(Box::new(move || settings::tz_setting(&flags)));
    }
    let result: Result<Exit, Failure> = match &cli.command {
        Command::Revoke(args) => commands::revoke::run(&flags, args, &rep),
        Command::Stop(args) => commands::stop::run(&flags, args, &rep),
        Command::Log(args) => commands::log::run(&flags, args, &rep),
        Command::Push(args) => commands::push::run(&flags, args, &rep),
        Command::Batch(args) => commands::batch::run(&flags, args, &rep),
        Command::Api(args) => commands::api::run(&flags, args, &rep),
        Command::Sched(cmd) => commands::sched::run(&flags, &cmd.0, &rep),
        Command::Stats(args) => commands::stats::stats(&flags, args, &rep),
        Command::Trace(args) => commands::stats::trace(&flags, args, &rep),
        Command::Report(args) => commands::report::run(&flags, args, &rep),
        Command::Tag(cmd) => commands::audience::tag(&flags, &cmd.0, &rep),
        Command::Attr(cmd) => commands::audience::attr(&flags, &cmd.0, &rep),
        Command::Usersig(cmd) => commands::usersig::run(&flags, &cmd.0, &rep),
        Command::Config(cmd) => commands::config::run(&flags, &cmd.0, &rep),
        Command::Doctor { .. } => commands::doctor::run(&flags, &rep),
        Command::Callback(cmd) => commands::callback::run(&flags, &cmd.0, &rep),
        Command::Man => {
            one_document(&cli, "man").map(|()| commands::man::show(&commands::man::page(), &rep))
        }
        #[cfg(feature = "emulator")]
        Command::Emulator(args) => commands::emulator::run(args, &rep),
        #[cfg(feature = "emulator")]
        Command::Demo => commands::demo::run(&rep, run_in),
        Command::Completions { shell } => print_only(
            &cli,
            "completions",
            &commands::completions::script(*shell),
            &rep,
        ),
    };
    let exit = result.unwrap_or_else(|f| {
        rep.failure(&f);
        f.exit
    });
    let exit = rep.settle(exit);
    step_summary(cli.command.name(), exit, &rep);
    exit
}

/// Under GitHub Actions, appends the run's Markdown summary to `$GITHUB_STEP_SUMMARY`.
fn step_summary(command: &str, exit: Exit, rep: &Reporter) {
    let Some(lines) = run::current()
        .transcript
        .lock()
        .ok()
        .and_then(|mut t| t.take())
    else {
        return;
    };
    let Some(path) = env::process_env("GITHUB_STEP_SUMMARY") else {
        return;
    };
    use std::io::Write;
    let text = output::step_summary(command, exit, &lines);
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        rep.warn(&format!(
            "the step summary could not be written to {} ({e}); set TIMPUSH_GITHUB=off to leave it out",
            sanitize::escape(&path)
        ));
    }
}

/// A command that only prints a document (the manual page, a completion script): `-o` does not
/// apply to it (the README's rule for an option a command does not use), and a reader that
/// leaves early ends it quietly.
fn print_only(cli: &Cli, name: &str, bytes: &[u8], rep: &Reporter) -> Result<Exit, Failure> {
    one_document(cli, name)?;
    Ok(rep.stdout_bytes(bytes))
}

/// A command that prints one document takes no `-o`.
fn one_document(cli: &Cli, name: &str) -> Result<(), Failure> {
    if cli.global.output.is_some() {
        return Err(Failure::usage(format!(
            "-o/--output does not apply to `timpush {name}`: it prints one document, the same in any format"
        ))
        .with_hint("leave -o out; the document goes to standard output as it is"));
    }
    Ok(())
}

/// A panic never prints its payload (it could hold a secret): only where it happened.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        stderr_println!(
            "timpush: error: internal error{place} (a bug; please report it with the command that was run)"
        );
    }));
}

/// Registers for scrubbing every secret that is configured and can be read without running
/// anything: the credential variables, and each profile's inline secrets and key or UserSig
/// files in the config file the raw arguments (or `TIMPUSH_CONFIG`, or the default) name. Also
/// the value of a `--secret-key=…` or `--usersig=…` given by mistake. For usage errors, which
/// come before any setting is resolved.
fn register_configured_secrets(args: &[String]) {
    use crate::env::process_env;
    let mut it = args.iter().peekable();
    let mut config = None;
    while let Some(a) = it.next() {
        let lower = a.to_ascii_lowercase();
        for flag in ["--secret-key=", "--secret_key=", "--usersig=", "--key="] {
            if let Some(v) = lower.strip_prefix(flag).map(|_| &a[flag.len()..]) {
                crate::secret::register(v);
            }
        }
        if matches!(lower.as_str(), "--secret-key" | "--usersig")
            && let Some(v) = it.peek()
        {
            crate::secret::register(v);
        }
        if a == "-c" || a == "--config" {
            config = it.peek().map(|v| v.to_string());
        } else if let Some(v) = a.strip_prefix("--config=") {
            config = Some(v.to_string());
        }
    }
    let path = match config.or_else(|| process_env("TIMPUSH_CONFIG")) {
        Some(p) => Some(crate::env::expand_path(&p, None)),
        None => crate::settings::default_config_path(&process_env),
    };
    let file = path.and_then(|p| crate::settings::file::ConfigFile::load(&p).ok());
    crate::settings::credential::register_all(file.as_ref().map(|f| &f.0), &process_env);
}
