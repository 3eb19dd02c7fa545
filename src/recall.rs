//! Recalling push tasks through an open session: pacing, progress, one result per task, the
//! summary and the exit status of the run. `timpush revoke` and `timpush demo` both use it.

use serde_json::{Map, Value};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::client::catalogue::HintContext;
use crate::client::finished::{Finished, Job, Outcome};
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::session::{About, Session};
use crate::signals;
use crate::taskid::{TaskId, human_age};
use crate::timefmt::now_unix;
use crate::wire::{OfflinePushInfo, RevokeBody};

const COMMAND: &str = crate::rest::REVOKE.path;
const WINDOW: i64 = 24 * 3600;

/// What to recall, and how.
#[derive(Debug, Clone, Default)]
pub(crate) struct RecallRequest {
    pub ids: Vec<TaskId>,
    /// The notification that replaces the shown one.
    pub info: Option<OfflinePushInfo>,
    pub dry_run: bool,
    /// "Already recalled" is a failure (exit 5).
    pub strict: bool,
    /// Stop at the first task that fails.
    pub fail_fast: bool,
    /// The command that recalls a list again (`timpush -p prod revoke`), for the tasks not
    /// attempted; none where no command is offered (the demo).
    pub again: Option<String>,
    /// The scheduled task each push came from, where it came from one (`revoke --sched`).
    pub scheduled: Vec<(TaskId, u64)>,
    /// After the run, the reach report of every push recalled.
    pub report: bool,
    /// A callback log whose figures go beside the reach report, and its name.
    pub events: Option<(crate::callback::Tally, String)>,
}

/// Recalls the tasks of `req` through `session`; the exit status of the run.
pub(crate) fn run(
    session: &mut Session,
    req: &RecallRequest,
    rep: &Reporter,
) -> Result<Exit, Failure> {
    let ids = &req.ids;
    let now = now_unix();
    for id in ids {
        warn_undocumented_kind(id, rep);
        if !id.has_documented_shape() && !id.is_web_push() {
            rep.warn(&format!(
                "{id} does not have the usual TaskId shape (five hex fields, optionally after batch_); sending it anyway"
            ));
        } else if let Some(age) = id.apparent_age(now).filter(|a| *a > WINDOW) {
            rep.warn(&format!(
                "{id} looks older than 24 hours (pushed about {} ago, read from its TaskId); the service will likely refuse it (90052)",
                human_age(age)
            ));
        }
    }
    if req.dry_run {
        dry_run(session, req, rep);
        return Ok(Exit::Success);
    }

    let policy = session.policy(&crate::rest::REVOKE);
    let journal = crate::journal::Journal::of(&session.settings);
    let mut recalled: Vec<TaskId> = Vec::new();
    let progress_of = Arc::new(InFlight::default());
    signals::on_abort(Some(last_words(ids, progress_of.clone(), *rep)));
    let progress = Progress::new(ids.len(), rep, "recalling");
    let mut first_failure: Option<Exit> = None;
    let mut tally = Tally::default();
    let mut stop: Option<(Exit, &str)> = None;
    for (i, id) in ids.iter().enumerate() {
        progress_of.reported.store(i, Ordering::SeqCst);
        if let Some((exit, why)) = stop {
            report(rep, id, None, &Finished::not_attempted(exit, why));
            tally.not_attempted.push(id.as_str());
            continue;
        }
        if signals::interrupted() || !rep.delivering() {
            let f = not_attempted_now(rep);
            stop = Some(f);
            report(rep, id, None, &Finished::not_attempted(f.0, f.1));
            tally.not_attempted.push(id.as_str());
            continue;
        }
        progress.show(i, id.as_str(), tally.failed);
        progress_of.calling.store(true, Ordering::SeqCst);
        let finished = recall_one(session, id, req.info.as_ref(), policy, req.strict, rep);
        progress_of.calling.store(false, Ordering::SeqCst);
        progress.clear();
        let Some(mut finished) = finished else {
            let f = not_attempted_now(rep);
            stop = Some(f);
            report(rep, id, None, &Finished::not_attempted(f.0, f.1));
            tally.not_attempted.push(id.as_str());
            continue;
        };
        // The push stored messages: the ready command, with a replacement to fill in.
        if finished
            .last
            .as_ref()
            .and_then(|l| l.answer.as_ref())
            .is_some_and(|a| a.error_code == 90053)
            && let Some(again) = &req.again
        {
            finished.hint = Some(format!(
                "the push stored messages, so its recall must carry the replacement notification: {again} {id} --title TITLE --desc TEXT"
            ));
        }
        tally.add(&finished);
        let from = req.scheduled.iter().find(|(t, _)| t == id).map(|(_, n)| *n);
        report(rep, id, from, &finished);
        let mut entry = crate::journal::entry(&session.settings, "revoke");
        if let Some(n) = from {
            entry.insert("TaskID".into(), n.into());
        }
        entry.insert("TaskId".into(), id.as_str().into());
        crate::journal::finish(&mut entry, &finished);
        crate::journal::record(journal.as_ref(), entry, rep);
        if finished.succeeded() {
            recalled.push(id.clone());
        }
        if !finished.succeeded() {
            first_failure.get_or_insert(finished.exit);
            if req.fail_fast && i + 1 < ids.len() {
                stop = Some((
                    Exit::NotApplied,
                    "--fail-fast stopped the run at the first failure",
                ));
            }
        }
    }
    progress_of.reported.store(ids.len(), Ordering::SeqCst);
    signals::on_abort(None);
    if req.report && !recalled.is_empty() && !signals::interrupted() && rep.delivering() {
        crate::reach::report(session, &recalled, req.events.as_ref(), rep);
    }
    if ids.len() > 1 || signals::interrupted() {
        rep.note(&tally.summary());
    }
    if !tally.not_attempted.is_empty() {
        let why = match stop {
            Some((_, why)) => why,
            None => "stopped",
        };
        not_attempted_list(rep, &tally.not_attempted, why, req.again.as_deref(), true);
    }
    if signals::interrupted() {
        return Ok(Exit::Interrupted);
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

/// One recall of `id`, replacing the shown notification with `info`: its result, read with
/// the task's age for the hints; `None` when interrupted before the call was made.
pub(crate) fn recall_one(
    session: &mut Session,
    id: &TaskId,
    info: Option<&OfflinePushInfo>,
    policy: crate::client::retry::Policy,
    strict: bool,
    rep: &Reporter,
) -> Option<Finished> {
    let body = RevokeBody {
        task_id: id.as_str(),
        offline_push_info: info,
    }
    .to_json();
    let about = About::new(Job::Recall, id.as_str()).with("TaskId", id.as_str());
    let ending = session.call_about(COMMAND, &body, policy, rep, &about)?;
    let ctx = HintContext {
        task_age: id.apparent_age(now_unix()),
        ..session.hint_context()
    };
    Some(Finished::new(Job::Recall, ending, &ctx, strict))
}

/// Warns of a TaskId whose kind of push the pages do not agree can be recalled (docs/service.md
/// 2): a web push (no page says), or a batch push (the revoke page names all-user and tag pushes
/// only, the error page batch pushes too). It is sent anyway: the service's answer decides.
pub(crate) fn warn_undocumented_kind(p: &TaskId, rep: &Reporter) {
    if p.is_web_push() {
        rep.warn(&format!(
            "{p} is a web push (webbatch); the service documents recall for all-user and tag pushes only; sending it anyway"
        ));
    } else if p.is_batch() {
        rep.warn(&format!(
            "{p} is a batch push; the pages disagree on whether one can be recalled (the revoke page names all-user and tag pushes only, the error page batch pushes too); sending it anyway"
        ));
    }
}

/// Where the run stands, for a report written when a second signal ends it at once.
#[derive(Default)]
struct InFlight {
    /// How many tasks were reported.
    reported: AtomicUsize,
    /// A call is out for the next task.
    calling: AtomicBool,
}

/// The report a second signal prints before the process ends, after the session's report of
/// the task whose call is out (unknown: it may have been applied): the rest, not attempted.
fn last_words(ids: &[TaskId], at: Arc<InFlight>, rep: Reporter) -> Box<dyn Fn() + Send> {
    let ids = ids.to_vec();
    Box::new(move || {
        let from = at.reported.load(Ordering::SeqCst);
        let calling = at.calling.load(Ordering::SeqCst);
        let mut rest = ids.iter().skip(from);
        if calling {
            rest.next();
        }
        let rest: Vec<&TaskId> = rest.collect();
        if rep.json() {
            for id in &rest {
                let mut subject = Map::new();
                subject.insert("TaskId".into(), Value::from(id.as_str()));
                rep.object(
                    &Finished::not_attempted(Exit::Interrupted, "interrupted").json(subject),
                );
            }
        }
        if !rest.is_empty() {
            let list: Vec<&str> = rest.iter().map(|s| s.as_str()).collect();
            not_attempted_list(&rep, &list, "interrupted", None, false);
        }
    })
}

/// The tasks not attempted, one a line on stderr so they can be picked up; with `again`, also
/// written to a private file with the command that sends them (when `to_file`, and the file can
/// be written).
fn not_attempted_list(rep: &Reporter, ids: &[&str], why: &str, again: Option<&str>, to_file: bool) {
    let mut text = format!("not attempted ({}, {why}):", ids.len());
    for id in ids {
        text.push_str(&format!("\n  {id}"));
    }
    rep.note(&text);
    if let (Some(again), true) = (again, to_file) {
        match write_list(ids) {
            Ok(path) => rep.note(&format!(
                "they are listed in {}; to send them: {again} --from-file {}",
                path.display(),
                crate::settings::fsperm::quoted(&path)
            )),
            Err(e) => rep.debug(&format!("the list could not be written: {e}")),
        }
    }
}

/// Writes `ids`, one a line, to a new private file in the user's cache folder.
fn write_list(ids: &[&str]) -> std::io::Result<std::path::PathBuf> {
    let dir = crate::env::cache_dir()
        .map(|d| d.join("not-attempted"))
        .ok_or_else(|| std::io::Error::other("no cache folder"))?;
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(&dir)?;
    let path = dir.join(format!(
        "{}-{}.txt",
        crate::timefmt::wire_utc(now_unix()).replace([' ', ':'], "-"),
        std::process::id()
    ));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(&path)?;
    use std::io::Write;
    for id in ids {
        writeln!(f, "{id}")?;
    }
    Ok(path)
}

/// Why no more calls are made now: Ctrl-C, or results that can no longer be written.
fn not_attempted_now(rep: &Reporter) -> (Exit, &'static str) {
    if !rep.delivering() {
        (Exit::OutputLost, "results could no longer be written")
    } else {
        (Exit::Interrupted, "interrupted")
    }
}

/// A task's result: a line of text (stdout for a recall, stderr for a failure) or a JSON line.
fn report(rep: &Reporter, id: &TaskId, scheduled: Option<u64>, f: &Finished) {
    if rep.json() {
        let mut subject = Map::new();
        if let Some(n) = scheduled {
            subject.insert("TaskID".into(), n.into());
        }
        subject.insert("TaskId".into(), Value::from(id.as_str()));
        rep.object(&f.json(subject));
    }
    match f.outcome {
        Outcome::NotAttempted => {}
        _ if f.succeeded() => {
            if f.outcome == Outcome::AlreadyRevoked {
                rep.note(&format!(
                    "{id} was already recalled (ErrorCode 90050); nothing more to do"
                ));
            }
            if !rep.json() {
                let suffix = match f.outcome {
                    Outcome::AlreadyRevoked => " (already recalled)",
                    Outcome::RevokedAfterRetry => " (confirmed on retry)",
                    _ => "",
                };
                rep.stdout_outcome("recalled", true, &format!(" {id}{suffix}"));
            }
        }
        _ => rep.error(&format!("{id}: {}", f.message), f.hint.as_deref()),
    }
}

fn dry_run(session: &Session, req: &RecallRequest, rep: &Reporter) {
    let credential = session.settings.credential.describe();
    for id in &req.ids {
        let url = session.url(COMMAND);
        let body = RevokeBody {
            task_id: id.as_str(),
            offline_push_info: req.info.as_ref(),
        }
        .to_json();
        if rep.json() {
            rep.object(&serde_json::json!({
                "dry_run": true,
                "TaskId": id.as_str(),
                "method": "POST",
                "url": url.redacted(),
                "content_type": "application/json",
                "body": serde_json::from_str::<Value>(&body).unwrap_or_default(),
                "credential": credential,
            }));
        } else {
            rep.stdout(&format!(
                "POST {}\nContent-Type: application/json\n{body}\n# credential: {credential}",
                url.redacted(),
            ));
        }
    }
    rep.note("dry run: nothing was sent");
}

#[derive(Default)]
struct Tally<'a> {
    recalled: usize,
    already: usize,
    failed: usize,
    not_attempted: Vec<&'a str>,
}

impl Tally<'_> {
    fn add(&mut self, f: &Finished) {
        match (f.exit, f.outcome) {
            (Exit::Success, Outcome::AlreadyRevoked) => self.already += 1,
            (Exit::Success, _) => self.recalled += 1,
            _ => self.failed += 1,
        }
    }

    fn summary(&self) -> String {
        let mut s = format!(
            "{} recalled, {} already recalled, {} failed",
            self.recalled, self.already, self.failed
        );
        if !self.not_attempted.is_empty() {
            s.push_str(&format!(", {} not attempted", self.not_attempted.len()));
        }
        s
    }
}

/// A one-line progress display on stderr, only when stderr is a terminal, there are several
/// calls, and no `--verbose` lines would run into it. `revoke` and `batch` show it.
pub(crate) struct Progress {
    total: usize,
    on: bool,
    started: Instant,
    /// What is being done to the item named, as `recalling` or `sending call`.
    doing: &'static str,
}

/// True when results on stdout cannot land on the screen that shows the progress line: stdout
/// is that terminal (the line is cleared before each result) or a file. A pipe may lead to the
/// same screen (`| tee out`), where the line would run into the results: no progress then.
fn stdout_cannot_share_the_screen() -> bool {
    let sink = &crate::run::current().sink;
    sink.terminal(crate::run::Stream::Stdout) || sink.stdout_is_file()
}

/// The service's pace for recalls: one a second.
const PACE: Duration = Duration::from_secs(1);

impl Progress {
    pub(crate) fn new(total: usize, rep: &Reporter, doing: &'static str) -> Progress {
        Progress {
            total,
            on: total > 1
                && !rep.verbose
                && !rep.quiet
                && crate::run::current()
                    .sink
                    .terminal(crate::run::Stream::Stderr)
                && stdout_cannot_share_the_screen(),
            started: crate::run::current().clock.now(),
            doing,
        }
    }

    /// Shows the call for item `done + 1` of the total, and how many failed so far.
    pub(crate) fn show(&self, done: usize, current: &str, failed: usize) {
        if !self.on {
            return;
        }
        // Calls are at least a second apart: the calls still to come after this one each take
        // the pace, or the measured time per call when that is longer.
        let per = if done == 0 {
            PACE
        } else {
            let elapsed = crate::run::current().clock.now() - self.started;
            (elapsed / done as u32).max(PACE)
        };
        let left = (per * (self.total - done - 1) as u32).as_secs().max(1);
        let failed = if failed > 0 {
            format!(", {failed} failed")
        } else {
            String::new()
        };
        let time = if done + 1 == self.total {
            "the last one".to_string()
        } else {
            format!("about {left} s left")
        };
        stderr_print!(
            "\r\x1b[K[{}/{}] {} {current}{failed}, {time}",
            done + 1,
            self.total,
            self.doing
        );
    }

    pub(crate) fn clear(&self) {
        if self.on {
            stderr_print!("\r\x1b[K");
        }
    }
}
