//! `timpush log`: what the journal holds, newest last.

use serde_json::Value;

use crate::cli::LogArgs;
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::settings::{Flags, table};
use crate::timefmt::{now_unix, table_time};

pub(crate) fn run(flags: &Flags, a: &LogArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let now = now_unix();
    let since = match &a.since {
        Some(s) => Some(crate::schedule::time_or_duration("--since", s, now, false)?),
        None => None,
    };
    if a.limit == Some(0) {
        return Err(Failure::usage("--limit must be 1 or more"));
    }
    // The profile named (`-p`, else TIMPUSH_PROFILE) filters by the name each entry recorded,
    // also once that profile is gone from the config: its journal is then the default one.
    let profile = flags
        .get(table::PROFILE)
        .map(str::to_string)
        .or_else(|| crate::env::process_env("TIMPUSH_PROFILE"));
    let journal = crate::journal::chosen_for(flags, true)?;
    let entries = match (&a.task, since) {
        (Some(id), _) => story_entries(&journal, id, rep)?,
        (None, Some(t)) => journal.read_since(t, rep),
        (None, None) => journal.read(rep),
    }
    .map_err(|e| e.failure())?;
    let mut shown: Vec<&serde_json::Map<String, Value>> = entries
        .iter()
        .filter(|e| {
            since.is_none_or(|t| {
                e.get("unix")
                    .and_then(Value::as_i64)
                    .is_some_and(|u| u >= t)
            })
        })
        .filter(|e| {
            a.command.as_deref().is_none_or(|c| {
                let name = e.get("command").and_then(Value::as_str).unwrap_or("");
                name == c.trim() || name.split(' ').next() == Some(c.trim())
            })
        })
        .filter(|e| {
            profile
                .as_deref()
                .is_none_or(|p| e.get("profile").and_then(Value::as_str) == Some(p))
        })
        .collect();
    if let Some(n) = a.limit {
        let skip = shown.len().saturating_sub(n);
        shown.drain(..skip);
    }
    if rep.json() {
        for e in &shown {
            rep.object(&Value::Object((*e).clone()));
        }
    } else if !shown.is_empty() {
        // Local times, and on a terminal how long ago; on a narrow terminal the audience and
        // title are shortened in the middle (never the TaskId), unless --wide.
        let mut table = crate::output::Table::new(&[
            ("TIME (HERE)", 26, false, false),
            ("PROFILE", 10, false, false),
            ("COMMAND", 12, false, false),
            ("OUTCOME", 16, false, false),
            ("TASK", 52, false, false),
            ("AUDIENCE", 32, false, true),
            ("TITLE", 0, false, true),
        ]);
        for e in &shown {
            let text = |k: &str| match e.get(k) {
                Some(Value::String(s)) => escape(s),
                Some(Value::Null) | None => String::new(),
                Some(other) => escape(&other.to_string()),
            };
            let time = e
                .get("unix")
                .and_then(Value::as_i64)
                .map(table_time)
                .unwrap_or_else(|| text("time"));
            let task = match (text("TaskId"), text("TaskID")) {
                (t, _) if !t.is_empty() => t,
                (_, k) if !k.is_empty() => k,
                _ => "-".into(),
            };
            // Whom it went to: the stated audience (older entries hold words), or how many
            // accounts an audience command changed.
            let audience = match e.get("audience") {
                Some(Value::Object(o)) => o
                    .get("text")
                    .and_then(Value::as_str)
                    .map(escape)
                    .unwrap_or_default(),
                Some(_) => text("audience"),
                None => e
                    .get("accounts")
                    .and_then(Value::as_u64)
                    .map(|n| format!("{n} accounts"))
                    .unwrap_or_default(),
            };
            table.row(vec![
                time,
                text("profile"),
                text("command"),
                text("outcome"),
                task,
                if audience.is_empty() {
                    "-".into()
                } else {
                    audience
                },
                text("title"),
            ]);
        }
        table.print(rep, a.wide);
    }
    rep.note(&format!(
        "{} of {} entries of the journal {} ({})",
        shown.len(),
        entries.len(),
        journal.shown(),
        journal.from
    ));
    if let Some(id) = &a.task {
        match crate::journal::story(id.trim(), &entries) {
            Some(story) => rep.note(&format!("{}: {story}", escape(id.trim()))),
            None => {
                return Err(Failure::new(
                    Exit::Refused,
                    format!(
                        "the journal {} holds nothing of {}",
                        journal.shown(),
                        escape(id.trim())
                    ),
                )
                .with_hint("a push made from another machine, job or the console is in that one's journal, or in the Chat console's push records"));
            }
        }
    }
    Ok(rep.settle(Exit::Success))
}

/// The entries that name `id`, and for a scheduled task, those that name the push it became.
fn story_entries(
    journal: &crate::journal::Journal,
    id: &str,
    rep: &Reporter,
) -> Result<Result<Vec<serde_json::Map<String, Value>>, crate::journal::Problem>, Failure> {
    let id = id.trim();
    let digits = !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
    if !digits {
        // The advice on lists of TaskIds is revoke's; log takes one.
        crate::taskid::TaskId::parse(id).map_err(|e| {
            Failure::usage(format!(
                "--task: {}",
                e.split(" (repeat").next().unwrap_or(&e)
            ))
        })?;
    }
    let first = match journal.naming(&[id.to_string()], rep) {
        Ok(e) => e,
        Err(e) => return Ok(Err(e)),
    };
    let became: Vec<String> = first
        .iter()
        .filter(|e| {
            digits
                && e.get("TaskID")
                    .and_then(Value::as_u64)
                    .map(|n| n.to_string())
                    .as_deref()
                    == Some(id)
        })
        .filter_map(|e| e.get("TaskId").and_then(Value::as_str).map(str::to_string))
        .collect();
    if became.is_empty() {
        return Ok(Ok(first));
    }
    Ok(journal.naming(&became, rep).map(|more| {
        let mut all = first;
        for e in more {
            if !all.contains(&e) {
                all.push(e);
            }
        }
        all.sort_by_key(|e| e.get("unix").and_then(Value::as_i64).unwrap_or(0));
        all
    }))
}
