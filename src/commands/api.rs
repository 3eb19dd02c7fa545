//! `timpush api COMMAND`: a raw authenticated call to any REST command.

use serde_json::{Map, Value};

use crate::cli::ApiArgs;
use crate::client::finished::{Finished, Job};
use crate::client::retry::Policy;
use crate::error::{Exit, Failure};
use crate::input::{self, Source};
use crate::output::Reporter;
use crate::session::{About, Session};
use crate::settings::{self, Flags};

/// `v4/timpush/get_sched_task`, `/v4/…` or `timpush/…` to `timpush/get_sched_task`.
pub(crate) fn command_path(raw: &str) -> Result<String, Failure> {
    let c = raw.trim().trim_start_matches('/');
    let c = c.strip_prefix("v4/").unwrap_or(c);
    let ok = c.split('/').count() == 2
        && c.split('/').all(|p| !p.is_empty())
        && c.chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '/');
    if !ok {
        return Err(Failure::usage(format!(
            "{raw:?} is not a REST command such as v4/timpush/get_sched_task"
        )));
    }
    Ok(c.to_string())
}

/// The JSON body: `--data` as text, `@FILE` or `-`; `{}` without it.
fn body(data: Option<&str>) -> Result<String, Failure> {
    let text = match data {
        None => "{}".to_string(),
        Some(d) => input::read(
            "--data",
            &Source::at_file_stdin_or_text(d),
            input::JSON_CAP,
            Failure::usage,
        )?,
    };
    let v: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::usage(format!("--data is not JSON: {e}")))?;
    Ok(v.to_string())
}

pub(crate) fn run(flags: &Flags, args: &ApiArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let command = command_path(&args.command)?;
    let body = body(args.data.as_deref())?;
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let policy = Policy {
        retry_ambiguous: args.retry,
        ..session.repeatable()
    };
    let about = About::new(Job::Call, command.clone());
    let Some(end) = session.call_about(&command, &body, policy, rep, &about) else {
        return Ok(Exit::Interrupted);
    };
    if let Some(a) = &end.last.answer {
        let text = if rep.json() {
            a.raw.to_string()
        } else {
            serde_json::to_string_pretty(&a.raw).unwrap_or_default()
        };
        rep.stdout_json(&text);
    }
    let answered = end.last.answer.is_some();
    let f = Finished::new(Job::Call, end, &session.hint_context(), false);
    if crate::rest::changes(&command) {
        let mut e = crate::journal::entry(&session.settings, "api");
        e.insert("api".into(), command.clone().into());
        if let Some(t) = &f.task_id {
            e.insert("TaskId".into(), t.clone().into());
        }
        crate::journal::finish(&mut e, &f);
        crate::journal::record(
            crate::journal::Journal::of(&session.settings).as_ref(),
            e,
            rep,
        );
    }
    if !f.succeeded() {
        if rep.json() && !answered {
            rep.object(&f.json(Map::new()));
        }
        rep.error(&format!("{command}: {}", f.message), f.hint.as_deref());
    }
    Ok(rep.settle(f.exit))
}

#[cfg(test)]
mod tests {
    use super::command_path;

    #[test]
    fn command_paths() {
        assert_eq!(
            command_path("v4/timpush/get_sched_task").unwrap(),
            "timpush/get_sched_task"
        );
        assert_eq!(
            command_path("/v4/openim/querystate").unwrap(),
            "openim/querystate"
        );
        assert_eq!(command_path("timpush/push").unwrap(), "timpush/push");
        assert!(command_path("v4/timpush").is_err());
        assert!(command_path("v4/timpush/x?y=1").is_err());
        assert!(command_path("../x/y").is_err());
    }
}
