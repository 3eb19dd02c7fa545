//! The nine audience commands as the newest pages describe them (docs/service.md 9), spelled
//! and limited here from the pages, not from the client's tables: tags and attributes per
//! account, the app's attribute names and kinds, `ErrorList` for accounts that do not exist
//! (`unknown…`, as for batch) or are of the other kind, 100 calls a second per command. A push
//! to tags or attributes reaches the accounts that hold them (see [`matching`]).

use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::time::{Duration, Instant};

use super::reply::{fail, ok_with};
use crate::httpd::Response;

/// The commands, by the last part of their path.
pub(super) const COMMANDS: [&str; 9] = [
    "set_attr_name",
    "get_attr_name",
    "get_attr",
    "set_attr",
    "remove_attr",
    "get_tag",
    "add_tag",
    "remove_tag",
    "clear_all_tags",
];

const PER_SECOND: usize = 100;
const PER_CALL: usize = 100;
const MAX_TEXT: usize = 50;
const APP_TAGS: usize = 1000;
const USER_TAGS: usize = 100;

/// One account's tags and attributes.
#[derive(Debug, Default, Clone)]
pub(super) struct Holder {
    pub(super) tags: BTreeSet<String>,
    pub(super) attrs: BTreeMap<String, String>,
}

/// One app's audience.
#[derive(Debug, Default)]
pub(super) struct Audience {
    pub(super) users: HashMap<String, Holder>,
    /// Attribute names by index, with their kind (true: RegistrationIDs).
    names: BTreeMap<u8, (String, bool)>,
    /// The kind each tag was first used with.
    tag_kinds: HashMap<String, bool>,
    recent: HashMap<&'static str, VecDeque<Instant>>,
    /// Accounts each command took (calls answered OK), for the control endpoint: a run that
    /// resumes after Ctrl-C can be seen to send no account twice.
    received: BTreeMap<&'static str, u64>,
    /// Calls refused for going over 100 a second (60007).
    throttled: u64,
}

/// The documented RegistrationID form: 36 characters, hex in groups of 8-4-4-4-12.
fn registration(a: &str) -> bool {
    let b = a.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                *c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// An account that does not exist (`unknown…`, as for batch) is answered in `ErrorList` with
/// 70107: true when `a` is one, its entry added to `errors`.
fn refused_unknown(a: &str, errors: &mut Vec<Value>) -> bool {
    let missing = a.starts_with("unknown");
    if missing {
        errors.push(entry(a, 70107, "account does not exist"));
    }
    missing
}

fn entry(account: &str, code: i64, info: &str) -> Value {
    json!({"To_Account": account, "ErrorCode": code, "ErrorInfo": info})
}

fn answered(extra: Map<String, Value>, errors: Vec<Value>) -> Response {
    let mut m = extra;
    if !errors.is_empty() {
        m.insert("ErrorList".into(), Value::Array(errors));
    }
    ok_with(m)
}

/// An account list: `To_Account`, 1 to 100 strings.
fn accounts(body: &Value) -> Result<Vec<String>, Response> {
    let Some(list) = body.get("To_Account").and_then(Value::as_array) else {
        return Err(fail(90001, "To_Account must be an array of accounts"));
    };
    users_count(list.len())?;
    list.iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| fail(90001, "To_Account entries must be strings"))
        })
        .collect()
}

fn users_count(n: usize) -> Result<(), Response> {
    if n == 0 {
        return Err(fail(90001, "no account in the request"));
    }
    if n > PER_CALL {
        return Err(fail(90018, "more than 100 accounts in one request"));
    }
    Ok(())
}

/// `UserTags` / `UserAttrs`: entries of an account and a value.
fn users<'a>(
    body: &'a Value,
    key: &str,
    inner: &str,
) -> Result<Vec<(String, &'a Value)>, Response> {
    let Some(list) = body.get(key).and_then(Value::as_array) else {
        return Err(fail(90001, &format!("{key} must be an array")));
    };
    users_count(list.len())?;
    list.iter()
        .map(|u| {
            let to = u.get("To_Account").and_then(Value::as_str);
            match (to, u.get(inner)) {
                (Some(a), Some(v)) => Ok((a.to_string(), v)),
                _ => Err(fail(
                    90001,
                    &format!("each {key} entry needs To_Account and {inner}"),
                )),
            }
        })
        .collect()
}

fn strings(v: &Value, what: &str) -> Result<Vec<String>, Response> {
    let Some(a) = v.as_array() else {
        return Err(fail(90001, &format!("{what} must be an array of strings")));
    };
    a.iter()
        .map(|s| {
            s.as_str()
                .map(str::to_string)
                .ok_or_else(|| fail(90001, &format!("{what} must be an array of strings")))
        })
        .collect()
}

fn check_tag(t: &str) -> Result<(), Response> {
    if t.is_empty() {
        return Err(fail(90040, "empty tag"));
    }
    if t.len() > MAX_TEXT {
        return Err(fail(90020, "a tag is longer than 50 bytes"));
    }
    Ok(())
}

impl Audience {
    /// One call of `command` (one of [`COMMANDS`]).
    pub(super) fn call(&mut self, rate_limit: bool, command: &str, body: &Value) -> Response {
        let Some(name) = COMMANDS.iter().find(|c| **c == command) else {
            return Response::html(404, "Not Found");
        };
        if rate_limit {
            let t = Instant::now();
            let recent = self.recent.entry(name).or_default();
            while recent
                .front()
                .is_some_and(|f| t.duration_since(*f) >= Duration::from_secs(1))
            {
                recent.pop_front();
            }
            if recent.len() >= PER_SECOND {
                self.throttled += 1;
                return fail(60007, "more than 100 calls a second of this command");
            }
            recent.push_back(t);
        }
        let accounts = ["To_Account", "UserTags", "UserAttrs"]
            .iter()
            .find_map(|k| body.get(*k).and_then(Value::as_array))
            .map_or(0, Vec::len) as u64;
        let out = match command {
            "set_attr_name" => self.set_attr_name(body),
            "get_attr_name" => Ok(self.get_attr_name()),
            "get_attr" => self.get(body, false),
            "get_tag" => self.get(body, true),
            "set_attr" => self.set_attr(body),
            "remove_attr" => self.remove_attr(body),
            "add_tag" => self.add_tag(body),
            "remove_tag" => self.remove_tag(body),
            _ => self.clear_all_tags(body),
        };
        match out {
            Ok(r) => {
                *self.received.entry(name).or_default() += accounts;
                r
            }
            Err(r) => r,
        }
    }

    /// What the control endpoint shows: accounts taken per command, accounts holding tags or
    /// attributes, distinct tags.
    pub(super) fn state(&self) -> Value {
        json!({
            "received": self.received,
            "holders": self.users.values().filter(|h| !h.tags.is_empty() || !h.attrs.is_empty()).count(),
            "tags": self.tag_kinds.len(),
            "throttled": self.throttled,
        })
    }

    fn set_attr_name(&mut self, body: &Value) -> Result<Response, Response> {
        let Some(names) = body.get("AttrNames").and_then(Value::as_object) else {
            return Err(fail(90001, "AttrNames must be an object"));
        };
        let types = match body.get("AttrTypes") {
            None => Map::new(),
            Some(Value::Object(m)) => m.clone(),
            Some(_) => return Err(fail(90001, "AttrTypes must be an object")),
        };
        let mut next = self.names.clone();
        for (k, v) in names {
            let Some(i) = k.parse::<u8>().ok().filter(|i| *i < 10) else {
                return Err(fail(90033, &format!("attribute index {k} is not 0 to 9")));
            };
            let Some(n) = v.as_str().filter(|n| !n.is_empty() && n.len() <= MAX_TEXT) else {
                return Err(fail(
                    90033,
                    &format!("attribute {k}: a name of 1 to 50 bytes"),
                ));
            };
            let kind = match types.get(k).map(Value::as_i64) {
                None => next.get(&i).is_some_and(|(_, r)| *r),
                Some(Some(0)) => false,
                Some(Some(1)) => true,
                Some(_) => return Err(fail(90033, &format!("AttrTypes.{k} must be 0 or 1"))),
            };
            if let Some((_, old)) = self.names.get(&i)
                && *old != kind
            {
                return Err(fail(
                    90033,
                    &format!("the type of attribute {k} cannot be changed"),
                ));
            }
            if let Some((j, _)) = next.iter().find(|(j, (nn, _))| **j != i && nn == n) {
                return Err(fail(
                    90033,
                    &format!("attrName:{n} already exists at index:{j}"),
                ));
            }
            next.insert(i, (n.to_string(), kind));
        }
        if let Some(k) = types.keys().find(|k| !names.contains_key(*k)) {
            return Err(fail(90033, &format!("AttrTypes.{k} is not in AttrNames")));
        }
        self.names = next;
        Ok(ok_with(Map::new()))
    }

    fn get_attr_name(&self) -> Response {
        let mut names = Map::new();
        let mut types = Map::new();
        for (i, (n, r)) in &self.names {
            names.insert(i.to_string(), n.clone().into());
            types.insert(i.to_string(), u8::from(*r).into());
        }
        let mut m = Map::new();
        m.insert("AttrNames".into(), Value::Object(names));
        m.insert("AttrTypes".into(), Value::Object(types));
        ok_with(m)
    }

    fn get(&self, body: &Value, tags: bool) -> Result<Response, Response> {
        let mut found = Vec::new();
        let mut errors = Vec::new();
        for a in accounts(body)? {
            if refused_unknown(&a, &mut errors) {
                continue;
            }
            let h = self.users.get(&a).cloned().unwrap_or_default();
            found.push(if tags {
                json!({"To_Account": a, "Tags": h.tags})
            } else {
                json!({"To_Account": a, "Attrs": h.attrs})
            });
        }
        let mut m = Map::new();
        m.insert(
            if tags { "UserTags" } else { "UserAttrs" }.into(),
            Value::Array(found),
        );
        Ok(answered(m, errors))
    }

    /// The index of attribute `name`, with its kind.
    fn attr(&self, name: &str) -> Option<bool> {
        self.names
            .values()
            .find(|(n, _)| n == name)
            .map(|(_, r)| *r)
    }

    fn set_attr(&mut self, body: &Value) -> Result<Response, Response> {
        let list = users(body, "UserAttrs", "Attrs")?;
        let mut checked = Vec::new();
        for (a, attrs) in list {
            let Some(attrs) = attrs.as_object() else {
                return Err(fail(90001, "Attrs must be an object"));
            };
            let mut pairs = Vec::new();
            for (k, v) in attrs {
                let Some(kind) = self.attr(k) else {
                    return Err(fail(
                        90033,
                        &format!("attribute {k} is not set for the app"),
                    ));
                };
                let Some(v) = v.as_str().filter(|v| v.len() <= MAX_TEXT) else {
                    return Err(fail(
                        90033,
                        &format!("attribute {k}: a string of at most 50 bytes"),
                    ));
                };
                pairs.push((k.clone(), v.to_string(), kind));
            }
            checked.push((a, pairs));
        }
        let mut errors = Vec::new();
        for (a, pairs) in checked {
            if refused_unknown(&a, &mut errors) {
                continue;
            }
            if pairs.iter().any(|(_, _, kind)| *kind != registration(&a)) {
                errors.push(entry(
                    &a,
                    90035,
                    "attribute bound to the other account type",
                ));
                continue;
            }
            let h = self.users.entry(a).or_default();
            for (k, v, _) in pairs {
                h.attrs.insert(k, v);
            }
        }
        Ok(answered(Map::new(), errors))
    }

    fn remove_attr(&mut self, body: &Value) -> Result<Response, Response> {
        let list = users(body, "UserAttrs", "Attrs")?;
        let mut checked = Vec::new();
        for (a, names) in list {
            let names = strings(names, "Attrs")?;
            if let Some(n) = names.iter().find(|n| self.attr(n).is_none()) {
                return Err(fail(
                    90033,
                    &format!("attribute {n} is not set for the app"),
                ));
            }
            checked.push((a, names));
        }
        let mut errors = Vec::new();
        for (a, names) in checked {
            if refused_unknown(&a, &mut errors) {
                continue;
            }
            if let Some(h) = self.users.get_mut(&a) {
                for n in names {
                    h.attrs.remove(&n);
                }
            }
        }
        Ok(answered(Map::new(), errors))
    }

    fn add_tag(&mut self, body: &Value) -> Result<Response, Response> {
        let replace = match body.get("Replace") {
            None => false,
            Some(v) => match v.as_i64() {
                Some(0) => false,
                Some(1) => true,
                _ => return Err(fail(90001, "Replace must be 0 or 1")),
            },
        };
        let list = users(body, "UserTags", "Tags")?;
        let most = if replace { USER_TAGS } else { 10 };
        let mut checked = Vec::new();
        for (a, tags) in list {
            let tags = strings(tags, "Tags")?;
            if tags.len() > most {
                return Err(fail(
                    90032,
                    "more than 10 tags for an account in one add-tag request",
                ));
            }
            for t in &tags {
                check_tag(t)?;
            }
            checked.push((a, tags));
        }
        let mut errors = Vec::new();
        for (a, tags) in checked {
            if refused_unknown(&a, &mut errors) {
                continue;
            }
            let kind = registration(&a);
            if tags
                .iter()
                .any(|t| self.tag_kinds.get(t).is_some_and(|k| *k != kind))
            {
                errors.push(entry(&a, 90035, "tag bound to the other account type"));
                continue;
            }
            let new: Vec<&String> = tags
                .iter()
                .filter(|t| !self.tag_kinds.contains_key(*t))
                .collect();
            if self.tag_kinds.len() + new.len() > APP_TAGS {
                errors.push(entry(&a, 90032, "the app has 1000 distinct tags"));
                continue;
            }
            let held = self.users.get(&a).map_or(0, |h| h.tags.len());
            let after = if replace {
                tags.len()
            } else {
                held + tags
                    .iter()
                    .filter(|t| !self.users.get(&a).is_some_and(|h| h.tags.contains(*t)))
                    .count()
            };
            if after > USER_TAGS {
                errors.push(entry(&a, 90032, "an account holds at most 100 tags"));
                continue;
            }
            for t in &tags {
                self.tag_kinds.entry(t.clone()).or_insert(kind);
            }
            let h = self.users.entry(a).or_default();
            if replace {
                h.tags.clear();
            }
            h.tags.extend(tags);
        }
        Ok(answered(Map::new(), errors))
    }

    fn remove_tag(&mut self, body: &Value) -> Result<Response, Response> {
        let list = users(body, "UserTags", "Tags")?;
        let mut checked = Vec::new();
        for (a, tags) in list {
            let tags = strings(tags, "Tags")?;
            for t in &tags {
                check_tag(t)?;
            }
            checked.push((a, tags));
        }
        let mut errors = Vec::new();
        for (a, tags) in checked {
            if refused_unknown(&a, &mut errors) {
                continue;
            }
            if let Some(h) = self.users.get_mut(&a) {
                for t in &tags {
                    h.tags.remove(t);
                }
            }
        }
        Ok(answered(Map::new(), errors))
    }

    fn clear_all_tags(&mut self, body: &Value) -> Result<Response, Response> {
        let mut errors = Vec::new();
        for a in accounts(body)? {
            if refused_unknown(&a, &mut errors) {
                continue;
            }
            if let Some(h) = self.users.get_mut(&a) {
                h.tags.clear();
            }
        }
        Ok(answered(Map::new(), errors))
    }

    /// The accounts a push `Condition` reaches, once the app holds any tag or attribute
    /// (before that, a tag push reaches the emulator's stand-in audience). Sorted.
    pub(super) fn matching(&self, cond: &Value) -> Option<Vec<String>> {
        if self
            .users
            .values()
            .all(|h| h.tags.is_empty() && h.attrs.is_empty())
        {
            return None;
        }
        let list = |k: &str| -> Vec<&str> {
            cond.get(k)
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default()
        };
        let (and, or, not) = (list("TagsAnd"), list("TagsOr"), list("TagsNot"));
        let attrs = |k: &str| -> Vec<(String, Vec<String>)> {
            cond.get(k)
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(n, v)| {
                            let vals = match v {
                                Value::Array(a) => a
                                    .iter()
                                    .filter_map(Value::as_str)
                                    .map(str::to_string)
                                    .collect(),
                                Value::String(s) => vec![s.clone()],
                                other => vec![other.to_string()],
                            };
                            (n.clone(), vals)
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let (attrs_and, attrs_or) = (attrs("AttrsAnd"), attrs("AttrsOr"));
        let has = |h: &Holder, (n, vals): &(String, Vec<String>)| {
            h.attrs.get(n).is_some_and(|v| vals.contains(v))
        };
        let mut out: Vec<String> = self
            .users
            .iter()
            .filter(|(_, h)| {
                and.iter().all(|t| h.tags.contains(*t))
                    && (or.is_empty() || or.iter().any(|t| h.tags.contains(*t)))
                    && !not.iter().any(|t| h.tags.contains(*t))
                    && attrs_and.iter().all(|p| has(h, p))
                    && (attrs_or.is_empty() || attrs_or.iter().any(|p| has(h, p)))
            })
            .map(|(a, _)| a.clone())
            .collect();
        out.sort();
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(r: Response) -> Value {
        serde_json::from_str(&r.body).unwrap()
    }

    const REG: &str = "379C2F0D-290D-47AE-94D1-919058C39C77";

    #[test]
    fn tags_are_held_and_limited_as_the_pages_say() {
        let mut a = Audience::default();
        let add = |a: &mut Audience, body: Value| answer(a.call(false, "add_tag", &body));
        let v = add(
            &mut a,
            json!({"UserTags":[{"To_Account":"alice","Tags":["vip","beta"]},{"To_Account":"unknown1","Tags":["vip"]}]}),
        );
        assert_eq!(v["ErrorCode"], 0);
        assert_eq!(
            v["ErrorList"],
            json!([{"To_Account":"unknown1","ErrorCode":70107,"ErrorInfo":"account does not exist"}])
        );
        // A tag used with UserIDs is refused for a RegistrationID.
        let v = add(
            &mut a,
            json!({"UserTags":[{"To_Account":REG,"Tags":["vip"]}]}),
        );
        assert_eq!(v["ErrorList"][0]["ErrorCode"], 90035);
        let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        assert_eq!(
            add(
                &mut a,
                json!({"UserTags":[{"To_Account":"bob","Tags":eleven}]})
            )["ErrorCode"],
            90032
        );
        assert_eq!(
            add(
                &mut a,
                json!({"Replace":1,"UserTags":[{"To_Account":"bob","Tags":eleven}]})
            )["ErrorCode"],
            0
        );
        assert_eq!(
            add(
                &mut a,
                json!({"UserTags":[{"To_Account":"bob","Tags":["x".repeat(51)]}]})
            )["ErrorCode"],
            90020
        );
        assert_eq!(
            add(
                &mut a,
                json!({"UserTags":[{"To_Account":"bob","Tags":[""]}]})
            )["ErrorCode"],
            90040
        );
        let many: Vec<Value> = (0..101)
            .map(|i| json!({"To_Account": format!("u{i}"), "Tags": ["x"]}))
            .collect();
        assert_eq!(add(&mut a, json!({"UserTags": many}))["ErrorCode"], 90018);
        let v = answer(a.call(false, "get_tag", &json!({"To_Account":["alice","bob"]})));
        assert_eq!(
            v["UserTags"][0],
            json!({"To_Account":"alice","Tags":["beta","vip"]})
        );
        assert_eq!(v["UserTags"][1]["Tags"].as_array().unwrap().len(), 11);
        // Who a push to tags reaches.
        assert_eq!(
            a.matching(&json!({"TagsAnd":["vip","beta"]})),
            Some(vec!["alice".to_string()])
        );
        assert_eq!(
            a.matching(&json!({"TagsOr":["t0","beta"]})),
            Some(vec!["alice".to_string(), "bob".to_string()])
        );
        assert_eq!(
            a.matching(&json!({"TagsOr":["t0","beta"],"TagsNot":["vip"]})),
            Some(vec!["bob".to_string()])
        );
        answer(a.call(
            false,
            "remove_tag",
            &json!({"UserTags":[{"To_Account":"alice","Tags":["vip"]}]}),
        ));
        answer(a.call(false, "clear_all_tags", &json!({"To_Account":["bob"]})));
        assert_eq!(a.matching(&json!({"TagsOr":["vip","t0"]})), Some(vec![]));
        // Accounts of calls answered OK: 2, then 1, then the replace of 1.
        assert_eq!(a.state()["received"]["add_tag"], 4);
    }

    #[test]
    fn attributes_need_their_names_and_keep_their_kinds() {
        let mut a = Audience::default();
        let call = |a: &mut Audience, c: &str, body: Value| answer(a.call(false, c, &body));
        assert_eq!(
            call(
                &mut a,
                "set_attr",
                json!({"UserAttrs":[{"To_Account":"alice","Attrs":{"plan":"gold"}}]})
            )["ErrorCode"],
            90033
        );
        assert_eq!(
            call(
                &mut a,
                "set_attr_name",
                json!({"AttrNames":{"0":"plan","1":"device"},"AttrTypes":{"1":1}})
            )["ErrorCode"],
            0
        );
        let v = call(&mut a, "set_attr_name", json!({"AttrNames":{"2":"plan"}}));
        assert_eq!(
            (v["ErrorCode"].clone(), v["ErrorInfo"].clone()),
            (
                json!(90033),
                json!("attrName:plan already exists at index:0")
            )
        );
        assert_eq!(
            call(
                &mut a,
                "set_attr_name",
                json!({"AttrNames":{"1":"device"},"AttrTypes":{"1":0}})
            )["ErrorCode"],
            90033
        );
        assert_eq!(
            call(&mut a, "get_attr_name", json!({})),
            json!({"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"AttrNames":{"0":"plan","1":"device"},"AttrTypes":{"0":0,"1":1}})
        );
        let v = call(
            &mut a,
            "set_attr",
            json!({"UserAttrs":[{"To_Account":"alice","Attrs":{"plan":"gold"}},{"To_Account":"alice","Attrs":{"device":"phone"}}]}),
        );
        assert_eq!(
            v["ErrorList"],
            json!([{"To_Account":"alice","ErrorCode":90035,"ErrorInfo":"attribute bound to the other account type"}])
        );
        assert_eq!(
            a.matching(&json!({"AttrsAnd":{"plan":"gold"}})),
            Some(vec!["alice".to_string()])
        );
        assert_eq!(
            a.matching(&json!({"AttrsOr":{"plan":["silver"]}})),
            Some(vec![])
        );
        call(
            &mut a,
            "remove_attr",
            json!({"UserAttrs":[{"To_Account":"alice","Attrs":["plan"]}]}),
        );
        assert_eq!(
            call(&mut a, "get_attr", json!({"To_Account":["alice"]}))["UserAttrs"],
            json!([{"To_Account":"alice","Attrs":{}}])
        );
    }

    #[test]
    fn each_command_takes_100_calls_a_second() {
        let mut a = Audience::default();
        for _ in 0..100 {
            assert_eq!(
                answer(a.call(true, "get_tag", &json!({"To_Account":["a"]})))["ErrorCode"],
                0
            );
        }
        assert_eq!(
            answer(a.call(true, "get_tag", &json!({"To_Account":["a"]})))["ErrorCode"],
            60007
        );
        // Each command has its own count.
        assert_eq!(
            answer(a.call(true, "get_attr", &json!({"To_Account":["a"]})))["ErrorCode"],
            0
        );
    }
}
