//! Safe delivery: retries, pacing, and many tasks in one run, measured at the server.

use crate::common::*;
use std::time::Duration;

/// The `n`th of several TaskIds pushed a minute ago.
fn task_n(n: u32) -> String {
    let base = task();
    format!("{}_{n:06x}", &base[..base.rfind('_').unwrap()])
}

fn gaps(reqs: &[Recorded]) -> Vec<Duration> {
    reqs.windows(2)
        .map(|w| w[1].at.duration_since(w[0].at))
        .collect()
}

fn check_batch(server: &Server, run: &Run, ids: &[String]) {
    let reqs = server.requests();
    assert_eq!(reqs.len(), ids.len());
    let sent: Vec<String> = reqs
        .iter()
        .map(|r| r.json()["TaskId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sent, ids);
    for g in gaps(&reqs) {
        assert!(g >= Duration::from_secs(1), "calls {g:?} apart");
    }
    assert_eq!(server.throttled(), 0);
    assert_eq!(server.connections(), 1, "one connection for the whole run");
    // Results in input order.
    run.is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"[TASK2]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"[TASK3]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"[TASK4]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"[TASK5]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr
timpush: note: 5 recalled, 0 already recalled, 0 failed

"#]]);
}

#[test]
fn a_batch_from_stdin_is_paced_on_one_connection() {
    let server = Server::https();
    server.rate_limit();
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=5).map(task_n).collect();
    let run = env.run_with_stdin(
        &["revoke", "--from-file", "-", "-o", "json"],
        Some(&ids.join("\n")),
    );
    check_batch(&server, &run, &ids);
}

#[test]
fn bad_lines_in_the_file_name_the_line() {
    let env = Env::for_server(&Server::http());
    let file = env.home().join("t.txt");
    std::fs::write(&file, format!("{}\nbad id\n", task_n(1))).unwrap();
    env.run(&["revoke", "--from-file", file.to_str().unwrap()])
        .is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: [HOME]/t.txt:2: the TaskId holds white space; give one TaskId at a time

"#]]);
    let run = env.run(&["revoke", "--from-file", "/no/such/list"]);
    run.expect(
        2,
        "",
        "timpush: error: --from-file: cannot read /no/such/list: No such file or directory (os error 2)\n",
    );
}

#[test]
fn ctrl_c_mid_batch_exits_130_and_lists_what_was_not_attempted() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=5).map(task_n).collect();
    let mut args = vec!["revoke"];
    for id in &ids {
        args.extend(["--task-id", id]);
    }
    args.push("--verbose");
    let mut child = env
        .command(&args)
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Interrupt during the pacing wait after the second call: it is said before it starts
    // (once before each call after the first).
    let lines = lines_of(&mut child);
    wait_for_line(&lines, "timpush: waiting ");
    wait_for_line(&lines, "timpush: waiting ");
    sigint(&child);
    let stderr = rest_of(&lines);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(died_by_sigint(&out.status), "{:?} {stderr}", out.status);
    assert_eq!(server.requests().len(), 2);
    // stdout whole, and stderr from the second wait on (what came before is the verbose trace
    // of the two calls).
    let home = env.home().display().to_string();
    same(
        varying(&placeholders(&format!(
            "{stdout}--- stderr after the wait\n{stderr}"
        )))
        .replace(&home, "[HOME]"),
        str![[r#"
recalled [TASK1]
recalled [TASK2]
--- stderr after the wait
timpush: interrupted: waiting for the call that is out to end, then stopping (Ctrl-C again to stop at once; that call's outcome is then unknown)
timpush: note: 2 recalled, 0 already recalled, 0 failed, 3 not attempted
timpush: note: not attempted (3, interrupted):
  [TASK3]
  [TASK4]
  [TASK5]
timpush: note: they are listed in [HOME]/.cache/timpush/not-attempted/[STAMP].txt; to send them: timpush revoke --from-file [HOME]/.cache/timpush/not-attempted/[STAMP].txt

"#]],
    );
}

#[test]
fn a_reset_after_sending_is_retried_as_ambiguous() {
    let server = Server::http();
    server.push([Reply::Reset]);
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json", "--verbose"]);
    // How long the lost answer took, and the retry's jittered wait, are the `[..]`.
    run.is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":2,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr
timpush: profile "default" (default); credential: secret key from variable TIMPUSH_SECRET_KEY
timpush: pacing timpush/revoke with other timpush processes through [HOME]/.cache/timpush/pace/[HASH].pace
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: no answer after [..] ms
timpush: retry: attempt 2 of 3 in [..] s; the last was ambiguous (may have been applied): the connection broke before an answer (Connection reset by peer (os error 104))
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
    assert_eq!(server.requests().len(), 2);
    let (run, _) = {
        let server = Server::http();
        server.push([Reply::Reset]);
        let env = Env::for_server(&server);
        (
            env.run(&[
                "revoke",
                "--task-id",
                task(),
                "-o",
                "json",
                "--max-attempts",
                "1",
            ]),
            server,
        )
    };
    run.is(str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"connection_closed","message":"the connection broke before an answer (Connection reset by peer (os error 104)) (gave up after 1 attempt)"},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: the connection broke before an answer (Connection reset by peer (os error 104)) (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]]);
}

#[test]
fn a_connect_timeout_is_nothing_applied() {
    let (port, _fill, _fd) = blackhole();
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", &format!("http://127.0.0.1:{port}"))
        .set("TIMPUSH_SDKAPPID", "1")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--timeout",
        "1",
        "-o",
        "json",
    ]);
    run.is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"error":{"kind":"connect_timeout","message":"connecting timed out (gave up after 1 attempt; the deadline left no time for another)"},"hint":"nothing was applied; check the network path to endpoint http://127.0.0.1:[PORT], then run the same command again","exit_code":6}
--- stderr
timpush: error: [TASK1]: connecting timed out (gave up after 1 attempt; the deadline left no time for another)
  hint: nothing was applied; check the network path to endpoint http://127.0.0.1:[PORT], then run the same command again

"#]]);
}

#[test]
fn a_proxy_that_refuses_is_nothing_applied() {
    let port = closed_port();
    let mut env = Env::new();
    // A host only the proxy could reach: nothing is resolved here, the proxy is asked.
    env.set("TIMPUSH_ENDPOINT", "https://push.invalid")
        .set("TIMPUSH_SDKAPPID", &SDKAPPID.to_string())
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY)
        .set("HTTPS_PROXY", &format!("http://127.0.0.1:{port}"));
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--max-attempts",
        "2",
        "-o",
        "json",
    ]);
    run.is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":2,"error":{"kind":"connection_refused","message":"connection refused (Connection refused (os error 111)) (gave up after 2 attempts)"},"hint":"nothing was applied; check the network path to endpoint https://push.invalid, then run the same command again","exit_code":6}
--- stderr
timpush: error: [TASK1]: connection refused (Connection refused (os error 111)) (gave up after 2 attempts)
  hint: nothing was applied; check the network path to endpoint https://push.invalid, then run the same command again

"#]]);
}

/// A proxy that answers CONNECT with `status`, counting the tunnels asked for (each request
/// line), on a port of its own.
fn refusing_proxy(status: &'static str) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = asked.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut first = String::new();
            let _ = reader.read_line(&mut first);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            seen.lock().unwrap().push(first.trim_end().to_string());
            let _ = (&conn).write_all(
                format!("HTTP/1.1 {status}\r\nProxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n").as_bytes(),
            );
        }
    });
    (url, asked)
}

/// A proxy that refuses the tunnel (407, 403): nothing reached the service, so exit 6 with the
/// proxy and its status named, after one attempt (a repeat would meet the same refusal); the
/// journal does not hold it as a push that may have gone out, so the same push runs again.
/// A proxy that fails otherwise (502) is repeated, still exit 6.
#[test]
fn a_proxy_that_refuses_the_tunnel_is_nothing_applied_and_named() {
    let (url, asked) = refusing_proxy("407 Proxy Authentication Required");
    let proxy = url.trim_start_matches("http://").to_string();
    let mut env = Env::new();
    env.set("TIMPUSH_REGION", "singapore")
        .set("TIMPUSH_SDKAPPID", &SDKAPPID.to_string())
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY)
        .set("HTTPS_PROXY", &url);
    let hint = "nothing was applied; check the proxy in HTTPS_PROXY or ALL_PROXY (its address, and its credentials as http://user:password@host:port), or name the service's host in NO_PROXY if it needs none; the call was for region singapore (https://adminapisgp.im.qcloud.com)";
    let why = format!(
        "the proxy {proxy} refused to open a connection to the service: HTTP 407 (it asks for credentials it was not given or did not accept); nothing reached the service"
    );
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--max-attempts",
        "3",
        "-o",
        "json",
    ]);
    assert_eq!(
        (run.code, run.json_lines()),
        (
            6,
            vec![
                serde_json::json!({"TaskId": task(), "outcome": "failed", "attempts": 1,
            "error": {"kind": "proxy", "message": why}, "hint": hint, "exit_code": 6})
            ]
        ),
        "{run:?}"
    );
    assert_eq!(
        *asked.lock().unwrap(),
        ["CONNECT adminapisgp.im.qcloud.com:443 HTTP/1.1"]
    );
    for _ in 0..2 {
        let run = env.run(&["push", "--all", "--yes", "--title", "T", "--desc", "D"]);
        run.expect(
            6,
            "",
            &format!("{XIAOMI}timpush: error: push: {why}\n  hint: {hint}\n"),
        );
    }
    assert_eq!(
        asked.lock().unwrap().len(),
        3,
        "the second push was not refused as sent"
    );
    // A proxy that cannot reach the service (502): repeated, and still nothing applied.
    let (url, asked) = refusing_proxy("502 Bad Gateway");
    env.set("HTTPS_PROXY", &url);
    let run = env.run(&["revoke", "--task-id", task(), "--max-attempts", "2"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.contains(&format!(
            "the proxy {} could not open a connection to the service: HTTP 502; nothing reached the service (gave up after 2 attempts)",
            url.trim_start_matches("http://")
        )),
        "{run:?}"
    );
    assert_eq!(asked.lock().unwrap().len(), 2);
    run.assert_no_secrets(&[SENTINEL_KEY]);
    // doctor goes through the proxy too, and leaves the name to it: a host this machine cannot
    // resolve (.invalid never does) is not reported as "does not resolve".
    let (url, asked) = refusing_proxy("407 Proxy Authentication Required");
    env.set("HTTPS_PROXY", &url)
        .set("TIMPUSH_ENDPOINT", "https://push.invalid");
    let run = env.run(&["doctor"]);
    let proxy = url.trim_start_matches("http://");
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stdout.contains(&format!(
            "\u{2717} network    the proxy {proxy} refused to open a connection to the service: HTTP 407 (it asks for credentials it was not given or did not accept); nothing reached the service\n"
        )),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("does not resolve"), "{}", run.stdout);
    assert_eq!(
        *asked.lock().unwrap(),
        ["CONNECT push.invalid:443 HTTP/1.1"]
    );
}

/// A loopback endpoint's calls, UserSig and all, never go through a proxy from the environment.
#[test]
fn a_loopback_endpoint_is_never_proxied() {
    let server = Server::http();
    let proxy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    proxy.set_nonblocking(true).unwrap();
    let proxy_url = format!("http://{}", proxy.local_addr().unwrap());
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
    ] {
        let mut env = Env::for_server(&server);
        env.set(var, &proxy_url);
        let run = env.run(&["revoke", "--task-id", task()]);
        run.expect(0, &format!("recalled {}\n", task()), "");
        assert!(
            matches!(proxy.accept(), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
            "{var}: the proxy was reached"
        );
    }
    assert_eq!(
        server.requests().len(),
        5,
        "each call reached the server itself"
    );
}

/// On a real pseudo-terminal (the cases where it shows or not are tested in process, in
/// `src/scenarios/terminal.rs`); the outcome coloured, as stdout is the terminal.
#[test]
fn progress_shows_on_a_terminal() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let (a, b) = (task_n(1), task_n(2));
    let (code, text) = on_a_terminal(&env, &format!("revoke --task-id {a} --task-id {b}"));
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(
        text,
        format!(
            "\r\x1b[K[1/2] recalling {a}, about 1 s left\r\x1b[K\x1b[1;32mrecalled\x1b[0m {a}\r\n\r\x1b[K[2/2] recalling {b}, the last one\r\x1b[K\x1b[1;32mrecalled\x1b[0m {b}\r\ntimpush: \x1b[36mnote:\x1b[0m 2 recalled, 0 already recalled, 0 failed\r\n"
        )
    );
}

/// Runs `timpush ARGS` with a terminal (script(1)) in `env`: its status and what it showed.
fn on_a_terminal(env: &Env, args: &str) -> (Option<i32>, String) {
    let bin = env!("CARGO_BIN_EXE_timpush");
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("{bin} {args}"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .envs(env.vars.iter().map(|(k, v)| (k, v)))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn ctrl_c_while_waiting_to_retry_reports_the_call_that_was_sent() {
    let server = Server::http();
    // A lost answer (may have been applied), then a retry would follow after a second.
    server.push([Reply::Drop]);
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=2).map(task_n).collect();
    let mut child = env
        .command(&[
            "revoke",
            "--task-id",
            &ids[0],
            "--task-id",
            &ids[1],
            "-o",
            "json",
            "--verbose",
        ])
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Interrupt once the wait for the retry is announced.
    let lines = lines_of(&mut child);
    wait_for_line(&lines, "timpush: retry: attempt 2 of 3 in ");
    sigint(&child);
    rest_of(&lines);
    let out = child.wait_with_output().unwrap();
    assert!(died_by_sigint(&out.status), "{:?}", out.status);
    same(
        placeholders(&String::from_utf8_lossy(&out.stdout)),
        str![[r#"
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"connection_closed","message":"the connection broke before an answer (Peer disconnected) (gave up after 1 attempt; interrupted)"},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
{"TaskId":"[TASK2]","outcome":"not_attempted","attempts":0,"exit_code":130}

"#]],
    );
    assert_eq!(server.requests().len(), 1, "no retry after Ctrl-C");
}
