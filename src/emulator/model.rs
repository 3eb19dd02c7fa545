//! What the emulated service holds: push tasks, scheduled tasks, scripted faults, counters.

use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use crate::timefmt::wire_utc;

/// A scripted answer for one coming API call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer this ErrorCode; nothing is applied.
    Code(i64),
    /// An HTML 502 page from a "gateway"; nothing is applied.
    Html502,
    /// Apply the call, then hold the answer this long.
    Stall(Duration),
    /// Apply the call, then close the connection without answering.
    DropAfterApply,
    /// Close the connection without applying anything.
    Drop,
}

impl Fault {
    /// `91000`, `90051` (any ErrorCode), `html502`, `stall:SECONDS`, `drop_after_apply`, `drop`.
    pub fn parse(s: &str) -> Result<Fault, String> {
        let t = s.trim();
        if let Ok(code) = t.parse::<i64>() {
            return Ok(Fault::Code(code));
        }
        match t {
            "html502" => Ok(Fault::Html502),
            "drop_after_apply" => Ok(Fault::DropAfterApply),
            "drop" => Ok(Fault::Drop),
            _ => match t.strip_prefix("stall:").map(|n| n.parse::<f64>()) {
                Some(Ok(secs)) if (0.0..=600.0).contains(&secs) => {
                    Ok(Fault::Stall(Duration::from_secs_f64(secs)))
                }
                _ => Err(format!(
                    "{t:?} is not a fault: use an ErrorCode (91000, 90051, ...), html502, stall:SECONDS, drop_after_apply or drop"
                )),
            },
        }
    }
}

/// Who a push went to.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Audience {
    All,
    Tags,
    Users(Vec<String>),
}

impl Audience {
    /// The listed users of a body or Content (`To_Account`).
    pub(super) fn listed(body: &Value) -> Audience {
        Audience::Users(
            body.get("To_Account")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        )
    }

    /// How many devices the emulator says the push could reach.
    pub(super) fn reach(&self) -> u64 {
        match self {
            Audience::All => 1000,
            Audience::Tags => 200,
            Audience::Users(u) => u.len() as u64,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Task {
    pub(super) id: String,
    pub(super) sdkappid: u32,
    pub(super) pushed_at: i64,
    pub(super) batch: bool,
    pub(super) stores_messages: bool,
    pub(super) revoked_at: Option<i64>,
    pub(super) audience: Audience,
    /// The push's DataId, passed through to its callbacks.
    pub(super) data_id: Option<String>,
}

#[derive(Default)]
pub(super) struct State {
    pub(super) tasks: Vec<Task>,
    /// Scheduled push tasks (add_sched_task and the rest).
    pub(super) sched: Vec<SchedTask>,
    pub(super) sched_counter: u64,
    /// When each (app, command) of the 5-a-second family was last called.
    pub(super) recent: HashMap<(u32, String), VecDeque<Instant>>,
    pub(super) last_revoke: HashMap<u32, Instant>,
    pub(super) last_push: HashMap<u32, Instant>,
    pub(super) pushes: HashMap<(u32, i64), u32>,
    pub(super) faults: VecDeque<Fault>,
    pub(super) calls: u64,
    pub(super) counter: u64,
    /// The connections that carried API calls (each one a TCP connect and TLS handshake).
    pub(super) connections: std::collections::BTreeSet<u64>,
    /// Calls refused for going over the documented limits (90051, 90024, 60007).
    pub(super) throttled: u64,
    /// Each app's tags and attributes.
    pub(super) audience: HashMap<u32, super::audience::Audience>,
}

pub(super) fn new_task(
    st: &mut State,
    sdkappid: u32,
    pushed_at: i64,
    batch: bool,
    stores: bool,
    audience: Audience,
) -> String {
    st.counter += 1;
    let id = format!(
        "{}{:08x}_{:08x}_{:015x}_{:x}_{:07x}",
        if batch { "batch_" } else { "" },
        pushed_at,
        sdkappid,
        rand::random::<u64>() & 0xfff_ffff_ffff_ffff,
        0x8000_0000u64 + st.counter,
        rand::random::<u32>() >> 4,
    );
    st.tasks.push(Task {
        id: id.clone(),
        sdkappid,
        pushed_at,
        batch,
        stores_messages: stores,
        revoked_at: None,
        audience,
        data_id: None,
    });
    id
}

#[derive(Debug, Clone)]
pub(super) struct SchedTask {
    pub(super) id: u64,
    pub(super) sdkappid: u32,
    pub(super) kind: String,
    pub(super) sched_at: i64,
    pub(super) create_at: i64,
    pub(super) content: Value,
    pub(super) status: &'static str,
    pub(super) push_task_id: String,
    pub(super) deleted: bool,
    /// When it was marked dispatching (by a control call); it goes out two seconds later.
    pub(super) marked_at: i64,
}

impl SchedTask {
    /// The `TaskInfo` object of get_sched_task.
    pub(super) fn info(&self) -> Value {
        let info = self.content.get("OfflinePushInfo");
        let text = |k: &str| info.and_then(|i| i.get(k)).cloned().unwrap_or(json!(""));
        json!({
            "TaskID": self.id,
            "Sdkappid": self.sdkappid,
            "CreateAt": wire_utc(self.create_at),
            "Type": self.kind,
            "SchedAt": wire_utc(self.sched_at),
            "Title": text("Title"),
            "Desc": text("Desc"),
            "Content": self.content,
            "Status": self.status,
            "DispatchSuccess": i32::from(self.status == "dispatched"),
            "DispatchErr": "",
            "PushTaskID": self.push_task_id,
        })
    }
}
