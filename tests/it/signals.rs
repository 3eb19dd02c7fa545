//! Ctrl-C for every command that changes something: a first Ctrl-C while a call is out says so
//! at once and lets the call end; a second one ends the run at once and still reports the call
//! that was out (unknown: it may have been applied) and what was not attempted; an interrupted
//! run dies by SIGINT, so a shell loop around it stops. Each step waits for what the process
//! does (a request at the server, a line on stderr), never for a fixed time.

use crate::common::*;
use std::process::Stdio;
use std::time::Duration;

fn cut_off(subject: &str, hint: &str) -> String {
    format!(
        "{{{subject}\"outcome\":\"unknown\",\"attempts\":1,\"error\":{{\"kind\":\"interrupted\",\"message\":\"interrupted while its call was out; it may have been applied\"}},\"hint\":\"{hint}\",\"exit_code\":7}}\n"
    )
}

const PUSH_HINT: &str = "the push may have reached users: do not send it again blindly; look for it first in the Chat console's push records (the statistics cannot say whether this one push went out)";

#[test]
fn push_reports_its_call_out() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &[
            "push", "--tag", "vip", "--title", "T", "--desc", "D", "-o", "json",
        ],
        0,
    );
    assert_eq!(out, cut_off("", PUSH_HINT));
    assert_eq!(
        err,
        format!(
            "{XIAOMI}{AGAIN}timpush: error: push: interrupted while its call was out; it may have been applied\n  hint: {PUSH_HINT}\n"
        )
    );
}

#[test]
fn batch_reports_its_call_out_and_the_calls_not_made() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let list = env.home().join("users");
    let users: String = (0..700).map(|i| format!("user{i}\n")).collect();
    std::fs::write(&list, users).unwrap();
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &[
            "batch",
            "--to-file",
            list.to_str().unwrap(),
            "--title",
            "T",
            "--desc",
            "D",
            "-o",
            "json",
        ],
        0,
    );
    assert_eq!(
        out,
        format!(
            "{}{}",
            cut_off("\"call\":1,\"accounts\":500,", PUSH_HINT),
            "{\"call\":2,\"accounts\":200,\"outcome\":\"not_attempted\",\"attempts\":0,\"exit_code\":130}\n"
        )
    );
    assert_eq!(
        err,
        format!(
            "{XIAOMI}{AGAIN}timpush: error: batch call 1 of 2 (500 accounts): interrupted while its call was out; it may have been applied\n  hint: {PUSH_HINT}\ntimpush: note: stopped; 1 call(s) not made (interrupted)\n"
        )
    );
}

#[test]
fn sched_add_reports_its_call_out() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let at = crate::sig::now() + 10 * 24 * 3600;
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &[
            "sched",
            "add",
            "--at",
            &at.to_string(),
            "--tag",
            "vip",
            "--title",
            "T",
            "--desc",
            "D",
            "-o",
            "json",
        ],
        0,
    );
    let wire = crate::sig::wire_utc(at);
    let hint = "the scheduled push may have been created: do not schedule it again blindly; look for it first with timpush sched list --keyword TITLE";
    assert_eq!(
        out,
        cut_off(&format!("\"Type\":\"Tag\",\"SchedAt\":\"{wire}\","), hint)
    );
    assert_eq!(
        err,
        format!(
            "{XIAOMI}{AGAIN}timpush: error: sched add: interrupted while its call was out; it may have been applied\n  hint: {hint}\n"
        )
    );
}

#[test]
fn sched_edit_reports_its_call_out() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let pending = serde_json::json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
        "TaskInfo": {"TaskID": 8, "Type": "Tag", "Status": "pending", "PushTaskID": "",
            "Content": {"OfflinePushInfo": {"Title": "Old"}}}});
    server.push([Reply::Json(pending.to_string())]);
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &["sched", "edit", "8", "--title", "New", "-o", "json"],
        1,
    );
    let hint = "no answer came; running the same command again is safe";
    assert_eq!(out, cut_off("\"TaskID\":8,", hint));
    assert_eq!(
        err,
        format!(
            "{AGAIN}timpush: error: scheduled task 8: interrupted while its call was out; it may have been applied\n  hint: {hint}\n"
        )
    );
    // The call that was out was the edit, after the read.
    let sent: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.path.split('?').next().unwrap().to_string())
        .collect();
    assert_eq!(
        sent,
        [
            "/v4/timpush/get_sched_task",
            "/v4/timpush/modify_sched_task"
        ]
    );
}

#[test]
fn sched_cancel_reports_its_call_out_and_the_tasks_not_cancelled() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let pending = serde_json::json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
        "TaskInfo": {"TaskID": 1, "Type": "Tag", "Status": "pending", "PushTaskID": ""}});
    server.push([Reply::Json(pending.to_string())]);
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &["sched", "cancel", "1", "2", "-o", "json"],
        1,
    );
    let hint = "no answer came; running the same command again is safe";
    assert_eq!(
        out,
        format!(
            "{}{}",
            cut_off("\"TaskID\":1,", hint),
            "{\"TaskID\":2,\"outcome\":\"not_attempted\",\"attempts\":0,\"exit_code\":130}\n"
        )
    );
    assert_eq!(
        err,
        format!(
            "{AGAIN}timpush: error: scheduled task 1: interrupted while its call was out; it may have been applied\n  hint: {hint}\ntimpush: note: not cancelled (1): 2 (interrupted)\n"
        )
    );
}

#[test]
fn stop_reports_its_call_out_and_the_ids_not_stopped() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let pending = serde_json::json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
        "TaskInfo": {"TaskID": 1, "Type": "All", "Status": "pending", "PushTaskID": ""}});
    server.push([Reply::Json(pending.to_string())]);
    let (out, err) = two_ctrl_c(&server, &env, &["stop", "1", task(), "-o", "json"], 1);
    let hint = "no answer came; running the same command again is safe";
    assert_eq!(
        out,
        format!(
            "{}{{\"kind\":\"result\",\"TaskId\":\"{}\",\"outcome\":\"not_attempted\",\"attempts\":0,\"steps\":[],\"exit_code\":130}}\n",
            cut_off("\"kind\":\"result\",\"TaskID\":1,", hint),
            task()
        )
    );
    assert_eq!(
        err,
        format!(
            "{AGAIN}timpush: error: scheduled task 1: interrupted while its call was out; it may have been applied\n  hint: {hint}\ntimpush: note: not stopped (1, interrupted): {}\n",
            task()
        )
    );
}

#[test]
fn api_reports_its_call_out() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &["api", "v4/timpush/push", "--data", "{}", "-o", "json"],
        0,
    );
    let hint = "the call may have been applied; check before repeating it (or pass --retry for commands that are safe to repeat)";
    assert_eq!(out, cut_off("", hint));
    assert_eq!(
        err,
        format!(
            "{AGAIN}timpush: error: timpush/push: interrupted while its call was out; it may have been applied\n  hint: {hint}\n"
        )
    );
}

#[test]
fn revoke_reports_its_call_out_and_the_tasks_not_attempted() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let base = task();
    let stem = &base[..base.rfind('_').unwrap()];
    let ids: Vec<String> = (1..=3).map(|i| format!("{stem}_{i:06x}")).collect();
    let (out, err) = two_ctrl_c(
        &server,
        &env,
        &[
            "revoke",
            "--task-id",
            &ids[0],
            "--task-id",
            &ids[1],
            "--task-id",
            &ids[2],
            "-o",
            "json",
        ],
        0,
    );
    let hint = "the recall may have been applied; running the same command again is safe (a repeat answers \\\"already recalled\\\")";
    let not = |id: &str| {
        format!(
            "{{\"TaskId\":\"{id}\",\"outcome\":\"not_attempted\",\"attempts\":0,\"exit_code\":130}}\n"
        )
    };
    assert_eq!(
        out,
        format!(
            "{}{}{}",
            cut_off(&format!("\"TaskId\":\"{}\",", ids[0]), hint),
            not(&ids[1]),
            not(&ids[2])
        )
    );
    assert_eq!(
        err,
        format!(
            "{AGAIN}timpush: error: {}: interrupted while its call was out; it may have been applied\n  hint: {}\ntimpush: note: not attempted (2, interrupted):\n  {}\n  {}\n",
            ids[0],
            hint.replace("\\\"", "\""),
            ids[1],
            ids[2]
        )
    );
}

/// A shell loop over timpush stops at Ctrl-C (sent to the whole group, as a terminal does):
/// the interrupted run dies by SIGINT, and the shell then stops its loop.
/// Runs `script` with bash in a process group of its own, in `env`, and once `server` has a
/// request, sends the group SIGINT as a terminal's Ctrl-C does; what bash left.
fn ctrl_c_in_a_shell_loop(env: &Env, server: &Server, script: &str) -> std::process::Output {
    let mut cmd = std::process::Command::new("bash");
    cmd.arg("-c")
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in &env.vars {
        cmd.env(k, v);
    }
    cmd.env("HOME", env.home()).env("NO_COLOR", "1");
    use std::os::unix::process::CommandExt;
    cmd.process_group(0);
    let child = cmd.spawn().unwrap();
    wait_for_requests(server, 1);
    // SAFETY: signalling the group of our own child, as a terminal's Ctrl-C does.
    unsafe { libc::kill(-(child.id() as i32), libc::SIGINT) };
    child.wait_with_output().unwrap()
}

#[test]
fn a_shell_loop_stops_at_ctrl_c() {
    let server = Server::http();
    server.push([Reply::Stall(Duration::from_millis(1500))]);
    let env = Env::for_server(&server);
    let bin = env!("CARGO_BIN_EXE_timpush");
    let script = format!(
        "for t in {a} {b} {c}; do '{bin}' revoke --task-id \"$t\"; done; echo the loop went on",
        a = task(),
        b = task(),
        c = task()
    );
    let out = ctrl_c_in_a_shell_loop(&env, &server, &script);
    let stdout = String::from_utf8_lossy(&out.stdout);
    same(placeholders(&stdout), str![]);
    assert_eq!(
        server.requests().len(),
        1,
        "the loop stopped after the first run"
    );
}

/// A command that only reads, interrupted while its call is out, finishes that call, reports
/// it, and then dies by the signal, so that the shell loop around it stops: `stats`, `trace`,
/// `sched list`, `sched show` and `stop` of a task that has gone out alike.
#[test]
fn a_shell_loop_of_read_commands_stops_at_ctrl_c() {
    let stats = format!(
        r#"{{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Results":[{{"TaskID":"{}","TotalCount":3,"SentCount":2,"DeliveredCount":1,"PlatformStatistics":[]}}]}}"#,
        task()
    );
    let trace =
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","InstanceTrace":[]}"#.to_string();
    let list =
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Total":0,"Tasks":[]}"#.to_string();
    let show = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","TaskInfo":{"TaskID":7,"Type":"All","Status":"pending","PushTaskID":""}}"#.to_string();
    for (command, answer) in [
        (format!("stats {}", task()), stats),
        (format!("trace {} --user u1", task()), trace),
        ("sched list".to_string(), list),
        ("sched show 7".to_string(), show),
    ] {
        let server = Server::http();
        server.push([Reply::Late(Duration::from_millis(1500), answer)]);
        let env = Env::for_server(&server);
        let bin = env!("CARGO_BIN_EXE_timpush");
        let script = format!(
            "for n in 1 2 3; do '{bin}' {command} >/dev/null 2>&1; echo \"status $?\"; done; echo the loop went on"
        );
        let out = ctrl_c_in_a_shell_loop(&env, &server, &script);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "",
            "{command}: the loop went on"
        );
        assert!(died_by_sigint(&out.status), "{command}: {:?}", out.status);
        assert_eq!(server.requests().len(), 1, "{command}: one call, answered");
    }
}

/// The demo interrupted: the step that was running finishes and is shown, no other step runs,
/// a note says so, and the process dies by SIGINT (it said "a bug" and exited 1).
#[test]
fn the_demo_interrupted_stops_after_its_step() {
    let env = Env::new();
    let mut child = env
        .command(&["demo", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = lines_of(&mut child);
    wait_for_line(&lines, "2. The same command again");
    sigint(&child);
    let rest = rest_of(&lines);
    let status = child.wait().unwrap();
    assert!(died_by_sigint(&status), "{status:?}: {rest}");
    assert!(
        rest.ends_with(
            "timpush: note: demo interrupted: the steps after the last one shown were not run\n"
        ),
        "{rest}"
    );
    assert!(!rest.contains("a bug"), "{rest}");
    assert!(!rest.contains("11. How far it got"), "{rest}");
}

/// `stop` interrupted while it waits for a task being dispatched: it stops waiting, says the
/// task was not stopped and why (text and JSON), and dies by SIGINT.
#[test]
fn stop_interrupted_while_waiting_for_a_dispatch_says_it_was_not_stopped() {
    for json in [false, true] {
        let server = Server::http();
        let env = Env::for_server(&server);
        let dispatching = serde_json::json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
            "TaskInfo": {"TaskID": 1, "Type": "All", "Status": "dispatching", "PushTaskID": ""}});
        server.set_default(Reply::Json(dispatching.to_string()));
        let mut args = vec!["stop", "1", "--timeout", "30s"];
        if json {
            args.extend(["-o", "json"]);
        }
        let mut child = env.command(&args).spawn().unwrap();
        let lines = lines_of(&mut child);
        wait_for_line(
            &lines,
            "timpush: note: scheduled task 1 is being dispatched",
        );
        sigint(&child);
        let rest = rest_of(&lines);
        let out = child.wait_with_output().unwrap();
        assert!(died_by_sigint(&out.status), "{:?}", out.status);
        let stdout = String::from_utf8_lossy(&out.stdout);
        if json {
            let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
            assert_eq!(
                (&v["TaskID"], &v["outcome"], &v["exit_code"]),
                (
                    &serde_json::json!(1),
                    &serde_json::json!("failed"),
                    &serde_json::json!(130)
                ),
                "{stdout}"
            );
            assert_eq!(
                v["error"]["message"],
                "interrupted while waiting for it to be dispatched: it was not stopped (status dispatching), and may still go out",
                "{stdout}"
            );
        } else {
            assert_eq!(stdout, "");
        }
        assert_eq!(
            rest,
            "timpush: interrupted: stopping before the next call\ntimpush: error: scheduled task 1: interrupted while waiting for it to be dispatched: it was not stopped (status dispatching), and may still go out\n  hint: run the same stop again to go on waiting for its push and recall it: timpush stop 1\n",
            "json {json}"
        );
    }
}
