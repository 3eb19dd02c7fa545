//! `timpush revoke` end to end: the real binary against a recording server on 127.0.0.1.

use crate::common::*;
use crate::sig;
use serde_json::json;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// The UserSig the server received, decoded and checked against the sentinel key.
fn check_usersig(req: &Recorded, identifier: &str) -> String {
    let sig = req.param("usersig").expect("usersig parameter").to_string();
    let f = sig::decode(&sig);
    assert_eq!(f.identifier, identifier);
    assert_eq!(f.sdkappid, SDKAPPID as u64);
    assert!((f.time - now()).abs() < 60, "time {}", f.time);
    assert!(sig::signed_with(&f, SENTINEL_KEY));
    sig
}

#[test]
fn sends_the_documented_request_and_reports_success() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--title",
        "Correction",
        "--desc",
        "Please ignore",
        "--ext",
        r#"{"k": 1}"#,
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, format!("recalled {task}\n", task = task()));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    assert!(
        r.path.starts_with("/v4/timpush/revoke?usersig="),
        "{}",
        r.path
    );
    let keys: Vec<&str> = r.query.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["usersig", "identifier", "sdkappid", "random", "contenttype"]
    );
    assert_eq!(r.param("identifier"), Some("administrator"));
    assert_eq!(r.param("sdkappid"), Some("1400000000"));
    assert_eq!(r.param("contenttype"), Some("json"));
    r.param("random")
        .unwrap()
        .parse::<u32>()
        .expect("random is a u32");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.header("user-agent"),
        Some(concat!("timpush/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(
        r.json(),
        json!({"TaskId": task(), "OfflinePushInfo": {"Title": "Correction", "Desc": "Please ignore", "Ext": "{\"k\": 1}"}})
    );
    let sig = check_usersig(r, "administrator");
    let f = sig::decode(&sig);
    assert_eq!(f.expire, 600);
    run.assert_no_secrets(&[SENTINEL_KEY, &sig, &r.raw_usersig()]);
}

#[test]
fn random_differs_between_runs_and_body_without_flags_is_taskid_only() {
    let server = Server::http();
    let env = Env::for_server(&server);
    for _ in 0..2 {
        assert_eq!(env.run(&["revoke", "--task-id", task()]).code, 0);
    }
    let reqs = server.requests();
    assert_eq!(reqs[0].json(), json!({"TaskId": task()}));
    assert_ne!(reqs[0].param("random"), reqs[1].param("random"));
}

#[test]
fn json_output_on_success() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json"]);
    assert_eq!(run.code, 0);
    let lines = run.json_lines();
    assert_eq!(lines.len(), 1);
    let o = &lines[0];
    assert_eq!(o["TaskId"], task());
    assert_eq!(o["outcome"], "revoked");
    assert_eq!(o["attempts"], 1);
    assert_eq!(o["ActionStatus"], "OK");
    assert_eq!(o["ErrorCode"], 0);
    assert_eq!(o["ErrorInfo"], "");
    assert_eq!(o["exit_code"], 0);
    assert!(o.get("error").is_none());
}

#[test]
fn https_with_the_ca_bundle_and_without_it() {
    let server = Server::https();
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.requests().len(), 1);
    check_usersig(&server.requests()[0], "administrator");

    let mut env = Env::for_server(&server);
    env.unset("TIMPUSH_CA_BUNDLE");
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "nothing more reached the server"
    );
    let o = &run.json_lines()[0];
    assert_eq!(o["outcome"], "failed");
    assert_eq!(o["error"]["kind"], "tls");
    assert_eq!(o["attempts"], 1, "TLS failures are not retried");
    run.stderr_has(&["not trusted"]);
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn a_ca_bundle_without_certificates_is_a_config_error() {
    let server = Server::https();
    let mut env = Env::for_server(&server);
    let bad = env.home().join("bad.pem");
    std::fs::write(&bad, "not a certificate").unwrap();
    env.set("TIMPUSH_CA_BUNDLE", bad.to_str().unwrap());
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.code, 3);
    run.stderr_has(&["holds no PEM certificate"]);
    assert_eq!(server.connections(), 0);
}

/// (ErrorCode, exit, outcome, words the hint must hold)
const CODES: &[(i64, i32, &str, &str)] = &[
    (90001, 5, "failed", "report it"),
    (90009, 4, "failed", "admin"),
    (90049, 5, "failed", "typo"),
    (90051, 6, "failed", "wait a second"),
    (90052, 5, "failed", "the TaskId says it was pushed"),
    (90053, 5, "failed", "--title and --desc"),
    (91000, 7, "unknown", "may have been applied"),
    (60004, 4, "failed", "identifier and the secret key"),
    (60011, 6, "failed", "slow down"),
    (60021, 5, "failed", "allow list"),
    (70001, 4, "failed", "clock"),
    (70009, 4, "failed", "another app"),
    (70016, 5, "failed", "set region"),
    (70020, 5, "failed", "set region"),
    (70169, 7, "unknown", "may have been applied"),
    (70500, 7, "unknown", "may have been applied"),
    (12345, 5, "failed", "error code list"),
];

#[test]
fn each_error_code_maps_to_exit_outcome_and_hint() {
    for &(code, exit, outcome, hint) in CODES {
        // A server each: a run does not wait for the pace of the one before.
        let server = Server::http();
        let env = Env::for_server(&server);
        server.push([Reply::Json(format!(
            r#"{{"ActionStatus":"FAIL","ErrorInfo":"info\u001b[2J for {code}","ErrorCode":{code}}}"#
        ))]);
        let run = once_json(&env, &[]);
        assert_eq!(run.code, exit, "code {code}: {run:?}");
        let o = &run.json_lines()[0];
        assert_eq!(o["outcome"], outcome, "code {code}");
        assert_eq!(o["ErrorCode"], code);
        assert_eq!(o["ActionStatus"], "FAIL");
        assert_eq!(
            o["ErrorInfo"],
            format!("info\u{1b}[2J for {code}"),
            "as received"
        );
        assert_eq!(o["exit_code"], exit);
        assert!(
            o["hint"].as_str().unwrap().contains(hint),
            "code {code}: {}",
            o["hint"]
        );
        // Text on stderr: code, the service's text escaped, the hint.
        run.stderr_has(&[&format!("ErrorCode {code} (")]);
        run.stderr_has(&[&format!("service said \"info\\u{{1b}}[2J for {code}\"")]);
        assert!(!run.stderr.contains('\x1b'));
        run.stderr_has(&["hint: "]);
        run.assert_no_secrets(&[SENTINEL_KEY]);
    }
}

/// One attempt at recalling task(), with JSON output and `extra` flags.
fn once_json(env: &Env, extra: &[&str]) -> Run {
    let mut all = vec![
        "revoke",
        "--task-id",
        task(),
        "--max-attempts",
        "1",
        "-o",
        "json",
    ];
    all.extend_from_slice(extra);
    env.run(&all)
}

fn fault_run(reply: Reply, args: &[&str]) -> (Run, Server) {
    let server = Server::http();
    server.push([reply]);
    let env = Env::for_server(&server);
    let run = once_json(&env, args);
    run.assert_no_secrets(&[SENTINEL_KEY]);
    (run, server)
}

#[test]
fn html_502_from_a_gateway_is_outcome_unknown() {
    let (run, server) = fault_run(Reply::html(502), &[]);
    assert_eq!(run.code, 7);
    let o = &run.json_lines()[0];
    assert_eq!(o["outcome"], "unknown");
    assert_eq!(o["error"]["kind"], "http_status");
    assert_eq!(o["error"]["http_status"], 502);
    let msg = o["error"]["message"].as_str().unwrap();
    assert!(msg.starts_with("HTTP 502 from the endpoint"), "{msg}");
    assert!(msg.contains("<html><head><title>502 Bad Gateway"), "{msg}");
    assert!(msg.contains("\\u{1b}[31m"), "escaped: {msg}");
    assert!(o.get("ErrorCode").is_none());
    assert_eq!(server.requests().len(), 1);
    assert!(!run.stderr.contains('\x1b'));
}

#[test]
fn bodies_that_are_not_answers_are_outcome_unknown() {
    for (reply, kind) in [
        (Reply::Json("<html>ok</html>".into()), "not_json"),
        (
            Reply::Json(r#"{"ActionStatus":"OK"}"#.into()),
            "no_error_code",
        ),
        (Reply::Json("x".repeat(70 * 1024)), "body_too_large"),
        (
            Reply::Truncated(r#"{"ActionStatus":"OK","#.into()),
            "truncated_body",
        ),
        (Reply::Drop, "connection_closed"),
        (Reply::Raw("SSH-2.0-OpenSSH\r\n\r\n".into()), "protocol"),
    ] {
        let (run, _) = fault_run(reply, &[]);
        assert_eq!(run.code, 7, "{kind}: {run:?}");
        let o = &run.json_lines()[0];
        assert_eq!(o["error"]["kind"], kind, "{run:?}");
        assert_eq!(o["outcome"], "unknown");
    }
}

#[test]
fn redirects_and_other_statuses_are_not_followed() {
    let (run, server) = fault_run(
        Reply::Http {
            status: 302,
            content_type: "text/plain",
            body: "moved".into(),
            headers: vec![("Location", "/elsewhere".into())],
        },
        &[],
    );
    assert_eq!(run.code, 6);
    assert_eq!(server.requests().len(), 1, "no redirect followed");
    assert_eq!(run.json_lines()[0]["error"]["http_status"], 302);
    let (run, _) = fault_run(
        Reply::Http {
            status: 404,
            content_type: "text/plain",
            body: "no".into(),
            headers: vec![],
        },
        &[],
    );
    assert_eq!(run.code, 6);
}

#[test]
fn a_stalled_answer_ends_at_the_deadline() {
    // The server holds the answer 20 s, then closes: a run that outlived its deadline would
    // see the connection closed, not its own timeout.
    let (run, _) = fault_run(Reply::Stall(Duration::from_secs(20)), &["--timeout", "1"]);
    assert_eq!(run.code, 7, "{run:?}");
    assert_eq!(run.json_lines()[0]["error"]["kind"], "timeout");
}

#[test]
fn connection_refused_is_nothing_applied() {
    let env = refusing_env();
    let run = once_json(&env, &[]);
    assert_eq!(run.code, 6, "{run:?}");
    let o = &run.json_lines()[0];
    assert_eq!(o["error"]["kind"], "connection_refused");
    assert_eq!(o["outcome"], "failed");
    run.stderr_has(&["nothing was applied"]);
}

#[test]
fn dns_failure_is_nothing_applied() {
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", "https://no-such-host.invalid")
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let run = once_json(&env, &[]);
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(run.json_lines()[0]["error"]["kind"], "dns");
}

#[test]
fn verbose_shows_the_redacted_request_source_and_answer() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "--verbose"]);
    assert_eq!(run.code, 0);
    run.stderr_has(&["credential: secret key from variable TIMPUSH_SECRET_KEY"]);
    run.stderr_has(&["POST http://127.0.0.1:"]);
    run.stderr_has(&["usersig=(redacted)&identifier=administrator"]);
    run.stderr_has(&["answer: HTTP 200 in "]);
    let r = &server.requests()[0];
    run.assert_no_secrets(&[SENTINEL_KEY, r.param("usersig").unwrap(), &r.raw_usersig()]);
}

#[test]
fn colour_on_a_real_terminal_unless_no_color() {
    let server = Server::http();
    server.set_default(Reply::Code(90049));
    let env = Env::for_server(&server);
    let red = "\x1b[1;31merror:";
    // On a real pseudo-terminal (every case is tested in process, src/scenarios/terminal.rs).
    let bin = env!("CARGO_BIN_EXE_timpush");
    for (term, no_color, flag, want) in [("xterm", false, "", true), ("xterm", true, "", false)] {
        let mut cmd = std::process::Command::new("script");
        cmd.args([
            "-qec",
            &format!(
                "{bin} revoke --task-id {task} --max-attempts 1 {flag}",
                task = task()
            ),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("TERM", term)
        .envs(env.vars.iter().map(|(k, v)| (k, v)));
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            text.contains(red),
            want,
            "TERM={term} NO_COLOR={no_color} {flag}: {text}"
        );
    }
}
