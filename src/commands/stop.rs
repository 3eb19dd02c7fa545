//! `timpush stop ID…`: makes each push stop, whatever its state. A scheduled task still pending
//! is cancelled; one being dispatched is waited for (within the deadline) until it shows the
//! push it became, which is then recalled; one that went out has its push recalled; a push
//! TaskId is recalled. Then the reach report of every push recalled.

use serde_json::{Map, Value, json};
use std::time::Duration;

use crate::cli::StopArgs;
use crate::client::finished::{Finished, Outcome};
use crate::error::{Exit, Failure};
use crate::journal::{self, Journal};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::schedule;
use crate::session::Session;
use crate::settings::{self, Flags};
use crate::taskid::TaskId;
use crate::wire::OfflinePushInfo;

/// What an ID names, by its shape.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Target {
    /// Digits: a scheduled TaskID.
    Scheduled(u64),
    /// Anything else: a push TaskId.
    Push(TaskId),
}

impl Target {
    pub(crate) fn parse(raw: &str) -> Result<Target, String> {
        let t = raw.trim();
        if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
            return t
                .parse::<u64>()
                .map(Target::Scheduled)
                .map_err(|_| format!("{t} is too large for a scheduled TaskID"));
        }
        // Anything else must read as a push's TaskId: `stop` acts at once on what it is
        // given, so a word that is neither is refused, never sent (revoke, which takes odd
        // shapes with a warning, is there for a TaskId of a shape no page shows).
        let id = TaskId::parse(t)?;
        if !id.has_documented_shape() && !id.is_web_push() {
            return Err(format!(
                "{} is neither a scheduled TaskID (digits) nor a push TaskId (five hex fields, optionally after batch_, such as 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e)",
                crate::sanitize::escape(t)
            ));
        }
        Ok(Target::Push(id))
    }
}

/// How many deletes of a task read back pending a stop makes when each is refused as already
/// going out (90107).
const MAX_DELETES: u32 = 2;

/// How often a task being dispatched is read again.
const POLL: Duration = Duration::from_secs(1);

/// One ID's end: the last call's result, the push recalled (if one was), the steps taken.
struct Stopped {
    finished: Finished,
    scheduled: Option<u64>,
    push: Option<TaskId>,
    steps: Vec<Value>,
}

pub(crate) fn run(flags: &Flags, a: &StopArgs, rep: &Reporter) -> Result<Exit, Failure> {
    // Results and the reach report share the stream: each JSON line says its kind.
    let with_kinds = rep.saying_kinds();
    let rep = &with_kinds;
    let mut targets: Vec<Target> = Vec::new();
    for raw in &a.ids {
        let t = Target::parse(raw).map_err(|e| Failure::usage(format!("ID: {e}")))?;
        if targets.contains(&t) {
            rep.note(&format!(
                "{} is given more than once; it is stopped once",
                escape(raw.trim())
            ));
        } else {
            targets.push(t);
        }
    }
    // Read before anything is sent: a log that cannot be read stops the run here.
    let events = match &a.events {
        Some(p) => Some(crate::callback::load_log(p, rep)?),
        None => None,
    };
    let info = OfflinePushInfo::from_flags(a.title.clone(), a.desc.clone(), a.ext.clone())
        .map_err(Failure::usage)?;
    let settings = settings::resolve(flags)?;
    if a.last.is_some() || a.since.is_some() {
        let pick = super::revoke::Pick {
            last: a.last,
            since: a.since.as_deref(),
            yes: a.yes,
            dry_run: a.dry_run,
            scheduled: true,
        };
        for raw in super::revoke::from_journal(&pick, &settings, rep)? {
            let t = Target::parse(&raw).map_err(|e| Failure::usage(format!("journal: {e}")))?;
            if !targets.contains(&t) {
                targets.push(t);
            }
        }
    }
    let journal = Journal::of(&settings);
    let base = journal::entry(&settings, "stop");
    let mut session = Session::open(settings, rep)?;
    if a.dry_run {
        for t in &targets {
            let (id, what) = match t {
                Target::Scheduled(n) => (
                    n.to_string(),
                    "a scheduled TaskID: cancelled if still pending; if being dispatched, waited for and its push recalled; if gone out, its push recalled",
                ),
                Target::Push(p) => (p.to_string(), "a push TaskId: recalled"),
            };
            if rep.json() {
                rep.object(&json!({"kind": "plan", "id": id, "would": what, "dry_run": true}));
            } else {
                rep.stdout(&format!("would stop {id} ({what})"));
            }
        }
        rep.note("dry run: nothing was sent");
        return Ok(rep.settle(Exit::Success));
    }
    let mut first_failure = None;
    let mut recalled: Vec<TaskId> = Vec::new();
    // For the summary line, as revoke has one: cancelled, recalled, failed, not attempted.
    let (mut cancelled, mut recalls, mut failed) = (0, 0, 0);
    let mut reached = 0;
    for (i, target) in targets.iter().enumerate() {
        // What a second Ctrl-C reports besides the call out: the IDs after this one.
        let rest: Vec<Target> = targets[i + 1..].to_vec();
        let r = *rep;
        crate::signals::on_abort(Some(Box::new(move || {
            for t in &rest {
                report(&r, &not_attempted(t, Exit::Interrupted, "interrupted"));
            }
            if !rest.is_empty() {
                r.note(&format!(
                    "not stopped ({}, interrupted): {}",
                    rest.len(),
                    names(&rest)
                ));
            }
        })));
        if crate::signals::interrupted() || !rep.delivering() {
            let (exit, why) = if rep.delivering() {
                (Exit::Interrupted, "interrupted")
            } else {
                (Exit::OutputLost, "results could no longer be written")
            };
            for t in &targets[i..] {
                report(rep, &not_attempted(t, exit, why));
            }
            rep.note(&format!(
                "not stopped ({}, {why}): {}",
                targets.len() - i,
                names(&targets[i..])
            ));
            first_failure.get_or_insert(exit);
            break;
        }
        let s = match target {
            Target::Scheduled(id) => {
                let again = crate::next::command(flags, &["stop", &id.to_string()]);
                stop_scheduled(&mut session, *id, info.as_ref(), &again, rep)
            }
            Target::Push(p) => {
                crate::recall::warn_undocumented_kind(p, rep);
                let mut steps = Vec::new();
                let f = recall(&mut session, p, info.as_ref(), &mut steps, rep);
                Stopped {
                    finished: f,
                    scheduled: None,
                    push: Some(p.clone()),
                    steps,
                }
            }
        };
        report(rep, &s);
        reached = i + 1;
        match (s.finished.succeeded(), s.finished.outcome) {
            (true, Outcome::Cancelled) => cancelled += 1,
            (true, _) => recalls += 1,
            (false, _) => failed += 1,
        }
        let mut entry = base.clone();
        journal::stamp(&mut entry);
        if let Some(id) = s.scheduled {
            entry.insert("TaskID".into(), id.into());
        }
        if let Some(p) = &s.push {
            entry.insert("TaskId".into(), p.as_str().into());
        }
        journal::finish(&mut entry, &s.finished);
        journal::record(journal.as_ref(), entry, rep);
        if s.finished.succeeded() {
            if let (
                Some(p),
                Outcome::Revoked | Outcome::AlreadyRevoked | Outcome::RevokedAfterRetry,
            ) = (&s.push, s.finished.outcome)
                && !recalled.contains(p)
            {
                recalled.push(p.clone());
            }
        } else {
            first_failure.get_or_insert(s.finished.exit);
        }
    }
    crate::signals::on_abort(None);
    if !a.no_report && !recalled.is_empty() && !crate::signals::interrupted() {
        crate::reach::report(&mut session, &recalled, events.as_ref(), rep);
    }
    if targets.len() > 1 {
        let mut line = format!("{cancelled} cancelled, {recalls} recalled, {failed} failed");
        if reached < targets.len() {
            line.push_str(&format!(", {} not attempted", targets.len() - reached));
        }
        rep.note(&line);
    }
    if crate::signals::interrupted() {
        return Ok(Exit::Interrupted);
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

/// An ID not attempted, as its result.
fn not_attempted(t: &Target, exit: Exit, why: &str) -> Stopped {
    Stopped {
        finished: Finished::not_attempted(exit, why),
        scheduled: match t {
            Target::Scheduled(n) => Some(*n),
            Target::Push(_) => None,
        },
        push: match t {
            Target::Push(p) => Some(p.clone()),
            Target::Scheduled(_) => None,
        },
        steps: Vec::new(),
    }
}

/// The IDs, as given.
fn names(targets: &[Target]) -> String {
    targets
        .iter()
        .map(|t| match t {
            Target::Scheduled(n) => n.to_string(),
            Target::Push(p) => p.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Recalls `push`: the finished call, and the step it took.
fn recall(
    session: &mut Session,
    push: &TaskId,
    info: Option<&OfflinePushInfo>,
    steps: &mut Vec<Value>,
    rep: &Reporter,
) -> Finished {
    let policy = session.policy(&crate::rest::REVOKE);
    let Some(f) = crate::recall::recall_one(session, push, info, policy, false, rep) else {
        return Finished::not_attempted(Exit::Interrupted, "interrupted");
    };
    steps.push(json!({"call": "revoke", "TaskId": push.as_str(), "outcome": f.outcome.as_str()}));
    f
}

/// Stops scheduled task `id`; `again` is the command that runs the same stop again.
fn stop_scheduled(
    session: &mut Session,
    id: u64,
    info: Option<&OfflinePushInfo>,
    again: &str,
    rep: &Reporter,
) -> Stopped {
    let mut steps = Vec::new();
    let done = |finished: Finished, push: Option<TaskId>, steps: Vec<Value>| Stopped {
        finished,
        scheduled: Some(id),
        push,
        steps,
    };
    let timeout = session.settings.timeout.value;
    let clock = &crate::run::current().clock;
    let deadline = clock.now() + timeout;
    let mut waited = false;
    let mut refused_as_dispatching = 0;
    loop {
        let k = match schedule::get(session, id, rep) {
            Ok(k) => k,
            // Gone, and cancelled from here before: a second stop (a re-run CI step) finds it
            // done.
            Err(f)
                if schedule::not_found(&f)
                    && crate::journal::cancelled_here(&session.settings, id) =>
            {
                rep.note(&crate::journal::cancelled_already(id));
                let mut done_already = Finished::not_attempted(Exit::Success, "");
                done_already.outcome = Outcome::Cancelled;
                done_already.message = String::new();
                steps.push(json!({"call": "get_sched_task", "ErrorCode": 90104}));
                return done(done_already, None, steps);
            }
            Err(f) => return done(*f, None, steps),
        };
        steps.push(
            json!({"call": "get_sched_task", "Status": k.status, "PushTaskID": k.push_task_id}),
        );
        match k.push() {
            Ok(Some(push)) => {
                let f = recall(session, &push, info, &mut steps, rep);
                return done(f, Some(push), steps);
            }
            Ok(None) => {}
            Err(message) => return done(Finished::protocol(message), None, steps),
        }
        if k.pending() {
            // Read back pending after the service refused its delete as already going out
            // (90107) twice: the two answers cannot both be true.
            if refused_as_dispatching >= MAX_DELETES {
                let f = Finished::protocol(format!(
                    "scheduled task {id} is read back pending, but its delete was refused {refused_as_dispatching} times as already going out (90107); it may or may not go out"
                ));
                return done(f, None, steps);
            }
            let Some(d) = schedule::delete(session, &k, rep) else {
                return done(
                    Finished::not_attempted(Exit::Interrupted, "interrupted"),
                    None,
                    steps,
                );
            };
            steps.push(json!({"call": "delete_sched_task", "ErrorCode": d.code}));
            if d.finished.succeeded() || d.code != Some(90107) {
                return done(d.finished, None, steps);
            }
            // 90107: it began to go out between the read and the delete; wait for its push
            // (and delete again if it is read back pending).
            refused_as_dispatching += 1;
        }
        if !waited {
            rep.note(&format!(
                "scheduled task {id} is being dispatched; waiting for the push it becomes, to recall it (up to {} s)",
                timeout.as_secs()
            ));
            waited = true;
        }
        if clock.now() + POLL > deadline {
            let f = not_stopped(
                Exit::NotApplied,
                &steps,
                format!(
                    "scheduled task {id} was still being dispatched after {} s, with no push to recall yet",
                    timeout.as_secs()
                ),
                format!(
                    "run the same stop again in a moment, or give a longer --timeout; it could not be cancelled (status {})",
                    escape(&k.status)
                ),
            );
            return done(f, None, steps);
        }
        if !crate::signals::interrupted() {
            clock.sleep(POLL);
        }
        if crate::signals::interrupted() {
            // Not "not attempted": it was read (and maybe a delete refused), and it is still
            // on its way out; said in text as in JSON.
            let f = not_stopped(
                Exit::Interrupted,
                &steps,
                format!(
                    "interrupted while waiting for it to be dispatched: it was not stopped (status {}), and may still go out",
                    k.status_text()
                ),
                format!(
                    "run the same stop again to go on waiting for its push and recall it: {again}"
                ),
            );
            return done(f, None, steps);
        }
    }
}

/// A scheduled task that was waited on and not stopped: failed, with what it took.
fn not_stopped(exit: Exit, steps: &[Value], message: String, hint: String) -> Finished {
    let mut f = Finished::not_attempted(exit, "");
    f.outcome = Outcome::Failed;
    f.attempts = steps.len() as u32;
    f.message = message;
    f.hint = Some(hint);
    f
}

/// One ID's result: a line on stdout (a failure on stderr), or one JSON object with its steps.
fn report(rep: &Reporter, s: &Stopped) {
    let f = &s.finished;
    let label = match (s.scheduled, &s.push) {
        (Some(id), _) => format!("scheduled task {id}"),
        (None, Some(p)) => p.to_string(),
        (None, None) => "?".into(),
    };
    if rep.json() {
        let mut subject = Map::new();
        if let Some(id) = s.scheduled {
            subject.insert("TaskID".into(), id.into());
        }
        if let Some(p) = &s.push {
            subject.insert("TaskId".into(), p.as_str().into());
        }
        let mut o = match f.json(subject) {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        let exit = o.remove("exit_code");
        o.insert("steps".into(), Value::Array(s.steps.clone()));
        if let Some(e) = exit {
            o.insert("exit_code".into(), e);
        }
        rep.object(&Value::Object(o));
    }
    if f.outcome == Outcome::NotAttempted {
        return;
    }
    if !f.succeeded() {
        rep.error(&format!("{label}: {}", f.message), f.hint.as_deref());
        return;
    }
    let (word, rest) = match (f.outcome, s.scheduled, &s.push) {
        (Outcome::Cancelled, Some(id), _) => ("cancelled", format!(" {id} (it had not gone out)")),
        (Outcome::AlreadyRevoked, Some(id), Some(p)) => (
            "recalled",
            format!(" {p} (scheduled task {id}; already recalled)"),
        ),
        (_, Some(id), Some(p)) => (
            "recalled",
            format!(" {p} (scheduled task {id} had gone out)"),
        ),
        (Outcome::AlreadyRevoked, None, Some(p)) => {
            ("recalled", format!(" {p} (already recalled)"))
        }
        (_, _, Some(p)) => ("recalled", format!(" {p}")),
        _ => ("stopped", format!(" {label}")),
    };
    if !rep.json() {
        rep.stdout_outcome(word, true, &rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_by_shape() {
        assert_eq!(
            Target::parse(" 1500000001 "),
            Ok(Target::Scheduled(1_500_000_001))
        );
        assert!(matches!(
            Target::parse("660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"),
            Ok(Target::Push(_))
        ));
        assert!(matches!(Target::parse("wbat@1_abc"), Ok(Target::Push(_))));
        assert!(Target::parse("99999999999999999999999").is_err());
        assert!(Target::parse("").is_err());
        // A word that is neither is refused, named (escaped), never sent.
        assert_eq!(
            Target::parse("not_a_task"),
            Err("not_a_task is neither a scheduled TaskID (digits) nor a push TaskId (five hex fields, optionally after batch_, such as 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e)".into())
        );
        assert!(
            Target::parse("660cc447_537ed82a_200000cd7ee17f5_84035729")
                .unwrap_err()
                .starts_with("660cc447_537ed82a_200000cd7ee17f5_84035729 is neither")
        );
        assert!(matches!(
            Target::parse("batch_667015d4_537529d8_2000005e80aa873_d03ac87_56f5e750"),
            Ok(Target::Push(_))
        ));
    }
}
