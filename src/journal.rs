//! The journal: one JSON line for every call that changed something (push, batch, scheduled
//! tasks, recalls, stop, and `api` on a command that is not a read), so that an operator can
//! say what was sent, from which terminal or job, and recall it later (`revoke --last`), and so
//! that the same push is not sent twice by accident.
//!
//! Where: `--journal FILE`, `TIMPUSH_JOURNAL`, the profile's `journal`, else
//! `$XDG_STATE_HOME/timpush/journal.jsonl` (`~/.local/state/timpush/journal.jsonl`). Kept
//! private: the folder made 0700 and the file 0600, never reached through a symlink, refused
//! when another user owns it or others can write it (they could forge what it says). Every line
//! is written whole, with one write while an exclusive lock is held, so processes running at
//! once never interleave. Bounded: past [`MAX_BYTES`] the file is moved aside to `FILE.1`
//! (replacing the one before) and a new one begun; reading takes both. Never a secret: each
//! line goes through the scrubber before it is written.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::settings::{Settings, Source, Sourced};
use crate::timefmt::{iso_utc, now_unix};

/// The size past which the journal is moved aside and a new one begun.
pub(crate) const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Where the journal is, and how that was chosen.
#[derive(Debug, Clone)]
pub(crate) struct Journal {
    pub path: PathBuf,
    /// `--journal`, `TIMPUSH_JOURNAL`, `file:line: journal`, or `default`.
    pub from: String,
}

/// The default journal: `$XDG_STATE_HOME/timpush/journal.jsonl` (when absolute), else
/// `~/.local/state/timpush/journal.jsonl`; on macOS and Windows, the system's data folder.
pub(crate) fn default_path() -> Option<PathBuf> {
    let dir = if cfg!(any(windows, target_os = "macos")) {
        crate::env::app_dir(crate::env::AppDir::Data, &crate::env::process_env)
    } else if let Some(x) = crate::env::process_env("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
    {
        Some(x.join("timpush"))
    } else {
        crate::env::home().map(|h| h.join(".local").join("state").join("timpush"))
    };
    dir.map(|d| d.join("journal.jsonl"))
}

impl Journal {
    /// The journal the settings name, else the default one.
    pub(crate) fn of(settings: &Settings) -> Option<Journal> {
        Journal::at(settings.journal.as_ref())
    }

    pub(crate) fn at(given: Option<&Sourced<PathBuf>>) -> Option<Journal> {
        match given {
            Some(p) => Some(Journal {
                path: p.value.clone(),
                from: p.source.to_string(),
            }),
            None => default_path().map(|path| Journal {
                path,
                from: Source::Default.to_string(),
            }),
        }
    }

    fn rotated(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".1");
        PathBuf::from(name)
    }

    /// Appends one entry, whole, as one line.
    pub(crate) fn append(&self, entry: &Value) -> Result<(), String> {
        self.append_within(entry, MAX_BYTES)
    }

    /// [`Journal::append`], moving the file aside past `max` bytes.
    fn append_within(&self, entry: &Value, max: u64) -> Result<(), String> {
        let mut line = crate::secret::scrub(&crate::sanitize::json_safe(&entry.to_string()));
        line.push('\n');
        let name = self.path.display();
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            make_folder(dir)
                .map_err(|e| format!("cannot make its folder {}: {e}", dir.display()))?;
        }
        let mut file = open_append(&self.path)?;
        file.lock()
            .map_err(|e| format!("cannot lock {name}: {e}"))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        if len + line.len() as u64 > max && len > 0 {
            // Moved aside while locked: a process that opened the old file writes there, and
            // its line is still read (from FILE.1).
            std::fs::rename(&self.path, self.rotated())
                .map_err(|e| format!("cannot move {name} aside: {e}"))?;
            drop(file);
            file = open_append(&self.path)?;
            file.lock()
                .map_err(|e| format!("cannot lock {name}: {e}"))?;
        }
        file.write_all(line.as_bytes())
            .and_then(|()| file.flush())
            .map_err(|e| format!("cannot write {name}: {e}"))
    }

    /// Every entry, oldest first (the file moved aside, then the current one). A line that is
    /// not a JSON object (one cut short by a full disk) is skipped. No file: no entries.
    pub(crate) fn read(&self) -> Result<Vec<Map<String, Value>>, String> {
        self.read_where(|_| true)
    }

    /// The entries whose line `keep` takes, oldest first: a search for a few TaskIds parses
    /// only the lines that name them, however long the journal.
    pub(crate) fn read_where(
        &self,
        keep: impl Fn(&str) -> bool,
    ) -> Result<Vec<Map<String, Value>>, String> {
        let mut out = Vec::new();
        for path in [self.rotated(), self.path.clone()] {
            let Some(text) = read_private(&path)? else {
                continue;
            };
            for line in text.lines().filter(|l| keep(l)) {
                if let Ok(Value::Object(m)) = serde_json::from_str::<Value>(line) {
                    out.push(m);
                }
            }
        }
        Ok(out)
    }
}

#[cfg(unix)]
fn make_folder(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.exists() && !dir.is_dir() {
        return Err(std::io::Error::other("it is not a folder"));
    }
    if dir.is_dir() {
        if let Some((problem, _)) = crate::settings::fsperm::folder_problem(dir) {
            return Err(std::io::Error::other(format!(
                "{problem}: another user could replace the journal"
            )));
        }
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn make_folder(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// Opens the journal to append, never through a symlink, made private when new.
fn open_append(path: &Path) -> Result<File, String> {
    crate::settings::fsperm::append_private(path, "journal")
}

fn opened_error(path: &Path, e: std::io::Error, doing: &str) -> String {
    crate::settings::fsperm::opened_error(path, e, doing, "journal")
}

fn check(path: &Path, file: &File) -> Result<(), String> {
    crate::settings::fsperm::check_private(path, file, "journal")
}

/// The journal file's text, checked as [`open_append`] checks it; `None` when there is none.
fn read_private(path: &Path) -> Result<Option<String>, String> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = match opts.open(path) {
        Ok(f) => f,
        // No file, or no folder where its folder would be: nothing was written there.
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                || e.kind() == std::io::ErrorKind::NotADirectory =>
        {
            return Ok(None);
        }
        Err(e) => return Err(opened_error(path, e, "read")),
    };
    check(path, &file)?;
    let mut text = String::new();
    file.take(MAX_BYTES * 2)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(Some(text))
}

/// The journal the flags, variables and profile choose, without needing an app or a credential.
pub(crate) fn chosen(flags: &crate::settings::Flags) -> Result<Journal, crate::error::Failure> {
    let ins = crate::settings::inspect(flags, &crate::env::process_env);
    // The config file could not be read, or the profile is not there: its journal is not known.
    // A journal given wrongly is a problem too; the rest (no SDKAppID, no credential) does not
    // matter to what only keeps the journal.
    if ins.profile.is_none()
        && let Some(f) = ins.problems.first()
    {
        return Err(f.clone());
    }
    if let Some((_, f)) = ins
        .bad
        .iter()
        .find(|(k, _)| *k == crate::settings::table::JOURNAL)
    {
        return Err(f.clone());
    }
    let given = match ins.value(crate::settings::table::JOURNAL) {
        Some(Sourced {
            value: crate::settings::table::Value::Path(p),
            source,
        }) => Some(Sourced {
            value: p.clone(),
            source: source.clone(),
        }),
        _ => None,
    };
    Journal::at(given.as_ref()).ok_or_else(|| {
        crate::error::Failure::config("there is no home folder to keep the journal in")
            .with_hint("give --journal FILE or set TIMPUSH_JOURNAL")
    })
}

/// The start of an entry: when, which profile and app, which command.
pub(crate) fn entry(settings: &Settings, command: &str) -> Map<String, Value> {
    let mut m = Map::new();
    stamp(&mut m);
    m.insert("profile".into(), settings.profile.value.clone().into());
    m.insert("sdkappid".into(), settings.sdkappid.value.into());
    m.insert("command".into(), command.into());
    m
}

/// Sets an entry's time to now (for a run that writes several entries).
pub(crate) fn stamp(e: &mut Map<String, Value>) {
    let now = now_unix();
    e.insert("time".into(), iso_utc(now).into());
    e.insert("unix".into(), now.into());
}

/// Appends `entry`; a journal that cannot be written is a warning, and the result stands.
pub(crate) fn record(
    journal: Option<&Journal>,
    entry: Map<String, Value>,
    rep: &crate::output::Reporter,
) {
    let Some(j) = journal else {
        rep.warn("no journal was written: there is no home folder; give --journal FILE");
        return;
    };
    if let Err(e) = j.append(&Value::Object(entry)) {
        rep.warn(&format!(
            "the journal was not written ({}); the result above stands, but timpush log and the duplicate check will not know of this call",
            crate::sanitize::escape(&e)
        ));
    }
}

/// What identifies a call's content: the app, the command, the audience and the notification,
/// without what differs at every call (`MsgRandom`) or what only moves it in time (`SchedAt`).
pub(crate) fn fingerprint(sdkappid: u32, command: &str, body: &Value) -> String {
    let mut b = body.clone();
    if let Some(o) = b.as_object_mut() {
        o.remove("MsgRandom");
        o.remove("SchedAt");
        if let Some(Value::Object(c)) = o.get_mut("Content") {
            c.remove("MsgRandom");
        }
    }
    let text = format!("{sdkappid}\n{command}\n{}", canonical(&b));
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(16).map(|x| format!("{x:02x}")).collect()
}

/// Lists whose order does not change what a call does: the tags of a condition (all, any,
/// none of them) and the accounts of a batch.
const SETS: [&str; 4] = ["TagsAnd", "TagsOr", "TagsNot", "To_Account"];

/// `v` with every object's keys in order and every list of [`SETS`] sorted: two calls that
/// differ only in the order their flags were given read the same.
fn canonical(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for k in keys {
                let mut inner = canonical(&m[k]);
                if SETS.contains(&k.as_str())
                    && let Value::Array(items) = &mut inner
                {
                    items.sort_by_key(|i| i.to_string());
                }
                out.insert(k.clone(), inner);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

/// What the journal says was taken back: the TaskIds recalled, and the scheduled TaskIDs
/// cancelled (by `sched cancel` or `stop`). A push taken back is not one a second identical
/// push would repeat. Read once for a whole journal.
pub(crate) struct TakenBack {
    recalled: std::collections::HashSet<String>,
    cancelled: std::collections::HashSet<u64>,
}

impl TakenBack {
    pub(crate) fn of(entries: &[Map<String, Value>]) -> TakenBack {
        let mut t = TakenBack {
            recalled: Default::default(),
            cancelled: Default::default(),
        };
        for x in entries {
            match x.get("outcome").and_then(Value::as_str) {
                Some("revoked" | "already_revoked" | "revoked_after_retry") => {
                    if let Some(id) = x.get("TaskId").and_then(Value::as_str) {
                        t.recalled.insert(id.to_string());
                    }
                }
                Some("cancelled") => {
                    if let Some(n) = x.get("TaskID").and_then(Value::as_u64) {
                        t.cancelled.insert(n);
                    }
                }
                _ => {}
            }
        }
        t
    }

    /// `recalled` or `cancelled` when `e`'s push was taken back.
    pub(crate) fn how(&self, e: &Map<String, Value>) -> Option<&'static str> {
        if e.get("TaskId")
            .and_then(Value::as_str)
            .is_some_and(|id| self.recalled.contains(id))
        {
            return Some("recalled");
        }
        if e.get("TaskID")
            .and_then(Value::as_u64)
            .is_some_and(|n| self.cancelled.contains(&n))
        {
            return Some("cancelled");
        }
        None
    }
}

/// True when the journal of `settings` holds a cancel of scheduled task `id` (by `sched
/// cancel` or `stop`): a task the service no longer knows was cancelled from here, and a second
/// cancel or stop of it is done, not a failure. A journal that cannot be read holds none.
pub(crate) fn cancelled_here(settings: &Settings, id: u64) -> bool {
    let Some(Ok(entries)) = Journal::of(settings).as_ref().map(Journal::read) else {
        return false;
    };
    let sdkappid = Some(settings.sdkappid.value as u64);
    entries.iter().any(|e| {
        e.get("TaskID").and_then(Value::as_u64) == Some(id)
            && e.get("sdkappid").and_then(Value::as_u64) == sdkappid
            && e.get("outcome").and_then(Value::as_str) == Some("cancelled")
    })
}

/// What a second cancel or stop of a task cancelled from here says (see [`cancelled_here`]).
pub(crate) fn cancelled_already(id: u64) -> String {
    format!(
        "scheduled task {id} was cancelled already (the journal holds its cancel); nothing more to do"
    )
}

/// Where to see whether a push whose answer was lost went out: the statistics cannot say it of
/// one push (a push that reached no one yet is not in them).
pub(crate) const PUSH_RECORDS: &str = "the Chat console's push records";

/// The TaskId (or scheduled TaskID) of an entry, as it is shown.
fn shown_id(e: &Map<String, Value>) -> Option<String> {
    e.get("TaskId")
        .or_else(|| e.get("TaskID"))
        .map(|v| match v {
            Value::String(s) => crate::sanitize::escape(s),
            other => other.to_string(),
        })
}

/// Outcomes after which the push may be out: a second identical one would be a duplicate.
fn may_be_out(e: &Map<String, Value>) -> bool {
    matches!(
        e.get("outcome").and_then(Value::as_str),
        Some("pushed" | "scheduled" | "unknown")
    )
}

/// The latest entry of this app that the new call would repeat: the same idempotency key at any
/// time, or the same content within `window` seconds.
pub(crate) fn earlier<'a>(
    entries: &'a [Map<String, Value>],
    sdkappid: u32,
    fingerprint: &str,
    key: Option<&str>,
    window: i64,
    now: i64,
) -> Option<&'a Map<String, Value>> {
    let taken_back = TakenBack::of(entries);
    entries.iter().rev().find(|e| {
        if taken_back.how(e).is_some() {
            return false;
        }
        let same_app = e.get("sdkappid").and_then(Value::as_u64) == Some(sdkappid as u64);
        let by_key = key.is_some() && e.get("idempotency_key").and_then(Value::as_str) == key;
        let by_content = window > 0
            && e.get("fingerprint").and_then(Value::as_str) == Some(fingerprint)
            // An entry dated after now (the clock stepped back since) is as recent as can be.
            && e.get("unix")
                .and_then(Value::as_i64)
                .is_some_and(|t| now - t < window);
        same_app && may_be_out(e) && (by_key || by_content)
    })
}

/// The day's pushes of app `sdkappid` against `limit`: how many, and the line that says so.
pub(crate) struct Quota {
    pub count: u64,
    pub limit: u64,
    pub line: String,
}

impl Quota {
    /// True when `more` pushes would bring the day's count to 80% of the limit or past it.
    pub(crate) fn near(&self, more: u64) -> bool {
        (self.count + more) * 5 >= self.limit * 4
    }
}

pub(crate) fn quota(entries: &[Map<String, Value>], sdkappid: u32, limit: u64) -> Quota {
    let count = pushes_today(entries, sdkappid, now_unix());
    Quota {
        count,
        limit,
        line: format!(
            "{count} of {limit} pushes {} for SDKAppID {sdkappid}, counted from this machine's journal only",
            crate::timefmt::utc_day_name(now_unix())
        ),
    }
}

/// Pushes of this app the journal holds for the UTC day of `now` (pushed, or maybe pushed).
pub(crate) fn pushes_today(entries: &[Map<String, Value>], sdkappid: u32, now: i64) -> u64 {
    let day = now.div_euclid(86400);
    entries
        .iter()
        .filter(|e| e.get("command").and_then(Value::as_str) == Some("push"))
        .filter(|e| e.get("sdkappid").and_then(Value::as_u64) == Some(sdkappid as u64))
        .filter(|e| {
            matches!(
                e.get("outcome").and_then(Value::as_str),
                Some("pushed" | "unknown")
            )
        })
        .filter(|e| {
            e.get("unix")
                .and_then(Value::as_i64)
                .is_some_and(|t| t.div_euclid(86400) == day)
        })
        .count() as u64
}

/// The entries of `journal`, for a check that reads them (duplicates, quota, `revoke --last`);
/// one that cannot be read is a warning, and no entries.
pub(crate) fn entries(
    journal: Option<&Journal>,
    rep: &crate::output::Reporter,
) -> Vec<Map<String, Value>> {
    match journal.map(Journal::read) {
        Some(Ok(e)) => e,
        Some(Err(e)) => {
            rep.warn(&format!(
                "the journal could not be read ({}); earlier calls are not known to this run",
                crate::sanitize::escape(&e)
            ));
            Vec::new()
        }
        None => Vec::new(),
    }
}

/// The outcome and exit status of a finished call, and the push or scheduled task it made.
pub(crate) fn finish(e: &mut Map<String, Value>, f: &crate::client::finished::Finished) {
    e.insert("outcome".into(), f.outcome.as_str().into());
    e.insert("exit_code".into(), f.exit.code().into());
}

/// What a new push, batch or scheduled push is checked against: the journal's entries, the
/// call's fingerprint, its idempotency key, and whether `--force` was given.
pub(crate) struct Repeat<'a> {
    pub entries: &'a [Map<String, Value>],
    pub sdkappid: u32,
    pub fingerprint: &'a str,
    pub key: Option<&'a str>,
    pub window: std::time::Duration,
    pub force: bool,
    /// The flags that chose the app, for the commands suggested.
    pub flags: &'a crate::settings::Flags,
}

impl<'a> Repeat<'a> {
    /// The check of a call of this app: the settings give the app and the window.
    pub(crate) fn of(
        entries: &'a [Map<String, Value>],
        settings: &Settings,
        fingerprint: &'a str,
        key: Option<&'a str>,
        force: bool,
        flags: &'a crate::settings::Flags,
    ) -> Repeat<'a> {
        Repeat {
            entries,
            sdkappid: settings.sdkappid.value,
            fingerprint,
            key,
            window: settings.duplicate_window.value,
            force,
            flags,
        }
    }

    /// Refuses a call that repeats one the journal holds (exit 5), naming the earlier call and
    /// how to check on it; `--force` sends anyway (with a note). `what` is "push", "batch" or
    /// "scheduled push"; `check` is what to run to see whether an unknown one went out.
    pub(crate) fn check(
        &self,
        what: &str,
        check: &str,
        rep: &crate::output::Reporter,
    ) -> Result<(), crate::error::Failure> {
        let now = now_unix();
        let window = self.window.as_secs() as i64;
        let Some(e) = earlier(
            self.entries,
            self.sdkappid,
            self.fingerprint,
            self.key,
            window,
            now,
        ) else {
            // The same push taken back since (recalled, or cancelled before it went out) is
            // not one this would repeat: said, and sent.
            let taken_back = TakenBack::of(self.entries);
            if let Some((e, how)) = self.entries.iter().rev().find_map(|e| {
                let same = e.get("sdkappid").and_then(Value::as_u64) == Some(self.sdkappid as u64)
                    && (e.get("fingerprint").and_then(Value::as_str) == Some(self.fingerprint)
                        || (self.key.is_some()
                            && e.get("idempotency_key").and_then(Value::as_str) == self.key));
                same.then(|| taken_back.how(e).map(|how| (e, how)))
                    .flatten()
            }) {
                let when = e.get("unix").and_then(Value::as_i64).unwrap_or(now);
                let id = shown_id(e).unwrap_or_default();
                if now - when < window || self.key.is_some() {
                    rep.note(&format!(
                        "the same {what} was sent at {} ({id}) and {how} since; sending this one",
                        crate::timefmt::local_time(when)
                    ));
                }
            }
            return Ok(());
        };
        let when = e.get("unix").and_then(Value::as_i64).unwrap_or(now);
        let ago = match (now - when).max(0) {
            0..60 => "under a minute".to_string(),
            secs => crate::taskid::human_age(secs),
        };
        let id = shown_id(e);
        let outcome = e.get("outcome").and_then(Value::as_str).unwrap_or("?");
        let by_key =
            self.key.is_some() && e.get("idempotency_key").and_then(Value::as_str) == self.key;
        let earlier = match (&id, by_key) {
            (Some(id), _) => format!("{id}, {outcome}"),
            (None, _) => outcome.to_string(),
        };
        let how = if by_key {
            format!(
                "a {what} with --idempotency-key {} was sent {ago} ago ({}, {earlier})",
                crate::sanitize::escape(self.key.unwrap_or_default()),
                crate::timefmt::local_time(when)
            )
        } else {
            format!(
                "an identical {what} was sent {ago} ago ({}, {earlier})",
                crate::timefmt::local_time(when)
            )
        };
        if self.force {
            rep.note(&format!("{how}; sending again, as --force asks"));
            return Ok(());
        }
        let hint = if outcome == "unknown" {
            format!(
                "its answer was lost, so it may have gone out: look for it first ({check}); if it is not there, add --force"
            )
        } else {
            let recall = match (&id, e.get("TaskId")) {
                (Some(_), Some(Value::String(raw))) => format!(
                    "to recall it: {}; ",
                    crate::next::command(self.flags, &["revoke", "--task-id", raw])
                ),
                _ => String::new(),
            };
            format!("{recall}to send this one as well, add --force")
        };
        Err(crate::error::Failure::new(
            crate::error::Exit::Refused,
            format!("{how}; nothing was sent"),
        )
        .with_hint(hint))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn the_fingerprint_ignores_the_random_number_and_the_time() {
        let a = json!({"MsgRandom": 1, "OfflinePushInfo": {"Title": "x"}});
        let b = json!({"MsgRandom": 2, "OfflinePushInfo": {"Title": "x"}});
        let c = json!({"MsgRandom": 2, "OfflinePushInfo": {"Title": "y"}});
        assert_eq!(fingerprint(1, "push", &a), fingerprint(1, "push", &b));
        assert_ne!(fingerprint(1, "push", &a), fingerprint(1, "push", &c));
        assert_ne!(fingerprint(1, "push", &a), fingerprint(2, "push", &a));
        assert_ne!(fingerprint(1, "push", &a), fingerprint(1, "batch", &a));
        let s1 = json!({"SchedAt": "2026-12-03 13:00:00", "Content": {"MsgRandom": 5, "T": 1}});
        let s2 = json!({"SchedAt": "2026-12-04 13:00:00", "Content": {"MsgRandom": 6, "T": 1}});
        assert_eq!(
            fingerprint(1, "sched add", &s1),
            fingerprint(1, "sched add", &s2)
        );
    }

    /// The order flags were given in changes nothing: keys in any order, tags and accounts in
    /// any order read the same; another tag, or a tag moved to another condition, does not.
    #[test]
    fn the_fingerprint_reads_a_call_whatever_the_order_of_its_flags() {
        let a = json!({"OfflinePushInfo": {"Title": "x", "Desc": "d"},
            "Condition": {"TagsAnd": ["b", "a"], "TagsNot": ["z", "y"]}});
        let b = json!({"Condition": {"TagsNot": ["y", "z"], "TagsAnd": ["a", "b"]},
            "OfflinePushInfo": {"Desc": "d", "Title": "x"}});
        let c = json!({"OfflinePushInfo": {"Title": "x", "Desc": "d"},
            "Condition": {"TagsOr": ["b", "a"], "TagsNot": ["z", "y"]}});
        let d = json!({"OfflinePushInfo": {"Title": "x", "Desc": "d"},
            "Condition": {"TagsAnd": ["b", "a", "c"], "TagsNot": ["z", "y"]}});
        assert_eq!(fingerprint(1, "push", &a), fingerprint(1, "push", &b));
        assert_ne!(fingerprint(1, "push", &a), fingerprint(1, "push", &c));
        assert_ne!(fingerprint(1, "push", &a), fingerprint(1, "push", &d));
        let u1 = json!({"To_Account": ["bob", "alice"], "T": 1});
        let u2 = json!({"T": 1, "To_Account": ["alice", "bob"]});
        assert_eq!(fingerprint(1, "batch", &u1), fingerprint(1, "batch", &u2));
    }

    /// An entry dated after now (the clock stepped back since it was written) is recent.
    #[test]
    fn an_entry_from_the_future_counts_as_recent() {
        let entries = vec![obj(
            json!({"unix": 5000, "sdkappid": 7, "fingerprint": "f", "outcome": "pushed"}),
        )];
        assert!(earlier(&entries, 7, "f", None, 600, 1000).is_some());
    }

    #[test]
    fn an_earlier_call_is_found_by_content_within_the_window_or_by_key_at_any_time() {
        let entries = vec![
            obj(
                json!({"unix": 100, "sdkappid": 7, "fingerprint": "f", "outcome": "pushed", "idempotency_key": "k1"}),
            ),
            obj(json!({"unix": 900, "sdkappid": 7, "fingerprint": "g", "outcome": "failed"})),
            obj(json!({"unix": 950, "sdkappid": 8, "fingerprint": "g", "outcome": "pushed"})),
        ];
        assert!(earlier(&entries, 7, "f", None, 600, 650).is_some());
        assert!(
            earlier(&entries, 7, "f", None, 600, 700).is_none(),
            "the window has passed"
        );
        assert!(
            earlier(&entries, 7, "f", None, 0, 650).is_none(),
            "a window of 0 is off"
        );
        assert!(earlier(&entries, 7, "x", Some("k1"), 600, 100_000).is_some());
        assert!(earlier(&entries, 7, "x", Some("k2"), 600, 1000).is_none());
        assert!(
            earlier(&entries, 7, "g", None, 600, 1000).is_none(),
            "a failed call is not out"
        );
        assert!(
            earlier(&entries, 9, "g", None, 600, 1000).is_none(),
            "another app's"
        );
    }

    #[test]
    fn a_full_journal_is_moved_aside_and_both_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal {
            path: dir.path().join("j.jsonl"),
            from: "test".into(),
        };
        for n in 0..12 {
            j.append_within(&json!({"n": n}), 40).unwrap();
        }
        let read: Vec<i64> = j
            .read()
            .unwrap()
            .iter()
            .map(|e| e["n"].as_i64().unwrap())
            .collect();
        // Each line is 8 bytes: five fit in 40. The second five were moved aside when the
        // eleventh came, replacing the first five.
        assert_eq!(read, [5, 6, 7, 8, 9, 10, 11]);
        assert!(dir.path().join("j.jsonl.1").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_journal_reached_by_a_symlink_or_writable_by_others_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.jsonl");
        std::fs::write(&real, "").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.jsonl");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let j = |p: &Path| Journal {
            path: p.to_path_buf(),
            from: "test".into(),
        };
        let e = j(&link).append(&json!({})).unwrap_err();
        assert!(
            e.ends_with("link.jsonl is a symlink; the journal is never reached through one"),
            "{e}"
        );
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o622)).unwrap();
        let e = j(&real).read().unwrap_err();
        assert!(e.starts_with("others can write "), "{e}");
        assert_eq!(
            std::fs::read_to_string(&real).unwrap(),
            "",
            "nothing was written"
        );
    }

    #[test]
    fn pushes_are_counted_per_app_and_utc_day() {
        let day = 20_000 * 86400;
        let entries = vec![
            obj(json!({"unix": day - 1, "sdkappid": 7, "command": "push", "outcome": "pushed"})),
            obj(json!({"unix": day, "sdkappid": 7, "command": "push", "outcome": "pushed"})),
            obj(json!({"unix": day + 5, "sdkappid": 7, "command": "push", "outcome": "unknown"})),
            obj(json!({"unix": day + 6, "sdkappid": 7, "command": "push", "outcome": "failed"})),
            obj(json!({"unix": day + 7, "sdkappid": 7, "command": "batch", "outcome": "pushed"})),
            obj(json!({"unix": day + 8, "sdkappid": 8, "command": "push", "outcome": "pushed"})),
        ];
        assert_eq!(pushes_today(&entries, 7, day + 100), 2);
        assert_eq!(pushes_today(&entries, 7, day - 100), 1);
    }
}
