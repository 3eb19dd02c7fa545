//! The answer objects every emulated command builds: `ActionStatus`, `ErrorInfo`, `ErrorCode`,
//! and what a command adds. Kept apart from the service's state (`model`), which the audience's
//! commands also read, so that neither imports the other back.

use serde_json::{Map, Value};

use crate::httpd::Response;

pub(super) fn answer(code: i64, info: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(
        "ActionStatus".into(),
        if code == 0 { "OK" } else { "FAIL" }.into(),
    );
    m.insert("ErrorInfo".into(), info.into());
    m.insert("ErrorCode".into(), code.into());
    m
}

pub(super) fn fail(code: i64, info: &str) -> Response {
    Response::json(Value::Object(answer(code, info)).to_string())
}

pub(super) fn ok_with(extra: Map<String, Value>) -> Response {
    let mut m = answer(0, "");
    m.extend(extra);
    Response::json(Value::Object(m).to_string())
}
