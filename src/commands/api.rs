//! `timpush api COMMAND`: a raw authenticated call to any REST command.

use serde_json::Value;
use std::io::Read;

use crate::catalogue;
use crate::cli::{ApiArgs, GlobalArgs, OutputFormat};
use crate::error::{Exit, Failure};
use crate::output::{Reporter, call_fields};
use crate::retry::Policy;
use crate::session::Session;
use crate::settings;

const UNKNOWN_HINT: &str = "the call may have been applied; check before repeating it (or pass --retry for commands that are safe to repeat)";

/// `v4/timpush/get_sched_task`, `/v4/…` or `timpush/…` to `timpush/get_sched_task`.
pub fn command_path(raw: &str) -> Result<String, Failure> {
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

fn body(data: Option<&str>) -> Result<String, Failure> {
    let text = match data {
        None => "{}".to_string(),
        Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .take(1024 * 1024)
                .read_to_string(&mut s)
                .map_err(|e| {
                    Failure::usage(format!("--data -: cannot read standard input: {e}"))
                })?;
            s
        }
        Some(d) if d.starts_with('@') => std::fs::read_to_string(&d[1..])
            .map_err(|e| Failure::usage(format!("--data {d}: cannot read: {e}")))?,
        Some(d) => d.to_string(),
    };
    let v: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::usage(format!("--data is not JSON: {e}")))?;
    Ok(v.to_string())
}

pub fn run(global: &GlobalArgs, args: &ApiArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let command = command_path(&args.command)?;
    let body = body(args.data.as_deref())?;
    let settings = settings::resolve(global, &settings::process_env)?;
    let mut session = Session::open(settings, rep)?;
    let policy = Policy {
        retry_ambiguous: args.retry,
        ..session.repeatable()
    };
    let Some(end) = session.call(&command, &body, policy, rep) else {
        return Ok(Exit::Interrupted);
    };
    let exit = end.exit;
    if let Some(a) = &end.last.answer {
        let text = match rep.format {
            OutputFormat::Json => a.raw.to_string(),
            OutputFormat::Text => serde_json::to_string_pretty(&a.raw).unwrap_or_default(),
        };
        rep.stdout(&text);
    }
    if exit != Exit::Success {
        let mut message = end.last.cause();
        if let Some(why) = &end.gave_up {
            message.push_str(&format!(" (gave up after {why})"));
        }
        let hint = catalogue::failure_hint(&end.last, exit, &session.hint_context(), UNKNOWN_HINT);
        if rep.format == OutputFormat::Json && end.last.answer.is_none() {
            rep.stdout(
                &Value::Object(call_fields(&end.last, &message, Some(&hint), exit)).to_string(),
            );
        }
        rep.error(&format!("{command}: {message}"), Some(&hint));
    }
    Ok(exit)
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
