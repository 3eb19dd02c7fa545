//! The HTTP client: one ureq agent per run (one connection reused), TLS roots, timeouts per
//! phase under the overall deadline, no redirects, answer bodies capped.
//!
//! ureq errors are never formatted whole: some of them carry the URL, and so the UserSig.

use crate::client::fault::FaultKind;
use std::io::ErrorKind;
use std::time::Duration;
use ureq::Agent;
use ureq::tls::{PemItem, RootCerts, TlsConfig};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{ConnectionDetails, Connector, DefaultConnector, NextTimeout};

use crate::client::url::RequestUrl;
use crate::error::Failure;

/// Answer bodies larger than this are not read.
pub(crate) const BODY_LIMIT: u64 = 64 * 1024;
/// The longest a connection (TCP, proxy, TLS) may take, within the deadline.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub(crate) struct Transport {
    agent: Agent,
    /// Nanoseconds spent making connections (TCP, TLS, a proxy's tunnel), for
    /// `TIMPUSH_TIMINGS`.
    handshakes: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The proxy from the environment the calls go through, as `host:port` (never its
    /// credentials), for messages; none when calls go direct.
    proxy: Option<String>,
}

/// An HTTP answer, whatever its status.
#[derive(Debug)]
pub(crate) struct HttpAnswer {
    pub(crate) status: u16,
    pub(crate) retry_after: Option<Duration>,
    /// Where a redirect pointed (as sent; it may hold a credential).
    pub(crate) location: Option<String>,
    pub(crate) body: Result<String, BodyFault>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BodyFault {
    TooLarge,
    /// The connection ended or stalled before the whole body arrived.
    Cut(String),
}

/// Where a request failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SendFault {
    /// Nothing reached the service (refused, DNS, connect timeout).
    NotSent { kind: FaultKind, message: String },
    /// TLS could not be set up: nothing was sent, and retrying will not help.
    Tls(String),
    /// An https:// endpoint whose port answered in plain HTTP.
    PlainHttp,
    /// The proxy refused the tunnel (407, 403): nothing reached the service, and the same
    /// call through the same proxy will be refused again.
    ProxyRefused(String),
    /// The request may have reached the service.
    AfterSend { kind: FaultKind, message: String },
}

/// The proxy from the environment (`HTTPS_PROXY`, `ALL_PROXY`, …) that calls to `endpoint` go
/// through, as `host:port` (never its credentials): none for a loopback endpoint or a host
/// that `NO_PROXY` names.
pub(crate) fn proxy_for(endpoint: &str) -> Option<String> {
    if crate::client::url::endpoint_is_loopback(endpoint) {
        return None;
    }
    let proxy = ureq::Proxy::try_from_env()?;
    let uri: ureq::http::Uri = endpoint.parse().ok()?;
    if proxy.is_no_proxy(&uri) {
        return None;
    }
    Some(format!("{}:{}", proxy.host(), proxy.port()))
}

impl Transport {
    /// The client for `endpoint`: proxies from the environment (`HTTPS_PROXY`, `ALL_PROXY`, …)
    /// are used except for a loopback endpoint, whose calls stay on this machine.
    pub(crate) fn new(ca_bundle: Option<&CaBundle>, endpoint: &str) -> Result<Transport, Failure> {
        let mut tls = TlsConfig::builder();
        if let Some(ca) = ca_bundle {
            tls = tls.root_certs(load_roots(ca)?);
        }
        let mut config = Agent::config_builder();
        if crate::client::url::endpoint_is_loopback(endpoint) {
            config = config.proxy(None);
        }
        let config = config
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(concat!("timpush/", env!("CARGO_PKG_VERSION")))
            .accept("application/json")
            .tls_config(tls.build())
            .max_idle_connections_per_host(1)
            .build();
        let proxy = proxy_for(endpoint);
        let handshakes = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let connector = TimedConnector {
            inner: DefaultConnector::new(),
            spent: handshakes.clone(),
        };
        let agent = Agent::with_parts(config, connector, LookupResolver::default());
        Ok(Transport {
            agent,
            proxy,
            handshakes,
        })
    }

    /// The time spent making connections so far.
    pub(crate) fn handshake_time(&self) -> Duration {
        Duration::from_nanos(self.handshakes.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// POSTs `body` as JSON, within `remaining`.
    pub(crate) fn post_json(
        &self,
        url: &RequestUrl,
        body: &str,
        remaining: Duration,
    ) -> Result<HttpAnswer, SendFault> {
        let result = self
            .agent
            .post(url.expose())
            .header("Content-Type", "application/json")
            .config()
            .timeout_resolve(Some(CONNECT_TIMEOUT.min(remaining)))
            .timeout_connect(Some(CONNECT_TIMEOUT.min(remaining)))
            .timeout_send_request(Some(remaining))
            .timeout_send_body(Some(remaining))
            .timeout_recv_response(Some(remaining))
            .timeout_recv_body(Some(remaining))
            .timeout_global(Some(remaining + Duration::from_millis(200)))
            .build()
            .send(body);
        let mut resp = result.map_err(|e| send_fault(e, self.proxy.as_deref()))?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let location = resp
            .headers()
            .get("location")
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let body = resp
            .body_mut()
            .with_config()
            .limit(BODY_LIMIT)
            .read_to_vec()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(body_fault);
        Ok(HttpAnswer {
            status,
            retry_after,
            location,
            body,
        })
    }
}

/// The default chain of connectors (TCP, a proxy's tunnel, TLS), timed: what a connection
/// costs before the request is written.
#[derive(Debug)]
struct TimedConnector {
    inner: DefaultConnector,
    spent: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Connector<()> for TimedConnector {
    type Out = Box<dyn ureq::unversioned::transport::Transport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<()>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let at = std::time::Instant::now();
        let out = self.inner.connect(details, chained);
        let nanos = u64::try_from(at.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.spent
            .fetch_add(nanos, std::sync::atomic::Ordering::Relaxed);
        out
    }
}

/// The default resolver, with every lookup failure reported as `HostNotFound`: ureq passes
/// the system resolver's errors on as plain I/O errors, which cannot be told from a broken
/// connection after the request went out.
#[derive(Debug, Default)]
struct LookupResolver(DefaultResolver);

impl Resolver for LookupResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        // An address written as an IP (the emulator, a test stand) needs no lookup: ureq would
        // still start a thread to look it up within the timeout, at every connection.
        let host = uri
            .host()
            .unwrap_or("")
            .trim_matches(|c| c == '[' || c == ']');
        if let Ok(ip) = host.parse::<std::net::IpAddr>() {
            let port = uri
                .port_u16()
                .unwrap_or(if uri.scheme_str() == Some("http") {
                    80
                } else {
                    443
                });
            let mut addrs = self.0.empty();
            addrs.push(std::net::SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        self.0.resolve(uri, config, timeout).map_err(|e| match e {
            ureq::Error::Io(_) => ureq::Error::HostNotFound,
            other => other,
        })
    }
}

/// What a plain GET of the base URL showed: the connection works (DNS, TCP, TLS) and the
/// server's clock.
#[derive(Debug)]
pub(crate) struct Probe {
    pub(crate) status: u16,
    pub(crate) date: Option<String>,
}

impl Transport {
    /// GETs `{base}/` (no credential in it) to see that a connection can be made.
    pub(crate) fn probe(&self, base: &str, timeout: Duration) -> Result<Probe, SendFault> {
        let url = format!("{}/", base.trim_end_matches('/'));
        let mut resp = self
            .agent
            .get(&url)
            .config()
            .timeout_resolve(Some(CONNECT_TIMEOUT.min(timeout)))
            .timeout_connect(Some(CONNECT_TIMEOUT.min(timeout)))
            .timeout_global(Some(timeout))
            .build()
            .call()
            .map_err(|e| send_fault(e, self.proxy.as_deref()))?;
        let date = resp
            .headers()
            .get("date")
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let _ = resp
            .body_mut()
            .with_config()
            .limit(BODY_LIMIT)
            .read_to_vec();
        Ok(Probe {
            status: resp.status().as_u16(),
            date,
        })
    }
}

/// A CA bundle as read from its file (the caller reads it, within the input caps).
pub(crate) struct CaBundle {
    pub path: std::path::PathBuf,
    pub pem: String,
}

fn load_roots(ca: &CaBundle) -> Result<RootCerts, Failure> {
    let path = &ca.path;
    let pem = ca.pem.as_bytes();
    let certs: Vec<_> = ureq::tls::parse_pem(pem)
        .filter_map(|item| match item {
            Ok(PemItem::Certificate(c)) => Some(c),
            _ => None,
        })
        .collect();
    if certs.is_empty() {
        return Err(Failure::config(format!(
            "CA bundle {} holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
            path.display()
        )));
    }
    Ok(RootCerts::new_with_certs(&certs))
}

fn io_text(e: &std::io::Error) -> String {
    // io errors from sockets and rustls never hold the URL.
    e.to_string()
}

fn send_fault(e: ureq::Error, proxy: Option<&str>) -> SendFault {
    use ureq::Timeout as T;
    match e {
        ureq::Error::ConnectProxyFailed(reason) => proxy_fault(&reason, proxy.unwrap_or("?")),
        ureq::Error::HostNotFound => SendFault::NotSent {
            kind: FaultKind::Dns,
            message: "the host name could not be resolved".into(),
        },
        ureq::Error::Timeout(T::Resolve) => SendFault::NotSent {
            kind: FaultKind::Dns,
            message: "resolving the host name timed out".into(),
        },
        ureq::Error::Timeout(T::Connect) => SendFault::NotSent {
            kind: FaultKind::ConnectTimeout,
            message: "connecting timed out".into(),
        },
        ureq::Error::Timeout(t) => SendFault::AfterSend {
            kind: FaultKind::Timeout,
            message: match t {
                T::SendRequest | T::SendBody => "sending the request did not finish in time",
                T::RecvBody => "the answer stalled before it was whole",
                _ => "no answer in time",
            }
            .into(),
        },
        ureq::Error::ConnectionFailed => SendFault::NotSent {
            kind: FaultKind::Connect,
            message: "the connection could not be made".into(),
        },
        ureq::Error::Tls(msg) => tls_fault(msg.to_string()),
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused => SendFault::NotSent {
                kind: FaultKind::ConnectionRefused,
                message: format!("connection refused ({})", io_text(&io)),
            },
            ErrorKind::InvalidData => tls_fault(io_text(&io)),
            ErrorKind::NetworkUnreachable
            | ErrorKind::HostUnreachable
            | ErrorKind::AddrNotAvailable
            | ErrorKind::NetworkDown => SendFault::NotSent {
                kind: FaultKind::Connect,
                message: io_text(&io),
            },
            ErrorKind::TimedOut | ErrorKind::WouldBlock => SendFault::AfterSend {
                kind: FaultKind::Timeout,
                message: format!("no answer in time ({})", io_text(&io)),
            },
            _ => SendFault::AfterSend {
                kind: FaultKind::ConnectionClosed,
                message: format!("the connection broke before an answer ({})", io_text(&io)),
            },
        },
        ureq::Error::Protocol(p) => SendFault::AfterSend {
            kind: FaultKind::Protocol,
            message: format!("the answer was not valid HTTP ({p})"),
        },
        ureq::Error::InvalidProxyUrl => SendFault::NotSent {
            kind: FaultKind::Proxy,
            message: "the proxy setting (HTTPS_PROXY, ALL_PROXY) is not a valid URL".into(),
        },
        // BadUri and others may carry the URL: name the kind only.
        _ => SendFault::AfterSend {
            kind: FaultKind::Transport,
            message: "the request failed in the HTTP client".into(),
        },
    }
}

/// The proxy did not open a tunnel to the service: nothing reached it. A 407 or 403 is a
/// refusal that a repeat would meet again; anything else (a 502, no answer) may pass.
fn proxy_fault(reason: &str, proxy: &str) -> SendFault {
    // ureq says "proxy server responded 407/407", or "proxy server did not respond".
    let status = reason
        .strip_prefix("proxy server responded ")
        .and_then(|r| r.split('/').next())
        .and_then(|n| n.parse::<u16>().ok());
    match status {
        Some(code @ (403 | 407)) => {
            let why = if code == 407 {
                "asks for credentials it was not given or did not accept"
            } else {
                "forbids it"
            };
            SendFault::ProxyRefused(format!(
                "the proxy {proxy} refused to open a connection to the service: HTTP {code} (it {why}); nothing reached the service"
            ))
        }
        Some(code) => SendFault::NotSent {
            kind: FaultKind::Proxy,
            message: format!(
                "the proxy {proxy} could not open a connection to the service: HTTP {code}; nothing reached the service"
            ),
        },
        None => SendFault::NotSent {
            kind: FaultKind::Proxy,
            message: format!(
                "the proxy {proxy} did not answer the request for a connection to the service; nothing reached the service"
            ),
        },
    }
}

/// A TLS failure; rustls calls a plain HTTP answer a "corrupt message of type
/// InvalidContentType", which is said in plain words instead.
fn tls_fault(message: String) -> SendFault {
    if message.contains("InvalidContentType") {
        SendFault::PlainHttp
    } else {
        SendFault::Tls(message)
    }
}

fn body_fault(e: ureq::Error) -> BodyFault {
    match e {
        ureq::Error::BodyExceedsLimit(_) => BodyFault::TooLarge,
        ureq::Error::Timeout(_) => BodyFault::Cut("the body stalled past the deadline".into()),
        ureq::Error::Io(io) => BodyFault::Cut(io_text(&io)),
        ureq::Error::Protocol(p) => BodyFault::Cut(p.to_string()),
        _ => BodyFault::Cut("the body could not be read".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An address written as an IP is taken as it is, its port or the scheme's; a name is
    /// looked up (and a lookup that fails is HostNotFound).
    #[test]
    fn an_ip_needs_no_lookup() {
        let r = LookupResolver::default();
        let config = Agent::config_builder().build();
        let timeout = NextTimeout {
            after: std::time::Duration::from_secs(1).into(),
            reason: ureq::Timeout::Resolve,
            per_read: None,
            per_write: None,
        };
        let one = |url: &str| -> Result<Vec<String>, ureq::Error> {
            r.resolve(&url.parse().unwrap(), &config, timeout)
                .map(|a| a.iter().map(|a| a.to_string()).collect())
        };
        assert_eq!(
            one("https://127.0.0.1:8443/v4").unwrap(),
            ["127.0.0.1:8443"]
        );
        assert_eq!(one("http://127.0.0.1/").unwrap(), ["127.0.0.1:80"]);
        assert_eq!(one("https://[::1]/").unwrap(), ["[::1]:443"]);
        assert!(matches!(
            one("https://no-such-host.invalid/"),
            Err(ureq::Error::HostNotFound)
        ));
    }
}
