//! One place describes a finished call: its outcome, exit status, message, hint, and the JSON
//! object every command prints for it. The schema is written down in the README ("Output").

use crate::client::fault::FaultKind;
use serde_json::{Map, Value};

use crate::client::attempt::{Attempt, Class};
use crate::client::catalogue::{self, HintContext};
use crate::client::retry::Ending;
use crate::error::Exit;
use crate::sanitize::escape;
use crate::taskid::TaskId;

/// What kind of call it was: this decides what success means and what to do when the outcome
/// is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Job {
    /// A recall (v4/timpush/revoke): safe to repeat.
    Recall,
    /// A push or batch: its answer must carry a TaskId; never repeated blindly.
    Push,
    /// Any other REST command (`timpush api`).
    Call,
    /// add_sched_task: its answer must carry the new TaskID; never repeated blindly.
    Schedule,
    /// A call that reads or changes a scheduled task, or reads a report: safe to repeat.
    Read,
}

impl Job {
    fn unknown_hint(self) -> &'static str {
        match self {
            Job::Recall => {
                "the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")"
            }
            Job::Push => {
                "the push may have reached users: do not send it again blindly; look for it first in the Chat console's push records (the statistics cannot say whether this one push went out)"
            }
            Job::Call => {
                "the call may have been applied; check before repeating it (or pass --retry for commands that are safe to repeat)"
            }
            Job::Schedule => {
                "the scheduled push may have been created: do not schedule it again blindly; look for it first with timpush sched list --keyword TITLE"
            }
            Job::Read => "no answer came; running the same command again is safe",
        }
    }
}

/// How a call ended, as the JSON `outcome` field says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Revoked,
    AlreadyRevoked,
    RevokedAfterRetry,
    Pushed,
    Scheduled,
    Edited,
    Cancelled,
    Done,
    Failed,
    Unknown,
    NotAttempted,
}

impl Outcome {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Revoked => "revoked",
            Outcome::AlreadyRevoked => "already_revoked",
            Outcome::RevokedAfterRetry => "revoked_after_retry",
            Outcome::Pushed => "pushed",
            Outcome::Scheduled => "scheduled",
            Outcome::Edited => "edited",
            Outcome::Cancelled => "cancelled",
            Outcome::Done => "done",
            Outcome::Failed => "failed",
            Outcome::Unknown => "unknown",
            Outcome::NotAttempted => "not_attempted",
        }
    }
}

/// What to do about an answer that is not of the documented shape.
pub(crate) const PROTOCOL_HINT: &str =
    "the answer is not of the documented shape; check the endpoint";

/// A call that ended, or was never made.
#[derive(Debug, Clone)]
pub(crate) struct Finished {
    pub outcome: Outcome,
    pub exit: Exit,
    pub attempts: u32,
    /// The last attempt; none when the call was not made.
    pub last: Option<Attempt>,
    /// What went wrong (empty on success).
    pub message: String,
    /// What to do about it (on failure).
    pub hint: Option<String>,
    /// The TaskId a push or batch answered with, or the TaskID of a new scheduled task.
    pub task_id: Option<String>,
}

impl Finished {
    /// Describes the end of a run of attempts. `strict`: "already recalled" is a failure.
    pub(crate) fn new(job: Job, ending: Ending, ctx: &HintContext, strict: bool) -> Finished {
        let last = ending.last;
        let mut exit = ending.exit;
        let task_id = match job {
            Job::Push => last
                .answer
                .as_ref()
                .and_then(|a| a.raw.get("TaskId"))
                .and_then(Value::as_str)
                .map(str::to_string),
            Job::Schedule => last
                .answer
                .as_ref()
                .and_then(|a| a.raw.get("TaskID"))
                .and_then(Value::as_u64)
                .map(|n| n.to_string()),
            _ => None,
        };
        let mut message = last.cause();
        let mut task_id = task_id;
        if job == Job::Schedule && exit == Exit::Success && task_id.is_none() {
            exit = Exit::Unknown;
            message = "the service answered OK but sent no TaskID (a whole number)".into();
        }
        if job == Job::Push && exit == Exit::Success {
            match task_id.as_deref().map(TaskId::parse) {
                None => {
                    exit = Exit::Unknown;
                    message = "the service answered OK but sent no TaskId".into();
                }
                Some(Ok(id)) if id.has_documented_shape() => {}
                Some(_) => {
                    exit = Exit::Unknown;
                    message = format!(
                        "the service answered OK, but its TaskId \"{}\" does not have a TaskId's shape (a protocol problem)",
                        escape(task_id.as_deref().unwrap_or_default())
                    );
                    task_id = None;
                }
            }
        }
        let outcome = match (job, last.class) {
            (_, _) if exit == Exit::Unknown => Outcome::Unknown,
            (Job::Recall, Class::Success) => Outcome::Revoked,
            (Job::Recall, Class::AlreadyDone) if ending.ambiguous_before => {
                Outcome::RevokedAfterRetry
            }
            (Job::Recall, Class::AlreadyDone) => {
                if strict {
                    exit = Exit::Refused;
                    message = format!("already recalled (--strict): {message}");
                }
                Outcome::AlreadyRevoked
            }
            (Job::Push, _) if exit == Exit::Success => Outcome::Pushed,
            (Job::Schedule, _) if exit == Exit::Success => Outcome::Scheduled,
            (Job::Call | Job::Read, _) if exit == Exit::Success => Outcome::Done,
            _ => Outcome::Failed,
        };
        let success = exit == Exit::Success;
        if let Some(why) = ending.gave_up.as_ref().filter(|_| !success) {
            message.push_str(&format!(" (gave up after {why})"));
        }
        Finished {
            outcome,
            exit,
            attempts: ending.attempts,
            hint: (!success).then(|| failure_hint(job, &last, exit, ctx)),
            message: if success { String::new() } else { message },
            last: Some(last),
            task_id,
        }
    }

    /// A call that was not made (after --fail-fast, Ctrl-C, or a failed write); `exit` says why.
    pub(crate) fn not_attempted(exit: Exit, why: &str) -> Finished {
        Finished {
            outcome: Outcome::NotAttempted,
            exit,
            attempts: 0,
            last: None,
            message: format!("not attempted: {why}"),
            hint: None,
            task_id: None,
        }
    }

    /// A call answered OK, but not in the documented shape: what it did is not known.
    pub(crate) fn protocol(message: String) -> Finished {
        Finished {
            outcome: Outcome::Unknown,
            exit: Exit::Unknown,
            attempts: 1,
            last: None,
            message,
            hint: Some(PROTOCOL_HINT.into()),
            task_id: None,
        }
    }

    /// A call that was out when a second signal ended the run: it may have been applied.
    pub(crate) fn cut_off(job: Job) -> Finished {
        Finished {
            outcome: Outcome::Unknown,
            exit: Exit::Unknown,
            attempts: 1,
            last: Some(Attempt {
                class: Class::Ambiguous,
                answer: None,
                fault: Some(crate::client::attempt::Fault {
                    kind: FaultKind::Interrupted,
                    message: String::new(),
                    http_status: None,
                }),
                retry_after: None,
            }),
            message: "interrupted while its call was out; it may have been applied".into(),
            hint: Some(job.unknown_hint().to_string()),
            task_id: None,
        }
    }

    pub(crate) fn succeeded(&self) -> bool {
        self.exit == Exit::Success
    }

    /// The JSON object: `subject` first (TaskId, call, accounts), then `outcome`, `attempts`,
    /// the service's `ActionStatus`, `ErrorCode` and `ErrorInfo` exactly as received or, when
    /// no answer came, an `error` object; then `hint` and `exit_code`.
    pub(crate) fn json(&self, subject: Map<String, Value>) -> Value {
        let mut m = subject;
        m.insert("outcome".into(), self.outcome.as_str().into());
        m.insert("attempts".into(), self.attempts.into());
        match self.last.as_ref() {
            Some(Attempt {
                answer: Some(a), ..
            }) => {
                m.insert("ActionStatus".into(), a.action_status.clone());
                m.insert("ErrorCode".into(), a.error_code.into());
                m.insert("ErrorInfo".into(), a.error_info.clone());
            }
            Some(Attempt { fault: Some(f), .. }) => {
                let mut e = Map::new();
                e.insert("kind".into(), f.kind.as_str().into());
                e.insert("message".into(), self.message.clone().into());
                if let Some(s) = f.http_status {
                    e.insert("http_status".into(), s.into());
                }
                m.insert("error".into(), Value::Object(e));
            }
            // An answer of the wrong shape: what is wrong with it, as for any failure.
            None if self.outcome != Outcome::NotAttempted && !self.message.is_empty() => {
                let mut e = Map::new();
                e.insert("kind".into(), FaultKind::Protocol.as_str().into());
                e.insert("message".into(), self.message.clone().into());
                m.insert("error".into(), Value::Object(e));
            }
            _ => {}
        }
        if let Some(h) = &self.hint {
            m.insert("hint".into(), h.clone().into());
        }
        m.insert("exit_code".into(), self.exit.code().into());
        Value::Object(m)
    }
}

/// The hint for a failed call: the job's when it may have been applied, the catalogue's for an
/// answer of the service, else what the fault says about the network path.
fn failure_hint(job: Job, last: &Attempt, exit: Exit, ctx: &HintContext) -> String {
    if exit == Exit::Unknown {
        return job.unknown_hint().to_string();
    }
    if let Some(a) = &last.answer {
        return catalogue::hint(a.error_code, ctx);
    }
    fault_hint(last, &ctx.target)
}

/// What to do when no answer of the service came: by what the fault says about the path to
/// `target`.
pub(crate) fn fault_hint(last: &Attempt, target: &str) -> String {
    match last.fault.as_ref().map(|f| f.kind) {
        Some(FaultKind::Tls) => format!(
            "TLS with {} could not be set up (nothing was sent): if its certificate is not trusted, check the endpoint and --ca-bundle",
            target
        ),
        Some(FaultKind::PlainHttp) => format!(
            "{} speaks plain HTTP on that port (nothing was sent): check the port, or use http:// (loopback hosts only)",
            target
        ),
        Some(FaultKind::Proxy) => format!(
            "nothing was applied; check the proxy in HTTPS_PROXY or ALL_PROXY (its address, and its credentials as http://user:password@host:port), or name the service's host in NO_PROXY if it needs none; the call was for {target}"
        ),
        Some(FaultKind::Secret) => "a secret is never sent as a value: check the file or input for a pasted key or UserSig".to_string(),
        Some(FaultKind::Pacing) => "another timpush process for this app was calling the service: if it was stopped (Ctrl-Z), resume it with fg or end it; then run the same command again (nothing was sent)".to_string(),
        Some(FaultKind::HttpStatus) if last.class == Class::Throttled => format!(
            "{} is throttling (HTTP 429) and nothing was applied: wait a little, then run the same command again",
            target
        ),
        Some(FaultKind::HttpStatus) if last.class == Class::Permanent => format!(
            "{} answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)",
            target
        ),
        _ => format!(
            "nothing was applied; check the network path to {}, then run the same command again",
            target
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::attempt::{Class, Fault};

    fn attempt(kind: FaultKind, class: Class) -> Attempt {
        Attempt {
            class,
            answer: None,
            fault: Some(Fault {
                kind,
                message: String::new(),
                http_status: None,
            }),
            retry_after: None,
        }
    }

    /// Each cause of a failed call has its own hint, naming the endpoint where that helps.
    #[test]
    fn every_fault_has_the_hint_of_its_cause() {
        let t = "endpoint https://x.example";
        let hints: Vec<String> = [
            (FaultKind::Tls, Class::Permanent),
            (FaultKind::PlainHttp, Class::Permanent),
            (FaultKind::Secret, Class::Permanent),
            (FaultKind::Pacing, Class::NotSent),
            (FaultKind::HttpStatus, Class::Throttled),
            (FaultKind::HttpStatus, Class::Permanent),
            // Only a refusal or throttling gets the HTTP status hints (an ambiguous answer's
            // hint is its job's, asked for elsewhere; here it shows the guards hold).
            (FaultKind::HttpStatus, Class::Ambiguous),
            (FaultKind::ConnectionRefused, Class::NotSent),
            (FaultKind::Proxy, Class::Permanent),
        ]
        .into_iter()
        .map(|(k, c)| fault_hint(&attempt(k, c), t))
        .collect();
        assert_eq!(
            hints,
            [
                "TLS with endpoint https://x.example could not be set up (nothing was sent): if its certificate is not trusted, check the endpoint and --ca-bundle",
                "endpoint https://x.example speaks plain HTTP on that port (nothing was sent): check the port, or use http:// (loopback hosts only)",
                "a secret is never sent as a value: check the file or input for a pasted key or UserSig",
                "another timpush process for this app was calling the service: if it was stopped (Ctrl-Z), resume it with fg or end it; then run the same command again (nothing was sent)",
                "endpoint https://x.example is throttling (HTTP 429) and nothing was applied: wait a little, then run the same command again",
                "endpoint https://x.example answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)",
                "nothing was applied; check the network path to endpoint https://x.example, then run the same command again",
                "nothing was applied; check the network path to endpoint https://x.example, then run the same command again",
                "nothing was applied; check the proxy in HTTPS_PROXY or ALL_PROXY (its address, and its credentials as http://user:password@host:port), or name the service's host in NO_PROXY if it needs none; the call was for endpoint https://x.example",
            ]
        );
    }
}
