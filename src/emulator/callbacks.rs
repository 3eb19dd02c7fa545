//! The emulator's push callbacks (docs/service.md 8), written from the pages, not from the
//! receiver's code: after it serves a push or a batch push, it POSTs `Push.AllMemberPush`
//! requests to the URL it was given, with `SdkAppid`, `CallbackCommand` and `contenttype` in
//! the query, and with a token `RequestTime` and `Sign` (the hex SHA-256 of the token followed
//! by the time). One event per device and stage, from the same per-channel counts as its
//! statistics: every device sent is a `PushStage` 1 event, every one delivered a 2, every click
//! a 3; the stages go in that order (a click only after its reach), at most 100 events a
//! request. Each request gets 2 seconds for its answer and is never repeated; what the handler
//! answered is logged and kept for `/_emulator/state`.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Log;
use super::model::{Audience, Task};
use crate::secret::Secret;
use crate::timefmt::now_unix as now;

const COMMAND: &str = "Push.AllMemberPush";
const PER_REQUEST: usize = 100;
const ANSWER_BUDGET: Duration = Duration::from_secs(2);
/// Answers kept for the state endpoint, the newest.
const KEPT: usize = 1000;

/// Where callbacks go.
#[derive(Debug, Clone)]
pub struct Target {
    pub url: String,
    pub token: Option<Secret>,
}

/// One device's channel and how far the push got on it.
pub(super) struct Channel {
    pub event_type: i64,
    pub platform: i64,
    /// Devices on the channel, the first `sent` of them sent to.
    pub total: u64,
    pub sent: u64,
    pub delivered: u64,
    pub clicked: u64,
}

/// Sends the callbacks and keeps what the handler answered.
pub(super) struct Sender {
    target: Target,
    agent: ureq::Agent,
    answers: Mutex<Vec<Value>>,
    log: Mutex<Option<Log>>,
}

/// The requests of one push: each a list of events, stage after stage.
pub(super) struct Plan {
    pub sdkappid: u32,
    pub task_id: String,
    pub requests: Vec<Vec<Value>>,
}

/// The events of `task`, whose devices are spread over `channels` in order: device `n`
/// (counted over all channels) is the audience's `n`th account, or `user{n}` for an all-user or
/// tag push.
pub(super) fn plan(task: &Task, channels: &[Channel]) -> Plan {
    let account = |n: u64| match &task.audience {
        Audience::Users(list) => list
            .get(n as usize)
            .cloned()
            .unwrap_or_else(|| format!("user{}", n + 1)),
        Audience::All | Audience::Tags => format!("user{}", n + 1),
    };
    let t = now();
    let mut events = Vec::new();
    for stage in 1..=3 {
        let mut first = 0u64;
        for c in channels {
            let upto = match stage {
                1 => c.sent,
                2 => c.delivered,
                _ => c.clicked,
            };
            for i in 0..upto {
                let mut e = json!({
                    "CallbackCommand": COMMAND,
                    "EventType": c.event_type,
                    "TaskId": task.id,
                    "TaskTime": task.pushed_at,
                    "EventTime": t.max(task.pushed_at) + stage,
                    "To_Account": account(first + i),
                    "PushPlatform": if c.event_type == 2 { 0 } else { c.platform },
                    "DeviceType": 0,
                    "PushStage": stage,
                    "ErrCode": 0,
                    "ErrInfo": "",
                });
                if let Some(d) = &task.data_id {
                    e["DataId"] = json!(d);
                }
                events.push(e);
            }
            first += c.total;
        }
    }
    // A request holds events of one stage only, so every reach is told before any click.
    let mut requests: Vec<Vec<Value>> = Vec::new();
    for e in events {
        let fits = requests.last().is_some_and(|r: &Vec<Value>| {
            r.len() < PER_REQUEST && r[0]["PushStage"] == e["PushStage"]
        });
        if fits {
            requests.last_mut().expect("a request").push(e);
        } else {
            requests.push(vec![e]);
        }
    }
    Plan {
        sdkappid: task.sdkappid,
        task_id: task.id.clone(),
        requests,
    }
}

/// `Sign` for `RequestTime` `at`.
fn signature(token: &Secret, at: i64) -> String {
    let mut h = Sha256::new();
    h.update(token.expose().as_bytes());
    h.update(at.to_string().as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Sender {
    pub(super) fn new(target: Target) -> Sender {
        let mut config = ureq::Agent::config_builder();
        if crate::client::url::endpoint_is_loopback(&target.url) {
            config = config.proxy(None);
        }
        let agent = config
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(ANSWER_BUDGET))
            .build()
            .into();
        Sender {
            target,
            agent,
            answers: Mutex::new(Vec::new()),
            log: Mutex::new(None),
        }
    }

    pub(super) fn set_log(&self, log: Option<Log>) {
        *self.log.lock().expect("the callback log") = log;
    }

    /// Sends `plan`'s requests one after another, each once; returns what each got.
    pub(super) fn deliver(&self, plan: &Plan) -> Vec<Value> {
        let mut got = Vec::new();
        for events in &plan.requests {
            let at = now();
            let mut url = format!(
                "{}{}SdkAppid={}&CallbackCommand={COMMAND}&contenttype=json",
                self.target.url,
                if self.target.url.contains('?') {
                    '&'
                } else {
                    '?'
                },
                plan.sdkappid
            );
            if let Some(t) = &self.target.token {
                url.push_str(&format!("&RequestTime={at}&Sign={}", signature(t, at)));
            }
            let body = json!({ "Events": events }).to_string();
            let started = Instant::now();
            let result = self
                .agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.as_bytes());
            let millis = started.elapsed().as_millis() as u64;
            let stage = events[0]["PushStage"].as_i64().unwrap_or(0);
            let mut record = json!({
                "TaskId": plan.task_id,
                "PushStage": stage,
                "events": events.len(),
                "millis": millis,
            });
            let said = match result {
                Ok(mut resp) => {
                    let status = resp.status().as_u16();
                    let text = resp
                        .body_mut()
                        .with_config()
                        .limit(64 * 1024)
                        .read_to_string()
                        .unwrap_or_default();
                    let short: String = text.trim().chars().take(200).collect();
                    record["status"] = json!(status);
                    record["answer"] = json!(short);
                    format!("HTTP {status} in {millis} ms")
                }
                Err(ureq::Error::Timeout(_)) => {
                    record["error"] = json!("no answer within 2 s");
                    "no answer within 2 s (not repeated)".to_string()
                }
                Err(_) => {
                    record["error"] = json!("the connection failed");
                    "the connection failed (not repeated)".to_string()
                }
            };
            if let Some(log) = self.log.lock().expect("the callback log").as_ref() {
                log(&format!(
                    "callback {COMMAND} {}: {} event(s) of stage {stage} -> {said}",
                    plan.task_id,
                    events.len()
                ));
            }
            let mut kept = self.answers.lock().expect("the callback answers");
            kept.push(record.clone());
            let over = kept.len().saturating_sub(KEPT);
            kept.drain(..over);
            drop(kept);
            got.push(record);
        }
        got
    }

    /// Sends `plan` from a thread of its own.
    pub(super) fn deliver_later(self: &Arc<Self>, plan: Plan) {
        let me = self.clone();
        std::thread::spawn(move || {
            me.deliver(&plan);
        });
    }

    /// What handlers answered, oldest first.
    pub(super) fn answers(&self) -> Vec<Value> {
        self.answers.lock().expect("the callback answers").clone()
    }

    pub(super) fn url(&self) -> &str {
        &self.target.url
    }

    pub(super) fn signed(&self) -> bool {
        self.target.token.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's example: token `xxxxyyyy`, RequestTime 1669872112.
    #[test]
    fn the_signature_is_the_documented_one() {
        assert_eq!(
            signature(&Secret::new("xxxxyyyy".into()), 1669872112),
            "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
        );
    }

    fn task(audience: Audience) -> Task {
        Task {
            id: "t".into(),
            sdkappid: 1400000000,
            pushed_at: 1_800_000_000,
            batch: false,
            stores_messages: false,
            revoked_at: None,
            audience,
            data_id: Some("d1".into()),
        }
    }

    #[test]
    fn events_follow_the_counts_stage_by_stage() {
        let channels = [
            Channel {
                event_type: 1,
                platform: 3,
                total: 160,
                sent: 150,
                delivered: 120,
                clicked: 6,
            },
            Channel {
                event_type: 2,
                platform: 0,
                total: 2,
                sent: 2,
                delivered: 2,
                clicked: 0,
            },
        ];
        let p = plan(&task(Audience::All), &channels);
        let sizes: Vec<(usize, i64)> = p
            .requests
            .iter()
            .map(|r| (r.len(), r[0]["PushStage"].as_i64().unwrap()))
            .collect();
        // 152 sent, 122 reached, 6 clicked: never a request mixing stages, at most 100 each.
        assert_eq!(sizes, [(100, 1), (52, 1), (100, 2), (22, 2), (6, 3)]);
        for r in &p.requests {
            assert!(r.iter().all(|e| e["PushStage"] == r[0]["PushStage"]));
        }
        let online = &p.requests[1][51];
        assert_eq!(online["EventType"], 2);
        assert_eq!(online["PushPlatform"], 0);
        assert_eq!(online["To_Account"], "user162");
        assert_eq!(p.requests[0][0]["DataId"], "d1");
        assert_eq!(p.requests[4][5]["To_Account"], "user6");
    }

    #[test]
    fn a_batch_push_reports_its_own_accounts() {
        let channels = [Channel {
            event_type: 1,
            platform: 1,
            total: 2,
            sent: 2,
            delivered: 1,
            clicked: 0,
        }];
        let p = plan(
            &task(Audience::Users(vec!["ann".into(), "bo".into()])),
            &channels,
        );
        let who: Vec<(String, i64)> = p
            .requests
            .iter()
            .flatten()
            .map(|e| {
                (
                    e["To_Account"].as_str().unwrap().to_string(),
                    e["PushStage"].as_i64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            who,
            [("ann".into(), 1), ("bo".into(), 1), ("ann".into(), 2)]
        );
    }
}
