//! Push callbacks (docs/service.md 8): what the service POSTs to an app's callback URL about a
//! push's recipients (`Push.AllMemberPush`), how such a request is signed (`Sign`,
//! `RequestTime`), what the app must answer, and a tally of what the events say per TaskId and
//! channel. `timpush callback` receives, sends and checks them; `stats --events` reads a log of
//! them.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::secret::Secret;

/// The callback of all-user, tag and batch pushes: one event per recipient and stage.
pub(crate) const ALL_MEMBER_PUSH: &str = "Push.AllMemberPush";
/// The callback of chat messages' offline pushes (no TaskId).
pub(crate) const OFFLINE_PUSH: &str = "Push.OfflinePush";
/// How far `RequestTime` may be from the receiver's clock, in seconds.
pub(crate) const MAX_SKEW: i64 = 60;
/// How long the service waits for the app's answer.
pub(crate) const BUDGET: Duration = Duration::from_secs(2);
/// Events in one request, at most.
pub(crate) const MAX_EVENTS: usize = 100;
/// The answer the app gives to every callback.
pub(crate) const OK_ANSWER: &str = r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#;

/// `Sign`: the lowercase hex SHA-256 of the token followed by the decimal `RequestTime`.
pub(crate) fn sign(token: &Secret, request_time: i64) -> String {
    let digest = Sha256::digest(format!("{}{request_time}", token.expose()).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The token in the file at `path`: opened once and checked as a secret's file is (`warn`
/// gets the warning of a file others may read); empty is an error.
pub(crate) fn token_file(
    path: &std::path::Path,
    warn: impl Fn(&str),
) -> Result<Secret, crate::error::Failure> {
    let what = "callback token file";
    let mut warnings = Vec::new();
    let token = crate::settings::credential::read_secret_file(path, what, &mut warnings)?;
    warnings.iter().for_each(|w| warn(w));
    if token.expose().is_empty() {
        return Err(crate::error::Failure::config(format!(
            "the {what} {} is empty",
            path.display()
        )));
    }
    Ok(token)
}

/// A URL callbacks are sent to: http or https (`flag` names where it was given); shown
/// redacted in the error.
pub(crate) fn check_url(flag: &str, url: &str) -> Result<String, crate::error::Failure> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://"))
        || u.parse::<ureq::http::Uri>().is_err()
    {
        return Err(crate::error::Failure::usage(format!(
            "{flag}: {} is not an http:// or https:// URL",
            crate::sanitize::redact_url(u)
        )));
    }
    Ok(u.to_string())
}

/// Equal, in a time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Why a callback request is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    NotPost,
    MissingApp,
    OtherApp(String),
    UnknownCommand(String),
    /// A token is set, but the request carries no `Sign` or `RequestTime`.
    Unsigned,
    BadSign,
    /// `RequestTime` is not a number, or is more than [`MAX_SKEW`] from the clock.
    Stale(String),
    Malformed(String),
}

impl Refusal {
    /// A short name, for counting and JSON.
    pub(crate) fn reason(&self) -> &'static str {
        match self {
            Refusal::NotPost => "not_post",
            Refusal::MissingApp => "no_sdkappid",
            Refusal::OtherApp(_) => "other_sdkappid",
            Refusal::UnknownCommand(_) => "unknown_command",
            Refusal::Unsigned => "unsigned",
            Refusal::BadSign => "bad_sign",
            Refusal::Stale(_) => "stale_request_time",
            Refusal::Malformed(_) => "malformed",
        }
    }

    /// One line, with what came from outside escaped.
    pub(crate) fn message(&self) -> String {
        use crate::sanitize::{escape, truncate_chars};
        let quoted = |s: &str| escape(&truncate_chars(s, 64));
        match self {
            Refusal::NotPost => "not a POST".into(),
            Refusal::MissingApp => "no SdkAppid parameter".into(),
            Refusal::OtherApp(a) => format!("SdkAppid {} is not this app's", quoted(a)),
            Refusal::UnknownCommand(c) => {
                format!("CallbackCommand {} is not a push callback", quoted(c))
            }
            Refusal::Unsigned => "no Sign or RequestTime, but a token is set".into(),
            Refusal::BadSign => "Sign does not match the token".into(),
            Refusal::Stale(why) => format!("RequestTime {why}"),
            Refusal::Malformed(why) => format!("body {why}"),
        }
    }

    /// The HTTP status it is answered with.
    pub(crate) fn status(&self) -> u16 {
        match self {
            Refusal::NotPost => 405,
            Refusal::Unsigned | Refusal::BadSign | Refusal::Stale(_) => 401,
            Refusal::MissingApp | Refusal::OtherApp(_) => 403,
            Refusal::UnknownCommand(_) | Refusal::Malformed(_) => 400,
        }
    }

    /// The answer's body: the documented shape, ErrorCode 1 (failed).
    pub(crate) fn answer(&self) -> String {
        serde_json::json!({"ActionStatus": "FAIL", "ErrorInfo": self.message(), "ErrorCode": 1})
            .to_string()
    }
}

/// What a receiver checks a request against.
pub(crate) struct Expect<'a> {
    pub sdkappid: u32,
    pub token: Option<&'a Secret>,
    pub now: i64,
}

/// Checks a request's query parameters; returns its `CallbackCommand`.
pub(crate) fn check_query(params: &[(String, String)], expect: &Expect) -> Result<String, Refusal> {
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let app = param("SdkAppid").ok_or(Refusal::MissingApp)?;
    if app.parse::<u64>().ok() != Some(u64::from(expect.sdkappid)) {
        return Err(Refusal::OtherApp(app.to_string()));
    }
    let command = param("CallbackCommand").unwrap_or("");
    if command != ALL_MEMBER_PUSH && command != OFFLINE_PUSH {
        return Err(Refusal::UnknownCommand(command.to_string()));
    }
    if let Some(token) = expect.token {
        let (Some(sent), Some(time)) = (param("Sign"), param("RequestTime")) else {
            return Err(Refusal::Unsigned);
        };
        check_sign(token, sent, time, expect.now)?;
    }
    Ok(command.to_string())
}

/// Checks `Sign` for `token` and `RequestTime` against `now`.
pub(crate) fn check_sign(token: &Secret, sent: &str, time: &str, now: i64) -> Result<(), Refusal> {
    let Ok(at) = time.trim().parse::<i64>() else {
        return Err(Refusal::Stale(format!(
            "{} is not unix seconds",
            crate::sanitize::escape(&crate::sanitize::truncate_chars(time, 32))
        )));
    };
    if !same(&sign(token, at), &sent.to_ascii_lowercase()) {
        return Err(Refusal::BadSign);
    }
    let skew = now.saturating_sub(at);
    if skew.abs() > MAX_SKEW {
        return Err(Refusal::Stale(format!(
            "is {} s {} the clock (at most {MAX_SKEW} s)",
            skew.unsigned_abs(),
            if skew > 0 { "behind" } else { "ahead of" }
        )));
    }
    Ok(())
}

/// The events of a request body: `{"Events": [...]}` with 1 to 100 objects.
pub(crate) fn events(body: &[u8]) -> Result<Vec<Map<String, Value>>, Refusal> {
    let v: Value =
        serde_json::from_slice(body).map_err(|_| Refusal::Malformed("is not JSON".into()))?;
    let Some(list) = v.get("Events").and_then(Value::as_array) else {
        return Err(Refusal::Malformed("has no Events array".into()));
    };
    if list.is_empty() || list.len() > MAX_EVENTS {
        return Err(Refusal::Malformed(format!(
            "has {} events (1 to {MAX_EVENTS} in a request)",
            list.len()
        )));
    }
    list.iter()
        .map(|e| match e {
            Value::Object(m) => Ok(m.clone()),
            _ => Err(Refusal::Malformed(
                "has an event that is not an object".into(),
            )),
        })
        .collect()
}

/// A `PushStage` in words.
pub(crate) fn stage_name(stage: i64) -> Option<&'static str> {
    Some(match stage {
        1 => "sent",
        2 => "reached",
        3 => "clicked",
        _ => return None,
    })
}

/// The `PushStage` named (a number or a word).
pub(crate) fn parse_stage(s: &str) -> Result<i64, String> {
    let t = s.trim().to_ascii_lowercase();
    match t.as_str() {
        "1" | "sent" => Ok(1),
        "2" | "reached" | "delivered" => Ok(2),
        "3" | "clicked" => Ok(3),
        _ => Err(format!(
            "{:?} is not a stage: use sent (1), reached (2) or clicked (3)",
            crate::sanitize::escape(s)
        )),
    }
}

/// The `PushPlatform` named (a number or a vendor's name), and its `EventType`: 2 (online) for
/// `online`, else 1 (offline).
pub(crate) fn parse_vendor(s: &str) -> Result<(i64, i64), String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("online") {
        return Ok((2, 0));
    }
    if let Ok(n) = t.parse::<i64>()
        && crate::channel::vendor(n).is_some()
    {
        return Ok((1, n));
    }
    (0..=8)
        .find(|n| crate::channel::vendor(*n).is_some_and(|v| v.eq_ignore_ascii_case(t)))
        .map(|n| (1, n))
        .ok_or_else(|| {
            format!(
                "{:?} is not a vendor: use APNs, FCM, Huawei, Honor, Xiaomi, OPPO, vivo, Meizu, online, or a PushPlatform number 0 to 8",
                crate::sanitize::escape(s)
            )
        })
}

/// The event with its numbers named beside them: `kind` "event", `channel` (a vendor or
/// "online") and `stage` ("sent", "reached", "clicked").
pub(crate) fn annotated(event: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("kind".into(), "event".into());
    out.extend(event.clone());
    out.insert(
        "channel".into(),
        crate::channel::channel_name(&Value::Object(event.clone())).into(),
    );
    if let Some(s) = event
        .get("PushStage")
        .and_then(Value::as_i64)
        .and_then(stage_name)
    {
        out.insert("stage".into(), s.into());
    }
    out
}

/// Events counted per TaskId and channel, by stage (sent, reached, clicked).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Tally {
    pub by_task: BTreeMap<String, BTreeMap<String, [u64; 3]>>,
    /// Events without a known stage.
    pub unstaged: u64,
}

impl Tally {
    pub(crate) fn add(&mut self, event: &Map<String, Value>) {
        let stage = event.get("PushStage").and_then(Value::as_i64);
        let Some(i) = stage.filter(|s| (1..=3).contains(s)) else {
            self.unstaged += 1;
            return;
        };
        let task = event
            .get("TaskId")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let channel = crate::channel::channel_name(&Value::Object(event.clone()));
        self.by_task
            .entry(task)
            .or_default()
            .entry(channel)
            .or_default()[i as usize - 1] += 1;
    }

    /// The counts of one TaskId as JSON: `{"APNs": {"sent": n, "reached": n, "clicked": n}}`.
    pub(crate) fn json_of(&self, task: &str) -> Option<Value> {
        let rows = self.by_task.get(task)?;
        let mut m = Map::new();
        for (channel, [s, r, c]) in rows {
            m.insert(
                channel.clone(),
                serde_json::json!({"sent": s, "reached": r, "clicked": c}),
            );
        }
        Some(Value::Object(m))
    }
}

/// Reads a log of callbacks line by line (memory bounded by the tally, not the log): JSON lines,
/// each one event (as `callback listen` writes them) or one request body (`{"Events": [...]}`);
/// other objects are skipped. Returns the tally and the number of lines that were not JSON.
pub(crate) fn read_log(log: impl std::io::BufRead) -> std::io::Result<(Tally, usize)> {
    let mut tally = Tally::default();
    let mut bad = 0;
    for line in log.split(b'\n') {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Value>(&line) {
            Ok(Value::Object(m)) => {
                if let Some(list) = m.get("Events").and_then(Value::as_array) {
                    for e in list.iter().filter_map(Value::as_object) {
                        tally.add(e);
                    }
                } else if m.contains_key("PushStage") {
                    tally.add(&m);
                }
            }
            _ => bad += 1,
        }
    }
    Ok((tally, bad))
}

/// The callback log `path` (for `--events`), tallied, and its name; lines that are not JSON
/// are said and skipped.
pub(crate) fn load_log(
    path: &str,
    rep: &crate::output::Reporter,
) -> Result<(Tally, String), crate::error::Failure> {
    use crate::error::Failure;
    let p = crate::env::expand_path(path, None);
    let name = p.display().to_string();
    let cannot = |e: std::io::Error| {
        Failure::usage(format!(
            "--events: cannot read {}: {e}",
            crate::sanitize::escape(&name)
        ))
    };
    let file = std::fs::File::open(&p).map_err(cannot)?;
    let (tally, bad) = read_log(std::io::BufReader::new(file)).map_err(cannot)?;
    if bad > 0 {
        rep.warn(&format!(
            "--events: {bad} line(s) of {} are not JSON and were skipped",
            crate::sanitize::escape(&name)
        ));
    }
    Ok((tally, name))
}

/// One TaskId's callback figures in a line: `reached APNs 271, Huawei 109; clicked APNs 13`.
pub(crate) fn figures_line(tally: &Tally, task: &str) -> Option<String> {
    let rows = tally.by_task.get(task)?;
    let stage = |i: usize, word: &str| {
        let parts: Vec<String> = rows
            .iter()
            .filter(|(_, n)| n[i] > 0)
            .map(|(c, n)| format!("{c} {}", n[i]))
            .collect();
        (!parts.is_empty()).then(|| format!("{word} {}", parts.join(", ")))
    };
    let said: Vec<String> = [stage(0, "sent"), stage(1, "reached"), stage(2, "clicked")]
        .into_iter()
        .flatten()
        .collect();
    Some(said.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the callback configuration page: token `xxxxyyyy`, RequestTime 1669872112.
    #[test]
    fn sign_is_the_documented_hash() {
        assert_eq!(
            sign(&Secret::new("xxxxyyyy".into()), 1669872112),
            "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
        );
    }

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_request_is_checked_for_app_command_sign_and_time() {
        let token = Secret::new("token-for-the-checks".into());
        let at = 1_800_000_000;
        let good_sign = sign(&token, at);
        let expect = Expect {
            sdkappid: 1400000000,
            token: Some(&token),
            now: at + 30,
        };
        let query = |app: &str, cmd: &str, sign: &str, time: &str| {
            params(&[
                ("SdkAppid", app),
                ("CallbackCommand", cmd),
                ("contenttype", "json"),
                ("Sign", sign),
                ("RequestTime", time),
            ])
        };
        let t = at.to_string();
        assert_eq!(
            check_query(
                &query("1400000000", ALL_MEMBER_PUSH, &good_sign, &t),
                &expect
            ),
            Ok(ALL_MEMBER_PUSH.to_string())
        );
        // Upper-case hex is the same hash.
        assert_eq!(
            check_query(
                &query("1400000000", ALL_MEMBER_PUSH, &good_sign.to_uppercase(), &t),
                &expect
            ),
            Ok(ALL_MEMBER_PUSH.to_string())
        );
        let reason = |q: Vec<(String, String)>| check_query(&q, &expect).unwrap_err().reason();
        assert_eq!(
            reason(query("1400000001", ALL_MEMBER_PUSH, &good_sign, &t)),
            "other_sdkappid"
        );
        assert_eq!(
            reason(query("1400000000", "Push.TagPush", &good_sign, &t)),
            "unknown_command"
        );
        let other = sign(&Secret::new("another-token-here".into()), at);
        assert_eq!(
            reason(query("1400000000", ALL_MEMBER_PUSH, &other, &t)),
            "bad_sign"
        );
        // A Sign made for another time does not match this one.
        assert_eq!(
            reason(query(
                "1400000000",
                ALL_MEMBER_PUSH,
                &good_sign,
                &(at + 1).to_string()
            )),
            "bad_sign"
        );
        assert_eq!(
            reason(params(&[
                ("SdkAppid", "1400000000"),
                ("CallbackCommand", ALL_MEMBER_PUSH)
            ])),
            "unsigned"
        );
        assert_eq!(
            reason(params(&[("CallbackCommand", ALL_MEMBER_PUSH)])),
            "no_sdkappid"
        );
        // 61 s either way is stale; 60 s is not.
        for (now, ok) in [
            (at + 60, true),
            (at + 61, false),
            (at - 60, true),
            (at - 61, false),
        ] {
            let e = Expect { now, ..expect };
            let q = query("1400000000", ALL_MEMBER_PUSH, &good_sign, &t);
            assert_eq!(check_query(&q, &e).is_ok(), ok, "now {now}");
        }
        let e = Expect {
            now: at + 61,
            ..expect
        };
        assert_eq!(
            check_query(&query("1400000000", ALL_MEMBER_PUSH, &good_sign, &t), &e)
                .unwrap_err()
                .message(),
            "RequestTime is 61 s behind the clock (at most 60 s)"
        );
        // Without a token, Sign is not checked.
        let open = Expect {
            token: None,
            ..expect
        };
        assert!(check_query(&query("1400000000", ALL_MEMBER_PUSH, "x", "y"), &open).is_ok());
    }

    #[test]
    fn bodies_hold_one_to_a_hundred_events() {
        let one = br#"{"Events":[{"PushStage":1}]}"#;
        assert_eq!(events(one).unwrap().len(), 1);
        let many = format!("{{\"Events\":[{}]}}", vec!["{}"; 101].join(","));
        assert_eq!(
            events(many.as_bytes()).unwrap_err().message(),
            "body has 101 events (1 to 100 in a request)"
        );
        for (body, why) in [
            (
                &b"{\"Events\":[]}"[..],
                "body has 0 events (1 to 100 in a request)",
            ),
            (b"not json", "body is not JSON"),
            (b"{\"events\":[{}]}", "body has no Events array"),
            (
                b"{\"Events\":[1]}",
                "body has an event that is not an object",
            ),
        ] {
            assert_eq!(events(body).unwrap_err().message(), why);
        }
    }

    #[test]
    fn a_log_is_tallied_per_task_channel_and_stage() {
        let log = [
            r#"{"kind":"event","TaskId":"t1","EventType":1,"PushPlatform":3,"PushStage":1}"#,
            r#"{"kind":"event","TaskId":"t1","EventType":1,"PushPlatform":3,"PushStage":2}"#,
            r#"{"Events":[{"TaskId":"t1","EventType":2,"PushPlatform":0,"PushStage":3},{"TaskId":"t2","EventType":1,"PushPlatform":2,"PushStage":1}]}"#,
            r#"{"kind":"summary"}"#,
            "not json",
            r#"{"TaskId":"t1","EventType":1,"PushPlatform":3,"PushStage":7}"#,
        ]
        .join("\n");
        let (tally, bad) = read_log(log.as_bytes()).unwrap();
        assert_eq!(bad, 1);
        assert_eq!(tally.unstaged, 1);
        assert_eq!(
            tally.json_of("t1").unwrap().to_string(),
            r#"{"Huawei":{"sent":1,"reached":1,"clicked":0},"online":{"sent":0,"reached":0,"clicked":1}}"#
        );
        assert_eq!(
            tally.json_of("t2").unwrap().to_string(),
            r#"{"Xiaomi":{"sent":1,"reached":0,"clicked":0}}"#
        );
        assert_eq!(tally.json_of("t3"), None);
    }

    #[test]
    fn vendors_and_stages_by_name_or_number() {
        assert_eq!(parse_vendor("huawei"), Ok((1, 3)));
        assert_eq!(parse_vendor("8"), Ok((1, 8)));
        assert_eq!(parse_vendor("online"), Ok((2, 0)));
        assert!(parse_vendor("9").is_err());
        assert!(parse_vendor("nokia").is_err());
        assert_eq!(parse_stage("clicked"), Ok(3));
        assert_eq!(parse_stage("2"), Ok(2));
        assert!(parse_stage("4").is_err());
    }
}
