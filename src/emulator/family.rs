//! The emulated scheduled-task and report commands (docs/service.md 4 and 5): add, modify, delete, get
//! and list scheduled pushes, which dispatch at their time (or on a control call) into a push
//! task that revoke accepts; delivery statistics that grow as pushes are sent and fall when
//! they are recalled; loss buckets; one user's trace.
//!
//! Where the documentation is silent, the emulator chooses and says so here: an unknown or
//! deleted scheduled TaskID answers 90104 ("task not found"); modifying a task that is no longer
//! pending answers 90107, as delete does; a SchedAt in the past answers 90104; list filters on
//! the creation time or the dispatch time (a task matches if either is in the window), takes
//! OrderBy in either documented spelling, and allows a window of at most 366 days and 100 records
//! a page; more than five calls a second of one command answer 60007.

use serde_json::{Map, Value, json};
use std::time::{Duration, Instant};

use super::http::Response;
use super::model::{Audience, SchedTask, State, answer, fail, new_task, ok_with};
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
            !k.deleted && k.status == "pending" && k.sched_at <= t
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
/// sends a pending task now (or only marks it dispatching).
pub(super) fn dispatch_now(st: &mut State, body: &Value) -> Result<Value, String> {
    let id = body
        .get("TaskID")
        .and_then(Value::as_u64)
        .ok_or("send {\"TaskID\": N} (and \"state\": \"dispatching\" to stop short of sending)")?;
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
        Some("dispatching") => st.sched[i].status = "dispatching",
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

type Per = fn(&State, &str) -> Value;

/// statistics and loss: the window and the TaskID list are checked, then one result per TaskID
/// (one overall result for an empty list).
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
    let mut results = Vec::new();
    if ids.is_empty() {
        results.push(per(st, ""));
    }
    for id in ids {
        let id = id
            .as_str()
            .ok_or_else(|| (70402, "TaskID entries must be strings".to_string()))?;
        let known = st.tasks.iter().any(|k| k.id == id && k.sdkappid == app);
        results.push(if known {
            per(st, id)
        } else {
            per(&State::default(), id)
        });
    }
    let mut m = Map::new();
    m.insert("Results".into(), Value::Array(results));
    Ok(ok_with(m))
}

/// Counts for one push (all pushes for ""): every device it could reach was sent to; 90% got
/// it and 5% clicked; a recall takes it back from every device, so delivered falls to 0.
fn statistics(st: &State, id: &str) -> Value {
    let counts = |only: Option<u64>| {
        let mut c = [0u64; 4];
        for k in st.tasks.iter().filter(|k| id.is_empty() || k.id == id) {
            let reach = k.audience.reach();
            let share = |n: u64| only.map_or(n, |pct| n * pct / 100);
            c[0] += share(reach);
            c[1] += share(reach);
            c[2] += if k.revoked_at.is_some() {
                0
            } else {
                share(reach * 9 / 10)
            };
            c[3] += share(reach / 20);
        }
        c
    };
    let row = |c: [u64; 4]| json!({"TotalCount": c[0], "SentCount": c[1], "DeliveredCount": c[2], "ClickCount": c[3]});
    let mut all = row(counts(None));
    let mut offline = row(counts(Some(60)));
    offline["EventType"] = json!(1);
    offline["PushPlatform"] = json!(2);
    let mut online = row(counts(Some(40)));
    online["EventType"] = json!(2);
    online["PushPlatform"] = json!(0);
    all["TaskID"] = json!(id);
    all["PlatformStatistics"] = json!([offline, online]);
    all
}

/// Loss buckets for one push: 5% of its reach had no token, 5% were unregistered.
fn loss(st: &State, id: &str) -> Value {
    let reach: u64 = st
        .tasks
        .iter()
        .filter(|k| id.is_empty() || k.id == id)
        .map(|k| k.audience.reach())
        .sum();
    let bucket =
        |code: &str, n: u64, info: &str| json!({"ErrCode": code, "ErrCount": n, "ErrInfo": info});
    json!({
        "TaskID": id,
        "ReadyToSendLoss": if reach > 0 { vec![bucket("-2", reach / 20, "token not uploaded")] } else { vec![] },
        "PostSendDeliveredLoss": if reach > 0 { vec![bucket("410", reach / 20, "Unregistered")] } else { vec![] },
        "PlatformReadyToSendLoss": [],
        "PlatformPostSendDeliveredLoss": [],
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
