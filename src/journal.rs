//! The journal: one entry for every call that changed something (push, batch, scheduled
//! tasks, recalls, stop, and `api` on a command that is not a read), so that an operator can
//! say what was sent, from which terminal or job, and recall it later (`revoke --last`), and so
//! that the same push is not sent twice by accident.
//!
//! Where: `--journal FILE`, `TIMPUSH_JOURNAL`, the profile's `journal`, else
//! `$XDG_STATE_HOME/timpush/journal.db` (`~/.local/state/timpush/journal.db`). Stored in SQLite
//! (`store`): safe under any number of processes, whole after a crash, a foreign or damaged
//! file refused. Kept private: the folder made 0700 and the file 0600, never reached through a
//! symlink, refused when another user owns it or others can write it (they could forge what it
//! says). Never a secret: each entry goes through the scrubber before it is written. A push is
//! written before it is sent (`reserve`): the duplicate check and that entry are one
//! transaction, and a run killed while its call is out leaves the entry `unknown`.

mod store;
mod team;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub(crate) use store::Problem;

/// True when a journal setting names a team journal (a PostgreSQL URL) rather than a file.
pub(crate) fn is_team_url(text: &str) -> bool {
    team::is_url(text)
}

/// An open journal: a file (SQLite) or a team's (PostgreSQL), asked the same way.
enum Store {
    Lite(store::Lite),
    Team(team::Team),
}

/// Each question of the journal, to whichever store holds it.
macro_rules! ask {
    ($self:ident, $s:ident => $e:expr) => {
        match $self {
            Store::Lite($s) => $e,
            Store::Team($s) => $e,
        }
    };
}

impl Store {
    fn imported(&self) -> Option<&str> {
        match self {
            Store::Lite(s) => s.imported.as_deref(),
            Store::Team(_) => None,
        }
    }
    fn created(&self) -> bool {
        matches!(self, Store::Lite(s) if s.created)
    }
    fn insert(&self, e: &Map<String, Value>) -> Result<i64, Problem> {
        ask!(self, s => s.insert(e))
    }
    fn update(&self, id: i64, e: &Map<String, Value>) -> Result<(), Problem> {
        ask!(self, s => s.update(id, e))
    }
    fn all(&self) -> Result<Vec<Map<String, Value>>, Problem> {
        ask!(self, s => s.all())
    }
    fn since(&self, t: i64) -> Result<Vec<Map<String, Value>>, Problem> {
        ask!(self, s => s.since(t))
    }
    fn naming(&self, ids: &[String]) -> Result<Vec<Map<String, Value>>, Problem> {
        ask!(self, s => s.naming(ids))
    }
    fn count(&self) -> Result<u64, Problem> {
        ask!(self, s => s.count())
    }
    fn pushes_between(&self, app: u32, from: i64, to: i64) -> Result<u64, Problem> {
        ask!(self, s => s.pushes_between(app, from, to))
    }
    fn candidates(
        &self,
        app: u32,
        fingerprint: &str,
        key: Option<&str>,
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        ask!(self, s => s.candidates(app, fingerprint, key))
    }
    fn reserve<E>(
        &mut self,
        app: u32,
        fingerprint: &str,
        key: Option<&str>,
        entry: &Map<String, Value>,
        check: impl FnOnce(&[Map<String, Value>]) -> Result<(), E>,
    ) -> Result<Result<i64, E>, Problem> {
        ask!(self, s => s.reserve(app, fingerprint, key, entry, check))
    }
    fn forget_before(&self, before: i64) -> Result<u64, Problem> {
        ask!(self, s => s.forget_before(before))
    }
    fn meta(&self, key: &str) -> Option<String> {
        ask!(self, s => s.meta(key))
    }
    fn set_meta(&self, key: &str, value: &str) -> Result<(), Problem> {
        ask!(self, s => s.set_meta(key, value))
    }
}

use crate::output::Reporter;
use crate::settings::{Settings, Source, Sourced};
use crate::timefmt::{iso_utc, now_unix};

/// Where the journal is, and how that was chosen.
#[derive(Debug, Clone)]
pub(crate) struct Journal {
    pub path: PathBuf,
    /// `--journal`, `TIMPUSH_JOURNAL`, `file:line: journal`, or `default`.
    pub from: String,
    /// The JSON Lines journal that earlier versions kept beside the default one, imported once.
    legacy: Option<PathBuf>,
    /// How long an entry is kept (`journal_keep`).
    keep: std::time::Duration,
    /// The journal once opened, for the next question of the same run (a push asks three: the
    /// quota, the reservation and its completion); shared by the clones of this value.
    open: Cached,
}

/// An open store kept between the questions of one run.
#[derive(Clone, Default)]
struct Cached(std::sync::Arc<std::sync::Mutex<Option<Store>>>);

impl std::fmt::Debug for Cached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cached")
    }
}

/// A store lent out of a journal's cache; it goes back when dropped.
struct Open<'a> {
    journal: &'a Journal,
    store: Option<Store>,
}

impl std::ops::Deref for Open<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("an open store until dropped")
    }
}

impl std::ops::DerefMut for Open<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.store.as_mut().expect("an open store until dropped")
    }
}

impl Drop for Open<'_> {
    fn drop(&mut self) {
        if let (Some(s), Ok(mut slot)) = (self.store.take(), self.journal.open.0.lock()) {
            *slot = Some(s);
        }
    }
}

/// The default of `journal_keep`, for a journal chosen without settings.
const KEEP: std::time::Duration = std::time::Duration::from_secs(365 * 86400);

/// The default journal's folder: `$XDG_STATE_HOME/timpush` (when absolute), else
/// `~/.local/state/timpush`; on macOS and Windows, the system's data folder.
fn default_folder() -> Option<PathBuf> {
    if cfg!(any(windows, target_os = "macos")) {
        crate::env::app_dir(crate::env::AppDir::Data, &crate::env::process_env)
    } else if let Some(x) = crate::env::process_env("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
    {
        Some(x.join("timpush"))
    } else {
        crate::env::home().map(|h| h.join(".local").join("state").join("timpush"))
    }
}

/// The default journal: `journal.db` in [`default_folder`].
pub(crate) fn default_path() -> Option<PathBuf> {
    default_folder().map(|d| d.join("journal.db"))
}

impl Journal {
    /// The journal the settings name, else the default one.
    pub(crate) fn of(settings: &Settings) -> Option<Journal> {
        Journal::at(settings.journal.as_ref(), settings.journal_keep.value)
    }

    pub(crate) fn at(
        given: Option<&Sourced<PathBuf>>,
        keep: std::time::Duration,
    ) -> Option<Journal> {
        match given {
            Some(p) => Some(Journal {
                path: p.value.clone(),
                from: p.source.to_string(),
                legacy: None,
                keep,
                open: Cached::default(),
            }),
            None => default_folder().map(|dir| Journal {
                path: dir.join("journal.db"),
                from: Source::Default.to_string(),
                legacy: Some(dir.join("journal.jsonl")),
                keep,
                open: Cached::default(),
            }),
        }
    }

    /// Where it is, as messages show it: a file's path, or a team journal's URL with its user
    /// and password redacted.
    pub(crate) fn shown(&self) -> String {
        let text = self.path.to_string_lossy();
        if team::is_url(&text) {
            team::shown(&text)
        } else {
            self.path.display().to_string()
        }
    }

    /// How long it keeps an entry, in days (for messages).
    pub(crate) fn keep_days(&self) -> u64 {
        self.keep.as_secs() / 86400
    }

    /// The journal at `path`, as a test names it.
    #[cfg(any(test, feature = "emulator"))]
    #[allow(dead_code)]
    pub(crate) fn file(path: &Path) -> Journal {
        Journal {
            path: path.to_path_buf(),
            from: "test".into(),
            legacy: None,
            keep: KEEP,
            open: Cached::default(),
        }
    }

    /// The open journal; `None` when there is none and `create` is false. An import of an old
    /// journal is said.
    fn store(&self, create: bool, rep: &Reporter) -> Result<Option<Open<'_>>, Problem> {
        let cached = self.open.0.lock().ok().and_then(|mut slot| slot.take());
        let store = match cached {
            Some(s) => Some(s),
            None => {
                let text = self.path.to_string_lossy();
                let store = if team::is_url(&text) {
                    Some(Store::Team(team::Team::open(&text)?))
                } else {
                    store::Lite::open(&self.path, create, self.legacy.as_deref())?.map(Store::Lite)
                };
                if let Some(said) = store.as_ref().and_then(Store::imported)
                    && !said.is_empty()
                {
                    rep.note(&crate::sanitize::escape(said));
                }
                store
            }
        };
        let store = store.map(|s| Open {
            journal: self,
            store: Some(s),
        });
        if create && let Some(s) = &store {
            self.forget_old(s, rep);
        }
        Ok(store)
    }

    /// Removes the entries older than `journal_keep`, at most once a day, and says how many
    /// (never a silent cut). An entry a kept one acted on stays.
    fn forget_old(&self, s: &Store, rep: &Reporter) {
        let now = now_unix();
        let last: i64 = s
            .meta("forgot_at")
            .and_then(|t| t.parse().ok())
            .unwrap_or(0);
        if (0..86400).contains(&(now - last)) {
            return;
        }
        let before = now - self.keep.as_secs() as i64;
        match s.forget_before(before) {
            Ok(n) => {
                let _ = s.set_meta("forgot_at", &now.to_string());
                if n > 0 {
                    rep.note(&format!(
                        "the journal removed {n} entr{} older than {} days (journal_keep)",
                        if n == 1 { "y" } else { "ies" },
                        self.keep_days()
                    ));
                }
            }
            Err(e) => rep.debug(&format!(
                "old journal entries were not removed: {}",
                crate::sanitize::escape(e.message())
            )),
        }
    }

    /// Adds one entry, scrubbed.
    pub(crate) fn append(&self, entry: &Map<String, Value>, rep: &Reporter) -> Result<(), Problem> {
        let store = self
            .store(true, rep)?
            .ok_or_else(|| Problem::Failed(format!("{} could not be made", self.shown())))?;
        store.insert(&scrubbed(entry)).map(|_| ())
    }

    /// Every entry, oldest first. No journal: no entries.
    pub(crate) fn read(&self, rep: &Reporter) -> Result<Vec<Map<String, Value>>, Problem> {
        match self.store(false, rep)? {
            Some(s) => s.all(),
            None => Ok(Vec::new()),
        }
    }

    /// The entries written at or after `since`, oldest first.
    pub(crate) fn read_since(
        &self,
        since: i64,
        rep: &Reporter,
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        match self.store(false, rep)? {
            Some(s) => s.since(since),
            None => Ok(Vec::new()),
        }
    }

    /// The entries that name one of `ids` (TaskIds, or scheduled TaskIDs), oldest first.
    pub(crate) fn naming(
        &self,
        ids: &[String],
        rep: &Reporter,
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        match self.store(false, rep)? {
            Some(s) => s.naming(ids),
            None => Ok(Vec::new()),
        }
    }

    /// How many entries it holds.
    pub(crate) fn count(&self, rep: &Reporter) -> Result<u64, Problem> {
        match self.store(false, rep)? {
            Some(s) => s.count(),
            None => Ok(0),
        }
    }
}

impl Problem {
    /// The error of a command that cannot go on without the journal (`log`, `report`).
    pub(crate) fn failure(&self) -> crate::error::Failure {
        let f = crate::error::Failure::config(format!(
            "the journal cannot be read: {}",
            crate::sanitize::escape(self.message())
        ));
        match self {
            Problem::Refused(_) => f,
            Problem::Failed(_) => f.with_hint(
                "check the file's permissions and its folder, or give another with --journal FILE",
            ),
        }
    }
}

/// An entry as it is written: every secret the run knows replaced, every control character
/// escaped.
fn scrubbed(entry: &Map<String, Value>) -> Map<String, Value> {
    let text = crate::secret::scrub(&crate::sanitize::json_safe(
        &Value::Object(entry.clone()).to_string(),
    ));
    match serde_json::from_str(&text) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
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

/// The journal the flags, variables and profile choose, without needing an app or a credential.
pub(crate) fn chosen(flags: &crate::settings::Flags) -> Result<Journal, crate::error::Failure> {
    chosen_for(flags, false)
}

/// [`chosen`], for a reader of entries by the profile they recorded (`log -p NAME`): a profile
/// gone from the config file reads the journal `--journal` or `TIMPUSH_JOURNAL` names, else the
/// default one.
pub(crate) fn chosen_for(
    flags: &crate::settings::Flags,
    profile_may_be_gone: bool,
) -> Result<Journal, crate::error::Failure> {
    let ins = crate::settings::inspect(flags, &crate::env::process_env);
    // The config file could not be read, or the profile is not there: its journal is not known.
    // A journal given wrongly is a problem too; the rest (no SDKAppID, no credential) does not
    // matter to what only keeps the journal.
    if ins.profile.is_none()
        && let Some(f) = ins.problems.first()
    {
        let file_read =
            ins.config.is_some() || ins.config_path.as_ref().is_some_and(|p| !p.value.exists());
        if !(profile_may_be_gone && file_read) {
            return Err(f.clone());
        }
        let given = flags
            .get(crate::settings::table::JOURNAL)
            .map(|p| (p.to_string(), Source::Flag("--journal")))
            .or_else(|| {
                crate::env::process_env("TIMPUSH_JOURNAL")
                    .map(|p| (p, Source::Env("TIMPUSH_JOURNAL")))
            })
            .map(|(p, source)| Sourced {
                value: crate::env::expand_path(&p, None),
                source,
            });
        return Journal::at(given.as_ref(), KEEP).ok_or_else(|| {
            crate::error::Failure::config("there is no home folder to keep the journal in")
                .with_hint("give --journal FILE or set TIMPUSH_JOURNAL")
        });
    }
    if let Some((_, f)) = ins.bad.iter().find(|(k, _)| {
        matches!(
            *k,
            crate::settings::table::JOURNAL | crate::settings::table::JOURNAL_KEEP
        )
    }) {
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
    let keep = match ins.value(crate::settings::table::JOURNAL_KEEP) {
        Some(Sourced {
            value: crate::settings::table::Value::Duration(d),
            ..
        }) => *d,
        _ => KEEP,
    };
    Journal::at(given.as_ref(), keep).ok_or_else(|| {
        crate::error::Failure::config("there is no home folder to keep the journal in")
            .with_hint("give --journal FILE or set TIMPUSH_JOURNAL")
    })
}

/// The start of an entry: when, which profile, app and endpoint, which command, and which run
/// (one id for every entry of one invocation: a batch's calls belong together).
pub(crate) fn entry(settings: &Settings, command: &str) -> Map<String, Value> {
    let mut m = Map::new();
    stamp(&mut m);
    m.insert("profile".into(), settings.profile.value.clone().into());
    m.insert("sdkappid".into(), settings.sdkappid.value.into());
    m.insert(
        "endpoint".into(),
        endpoint_of(&settings.endpoint.value).into(),
    );
    m.insert("command".into(), command.into());
    m.insert("run".into(), crate::run::current().id().into());
    m
}

/// The scheme, host and port of an endpoint: where a call went, without a path.
pub(crate) fn endpoint_of(url: &str) -> String {
    let t = url.trim().trim_end_matches('/');
    match t.find("://") {
        Some(at) => {
            let rest = &t[at + 3..];
            let host = rest.split('/').next().unwrap_or(rest);
            format!(
                "{}://{}",
                &t[..at].to_ascii_lowercase(),
                host.to_ascii_lowercase()
            )
        }
        None => t.to_ascii_lowercase(),
    }
}

/// True when `e` was written for `endpoint`, or before endpoints were written (an imported
/// entry, which could be any).
pub(crate) fn same_endpoint(e: &Map<String, Value>, endpoint: &str) -> bool {
    e.get("endpoint")
        .and_then(Value::as_str)
        .is_none_or(|x| x == endpoint)
}

/// Sets an entry's time to now (for a run that writes several entries).
pub(crate) fn stamp(e: &mut Map<String, Value>) {
    let now = now_unix();
    e.insert("time".into(), iso_utc(now).into());
    e.insert("unix".into(), now.into());
}

/// Appends `entry`; a journal that cannot be written is a warning, and the result stands.
pub(crate) fn record(journal: Option<&Journal>, entry: Map<String, Value>, rep: &Reporter) {
    let Some(j) = journal else {
        rep.warn("no journal was written: there is no home folder; give --journal FILE");
        return;
    };
    if let Err(e) = j.append(&entry, rep) {
        not_written(&e, rep);
    }
}

fn not_written(e: &Problem, rep: &Reporter) {
    rep.warn(&format!(
        "the journal was not written ({}); the result above stands, but timpush log and the duplicate check will not know of this call",
        crate::sanitize::escape(e.message())
    ));
}

/// The journal's share of a run, apart in TIMPUSH_TIMINGS: the time until now goes to
/// `before`, and the time until the value is dropped to `journal`.
struct Timed;

impl Timed {
    fn after(before: &'static str) -> Timed {
        crate::timings::mark(before);
        Timed
    }
}

impl Drop for Timed {
    fn drop(&mut self) {
        crate::timings::mark("journal");
    }
}

/// A call written in the journal before it is sent (its outcome `unknown`), to be completed
/// with its outcome once it is done.
pub(crate) struct Reservation {
    journal: Option<Journal>,
    /// The reserved row; `None` when the journal could not be used (said already).
    id: Option<i64>,
}

impl Reservation {
    /// Writes the finished call over its reservation; a journal that cannot be written is a
    /// warning, and the result stands (the reservation then says `unknown`).
    pub(crate) fn complete(self, entry: Map<String, Value>, rep: &Reporter) {
        let (Some(j), Some(id)) = (self.journal, self.id) else {
            return;
        };
        let _timed = Timed::after("bookkeeping (journal, output)");
        let done = j.store(false, rep).and_then(|s| match s {
            Some(s) => s.update(id, &scrubbed(&entry)),
            None => Err(Problem::Failed(format!("{} is gone", j.shown()))),
        });
        if let Err(e) = done {
            not_written(&e, rep);
        }
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
    let quiet = Reporter::new(
        crate::settings::table::Format::Text,
        crate::output::Color::Never,
        false,
    )
    .saying_only_errors(true);
    let Some(Ok(entries)) = Journal::of(settings)
        .as_ref()
        .map(|j| j.naming(&[id.to_string()], &quiet))
    else {
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

/// The error for a journal file that is not one: the duplicate check cannot be made.
pub(crate) fn refused_journal(message: &str) -> crate::error::Failure {
    crate::error::Failure::config(format!(
        "the journal cannot be used: {}",
        crate::sanitize::escape(message)
    ))
    .with_hint("nothing was sent: the check against a second push needs the journal; give --journal FILE for another one, or move this one aside")
}

/// The latest entry of this app that the new call would repeat: the same idempotency key at any
/// time, or the same content within `window` seconds.
pub(crate) fn earlier<'a>(
    entries: &'a [Map<String, Value>],
    sdkappid: u32,
    endpoint: &str,
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
        let same_app = e.get("sdkappid").and_then(Value::as_u64) == Some(sdkappid as u64)
            && same_endpoint(e, endpoint);
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

/// The day's pushes of app `sdkappid` in `journal`, against `limit`. A journal that cannot be
/// read counts none (the caller's check of the journal says why).
pub(crate) fn quota(journal: Option<&Journal>, sdkappid: u32, limit: u64, rep: &Reporter) -> Quota {
    let _timed = Timed::after("settings");
    let now = now_unix();
    let day = now.div_euclid(86400) * 86400;
    let count = match journal.map(|j| j.store(false, rep)) {
        Some(Ok(Some(s))) => s.pushes_between(sdkappid, day, day + 86400).unwrap_or(0),
        _ => 0,
    };
    Quota {
        count,
        limit,
        line: format!(
            "{count} of {limit} pushes {} for SDKAppID {sdkappid}, counted from this machine's journal only",
            crate::timefmt::utc_day_name(now)
        ),
    }
}

fn unreadable(e: &Problem, rep: &Reporter) {
    rep.warn(&format!(
        "the journal could not be read ({}); earlier calls are not known to this run",
        crate::sanitize::escape(e.message())
    ));
}

/// What became of `id` (a TaskId, or a scheduled TaskID's digits), told from the entries that
/// name it, oldest first: who made it (profile, SDKAppID, endpoint) and when, then each thing
/// done to it. `None` when no entry names it.
pub(crate) fn story(id: &str, entries: &[Map<String, Value>]) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for e in entries {
        let of = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("");
        let when = crate::timefmt::local_time(e.get("unix").and_then(Value::as_i64).unwrap_or(0));
        let whose = || {
            format!(
                "by profile {} (SDKAppID {}{})",
                crate::sanitize::escape(of("profile")),
                e.get("sdkappid").map(Value::to_string).unwrap_or_default(),
                match of("endpoint") {
                    "" => String::new(),
                    x => format!(", {}", crate::sanitize::escape(x)),
                }
            )
        };
        let part = match (of("command"), of("outcome")) {
            ("push" | "batch", "pushed") => format!("pushed {} at {when}", whose()),
            ("push" | "batch", "unknown") => format!(
                "pushed or not {} at {when} (the answer was lost: see {PUSH_RECORDS})",
                whose()
            ),
            ("push" | "batch", o) => format!("not pushed ({o}) {} at {when}", whose()),
            ("sched add", "scheduled") => format!(
                "scheduled for {} UTC {} at {when}",
                crate::sanitize::escape(of("SchedAt")),
                whose()
            ),
            ("sched add", o) => format!("scheduled or not ({o}) {} at {when}", whose()),
            (_, "revoked" | "revoked_after_retry") => {
                format!("recalled at {when} ({})", of("command"))
            }
            (_, "already_revoked") => {
                format!("found recalled already at {when} ({})", of("command"))
            }
            (_, "cancelled") => format!("cancelled at {when} ({})", of("command")),
            ("sched edit", o) => format!("edited ({o}) at {when}"),
            (c, o) => format!("{c}: {o} at {when}"),
        };
        let sched = e
            .get("TaskID")
            .and_then(Value::as_u64)
            .map(|n| n.to_string());
        if sched.as_deref() == Some(id)
            && !matches!(of("command"), "sched add")
            && let Some(push) = e.get("TaskId").and_then(Value::as_str)
        {
            parts.push(format!(
                "dispatched as push {}",
                crate::sanitize::escape(push)
            ));
        }
        parts.push(part);
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The outcome and exit status of a finished call, and the push or scheduled task it made.
pub(crate) fn finish(e: &mut Map<String, Value>, f: &crate::client::finished::Finished) {
    e.insert("outcome".into(), f.outcome.as_str().into());
    e.insert("exit_code".into(), f.exit.code().into());
}

/// What a new push, batch or scheduled push is checked against the journal with: the app and
/// endpoint, the call's fingerprint, its idempotency key, and whether `--force` was given.
pub(crate) struct Repeat<'a> {
    pub sdkappid: u32,
    /// Where the call goes ([`endpoint_of`]): a push to a test stand is not one to production.
    pub endpoint: String,
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
        settings: &Settings,
        fingerprint: &'a str,
        key: Option<&'a str>,
        force: bool,
        flags: &'a crate::settings::Flags,
    ) -> Repeat<'a> {
        Repeat {
            sdkappid: settings.sdkappid.value,
            endpoint: endpoint_of(&settings.endpoint.value),
            fingerprint,
            key,
            window: settings.duplicate_window.value,
            force,
            flags,
        }
    }

    /// Checks the call against the journal and writes it there (outcome `unknown`) in one
    /// transaction, before it is sent: a run started at the same time with the same call sees
    /// it, and one killed while the call is out leaves it. A journal that is not one (foreign,
    /// damaged) is refused (exit 3): the check cannot be made. One that cannot be opened or
    /// written is a warning, and the call goes without the check.
    pub(crate) fn reserve(
        &self,
        journal: Option<&Journal>,
        entry: &Map<String, Value>,
        what: &str,
        check: &str,
        rep: &Reporter,
    ) -> Result<Reservation, crate::error::Failure> {
        let unused = Reservation {
            journal: None,
            id: None,
        };
        let Some(j) = journal else {
            rep.warn("there is no home folder for the journal: this call is not checked against earlier ones, nor written down; give --journal FILE");
            return Ok(unused);
        };
        let _timed = Timed::after("settings");
        let reserved = j.store(true, rep).and_then(|s| {
            let mut s = s.ok_or_else(|| {
                Problem::Failed(format!("{} could not be made", j.shown()))
            })?;
            // A key checked against a journal this very run made protects nothing yet: on a
            // fresh CI runner each run has a journal of its own.
            if let Some(key) = self.key
                && s.created()
            {
                rep.warn(&format!(
                    "the journal {} was made by this run: --idempotency-key {} protects only as far as the journal reaches (a fresh CI runner starts with none; keep it between runs, as the GitHub Action does, or give --journal a kept path)",
                    j.shown(),
                    crate::sanitize::escape(key)
                ));
            }
            s.reserve(
                self.sdkappid,
                self.fingerprint,
                self.key,
                &scrubbed(entry),
                |earlier| self.check(earlier, what, check, rep),
            )
        });
        match reserved {
            Ok(Ok(id)) => Ok(Reservation {
                journal: Some(j.clone()),
                id: Some(id),
            }),
            Ok(Err(refused)) => Err(refused),
            Err(Problem::Refused(m)) => Err(refused_journal(&m)),
            // A team's journal is there so that no machine sends what another did: without it
            // the call does not go.
            Err(Problem::Failed(m)) if team::is_url(&j.path.to_string_lossy()) => {
                Err(crate::error::Failure::config(format!(
                    "the team journal cannot be used: {}",
                    crate::sanitize::escape(&m)
                ))
                .with_hint("nothing was sent: the check against a second push across the team needs it; try again once the server answers, or give --journal FILE to use this machine's journal alone"))
            }
            Err(e) => {
                rep.warn(&format!(
                    "the journal could not be used ({}); this call is not checked against earlier ones, nor written down",
                    crate::sanitize::escape(e.message())
                ));
                Ok(unused)
            }
        }
    }

    /// For `--dry-run`: whether the real run would be refused, said as a note (nothing is
    /// written).
    pub(crate) fn preview(&self, journal: Option<&Journal>, what: &str, rep: &Reporter) {
        let earlier = match journal.map(|j| j.store(false, rep)) {
            Some(Ok(Some(s))) => s.candidates(self.sdkappid, self.fingerprint, self.key),
            Some(Ok(None)) | None => Ok(Vec::new()),
            Some(Err(e)) => Err(e),
        };
        match earlier {
            Ok(earlier) => {
                let quiet = rep.saying_only_errors(true);
                if let Err(f) = self.check(&earlier, what, "", &quiet) {
                    let reason = f.message.trim_end_matches("; nothing was sent");
                    rep.note(&format!("the real run would be refused: {reason}"));
                }
            }
            Err(e) => unreadable(&e, rep),
        }
    }

    /// Refuses a call that repeats one of `entries` (exit 5), naming the earlier call and how
    /// to check on it; `--force` sends anyway (with a note). `what` is "push", "batch" or
    /// "scheduled push"; `check` is what to run to see whether an unknown one went out.
    pub(crate) fn check(
        &self,
        entries: &[Map<String, Value>],
        what: &str,
        check: &str,
        rep: &Reporter,
    ) -> Result<(), crate::error::Failure> {
        let now = now_unix();
        let window = self.window.as_secs() as i64;
        let Some(e) = earlier(
            entries,
            self.sdkappid,
            &self.endpoint,
            self.fingerprint,
            self.key,
            window,
            now,
        ) else {
            // The same push taken back since (recalled, or cancelled before it went out) is
            // not one this would repeat: said, and sent.
            let taken_back = TakenBack::of(entries);
            if let Some((e, how)) = entries.iter().rev().find_map(|e| {
                let same = e.get("sdkappid").and_then(Value::as_u64) == Some(self.sdkappid as u64)
                    && same_endpoint(e, &self.endpoint)
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
        assert!(earlier(&entries, 7, "https://e", "f", None, 600, 1000).is_some());
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
        assert!(earlier(&entries, 7, "https://e", "f", None, 600, 650).is_some());
        assert!(
            earlier(&entries, 7, "https://e", "f", None, 600, 700).is_none(),
            "the window has passed"
        );
        assert!(
            earlier(&entries, 7, "https://e", "f", None, 0, 650).is_none(),
            "a window of 0 is off"
        );
        assert!(earlier(&entries, 7, "https://e", "x", Some("k1"), 600, 100_000).is_some());
        assert!(earlier(&entries, 7, "https://e", "x", Some("k2"), 600, 1000).is_none());
        assert!(
            earlier(&entries, 7, "https://e", "g", None, 600, 1000).is_none(),
            "a failed call is not out"
        );
        assert!(
            earlier(&entries, 9, "https://e", "g", None, 600, 1000).is_none(),
            "another app's"
        );
    }

    /// A push to another endpoint (the emulator, a test stand) with the same SDKAppID is not
    /// one a push to production would repeat; an entry from before endpoints were written
    /// could be either, so it counts.
    #[test]
    fn an_earlier_call_to_another_endpoint_is_not_a_repeat() {
        let entries = vec![obj(
            json!({"unix": 900, "sdkappid": 7, "endpoint": "http://127.0.0.1:8080", "fingerprint": "f", "outcome": "pushed"}),
        )];
        assert!(
            earlier(
                &entries,
                7,
                "https://adminapisgp.im.qcloud.com",
                "f",
                None,
                600,
                1000
            )
            .is_none()
        );
        assert!(earlier(&entries, 7, "http://127.0.0.1:8080", "f", None, 600, 1000).is_some());
        let old = vec![obj(
            json!({"unix": 900, "sdkappid": 7, "fingerprint": "f", "outcome": "pushed"}),
        )];
        assert!(
            earlier(
                &old,
                7,
                "https://adminapisgp.im.qcloud.com",
                "f",
                None,
                600,
                1000
            )
            .is_some()
        );
        assert_eq!(
            endpoint_of("HTTPS://AdminAPISgp.im.qcloud.com/v4/"),
            "https://adminapisgp.im.qcloud.com"
        );
        assert_eq!(
            endpoint_of("http://127.0.0.1:8080"),
            "http://127.0.0.1:8080"
        );
    }
}

#[cfg(test)]
mod store_tests;
