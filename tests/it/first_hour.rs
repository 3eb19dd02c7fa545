//! What a new operator trips over: input pasted with quotes or commas, empty lists, standard
//! input on a terminal, and commands that only print.

use crate::common::*;

#[test]
fn pasted_task_ids_are_refused_before_any_call() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let id = task();
    let quoted = format!("\"{id}\"");
    env.run(&["revoke", "--task-id", &quoted]).expect(
        2,
        "",
        "timpush: error: --task-id: the TaskId holds a quote (\"); give the TaskId without quotes\n",
    );
    let joined = format!("{id},{id}");
    env.run(&["revoke", "--task-id", &joined]).expect(
        2,
        "",
        "timpush: error: --task-id: the TaskId holds a comma or semicolon: give one TaskId at a time (repeat --task-id, or one a line in --from-file)\n",
    );
    let list = env.home().join("ids.txt");
    std::fs::write(&list, format!("{id}\n'{id}'\n")).unwrap();
    env.run(&["revoke", "--from-file", list.to_str().unwrap()]).expect(
        2,
        "",
        &format!(
            "timpush: error: {}:2: the TaskId holds a quote ('); give the TaskId without quotes\n",
            list.display()
        ),
    );
    // A list that holds nothing says so, naming it.
    let empty = env.home().join("empty.txt");
    std::fs::write(&empty, "# nothing yet\n\n").unwrap();
    env.run(&["revoke", "--from-file", empty.to_str().unwrap()]).expect(
        2,
        "",
        &format!(
            "timpush: error: --from-file: {} held no TaskId (only blank lines and # comments, or nothing)\n  hint: put one TaskId a line in it, as push and batch print them\n",
            empty.display()
        ),
    );
    env.run_with_stdin(&["revoke", "--from-file", "-"], Some("")).expect(
        2,
        "",
        "timpush: error: --from-file: standard input held no TaskId (only blank lines and # comments, or nothing)\n  hint: put one TaskId a line in it, as push and batch print them\n",
    );
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// `man` and `completions` print one document: a reader that leaves early ends them quietly,
/// and -o does not apply to them.
#[test]
fn commands_that_only_print_end_quietly_and_refuse_o() {
    let env = Env::new();
    for args in [&["man"][..], &["completions", "bash"]] {
        let mut cmd = env.command(args);
        let mut child = cmd.stdin(std::process::Stdio::null()).spawn().unwrap();
        // The reader leaves at once, as `| head -1` does after its line.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).into_owned()
            ),
            (Some(0), String::new()),
            "{args:?}"
        );
        let mut with_o = args.to_vec();
        with_o.extend(["-o", "json"]);
        let run = env.run(&with_o);
        let name = args[0];
        assert_eq!(run.code, 2, "{run:?}");
        assert_eq!(
            run.json_lines(),
            vec![
                serde_json::json!({"error": {"kind": "usage", "message": format!("-o/--output does not apply to `timpush {name}`: it prints one document, the same in any format"), "hint": "leave -o out; the document goes to standard output as it is"}, "exit_code": 2})
            ]
        );
    }
}

/// `trace` with nothing to show says so on stderr: stdout holds results only.
#[test]
fn trace_with_nothing_found_prints_no_result() {
    let server = Server::http();
    let env = Env::for_server(&server);
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","InstanceTrace":[]}"#.into(),
    )]);
    let id = task();
    env.run(&["trace", id, "--user", "u1"]).expect(
        0,
        "",
        &format!("timpush: note: no trace of {id} for u1: the push did not target this user, or it is older than 7 days\n"),
    );
}

/// Reading standard input from a terminal says so, instead of seeming to hang.
#[test]
fn standard_input_on_a_terminal_is_announced() {
    let env = Env::new();
    let bin = env!("CARGO_BIN_EXE_timpush");
    // script(1) gives the command a terminal; its input ends at once (Ctrl-D).
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("{bin} usersig decode"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("timpush: note: reading the UserSig from standard input; paste it, then press Enter and Ctrl-D\r\n"),
        "{text:?}"
    );
}

/// The wizard answers a region number out of range with the range, and refuses a key file
/// that is not there (not only `doctor`, later).
#[test]
fn the_wizard_checks_the_region_number_and_the_key_file() {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let env = Env::new();
    let key = env.home().join("prod.key");
    write_private(&key, SENTINEL_KEY);
    let bin = env!("CARGO_BIN_EXE_timpush");
    let mut child = std::process::Command::new("script")
        .args(["-qefc", &format!("{bin} -p prod config init"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut byte = [0u8; 1];
        while out.read(&mut byte).unwrap_or(0) == 1 {
            buf.push(byte[0]);
            let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
        }
    });
    let mut seen = String::new();
    let mut wait_for = |text: &str, from: usize| -> usize {
        loop {
            if let Some(i) = seen[from..].find(text) {
                return from + i + text.len();
            }
            match rx.recv_timeout(std::time::Duration::from_secs(20)) {
                Ok(s) => seen = s,
                Err(_) => panic!("no {text:?} in: {seen}"),
            }
        }
    };
    let missing = env.home().join("no-such.key");
    let mut at = 0;
    for (prompt, answer, then) in [
        (
            "Region [number or name]: ",
            "10".to_string(),
            Some("choose 1-9, or type the region's name"),
        ),
        ("Region [number or name]: ", "2".to_string(), None),
        ("SDKAppID: ", "1400000000".to_string(), None),
        ("Admin identifier [administrator]: ", String::new(), None),
        ("Choice [1-4]: ", "2".to_string(), None),
        (
            "Key file path: ",
            missing.display().to_string(),
            Some("cannot read key file"),
        ),
        ("Key file path: ", key.display().to_string(), None),
    ] {
        at = wait_for(prompt, at);
        stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
        if let Some(said) = then {
            at = wait_for(said, at);
        }
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{seen}");
    let text = std::fs::read_to_string(env.home().join(".config/timpush/config.toml")).unwrap();
    assert!(text.contains("region = \"singapore\""), "{text}");
    assert!(
        text.contains(&format!("secret_key_file = \"{}\"", key.display())),
        "{text}"
    );
}

/// From an empty home: no config file says to run `config init`; a file whose profiles none is
/// chosen says how to choose; `config init` makes the new profile the default when the file
/// names none; doctor names every problem with its fix and still checks what needs no
/// credential.
#[test]
fn first_run_from_an_empty_home() {
    let env = Env::new();
    let config = env.home().join(".config/timpush/config.toml");
    env.run(&["revoke", "--task-id", task()]).expect(
        3,
        "",
        &format!(
            "timpush: error: no config file at {}, and no SDKAppID set by a flag or variable\n  hint: run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY\n",
            config.display()
        ),
    );
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    env.write_config(&format!(
        "[profiles.prod]\nregion = \"singapore\"\nsdkappid = 1400000000\n\n[profiles.emulator]\nendpoint = \"{}\"\nsdkappid = 1400000000\n",
        emu.url
    ));
    env.run(&["revoke", "--task-id", task()]).expect(
        3,
        "",
        &format!(
            "timpush: error: {} has the profiles emulator, prod but none is chosen\n  hint: pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = \"emulator\" at the top of the file\n",
            config.display()
        ),
    );
    // doctor: each problem with its fix; the network and clock checked all the same.
    let run = env.run(&["-p", "emulator", "doctor"]);
    assert_eq!(run.code, 3, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0], "✗ config     no credential for profile \"emulator\"",
        "{}",
        run.stdout
    );
    assert!(lines[1].starts_with("             fix: "), "{}", run.stdout);
    assert_eq!(
        lines[2],
        "- credential skipped: no credential source (see config)"
    );
    assert!(lines[3].starts_with("✓ network "), "{}", run.stdout);
    assert!(lines[4].starts_with("✓ clock "), "{}", run.stdout);
    // config init into the file that names no default: the new profile becomes it.
    let run = env.run(&[
        "-p",
        "local",
        "--endpoint",
        &emu.url,
        "--sdkappid",
        "1400000000",
        "config",
        "init",
        "--secret-from-env",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.ends_with("timpush: note: \"local\" is now the default profile (the file named none); another is chosen with -p NAME\n"),
        "{}",
        run.stderr
    );
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.starts_with("default_profile = \"local\"\n"), "{text}");
}

/// `config show` keeps values and sources apart; `config list` has a header and says which is
/// the default; `config check` lists problems in the file's order; `sched list` puts the next
/// task to go out on top.
#[test]
fn listings_read_as_tables_in_a_useful_order() {
    let server = Server::http();
    let env = Env::new();
    let long = format!("/{}/prod.key", "deep".repeat(14));
    env.write_config(&format!(
        "[profiles.zeta]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_file = \"{long}\"\nzzz = 1\n\n[profiles.alpha]\nsdkappid = 1\naaa = 2\n",
        server.base
    ));
    let run = env.run(&["-p", "zeta", "config", "show"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("SETTING       VALUE"),
        "{}",
        run.stdout
    );
    let cred = lines
        .iter()
        .position(|l| l.starts_with("credential "))
        .unwrap();
    // The value is longer than the column: its source stands on the next line, under SOURCE.
    let source_col = lines[0].find("SOURCE").unwrap();
    assert!(
        lines[cred + 1].starts_with(&" ".repeat(source_col)),
        "{}",
        run.stdout
    );
    assert!(
        lines[cred + 1][source_col..].starts_with("secret key from file "),
        "{}",
        run.stdout
    );
    for (i, l) in lines.iter().enumerate().skip(1) {
        let continued = lines.get(i + 1).is_some_and(|n| n.starts_with(' '));
        if !l.starts_with(' ') && !continued && l.len() > source_col {
            assert_eq!(
                &l[source_col - 2..source_col],
                "  ",
                "value and source run together: {l}"
            );
        }
    }
    let run = env.run(&["config", "list"]);
    assert_eq!(
        run.stderr,
        "timpush: note: no profile is the default (* marks it): pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = \"NAME\" at the top of the file\n"
    );
    let problems: Vec<String> = env
        .run(&["-p", "zeta", "config", "check"])
        .stdout
        .lines()
        .filter(|l| l.starts_with("problem: ") && l.contains("unknown key"))
        .map(str::to_string)
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains(":5:1 (profiles.zeta.zzz)"),
        "{problems:?}"
    );
    assert!(
        problems[1].contains(":9:1 (profiles.alpha.aaa)"),
        "{problems:?}"
    );
    // sched list asks for the earliest scheduled first.
    let env = Env::for_server(&server);
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Total":0,"Tasks":[]}"#.into(),
    )]);
    assert_eq!(env.run(&["sched", "list"]).code, 0);
    let body = server.requests().last().unwrap().json();
    assert_eq!(
        (body["OrderBy"].as_str(), body["Asc"].as_bool()),
        (Some("schedat"), Some(true))
    );
}

/// Every time shown carries its zone: trace's times (UTC on the wire) show this machine's time
/// with UTC beside it; a report's --until of 2h means two hours ago, not from now.
#[test]
fn times_carry_their_zone_and_report_durations_look_back() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    env.set("TZ", "Asia/Shanghai");
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","InstanceTrace":[{"InstanceId":"d1","System":"iOS","SystemVersion":"17","PushPlatform":0,"EventType":1,"PushTime":"2030-01-01 00:00:00","OfflinePushStat":{"OfflineStat":{"EventTime":"2030-01-01 00:00:01","PushStatus":1,"ErrorCode":0,"ErrorInfo":""}}}]}"#.into(),
    )]);
    let run = env.run(&["trace", task(), "--user", "u1"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].ends_with("pushed 2030-01-01 08:00:00 +08:00 (2030-01-01 00:00:00 UTC)"),
        "{}",
        run.stdout
    );
    assert!(
        lines[1].contains(" 2030-01-01 08:00:01 +08:00 (2030-01-01 00:00:01 UTC) "),
        "{}",
        run.stdout
    );
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Results":[]}"#.into(),
    )]);
    let before = crate::sig::now();
    assert_eq!(
        env.run(&["stats", "--since", "5h", "--until", "2h", "-o", "json"])
            .code,
        0
    );
    let body = server.requests().last().unwrap().json();
    let until = body["EndTime"].as_i64().unwrap();
    assert!(
        (before - 2 * 3600 - 5..=before - 2 * 3600 + 5).contains(&until),
        "{body}"
    );
}

/// Usage errors speak as the tool does, with a usage line that fits; revoke's usage says that
/// one of its task sources is needed.
#[test]
fn usage_errors_look_like_the_tool_s_own() {
    let env = Env::new();
    env.run(&["--versoin"]).expect(
        2,
        "",
        "timpush: error: unexpected argument '--versoin' found\n\n  tip: a similar argument exists: '--version'\n\nUsage: timpush --version\n\nFor more information, try '--help'.\n",
    );
    let run = env.run(&["revoke", "--bogus"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("timpush: error: unexpected argument '--bogus' found\n\nUsage: timpush revoke (--task-id ID... | --from-file FILE|- | --sched ID...) [OPTIONS]\n"), "{}", run.stderr);
}
