//! The body of push and batch calls, checked against the documented limits before anything is
//! sent: at most 10 tags of 1 to 50 bytes, no duplicates, tags and attributes not mixed, DataId
//! at most 64 bytes, Ext valid JSON, the whole body at most 10 KB.

use serde_json::{Map, Value};

use crate::error::Failure;
use crate::input::{self, Source};

pub(crate) const MAX_TAGS: usize = 10;
pub(crate) const MAX_TAG_BYTES: usize = 50;
pub(crate) const MAX_DATA_ID_BYTES: usize = 64;
/// The longest `Ext` the OfflinePushInfo page advises (docs/service.md 3.1); longer is warned of.
pub(crate) const MAX_EXT_ADVISED: usize = 1024;
pub(crate) use crate::wire::MAX_BODY_BYTES;

/// The fields every push and batch body carries, but MsgRandom (fresh per call).
#[derive(Debug, Clone)]
pub(crate) struct Notification {
    fields: Map<String, Value>,
}

/// What a push or batch shows, as given on the command line.
#[derive(Debug, Clone, Default)]
pub(crate) struct NotificationSpec {
    pub title: Option<String>,
    pub desc: Option<String>,
    pub ext: Option<String>,
    pub from: Option<String>,
    pub store: bool,
    pub online_only: bool,
    pub data_id: Option<String>,
    /// A whole OfflinePushInfo object as JSON, from a file or standard input.
    pub offline_push_info: Option<Source>,
}

/// Who a push goes to, as given on the command line.
#[derive(Debug, Clone, Default)]
pub(crate) struct ConditionSpec {
    pub tags: Vec<String>,
    pub any_tags: Vec<String>,
    pub not_tags: Vec<String>,
    pub attrs: Vec<String>,
    pub any_attrs: Vec<String>,
}

impl Notification {
    pub(crate) fn new(n: &NotificationSpec, identifier: &str) -> Result<Notification, Failure> {
        let mut info = match &n.offline_push_info {
            Some(source) => {
                let text = input::read(
                    "--offline-push-info",
                    source,
                    input::JSON_CAP,
                    Failure::usage,
                )?;
                let src = source.name();
                match serde_json::from_str::<Value>(&text) {
                    Ok(Value::Object(m)) => m,
                    Ok(_) => {
                        return Err(Failure::usage(format!(
                            "--offline-push-info {src}: must hold a JSON object (OfflinePushInfo)"
                        )));
                    }
                    Err(e) => {
                        return Err(Failure::usage(format!(
                            "--offline-push-info {src}: not JSON: {e}"
                        )));
                    }
                }
            }
            None => Map::new(),
        };
        if let Some(ext) = &n.ext {
            crate::wire::check_ext(ext).map_err(Failure::usage)?;
        }
        for (key, v) in [("Title", &n.title), ("Desc", &n.desc), ("Ext", &n.ext)] {
            if let Some(v) = v {
                info.insert(key.into(), v.clone().into());
            }
        }
        if info.is_empty() {
            return Err(Failure::usage(
                "nothing to show: give --title and --desc (or --offline-push-info FILE)",
            ));
        }
        let mut fields = Map::new();
        let from = n.from.clone().unwrap_or_else(|| identifier.to_string());
        fields.insert("From_Account".into(), from.into());
        fields.insert("OfflinePushInfo".into(), Value::Object(info));
        if n.store {
            fields.insert("OnlineOnlyFlag".into(), 0.into());
        } else if n.online_only {
            fields.insert("OnlineOnlyFlag".into(), 1.into());
        }
        if let Some(d) = &n.data_id {
            if d.len() > MAX_DATA_ID_BYTES {
                return Err(Failure::usage(format!(
                    "--data-id is {} bytes; at most {MAX_DATA_ID_BYTES} are allowed",
                    d.len()
                )));
            }
            fields.insert("DataId".into(), d.clone().into());
        }
        Ok(Notification { fields })
    }

    /// What the newest OfflinePushInfo page advises that this notification does not follow
    /// (docs/service.md 3.1), as warnings: it is still sent. Xiaomi devices on Android 8 and
    /// later show an offline push only with `AndroidInfo.XiaoMiChannelID`; `Ext` is best kept
    /// to 1 KB. An online-only push goes through no vendor, so only `Ext` is checked there.
    pub(crate) fn advice(&self) -> Vec<String> {
        let mut out = Vec::new();
        let info = self.fields.get("OfflinePushInfo");
        let online_only = self.fields.get("OnlineOnlyFlag") == Some(&Value::from(1));
        let channel = info
            .and_then(|i| i.get("AndroidInfo"))
            .and_then(|a| a.get("XiaoMiChannelID"))
            .and_then(Value::as_str)
            .is_some_and(|c| !c.trim().is_empty());
        if !online_only && !channel {
            out.push(
                "no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)"
                    .to_string(),
            );
        }
        if let Some(ext) = info.and_then(|i| i.get("Ext")).and_then(Value::as_str)
            && ext.len() > MAX_EXT_ADVISED
        {
            out.push(format!(
                "Ext is {} bytes; the service advises at most {MAX_EXT_ADVISED} (1 KB): a vendor may cut or refuse a larger one",
                ext.len()
            ));
        }
        out
    }

    /// The fields, without MsgRandom (a scheduled push's Content).
    pub(crate) fn fields(&self) -> &Map<String, Value> {
        &self.fields
    }

    /// A body with a fresh MsgRandom and `extra` fields; refused when over 10 KB.
    pub fn body(&self, extra: Map<String, Value>) -> Result<String, Failure> {
        let mut m = self.fields.clone();
        m.insert("MsgRandom".into(), (crate::run::current().random)().into());
        m.extend(extra);
        let text = Value::Object(m).to_string();
        if text.len() > MAX_BODY_BYTES {
            return Err(Failure::usage(format!(
                "the request body would be {} bytes; the service takes at most {MAX_BODY_BYTES} (10 KB): shorten the text, Ext or OfflinePushInfo",
                text.len()
            )));
        }
        Ok(text)
    }
}

/// The accounts of `--to` and `--to-file`, in order, each once, each checked; and how many
/// were given more than once.
pub(crate) fn accounts(
    to: &[String],
    to_file: Option<&str>,
) -> Result<(Vec<String>, usize), Failure> {
    let mut items: Vec<input::Item> = to
        .iter()
        .map(|t| input::Item {
            text: t.clone(),
            origin: "--to".into(),
        })
        .collect();
    if let Some(path) = to_file {
        items.extend(input::list("--to-file", &Source::file_or_stdin(path))?);
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let mut dups = 0;
    for item in items {
        check_account(&item.text).map_err(|e| Failure::usage(format!("{}: {e}", item.origin)))?;
        if seen.insert(item.text.clone()) {
            out.push(item.text);
        } else {
            dups += 1;
        }
    }
    Ok((out, dups))
}

/// A UserID to push to: 1 to 32 bytes, no white space or control characters.
pub(crate) fn check_account(a: &str) -> Result<(), String> {
    let max = crate::usersig::MAX_IDENTIFIER_LEN;
    if a.is_empty() {
        return Err("an account cannot be empty".into());
    }
    if a.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "the account \"{}\" holds white space or control characters",
            crate::sanitize::escape(a)
        ));
    }
    if a.len() > max && !is_registration_id(a) {
        return Err(format!(
            "an account is {} bytes; a UserID is at most {max}, and a RegistrationID is 36 characters such as 379C2F0D-290D-47AE-94D1-919058C39C77",
            a.len()
        ));
    }
    Ok(())
}

/// A RegistrationID, which push and batch take where a UserID goes (docs/service.md 3): the
/// 36-character form of the pages' example, hex in groups of 8, 4, 4, 4 and 12.
pub(crate) fn is_registration_id(a: &str) -> bool {
    let groups: Vec<&str> = a.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn attrs(list: &[String], flag: &str) -> Result<Map<String, Value>, Failure> {
    let mut m = Map::new();
    for a in list {
        match a.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => {
                m.insert(k.trim().to_string(), v.to_string().into());
            }
            _ => {
                return Err(Failure::usage(format!("{flag} {a:?} must be KEY=VALUE")));
            }
        }
    }
    Ok(m)
}

/// The push's Condition; `None` for all users.
pub(crate) fn condition(args: &ConditionSpec) -> Result<Option<Value>, Failure> {
    let lists = [
        ("TagsAnd", "--tag", &args.tags),
        ("TagsOr", "--any-tag", &args.any_tags),
        ("TagsNot", "--not-tag", &args.not_tags),
    ];
    let mut cond = Map::new();
    let mut seen: Vec<&str> = Vec::new();
    for (key, flag, list) in lists {
        for t in list.iter() {
            if t.is_empty() {
                return Err(Failure::usage(format!("{flag}: a tag cannot be empty")));
            }
            if t.len() > MAX_TAG_BYTES {
                return Err(Failure::usage(format!(
                    "{flag} {t:?} is {} bytes; a tag is at most {MAX_TAG_BYTES}",
                    t.len()
                )));
            }
            if seen.contains(&t.as_str()) {
                return Err(Failure::usage(format!(
                    "tag {t:?} is given twice; list each tag once"
                )));
            }
            seen.push(t);
        }
        if !list.is_empty() {
            cond.insert(key.into(), Value::from(list.clone()));
        }
    }
    if seen.len() > MAX_TAGS {
        return Err(Failure::usage(format!(
            "{} tags given; a push takes at most {MAX_TAGS}",
            seen.len()
        )));
    }
    let and = attrs(&args.attrs, "--attr")?;
    let or = attrs(&args.any_attrs, "--any-attr")?;
    if !seen.is_empty() && (!and.is_empty() || !or.is_empty()) {
        return Err(Failure::usage(
            "tags and attributes cannot be mixed in one push: use either --tag/--any-tag/--not-tag or --attr/--any-attr",
        ));
    }
    if !and.is_empty() {
        cond.insert("AttrsAnd".into(), Value::Object(and));
    }
    if !or.is_empty() {
        cond.insert("AttrsOr".into(), Value::Object(or));
    }
    Ok((!cond.is_empty()).then_some(Value::Object(cond)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn push(tags: &[&str], attrs: &[&str]) -> ConditionSpec {
        ConditionSpec {
            tags: tags.iter().map(|s| s.to_string()).collect(),
            attrs: attrs.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn conditions_and_their_limits() {
        assert_eq!(condition(&push(&[], &[])).unwrap(), None);
        assert_eq!(
            condition(&push(&["a", "b"], &[])).unwrap(),
            Some(serde_json::json!({"TagsAnd": ["a", "b"]}))
        );
        assert_eq!(
            condition(&push(&[], &["city=Paris"])).unwrap(),
            Some(serde_json::json!({"AttrsAnd": {"city": "Paris"}}))
        );
        let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        let refs: Vec<&str> = eleven.iter().map(String::as_str).collect();
        assert!(
            condition(&push(&refs, &[]))
                .unwrap_err()
                .message
                .contains("at most 10")
        );
        let long = "x".repeat(51);
        assert!(
            condition(&push(&[&long], &[]))
                .unwrap_err()
                .message
                .contains("at most 50")
        );
        assert!(
            condition(&push(&["a", "a"], &[]))
                .unwrap_err()
                .message
                .contains("twice")
        );
        assert!(
            condition(&push(&["a"], &["k=v"]))
                .unwrap_err()
                .message
                .contains("cannot be mixed")
        );
        assert!(
            condition(&push(&[], &["nokey"]))
                .unwrap_err()
                .message
                .contains("KEY=VALUE")
        );
    }

    #[test]
    fn bodies_carry_a_fresh_msgrandom_and_stay_under_10_kb() {
        let n = NotificationSpec {
            title: Some("T".into()),
            desc: Some("D".into()),
            store: true,
            ..Default::default()
        };
        let note = Notification::new(&n, "administrator").unwrap();
        let a: Value = serde_json::from_str(&note.body(Map::new()).unwrap()).unwrap();
        assert_eq!(a["From_Account"], "administrator");
        assert_eq!(a["OnlineOnlyFlag"], 0);
        assert_eq!(
            a["OfflinePushInfo"],
            serde_json::json!({"Title": "T", "Desc": "D"})
        );
        assert!(a["MsgRandom"].as_u64().unwrap() <= u32::MAX as u64);
        let big = NotificationSpec {
            desc: Some("x".repeat(11 * 1024)),
            ..Default::default()
        };
        let note = Notification::new(&big, "a").unwrap();
        assert!(note.body(Map::new()).unwrap_err().message.contains("10 KB"));
        let bad = NotificationSpec {
            data_id: Some("d".repeat(65)),
            title: Some("t".into()),
            ..Default::default()
        };
        assert!(
            Notification::new(&bad, "a")
                .unwrap_err()
                .message
                .contains("at most 64")
        );
        assert!(Notification::new(&NotificationSpec::default(), "a").is_err());
    }

    /// The newest OfflinePushInfo page's advice: a Xiaomi channel (not needed for an online-only
    /// push, which no vendor carries), and Ext at most 1 KB; said, never refused.
    #[test]
    fn advice_follows_the_offline_push_info_page() {
        let dir = tempfile::tempdir().unwrap();
        let note = |info: Option<&str>, ext: Option<String>, online_only: bool| {
            let offline_push_info = info.map(|text| {
                let p = dir.path().join(format!("{}.json", rand::random::<u32>()));
                std::fs::write(&p, text).unwrap();
                Source::File(p)
            });
            Notification::new(
                &NotificationSpec {
                    title: Some("T".into()),
                    desc: Some("D".into()),
                    ext,
                    online_only,
                    offline_push_info,
                    ..Default::default()
                },
                "admin",
            )
            .unwrap()
            .advice()
        };
        let xiaomi = "no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)";
        assert_eq!(note(None, None, false), [xiaomi]);
        assert_eq!(
            note(Some(r#"{"AndroidInfo": {"Sound": "a"}}"#), None, false),
            [xiaomi]
        );
        assert_eq!(
            note(
                Some(r#"{"AndroidInfo": {"XiaoMiChannelID": " "}}"#),
                None,
                false
            ),
            [xiaomi]
        );
        let with_channel = r#"{"AndroidInfo": {"XiaoMiChannelID": "high_system"}}"#;
        assert!(note(Some(with_channel), None, false).is_empty());
        assert!(note(None, None, true).is_empty(), "online only: no vendor");
        let big = format!("{{\"k\":\"{}\"}}", "x".repeat(1100));
        assert_eq!(
            note(Some(with_channel), Some(big.clone()), false),
            [format!(
                "Ext is {} bytes; the service advises at most 1024 (1 KB): a vendor may cut or refuse a larger one",
                big.len()
            )]
        );
        let just = format!("{{\"k\":\"{}\"}}", "x".repeat(1024 - 8));
        assert_eq!(just.len(), 1024);
        assert!(note(Some(with_channel), Some(just), false).is_empty());
    }

    /// An account is a UserID of at most 32 bytes, or a RegistrationID (36 characters).
    #[test]
    fn accounts_are_user_ids_or_registration_ids() {
        assert!(check_account("379C2F0D-290D-47AE-94D1-919058C39C77").is_ok());
        assert!(check_account("379c2f0d-290d-47ae-94d1-919058c39c77").is_ok());
        assert!(check_account(&"u".repeat(32)).is_ok());
        for bad in [
            "379C2F0D-290D-47AE-94D1-919058C39C7Z",
            "379C2F0D290D47AE94D1919058C39C77abcd",
            "379C2F0D-290D-47AE-94D1919058C39C77-",
            &"u".repeat(33),
        ] {
            assert_eq!(
                check_account(bad).unwrap_err(),
                format!(
                    "an account is {} bytes; a UserID is at most 32, and a RegistrationID is 36 characters such as 379C2F0D-290D-47AE-94D1-919058C39C77",
                    bad.len()
                ),
                "{bad}"
            );
        }
    }
}

/// Who a push goes to, stated: in words for people, and as a JSON object (never a string
/// holding JSON) for scripts and the journal.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stated {
    pub text: String,
    pub json: Value,
}

/// The audience of a push with `cond` (none: all users).
pub(crate) fn stated_condition(cond: Option<&Value>) -> Stated {
    let Some(cond) = cond else {
        return Stated {
            text: "all users".into(),
            json: serde_json::json!({"kind": "all", "text": "all users"}),
        };
    };
    let list = |k: &str| -> Option<String> {
        let words: Vec<String> = cond
            .get(k)?
            .as_array()?
            .iter()
            .map(|t| crate::sanitize::escape(t.as_str().unwrap_or_default()))
            .collect();
        (!words.is_empty()).then(|| words.join(", "))
    };
    let attrs = |k: &str| -> Option<String> {
        let m = cond.get(k)?.as_object()?;
        let words: Vec<String> = m
            .iter()
            .map(|(n, v)| {
                let v = match v {
                    Value::String(s) => s.clone(),
                    Value::Array(a) => a
                        .iter()
                        .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                        .collect::<Vec<_>>()
                        .join("|"),
                    other => other.to_string(),
                };
                format!(
                    "{}={}",
                    crate::sanitize::escape(n),
                    crate::sanitize::escape(&v)
                )
            })
            .collect();
        (!words.is_empty()).then(|| words.join(", "))
    };
    let mut parts = Vec::new();
    if let Some(w) = list("TagsAnd") {
        parts.push(format!("all of tags: {w}"));
    }
    if let Some(w) = list("TagsOr") {
        parts.push(format!("any of tags: {w}"));
    }
    if let Some(w) = list("TagsNot") {
        parts.push(format!("none of tags: {w}"));
    }
    if let Some(w) = attrs("AttrsAnd") {
        parts.push(format!("all of attributes: {w}"));
    }
    if let Some(w) = attrs("AttrsOr") {
        parts.push(format!("any of attributes: {w}"));
    }
    let text = if parts.is_empty() {
        "users matching an empty condition".to_string()
    } else {
        format!("users with {}", parts.join(" and "))
    };
    Stated {
        json: serde_json::json!({"kind": "condition", "condition": cond, "text": text}),
        text,
    }
}

/// The audience of a push to listed accounts: how many, and the first few.
pub(crate) fn stated_accounts(accounts: &[String]) -> Stated {
    const SHOWN: usize = 3;
    let first: Vec<String> = accounts
        .iter()
        .take(SHOWN)
        .map(|a| crate::sanitize::escape(a))
        .collect();
    let more = accounts.len().saturating_sub(SHOWN);
    let text = format!(
        "{} listed account{}: {}{}",
        accounts.len(),
        if accounts.len() == 1 { "" } else { "s" },
        first.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
    );
    Stated {
        json: serde_json::json!({
            "kind": "accounts",
            "count": accounts.len(),
            "first": accounts.iter().take(SHOWN).collect::<Vec<_>>(),
            "text": text,
        }),
        text,
    }
}

/// The audience a scheduled task names: its `Content` (the push body; an object, or JSON text)
/// and its `Type` (`All`, `Tag`, `User`). `None` when neither says.
pub(crate) fn stated_task(content: Option<&Value>, kind: &str) -> Option<Stated> {
    let parsed;
    let body = match content {
        Some(Value::String(s)) => {
            parsed = serde_json::from_str::<Value>(s).ok();
            parsed.as_ref()
        }
        other => other,
    };
    match body {
        Some(b) if b.get("To_Account").is_some() || b.get("Condition").is_some() => {
            stated_content(b)
        }
        _ if kind.eq_ignore_ascii_case("all") => Some(stated_condition(None)),
        _ => None,
    }
}

fn stated_content(body: &Value) -> Option<Stated> {
    if let Some(to) = body.get("To_Account").and_then(Value::as_array) {
        let accounts: Vec<String> = to
            .iter()
            .filter_map(|a| a.as_str().map(str::to_string))
            .collect();
        return Some(stated_accounts(&accounts));
    }
    Some(stated_condition(body.get("Condition")))
}
