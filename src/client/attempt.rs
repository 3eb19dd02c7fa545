//! One attempt at a call, and the class it ends in. The class decides retries and exit status.

use crate::client::fault::FaultKind;
use std::time::Duration;

use crate::client::catalogue::{self, Class as CodeClass};
use crate::client::transport::{BodyFault, HttpAnswer, SendFault};
use crate::error::Exit;
use crate::sanitize::escape;
use crate::wire::{AnswerProblem, ServiceAnswer, parse_answer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// HTTP 2xx, JSON, ErrorCode 0.
    Success,
    /// ErrorCode 90050.
    AlreadyDone,
    /// Nothing reached the service: retry.
    NotSent,
    /// Over a rate limit: retry after at least a second.
    Throttled,
    /// Sent, and may have been applied: retry, remembering it.
    Ambiguous,
    /// An answer that cannot be read: stop, outcome unknown.
    Unknown,
    /// Retrying cannot help: stop.
    Permanent,
}

/// A failure that is not an answer of the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fault {
    pub(crate) kind: FaultKind,
    pub(crate) message: String,
    pub(crate) http_status: Option<u16>,
}

#[derive(Debug, Clone)]
pub(crate) struct Attempt {
    pub(crate) class: Class,
    pub(crate) answer: Option<ServiceAnswer>,
    pub(crate) fault: Option<Fault>,
    pub(crate) retry_after: Option<Duration>,
}

impl Class {
    /// Words for messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Class::Success => "success",
            Class::AlreadyDone => "already done",
            Class::NotSent => "not sent",
            Class::Throttled => "throttled",
            Class::Ambiguous => "ambiguous (may have been applied)",
            Class::Unknown => "unknown",
            Class::Permanent => "permanent",
        }
    }
}

impl Attempt {
    /// The exit status if this attempt is the last one.
    pub(crate) fn exit(&self) -> Exit {
        match (&self.answer, self.class) {
            (_, Class::Success | Class::AlreadyDone) => Exit::Success,
            (Some(a), _) => catalogue::class_of(a.error_code).exit(),
            (None, Class::NotSent | Class::Throttled) => Exit::NotApplied,
            (None, Class::Ambiguous | Class::Unknown) => Exit::Unknown,
            // TLS failures, redirects and other 4xx: nothing was applied.
            (None, Class::Permanent) => Exit::NotApplied,
        }
    }

    /// One line: the cause, for messages.
    pub(crate) fn cause(&self) -> String {
        match (&self.answer, &self.fault) {
            (Some(a), _) => format!(
                "ErrorCode {} ({}): service said \"{}\"",
                a.error_code,
                catalogue::meaning_of(a.error_code),
                escape(&a.error_info_text())
            ),
            (None, Some(f)) => f.message.clone(),
            (None, None) => "no answer".into(),
        }
    }
}

fn fault(class: Class, kind: FaultKind, message: String, status: Option<u16>) -> Attempt {
    Attempt {
        class,
        answer: None,
        fault: Some(Fault {
            kind,
            message,
            http_status: status,
        }),
        retry_after: None,
    }
}

/// The first 200 characters of a body, scrubbed of secrets before it is cut (so no cut can
/// leave a piece of one), escaped, in quotes.
fn quote_body(body: &str) -> String {
    let body = crate::secret::scrub(body);
    let head: String = body.chars().take(200).collect();
    let more = if body.chars().count() > 200 {
        "…"
    } else {
        ""
    };
    format!("\"{}{more}\"", escape(&head))
}

/// Classifies the result of one HTTP exchange.
pub(crate) fn classify(result: Result<HttpAnswer, SendFault>) -> Attempt {
    let answer = match result {
        Err(SendFault::NotSent { kind, message }) => {
            return fault(Class::NotSent, kind, message, None);
        }
        Err(SendFault::Tls(msg)) => {
            return fault(
                Class::Permanent,
                FaultKind::Tls,
                format!("TLS failure: {msg}"),
                None,
            );
        }
        Err(SendFault::ProxyRefused(message)) => {
            return fault(Class::Permanent, FaultKind::Proxy, message, None);
        }
        Err(SendFault::PlainHttp) => {
            return fault(
                Class::Permanent,
                FaultKind::PlainHttp,
                "the server answered in plain HTTP, not TLS".into(),
                None,
            );
        }
        Err(SendFault::AfterSend { kind, message }) => {
            return fault(Class::Ambiguous, kind, message, None);
        }
        Ok(a) => a,
    };
    let status = answer.status;
    let body = match answer.body {
        Ok(b) => b,
        Err(BodyFault::TooLarge) => {
            return fault(
                Class::Unknown,
                FaultKind::BodyTooLarge,
                format!(
                    "HTTP {status}: the answer is larger than {} KiB and was not read",
                    crate::client::transport::BODY_LIMIT / 1024
                ),
                Some(status),
            );
        }
        Err(BodyFault::Cut(why)) => {
            return fault(
                Class::Ambiguous,
                FaultKind::TruncatedBody,
                format!("HTTP {status}: the answer was cut short ({why})"),
                Some(status),
            );
        }
    };
    if (200..300).contains(&status) {
        return match parse_answer(&body) {
            Ok(a) => from_service(a, answer.retry_after),
            Err(p) => {
                let (kind, what) = match p {
                    AnswerProblem::NotJson => (FaultKind::NotJson, "is not JSON"),
                    AnswerProblem::NoErrorCode => (FaultKind::NoErrorCode, "has no ErrorCode"),
                    AnswerProblem::ErrorCodeNotNumber => (
                        FaultKind::BadErrorCode,
                        "has an ErrorCode that is not a number",
                    ),
                };
                fault(
                    Class::Unknown,
                    kind,
                    format!("HTTP {status}: the answer {what}: {}", quote_body(&body)),
                    Some(status),
                )
            }
        };
    }
    let pointing = match (&answer.location, status) {
        (Some(to), 300..=399) => format!(", pointing to \"{}\"", crate::sanitize::redact_url(to)),
        (None, 300..=399) => ", pointing nowhere (no Location header)".to_string(),
        _ => String::new(),
    };
    let msg = format!(
        "HTTP {status} from the endpoint{pointing}, not an answer of the service: {}",
        quote_body(&body)
    );
    let mut a = match status {
        429 => fault(Class::Throttled, FaultKind::HttpStatus, msg, Some(status)),
        500..=599 => fault(Class::Ambiguous, FaultKind::HttpStatus, msg, Some(status)),
        _ => fault(Class::Permanent, FaultKind::HttpStatus, msg, Some(status)),
    };
    a.retry_after = answer.retry_after;
    a
}

fn from_service(a: ServiceAnswer, retry_after: Option<Duration>) -> Attempt {
    let class = match catalogue::class_of(a.error_code) {
        CodeClass::Success => Class::Success,
        CodeClass::AlreadyDone => Class::AlreadyDone,
        CodeClass::Throttled => Class::Throttled,
        CodeClass::Transient => Class::Ambiguous,
        _ => Class::Permanent,
    };
    Attempt {
        class,
        answer: Some(a),
        fault: None,
        retry_after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(status: u16, body: &str) -> Result<HttpAnswer, SendFault> {
        Ok(HttpAnswer {
            status,
            retry_after: None,
            location: None,
            body: Ok(body.into()),
        })
    }

    fn code(c: i64) -> Result<HttpAnswer, SendFault> {
        http(
            200,
            &format!(r#"{{"ActionStatus":"FAIL","ErrorInfo":"i","ErrorCode":{c}}}"#),
        )
    }

    #[test]
    fn classes_and_exits() {
        let cases = [
            (code(0), Class::Success, Exit::Success),
            (code(90050), Class::AlreadyDone, Exit::Success),
            (code(90051), Class::Throttled, Exit::NotApplied),
            (code(60011), Class::Throttled, Exit::NotApplied),
            (code(91000), Class::Ambiguous, Exit::Unknown),
            (code(70169), Class::Ambiguous, Exit::Unknown),
            (code(90049), Class::Permanent, Exit::Refused),
            (code(70001), Class::Permanent, Exit::Auth),
            (
                http(502, "<html>bad gateway</html>"),
                Class::Ambiguous,
                Exit::Unknown,
            ),
            (http(429, ""), Class::Throttled, Exit::NotApplied),
            (http(302, ""), Class::Permanent, Exit::NotApplied),
            (http(404, "nope"), Class::Permanent, Exit::NotApplied),
            (http(200, "<html>"), Class::Unknown, Exit::Unknown),
            (http(200, "{}"), Class::Unknown, Exit::Unknown),
        ];
        for (input, class, exit) in cases {
            let a = classify(input);
            assert_eq!((a.class, a.exit()), (class, exit), "{a:?}");
        }
    }

    #[test]
    fn non_answers_quote_200_escaped_characters() {
        let body = format!("<html>\x1b[31m{}</html>", "x".repeat(300));
        let a = classify(http(502, &body));
        let f = a.fault.unwrap();
        assert_eq!(f.http_status, Some(502));
        assert!(
            f.message.starts_with("HTTP 502 from the endpoint"),
            "{}",
            f.message
        );
        assert!(f.message.contains("<html>\\u{1b}[31mxxx"), "{}", f.message);
        assert!(!f.message.contains('\x1b'));
        assert!(f.message.ends_with("x…\""), "{}", f.message);
    }

    #[test]
    fn a_body_of_200_characters_is_quoted_whole_and_one_more_is_cut() {
        let whole = classify(http(404, &"y".repeat(200))).fault.unwrap().message;
        assert!(
            whole.ends_with(&format!("{}\"", "y".repeat(200))),
            "{whole}"
        );
        let cut = classify(http(404, &"y".repeat(201))).fault.unwrap().message;
        assert!(cut.ends_with(&format!("{}…\"", "y".repeat(200))), "{cut}");
    }

    #[test]
    fn a_redirect_says_where_it_points_with_the_credential_redacted() {
        let redirect = |location: Option<&str>| {
            classify(Ok(HttpAnswer {
                status: 301,
                retry_after: None,
                location: location.map(str::to_string),
                body: Ok(String::new()),
            }))
            .fault
            .unwrap()
            .message
        };
        assert_eq!(
            redirect(Some(
                "https://elsewhere.example/v4/timpush/revoke?usersig=abc&x=1"
            )),
            "HTTP 301 from the endpoint, pointing to \"https://elsewhere.example/v4/timpush/revoke?(redacted)\", not an answer of the service: \"\""
        );
        assert_eq!(
            redirect(None),
            "HTTP 301 from the endpoint, pointing nowhere (no Location header), not an answer of the service: \"\""
        );
        // Not a redirect: where a Location points is not said.
        let other = classify(Ok(HttpAnswer {
            status: 404,
            retry_after: None,
            location: Some("https://x.example/".into()),
            body: Ok(String::new()),
        }));
        assert_eq!(
            other.fault.unwrap().message,
            "HTTP 404 from the endpoint, not an answer of the service: \"\""
        );
    }
}
