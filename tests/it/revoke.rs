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
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
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
        env.run(&["revoke", "--task-id", task()]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    }
    let reqs = server.requests();
    assert_eq!(reqs[0].json(), json!({"TaskId": task()}));
    assert_ne!(reqs[0].param("random"), reqs[1].param("random"));
}

#[test]
fn json_output_on_success() {
    let server = Server::http();
    let env = Env::for_server(&server);
    env.run(&["revoke", "--task-id", task(), "-o", "json"])
        .is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr

"#]]);
}

#[test]
fn https_with_the_ca_bundle_and_without_it() {
    let server = Server::https();
    let env = Env::for_server(&server);
    env.run(&["revoke", "--task-id", task()]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    assert_eq!(server.requests().len(), 1);
    check_usersig(&server.requests()[0], "administrator");

    let mut env = Env::for_server(&server);
    env.unset("TIMPUSH_CA_BUNDLE");
    // Not retried: one attempt.
    let run = env.run(&["revoke", "--task-id", task(), "-o", "json"]);
    run.is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"error":{"kind":"tls","message":"TLS failure: invalid peer certificate: UnknownIssuer"},"hint":"TLS with endpoint https://127.0.0.1:[PORT] could not be set up (nothing was sent): if its certificate is not trusted, check the endpoint and --ca-bundle","exit_code":6}
--- stderr
timpush: error: [TASK1]: TLS failure: invalid peer certificate: UnknownIssuer
  hint: TLS with endpoint https://127.0.0.1:[PORT] could not be set up (nothing was sent): if its certificate is not trusted, check the endpoint and --ca-bundle

"#]]);
    assert_eq!(
        server.requests().len(),
        1,
        "nothing more reached the server"
    );
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn a_ca_bundle_without_certificates_is_a_config_error() {
    let server = Server::https();
    let mut env = Env::for_server(&server);
    let bad = env.home().join("bad.pem");
    std::fs::write(&bad, "not a certificate").unwrap();
    env.set("TIMPUSH_CA_BUNDLE", bad.to_str().unwrap());
    env.run(&["revoke", "--task-id", task()]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: CA bundle [HOME]/bad.pem holds no PEM certificate (-----BEGIN CERTIFICATE-----)

"#]]);
    assert_eq!(server.connections(), 0);
}

/// Each ErrorCode of the catalogue, and one it does not know: its exit status, outcome and
/// hint, in JSON (the service's text as received) and on stderr (that text escaped).
#[test]
fn each_error_code_maps_to_exit_outcome_and_hint() {
    let codes = [
        (
            90001,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90001,"ErrorInfo":"info\u001b[2J for 90001","hint":"this is a bug in timpush or a proxy altered the body; report it with --verbose output","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 90001 (request body is not valid JSON): service said "info\u{1b}[2J for 90001"
  hint: this is a bug in timpush or a proxy altered the body; report it with --verbose output

"#]],
        ),
        (
            90009,
            str![[r#"
exit 4
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90009,"ErrorInfo":"info\u001b[2J for 90009","hint":"set identifier to one of the app's admin accounts (Chat console > App admin)","exit_code":4}
--- stderr
timpush: error: [TASK1]: ErrorCode 90009 (the identifier is not an App admin): service said "info\u{1b}[2J for 90009"
  hint: set identifier to one of the app's admin accounts (Chat console > App admin)

"#]],
        ),
        (
            90049,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90049,"ErrorInfo":"info\u001b[2J for 90049","hint":"only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 90049 (TaskId unknown or not a push task): service said "info\u{1b}[2J for 90049"
  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region

"#]],
        ),
        (
            90051,
            str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90051,"ErrorInfo":"info\u001b[2J for 90051","hint":"wait a second and run the same command again","exit_code":6}
--- stderr
timpush: error: [TASK1]: ErrorCode 90051 (recall too frequent (limit 1 per second)): service said "info\u{1b}[2J for 90051" (gave up after 1 attempt)
  hint: wait a second and run the same command again

"#]],
        ),
        (
            90052,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90052,"ErrorInfo":"info\u001b[2J for 90052","hint":"a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 90052 (recall window (24 hours) has passed): service said "info\u{1b}[2J for 90052"
  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago

"#]],
        ),
        (
            90053,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90053,"ErrorInfo":"info\u001b[2J for 90053","hint":"the push stored messages, so its recall must carry the replacement notification: timpush revoke [TASK1] --title TITLE --desc TEXT","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 90053 (the push stored messages (OnlineOnlyFlag=0), so the recall needs OfflinePushInfo): service said "info\u{1b}[2J for 90053"
  hint: the push stored messages, so its recall must carry the replacement notification: timpush revoke [TASK1] --title TITLE --desc TEXT

"#]],
        ),
        (
            91000,
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"ActionStatus":"FAIL","ErrorCode":91000,"ErrorInfo":"info\u001b[2J for 91000","hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: ErrorCode 91000 (internal service error): service said "info\u{1b}[2J for 91000" (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            60004,
            str![[r#"
exit 4
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":60004,"ErrorInfo":"info\u001b[2J for 60004","hint":"check the identifier and the secret key (or ready UserSig) of the profile","exit_code":4}
--- stderr
timpush: error: [TASK1]: ErrorCode 60004 (identifier or usersig in the URL is wrong): service said "info\u{1b}[2J for 60004"
  hint: check the identifier and the secret key (or ready UserSig) of the profile

"#]],
        ),
        (
            60011,
            str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":60011,"ErrorInfo":"info\u001b[2J for 60011","hint":"slow down and run the same command again","exit_code":6}
--- stderr
timpush: error: [TASK1]: ErrorCode 60011 (REST call frequency over the limit for this SDKAppID): service said "info\u{1b}[2J for 60011" (gave up after 1 attempt)
  hint: slow down and run the same command again

"#]],
        ),
        (
            60021,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":60021,"ErrorInfo":"info\u001b[2J for 60021","hint":"add this machine's public IP to the app's REST API allow list","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 60021 (caller IP not in the allow list): service said "info\u{1b}[2J for 60021"
  hint: add this machine's public IP to the app's REST API allow list

"#]],
        ),
        (
            70001,
            str![[r#"
exit 4
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"info\u001b[2J for 70001","hint":"the UserSig's lifetime ran out; check this machine's clock (the UserSig carries its time) and usersig_ttl (now 600 s)","exit_code":4}
--- stderr
timpush: error: [TASK1]: ErrorCode 70001 (UserSig expired): service said "info\u{1b}[2J for 70001"
  hint: the UserSig's lifetime ran out; check this machine's clock (the UserSig carries its time) and usersig_ttl (now 600 s)

"#]],
        ),
        (
            70009,
            str![[r#"
exit 4
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":70009,"ErrorInfo":"info\u001b[2J for 70009","hint":"the secret key belongs to another app; check sdkappid and the key","exit_code":4}
--- stderr
timpush: error: [TASK1]: ErrorCode 70009 (UserSig made with another app's secret key): service said "info\u{1b}[2J for 70009"
  hint: the secret key belongs to another app; check sdkappid and the key

"#]],
        ),
        (
            70016,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":70016,"ErrorInfo":"info\u001b[2J for 70016","hint":"the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 70016 (key not found: SDKAppID and region do not match): service said "info\u{1b}[2J for 70016"
  hint: the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)

"#]],
        ),
        (
            70020,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":70020,"ErrorInfo":"info\u001b[2J for 70020","hint":"the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 70020 (SDKAppID not found in this region): service said "info\u{1b}[2J for 70020"
  hint: the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)

"#]],
        ),
        (
            70169,
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"ActionStatus":"FAIL","ErrorCode":70169,"ErrorInfo":"info\u001b[2J for 70169","hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: ErrorCode 70169 (internal timeout): service said "info\u{1b}[2J for 70169" (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            70500,
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"ActionStatus":"FAIL","ErrorCode":70500,"ErrorInfo":"info\u001b[2J for 70500","hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: ErrorCode 70500 (internal error): service said "info\u{1b}[2J for 70500" (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            12345,
            str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":12345,"ErrorInfo":"info\u001b[2J for 12345","hint":"see the Tencent Cloud Chat error code list","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 12345 (not in timpush's catalogue): service said "info\u{1b}[2J for 12345"
  hint: see the Tencent Cloud Chat error code list

"#]],
        ),
    ];
    for (code, want) in codes {
        // A server each: a run does not wait for the pace of the one before.
        let server = Server::http();
        let env = Env::for_server(&server);
        server.push([Reply::Json(format!(
            r#"{{"ActionStatus":"FAIL","ErrorInfo":"info\u001b[2J for {code}","ErrorCode":{code}}}"#
        ))]);
        let run = once_json(&env, &[]);
        run.is(want);
        run.assert_terminal_safe();
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
    run.is(str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"http_status","message":"HTTP 502 from the endpoint, not an answer of the service: \"<html><head><title>502 Bad Gateway</title></head><body>\\u{1b}[31mgateway\\u{1b}[0m</body></html>\" (gave up after 1 attempt)","http_status":502},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: HTTP 502 from the endpoint, not an answer of the service: "<html><head><title>502 Bad Gateway</title></head><body>\u{1b}[31mgateway\u{1b}[0m</body></html>" (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]]);
    run.assert_terminal_safe();
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn bodies_that_are_not_answers_are_outcome_unknown() {
    for (reply, want) in [
        (
            Reply::Json("<html>ok</html>".into()),
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"not_json","message":"HTTP 200: the answer is not JSON: \"<html>ok</html>\"","http_status":200},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: HTTP 200: the answer is not JSON: "<html>ok</html>"
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            Reply::Json(r#"{"ActionStatus":"OK"}"#.into()),
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"no_error_code","message":"HTTP 200: the answer has no ErrorCode: \"{\"ActionStatus\":\"OK\"}\"","http_status":200},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: HTTP 200: the answer has no ErrorCode: "{"ActionStatus":"OK"}"
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            Reply::Json("x".repeat(70 * 1024)),
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"body_too_large","message":"HTTP 200: the answer is larger than 64 KiB and was not read","http_status":200},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: HTTP 200: the answer is larger than 64 KiB and was not read
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            Reply::Truncated(r#"{"ActionStatus":"OK","#.into()),
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"truncated_body","message":"HTTP 200: the answer was cut short (Peer disconnected) (gave up after 1 attempt)","http_status":200},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: HTTP 200: the answer was cut short (Peer disconnected) (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            Reply::Drop,
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"connection_closed","message":"the connection broke before an answer (Peer disconnected) (gave up after 1 attempt)"},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: the connection broke before an answer (Peer disconnected) (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
        (
            Reply::Raw("SSH-2.0-OpenSSH\r\n\r\n".into()),
            str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"protocol","message":"the answer was not valid HTTP (http parse fail: invalid HTTP version) (gave up after 1 attempt)"},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: the answer was not valid HTTP (http parse fail: invalid HTTP version) (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]],
        ),
    ] {
        let (run, _) = fault_run(reply, &[]);
        run.is(want);
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
    run.is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"error":{"kind":"http_status","message":"HTTP 302 from the endpoint, pointing to \"/elsewhere\", not an answer of the service: \"moved\"","http_status":302},"hint":"endpoint http://127.0.0.1:[PORT] answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)","exit_code":6}
--- stderr
timpush: error: [TASK1]: HTTP 302 from the endpoint, pointing to "/elsewhere", not an answer of the service: "moved"
  hint: endpoint http://127.0.0.1:[PORT] answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)

"#]]);
    assert_eq!(server.requests().len(), 1, "no redirect followed");
    let (run, _) = fault_run(
        Reply::Http {
            status: 404,
            content_type: "text/plain",
            body: "no".into(),
            headers: vec![],
        },
        &[],
    );
    run.is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"error":{"kind":"http_status","message":"HTTP 404 from the endpoint, not an answer of the service: \"no\"","http_status":404},"hint":"endpoint http://127.0.0.1:[PORT] answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)","exit_code":6}
--- stderr
timpush: error: [TASK1]: HTTP 404 from the endpoint, not an answer of the service: "no"
  hint: endpoint http://127.0.0.1:[PORT] answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)

"#]]);
}

#[test]
fn a_stalled_answer_ends_at_the_deadline() {
    // The server holds the answer 20 s, then closes: a run that outlived its deadline would
    // see the connection closed, not its own timeout.
    let (run, _) = fault_run(Reply::Stall(Duration::from_secs(20)), &["--timeout", "1"]);
    run.is(str![[r#"
exit 7
--- stdout
{"TaskId":"[TASK1]","outcome":"unknown","attempts":1,"error":{"kind":"timeout","message":"no answer in time (gave up after 1 attempt)"},"hint":"the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")","exit_code":7}
--- stderr
timpush: error: [TASK1]: no answer in time (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]]);
}

#[test]
fn connection_refused_is_nothing_applied() {
    let env = refusing_env();
    once_json(&env, &[]).is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"error":{"kind":"connection_refused","message":"connection refused (Connection refused (os error 111)) (gave up after 1 attempt)"},"hint":"nothing was applied; check the network path to endpoint http://127.0.0.1:[PORT], then run the same command again","exit_code":6}
--- stderr
timpush: error: [TASK1]: connection refused (Connection refused (os error 111)) (gave up after 1 attempt)
  hint: nothing was applied; check the network path to endpoint http://127.0.0.1:[PORT], then run the same command again

"#]]);
}

#[test]
fn dns_failure_is_nothing_applied() {
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", "https://no-such-host.invalid")
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    once_json(&env, &[]).is(str![[r#"
exit 6
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"error":{"kind":"dns","message":"the host name could not be resolved (gave up after 1 attempt)"},"hint":"nothing was applied; check the network path to endpoint https://no-such-host.invalid, then run the same command again","exit_code":6}
--- stderr
timpush: error: [TASK1]: the host name could not be resolved (gave up after 1 attempt)
  hint: nothing was applied; check the network path to endpoint https://no-such-host.invalid, then run the same command again

"#]]);
}

#[test]
fn verbose_shows_the_redacted_request_source_and_answer() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "--verbose"]);
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "default" (default); credential: secret key from variable TIMPUSH_SECRET_KEY
timpush: pacing timpush/revoke with other timpush processes through [HOME]/.cache/timpush/pace/[HASH].pace
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
    let r = &server.requests()[0];
    run.assert_no_secrets(&[SENTINEL_KEY, r.param("usersig").unwrap(), &r.raw_usersig()]);
}

#[test]
fn colour_on_a_real_terminal_unless_no_color() {
    let server = Server::http();
    server.set_default(Reply::Code(90049));
    let env = Env::for_server(&server);
    // On a real pseudo-terminal (every case is tested in process, src/scenarios/terminal.rs);
    // the whole terminal text, an escape written \e.
    let bin = env!("CARGO_BIN_EXE_timpush");
    for (no_color, want) in [
        (
            false,
            str![[r#"
timpush: \e[1;31merror:\e[0m [TASK1]: ErrorCode 90049 (TaskId unknown or not a push task): service said "scripted failure"
  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region

"#]],
        ),
        (
            true,
            str![[r#"
timpush: error: [TASK1]: ErrorCode 90049 (TaskId unknown or not a push task): service said "scripted failure"
  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region

"#]],
        ),
    ] {
        let mut cmd = std::process::Command::new("script");
        cmd.args([
            "-qec",
            &format!(
                "{bin} revoke --task-id {task} --max-attempts 1",
                task = task()
            ),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("TERM", "xterm")
        .envs(env.vars.iter().map(|(k, v)| (k, v)));
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout)
            .replace("\r\n", "\n")
            .replace('\x1b', "\\e");
        same(placeholders(&text), want);
    }
}

/// `TIMPUSH_TIMINGS=1` (for bench/run.sh) adds one line on stderr: each phase of the run, in
/// order, with its milliseconds; without it, nothing.
#[test]
fn timings_say_where_a_recall_s_time_went() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    env.run(&["revoke", "--task-id", task()])
        .expect(0, &format!("recalled {}\n", task()), "");
    env.set("TIMPUSH_TIMINGS", "1");
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.code, 0, "{run:?}");
    let line = run
        .stderr
        .strip_prefix(&format!(
            "timpush: note: {} was already recalled (ErrorCode 90050); nothing more to do\n",
            task()
        ))
        .unwrap_or(&run.stderr);
    let line = line
        .strip_prefix("timpush: timings: ")
        .and_then(|l| l.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    let phases: Vec<&str> = line
        .split("; ")
        .map(|p| {
            let (name, ms) = p.strip_suffix(" ms").unwrap().rsplit_once(' ').unwrap();
            assert!(ms.parse::<f64>().unwrap() >= 0.0, "{p}");
            name
        })
        .collect();
    assert_eq!(
        phases,
        [
            "command line",
            "settings",
            "credential",
            "HTTP client (CA roots)",
            "command",
            "connection (TCP, TLS)",
            "call",
            "pacing",
            "bookkeeping (journal, output)"
        ]
    );
}
