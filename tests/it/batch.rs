//! Safe delivery: retries, pacing, and many tasks in one run, measured at the server.

use crate::common::*;
use std::time::{Duration, Instant};

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

#[test]
fn two_transient_errors_then_success() {
    let server = Server::http();
    server.push([Reply::Code(91000), Reply::Code(91000)]);
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json", "--verbose"]);
    assert_eq!(run.code, 0, "{run:?}");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    assert!(
        gaps(&reqs).iter().all(|g| *g >= Duration::from_secs(1)),
        "{:?}",
        gaps(&reqs)
    );
    // Identical body, fresh random, one UserSig.
    assert!(reqs.iter().all(|r| r.body == reqs[0].body));
    assert_ne!(reqs[0].param("random"), reqs[1].param("random"));
    assert!(
        reqs.iter()
            .all(|r| r.param("usersig") == reqs[0].param("usersig"))
    );
    let o = &run.json_lines()[0];
    assert_eq!(
        (o["outcome"].as_str(), o["attempts"].as_u64()),
        (Some("revoked"), Some(3))
    );
    assert_eq!(
        run.stderr.matches("retry: attempt").count(),
        2,
        "{}",
        run.stderr
    );
    run.stderr_has(&["retry: attempt 2 of 3 in "]);
    run.assert_no_secrets(&[SENTINEL_KEY, reqs[0].param("usersig").unwrap()]);
}

#[test]
fn an_answer_lost_after_the_recall_then_90050_is_confirmed_on_retry() {
    let server = Server::http();
    server.push([Reply::Drop, Reply::Code(90050)]);
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stdout,
        format!("recalled {task} (confirmed on retry)\n", task = task())
    );
    server.push([Reply::html(502), Reply::Code(90050)]);
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json"]);
    let o = &run.json_lines()[0];
    assert_eq!(
        (run.code, o["outcome"].as_str(), o["attempts"].as_u64()),
        (0, Some("revoked_after_retry"), Some(2))
    );
    assert_eq!(server.requests().len(), 4);
}

#[test]
fn transient_forever_makes_exactly_max_attempts_then_7() {
    let server = Server::http();
    server.set_default(Reply::Code(91000));
    let env = Env::for_server(&server);
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--max-attempts",
        "2",
        "-o",
        "json",
    ]);
    assert_eq!(run.code, 7);
    assert_eq!(server.requests().len(), 2);
    let o = &run.json_lines()[0];
    assert_eq!(
        (o["outcome"].as_str(), o["attempts"].as_u64()),
        (Some("unknown"), Some(2))
    );
    run.stderr_has(&["gave up after 2 attempts"]);
    run.stderr_has(&["ErrorCode 91000"]);
}

#[test]
fn refused_forever_is_6_after_every_attempt() {
    let env = refusing_env();
    let start = Instant::now();
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(run.json_lines()[0]["attempts"], 3);
    assert!(
        start.elapsed() >= Duration::from_secs(2),
        "two waits of at least 1 s"
    );
    run.stderr_has(&["gave up after 3 attempts"]);
}

#[test]
fn throttled_once_then_the_retry_comes_a_second_later() {
    let server = Server::http();
    server.push([Reply::Code(90051)]);
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.code, 0, "{run:?}");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert!(
        gaps(&reqs)[0] >= Duration::from_secs(1),
        "{:?}",
        gaps(&reqs)
    );
}

#[test]
fn retry_after_is_honoured_for_429() {
    let server = Server::http();
    server.push([Reply::Http {
        status: 429,
        content_type: "text/plain",
        body: "slow down".into(),
        headers: vec![("Retry-After", "2".into())],
    }]);
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.code, 0, "{run:?}");
    let reqs = server.requests();
    assert!(
        gaps(&reqs)[0] >= Duration::from_secs(2),
        "{:?}",
        gaps(&reqs)
    );
}

#[test]
fn one_attempt_means_one_request() {
    let server = Server::http();
    server.set_default(Reply::Code(91000));
    let env = Env::for_server(&server);
    assert_eq!(
        env.run(&["revoke", "--task-id", task(), "--max-attempts", "1"])
            .code,
        7
    );
    assert_eq!(server.requests().len(), 1);
    let mut env = Env::for_server(&server);
    env.set("TIMPUSH_MAX_ATTEMPTS", "1");
    assert_eq!(env.run(&["revoke", "--task-id", task()]).code, 7);
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn a_stalled_answer_cannot_outlive_the_deadline() {
    let server = Server::http();
    server.set_default(Reply::Stall(Duration::from_secs(30)));
    let env = Env::for_server(&server);
    let start = Instant::now();
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--timeout",
        "2",
        "-o",
        "json",
    ]);
    let took = start.elapsed();
    assert_eq!(run.code, 7, "{run:?}");
    assert!(took < Duration::from_millis(3500), "took {took:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "no time was left for another attempt"
    );
    run.stderr_has(&["deadline left no time"]);
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
fn a_batch_from_a_file_is_paced_on_one_connection() {
    let server = Server::http();
    server.rate_limit();
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=5).map(task_n).collect();
    let file = env.home().join("tasks.txt");
    std::fs::write(
        &file,
        format!(
            "# tasks to recall\n\n{}\n  {}  \n{}\n{}\n{}\n",
            ids[0], ids[1], ids[2], ids[3], ids[4]
        ),
    )
    .unwrap();
    let run = env.run(&[
        "revoke",
        "--from-file",
        file.to_str().unwrap(),
        "-o",
        "json",
    ]);
    check_batch(&server, &run, &ids);
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
fn duplicates_are_recalled_once_and_mixed_batches_exit_with_the_first_failure() {
    let server = Server::http();
    server.push([
        Reply::Code(0),
        Reply::Code(90049),
        Reply::Code(90009),
        Reply::Code(0),
    ]);
    let env = Env::for_server(&server);
    let (a, b, c, d) = (task_n(1), task_n(2), task_n(3), task_n(4));
    let run = env.run(&[
        "revoke",
        "--task-id",
        &a,
        "--task-id",
        &b,
        "--task-id",
        &a,
        "--task-id",
        &c,
        "--task-id",
        &d,
        "--max-attempts",
        "1",
    ]);
    assert_eq!(run.code, 5, "first failure is 90049: {run:?}");
    assert_eq!(server.requests().len(), 4);
    assert!(
        run.stderr.contains(&format!(
            "{a} is given more than once (--task-id); it is recalled once"
        )),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, format!("recalled {a}\nrecalled {d}\n"));
    assert!(run.stderr.contains(&format!("error: {b}: ErrorCode 90049")));
    assert!(run.stderr.contains(&format!("error: {c}: ErrorCode 90009")));
    run.stderr_has(&["2 recalled, 0 already recalled, 2 failed"]);
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let server = Server::http();
    server.push([Reply::Code(0), Reply::Code(90052)]);
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=4).map(task_n).collect();
    let mut args = vec!["revoke", "--fail-fast", "-o", "json"];
    for id in &ids {
        args.extend(["--task-id", id]);
    }
    let run = env.run(&args);
    assert_eq!(run.code, 5);
    assert_eq!(server.requests().len(), 2);
    let lines = run.json_lines();
    let outcomes: Vec<(&str, &str, i64)> = lines
        .iter()
        .map(|l| {
            (
                l["TaskId"].as_str().unwrap(),
                l["outcome"].as_str().unwrap(),
                l["exit_code"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        vec![
            (ids[0].as_str(), "revoked", 0),
            (ids[1].as_str(), "failed", 5),
            (ids[2].as_str(), "not_attempted", 6),
            (ids[3].as_str(), "not_attempted", 6),
        ]
    );
    assert_eq!(lines[2]["attempts"], 0);
    run.stderr_has(&[&format!(
        "timpush: note: not attempted (2, --fail-fast stopped the run at the first failure):\n  {}\n  {}\ntimpush: note: they are listed in ",
        ids[2], ids[3]
    )]);
    // The list is a file that revoke --from-file reads, with the command that sends it.
    let listed = run.stderr.split("they are listed in ").nth(1).unwrap();
    let path = listed
        .split("; to send them: timpush revoke --from-file ")
        .next()
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        format!("{}\n{}\n", ids[2], ids[3])
    );
    assert!(run.stderr.ends_with(&format!(
        "; to send them: timpush revoke --from-file {path}\n"
    )));
    run.stderr_has(&["1 recalled, 0 already recalled, 1 failed, 2 not attempted"]);
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
    let child = env
        .command(&args)
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the second call has been answered, then interrupt during the pacing wait.
    let start = Instant::now();
    while server.requests().len() < 2 && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: kill sends a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
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
    let start = Instant::now();
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
    assert!(start.elapsed() < Duration::from_secs(4));
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

#[test]
fn progress_shows_on_a_terminal_only() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let (a, b) = (task_n(1), task_n(2));
    // Not a terminal: no progress text at all.
    let run = env.run(&["revoke", "--task-id", &a, "--task-id", &b]);
    assert_eq!(run.code, 0);
    assert!(!run.stderr.contains("recalling"), "{}", run.stderr);
    // A terminal, through script(1).
    let (code, text) = on_a_terminal(&env, &format!("revoke --task-id {a} --task-id {b}"));
    assert_eq!(code, Some(0), "{text}");
    // It counts the item it names, and says when it is the last.
    assert!(
        text.contains(&format!("[1/2] recalling {a}, about 1 s left")),
        "{text}"
    );
    assert!(
        text.contains(&format!("[2/2] recalling {b}, the last one")),
        "{text}"
    );
    // stdout a pipe (as `| tee out` makes it) that may lead to the same screen: no progress.
    let (code, text) = on_a_terminal(&env, &format!("revoke --task-id {a} --task-id {b} | cat"));
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains("recalling"), "{text}");
    // With --verbose the debug lines have the terminal: no progress line runs into them.
    let (code, text) = on_a_terminal(
        &env,
        &format!("revoke --verbose --task-id {a} --task-id {b}"),
    );
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains("recalling"), "{text}");
    assert!(text.contains("timpush: POST "), "{text}");
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
fn a_second_ctrl_c_stops_a_hanging_call_at_once_and_still_reports() {
    let server = Server::http();
    server.set_default(Reply::Stall(Duration::from_secs(20)));
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=3).map(task_n).collect();
    let child = env
        .command(&[
            "revoke",
            "--task-id",
            &ids[0],
            "--task-id",
            &ids[1],
            "--task-id",
            &ids[2],
            "-o",
            "json",
        ])
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while server.requests().is_empty() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    for _ in 0..2 {
        std::thread::sleep(Duration::from_millis(200));
        // SAFETY: kill sends a signal to our own child process.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    }
    let out = child.wait_with_output().unwrap();
    assert!(died_by_sigint(&out.status), "{:?}", out.status);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "did not wait for the stalled call"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("interrupted again; stopping now"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "timpush: note: not attempted (2, interrupted):\n  {}\n  {}\n",
            ids[1], ids[2]
        )),
        "{stderr}"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let seen: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| {
            (
                l["TaskId"].as_str().unwrap(),
                l["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            (ids[0].as_str(), "unknown"),
            (ids[1].as_str(), "not_attempted"),
            (ids[2].as_str(), "not_attempted"),
        ]
    );
    assert_eq!(lines[0]["exit_code"], 7);
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn ctrl_c_while_waiting_to_retry_reports_the_call_that_was_sent() {
    let server = Server::http();
    // A lost answer (may have been applied), then a retry would follow after a second.
    server.push([Reply::Drop]);
    let env = Env::for_server(&server);
    let ids: Vec<String> = (1..=2).map(task_n).collect();
    let child = env
        .command(&[
            "revoke",
            "--task-id",
            &ids[0],
            "--task-id",
            &ids[1],
            "-o",
            "json",
        ])
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while server.requests().is_empty() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: kill sends a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
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
