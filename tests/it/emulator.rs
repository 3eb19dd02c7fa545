//! `timpush emulator` and `timpush demo`: every documented error code, UserSig interop with the
//! shapes of the official libraries, state across calls, faults, TLS, logs and shutdown.

use crate::common::*;
use crate::sig;
use base64::Engine;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const KEY: &str = "e3c0e1a7075e40fd8a1c0e5a0f1d2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

struct Emu {
    child: Child,
    base: String,
    stderr: std::sync::Arc<std::sync::Mutex<String>>,
    ca: Option<String>,
    _env: Env,
}

impl Emu {
    fn start(args: &[&str]) -> Emu {
        let mut env = Env::new();
        env.set("TIMPUSH_EMULATOR_SECRET_KEY", KEY);
        let mut all = vec!["emulator", "--listen", "127.0.0.1:0"];
        all.extend_from_slice(args);
        let mut child = env.command(&all).stdin(Stdio::null()).spawn().unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut base = String::new();
        out.read_line(&mut base).unwrap();
        let base = base.trim().to_string();
        assert!(base.starts_with("http"), "first line is the URL: {base:?}");
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        {
            let mut err = BufReader::new(child.stderr.take().unwrap());
            let sink = stderr.clone();
            std::thread::spawn(move || {
                let mut line = String::new();
                let mut sent = false;
                while err.read_line(&mut line).unwrap_or(0) > 0 {
                    if !sent && line.contains("CA certificate written to") {
                        let _ = tx.send(line.clone());
                        sent = true;
                    }
                    sink.lock().unwrap().push_str(&line);
                    line.clear();
                }
            });
        }
        let ca = if args.contains(&"--tls") {
            let line = rx.recv_timeout(Duration::from_secs(10)).unwrap();
            let path = line
                .split("written to ")
                .nth(1)
                .unwrap()
                .split(" (")
                .next()
                .unwrap()
                .to_string();
            Some(path)
        } else {
            None
        };
        Emu {
            child,
            base,
            stderr,
            ca,
            _env: env,
        }
    }

    fn log(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// The log once it has `n` lines (it is read from the emulator's stderr as it comes).
    fn log_of(&self, n: usize) -> String {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let log = self.log();
            if log.lines().count() >= n || std::time::Instant::now() > deadline {
                return log;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// timpush pointed at this emulator with the right key.
    fn client(&self) -> Env {
        let mut env = Env::new();
        env.set("TIMPUSH_ENDPOINT", &self.base)
            .set("TIMPUSH_SDKAPPID", "1400000000")
            .set("TIMPUSH_SECRET_KEY", KEY);
        if let Some(ca) = &self.ca {
            env.set("TIMPUSH_CA_BUNDLE", ca);
        }
        env
    }

    fn control(&self, method: &str, path: &str, body: Value) -> Value {
        let agent = agent(self.ca.as_deref());
        let url = format!("{}{path}", self.base);
        let mut resp = match method {
            "GET" => agent.get(&url).call().unwrap(),
            "DELETE" => agent.delete(&url).call().unwrap(),
            _ => agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.to_string())
                .unwrap(),
        };
        serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap()
    }

    fn task(&self, body: Value) -> String {
        self.control("POST", "/_emulator/tasks", body)["TaskId"]
            .as_str()
            .unwrap()
            .to_string()
    }

    fn task_state(&self, id: &str) -> String {
        let st = self.control("GET", "/_emulator/state", json!({}));
        st["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["TaskId"] == id)
            .unwrap()["state"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A raw REST call: (HTTP status, body).
    fn raw(&self, path_and_query: &str, body: &str) -> (u16, String) {
        let mut resp = agent(self.ca.as_deref())
            .post(&format!("{}{path_and_query}", self.base))
            .header("Content-Type", "application/json")
            .send(body.to_string())
            .unwrap();
        (
            resp.status().as_u16(),
            resp.body_mut().read_to_string().unwrap(),
        )
    }

    fn call(&self, command: &str, sig: &str, identifier: &str, sdkappid: u32, body: &Value) -> i64 {
        let q = format!(
            "/v4/timpush/{command}?usersig={}&identifier={identifier}&sdkappid={sdkappid}&random=7&contenttype=json",
            sig::encode_component(sig)
        );
        let (status, text) = self.raw(&q, &body.to_string());
        assert_eq!(status, 200, "{text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        v["ErrorCode"].as_i64().unwrap()
    }

    fn sig(&self, identifier: &str, sdkappid: u64) -> String {
        sig::make(KEY, identifier, sdkappid, now(), 600)
    }

    fn push_body() -> Value {
        json!({"From_Account": "administrator", "MsgRandom": 12345, "OfflinePushInfo": {"Title": "t", "Desc": "d"}})
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        // SAFETY: signalling our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

fn agent(ca: Option<&str>) -> ureq::Agent {
    let mut cfg = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None);
    if let Some(ca) = ca {
        let pem = std::fs::read(ca).unwrap();
        let certs: Vec<_> = ureq::tls::parse_pem(&pem)
            .filter_map(|i| match i {
                Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                _ => None,
            })
            .collect();
        cfg = cfg.tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::new_with_certs(&certs))
                .build(),
        );
    }
    cfg.build().into()
}

#[test]
fn timpush_recalls_through_the_emulator_and_state_follows() {
    let emu = Emu::start(&[]);
    let id = emu.task(json!({}));
    assert_eq!(emu.task_state(&id), "active");
    let client = emu.client();
    client.run(&["revoke", "--task-id", &id]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    assert_eq!(emu.task_state(&id), "revoked");
    // The second call waits for the service's pace by itself (the same home: the same pace
    // file), so the emulator's limit of one a second is not met.
    client
        .run(&["revoke", "--task-id", &id, "-o", "json"])
        .is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"already_revoked","attempts":1,"ActionStatus":"FAIL","ErrorCode":90050,"ErrorInfo":"Repeated recall","exit_code":0}
--- stderr
timpush: note: [TASK1] was already recalled (ErrorCode 90050); nothing more to do

"#]]);
    let st = emu.control("GET", "/_emulator/state", json!({}));
    assert_eq!(st["calls"], 2);
    // The log names each call, with the UserSig redacted.
    let log = emu.log_of(7);
    assert!(!log.contains(KEY));
    same(
        varying(&placeholders(&log)),
        str![[r#"
emulator: serving SDKAppID 1400000000 for admin administrator at http://127.0.0.1:[PORT] (Ctrl-C to stop)
emulator: POST /_emulator/tasks -> 200
emulator: GET /_emulator/state -> 200
emulator: POST /v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json -> 0
emulator: GET /_emulator/state -> 200
emulator: POST /v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json -> 90050
emulator: GET /_emulator/state -> 200

"#]],
    );
}

#[test]
fn over_tls_with_its_ca_and_without() {
    let emu = Emu::start(&["--tls"]);
    assert!(emu.base.starts_with("https://127.0.0.1:"), "{}", emu.base);
    let id = emu.task(json!({}));
    emu.client().run(&["revoke", "--task-id", &id]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    let mut env = emu.client();
    env.unset("TIMPUSH_CA_BUNDLE");
    env.run(&["revoke", "--task-id", &id, "--max-attempts", "1"])
        .is(str![[r#"
exit 6
--- stdout
--- stderr
timpush: error: [TASK1]: TLS failure: invalid peer certificate: UnknownIssuer
  hint: TLS with endpoint https://127.0.0.1:[PORT] could not be set up (nothing was sent): if its certificate is not trusted, check the endpoint and --ca-bundle

"#]]);
}

#[test]
fn revoke_error_codes_arise_from_the_documented_situations() {
    let emu = Emu::start(&["--no-rate-limit"]);
    let sig = emu.sig("administrator", 1400000000);
    let revoke = |body: Value| emu.call("revoke", &sig, "administrator", 1400000000, &body);
    assert_eq!(
        revoke(json!({"TaskId": "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"})),
        90049
    );
    let fresh = emu.task(json!({}));
    assert_eq!(revoke(json!({"TaskId": fresh})), 0);
    assert_eq!(revoke(json!({"TaskId": fresh})), 90050);
    let old = emu.task(json!({"age_hours": 25}));
    assert_eq!(emu.task_state(&old), "window_passed");
    assert_eq!(revoke(json!({"TaskId": old})), 90052);
    let stored = emu.task(json!({"stores_messages": true}));
    assert_eq!(revoke(json!({"TaskId": stored})), 90053);
    assert_eq!(
        revoke(json!({"TaskId": stored, "OfflinePushInfo": {"Title": "x"}})),
        0
    );
    let q = format!(
        "/v4/timpush/revoke?usersig={sig}&identifier=administrator&sdkappid=1400000000&random=1&contenttype=json"
    );
    let (_, text) = emu.raw(&q, "{not json");
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["ErrorCode"],
        90001
    );
    // A task of another app is unknown to this one.
    let other_app = emu.task(json!({"sdkappid": 1400000001u32}));
    assert_eq!(revoke(json!({"TaskId": other_app})), 90049);
}

#[test]
fn revokes_faster_than_one_a_second_get_90051() {
    let emu = Emu::start(&[]);
    let sig = emu.sig("administrator", 1400000000);
    let (a, b) = (emu.task(json!({})), emu.task(json!({})));
    assert_eq!(
        emu.call(
            "revoke",
            &sig,
            "administrator",
            1400000000,
            &json!({"TaskId": a})
        ),
        0
    );
    assert_eq!(
        emu.call(
            "revoke",
            &sig,
            "administrator",
            1400000000,
            &json!({"TaskId": b})
        ),
        90051
    );
    assert_eq!(emu.task_state(&b), "active");
    let st = emu.control("GET", "/_emulator/state", json!({}));
    assert_eq!(st["throttled"], 1, "{st}");
    assert_eq!(
        st["connections"], 2,
        "each raw call here opens its own connection: {st}"
    );
    std::thread::sleep(Duration::from_millis(1050));
    assert_eq!(
        emu.call(
            "revoke",
            &sig,
            "administrator",
            1400000000,
            &json!({"TaskId": b})
        ),
        0
    );
}

#[test]
fn common_checks_on_every_call() {
    let emu = Emu::start(&[
        "--app",
        "1400000000",
        "--app",
        "1400000001",
        "--admin",
        "administrator",
        "--admin",
        "ops",
        "--no-rate-limit",
    ]);
    let good = emu.sig("administrator", 1400000000);
    let body = Emu::push_body().to_string();
    let code = |q: &str| -> Value {
        let (status, text) = emu.raw(q, &body);
        assert_eq!(status, 200, "{q}: {text}");
        serde_json::from_str::<Value>(&text).unwrap()["ErrorCode"].clone()
    };
    let q = |sig: &str, id: &str, app: &str, random: &str, ct: &str| {
        format!(
            "/v4/timpush/push?usersig={}&identifier={id}&sdkappid={app}&random={random}&contenttype={ct}",
            sig::encode_component(sig)
        )
    };
    assert_eq!(
        code(&q(&good, "administrator", "1400000000", "1", "json")),
        0
    );
    assert_eq!(
        code(&format!(
            "/v4/timpush/push?usersig={good}&identifier=administrator&random=1&contenttype=json"
        )),
        60012
    );
    assert_eq!(code(&q(&good, "administrator", "abc", "1", "json")), 60002);
    assert_eq!(
        code(&q(
            &good,
            "administrator",
            "1400000000",
            "99999999999",
            "json"
        )),
        60002
    );
    assert_eq!(
        code(&q(&good, "administrator", "1400000000", "1", "xml")),
        60002
    );
    assert_eq!(code(&q(&good, "administrator", "1234", "1", "json")), 70020);
    assert_eq!(
        code(&q("", "administrator", "1400000000", "1", "json")),
        70002
    );
    assert_eq!(
        code(&q(
            "eJyrVgrxCdYr",
            "administrator",
            "1400000000",
            "1",
            "json"
        )),
        70003
    );
    let other_key = sig::make("another-key-0000", "administrator", 1400000000, now(), 600);
    assert_eq!(
        code(&q(&other_key, "administrator", "1400000000", "1", "json")),
        70009
    );
    assert_eq!(code(&q(&good, "ops", "1400000000", "1", "json")), 70013);
    let app2 = emu.sig("administrator", 1400000001);
    assert_eq!(
        code(&q(&app2, "administrator", "1400000000", "1", "json")),
        70014
    );
    let expired = sig::make(KEY, "administrator", 1400000000, now() - 1000, 600);
    assert_eq!(
        code(&q(&expired, "administrator", "1400000000", "1", "json")),
        70001
    );
    let user = emu.sig("someuser", 1400000000);
    assert_eq!(
        code(&q(&user, "someuser", "1400000000", "1", "json")),
        90009
    );
    let ops = emu.sig("ops", 1400000001);
    assert_eq!(code(&q(&ops, "ops", "1400000001", "1", "json")), 0);
    // Unknown command: a gateway's 404 page.
    let (status, text) = emu.raw(
        &q(&good, "administrator", "1400000000", "1", "json")
            .replace("timpush/push", "timpush/nope"),
        "{}",
    );
    assert_eq!(status, 404);
    same(
        text,
        str![[r#"
<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
</body>
</html>

"#]],
    );
    assert!(!emu.log().contains(&good));
}

/// A UserSig in the shape of an official library: key order, spacing, slash escaping, level.
fn official_shape(key: &str, id: &str, app: u64, time: i64, expire: i64, style: &str) -> String {
    let sig = sig::signature(key, id, app, time, expire);
    let json = match style {
        // Python: ver, identifier, sdkappid, expire, time, sig; ", " and ": ".
        "python" => format!(
            r#"{{"TLS.ver": "2.0", "TLS.identifier": "{id}", "TLS.sdkappid": {app}, "TLS.expire": {expire}, "TLS.time": {time}, "TLS.sig": "{sig}"}}"#
        ),
        // Node: time before expire, compact.
        "node" => format!(
            r#"{{"TLS.ver":"2.0","TLS.identifier":"{id}","TLS.sdkappid":{app},"TLS.time":{time},"TLS.expire":{expire},"TLS.sig":"{sig}"}}"#
        ),
        // Go: keys sorted, trailing newline.
        "go" => format!(
            "{{\"TLS.expire\":{expire},\"TLS.identifier\":\"{id}\",\"TLS.sdkappid\":{app},\"TLS.sig\":\"{sig}\",\"TLS.time\":{time},\"TLS.ver\":\"2.0\"}}\n"
        ),
        // PHP: slashes escaped.
        "php" => format!(
            r#"{{"TLS.ver":"2.0","TLS.identifier":"{id}","TLS.sdkappid":{app},"TLS.expire":{expire},"TLS.time":{time},"TLS.sig":"{}"}}"#,
            sig.replace('/', "\\/")
        ),
        _ => format!(
            r#"{{"TLS.ver":"2.0","TLS.identifier":"{id}","TLS.sdkappid":{app},"TLS.time":{time},"TLS.expire":{expire},"TLS.sig":"{sig}"}}"#
        ),
    };
    let level = match style {
        "go" => flate2::Compression::none(),
        "cpp" => flate2::Compression::fast(),
        _ => flate2::Compression::new(6),
    };
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), level);
    z.write_all(json.as_bytes()).unwrap();
    let b64 = base64::engine::general_purpose::STANDARD.encode(z.finish().unwrap());
    b64.replace('+', "*").replace('/', "-").replace('=', "_")
}

#[test]
fn usersigs_of_every_official_shape_are_accepted() {
    let emu = Emu::start(&["--no-rate-limit"]);
    for style in ["python", "node", "go", "php", "cpp", "java"] {
        // A time whose HMAC has a '/' somewhere is needed for the PHP case to mean anything.
        let mut t = now();
        while !sig::signature(KEY, "administrator", 1400000000, t, 600).contains('/') {
            t -= 1;
        }
        let sig = official_shape(KEY, "administrator", 1400000000, t, 600, style);
        assert_eq!(
            emu.call("push", &sig, "administrator", 1400000000, &Emu::push_body()),
            0,
            "{style}"
        );
        let wrong = official_shape("not-the-key", "administrator", 1400000000, t, 600, style);
        assert_eq!(
            emu.call(
                "push",
                &wrong,
                "administrator",
                1400000000,
                &Emu::push_body()
            ),
            70009,
            "{style}"
        );
    }
}

#[test]
fn the_public_vectors_decode_and_verify_in_the_emulator() {
    // The official Python library's strings: valid signatures, long expired.
    let emu = EmulatorProcess::start(
        "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
        &["--admin", "xiaojun", "--admin", "administrator"],
    );
    let base = emu.url.clone();
    let agent = agent(None);
    for (sig, id) in [
        (
            "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkKjIT87NK82CSxSnZiQUFmSlAKUMTAyiAyqVWFGQWpYJkTE1NjRDiJZm5YFFzQyNDQ2NzY1OYWZnpIBtyi9IiiiqC8oLKkwItw5xSU9zz3Qp9A73Ki00t0nJNfEM93LSTLP1NI73TbZVqATipM9A_",
            "xiaojun",
        ),
        (
            "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkElNyM-Myi0uKEkvyi2BKilOyEwsKMlOACgxNDKAAKpdaUZBZlAqUsTAzgQuWZOaChAzNDY0MDY3NjU1hBmWmgyzJMwwtzkp3yQgMydZ2rMiucrcwT9GPqCrJ9092LMk0DatITtM3KraI8g8utlWqBQBXjTYA",
            "administrator",
        ),
    ] {
        let url = format!(
            "{base}/v4/timpush/push?usersig={sig}&identifier={id}&sdkappid=1400000000&random=1&contenttype=json"
        );
        let mut resp = agent.post(&url).send(Emu::push_body().to_string()).unwrap();
        let v: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
        assert_eq!(
            v["ErrorCode"], 70001,
            "decoded and verified, then found expired: {id}"
        );
    }
}

#[test]
fn push_and_batch_validate_and_answer_task_ids() {
    let emu = Emu::start(&["--no-rate-limit"]);
    let sig = emu.sig("administrator", 1400000000);
    let push = |body: Value| emu.call("push", &sig, "administrator", 1400000000, &body);
    let with = |f: &dyn Fn(&mut Value)| {
        let mut b = Emu::push_body();
        f(&mut b);
        b
    };
    assert_eq!(
        push(with(&|b| {
            b.as_object_mut().unwrap().remove("MsgRandom");
        })),
        90005
    );
    assert_eq!(push(with(&|b| b["MsgRandom"] = json!(-1))), 90005);
    let tags: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    assert_eq!(
        push(with(&|b| b["Condition"] = json!({"TagsOr": tags}))),
        90032
    );
    assert_eq!(
        push(with(
            &|b| b["Condition"] = json!({"TagsAnd": ["x".repeat(51)]})
        )),
        90020
    );
    assert_eq!(
        push(with(&|b| b["Condition"] = json!({"TagsAnd": ["a", "a"]}))),
        90022
    );
    assert_eq!(
        push(with(&|b| b["Condition"] = json!({"TagsAnd": [""]}))),
        90040
    );
    assert_eq!(
        push(with(
            &|b| b["Condition"] = json!({"TagsAnd": ["a"], "AttrsAnd": {"k": "v"}})
        )),
        90039
    );
    assert_eq!(
        push(with(&|b| b["Condition"] = json!({"AttrsOr": ["k"]}))),
        90033
    );
    assert_eq!(push(with(&|b| b["DataId"] = json!("d".repeat(65)))), 90057);
    assert_eq!(
        push(with(
            &|b| b["OfflinePushInfo"]["Desc"] = json!("x".repeat(11 * 1024))
        )),
        90056
    );
    assert_eq!(
        push(with(
            &|b| b["Condition"] = json!({"TagsAnd": ["a"], "TagsNot": ["b"]})
        )),
        0
    );

    let q = format!(
        "/v4/timpush/push?usersig={sig}&identifier=administrator&sdkappid=1400000000&random=1&contenttype=json"
    );
    let (_, text) = emu.raw(&q, &Emu::push_body().to_string());
    let v: Value = serde_json::from_str(&text).unwrap();
    let id = v["TaskId"].as_str().unwrap();
    let fields: Vec<&str> = id.split('_').collect();
    assert_eq!(fields.len(), 5, "{id}");
    assert!(
        fields
            .iter()
            .all(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_hexdigit())),
        "{id}"
    );
    let pushed = i64::from_str_radix(fields[0], 16).unwrap();
    assert!((pushed - now()).abs() < 5);
    assert_eq!(
        id.split('_').nth(1),
        Some("53724e00"),
        "the SDKAppID in hex"
    );

    let bq = q.replace("timpush/push", "timpush/batch");
    let accounts: Vec<String> = (0..501).map(|i| format!("u{i}")).collect();
    let (_, text) = emu.raw(
        &bq,
        &with(&|b| b["To_Account"] = json!(accounts)).to_string(),
    );
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["ErrorCode"],
        90018
    );
    let (_, text) = emu.raw(
        &bq,
        &with(&|b| b["To_Account"] = json!(["u1", "unknown_7", "u2"])).to_string(),
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["ErrorCode"], 0);
    assert!(v["TaskId"].as_str().unwrap().starts_with("batch_"));
    assert_eq!(
        v["ErrorList"],
        json!([{"To_Account": "unknown_7", "ErrorCode": 70107, "ErrorInfo": "account does not exist"}])
    );
    // The pushed task can be recalled by timpush.
    emu.client().run(&["revoke", "--task-id", id]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
}

#[test]
fn scripted_faults_from_flags_and_the_control_endpoint() {
    // The faults are scripted; the rate limit would only add waits.
    let emu = Emu::start(&["--fault", "91000", "--fault", "html502", "--no-rate-limit"]);
    let id = emu.task(json!({}));
    emu.client()
        .run(&["revoke", "--task-id", &id, "-o", "json"])
        .is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":3,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr

"#]]);

    let id = emu.task(json!({}));
    assert_eq!(
        emu.control(
            "POST",
            "/_emulator/faults",
            json!({"faults": ["drop_after_apply"]})
        )["pending"],
        1
    );
    emu.client().run(&["revoke", "--task-id", &id]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1] (confirmed on retry)
--- stderr

"#]]);

    let id = emu.task(json!({}));
    emu.control("POST", "/_emulator/faults", json!({"faults": ["stall:5"]}));
    // Ended by its own deadline, not by the answer 5 s later.
    emu.client()
        .run(&["revoke", "--task-id", &id, "--timeout", "1"])
        .is(str![[r#"
exit 7
--- stdout
--- stderr
timpush: error: [TASK1]: no answer in time (gave up after 1 attempt; the deadline left no time for another)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]]);
    assert_eq!(
        emu.task_state(&id),
        "revoked",
        "the stalled call was applied"
    );

    emu.control(
        "POST",
        "/_emulator/faults",
        json!({"faults": ["90051", "90051", "90051"]}),
    );
    let id = emu.task(json!({}));
    // Throttled every time.
    emu.client().run(&["revoke", "--task-id", &id]).is(str![[r#"
exit 6
--- stdout
--- stderr
timpush: error: [TASK1]: ErrorCode 90051 (recall too frequent (limit 1 per second)): service said "injected by the emulator" (gave up after 3 attempts)
  hint: wait a second and run the same command again

"#]]);
    let bad = emu.control("POST", "/_emulator/faults", json!({"faults": ["boom"]}));
    same(
        bad.to_string(),
        str![[
            r#"{"error":"\"boom\" is not a fault: use an ErrorCode (91000, 90051, ...), html502, stall:SECONDS, drop_after_apply or drop"}"#
        ]],
    );
}

#[test]
fn refuses_non_loopback_addresses_and_needs_a_key() {
    let env = Env::new();
    env.run(&["emulator", "--listen", "0.0.0.0:0"]).is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: "0.0.0.0:0" is not a loopback address; the emulator listens on 127.0.0.1 or [::1] only

"#]]);
    env.run(&["emulator", "--listen", "127.0.0.1:0"]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: the emulator needs a secret key to check UserSigs with
  hint: set TIMPUSH_EMULATOR_SECRET_KEY (any text, e.g. $(openssl rand -hex 32)), or pass --secret-key-file FILE; give timpush the same key

"#]]);
}

#[test]
fn stops_cleanly_on_sigterm_and_sigint() {
    for sig in [libc::SIGTERM, libc::SIGINT] {
        let mut env = Env::new();
        env.set("TIMPUSH_EMULATOR_SECRET_KEY", KEY);
        let mut child = env
            .command(&["emulator", "--listen", "127.0.0.1:0", "--tls"])
            .stdin(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // SAFETY: signalling our own child.
        unsafe { libc::kill(child.id() as i32, sig) };
        let status = child.wait().unwrap();
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        assert_eq!(status.code(), Some(0), "{err}");
        let ca = err
            .split("written to ")
            .nth(1)
            .unwrap()
            .split(" (")
            .next()
            .unwrap();
        assert!(
            !std::path::Path::new(ca).exists(),
            "its temporary CA file is removed"
        );
        same(
            placeholders(&err.replace(ca, "[CA]")),
            str![[r#"
emulator: serving SDKAppID 1400000000 for admin administrator at https://127.0.0.1:[PORT] (Ctrl-C to stop)
emulator: CA certificate written to [CA] (pass it as --ca-bundle)
emulator: stopping (a second signal stops it at once)
emulator: stopped

"#]],
        );
    }
}

/// The demo, whole: each `$` line is followed by what that command prints (stdout and stderr
/// are kept apart here; on a terminal they interleave in that order).
#[test]
fn the_demo_runs_without_an_account() {
    let run = demo_run();
    assert_eq!(run.code, 0, "{run:?}");
    transcript("transcripts/demo.stdout", &run.stdout);
    transcript("transcripts/demo.stderr", &run.stderr);
    run.assert_no_secrets(&[]);
}

/// The placeholders of the transcripts: only what varies is replaced.
#[test]
fn transcript_placeholders_replace_only_what_varies() {
    assert_eq!(
        placeholders(
            "recalled 6b11926f_53724e00_e5889f1f4bc9ab0_80000001_7080333 at 2026-12-03 16:01:51 +08:00 (2026-12-03 08:01:51 UTC) on http://127.0.0.1:40109; again 6b11926f_53724e00_e5889f1f4bc9ab0_80000001_7080333, 1500000001, batch_6b11926f_53724e00_1_2_3 in /tmp/timpush-demo-Ke8e5x/journal.db"
        ),
        "recalled [TASK1] at [TIME] ([TIME] UTC) on http://127.0.0.1:[PORT]; again [TASK1], 1500000001, batch_[TASK2] in [DEMO]/journal.db"
    );
}

#[test]
fn timpush_exits_right_for_each_situation_the_emulator_produces() {
    let emu = Emu::start(&["--no-rate-limit", "--admin", "administrator"]);
    let client = emu.client();
    let revoke = |env: &Env, id: &str, more: &[&str]| {
        let mut args = vec![
            "revoke",
            "--task-id",
            id,
            "--max-attempts",
            "1",
            "-o",
            "json",
        ];
        args.extend_from_slice(more);
        let run = env.run(&args);
        run.assert_no_secrets(&[KEY]);
        run
    };
    let fresh = emu.task(json!({}));
    revoke(&client, &fresh, &[]).is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr

"#]]);
    revoke(&client, &fresh, &[]).is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"already_revoked","attempts":1,"ActionStatus":"FAIL","ErrorCode":90050,"ErrorInfo":"Repeated recall","exit_code":0}
--- stderr
timpush: note: [TASK1] was already recalled (ErrorCode 90050); nothing more to do

"#]]);
    revoke(&client, &fresh, &["--strict"]).is(str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"already_revoked","attempts":1,"ActionStatus":"FAIL","ErrorCode":90050,"ErrorInfo":"Repeated recall","hint":"nothing more to do","exit_code":5}
--- stderr
timpush: error: [TASK1]: already recalled (--strict): ErrorCode 90050 (task already recalled): service said "Repeated recall"
  hint: nothing more to do

"#]]);
    // A TaskId pushed in 2024: its age, growing by the hour, is the `[..]`.
    revoke(
        &client,
        "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e",
        &[],
    )
    .is(str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90049,"ErrorInfo":"Recall TaskId is illegal and there is no push record","hint":"only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region","exit_code":5}
--- stderr
timpush: warning: [TASK1] looks older than 24 hours (pushed about [..] ago, read from its TaskId); the service will likely refuse it (90052)
timpush: error: [TASK1]: ErrorCode 90049 (TaskId unknown or not a push task): service said "Recall TaskId is illegal and there is no push record"
  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region

"#]]);
    let old = emu.task(json!({"age_hours": 25}));
    revoke(&client, &old, &[]).is(str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90052,"ErrorInfo":"The recall validity period has been exceeded","hint":"a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 25h 0m ago","exit_code":5}
--- stderr
timpush: warning: [TASK1] looks older than 24 hours (pushed about 25h 0m ago, read from its TaskId); the service will likely refuse it (90052)
timpush: error: [TASK1]: ErrorCode 90052 (recall window (24 hours) has passed): service said "The recall validity period has been exceeded"
  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 25h 0m ago

"#]]);
    let stored = emu.task(json!({"stores_messages": true}));
    revoke(&client, &stored, &[]).is(str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90053,"ErrorInfo":"Push with OnlineOnlyFlag=0, but the recall does not include OfflinePushInfo","hint":"the push stored messages, so its recall must carry the replacement notification: timpush revoke [TASK1] --title TITLE --desc TEXT","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 90053 (the push stored messages (OnlineOnlyFlag=0), so the recall needs OfflinePushInfo): service said "Push with OnlineOnlyFlag=0, but the recall does not include OfflinePushInfo"
  hint: the push stored messages, so its recall must carry the replacement notification: timpush revoke [TASK1] --title TITLE --desc TEXT

"#]]);
    revoke(
        &client,
        &stored,
        &["--title", "Correction", "--desc", "Ignore it"],
    )
    .is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr

"#]]);
    // Not an admin: 90009.
    let other = emu.task(json!({}));
    revoke(&client, &other, &["--identifier", "ops"]).is(str![[r#"
exit 4
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":90009,"ErrorInfo":"The request requires app admin permissions","hint":"set identifier to one of the app's admin accounts (Chat console > App admin)","exit_code":4}
--- stderr
timpush: error: [TASK1]: ErrorCode 90009 (the identifier is not an App admin): service said "The request requires app admin permissions"
  hint: set identifier to one of the app's admin accounts (Chat console > App admin)

"#]]);
    let mut wrong_key = emu.client();
    wrong_key.set("TIMPUSH_SECRET_KEY", "not-the-emulator-key");
    revoke(&wrong_key, &other, &[]).is(str![[r#"
exit 4
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":70009,"ErrorInfo":"UserSig made with another key","hint":"the secret key belongs to another app; check sdkappid and the key","exit_code":4}
--- stderr
timpush: error: [TASK1]: ErrorCode 70009 (UserSig made with another app's secret key): service said "UserSig made with another key"
  hint: the secret key belongs to another app; check sdkappid and the key

"#]]);
    revoke(&client, &other, &["--sdkappid", "1234"]).is(str![[r#"
exit 5
--- stdout
{"TaskId":"[TASK1]","outcome":"failed","attempts":1,"ActionStatus":"FAIL","ErrorCode":70020,"ErrorInfo":"SDKAppID not found in this region","hint":"the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)","exit_code":5}
--- stderr
timpush: error: [TASK1]: ErrorCode 70020 (SDKAppID not found in this region): service said "SDKAppID not found in this region"
  hint: the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)

"#]]);
    assert_eq!(emu.task_state(&other), "active");
}

#[test]
fn a_paced_batch_meets_the_real_rate_limit_without_a_single_90051() {
    let emu = Emu::start(&[]);
    let ids: Vec<String> = (0..3).map(|_| emu.task(json!({}))).collect();
    let mut args = vec!["revoke", "-o", "json"];
    for id in &ids {
        args.extend(["--task-id", id]);
    }
    emu.client().run(&args).is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"[TASK2]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"[TASK3]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr
timpush: note: 3 recalled, 0 already recalled, 0 failed

"#]]);
    let st = emu.control("GET", "/_emulator/state", json!({}));
    assert_eq!(
        (st["throttled"].as_u64(), st["connections"].as_u64()),
        (Some(0), Some(1)),
        "{st}"
    );
}

#[test]
fn bad_control_input_is_refused_with_a_400_that_says_why() {
    let emu = Emu::start(&[]);
    for (body, says) in [
        (
            r#"{"age_hours": "x"}"#,
            "age_hours must be a number from 0 to 8760",
        ),
        (
            r#"{"age_hours": -1}"#,
            "age_hours must be a number from 0 to 8760",
        ),
        (
            r#"{"sdkappid": 99999999999}"#,
            "sdkappid must be a whole number from 1 to 4294967295",
        ),
        (
            r#"{"sdkappid": "1400000000"}"#,
            "sdkappid must be a whole number from 1 to 4294967295",
        ),
        (r#"{"batch": "yes"}"#, "batch must be true or false"),
        (
            r#"{"age_hour": 3}"#,
            "unknown field \"age_hour\"; the fields are age_hours, sdkappid, batch, stores_messages",
        ),
        (
            "[1]",
            "the body must be a JSON object such as {\"age_hours\": 25}",
        ),
    ] {
        let (status, text) = emu.raw("/_emulator/tasks", body);
        assert_eq!(status, 400, "{body}: {text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"], says, "{body}");
    }
    let (status, _) = emu.raw("/_emulator/tasks", "");
    assert_eq!(status, 200, "an empty body makes a task with the defaults");
}

#[test]
fn the_usersig_is_read_under_any_spelling_and_logged_under_none() {
    let emu = Emu::start(&["--no-rate-limit"]);
    let sig = emu.sig("administrator", 1400000000);
    let enc = sig::encode_component(&sig);
    for name in ["us%65rsig", "%75sersig"] {
        let q = format!(
            "/v4/timpush/push?{name}={enc}&identifier=administrator&sdkappid=1400000000&random=1&contenttype=json"
        );
        let (status, text) = emu.raw(&q, &Emu::push_body().to_string());
        assert_eq!(status, 200);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["ErrorCode"], 0, "{name}: {text}");
    }
    let log = emu.log_of(3);
    for piece in sig.as_bytes().windows(16).chain(enc.as_bytes().windows(16)) {
        let piece = std::str::from_utf8(piece).unwrap();
        assert!(!log.contains(piece), "{piece} in the log: {log}");
    }
    same(
        varying(&placeholders(&log)),
        str![[r#"
emulator: serving SDKAppID 1400000000 for admin administrator at http://127.0.0.1:[PORT] (Ctrl-C to stop)
emulator: POST /v4/timpush/push?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json -> 0
emulator: POST /v4/timpush/push?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json -> 0

"#]],
    );
}

#[test]
fn parallel_timpush_processes_never_trip_the_emulator_s_rate_limit() {
    let emu = Emu::start(&[]);
    let tasks: Vec<String> = (0..5).map(|_| emu.task(json!({}))).collect();
    let env = emu.client();
    let start = Instant::now();
    let kids: Vec<_> = tasks
        .iter()
        .map(|t| {
            env.command(&["revoke", "--task-id", t])
                .stdin(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for k in kids {
        let out = k.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Five calls a second apart: at least four seconds.
    assert!(start.elapsed() >= Duration::from_secs(4));
    let st = emu.control("GET", "/_emulator/state", json!({}));
    assert_eq!(st["throttled"], 0, "{st}");
    assert_eq!(st["calls"], 5, "one call per task: {st}");
    for t in &tasks {
        assert_eq!(emu.task_state(t), "revoked");
    }
}

/// One raw HTTP/1.1 exchange with the emulator: the status line's code and the body.
fn http_exchange(base: &str, request: &str) -> (u16, String) {
    let addr = base.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut text = String::new();
    let _ = s.read_to_string(&mut text);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

/// The control door takes JSON from loopback names only: a web page can send `text/plain`
/// across origins without asking, and a DNS-rebinding page arrives under its own host name.
#[test]
fn the_control_door_refuses_what_a_web_page_could_send() {
    let emu = Emu::start(&[]);
    let host = emu.base.trim_start_matches("http://").to_string();
    let post = |host: &str, ctype: &str| {
        let body = r#"{"faults": ["91000"]}"#;
        http_exchange(
            &emu.base,
            &format!(
                "POST /_emulator/faults HTTP/1.1\r\nHost: {host}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            ),
        )
    };
    assert_eq!(
        post(&host, "text/plain"),
        (
            415,
            r#"{"error":"control calls send JSON: add the header Content-Type: application/json"}"#
                .into()
        )
    );
    assert_eq!(
        post("attacker.example", "application/json"),
        (
            421,
            r#"{"error":"control calls need a loopback Host (127.0.0.1, [::1] or localhost)"}"#
                .into()
        )
    );
    let state = |host: &str| {
        http_exchange(
            &emu.base,
            &format!("GET /_emulator/state HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        )
    };
    assert_eq!(state("rebind.attacker.example:8080").0, 421);
    assert_eq!(state("").0, 421, "no Host at all");
    // Nothing was queued by the refused calls; the tools' own calls work.
    let (status, body) = state(&host);
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["faults_pending"],
        json!(0),
        "{body}"
    );
    let port = host.rsplit(':').next().unwrap();
    assert_eq!(
        post(
            &format!("localhost:{port}"),
            "application/json; charset=utf-8"
        )
        .0,
        200
    );
    assert_eq!(post(&format!("[::1]:{port}"), "application/json").0, 200);
}

/// Out of file descriptors, the emulator backs off instead of spinning, and serves again once
/// they are free; it keeps serving when its stderr is gone.
#[test]
fn the_emulator_survives_running_out_of_descriptors_and_a_closed_stderr() {
    let mut env = Env::new();
    env.set("TIMPUSH_EMULATOR_SECRET_KEY", KEY);
    let mut cmd = env.command(&["emulator", "--listen", "127.0.0.1:0"]);
    use std::os::unix::process::CommandExt;
    // SAFETY: setrlimit is async-signal-safe; it only lowers this child's own limit.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 64,
                rlim_max: 64,
            };
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
            Ok(())
        });
    }
    let mut child = cmd.stdin(Stdio::null()).spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut base = String::new();
    out.read_line(&mut base).unwrap();
    let base = base.trim().to_string();
    // Its stderr goes away: every log line now fails to be written.
    drop(child.stderr.take());
    let addr = base.trim_start_matches("http://").to_string();
    let held: Vec<std::net::TcpStream> = (0..100)
        .filter_map(|_| std::net::TcpStream::connect(&addr).ok())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let cpu = || {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", child.id())).unwrap();
        let f: Vec<&str> = stat
            .rsplit(')')
            .next()
            .unwrap()
            .split_whitespace()
            .collect();
        f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
    };
    let before = cpu();
    std::thread::sleep(Duration::from_secs(1));
    let ticks = cpu() - before;
    // A loop that spins uses every tick of the second (100 a second); one that backs off, a few.
    assert!(
        ticks < 50,
        "{ticks} clock ticks in one second while out of descriptors"
    );
    drop(held);
    std::thread::sleep(Duration::from_millis(1200));
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", &base)
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", KEY);
    let (status, body) = http_exchange(
        &base,
        &format!(
            "POST /_emulator/tasks HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
        ),
    );
    assert_eq!(status, 200, "{body}");
    let id = serde_json::from_str::<Value>(&body).unwrap()["TaskId"]
        .as_str()
        .unwrap()
        .to_string();
    // Two logged calls with no stderr to log to: the emulator answers both.
    for want in [
        str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]],
        str![[r#"
exit 0
--- stdout
recalled [TASK1] (already recalled)
--- stderr
timpush: note: [TASK1] was already recalled (ErrorCode 90050); nothing more to do

"#]],
    ] {
        env.run(&["revoke", "--task-id", &id]).is(want);
    }
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "it stopped cleanly, not by abort");
}

#[test]
fn a_busy_port_hints_at_a_free_one() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut env = Env::new();
    env.set("TIMPUSH_EMULATOR_SECRET_KEY", KEY);
    let run = env.run(&["emulator", "--listen", &format!("127.0.0.1:{port}")]);
    run.expect(
        3,
        "",
        &format!("timpush: error: cannot listen on 127.0.0.1:{port}: Address already in use (os error 98)\n  hint: another program has port {port} already: pass --listen 127.0.0.1:0 to take a free port (the URL is printed first)\n"),
    );
}
