//! timpush: recall Tencent Cloud Chat push notifications (POST v4/timpush/revoke).

pub mod attempt;
pub mod catalogue;
pub mod cli;
pub mod commands;
pub mod config;
pub mod credential;
pub mod emulator;
pub mod error;
pub mod fsperm;
pub mod listfile;
pub mod notification;
pub mod output;
pub mod region;
pub mod retry;
pub mod secret;
pub mod session;
pub mod settings;
pub mod suggest;
pub mod taskid;
pub mod timefmt;
pub mod transport;
pub mod url;
pub mod usersig;
pub mod wire;

use cli::{Cli, Command};
use error::{Exit, Failure};
use output::Reporter;

/// Runs a parsed command line; every failure is reported here, so the caller only exits.
pub fn run(cli: Cli) -> Exit {
    let format = match settings::output_format(&cli.global, &settings::process_env) {
        Ok(f) => f,
        Err(f) => {
            Reporter::new(
                cli::OutputFormat::Text,
                cli.global.color,
                cli.global.verbose,
            )
            .failure(&f);
            return f.exit;
        }
    };
    let rep = Reporter::new(format, cli.global.color, cli.global.verbose);
    let result: Result<Exit, Failure> = match &cli.command {
        Command::Revoke(args) => commands::revoke::run(&cli.global, args, &rep),
        Command::Push(args) => commands::push::run(&cli.global, args, &rep),
        Command::Batch(args) => commands::batch::run(&cli.global, args, &rep),
        Command::Api(args) => commands::api::run(&cli.global, args, &rep),
        Command::Usersig(cmd) => commands::usersig::run(&cli.global, cmd, &rep),
        Command::Config(cmd) => commands::config::run(&cli.global, cmd, &rep),
        Command::Doctor => commands::doctor::run(&cli.global, &rep),
        Command::Man => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&commands::man::page());
            Ok(Exit::Success)
        }
        Command::Emulator(args) => commands::emulator::run(args),
        Command::Demo => commands::demo::run(&cli.global, &rep),
        Command::Completions { shell } => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&commands::completions::script(*shell));
            Ok(Exit::Success)
        }
    };
    result.unwrap_or_else(|f| {
        rep.failure(&f);
        f.exit
    })
}

/// A panic never prints its payload (it could hold a secret): only where it happened.
pub fn install_panic_hook() {
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
