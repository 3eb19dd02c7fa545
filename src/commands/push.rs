//! `timpush push`: a notification to all users, or to users matching tags or attributes.

use serde_json::{Map, Value};

use crate::cli::PushArgs;
use crate::confirm;
use crate::error::{Exit, Failure};
use crate::finished::{Finished, Job};
use crate::notification::{self, Notification};
use crate::output::Reporter;
use crate::session::{About, Session};
use crate::settings::{self, Flags, Settings};
use crate::settings_table as table;

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
    let policy = session.not_repeatable();
    let about = About::new(Job::Push, "push");
    let Some(end) = session.call_about("timpush/push", &body, policy, rep, &about) else {
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
            rep.note(&format!("to recall it: {}", recall_command(flags, t)));
        }
        _ => rep.error(&format!("push: {}", f.message), f.hint.as_deref()),
    }
    Ok(rep.settle(f.exit))
}

/// `timpush … revoke --task-id ID` with the flags that chose this app and endpoint, quoted for
/// a POSIX shell, so that pasting it recalls against the same app.
fn recall_command(flags: &Flags, task: &str) -> String {
    let mut words = vec!["timpush".to_string()];
    for key in [
        table::CONFIG,
        table::PROFILE,
        table::REGION,
        table::ENDPOINT,
        table::CA_BUNDLE,
        table::SDKAPPID,
        table::IDENTIFIER,
    ] {
        if let (Some(v), Some(flag)) = (flags.get(key), table::get(key).flag) {
            words.push(flag.to_string());
            words.push(v.to_string());
        }
    }
    words.extend(["revoke".into(), "--task-id".into(), task.to_string()]);
    words
        .iter()
        .map(|w| {
            shlex::try_quote(w)
                .map(|q| q.into_owned())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggested_recall_keeps_the_flags_and_is_quoted() {
        let mut flags = Flags::default();
        flags.set(table::PROFILE, "prod");
        flags.set(table::CONFIG, "/tmp/my config.toml");
        flags.set(table::SDKAPPID, "1400000001");
        assert_eq!(
            recall_command(&flags, "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"),
            "timpush --config '/tmp/my config.toml' --profile prod --sdkappid 1400000001 revoke --task-id 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"
        );
    }
}
