//! Pacing: the service allows each REST command a number of calls a second per app. One pacer
//! per (endpoint, SDKAppID, command) keeps calls that far apart, across tasks, retries and
//! every timpush process of the same user on this machine.
//!
//! The processes share a small file per (endpoint, SDKAppID, command) in the user's runtime
//! folder, holding when the last call ended. A process takes an advisory lock on it (released
//! by the system if the process dies), waits until the interval has passed since that time,
//! sends, records the end, and lets go. A time in the future or text that is not a time is
//! ignored and written anew. Without a usable folder, calls are paced within the process.
//!
//! The interval runs from the end of the previous call (its answer, or its failure), not its
//! start: a first call that also opened the connection reaches the service later than it
//! started, so start-to-start pacing could land two calls less than an interval apart.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::client::clock::{Clock, sleep_unless_interrupted};
use crate::signals::interrupted;

/// The least time between two calls of `command` for one app, from the table of REST commands
/// (docs/service.md 7). Commands the table does not have (`timpush api` can call any) are not
/// paced.
pub(crate) fn interval(command: &str) -> Duration {
    crate::rest::find(command).map_or(Duration::ZERO, |r| r.interval)
}

/// Why no turn was had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    Interrupted,
    /// The deadline would pass first: how long was waited, and the process whose call was out
    /// while this one waited, if one was.
    Deadline(Duration, Option<u32>),
}

/// The right to make one call now. The shared lock is not held: another process sees the call
/// out in the state file.
#[derive(Debug)]
pub(crate) struct Turn {
    shared: bool,
}

/// The shared state file of one (endpoint, SDKAppID, command).
#[derive(Debug)]
struct Shared {
    file: File,
}

/// What the state file says.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct State {
    /// When the last call ended.
    last_end: Option<SystemTime>,
    /// The process that made it (none in a file an older timpush wrote).
    last_by: Option<u32>,
    /// A call is out: the process that made it, and the time by which it ends at the latest
    /// (that process's deadline).
    busy: Option<(u32, SystemTime)>,
}

#[derive(Debug)]
pub(crate) struct Pacer {
    interval: Duration,
    /// When this process's last call ended.
    last_end: Option<Instant>,
    shared: Option<Shared>,
    /// Where `--verbose` lines go: where pacing is kept, and each wait.
    rep: Box<dyn Say>,
    /// Calls overlap (`rest::Rest::overlap`): starts are spaced, ends do not matter, and the
    /// pace is shared by every pacer of the same key in this process (one per connection).
    overlap: Option<String>,
}

/// Where the client's lines for people go: `--verbose` lines, warnings and notes on stderr.
pub(crate) trait Say: std::fmt::Debug + Send {
    fn debug(&self, text: &str);
    fn warn(&self, text: &str);
    fn note(&self, text: &str);
}

/// Says nothing.
#[derive(Debug)]
struct Silent;

impl Say for Silent {
    fn debug(&self, _: &str) {}
    fn warn(&self, _: &str) {}
    fn note(&self, _: &str) {}
}

/// The longest the state file's lock is waited for: it is only ever held to read and write a
/// line, never across a call.
const LOCK_PATIENCE: Duration = Duration::from_secs(2);

/// The last start of each overlapping command in this process, by pace key (see
/// [`Pacer::acquire_start`]).
static STARTS: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<String, Instant>>> =
    std::sync::LazyLock::new(Default::default);

impl Pacer {
    /// A pacer for this process alone.
    pub(crate) fn local(interval: Duration) -> Pacer {
        Pacer {
            interval,
            last_end: None,
            shared: None,
            rep: Box::new(Silent),
            overlap: None,
        }
    }

    /// A pacer shared by every process of this user, for `command` of one app at one endpoint,
    /// through a state file in `dir`; this process alone when there is no folder or the state
    /// file cannot be used (said in a warning).
    pub(crate) fn shared(
        dir: Option<PathBuf>,
        endpoint: &str,
        sdkappid: u32,
        command: &str,
        rep: Box<dyn Say>,
    ) -> Pacer {
        let mut p = Pacer::local(interval(command));
        p.rep = rep;
        if p.interval.is_zero() {
            return p;
        }
        if crate::rest::find(command).is_some_and(|r| r.overlap) {
            p.overlap = Some(format!("{}\n{sdkappid}\n{command}", pace_key(endpoint)));
        }
        match open_state(dir, endpoint, sdkappid, command) {
            Ok((file, path)) => {
                p.shared = Some(Shared { file });
                p.rep.debug(&format!(
                    "pacing {command} with other timpush processes through {}",
                    path.display()
                ));
            }
            Err(Unusable::Missing(why)) => p
                .rep
                .debug(&format!("pacing {command} within this process only: {why}")),
            Err(Unusable::Unsafe(why)) => p
                .rep
                .warn(&format!("pacing {command} within this process only: {why}")),
        }
        p
    }

    /// Runs `f` on the state while holding the lock, briefly. `None`: the lock could not be had
    /// (pacing then stays in this process).
    fn with_state<T>(&mut self, clock: &dyn Clock, f: impl FnOnce(&mut State) -> T) -> Option<T> {
        let sh = self.shared.as_mut()?;
        let start = clock.now();
        loop {
            match sh.file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if clock.now() - start < LOCK_PATIENCE => {
                    clock.sleep(Duration::from_millis(5));
                }
                Err(TryLockError::WouldBlock) => {
                    self.rep
                        .debug("pacing within this process only: the state file stayed locked");
                    self.shared = None;
                    return None;
                }
                Err(TryLockError::Error(e)) => {
                    self.rep.debug(&format!(
                        "pacing within this process only: the lock failed ({e})"
                    ));
                    self.shared = None;
                    return None;
                }
            }
        }
        let mut state = read_state(&mut sh.file, clock.wall());
        let before = state;
        let out = f(&mut state);
        if state != before {
            let _ = write_state(&mut sh.file, &state);
        }
        let _ = sh.file.unlock();
        Some(out)
    }

    /// Waits for the turn to call: the interval since the last call ended (here or in another
    /// process), and no other process's call out. Gives up at Ctrl-C, or when the deadline would
    /// pass. The turn is marked in the state file until [`Pacer::finished`].
    pub(crate) fn acquire(&mut self, clock: &dyn Clock, deadline: Instant) -> Result<Turn, Wait> {
        let start = clock.now();
        if self.interval.is_zero() {
            return if interrupted() {
                Err(Wait::Interrupted)
            } else {
                Ok(Turn { shared: false })
            };
        }
        if let Some(key) = self.overlap.clone() {
            return self.acquire_start(&key, clock, deadline);
        }
        let me = std::process::id();
        let interval = self.interval;
        let mut said_busy = None;
        let mut said_wait = false;
        loop {
            if interrupted() {
                return Err(Wait::Interrupted);
            }
            let local_wait = self
                .last_end
                .map(|t| (t + interval).saturating_duration_since(clock.now()))
                .unwrap_or_default();
            // Until then this process's own call would end, at the latest.
            let left = deadline.saturating_duration_since(clock.now());
            let seen = self.with_state(clock, |st| {
                // Read under the lock: another process may have ended a call while we waited.
                let now = clock.wall();
                let until = now + left;
                if let Some((pid, ends)) = st.busy
                    && pid != me
                    && ends > now
                    && process_alive(pid)
                {
                    return Err(pid);
                }
                let since = st.last_end.and_then(|t| now.duration_since(t).ok());
                let shared = since
                    .map(|s| interval.saturating_sub(s))
                    .unwrap_or_default();
                let wait = shared.max(local_wait);
                if wait.is_zero() {
                    st.busy = Some((me, until));
                }
                // The file says which process called last: when it is another, say so.
                let other = !shared.is_zero() && st.last_by.is_some_and(|pid| pid != me);
                Ok((wait, other))
            });
            let (wait, other) = match seen {
                // Pacing stays in this process: the local wait alone.
                None => (local_wait, false),
                Some(Ok(w)) => w,
                Some(Err(pid)) => {
                    if said_busy != Some(pid) {
                        said_busy = Some(pid);
                        self.rep.note(&format!(
                            "waiting for timpush process {pid}, whose call to the service is out (if it was stopped with Ctrl-Z, resume it with fg or end it)"
                        ));
                    }
                    if clock.now() >= deadline {
                        return Err(Wait::Deadline(clock.now() - start, Some(pid)));
                    }
                    let nap = Duration::from_millis(20).min(deadline - clock.now());
                    if !sleep_unless_interrupted(clock, nap) {
                        return Err(Wait::Interrupted);
                    }
                    continue;
                }
            };
            if wait.is_zero() {
                return Ok(Turn {
                    shared: self.shared.is_some(),
                });
            }
            if clock.now() + wait > deadline {
                return Err(Wait::Deadline(clock.now() - start + wait, said_busy));
            }
            if !said_wait {
                said_wait = true;
                self.rep.debug(&format!(
                    "waiting {:.2} s for the service's pace (one call every {:.1} s{})",
                    wait.as_secs_f64(),
                    interval.as_secs_f64(),
                    if other {
                        "; another timpush process called last"
                    } else {
                        ""
                    }
                ));
            }
            if !sleep_unless_interrupted(clock, wait) {
                return Err(Wait::Interrupted);
            }
            if self.shared.is_none() {
                return Ok(Turn { shared: false });
            }
        }
    }

    /// The turn of a call that may overlap others: its start at least the interval after the
    /// last start in this process (any connection) and in every other process (the state
    /// file's time, which then holds starts). The process's lock is held while waiting, so
    /// that starts queue in order.
    fn acquire_start(
        &mut self,
        key: &str,
        clock: &dyn Clock,
        deadline: Instant,
    ) -> Result<Turn, Wait> {
        let begun = clock.now();
        let mut starts = STARTS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let interval = self.interval;
        loop {
            if interrupted() {
                return Err(Wait::Interrupted);
            }
            let now = clock.now();
            // A start after now is another clock's (a test's): not this run's pace.
            let local = starts
                .get(key)
                .filter(|t| **t <= now)
                .map(|t| (*t + interval).saturating_duration_since(now))
                .unwrap_or_default();
            let shared = self
                .with_state(clock, |st| {
                    let wall = clock.wall();
                    let wait = st
                        .last_end
                        .and_then(|t| wall.duration_since(t).ok())
                        .map(|s| interval.saturating_sub(s))
                        .unwrap_or_default();
                    if wait.is_zero() && local.is_zero() {
                        st.last_end = Some(wall);
                        st.last_by = Some(std::process::id());
                    }
                    wait
                })
                .unwrap_or_default();
            let wait = local.max(shared);
            if wait.is_zero() {
                starts.insert(key.to_string(), now);
                return Ok(Turn { shared: false });
            }
            if now + wait > deadline {
                return Err(Wait::Deadline(now - begun + wait, None));
            }
            if !sleep_unless_interrupted(clock, wait) {
                return Err(Wait::Interrupted);
            }
        }
    }

    /// Records the end of a call and lets others have their turn.
    pub(crate) fn finished(&mut self, turn: Turn, clock: &dyn Clock) {
        if self.overlap.is_some() {
            return;
        }
        self.last_end = Some(clock.now());
        if turn.shared {
            let me = std::process::id();
            self.with_state(clock, |st| {
                st.last_end = Some(clock.wall());
                st.last_by = Some(me);
                if st.busy.is_some_and(|(pid, _)| pid == me) {
                    st.busy = None;
                }
            });
        }
    }
}

/// True while process `pid` exists (stopped counts: it may go on).
fn process_alive(pid: u32) -> bool {
    i32::try_from(pid).is_ok_and(crate::os::process_exists)
}

/// Why the shared state cannot be used.
#[derive(Debug)]
#[cfg_attr(not(unix), allow(dead_code))]
enum Unusable {
    /// No folder for it (said with --verbose).
    Missing(String),
    /// Something in the way that another user may have put there (a warning).
    Unsafe(String),
}

/// The state file of this pacer, in a folder only this user can enter. Neither the folder nor
/// the file is reached through a symlink, and each is checked after it is opened.
fn open_state(
    dir: Option<PathBuf>,
    endpoint: &str,
    sdkappid: u32,
    command: &str,
) -> Result<(File, PathBuf), Unusable> {
    let dir = dir.ok_or(Unusable::Missing(
        "no runtime or cache folder is known".into(),
    ))?;
    make_private_dir(&dir)?;
    let key = format!("{}\n{sdkappid}\n{command}", pace_key(endpoint));
    let digest = Sha256::digest(key.as_bytes());
    let name: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(format!("{name}.pace"));
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    let file = opts.open(&path).map_err(|e| {
        let msg = format!("cannot open {} ({e})", path.display());
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return Unusable::Unsafe(format!(
                "{} is a symlink, which timpush does not follow; remove it",
                path.display()
            ));
        }
        Unusable::Missing(msg)
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = file
            .metadata()
            .map_err(|e| Unusable::Missing(format!("cannot read {} ({e})", path.display())))?;
        if !meta.file_type().is_file()
            || meta.uid() != crate::os::euid()
            || meta.mode() & 0o022 != 0
        {
            return Err(Unusable::Unsafe(format!(
                "{} is not a private file of this user's; remove it",
                path.display()
            )));
        }
    }
    Ok((file, path))
}

/// The endpoint as the pacer knows it: scheme and host in lower case, without the default port
/// or a trailing slash, so that every spelling of one endpoint shares one pace.
pub(crate) fn pace_key(endpoint: &str) -> String {
    let e = endpoint.trim().trim_end_matches('/');
    let Some((scheme, rest)) = e.split_once("://") else {
        return e.to_ascii_lowercase();
    };
    let scheme = scheme.to_ascii_lowercase();
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let mut authority = authority.to_ascii_lowercase();
    let default = match scheme.as_str() {
        "https" => ":443",
        "http" => ":80",
        _ => "",
    };
    if !default.is_empty() && authority.ends_with(default) {
        authority.truncate(authority.len() - default.len());
    }
    format!("{scheme}://{authority}{path}")
}

/// Makes `dir` (0700) and checks, without following a symlink in its place, that it is this
/// user's and no one else's to write.
fn make_private_dir(dir: &Path) -> Result<(), Unusable> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
        .map_err(|e| Unusable::Missing(format!("cannot use {} ({e})", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::symlink_metadata(dir)
            .map_err(|e| Unusable::Missing(format!("cannot use {} ({e})", dir.display())))?;
        if meta.file_type().is_symlink() {
            return Err(Unusable::Unsafe(format!(
                "{} is a symlink, which timpush does not follow for its state; remove it",
                dir.display()
            )));
        }
        if meta.uid() != crate::os::euid() || meta.mode() & 0o022 != 0 {
            return Err(Unusable::Unsafe(format!(
                "{} belongs to another user or others can write it",
                dir.display()
            )));
        }
    }
    Ok(())
}

/// The state as written. A last end that is not a time, or is in the future (a clock set
/// back, a broken file), is ignored; so is a `busy` line that cannot be read.
fn read_state(file: &mut File, now: SystemTime) -> State {
    let mut text = String::new();
    if file.seek(SeekFrom::Start(0)).is_err() || file.take(256).read_to_string(&mut text).is_err() {
        return State::default();
    }
    let time = |s: &str| {
        let nanos: u64 = s.trim().parse().ok()?;
        UNIX_EPOCH.checked_add(Duration::from_nanos(nanos))
    };
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("");
    let mut words = first.split_whitespace();
    let last_end = words.next().and_then(time).filter(|t| *t <= now);
    let last_by = last_end.and(words.next()).and_then(|p| p.parse().ok());
    let busy = lines.next().and_then(|l| {
        let mut w = l.split_whitespace();
        (w.next()? == "busy").then_some(())?;
        let pid: u32 = w.next()?.parse().ok()?;
        Some((pid, time(w.next()?)?))
    });
    State {
        last_end,
        last_by,
        busy,
    }
}

fn write_state(file: &mut File, st: &State) -> std::io::Result<()> {
    let nanos = |t: SystemTime| t.duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos();
    let mut text = match (st.last_end, st.last_by) {
        (Some(t), Some(pid)) => format!("{} {pid}\n", nanos(t)),
        (Some(t), None) => format!("{}\n", nanos(t)),
        (None, _) => "-\n".to_string(),
    };
    if let Some((pid, until)) = st.busy {
        text.push_str(&format!("busy {pid} {}\n", nanos(until)));
    }
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(text.as_bytes())?;
    file.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_follow_the_documented_limits() {
        assert_eq!(interval("timpush/revoke"), Duration::from_secs(1));
        assert_eq!(interval("v4/timpush/push"), Duration::from_secs(1));
        assert_eq!(
            interval("/v4/timpush/list_sched_task"),
            Duration::from_millis(200)
        );
        assert_eq!(
            interval("timpush/all_member_push_trace"),
            Duration::from_secs(1)
        );
        assert_eq!(interval("openim/querystate"), Duration::ZERO);
    }

    #[test]
    fn garbage_and_future_times_are_ignored_and_rewritten() {
        let mut f = tempfile::tempfile().unwrap();
        for text in [
            "",
            "soon",
            "-5",
            "18446744073709551615",
            "1e9",
            "1\nbusy x 5",
            "1\nbusy 5",
        ] {
            f.set_len(0).unwrap();
            f.seek(SeekFrom::Start(0)).unwrap();
            f.write_all(text.as_bytes()).unwrap();
            assert_eq!(read_state(&mut f, SystemTime::now()).busy, None, "{text:?}");
            if text != "1\nbusy x 5" && text != "1\nbusy 5" {
                assert_eq!(
                    read_state(&mut f, SystemTime::now()).last_end,
                    None,
                    "{text:?}"
                );
            }
        }
        let future = SystemTime::now() + Duration::from_secs(3600);
        write_state(
            &mut f,
            &State {
                last_end: Some(future),
                last_by: Some(7),
                busy: None,
            },
        )
        .unwrap();
        assert_eq!(read_state(&mut f, SystemTime::now()), State::default());
        let now = SystemTime::now();
        let st = State {
            last_end: Some(now),
            last_by: Some(41),
            busy: Some((42, future)),
        };
        write_state(&mut f, &st).unwrap();
        let back = read_state(&mut f, SystemTime::now());
        assert_eq!(back.busy.map(|b| b.0), Some(42));
        assert_eq!(back.last_by, Some(41), "who called last is kept");
        let d = |a: SystemTime, b: SystemTime| a.duration_since(b).unwrap_or_else(|e| e.duration());
        assert!(d(now, back.last_end.unwrap()) < Duration::from_micros(1));
        assert!(d(future, back.busy.unwrap().1) < Duration::from_micros(1));
    }

    #[test]
    fn every_spelling_of_an_endpoint_shares_one_pace() {
        for e in [
            "https://adminapisgp.im.qcloud.com",
            "https://AdminApiSgp.im.qcloud.com",
            "https://adminapisgp.im.qcloud.com:443",
            "HTTPS://adminapisgp.im.qcloud.com/",
        ] {
            assert_eq!(pace_key(e), "https://adminapisgp.im.qcloud.com", "{e}");
        }
        assert_eq!(pace_key("http://127.0.0.1:80/"), "http://127.0.0.1");
        assert_eq!(pace_key("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_ne!(
            pace_key("https://a.example:8443"),
            pace_key("https://a.example")
        );
    }

    /// The state file the test pacers use, in `dir`.
    #[cfg(unix)]
    fn open_in(dir: &Path) -> Result<(File, PathBuf), Unusable> {
        open_state(
            Some(dir.to_path_buf()),
            "https://x.example",
            7,
            "timpush/revoke",
        )
    }

    /// A pacer sharing `dir` with other processes, and the path of its state file.
    #[cfg(unix)]
    fn shared_in(dir: &Path) -> (Pacer, PathBuf) {
        let p = Pacer::shared(
            Some(dir.to_path_buf()),
            "https://x.example",
            7,
            "timpush/revoke",
            Box::new(Silent),
        );
        assert!(p.shared.is_some(), "the state file is usable");
        let file = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "pace"))
            .unwrap();
        (p, file)
    }

    #[cfg(unix)]
    fn nanos(t: SystemTime) -> u128 {
        t.duration_since(UNIX_EPOCH).unwrap().as_nanos()
    }

    /// The lines a pacer says.
    #[cfg(unix)]
    #[derive(Debug, Clone, Default)]
    struct Said(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

    #[cfg(unix)]
    impl Say for Said {
        fn debug(&self, text: &str) {
            self.0.lock().unwrap().push(text.to_string());
        }
        fn warn(&self, text: &str) {
            self.0.lock().unwrap().push(text.to_string());
        }
        fn note(&self, text: &str) {
            self.0.lock().unwrap().push(text.to_string());
        }
    }

    /// A process that is surely there (this one's parent) and one that surely is not.
    #[cfg(unix)]
    fn alive_pid() -> u32 {
        std::os::unix::process::parent_id()
    }
    #[cfg(unix)]
    const GONE_PID: u32 = 4_000_000_000;

    #[cfg(unix)]
    #[test]
    fn another_process_s_call_out_is_waited_for_and_named_at_the_deadline() {
        let dir = tempfile::tempdir().unwrap();
        let (mut p, file) = shared_in(dir.path());
        let clock = crate::client::clock::VirtualClock::at(1_800_000_000);
        let other = alive_pid();
        let until = clock.wall() + Duration::from_secs(3600);
        std::fs::write(&file, format!("-\nbusy {other} {}\n", nanos(until))).unwrap();
        let deadline = clock.now() + Duration::from_secs(2);
        let said = Said::default();
        p.rep = Box::new(said.clone());
        match p.acquire(&clock, deadline) {
            Err(Wait::Deadline(_, pid)) => assert_eq!(pid, Some(other)),
            other => panic!("{other:?}"),
        }
        assert!(
            clock.slept() >= Duration::from_secs(2),
            "it waited to the deadline"
        );
        // Said once, not at every look at the file.
        assert_eq!(
            said.0.lock().unwrap().as_slice(),
            [format!(
                "waiting for timpush process {other}, whose call to the service is out (if it was stopped with Ctrl-Z, resume it with fg or end it)"
            )]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_call_out_of_a_process_that_is_gone_or_past_its_deadline_holds_no_one_up() {
        let clock = crate::client::clock::VirtualClock::at(1_800_000_000);
        for (pid, until) in [
            (GONE_PID, clock.wall() + Duration::from_secs(3600)),
            (alive_pid(), clock.wall() - Duration::from_secs(1)),
            // A call out that ends now holds no one up either.
            (alive_pid(), clock.wall()),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let (mut p, file) = shared_in(dir.path());
            std::fs::write(&file, format!("-\nbusy {pid} {}\n", nanos(until))).unwrap();
            let turn = p
                .acquire(&clock, clock.now() + Duration::from_secs(5))
                .unwrap();
            assert!(turn.shared);
            // The turn is marked as this process's, until this process's deadline at the
            // latest, and cleared when the call ends.
            let text = std::fs::read_to_string(&file).unwrap();
            let until = nanos(clock.wall() + Duration::from_secs(5));
            assert!(
                text.ends_with(&format!("busy {} {until}\n", std::process::id())),
                "{text}"
            );
            p.finished(turn, &clock);
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(!text.contains("busy"), "{text}");
            assert!(
                text.ends_with(&format!(" {}\n", std::process::id())),
                "{text}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_call_that_ended_in_another_process_spaces_the_next_one() {
        let dir = tempfile::tempdir().unwrap();
        let (mut p, file) = shared_in(dir.path());
        let clock = crate::client::clock::VirtualClock::at(1_800_000_000);
        let ended = clock.wall() - Duration::from_millis(300);
        std::fs::write(&file, format!("{} {}\n", nanos(ended), alive_pid())).unwrap();
        let said = Said::default();
        p.rep = Box::new(said.clone());
        p.acquire(&clock, clock.now() + Duration::from_secs(5))
            .unwrap();
        assert_eq!(
            clock.slept(),
            Duration::from_millis(700),
            "the rest of the second"
        );
        assert_eq!(
            said.0.lock().unwrap().as_slice(),
            [
                "waiting 0.70 s for the service's pace (one call every 1.0 s; another timpush process called last)"
            ]
        );
        // After this process's own call, the wait is said without blaming another.
        let turn = p.acquire(&clock, clock.now() + Duration::from_secs(5));
        p.finished(turn.unwrap(), &clock);
        said.0.lock().unwrap().clear();
        p.acquire(&clock, clock.now() + Duration::from_secs(5))
            .unwrap();
        assert_eq!(
            said.0.lock().unwrap().as_slice(),
            ["waiting 1.00 s for the service's pace (one call every 1.0 s)"]
        );
        // A deadline nearer than the wait is refused at once, saying how long it would take.
        let dir = tempfile::tempdir().unwrap();
        let (mut p, file) = shared_in(dir.path());
        let clock = crate::client::clock::VirtualClock::at(1_800_000_000);
        std::fs::write(&file, format!("{} {}\n", nanos(clock.wall()), alive_pid())).unwrap();
        match p.acquire(&clock, clock.now() + Duration::from_millis(500)) {
            Err(Wait::Deadline(d, None)) => assert_eq!(d, Duration::from_secs(1)),
            other => panic!("{other:?}"),
        }
        assert_eq!(clock.slept(), Duration::ZERO);
        // A wait that ends exactly at the deadline still has its turn.
        let dir = tempfile::tempdir().unwrap();
        let (mut p, file) = shared_in(dir.path());
        let clock = crate::client::clock::VirtualClock::at(1_800_000_000);
        let ended = clock.wall() - Duration::from_millis(500);
        std::fs::write(&file, format!("{} {}\n", nanos(ended), alive_pid())).unwrap();
        assert!(
            p.acquire(&clock, clock.now() + Duration::from_millis(500))
                .is_ok()
        );
        assert_eq!(clock.slept(), Duration::from_millis(500));
    }

    #[cfg(unix)]
    #[test]
    fn a_state_file_locked_too_long_leaves_pacing_to_the_process() {
        let dir = tempfile::tempdir().unwrap();
        let (mut p, file) = shared_in(dir.path());
        let holder = std::fs::OpenOptions::new().write(true).open(&file).unwrap();
        holder.lock().unwrap();
        let clock = crate::client::clock::VirtualClock::at(1_800_000_000);
        let turn = p
            .acquire(&clock, clock.now() + Duration::from_secs(30))
            .unwrap();
        assert!(!turn.shared, "pacing stays in the process");
        assert!(p.shared.is_none());
        // Tried every 5 ms for exactly the patience, no longer.
        assert_eq!(clock.slept(), LOCK_PATIENCE);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_or_a_file_others_can_write_is_never_used() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (p, file) = shared_in(dir.path());
        drop(p);
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "").unwrap();
        std::fs::remove_file(&file).unwrap();
        std::os::unix::fs::symlink(&target, &file).unwrap();
        let opened = open_in(dir.path());
        assert!(
            matches!(&opened, Err(Unusable::Unsafe(w)) if w.ends_with("is a symlink, which timpush does not follow; remove it")),
            "{opened:?}"
        );
        std::fs::remove_file(&file).unwrap();
        std::fs::write(&file, "").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o622)).unwrap();
        let opened = open_in(dir.path());
        assert!(
            matches!(&opened, Err(Unusable::Unsafe(w)) if w.ends_with("is not a private file of this user's; remove it")),
            "{opened:?}"
        );
        assert!(matches!(
            open_state(None, "https://x.example", 7, "timpush/revoke"),
            Err(Unusable::Missing(_))
        ));
        // Not a regular file (a FIFO of this user's, private): refused.
        std::fs::remove_file(&file).unwrap();
        crate::os::mkfifo(&file).unwrap();
        let opened = open_in(dir.path());
        assert!(
            matches!(&opened, Err(Unusable::Unsafe(w)) if w.ends_with("is not a private file of this user's; remove it")),
            "{opened:?}"
        );
        std::fs::remove_file(&file).unwrap();
        // The file is opened without blocking and closed in child processes.
        let (f, _) = open_in(dir.path()).unwrap();
        assert_eq!(crate::os::descriptor_flags(&f), (true, true));
        // A folder of this user's that others can write: refused too.
        let open = tempfile::tempdir().unwrap();
        std::fs::set_permissions(open.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let opened = open_in(open.path());
        assert!(
            matches!(&opened, Err(Unusable::Unsafe(w)) if w.ends_with("belongs to another user or others can write it")),
            "{opened:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn processes_are_told_apart_from_those_that_are_gone() {
        assert!(process_alive(std::process::id()));
        assert!(
            process_alive(1),
            "init: another user's, still there (EPERM or ours)"
        );
        assert!(!process_alive(GONE_PID));
        assert!(!process_alive(u32::MAX), "not a pid at all");
        assert!(
            !process_alive(i32::MAX as u32),
            "past any pid the system gives out"
        );
    }
}
