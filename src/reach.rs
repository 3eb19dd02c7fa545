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

/// A count as the statistics gave it: `None` when it could not be read (missing, not a whole
/// number, negative, or past 64 bits), which is never taken for 0.
pub(crate) type Count = Option<u64>;

/// One push's reach, read from its statistics.
#[derive(Debug, PartialEq)]
pub(crate) struct Reach {
    pub task: String,
    pub total: Count,
    pub sent: Count,
    pub delivered: Count,
    /// (vendor, delivered) where the recall overwrote the notification.
    pub overwritten: Vec<(String, Count)>,
    /// (vendor, delivered) where a delivered notification stays.
    pub stays: Vec<(String, Count)>,
    /// (channel, delivered) where it is not documented, and online pushes.
    pub other: Vec<(String, Count)>,
    /// The figures that could not be read, named as the answer names them.
    pub unreadable: Vec<String>,
}

impl Reach {
    pub(crate) fn from_statistics(r: &Value) -> Reach {
        let mut unreadable = Vec::new();
        let mut count = |v: &Value, k: &str, whose: &str| -> Count {
            let c = v.get(k).and_then(Value::as_u64);
            if c.is_none() {
                unreadable.push(format!("{whose}{k}"));
            }
            c
        };
        let total = count(r, "TotalCount", "");
        let sent = count(r, "SentCount", "");
        let delivered = count(r, "DeliveredCount", "");
        let mut reach = Reach {
            task: r
                .get("TaskID")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            total,
            sent,
            delivered,
            overwritten: Vec::new(),
            stays: Vec::new(),
            other: Vec::new(),
            unreadable: Vec::new(),
        };
        match r.get("PlatformStatistics").and_then(Value::as_array) {
            Some(platforms) => {
                for p in platforms {
                    let name = channel_name(p);
                    let delivered = count(p, "DeliveredCount", &format!("{name} "));
                    let offline = p.get("EventType").and_then(Value::as_i64) == Some(1);
                    let platform = p.get("PushPlatform").and_then(Value::as_i64).unwrap_or(-1);
                    match (offline, recall_on(platform)) {
                        (true, Recall::Overwritten) => reach.overwritten.push((name, delivered)),
                        (true, Recall::Stays) => reach.stays.push((name, delivered)),
                        _ => reach.other.push((name, delivered)),
                    }
                }
            }
            // Without the channels, nothing is known of the vendors that keep a notification,
            // unless nothing was delivered at all.
            None if delivered == Some(0) => {}
            None => unreadable.push("PlatformStatistics".into()),
        }
        reach.unreadable = unreadable;
        reach
    }

    /// Devices that may still show the original: delivered on a vendor that keeps it; `None`
    /// when one of those counts, or the channels, could not be read.
    pub(crate) fn still_shown(&self) -> Count {
        if self.unreadable.iter().any(|u| u == "PlatformStatistics") {
            return None;
        }
        self.stays
            .iter()
            .try_fold(0u64, |sum, (_, d)| sum.checked_add((*d)?))
    }

    pub(crate) fn json(&self) -> Value {
        let rows = |list: &[(String, Count)], recall: Recall| -> Vec<Value> {
            list.iter()
                .map(|(name, d)| json!({"channel": name, "DeliveredCount": d, "recall": recall.as_str()}))
                .collect()
        };
        let mut channels = rows(&self.overwritten, Recall::Overwritten);
        channels.extend(rows(&self.stays, Recall::Stays));
        channels.extend(rows(&self.other, Recall::Unknown));
        let mut v = json!({
            "kind": "reach",
            "report": "reach",
            "TaskId": self.task,
            "TotalCount": self.total,
            "SentCount": self.sent,
            "DeliveredCount": self.delivered,
            "still_shown": self.still_shown(),
            "channels": channels,
        });
        if !self.unreadable.is_empty() {
            v["unreadable"] = json!(self.unreadable);
        }
        v
    }

    /// The report as a compact table, for a terminal: one row for what the recall replaced,
    /// what stays shown and what the running app was told, each with its channels, and one
    /// line of conclusion. Unreadable counts are said as in [`Reach::lines`], which this falls
    /// back to when the channels could not be read.
    pub(crate) fn table(&self) -> Vec<String> {
        if self.unreadable.iter().any(|u| u == "PlatformStatistics") {
            return self.lines();
        }
        let shown = |d: &Count| d.map_or_else(|| "unknown".to_string(), |d| d.to_string());
        let sum = |l: &[(String, Count)]| -> Option<u64> {
            l.iter().map(|(_, d)| *d).sum::<Option<u64>>()
        };
        let names = |l: &[(String, Count)]| {
            l.iter()
                .filter(|(_, d)| *d != Some(0))
                .map(|(n, d)| format!("{n} {}", shown(d)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = vec![format!(
            "reach of {}: {} targeted, {} sent, {} delivered",
            escape(&self.task),
            shown(&self.total),
            shown(&self.sent),
            shown(&self.delivered)
        )];
        out.push(format!(
            "  {:<16} {:>8}  CHANNELS",
            "AFTER THE RECALL", "DEVICES"
        ));
        let mut row = |what: &str, l: &[(String, Count)]| {
            if !l.is_empty() {
                out.push(format!(
                    "  {what:<16} {:>8}  {}",
                    sum(l).map_or_else(|| "unknown".into(), |n| n.to_string()),
                    names(l)
                ));
            }
        };
        row("replaced", &self.overwritten);
        row("still shown", &self.stays);
        let (told, other): (Vec<_>, Vec<_>) =
            self.other.iter().cloned().partition(|(n, _)| n == "online");
        row("told the app", &told);
        row("not documented", &other);
        let keepers: Vec<&str> = self
            .stays
            .iter()
            .filter(|(_, d)| *d != Some(0))
            .map(|(n, _)| n.as_str())
            .collect();
        out.push(match sum(&self.stays) {
            Some(0) => "  → no device of a vendor that keeps a delivered notification got it".into(),
            Some(n) => format!(
                "  → up to {n} devices still show it: {} keep a delivered notification, and a recall cannot take it back",
                keepers.join(", ")
            ),
            None => "  → an unknown number of devices may still show it (some counts could not be read)".into(),
        });
        out.extend(self.unreadable_line());
        out
    }

    pub(crate) fn lines(&self) -> Vec<String> {
        let shown = |d: &Count| d.map_or_else(|| "unknown".to_string(), |d| d.to_string());
        let list = |l: &[(String, Count)]| {
            l.iter()
                .map(|(name, d)| match name.as_str() {
                    "FCM" => format!("FCM {} (in notification mode)", shown(d)),
                    _ => format!("{name} {}", shown(d)),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = vec![format!(
            "reach of {}: {} devices targeted, {} sent to, {} delivered",
            escape(&self.task),
            shown(&self.total),
            shown(&self.sent),
            shown(&self.delivered)
        )];
        if !self.overwritten.is_empty() {
            out.push(format!(
                "  replaced by the recall: {} (unless the app was in the foreground)",
                list(&self.overwritten)
            ));
        }
        let channels_known = !self.unreadable.iter().any(|u| u == "PlatformStatistics");
        let stays: Vec<String> = self
            .stays
            .iter()
            .filter(|(_, d)| *d != Some(0))
            .map(|(name, d)| match d {
                Some(d) => format!("{d} {name}"),
                None => format!("an unknown number of {name}"),
            })
            .collect();
        if !channels_known {
            out.push("  the channels could not be read: any device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) may still show it".into());
        } else if stays.is_empty() {
            out.push("  no device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) got it".into());
        } else {
            let joined = match stays.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => stays.join(""),
            };
            out.push(format!(
                "  still shown on up to {joined} devices: these vendors keep a delivered notification; a recall cannot take it back"
            ));
        }
        for (name, d) in &self.other {
            if name == "online" {
                out.push(format!(
                    "  online {}: the running app was told of the recall and can remove it",
                    shown(d)
                ));
            } else {
                out.push(format!(
                    "  {name} {}: what a recall does there is not documented",
                    shown(d)
                ));
            }
        }
        out.extend(self.unreadable_line());
        out
    }

    /// The line that names the counts that could not be read, if any.
    fn unreadable_line(&self) -> Option<String> {
        (!self.unreadable.is_empty()).then(|| {
            format!(
                "  could not read (missing, or not a whole number): {}; these are shown as unknown, never as 0",
                self.unreadable
                    .iter()
                    .map(|u| escape(u))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
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
            // A batch push is in the statistics only once it has reached someone: without
            // figures, that is what is said, not that nobody still sees it.
            let batch_not_yet = id.starts_with("batch_")
                && found.is_none_or(|r| {
                    ["TotalCount", "SentCount", "DeliveredCount"]
                        .iter()
                        .all(|k| r.get(k).is_none_or(|v| v.as_u64() == Some(0)))
                });
            if batch_not_yet {
                let note = format!(
                    "no reach report of {id} yet: a batch push shows in the statistics only once it has reached someone; read it later with timpush stats {id}"
                );
                if rep.json() {
                    rep.object(
                        &json!({"kind": "reach", "report": "reach", "TaskId": id, "note": note}),
                    );
                } else {
                    rep.note(&note);
                }
                continue;
            }
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
                        // On a terminal, a compact table; elsewhere the lines a log keeps.
                        let on_terminal = crate::run::current()
                            .sink
                            .terminal(crate::run::Stream::Stderr);
                        let lines = if on_terminal {
                            reach.table()
                        } else {
                            reach.lines()
                        };
                        for line in lines {
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
        assert_eq!(r.still_shown(), Some(200));
        assert_eq!(
            r.lines(),
            [
                "reach of t: 1200 devices targeted, 1100 sent to, 950 delivered",
                "  replaced by the recall: APNs 350, Huawei 250 (unless the app was in the foreground)",
                "  still shown on up to 120 Xiaomi and 80 OPPO devices: these vendors keep a delivered notification; a recall cannot take it back",
                "  online 150: the running app was told of the recall and can remove it",
            ]
        );
        // On a terminal, the same as a compact table with one line of conclusion.
        assert_eq!(
            r.table(),
            [
                "reach of t: 1200 targeted, 1100 sent, 950 delivered",
                "  AFTER THE RECALL  DEVICES  CHANNELS",
                "  replaced              600  APNs 350, Huawei 250",
                "  still shown           200  Xiaomi 120, OPPO 80",
                "  told the app          150  online 150",
                "  → up to 200 devices still show it: Xiaomi, OPPO keep a delivered notification, and a recall cannot take it back",
            ]
        );
        assert_eq!(
            r.json().to_string(),
            r#"{"kind":"reach","report":"reach","TaskId":"t","TotalCount":1200,"SentCount":1100,"DeliveredCount":950,"still_shown":200,"channels":[{"channel":"APNs","DeliveredCount":350,"recall":"overwritten"},{"channel":"Huawei","DeliveredCount":250,"recall":"overwritten"},{"channel":"Xiaomi","DeliveredCount":120,"recall":"stays"},{"channel":"OPPO","DeliveredCount":80,"recall":"stays"},{"channel":"online","DeliveredCount":150,"recall":"unknown"}]}"#
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
        assert_eq!(r.still_shown(), Some(0));
        assert_eq!(
            r.lines()[2],
            "  no device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) got it"
        );
    }

    /// A count that is missing, not a whole number, negative or past 64 bits is unknown, never
    /// 0: the report names it, and says no vendor "got none" while one of theirs is unknown.
    #[test]
    fn an_unreadable_count_is_unknown_and_named() {
        let r = Reach::from_statistics(
            &json!({"TaskID": "t", "TotalCount": 500, "SentCount": "480",
            "PlatformStatistics": [
                {"EventType": 1, "PushPlatform": 2, "DeliveredCount": 0},
                {"EventType": 1, "PushPlatform": 7, "DeliveredCount": -3},
                {"EventType": 1, "PushPlatform": 5, "DeliveredCount": 2.5},
                {"EventType": 1, "PushPlatform": 1, "DeliveredCount": 1e30},
                {"EventType": 2, "PushPlatform": 0}
            ]}),
        );
        assert_eq!(r.still_shown(), None);
        assert_eq!(
            r.lines(),
            [
                "reach of t: 500 devices targeted, unknown sent to, unknown delivered",
                "  replaced by the recall: APNs unknown (unless the app was in the foreground)",
                "  still shown on up to an unknown number of vivo and an unknown number of Meizu devices: these vendors keep a delivered notification; a recall cannot take it back",
                "  online unknown: the running app was told of the recall and can remove it",
                "  could not read (missing, or not a whole number): SentCount, DeliveredCount, vivo DeliveredCount, Meizu DeliveredCount, APNs DeliveredCount, online DeliveredCount; these are shown as unknown, never as 0",
            ]
        );
        assert_eq!(
            r.json().to_string(),
            r#"{"kind":"reach","report":"reach","TaskId":"t","TotalCount":500,"SentCount":null,"DeliveredCount":null,"still_shown":null,"channels":[{"channel":"APNs","DeliveredCount":null,"recall":"overwritten"},{"channel":"Xiaomi","DeliveredCount":0,"recall":"stays"},{"channel":"vivo","DeliveredCount":null,"recall":"stays"},{"channel":"Meizu","DeliveredCount":null,"recall":"stays"},{"channel":"online","DeliveredCount":null,"recall":"unknown"}],"unreadable":["SentCount","DeliveredCount","vivo DeliveredCount","Meizu DeliveredCount","APNs DeliveredCount","online DeliveredCount"]}"#
        );
        // The table never says "no device" while a keeping vendor's count is unknown.
        let table = r.table();
        assert!(
            table
                .iter()
                .any(|l| l.contains("an unknown number of devices may still show it")),
            "{table:?}"
        );
    }

    /// Without the channels, nothing is said of the vendors that keep a notification, unless
    /// nothing was delivered; a sum past 64 bits is unknown, never wrapped.
    #[test]
    fn missing_channels_and_a_sum_too_large_are_unknown() {
        let r = Reach::from_statistics(
            &json!({"TaskID": "t", "TotalCount": 9, "SentCount": 9, "DeliveredCount": 9}),
        );
        assert_eq!(r.still_shown(), None);
        assert_eq!(
            r.lines()[1..],
            [
                "  the channels could not be read: any device of a vendor that keeps a delivered notification (Xiaomi, OPPO, vivo, Meizu) may still show it",
                "  could not read (missing, or not a whole number): PlatformStatistics; these are shown as unknown, never as 0",
            ]
        );
        let none = Reach::from_statistics(
            &json!({"TaskID": "t", "TotalCount": 9, "SentCount": 0, "DeliveredCount": 0}),
        );
        assert_eq!(none.still_shown(), Some(0));
        assert!(none.unreadable.is_empty());
        let big = u64::MAX / 2 + 1;
        let r = Reach::from_statistics(
            &json!({"TaskID": "t", "TotalCount": 1, "SentCount": 1, "DeliveredCount": 1,
            "PlatformStatistics": [
                {"EventType": 1, "PushPlatform": 2, "DeliveredCount": big},
                {"EventType": 1, "PushPlatform": 6, "DeliveredCount": big}
            ]}),
        );
        assert_eq!(r.still_shown(), None);
        assert_eq!(r.json()["still_shown"], Value::Null);
    }
}
