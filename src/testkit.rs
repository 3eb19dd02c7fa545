//! Whole command lines run in process, through the same `run_in` as the binary, with the
//! run's seams replaced: output captured, an environment of the test's own (a fresh home), a
//! clock that moves only when the run waits, and a scripted service instead of HTTP that
//! records every request. Pacing and backoff cost no time; times shown are the same at every
//! run.
//!
//! Each run checks on its own that no credential it used (the secret key, every UserSig a
//! request carried, raw and percent-encoded) reached stdout or stderr.
//!
//! What needs a process stays in `tests/`: signals, exit by SIGINT, the pacer across processes,
//! TLS and HTTP framing, closed descriptors.

use crate::client::fault::FaultKind;
use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::client::clock::{Clock, VirtualClock};
use crate::client::transport::{HttpAnswer, Probe, SendFault};
use crate::client::url::RequestUrl;
use crate::error::{Exit, Failure};
use crate::run::{Link, Net, Run, Sink, Stream};

/// The secret key every run uses: no output may hold it.
pub(crate) const KEY: &str = "5e471ne1k3y1n9r0cess000000000000000000000000000000000000000c0de";
pub(crate) const SDKAPPID: u32 = 1400000000;
/// What push, batch and sched add say before sending an OfflinePushInfo without a Xiaomi
/// channel (docs/service.md 3.1).
pub(crate) const XIAOMI: &str = "timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)\n";
/// The time of day every run starts at: 2026-12-03 12:00:00 UTC.
pub(crate) const START: u64 = 1_796_299_200;

/// A TaskId pushed `ago` seconds before [`START`].
pub(crate) fn task_pushed(ago: u64, tail: &str) -> String {
    format!(
        "{:08x}_537ed82a_200000cd7ee17f5_84035729_{tail}",
        START - ago
    )
}

/// What the service does with a request.
#[derive(Clone, Debug)]
pub(crate) enum Reply {
    /// 200 and `{"ActionStatus","ErrorInfo","ErrorCode"}` for this code.
    Code(i64),
    /// 200 and this JSON body.
    Json(String),
    /// This status and body, with a Retry-After when given.
    Status(u16, String, Option<u64>),
    /// Nothing reached the service (connection refused).
    Refused,
    /// The request went out and no answer came back (the connection dropped).
    Lost,
    /// The answer takes this long (on the run's clock) and comes after the deadline.
    Stall(Duration),
}

/// A request the service received.
#[derive(Clone, Debug)]
pub(crate) struct Request {
    /// The REST command, as `timpush/revoke`.
    pub command: String,
    pub query: Vec<(String, String)>,
    pub body: serde_json::Value,
    /// When it came, on the run's clock, from the start of the run.
    pub at: Duration,
}

impl Request {
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A run's end: its exit status, everything it wrote, and what the service received.
#[derive(Debug)]
pub(crate) struct Ran {
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
    pub requests: Vec<Request>,
    /// How long the run waited in all (pacing, backoff), on its clock.
    pub slept: Duration,
}

impl Ran {
    /// Checks the exit status and both outputs, whole.
    #[track_caller]
    pub(crate) fn expect(&self, exit: Exit, stdout: &str, stderr: &str) -> &Ran {
        assert_eq!(
            (self.exit, self.stdout.as_str(), self.stderr.as_str()),
            (exit, stdout, stderr),
            "exit, stdout, stderr"
        );
        self
    }

    /// The run as one text for a whole-output check: its exit status (as `Debug` names it), then
    /// stdout and stderr in full, a missing last line break said. The home is already `$HOME`;
    /// nothing else is filtered (the clock and the service are the test's own).
    pub(crate) fn shown(&self) -> String {
        let mut text = format!("exit {} ({:?})\n", self.exit.code(), self.exit);
        for (name, out) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            text.push_str(&format!("--- {name}\n{out}"));
            if !out.is_empty() && !out.ends_with('\n') {
                text.push_str("\n(no line break at the end)\n");
            }
        }
        text
    }

    /// Checks the whole run, as `shown` writes it, against `expected`: a `snapbox::str![[...]]`
    /// written in the test, which `SNAPSHOTS=overwrite cargo test` rewrites on purpose.
    #[track_caller]
    pub(crate) fn is(&self, expected: impl snapbox::IntoData) -> &Ran {
        same(self.shown(), expected);
        self
    }

    /// Neither stdout nor stderr holds a control character (but the line break) or a format
    /// character: nothing that could move a terminal's cursor or reorder what it shows.
    #[track_caller]
    pub(crate) fn assert_terminal_safe(&self) {
        for (name, text) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            if let Some(c) = text
                .chars()
                .find(|c| (c.is_control() && *c != '\n') || crate::sanitize::is_format(*c))
            {
                panic!("{name} holds {c:?}: {text:?}");
            }
        }
    }

    /// stdout read as JSON Lines.
    #[track_caller]
    pub(crate) fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }

    /// The commands the service received, in order.
    pub(crate) fn commands(&self) -> Vec<&str> {
        self.requests.iter().map(|r| r.command.as_str()).collect()
    }
}

/// Checks `actual` whole against `expected` (a `snapbox::str![[...]]` in the test), which
/// `SNAPSHOTS=overwrite cargo test` rewrites on purpose. Text is compared as it is: no path
/// normalisation (a `\` stays a `\`); `[..]` in `expected` stands for the rest of a line's
/// varying part, where a test says why.
#[track_caller]
pub(crate) fn same(actual: impl snapbox::IntoData, expected: impl snapbox::IntoData) {
    snapbox::Assert::new()
        .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
        .normalize_paths(false)
        .eq(actual, expected);
}

type Handler = Box<dyn FnMut(&Request) -> Reply + Send>;

struct Service {
    replies: VecDeque<Reply>,
    handler: Option<Handler>,
    requests: Vec<Request>,
}

/// A run to be made: environment, input, terminals and the service's script.
pub(crate) struct Kit {
    home: tempfile::TempDir,
    vars: Vec<(String, String)>,
    stdin: Vec<u8>,
    terminals: Vec<Stream>,
    replies: VecDeque<Reply>,
    handler: Option<Handler>,
    /// The time of day the next run starts at.
    start: u64,
}

impl Kit {
    /// A fresh home, the test key in `TIMPUSH_SECRET_KEY`, an SDKAppID and a loopback
    /// endpoint (never dialled: the service is scripted), no colour, no terminal, and local
    /// times in UTC (`TZ`) whatever this machine's zone.
    pub(crate) fn new() -> Kit {
        let home = tempfile::tempdir().unwrap();
        let mut kit = Kit {
            home,
            vars: Vec::new(),
            stdin: Vec::new(),
            terminals: Vec::new(),
            replies: VecDeque::new(),
            handler: None,
            start: START,
        };
        let home = kit.home().to_str().unwrap().to_string();
        kit.set("HOME", &home)
            .set("NO_COLOR", "1")
            .set("TIMPUSH_ENDPOINT", "http://127.0.0.1:9")
            .set("TIMPUSH_SDKAPPID", &SDKAPPID.to_string())
            .set("TIMPUSH_SECRET_KEY", KEY)
            .set("XDG_RUNTIME_DIR", &format!("{home}/run"))
            .set("TZ", "UTC")
            // Where Windows keeps the config, journal and cache: in the home too.
            .set("APPDATA", &format!("{home}/AppData/Roaming"))
            .set("LOCALAPPDATA", &format!("{home}/AppData/Local"));
        kit
    }

    /// The next runs start `secs` after [`START`].
    pub(crate) fn later(&mut self, secs: u64) -> &mut Kit {
        self.start = START + secs;
        self
    }

    pub(crate) fn home(&self) -> &Path {
        self.home.path()
    }

    pub(crate) fn set(&mut self, k: &str, v: &str) -> &mut Kit {
        self.vars.retain(|(kk, _)| kk != k);
        self.vars.push((k.into(), v.into()));
        self
    }

    pub(crate) fn unset(&mut self, k: &str) -> &mut Kit {
        self.vars.retain(|(kk, _)| kk != k);
        self
    }

    pub(crate) fn stdin(&mut self, text: &str) -> &mut Kit {
        self.stdin = text.as_bytes().to_vec();
        self
    }

    /// Makes `stream` a terminal.
    pub(crate) fn terminal(&mut self, stream: Stream) -> &mut Kit {
        self.terminals.push(stream);
        self
    }

    /// The answers to the next requests, in order; after them, [`Kit::answer`]'s handler, or
    /// a failure of the test.
    pub(crate) fn reply(&mut self, replies: impl IntoIterator<Item = Reply>) -> &mut Kit {
        self.replies.extend(replies);
        self
    }

    /// Answers every request the scripted replies leave.
    pub(crate) fn answer(&mut self, f: impl FnMut(&Request) -> Reply + Send + 'static) -> &mut Kit {
        self.handler = Some(Box::new(f));
        self
    }

    /// Writes `name` in the home, mode 600 (where files have modes), and returns its path.
    pub(crate) fn file(&self, name: &str, text: &str) -> PathBuf {
        use std::io::Write;
        let p = self.home().join(name);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options.open(&p).unwrap();
        f.write_all(text.as_bytes()).unwrap();
        p
    }

    /// Runs `timpush ARGS` in process. The replies not used are kept for the next run.
    pub(crate) fn run(&mut self, args: &[&str]) -> Ran {
        let service = Arc::new(Mutex::new(Service {
            replies: std::mem::take(&mut self.replies),
            handler: self.handler.take(),
            requests: Vec::new(),
        }));
        let clock = Arc::new(VirtualClock::at(self.start));
        let out = Arc::new(Mutex::new((Vec::new(), Vec::new())));
        let vars = self.vars.clone();
        let run: &'static Run = Box::leak(Box::new(Run::new(
            args.iter().map(|a| a.to_string()).collect(),
            Box::new(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())),
            Box::new(clock.clone()),
            Box::new(ScriptedNet {
                service: service.clone(),
                clock: clock.clone(),
            }),
            Box::new(Captured {
                out: out.clone(),
                stdin: Mutex::new(std::io::Cursor::new(std::mem::take(&mut self.stdin))),
                terminals: std::mem::take(&mut self.terminals),
            }),
            {
                let n = std::sync::atomic::AtomicU32::new(0);
                Box::new(move || 1000 + n.fetch_add(1, std::sync::atomic::Ordering::SeqCst))
            },
        )));
        let exit = crate::run_in(run);
        let mut service = service.lock().unwrap();
        self.replies = std::mem::take(&mut service.replies);
        self.handler = service.handler.take();
        let (stdout, stderr) = std::mem::take(&mut *out.lock().unwrap());
        // What varies from run to run: the home folder's name.
        let home = self.home().to_str().unwrap();
        let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8").replace(home, "$HOME");
        let ran = Ran {
            exit,
            stdout: text(stdout),
            stderr: text(stderr),
            requests: std::mem::take(&mut service.requests),
            slept: clock.slept(),
        };
        no_credential_in(&ran, &journals(self.home()));
        ran
    }

    /// The journal at its default place, oldest entry first (none when there is no journal).
    /// (Its Unix place: the tests that read it run on Unix.)
    #[cfg_attr(not(unix), allow(dead_code))]
    pub(crate) fn journal(&self) -> Vec<serde_json::Value> {
        self.journal_at(&self.home().join(".local/state/timpush/journal.db"))
    }

    /// The journal at `path`, oldest entry first.
    #[cfg_attr(not(unix), allow(dead_code))]
    pub(crate) fn journal_at(&self, path: &Path) -> Vec<serde_json::Value> {
        let rep = crate::output::Reporter::new(
            crate::settings::table::Format::Text,
            crate::output::Color::Never,
            false,
        );
        crate::journal::Journal::file(path)
            .read(&rep)
            .expect("the journal can be read")
            .into_iter()
            .map(serde_json::Value::Object)
            .collect()
    }
}

/// The text of every journal under `home` (its database and write-ahead log as bytes, read as
/// text: SQLite keeps text as it is given; old `*.jsonl` files too).
fn journals(home: &Path) -> String {
    let mut text = String::new();
    let mut dirs = vec![home.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(p);
            } else if [".jsonl", ".db"]
                .iter()
                .any(|x| p.to_string_lossy().contains(x))
                && !p.to_string_lossy().ends_with("-shm")
            {
                text.push_str(&String::from_utf8_lossy(
                    &std::fs::read(&p).unwrap_or_default(),
                ));
            }
        }
    }
    text
}

/// Fails when stdout, stderr or a journal hold the key or a UserSig a request carried (or a
/// 16-character piece of one), raw or percent-encoded.
#[track_caller]
fn no_credential_in(ran: &Ran, journal: &str) {
    let mut secrets = vec![KEY.to_string()];
    secrets.extend(
        ran.requests
            .iter()
            .filter_map(|r| r.param("usersig").map(str::to_string)),
    );
    // One UserSig serves a run's calls: each is checked once.
    secrets.sort();
    secrets.dedup();
    for secret in &secrets {
        let encoded = crate::urlenc::encode_component(secret);
        for form in [secret.as_str(), encoded.as_str()] {
            let chars: Vec<char> = form.chars().collect();
            for piece in chars.windows(16.min(chars.len())) {
                let piece: String = piece.iter().collect();
                for (name, text) in [
                    ("stdout", ran.stdout.as_str()),
                    ("stderr", ran.stderr.as_str()),
                    ("the journal", journal),
                ] {
                    assert!(
                        !text.contains(&piece),
                        "{name} holds a piece of a credential ({piece:?}):\n{text}"
                    );
                }
            }
        }
    }
}

struct Captured {
    out: Arc<Mutex<(Vec<u8>, Vec<u8>)>>,
    stdin: Mutex<std::io::Cursor<Vec<u8>>>,
    terminals: Vec<Stream>,
}

impl Sink for Captured {
    fn stdout(&self, bytes: &[u8]) -> std::io::Result<()> {
        self.out.lock().unwrap().0.extend_from_slice(bytes);
        Ok(())
    }
    fn stderr(&self, bytes: &[u8]) {
        self.out.lock().unwrap().1.extend_from_slice(bytes);
    }
    fn stdin(&self) -> Box<dyn BufRead + '_> {
        Box::new(StdinGuard(self.stdin.lock().unwrap()))
    }
    fn terminal(&self, stream: Stream) -> bool {
        self.terminals.contains(&stream)
    }
    fn stdout_is_file(&self) -> bool {
        false
    }
}

struct StdinGuard<'a>(std::sync::MutexGuard<'a, std::io::Cursor<Vec<u8>>>);

impl Read for StdinGuard<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

impl BufRead for StdinGuard<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.0.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.0.consume(n)
    }
}

struct ScriptedNet {
    service: Arc<Mutex<Service>>,
    clock: Arc<VirtualClock>,
}

impl Net for ScriptedNet {
    fn connect(
        &self,
        _ca: Option<&crate::client::transport::CaBundle>,
        _endpoint: &str,
    ) -> Result<Box<dyn Link>, Failure> {
        Ok(Box::new(ScriptedNet {
            service: self.service.clone(),
            clock: self.clock.clone(),
        }))
    }
}

impl Link for ScriptedNet {
    fn post_json(
        &self,
        url: &RequestUrl,
        body: &str,
        remaining: Duration,
    ) -> Result<HttpAnswer, SendFault> {
        let (command, query) = split_url(url.expose());
        let request = Request {
            command,
            query,
            body: serde_json::from_str(body).expect("the request body is JSON"),
            at: self.clock.slept(),
        };
        let reply = {
            let mut s = self.service.lock().unwrap();
            s.requests.push(request.clone());
            match s.replies.pop_front() {
                Some(r) => r,
                None => match s.handler.as_mut() {
                    Some(h) => h(&request),
                    None => panic!("no reply scripted for request {}", s.requests.len()),
                },
            }
        };
        let answer = |status: u16, body: String, retry_after: Option<u64>| HttpAnswer {
            status,
            retry_after: retry_after.map(Duration::from_secs),
            location: None,
            body: Ok(body),
        };
        match reply {
            Reply::Code(c) => Ok(answer(200, code_body(c), None)),
            Reply::Json(b) => Ok(answer(200, b, None)),
            Reply::Status(s, b, r) => Ok(answer(s, b, r)),
            Reply::Refused => Err(SendFault::NotSent {
                kind: FaultKind::ConnectionRefused,
                message: "connection refused".into(),
            }),
            Reply::Lost => Err(SendFault::AfterSend {
                kind: FaultKind::ConnectionClosed,
                message: "the connection closed before an answer".into(),
            }),
            Reply::Stall(d) => {
                self.clock.sleep(d.min(remaining));
                Err(SendFault::AfterSend {
                    kind: FaultKind::Timeout,
                    message: "no answer within the deadline".into(),
                })
            }
        }
    }

    fn probe(&self, _base: &str, _timeout: Duration) -> Result<Probe, SendFault> {
        Ok(Probe {
            status: 404,
            date: Some(crate::timefmt::http_date(crate::run::now_unix())),
        })
    }
}

/// The service's body for an ErrorCode.
pub(crate) fn code_body(c: i64) -> String {
    let (status, info) = if c == 0 {
        ("OK", "")
    } else {
        ("FAIL", "error")
    };
    format!(r#"{{"ActionStatus":"{status}","ErrorInfo":"{info}","ErrorCode":{c}}}"#)
}

/// `…/v4/timpush/revoke?sdkappid=…` as the command and the decoded query.
fn split_url(url: &str) -> (String, Vec<(String, String)>) {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let command = path
        .split_once("/v4/")
        .map(|(_, c)| c.to_string())
        .unwrap_or_else(|| path.to_string());
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                k.to_string(),
                percent_encoding::percent_decode_str(v)
                    .decode_utf8_lossy()
                    .into_owned(),
            )
        })
        .collect();
    (command, query)
}
