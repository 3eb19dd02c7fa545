//! The wire format of v4/timpush/revoke: the request body and the service's answer.

use serde::Serialize;
use serde_json::Value;

/// The replacement notification sent with a recall.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct OfflinePushInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) desc: Option<String>,
    /// JSON text, sent as a string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) ext: Option<String>,
}

/// The most bytes of a request body the service takes (docs/service.md 3).
pub(crate) const MAX_BODY_BYTES: usize = 10 * 1024;

impl OfflinePushInfo {
    /// From the flags; `None` when none was given. `ext` must be valid JSON text.
    pub(crate) fn from_flags(
        title: Option<String>,
        desc: Option<String>,
        ext: Option<String>,
    ) -> Result<Option<OfflinePushInfo>, String> {
        if let Some(e) = &ext {
            check_ext(e)?;
        }
        if title.is_none() && desc.is_none() && ext.is_none() {
            return Ok(None);
        }
        let info = OfflinePushInfo { title, desc, ext };
        // The longest TaskId is 256 bytes: a body with this info and any TaskId must fit.
        let body = RevokeBody {
            task_id: &"x".repeat(256),
            offline_push_info: Some(&info),
        }
        .to_json();
        if body.len() > MAX_BODY_BYTES {
            return Err(format!(
                "--title, --desc and --ext would make the request body up to {} bytes; the service takes at most {MAX_BODY_BYTES} (10 KB): shorten them",
                body.len()
            ));
        }
        Ok(Some(info))
    }
}

/// `--ext` must be JSON text (it is sent as a string holding JSON).
pub(crate) fn check_ext(ext: &str) -> Result<(), String> {
    serde_json::from_str::<Value>(ext)
        .map(|_| ())
        .map_err(|e| format!("--ext must be JSON text, such as '{{\"k\":\"v\"}}': {e}"))
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct RevokeBody<'a> {
    pub(crate) task_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) offline_push_info: Option<&'a OfflinePushInfo>,
}

impl RevokeBody<'_> {
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the body serializes")
    }
}

/// What the service answered, as sent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ServiceAnswer {
    pub(crate) action_status: Value,
    pub(crate) error_code: i64,
    pub(crate) error_info: Value,
    /// The whole answer object, for commands that answer more (push: TaskId, ErrorList).
    pub(crate) raw: Value,
}

impl ServiceAnswer {
    pub(crate) fn error_info_text(&self) -> String {
        match &self.error_info {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }
}

/// Why a body is not a service answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnswerProblem {
    NotJson,
    NoErrorCode,
    /// An ErrorCode that is not a whole number (a string such as "0", say).
    ErrorCodeNotNumber,
}

pub(crate) fn parse_answer(body: &str) -> Result<ServiceAnswer, AnswerProblem> {
    let v: Value = serde_json::from_str(body).map_err(|_| AnswerProblem::NotJson)?;
    let obj = v.as_object().ok_or(AnswerProblem::NotJson)?;
    let error_code = match obj.get("ErrorCode") {
        None => return Err(AnswerProblem::NoErrorCode),
        Some(v) => v.as_i64().ok_or(AnswerProblem::ErrorCodeNotNumber)?,
    };
    Ok(ServiceAnswer {
        action_status: obj.get("ActionStatus").cloned().unwrap_or(Value::Null),
        error_code,
        error_info: obj.get("ErrorInfo").cloned().unwrap_or(Value::Null),
        raw: v.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_with_and_without_offline_push_info() {
        let b = RevokeBody {
            task_id: "t1",
            offline_push_info: None,
        };
        assert_eq!(b.to_json(), r#"{"TaskId":"t1"}"#);
        let info = OfflinePushInfo::from_flags(Some("T".into()), None, Some(r#"{"a":1}"#.into()))
            .unwrap()
            .unwrap();
        let b = RevokeBody {
            task_id: "t1",
            offline_push_info: Some(&info),
        };
        assert_eq!(
            b.to_json(),
            r#"{"TaskId":"t1","OfflinePushInfo":{"Title":"T","Ext":"{\"a\":1}"}}"#
        );
        assert_eq!(OfflinePushInfo::from_flags(None, None, None), Ok(None));
        assert!(OfflinePushInfo::from_flags(None, None, Some("{".into())).is_err());
    }

    #[test]
    fn answers() {
        let a =
            parse_answer(r#"{"ActionStatus":"FAIL","ErrorInfo":"x","ErrorCode":90049}"#).unwrap();
        assert_eq!(a.error_code, 90049);
        assert_eq!(a.action_status, Value::from("FAIL"));
        assert_eq!(a.error_info_text(), "x");
        assert_eq!(parse_answer("<html>"), Err(AnswerProblem::NotJson));
        assert_eq!(parse_answer("[1]"), Err(AnswerProblem::NotJson));
        assert_eq!(
            parse_answer(r#"{"ActionStatus":"OK"}"#),
            Err(AnswerProblem::NoErrorCode)
        );
        assert_eq!(
            parse_answer(r#"{"ErrorCode":"0"}"#),
            Err(AnswerProblem::ErrorCodeNotNumber)
        );
    }
}
