//! `timpush batch`: a notification to listed UserIDs, in calls of at most 500 accounts and
//! 10 KB each.

use serde_json::{Map, Value};

use crate::cli::BatchArgs;
use crate::client::catalogue;
use crate::client::finished::{Finished, Job};
use crate::error::{Exit, Failure};
use crate::journal::{self, Journal};
use crate::notification::{self, Notification};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::session::{About, Session};
use crate::settings::{self, Flags};
use crate::signals;

/// The most accounts one batch call takes.
const CHUNK: usize = 500;

pub(crate) fn run(flags: &Flags, args: &BatchArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let accounts = collect_accounts(args, rep)?;
    let settings = settings::resolve(flags)?;
    let note = Notification::new(&args.note.spec(), &settings.identifier.value)?;
    let calls = split(&note, &accounts)?;
    let app = settings.sdkappid.value;
    let journal = Journal::of(&settings);
    // The whole run is one call in the journal's eyes: the same accounts and notification.
    let mut sorted = accounts.clone();
    sorted.sort();
    let whole = serde_json::json!({"To_Account": sorted, "Notification": Value::Object(note.fields().clone())});
    let fingerprint = journal::fingerprint(app, "batch", &whole);
    let key = args.repeat.idempotency_key.as_deref();
    let repeat = journal::Repeat::of(&settings, &fingerprint, key, args.repeat.force, flags);
    let stated = notification::stated_accounts(&accounts);
    let app_words = settings.app();
    let mut record = journal::entry(&settings, "batch");
    record.insert("audience".into(), stated.json.clone());
    if let Some(t) = note
        .fields()
        .get("OfflinePushInfo")
        .and_then(|i| i.get("Title"))
    {
        record.insert("title".into(), t.clone());
    }
    record.insert("fingerprint".into(), fingerprint.clone().into());
    if let Some(k) = key {
        record.insert("idempotency_key".into(), k.into());
    }
    // The run's first call is written before anything is sent; its answer completes it, and
    // each later call is an entry of its own (the same run).
    let mut first = record.clone();
    first.insert("call".into(), 1.into());
    first.insert("outcome".into(), "unknown".into());
    let mut reservation = Some(repeat.reserve(
        journal.as_ref(),
        &first,
        "batch",
        journal::PUSH_RECORDS,
        rep,
    )?);
    let mut session = Session::open(settings, rep)?;
    for advice in note.advice() {
        rep.warn(&advice);
    }
    let policy = session.policy(&crate::rest::BATCH);
    let ctx = session.hint_context();
    let total = calls.len();
    let mut first_failure = None;
    let mut failed_calls = 0;
    let mut not_reached = 0;
    let mut done = 0;
    let mut pushed: Vec<String> = Vec::new();
    let progress = crate::recall::Progress::new(total, rep, "sending call");
    for (i, (body, chunk)) in calls.iter().enumerate() {
        if signals::interrupted() || !rep.delivering() {
            break;
        }
        // What a second Ctrl-C reports besides the call out: the calls after this one.
        let rest: Vec<(usize, usize)> = calls
            .iter()
            .enumerate()
            .skip(i + 1)
            .map(|(n, (_, c))| (n + 1, c.len()))
            .collect();
        let r = *rep;
        signals::on_abort(Some(Box::new(move || {
            not_made(&r, &rest, Exit::Interrupted, "interrupted")
        })));
        let label = if total > 1 {
            format!("batch call {} of {total} ({} accounts)", i + 1, chunk.len())
        } else {
            format!("batch of {} accounts", chunk.len())
        };
        let about = About::new(Job::Push, label)
            .with("call", i + 1)
            .with("accounts", chunk.len());
        progress.show(i, &format!("({} accounts)", chunk.len()), failed_calls);
        let end = session.call_about(crate::rest::BATCH.path, body, policy, rep, &about);
        progress.clear();
        let Some(end) = end else {
            break;
        };
        done += 1;
        let errors: Vec<Value> = end
            .last
            .answer
            .as_ref()
            .and_then(|a| a.raw.get("ErrorList"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let f = Finished::new(Job::Push, end, &ctx, false);
        let mut entry = record.clone();
        journal::stamp(&mut entry);
        entry.insert("call".into(), (i + 1).into());
        entry.insert("accounts".into(), chunk.len().into());
        if let Some(t) = &f.task_id {
            entry.insert("TaskId".into(), t.clone().into());
        }
        journal::finish(&mut entry, &f);
        match reservation.take() {
            Some(r) => r.complete(entry, rep),
            None => journal::record(journal.as_ref(), entry, rep),
        }
        not_reached += errors.len();
        if rep.json() {
            let mut subject = Map::new();
            if let Some(t) = &f.task_id {
                subject.insert("TaskId".into(), Value::from(t.as_str()));
            }
            subject.insert("call".into(), (i + 1).into());
            subject.insert("accounts".into(), chunk.len().into());
            subject.insert("audience".into(), stated.json.clone());
            let mut v = f.json(subject);
            if !errors.is_empty() {
                v["ErrorList"] = Value::Array(errors.clone());
            }
            rep.object(&v);
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
        match (&f.task_id, f.succeeded()) {
            (Some(t), true) => {
                if !rep.json() {
                    rep.stdout(t);
                }
                pushed.push(t.clone());
            }
            _ => {
                let label = if total > 1 {
                    format!("call {} of {total} ({} accounts)", i + 1, chunk.len())
                } else {
                    format!("{} accounts", chunk.len())
                };
                rep.error(&format!("batch {label}: {}", f.message), f.hint.as_deref());
                first_failure.get_or_insert(f.exit);
                failed_calls += 1;
            }
        }
    }
    if !pushed.is_empty() {
        rep.note(&format!("pushed to {}, on {app_words}", stated.text));
        let mut words = vec!["revoke"];
        for t in &pushed {
            words.extend(["--task-id", t.as_str()]);
        }
        rep.note(&format!(
            "to recall it: {}",
            crate::next::command(flags, &words)
        ));
    }
    if total > 1 || not_reached > 0 {
        rep.note(&format!(
            "{done} of {total} call(s) made for {} accounts; {not_reached} account(s) in ErrorList",
            accounts.len()
        ));
    }
    signals::on_abort(None);
    if done < total {
        let rest: Vec<(usize, usize)> = calls
            .iter()
            .enumerate()
            .skip(done)
            .map(|(n, (_, c))| (n + 1, c.len()))
            .collect();
        let (exit, why) = if rep.delivering() {
            (Exit::Interrupted, "interrupted")
        } else {
            (Exit::OutputLost, "results could no longer be written")
        };
        not_made(rep, &rest, exit, why);
        if rep.delivering() {
            return Ok(Exit::Interrupted);
        }
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

/// The calls not made (call number, accounts): one `not_attempted` object each in JSON, and a
/// note.
fn not_made(rep: &Reporter, rest: &[(usize, usize)], exit: Exit, why: &str) {
    if rest.is_empty() {
        return;
    }
    if rep.json() {
        for (call, accounts) in rest {
            let mut subject = Map::new();
            subject.insert("call".into(), (*call).into());
            subject.insert("accounts".into(), (*accounts).into());
            rep.object(&Finished::not_attempted(exit, why).json(subject));
        }
    }
    rep.note(&format!("stopped; {} call(s) not made ({why})", rest.len()));
}

/// The calls: bodies of at most 500 accounts, each within the documented body size.
fn split<'a>(
    note: &Notification,
    accounts: &'a [String],
) -> Result<Vec<(String, &'a [String])>, Failure> {
    let body = |chunk: &[String]| {
        let mut extra = Map::new();
        extra.insert("To_Account".into(), Value::from(chunk.to_vec()));
        note.body(extra)
    };
    let mut out = Vec::new();
    let mut start = 0;
    while start < accounts.len() {
        // The longest run from `start` that fits, found by halving down from 500.
        let mut len = CHUNK.min(accounts.len() - start);
        let made = loop {
            match body(&accounts[start..start + len]) {
                Ok(b) => break b,
                Err(_) if len > 1 => {
                    let mut lo = 1;
                    let mut hi = len - 1;
                    while lo < hi {
                        let mid = (lo + hi).div_ceil(2);
                        if body(&accounts[start..start + mid]).is_ok() {
                            lo = mid;
                        } else {
                            hi = mid - 1;
                        }
                    }
                    len = lo;
                }
                Err(e) => return Err(e),
            }
        };
        out.push((made, &accounts[start..start + len]));
        start += len;
    }
    Ok(out)
}

fn collect_accounts(args: &BatchArgs, rep: &Reporter) -> Result<Vec<String>, Failure> {
    let (accounts, dups) =
        notification::accounts(&args.accounts.to, args.accounts.to_file.as_deref())?;
    if accounts.is_empty() {
        return Err(Failure::usage("no account given")
            .with_hint("pass --to USER (repeatable) or --to-file FILE (- for standard input)"));
    }
    if dups > 0 {
        rep.note(&format!(
            "{dups} account(s) given more than once; each is sent once"
        ));
    }
    Ok(accounts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notification::NotificationSpec;

    #[test]
    fn long_accounts_split_by_size_as_well_as_count() {
        let note = Notification::new(
            &NotificationSpec {
                title: Some("T".into()),
                desc: Some("D".into()),
                ..Default::default()
            },
            "admin",
        )
        .unwrap();
        let long: Vec<String> = (0..300).map(|i| format!("{i:0>32}")).collect();
        let calls = split(&note, &long).unwrap();
        assert!(calls.len() > 1, "{}", calls.len());
        assert_eq!(calls.iter().map(|c| c.1.len()).sum::<usize>(), 300);
        assert!(
            calls
                .iter()
                .all(|c| c.0.len() <= notification::MAX_BODY_BYTES)
        );
        let short: Vec<String> = (0..1200).map(|i| format!("u{i}")).collect();
        let counts: Vec<usize> = split(&note, &short)
            .unwrap()
            .iter()
            .map(|c| c.1.len())
            .collect();
        assert_eq!(counts, vec![500, 500, 200]);
    }
}
