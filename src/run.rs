//! The seams of a run: what the process was given (arguments, environment), where its output
//! goes (stdout, stderr, stdin and whether each is a terminal), its clock, and its network.
//!
//! A command takes all four from the run it belongs to, never from the process directly. The
//! binary runs with [`Run::process`]; a test runs a whole command line in process against a
//! [`Run`] of its own: captured output, a clock that only moves when the run waits (pacing and
//! backoff cost no time), and a scripted service in place of HTTP (see `testkit`).
//!
//! The run is the thread's: [`enter`] makes one current for the length of a call, and every
//! thread without one (the process's own, the Ctrl-C handler's) uses the process run.

use std::cell::Cell;
use std::io::{BufRead, IsTerminal, Write};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::client::clock::{Clock, SystemClock};
use crate::client::transport::{CaBundle, HttpAnswer, Probe, SendFault, Transport};
use crate::client::url::RequestUrl;
use crate::error::Failure;

/// One of the three standard streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

/// Where output goes and input comes from.
pub(crate) trait Sink: Send + Sync {
    /// Writes and flushes bytes on stdout.
    fn stdout(&self, bytes: &[u8]) -> std::io::Result<()>;
    /// Writes and flushes bytes on stderr; a failure is ignored (nowhere left to say it).
    fn stderr(&self, bytes: &[u8]);
    /// Standard input, read once.
    fn stdin(&self) -> Box<dyn BufRead + '_>;
    /// Whether the stream is a terminal.
    fn terminal(&self, stream: Stream) -> bool;
    /// Whether stdout is a regular file (results cannot share the screen with progress).
    fn stdout_is_file(&self) -> bool;
}

/// An open connection to the service.
pub(crate) trait Link {
    /// POSTs `body` as JSON, within `remaining`.
    fn post_json(
        &self,
        url: &RequestUrl,
        body: &str,
        remaining: Duration,
    ) -> Result<HttpAnswer, SendFault>;
    /// Any answer from `base`, for doctor's network and clock checks.
    fn probe(&self, base: &str, timeout: Duration) -> Result<Probe, SendFault>;
    /// The time spent so far setting up connections (TCP, TLS, a proxy's tunnel), for
    /// `TIMPUSH_TIMINGS`.
    fn handshake_time(&self) -> Duration {
        Duration::ZERO
    }
}

/// Opens connections.
pub(crate) trait Net: Send + Sync {
    /// The client for `endpoint`, trusting `ca_bundle` when given.
    fn connect(
        &self,
        ca_bundle: Option<&CaBundle>,
        endpoint: &str,
    ) -> Result<Box<dyn Link>, Failure>;
}

/// Reads an environment variable.
pub(crate) type EnvLookup = Box<dyn Fn(&str) -> Option<String> + Send + Sync>;

pub(crate) struct Run {
    /// The arguments after the program's name.
    pub args: Vec<String>,
    env: EnvLookup,
    pub clock: Box<dyn Clock + Send + Sync>,
    pub net: Box<dyn Net>,
    pub sink: Box<dyn Sink>,
    /// The `random` of each request.
    pub random: Box<dyn Fn() -> u32 + Send + Sync>,
    /// Set once a write to stdout failed: nothing more is sent.
    pub stdout_lost: AtomicBool,
    /// The command changes nothing (or runs inside one that does not, as the demo's commands
    /// do): a reader that leaves early ends it quietly.
    pub quiet_pipe: AtomicBool,
    /// Set when stdout's reader left early (a broken pipe) in such a run.
    pub reader_left: AtomicBool,
    /// A secret key the caller made for this run (the demo's, for its emulator), and what made
    /// it: the credential then, whatever the environment and profile say.
    pub made_key: Option<(crate::secret::Secret, &'static str)>,
    /// Under GitHub Actions: what the run said (results and messages, scrubbed), for the step
    /// summary written at its end. `None` elsewhere.
    pub transcript: std::sync::Mutex<Option<Vec<String>>>,
    /// This invocation's id in the journal (every entry it writes carries it).
    run_id: std::sync::OnceLock<String>,
    /// The zone local times are read and shown in, found when first needed.
    pub zone: std::sync::OnceLock<crate::zone::Zone>,
    /// Reads the `tz` setting for the profile the command line chose (the variable, else the
    /// profile's key); set once the command line is parsed.
    pub tz_setting: std::sync::OnceLock<Box<dyn Fn() -> Option<String> + Send + Sync>>,
}

impl Run {
    pub(crate) fn new(
        args: Vec<String>,
        env: EnvLookup,
        clock: Box<dyn Clock + Send + Sync>,
        net: Box<dyn Net>,
        sink: Box<dyn Sink>,
        random: Box<dyn Fn() -> u32 + Send + Sync>,
    ) -> Run {
        Run {
            args,
            env,
            clock,
            net,
            sink,
            random,
            stdout_lost: AtomicBool::new(false),
            quiet_pipe: AtomicBool::new(false),
            reader_left: AtomicBool::new(false),
            made_key: None,
            transcript: std::sync::Mutex::new(None),
            run_id: std::sync::OnceLock::new(),
            zone: std::sync::OnceLock::new(),
            tz_setting: std::sync::OnceLock::new(),
        }
    }

    /// The process's run: its arguments and environment, the system clock, HTTP, and the
    /// standard streams.
    pub(crate) fn process() -> &'static Run {
        static PROCESS: LazyLock<Run> = LazyLock::new(|| {
            Run::new(
                std::env::args_os()
                    .skip(1)
                    .map(|a| a.to_string_lossy().into_owned())
                    .collect(),
                Box::new(|name| std::env::var(name).ok()),
                Box::new(SystemClock),
                Box::new(Http),
                Box::new(Standard),
                Box::new(rand::random::<u32>),
            )
        });
        &PROCESS
    }

    #[cfg(feature = "emulator")]
    /// A run inside `parent` (the demo's commands): its own arguments, `vars` over the
    /// parent's variables (an empty one counts as unset), and the parent's clock, network and
    /// streams; what it writes on stdout is also kept, for the caller to read.
    pub(crate) fn nested(
        parent: &'static Run,
        args: Vec<String>,
        vars: Vec<(String, String)>,
    ) -> (Run, std::sync::Arc<std::sync::Mutex<Vec<u8>>>) {
        let kept = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let quiet = parent.quiet_pipe.load(Ordering::SeqCst);
        let run = Run::new(
            args,
            Box::new(move |name| match vars.iter().find(|(k, _)| k == name) {
                Some((_, v)) => Some(v.clone()),
                None => parent.var(name),
            }),
            Box::new(Within(parent)),
            Box::new(Within(parent)),
            Box::new(Tee {
                parent,
                kept: kept.clone(),
            }),
            Box::new(move || (parent.random)()),
        );
        run.quiet_pipe.store(quiet, Ordering::SeqCst);
        (run, kept)
    }

    /// This invocation's id: the time it started and a random number, in hex (`69373a1c-5f0e…`).
    pub(crate) fn id(&self) -> String {
        self.run_id
            .get_or_init(|| {
                let start = self
                    .clock
                    .wall()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0);
                format!("{start:x}-{:016x}", rand::random::<u64>())
            })
            .clone()
    }

    /// A variable of the run's environment; empty counts as unset.
    pub(crate) fn var(&self, name: &str) -> Option<String> {
        (self.env)(name).filter(|v| !v.is_empty())
    }
}

thread_local! {
    static CURRENT: Cell<Option<&'static Run>> = const { Cell::new(None) };
}

/// The thread's run, or the process's.
pub(crate) fn current() -> &'static Run {
    CURRENT.with(|c| c.get()).unwrap_or_else(Run::process)
}

/// Runs `f` with `run` as the thread's run.
pub(crate) fn enter<T>(run: &'static Run, f: impl FnOnce() -> T) -> T {
    struct Leave(Option<&'static Run>);
    impl Drop for Leave {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _leave = Leave(CURRENT.with(|c| c.replace(Some(run))));
    f()
}

/// Seconds since the Unix epoch, by the run's clock.
pub(crate) fn now_unix() -> i64 {
    let wall = current().clock.wall();
    match wall.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

/// True once `run` could no longer deliver its results.
#[cfg(feature = "emulator")]
pub(crate) fn stdout_lost_in(run: &Run) -> bool {
    run.stdout_lost.load(Ordering::SeqCst)
}

/// True once results can no longer be delivered.
pub(crate) fn stdout_lost() -> bool {
    current().stdout_lost.load(Ordering::SeqCst)
}

/// The seams of an enclosing run, lent to a nested one.
#[cfg(feature = "emulator")]
struct Within(&'static Run);

#[cfg(feature = "emulator")]
impl Clock for Within {
    fn now(&self) -> std::time::Instant {
        self.0.clock.now()
    }
    fn wall(&self) -> std::time::SystemTime {
        self.0.clock.wall()
    }
    fn sleep(&self, d: Duration) {
        self.0.clock.sleep(d)
    }
    fn jitter(&self) -> f64 {
        self.0.clock.jitter()
    }
}

#[cfg(feature = "emulator")]
impl Net for Within {
    fn connect(
        &self,
        ca_bundle: Option<&CaBundle>,
        endpoint: &str,
    ) -> Result<Box<dyn Link>, Failure> {
        self.0.net.connect(ca_bundle, endpoint)
    }
}

/// The enclosing run's streams, with stdout also kept.
#[cfg(feature = "emulator")]
struct Tee {
    parent: &'static Run,
    kept: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
}

#[cfg(feature = "emulator")]
impl Sink for Tee {
    fn stdout(&self, bytes: &[u8]) -> std::io::Result<()> {
        if let Ok(mut k) = self.kept.lock() {
            k.extend_from_slice(bytes);
        }
        self.parent.sink.stdout(bytes)
    }
    fn stderr(&self, bytes: &[u8]) {
        self.parent.sink.stderr(bytes)
    }
    fn stdin(&self) -> Box<dyn BufRead + '_> {
        self.parent.sink.stdin()
    }
    fn terminal(&self, stream: Stream) -> bool {
        self.parent.sink.terminal(stream)
    }
    fn stdout_is_file(&self) -> bool {
        self.parent.sink.stdout_is_file()
    }
}

/// The process's standard streams.
struct Standard;

impl Sink for Standard {
    fn stdout(&self, bytes: &[u8]) -> std::io::Result<()> {
        let mut o = std::io::stdout().lock();
        o.write_all(bytes).and_then(|_| o.flush())
    }
    fn stderr(&self, bytes: &[u8]) {
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(bytes).and_then(|_| e.flush());
    }
    fn stdin(&self) -> Box<dyn BufRead + '_> {
        Box::new(std::io::stdin().lock())
    }
    fn terminal(&self, stream: Stream) -> bool {
        match stream {
            Stream::Stdin => std::io::stdin().is_terminal(),
            Stream::Stdout => std::io::stdout().is_terminal(),
            Stream::Stderr => std::io::stderr().is_terminal(),
        }
    }
    fn stdout_is_file(&self) -> bool {
        crate::os::stdout_is_regular_file()
    }
}

/// HTTPS (and HTTP to loopback) with ureq.
struct Http;

impl Net for Http {
    fn connect(
        &self,
        ca_bundle: Option<&CaBundle>,
        endpoint: &str,
    ) -> Result<Box<dyn Link>, Failure> {
        Ok(Box::new(Transport::new(ca_bundle, endpoint)?))
    }
}

impl Link for Transport {
    fn post_json(
        &self,
        url: &RequestUrl,
        body: &str,
        remaining: Duration,
    ) -> Result<HttpAnswer, SendFault> {
        Transport::post_json(self, url, body, remaining)
    }
    fn probe(&self, base: &str, timeout: Duration) -> Result<Probe, SendFault> {
        Transport::probe(self, base, timeout)
    }
    fn handshake_time(&self) -> Duration {
        Transport::handshake_time(self)
    }
}
