//! What went wrong with a call that brought no answer of the service: one name for each cause,
//! spelled once, as JSON's `error.kind` shows it.

/// The cause of a call's failure, when it is not the service's ErrorCode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FaultKind {
    /// The host's name did not resolve.
    Dns,
    ConnectTimeout,
    /// No answer within the deadline.
    Timeout,
    Connect,
    ConnectionRefused,
    /// The connection ended before an answer.
    ConnectionClosed,
    /// The HTTP exchange broke its rules.
    Protocol,
    Proxy,
    /// Any other transport failure.
    Transport,
    Tls,
    /// A plain-HTTP answer to a TLS request.
    PlainHttp,
    /// An HTTP status that is not an answer of the service.
    HttpStatus,
    BodyTooLarge,
    TruncatedBody,
    NotJson,
    NoErrorCode,
    BadErrorCode,
    /// Another process held the pacer past the deadline.
    Pacing,
    /// A whole secret in a value to be sent: nothing was sent.
    Secret,
    Interrupted,
}

impl FaultKind {
    /// The name in JSON: `"error": {"kind": …}`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FaultKind::Dns => "dns",
            FaultKind::ConnectTimeout => "connect_timeout",
            FaultKind::Timeout => "timeout",
            FaultKind::Connect => "connect",
            FaultKind::ConnectionRefused => "connection_refused",
            FaultKind::ConnectionClosed => "connection_closed",
            FaultKind::Protocol => "protocol",
            FaultKind::Proxy => "proxy",
            FaultKind::Transport => "transport",
            FaultKind::Tls => "tls",
            FaultKind::PlainHttp => "plain_http",
            FaultKind::HttpStatus => "http_status",
            FaultKind::BodyTooLarge => "body_too_large",
            FaultKind::TruncatedBody => "truncated_body",
            FaultKind::NotJson => "not_json",
            FaultKind::NoErrorCode => "no_error_code",
            FaultKind::BadErrorCode => "bad_error_code",
            FaultKind::Pacing => "pacing",
            FaultKind::Secret => "secret",
            FaultKind::Interrupted => "interrupted",
        }
    }
}
