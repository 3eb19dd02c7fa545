//! `timpush push`: a notification to all users, or to users matching tags or attributes.

use serde_json::{Map, Value};

use crate::cli::PushArgs;
use crate::client::finished::{Finished, Job};
use crate::confirm;
use crate::error::{Exit, Failure};
use crate::journal::{self, Journal};
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
    let app = settings.sdkappid.value;
    let journal = Journal::of(&settings);
    let fingerprint = journal::fingerprint(
        app,
        "push",
        &serde_json::from_str(&body).unwrap_or_default(),
    );
    let key = args.repeat.idempotency_key.as_deref();
    let repeat = journal::Repeat::of(&settings, &fingerprint, key, args.repeat.force, flags);
    let stated = notification::stated_condition(cond.as_ref());
    let app_words = settings.app();
    // Counted before this push is written down; a journal that cannot be read is said by the
    // duplicate check, not here too.
    let quota = quota(&settings, journal.as_ref(), rep);
    if args.dry_run {
        let warning = quota_warning(&quota, 1);
        let session = Session::open(settings, rep)?;
        rep.note(&format!("would push to {}, on {app_words}", stated.text));
        for advice in note.advice() {
            rep.warn(&advice);
        }
        repeat.preview(journal.as_ref(), "push", rep);
        return Ok(dry_run(&session, &body, &stated, quota, warning, rep));
    }
    if cond.is_none() && !args.yes {
        confirm_all_users(&settings)?;
    }
    let mut record = journal::entry(&settings, "push");
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
    record.insert("outcome".into(), "unknown".into());
    let reservation = repeat.reserve(
        journal.as_ref(),
        &record,
        "push",
        journal::PUSH_RECORDS,
        rep,
    )?;
    if let Some(warning) = quota_warning(&quota, 1) {
        rep.warn(&warning);
    }
    let mut session = Session::open(settings, rep)?;
    for advice in note.advice() {
        rep.warn(&advice);
    }
    let policy = session.policy(&crate::rest::PUSH);
    let about = About::new(Job::Push, "push");
    let Some(end) = session.call_about(crate::rest::PUSH.path, &body, policy, rep, &about) else {
        return Ok(Exit::Interrupted);
    };
    let f = Finished::new(Job::Push, end, &session.hint_context(), false);
    if let Some(t) = &f.task_id {
        record.insert("TaskId".into(), t.clone().into());
    }
    journal::finish(&mut record, &f);
    if rep.json() {
        let mut subject = Map::new();
        if let Some(t) = &f.task_id {
            subject.insert("TaskId".into(), Value::from(t.as_str()));
        }
        subject.insert("audience".into(), stated.json.clone());
        rep.object(&f.json(subject));
    }
    match (&f.task_id, f.succeeded()) {
        (Some(t), true) => {
            if !rep.json() {
                rep.stdout(t);
            }
            rep.note(&format!("pushed to {}, on {app_words}", stated.text));
            rep.note(&format!(
                "to recall it: {}",
                crate::next::command(flags, &["revoke", "--task-id", t])
            ));
        }
        _ => rep.error(&format!("push: {}", f.message), f.hint.as_deref()),
    }
    reservation.complete(record, rep);
    Ok(rep.settle(f.exit))
}

/// "n of LIMIT pushes today": from the journal, for this app and the UTC day.
pub(crate) fn quota(
    settings: &Settings,
    journal: Option<&Journal>,
    rep: &Reporter,
) -> journal::Quota {
    journal::quota(
        journal,
        settings.sdkappid.value,
        settings.daily_push_limit.value,
        rep,
    )
}

/// A warning when `more` pushes would bring the day's count to 80% of the limit or past it.
pub(crate) fn quota_warning(q: &journal::Quota, more: u64) -> Option<String> {
    if !q.near(more) {
        return None;
    }
    let line = &q.line;
    let past = if q.count >= q.limit {
        "; the service answers 90047 once the day's quota is spent"
    } else {
        ""
    };
    Some(format!(
        "{line}: near the daily limit (daily_push_limit){past}"
    ))
}

/// `--dry-run`: the request as it would go, the credential's source, and the day's count.
fn dry_run(
    session: &Session,
    body: &str,
    stated: &notification::Stated,
    q: journal::Quota,
    warning: Option<String>,
    rep: &Reporter,
) -> Exit {
    let url = session.url(crate::rest::PUSH.path);
    let credential = session.settings.credential.describe();
    if rep.json() {
        rep.object(&serde_json::json!({
            "dry_run": true,
            "method": "POST",
            "url": url.redacted(),
            "content_type": "application/json",
            "body": serde_json::from_str::<Value>(body).unwrap_or_default(),
            "audience": stated.json,
            "credential": credential,
            "pushes_today": q.count,
            "daily_push_limit": q.limit,
        }));
    } else {
        rep.stdout(&format!(
            "POST {}\nContent-Type: application/json\n{body}\n# credential: {credential}",
            url.redacted()
        ));
    }
    match warning {
        Some(w) => rep.warn(&w),
        None => rep.note(&q.line),
    }
    rep.note("dry run: nothing was sent");
    Exit::Success
}

fn confirm_all_users(settings: &Settings) -> Result<(), Failure> {
    confirm::all_users(
        &format!(
            "Push to ALL users of {} at {}?",
            settings.app(),
            settings.target()
        ),
        "this push has no --tag or --attr, so it goes to ALL users",
        "sent",
    )
}
