//! The emulated scheduled-task and report commands (docs/service.md 4 and 5): add, modify, delete, get
//! and list scheduled pushes, which dispatch at their time (or on a control call) into a push
//! task that revoke accepts; delivery statistics per channel; loss buckets that account for
//! what was not sent or not delivered; one user's trace.
//!
//! Where the documentation is silent, the emulator chooses and says so here: a push's devices
//! are spread over the channels in fixed shares (APNs 30%, FCM 15%, Huawei and Xiaomi 12% each,
//! OPPO 8%, vivo 5%, Honor and Meizu 4% each, online 10%); 5% have no token (not sent), 5% of
//! those sent are unregistered (not delivered), 5% of those delivered click; a recall changes
//! no count (no page says DeliveredCount falls after one); the statistics count the pushes sent
//! within StartTime..EndTime; a task marked dispatching goes out two seconds later; an unknown or
//! deleted scheduled TaskID answers 90104 ("task not found"); modifying a task that is no longer
//! pending answers 90107, as delete does; a SchedAt in the past answers 90104; list filters on
//! the creation time or the dispatch time (a task matches if either is in the window), takes
//! OrderBy in either documented spelling, and allows a window of at most 366 days and 100 records
//! a page; more than five calls a second of one command answer 60007.

use serde_json::{Map, Value, json};
use std::time::{Duration, Instant};

use super::model::{Audience, SchedTask, State, Task, new_task};
use super::reply::{answer, fail, ok_with};
use crate::httpd::Response;
use crate::timefmt::{now_unix as now, parse_wire_utc, wire_utc};

/// The commands served here.
pub(super) const COMMANDS: &[&str] = &[
    "add_sched_task",
    "modify_sched_task",
    "delete_sched_task",
    "get_sched_task",
    "list_sched_task",
    "all_member_push_statistics",
    "all_member_push_loss",
    "all_member_push_trace",
];

const FIRST_ID: u64 = 1_500_000_000;

/// Sends every pending task whose time has come.
pub(super) fn dispatch_due(st: &mut State, t: i64) {
    let due: Vec<usize> = (0..st.sched.len())
        .filter(|&i| {
            let k = &st.sched[i];
            let done_dispatching = k.status == "dispatching" && k.marked_at + 2 <= t;
            !k.deleted && (k.status == "pending" && k.sched_at <= t || done_dispatching)
        })
        .collect();
    for i in due {
        dispatch(st, i, t);
    }
}

fn dispatch(st: &mut State, i: usize, t: i64) {
    let k = st.sched[i].clone();
    let audience = match k.kind.as_str() {
        "User" => Audience::listed(&k.content),
        "Tag" => Audience::Tags,
        _ => Audience::All,
    };
    let id = new_task(st, k.sdkappid, t, k.kind == "User", false, audience);
    let task = &mut st.sched[i];
    task.status = "dispatched";
    task.push_task_id = id;
}

/// The control call `POST /_emulator/sched/dispatch {"TaskID": N, "state": "dispatching"}`:
/// sends a pending task now (or marks it dispatching: it goes out two seconds later).
pub(super) fn dispatch_now(st: &mut State, body: &Value) -> Result<Value, String> {
    let id = body
        .get("TaskID")
        .and_then(Value::as_u64)
        .ok_or("send {\"TaskID\": N} (and \"state\": \"dispatching\" to mark it dispatching)")?;
    let i = st
        .sched
        .iter()
        .position(|k| k.id == id && !k.deleted)
        .ok_or(format!("no scheduled task {id}"))?;
    if st.sched[i].status != "pending" {
        return Err(format!(
            "scheduled task {id} is {} already",
            st.sched[i].status
        ));
    }
    match body.get("state").and_then(Value::as_str) {
        Some("dispatching") => {
            st.sched[i].status = "dispatching";
            st.sched[i].marked_at = now();
        }
        None | Some("dispatched") => dispatch(st, i, now()),
        Some(other) => {
            return Err(format!(
                "state must be dispatching or dispatched, not {other:?}"
            ));
        }
    }
    Ok(st.sched[i].info())
}

/// One call of the family.
pub(super) fn call(
    st: &mut State,
    rate_limit: bool,
    command: &str,
    app: u32,
    body: &Value,
) -> Response {
    if rate_limit {
        // The documented limit, from the table of REST commands.
        let per_second = crate::rest::find(&format!("timpush/{command}"))
            .map_or(1, |r| (1000 / r.interval.as_millis().max(1)) as usize);
        let t = Instant::now();
        let recent = st.recent.entry((app, command.to_string())).or_default();
        while recent
            .front()
            .is_some_and(|f| t.duration_since(*f) >= Duration::from_secs(1))
        {
            recent.pop_front();
        }
        if recent.len() >= per_second {
            st.throttled += 1;
            return fail(60007, "REST call frequency over the limit");
        }
        recent.push_back(t);
    }
    let r = match command {
        "add_sched_task" => add(st, app, body),
        "modify_sched_task" => modify(st, app, body),
        "delete_sched_task" => delete(st, app, body),
        "get_sched_task" => get(st, app, body),
        "list_sched_task" => list(st, app, body),
        "all_member_push_statistics" => report(st, app, body, 30, statistics),
        "all_member_push_loss" => report(st, app, body, 7, loss),
        _ => trace(st, app, body),
    };
    r.unwrap_or_else(|(code, info)| fail(code, &info))
}

type Answer = Result<Response, (i64, String)>;

fn bad(info: impl Into<String>) -> (i64, String) {
    (90104, info.into())
}

fn check_app(app: u32, body: &Value) -> Result<(), (i64, String)> {
    match body.get("Sdkappid").and_then(Value::as_u64) {
        Some(n) if n == app as u64 => Ok(()),
        Some(_) => Err(bad(
            "Sdkappid in the body differs from the sdkappid of the URL",
        )),
        None => Err(bad("Sdkappid missing or not an integer")),
    }
}

fn task_index(st: &State, app: u32, body: &Value) -> Result<usize, (i64, String)> {
    let id = body
        .get("TaskID")
        .and_then(Value::as_u64)
        .ok_or_else(|| bad("TaskID missing or not an integer"))?;
    st.sched
        .iter()
        .position(|k| k.id == id && k.sdkappid == app && !k.deleted)
        .ok_or_else(|| bad("task not found"))
}

fn sched_time(v: Option<&Value>, field: &str) -> Result<i64, (i64, String)> {
    v.and_then(Value::as_str)
        .and_then(parse_wire_utc)
        .ok_or_else(|| bad(format!("{field} must be a UTC time YYYY-MM-DD HH:MM:SS")))
}

fn check_content(kind: &str, content: &Value) -> Result<(), (i64, String)> {
    let Some(c) = content.as_object() else {
        return Err((70402, "Content must be an object".into()));
    };
    if c.get("From_Account").is_some_and(|f| !f.is_string()) {
        return Err((70402, "Content.From_Account must be a string".into()));
    }
    match c.get("OfflinePushInfo") {
        Some(Value::Object(_)) => {}
        _ => return Err((70402, "Content.OfflinePushInfo must be an object".into())),
    }
    match kind {
        "User" => match c.get("To_Account").and_then(Value::as_array) {
            Some(a) if a.is_empty() => Err((70402, "To_Account is empty".into())),
            Some(a) if a.len() > 500 => Err((90018, "too many accounts (at most 500)".into())),
            Some(a) if a.iter().all(Value::is_string) => Ok(()),
            _ => Err((
                70402,
                "To_Account must be an array of 1 to 500 UserIDs".into(),
            )),
        },
        "Tag" => match c.get("Condition") {
            Some(Value::Object(_)) => Ok(()),
            _ => Err((70402, "a Tag task needs Content.Condition".into())),
        },
        "All" => Ok(()),
        _ => Err(bad("Type must be All, Tag or User")),
    }
}

fn add(st: &mut State, app: u32, body: &Value) -> Answer {
    check_app(app, body)?;
    let kind = body
        .get("Type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let sched_at = sched_time(body.get("SchedAt"), "SchedAt")?;
    if sched_at <= now() {
        return Err(bad("SchedAt is in the past"));
    }
    let content = body.get("Content").cloned().unwrap_or(Value::Null);
    check_content(&kind, &content)?;
    st.sched_counter += 1;
    let id = FIRST_ID + st.sched_counter;
    let mut stored = content;
    stored["MsgRandom"] = json!(rand::random::<u32>());
    st.sched.push(SchedTask {
        id,
        sdkappid: app,
        kind,
        sched_at,
        create_at: now(),
        content: stored,
        status: "pending",
        push_task_id: String::new(),
        deleted: false,
        marked_at: 0,
    });
    let mut m = Map::new();
    m.insert("TaskID".into(), id.into());
    Ok(ok_with(m))
}

fn modify(st: &mut State, app: u32, body: &Value) -> Answer {
    check_app(app, body)?;
    let i = task_index(st, app, body)?;
    let kind = st.sched[i].kind.clone();
    if body.get("Type").and_then(Value::as_str) != Some(kind.as_str()) {
        return Err(bad("Type differs from the task's type"));
    }
    if st.sched[i].status != "pending" {
        return Err((90107, "modify failed: task dispatching".into()));
    }
    let sched_at = match body.get("SchedAt") {
        None => None,
        v => Some(sched_time(v, "SchedAt")?),
    };
    if sched_at.is_some_and(|t| t <= now()) {
        return Err(bad("SchedAt is in the past"));
    }
    if sched_at.is_none() && body.get("Content").is_none() {
        return Err(bad("give SchedAt, Content or both"));
    }
    if let Some(c) = body.get("Content") {
        check_content(&kind, c)?;
    }
    let k = &mut st.sched[i];
    if let Some(t) = sched_at {
        k.sched_at = t;
    }
    if let Some(c) = body.get("Content") {
        k.content = c.clone();
    }
    Ok(ok_with(Map::new()))
}

fn delete(st: &mut State, app: u32, body: &Value) -> Answer {
    check_app(app, body)?;
    let with_id = |code: i64, info: &str, id: u64| {
        let mut m = answer(code, info);
        m.insert("TaskID".into(), id.into());
        Response::json(Value::Object(m).to_string())
    };
    let i = match task_index(st, app, body) {
        Ok(i) => i,
        Err((code, info)) => return Ok(with_id(code, &info, 0)),
    };
    if body.get("Type").and_then(Value::as_str) != Some(st.sched[i].kind.as_str()) {
        return Ok(with_id(90104, "Type differs from the task's type", 0));
    }
    if st.sched[i].status != "pending" {
        return Ok(with_id(90107, "delete failed: task dispatching", 0));
    }
    st.sched[i].deleted = true;
    Ok(with_id(0, "", st.sched[i].id))
}

fn get(st: &mut State, app: u32, body: &Value) -> Answer {
    check_app(app, body)?;
    let i = task_index(st, app, body)?;
    let mut m = Map::new();
    m.insert("TaskInfo".into(), st.sched[i].info());
    Ok(ok_with(m))
}

fn list(st: &mut State, app: u32, body: &Value) -> Answer {
    check_app(app, body)?;
    let offset = body
        .get("Offset")
        .and_then(Value::as_u64)
        .ok_or_else(|| bad("Offset missing"))?;
    let want = match body.get("Want").and_then(Value::as_u64) {
        Some(n @ 1..=100) => n,
        _ => return Err(bad("Want must be from 1 to 100")),
    };
    let order = body
        .get("OrderBy")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_ascii_lowercase();
    if order != "createat" && order != "schedat" {
        return Err(bad("OrderBy must be createat or schedat"));
    }
    let asc = body
        .get("Asc")
        .and_then(Value::as_bool)
        .ok_or_else(|| bad("Asc must be true or false"))?;
    let begin = sched_time(body.get("BeginTime"), "BeginTime")?;
    let end = sched_time(body.get("EndTime"), "EndTime")?;
    if begin > end || end - begin > 366 * 86400 {
        return Err(bad("the window must run forward and span at most 366 days"));
    }
    let keyword = body.get("Keyword").and_then(Value::as_str).unwrap_or("");
    let mut found: Vec<&SchedTask> = st
        .sched
        .iter()
        .filter(|k| k.sdkappid == app && !k.deleted)
        .filter(|k| (begin..=end).contains(&k.create_at) || (begin..=end).contains(&k.sched_at))
        .filter(|k| {
            let info = k.info();
            keyword.is_empty()
                || [&info["Title"], &info["Desc"]]
                    .iter()
                    .any(|v| v.as_str().is_some_and(|s| s.contains(keyword)))
        })
        .collect();
    found.sort_by_key(|k| {
        (
            if order == "schedat" {
                k.sched_at
            } else {
                k.create_at
            },
            k.id,
        )
    });
    if !asc {
        found.reverse();
    }
    let total = found.len();
    let page: Vec<Value> = found
        .iter()
        .skip(offset as usize)
        .take(want as usize)
        .map(|k| k.info())
        .collect();
    let mut m = Map::new();
    m.insert("Total".into(), total.into());
    m.insert("Tasks".into(), Value::Array(page));
    Ok(ok_with(m))
}

type Per = fn(&[&Task]) -> Value;

/// statistics and loss: the window and the TaskID list are checked, then one result per TaskID
/// (one overall result for an empty list), counting the pushes sent within the window.
fn report(st: &mut State, app: u32, body: &Value, days: i64, per: Per) -> Answer {
    let time = |k: &str| {
        body.get(k)
            .and_then(Value::as_i64)
            .ok_or_else(|| (70402, format!("{k} must be unix seconds (an integer)")))
    };
    let (start, end) = (time("StartTime")?, time("EndTime")?);
    let t = now();
    if start > end || end - start > days * 86400 || start < t - days * 86400 - 300 {
        return Err((
            70402,
            format!(
                "the window must run forward, span at most {days} days, and start within the last {days} days"
            ),
        ));
    }
    let ids = body
        .get("TaskID")
        .and_then(Value::as_array)
        .ok_or_else(|| (70402, "TaskID must be an array of strings".to_string()))?;
    if ids.len() > 5 {
        return Err((70402, "at most 5 TaskIDs a call".into()));
    }
    let within: Vec<&Task> = st
        .tasks
        .iter()
        .filter(|k| k.sdkappid == app && (start..=end).contains(&k.pushed_at))
        .collect();
    let mut results = Vec::new();
    if ids.is_empty() {
        let mut r = per(&within);
        r["TaskID"] = json!("");
        results.push(r);
    }
    for id in ids {
        let id = id
            .as_str()
            .ok_or_else(|| (70402, "TaskID entries must be strings".to_string()))?;
        let one: Vec<&Task> = within.iter().copied().filter(|k| k.id == id).collect();
        let mut r = per(&one);
        r["TaskID"] = json!(id);
        results.push(r);
    }
    let mut m = Map::new();
    m.insert("Results".into(), Value::Array(results));
    Ok(ok_with(m))
}

/// How the emulator spreads a push's devices over the channels (`EventType`, `PushPlatform`,
/// percent): APNs, FCM, Huawei, Xiaomi, OPPO, vivo, Honor, Meizu offline, and online.
const CHANNELS: [(i64, i64, u64); 9] = [
    (1, 1, 30),
    (1, 4, 15),
    (1, 3, 12),
    (1, 2, 12),
    (1, 6, 8),
    (1, 7, 5),
    (1, 8, 4),
    (1, 5, 4),
    (2, 0, 10),
];

/// One channel's counts: devices, not sent (no token: 5%), sent, not delivered
/// (unregistered: 5% of those sent), delivered, clicked (5% of those delivered).
#[derive(Default, Clone, Copy)]
struct Counts {
    total: u64,
    not_sent: u64,
    not_delivered: u64,
}

impl Counts {
    fn of(total: u64) -> Counts {
        let not_sent = total / 20;
        Counts {
            total,
            not_sent,
            not_delivered: (total - not_sent) / 20,
        }
    }
    fn sent(&self) -> u64 {
        self.total - self.not_sent
    }
    fn delivered(&self) -> u64 {
        self.sent() - self.not_delivered
    }
    fn clicked(&self) -> u64 {
        self.delivered() / 20
    }
    fn add(&mut self, o: Counts) {
        self.total += o.total;
        self.not_sent += o.not_sent;
        self.not_delivered += o.not_delivered;
    }
}

/// Per channel, the counts of `tasks` together: each task's devices split by [`CHANNELS`]
/// (what the shares leave over goes to the first), so the rows add up to the total.
fn per_channel(tasks: &[&Task]) -> Vec<Counts> {
    let mut rows = vec![Counts::default(); CHANNELS.len()];
    for k in tasks {
        let reach = k.audience.reach();
        let mut shares: Vec<u64> = CHANNELS.iter().map(|c| reach * c.2 / 100).collect();
        shares[0] += reach - shares.iter().sum::<u64>();
        for (row, n) in rows.iter_mut().zip(shares) {
            row.add(Counts::of(n));
        }
    }
    rows
}

/// How far `task` got on each channel, for its callbacks: the same counts as its statistics.
pub(super) fn channels_of(task: &Task) -> Vec<super::callbacks::Channel> {
    per_channel(&[task])
        .iter()
        .zip(CHANNELS)
        .filter(|(c, _)| c.total > 0)
        .map(|(c, (event_type, platform, _))| super::callbacks::Channel {
            event_type,
            platform,
            total: c.total,
            sent: c.sent(),
            delivered: c.delivered(),
            clicked: c.clicked(),
        })
        .collect()
}

/// The counts of a push (or of every push in the window): the rows per channel and their sums.
/// A recall does not make any count fall: no page says it does.
fn statistics(tasks: &[&Task]) -> Value {
    let rows = per_channel(tasks);
    let row = |c: &Counts| json!({"TotalCount": c.total, "SentCount": c.sent(), "DeliveredCount": c.delivered(), "ClickCount": c.clicked()});
    let mut all = Counts::default();
    let mut clicks = 0;
    let mut platforms = Vec::new();
    for (c, (event, platform, _)) in rows.iter().zip(CHANNELS) {
        all.add(*c);
        clicks += c.clicked();
        if c.total > 0 {
            let mut r = row(c);
            r["EventType"] = json!(event);
            r["PushPlatform"] = json!(platform);
            platforms.push(r);
        }
    }
    let mut out = row(&all);
    out["ClickCount"] = json!(clicks);
    out["PlatformStatistics"] = Value::Array(platforms);
    out
}

/// Loss buckets that account for the gaps of [`statistics`]: devices with no token (not sent)
/// and unregistered ones (sent, not delivered), overall and per channel.
fn loss(tasks: &[&Task]) -> Value {
    let rows = per_channel(tasks);
    let bucket =
        |code: &str, n: u64, info: &str| json!({"ErrCode": code, "ErrCount": n, "ErrInfo": info});
    let mut all = Counts::default();
    let mut ready = Vec::new();
    let mut post = Vec::new();
    for (c, (event, platform, _)) in rows.iter().zip(CHANNELS) {
        all.add(*c);
        let with = |list: &mut Vec<Value>, code: &str, n: u64, info: &str| {
            if n > 0 {
                let mut b = bucket(code, n, info);
                b["EventType"] = json!(event);
                b["PushPlatform"] = json!(platform);
                list.push(b);
            }
        };
        with(&mut ready, "-2", c.not_sent, "token not uploaded");
        with(&mut post, "410", c.not_delivered, "Unregistered");
    }
    let some = |code: &str, n: u64, info: &str| {
        if n > 0 {
            vec![bucket(code, n, info)]
        } else {
            vec![]
        }
    };
    json!({
        "ReadyToSendLoss": some("-2", all.not_sent, "token not uploaded"),
        "PostSendDeliveredLoss": some("410", all.not_delivered, "Unregistered"),
        "PlatformReadyToSendLoss": ready,
        "PlatformPostSendDeliveredLoss": post,
    })
}

fn trace(st: &mut State, app: u32, body: &Value) -> Answer {
    let (Some(id), Some(user)) = (
        body.get("TaskID").and_then(Value::as_str),
        body.get("UserID").and_then(Value::as_str),
    ) else {
        return Err((70402, "TaskID and UserID must be strings".into()));
    };
    let t = now();
    let instances: Vec<Value> = st
        .tasks
        .iter()
        .filter(|k| k.id == id && k.sdkappid == app && t - k.pushed_at <= 7 * 86400)
        .filter(|k| match &k.audience {
            Audience::Users(u) => u.iter().any(|a| a == user),
            _ => true,
        })
        .map(|k| {
            let stage = |at: i64, code: i64, info: &str| {
                json!({"PushStatus": 1, "ErrorCode": code, "ErrorInfo": info, "EventTime": wire_utc(at)})
            };
            let mut offline = json!({
                "OfflineStat": stage(k.pushed_at, 0, "success"),
                "ChannelStat": stage(k.pushed_at + 1, 0, "success"),
                "DeviceStat": stage(k.pushed_at + 2, 0, "success"),
            });
            if let Some(r) = k.revoked_at {
                offline["RevokeStat"] = stage(r, 0, "recalled");
            }
            json!({
                "InstanceId": format!("{:08}", user.bytes().map(u64::from).sum::<u64>()),
                "PushTime": wire_utc(k.pushed_at),
                "DeviceModel": "Pixel 8",
                "System": "Android",
                "SystemVersion": "14",
                "EventType": 1,
                "PushPlatform": 2,
                "NotificationStatus": 1,
                "IMCommitStat": {"IMStat": stage(k.pushed_at, 0, "success")},
                "OfflinePushStat": offline,
            })
        })
        .collect();
    let mut m = Map::new();
    m.insert("InstanceTrace".into(), Value::Array(instances));
    Ok(ok_with(m))
}
