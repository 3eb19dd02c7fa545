//! `timpush push`: a notification to all users, or to users matching tags or attributes.

use serde_json::{Map, Value};
use std::io::{IsTerminal, Write};

use crate::catalogue;
use crate::cli::{GlobalArgs, OutputFormat, PushArgs};
use crate::error::{Exit, Failure};
use crate::notification::{self, Notification};
use crate::output::{Reporter, call_fields};
use crate::retry::Ending;
use crate::session::Session;
use crate::settings::{self, Settings};

/// What to do when the answer to a push or batch call was lost.
pub const UNKNOWN_HINT: &str = "the push may have reached users: do not send it again blindly; check the push records first (for example timpush api v4/timpush/all_member_push_statistics, or the Chat console)";

pub fn run(global: &GlobalArgs, args: &PushArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let cond = notification::condition(args)?;
    let settings = settings::resolve(global, &settings::process_env)?;
    let note = Notification::from_args(&args.note, &settings.identifier.value)?;
    let mut extra = Map::new();
    if let Some(c) = &cond {
        extra.insert("Condition".into(), c.clone());
    }
    let body = note.body(extra)?;
    if cond.is_none() && !args.yes {
        confirm_all_users(&settings)?;
    }
    let mut session = Session::open(settings, rep)?;
    let policy = session.not_repeatable();
    let Some(end) = session.call("timpush/push", &body, policy, rep) else {
        return Ok(Exit::Interrupted);
    };
    let ctx = session.hint_context();
    let (exit, task) = outcome(&end);
    let (message, hint) = explain(&end, exit, &ctx);
    if rep.format == OutputFormat::Json {
        let mut m = Map::new();
        if let Some(t) = &task {
            m.insert("TaskId".into(), t.clone().into());
        }
        m.insert("outcome".into(), outcome_word(exit).into());
        m.insert("attempts".into(), end.attempts.into());
        m.extend(call_fields(&end.last, &message, hint.as_deref(), exit));
        rep.stdout(&Value::Object(m).to_string());
    }
    match (&task, exit) {
        (Some(t), Exit::Success) => {
            if rep.format == OutputFormat::Text {
                rep.stdout(t);
            }
            let profile = global
                .profile
                .as_ref()
                .map(|p| format!(" -p {p}"))
                .unwrap_or_default();
            rep.note(&format!(
                "to recall it: timpush{profile} revoke --task-id {t}"
            ));
        }
        _ => rep.error(&format!("push: {message}"), hint.as_deref()),
    }
    Ok(exit)
}

/// Exit status and TaskId of a push or batch call; an OK answer without a TaskId is unknown.
pub fn outcome(end: &Ending) -> (Exit, Option<String>) {
    let task = end
        .last
        .answer
        .as_ref()
        .and_then(|a| a.raw.get("TaskId"))
        .and_then(Value::as_str)
        .map(str::to_string);
    match (end.exit, &task) {
        (Exit::Success, None) => (Exit::Unknown, None),
        (e, _) => (e, task),
    }
}

pub fn outcome_word(exit: Exit) -> &'static str {
    match exit {
        Exit::Success => "pushed",
        Exit::Unknown => "unknown",
        _ => "failed",
    }
}

/// The message and hint for a push or batch call that did not succeed.
pub fn explain(end: &Ending, exit: Exit, ctx: &catalogue::HintContext) -> (String, Option<String>) {
    if exit == Exit::Success {
        return (String::new(), None);
    }
    let mut message = end.last.cause();
    if end.last.answer.as_ref().is_some_and(|a| a.error_code == 0) {
        message = "the service answered OK but sent no TaskId".into();
    }
    if let Some(why) = &end.gave_up {
        message.push_str(&format!(" (gave up after {why})"));
    }
    let hint = catalogue::failure_hint(&end.last, exit, ctx, UNKNOWN_HINT);
    (message, Some(hint))
}

fn confirm_all_users(settings: &Settings) -> Result<(), Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(
            "this push has no --tag or --attr, so it goes to ALL users; pass --yes to confirm (standard input is not a terminal to ask on)",
        ));
    }
    eprint!(
        "Push to ALL users of SDKAppID {} ({})? Type yes to send: ",
        settings.sdkappid.value,
        settings.target()
    );
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    if matches!(answer.trim(), "yes" | "y" | "YES" | "Yes") {
        Ok(())
    } else {
        Err(Failure::usage("not confirmed; nothing was sent"))
    }
}
