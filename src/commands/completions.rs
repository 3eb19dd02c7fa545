//! `timpush completions SHELL`: completion scripts generated from the clap definition.

use clap_complete::Shell;

/// The completion script for `shell`: clap's, with the values of -p/--profile completed from
/// the config file's profiles (`timpush config list --names`) instead of file names.
pub(crate) fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    // Every subcommand whole, the deferred ones (cli::Deferred) included.
    let mut cmd = crate::cli::whole();
    clap_complete::generate(shell, &mut cmd, "timpush", &mut out);
    let text = String::from_utf8(out).expect("clap writes UTF-8");
    profiles_completed(shell, &text).into_bytes()
}

const NAMES: &str = "timpush config list --names 2>/dev/null";

fn profiles_completed(shell: Shell, text: &str) -> String {
    match shell {
        Shell::Bash => {
            // `--profile)` and `-p)` are followed by a file-name completion: profile names instead.
            let mut out = String::new();
            let mut after_profile = false;
            for line in text.split_inclusive('\n') {
                let t = line.trim();
                if after_profile && t == "COMPREPLY=($(compgen -f \"${cur}\"))" {
                    let indent = &line[..line.len() - line.trim_start().len()];
                    out.push_str(&format!(
                        "{indent}COMPREPLY=($(compgen -W \"$({NAMES})\" -- \"${{cur}}\"))\n"
                    ));
                } else {
                    out.push_str(line);
                }
                after_profile = t == "--profile)" || t == "-p)";
            }
            out
        }
        Shell::Zsh => text.replace(
            "\\[default\\: default\\]]:NAME:_default'",
            &format!("\\[default\\: default\\]]:NAME:{{compadd -- ${{(f)\"$({NAMES})\"}}}}'"),
        ),
        Shell::Fish => text
            .lines()
            .map(|l| {
                if l.contains(" -s p -l profile ") && l.ends_with(" -r") {
                    format!("{l} -f -a \"({NAMES})\"\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect(),
        _ => text.to_string(),
    }
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
