//! timpush: recall Tencent Cloud Chat push notifications (POST v4/timpush/revoke).
//!
//! The library is the program: `main.rs` only calls [`main`]. Nothing here is a stable API.
//!
//! Imports run one way, from the command line down: `cli` (the only module that knows clap)
//! and `commands` turn arguments into plain requests; below them are the pieces commands share
//! (session, recall, finished, settings, output), and at the bottom the leaves (wire format,
//! transport, UserSig, secrets, sanitizing, input).

mod attempt;
mod catalogue;
mod cli;
mod commands;
mod config;
mod credential;
mod emulator;
mod env;
mod error;
mod finished;
mod fsperm;
mod input;
mod notification;
mod output;
mod recall;
mod region;
mod retry;
mod sanitize;
mod secret;
mod session;
mod settings;
mod settings_table;
mod signals;
mod suggest;
mod taskid;
mod timefmt;
mod transport;
mod url;
mod urlenc;
mod usersig;
mod wire;

use clap::Parser;
use std::process::ExitCode;

use cli::{Cli, Command};
use error::{Exit, Failure};
use output::{Format, Reporter};

/// Parses the command line, runs it, and returns its exit status.
pub fn main() -> ExitCode {
    install_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(usage_error(e)),
    };
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(_) => ExitCode::from(Exit::Internal.code()),
    }
}

/// A command line clap refused: its message on stderr (help and version on stdout, exit 0).
fn usage_error(e: clap::Error) -> u8 {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return e.exit_code() as u8;
    }
    let _ = e.print();
    Exit::Usage.code()
}

/// Runs a parsed command line; every failure is reported here, so the caller only exits.
fn run(cli: Cli) -> Exit {
    signals::install();
    let color = cli.global.color.color();
    let verbose = cli.global.verbose;
    let format = match settings::output_format(&cli.output_flag(), &env::process_env) {
        Ok(f) => f,
        Err(f) => {
            Reporter::new(Format::Text, color, verbose).failure(&f);
            return f.exit;
        }
    };
    let rep = Reporter::new(format, color, verbose);
    let flags = match cli.flags() {
        Ok(f) => f,
        Err(f) => {
            rep.failure(&f);
            return f.exit;
        }
    };
    let result: Result<Exit, Failure> = match &cli.command {
        Command::Revoke(args) => commands::revoke::run(&flags, args, &rep),
        Command::Push(args) => commands::push::run(&flags, args, &rep),
        Command::Batch(args) => commands::batch::run(&flags, args, &rep),
        Command::Api(args) => commands::api::run(&flags, args, &rep),
        Command::Usersig(cmd) => commands::usersig::run(&flags, cmd, &rep),
        Command::Config(cmd) => commands::config::run(&flags, cmd, &rep),
        Command::Doctor { .. } => commands::doctor::run(&flags, &rep),
        Command::Man => {
            rep.stdout_bytes(&commands::man::page());
            Ok(Exit::Success)
        }
        Command::Emulator(args) => commands::emulator::run(args, &rep),
        Command::Demo => commands::demo::run(&rep),
        Command::Completions { shell } => {
            rep.stdout_bytes(&commands::completions::script(*shell));
            Ok(Exit::Success)
        }
    };
    let exit = result.unwrap_or_else(|f| {
        rep.failure(&f);
        f.exit
    });
    rep.settle(exit)
}

/// A panic never prints its payload (it could hold a secret): only where it happened.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "timpush: error: internal error{place} (a bug; please report it with the command that was run)"
        );
    }));
}
