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

use crate::clock::{Clock, sleep_unless_interrupted};
use crate::output::Reporter;
use crate::signals::interrupted;

/// The documented frequency limits (tim-api.md, push-family.md) as the least time between two
/// calls of one command for one app. Commands not listed are not paced.
pub(crate) fn interval(command: &str) -> Duration {
    let c = command.trim_start_matches('/');
    let c = c.strip_prefix("v4/").unwrap_or(c);
    match c {
        "timpush/revoke"
        | "timpush/push"
        | "timpush/batch"
        | "timpush/all_member_push_statistics"
        | "timpush/all_member_push_loss"
        | "timpush/all_member_push_trace" => Duration::from_secs(1),
        "timpush/add_sched_task"
        | "timpush/modify_sched_task"
        | "timpush/delete_sched_task"
        | "timpush/get_sched_task"
        | "timpush/list_sched_task" => Duration::from_millis(200),
        _ => Duration::ZERO,
    }
}

/// Why no turn was had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    Interrupted,
    /// The deadline would pass first; how long was waited.
    Deadline(Duration),
}

/// The right to make one call now. Holding it holds the shared lock.
#[derive(Debug)]
pub(crate) struct Turn {
    locked: bool,
}

/// The shared state file of one (endpoint, SDKAppID, command).
#[derive(Debug)]
struct Shared {
    file: File,
}

#[derive(Debug)]
pub(crate) struct Pacer {
    interval: Duration,
    /// When this process's last call ended.
    last_end: Option<Instant>,
    shared: Option<Shared>,
    /// Where `--verbose` lines go: where pacing is kept, and each wait.
    rep: Reporter,
}

impl Pacer {
    /// A pacer for this process alone.
    pub(crate) fn local(interval: Duration) -> Pacer {
        Pacer {
            interval,
            last_end: None,
            shared: None,
            rep: Reporter::quiet(),
        }
    }

    /// A pacer shared by every process of this user, for `command` of one app at one endpoint;
    /// this process alone when the state file cannot be used (said in a note).
    pub(crate) fn shared(endpoint: &str, sdkappid: u32, command: &str, rep: Reporter) -> Pacer {
        let mut p = Pacer::local(interval(command));
        p.rep = rep;
        if p.interval.is_zero() {
            return p;
        }
        match open_state(endpoint, sdkappid, command) {
            Ok((file, path)) => {
                p.shared = Some(Shared { file });
                rep.debug(&format!(
                    "pacing {command} with other timpush processes through {}",
                    path.display()
                ));
            }
            Err(why) => rep.debug(&format!("pacing {command} within this process only: {why}")),
        }
        p
    }

    /// Waits for the turn to call: the lock, then the interval since the last call ended
    /// (here or in another process). Gives up at Ctrl-C, or when the deadline would pass.
    pub(crate) fn acquire(&mut self, clock: &dyn Clock, deadline: Instant) -> Result<Turn, Wait> {
        let start = clock.now();
        if self.interval.is_zero() {
            return if interrupted() {
                Err(Wait::Interrupted)
            } else {
                Ok(Turn { locked: false })
            };
        }
        let mut locked = false;
        if let Some(sh) = &self.shared {
            loop {
                match sh.file.try_lock() {
                    Ok(()) => {
                        locked = true;
                        break;
                    }
                    Err(TryLockError::WouldBlock) => {}
                    Err(TryLockError::Error(e)) => {
                        self.rep.debug(&format!(
                            "pacing within this process only: the lock failed ({e})"
                        ));
                        self.shared = None;
                        break;
                    }
                }
                if interrupted() {
                    return Err(Wait::Interrupted);
                }
                if clock.now() >= deadline {
                    return Err(Wait::Deadline(clock.now() - start));
                }
                clock.sleep(Duration::from_millis(5));
            }
        }
        let release = |me: &Pacer| {
            if let Some(sh) = &me.shared {
                let _ = sh.file.unlock();
            }
        };
        let mut wait = self
            .last_end
            .map(|t| (t + self.interval).saturating_duration_since(clock.now()))
            .unwrap_or_default();
        let mut other = false;
        if let Some(sh) = &mut self.shared {
            let since =
                read_last_end(&mut sh.file).and_then(|t| SystemTime::now().duration_since(t).ok());
            if let Some(since) = since
                && since < self.interval
                && self.interval - since > wait
            {
                wait = self.interval - since;
                other = true;
            }
        }
        if clock.now() + wait > deadline {
            release(self);
            return Err(Wait::Deadline(clock.now() - start + wait));
        }
        if !wait.is_zero() {
            self.rep.debug(&format!(
                "waiting {:.2} s for the service's pace (one call every {:.1} s{})",
                wait.as_secs_f64(),
                self.interval.as_secs_f64(),
                if other {
                    "; another timpush process called last"
                } else {
                    ""
                }
            ));
        }
        if !sleep_unless_interrupted(clock, wait) {
            release(self);
            return Err(Wait::Interrupted);
        }
        Ok(Turn { locked })
    }

    /// Records the end of a call and lets others have their turn.
    pub(crate) fn finished(&mut self, turn: Turn, at: Instant) {
        self.last_end = Some(at);
        if let Some(sh) = &mut self.shared {
            let _ = write_last_end(&mut sh.file, SystemTime::now());
            if turn.locked {
                let _ = sh.file.unlock();
            }
        }
    }
}

/// The state file of this pacer, in a folder only this user can enter.
fn open_state(endpoint: &str, sdkappid: u32, command: &str) -> Result<(File, PathBuf), String> {
    let dir = state_dir().ok_or("no runtime or cache folder is known")?;
    make_private_dir(&dir).map_err(|e| format!("cannot use {} ({e})", dir.display()))?;
    let key = format!("{endpoint}\n{sdkappid}\n{command}");
    let digest = Sha256::digest(key.as_bytes());
    let name: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(format!("{name}.pace"));
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let file = opts
        .open(&path)
        .map_err(|e| format!("cannot open {} ({e})", path.display()))?;
    Ok((file, path))
}

/// `$XDG_RUNTIME_DIR/timpush`, else the user's cache folder for timpush.
fn state_dir() -> Option<PathBuf> {
    if let Some(run) = crate::env::process_env("XDG_RUNTIME_DIR").map(PathBuf::from)
        && run.is_absolute()
    {
        return Some(run.join("timpush"));
    }
    directories::ProjectDirs::from("", "", "timpush").map(|d| d.cache_dir().join("pace"))
}

/// Makes `dir` (0700) and checks that it is this user's and no one else's to write.
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(dir)?;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me || meta.mode() & 0o022 != 0 {
            return Err(std::io::Error::other(
                "it belongs to another user or others can write it",
            ));
        }
    }
    Ok(())
}

/// The end of the last call, as written; none for an empty file, text that is not a time, or a
/// time in the future (a clock set back, a broken file).
fn read_last_end(file: &mut File) -> Option<SystemTime> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(64).read_to_string(&mut text).ok()?;
    let nanos: u64 = text.trim().parse().ok()?;
    let t = UNIX_EPOCH.checked_add(Duration::from_nanos(nanos))?;
    (t <= SystemTime::now()).then_some(t)
}

fn write_last_end(file: &mut File, t: SystemTime) -> std::io::Result<()> {
    let nanos = t.duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos();
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(format!("{nanos}\n").as_bytes())?;
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
        for text in ["", "soon", "-5", "18446744073709551615", "1e9"] {
            f.set_len(0).unwrap();
            f.seek(SeekFrom::Start(0)).unwrap();
            f.write_all(text.as_bytes()).unwrap();
            assert_eq!(read_last_end(&mut f), None, "{text:?}");
        }
        let future = SystemTime::now() + Duration::from_secs(3600);
        write_last_end(&mut f, future).unwrap();
        assert_eq!(read_last_end(&mut f), None);
        let now = SystemTime::now();
        write_last_end(&mut f, now).unwrap();
        let back = read_last_end(&mut f).unwrap();
        assert!(now.duration_since(back).unwrap_or_default() < Duration::from_micros(1));
    }
}
