//! The emulated push service: the common checks of every REST call, v4/timpush/push, batch and
//! revoke with their documented error codes, scripted faults, and the `/_emulator/` controls.

use serde_json::{Map, Value, json};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub(crate) use super::model::Fault;
use super::model::{Audience, State, new_task};
use super::reply::{fail, ok_with};
use crate::httpd::{Action, Request, Response};
use crate::secret::Secret;
use crate::timefmt::now_unix as now;
use crate::usersig;

const WINDOW: i64 = 24 * 3600;
const MAX_BODY: usize = 10 * 1024;
const DAILY_PUSHES: u32 = 100;

#[derive(Debug, Clone)]
pub struct Options {
    pub sdkappids: Vec<u32>,
    pub admins: Vec<String>,
    pub key: Secret,
    /// Enforce one revoke (and one push) per second per app.
    pub rate_limit: bool,
    /// Where push callbacks go, if anywhere.
    pub callback: Option<super::callbacks::Target>,
    /// Every API answer is held this long (a far region's round trip).
    pub delay: Duration,
}

pub struct Service {
    opts: Options,
    state: Mutex<State>,
    callbacks: Option<std::sync::Arc<super::callbacks::Sender>>,
}

/// The target with the UserSig replaced, for logs. Names are read decoded, as the service
/// reads them, so no spelling of `usersig` (`us%65rsig`, `USERSIG`) is logged.
pub fn redacted_target(req: &Request) -> String {
    if !req.target.contains('?') {
        return req.target.clone();
    }
    let parts: Vec<String> = req
        .query
        .iter()
        .map(|(k, v)| {
            let value = if k.eq_ignore_ascii_case("usersig") {
                "(redacted)".to_string()
            } else {
                crate::urlenc::encode_component(v)
            };
            format!("{}={value}", crate::urlenc::encode_component(k))
        })
        .collect();
    format!("{}?{}", req.path, parts.join("&"))
}

impl Service {
    pub fn new(opts: Options) -> Service {
        let callbacks = opts
            .callback
            .clone()
            .map(|t| std::sync::Arc::new(super::callbacks::Sender::new(t)));
        Service {
            opts,
            state: Mutex::new(State::default()),
            callbacks,
        }
    }

    /// Where the callbacks' lines go.
    pub(crate) fn set_log(&self, log: Option<super::Log>) {
        if let Some(c) = &self.callbacks {
            c.set_log(log);
        }
    }

    /// The callbacks of the push `task_id`, sent now; what each request got.
    fn callbacks_now(&self, task_id: &str) -> Result<Vec<Value>, String> {
        let Some(sender) = &self.callbacks else {
            return Err("no --callback-url was given".into());
        };
        let plan = {
            let st = self.state.lock().expect("state lock");
            let task = st
                .tasks
                .iter()
                .find(|k| k.id == task_id)
                .ok_or_else(|| format!("no push task {task_id:?}"))?;
            super::callbacks::plan(task, &super::family::channels_of(task))
        };
        Ok(sender.deliver(&plan))
    }

    pub fn queue_faults(&self, faults: impl IntoIterator<Item = Fault>) -> usize {
        let mut st = self.state.lock().expect("state lock");
        st.faults.extend(faults);
        st.faults.len()
    }

    /// Creates a task as if pushed `age` ago; returns its TaskId.
    pub fn create_task(
        &self,
        sdkappid: u32,
        age: Duration,
        batch: bool,
        stores_messages: bool,
    ) -> String {
        let mut st = self.state.lock().expect("state lock");
        let pushed_at = now() - age.as_secs() as i64;
        let audience = if batch {
            Audience::Users(vec!["u1".into()])
        } else {
            Audience::All
        };
        new_task(
            &mut st,
            sdkappid,
            pushed_at,
            batch,
            stores_messages,
            audience,
        )
    }

    /// Sends scheduled task `id` now (for the demo).
    pub(crate) fn dispatch_sched(&self, id: u64) -> Result<(), String> {
        let mut st = self.state.lock().expect("state lock");
        super::family::dispatch_now(&mut st, &json!({ "TaskID": id })).map(|_| ())
    }

    /// The push TaskId scheduled task `id` became, once it went out (for the demo).
    pub(crate) fn pushed_as(&self, id: u64) -> Option<String> {
        let st = self.state.lock().expect("state lock");
        st.sched
            .iter()
            .find(|k| k.id == id && !k.push_task_id.is_empty())
            .map(|k| k.push_task_id.clone())
    }

    /// Handles one HTTP request; also returns a log line.
    pub fn handle(&self, req: &Request) -> (Action, String) {
        if req.path.starts_with("/_emulator/") {
            let resp = match control_refusal(req) {
                Some(r) => r,
                None => self.control(req),
            };
            let line = format!("{} {} -> {}", req.method, req.path, resp.status);
            return (Action::Respond(resp), line);
        }
        let mut st = self.state.lock().expect("state lock");
        st.calls += 1;
        st.connections.insert(req.connection);
        let fault = if req.path.starts_with("/v4/") {
            st.faults.pop_front()
        } else {
            None
        };
        let target = redacted_target(req);
        let log = |what: &str| format!("{} {target} -> {what}", req.method);
        match fault {
            Some(Fault::Code(c)) => {
                return (
                    Action::Respond(fail(c, "injected by the emulator")),
                    log(&format!("{c} (injected)")),
                );
            }
            Some(Fault::Html502) => {
                return (
                    Action::Respond(Response::html(502, "Bad Gateway")),
                    log("HTML 502 (injected)"),
                );
            }
            Some(Fault::Drop) => return (Action::Close, log("connection dropped (injected)")),
            _ => {}
        }
        let resp = self.api(&mut st, req);
        drop(st);
        let code = serde_json::from_str::<Value>(&resp.body)
            .ok()
            .and_then(|v| v.get("ErrorCode").and_then(Value::as_i64))
            .map(|c| c.to_string())
            .unwrap_or_else(|| format!("HTTP {}", resp.status));
        match fault {
            Some(Fault::Stall(d)) => (
                Action::StallThen(d, resp),
                log(&format!(
                    "{code}, answer held {:.1} s (injected)",
                    d.as_secs_f64()
                )),
            ),
            Some(Fault::DropAfterApply) => (
                Action::Close,
                log(&format!("{code}, then connection dropped (injected)")),
            ),
            _ if !self.opts.delay.is_zero() && req.path.starts_with("/v4/") => {
                (Action::Delayed(self.opts.delay, resp), log(&code))
            }
            _ => (Action::Respond(resp), log(&code)),
        }
    }

    fn control(&self, req: &Request) -> Response {
        let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
        let bad = |msg: &str| Response {
            status: 400,
            content_type: "application/json",
            body: json!({ "error": msg }).to_string(),
        };
        match (req.method.as_str(), req.path.as_str()) {
            ("GET", "/_emulator/state") => Response::json(self.state_json().to_string()),
            ("POST", "/_emulator/tasks") => {
                let fields = match &body {
                    Value::Object(m) => m.clone(),
                    Value::Null if req.body.iter().all(u8::is_ascii_whitespace) => Map::new(),
                    _ => return bad("the body must be a JSON object such as {\"age_hours\": 25}"),
                };
                for k in fields.keys() {
                    if !["age_hours", "sdkappid", "batch", "stores_messages"].contains(&k.as_str())
                    {
                        return bad(&format!(
                            "unknown field {k:?}; the fields are age_hours, sdkappid, batch, stores_messages"
                        ));
                    }
                }
                let hours = match fields.get("age_hours") {
                    None => 0.0,
                    Some(v) => match v.as_f64() {
                        Some(h) if (0.0..=24.0 * 365.0).contains(&h) => h,
                        _ => return bad("age_hours must be a number from 0 to 8760"),
                    },
                };
                let sdkappid = match fields.get("sdkappid") {
                    None => self.opts.sdkappids[0],
                    Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                        Some(n) if n > 0 => n,
                        _ => return bad("sdkappid must be a whole number from 1 to 4294967295"),
                    },
                };
                let flag = |k: &str| match fields.get(k) {
                    None => Ok(false),
                    Some(Value::Bool(b)) => Ok(*b),
                    Some(_) => Err(bad(&format!("{k} must be true or false"))),
                };
                let batch = match flag("batch") {
                    Ok(b) => b,
                    Err(r) => return r,
                };
                let stores = match flag("stores_messages") {
                    Ok(b) => b,
                    Err(r) => return r,
                };
                let id = self.create_task(
                    sdkappid,
                    Duration::from_secs_f64(hours * 3600.0),
                    batch,
                    stores,
                );
                Response::json(json!({ "TaskId": id }).to_string())
            }
            ("POST", "/_emulator/sched/dispatch") => {
                let mut st = self.state.lock().expect("state lock");
                match super::family::dispatch_now(&mut st, &body) {
                    Ok(v) => Response::json(v.to_string()),
                    Err(msg) => bad(&msg),
                }
            }
            ("POST", "/_emulator/faults") => {
                let Some(list) = body.get("faults").and_then(Value::as_array) else {
                    return bad(
                        "send {\"faults\": [\"91000\", \"html502\", \"stall:5\", \"drop_after_apply\", \"drop\"]}",
                    );
                };
                let mut faults = Vec::new();
                for f in list {
                    let text = match f {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    match Fault::parse(&text) {
                        Ok(f) => faults.push(f),
                        Err(e) => return bad(&e),
                    }
                }
                Response::json(json!({ "pending": self.queue_faults(faults) }).to_string())
            }
            ("POST", "/_emulator/callbacks") => {
                let Some(id) = body.get("TaskId").and_then(Value::as_str) else {
                    return bad("send {\"TaskId\": \"...\"}: the push whose callbacks to send now");
                };
                match self.callbacks_now(id) {
                    Ok(requests) => Response::json(json!({ "requests": requests }).to_string()),
                    Err(msg) => bad(&msg),
                }
            }
            ("DELETE", "/_emulator/faults") => {
                self.state.lock().expect("state lock").faults.clear();
                Response::json(json!({ "pending": 0 }).to_string())
            }
            _ => Response::html(404, "Not Found"),
        }
    }

    fn state_json(&self) -> Value {
        let st = self.state.lock().expect("state lock");
        let t = now();
        let tasks: Vec<Value> = st
            .tasks
            .iter()
            .map(|k| {
                let state = if k.revoked_at.is_some() {
                    "revoked"
                } else if t - k.pushed_at > WINDOW {
                    "window_passed"
                } else {
                    "active"
                };
                json!({
                    "TaskId": k.id,
                    "sdkappid": k.sdkappid,
                    "kind": if k.batch { "batch" } else { "push" },
                    "audience_size": k.audience.reach(),
                    "pushed_at": k.pushed_at,
                    "age_seconds": t - k.pushed_at,
                    "stores_messages": k.stores_messages,
                    "state": state,
                    "revoked_at": k.revoked_at,
                })
            })
            .collect();
        json!({
            "calls": st.calls,
            "audience": st.audience.iter().map(|(app, a)| (app.to_string(), a.state())).collect::<Map<_, _>>(),
            "connections": st.connections.len(),
            "throttled": st.throttled,
            "faults_pending": st.faults.len(),
            "tasks": tasks,
            "sched_tasks": st.sched.iter().map(super::model::SchedTask::info).collect::<Vec<_>>(),
            "callbacks": self.callbacks.as_ref().map(|c| json!({
                "url": crate::sanitize::redact_url(c.url()),
                "signed": c.signed(),
                "answers": c.answers(),
            })),
        })
    }

    fn api(&self, st: &mut State, req: &Request) -> Response {
        if let Some(cmd) = req.path.strip_prefix("/v4/timpush/")
            && super::audience::COMMANDS.contains(&cmd)
        {
            if req.method != "POST" {
                return Response::html(405, "Not Allowed");
            }
            let sdkappid = match self.common_checks(req) {
                Ok(app) => app,
                Err(resp) => return resp,
            };
            let body: Value = match serde_json::from_slice(&req.body) {
                Ok(v @ Value::Object(_)) => v,
                _ => {
                    return fail(
                        90001,
                        "Failed to parse the JSON format (the body must be a JSON object)",
                    );
                }
            };
            return st
                .audience
                .entry(sdkappid)
                .or_default()
                .call(self.opts.rate_limit, cmd, &body);
        }
        // The commands it serves are those of timpush's own table of REST commands.
        let Some(rest) = req.path.strip_prefix("/v4/").and_then(crate::rest::find) else {
            return Response::html(404, "Not Found");
        };
        let command = rest.path.trim_start_matches("timpush/");
        if req.method != "POST" {
            return Response::html(405, "Not Allowed");
        }
        let sdkappid = match self.common_checks(req) {
            Ok(app) => app,
            Err(resp) => return resp,
        };
        let body: Value = match serde_json::from_slice(&req.body) {
            Ok(v @ Value::Object(_)) => v,
            _ if command == "revoke" => return fail(90001, "Failed to parse the JSON format"),
            _ => return fail(60003, "request JSON could not be parsed"),
        };
        super::family::dispatch_due(st, now());
        if super::family::COMMANDS.contains(&command) {
            return super::family::call(st, self.opts.rate_limit, command, sdkappid, &body);
        }
        match command {
            "revoke" => self.revoke(st, sdkappid, &body),
            _ => {
                if req.body.len() > MAX_BODY {
                    return fail(90056, "request body over 10 KB");
                }
                self.push(st, sdkappid, &body, command == "batch")
            }
        }
    }

    /// The checks every REST call passes: query parameters, SDKAppID, UserSig, admin.
    fn common_checks(&self, req: &Request) -> Result<u32, Response> {
        let Some(app) = req.param("sdkappid") else {
            return Err(fail(60012, "sdkappid missing"));
        };
        let sdkappid: u32 = app
            .parse()
            .map_err(|_| fail(60002, "sdkappid is not a number"))?;
        let Some(identifier) = req.param("identifier") else {
            return Err(fail(60002, "identifier missing"));
        };
        match req.param("random").map(str::parse::<u32>) {
            Some(Ok(_)) => {}
            _ => {
                return Err(fail(
                    60002,
                    "random missing or not a 32-bit unsigned integer",
                ));
            }
        }
        if req.param("contenttype") != Some("json") {
            return Err(fail(60002, "contenttype must be json"));
        }
        if !self.opts.sdkappids.contains(&sdkappid) {
            return Err(fail(70020, "SDKAppID not found in this region"));
        }
        let sig = req.param("usersig").unwrap_or("");
        if sig.is_empty() {
            return Err(fail(70002, "UserSig empty"));
        }
        let f = usersig::decode(sig).map_err(|_| fail(70003, "UserSig could not be parsed"))?;
        if !usersig::signature_matches(&f, &self.opts.key) {
            return Err(fail(70009, "UserSig made with another key"));
        }
        if f.identifier != identifier {
            return Err(fail(
                70013,
                "identifier differs from the one in the UserSig",
            ));
        }
        if f.sdkappid != sdkappid as u64 {
            return Err(fail(70014, "sdkappid differs from the one in the UserSig"));
        }
        if f.is_expired(now()) {
            return Err(fail(70001, "UserSig expired"));
        }
        if !self.opts.admins.iter().any(|a| a == identifier) {
            return Err(fail(90009, "The request requires app admin permissions"));
        }
        Ok(sdkappid)
    }

    fn revoke(&self, st: &mut State, sdkappid: u32, body: &Value) -> Response {
        if self.opts.rate_limit {
            let t = Instant::now();
            if let Some(last) = st.last_revoke.get(&sdkappid)
                && t.duration_since(*last) < Duration::from_secs(1)
            {
                st.last_revoke.insert(sdkappid, t);
                st.throttled += 1;
                return fail(90051, "Recall is too frequent");
            }
            st.last_revoke.insert(sdkappid, t);
        }
        let Some(id) = body.get("TaskId").and_then(Value::as_str) else {
            return fail(90049, "TaskId missing");
        };
        let info = body.get("OfflinePushInfo");
        if info.is_some_and(|i| !i.is_object()) {
            return fail(70402, "OfflinePushInfo must be an object");
        }
        let t = now();
        let Some(task) = st
            .tasks
            .iter_mut()
            .find(|k| k.id == id && k.sdkappid == sdkappid)
        else {
            return fail(
                90049,
                "Recall TaskId is illegal and there is no push record",
            );
        };
        if task.revoked_at.is_some() {
            return fail(90050, "Repeated recall");
        }
        if t - task.pushed_at > WINDOW {
            return fail(90052, "The recall validity period has been exceeded");
        }
        if task.stores_messages && info.is_none() {
            return fail(
                90053,
                "Push with OnlineOnlyFlag=0, but the recall does not include OfflinePushInfo",
            );
        }
        task.revoked_at = Some(t);
        ok_with(Map::new())
    }

    fn push(&self, st: &mut State, sdkappid: u32, body: &Value, batch: bool) -> Response {
        match body.get("MsgRandom") {
            Some(v) if v.as_u64().is_some_and(|n| n <= u32::MAX as u64) => {}
            _ => return fail(90005, "MsgRandom missing or invalid"),
        }
        if let Some(f) = body.get("From_Account")
            && !f.is_string()
        {
            return fail(70402, "From_Account must be a string");
        }
        if let Some(d) = body.get("DataId") {
            match d.as_str() {
                Some(s) if s.len() <= 64 => {}
                Some(_) => return fail(90057, "DataId over 64 bytes"),
                None => return fail(70402, "DataId must be a string"),
            }
        }
        if let Some(info) = body.get("OfflinePushInfo") {
            let Some(obj) = info.as_object() else {
                return fail(70402, "OfflinePushInfo must be an object");
            };
            for k in ["Title", "Desc", "Ext"] {
                if obj.get(k).is_some_and(|v| !v.is_string()) {
                    return fail(70402, &format!("OfflinePushInfo.{k} must be a string"));
                }
            }
        }
        let mut error_list = Vec::new();
        if batch {
            let Some(to) = body.get("To_Account").and_then(Value::as_array) else {
                return fail(70402, "To_Account must be an array of 1 to 500 accounts");
            };
            if to.is_empty() {
                return fail(70402, "To_Account is empty");
            }
            if to.len() > 500 {
                return fail(90018, "too many accounts in one request (at most 500)");
            }
            for a in to {
                let Some(s) = a.as_str() else {
                    return fail(70402, "To_Account entries must be strings");
                };
                if s.starts_with("unknown") {
                    error_list.push(json!({"To_Account": s, "ErrorCode": 70107, "ErrorInfo": "account does not exist"}));
                }
            }
        } else if let Some(cond) = body.get("Condition")
            && let Err(resp) = check_condition(cond)
        {
            return resp;
        }
        if self.opts.rate_limit && !batch {
            let t = Instant::now();
            if let Some(last) = st.last_push.get(&sdkappid)
                && t.duration_since(*last) < Duration::from_secs(1)
            {
                st.throttled += 1;
                return fail(90024, "pushes must be more than 1 second apart");
            }
            st.last_push.insert(sdkappid, t);
        }
        let day = now() / 86400;
        let count = st.pushes.entry((sdkappid, day)).or_default();
        if !batch && *count >= DAILY_PUSHES {
            return fail(90047, "daily push quota used up");
        }
        if !batch {
            *count += 1;
        }
        let stores = body.get("OnlineOnlyFlag").and_then(Value::as_i64) == Some(0);
        let audience = match (batch, body.get("Condition")) {
            (true, _) => Audience::listed(body),
            (false, Some(cond)) => {
                match st.audience.get(&sdkappid).and_then(|a| a.matching(cond)) {
                    Some(users) => Audience::Users(users),
                    None => Audience::Tags,
                }
            }
            (false, None) => Audience::All,
        };
        let id = new_task(st, sdkappid, now(), batch, stores, audience);
        if let Some(task) = st.tasks.last_mut() {
            task.data_id = body
                .get("DataId")
                .and_then(Value::as_str)
                .map(str::to_string);
            if let Some(sender) = &self.callbacks {
                let plan = super::callbacks::plan(task, &super::family::channels_of(task));
                sender.deliver_later(plan);
            }
        }
        let mut extra = Map::new();
        extra.insert("TaskId".into(), id.into());
        if !error_list.is_empty() {
            extra.insert("ErrorList".into(), Value::Array(error_list));
        }
        ok_with(extra)
    }
}

fn check_condition(cond: &Value) -> Result<(), Response> {
    let Some(obj) = cond.as_object() else {
        return Err(fail(70402, "Condition must be an object"));
    };
    let has_tags = ["TagsAnd", "TagsOr", "TagsNot"]
        .iter()
        .any(|k| obj.contains_key(*k));
    let has_attrs = ["AttrsAnd", "AttrsOr"].iter().any(|k| obj.contains_key(*k));
    if has_tags && has_attrs {
        return Err(fail(90039, "tags and attributes mixed in one condition"));
    }
    let mut seen = Vec::new();
    for k in ["TagsAnd", "TagsOr", "TagsNot"] {
        let Some(v) = obj.get(k) else { continue };
        let Some(list) = v.as_array() else {
            return Err(fail(70402, &format!("{k} must be an array of strings")));
        };
        for t in list {
            let Some(tag) = t.as_str() else {
                return Err(fail(70402, &format!("{k} must be an array of strings")));
            };
            if tag.is_empty() {
                return Err(fail(90040, "empty tag"));
            }
            if tag.len() > 50 {
                return Err(fail(90020, "a tag is longer than 50 bytes"));
            }
            if seen.contains(&tag) {
                return Err(fail(90022, "duplicate tag"));
            }
            seen.push(tag);
        }
    }
    if seen.len() > 10 {
        return Err(fail(90032, "more than 10 tags"));
    }
    for k in ["AttrsAnd", "AttrsOr"] {
        if obj.get(k).is_some_and(|v| !v.is_object()) {
            return Err(fail(90033, &format!("{k} must be an object")));
        }
    }
    Ok(())
}

/// Why a control call is refused, if it is: the control door is for the developer's own tools,
/// never for a web page. A `Host` that is not loopback (a DNS-rebinding page that reached the
/// port under its own name) gets 421; a POST that is not `application/json` (a page may send
/// `text/plain` across origins without asking, never JSON) gets 415.
fn control_refusal(req: &Request) -> Option<Response> {
    let header = |name: &str| {
        req.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let host = header("host").unwrap_or("");
    let name = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    let loopback = name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    let refuse = |status: u16, msg: &str| Response {
        status,
        content_type: "application/json",
        body: json!({ "error": msg }).to_string(),
    };
    if !loopback {
        return Some(refuse(
            421,
            "control calls need a loopback Host (127.0.0.1, [::1] or localhost)",
        ));
    }
    if req.method == "POST" {
        let json = header("content-type")
            .and_then(|v| v.split(';').next())
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
        if !json {
            return Some(refuse(
                415,
                "control calls send JSON: add the header Content-Type: application/json",
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_never_carry_the_usersig() {
        let req = |target: &str| {
            let (path, q) = target.split_once('?').unwrap();
            Request {
                method: "POST".into(),
                target: target.into(),
                path: path.into(),
                query: crate::httpd::parse_query(q),
                headers: vec![],
                body: vec![],
                connection: 1,
            }
        };
        for target in [
            "/v4/timpush/revoke?usersig=SECRETSIG&identifier=a&UserSig=SECRETSIG",
            "/v4/timpush/revoke?us%65rsig=SECRETSIG&identifier=a&USERSIG=SECRETSIG",
            "/v4/timpush/revoke?%75sersig=SECRETSIG&identifier=a&usersig=SECRET%53IG",
        ] {
            let line = redacted_target(&req(target));
            assert!(!line.contains("SECRET"), "{line}");
            assert_eq!(
                line,
                if target.contains("USERSIG") || target.contains("UserSig") {
                    let name = if target.contains("USERSIG") {
                        "USERSIG"
                    } else {
                        "UserSig"
                    };
                    format!("/v4/timpush/revoke?usersig=(redacted)&identifier=a&{name}=(redacted)")
                } else {
                    "/v4/timpush/revoke?usersig=(redacted)&identifier=a&usersig=(redacted)".into()
                }
            );
        }
    }

    #[test]
    fn faults_parse() {
        assert_eq!(Fault::parse("91000"), Ok(Fault::Code(91000)));
        assert_eq!(Fault::parse("html502"), Ok(Fault::Html502));
        assert_eq!(
            Fault::parse("stall:2.5"),
            Ok(Fault::Stall(Duration::from_millis(2500)))
        );
        assert_eq!(Fault::parse("drop_after_apply"), Ok(Fault::DropAfterApply));
        assert!(Fault::parse("boom").is_err());
    }

    #[test]
    fn task_ids_have_the_documented_shape() {
        let mut st = State::default();
        let id = new_task(&mut st, 1400000000, 0x660cc447, false, false, Audience::All);
        let t = crate::taskid::TaskId::parse(&id).unwrap();
        assert!(t.has_documented_shape(), "{id}");
        assert_eq!(t.apparent_push_time(), Some(0x660cc447));
        assert!(id.starts_with("660cc447_53724e00_"), "{id}");
        let b = new_task(&mut st, 1, 0x660cc447, true, false, Audience::All);
        assert!(b.starts_with("batch_660cc447_00000001_"));
        assert!(
            crate::taskid::TaskId::parse(&b)
                .unwrap()
                .has_documented_shape()
        );
    }
}
