//! Every command's `--help`, checked whole against the committed text in tests/help/ (run
//! `SNAPSHOTS=overwrite cargo test help` to write them anew on purpose, then review the diff): a help
//! text that drifts from the command fails here. And what the help says agrees with the program.

use crate::common::*;
use std::path::Path;

/// Every command path: `revoke`, `sched add`, …, and the top level ("").
fn command_paths() -> Vec<Vec<String>> {
    let top = Env::new().run(&["--help"]);
    let mut paths = vec![vec![]];
    for name in commands_in(&top.stdout) {
        let sub = Env::new().run(&[name.as_str(), "--help"]);
        let nested = commands_in(&sub.stdout);
        paths.push(vec![name.clone()]);
        for n in nested {
            paths.push(vec![name.clone(), n]);
        }
    }
    paths
}

/// The names under a help text's `Commands:` heading (without `help`).
fn commands_in(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_help_text_is_the_committed_one() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/help");
    let mut seen = Vec::new();
    for path in command_paths() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let run = Env::new().run(&args);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{args:?}");
        let name = if path.is_empty() {
            "timpush".to_string()
        } else {
            format!("timpush-{}", path.join("-"))
        };
        seen.push(format!("{name}.txt"));
        // A command's help fits a terminal of 40 lines (the list of commands aside).
        if !path.is_empty() {
            let lines = run.stdout.trim_end().lines().count();
            assert!(lines <= 40, "{name}: {lines} lines");
        }
        same_as_file(run.stdout, &format!("help/{name}.txt"));
    }
    // No committed text for a command that is gone.
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    seen.sort();
    assert_eq!(
        files, seen,
        "tests/help holds texts of commands that do not exist"
    );
}

/// The help line of `demo` names each step the demo takes.
#[test]
fn the_demo_does_what_its_help_says() {
    let top = Env::new().run(&["--help"]);
    let line = top
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("demo "))
        .unwrap()
        .to_string();
    let run = demo_run();
    assert_eq!(run.code, 0, "{run:?}");
    let steps: Vec<&str> = run
        .stderr
        .lines()
        .chain(run.stdout.lines())
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect();
    assert_eq!(steps.len(), 11, "{steps:?}");
    // The help line is checked whole in tests/help, the demo's output in tests/transcripts;
    // this checks that the one names what the other does, word by word.
    for word in [
        "push", "refused", "recall", "again", "window", "schedule", "stop", "cancel", "reach",
        "how far", "journal",
    ] {
        assert!(
            line.contains(word),
            "the demo's help line does not say {word:?}: {line}"
        );
    }
    // -v names the credential the demo made, not a variable the user never set (the rest of
    // -v is a trace of every call, and the demo's own output is its transcript).
    let run = Env::new().run(&["demo", "-v"]);
    assert!(
        run.stderr
            .contains("credential: secret key made by the demo's emulator (no account)"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("TIMPUSH_SECRET_KEY"), "{}", run.stderr);
}

/// `emulator --help` lists every control endpoint the README's table lists.
#[test]
fn the_emulator_help_lists_every_control_endpoint() {
    let help = Env::new().run(&["emulator", "--help"]).stdout;
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let endpoints: Vec<String> = readme
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains(" /_emulator/"))
        .map(|l| {
            l.trim_start_matches("| `")
                .split('`')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(endpoints.len(), 6, "{endpoints:?}");
    // The help is checked whole in tests/help; here, that it names each endpoint the README does.
    for e in endpoints {
        assert!(help.contains(&e), "emulator --help does not list {e}");
    }
}

#[test]
fn hints_fit_what_happened() {
    let server = Server::http();
    let env = Env::for_server(&server);
    // A second cancel: the task is not there any more.
    server.push([Reply::Json(
        r#"{"ActionStatus":"FAIL","ErrorCode":90104,"ErrorInfo":"task not exist"}"#.into(),
    )]);
    env.run(&["sched", "cancel", "7"]).is(str![[r#"
exit 5
--- stdout
--- stderr
timpush: error: scheduled task 7: ErrorCode 90104 (request parameter invalid (scheduled tasks)): service said "task not exist"
  hint: no scheduled task 7 is there: it was cancelled already, or the TaskID is not this app's; list them with timpush sched list

"#]]);
    // A flag's value is named as the flag's, not the profile's.
    // (Made where no server watches: a UserSig printed on purpose shares its head with those
    // the server received.)
    let mut maker = Env::new();
    maker.vars = env.vars.clone();
    let sig = maker.run(&["usersig", "gen"]).stdout;
    let run = env.run(&["usersig", "verify", "--sdkappid", "1400000001", sig.trim()]);
    run.expect(
        3,
        "invalid: SDKAppID mismatch: made for 1400000000, but the SDKAppID is 1400000001 (from flag --sdkappid)\n",
        "",
    );
}

/// The README's emulator session runs as written: `timpush` on the PATH, nothing else given.
#[test]
fn the_readme_emulator_session_runs_as_written() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("## The emulator")
        .nth(1)
        .expect("the emulator section");
    let block = section
        .split("```\n")
        .nth(1)
        .expect("its first code block")
        .to_string();
    let env = Env::new();
    let out = bash_with_timpush(&env, "-ec", &format!("set -m\n{block}"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    same(
        varying(&placeholders(&format!("{stdout}--- stderr\n{stderr}")))
            .replace(&env.home().display().to_string(), "[HOME]"),
        str![[r#"
recalled [TASK1]
--- stderr
emulator: serving SDKAppID 1400000000 for admin administrator at https://127.0.0.1:[PORT] (Ctrl-C to stop)
emulator: CA certificate written to ca.pem (pass it as --ca-bundle)
emulator: POST /_emulator/tasks -> 200
emulator: POST /v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json -> 0
emulator: stopping (a second signal stops it at once)
emulator: stopped

"#]],
    );
}

/// Every `console` block of the README is a session: each `$ ` line is run (in one bash, so
/// variables carry over) against an emulator, and what follows it is exactly what it prints,
/// stdout and stderr together. What varies (TaskIds, times) is compared as placeholders, the
/// home folder as `~`.
#[test]
fn the_readme_sessions_print_what_they_say() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let sessions: Vec<&str> = readme
        .split("```console\n")
        .skip(1)
        .map(|b| b.split("\n```").next().unwrap())
        .collect();
    assert!(!sessions.is_empty(), "the README shows no session");
    for session in sessions {
        let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
        let env = Env::new();
        let mut script = String::new();
        let mut expected = Vec::new();
        for line in session.lines() {
            match line.strip_prefix("$ ") {
                Some(cmd) => {
                    script.push_str(&format!("echo '@@'\n{cmd} || true\n"));
                    expected.push(String::new());
                }
                None => {
                    let out = expected
                        .last_mut()
                        .expect("a session starts with a command");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        let out = bash_with_timpush(&env, "-c", &format!("exec 2>&1\n{script}"))
            .env("TZ", "UTC")
            .env("TIMPUSH_ENDPOINT", &emu.url)
            .env("TIMPUSH_SDKAPPID", "1400000000")
            .env("TIMPUSH_SECRET_KEY", SENTINEL_KEY)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).replace(env.home().to_str().unwrap(), "~");
        let got: Vec<String> = text.split("@@\n").skip(1).map(str::to_string).collect();
        assert!(!text.contains(SENTINEL_KEY));
        assert_eq!(
            placeholders(&got.concat()),
            placeholders(&expected.concat()),
            "a README session prints something else now:\n{}",
            got.iter()
                .zip(session.lines().filter(|l| l.starts_with("$ ")))
                .map(|(o, c)| format!("{c}\n{o}"))
                .collect::<String>()
        );
    }
}
