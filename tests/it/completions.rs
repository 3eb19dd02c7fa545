//! `timpush completions SHELL` prints the committed scripts (which a unit test keeps in step
//! with the command line).

use crate::common::*;

#[test]
fn the_binary_prints_the_committed_scripts() {
    let env = Env::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (name, file) in [
        ("bash", "timpush.bash"),
        ("zsh", "_timpush"),
        ("fish", "timpush.fish"),
        ("powershell", "_timpush.ps1"),
        ("elvish", "timpush.elv"),
    ] {
        let run = env.run(&["completions", name]);
        let want = std::fs::read_to_string(dir.join(file)).unwrap();
        run.expect(0, &want, "");
        // The committed script is generated from the command line: it knows the commands.
        assert!(
            want.contains("revoke") && want.contains("task-id"),
            "{name}"
        );
    }
    env.run(&["completions", "tcsh"]).is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: invalid value 'tcsh' for '<SHELL>'
  [possible values: bash, elvish, fish, powershell, zsh]

  tip: a similar value exists: 'zsh'

For more information, try '--help'.

"#]]);
}

/// In bash, -p and --profile complete the config file's profile names (before and after the
/// command name), not file names.
#[test]
fn bash_completes_profile_names() {
    let env = Env::new();
    env.write_config(
        "default_profile = \"prod\"\n[profiles.prod]\nsdkappid = 1\n[profiles.staging]\nsdkappid = 2\n[profiles.sandbox]\nsdkappid = 3\n",
    );
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_timpush"));
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/timpush.bash");
    let complete = |words: &str, cword: usize| {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source '{}'; COMP_WORDS=({words}); COMP_CWORD={cword}; _timpush timpush \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                script.display()
            ))
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin.parent().unwrap().display()))
            .env("HOME", env.home())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete("timpush -p s", 2), "sandbox\nstaging\n");
    assert_eq!(
        complete("timpush revoke --profile ''", 3),
        "prod\nsandbox\nstaging\n"
    );
}
