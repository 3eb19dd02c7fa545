use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    timpush::install_panic_hook();
    let cli = timpush::cli::Cli::parse();
    match std::panic::catch_unwind(|| timpush::run(cli)) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(_) => ExitCode::from(timpush::error::Exit::Internal.code()),
    }
}
