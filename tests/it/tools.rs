//! Operator tools: `usersig`, `config`, `doctor`, `man` and the help texts.

use crate::common::*;
use crate::sig as usersig;
use serde_json::Value;
use std::io::{BufReader, Read, Write};
use std::process::Stdio;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// A profile "p" with the sentinel key in a file.
fn keyed_env(extra: &str) -> Env {
    let env = Env::new();
    write_private(&env.home().join("p.key"), SENTINEL_KEY);
    env.write_config(&format!(
        "default_profile = \"p\"\n\n# the production app\n[profiles.p]\nregion = \"singapore\"\nsdkappid = 1400000000\nsecret_key_file = \"~/p.key\"\n{extra}"
    ));
    env
}

fn sig(key: &str, id: &str, app: u64, time: i64, ttl: i64) -> String {
    usersig::make(key, id, app, time, ttl)
}

#[test]
fn usersig_gen_prints_a_usersig_for_the_profile() {
    let env = keyed_env("usersig_ttl = 900\n");
    let run = env.run(&["usersig", "gen"]);
    assert_eq!(run.code, 0, "{run:?}");
    let s = run.stdout.trim();
    let f = usersig::decode(s);
    assert_eq!(
        (f.identifier.as_str(), f.sdkappid, f.expire),
        ("administrator", 1400000000, 900)
    );
    assert!((f.time - now()).abs() < 60);
    assert!(usersig::signed_with(&f, SENTINEL_KEY));
    assert!(!run.stdout.contains(SENTINEL_KEY) && !run.stderr.contains(SENTINEL_KEY));

    let run = env.run(&[
        "usersig",
        "gen",
        "--ttl",
        "60",
        "--identifier",
        "ops",
        "-o",
        "json",
    ]);
    let o: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(
        (o["expire"].as_i64(), o["identifier"].as_str()),
        (Some(60), Some("ops"))
    );
    assert_eq!(o["expired"], false);
    let f = usersig::decode(o["usersig"].as_str().unwrap());
    assert_eq!(f.identifier, "ops");

    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1").set(
        "TIMPUSH_USERSIG",
        &sig(SENTINEL_KEY, "administrator", 1, now(), 600),
    );
    let run = env.run(&["usersig", "gen"]);
    assert_eq!(run.code, 3);
    run.stderr_has(&["needs the app's secret key"]);
    assert_eq!(env.run(&["usersig", "gen", "--ttl", "0"]).code, 2);
}

#[test]
fn usersig_decode_reads_fields_without_a_key() {
    let env = Env::new();
    let s = sig(SENTINEL_KEY, "administrator", 1400000000, now() - 100, 600);
    for run in [
        env.run(&["usersig", "decode", &s]),
        env.run_with_stdin(&["usersig", "decode"], Some(&format!("{s}\n"))),
        env.run_with_stdin(&["usersig", "decode", "-"], Some(&s)),
    ] {
        assert_eq!(run.code, 0, "{run:?}");
        run.stdout_has(&["identifier  administrator\n"]);
        assert!(run.stdout.contains("sdkappid    1400000000\n"));
        run.stdout_has(&["status      valid, expires in 8m"]);
        let f = usersig::decode(&s);
        run.assert_no_secrets(&[&s, &f.sig]);
    }
    let old = "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkjGHCxSnZiQUFmSlAQUOoUGpFQWZRKlDABCpQkpkL4hqaGxoZGhqbG5vC9Gamgy0p8PRzMQzzTHLPM0nMLjKzTHYrCKiISgsKcPe3LMkNCc2PqAr2cs40zA*0VaoFAOnqLbo_";
    let run = env.run(&["usersig", "decode", old, "-o", "json"]);
    assert_eq!(run.code, 0);
    let o: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(
        (
            o["identifier"].as_str(),
            o["sdkappid"].as_u64(),
            o["time"].as_i64(),
            o["expire"].as_i64()
        ),
        (Some("3"), Some(1), Some(1712113735), Some(4))
    );
    assert_eq!(o["expires_at"], "2024-04-03T03:08:59Z");
    assert_eq!(o["expired"], true);
    assert!(
        o.get("sig").is_none()
            && !run
                .stdout
                .contains("2pIND1VIbGn4akr69cFpPxZfRPGO9tmTUoXzSJCi1oQ=")
    );
    let run = env.run(&["usersig", "decode", "not-a-usersig"]);
    assert_eq!(run.code, 3);
    run.stderr_has(&["cannot be read"]);
}

#[test]
fn usersig_verify_says_what_is_wrong() {
    let env = keyed_env("");
    let t = now();
    let cases: Vec<(String, i32, Vec<&str>)> = vec![
        (
            sig(SENTINEL_KEY, "administrator", 1400000000, t, 600),
            0,
            vec!["valid: identifier administrator, SDKAppID 1400000000, expires in 10m"],
        ),
        (
            sig("another-secret-key", "administrator", 1400000000, t, 600),
            3,
            vec!["signature mismatch"],
        ),
        (
            sig(SENTINEL_KEY, "administrator", 1400000001, t, 600),
            3,
            vec!["SDKAppID mismatch: made for 1400000001"],
        ),
        (
            sig(SENTINEL_KEY, "ops", 1400000000, t, 600),
            3,
            vec!["identifier mismatch: made for \"ops\""],
        ),
        (
            sig(SENTINEL_KEY, "administrator", 1400000000, t - 7200, 600),
            3,
            vec!["expired 1h 50m ago"],
        ),
        (
            sig(SENTINEL_KEY, "administrator", 1400000000, t + 3600, 600),
            3,
            vec!["not yet valid"],
        ),
        ("garbage".into(), 3, vec!["malformed"]),
    ];
    for (s, code, words) in cases {
        let run = env.run_with_stdin(&["usersig", "verify"], Some(&s));
        assert_eq!(run.code, code, "{run:?}");
        for w in words {
            assert!(run.stdout.contains(w), "{w}: {}", run.stdout);
        }
        run.assert_no_secrets(&[SENTINEL_KEY, &s]);
    }
    let bad = sig("another-secret-key", "ops", 1, t - 7200, 600);
    let run = env.run(&["usersig", "verify", &bad, "-o", "json"]);
    let o: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(o["valid"], false);
    assert_eq!(o["problems"].as_array().unwrap().len(), 4, "{o}");
}

#[test]
fn config_path_list_and_show() {
    let env = keyed_env(&format!(
        "\n[profiles.other]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 7\nsecret_key = \"{SENTINEL_KEY}\"\n"
    ));
    let run = env.run(&["config", "path"]);
    assert_eq!(
        run.stdout.trim(),
        env.home()
            .join(".config/timpush/config.toml")
            .display()
            .to_string()
    );
    assert!(
        run.stderr
            .contains("chosen by default (~/.config/timpush/config.toml); the file exists"),
        "{}",
        run.stderr
    );
    let mut env2 = Env {
        home: tempfile::tempdir().unwrap(),
        vars: vec![],
    };
    env2.set("XDG_CONFIG_HOME", "/xdg");
    let o: Value =
        serde_json::from_str(env2.run(&["config", "path", "-o", "json"]).stdout.trim()).unwrap();
    assert_eq!(
        (o["path"].as_str(), o["exists"].as_bool()),
        (Some("/xdg/timpush/config.toml"), Some(false))
    );
    env2.set("TIMPUSH_CONFIG", "/etc/t.toml");
    let o: Value =
        serde_json::from_str(env2.run(&["config", "path", "-o", "json"]).stdout.trim()).unwrap();
    assert_eq!(o["chosen_by"], "variable TIMPUSH_CONFIG");
    let o: Value = serde_json::from_str(
        env2.run(&["-c", "/x.toml", "config", "path", "-o", "json"])
            .stdout
            .trim(),
    )
    .unwrap();
    assert_eq!(
        (o["path"].as_str(), o["chosen_by"].as_str()),
        (Some("/x.toml"), Some("flag --config"))
    );

    let run = env.run(&["config", "list"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        "  PROFILE          REGION / ENDPOINT        SDKAPPID"
    );
    assert_eq!(run.stderr, "timpush: note: * marks the default profile\n");
    assert!(
        lines[1].starts_with("  other ") && lines[1].contains("http://127.0.0.1:9"),
        "{:?}",
        lines
    );
    assert!(
        lines[2].starts_with("* p ")
            && lines[2].contains("singapore")
            && lines[2].ends_with("1400000000"),
        "{:?}",
        lines
    );

    let run = env.run(&["config", "show"]);
    assert_eq!(run.code, 0);
    let row = |k: &str| {
        run.stdout
            .lines()
            .find(|l| l.starts_with(&format!("{k} ")))
            .unwrap_or("")
            .to_string()
    };
    assert!(
        row("region").contains("singapore")
            && row("region").contains("config.toml:5:10 (profiles.p.region)"),
        "{}",
        run.stdout
    );
    assert!(
        row("endpoint").contains("https://adminapisgp.im.qcloud.com")
            && row("endpoint").contains("region singapore")
    );
    assert!(row("identifier").contains("administrator") && row("identifier").ends_with("default"));
    assert!(
        row("credential").contains("****c0de") && row("credential").contains("p.key"),
        "{}",
        row("credential")
    );
    assert!(row("profile").contains("p ") && row("profile").contains("default_profile"));
    run.assert_no_secrets(&[SENTINEL_KEY]);

    let mut env3 = Env {
        home: env.home,
        vars: vec![],
    };
    env3.set("TIMPUSH_REGION", "tokyo");
    let run = env3.run(&[
        "-p",
        "other",
        "--timeout",
        "5",
        "config",
        "show",
        "-o",
        "json",
    ]);
    let o: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(o["region"]["value"], "tokyo");
    assert_eq!(o["region"]["source"], "variable TIMPUSH_REGION");
    assert_eq!(o["timeout"]["source"], "flag --timeout");
    assert_eq!(o["credential"]["value"], "****c0de");
    assert_eq!(o["endpoint"]["value"], "http://127.0.0.1:9");
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn config_check_lists_every_problem() {
    let env = keyed_env("");
    let run = env.run(&["config", "check"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("ok: "));
    let env = Env::new();
    env.write_config("[profiles.default]\nregoin = \"x\"\nregion = \"mars\"\nsdkappid = 1\nsecret_key_file = \"~/missing.key\"\ntimeout = -3\n");
    let run = env.run(&["config", "check"]);
    assert_eq!(run.code, 3, "{run:?}");
    let problems: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("problem: "))
        .collect();
    assert_eq!(problems.len(), 4, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("unknown key \"regoin\"; did you mean \"region\"?")
    );
    assert!(run.stdout.contains("unknown region \"mars\""));
    assert!(run.stdout.contains("(profiles.default.timeout)"));
    assert!(run.stdout.contains("missing.key"));
    let o: Value =
        serde_json::from_str(env.run(&["config", "check", "-o", "json"]).stdout.trim()).unwrap();
    assert_eq!(
        (o["ok"].as_bool(), o["problems"].as_array().unwrap().len()),
        (Some(false), 4)
    );
}

#[test]
fn config_init_without_a_terminal() {
    let env = Env::new();
    let path = env.home().join(".config/timpush/config.toml");
    let run = env.run_with_stdin(
        &[
            "-p",
            "prod",
            "--region",
            "seoul",
            "--sdkappid",
            "1400000000",
            "config",
            "init",
            "--secret-key-stdin",
        ],
        Some(&format!("{SENTINEL_KEY}\n")),
    );
    assert_eq!(run.code, 0, "{run:?}");
    run.assert_no_secrets(&[SENTINEL_KEY]);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let key = env.home().join(".config/timpush/prod.key");
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::read_to_string(&key).unwrap(),
        format!("{SENTINEL_KEY}\n")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(SENTINEL_KEY));
    assert!(
        text.contains("default_profile = \"prod\"")
            && text.contains("[profiles.prod]")
            && text.contains("region = \"seoul\""),
        "{text}"
    );
    let run = env.run(&["revoke", "--task-id", task(), "--dry-run"]);
    assert_eq!(run.code, 0, "the written profile works: {run:?}");
    assert!(
        run.stdout
            .starts_with("POST https://adminapikr.im.qcloud.com/")
    );

    // A comment added by hand, and a second profile.
    std::fs::write(
        &path,
        text.replace("[profiles.prod]", "# keep this comment\n[profiles.prod]"),
    )
    .unwrap();
    let run = env.run(&[
        "-p",
        "ci",
        "--region",
        "tokyo",
        "--sdkappid",
        "7",
        "config",
        "init",
        "--secret-key-command",
        "pass show tim/ci",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let before = std::fs::read_to_string(&path).unwrap();
    assert!(
        before.contains("# keep this comment")
            && before.contains("secret_key_command = [\"pass\", \"show\", \"tim/ci\"]"),
        "{before}"
    );
    assert!(
        before.contains("default_profile = \"prod\""),
        "the default stays"
    );

    // No overwrite without --force; --force replaces only that profile.
    let run = env.run(&[
        "-p",
        "ci",
        "--region",
        "tokyo",
        "--sdkappid",
        "8",
        "config",
        "init",
        "--secret-from-env",
    ]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("already exists") && run.stderr.contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    let run = env.run(&[
        "-p",
        "ci",
        "--region",
        "tokyo",
        "--sdkappid",
        "8",
        "config",
        "init",
        "--secret-from-env",
        "--force",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.contains("# keep this comment")
            && after.contains("sdkappid = 8")
            && !after.contains("sdkappid = 7")
            && after.contains("region = \"seoul\""),
        "{after}"
    );

    let run = env.run(&[
        "-p",
        "x",
        "--sdkappid",
        "8",
        "config",
        "init",
        "--secret-from-env",
    ]);
    assert_eq!(run.code, 2);
    run.stderr_has(&["needs a region"]);
    let run = env.run(&[
        "-p",
        "x",
        "--region",
        "tokyo",
        "--sdkappid",
        "8",
        "config",
        "init",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("where the secret key comes from"));
}

#[test]
fn config_init_on_a_terminal_asks_and_never_echoes_the_secret() {
    let env = Env::new();
    let bin = env!("CARGO_BIN_EXE_timpush");
    let mut child = std::process::Command::new("script")
        .args(["-qefc", &format!("{bin} -p term config init"), "/dev/null"])
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
    let out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        let mut r = BufReader::new(out);
        let mut buf = Vec::new();
        let mut byte = [0u8; 1];
        while r.read(&mut byte).unwrap_or(0) == 1 {
            buf.push(byte[0]);
            let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
        }
    });
    let mut seen = String::new();
    let mut wait_for = |text: &str| {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !seen.contains(text) {
            match rx.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now())) {
                Ok(s) => seen = s,
                Err(_) => panic!("no {text:?} in: {seen}"),
            }
        }
    };
    for (prompt, answer) in [
        ("Region [number or name]: ", "7"),
        ("SDKAppID: ", "nope"),
        ("SDKAppID: ", "1400000000"),
        ("Admin identifier [administrator]: ", ""),
        ("Choice [1-4]: ", "1"),
        ("Secret key (not shown): ", SENTINEL_KEY),
    ] {
        wait_for(prompt);
        std::thread::sleep(Duration::from_millis(100));
        stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
        if answer == "nope" {
            wait_for("is not an SDKAppID");
        }
    }
    let status = child.wait().unwrap();
    std::thread::sleep(Duration::from_millis(200));
    while let Ok(s) = rx.try_recv() {
        seen = s;
    }
    assert_eq!(status.code(), Some(0), "{seen}");
    assert!(
        !seen.contains(SENTINEL_KEY),
        "the secret was echoed: {seen}"
    );
    let text = std::fs::read_to_string(env.home().join(".config/timpush/config.toml")).unwrap();
    assert!(
        text.contains("region = \"jakarta\"")
            && text.contains("sdkappid = 1400000000")
            && text.contains("identifier = \"administrator\""),
        "{text}"
    );
    let key = std::fs::read_to_string(env.home().join(".config/timpush/term.key")).unwrap();
    assert_eq!(key.trim(), SENTINEL_KEY);
}

fn checks(run: &Run) -> Vec<(String, Value)> {
    run.json_lines()
        .into_iter()
        .map(|o| (o["check"].as_str().unwrap().to_string(), o["ok"].clone()))
        .collect()
}

#[test]
fn doctor_all_good_against_the_emulator() {
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    let env = keyed_env("");
    std::fs::write(env.home().join(".config/timpush/config.toml"), format!("[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_file = \"~/p.key\"\n", emu.url)).unwrap();
    let run = env.run(&["doctor"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", run.stdout);
    for (line, name) in lines.iter().zip([
        "config",
        "credential",
        "network",
        "clock",
        "service",
        "journal",
    ]) {
        assert!(line.starts_with(&format!("✓ {name}")), "{line}");
    }
    assert_eq!(
        lines[5],
        format!(
            "✓ journal    {}/.local/state/timpush/journal.jsonl (default): 0 entries; 0 of 100 pushes today (UTC) for SDKAppID 1400000000, counted from this machine's journal only",
            env.home().display()
        )
    );
    assert!(run.stdout.contains("90049 for a TaskId that cannot exist"));
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn doctor_explains_a_rejected_credential() {
    let emu = EmulatorProcess::start("the-emulator-has-another-key", &[]);
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", &emu.url)
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let run = env.run(&["doctor", "-o", "json"]);
    assert_eq!(run.code, 4, "{run:?}");
    let c = checks(&run);
    assert_eq!(
        c.iter()
            .map(|(n, ok)| (n.as_str(), ok.as_bool()))
            .collect::<Vec<_>>(),
        [
            ("config", Some(true)),
            ("credential", Some(true)),
            ("network", Some(true)),
            ("clock", Some(true)),
            ("service", Some(false)),
            ("journal", Some(true))
        ]
    );
    let last = &run.json_lines()[4];
    assert!(
        last["message"]
            .as_str()
            .unwrap()
            .contains("ErrorCode 70009"),
        "{last}"
    );
    assert!(last["fix"].as_str().unwrap().contains("another app"));
    run.assert_no_secrets(&[SENTINEL_KEY]);

    env.set("TIMPUSH_SDKAPPID", "1234");
    let run = env.run(&["doctor"]);
    assert_eq!(run.code, 5, "70020 is a configuration refusal: {run:?}");
    assert!(
        run.stdout.contains("ErrorCode 70020") && run.stdout.contains("set region"),
        "{}",
        run.stdout
    );
}

#[test]
fn doctor_keeps_going_and_reports_the_first_failure() {
    // No config at all: each problem of the config fails on its own line, the rest is skipped
    // (nothing names an endpoint to check).
    let env = Env::new();
    let run = env.run(&["doctor", "-o", "json"]);
    assert_eq!(run.code, 3, "{run:?}");
    let c = checks(&run);
    let names: Vec<&str> = c.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "config",
            "config",
            "config",
            "credential",
            "network",
            "clock",
            "service",
            "journal"
        ]
    );
    assert!(
        c[..3].iter().all(|(_, ok)| *ok == Value::Bool(false)),
        "{c:?}"
    );
    assert!(c[3..7].iter().all(|(_, ok)| ok.is_null()), "{c:?}");
    assert_eq!(c[7].1, Value::Bool(true), "the journal needs no app: {c:?}");
    assert!(
        run.json_lines()[..3].iter().all(|o| o["fix"].is_string()),
        "a fix for each"
    );

    // A refused connection: network fails (6), the service check is skipped.
    let env = refusing_env();
    let run = env.run(&["doctor"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stdout.contains("✗ network") && run.stdout.contains("- service"),
        "{}",
        run.stdout
    );
}

#[test]
fn doctor_catches_a_wrong_clock() {
    let server = Server::http();
    let hour_ago = usersig::http_date(now() - 3600);
    server.set_default(Reply::Http {
        status: 200,
        content_type: "application/json",
        body: r#"{"ActionStatus":"FAIL","ErrorInfo":"no such task","ErrorCode":90049}"#.into(),
        headers: vec![("Date", hour_ago)],
    });
    let env = Env::for_server(&server);
    let run = env.run(&["doctor"]);
    assert_eq!(run.code, 3, "{run:?}");
    // The server's Date was made an hour before the run; the doctor reads its own clock a
    // moment later, so a second or two may have passed (the only part of the line that varies).
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("✗ clock"))
        .unwrap_or_default()
        .to_string();
    assert!(
        ["3600", "3601", "3602"]
            .iter()
            .any(|n| line.starts_with(&format!(
                "✗ clock      this machine's clock is {n} s ahead of the server's"
            ))),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("✓ service"),
        "the other checks still run: {}",
        run.stdout
    );
}

#[test]
fn man_page_and_help_texts() {
    let env = Env::new();
    let run = env.run(&["man"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.starts_with(".ie") || run.stdout.contains(".TH timpush"),
        "{}",
        &run.stdout[..200.min(run.stdout.len())]
    );
    assert!(run.stdout.contains("revoke"));
    let help = env.run(&["--help"]).stdout;
    assert!(help.contains("Examples:"));
    let help = env.run(&["revoke", "--help"]).stdout;
    assert!(
        help.contains("Exit status:") && help.contains("7  outcome unknown"),
        "{help}"
    );
    for cmd in ["usersig", "config", "doctor"] {
        assert!(
            env.run(&[cmd, "--help"]).stdout.contains("Examples:"),
            "{cmd}"
        );
    }
}
