//! The push lifecycle: `timpush push`, `timpush batch`, `timpush api`, against the recording
//! server (wire format, faults) and the emulator (semantics, push then revoke in one script).

use crate::common::*;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::Stdio;

fn ok_with(extra: &str) -> Reply {
    Reply::Json(format!(
        r#"{{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0{extra}}}"#
    ))
}

const PUSHED: &str = "6b0c32ed_53724e00_2cfcfc7de50ba62_80000001_da8b244";

#[test]
fn push_sends_the_documented_body_and_prints_the_taskid_alone() {
    let server = Server::http();
    server.set_default(ok_with(&format!(r#","TaskId":"{PUSHED}""#)));
    let env = Env::for_server(&server);
    let run = env.run(&[
        "push",
        "--tag",
        "vip",
        "--tag",
        "beta",
        "--any-tag",
        "cn",
        "--not-tag",
        "churned",
        "--title",
        "Sale",
        "--desc",
        "Today",
        "--ext",
        r#"{"deep":"link"}"#,
        "--store",
        "--data-id",
        "d-1",
        "--from",
        "ops",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, format!("{PUSHED}\n"));
    run.stderr_has(&[&format!("to recall it: timpush revoke --task-id {PUSHED}")]);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert!(reqs[0].path.starts_with("/v4/timpush/push?usersig="));
    let b = reqs[0].json();
    assert_eq!(b["From_Account"], "ops");
    assert_eq!(
        b["OfflinePushInfo"],
        json!({"Title": "Sale", "Desc": "Today", "Ext": "{\"deep\":\"link\"}"})
    );
    assert_eq!(
        b["Condition"],
        json!({"TagsAnd": ["vip", "beta"], "TagsOr": ["cn"], "TagsNot": ["churned"]})
    );
    assert_eq!(b["OnlineOnlyFlag"], 0);
    assert_eq!(b["DataId"], "d-1");
    let r1 = b["MsgRandom"].as_u64().unwrap();
    assert!(r1 <= u32::MAX as u64);
    run.assert_no_secrets(&[SENTINEL_KEY, reqs[0].param("usersig").unwrap()]);

    let run = env.run(&[
        "push",
        "--attr",
        "city=Paris",
        "--title",
        "t",
        "--desc",
        "d",
        "--online-only",
        "-o",
        "json",
    ]);
    assert_eq!(run.code, 0);
    let o = &run.json_lines()[0];
    assert_eq!(
        (
            o["TaskId"].as_str(),
            o["outcome"].as_str(),
            o["ErrorCode"].as_i64()
        ),
        (Some(PUSHED), Some("pushed"), Some(0))
    );
    let b = server.requests()[1].json();
    assert_eq!(b["Condition"], json!({"AttrsAnd": {"city": "Paris"}}));
    assert_eq!(
        (
            b["OnlineOnlyFlag"].as_i64(),
            b.get("From_Account").and_then(Value::as_str)
        ),
        (Some(1), Some("administrator"))
    );
    assert_ne!(
        b["MsgRandom"].as_u64().unwrap(),
        r1,
        "MsgRandom is fresh per push"
    );
}

#[test]
fn push_full_offline_push_info_from_a_file_is_merged_under_the_flags() {
    let server = Server::http();
    server.set_default(ok_with(&format!(r#","TaskId":"{PUSHED}""#)));
    let env = Env::for_server(&server);
    let file = env.home().join("info.json");
    std::fs::write(&file, r#"{"Title":"from file","Desc":"kept","AndroidInfo":{"Sound":"ding"},"ApnsInfo":{"BadgeMode":1}}"#).unwrap();
    let run = env.run(&[
        "push",
        "--tag",
        "t",
        "--offline-push-info",
        file.to_str().unwrap(),
        "--title",
        "from flag",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        server.requests()[0].json()["OfflinePushInfo"],
        json!({"Title": "from flag", "Desc": "kept", "AndroidInfo": {"Sound": "ding"}, "ApnsInfo": {"BadgeMode": 1}})
    );
    let run = env.run_with_stdin(
        &["push", "--tag", "t", "--offline-push-info", "-"],
        Some("[1,2]"),
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("must hold a JSON object"));
}

#[test]
fn push_limits_are_checked_before_sending() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let eleven: Vec<String> = (0..11)
        .flat_map(|i| ["--tag".to_string(), format!("t{i}")])
        .collect();
    let long = "x".repeat(51);
    let big = "x".repeat(11 * 1024);
    let data_id = "d".repeat(65);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (eleven.iter().map(String::as_str).collect(), "at most 10"),
        (vec!["--tag", &long], "a tag is at most 50"),
        (vec!["--tag", "a", "--any-tag", "a"], "given twice"),
        (vec!["--tag", "a", "--attr", "k=v"], "cannot be mixed"),
        (vec!["--attr", "novalue"], "KEY=VALUE"),
        (vec!["--tag", "a", "--data-id", &data_id], "at most 64"),
        (vec!["--tag", "a", "--desc", &big], "at most 10240 (10 KB)"),
        (vec!["--tag", "a", "--ext", "{oops"], "--ext must be JSON"),
        (vec!["--tag", "a"], "nothing to show"),
        (
            vec!["--tag", "a", "--store", "--online-only"],
            "cannot be used with",
        ),
    ];
    for (mut args, words) in cases {
        if !args.contains(&"--desc") && !args.contains(&"--store") && words != "nothing to show" {
            args.extend(["--title", "t", "--desc", "d"]);
        }
        let mut all = vec!["push"];
        all.extend(args.iter());
        let run = env.run(&all);
        assert_eq!(run.code, 2, "{words}: {run:?}");
        assert!(run.stderr.contains(words), "{words}: {}", run.stderr);
    }
    assert_eq!(server.connections(), 0);
}

#[test]
fn push_to_all_users_needs_confirmation() {
    let server = Server::http();
    server.set_default(ok_with(&format!(r#","TaskId":"{PUSHED}""#)));
    let env = Env::for_server(&server);
    let run = env.run(&["push", "--title", "t", "--desc", "d"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("ALL users") && run.stderr.contains("--yes"),
        "{}",
        run.stderr
    );
    assert_eq!(server.connections(), 0);
    assert_eq!(
        env.run(&["push", "--title", "t", "--desc", "d", "--yes"])
            .code,
        0
    );
    assert!(server.requests()[0].json().get("Condition").is_none());

    // On a terminal it asks: "no" sends nothing, "yes" sends.
    for (answer, code, sent) in [("no", 2, 1), ("yes", 0, 2)] {
        let bin = env!("CARGO_BIN_EXE_timpush");
        let mut child = std::process::Command::new("script")
            .args([
                "-qefc",
                &format!("{bin} push --title t --desc d"),
                "/dev/null",
            ])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", env.home())
            .envs(env.vars.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut seen = Vec::new();
        while !String::from_utf8_lossy(&seen).contains("Type yes to go on:") {
            let mut chunk = Vec::new();
            if out.read_until(b':', &mut chunk).unwrap() == 0 {
                break;
            }
            seen.extend(chunk);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        use std::io::Write;
        writeln!(child.stdin.take().unwrap(), "{answer}").unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "{answer}");
        assert_eq!(server.requests().len(), sent, "{answer}");
    }
}

#[test]
fn push_is_never_repeated_once_it_may_have_been_sent() {
    let server = Server::http();
    server.push([Reply::html(502)]);
    server.set_default(ok_with(&format!(r#","TaskId":"{PUSHED}""#)));
    let env = Env::for_server(&server);
    let run = env.run(&[
        "push", "--tag", "t", "--title", "t", "--desc", "d", "-o", "json",
    ]);
    assert_eq!(run.code, 7, "{run:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "an ambiguous push is not retried"
    );
    let o = &run.json_lines()[0];
    assert_eq!(
        (o["outcome"].as_str(), o["attempts"].as_u64()),
        (Some("unknown"), Some(1))
    );
    assert!(
        o["hint"]
            .as_str()
            .unwrap()
            .contains("do not send it again blindly")
    );
    run.stderr_has(&["not repeated, since the call may have been applied"]);

    // Throttled: nothing was sent, so it is retried.
    server.push([Reply::Code(90024)]);
    let run = env.run(&["push", "--tag", "t", "--title", "t", "--desc", "d"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.requests().len(), 3);
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn push_errors_map_like_revoke() {
    let server = Server::http();
    let env = Env::for_server(&server);
    for (code, exit) in [(90045, 5), (90047, 5), (70001, 4), (90009, 4)] {
        server.push([Reply::Code(code)]);
        let run = env.run(&[
            "push",
            "--tag",
            "t",
            "--title",
            "t",
            "--desc",
            "d",
            "--max-attempts",
            "1",
        ]);
        assert_eq!(run.code, exit, "{code}: {run:?}");
        run.stderr_has(&[&format!("push: ErrorCode {code}")]);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn batch_splits_1200_accounts_into_three_calls() {
    let server = Server::http();
    server.set_default(ok_with(
        r#","TaskId":"batch_6b0c32ed_53724e00_2cfcfc7de50ba62_80000001_da8b244""#,
    ));
    let env = Env::for_server(&server);
    let file = env.home().join("users.txt");
    let users: Vec<String> = (0..1200).map(|i| format!("user{i}")).collect();
    std::fs::write(&file, format!("# users\n{}\nuser5\n", users.join("\n"))).unwrap();
    let run = env.run(&[
        "batch",
        "--to-file",
        file.to_str().unwrap(),
        "--title",
        "t",
        "--desc",
        "d",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 3);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    let sizes: Vec<usize> = reqs
        .iter()
        .map(|r| r.json()["To_Account"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [500, 500, 200]);
    let sent: Vec<String> = reqs
        .iter()
        .flat_map(|r| {
            r.json()["To_Account"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(sent, users, "every account once, in order");
    assert!(
        reqs.iter()
            .all(|r| r.path.starts_with("/v4/timpush/batch?"))
    );
    for w in reqs.windows(2) {
        assert!(w[1].at.duration_since(w[0].at) >= std::time::Duration::from_secs(1));
    }
    run.stderr_has(&["1 account(s) given more than once"]);
    run.stderr_has(&["3 of 3 call(s) made for 1200 accounts"]);
}

#[test]
fn api_calls_any_command_and_exits_by_its_errorcode() {
    let server = Server::http();
    server.push([ok_with(r#","TaskInfo":{"PushTaskID":"abc"}"#)]);
    let env = Env::for_server(&server);
    let run = env.run(&[
        "api",
        "v4/timpush/get_sched_task",
        "--data",
        r#"{"Sdkappid":1400000000,"TaskID":42}"#,
        "-o",
        "json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let o: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(o["TaskInfo"]["PushTaskID"], "abc");
    let r = &server.requests()[0];
    assert!(r.path.starts_with("/v4/timpush/get_sched_task?usersig="));
    assert_eq!(r.json(), json!({"Sdkappid": 1400000000, "TaskID": 42}));

    let file = env.home().join("body.json");
    std::fs::write(&file, r#"{"From": 1}"#).unwrap();
    server.push([Reply::Code(70402)]);
    let run = env.run(&[
        "api",
        "/v4/openim/querystate",
        "--data",
        &format!("@{}", file.display()),
    ]);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(
        run.stdout.contains("\"ErrorCode\": 70402"),
        "pretty JSON: {}",
        run.stdout
    );
    assert_eq!(server.requests()[1].json(), json!({"From": 1}));
    assert!(
        server.requests()[1]
            .path
            .starts_with("/v4/openim/querystate?")
    );

    let run = env.run_with_stdin(
        &["api", "timpush/list_sched_task", "--data", "-"],
        Some("{}"),
    );
    assert_eq!(run.code, 0);
    assert_eq!(env.run(&["api", "v4/x/y", "--data", "{bad"]).code, 2);
    assert_eq!(env.run(&["api", "nonsense"]).code, 2);
    assert_eq!(server.requests().len(), 3);

    // Lost answers: no repeat by default, one with --retry.
    server.push([Reply::html(502)]);
    let run = env.run(&["api", "v4/timpush/get_sched_task"]);
    assert_eq!((run.code, server.requests().len()), (7, 4));
    server.push([Reply::html(502)]);
    let run = env.run(&["api", "v4/timpush/get_sched_task", "--retry"]);
    assert_eq!((run.code, server.requests().len()), (0, 6), "{run:?}");
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn push_then_revoke_in_one_script_and_batch_error_lists_against_the_emulator() {
    let key = "lifecycle-emulator-key-0123456789";
    let emu = EmulatorProcess::start(key, &[]);
    let client = emu.client(key);
    let bin = env!("CARGO_BIN_EXE_timpush");
    let script = format!(
        "set -e; id=$({bin} push --tag vip --store --title Sale --desc Today); echo \"pushed $id\"; sleep 1.1; {bin} revoke --task-id \"$id\" --title Correction --desc 'Please ignore'"
    );
    let run = std::process::Command::new("bash")
        .args(["-c", &script])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", client.home())
        .envs(client.vars.iter().map(|(k, v)| (k, v)))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout} {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let id = stdout
        .lines()
        .next()
        .unwrap()
        .strip_prefix("pushed ")
        .unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let hex_now = format!("{now:08x}");
    assert!(id.starts_with(&hex_now[..5]), "{id}: pushed now");
    assert_eq!(
        stdout.lines().nth(1),
        Some(format!("recalled {id}").as_str())
    );

    let r = client.run(&[
        "batch",
        "--to",
        "alice",
        "--to",
        "unknown_bob",
        "--title",
        "t",
        "--desc",
        "d",
        "-o",
        "json",
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    let o = &r.json_lines()[0];
    assert!(o["TaskId"].as_str().unwrap().starts_with("batch_"));
    assert_eq!(o["ErrorList"][0]["To_Account"], "unknown_bob");
    r.stderr_has(&["account unknown_bob: ErrorCode 70107 (account does not exist)"]);
    r.assert_no_secrets(&[key]);
}
