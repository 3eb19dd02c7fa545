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
    run.is(str![[r#"
exit 0
--- stdout
[TASK1]
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: pushed to users with all of tags: vip, beta and any of tags: cn and none of tags: churned, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id [TASK1]

"#]]);
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
    run.is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","audience":{"kind":"condition","condition":{"AttrsAnd":{"city":"Paris"}},"text":"users with all of attributes: city=Paris"},"outcome":"pushed","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr
timpush: note: pushed to users with all of attributes: city=Paris, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id [TASK1]

"#]]);
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
    run.is(str![[r#"
exit 0
--- stdout
[TASK1]
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: pushed to users with all of tags: t, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id [TASK1]

"#]]);
    assert_eq!(
        server.requests()[0].json()["OfflinePushInfo"],
        json!({"Title": "from flag", "Desc": "kept", "AndroidInfo": {"Sound": "ding"}, "ApnsInfo": {"BadgeMode": 1}})
    );
    let run = env.run_with_stdin(
        &["push", "--tag", "t", "--offline-push-info", "-"],
        Some("[1,2]"),
    );
    run.is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --offline-push-info standard input: must hold a JSON object (OfflinePushInfo)

"#]]);
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
    // (the arguments, whether a title and text are added, the whole run)
    let cases = vec![
        (
            eleven.iter().map(String::as_str).collect(),
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: 11 tags given; a push takes at most 10

"#]],
        ),
        (
            vec!["--tag", &long],
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --tag "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is 51 bytes; a tag is at most 50

"#]],
        ),
        (
            vec!["--tag", "a", "--any-tag", "a"],
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: tag "a" is given twice; list each tag once

"#]],
        ),
        (
            vec!["--tag", "a", "--attr", "k=v"],
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: tags and attributes cannot be mixed in one push: use either --tag/--any-tag/--not-tag or --attr/--any-attr

"#]],
        ),
        (
            vec!["--attr", "novalue"],
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --attr "novalue" must be KEY=VALUE

"#]],
        ),
        (
            vec!["--tag", "a", "--data-id", &data_id],
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --data-id is 65 bytes; at most 64 are allowed

"#]],
        ),
        (
            vec!["--tag", "a", "--desc", &big],
            false,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: the request body would be [..] bytes; the service takes at most 10240 (10 KB): shorten the text, Ext or OfflinePushInfo

"#]],
        ),
        (
            vec!["--tag", "a", "--ext", "{oops"],
            true,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --ext must be JSON text, such as '{"k":"v"}': key must be a string at line 1 column 2

"#]],
        ),
        (
            vec!["--tag", "a"],
            false,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: nothing to show: give --title and --desc (or --offline-push-info FILE)

"#]],
        ),
        (
            vec!["--tag", "a", "--store", "--online-only"],
            false,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: the argument '--store' cannot be used with '--online-only'

Usage: timpush push --tag <TAG> --store

For more information, try '--help'.

"#]],
        ),
    ];
    for (mut args, texts, want) in cases {
        if texts {
            args.extend(["--title", "t", "--desc", "d"]);
        }
        let mut all = vec!["push"];
        all.extend(args.iter());
        env.run(&all).is(want);
    }
    assert_eq!(server.connections(), 0);
}

#[test]
fn push_to_all_users_needs_confirmation() {
    let server = Server::http();
    server.set_default(ok_with(&format!(r#","TaskId":"{PUSHED}""#)));
    let env = Env::for_server(&server);
    env.run(&["push", "--title", "t", "--desc", "d"]).is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: this push has no --tag or --attr, so it goes to ALL users; pass --yes to confirm (standard input is not a terminal to ask on)

"#]]);
    assert_eq!(server.connections(), 0);
    env.run(&["push", "--title", "t", "--desc", "d", "--yes"])
        .is(str![[r#"
exit 0
--- stdout
[TASK1]
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: pushed to all users, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id [TASK1]

"#]]);
    assert!(server.requests()[0].json().get("Condition").is_none());

    // On a terminal it asks: "no" sends nothing, "yes" sends.
    for (answer, code, sent, prompt) in [
        (
            "no",
            2,
            1,
            str![
                "Push to ALL users of app default (1400000000) at endpoint http://127.0.0.1:[PORT]? Type yes to go on:"
            ],
        ),
        (
            "yes",
            0,
            2,
            str![
                "Push to ALL users of app default (1400000000) at endpoint http://127.0.0.1:[PORT]? Type yes to go on:"
            ],
        ),
    ] {
        let bin = env!("CARGO_BIN_EXE_timpush");
        let mut child = std::process::Command::new("script")
            .args([
                "-qefc",
                // Another title each time: the same push again would be refused as a duplicate.
                &format!("{bin} push --title t-{answer} --desc d"),
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
        // Answered as soon as the question shows.
        use std::io::Write;
        writeln!(child.stdin.take().unwrap(), "{answer}").unwrap();
        let status = child.wait().unwrap();
        // What the terminal showed up to the question.
        same(
            placeholders(&String::from_utf8_lossy(&seen).replace("\r\n", "\n")),
            prompt,
        );
        assert_eq!(status.code(), Some(code), "{answer}");
        assert_eq!(server.requests().len(), sent, "{answer}");
    }
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
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stdout} {stderr}");
    same(
        placeholders(&format!("{stdout}--- stderr\n{stderr}"))
            .replace(&client.home().display().to_string(), "[HOME]"),
        str![[r#"
pushed [TASK1]
recalled [TASK1]
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: pushed to users with all of tags: vip, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id [TASK1]

"#]],
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
    // The TaskId's first field is its push time: read it whole and compare the times (a fixed
    // prefix of the hex digits changes every 4,096 s, whatever the distance).
    let pushed = u64::from_str_radix(id.split('_').next().unwrap(), 16).unwrap();
    assert!(
        now.abs_diff(pushed) <= 60,
        "{id}: pushed at {pushed}, now {now}"
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
    r.is(str![[r#"
exit 0
--- stdout
{"TaskId":"batch_[TASK1]","call":1,"accounts":2,"audience":{"kind":"accounts","count":2,"first":["alice","unknown_bob"],"text":"2 listed accounts: alice, unknown_bob"},"outcome":"pushed","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0,"ErrorList":[{"To_Account":"unknown_bob","ErrorCode":70107,"ErrorInfo":"account does not exist"}]}
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: warning: account unknown_bob: ErrorCode 70107 (account does not exist): service said "account does not exist"
timpush: note: pushed to 2 listed accounts: alice, unknown_bob, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id batch_[TASK1]
timpush: note: 1 of 1 call(s) made for 2 accounts; 1 account(s) in ErrorList

"#]]);
    r.assert_no_secrets(&[key]);
}

/// Eight processes at once write the journal: every entry whole, one a push, none lost; a CI
/// job places it where it keeps its artifacts; `log` lists them all.
#[test]
fn the_journal_holds_every_line_of_processes_running_at_once() {
    let server = Server::http();
    server.set_default(ok_with(&format!(r#","TaskId":"{PUSHED}""#)));
    let mut env = Env::for_server(&server);
    let journal = env.home().join("artifacts/journal.db");
    env.set("TIMPUSH_JOURNAL", journal.to_str().unwrap());
    let codes: Vec<i32> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let env = &env;
                s.spawn(move || {
                    let title = format!(
                        "Push {i} with a title long enough to be more than one write {}",
                        "x".repeat(200)
                    );
                    env.run(&["push", "--tag", "vip", "--title", &title, "--desc", "d"])
                        .code
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(codes, [0; 8]);
    // Read back as `log -o json` exports it (JSON Lines, for a CI artifact).
    let exported = env.run(&["log", "-o", "json"]);
    let mut titles: Vec<String> = exported
        .json_lines()
        .into_iter()
        .map(|v| {
            assert_eq!(
                (v["command"].as_str(), v["outcome"].as_str()),
                (Some("push"), Some("pushed"))
            );
            v["title"].as_str().unwrap()[..6].to_string()
        })
        .collect();
    titles.sort();
    assert_eq!(
        titles,
        (0..8).map(|i| format!("Push {i}")).collect::<Vec<_>>()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let log = env.run(&["log", "-o", "json"]);
    assert_eq!((log.code, log.json_lines().len()), (0, 8), "{log:?}");
    // What varies in each line (its time and title) is checked above.
    assert_eq!(
        log.stderr,
        format!(
            "timpush: note: 8 of 8 entries of the journal {} (variable TIMPUSH_JOURNAL)\n",
            journal.display()
        )
    );
    log.assert_no_secrets(&[SENTINEL_KEY]);
}
