//! The completion scripts in completions/ are generated from the clap definition; this fails
//! when they drift. Regenerate with: UPDATE_COMPLETIONS=1 cargo test --test completions

mod common;

use clap_complete::Shell;
use timpush::commands::completions::{file_name, script};

const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

#[test]
fn committed_scripts_match_the_command_line() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    for shell in SHELLS {
        let path = dir.join(file_name(shell));
        let want = script(shell);
        if update {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is out of date: run UPDATE_COMPLETIONS=1 cargo test --test completions",
            path.display()
        );
    }
}

#[test]
fn the_binary_prints_the_same_scripts() {
    let env = common::Env::new();
    for (shell, name) in [
        (Shell::Bash, "bash"),
        (Shell::Zsh, "zsh"),
        (Shell::Fish, "fish"),
        (Shell::PowerShell, "powershell"),
        (Shell::Elvish, "elvish"),
    ] {
        let run = env.run(&["completions", name]);
        assert_eq!(run.code, 0);
        assert_eq!(run.stdout.as_bytes(), script(shell).as_slice(), "{name}");
        assert!(
            run.stdout.contains("revoke") && run.stdout.contains("task-id"),
            "{name}"
        );
    }
    assert_eq!(env.run(&["completions", "tcsh"]).code, 2);
}
