//! `timpush completions SHELL`: completion scripts generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The completion script for `shell`.
pub(crate) fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "timpush", &mut out);
    out
}

/// The file name used under `completions/`.
#[cfg(test)]
pub(crate) fn file_name(shell: Shell) -> String {
    match shell {
        Shell::Bash => "timpush.bash".into(),
        Shell::Zsh => "_timpush".into(),
        Shell::Fish => "timpush.fish".into(),
        Shell::PowerShell => "_timpush.ps1".into(),
        Shell::Elvish => "timpush.elv".into(),
        _ => format!("timpush.{shell}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scripts in completions/ are generated from the command line; this fails when they
    /// drift. Regenerate with: SNAPSHOTS=overwrite cargo test completions
    #[test]
    fn committed_completion_scripts_match_the_command_line() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::PowerShell,
            Shell::Elvish,
        ] {
            let path = dir.join(file_name(shell));
            snapbox::Assert::new()
                .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
                .normalize_paths(false)
                .eq(
                    String::from_utf8(script(shell)).unwrap(),
                    snapbox::Data::read_from(&path, None).raw(),
                );
        }
    }
}
