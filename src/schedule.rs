//! Scheduled push tasks and push reports, as the commands share them: the REST commands, one
//! read-only call, and a scheduled task as read back (docs/service.md 4 and 5).

use serde_json::Value;

use crate::client::finished::{Finished, Job, Outcome};
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::session::{About, Session};
use crate::timefmt::{parse_time, parse_wire_utc};

use crate::rest;
use crate::taskid::TaskId;

pub(crate) const ADD: &str = rest::ADD_SCHED.path;
pub(crate) const MODIFY: &str = rest::MODIFY_SCHED.path;
pub(crate) const DELETE: &str = rest::DELETE_SCHED.path;
pub(crate) const GET: &str = rest::GET_SCHED.path;
pub(crate) const LIST: &str = rest::LIST_SCHED.path;
pub(crate) const STATISTICS: &str = rest::STATISTICS.path;
pub(crate) const LOSS: &str = rest::LOSS.path;
pub(crate) const TRACE: &str = rest::TRACE.path;

/// A `--since`/`--until` value: a TIME, or a DURATION back from `now` (forward with `ahead`).
pub(crate) fn time_or_duration(
    flag: &str,
    raw: &str,
    now: i64,
    ahead: bool,
) -> Result<i64, Failure> {
    if let Ok(t) = parse_time(raw) {
        return Ok(t);
    }
    if let Some(t) = crate::timefmt::parse_local(raw, now, ahead) {
        return Ok(t);
    }
    match crate::settings::table::parse_duration(raw) {
        Ok(d) if !raw.trim().chars().all(|c| c.is_ascii_digit()) => {
            let secs = d.as_secs() as i64;
            Ok(if ahead { now + secs } else { now - secs })
        }
        _ => Err(Failure::usage(format!(
            "{flag}: {:?} is neither a time (RFC 3339 with a zone, unix seconds, or in the local zone: today, yesterday 18:00, 09:00, 2026-12-09 or 2026-12-09 09:00) nor a duration such as 24h or 7d",
            escape(raw)
        ))),
    }
}

/// A `--at` value: a TIME, or a DURATION from now (`+2h`, `2h`, `90m`), for a scheduled push.
pub(crate) fn at_time(raw: &str, now: i64) -> Result<i64, String> {
    if let Some(t) = crate::timefmt::parse_local(raw, now, true) {
        return Ok(t);
    }
    let as_time = parse_time(raw);
    if as_time.is_ok() || raw.contains(['-', ':', 'T']) && !raw.trim().starts_with('+') {
        // A time, or what was meant as one: its own error says what is wrong with it.
        return as_time;
    }
    let d = raw.trim().strip_prefix('+').unwrap_or(raw.trim());
    match crate::settings::table::parse_duration(d) {
        Ok(dur) if !d.chars().all(|c| c.is_ascii_digit()) => Ok(now + dur.as_secs() as i64),
        _ => Err(format!(
            "{:?} is neither a time (RFC 3339 with a zone, such as 2030-12-01T09:00:00+08:00, unix seconds, or in the local zone: tomorrow 09:00, 09:00 or 2030-12-01 09:00) nor a time from now such as +2h or 90m",
            escape(raw)
        )),
    }
}

/// A call that only reads (or that is safe to repeat): its answer object, or how it failed.
pub(crate) fn read(
    session: &mut Session,
    command: &str,
    body: &Value,
    rep: &Reporter,
) -> Result<Value, Box<Finished>> {
    read_about(session, command, body, rep, &About::new(Job::Read, command)).map(|(v, _)| v)
}

/// [`read`], for a call that changes something: a second Ctrl-C while it is out reports it as
/// `about` says.
pub(crate) fn read_about(
    session: &mut Session,
    command: &str,
    body: &Value,
    rep: &Reporter,
    about: &About,
) -> Result<(Value, Finished), Box<Finished>> {
    // Reads are safe to repeat; a command the table knows is repeated only if it says so.
    let policy = match rest::find(command) {
        Some(r) => session.policy(r),
        None => session.repeatable(),
    };
    let Some(end) = session.call_about(command, &body.to_string(), policy, rep, about) else {
        return Err(Box::new(Finished::not_attempted(
            Exit::Interrupted,
            "interrupted",
        )));
    };
    let raw = end.last.answer.as_ref().map(|a| a.raw.clone());
    let f = Finished::new(Job::Read, end, &session.hint_context(), false);
    match raw {
        Some(raw) if f.succeeded() => Ok((raw, f)),
        _ => Err(Box::new(f)),
    }
}

/// A scheduled task as get_sched_task and list_sched_task describe it.
#[derive(Debug, Clone)]
pub(crate) struct SchedTask {
    pub id: u64,
    pub kind: String,
    pub status: String,
    pub sched_at: Option<i64>,
    pub push_task_id: String,
    pub title: String,
    /// Whom it goes to, from its Content and Type (`None`: the answer does not say).
    pub audience: Option<crate::notification::Stated>,
    /// The object as received.
    pub raw: Value,
}

impl SchedTask {
    /// Reads a `TaskInfo` object; `None` when it has no whole-number TaskID.
    pub(crate) fn from_json(v: &Value) -> Option<SchedTask> {
        let text = |k: &str| match v.get(k) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        Some(SchedTask {
            id: v.get("TaskID")?.as_u64()?,
            kind: text("Type"),
            status: text("Status"),
            sched_at: v
                .get("SchedAt")
                .and_then(Value::as_str)
                .and_then(parse_wire_utc),
            push_task_id: text("PushTaskID"),
            title: text("Title"),
            audience: crate::notification::stated_task(v.get("Content"), &text("Type")),
            raw: v.clone(),
        })
    }

    /// Only a pending task can still be changed or cancelled (docs/service.md 4).
    pub(crate) fn pending(&self) -> bool {
        self.status == "pending"
    }

    /// The push this task became, if it names one, checked against the rest of the answer: a
    /// PushTaskID that is not text (the number `12345`), one that is not a TaskId, a pending
    /// task that names a push, or a dispatched task that names none are protocol problems,
    /// never a push to recall or a task to wait for.
    pub(crate) fn push(&self) -> Result<Option<TaskId>, String> {
        let id = self.id;
        match self.raw.get("PushTaskID") {
            None | Some(Value::Null) | Some(Value::String(_)) => {}
            Some(other) => {
                let kind = match other {
                    Value::Number(_) => "a number",
                    Value::Bool(_) => "a boolean",
                    Value::Array(_) => "an array",
                    _ => "an object",
                };
                return Err(format!(
                    "scheduled task {id} names a PushTaskID that is {kind}, not a TaskId's text"
                ));
            }
        }
        if self.push_task_id.is_empty() {
            if self.status == "dispatched" {
                return Err(format!(
                    "scheduled task {id} is dispatched but names no PushTaskID"
                ));
            }
            return Ok(None);
        }
        if self.pending() {
            return Err(format!(
                "scheduled task {id} is pending but names a PushTaskID, as if it had gone out"
            ));
        }
        TaskId::parse(&self.push_task_id).map(Some).map_err(|e| {
            format!("scheduled task {id} names a PushTaskID that is not a TaskId: {e}")
        })
    }

    /// Status words for messages, escaped.
    pub(crate) fn status_text(&self) -> String {
        if self.status.is_empty() {
            "(no status)".into()
        } else {
            escape(&self.status)
        }
    }
}

/// Reads scheduled task `id`.
pub(crate) fn get(
    session: &mut Session,
    id: u64,
    rep: &Reporter,
) -> Result<SchedTask, Box<Finished>> {
    let app = session.settings.sdkappid.value;
    let raw = read(
        session,
        GET,
        &serde_json::json!({"Sdkappid": app, "TaskID": id}),
        rep,
    )?;
    let k = raw
        .get("TaskInfo")
        .and_then(SchedTask::from_json)
        .ok_or_else(|| {
            Box::new(protocol(format!(
                "get_sched_task answered OK without a TaskInfo for {id}"
            )))
        })?;
    // The answer must be about the task asked for: an edit or a cancel acts on its TaskID.
    if k.id != id {
        return Err(Box::new(protocol(format!(
            "get_sched_task was asked for task {id} but answered with task {}; nothing was changed",
            k.id
        ))));
    }
    Ok(k)
}

/// A delete of a pending scheduled task, as `sched cancel` and `stop` make it.
pub(crate) struct Deleted {
    /// Its result: a success, outcome cancelled, when the task is gone.
    pub(crate) finished: Finished,
    /// The last answer's ErrorCode (90107: the task began to go out meanwhile).
    pub(crate) code: Option<i64>,
    /// An attempt's answer was lost before the last one.
    pub(crate) after_lost_answer: bool,
}

/// Deletes pending scheduled task `k`; `None` when interrupted before a call went out. A
/// delete whose answer was lost and whose repeat finds no task took, once a read confirms
/// the task is gone: then it is a success.
pub(crate) fn delete(session: &mut Session, k: &SchedTask, rep: &Reporter) -> Option<Deleted> {
    let id = k.id;
    let app = session.settings.sdkappid.value;
    let body = serde_json::json!({"Sdkappid": app, "TaskID": id, "Type": k.kind});
    let policy = session.policy(&rest::DELETE_SCHED);
    let about = About::new(Job::Read, format!("scheduled task {id}")).with("TaskID", id);
    let end = session.call_about(DELETE, &body.to_string(), policy, rep, &about)?;
    let after_lost_answer = end.ambiguous_before;
    let code = end.last.answer.as_ref().map(|a| a.error_code);
    let mut finished = Finished::new(Job::Read, end, &session.hint_context(), false);
    if !finished.succeeded()
        && after_lost_answer
        && not_found(&finished)
        && matches!(get(session, id, rep), Err(g) if not_found(&g))
    {
        finished.exit = Exit::Success;
        finished.message.clear();
        finished.hint = None;
    }
    if finished.succeeded() {
        finished.outcome = Outcome::Cancelled;
    }
    Some(Deleted {
        finished,
        code,
        after_lost_answer,
    })
}

/// A failure for an answer that is OK but not of the documented shape.
pub(crate) fn protocol(message: String) -> Finished {
    Finished::protocol(message)
}

/// True when a failed call answered that the scheduled task does not exist (90104).
pub(crate) fn not_found(f: &Finished) -> bool {
    f.last
        .as_ref()
        .and_then(|a| a.answer.as_ref())
        .is_some_and(|a| a.error_code == 90104)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_takes_a_time_or_a_time_from_now() {
        let now = 1_800_000_000;
        assert_eq!(at_time("+2h", now), Ok(now + 7200));
        assert_eq!(at_time("90m", now), Ok(now + 5400));
        assert_eq!(
            at_time("2030-12-01T01:00:00Z", now),
            parse_time("2030-12-01T09:00:00+08:00")
        );
        // In the local zone: tomorrow's midnight, there.
        assert_eq!(
            at_time("tomorrow", now),
            Ok(crate::timefmt::parse_local("tomorrow", now, true).unwrap())
        );
        assert!(
            at_time("someday", now)
                .unwrap_err()
                .contains("nor a time from now such as +2h")
        );
        assert!(at_time("+", now).is_err());
    }
}
