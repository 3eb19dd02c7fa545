//! Push callbacks: the emulator calls back, `callback listen` receives and checks, `callback
//! send` judges a handler's answer, `callback verify` checks a signed URL. The signature is
//! checked here with the test's own SHA-256 (never timpush's code), against the page's example.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::common::*;

/// The token every test signs with: long enough that every 16-character piece is looked for in
/// every output.
const TOKEN: &str = "cb-token-SENTINEL-7f3a9c2e1d5b";
const KEY: &str = "emulator-key-for-callbacks-0123456789";

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// `Sign` as the page defines it, computed here.
fn sign(token: &str, at: i64) -> String {
    Sha256::digest(format!("{token}{at}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn the_signature_is_the_pages_example() {
    assert_eq!(
        sign("xxxxyyyy", 1669872112),
        "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
    );
    assert_eq!(
        sign("example-token-123", 1764400000),
        "37fd92c85cd1c1bc479bd5f3d07a75a71634295289ec15cc8be7f631ba679db4"
    );
}

/// An environment for the callback commands: the app and the sentinel token.
fn callback_env() -> Env {
    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_CALLBACK_TOKEN", TOKEN);
    env
}

/// `callback listen` on a free port: the child, its URL, and its stderr line by line.
struct Listener {
    child: Child,
    url: String,
    lines: mpsc::Receiver<String>,
    first: String,
}

impl Listener {
    fn start(env: &Env, args: &[&str]) -> Listener {
        let mut all = vec!["callback", "listen", "--listen", "127.0.0.1:0"];
        all.extend_from_slice(args);
        let mut child = env.command(&all).stdin(Stdio::null()).spawn().unwrap();
        let lines = lines_of(&mut child);
        let first = wait_for_line(&lines, "timpush: note: listening");
        let url = first
            .split(" at ")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .unwrap()
            .to_string();
        Listener {
            child,
            url,
            lines,
            first,
        }
    }

    /// Waits for the end (by --count, or a SIGINT sent here): (exit status, stdout, stderr).
    fn finish(mut self, interrupt: bool) -> (i32, String, String) {
        if interrupt {
            sigint(&self.child);
        }
        let mut out = String::new();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        let status = self.child.wait().unwrap();
        let err = format!("{}{}", self.first, rest_of(&self.lines));
        (status.code().unwrap_or(-1), out, err)
    }
}

/// The emulator's callbacks for a batch push reach `callback listen`, which checks and prints
/// them; the events agree with the emulator's statistics; nothing shows the token.
#[test]
fn the_emulators_callbacks_are_received_and_checked_by_listen() {
    let env = callback_env();
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("callback.token");
    write_private(&token_file, TOKEN);
    // Three listed accounts: three sent, three reached, no click (5% of three is none).
    let listener = Listener::start(&env, &["--count", "6"]);
    let emulator = EmulatorProcess::start(
        KEY,
        &[
            "--callback-url",
            &format!("{}im/callback", listener.url),
            "--callback-token-file",
            token_file.to_str().unwrap(),
        ],
    );
    let client = emulator.client(KEY);
    let pushed = client.run(&[
        "batch",
        "--to",
        "ann",
        "--to",
        "bo",
        "--to",
        "cy",
        "--title",
        "T",
        "--desc",
        "D",
        "--data-id",
        "promo-7",
    ]);
    assert_eq!(pushed.code, 0, "{}", pushed.stderr);
    let task = pushed.stdout.trim().to_string();
    let (code, out, err) = listener.finish(false);
    let shown = format!("exit {code}\n--- stdout\n{out}--- stderr\n{err}");
    let shown = shown.replace(&task, "[TASK]");
    same(
        times(&placeholders(&shown)),
        str![[r#"
exit 0
--- stdout
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"[TASK]","TaskTime":[UNIX],"EventTime":[UNIX],"To_Account":"ann","PushPlatform":1,"DeviceType":0,"PushStage":1,"ErrCode":0,"ErrInfo":"","DataId":"promo-7","channel":"APNs","stage":"sent"}
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"[TASK]","TaskTime":[UNIX],"EventTime":[UNIX],"To_Account":"bo","PushPlatform":1,"DeviceType":0,"PushStage":1,"ErrCode":0,"ErrInfo":"","DataId":"promo-7","channel":"APNs","stage":"sent"}
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"[TASK]","TaskTime":[UNIX],"EventTime":[UNIX],"To_Account":"cy","PushPlatform":1,"DeviceType":0,"PushStage":1,"ErrCode":0,"ErrInfo":"","DataId":"promo-7","channel":"APNs","stage":"sent"}
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"[TASK]","TaskTime":[UNIX],"EventTime":[UNIX],"To_Account":"ann","PushPlatform":1,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":"","DataId":"promo-7","channel":"APNs","stage":"reached"}
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"[TASK]","TaskTime":[UNIX],"EventTime":[UNIX],"To_Account":"bo","PushPlatform":1,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":"","DataId":"promo-7","channel":"APNs","stage":"reached"}
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"[TASK]","TaskTime":[UNIX],"EventTime":[UNIX],"To_Account":"cy","PushPlatform":1,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":"","DataId":"promo-7","channel":"APNs","stage":"reached"}
--- stderr
timpush: note: listening for push callbacks of SDKAppID 1400000000 at http://127.0.0.1:[PORT]/ (Sign and RequestTime checked with the token; Ctrl-C to stop)
timpush: note: received 2 request(s), 6 event(s)
TASKID                                                    CHANNEL  SENT  REACHED  CLICKED
[TASK]  APNs        3        3        0

"#]],
    );
    let run = Run {
        code,
        stdout: out,
        stderr: err,
        home: String::new(),
    };
    run.assert_no_pieces_of(&[TOKEN.to_string()], "");
    // The same log, read back beside the statistics.
    let log = home.path().join("events.jsonl");
    std::fs::write(&log, &run.stdout).unwrap();
    let stats = client.run(&["stats", &task, "--events", log.to_str().unwrap()]);
    same(
        stats
            .stdout
            .replace(&task, "[TASK]")
            .replace(log.to_str().unwrap(), "[LOG]"),
        str![[r#"
TASKID / CHANNEL                                         TOTAL      SENT  DELIVERED  CLICKED
[TASK]         3         3          3        0
  offline, APNs                                              3         3          3        0
  callbacks in [LOG]                         SENT    REACHED  CLICKED
  APNs                                                                 3          3        0

"#]],
    );
    let json = client.run(&[
        "stats",
        &task,
        "--events",
        log.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(
        json.json_lines()[0]["callback_events"],
        serde_json::json!({"APNs": {"sent": 3, "reached": 3, "clicked": 0}})
    );
    // And beside the reach report of the recall.
    let stopped = client.run(&["stop", &task, "--events", log.to_str().unwrap()]);
    same(
        stopped.shown().replace(log.to_str().unwrap(), "[LOG]"),
        str![[r#"
exit 0
--- stdout
recalled batch_[TASK1]
--- stderr
timpush: warning: batch_[TASK1] is a batch push; the pages disagree on whether one can be recalled (the revoke page names all-user and tag pushes only, the error page batch pushes too); sending it anyway
timpush: note: reach of batch_[TASK1]: 3 devices targeted, 3 sent to, 3 delivered
timpush: note:   replaced by the recall: APNs 3 (unless the app was in the foreground)
timpush: note:   no device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) got it
timpush: note:   its callbacks in [LOG]: sent APNs 3; reached APNs 3

"#]],
    );
}

/// A handler written here (the test server) receives the emulator's callbacks for a tag push:
/// each request carries the documented parameters and a Sign that the test's own SHA-256
/// accepts; at most 100 events, stages in order; and per channel the events add up to the
/// emulator's statistics.
#[test]
fn an_independent_handler_accepts_the_emulators_callbacks() {
    let handler = Server::http();
    handler.set_default(Reply::Code(0));
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("callback.token");
    write_private(&token_file, TOKEN);
    let emulator = EmulatorProcess::start(
        KEY,
        &[
            "--callback-url",
            &format!("{}/hook", handler.base),
            "--callback-token-file",
            token_file.to_str().unwrap(),
        ],
    );
    let client = emulator.client(KEY);
    let pushed = client.run(&["push", "--tag", "vip", "--title", "T", "--desc", "D"]);
    assert_eq!(pushed.code, 0, "{}", pushed.stderr);
    let task = pushed.stdout.trim().to_string();
    let stats = client.run(&["stats", &task, "-o", "json"]);
    let stats = &stats.json_lines()[0];
    let sent: u64 = stats["SentCount"].as_u64().unwrap();
    let delivered: u64 = stats["DeliveredCount"].as_u64().unwrap();
    let clicked: u64 = stats["ClickCount"].as_u64().unwrap();
    let requests_needed = sent.div_ceil(100) + delivered.div_ceil(100) + clicked.div_ceil(100);
    wait_for_requests(&handler, requests_needed as usize);
    let mut per_channel: std::collections::BTreeMap<(i64, i64), [u64; 3]> = Default::default();
    let mut last_stage = 0;
    let mut total = 0;
    for r in handler.requests() {
        assert_eq!(r.method, "POST");
        assert!(r.path.starts_with("/hook?"), "{}", r.path);
        assert_eq!(r.param("SdkAppid"), Some("1400000000"));
        assert_eq!(r.param("CallbackCommand"), Some("Push.AllMemberPush"));
        assert_eq!(r.param("contenttype"), Some("json"));
        let at: i64 = r.param("RequestTime").unwrap().parse().unwrap();
        assert!((now() - at).abs() <= 60, "RequestTime {at}");
        assert_eq!(r.param("Sign"), Some(sign(TOKEN, at).as_str()));
        assert!(!r.path.contains(TOKEN));
        let body = r.json();
        let events = body["Events"].as_array().unwrap();
        assert!((1..=100).contains(&events.len()));
        for e in events {
            let stage = e["PushStage"].as_i64().unwrap();
            assert!(stage >= last_stage, "a stage after a later one");
            last_stage = stage;
            assert_eq!(e["TaskId"], task.as_str());
            assert_eq!(e["CallbackCommand"], "Push.AllMemberPush");
            let key = (
                e["EventType"].as_i64().unwrap(),
                e["PushPlatform"].as_i64().unwrap(),
            );
            per_channel.entry(key).or_default()[stage as usize - 1] += 1;
            total += 1;
        }
    }
    assert_eq!(total, sent + delivered + clicked);
    for row in stats["PlatformStatistics"].as_array().unwrap() {
        let event_type = row["EventType"].as_i64().unwrap();
        let platform = if event_type == 2 {
            0
        } else {
            row["PushPlatform"].as_i64().unwrap()
        };
        assert_eq!(
            per_channel.get(&(event_type, platform)).copied(),
            Some([
                row["SentCount"].as_u64().unwrap(),
                row["DeliveredCount"].as_u64().unwrap(),
                row["ClickCount"].as_u64().unwrap()
            ]),
            "channel {event_type}/{platform}"
        );
    }
    // What the handler answered is kept in the emulator's state, request by request (each
    // once its answer is read: waited for, at most 20 s, a hang).
    let mut state = serde_json::Value::Null;
    for _ in 0..2000 {
        state = serde_json::from_str(&get(&emulator.url, "/_emulator/state")).unwrap();
        if state["callbacks"]["answers"].as_array().map_or(0, Vec::len) >= requests_needed as usize
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let kept = &state["callbacks"];
    assert_eq!(kept["signed"], true);
    let answers = kept["answers"].as_array().unwrap();
    assert_eq!(answers.len(), handler.requests().len());
    assert!(answers.iter().all(|a| {
        a["status"] == 200
            && a["answer"]
                == r#"{"ActionStatus":"OK","ErrorInfo":"scripted failure","ErrorCode":0}"#
                    .replace("scripted failure", "")
    }));
    // A control call sends a push's callbacks again, on demand.
    let before = handler.requests().len();
    let (status, body) = post(
        &emulator.url,
        "/_emulator/callbacks",
        format!(r#"{{"TaskId":"{task}"}}"#).as_bytes(),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(handler.requests().len(), before + requests_needed as usize);
}

/// The body of a GET, written here.
fn get(url: &str, target: &str) -> String {
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(
        format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .unwrap();
    let mut all = String::new();
    s.read_to_string(&mut all).unwrap();
    all.split("\r\n\r\n").nth(1).unwrap_or("").to_string()
}

/// One HTTP/1.1 request written here; the status and body of the answer.
fn post(url: &str, target: &str, body: &[u8]) -> (u16, String) {
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let head = format!(
        "POST {target} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    let _ = s.write_all(body);
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status = line.split(' ').nth(1).unwrap_or("0").parse().unwrap_or(0);
    let mut rest = String::new();
    let _ = r.read_to_string(&mut rest);
    let body = rest.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

fn event(task: &str) -> String {
    format!(
        r#"{{"Events":[{{"CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"{task}","TaskTime":1,"EventTime":2,"To_Account":"ann","PushPlatform":3,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":""}}]}}"#
    )
}

/// A wrong token, a stale RequestTime, another SdkAppid, a missing Sign, a malformed or huge
/// body: each answered with an error and counted, none printed as an event; then a good
/// request is.
#[test]
fn listen_refuses_what_does_not_check_out() {
    let env = callback_env();
    let listener = Listener::start(&env, &["--count", "1"]);
    let t = now();
    let q = |app: &str, token: &str, at: i64| {
        format!(
            "/im?SdkAppid={app}&CallbackCommand=Push.AllMemberPush&contenttype=json&RequestTime={at}&Sign={}",
            sign(token, at)
        )
    };
    let body = event("t-refused");
    let answers = [
        post(
            &listener.url,
            &q("1400000000", "another-token-entirely", t),
            body.as_bytes(),
        ),
        post(
            &listener.url,
            &q("1400000000", TOKEN, t - 120),
            body.as_bytes(),
        ),
        post(&listener.url, &q("1400000001", TOKEN, t), body.as_bytes()),
        post(
            &listener.url,
            "/im?SdkAppid=1400000000&CallbackCommand=Push.AllMemberPush&contenttype=json",
            body.as_bytes(),
        ),
        post(
            &listener.url,
            &q("1400000000", TOKEN, t),
            b"{\"Events\": \"no\"}",
        ),
        post(
            &listener.url,
            &q("1400000000", TOKEN, t),
            &vec![b' '; 2 << 20],
        ),
    ];
    let statuses: Vec<u16> = answers.iter().map(|a| a.0).collect();
    assert_eq!(statuses, [401, 401, 403, 401, 400, 413]);
    assert_eq!(
        answers[0].1,
        r#"{"ActionStatus":"FAIL","ErrorInfo":"Sign does not match the token","ErrorCode":1}"#
    );
    let good = post(
        &listener.url,
        &q("1400000000", TOKEN, t),
        event("t-good").as_bytes(),
    );
    assert_eq!(
        good,
        (
            200,
            r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#.to_string()
        )
    );
    let (code, out, err) = listener.finish(false);
    same(
        placeholders(&format!("exit {code}\n--- stdout\n{out}--- stderr\n{err}")),
        str![[r#"
exit 0
--- stdout
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"t-good","TaskTime":1,"EventTime":2,"To_Account":"ann","PushPlatform":3,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":"","channel":"Huawei","stage":"reached"}
--- stderr
timpush: note: listening for push callbacks of SDKAppID 1400000000 at http://127.0.0.1:[PORT]/ (Sign and RequestTime checked with the token; Ctrl-C to stop)
timpush: warning: refused a callback request: Sign does not match the token
timpush: warning: refused a callback request: RequestTime is 120 s behind the clock (at most 60 s)
timpush: warning: refused a callback request: SdkAppid 1400000001 is not this app's
timpush: warning: refused a callback request: no Sign or RequestTime, but a token is set
timpush: warning: refused a callback request: body has no Events array
timpush: note: received 6 request(s), 1 event(s); refused 5 (bad_sign 1, malformed 1, other_sdkappid 1, stale_request_time 1, unsigned 1)
TASKID  CHANNEL  SENT  REACHED  CLICKED
t-good  Huawei      0        1        0

"#]],
    );
    Run {
        code,
        stdout: out,
        stderr: err,
        home: String::new(),
    }
    .assert_no_pieces_of(&[TOKEN.to_string()], "");
}

/// Ctrl-C ends a listener with its summary; with -o json the summary is JSON lines of their own
/// kinds, --out appends privately, and --forward-to passes each request that checked out on,
/// unchanged (and only those).
#[test]
fn listen_writes_a_private_file_forwards_and_sums_up_at_ctrl_c() {
    let env = callback_env();
    let app = Server::http();
    app.set_default(Reply::Code(0));
    let out = env.home().join("events.jsonl");
    let forward = format!("{}/app/hook", app.base);
    let listener = Listener::start(
        &env,
        &[
            "--out",
            out.to_str().unwrap(),
            "-o",
            "json",
            "--forward-to",
            &forward,
        ],
    );
    let t = now();
    let query = format!(
        "SdkAppid=1400000000&CallbackCommand=Push.AllMemberPush&contenttype=json&RequestTime={t}&Sign={}",
        sign(TOKEN, t)
    );
    let body = event("t1");
    assert_eq!(
        post(&listener.url, &format!("/im?{query}"), body.as_bytes()).0,
        200
    );
    let refused = format!("/im?{}", query.replace("1400000000", "1400000009"));
    assert_eq!(post(&listener.url, &refused, body.as_bytes()).0, 403);
    let (code, stdout, err) = listener.finish(true);
    same(
        placeholders(&format!(
            "exit {code}\n--- stdout\n{stdout}--- stderr\n{err}"
        )),
        str![[r#"
exit 0
--- stdout
{"kind":"summary","TaskId":"t1","channels":[{"channel":"Huawei","sent":0,"reached":1,"clicked":0}]}
{"kind":"totals","requests":2,"events":1,"refused":{"other_sdkappid":1},"forwarded":1,"forward_failed":0}
--- stderr
timpush: note: listening for push callbacks of SDKAppID 1400000000 at http://127.0.0.1:[PORT]/ (Sign and RequestTime checked with the token; Ctrl-C to stop)
timpush: warning: refused a callback request: SdkAppid 1400000009 is not this app's
timpush: stopping (a second signal stops at once)

"#]],
    );
    same(
        std::fs::read_to_string(&out).unwrap(),
        str![[r#"
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"t1","TaskTime":1,"EventTime":2,"To_Account":"ann","PushPlatform":3,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":"","channel":"Huawei","stage":"reached"}

"#]],
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let passed = app.requests();
    assert_eq!(
        passed.len(),
        1,
        "only the request that checked out is forwarded"
    );
    assert_eq!(passed[0].path, format!("/app/hook?{query}"));
    assert_eq!(passed[0].body, body);
}

/// `callback send` signs the example (edited by the flags) and judges the answer: as the
/// contract says, another status, a body that is not JSON, an answer past 2 s, no answer.
#[test]
fn send_reports_a_handler_that_breaks_the_contract() {
    let env = callback_env();
    let handler = Server::http();
    handler.push([
        Reply::Code(0),
        Reply::Http {
            status: 500,
            content_type: "text/plain",
            body: "boom\x1b[31m".into(),
            headers: vec![],
        },
        Reply::Json("OK".into()),
        Reply::Late(
            Duration::from_millis(2300),
            r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#.into(),
        ),
    ]);
    let url = format!("{}/im/callback", handler.base);
    env.run(&[
        "callback", "send", &url, "--stage", "clicked", "--vendor", "xiaomi", "--to", "carol",
    ])
    .is(str![[r#"
exit 0
--- stdout
ok  HTTP 200 in [MS] ms  {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}
--- stderr
timpush: note: http://127.0.0.1:[PORT]/im/callback took 3 event(s) of Push.AllMemberPush (signed with the token) and answered as the service expects: HTTP 200, ErrorCode 0, within 2 s

"#]]);
    let r = &handler.requests()[0];
    let at: i64 = r.param("RequestTime").unwrap().parse().unwrap();
    assert_eq!(r.param("Sign"), Some(sign(TOKEN, at).as_str()));
    assert_eq!(r.param("SdkAppid"), Some("1400000000"));
    let events = r.json()["Events"].as_array().unwrap().clone();
    assert_eq!(events.len(), 3);
    for e in &events {
        assert_eq!(
            (
                e["PushStage"].as_i64(),
                e["PushPlatform"].as_i64(),
                e["EventType"].as_i64(),
                e["To_Account"].as_str()
            ),
            (Some(3), Some(2), Some(1), Some("carol"))
        );
    }
    env.run(&["callback", "send", &url]).is(str![[r#"
exit 5
--- stdout
broken  HTTP 500 in [MS] ms  boom\u{1b}[31m
--- stderr
timpush: error: the handler's answer is HTTP 500 (the service expects 200); is not a JSON object (the service expects {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0})
  hint: answer every callback with HTTP 200 and {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0} at once, and process the events later

"#]]);
    // The answer's milliseconds vary: a [..].
    env.run(&["callback", "send", &url, "-o", "json"]).is(str![[r#"
exit 5
--- stdout
{"kind":"result","url":"http://127.0.0.1:[PORT]/im/callback","events":3,"signed":true,"outcome":"broken","status":200,"millis":[..],"body":"OK","problems":["is not a JSON object (the service expects {\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0})"]}
{"error":{"kind":"refused","message":"the handler's answer is not a JSON object (the service expects {\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0})","hint":"answer every callback with HTTP 200 and {\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0} at once, and process the events later"},"exit_code":5}
--- stderr
timpush: error: the handler's answer is not a JSON object (the service expects {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0})
  hint: answer every callback with HTTP 200 and {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0} at once, and process the events later

"#]]);
    env.run(&["callback", "send", &url, "--unsigned"]).is(str![[r#"
exit 5
--- stdout
broken  HTTP 200 in [MS] ms  {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}
--- stderr
timpush: error: the handler's answer came in [MS] ms, over the service's 2 s budget (answer at once, process later)
  hint: answer every callback with HTTP 200 and {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0} at once, and process the events later

"#]]);
    assert_eq!(handler.requests()[3].param("Sign"), None);
    let closed = format!("http://127.0.0.1:{}/im", closed_port());
    env.run(&["callback", "send", &closed]).is(str![[r#"
exit 6
--- stdout
no_answer  http://127.0.0.1:[PORT]/im
--- stderr
timpush: error: http://127.0.0.1:[PORT]/im: the connection failed (connection refused)
  hint: start the handler, or check the URL; the service would count this callback as failed (it does not retry by default)

"#]]);
}

/// The page's example URL checks out with its token at its own time, and not a minute and a
/// half later, nor with another token or another app.
#[test]
fn verify_checks_sign_time_and_app() {
    let url = "https://example.com/tim/callback?SdkAppid=1400000000&CallbackCommand=Push.AllMemberPush&contenttype=json&Sign=37fd92c85cd1c1bc479bd5f3d07a75a71634295289ec15cc8be7f631ba679db4&RequestTime=1764400000";
    let mut env = callback_env();
    env.set("TIMPUSH_CALLBACK_TOKEN", "example-token-123");
    env.run(&["callback", "verify", url, "--at", "1764400030"])
        .is(str![[r#"
exit 0
--- stdout
Sign: matches the token
RequestTime: [TIME] UTC, 30 s from --at (within a minute)
SdkAppid: 1400000000, the profile's
--- stderr

"#]]);
    env.run(&["callback", "verify", url, "--at", "1764400090"])
        .is(str![[r#"
exit 4
--- stdout
Sign: matches the token
RequestTime: [TIME] UTC, 90 s from --at (more than a minute: a receiver refuses it as a replay)
SdkAppid: 1400000000, the profile's
--- stderr
timpush: error: the request would be refused: RequestTime: [TIME] UTC, 90 s from --at (more than a minute: a receiver refuses it as a replay)
  hint: check that the token is the one set in the console's callback authentication, and that the URL is a fresh one

"#]]);
    let mut other = callback_env();
    other.set("TIMPUSH_SDKAPPID", "1400000001");
    other
        .run_with_stdin(&["callback", "verify", "--at", "1764400000"], Some(url))
        .is(str![[r#"
exit 4
--- stdout
Sign: does not match the token
RequestTime: [TIME] UTC, 0 s from --at (within a minute)
SdkAppid: 1400000000 is not the profile's 1400000001
--- stderr
timpush: error: the request would be refused: Sign: does not match the token; SdkAppid: 1400000000 is not the profile's 1400000001
  hint: check that the token is the one set in the console's callback authentication, and that the URL is a fresh one

"#]]);
    let mut none = Env::new();
    none.set("TIMPUSH_SDKAPPID", "1400000000");
    none.run(&["callback", "verify", url]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: no callback token to verify with
  hint: pass --token-file FILE, set TIMPUSH_CALLBACK_TOKEN, or callback_token_file in the profile

"#]]);
}

/// Unix times in JSON events (`"TaskTime":N`) written as `[UNIX]`.
fn times(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut matched = false;
        for key in ["\"TaskTime\":", "\"EventTime\":"] {
            if let Some(r) = rest.strip_prefix(key) {
                let n = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
                out.push_str(key);
                out.push_str("[UNIX]");
                rest = &r[n..];
                matched = true;
                break;
            }
        }
        if !matched {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// A handler behind --forward-to that breaks the contract is said and counted; the service's
/// request is still answered as documented.
#[test]
fn a_failing_forward_is_said_and_counted() {
    let env = callback_env();
    let app = Server::http();
    app.set_default(Reply::html(500));
    let forward = format!("{}/app", app.base);
    let listener = Listener::start(&env, &["--count", "1", "--forward-to", &forward]);
    let t = now();
    let target = format!(
        "/im?SdkAppid=1400000000&CallbackCommand=Push.AllMemberPush&contenttype=json&RequestTime={t}&Sign={}",
        sign(TOKEN, t)
    );
    assert_eq!(
        post(&listener.url, &target, event("t2").as_bytes()),
        (
            200,
            r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#.to_string()
        )
    );
    let (code, out, err) = listener.finish(false);
    same(
        placeholders(&format!("exit {code}\n--- stdout\n{out}--- stderr\n{err}")),
        str![[r#"
exit 0
--- stdout
{"kind":"event","CallbackCommand":"Push.AllMemberPush","EventType":1,"TaskId":"t2","TaskTime":1,"EventTime":2,"To_Account":"ann","PushPlatform":3,"DeviceType":0,"PushStage":2,"ErrCode":0,"ErrInfo":"","channel":"Huawei","stage":"reached"}
--- stderr
timpush: note: listening for push callbacks of SDKAppID 1400000000 at http://127.0.0.1:[PORT]/ (Sign and RequestTime checked with the token; Ctrl-C to stop)
timpush: warning: forwarding to http://127.0.0.1:[PORT]/app: the handler's answer is HTTP 500 (the service expects 200); is not a JSON object (the service expects {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0})
timpush: note: received 1 request(s), 1 event(s); forwarded 0, 1 failed
TASKID  CHANNEL  SENT  REACHED  CLICKED
t2      Huawei      0        1        0

"#]],
    );
    assert_eq!(app.requests().len(), 1);
}

/// What cannot be checked or used is refused before anything listens or is sent: a URL
/// without Sign, an emulator callback URL that is not http(s), an empty token file.
#[test]
fn unusable_input_is_refused_up_front() {
    let env = callback_env();
    env.run(&[
        "callback",
        "verify",
        "https://example.com/im?SdkAppid=1400000000&CallbackCommand=Push.AllMemberPush",
    ])
    .is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: the URL has no Sign or RequestTime parameter: nothing to verify
  hint: give the whole URL the request was sent to, query string included; a callback without them was sent with authentication off

"#]]);
    let empty = env.home().join("empty.token");
    write_private(&empty, "  \n");
    env.run(&[
        "callback",
        "send",
        "http://127.0.0.1:9/im",
        "--token-file",
        empty.to_str().unwrap(),
    ])
    .is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: the callback token file [HOME]/empty.token is empty

"#]]);
    let mut emu = Env::new();
    emu.set("TIMPUSH_EMULATOR_SECRET_KEY", KEY);
    emu.run(&[
        "emulator",
        "--listen",
        "127.0.0.1:0",
        "--callback-url",
        "ftp://x/y?token=abc",
    ])
    .is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --callback-url: ftp://x/y?(redacted) is not an http:// or https:// URL

"#]]);
}
