//! `timpush sched add|list|show|edit|cancel`: scheduled pushes, so that a wrong push can be
//! stopped before it goes out.

use serde_json::{Map, Value, json};

use crate::cli::{SchedAddArgs, SchedCommand, SchedEditArgs, SchedListArgs, SchedOrder};
use crate::client::finished::{Finished, Job, Outcome};
use crate::confirm;
use crate::error::{Exit, Failure};
use crate::journal::{self, Journal};
use crate::notification::{self, Notification};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::schedule::{self, SchedTask};
use crate::session::{About, Session};
use crate::settings::{self, Flags, Settings};
use crate::timefmt::{now_unix, wire_utc};
use crate::wire::{MAX_BODY_BYTES, check_ext};

/// The most accounts a scheduled push to listed users takes.
const MAX_USERS: usize = 500;

pub(crate) fn run(flags: &Flags, cmd: &SchedCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        SchedCommand::Add(a) => add(flags, a, rep),
        SchedCommand::List(a) => list(flags, a, rep),
        SchedCommand::Show { ids, .. } => show(flags, ids, rep),
        SchedCommand::Edit(a) => edit(flags, a, rep),
        SchedCommand::Cancel { ids, .. } => cancel(flags, ids, rep),
    }
}

/// A failed call on a scheduled task: its line (or JSON object), and its exit status.
fn report_failure(rep: &Reporter, what: &str, id: Option<u64>, f: &Finished) -> Exit {
    if rep.json() {
        let mut subject = Map::new();
        if let Some(id) = id {
            subject.insert("TaskID".into(), id.into());
        }
        rep.object(&f.json(subject));
    }
    if f.outcome != Outcome::NotAttempted {
        rep.error(&format!("{what}: {}", f.message), f.hint.as_deref());
    }
    f.exit
}

/// A time written in the local zone is said back in both zones before anything is sent, and so
/// is any other when the local zone is not UTC: the service takes UTC, and a zone misread (a `Z`
/// written for 09:00 here) is a push at the wrong hour.
fn said_back(raw: &str, at: i64, now: i64, rep: &Reporter) {
    if crate::timefmt::parse_local(raw, now, true).is_some() {
        rep.note(&format!(
            "--at {:?} is read in {}: {}",
            escape(raw.trim()),
            crate::timefmt::zone_said(),
            crate::timefmt::both_zones(at)
        ));
    } else if crate::timefmt::local_offset(at) != 0 {
        rep.note(&format!(
            "--at {:?} is {} in {}",
            escape(raw.trim()),
            crate::timefmt::both_zones(at),
            crate::timefmt::zone_said()
        ));
    }
}

fn add(flags: &Flags, a: &SchedAddArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let now = now_unix();
    let at = schedule::at_time(&a.at, now).map_err(|e| Failure::usage(format!("--at: {e}")))?;
    said_back(&a.at, at, now, rep);
    if at <= now {
        return Err(Failure::usage(format!(
            "--at: {} is in the past; nothing was scheduled",
            crate::timefmt::both_zones(at)
        ))
        .with_hint("give a time in the future, with its zone"));
    }
    let cond = notification::condition(&a.condition())?;
    let (users, _) = notification::accounts(&a.accounts.to, a.accounts.to_file.as_deref())?;
    let kinds = [a.all, cond.is_some(), !users.is_empty()];
    let audience = match kinds {
        [true, false, false] => Audience::All,
        [false, true, false] => Audience::Tag,
        [false, false, true] => Audience::User,
        [false, false, false] => {
            return Err(Failure::usage(
                "who is it for? give --all, --tag/--any-tag, or --to/--to-file",
            ));
        }
        _ => {
            return Err(Failure::usage(
                "give one audience: --all, or tags (--tag/--any-tag), or accounts (--to/--to-file)",
            ));
        }
    };
    if users.len() > MAX_USERS {
        return Err(Failure::usage(format!(
            "{} accounts given; a scheduled push to listed users takes at most {MAX_USERS}",
            users.len()
        ))
        .with_hint("schedule several pushes, or send now with timpush batch"));
    }
    let settings = settings::resolve(flags)?;
    let note = Notification::new(&a.content.spec(), &settings.identifier.value)?;
    let mut content = note.fields().clone();
    match audience {
        Audience::Tag => {
            content.insert("Condition".into(), cond.clone().unwrap_or_default());
        }
        Audience::User => {
            content.insert("To_Account".into(), Value::from(users.clone()));
        }
        Audience::All => {}
    }
    let kind = audience.wire();
    let body = json!({
        "Sdkappid": settings.sdkappid.value,
        "Type": kind,
        "SchedAt": wire_utc(at),
        "Content": Value::Object(content),
    });
    let text = body.to_string();
    if text.len() > MAX_BODY_BYTES {
        return Err(Failure::usage(format!(
            "the request body would be {} bytes; the service takes at most {MAX_BODY_BYTES} (10 KB): shorten the text, Ext or the list",
            text.len()
        )));
    }
    let app = settings.sdkappid.value;
    let stated = match audience {
        Audience::All => notification::stated_condition(None),
        Audience::Tag => notification::stated_condition(cond.as_ref()),
        Audience::User => notification::stated_accounts(&users),
    };
    let app_words = settings.app();
    let journal = Journal::of(&settings);
    let fingerprint = journal::fingerprint(app, "sched add", &body);
    let key = a.repeat.idempotency_key.as_deref();
    let repeat = journal::Repeat::of(&settings, &fingerprint, key, a.repeat.force, flags);
    if a.dry_run {
        repeat.preview(journal.as_ref(), "scheduled push", rep);
        let session = Session::open(settings, rep)?;
        rep.note(&format!(
            "would schedule a push to {} for {}, on {app_words}",
            stated.text,
            crate::timefmt::both_zones(at)
        ));
        for advice in note.advice() {
            rep.warn(&advice);
        }
        let url = session.url(schedule::ADD);
        if rep.json() {
            rep.object(&json!({
                "dry_run": true,
                "method": "POST",
                "url": url.redacted(),
                "body": body,
                "audience": stated.json,
            }));
        } else {
            rep.stdout(&format!(
                "POST {}\nContent-Type: application/json\n{text}",
                url.redacted()
            ));
        }
        rep.note("dry run: nothing was sent");
        return Ok(rep.settle(Exit::Success));
    }
    let keyword_check = match &a.content.title {
        Some(t) => crate::next::command(flags, &["sched", "list", "--keyword", t]),
        None => crate::next::command(flags, &["sched", "list"]),
    };
    if audience == Audience::All && !a.yes {
        confirm_all_users(&settings, at)?;
    }
    let mut record = journal::entry(&settings, "sched add");
    record.insert("audience".into(), stated.json.clone());
    if let Some(t) = &a.content.title {
        record.insert("title".into(), t.clone().into());
    }
    record.insert("SchedAt".into(), wire_utc(at).into());
    record.insert("fingerprint".into(), fingerprint.clone().into());
    if let Some(k) = key {
        record.insert("idempotency_key".into(), k.into());
    }
    record.insert("outcome".into(), "unknown".into());
    let reservation = repeat.reserve(
        journal.as_ref(),
        &record,
        "scheduled push",
        &keyword_check,
        rep,
    )?;
    let mut session = Session::open(settings, rep)?;
    for advice in note.advice() {
        rep.warn(&advice);
    }
    let policy = session.policy(&crate::rest::ADD_SCHED);
    let about = About::new(Job::Schedule, "sched add")
        .with("Type", kind)
        .with("SchedAt", wire_utc(at));
    let Some(end) = session.call_about(schedule::ADD, &text, policy, rep, &about) else {
        return Ok(Exit::Interrupted);
    };
    let mut f = Finished::new(Job::Schedule, end, &session.hint_context(), false);
    if f.exit == Exit::Unknown
        && let Some(title) = &a.content.title
    {
        f.hint = Some(format!(
            "the scheduled push may have been created: do not schedule it again blindly; look for it first: {}",
            crate::next::command(flags, &["sched", "list", "--keyword", title])
        ));
    }
    let id = f.task_id.clone();
    if let Some(n) = id.as_deref().and_then(|i| i.parse::<u64>().ok()) {
        record.insert("TaskID".into(), n.into());
    }
    journal::finish(&mut record, &f);
    if rep.json() {
        let mut subject = Map::new();
        if let Some(id) = id.as_deref().and_then(|i| i.parse::<u64>().ok()) {
            subject.insert("TaskID".into(), id.into());
        }
        subject.insert("Type".into(), kind.into());
        subject.insert("SchedAt".into(), wire_utc(at).into());
        subject.insert("audience".into(), stated.json.clone());
        rep.object(&f.json(subject));
    }
    match (&id, f.succeeded()) {
        (Some(id), true) => {
            if !rep.json() {
                rep.stdout(id);
            }
            rep.note(&format!(
                "scheduled a push to {}, on {app_words}",
                stated.text
            ));
            rep.note(&format!(
                "scheduled for {}; to cancel it before then: {}",
                crate::timefmt::both_zones(at),
                crate::next::command(flags, &["sched", "cancel", id])
            ));
        }
        _ => rep.error(&format!("sched add: {}", f.message), f.hint.as_deref()),
    }
    reservation.complete(record, rep);
    Ok(rep.settle(f.exit))
}

/// A task as the service answered it, with `audience` added (whom it goes to, stated).
fn with_audience(k: &SchedTask) -> Value {
    let mut v = k.raw.clone();
    if let (Some(o), Some(a)) = (v.as_object_mut(), &k.audience) {
        o.insert("audience".into(), a.json.clone());
    }
    v
}

/// Who a scheduled push goes to: its `Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Audience {
    /// Every user.
    All,
    /// Users matching a tag condition.
    Tag,
    /// Listed UserIDs (at most 500).
    User,
}

impl Audience {
    /// As the service spells it.
    fn wire(self) -> &'static str {
        match self {
            Audience::All => "All",
            Audience::Tag => "Tag",
            Audience::User => "User",
        }
    }
}

/// Writes a scheduled task's change (edit, cancel) to the journal.
fn journal_change(session: &Session, command: &str, id: u64, f: &Finished, rep: &Reporter) {
    let mut e = journal::entry(&session.settings, command);
    e.insert("TaskID".into(), id.into());
    journal::finish(&mut e, f);
    journal::record(Journal::of(&session.settings).as_ref(), e, rep);
}

fn confirm_all_users(settings: &Settings, at: i64) -> Result<(), Failure> {
    confirm::all_users(
        &format!(
            "Schedule a push to ALL users of SDKAppID {} ({}) for {}?",
            settings.sdkappid.value,
            settings.target(),
            crate::timefmt::both_zones(at)
        ),
        "this scheduled push goes to ALL users",
        "scheduled",
    )
}

/// The most records asked for in one page.
const PAGE: u64 = 100;
/// The most pages one listing reads, whatever Total says: 10,000 tasks at 100 a page, more than
/// the default window (37 days) holds at the standard daily push quota (100 a day, 3,700 tasks),
/// and 20 seconds at list_sched_task's 5 calls per second. A service that keeps bringing fresh
/// pages past it is not followed further; an app whose raised quota holds more narrows the
/// window, as the warning says.
const MAX_PAGES: u32 = 100;

fn list(flags: &Flags, a: &SchedListArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let now = now_unix();
    let since = match &a.since {
        Some(s) => schedule::time_or_duration("--since", s, now, false)?,
        None => now - 7 * 86400,
    };
    let until = match &a.until {
        Some(s) => schedule::time_or_duration("--until", s, now, true)?,
        None => now + 30 * 86400,
    };
    if since > until {
        return Err(Failure::usage(format!(
            "--since {} is after --until {}",
            crate::timefmt::both_zones(since),
            crate::timefmt::both_zones(until)
        )));
    }
    if a.limit == Some(0) {
        return Err(Failure::usage("--limit must be 1 or more"));
    }
    let settings = settings::resolve(flags)?;
    let app = settings.sdkappid.value;
    let mut session = Session::open(settings, rep)?;
    let order = match a.order {
        SchedOrder::Created => "createat",
        SchedOrder::Scheduled => "schedat",
    };
    // By scheduled time the next to go out comes first; by creation, the newest.
    let ascending = if a.desc {
        false
    } else {
        a.asc || matches!(a.order, SchedOrder::Scheduled)
    };
    let mut tasks: Vec<SchedTask> = Vec::new();
    let mut pages = 0;
    let mut short_of: Option<String> = None;
    let total = loop {
        let want = a.limit.map_or(PAGE, |l| (l - tasks.len() as u64).min(PAGE));
        let mut body = json!({
            "Sdkappid": app,
            "Offset": tasks.len(),
            "Want": want,
            "OrderBy": order,
            "Asc": ascending,
            "BeginTime": wire_utc(since),
            "EndTime": wire_utc(until),
        });
        if let Some(k) = &a.keyword {
            body["Keyword"] = k.clone().into();
        }
        let page = match schedule::read(&mut session, schedule::LIST, &body, rep) {
            Ok(v) => v,
            Err(f) => return Ok(report_failure(rep, "sched list", None, &f)),
        };
        let (Some(t), Some(items)) = (
            page.get("Total").and_then(Value::as_u64),
            page.get("Tasks").and_then(Value::as_array),
        ) else {
            let f =
                schedule::protocol("list_sched_task answered OK without Total and Tasks".into());
            return Ok(report_failure(rep, "sched list", None, &f));
        };
        let before = tasks.len();
        for item in items {
            match SchedTask::from_json(item) {
                // A task already listed (an Offset the service ignored) is not new.
                Some(k) if tasks.iter().any(|o| o.id == k.id) => {}
                Some(k) => tasks.push(k),
                None => {
                    let f =
                        schedule::protocol("list_sched_task listed a task without a TaskID".into());
                    return Ok(report_failure(rep, "sched list", None, &f));
                }
            }
        }
        pages += 1;
        let reached = tasks.len() as u64 >= t || a.limit.is_some_and(|l| tasks.len() as u64 >= l);
        if reached {
            break t;
        }
        // Paging ends when a page brings nothing new (an Offset the service ignores, a Total it
        // never reaches), or at the bound, whatever Total says; what was listed is shown.
        if tasks.len() == before || pages >= MAX_PAGES {
            let why = if tasks.len() == before {
                format!("a page at Offset {before} brought no task not listed already")
            } else {
                format!(
                    "{MAX_PAGES} pages were read, the most one listing reads; narrow it with --since, --until or --keyword"
                )
            };
            short_of = Some(format!(
                "list_sched_task said Total {t} but listed {} task(s): {why}; the list below may be incomplete",
                tasks.len()
            ));
            break t;
        }
        if crate::signals::interrupted() || !rep.delivering() {
            break t;
        }
    };
    if rep.json() {
        for k in &tasks {
            rep.object(&with_audience(k));
        }
    } else if !tasks.is_empty() {
        // Local times (on a terminal with how far ahead); on a narrow terminal the audience and
        // title are shortened in the middle, unless --wide.
        let mut table = crate::output::Table::new(&[
            ("ID", 12, false, false),
            ("STATUS", 12, false, false),
            ("SCHEDULED (HERE)", 27, false, false),
            ("SCHEDULED (UTC)", 20, false, false),
            ("TYPE", 5, false, false),
            ("AUDIENCE", 32, false, true),
            ("TITLE", 0, false, true),
        ]);
        for k in &tasks {
            let (here, utc) = match k.sched_at {
                Some(t) => (crate::timefmt::table_time(t), wire_utc(t)),
                None => ("?".into(), "?".into()),
            };
            table.row(vec![
                k.id.to_string(),
                k.status_text(),
                here,
                utc,
                escape(&k.kind),
                k.audience
                    .as_ref()
                    .map_or("?".to_string(), |a| a.text.clone()),
                escape(&k.title),
            ]);
        }
        table.print(rep, a.wide);
    }
    rep.note(&format!(
        "{} of {} scheduled task(s) from {} to {}",
        tasks.len(),
        total,
        crate::timefmt::both_zones(since),
        crate::timefmt::both_zones(until)
    ));
    if let Some(why) = short_of {
        let f = schedule::protocol(why);
        return Ok(rep.settle(report_failure(rep, "sched list", None, &f)));
    }
    if crate::signals::interrupted() {
        return Ok(Exit::Interrupted);
    }
    Ok(rep.settle(Exit::Success))
}

fn show(flags: &Flags, ids: &[u64], rep: &Reporter) -> Result<Exit, Failure> {
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let mut first_failure = None;
    for (i, id) in ids.iter().enumerate() {
        match schedule::get(&mut session, *id, rep) {
            Ok(k) if rep.json() => rep.object(&with_audience(&k)),
            Ok(k) => {
                if i > 0 {
                    rep.stdout("");
                }
                rep.stdout(&format!(
                    "{:<16} {}",
                    "(audience)",
                    k.audience
                        .as_ref()
                        .map_or("not said by the answer", |a| a.text.as_str())
                ));
                for (key, v) in k.raw.as_object().into_iter().flatten() {
                    let text = match (key.as_str(), v) {
                        ("SchedAt" | "CreateAt", Value::String(s)) => {
                            match crate::timefmt::parse_wire_utc(s) {
                                Some(t) => crate::timefmt::both_zones(t),
                                None => escape(s),
                            }
                        }
                        (_, Value::String(s)) => escape(s),
                        (_, other) => other.to_string(),
                    };
                    // Keys are outside text too: a line break in one must not forge a line.
                    rep.stdout(&format!("{:<16} {text}", escape(key)));
                }
            }
            Err(f) => {
                first_failure.get_or_insert(report_failure(
                    rep,
                    &format!("scheduled task {id}"),
                    Some(*id),
                    &f,
                ));
            }
        }
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

/// The refusal for a task that is no longer pending.
fn gone_out(flags: &Flags, what: &str, k: &SchedTask) -> Failure {
    let revoke = crate::next::command(flags, &["revoke", "--sched", &k.id.to_string()]);
    let recall = if k.push_task_id.is_empty() {
        format!("once it has gone out, recall it with: {revoke}")
    } else {
        format!(
            "recall the push it became ({}) with: {revoke}",
            escape(&k.push_task_id)
        )
    };
    Failure::new(
        Exit::Refused,
        format!(
            "scheduled task {} is {}, no longer pending: it cannot be {what}",
            k.id,
            k.status_text()
        ),
    )
    .with_hint(recall)
}

fn edit(flags: &Flags, a: &SchedEditArgs, rep: &Reporter) -> Result<Exit, Failure> {
    if a.at.is_none() && a.title.is_none() && a.desc.is_none() && a.ext.is_none() {
        return Err(Failure::usage(
            "nothing to change: give --at, --title, --desc or --ext",
        ));
    }
    let at = match &a.at {
        Some(t) => {
            let at = schedule::at_time(t, now_unix())
                .map_err(|e| Failure::usage(format!("--at: {e}")))?;
            said_back(t, at, now_unix(), rep);
            if at <= now_unix() {
                return Err(Failure::usage(format!(
                    "--at: {} is in the past; nothing was changed",
                    crate::timefmt::both_zones(at)
                )));
            }
            Some(at)
        }
        None => None,
    };
    if let Some(e) = &a.ext {
        check_ext(e).map_err(Failure::usage)?;
    }
    let settings = settings::resolve(flags)?;
    let app = settings.sdkappid.value;
    let mut session = Session::open(settings, rep)?;
    let k = match schedule::get(&mut session, a.id, rep) {
        Ok(k) => k,
        Err(f) => {
            return Ok(report_failure(
                rep,
                &format!("scheduled task {}", a.id),
                Some(a.id),
                &f,
            ));
        }
    };
    if !k.pending() {
        return Err(gone_out(flags, "changed", &k));
    }
    let mut body = json!({"Sdkappid": app, "TaskID": k.id, "Type": k.kind});
    if let Some(at) = at {
        body["SchedAt"] = wire_utc(at).into();
    }
    if a.title.is_some() || a.desc.is_some() || a.ext.is_some() {
        let mut content = k.raw.get("Content").cloned().unwrap_or_else(|| json!({}));
        if !content.is_object() {
            content = json!({});
        }
        content.as_object_mut().map(|c| c.remove("MsgRandom"));
        let info = content
            .as_object_mut()
            .expect("an object")
            .entry("OfflinePushInfo")
            .or_insert_with(|| json!({}));
        if !info.is_object() {
            *info = json!({});
        }
        for (key, v) in [("Title", &a.title), ("Desc", &a.desc), ("Ext", &a.ext)] {
            if let Some(v) = v {
                info[key] = v.clone().into();
            }
        }
        body["Content"] = content;
    }
    if body.to_string().len() > MAX_BODY_BYTES {
        return Err(Failure::usage(
            "the request body would be over 10 KB: shorten the text or Ext",
        ));
    }
    let about = About::new(Job::Read, format!("scheduled task {}", k.id)).with("TaskID", k.id);
    match schedule::read_about(&mut session, schedule::MODIFY, &body, rep, &about) {
        Ok((_, mut f)) => {
            f.outcome = Outcome::Edited;
            journal_change(&session, "sched edit", k.id, &f, rep);
            if rep.json() {
                let mut subject = Map::new();
                subject.insert("TaskID".into(), k.id.into());
                if let Some(at) = at {
                    subject.insert("SchedAt".into(), wire_utc(at).into());
                }
                rep.object(&f.json(subject));
            } else {
                rep.stdout(&format!("edited {}", k.id));
            }
            if let Some(at) = at {
                rep.note(&format!(
                    "now scheduled for {}",
                    crate::timefmt::both_zones(at)
                ));
            }
            Ok(rep.settle(Exit::Success))
        }
        Err(f) => {
            journal_change(&session, "sched edit", k.id, &f, rep);
            Ok(report_failure(
                rep,
                &format!("scheduled task {}", k.id),
                Some(k.id),
                &f,
            ))
        }
    }
}

fn cancel(flags: &Flags, ids: &[u64], rep: &Reporter) -> Result<Exit, Failure> {
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let mut first_failure = None;
    let mut done = 0;
    for (i, id) in ids.iter().enumerate() {
        // What a second Ctrl-C reports besides the call out: the tasks after this one.
        let rest: Vec<u64> = ids[i + 1..].to_vec();
        let r = *rep;
        crate::signals::on_abort(Some(Box::new(move || {
            not_cancelled(&r, &rest, "interrupted")
        })));
        let exit = cancel_one(flags, &mut session, *id, rep);
        done = i + 1;
        if exit != Exit::Success {
            first_failure.get_or_insert(exit);
        }
        if crate::signals::interrupted() || !rep.delivering() {
            break;
        }
    }
    crate::signals::on_abort(None);
    if done < ids.len() {
        let (exit, why) = if rep.delivering() {
            (Exit::Interrupted, "interrupted")
        } else {
            (Exit::OutputLost, "results could no longer be written")
        };
        not_cancelled(rep, &ids[done..], why);
        first_failure.get_or_insert(exit);
    }
    if crate::signals::interrupted() {
        return Ok(Exit::Interrupted);
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

/// The scheduled tasks a cancel did not get to: one `not_attempted` object each in JSON, and a
/// note that lists them.
fn not_cancelled(rep: &Reporter, ids: &[u64], why: &str) {
    if ids.is_empty() {
        return;
    }
    let exit = if why == "interrupted" {
        Exit::Interrupted
    } else {
        Exit::OutputLost
    };
    if rep.json() {
        for id in ids {
            let mut subject = Map::new();
            subject.insert("TaskID".into(), (*id).into());
            rep.object(&Finished::not_attempted(exit, why).json(subject));
        }
    }
    let list: Vec<String> = ids.iter().map(u64::to_string).collect();
    rep.note(&format!(
        "not cancelled ({}): {} ({why})",
        ids.len(),
        list.join(" ")
    ));
}

fn cancel_one(flags: &Flags, session: &mut Session, id: u64, rep: &Reporter) -> Exit {
    let what = format!("scheduled task {id}");
    let k = match schedule::get(session, id, rep) {
        Ok(k) => k,
        Err(mut f) => {
            // No such task, and this journal holds its cancel: a second cancel (a re-run CI
            // step) finds it done.
            if schedule::not_found(&f) && journal::cancelled_here(&session.settings, id) {
                rep.note(&journal::cancelled_already(id));
                if rep.json() {
                    rep.object(&json!({"TaskID": id, "outcome": "cancelled", "already": true, "exit_code": 0}));
                } else {
                    rep.stdout(&format!("cancelled {id} (already)"));
                }
                return Exit::Success;
            }
            // No such task: most often one cancelled already (a second cancel), or a wrong id.
            if schedule::not_found(&f) {
                f.hint = Some(format!(
                    "no scheduled task {id} is there: it was cancelled already, or the TaskID is not this app's; list them with {}",
                    crate::next::command(flags, &["sched", "list"])
                ));
            }
            return report_failure(rep, &what, Some(id), &f);
        }
    };
    if !k.pending() {
        let f = gone_out(flags, "cancelled", &k);
        if rep.json() {
            rep.object(&json!({"TaskID": id, "outcome": "failed", "error": {"kind": "not_pending", "message": f.message}, "hint": f.hint, "exit_code": f.exit.code()}));
        }
        rep.error(&f.message, f.hint.as_deref());
        return f.exit;
    }
    let Some(d) = schedule::delete(session, &k, rep) else {
        return report_failure(
            rep,
            &what,
            Some(id),
            &Finished::not_attempted(Exit::Interrupted, "interrupted"),
        );
    };
    let (f, after_lost_answer) = (d.finished, d.after_lost_answer);
    if !f.succeeded() {
        journal_change(session, "sched cancel", id, &f, rep);
        return report_failure(rep, &what, Some(id), &f);
    }
    journal_change(session, "sched cancel", id, &f, rep);
    if rep.json() {
        let mut subject = Map::new();
        subject.insert("TaskID".into(), id.into());
        rep.object(&f.json(subject));
    } else {
        let suffix = if after_lost_answer {
            " (confirmed after a lost answer)"
        } else {
            ""
        };
        rep.stdout(&format!("cancelled {id}{suffix}"));
    }
    Exit::Success
}

#[cfg(test)]
mod tests {
    /// Every `--at` in `sched --help`'s examples is a time that has not passed, however long from
    /// now the help is read: none is a date that will go stale.
    #[test]
    fn the_sched_help_s_examples_stay_valid() {
        let words: Vec<&str> = crate::cli::SCHED_HELP.split_whitespace().collect();
        let ats: Vec<&str> = words
            .windows(2)
            .filter(|w| w[0] == "--at")
            .map(|w| w[1])
            .collect();
        assert!(!ats.is_empty());
        for at in ats {
            assert!(at.starts_with('+'), "{at} is a date that will pass");
            assert!(crate::schedule::at_time(at, 0).unwrap() > 0, "{at}");
        }
    }
}
