//! `timpush callback listen|send|verify`: receive push callbacks and check them, send one to
//! an app's handler and judge its answer, check a signed URL (docs/service.md 8).

use std::collections::BTreeMap;
use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::callback::{self, Expect, Refusal, Tally};
use crate::cli::{CallbackCommand, ListenArgs, SendArgs, TokenOpts, VerifyArgs};
use crate::env::{expand_path, process_env};
use crate::error::{Exit, Failure};
use crate::httpd::{Action, Request, Response};
use crate::input::{self, Source};
use crate::output::Reporter;
use crate::sanitize::{escape, redact_url, truncate_chars};
use crate::secret::Secret;
use crate::settings::table::{self, Value as Setting};
use crate::settings::{self, Flags, Inspection};
use crate::timefmt::{now_unix, wire_utc};

/// How long `callback send` waits for an answer, to say how slow a slow handler is.
const SEND_WAIT: Duration = Duration::from_secs(10);
/// Answer bodies read at most.
const ANSWER_LIMIT: u64 = 64 * 1024;
/// Requests waiting to be forwarded; past this a request is not forwarded (and said).
const FORWARD_QUEUE: usize = 1000;

pub(crate) fn run(flags: &Flags, cmd: &CallbackCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        CallbackCommand::Listen(a) => listen(flags, a, rep),
        CallbackCommand::Send(a) => send(flags, a, rep),
        CallbackCommand::Verify(a) => verify(flags, a, rep),
    }
}

/// The profile's settings, where neither endpoint nor credential is needed; its warnings said.
fn local(flags: &Flags, rep: &Reporter) -> Result<Inspection, Failure> {
    let mut ins = settings::inspect(flags, &process_env);
    if let Some(i) = ins
        .bad
        .iter()
        .position(|(k, _)| matches!(*k, table::Key::Sdkappid | table::Key::CallbackTokenFile))
    {
        return Err(ins.bad.remove(i).1);
    }
    for w in &ins.warnings {
        rep.warn(w);
    }
    Ok(ins)
}

/// The SDKAppID callbacks are checked against or sent for.
fn sdkappid(ins: &mut Inspection) -> Result<u32, Failure> {
    match ins.number(table::SDKAPPID) {
        Some(n) => Ok(n as u32),
        None if !ins.problems.is_empty() => Err(ins.problems.remove(0)),
        None => Err(
            Failure::config("no SDKAppID: a callback's SdkAppid is checked against it")
                .with_hint("pass --sdkappid N, set TIMPUSH_SDKAPPID, or sdkappid in the profile"),
        ),
    }
}

/// The callback token: --token-file, else TIMPUSH_CALLBACK_TOKEN, else the profile's
/// callback_token_file; none when none is set.
fn token(ins: &Inspection, opts: &TokenOpts, rep: &Reporter) -> Result<Option<Secret>, Failure> {
    let from_file = |path: PathBuf| callback::token_file(&path, |w| rep.warn(w));
    if let Some(p) = &opts.token_file {
        return from_file(expand_path(p, None)).map(Some);
    }
    if let Some(t) = process_env("TIMPUSH_CALLBACK_TOKEN") {
        return nonempty(t, "variable TIMPUSH_CALLBACK_TOKEN").map(Some);
    }
    match ins.value(table::CALLBACK_TOKEN_FILE).map(|v| &v.value) {
        Some(Setting::Path(p)) => from_file(p.clone()).map(Some),
        _ => Ok(None),
    }
}

fn nonempty(text: String, from: &str) -> Result<Secret, Failure> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Failure::config(format!(
            "the callback token from {from} is empty"
        )));
    }
    Ok(Secret::new(t.to_string()))
}

// ---------------------------------------------------------------------------------------------
// listen

/// What the receiver has seen, shared by the connection threads.
#[derive(Default)]
struct Seen {
    requests: u64,
    events: u64,
    tally: Tally,
    refused: BTreeMap<&'static str, u64>,
}

/// Where events go: standard output, or a private file.
enum Sink {
    Stdout(Reporter),
    File(Mutex<std::fs::File>, PathBuf),
}

impl Sink {
    /// Writes lines of JSON at once; false once they cannot be written.
    fn lines(&self, text: &str) -> bool {
        match self {
            Sink::Stdout(rep) => {
                rep.stdout_json(text);
                rep.delivering()
            }
            Sink::File(f, _) => {
                let safe = crate::sanitize::json_safe(&crate::secret::scrub(text));
                f.lock()
                    .map(|mut f| f.write_all(format!("{safe}\n").as_bytes()).is_ok())
                    .unwrap_or(false)
            }
        }
    }
}

fn listen(flags: &Flags, a: &ListenArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let addr: SocketAddr = a.listen.parse().map_err(|_| {
        Failure::usage(format!(
            "--listen: {:?} is not an address such as 127.0.0.1:8090",
            escape(&a.listen)
        ))
    })?;
    let mut ins = local(flags, rep)?;
    let app = sdkappid(&mut ins)?;
    let token = token(&ins, &a.token, rep)?;
    let forward = match &a.forward_to {
        Some(u) => Some(callback::check_url("--forward-to", u)?),
        None => None,
    };
    let sink = Arc::new(match &a.out {
        Some(p) => {
            let path = expand_path(p, None);
            let f = crate::settings::fsperm::append_private(&path, "events file")
                .map_err(|e| Failure::config(format!("--out: {e}")))?;
            Sink::File(Mutex::new(f), path)
        }
        None => Sink::Stdout(*rep),
    });
    if !addr.ip().is_loopback() && token.is_none() {
        rep.warn(&format!(
            "{addr} is not a loopback address and no token is set: anyone who reaches it can send events; set the console's callback authentication and pass its token (--token-file)"
        ));
    }
    let listener = TcpListener::bind(addr)
        .map_err(|e| Failure::config(format!("cannot listen on {addr}: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Failure::config(format!("cannot listen on {addr}: {e}")))?;
    signals_graceful();

    let seen = Arc::new(Mutex::new(Seen::default()));
    let done = Arc::new(AtomicBool::new(false));
    let forwarded = Arc::new(AtomicU64::new(0));
    let forward_failed = Arc::new(AtomicU64::new(0));
    let (queue, worker) = match forward {
        Some(url) => {
            let (tx, rx) = mpsc::sync_channel::<(String, Vec<u8>)>(FORWARD_QUEUE);
            let (ok, failed, rep) = (forwarded.clone(), forward_failed.clone(), *rep);
            let worker = std::thread::spawn(move || {
                let agent = agent_for(&url, callback::BUDGET);
                for (query, body) in rx {
                    match forward_one(&agent, &url, &query, &body) {
                        Ok(()) => ok.fetch_add(1, Ordering::SeqCst),
                        Err(why) => {
                            rep.warn(&format!("forwarding to {}: {why}", redact_url(&url)));
                            failed.fetch_add(1, Ordering::SeqCst)
                        }
                    };
                }
            });
            (Some(tx), Some(worker))
        }
        None => (None, None),
    };
    let handler = {
        let (seen, sink, done, token) = (seen.clone(), sink.clone(), done.clone(), token.clone());
        let (rep, count) = (*rep, a.count);
        let queue = queue.clone();
        Arc::new(move |req: &Request| -> Action {
            let expect = Expect {
                sdkappid: app,
                token: token.as_ref(),
                now: now_unix(),
            };
            let checked = if req.method != "POST" {
                Err(Refusal::NotPost)
            } else {
                callback::check_query(&req.query, &expect).and_then(|_| callback::events(&req.body))
            };
            let events = match checked {
                Ok(e) => e,
                Err(r) => {
                    if let Ok(mut s) = seen.lock() {
                        s.requests += 1;
                        *s.refused.entry(r.reason()).or_default() += 1;
                    }
                    rep.warn(&format!("refused a callback request: {}", r.message()));
                    return Action::Respond(Response {
                        status: r.status(),
                        content_type: "application/json",
                        body: r.answer(),
                    });
                }
            };
            // One write for the request's events, under the lock so that requests do not
            // interleave; past --count, events are answered but neither counted nor shown.
            let mut s = seen.lock().expect("the receiver's tally");
            s.requests += 1;
            let mut lines = Vec::new();
            for e in &events {
                if count.is_some_and(|n| s.events >= n) {
                    break;
                }
                s.events += 1;
                s.tally.add(e);
                lines.push(Value::Object(callback::annotated(e)).to_string());
            }
            if !lines.is_empty() && !sink.lines(&lines.join("\n")) {
                done.store(true, Ordering::SeqCst);
            }
            if count.is_some_and(|n| s.events >= n) {
                done.store(true, Ordering::SeqCst);
            }
            drop(s);
            if let Some(q) = &queue {
                let query = req.target.split_once('?').map(|(_, q)| q).unwrap_or("");
                if q.try_send((query.to_string(), req.body.clone())).is_err() {
                    rep.warn(
                        "the handler behind --forward-to is too slow: a request was not forwarded",
                    );
                }
            }
            Action::Respond(Response::json(callback::OK_ANSWER.to_string()))
        })
    };
    let stop = Arc::new(AtomicBool::new(false));
    let server = {
        let stop = stop.clone();
        std::thread::spawn(move || crate::httpd::serve(listener, None, handler, stop))
    };
    rep.note(&format!(
        "listening for push callbacks of SDKAppID {app} at http://{bound}/ ({}; Ctrl-C to stop)",
        if token.is_some() {
            "Sign and RequestTime checked with the token"
        } else {
            "no token: Sign not checked"
        }
    ));
    while !crate::signals::interrupted() && !done.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(20));
    }
    stop.store(true, Ordering::SeqCst);
    crate::httpd::wake(bound);
    let _ = server.join();
    drop(queue);
    if let Some(w) = worker {
        let _ = w.join();
    }
    let seen = std::mem::take(&mut *seen.lock().expect("the receiver's tally"));
    summary(
        rep,
        &seen,
        a.forward_to.as_ref().map(|_| {
            (
                forwarded.load(Ordering::SeqCst),
                forward_failed.load(Ordering::SeqCst),
            )
        }),
        match sink.as_ref() {
            Sink::File(_, p) => Some(p.as_path()),
            Sink::Stdout(_) => None,
        },
    );
    Ok(rep.settle(Exit::Success))
}

/// The first signal ends the wait; a second ends the process.
fn signals_graceful() {
    crate::signals::stop_gracefully_saying("timpush: stopping (a second signal stops at once)");
}

/// What was received: per TaskId and channel, on stderr as a table (stdout carries the
/// events), or with -o json as JSON lines on stdout (`kind` "summary" and "totals").
fn summary(rep: &Reporter, seen: &Seen, forwarded: Option<(u64, u64)>, out: Option<&Path>) {
    let refused: u64 = seen.refused.values().sum();
    if rep.json() {
        for (task, channels) in &seen.tally.by_task {
            let mut rows = Vec::new();
            for (channel, [s, r, c]) in channels {
                rows.push(json!({"channel": channel, "sent": s, "reached": r, "clicked": c}));
            }
            rep.object(&json!({"kind": "summary", "TaskId": task, "channels": rows}));
        }
        let mut totals = json!({
            "kind": "totals",
            "requests": seen.requests,
            "events": seen.events,
            "refused": seen.refused,
        });
        if let Some((ok, failed)) = forwarded {
            totals["forwarded"] = json!(ok);
            totals["forward_failed"] = json!(failed);
        }
        rep.object(&totals);
        return;
    }
    let mut text = format!(
        "received {} request(s), {} event(s){}",
        seen.requests,
        seen.events,
        out.map(|p| format!(" (written to {})", p.display()))
            .unwrap_or_default()
    );
    if refused > 0 {
        let why: Vec<String> = seen
            .refused
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        text.push_str(&format!("; refused {refused} ({})", why.join(", ")));
    }
    if let Some((ok, failed)) = forwarded {
        text.push_str(&format!("; forwarded {ok}, {failed} failed"));
    }
    if seen.tally.unstaged > 0 {
        text.push_str(&format!(
            "; {} event(s) without a known PushStage",
            seen.tally.unstaged
        ));
    }
    let mut rows = vec![[
        "TASKID".to_string(),
        "CHANNEL".into(),
        "SENT".into(),
        "REACHED".into(),
        "CLICKED".into(),
    ]];
    for (task, channels) in &seen.tally.by_task {
        let task = if task.is_empty() {
            "(chat messages)".to_string()
        } else {
            escape(task)
        };
        for (channel, [s, r, c]) in channels {
            rows.push([
                task.clone(),
                escape(channel),
                s.to_string(),
                r.to_string(),
                c.to_string(),
            ]);
        }
    }
    if rows.len() > 1 {
        text.push('\n');
        text.push_str(&table(&rows));
    }
    rep.note(&text);
}

/// Rows in columns: the first two left-aligned, the numbers right-aligned.
fn table(rows: &[[String; 5]]) -> String {
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
    let w: Vec<usize> = (0..5).map(width).collect();
    rows.iter()
        .map(|r| {
            format!(
                "{:<w0$}  {:<w1$}  {:>w2$}  {:>w3$}  {:>w4$}",
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                w0 = w[0],
                w1 = w[1],
                w2 = w[2],
                w3 = w[3],
                w4 = w[4]
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Passes one request on: the same query string and body.
fn forward_one(agent: &ureq::Agent, url: &str, query: &str, body: &[u8]) -> Result<(), String> {
    let sep = if url.contains('?') { '&' } else { '?' };
    let target = if query.is_empty() {
        url.to_string()
    } else {
        format!("{url}{sep}{query}")
    };
    let started = Instant::now();
    let answer = post(agent, &target, body)?;
    let problems = judge(&answer, started.elapsed());
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("the handler's answer {}", problems.join("; ")))
    }
}

// ---------------------------------------------------------------------------------------------
// send

/// An agent with `wait` for the whole exchange, no redirects, no proxy for loopback.
fn agent_for(url: &str, wait: Duration) -> ureq::Agent {
    let mut config = ureq::Agent::config_builder();
    if crate::client::url::endpoint_is_loopback(url) {
        config = config.proxy(None);
    }
    config
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(wait))
        .user_agent(concat!("timpush/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// A handler's answer.
struct Answer {
    status: u16,
    body: String,
}

/// POSTs `body` as JSON; the answer, or why there was none (never ureq's own text, which
/// quotes the URL).
fn post(agent: &ureq::Agent, url: &str, body: &[u8]) -> Result<Answer, String> {
    let mut resp = agent
        .post(url)
        .header("Content-Type", "application/json")
        .send(body)
        .map_err(|e| match e {
            ureq::Error::Timeout(_) => "no answer in time".to_string(),
            ureq::Error::HostNotFound => "the host was not found".to_string(),
            ureq::Error::ConnectionFailed => "the connection failed".to_string(),
            ureq::Error::Io(io) => format!("the connection failed ({})", io.kind()),
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) => "TLS could not be set up".to_string(),
            _ => "the request failed".to_string(),
        })?;
    let status = resp.status().as_u16();
    let body = resp
        .body_mut()
        .with_config()
        .limit(ANSWER_LIMIT)
        .read_to_vec()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|_| String::from("(the body could not be read whole)"));
    Ok(Answer { status, body })
}

/// What breaks the documented contract: HTTP 200, a JSON body with ErrorCode 0, within 2 s.
fn judge(a: &Answer, took: Duration) -> Vec<String> {
    let mut problems = Vec::new();
    if a.status != 200 {
        problems.push(format!("is HTTP {} (the service expects 200)", a.status));
    }
    match serde_json::from_str::<Value>(&a.body) {
        Ok(Value::Object(m)) => match m.get("ErrorCode").and_then(Value::as_i64) {
            Some(0) => {}
            Some(c) => problems.push(format!("says ErrorCode {c} (0 is success)")),
            None => problems.push("has no ErrorCode (the service expects 0)".into()),
        },
        _ => problems.push(
            "is not a JSON object (the service expects {\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0})"
                .into(),
        ),
    }
    if took > callback::BUDGET {
        problems.push(format!(
            "came in {} ms, over the service's 2 s budget (answer at once, process later)",
            took.as_millis()
        ));
    }
    problems
}

/// The documented example request, its times made now.
fn example(now: i64) -> Value {
    json!({"Events": [
        {"CallbackCommand": callback::ALL_MEMBER_PUSH, "EventType": 1,
         "TaskId": "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e", "DataId": "promo-2025-11-29",
         "TaskTime": now - 10, "EventTime": now - 5, "To_Account": "alice", "PushPlatform": 3,
         "DeviceType": 0, "PushStage": 1, "ErrCode": 0, "ErrInfo": ""},
        {"CallbackCommand": callback::ALL_MEMBER_PUSH, "EventType": 1,
         "TaskId": "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e", "DataId": "promo-2025-11-29",
         "TaskTime": now - 10, "EventTime": now, "To_Account": "alice", "PushPlatform": 3,
         "DeviceType": 0, "PushStage": 3, "ErrCode": 0, "ErrInfo": ""},
        {"CallbackCommand": callback::ALL_MEMBER_PUSH, "EventType": 2,
         "TaskId": "batch_667015d4_537529d8_2000005e80aa873_d03ac87_56f5e750",
         "TaskTime": now - 10, "EventTime": now - 8, "To_Account": "bob", "PushPlatform": 0,
         "DeviceType": 4, "PushStage": 2, "ErrCode": 0, "ErrInfo": "OK"}
    ]})
}

/// The body to send: the file's, or the example; edited by the flags.
fn body_of(a: &SendArgs, now: i64) -> Result<Value, Failure> {
    let mut body = match &a.file {
        Some(p) => {
            let source = Source::file_or_stdin(p);
            let text = input::read("--file", &source, input::JSON_CAP, Failure::usage)?;
            let v: Value = serde_json::from_str(&text).map_err(|e| {
                Failure::usage(format!("--file: {} is not JSON: {e}", source.name()))
            })?;
            if let Err(r) = callback::events(v.to_string().as_bytes()) {
                return Err(Failure::usage(format!(
                    "--file: {}: the {}",
                    source.name(),
                    r.message()
                ))
                .with_hint(
                    "write it as the service sends it: {\"Events\": [{...}, ...]}, 1 to 100 events",
                ));
            }
            v
        }
        None => example(now),
    };
    let stage = a
        .stage
        .as_deref()
        .map(callback::parse_stage)
        .transpose()
        .map_err(|e| Failure::usage(format!("--stage: {e}")))?;
    let vendor = a
        .vendor
        .as_deref()
        .map(callback::parse_vendor)
        .transpose()
        .map_err(|e| Failure::usage(format!("--vendor: {e}")))?;
    if let Some(events) = body.get_mut("Events").and_then(Value::as_array_mut) {
        for e in events.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(t) = &a.task_id {
                e.insert("TaskId".into(), t.clone().into());
            }
            if let Some(s) = stage {
                e.insert("PushStage".into(), s.into());
            }
            if let Some((event, platform)) = vendor {
                e.insert("EventType".into(), event.into());
                e.insert("PushPlatform".into(), platform.into());
            }
            if let Some(to) = &a.to {
                e.insert("To_Account".into(), to.clone().into());
            }
        }
    }
    Ok(body)
}

fn send(flags: &Flags, a: &SendArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let url = callback::check_url("URL", &a.url)?;
    let mut ins = local(flags, rep)?;
    let app = sdkappid(&mut ins)?;
    let token = if a.unsigned {
        None
    } else {
        token(&ins, &a.token, rep)?
    };
    let now = now_unix();
    let body = body_of(a, now)?;
    let command = body["Events"][0]
        .get("CallbackCommand")
        .and_then(Value::as_str)
        .unwrap_or(callback::ALL_MEMBER_PUSH)
        .to_string();
    let mut query = format!(
        "SdkAppid={app}&CallbackCommand={}&contenttype=json",
        crate::urlenc::encode_component(&command)
    );
    if let Some(t) = &token {
        query.push_str(&format!(
            "&RequestTime={now}&Sign={}",
            callback::sign(t, now)
        ));
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    let target = format!("{url}{sep}{query}");
    let events = body["Events"].as_array().map_or(0, Vec::len);
    rep.debug(&format!(
        "POST {} with {events} event(s) of {command}, {}",
        redact_url(&url),
        if token.is_some() {
            "signed"
        } else {
            "unsigned"
        }
    ));
    let agent = agent_for(&url, SEND_WAIT);
    let started = Instant::now();
    let answer = post(&agent, &target, body.to_string().as_bytes());
    let took = started.elapsed();
    let shown_url = redact_url(&url);
    let answer = match answer {
        Ok(a) => a,
        Err(why) => {
            let wait = if took >= SEND_WAIT {
                format!(" within {} s", SEND_WAIT.as_secs())
            } else {
                String::new()
            };
            if rep.json() {
                rep.object(&json!({"kind": "result", "url": shown_url, "events": events, "outcome": "no_answer", "error": format!("{why}{wait}")}));
            } else {
                rep.stdout(&format!("no_answer  {shown_url}"));
            }
            return Err(Failure::new(
                Exit::NotApplied,
                format!("{shown_url}: {why}{wait}"),
            )
            .with_hint("start the handler, or check the URL; the service would count this callback as failed (it does not retry by default)"));
        }
    };
    let problems = judge(&answer, took);
    let quoted = escape(&truncate_chars(answer.body.trim(), 200));
    let ok = problems.is_empty();
    if rep.json() {
        rep.object(&json!({
            "kind": "result",
            "url": shown_url,
            "events": events,
            "signed": token.is_some(),
            "outcome": if ok { "ok" } else { "broken" },
            "status": answer.status,
            "millis": took.as_millis() as u64,
            "body": quoted,
            "problems": problems,
        }));
    } else {
        rep.stdout(&format!(
            "{}  HTTP {} in {} ms  {quoted}",
            if ok { "ok" } else { "broken" },
            answer.status,
            took.as_millis()
        ));
    }
    if ok {
        rep.note(&format!(
            "{shown_url} took {events} event(s) of {command} ({}) and answered as the service expects: HTTP 200, ErrorCode 0, within 2 s",
            if token.is_some() {
                "signed with the token"
            } else {
                "unsigned"
            }
        ));
        return Ok(Exit::Success);
    }
    Err(Failure::new(
        Exit::Refused,
        format!("the handler's answer {}", problems.join("; ")),
    )
    .with_hint("answer every callback with HTTP 200 and {\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0} at once, and process the events later"))
}

// ---------------------------------------------------------------------------------------------
// verify

fn verify(flags: &Flags, a: &VerifyArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let raw = match a.url.as_deref() {
        None | Some("-") => input::read("URL", &Source::Stdin, input::JSON_CAP, Failure::usage)?,
        Some(u) => u.to_string(),
    };
    let raw = raw.trim();
    let query = raw.split_once('?').map(|(_, q)| q).unwrap_or(raw);
    let query = query.split('#').next().unwrap_or("");
    let params = crate::httpd::parse_query(query);
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let (Some(sent), Some(time)) = (param("Sign"), param("RequestTime")) else {
        return Err(Failure::usage(
            "the URL has no Sign or RequestTime parameter: nothing to verify",
        )
        .with_hint("give the whole URL the request was sent to, query string included; a callback without them was sent with authentication off"));
    };
    let ins = local(flags, rep)?;
    let token = token(&ins, &a.token, rep)?.ok_or_else(|| {
        Failure::config("no callback token to verify with").with_hint(
            "pass --token-file FILE, set TIMPUSH_CALLBACK_TOKEN, or callback_token_file in the profile",
        )
    })?;
    let now = match &a.at {
        Some(t) => {
            crate::timefmt::parse_time(t).map_err(|e| Failure::usage(format!("--at: {e}")))?
        }
        None => now_unix(),
    };
    let app = ins.number(table::SDKAPPID).map(|n| n as u32);
    let at = time.trim().parse::<i64>().ok();
    // The Sign alone (checked as of its own time), then the time alone.
    let sign_ok = at.is_some_and(|at| callback::check_sign(&token, sent, time, at).is_ok());
    let fresh = at.is_some_and(|at| now.saturating_sub(at).abs() <= callback::MAX_SKEW);
    let against = if a.at.is_some() { "--at" } else { "now" };
    let mut failed = Vec::new();
    let mut lines = Vec::new();
    let mut say = |ok: bool, line: String| {
        if !ok {
            failed.push(line.clone());
        }
        lines.push(line);
    };
    say(
        sign_ok,
        format!(
            "Sign: {}",
            if sign_ok {
                "matches the token"
            } else {
                "does not match the token"
            }
        ),
    );
    match at {
        Some(at) => say(
            fresh,
            format!(
                "RequestTime: {} UTC, {} s from {against} ({})",
                wire_utc(at),
                now.saturating_sub(at).unsigned_abs(),
                if fresh {
                    "within a minute"
                } else {
                    "more than a minute: a receiver refuses it as a replay"
                }
            ),
        ),
        None => say(
            false,
            format!(
                "RequestTime: {} is not unix seconds",
                escape(&truncate_chars(time, 32))
            ),
        ),
    }
    let got_app = param("SdkAppid");
    let app_check = match (app, got_app) {
        (Some(mine), Some(g)) if g.parse::<u64>().ok() == Some(u64::from(mine)) => {
            say(true, format!("SdkAppid: {mine}, the profile's"));
            "ok"
        }
        (Some(mine), g) => {
            say(
                false,
                format!(
                    "SdkAppid: {} is not the profile's {mine}",
                    g.map_or("missing".into(), |g| escape(&truncate_chars(g, 32)))
                ),
            );
            "other"
        }
        (None, _) => {
            say(
                true,
                "SdkAppid: not checked (no SDKAppID in the profile)".into(),
            );
            "unchecked"
        }
    };
    if rep.json() {
        rep.object(&json!({
            "kind": "verify",
            "sign": if sign_ok { "ok" } else { "mismatch" },
            "RequestTime": at,
            "fresh": fresh,
            "sdkappid": app_check,
            "ok": failed.is_empty(),
        }));
    } else {
        for l in &lines {
            rep.stdout(l);
        }
    }
    if failed.is_empty() {
        return Ok(Exit::Success);
    }
    Err(Failure::new(
        Exit::Auth,
        format!("the request would be refused: {}", failed.join("; ")),
    )
    .with_hint("check that the token is the one set in the console's callback authentication, and that the URL is a fresh one"))
}
