//! `timpush push`: a notification to all users, or to users matching tags or attributes.

use serde_json::{Map, Value};

use crate::cli::PushArgs;
use crate::client::finished::{Finished, Job};
use crate::confirm;
use crate::error::{Exit, Failure};
use crate::notification::{self, Notification};
use crate::output::Reporter;
use crate::session::{About, Session};
use crate::settings::{self, Flags, Settings};

pub(crate) fn run(flags: &Flags, args: &PushArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let cond = notification::condition(&args.condition())?;
    let settings = settings::resolve(flags)?;
    let note = Notification::new(&args.note.spec(), &settings.identifier.value)?;
    let mut extra = Map::new();
    if let Some(c) = &cond {
        extra.insert("Condition".into(), c.clone());
    }
    let body = note.body(extra)?;
    if cond.is_none() && !args.yes {
        confirm_all_users(&settings)?;
    }
    let mut session = Session::open(settings, rep)?;
    let policy = session.policy(&crate::rest::PUSH);
    let about = About::new(Job::Push, "push");
    let Some(end) = session.call_about(crate::rest::PUSH.path, &body, policy, rep, &about) else {
        return Ok(Exit::Interrupted);
    };
    let f = Finished::new(Job::Push, end, &session.hint_context(), false);
    if rep.json() {
        let mut subject = Map::new();
        if let Some(t) = &f.task_id {
            subject.insert("TaskId".into(), Value::from(t.as_str()));
        }
        rep.object(&f.json(subject));
    }
    match (&f.task_id, f.succeeded()) {
        (Some(t), true) => {
            if !rep.json() {
                rep.stdout(t);
            }
            rep.note(&format!(
                "to recall it: {}",
                crate::next::command(flags, &["revoke", "--task-id", t])
            ));
        }
        _ => rep.error(&format!("push: {}", f.message), f.hint.as_deref()),
    }
    Ok(rep.settle(f.exit))
}

fn confirm_all_users(settings: &Settings) -> Result<(), Failure> {
    confirm::all_users(
        &format!(
            "Push to ALL users of SDKAppID {} ({})?",
            settings.sdkappid.value,
            settings.target()
        ),
        "this push has no --tag or --attr, so it goes to ALL users",
        "sent",
    )
}
