//! `timpush completions SHELL`: completion scripts generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "timpush", &mut out);
    out
}

/// The file name used under `completions/`.
pub fn file_name(shell: Shell) -> String {
    match shell {
        Shell::Bash => "timpush.bash".into(),
        Shell::Zsh => "_timpush".into(),
        Shell::Fish => "timpush.fish".into(),
        Shell::PowerShell => "_timpush.ps1".into(),
        Shell::Elvish => "timpush.elv".into(),
        _ => format!("timpush.{shell}"),
    }
}
