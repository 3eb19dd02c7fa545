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
