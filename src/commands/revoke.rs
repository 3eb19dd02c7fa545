//! `timpush revoke`: recall push tasks through POST v4/timpush/revoke.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::time::Instant;

use crate::attempt::Class;
use crate::catalogue::{self, HintContext};
use crate::cli::{GlobalArgs, OutputFormat, RevokeArgs};
use crate::error::{Exit, Failure};
use crate::output::{Outcome, Reporter, TaskReport};
use crate::retry;
use crate::session::Session;
use crate::settings;
use crate::taskid::{TaskId, human_age};
use crate::timefmt::now_unix;
use crate::wire::{OfflinePushInfo, RevokeBody};

const COMMAND: &str = "timpush/revoke";
const WINDOW: i64 = 24 * 3600;
const UNKNOWN_HINT: &str = "the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")";

pub fn run(global: &GlobalArgs, args: &RevokeArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let ids = collect_task_ids(args, rep)?;
    let settings = settings::resolve(global, &settings::process_env)?;
    let mut session = Session::open(settings, rep)?;
    execute(&mut session, &ids, args, rep)
}

/// Recalls `ids` through an open session; the exit status of the run.
pub fn execute(
    session: &mut Session,
    ids: &[TaskId],
    args: &RevokeArgs,
    rep: &Reporter,
) -> Result<Exit, Failure> {
    let info = OfflinePushInfo::from_flags(args.title.clone(), args.desc.clone(), args.ext.clone())
        .map_err(Failure::usage)?;
    let now = now_unix();
    for id in ids {
        if !id.has_documented_shape() {
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

    if args.dry_run {
        dry_run(session, ids, info.as_ref(), rep);
        return Ok(Exit::Success);
    }

    session.connect()?;
    let policy = session.repeatable();
    let settings = &session.settings;
    let hint_ctx = HintContext {
        task_age: None,
        target: settings.target(),
        usersig_ttl: Some(settings.usersig_ttl.value),
        ready_usersig: settings.credential.is_ready_usersig(),
    };
    let progress = Progress::new(ids.len());
    let mut first_failure: Option<Exit> = None;
    let mut tally = Tally::default();
    let mut attempted = 0;
    for (i, id) in ids.iter().enumerate() {
        if retry::interrupted() {
            break;
        }
        progress.show(i, id);
        let body = RevokeBody {
            task_id: id.as_str(),
            offline_push_info: info.as_ref(),
        }
        .to_json();
        let ending = session.call(COMMAND, &body, policy, rep);
        progress.clear();
        let Some(ending) = ending else { break };
        attempted = i + 1;
        let ctx = HintContext {
            task_age: id.apparent_age(now_unix()),
            ..hint_ctx.clone()
        };
        let report = report_for(id, ending, args.strict, &ctx);
        tally.add(&report);
        rep.task(&report);
        if report.exit != Exit::Success && first_failure.is_none() {
            first_failure = Some(report.exit);
        }
        if report.exit != Exit::Success && args.fail_fast && i + 1 < ids.len() {
            rep.note(&format!(
                "--fail-fast: stopped after the first failure; not attempted: {}",
                join(&ids[i + 1..])
            ));
            break;
        }
    }
    let interrupted = retry::interrupted();
    if ids.len() > 1 || interrupted {
        rep.note(&tally.summary(ids.len()));
    }
    if interrupted {
        if attempted < ids.len() {
            rep.note(&format!(
                "interrupted; not attempted ({}): {}",
                ids.len() - attempted,
                join(&ids[attempted..])
            ));
        }
        return Ok(Exit::Interrupted);
    }
    Ok(first_failure.unwrap_or(Exit::Success))
}

fn join(ids: &[TaskId]) -> String {
    ids.iter().map(TaskId::as_str).collect::<Vec<_>>().join(" ")
}

/// TaskIds from --task-id, then --from-file, in order, each once.
fn collect_task_ids(args: &RevokeArgs, rep: &Reporter) -> Result<Vec<TaskId>, Failure> {
    let mut raw: Vec<(String, String)> = args
        .task_ids
        .iter()
        .map(|t| (t.clone(), "--task-id".to_string()))
        .collect();
    if let Some(path) = &args.from_file {
        raw.extend(crate::listfile::read("--from-file", path)?);
    }
    if raw.is_empty() {
        return Err(Failure::usage("no TaskId given").with_hint(
            "pass --task-id ID (repeatable) or --from-file FILE (- for standard input)",
        ));
    }
    let mut seen = HashSet::new();
    let mut ids = Vec::new();
    for (t, origin) in raw {
        let id = TaskId::parse(&t).map_err(|e| Failure::usage(format!("{origin}: {e}")))?;
        if seen.insert(id.clone()) {
            ids.push(id);
        } else {
            rep.note(&format!(
                "{id} is given more than once ({origin}); it is recalled once"
            ));
        }
    }
    Ok(ids)
}

fn dry_run(session: &Session, ids: &[TaskId], info: Option<&OfflinePushInfo>, rep: &Reporter) {
    let settings = &session.settings;
    for id in ids {
        let url = session.url(COMMAND);
        let body = RevokeBody {
            task_id: id.as_str(),
            offline_push_info: info,
        }
        .to_json();
        match rep.format {
            OutputFormat::Json => rep.stdout(
                &serde_json::json!({
                    "dry_run": true,
                    "TaskId": id.as_str(),
                    "method": "POST",
                    "url": url.redacted(),
                    "content_type": "application/json",
                    "body": serde_json::from_str::<serde_json::Value>(&body).unwrap_or_default(),
                    "credential": settings.credential.describe(),
                })
                .to_string(),
            ),
            OutputFormat::Text => rep.stdout(&format!(
                "POST {}\nContent-Type: application/json\n{body}\n# credential: {}",
                url.redacted(),
                settings.credential.describe()
            )),
        }
    }
    rep.note("dry run: nothing was sent");
}

fn report_for(id: &TaskId, ending: retry::Ending, strict: bool, ctx: &HintContext) -> TaskReport {
    let last = ending.last;
    let mut exit = ending.exit;
    let outcome = match last.class {
        Class::Success => Outcome::Revoked,
        Class::AlreadyDone if ending.ambiguous_before => Outcome::RevokedAfterRetry,
        Class::AlreadyDone => {
            if strict {
                exit = Exit::Refused;
            }
            Outcome::AlreadyRevoked
        }
        _ if exit == Exit::Unknown => Outcome::Unknown,
        _ => Outcome::Failed,
    };
    let mut message = last.cause();
    if let Some(why) = &ending.gave_up {
        message.push_str(&format!(" (gave up after {why})"));
    }
    if strict && last.class == Class::AlreadyDone && exit != Exit::Success {
        message = format!("already recalled (--strict): {message}");
    }
    let hint = if exit == Exit::Success {
        None
    } else {
        Some(catalogue::failure_hint(&last, exit, ctx, UNKNOWN_HINT))
    };
    TaskReport {
        task_id: id.to_string(),
        outcome,
        attempts: ending.attempts,
        last,
        exit,
        hint,
        message,
    }
}

#[derive(Default)]
struct Tally {
    recalled: usize,
    already: usize,
    failed: usize,
}

impl Tally {
    fn add(&mut self, r: &TaskReport) {
        match (r.exit, r.outcome) {
            (Exit::Success, Outcome::AlreadyRevoked) => self.already += 1,
            (Exit::Success, _) => self.recalled += 1,
            _ => self.failed += 1,
        }
    }

    fn summary(&self, total: usize) -> String {
        let done = self.recalled + self.already + self.failed;
        let mut s = format!(
            "{} recalled, {} already recalled, {} failed",
            self.recalled, self.already, self.failed
        );
        if done < total {
            s.push_str(&format!(", {} not attempted", total - done));
        }
        s
    }
}

/// A one-line progress display on stderr, only when stderr is a terminal and there are several
/// tasks.
struct Progress {
    total: usize,
    on: bool,
    started: Instant,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            on: total > 1 && std::io::stderr().is_terminal(),
            started: Instant::now(),
        }
    }

    fn show(&self, done: usize, current: &TaskId) {
        if !self.on {
            return;
        }
        let left = if done == 0 {
            (self.total as u64).saturating_sub(1)
        } else {
            let per = self.started.elapsed().as_secs_f64() / done as f64;
            (per * (self.total - done) as f64) as u64
        };
        eprint!(
            "\r\x1b[K[{done}/{}] recalling {current}, about {left} s left",
            self.total
        );
    }

    fn clear(&self) {
        if self.on {
            eprint!("\r\x1b[K");
        }
    }
}
