//! Test support: a recording HTTP(S) server on 127.0.0.1 with scripted answers and faults, and
//! a runner for the real binary in a clean environment.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The secret key every test uses: it must never appear in any output.
/// What push, batch and sched add say before sending an OfflinePushInfo without a Xiaomi
/// channel (docs/service.md 3.1).
pub const XIAOMI: &str = "timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)\n";
pub const SENTINEL_KEY: &str = "5e471ne1k3y0000000000000000000000000000000000000000000000000c0de";
pub const SDKAPPID: u32 = 1400000000;
/// A TaskId of the documented shape, pushed a minute ago (its first field is the push time):
/// a fixed one would soon look older than the 24-hour window and draw a warning.
pub fn task() -> &'static str {
    static TASK: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TASK.get_or_init(|| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            - 60;
        format!("{t:08x}_537ed82a_200000cd7ee17f5_84035729_bc614e")
    })
}

/// What the server does with the next request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// 200, JSON with this ErrorCode (and a matching ActionStatus and ErrorInfo).
    Code(i64),
    /// 200 with this body as application/json.
    Json(String),
    /// Any status, content type, body and extra headers.
    Http {
        status: u16,
        content_type: &'static str,
        body: String,
        headers: Vec<(&'static str, String)>,
    },
    /// Reads the request, waits, then closes without answering.
    Stall(Duration),
    /// Reads the request, waits, then answers 200 with this body as application/json.
    Late(Duration, String),
    /// Reads the request, then closes without answering.
    Drop,
    /// Reads the request, then resets the connection (TCP RST). Plain HTTP only.
    Reset,
    /// Declares a longer body than it sends, then closes.
    Truncated(String),
    /// Writes these bytes as the whole answer (not HTTP), then closes.
    Raw(String),
    /// 200, a failure whose ErrorInfo is made from the UserSig the request carried (decoded):
    /// a server that echoes the credential in some encoding.
    EchoUserSig(fn(&str) -> String),
    /// An error page with this status that quotes the request line, cut after `cut` characters,
    /// as a careless gateway does.
    Echo { status: u16, cut: usize },
}

impl Reply {
    pub fn html(status: u16) -> Reply {
        Reply::Http {
            status,
            content_type: "text/html",
            body: format!(
                "<html><head><title>{status} Bad Gateway</title></head><body>\x1b[31mgateway\x1b[0m</body></html>"
            ),
            headers: vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub at: Instant,
    pub conn: usize,
}

impl Recorded {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("request body is JSON")
    }

    /// The raw query string value of usersig as it appeared on the wire.
    pub fn raw_usersig(&self) -> String {
        let q = self.path.split_once('?').map(|x| x.1).unwrap_or("");
        q.split('&')
            .find_map(|kv| kv.strip_prefix("usersig="))
            .unwrap_or("")
            .to_string()
    }
}

struct State {
    requests: Mutex<Vec<Recorded>>,
    script: Mutex<VecDeque<Reply>>,
    default: Mutex<Reply>,
    connections: AtomicUsize,
    /// When set, a request arriving less than a second after the previous one gets 90051.
    rate_limit: std::sync::atomic::AtomicBool,
    last_arrival: Mutex<Option<Instant>>,
    throttled: AtomicUsize,
}

pub struct Server {
    pub addr: SocketAddr,
    pub base: String,
    state: Arc<State>,
    /// The throw-away CA certificate (PEM file), for HTTPS servers.
    pub ca_file: Option<PathBuf>,
    _dir: tempfile::TempDir,
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

impl Server {
    pub fn http() -> Server {
        Server::start(false)
    }

    pub fn https() -> Server {
        Server::start(true)
    }

    fn start(tls: bool) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let state = Arc::new(State {
            requests: Mutex::new(Vec::new()),
            script: Mutex::new(VecDeque::new()),
            default: Mutex::new(Reply::Code(0)),
            connections: AtomicUsize::new(0),
            rate_limit: std::sync::atomic::AtomicBool::new(false),
            last_arrival: Mutex::new(None),
            throttled: AtomicUsize::new(0),
        });
        let (tls_config, ca_file) = if tls {
            let (cfg, ca_pem) = tls_config();
            let path = dir.path().join("ca.pem");
            std::fs::write(&path, ca_pem).unwrap();
            (Some(Arc::new(cfg)), Some(path))
        } else {
            (None, None)
        };
        let st = state.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(tcp) = conn else { continue };
                let id = st.connections.fetch_add(1, Ordering::SeqCst) + 1;
                let st = st.clone();
                let tls_config = tls_config.clone();
                std::thread::spawn(move || {
                    use std::os::fd::AsRawFd;
                    let fd = tcp.as_raw_fd();
                    let stream: Box<dyn Stream> = match tls_config {
                        Some(cfg) => {
                            let conn = rustls::ServerConnection::new(cfg).unwrap();
                            Box::new(rustls::StreamOwned::new(conn, tcp))
                        }
                        None => Box::new(tcp),
                    };
                    serve(stream, id, fd, &st);
                });
            }
        });
        let scheme = if tls { "https" } else { "http" };
        Server {
            addr,
            base: format!("{scheme}://127.0.0.1:{}", addr.port()),
            state,
            ca_file,
            _dir: dir,
        }
    }

    /// Queues replies for the next requests; after them the default answers.
    pub fn push(&self, replies: impl IntoIterator<Item = Reply>) -> &Self {
        self.state.script.lock().unwrap().extend(replies);
        self
    }

    pub fn set_default(&self, r: Reply) -> &Self {
        *self.state.default.lock().unwrap() = r;
        self
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }

    /// Answers 90051, as the service does, to a request less than 1 s after the previous one.
    pub fn rate_limit(&self) -> &Self {
        self.state.rate_limit.store(true, Ordering::SeqCst);
        self
    }

    /// How many requests the rate limit refused.
    pub fn throttled(&self) -> usize {
        self.state.throttled.load(Ordering::SeqCst)
    }

    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    /// A test that scripted replies the binary never asked for is wrong: it fails.
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let left = self.state.script.lock().unwrap().len();
        assert_eq!(left, 0, "{left} scripted repl(ies) were never used");
    }
}

fn tls_config() -> (rustls::ServerConfig, String) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "timpush test CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let key = KeyPair::generate().unwrap();
    let params =
        CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    let cert = params.signed_by(&key, &issuer).unwrap();
    let der_key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], der_key)
        .unwrap();
    (cfg, ca_cert.pem())
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn serve(stream: Box<dyn Stream>, conn: usize, fd: i32, st: &State) {
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let at = Instant::now();
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let path = parts.next().unwrap_or("").to_string();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let query: Vec<(String, String)> = path
            .split_once('?')
            .map(|(_, q)| {
                q.split('&')
                    .filter(|kv| !kv.is_empty())
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                        (percent_decode(k), percent_decode(v))
                    })
                    .collect()
            })
            .unwrap_or_default();
        st.requests.lock().unwrap().push(Recorded {
            method,
            path: path.clone(),
            query: query.clone(),
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
            at,
            conn,
        });
        let too_soon = {
            let mut last = st.last_arrival.lock().unwrap();
            let soon = last.is_some_and(|l| at.duration_since(l) < Duration::from_secs(1));
            *last = Some(at);
            soon && st.rate_limit.load(Ordering::SeqCst)
        };
        let reply = if too_soon {
            st.throttled.fetch_add(1, Ordering::SeqCst);
            Reply::Code(90051)
        } else {
            st.script
                .lock()
                .unwrap()
                .pop_front()
                .unwrap_or_else(|| st.default.lock().unwrap().clone())
        };
        let out = reader.get_mut();
        let (status, ctype, body, extra) = match reply {
            Reply::Code(c) => {
                let (s, info) = if c == 0 {
                    ("OK", "")
                } else {
                    ("FAIL", "scripted failure")
                };
                (
                    200,
                    "application/json",
                    format!(r#"{{"ActionStatus":"{s}","ErrorInfo":"{info}","ErrorCode":{c}}}"#),
                    vec![],
                )
            }
            Reply::Json(b) => (200, "application/json", b, vec![]),
            Reply::Late(d, b) => {
                std::thread::sleep(d);
                (200, "application/json", b, vec![])
            }
            Reply::EchoUserSig(make) => {
                let sig = query
                    .iter()
                    .find(|(k, _)| k == "usersig")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                let info = serde_json::Value::from(make(&sig)).to_string();
                (
                    200,
                    "application/json",
                    format!(r#"{{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":{info}}}"#),
                    vec![],
                )
            }
            Reply::Http {
                status,
                content_type,
                body,
                headers,
            } => (status, content_type, body, headers),
            Reply::Stall(d) => {
                std::thread::sleep(d);
                return;
            }
            Reply::Drop => return,
            Reply::Reset => {
                let linger = libc::linger {
                    l_onoff: 1,
                    l_linger: 0,
                };
                // SAFETY: fd is this connection's open socket; dropping the stream closes it.
                unsafe {
                    libc::setsockopt(
                        fd,
                        libc::SOL_SOCKET,
                        libc::SO_LINGER,
                        &linger as *const _ as *const libc::c_void,
                        std::mem::size_of::<libc::linger>() as libc::socklen_t,
                    );
                }
                return;
            }
            Reply::Echo { status, cut } => {
                let line = format!("POST {path}");
                let quoted: String = line.chars().take(cut).collect();
                (
                    status,
                    "text/html",
                    format!("<html><body>upstream failed: {quoted}</body></html>"),
                    vec![],
                )
            }
            Reply::Raw(text) => {
                let _ = out.write_all(text.as_bytes());
                let _ = out.flush();
                return;
            }
            Reply::Truncated(b) => {
                let _ = write!(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
                    b.len() + 100,
                    b
                );
                let _ = out.flush();
                return;
            }
        };
        let mut head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (k, v) in extra {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if out.write_all(head.as_bytes()).is_err() || out.write_all(body.as_bytes()).is_err() {
            return;
        }
        let _ = out.flush();
    }
}

/// Checks `actual` whole against `expected` (a `str![[...]]` in the test), which
/// `SNAPSHOTS=overwrite cargo test` rewrites on purpose. Text is compared as it is: no path
/// normalisation (a `\` stays a `\`); `[..]` in `expected` stands for a line's varying part,
/// where a test says why.
#[track_caller]
pub fn same(actual: impl snapbox::IntoData, expected: impl snapbox::IntoData) {
    snapbox::Assert::new()
        .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
        .normalize_paths(false)
        .eq(actual, expected);
}

/// Checks `actual` against the committed file `tests/NAME`, exactly (no wildcards: a help text
/// or a transcript is compared as it is); `SNAPSHOTS=overwrite cargo test` writes it instead.
#[track_caller]
pub fn same_as_file(actual: impl snapbox::IntoData, name: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name);
    same(actual, snapbox::Data::read_from(&file, None).raw());
}

/// `str![[...]]`: an expected output written in the test, for `Run::is`.
pub use snapbox::str;

/// The result of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// The home folder the run was given, written `[HOME]` in `shown`.
    pub home: String,
}

/// True for characters that may change how a terminal shows text: controls (but the line
/// break) and Unicode format characters.
pub fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{E0000}'..='\u{E007F}')
}

impl Run {
    /// Asserts that neither stdout nor stderr holds a control or format character.
    #[track_caller]
    pub fn assert_terminal_safe(&self) {
        for (name, text) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            if let Some(c) = text.chars().find(|c| unsafe_char(*c)) {
                panic!("{name} holds {:?}: {text:?}", c);
            }
        }
    }

    /// The run as one text for a whole-output check: its exit status, then stdout and stderr in
    /// full (a missing last line break is said), with what varies from run to run written as
    /// placeholders: the run's home as `[HOME]`; TaskIds, times, ports and the demo's folder as
    /// `placeholders` writes them; and, as `varying` writes them, the request's nonce, the pace
    /// file's name (a hash of the endpoint, whose port varies) and an answer's milliseconds.
    /// Nothing else is filtered.
    pub fn shown(&self) -> String {
        let mut text = format!("exit {}\n", self.code);
        for (name, out) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            text.push_str(&format!("--- {name}\n{out}"));
            if !out.is_empty() && !out.ends_with('\n') {
                text.push_str("\n(no line break at the end)\n");
            }
        }
        if !self.home.is_empty() {
            text = text.replace(&self.home, "[HOME]");
        }
        varying(&placeholders(&text))
    }

    /// Asserts the whole run, as `shown` writes it, against `expected` (a `str![[...]]` written
    /// in the test, which `SNAPSHOTS=overwrite cargo test` rewrites on purpose).
    #[track_caller]
    pub fn is(&self, expected: impl snapbox::IntoData) {
        same(self.shown(), expected);
    }

    /// Asserts the exit status and the whole of stdout and stderr.
    #[track_caller]
    pub fn expect(&self, code: i32, stdout: &str, stderr: &str) {
        assert_eq!(
            (self.code, self.stdout.as_str(), self.stderr.as_str()),
            (code, stdout, stderr),
            "exit status, stdout and stderr"
        );
    }

    /// stdout parsed as JSON Lines.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
            .collect()
    }

    /// Asserts that no 16-character piece of any of `secrets` (or of their percent-encoded
    /// forms) is in stdout, stderr or `journal`. Every run of `Env::run` is checked so, for
    /// every credential it was given or a watched server received.
    #[track_caller]
    pub fn assert_no_pieces_of(&self, secrets: &[String], journal: &str) {
        for secret in secrets {
            for form in [secret.clone(), crate::sig::encode_component(secret)] {
                let chars: Vec<char> = form.chars().collect();
                for piece in chars.windows(16.min(chars.len())) {
                    let piece: String = piece.iter().collect();
                    for (name, text) in [
                        ("stdout", self.stdout.as_str()),
                        ("stderr", self.stderr.as_str()),
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

    /// Asserts that no piece of `secrets` (see `assert_no_pieces_of`) is in the output: for
    /// what a test made itself, beyond what every run is checked for.
    #[track_caller]
    pub fn assert_no_secrets(&self, secrets: &[&str]) {
        let secrets: Vec<String> = secrets
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| s.to_string())
            .collect();
        self.assert_no_pieces_of(&secrets, "");
    }
}

/// The text of every journal under `home` (`*.jsonl`, and what was moved aside).
fn journals(home: &Path) -> String {
    let mut text = String::new();
    let mut dirs = vec![home.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => dirs.push(p),
                Ok(t) if t.is_file() && p.to_string_lossy().contains(".jsonl") => {
                    text.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
                }
                _ => {}
            }
        }
    }
    text
}

/// A clean environment: its own HOME and config dir, no proxies, no TIMPUSH_* from outside.
pub struct Env {
    pub home: tempfile::TempDir,
    pub vars: Vec<(String, String)>,
    /// The servers this environment points at: every run is checked for each UserSig they
    /// received.
    watched: Vec<Arc<State>>,
}

impl Env {
    pub fn new() -> Env {
        Env {
            home: tempfile::tempdir().unwrap(),
            vars: Vec::new(),
            watched: Vec::new(),
        }
    }

    /// A clean environment pointed at `server` with the sentinel key in the variable.
    pub fn for_server(server: &Server) -> Env {
        let mut e = Env::new();
        e.watch(server);
        e.set("TIMPUSH_ENDPOINT", &server.base)
            .set("TIMPUSH_SDKAPPID", &SDKAPPID.to_string())
            .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
        if let Some(ca) = &server.ca_file {
            e.set("TIMPUSH_CA_BUNDLE", ca.to_str().unwrap());
        }
        e
    }

    /// Every run in this environment is checked for each UserSig `server` received.
    pub fn watch(&mut self, server: &Server) -> &mut Env {
        self.watched.push(server.state.clone());
        self
    }

    /// The same home, with no variables set.
    pub fn bare(self) -> Env {
        Env {
            home: self.home,
            vars: Vec::new(),
            watched: self.watched,
        }
    }

    /// What no output of a run here may hold: the sentinel key, every credential given by a
    /// variable, and every UserSig a watched server received (raw and decoded).
    fn credentials(&self) -> Vec<String> {
        let mut all = vec![SENTINEL_KEY.to_string()];
        for (k, v) in &self.vars {
            if matches!(
                k.as_str(),
                "TIMPUSH_SECRET_KEY"
                    | "TIMPUSH_USERSIG"
                    | "TIMPUSH_EMULATOR_SECRET_KEY"
                    | "TIMPUSH_CALLBACK_TOKEN"
            ) {
                all.push(v.clone());
            }
        }
        for st in &self.watched {
            for r in st.requests.lock().unwrap().iter() {
                if let Some(sig) = r.param("usersig") {
                    all.push(sig.to_string());
                }
                all.push(r.raw_usersig());
            }
        }
        all.retain(|s| !s.is_empty());
        all.sort();
        all.dedup();
        all
    }

    pub fn set(&mut self, k: &str, v: &str) -> &mut Env {
        self.vars.retain(|(kk, _)| kk != k);
        self.vars.push((k.into(), v.into()));
        self
    }

    pub fn unset(&mut self, k: &str) -> &mut Env {
        self.vars.retain(|(kk, _)| kk != k);
        self
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Writes the default config file ($HOME/.config/timpush/config.toml), mode 600.
    pub fn write_config(&self, text: &str) -> PathBuf {
        let dir = self.home().join(".config/timpush");
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("config.toml");
        write_private(&p, text);
        p
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, None)
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&str>) -> Run {
        let mut cmd = self.command(args);
        cmd.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = cmd.spawn().unwrap();
        // Written from a thread, and a reader that stops early (at a size cap) is no error.
        let writer = stdin.map(|input| {
            let mut pipe = child.stdin.take().unwrap();
            let input = input.to_string();
            std::thread::spawn(move || {
                let _ = pipe.write_all(input.as_bytes());
            })
        });
        let out = child.wait_with_output().unwrap();
        if let Some(w) = writer {
            w.join().unwrap();
        }
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            home: self.home().display().to_string(),
        };
        run.assert_no_pieces_of(&self.credentials(), &journals(self.home()));
        run
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_timpush"));
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.home())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.vars {
            cmd.env(k, v);
        }
        cmd
    }
}

/// A port on 127.0.0.1 whose listener never accepts and whose queue is full: a connection to it
/// cannot complete, as with a host that drops packets. Keep the returned value alive.
pub fn blackhole() -> (u16, Vec<std::net::TcpStream>, i32) {
    // SAFETY: plain socket calls on a socket this function owns.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM, 0);
        let mut addr: libc::sockaddr_in = std::mem::zeroed();
        addr.sin_family = libc::AF_INET as libc::sa_family_t;
        addr.sin_addr.s_addr = u32::from_ne_bytes([127, 0, 0, 1]);
        assert_eq!(
            libc::bind(
                fd,
                &addr as *const _ as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_in>() as u32
            ),
            0
        );
        assert_eq!(libc::listen(fd, 0), 0);
        let mut len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        libc::getsockname(fd, &mut addr as *mut _ as *mut libc::sockaddr, &mut len);
        let port = u16::from_be(addr.sin_port);
        let mut fill = Vec::new();
        for _ in 0..3 {
            if let Ok(s) = std::net::TcpStream::connect_timeout(
                &([127, 0, 0, 1], port).into(),
                Duration::from_millis(300),
            ) {
                fill.push(s);
            }
        }
        (port, fill, fd)
    }
}

/// A port on 127.0.0.1 where nothing listens: a connection to it is refused.
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A clean environment whose endpoint refuses connections.
pub fn refusing_env() -> Env {
    let mut env = Env::new();
    env.set(
        "TIMPUSH_ENDPOINT",
        &format!("http://127.0.0.1:{}", closed_port()),
    )
    .set("TIMPUSH_SDKAPPID", "1400000000")
    .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    env
}

/// `timpush emulator` in a child process, stopped with SIGTERM when dropped.
pub struct EmulatorProcess {
    pub child: std::process::Child,
    /// The base URL it printed first.
    pub url: String,
    _env: Env,
}

impl EmulatorProcess {
    /// Starts one on a free port checking UserSigs with `key`; its log is discarded.
    pub fn start(key: &str, args: &[&str]) -> EmulatorProcess {
        let mut env = Env::new();
        env.set("TIMPUSH_EMULATOR_SECRET_KEY", key);
        let mut all = vec!["emulator", "--listen", "127.0.0.1:0"];
        all.extend_from_slice(args);
        let mut child = env
            .command(&all)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut url = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut url)
            .unwrap();
        EmulatorProcess {
            child,
            url: url.trim().to_string(),
            _env: env,
        }
    }

    /// A clean environment for timpush pointed at it with `key`.
    pub fn client(&self, key: &str) -> Env {
        let mut env = Env::new();
        env.set("TIMPUSH_ENDPOINT", &self.url)
            .set("TIMPUSH_SDKAPPID", "1400000000")
            .set("TIMPUSH_SECRET_KEY", key);
        env
    }
}

impl Drop for EmulatorProcess {
    fn drop(&mut self) {
        // SAFETY: signalling our own child process.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

/// A PostgreSQL server of the test's own on 127.0.0.1 (a fresh cluster in a temporary folder,
/// trusting local connections; as root it runs as Debian's `postgres` user, since PostgreSQL
/// refuses to run as root). `.ci/run` installs PostgreSQL when it is missing.
pub struct Postgres {
    child: Child,
    _dir: tempfile::TempDir,
    port: u16,
}

impl Postgres {
    pub fn start() -> Postgres {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path().join("bin"))
            .filter(|b| b.join("initdb").exists())
            .max()
            .expect("PostgreSQL's server is not installed (.ci/run installs it: apt-get install postgresql)");
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        // SAFETY: geteuid reads the process's user id and cannot fail.
        let root = unsafe { libc::geteuid() } == 0;
        let run_as = |program: &Path| -> Command {
            if root {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(program);
                c
            } else {
                Command::new(program)
            }
        };
        if root {
            let ok = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .unwrap();
            assert!(ok.success());
        }
        let out = run_as(&bin.join("initdb"))
            .args([
                "-A",
                "trust",
                "-U",
                "timpush",
                "-E",
                "UTF8",
                "--no-sync",
                "-D",
            ])
            .arg(&data)
            .output()
            .unwrap();
        assert!(out.status.success(), "initdb: {out:?}");
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let child = run_as(&bin.join("postgres"))
            .arg("-D")
            .arg(&data)
            .args(["-p", &port.to_string(), "-h", "127.0.0.1", "-F", "-k"])
            .arg(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let pg = Postgres {
            child,
            _dir: dir,
            port,
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let ready = run_as(&bin.join("pg_isready"))
                .args([
                    "-h",
                    "127.0.0.1",
                    "-p",
                    &port.to_string(),
                    "-U",
                    "timpush",
                    "-q",
                ])
                .status()
                .is_ok_and(|s| s.success());
            if ready {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "PostgreSQL did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        pg
    }

    /// The URL of its database, with a password (trust lets any through) that the output must
    /// never show.
    pub fn url(&self, password: &str) -> String {
        format!(
            "postgres://timpush:{password}@127.0.0.1:{}/postgres",
            self.port
        )
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // SAFETY: signalling the server this test started (through runuser as root, which passes
        // SIGTERM on).
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

/// What an emulator on `url` (plain HTTP) says of its state: `GET /_emulator/state`.
pub fn emulator_state(url: &str) -> serde_json::Value {
    use std::io::{Read, Write};
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.write_all(
        format!("GET /_emulator/state HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    )
    .unwrap();
    let mut all = String::new();
    s.read_to_string(&mut all).unwrap();
    serde_json::from_str(all.split("\r\n\r\n").nth(1).unwrap_or("")).unwrap()
}

/// Writes a file readable by its owner only.
pub fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    set_mode(path, 0o600);
}

pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// True when the process died by SIGINT, as an interrupted timpush does after its report (so
/// that a shell loop around it stops; a shell shows it as exit status 130).
pub fn died_by_sigint(status: &std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(libc::SIGINT) && status.code().is_none()
}

/// Waits (at most 20 s, a hang) until the server has seen `n` requests.
pub fn wait_for_requests(server: &Server, n: usize) {
    for _ in 0..2000 {
        if server.requests().len() >= n {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the server never saw {n} request(s)");
}

/// stderr line by line from a thread, so a test can wait for one line.
pub fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let err = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(err);
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

pub fn sigint(child: &Child) {
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
}

pub const NOTICE: &str = "timpush: interrupted: waiting for the call that is out to end, then stopping (Ctrl-C again to stop at once; that call's outcome is then unknown)\n";
pub const AGAIN: &str = "timpush: interrupted again; stopping now\n";

/// Runs `args` (JSON output), answers the first `answered` requests as scripted, stalls the next
/// one, and presses Ctrl-C twice while it is out: (stdout, stderr after the notices).
pub fn two_ctrl_c(server: &Server, env: &Env, args: &[&str], answered: usize) -> (String, String) {
    server.push([Reply::Stall(Duration::from_secs(30))]);
    let mut child = env.command(args).stdin(Stdio::null()).spawn().unwrap();
    let lines = lines_of(&mut child);
    wait_for_requests(server, answered + 1);
    sigint(&child);
    // The first Ctrl-C is acknowledged at once, the call still out.
    let mut before = String::new();
    loop {
        let line = lines
            .recv_timeout(Duration::from_secs(20))
            .expect("the notice");
        if line == NOTICE {
            break;
        }
        before.push_str(&line);
    }
    sigint(&child);
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(died_by_sigint(&status), "{status:?}");
    let mut stderr = before;
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(20)) {
        stderr.push_str(&line);
    }
    assert_eq!(
        server.requests().len(),
        answered + 1,
        "nothing more was sent"
    );
    (stdout, stderr)
}

/// Waits (at most 20 s, a hang) for a line of `lines` that starts with `start`; returns the
/// lines read until then, that one included.
pub fn wait_for_line(lines: &std::sync::mpsc::Receiver<String>, start: &str) -> String {
    let mut seen = String::new();
    loop {
        let line = lines
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no line starting {start:?} came; before it:\n{seen}"));
        seen.push_str(&line);
        if line.starts_with(start) {
            return seen;
        }
    }
}

/// The rest of `lines`, to the end of the stream.
pub fn rest_of(lines: &std::sync::mpsc::Receiver<String>) -> String {
    let mut rest = String::new();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(20)) {
        rest.push_str(&line);
    }
    rest
}

/// `timpush demo` in a fresh home, run once for every test that reads it.
pub fn demo_run() -> &'static Run {
    static DEMO: std::sync::OnceLock<Run> = std::sync::OnceLock::new();
    DEMO.get_or_init(|| Env::new().run(&["demo"]))
}

/// Output with what varies from run to run written as placeholders: each TaskId as
/// `[TASK1]`, `[TASK2]`… in the order they first appear, times as `[TIME]`, loopback ports as
/// `[PORT]`, the demo's temporary folder as `[DEMO]`. Nothing else is touched.
pub fn placeholders(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut tasks: Vec<String> = Vec::new();
    let hex = |c: u8| c.is_ascii_digit() || (b'a'..=b'f').contains(&c);
    let mut i = 0;
    while i < b.len() {
        let rest = &text[i..];
        // A TaskId: five runs of hex digits joined by underscores.
        let mut j = i;
        let mut fields = 0;
        while fields < 5 {
            let start = j;
            while j < b.len() && hex(b[j]) {
                j += 1;
            }
            if j == start {
                break;
            }
            fields += 1;
            if fields < 5 && j < b.len() && b[j] == b'_' {
                j += 1;
            } else {
                break;
            }
        }
        if fields == 5
            && (j == b.len() || !b[j].is_ascii_alphanumeric())
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        {
            let id = &text[i..j];
            let n = match tasks.iter().position(|t| t == id) {
                Some(n) => n + 1,
                None => {
                    tasks.push(id.to_string());
                    tasks.len()
                }
            };
            out.push_str(&format!("[TASK{n}]"));
            i = j;
            continue;
        }
        // A time: YYYY-MM-DD HH:MM:SS, with its zone when one follows.
        let shape = "dddd-dd-dd dd:dd:dd";
        if rest.len() >= shape.len()
            && rest.bytes().zip(shape.bytes()).all(|(c, s)| {
                if s == b'd' {
                    c.is_ascii_digit()
                } else {
                    c == s
                }
            })
        {
            let mut k = i + shape.len();
            let zone = " +dd:dd";
            let after = &text[k..];
            if after.len() >= zone.len()
                && after.bytes().zip(zone.bytes()).all(|(c, s)| {
                    if s == b'd' {
                        c.is_ascii_digit()
                    } else {
                        c == s || (s == b'+' && c == b'-')
                    }
                })
            {
                k += zone.len();
            }
            out.push_str("[TIME]");
            i = k;
            continue;
        }
        if let Some(r) = rest.strip_prefix("127.0.0.1:")
            && r.starts_with(|c: char| c.is_ascii_digit())
        {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            out.push_str("127.0.0.1:[PORT]");
            i += "127.0.0.1:".len() + digits;
            continue;
        }
        if let Some(r) = rest.strip_prefix("/timpush-demo-") {
            let name = r.bytes().take_while(|c| c.is_ascii_alphanumeric()).count();
            // The folder the demo was given (/tmp or TMPDIR) goes with it.
            let parent = out.rfind(|c: char| c.is_whitespace()).map_or(0, |p| p + 1);
            out.truncate(parent);
            out.push_str("[DEMO]");
            i += "/timpush-demo-".len() + name;
            continue;
        }
        let c = rest.chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// What `out` gives (a terminal's output, which has no line breaks after a prompt), read byte by
/// byte: each message is all of it so far.
pub fn all_so_far(out: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        let mut r = std::io::BufReader::new(out);
        let mut buf = Vec::new();
        let mut byte = [0u8; 1];
        while r.read(&mut byte).unwrap_or(0) == 1 {
            buf.push(byte[0]);
            let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
        }
    });
    rx
}

/// `text` with what a real network and a real clock make different at each run written as
/// placeholders: `random=[RANDOM]` and `"MsgRandom":[RANDOM]` (the nonces of a request), `/[HASH].pace` (the pace
/// file, named by a hash of the endpoint and its port), `in [MS] ms` (an answer's time) and
/// `not-attempted/[STAMP].txt` (a list named by the time and the process id).
pub fn varying(text: &str) -> String {
    // (what comes before, what the varying run is made of, what must follow, the placeholder)
    type Rule = (&'static str, fn(char) -> bool, &'static str, &'static str);
    let rules: [Rule; 5] = [
        ("random=", |c| c.is_ascii_digit(), "", "[RANDOM]"),
        ("\"MsgRandom\":", |c| c.is_ascii_digit(), "", "[RANDOM]"),
        ("/", |c| c.is_ascii_hexdigit(), ".pace", "[HASH]"),
        (" in ", |c| c.is_ascii_digit(), " ms", "[MS]"),
        (
            "not-attempted/",
            |c| c.is_ascii_digit() || c == '-',
            ".txt",
            "[STAMP]",
        ),
    ];
    let mut out = String::new();
    let mut rest = text;
    'scan: while !rest.is_empty() {
        for (before, part, after, name) in rules {
            if let Some(r) = rest.strip_prefix(before) {
                let n = r.find(|c: char| !part(c)).unwrap_or(r.len());
                if n > 0 && r[n..].starts_with(after) {
                    out.push_str(before);
                    out.push_str(name);
                    out.push_str(after);
                    rest = &r[n + after.len()..];
                    continue 'scan;
                }
            }
        }
        let c = rest.chars().next().unwrap();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Checks `text` (placeholders put in) against the committed `tests/NAME`, exactly (no
/// wildcards); `SNAPSHOTS=overwrite cargo test` writes it instead.
#[track_caller]
pub fn transcript(name: &str, text: &str) {
    same_as_file(placeholders(text), name);
}

/// `bash -c SCRIPT` in `env`'s home with `timpush` on the PATH (a link to the binary under
/// test), nothing else of the environment but `HOME` and `NO_COLOR`, and no standard input.
pub fn bash_with_timpush(env: &Env, flags: &str, script: &str) -> std::process::Command {
    let bin_dir = env.home().join("bin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    let link = bin_dir.join("timpush");
    if !link.exists() {
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_timpush"), link).unwrap();
    }
    let mut cmd = std::process::Command::new("bash");
    cmd.arg(flags)
        .arg(script)
        .current_dir(env.home())
        .env_clear()
        .env(
            "PATH",
            format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap()),
        )
        .env("HOME", env.home())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null());
    cmd
}

/// The automatic credential check finds a 16-character piece in stdout, in stderr, in a
/// journal, and percent-encoded; 15 characters are let through.
#[test]
fn the_credential_check_finds_every_piece() {
    let secret = "k3y/with+signs=and-more-text-0123456789".to_string();
    let run = |stdout: &str, stderr: &str| Run {
        code: 0,
        stdout: stdout.into(),
        stderr: stderr.into(),
        home: String::new(),
    };
    let caught = |r: Run, journal: &str| {
        let s = [secret.clone()];
        let journal = journal.to_string();
        std::panic::catch_unwind(move || r.assert_no_pieces_of(&s, &journal)).is_err()
    };
    let piece = &secret[5..21];
    assert!(caught(run(piece, ""), ""));
    assert!(caught(run("", &format!("<{piece}>")), ""));
    assert!(caught(run("", ""), piece));
    assert!(caught(
        run(&crate::sig::encode_component(&secret)[4..20], ""),
        ""
    ));
    assert!(!caught(
        run(&secret[5..20], &secret[20..35]),
        &secret[0..15]
    ));
}

/// Runs `timpush ARGS` on a terminal (`script`) in `env`, and goes through `steps` in order:
/// each waits for its text to show after the last one's, then types its answer (and Enter)
/// when it has one. The exit status and what the terminal showed (line ends as `\n`).
pub fn converse(env: &Env, args: &str, steps: &[(&str, Option<&str>)]) -> (Option<i32>, String) {
    use std::io::Write;
    let bin = env!("CARGO_BIN_EXE_timpush");
    let mut child = Command::new("script")
        .args(["-qefc", &format!("{bin} {args}"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let rx = all_so_far(child.stdout.take().unwrap());
    let mut seen = String::new();
    let mut read_up_to = 0;
    for (text, answer) in steps {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(at) = seen[read_up_to..].find(text) {
                read_up_to += at + text.len();
                break;
            }
            match rx.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now())) {
                Ok(s) => seen = s,
                Err(_) => panic!("no {text:?} after byte {read_up_to} of: {seen}"),
            }
        }
        if let Some(answer) = answer {
            stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
            stdin.flush().unwrap();
        }
    }
    let status = child.wait().unwrap();
    // The rest of what the terminal shows, once the child is gone.
    while let Ok(s) = rx.recv_timeout(Duration::from_secs(2)) {
        seen = s;
    }
    (status.code(), seen.replace("\r\n", "\n"))
}
