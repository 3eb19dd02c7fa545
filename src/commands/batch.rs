//! `timpush batch`: a notification to listed UserIDs, in calls of at most 500.

use serde_json::{Map, Value};
use std::collections::HashSet;

use crate::catalogue;
use crate::cli::{BatchArgs, GlobalArgs, OutputFormat};
use crate::commands::push::{explain, outcome, outcome_word};
use crate::error::{Exit, Failure};
use crate::notification::Notification;
use crate::output::{Reporter, call_fields, escape};
use crate::session::Session;
use crate::settings;

/// The most accounts one batch call takes.
pub const CHUNK: usize = 500;

pub fn run(global: &GlobalArgs, args: &BatchArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let accounts = collect_accounts(args, rep)?;
    let settings = settings::resolve(global, &settings::process_env)?;
    let note = Notification::from_args(&args.note, &settings.identifier.value)?;
    let bodies: Vec<String> = accounts
        .chunks(CHUNK)
        .map(|c| {
            let mut extra = Map::new();
            extra.insert("To_Account".into(), Value::from(c.to_vec()));
            note.body(extra)
        })
        .collect::<Result<_, _>>()?;
    let mut session = Session::open(settings, rep)?;
    let policy = session.not_repeatable();
    let ctx = session.hint_context();
    let calls = bodies.len();
    let mut first_failure = None;
    let mut not_reached = 0;
    let mut done = 0;
    for (i, (body, chunk)) in bodies.iter().zip(accounts.chunks(CHUNK)).enumerate() {
        if crate::retry::interrupted() {
            break;
        }
        let Some(end) = session.call("timpush/batch", body, policy, rep) else {
            break;
        };
        done += 1;
        let (exit, task) = outcome(&end);
        let (message, hint) = explain(&end, exit, &ctx);
        let errors: Vec<Value> = end
            .last
            .answer
            .as_ref()
            .and_then(|a| a.raw.get("ErrorList"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        not_reached += errors.len();
        let label = if calls > 1 {
            format!("call {} of {calls} ({} accounts)", i + 1, chunk.len())
        } else {
            format!("{} accounts", chunk.len())
        };
        if rep.format == OutputFormat::Json {
            let mut m = Map::new();
            if let Some(t) = &task {
                m.insert("TaskId".into(), t.clone().into());
            }
            m.insert("call".into(), (i + 1).into());
            m.insert("accounts".into(), chunk.len().into());
            m.insert("outcome".into(), outcome_word(exit).into());
            m.insert("attempts".into(), end.attempts.into());
            m.extend(call_fields(&end.last, &message, hint.as_deref(), exit));
            if !errors.is_empty() {
                m.insert("ErrorList".into(), Value::Array(errors.clone()));
            }
            rep.stdout(&Value::Object(m).to_string());
        }
        for e in &errors {
            let code = e.get("ErrorCode").and_then(Value::as_i64).unwrap_or(-1);
            rep.warn(&format!(
                "account {}: ErrorCode {code} ({}): service said \"{}\"",
                escape(e.get("To_Account").and_then(Value::as_str).unwrap_or("?")),
                catalogue::meaning_of(code),
                escape(e.get("ErrorInfo").and_then(Value::as_str).unwrap_or(""))
            ));
        }
        match (&task, exit) {
            (Some(t), Exit::Success) => {
                if rep.format == OutputFormat::Text {
                    rep.stdout(t);
                }
            }
            _ => {
                rep.error(&format!("batch {label}: {message}"), hint.as_deref());
                first_failure.get_or_insert(exit);
            }
        }
    }
    if calls > 1 || not_reached > 0 {
        rep.note(&format!(
            "{done} of {calls} call(s) made for {} accounts; {not_reached} account(s) in ErrorList",
            accounts.len()
        ));
    }
    if done < calls {
        rep.note(&format!("interrupted; {} call(s) not made", calls - done));
        return Ok(Exit::Interrupted);
    }
    Ok(first_failure.unwrap_or(Exit::Success))
}

fn collect_accounts(args: &BatchArgs, rep: &Reporter) -> Result<Vec<String>, Failure> {
    let mut raw: Vec<(String, String)> = args
        .to
        .iter()
        .map(|t| (t.clone(), "--to".to_string()))
        .collect();
    if let Some(path) = &args.to_file {
        raw.extend(crate::listfile::read("--to-file", path)?);
    }
    if raw.is_empty() {
        return Err(Failure::usage("no account given")
            .with_hint("pass --to USER (repeatable) or --to-file FILE (- for standard input)"));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut dups = 0;
    for (a, origin) in raw {
        if a.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Failure::usage(format!(
                "{origin}: the account {:?} holds white space or control characters",
                escape(&a)
            )));
        }
        if seen.insert(a.clone()) {
            out.push(a);
        } else {
            dups += 1;
        }
    }
    if dups > 0 {
        rep.note(&format!(
            "{dups} account(s) given more than once; each is sent once"
        ));
    }
    Ok(out)
}
