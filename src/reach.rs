//! Who a push reached, and who may still see it after a recall (docs/service.md 5.1).
//!
//! The statistics count devices per channel: `EventType` 1 is an offline (vendor) push, 2 an
//! online push; `PushPlatform` names the vendor. A recall overwrites a delivered notification
//! on APNs, FCM (notification mode), Huawei and Honor (not while the app is in the foreground);
//! on Xiaomi, Meizu, OPPO and vivo a delivered notification stays on the device. An online push
//! reaches a running app, which is told of the recall and can remove what it shows.

use serde_json::{Map, Value, json};

use crate::output::Reporter;
use crate::sanitize::escape;
use crate::session::Session;
use crate::taskid::TaskId;
use crate::timefmt::now_unix;

pub(crate) use crate::channel::{channel_name, vendor};

/// What a recall does to a notification a vendor delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recall {
    /// The shown notification is replaced (or removed).
    Overwritten,
    /// The shown notification stays on the device.
    Stays,
    /// Not documented for this channel.
    Unknown,
}

impl Recall {
    fn as_str(self) -> &'static str {
        match self {
            Recall::Overwritten => "overwritten",
            Recall::Stays => "stays",
            Recall::Unknown => "unknown",
        }
    }
}

/// What a recall does on an offline push's channel.
pub(crate) fn recall_on(platform: i64) -> Recall {
    match platform {
        1 | 3 | 4 | 8 => Recall::Overwritten,
        2 | 5 | 6 | 7 => Recall::Stays,
        _ => Recall::Unknown,
    }
}

/// The same object with `vendor` beside each `PushPlatform` it holds (at any depth), so JSON
/// gives both the number and the name.
pub(crate) fn named(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                out.insert(k.clone(), named(x));
                if k == "PushPlatform"
                    && let Some(name) = x.as_i64().and_then(vendor)
                {
                    out.insert("vendor".into(), name.into());
                }
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(named).collect()),
        other => other.clone(),
    }
}

/// One push's reach, read from its statistics.
#[derive(Debug, PartialEq)]
pub(crate) struct Reach {
    pub task: String,
    pub total: u64,
    pub sent: u64,
    pub delivered: u64,
    /// (vendor, delivered) where the recall overwrote the notification.
    pub overwritten: Vec<(String, u64)>,
    /// (vendor, delivered) where a delivered notification stays.
    pub stays: Vec<(String, u64)>,
    /// (channel, delivered) where it is not documented, and online pushes.
    pub other: Vec<(String, u64)>,
}

fn n(v: &Value, k: &str) -> u64 {
    v.get(k).and_then(Value::as_u64).unwrap_or(0)
}

impl Reach {
    pub(crate) fn from_statistics(r: &Value) -> Reach {
        let mut reach = Reach {
            task: r
                .get("TaskID")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            total: n(r, "TotalCount"),
            sent: n(r, "SentCount"),
            delivered: n(r, "DeliveredCount"),
            overwritten: Vec::new(),
            stays: Vec::new(),
            other: Vec::new(),
        };
        for p in r
            .get("PlatformStatistics")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let delivered = n(p, "DeliveredCount");
            let name = channel_name(p);
            let offline = p.get("EventType").and_then(Value::as_i64) == Some(1);
            let platform = p.get("PushPlatform").and_then(Value::as_i64).unwrap_or(-1);
            match (offline, recall_on(platform)) {
                (true, Recall::Overwritten) => reach.overwritten.push((name, delivered)),
                (true, Recall::Stays) => reach.stays.push((name, delivered)),
                _ => reach.other.push((name, delivered)),
            }
        }
        reach
    }

    /// Devices that may still show the original: delivered on a vendor that keeps it.
    pub(crate) fn still_shown(&self) -> u64 {
        self.stays.iter().map(|(_, d)| d).sum()
    }

    pub(crate) fn json(&self) -> Value {
        let rows = |list: &[(String, u64)], recall: Recall| -> Vec<Value> {
            list.iter()
                .map(|(name, d)| json!({"channel": name, "DeliveredCount": d, "recall": recall.as_str()}))
                .collect()
        };
        let mut channels = rows(&self.overwritten, Recall::Overwritten);
        channels.extend(rows(&self.stays, Recall::Stays));
        channels.extend(rows(&self.other, Recall::Unknown));
        json!({
            "report": "reach",
            "TaskId": self.task,
            "TotalCount": self.total,
            "SentCount": self.sent,
            "DeliveredCount": self.delivered,
            "still_shown": self.still_shown(),
            "channels": channels,
        })
    }

    pub(crate) fn lines(&self) -> Vec<String> {
        let list = |l: &[(String, u64)]| {
            l.iter()
                .map(|(name, d)| match name.as_str() {
                    "FCM" => format!("FCM {d} (in notification mode)"),
                    _ => format!("{name} {d}"),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = vec![format!(
            "reach of {}: {} devices targeted, {} sent to, {} delivered",
            escape(&self.task),
            self.total,
            self.sent,
            self.delivered
        )];
        if !self.overwritten.is_empty() {
            out.push(format!(
                "  replaced by the recall: {} (unless the app was in the foreground)",
                list(&self.overwritten)
            ));
        }
        let stays: Vec<&(String, u64)> = self.stays.iter().filter(|(_, d)| *d > 0).collect();
        if stays.is_empty() {
            out.push("  no device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) got it".into());
        } else {
            let names: Vec<String> = stays
                .iter()
                .map(|(name, d)| format!("{d} {name}"))
                .collect();
            let joined = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => names.join(""),
            };
            out.push(format!(
                "  still shown on up to {joined} devices: these vendors keep a delivered notification; a recall cannot take it back"
            ));
        }
        for (name, d) in &self.other {
            if name == "online" {
                out.push(format!(
                    "  online {d}: the running app was told of the recall and can remove it"
                ));
            } else {
                out.push(format!(
                    "  {name} {d}: what a recall does there is not documented"
                ));
            }
        }
        out
    }
}

/// The most TaskIDs one statistics call takes.
const PER_CALL: usize = 5;

/// Reads the statistics of `pushes` and reports each one's reach: JSON objects, or lines on
/// stderr beside text results. A report that cannot be read is a warning; the recall stands.
/// With `events` (a callback log and its name), what the callbacks said goes beside each.
pub(crate) fn report(
    session: &mut Session,
    pushes: &[TaskId],
    events: Option<&(crate::callback::Tally, String)>,
    rep: &Reporter,
) {
    let now = now_unix();
    for chunk in pushes.chunks(PER_CALL) {
        let ids: Vec<&str> = chunk.iter().map(TaskId::as_str).collect();
        // A recall reaches back 24 hours: the window covers that and a little more.
        let body = json!({"StartTime": now - 25 * 3600, "EndTime": now, "TaskID": ids});
        let answer = match crate::schedule::read(session, crate::schedule::STATISTICS, &body, rep) {
            Ok(a) => a,
            Err(f) => {
                rep.warn(&format!(
                    "the reach report of {} could not be read: {}",
                    ids.join(" "),
                    f.message
                ));
                continue;
            }
        };
        let results = answer.get("Results").and_then(Value::as_array);
        for id in &ids {
            let found = results
                .into_iter()
                .flatten()
                .find(|r| r.get("TaskID").and_then(Value::as_str) == Some(id));
            match found {
                Some(r) if r.is_object() => {
                    let reach = Reach::from_statistics(r);
                    if rep.json() {
                        let mut v = reach.json();
                        if let Some((tally, _)) = events {
                            v["callback_events"] = tally.json_of(id).unwrap_or(Value::Null);
                        }
                        rep.object(&v);
                    } else {
                        for line in reach.lines() {
                            rep.note(&line);
                        }
                        if let Some((tally, name)) = events {
                            rep.note(&format!(
                                "  its callbacks in {}: {}",
                                escape(name),
                                crate::callback::figures_line(tally, id)
                                    .unwrap_or_else(|| "none for this TaskId".into())
                            ));
                        }
                    }
                }
                _ => rep.warn(&format!(
                    "the reach report of {id} could not be read: the statistics hold nothing for it"
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Value {
        json!({"TaskID": "t", "TotalCount": 1200, "SentCount": 1100, "DeliveredCount": 950, "ClickCount": 40,
        "PlatformStatistics": [
            {"EventType": 1, "PushPlatform": 1, "TotalCount": 400, "SentCount": 380, "DeliveredCount": 350, "ClickCount": 20},
            {"EventType": 1, "PushPlatform": 2, "TotalCount": 200, "SentCount": 180, "DeliveredCount": 120, "ClickCount": 5},
            {"EventType": 1, "PushPlatform": 6, "TotalCount": 100, "SentCount": 90, "DeliveredCount": 80, "ClickCount": 5},
            {"EventType": 1, "PushPlatform": 3, "TotalCount": 300, "SentCount": 270, "DeliveredCount": 250, "ClickCount": 5},
            {"EventType": 2, "PushPlatform": 0, "TotalCount": 200, "SentCount": 180, "DeliveredCount": 150, "ClickCount": 5}
        ]})
    }

    #[test]
    fn a_known_answer_reads_as_who_still_sees_it() {
        let r = Reach::from_statistics(&known());
        assert_eq!(r.still_shown(), 200);
        assert_eq!(
            r.lines(),
            [
                "reach of t: 1200 devices targeted, 1100 sent to, 950 delivered",
                "  replaced by the recall: APNs 350, Huawei 250 (unless the app was in the foreground)",
                "  still shown on up to 120 Xiaomi and 80 OPPO devices: these vendors keep a delivered notification; a recall cannot take it back",
                "  online 150: the running app was told of the recall and can remove it",
            ]
        );
        assert_eq!(
            r.json().to_string(),
            r#"{"report":"reach","TaskId":"t","TotalCount":1200,"SentCount":1100,"DeliveredCount":950,"still_shown":200,"channels":[{"channel":"APNs","DeliveredCount":350,"recall":"overwritten"},{"channel":"Huawei","DeliveredCount":250,"recall":"overwritten"},{"channel":"Xiaomi","DeliveredCount":120,"recall":"stays"},{"channel":"OPPO","DeliveredCount":80,"recall":"stays"},{"channel":"online","DeliveredCount":150,"recall":"unknown"}]}"#
        );
    }

    #[test]
    fn every_vendor_has_a_name_and_a_rule() {
        let rules: Vec<(i64, &str, Recall)> = (0..=8)
            .map(|p| (p, vendor(p).unwrap(), recall_on(p)))
            .collect();
        use Recall::*;
        assert_eq!(
            rules,
            [
                (0, "unknown", Unknown),
                (1, "APNs", Overwritten),
                (2, "Xiaomi", Stays),
                (3, "Huawei", Overwritten),
                (4, "FCM", Overwritten),
                (5, "Meizu", Stays),
                (6, "OPPO", Stays),
                (7, "vivo", Stays),
                (8, "Honor", Overwritten),
            ]
        );
        assert_eq!(vendor(9), None);
        assert_eq!(
            named(&json!({"a": [{"PushPlatform": 7}], "PushPlatform": 99})).to_string(),
            r#"{"a":[{"PushPlatform":7,"vendor":"vivo"}],"PushPlatform":99}"#
        );
    }

    #[test]
    fn only_vendors_that_keep_it_count_as_still_shown() {
        let r = Reach::from_statistics(&json!({"TaskID": "t", "PlatformStatistics": [
            {"EventType": 1, "PushPlatform": 4, "DeliveredCount": 9},
            {"EventType": 1, "PushPlatform": 7, "DeliveredCount": 0}
        ]}));
        assert_eq!(r.still_shown(), 0);
        assert_eq!(
            r.lines()[2],
            "  no device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) got it"
        );
    }
}
