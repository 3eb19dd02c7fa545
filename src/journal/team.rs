//! A team's journal on a PostgreSQL server (`journal = "postgres://…"`): the same entries and
//! guarantees as the file, across machines. Each reservation (the duplicate check and the
//! entry written before a push is sent) runs in one transaction holding a lock every timpush on
//! that database takes, so two operators or two CI runners starting the same call push once; a
//! runner that crashes while its call is out leaves the entry `unknown`, as on one machine.
//!
//! The URL's password is a secret: registered with the scrubber when the URL is read, and the
//! URL is shown with its user and password redacted.

use postgres::{Client, NoTls, Transaction};
use serde_json::{Map, Value};
use std::cell::RefCell;

use super::store::{Columns, Problem};

/// The lock every reservation takes (an advisory lock: no table is locked for readers).
const LOCK: i64 = 0x7469_6d70_6a6f_7572; // "timpjour"

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS timpush_entries (
    id BIGSERIAL PRIMARY KEY,
    unix BIGINT NOT NULL,
    profile TEXT,
    sdkappid BIGINT,
    endpoint TEXT,
    command TEXT,
    run TEXT,
    audience TEXT,
    title TEXT,
    fingerprint TEXT,
    idempotency_key TEXT,
    task_id TEXT,
    sched_id BIGINT,
    outcome TEXT,
    acted_on BIGINT,
    entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timpush_entries_unix ON timpush_entries(unix);
CREATE INDEX IF NOT EXISTS timpush_entries_fingerprint ON timpush_entries(sdkappid, fingerprint);
CREATE INDEX IF NOT EXISTS timpush_entries_key ON timpush_entries(idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS timpush_entries_task ON timpush_entries(task_id) WHERE task_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS timpush_entries_sched ON timpush_entries(sched_id) WHERE sched_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS timpush_entries_acted_on ON timpush_entries(acted_on) WHERE acted_on IS NOT NULL;
CREATE TABLE IF NOT EXISTS timpush_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// True when `path` names a PostgreSQL server rather than a file.
pub(crate) fn is_url(path: &str) -> bool {
    let p = path.trim().to_ascii_lowercase();
    p.starts_with("postgres://") || p.starts_with("postgresql://")
}

/// The URL as messages show it: its user, password and parameters redacted.
pub(crate) fn shown(url: &str) -> String {
    crate::sanitize::redact_url(url)
}

/// Registers the URL's password (and the URL itself) with the scrubber.
pub(crate) fn register_secret(url: &str) {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if let Some((user_info, _)) = authority.rsplit_once('@')
        && let Some((_, password)) = user_info.split_once(':')
    {
        crate::secret::register(password);
        if let Ok(decoded) = percent_encoding::percent_decode_str(password).decode_utf8() {
            crate::secret::register(&decoded);
        }
    }
}

/// An open team journal.
pub(crate) struct Team {
    client: RefCell<Client>,
    shown: String,
}

fn failed(shown: &str, doing: &str, e: postgres::Error) -> Problem {
    // The server's own words can hold the statement; the error's kind and code are enough.
    let code = e
        .code()
        .map(|c| format!(" ({})", c.code()))
        .unwrap_or_default();
    let what = match e.as_db_error() {
        Some(db) => crate::sanitize::escape(db.message()),
        None => crate::sanitize::escape(&e.to_string()),
    };
    Problem::Failed(format!(
        "cannot {doing} the team journal {shown}: {what}{code}"
    ))
}

fn entries(rows: Vec<postgres::Row>) -> Vec<Map<String, Value>> {
    rows.iter()
        .filter_map(|r| match serde_json::from_str(r.get::<_, &str>(0)) {
            Ok(Value::Object(m)) => Some(m),
            _ => None,
        })
        .collect()
}

fn insert(tx: &mut Transaction<'_>, e: &Map<String, Value>) -> Result<i64, postgres::Error> {
    let r = Columns::of(e);
    let acted_on: Option<i64> = if r.makes() || (r.task_id.is_none() && r.sched_id.is_none()) {
        None
    } else {
        tx.query_opt(
            "SELECT id FROM timpush_entries WHERE command IN ('push', 'batch', 'sched add')
             AND (task_id = $1 OR sched_id = $2) ORDER BY id DESC LIMIT 1",
            &[&r.task_id, &r.sched_id],
        )?
        .map(|row| row.get(0))
    };
    let row = tx.query_one(
        "INSERT INTO timpush_entries (unix, profile, sdkappid, endpoint, command, run, audience,
         title, fingerprint, idempotency_key, task_id, sched_id, outcome, acted_on, entry)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        &[
            &r.unix,
            &r.profile,
            &r.sdkappid,
            &r.endpoint,
            &r.command,
            &r.run,
            &r.audience,
            &r.title,
            &r.fingerprint,
            &r.key,
            &r.task_id,
            &r.sched_id,
            &r.outcome,
            &acted_on,
            &r.entry,
        ],
    )?;
    Ok(row.get(0))
}

impl Team {
    /// Connects to the server `url` names and sets its tables up when they are not there.
    pub(crate) fn open(url: &str) -> Result<Team, Problem> {
        register_secret(url);
        let shown = shown(url);
        let mut client =
            Client::connect(url.trim(), NoTls).map_err(|e| failed(&shown, "reach", e))?;
        let mut tx = client
            .transaction()
            .map_err(|e| failed(&shown, "open", e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])
            .map_err(|e| failed(&shown, "lock", e))?;
        tx.batch_execute(SCHEMA)
            .map_err(|e| failed(&shown, "set up", e))?;
        tx.commit().map_err(|e| failed(&shown, "set up", e))?;
        Ok(Team {
            client: RefCell::new(client),
            shown,
        })
    }

    fn select(
        &self,
        clause: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        let rows = self
            .client
            .borrow_mut()
            .query(
                &format!("SELECT entry FROM timpush_entries WHERE {clause}"),
                params,
            )
            .map_err(|e| failed(&self.shown, "read", e))?;
        Ok(entries(rows))
    }

    pub(crate) fn insert(&self, entry: &Map<String, Value>) -> Result<i64, Problem> {
        let mut c = self.client.borrow_mut();
        let mut tx = c
            .transaction()
            .map_err(|e| failed(&self.shown, "write", e))?;
        let id = insert(&mut tx, entry).map_err(|e| failed(&self.shown, "write", e))?;
        tx.commit().map_err(|e| failed(&self.shown, "write", e))?;
        Ok(id)
    }

    pub(crate) fn update(&self, id: i64, entry: &Map<String, Value>) -> Result<(), Problem> {
        let r = Columns::of(entry);
        self.client
            .borrow_mut()
            .execute(
                "UPDATE timpush_entries SET unix = $2, profile = $3, sdkappid = $4, endpoint = $5,
                 command = $6, run = $7, audience = $8, title = $9, fingerprint = $10,
                 idempotency_key = $11, task_id = $12, sched_id = $13, outcome = $14, entry = $15
                 WHERE id = $1",
                &[
                    &id,
                    &r.unix,
                    &r.profile,
                    &r.sdkappid,
                    &r.endpoint,
                    &r.command,
                    &r.run,
                    &r.audience,
                    &r.title,
                    &r.fingerprint,
                    &r.key,
                    &r.task_id,
                    &r.sched_id,
                    &r.outcome,
                    &r.entry,
                ],
            )
            .map(|_| ())
            .map_err(|e| failed(&self.shown, "write", e))
    }

    pub(crate) fn all(&self) -> Result<Vec<Map<String, Value>>, Problem> {
        self.select("true ORDER BY id", &[])
    }

    pub(crate) fn since(&self, since: i64) -> Result<Vec<Map<String, Value>>, Problem> {
        self.select("unix >= $1 ORDER BY unix, id", &[&since])
    }

    pub(crate) fn naming(&self, ids: &[String]) -> Result<Vec<Map<String, Value>>, Problem> {
        let mut out = Vec::new();
        for id in ids {
            let sched = id.parse::<i64>().ok();
            out.extend(self.select(
                "task_id = $1 OR ($2::BIGINT IS NOT NULL AND sched_id = $2) ORDER BY id",
                &[id, &sched],
            )?);
        }
        Ok(out)
    }

    pub(crate) fn count(&self) -> Result<u64, Problem> {
        self.client
            .borrow_mut()
            .query_one("SELECT count(*) FROM timpush_entries", &[])
            .map(|r| r.get::<_, i64>(0) as u64)
            .map_err(|e| failed(&self.shown, "read", e))
    }

    pub(crate) fn pushes_between(&self, sdkappid: u32, from: i64, to: i64) -> Result<u64, Problem> {
        self.client
            .borrow_mut()
            .query_one(
                "SELECT count(*) FROM timpush_entries WHERE command = 'push' AND sdkappid = $1
                 AND outcome IN ('pushed', 'unknown') AND unix >= $2 AND unix < $3",
                &[&i64::from(sdkappid), &from, &to],
            )
            .map(|r| r.get::<_, i64>(0) as u64)
            .map_err(|e| failed(&self.shown, "read", e))
    }

    pub(crate) fn candidates(
        &self,
        sdkappid: u32,
        fingerprint: &str,
        key: Option<&str>,
    ) -> Result<Vec<Map<String, Value>>, Problem> {
        let mut c = self.client.borrow_mut();
        candidates(&mut *c, sdkappid, fingerprint, key).map_err(|e| failed(&self.shown, "read", e))
    }

    /// As [`super::store::Lite::reserve`], across machines: the transaction holds the lock every
    /// reservation on this database takes.
    pub(crate) fn reserve<E>(
        &self,
        sdkappid: u32,
        fingerprint: &str,
        key: Option<&str>,
        entry: &Map<String, Value>,
        check: impl FnOnce(&[Map<String, Value>]) -> Result<(), E>,
    ) -> Result<Result<i64, E>, Problem> {
        let mut c = self.client.borrow_mut();
        let shown = self.shown.clone();
        let f = |e| failed(&shown, "write", e);
        let mut tx = c.transaction().map_err(f)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])
            .map_err(f)?;
        let earlier = candidates(&mut tx, sdkappid, fingerprint, key).map_err(f)?;
        if let Err(refused) = check(&earlier) {
            return Ok(Err(refused));
        }
        let id = insert(&mut tx, entry).map_err(f)?;
        tx.commit().map_err(f)?;
        Ok(Ok(id))
    }

    pub(crate) fn forget_before(&self, before: i64) -> Result<u64, Problem> {
        self.client
            .borrow_mut()
            .execute(
                "DELETE FROM timpush_entries WHERE unix < $1 AND id NOT IN
                 (SELECT acted_on FROM timpush_entries WHERE acted_on IS NOT NULL AND unix >= $1)",
                &[&before],
            )
            .map_err(|e| failed(&self.shown, "write", e))
    }

    pub(crate) fn meta(&self, key: &str) -> Option<String> {
        self.client
            .borrow_mut()
            .query_opt("SELECT value FROM timpush_meta WHERE key = $1", &[&key])
            .ok()
            .flatten()
            .map(|r| r.get(0))
    }

    pub(crate) fn set_meta(&self, key: &str, value: &str) -> Result<(), Problem> {
        self.client
            .borrow_mut()
            .execute(
                "INSERT INTO timpush_meta (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[&key, &value],
            )
            .map(|_| ())
            .map_err(|e| failed(&self.shown, "write", e))
    }
}

/// The same call's entries and what acted on them, as `store` reads them.
fn candidates(
    c: &mut impl postgres::GenericClient,
    sdkappid: u32,
    fingerprint: &str,
    key: Option<&str>,
) -> Result<Vec<Map<String, Value>>, postgres::Error> {
    let rows = c.query(
        "WITH same AS (
            SELECT id FROM timpush_entries WHERE sdkappid = $1 AND fingerprint = $2
            UNION SELECT id FROM timpush_entries WHERE $3::TEXT IS NOT NULL AND idempotency_key = $3
        )
        SELECT entry FROM timpush_entries WHERE id IN (
            SELECT id FROM same
            UNION SELECT id FROM timpush_entries WHERE acted_on IN (SELECT id FROM same)
        ) ORDER BY id",
        &[&i64::from(sdkappid), &fingerprint, &key],
    )?;
    Ok(entries(rows))
}
