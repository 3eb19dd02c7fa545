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
    assert_eq!(run.code, 0, "{run:?}");
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
    let out: Vec<String> = run
        .json_lines()
        .iter()
        .map(|o| o["TaskId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(out, ids, "results in input order");
    run.stderr_has(&["5 recalled, 0 already recalled, 0 failed"]);
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
    let run = env.run(&["revoke", "--from-file", file.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    run.stderr_has(&[&format!(
        "{}:2: the TaskId holds white space",
        file.display()
    )]);
    let run = env.run(&["revoke", "--from-file", "/no/such/list"]);
    assert_eq!(run.code, 2);
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
    assert_eq!(
        stdout,
        format!("recalled {}\nrecalled {}\n", ids[0], ids[1])
    );
    assert!(
        stderr.contains(&format!(
            "timpush: note: not attempted (3, interrupted):\n  {}\n  {}\n  {}\n",
            ids[2], ids[3], ids[4]
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 recalled, 0 already recalled, 0 failed, 3 not attempted"),
        "{stderr}"
    );
}

#[test]
fn a_reset_after_sending_is_retried_as_ambiguous() {
    let server = Server::http();
    server.push([Reply::Reset]);
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json", "--verbose"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.requests().len(), 2);
    run.stderr_has(&["the last was ambiguous (may have been applied)"]);
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
    assert_eq!(run.code, 7, "{run:?}");
    assert_eq!(run.json_lines()[0]["error"]["kind"], "connection_closed");
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
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(run.json_lines()[0]["error"]["kind"], "connect_timeout");
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
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(run.json_lines()[0]["attempts"], 2);
    assert_eq!(run.json_lines()[0]["outcome"], "failed");
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
/// `src/scenarios/terminal.rs`).
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
            "\r\x1b[K[1/2] recalling {a}, about 1 s left\r\x1b[Krecalled {a}\r\n\r\x1b[K[2/2] recalling {b}, the last one\r\x1b[Krecalled {b}\r\ntimpush: \x1b[36mnote:\x1b[0m 2 recalled, 0 already recalled, 0 failed\r\n"
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
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["outcome"], "unknown", "{}", lines[0]);
    assert_eq!(lines[0]["attempts"], 1);
    assert_eq!(lines[0]["exit_code"], 7);
    assert_eq!(lines[1]["outcome"], "not_attempted");
    assert_eq!(server.requests().len(), 1, "no retry after Ctrl-C");
}
