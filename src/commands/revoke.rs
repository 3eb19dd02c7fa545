//! `timpush revoke`: recall push tasks through POST v4/timpush/revoke.

use std::collections::HashSet;

use crate::cli::RevokeArgs;
use crate::error::{Exit, Failure};
use crate::input::{self, Item, Source};
use crate::output::Reporter;
use crate::recall::{self, RecallRequest};
use crate::sanitize::escape;
use crate::schedule;
use crate::session::Session;
use crate::settings::{self, Flags};
use crate::taskid::TaskId;
use crate::wire::OfflinePushInfo;

pub(crate) fn run(flags: &Flags, args: &RevokeArgs, rep: &Reporter) -> Result<Exit, Failure> {
    // With --report, results and reach reports share the stream: each JSON line says its kind.
    let with_kinds = rep.saying_kinds();
    let rep = if args.report { &with_kinds } else { rep };
    if args.dry_run && !args.sched.is_empty() {
        return Err(Failure::usage(
            "--dry-run sends nothing, but --sched must read the scheduled task first",
        )
        .with_hint(
            "see the task with timpush sched show ID, then dry-run its PushTaskID with --task-id",
        ));
    }
    let mut req = request(args, rep)?;
    req.again = Some(crate::next::command(flags, &["revoke"]));
    let settings = settings::resolve(flags)?;
    refuse_other_apps_pushes(&req.ids, &settings, rep)?;
    if args.last.is_some() || args.since.is_some() {
        let pick = Pick {
            last: args.last,
            since: args.since.as_deref(),
            yes: args.yes,
            dry_run: args.dry_run,
            scheduled: false,
        };
        for raw in from_journal(&pick, &settings, rep)? {
            if let Ok(id) = TaskId::parse(&raw)
                && !req.ids.contains(&id)
            {
                req.ids.push(id);
            }
        }
    }
    let mut session = Session::open(settings, rep)?;
    // A scheduled task that cannot be read or has no push yet is reported, and the others and
    // every --task-id are still recalled: one failure does not drop the rest.
    let mut first_failure = None;
    for id in &args.sched {
        if crate::signals::interrupted() {
            break;
        }
        match pushed_by(flags, &mut session, *id, rep) {
            Ok(push) if req.ids.contains(&push) => rep.note(&format!(
                "{push} (scheduled task {id}) is given more than once; it is recalled once"
            )),
            Ok(push) => {
                req.scheduled.push((push.clone(), *id));
                req.ids.push(push);
            }
            Err(f) => {
                if rep.json() {
                    let mut e = serde_json::Map::new();
                    e.insert("kind".into(), f.kind().into());
                    e.insert("message".into(), f.message.clone().into());
                    let mut o = serde_json::json!({"TaskID": id, "outcome": "failed", "attempts": 0, "error": e});
                    if let Some(h) = &f.hint {
                        o["hint"] = h.clone().into();
                    }
                    o["exit_code"] = f.exit.code().into();
                    rep.object(&o);
                }
                rep.error(&f.message, f.hint.as_deref());
                first_failure.get_or_insert(f.exit);
            }
        }
    }
    if req.ids.is_empty() {
        return Ok(rep.settle(first_failure.unwrap_or(Exit::Success)));
    }
    let exit = recall::run(&mut session, &req, rep)?;
    Ok(match (first_failure, exit) {
        (_, Exit::Interrupted) => Exit::Interrupted,
        (Some(f), _) => rep.settle(f),
        (None, e) => e,
    })
}

/// The push TaskId that scheduled task `id` became; a task not yet sent is refused.
fn pushed_by(
    flags: &Flags,
    session: &mut Session,
    id: u64,
    rep: &Reporter,
) -> Result<TaskId, Failure> {
    let k = schedule::get(session, id, rep).map_err(|f| {
        let mut fail = Failure::new(f.exit, format!("scheduled task {id}: {}", f.message));
        fail.hint = f.hint;
        fail
    })?;
    let push = k.push().map_err(|message| {
        Failure::new(Exit::Unknown, message).with_hint(crate::client::finished::PROTOCOL_HINT)
    })?;
    let Some(push) = push else {
        return Err(Failure::new(
            Exit::Refused,
            format!(
                "scheduled task {id} has not gone out yet (status {}): there is no push to recall",
                k.status_text()
            ),
        )
        .with_hint(format!(
            "cancel it instead, before it goes out: {}",
            crate::next::command(flags, &["sched", "cancel", &id.to_string()])
        )));
    };
    Ok(push)
}

/// The recall the arguments ask for, checked before anything is resolved or sent.
fn request(args: &RevokeArgs, rep: &Reporter) -> Result<RecallRequest, Failure> {
    let info = OfflinePushInfo::from_flags(args.title.clone(), args.desc.clone(), args.ext.clone())
        .map_err(Failure::usage)?;
    Ok(RecallRequest {
        ids: collect_task_ids(args, rep)?,
        info,
        dry_run: args.dry_run,
        strict: args.strict,
        fail_fast: args.fail_fast,
        again: None,
        scheduled: Vec::new(),
        report: args.report,
        events: match &args.events {
            Some(p) => Some(crate::callback::load_log(p, rep)?),
            None => None,
        },
    })
}

/// A TaskId that this machine's journal holds as pushed by another app (another SDKAppID, so
/// another profile), or to another endpoint (the emulator, a test stand), is refused before
/// anything is sent: with this app's credential, or at this endpoint, the service would answer
/// only a generic 90049. The hint names the profile the journal holds. A journal that cannot be
/// read stops no recall.
pub(crate) fn refuse_other_apps_pushes(
    ids: &[TaskId],
    settings: &crate::settings::Settings,
    rep: &Reporter,
) -> Result<(), Failure> {
    refuse_others(ids, settings, rep, "revoke --task-id")
}

/// [`refuse_other_apps_pushes`] for any command about a push: `again` is the command that would
/// answer with the right profile (`revoke --task-id`, `stats`, `trace`).
pub(crate) fn refuse_others(
    ids: &[TaskId],
    settings: &crate::settings::Settings,
    rep: &Reporter,
    again: &str,
) -> Result<(), Failure> {
    let (verb, done) = if again.starts_with("revoke") {
        ("recall", "nothing was sent")
    } else {
        ("read", "nothing was read")
    };
    if ids.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = ids.iter().map(|i| i.as_str().to_string()).collect();
    let Some(Ok(entries)) = crate::journal::Journal::of(settings)
        .as_ref()
        .map(|j| j.naming(&names, rep))
    else {
        return Ok(());
    };
    let app = settings.sdkappid.value as u64;
    let endpoint = crate::journal::endpoint_of(&settings.endpoint.value);
    for id in ids {
        let theirs = entries.iter().rev().find(|e| {
            e.get("TaskId").and_then(serde_json::Value::as_str) == Some(id.as_str())
                && matches!(
                    e.get("command").and_then(serde_json::Value::as_str),
                    Some("push" | "batch")
                )
        });
        let Some(e) = theirs else { continue };
        let Some(other) = e.get("sdkappid").and_then(serde_json::Value::as_u64) else {
            continue;
        };
        let profile = e
            .get("profile")
            .and_then(serde_json::Value::as_str)
            .unwrap_or("?");
        let quoted = shlex::try_quote(profile)
            .map(|q| q.into_owned())
            .unwrap_or_else(|_| escape(profile));
        if other == app {
            if crate::journal::same_endpoint(e, &endpoint) {
                continue;
            }
            let theirs = e
                .get("endpoint")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("?");
            return Err(Failure::config(format!(
                "{id} was pushed to {} (profile {}), not to this run's {}; {done}",
                escape(theirs),
                escape(profile),
                escape(&endpoint)
            ))
            .with_hint(format!(
                "{verb} it where it was pushed: timpush -p {quoted} {again} {id} (or with --endpoint {})",
                escape(theirs)
            )));
        }
        return Err(Failure::config(format!(
            "{id} was pushed by SDKAppID {other} (profile {}), not this run's SDKAppID {app}; {done}",
            escape(profile)
        ))
        .with_hint(format!(
            "{verb} it with that app's profile: timpush -p {quoted} {again} {id}"
        )));
    }
    Ok(())
}

/// What `--last N` or `--since` picks from the journal.
pub(crate) struct Pick<'a> {
    pub last: Option<usize>,
    pub since: Option<&'a str>,
    pub yes: bool,
    pub dry_run: bool,
    /// Scheduled pushes too (`stop`), not only pushes that went out (`revoke`).
    pub scheduled: bool,
}

/// The pushes of this app that the journal holds, for `--last N` or `--since`: those that went
/// out (push and batch) and were not recalled since, within the recall window of 24 hours, and
/// with `scheduled`, the scheduled pushes not cancelled since. More than one needs `--yes`, or
/// a yes on a terminal. Each as its ID: a TaskId, or a scheduled TaskID's digits.
pub(crate) fn from_journal(
    args: &Pick<'_>,
    settings: &crate::settings::Settings,
    rep: &Reporter,
) -> Result<Vec<String>, Failure> {
    let now = crate::timefmt::now_unix();
    let since = match &args.since {
        Some(s) => crate::schedule::time_or_duration("--since", s, now, false)?,
        None => now - 24 * 3600,
    };
    let journal = crate::journal::Journal::of(settings);
    let entries = match journal.as_ref().map(|j| j.read_since(since, rep)) {
        Some(Ok(e)) => e,
        Some(Err(e)) => return Err(e.failure()),
        None => Vec::new(),
    };
    let app = settings.sdkappid.value as u64;
    let endpoint = crate::journal::endpoint_of(&settings.endpoint.value);
    let taken_back = crate::journal::TakenBack::of(&entries);
    let mut recalled_already = 0;
    // A push older than the recall window cannot be recalled (90052): it is left out, said.
    let window_start = now - 24 * 3600;
    let mut too_old = 0;
    // Scheduled tasks of this app cancelled from here (by sched cancel or stop).
    let cancelled: Vec<u64> = entries
        .iter()
        .filter(|e| {
            e.get("sdkappid").and_then(serde_json::Value::as_u64) == Some(app)
                && e.get("outcome").and_then(serde_json::Value::as_str) == Some("cancelled")
        })
        .filter_map(|e| e.get("TaskID").and_then(serde_json::Value::as_u64))
        .collect();
    let mut picked: Vec<(String, &serde_json::Map<String, serde_json::Value>)> = Vec::new();
    for e in &entries {
        let of = |k: &str| e.get(k).and_then(serde_json::Value::as_str);
        let pushed =
            matches!(of("command"), Some("push" | "batch")) && of("outcome") == Some("pushed");
        let scheduled = args.scheduled
            && of("command") == Some("sched add")
            && of("outcome") == Some("scheduled");
        let at = e
            .get("unix")
            .and_then(serde_json::Value::as_i64)
            .unwrap_or(0);
        if !(pushed || scheduled)
            || e.get("sdkappid").and_then(serde_json::Value::as_u64) != Some(app)
            || !crate::journal::same_endpoint(e, &endpoint)
            || at < since
        {
            continue;
        }
        if scheduled {
            // A scheduled push is stopped whatever its state: the window is not its own.
            if let Some(n) = e.get("TaskID").and_then(serde_json::Value::as_u64)
                && !cancelled.contains(&n)
                && !picked.iter().any(|(p, _)| *p == n.to_string())
            {
                picked.push((n.to_string(), e));
            }
            continue;
        }
        if at < window_start {
            too_old += 1;
            continue;
        }
        // A push recalled since is not offered again.
        if taken_back.how(e).is_some() {
            recalled_already += 1;
            continue;
        }
        if let Some(id) = of("TaskId").and_then(|t| TaskId::parse(t).ok())
            && !picked.iter().any(|(p, _)| *p == id.to_string())
        {
            picked.push((id.to_string(), e));
        }
    }
    if too_old > 0 {
        rep.note(&format!(
            "{too_old} push(es) of the journal in that time are older than the 24-hour recall window; left out"
        ));
    }
    if recalled_already > 0 {
        rep.note(&format!(
            "{recalled_already} push(es) of the journal in that time were recalled already; left out"
        ));
    }
    if let Some(n) = args.last {
        if n == 0 {
            return Err(Failure::usage("--last must be 1 or more"));
        }
        // The last N runs: every TaskId of a batch run (one run, several calls) is one.
        let run_of = |e: &serde_json::Map<String, serde_json::Value>| {
            e.get("run")
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        };
        let mut runs: Vec<Option<String>> = Vec::new();
        let mut keep_from = picked.len();
        for (i, (_, e)) in picked.iter().enumerate().rev() {
            let r = run_of(e);
            let new = r.is_none() || !runs.contains(&r);
            if new {
                if runs.len() == n {
                    break;
                }
                runs.push(r);
            }
            keep_from = i;
        }
        picked.drain(..keep_from);
    }
    let path = journal
        .as_ref()
        .map(crate::journal::Journal::shown)
        .unwrap_or_default();
    if picked.is_empty() {
        // Another profile's pushes in that time: the likely mistake is the profile.
        let mut others: Vec<(String, u64)> = Vec::new();
        for e in &entries {
            let of = |k: &str| e.get(k).and_then(serde_json::Value::as_str);
            let at = e
                .get("unix")
                .and_then(serde_json::Value::as_i64)
                .unwrap_or(0);
            if matches!(of("command"), Some("push" | "batch"))
                && of("outcome") == Some("pushed")
                && at >= since.max(window_start)
                && let Some(other) = e.get("sdkappid").and_then(serde_json::Value::as_u64)
                && other != app
                && let Some(p) = of("profile")
            {
                let p = (escape(p), other);
                if !others.contains(&p) {
                    others.push(p);
                }
            }
        }
        let here = &settings.profile.value;
        let hint = match others.iter().find(|(p, _)| p != here) {
            _ if others.is_empty() => "timpush log lists what it holds; pushes sent from another machine or job are in that one's journal".to_string(),
            Some((p, other)) => format!(
                "it holds pushes of another app in that time: SDKAppID {other} (profile {p}); pass -p {p} to recall those"
            ),
            None => format!(
                "it holds pushes of another app in that time: SDKAppID {} (this profile, with another SDKAppID then); see where this run's comes from with timpush config show",
                others[0].1
            ),
        };
        return Err(Failure::new(
            Exit::Refused,
            format!(
                "the journal {path} holds no push of SDKAppID {app} at {} since {}; nothing was recalled",
                escape(&endpoint),
                crate::timefmt::local_time(since)
            ),
        )
        .with_hint(hint));
    }
    let mut text = format!(
        "from the journal, {} {} of SDKAppID {app}:",
        picked.len(),
        if args.scheduled {
            "push(es) and scheduled push(es)"
        } else {
            "push(es)"
        }
    );
    for (id, e) in &picked {
        let at = e
            .get("unix")
            .and_then(serde_json::Value::as_i64)
            .unwrap_or(0);
        let title = e
            .get("title")
            .and_then(serde_json::Value::as_str)
            .unwrap_or("");
        text.push_str(&format!(
            "\n  {id}  {}  {}",
            crate::timefmt::local_time(at),
            crate::sanitize::escape(title)
        ));
    }
    rep.note(&text);
    if picked.len() > 1 && !args.yes && !args.dry_run {
        let (verb, done) = if args.scheduled {
            ("Stop", "stopped")
        } else {
            ("Recall", "recalled")
        };
        crate::confirm::all_users(
            &format!("{verb} these {} pushes?", picked.len()),
            &format!("{} pushes were picked from the journal", picked.len()),
            done,
        )?;
    }
    Ok(picked.into_iter().map(|(id, _)| id).collect())
}

/// TaskIds from --task-id, then --from-file, in order, each once.
fn collect_task_ids(args: &RevokeArgs, rep: &Reporter) -> Result<Vec<TaskId>, Failure> {
    let mut raw: Vec<Item> = args
        .ids
        .iter()
        .map(|t| Item {
            text: t.clone(),
            origin: "TASK_ID".into(),
        })
        .chain(args.task_ids.iter().map(|t| Item {
            text: t.clone(),
            origin: "--task-id".into(),
        }))
        .collect();
    if let Some(path) = &args.from_file {
        let source = Source::file_or_stdin(path);
        if source == Source::Stdin
            && crate::run::current()
                .sink
                .terminal(crate::run::Stream::Stdin)
        {
            rep.note("reading TaskIds from standard input, one a line; end with Ctrl-D");
        }
        let listed = input::list("--from-file", &source)?;
        if listed.is_empty()
            && args.task_ids.is_empty()
            && args.ids.is_empty()
            && args.sched.is_empty()
            && args.last.is_none()
            && args.since.is_none()
        {
            return Err(Failure::usage(format!(
                "--from-file: {} held no TaskId (only blank lines and # comments, or nothing)",
                source.name()
            ))
            .with_hint("put one TaskId a line in it, as push and batch print them"));
        }
        raw.extend(listed);
    }
    if raw.is_empty() && args.sched.is_empty() && args.last.is_none() && args.since.is_none() {
        return Err(Failure::usage("no TaskId given").with_hint(
            "pass TaskIds as arguments or --task-id ID, --from-file FILE (- for standard input), --sched ID, or --last",
        ));
    }
    let mut seen = HashSet::new();
    let mut ids = Vec::new();
    for item in raw {
        let id = TaskId::parse(&item.text)
            .map_err(|e| Failure::usage(format!("{}: {e}", item.origin)))?;
        if seen.insert(id.clone()) {
            ids.push(id);
        } else {
            rep.note(&format!(
                "{id} is given more than once ({}); it is recalled once",
                item.origin
            ));
        }
    }
    Ok(ids)
}
