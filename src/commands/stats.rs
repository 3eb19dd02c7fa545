//! `timpush stats` and `timpush trace`: how far a push got (sent, delivered, clicked, per
//! channel), why devices were missed, and one user's delivery path.

use serde_json::{Value, json};

use crate::cli::{StatsArgs, TraceArgs};
use crate::client::finished::Finished;
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::schedule;
use crate::session::Session;
use crate::settings::{self, Flags};
use crate::taskid::TaskId;
use crate::timefmt::now_unix;

/// The most TaskIDs one report call takes.
const PER_CALL: usize = 5;

fn task_ids(raw: &[String]) -> Result<Vec<String>, Failure> {
    let mut out: Vec<String> = Vec::new();
    for t in raw {
        let id = TaskId::parse(t).map_err(|e| Failure::usage(format!("TASKID: {e}")))?;
        if !out.iter().any(|o| o == id.as_str()) {
            out.push(id.as_str().to_string());
        }
    }
    Ok(out)
}

pub(crate) fn stats(flags: &Flags, a: &StatsArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let ids = task_ids(&a.task_ids)?;
    let now = now_unix();
    let days: i64 = if a.loss { 7 } else { 30 };
    let since = match &a.since {
        Some(s) => schedule::time_or_duration("--since", s, now, false)?,
        None => now - 7 * 86400,
    };
    let until = match &a.until {
        // A report covers the past: a duration is read as "ago", for --until as for --since.
        Some(s) => schedule::time_or_duration("--until", s, now, false)?,
        None => now,
    };
    let what = if a.loss { "loss" } else { "statistics" };
    if since >= until {
        return Err(Failure::usage(format!(
            "--since {} is not before --until {}",
            crate::timefmt::both_zones(since),
            crate::timefmt::both_zones(until)
        )));
    }
    if until - since > days * 86400 || since < now - days * 86400 {
        return Err(Failure::usage(format!(
            "{what} cover at most the last {days} days: the window {} to {} reaches past that",
            crate::timefmt::both_zones(since),
            crate::timefmt::both_zones(until)
        ))
        .with_hint(format!("give --since within {days}d, e.g. --since {days}d")));
    }
    let events = match &a.events {
        Some(p) => Some(crate::callback::load_log(p, rep)?),
        None => None,
    };
    let settings = settings::resolve(flags)?;
    let parsed: Vec<TaskId> = ids.iter().filter_map(|i| TaskId::parse(i).ok()).collect();
    super::revoke::refuse_others(
        &parsed,
        &settings,
        rep,
        if a.loss { "stats --loss" } else { "stats" },
    )?;
    let app = settings.sdkappid.value;
    let mut session = Session::open(settings, rep)?;
    let command = if a.loss {
        schedule::LOSS
    } else {
        schedule::STATISTICS
    };
    let chunks: Vec<&[String]> = if ids.is_empty() {
        vec![&[]]
    } else {
        ids.chunks(PER_CALL).collect()
    };
    let mut first_failure = None;
    for chunk in chunks {
        if crate::signals::interrupted() || !rep.delivering() {
            first_failure.get_or_insert(Exit::Interrupted);
            break;
        }
        let body = json!({"StartTime": since, "EndTime": until, "TaskID": chunk});
        let results = match schedule::read(&mut session, command, &body, rep) {
            Ok(v) => match v.get("Results").and_then(Value::as_array) {
                Some(r) => r.clone(),
                None => {
                    let f = schedule::protocol(format!("{what} answered OK without Results"));
                    first_failure.get_or_insert(fail(rep, what, chunk, &f));
                    continue;
                }
            },
            Err(f) => {
                first_failure.get_or_insert(fail(rep, what, chunk, &f));
                continue;
            }
        };
        let (answered, problems) = check_results(chunk, &results, !a.loss);
        for r in &answered {
            if !a.loss
                && let Some(note) = not_yet(r, app)
            {
                if rep.json() {
                    let mut v = r.clone();
                    v["note"] = note.clone().into();
                    rep.object(&v);
                } else {
                    rep.note(&note);
                }
                continue;
            }
            if rep.json() {
                let mut named = crate::reach::named(r);
                if let Some((tally, _)) = &events {
                    named["callback_events"] =
                        tally.json_of(&text(r, "TaskID")).unwrap_or(Value::Null);
                }
                rep.object(&named);
            } else if a.loss {
                loss_text(rep, r);
            } else {
                stats_text(rep, r);
                if let Some((tally, name)) = &events {
                    events_text(rep, r, tally, name);
                }
            }
        }
        for (ids, message) in problems {
            let f = schedule::protocol(message);
            let exit = if ids.is_empty() && !chunk.is_empty() {
                // About the answer as a whole: one object, named by what was asked.
                if rep.json() {
                    rep.object(&f.json(serde_json::Map::new()));
                }
                rep.error(
                    &format!("{what} of {}: {}", chunk.join(" "), f.message),
                    f.hint.as_deref(),
                );
                f.exit
            } else {
                fail(rep, what, &ids, &f)
            };
            first_failure.get_or_insert(exit);
        }
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

/// The answer's results checked against the TaskIDs asked for: the results to show, in the
/// order asked, and the problems (which TaskIDs they concern, and what is wrong). Every TaskID
/// must be answered, once; an entry that is not an object, or that answers a TaskID not asked
/// for, is a protocol problem, never shown as if it were a result.
///
/// With `batch_may_be_absent` (statistics, not loss), a `batch_` TaskID the answer leaves out is
/// shown as `{"TaskID": …}` alone, for [`not_yet`] to say why.
fn check_results(
    asked: &[String],
    results: &[Value],
    batch_may_be_absent: bool,
) -> (Vec<Value>, Vec<(Vec<String>, String)>) {
    let mut problems = Vec::new();
    let mut by_id: Vec<Option<Value>> = vec![None; asked.len()];
    let mut overall = Vec::new();
    for r in results {
        let Some(obj) = r.as_object() else {
            problems.push((
                Vec::new(),
                format!(
                    "the answer holds an entry that is not an object ({})",
                    escape(&crate::sanitize::truncate_chars(&r.to_string(), 40))
                ),
            ));
            continue;
        };
        if asked.is_empty() {
            overall.push(r.clone());
            continue;
        }
        let id = match obj.get("TaskID") {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        match asked.iter().position(|a| *a == id) {
            Some(i) if by_id[i].is_none() => by_id[i] = Some(r.clone()),
            Some(_) => problems.push((
                vec![id.clone()],
                "the answer holds it twice; the first is shown".to_string(),
            )),
            None => problems.push((
                Vec::new(),
                format!(
                    "the answer holds figures for TaskID \"{}\", which was not asked for",
                    escape(&id)
                ),
            )),
        }
    }
    // A batch push is in the statistics only once it has reached someone (docs/service.md
    // 5.1): its absence is said as such, with the results.
    let missing: Vec<String> = asked
        .iter()
        .zip(&by_id)
        .filter(|(a, r)| r.is_none() && !(batch_may_be_absent && a.starts_with("batch_")))
        .map(|(a, _)| a.clone())
        .collect();
    for (a, r) in asked.iter().zip(by_id.iter_mut()) {
        if r.is_none() && batch_may_be_absent && a.starts_with("batch_") {
            *r = Some(json!({"TaskID": a}));
        }
    }
    if !missing.is_empty() {
        problems.push((missing, "the answer has nothing for it".to_string()));
    }
    let mut shown: Vec<Value> = by_id.into_iter().flatten().collect();
    shown.extend(overall);
    (shown, problems)
}

/// What to say instead of figures for a batch push the statistics do not hold yet, or hold as
/// nothing but zeros: a batch push shows in them only once it has reached someone
/// (docs/service.md 5.1), so the zeros are not a result.
fn not_yet(r: &Value, app: u32) -> Option<String> {
    let id = r.get("TaskID").and_then(Value::as_str)?;
    let zero = |k: &str| r.get(k).is_none_or(|v| v.as_u64() == Some(0));
    let none = ["TotalCount", "SentCount", "DeliveredCount", "ClickCount"]
        .iter()
        .all(|k| zero(k));
    if !id.starts_with("batch_") {
        // A row of zeros would read as a push that reached no one: the service has no figures.
        return none.then(|| {
            format!(
                "no figures for {} in app {app}: the service has none for this TaskId in the window asked (pushed outside it, by another app, or not at all); the pushes of this machine: timpush log",
                escape(id)
            )
        });
    }
    none.then(|| {
        format!(
            "no statistics yet for {}: a batch push shows in them only once it has reached someone; look again later (timpush trace {} --user ACCOUNT follows one account now)",
            escape(id),
            escape(id)
        )
    })
}

fn fail(rep: &Reporter, what: &str, chunk: &[String], f: &Finished) -> Exit {
    if rep.json() {
        for id in chunk {
            let mut subject = serde_json::Map::new();
            subject.insert("TaskID".into(), id.clone().into());
            rep.object(&f.json(subject));
        }
        if chunk.is_empty() {
            rep.object(&f.json(serde_json::Map::new()));
        }
    }
    let label = if chunk.is_empty() {
        "overall".to_string()
    } else {
        chunk.join(" ")
    };
    rep.error(
        &format!("{what} of {label}: {}", f.message),
        f.hint.as_deref(),
    );
    f.exit
}

/// A time of a trace answer (`YYYY-MM-DD HH:MM:SS`, read as UTC as every time of the service
/// is) shown with its zone: this machine's time with UTC beside it. Anything else as it came.
fn when(v: &Value, k: &str) -> String {
    match v
        .get(k)
        .and_then(Value::as_str)
        .and_then(crate::timefmt::parse_wire_utc)
    {
        Some(t) => crate::timefmt::both_zones(t),
        None => text(v, k),
    }
}

fn count(v: &Value, k: &str) -> String {
    match v.get(k) {
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => escape(&other.to_string()),
        None => "-".into(),
    }
}

fn text(v: &Value, k: &str) -> String {
    match v.get(k) {
        Some(Value::String(s)) => escape(s),
        Some(Value::Null) | None => String::new(),
        Some(other) => escape(&other.to_string()),
    }
}

/// `EventType` 1 is offline (vendor) push, named by its vendor; 2 online push.
fn channel(v: &Value) -> String {
    match v.get("EventType").and_then(Value::as_i64) {
        Some(1) => format!("offline, {}", crate::reach::channel_name(v)),
        _ => crate::reach::channel_name(v),
    }
}

/// A trace stage's name, as the push's path reads: accepted, handed over, sent, reached,
/// clicked, recalled; others as they came.
fn stage_name(key: &str) -> String {
    match key {
        "IMStat" => "accepted".into(),
        "OfflineStat" => "handed over".into(),
        "ChannelStat" => "sent".into(),
        "DeviceStat" => "reached".into(),
        "ClickStat" => "clicked".into(),
        "RevokeStat" => "recalled".into(),
        other => escape(other),
    }
}

fn stats_text(rep: &Reporter, r: &Value) {
    let id = text(r, "TaskID");
    let id = if id.is_empty() {
        "overall".to_string()
    } else {
        id
    };
    rep.stdout(&format!(
        "{:<52} {:>9} {:>9} {:>10} {:>8}",
        "TASKID / CHANNEL", "TOTAL", "SENT", "DELIVERED", "CLICKED"
    ));
    let row = |label: &str, v: &Value| {
        format!(
            "{:<52} {:>9} {:>9} {:>10} {:>8}",
            label,
            count(v, "TotalCount"),
            count(v, "SentCount"),
            count(v, "DeliveredCount"),
            count(v, "ClickCount")
        )
    };
    // On a terminal, each row also shows how much of it was delivered, as a share and a bar.
    let pictures = crate::run::current()
        .sink
        .terminal(crate::run::Stream::Stdout);
    let with_bar = |line: String, v: &Value| {
        if !pictures {
            return line;
        }
        match share(v, "DeliveredCount", "TotalCount") {
            Some(p) => format!("{line}  {} {p:>3}% delivered", bar(p)),
            None => line,
        }
    };
    rep.stdout(&with_bar(row(&id, r), r));
    for p in r
        .get("PlatformStatistics")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        rep.stdout(&with_bar(row(&format!("  {}", channel(p)), p), p));
    }
    if pictures {
        rep.stdout(&funnel(r));
    }
}

/// `part` of `of` in a whole percent, when both are read and `of` is not 0.
fn share(v: &Value, part: &str, of: &str) -> Option<u64> {
    let (p, o) = (v.get(part)?.as_u64()?, v.get(of)?.as_u64()?);
    (o > 0).then(|| ((p * 100 + o / 2) / o).min(100))
}

/// A bar of 20 cells for a percentage.
fn bar(percent: u64) -> String {
    let full = (percent as usize * 20 + 50) / 100;
    format!("{}{}", "█".repeat(full), "·".repeat(20 - full))
}

/// The push's funnel: targeted ▸ sent ▸ delivered ▸ clicked, each with its share of the step
/// before it.
fn funnel(r: &Value) -> String {
    let step = |name: &str, key: &str, of: Option<&str>| {
        let n = count(r, key);
        match of.and_then(|o| share(r, key, o)) {
            Some(p) => format!("{name} {n} ({p}%)"),
            None => format!("{name} {n}"),
        }
    };
    format!(
        "  {} ▸ {} ▸ {} ▸ {}",
        step("targeted", "TotalCount", None),
        step("sent", "SentCount", Some("TotalCount")),
        step("delivered", "DeliveredCount", Some("SentCount")),
        step("clicked", "ClickCount", Some("DeliveredCount"))
    )
}

/// Beside a push's statistics, what its callbacks said per channel: events, not devices (a
/// device the service reported twice counts twice).
fn events_text(rep: &Reporter, r: &Value, tally: &crate::callback::Tally, name: &str) {
    let id = text(r, "TaskID");
    let Some(rows) = tally.by_task.get(&id) else {
        rep.stdout(&format!(
            "  callbacks in {}: none for this TaskId",
            escape(name)
        ));
        return;
    };
    rep.stdout(&format!(
        "{:<52} {:>9} {:>9} {:>10} {:>8}",
        format!("  callbacks in {}", escape(name)),
        "",
        "SENT",
        "REACHED",
        "CLICKED"
    ));
    for (channel, [sent, reached, clicked]) in rows {
        rep.stdout(&format!(
            "{:<52} {:>9} {:>9} {:>10} {:>8}",
            format!("  {}", escape(channel)),
            "",
            sent,
            reached,
            clicked
        ));
    }
}

/// On a terminal, the losses as a table: channels as rows, reasons (stage and code) as
/// columns, each reason then spelled out below; piped, one line each as [`loss_lines`] writes.
fn loss_text(rep: &Reporter, r: &Value) {
    if !crate::run::current()
        .sink
        .terminal(crate::run::Stream::Stdout)
    {
        return loss_lines(rep, r);
    }
    let id = text(r, "TaskID");
    rep.stdout(if id.is_empty() { "overall" } else { &id });
    let mut reasons: Vec<(String, String, String)> = Vec::new();
    let mut rows: Vec<(String, Vec<(usize, String)>)> = Vec::new();
    for (key, stage) in [
        ("ReadyToSendLoss", "not sent"),
        ("PostSendDeliveredLoss", "sent, not delivered"),
        ("PlatformReadyToSendLoss", "not sent"),
        ("PlatformPostSendDeliveredLoss", "sent, not delivered"),
    ] {
        for b in r.get(key).and_then(Value::as_array).into_iter().flatten() {
            let ch = if key.starts_with("Platform") {
                channel(b)
            } else {
                "all channels".into()
            };
            let code = text(b, "ErrCode");
            let at = match reasons
                .iter()
                .position(|(s, c, _)| s == stage && *c == code)
            {
                Some(i) => i,
                None => {
                    reasons.push((stage.to_string(), code, text(b, "ErrInfo")));
                    reasons.len() - 1
                }
            };
            let n = count(b, "ErrCount");
            match rows.iter_mut().find(|(c, _)| *c == ch) {
                Some((_, cells)) => cells.push((at, n)),
                None => rows.push((ch, vec![(at, n)])),
            }
        }
    }
    if rows.is_empty() {
        rep.stdout("  no losses reported");
        return;
    }
    let width = rows
        .iter()
        .map(|(c, _)| c.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let mut head = format!("  {:<width$}", "CHANNEL");
    for i in 0..reasons.len() {
        head.push_str(&format!(" {:>8}", format!("R{}", i + 1)));
    }
    rep.stdout(&head);
    for (ch, cells) in &rows {
        let mut line = format!("  {ch:<width$}");
        for i in 0..reasons.len() {
            let cell = cells
                .iter()
                .find(|(at, _)| *at == i)
                .map_or("-".to_string(), |(_, n)| n.clone());
            line.push_str(&format!(" {cell:>8}"));
        }
        rep.stdout(&line);
    }
    for (i, (stage, code, info)) in reasons.iter().enumerate() {
        rep.stdout(&format!("  R{}: {stage}, code {code}: {info}", i + 1));
    }
}

/// The losses one line each: what a pipe gets.
fn loss_lines(rep: &Reporter, r: &Value) {
    let id = text(r, "TaskID");
    rep.stdout(if id.is_empty() { "overall" } else { &id });
    let mut any = false;
    for (key, stage) in [
        ("ReadyToSendLoss", "not sent"),
        ("PostSendDeliveredLoss", "sent, not delivered"),
        ("PlatformReadyToSendLoss", "not sent"),
        ("PlatformPostSendDeliveredLoss", "sent, not delivered"),
    ] {
        for b in r.get(key).and_then(Value::as_array).into_iter().flatten() {
            any = true;
            let ch = if key.starts_with("Platform") {
                format!(" ({})", channel(b))
            } else {
                String::new()
            };
            rep.stdout(&format!(
                "  {stage}{ch}: {} device(s), code {}: {}",
                count(b, "ErrCount"),
                text(b, "ErrCode"),
                text(b, "ErrInfo")
            ));
        }
    }
    if !any {
        rep.stdout("  no losses reported");
    }
}

pub(crate) fn trace(flags: &Flags, a: &TraceArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let id = TaskId::parse(&a.task_id).map_err(|e| Failure::usage(format!("TASKID: {e}")))?;
    crate::notification::check_account(&a.user)
        .map_err(|e| Failure::usage(format!("--user: {e}")))?;
    let settings = settings::resolve(flags)?;
    super::revoke::refuse_others(
        std::slice::from_ref(&id),
        &settings,
        rep,
        &format!(
            "trace --user {}",
            shlex::try_quote(&a.user)
                .map(|q| q.into_owned())
                .unwrap_or_else(|_| escape(&a.user))
        ),
    )?;
    let mut session = Session::open(settings, rep)?;
    let body = json!({"TaskID": id.as_str(), "UserID": a.user});
    let answer = match schedule::read(&mut session, schedule::TRACE, &body, rep) {
        Ok(v) => v,
        Err(f) => {
            if rep.json() {
                rep.object(&f.json(serde_json::Map::new()));
            }
            rep.error(&format!("trace of {id}: {}", f.message), f.hint.as_deref());
            return Ok(rep.settle(f.exit));
        }
    };
    let Some(instances) = answer.get("InstanceTrace").and_then(Value::as_array) else {
        let f =
            schedule::protocol("all_member_push_trace answered OK without InstanceTrace".into());
        return Ok(trace_failed(rep, &id, &f));
    };
    // An element that is not an object is no device's trace: it is never shown as one, and the
    // run ends as a protocol problem after what could be read.
    let not_objects: Vec<String> = instances
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.is_object())
        .map(|(n, i)| format!("{} ({})", n + 1, json_kind(i)))
        .collect();
    let instances: Vec<&Value> = instances.iter().filter(|i| i.is_object()).collect();
    if rep.json() {
        for i in &instances {
            rep.object(&crate::reach::named(i));
        }
    } else if instances.is_empty() && not_objects.is_empty() {
        // A message, not a result: stderr, and stdout stays empty.
        rep.note(&format!(
            "no trace of {id} for {}: the push did not target this user, or it is older than 7 days",
            escape(&a.user)
        ));
    }
    if !rep.json() {
        for i in instances.iter().copied() {
            rep.stdout(&format!(
                "device {} ({} {}, {}), pushed {}",
                text(i, "InstanceId"),
                text(i, "System"),
                text(i, "SystemVersion"),
                channel(i),
                when(i, "PushTime")
            ));
            for (group, stages) in [
                ("IMCommitStat", &["IMStat"][..]),
                (
                    "OfflinePushStat",
                    &[
                        "OfflineStat",
                        "ChannelStat",
                        "DeviceStat",
                        "ClickStat",
                        "RevokeStat",
                    ][..],
                ),
                ("OnlinePushStat", &[][..]),
            ] {
                let Some(g) = i.get(group).and_then(Value::as_object) else {
                    continue;
                };
                let names: Vec<&String> = if stages.is_empty() {
                    g.keys().collect()
                } else {
                    g.keys().filter(|k| stages.contains(&k.as_str())).collect()
                };
                for name in names {
                    let s = &g[name];
                    // The service's words, when it gave any: no colon before nothing.
                    let info = text(s, "ErrorInfo");
                    let info = if info.is_empty() {
                        String::new()
                    } else {
                        format!(": {info}")
                    };
                    rep.stdout(&format!(
                        "  {:<12} {} status {} code {}{info}",
                        stage_name(name),
                        when(s, "EventTime"),
                        count(s, "PushStatus"),
                        count(s, "ErrorCode"),
                    ));
                }
            }
        }
    }
    if !not_objects.is_empty() {
        let f = schedule::protocol(format!(
            "all_member_push_trace listed {} element(s) of InstanceTrace that are not a device's trace (an object), at {}",
            not_objects.len(),
            not_objects.join(", ")
        ));
        return Ok(trace_failed(rep, &id, &f));
    }
    Ok(rep.settle(Exit::Success))
}

/// The end of a trace whose answer was not of the documented shape.
fn trace_failed(
    rep: &Reporter,
    id: &impl std::fmt::Display,
    f: &crate::client::finished::Finished,
) -> Exit {
    if rep.json() {
        let mut subject = serde_json::Map::new();
        subject.insert("TaskID".into(), id.to_string().into());
        rep.object(&f.json(subject));
    }
    rep.error(&format!("trace of {id}: {}", f.message), f.hint.as_deref());
    rep.settle(f.exit)
}

/// What kind of JSON value `v` is, for messages that must not repeat it.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
