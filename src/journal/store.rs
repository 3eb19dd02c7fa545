//! The journal's storage: one SQLite database (rusqlite's bundled library), in write-ahead-log
//! mode, one row a call with typed columns beside the entry's whole JSON.
//!
//! Safe under any number of processes (SQLite's locks; a writer waits up to [`BUSY`] for
//! another), after a crash (a transaction is written whole or not at all), and confined: a file
//! that is not a timpush journal (another program's database, a damaged one, anything else) is
//! refused with its path and what to do, never half-read. A JSON Lines journal (what timpush
//! kept before) found where the database belongs is imported once, whole, and kept beside it as
//! `FILE.imported`.

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process's transaction before giving up.
const BUSY: Duration = Duration::from_secs(15);

/// SQLite's `application_id` of a timpush journal ("timp").
const APPLICATION_ID: i64 = 0x7469_6d70;

/// The layout this code reads and writes (2: the index of the entries an entry acted on).
const VERSION: i64 = 2;

/// What brings a journal of layout 1 to layout 2.
const TO_2: &str =
    "CREATE INDEX IF NOT EXISTS entries_acted_on ON entries(acted_on) WHERE acted_on IS NOT NULL;";

/// What a journal file starts with.
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

const SCHEMA: &str = "
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    unix INTEGER NOT NULL,
    profile TEXT,
    sdkappid INTEGER,
    endpoint TEXT,
    command TEXT,
    run TEXT,
    audience TEXT,
    title TEXT,
    fingerprint TEXT,
    idempotency_key TEXT,
    task_id TEXT,
    sched_id INTEGER,
    outcome TEXT,
    acted_on INTEGER REFERENCES entries(id),
    entry TEXT NOT NULL
);
CREATE INDEX entries_unix ON entries(unix);
CREATE INDEX entries_fingerprint ON entries(sdkappid, fingerprint);
CREATE INDEX entries_key ON entries(idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX entries_task ON entries(task_id) WHERE task_id IS NOT NULL;
CREATE INDEX entries_sched ON entries(sched_id) WHERE sched_id IS NOT NULL;
CREATE INDEX entries_run ON entries(run);
CREATE INDEX entries_acted_on ON entries(acted_on) WHERE acted_on IS NOT NULL;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// Why a journal could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// The file is not a timpush journal, or is damaged: refused, with what to do.
    Refused(String),
    /// It could not be opened, read or written (permissions, a full disk, a lock held too long).
    Failed(String),
}

impl Problem {
    pub(crate) fn message(&self) -> &str {
        match self {
            Problem::Refused(m) | Problem::Failed(m) => m,
        }
    }
}

/// An open journal file.
pub(crate) struct Lite {
    conn: Connection,
    path: PathBuf,
    /// What an import said (how many entries, where the old file went), for the caller to say.
    pub imported: Option<String>,
    /// The file was made by this open: nothing was in it before this run.
    pub created: bool,
}

/// The columns of an entry, read from its JSON (the file's and the team journal's alike).
pub(crate) struct Columns {
    pub(crate) unix: i64,
    pub(crate) profile: Option<String>,
    pub(crate) sdkappid: Option<i64>,
    pub(crate) endpoint: Option<String>,
    pub(crate) command: Option<String>,
    pub(crate) run: Option<String>,
    pub(crate) audience: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) fingerprint: Option<String>,
    pub(crate) key: Option<String>,
    pub(crate) task_id: Option<String>,
    pub(crate) sched_id: Option<i64>,
    pub(crate) outcome: Option<String>,
    /// The whole entry, as JSON text.
    pub(crate) entry: String,
}

impl Columns {
    pub(crate) fn of(e: &Map<String, Value>) -> Columns {
        let text = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string);
        Columns {
            unix: e.get("unix").and_then(Value::as_i64).unwrap_or(0),
            profile: text("profile"),
            sdkappid: e.get("sdkappid").and_then(Value::as_i64),
            endpoint: text("endpoint"),
            command: text("command"),
            run: text("run"),
            audience: e.get("audience").map(Value::to_string),
            title: text("title"),
            fingerprint: text("fingerprint"),
            key: text("idempotency_key"),
            task_id: text("TaskId"),
            sched_id: e.get("TaskID").and_then(Value::as_i64),
            outcome: text("outcome"),
            entry: Value::Object(e.clone()).to_string(),
        }
    }

    /// True for an entry that makes something a later entry can act on.
    pub(crate) fn makes(&self) -> bool {
        matches!(
            self.command.as_deref(),
            Some("push" | "batch" | "sched add")
        )
    }
}

/// Commands whose entry makes something a later entry can act on.
const MAKERS: &str = "('push', 'batch', 'sched add')";

fn failed(path: &Path, doing: &str, e: impl std::fmt::Display) -> Problem {
    Problem::Failed(format!("cannot {doing} {}: {e}", path.display()))
}

/// A SQLite error on a file that opened: damage and foreign files are refused, the rest failed.
fn judged(path: &Path, doing: &str, e: rusqlite::Error) -> Problem {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(NotADatabase | DatabaseCorrupt) => damaged(path),
        _ => failed(path, doing, e),
    }
}

fn damaged(path: &Path) -> Problem {
    Problem::Refused(format!(
        "{} is damaged (SQLite cannot read it as a database); nothing was read from it: move it aside (timpush starts a new journal) and keep it to recover what it held with sqlite3's .recover",
        path.display()
    ))
}

fn foreign(path: &Path, what: &str) -> Problem {
    Problem::Refused(format!(
        "{} is not a timpush journal ({what}); nothing was read from it or written to it: point journal (--journal, TIMPUSH_JOURNAL or the profile's journal) at another file, or move this one away",
        path.display()
    ))
}

/// What a file at the journal's place holds, from its first bytes.
enum Kind {
    Absent,
    Empty,
    Sqlite,
    JsonLines,
    Other,
}

fn kind_of(path: &Path) -> Result<Kind, Problem> {
    use std::io::Read;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = match opts.open(path) {
        Ok(f) => f,
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                || e.kind() == std::io::ErrorKind::NotADirectory =>
        {
            return Ok(Kind::Absent);
        }
        Err(e) => {
            return Err(Problem::Failed(crate::settings::fsperm::opened_error(
                path, e, "read", "journal",
            )));
        }
    };
    crate::settings::fsperm::check_private(path, &file, "journal").map_err(Problem::Failed)?;
    let mut head = Vec::with_capacity(16);
    file.take(16)
        .read_to_end(&mut head)
        .map_err(|e| failed(path, "read", e))?;
    let first = head.iter().find(|b| !b.is_ascii_whitespace());
    Ok(if head.is_empty() {
        Kind::Empty
    } else if head.starts_with(SQLITE_MAGIC) {
        Kind::Sqlite
    } else if first == Some(&b'{') {
        Kind::JsonLines
    } else if first.is_none() && head.len() < 16 {
        Kind::Empty
    } else {
        Kind::Other
    })
}

/// `FILE.imported` (and `FILE.1.imported`): where an imported JSON Lines journal is kept.
fn kept_as(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".imported");
    PathBuf::from(name)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

impl Lite {
    /// The journal at `path`. Absent: made when `create` (its folder private, the file 0600),
    /// else `None`. `legacy` is a JSON Lines journal to import when the database is new (the old
    /// default file beside the new default one).
    pub(crate) fn open(
        path: &Path,
        create: bool,
        legacy: Option<&Path>,
    ) -> Result<Option<Lite>, Problem> {
        let mut imported = None;
        let mut created = false;
        match kind_of(path)? {
            Kind::Absent => {
                let old = legacy.filter(|l| matches!(kind_of(l), Ok(Kind::JsonLines)));
                match old {
                    Some(old) => imported = Some(import(old, path)?),
                    None if !create => return Ok(None),
                    None => {
                        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                            super::make_folder(dir).map_err(|e| {
                                Problem::Failed(format!(
                                    "cannot make its folder {}: {e}",
                                    dir.display()
                                ))
                            })?;
                        }
                        crate::settings::fsperm::append_private(path, "journal")
                            .map_err(Problem::Failed)?;
                        created = true;
                    }
                }
            }
            Kind::Empty | Kind::Sqlite => {}
            Kind::JsonLines => imported = Some(import(path, path)?),
            Kind::Other => {
                return Err(foreign(
                    path,
                    "it is neither a SQLite database nor JSON Lines",
                ));
            }
        }
        let conn = connect(path)?;
        let mut store = Lite {
            conn,
            path: path.to_path_buf(),
            imported,
            created,
        };
        store.prepare()?;
        Ok(Some(store))
    }

    /// Checks the file is a timpush journal (or a new, empty database) and sets it up. Nothing
    /// is written to a file found to be another program's.
    fn prepare(&mut self) -> Result<(), Problem> {
        let path = self.path.clone();
        let j = |e| judged(&path, "read", e);
        let (app, version) = self.identity().map_err(j)?;
        if app == APPLICATION_ID {
            if version > VERSION {
                return Err(foreign(
                    &path,
                    &format!(
                        "it was written by a newer timpush (layout {version}; this one reads {VERSION})"
                    ),
                ));
            }
        } else {
            let tables: i64 = self
                .conn
                .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
                .map_err(j)?;
            if app != 0 || tables != 0 {
                return Err(foreign(&path, "a SQLite database of another program"));
            }
        }
        // Write-ahead logging is kept in the file once set: asked, not set again, on each open.
        let mode: String = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .map_err(j)?;
        if !mode.eq_ignore_ascii_case("wal") {
            self.conn
                .pragma_update(None, "journal_mode", "WAL")
                .map_err(j)?;
        }
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(j)?;
        if app == APPLICATION_ID && version == VERSION {
            return Ok(());
        }
        if app == APPLICATION_ID {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(j)?;
            let version: i64 = tx
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(j)?;
            if version < 2 {
                tx.execute_batch(TO_2).map_err(j)?;
            }
            tx.pragma_update(None, "user_version", VERSION).map_err(j)?;
            return tx.commit().map_err(|e| judged(&path, "write", e));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(j)?;
        // Another process may have set it up while this one waited for the lock.
        let app: i64 = tx
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(j)?;
        if app == APPLICATION_ID {
            return tx.commit().map_err(j);
        }
        tx.execute_batch(SCHEMA).map_err(j)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(j)?;
        tx.pragma_update(None, "user_version", VERSION).map_err(j)?;
        tx.commit().map_err(|e| judged(&path, "write", e))
    }

    /// The file's `application_id` and `user_version`.
    fn identity(&self) -> rusqlite::Result<(i64, i64)> {
        let app = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok((app, version))
    }

    /// Adds an entry (already scrubbed); its row id.
    pub(crate) fn insert(&self, entry: &Map<String, Value>) -> Result<i64, Problem> {
        insert_into(&self.conn, entry).map_err(|e| judged(&self.path, "write", e))
    }

    /// Replaces entry `id` with `entry` (a reservation, completed).
    pub(crate) fn update(&self, id: i64, entry: &Map<String, Value>) -> Result<(), Problem> {
        let c = Columns::of(entry);
        self.conn
            .execute(
                "UPDATE entries SET unix = ?2, profile = ?3, sdkappid = ?4, endpoint = ?5,
                 command = ?6, run = ?7, audience = ?8, title = ?9, fingerprint = ?10,
                 idempotency_key = ?11, task_id = ?12, sched_id = ?13, outcome = ?14, entry = ?15
                 WHERE id = ?1",
                params![
                    id,
                    c.unix,
                    c.profile,
                    c.sdkappid,
                    c.endpoint,
                    c.command,
                    c.run,
                    c.audience,
                    c.title,
                    c.fingerprint,
                    c.key,
                    c.task_id,
                    c.sched_id,
                    c.outcome,
                    c.entry
                ],
            )
            .map(|_| ())
            .map_err(|e| judged(&self.path, "write", e))
    }

    /// Entries by a `WHERE` clause over the columns, in `order`.
    fn select(
        &self,
        clause: &str,
        order: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        let j = |e| judged(&self.path, "read", e);
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT entry FROM entries WHERE {clause} ORDER BY {order}"
            ))
            .map_err(j)?;
        let rows = stmt.query_map(args, |r| r.get::<_, String>(0)).map_err(j)?;
        let mut out = Vec::new();
        for row in rows {
            let text = row.map_err(j)?;
            if let Ok(Value::Object(m)) = serde_json::from_str(&text) {
                out.push(m);
            }
        }
        Ok(out)
    }

    /// Every entry, oldest first.
    pub(crate) fn all(&self) -> Result<Vec<Map<String, Value>>, Problem> {
        self.select("1", "id", [])
    }

    /// The entries written at or after `since`, oldest first (by time, then as written: the
    /// time index serves both the window and the order, whatever the journal's size).
    pub(crate) fn since(&self, since: i64) -> Result<Vec<Map<String, Value>>, Problem> {
        self.select("unix >= ?1", "unix, id", [since])
    }

    /// The entries that name one of `ids` (a TaskId, or a scheduled TaskID as digits).
    pub(crate) fn naming(&self, ids: &[String]) -> Result<Vec<Map<String, Value>>, Problem> {
        let mut out = Vec::new();
        for id in ids {
            out.extend(match id.parse::<i64>() {
                Ok(sched) => {
                    self.select("task_id = ?1 OR sched_id = ?2", "id", params![id, sched])?
                }
                Err(_) => self.select("task_id = ?1", "id", params![id])?,
            });
        }
        Ok(out)
    }

    /// The number of entries.
    pub(crate) fn count(&self) -> Result<u64, Problem> {
        self.conn
            .query_row("SELECT count(*) FROM entries", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| judged(&self.path, "read", e))
    }

    /// Pushes of app `sdkappid` (pushed, or maybe pushed) written in `[from, to)`.
    pub(crate) fn pushes_between(&self, sdkappid: u32, from: i64, to: i64) -> Result<u64, Problem> {
        self.conn
            .query_row(
                // `+sdkappid`: by the time index (a day's rows), not the app's (all of them).
                "SELECT count(*) FROM entries WHERE command = 'push' AND +sdkappid = ?1
                 AND outcome IN ('pushed', 'unknown') AND unix >= ?2 AND unix < ?3",
                params![sdkappid, from, to],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(|e| judged(&self.path, "read", e))
    }

    /// In one transaction that no other writer can enter: the entries a new call of app
    /// `sdkappid` could repeat (same fingerprint or idempotency key, and what took those back),
    /// given to `check`; when it accepts, `entry` is written (its outcome `unknown` until the
    /// call's end replaces it) and its row id returned. A run killed while its call is out
    /// leaves that `unknown` entry, and a run started at the same time sees it.
    pub(crate) fn reserve<E>(
        &mut self,
        sdkappid: u32,
        fingerprint: &str,
        key: Option<&str>,
        entry: &Map<String, Value>,
        check: impl FnOnce(&[Map<String, Value>]) -> Result<(), E>,
    ) -> Result<Result<i64, E>, Problem> {
        let path = self.path.clone();
        let j = |e| judged(&path, "write", e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(j)?;
        let earlier = candidates(&tx, sdkappid, fingerprint, key).map_err(j)?;
        if let Err(refused) = check(&earlier) {
            return Ok(Err(refused));
        }
        let id = insert_into(&tx, entry).map_err(j)?;
        tx.commit().map_err(j)?;
        Ok(Ok(id))
    }

    /// The entries a new call of app `sdkappid` could repeat, as [`Lite::reserve`] reads them,
    /// without writing anything (`--dry-run`).
    pub(crate) fn candidates(
        &self,
        sdkappid: u32,
        fingerprint: &str,
        key: Option<&str>,
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        candidates(&self.conn, sdkappid, fingerprint, key)
            .map_err(|e| judged(&self.path, "read", e))
    }

    /// Removes the entries written before `before`; how many.
    pub(crate) fn forget_before(&self, before: i64) -> Result<u64, Problem> {
        self.conn
            .execute(
                "DELETE FROM entries WHERE unix < ?1 AND id NOT IN
                 (SELECT acted_on FROM entries WHERE acted_on IS NOT NULL AND unix >= ?1)",
                [before],
            )
            .map(|n| n as u64)
            .map_err(|e| judged(&self.path, "write", e))
    }

    /// A value kept beside the entries (when retention last ran).
    pub(crate) fn meta(&self, key: &str) -> Option<String> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .ok()
            .flatten()
    }

    pub(crate) fn set_meta(&self, key: &str, value: &str) -> Result<(), Problem> {
        self.conn
            .execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(|_| ())
            .map_err(|e| judged(&self.path, "write", e))
    }
}

/// The entries with the same fingerprint in app `sdkappid`, or the same idempotency key, and
/// the entries that acted on those (recalls, cancels), oldest first.
fn candidates(
    conn: &Connection,
    sdkappid: u32,
    fingerprint: &str,
    key: Option<&str>,
) -> rusqlite::Result<Vec<Map<String, Value>>> {
    // Each part by an index: the same call, then what acted on it.
    let mut stmt = conn.prepare_cached(
        "WITH same (id) AS (
            SELECT id FROM entries WHERE sdkappid = ?1 AND fingerprint = ?2
            UNION SELECT id FROM entries WHERE ?3 IS NOT NULL AND idempotency_key = ?3
        )
        SELECT entry FROM entries WHERE id IN (
            SELECT id FROM same
            UNION SELECT id FROM entries WHERE acted_on IN (SELECT id FROM same)
        ) ORDER BY id",
    )?;
    let rows = stmt.query_map(params![sdkappid, fingerprint, key], |r| {
        r.get::<_, String>(0)
    })?;
    let mut out = Vec::new();
    for row in rows {
        if let Ok(Value::Object(m)) = serde_json::from_str(&row?) {
            out.push(m);
        }
    }
    Ok(out)
}

/// Opens the database file itself: never through a symlink, waiting for other writers.
fn connect(path: &Path) -> Result<Connection, Problem> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NOFOLLOW
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| judged(path, "open", e))?;
    conn.busy_timeout(BUSY)
        .map_err(|e| judged(path, "open", e))?;
    // A run is short and often the only one: a checkpoint at every close would cost each run
    // its fsyncs. The log is checkpointed as it grows (SQLite's default, every 1000 pages).
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        true,
    )
    .map_err(|e| judged(path, "open", e))?;
    Ok(conn)
}

/// Writes one entry's row, with the earlier entry it acts on (a recall's push, a cancel's
/// scheduled task).
fn insert_into(conn: &Connection, entry: &Map<String, Value>) -> rusqlite::Result<i64> {
    let c = Columns::of(entry);
    let acted_on: Option<i64> = if c.makes() || (c.task_id.is_none() && c.sched_id.is_none()) {
        None
    } else {
        conn.query_row(
            &format!(
                "SELECT id FROM entries WHERE command IN {MAKERS}
                 AND (task_id = ?1 OR sched_id = ?2) ORDER BY id DESC LIMIT 1"
            ),
            params![c.task_id, c.sched_id],
            |r| r.get(0),
        )
        .optional()?
    };
    conn.execute(
        "INSERT INTO entries (unix, profile, sdkappid, endpoint, command, run, audience, title,
         fingerprint, idempotency_key, task_id, sched_id, outcome, acted_on, entry)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            c.unix,
            c.profile,
            c.sdkappid,
            c.endpoint,
            c.command,
            c.run,
            c.audience,
            c.title,
            c.fingerprint,
            c.key,
            c.task_id,
            c.sched_id,
            c.outcome,
            acted_on,
            c.entry
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Imports the JSON Lines journal `from` (and `from.1`, the part it had moved aside) into a new
/// database at `into`, whole, then keeps the old file(s) as `….imported`. Locked, so that two
/// processes finding the old journal at once import it once. Lines that are not JSON objects (a
/// line cut short by a full disk, a byte that is not UTF-8) are counted, and kept in the old file.
fn import(from: &Path, into: &Path) -> Result<String, Problem> {
    use std::io::Read;
    let mut lock = {
        let mut opts = std::fs::OpenOptions::new();
        opts.read(true).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        let file = opts.open(from).map_err(|e| {
            Problem::Failed(crate::settings::fsperm::opened_error(
                from, e, "read", "journal",
            ))
        })?;
        crate::settings::fsperm::check_private(from, &file, "journal").map_err(Problem::Failed)?;
        file
    };
    lock.lock().map_err(|e| failed(from, "lock", e))?;
    // Another process imported it while this one waited: the database is there now.
    if from == into && matches!(kind_of(into)?, Kind::Sqlite) {
        return Ok(String::new());
    }
    if from != into && !matches!(kind_of(into)?, Kind::Absent) {
        return Ok(String::new());
    }
    let rotated = with_suffix(from, ".1");
    let mut bytes = Vec::new();
    if let Ok(mut old) = std::fs::File::open(&rotated) {
        old.read_to_end(&mut bytes)
            .map_err(|e| failed(&rotated, "read", e))?;
        if !bytes.ends_with(b"\n") && !bytes.is_empty() {
            bytes.push(b'\n');
        }
    }
    lock.read_to_end(&mut bytes)
        .map_err(|e| failed(from, "read", e))?;
    let staging = with_suffix(into, ".importing");
    let _ = std::fs::remove_file(&staging);
    crate::settings::fsperm::append_private(&staging, "journal").map_err(Problem::Failed)?;
    let (mut taken, mut skipped) = (0u64, 0u64);
    {
        let mut store = Lite {
            conn: connect(&staging)?,
            path: staging.clone(),
            imported: None,
            created: true,
        };
        // Written in one transaction, with the rollback journal: the staging file is whole
        // before it is moved into place.
        store.prepare()?;
        let tx = store
            .conn
            .transaction()
            .map_err(|e| judged(&staging, "write", e))?;
        for line in bytes.split(|b| *b == b'\n') {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<Value>(line) {
                Ok(Value::Object(m)) => {
                    insert_into(&tx, &m).map_err(|e| judged(&staging, "write", e))?;
                    taken += 1;
                }
                _ => skipped += 1,
            }
        }
        tx.commit().map_err(|e| judged(&staging, "write", e))?;
        store
            .conn
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| judged(&staging, "write", e))?;
    }
    // The old file keeps its name as `….imported` (a second name for it), then the database
    // takes the journal's place in one step: there is no moment without a journal there.
    let kept = kept_as(from);
    let _ = std::fs::remove_file(&kept);
    std::fs::hard_link(from, &kept)
        .or_else(|_| std::fs::copy(from, &kept).map(|_| ()))
        .map_err(|e| failed(&kept, "write", e))?;
    if rotated.exists() {
        let _ = std::fs::rename(&rotated, kept_as(&rotated));
    }
    // Windows does not replace a file that is open: the lock goes first there.
    #[cfg(windows)]
    drop(lock);
    std::fs::rename(&staging, into).map_err(|e| failed(into, "write", e))?;
    if from != into {
        let _ = std::fs::remove_file(from);
    }
    #[cfg(not(windows))]
    drop(lock);
    let lost = if skipped > 0 {
        format!(
            "; {skipped} line(s) that are not JSON objects were left out (they stay in {})",
            kept.display()
        )
    } else {
        String::new()
    };
    Ok(format!(
        "the JSON Lines journal {} was imported into {} ({taken} entr{}{lost}); the old file is kept as {}",
        from.display(),
        into.display(),
        if taken == 1 { "y" } else { "ies" },
        kept.display()
    ))
}
