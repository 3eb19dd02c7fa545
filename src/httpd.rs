//! A small HTTP/1.1 server for the emulator and `timpush callback listen`: keep-alive, Content-Length bodies, size limits,
//! plain TCP or TLS, one thread per connection.

// The client-only build uses it to receive callbacks alone: what only the emulator needs (faults
// that stall or close, the connection counter, routing by path) is unused there.
#![cfg_attr(not(feature = "emulator"), allow(dead_code))]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const MAX_HEADER_BYTES: usize = 64 * 1024;
const MAX_BODY_BYTES: usize = 1024 * 1024;
/// How long a connection may wait for the first byte of its next request.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// How long one whole request (line, headers and body) may take to arrive, however slowly it
/// trickles in.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Connections served at once; more are closed at once, so idle or slow clients cannot hold a
/// thread each without end.
const MAX_CONNECTIONS: usize = 256;
/// The longest pause after a failed accept (out of file descriptors, say): the loop backs off
/// instead of spinning.
const MAX_ACCEPT_BACKOFF: Duration = Duration::from_secs(1);

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path and query as sent.
    pub target: String,
    pub path: String,
    /// Decoded query parameters, in order.
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Which connection (counted from 1) carried it.
    pub connection: u64,
}

impl Request {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

impl Response {
    pub fn json(body: String) -> Response {
        Response {
            status: 200,
            content_type: "application/json",
            body,
        }
    }

    pub fn html(status: u16, title: &str) -> Response {
        Response {
            status,
            content_type: "text/html",
            body: format!(
                "<html>\r\n<head><title>{status} {title}</title></head>\r\n<body>\r\n<center><h1>{status} {title}</h1></center>\r\n</body>\r\n</html>\r\n"
            ),
        }
    }
}

/// What to do with a request.
pub enum Action {
    Respond(Response),
    /// Wait, then answer (the client has usually given up by then), and close.
    StallThen(Duration, Response),
    /// Wait, then answer as usual, keeping the connection (a far region's round trip).
    Delayed(Duration, Response),
    /// Close the connection without answering.
    Close,
}

pub type Handler = dyn Fn(&Request) -> Action + Send + Sync;

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// Accepts connections until `stop` is set (then one more connection wakes the loop).
pub fn serve(
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    handler: Arc<Handler>,
    stop: Arc<AtomicBool>,
) {
    let counter = Arc::new(AtomicU64::new(0));
    let active = Arc::new(AtomicUsize::new(0));
    let mut backoff = Duration::ZERO;
    loop {
        let conn = listener.accept();
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let tcp = match conn {
            Ok((tcp, _)) => {
                backoff = Duration::ZERO;
                tcp
            }
            Err(_) => {
                // Out of descriptors or memory: wait before trying again, longer each time.
                backoff = (backoff * 2).clamp(Duration::from_millis(10), MAX_ACCEPT_BACKOFF);
                std::thread::sleep(backoff);
                continue;
            }
        };
        if active.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            drop(tcp);
            continue;
        }
        active.fetch_add(1, Ordering::SeqCst);
        let id = counter.fetch_add(1, Ordering::SeqCst) + 1;
        let handler = handler.clone();
        let tls = tls.clone();
        let active = active.clone();
        std::thread::spawn(move || {
            struct Leave(Arc<AtomicUsize>);
            impl Drop for Leave {
                fn drop(&mut self) {
                    self.0.fetch_sub(1, Ordering::SeqCst);
                }
            }
            let _leave = Leave(active);
            let _ = tcp.set_nodelay(true);
            let Ok(clock) = tcp.try_clone() else { return };
            let stream: Box<dyn Stream> = match tls {
                Some(cfg) => match rustls::ServerConnection::new(cfg) {
                    Ok(c) => Box::new(rustls::StreamOwned::new(c, tcp)),
                    Err(_) => return,
                },
                None => Box::new(tcp),
            };
            connection(stream, clock, id, &*handler);
        });
    }
}

/// A stream whose reads end at a deadline: each read waits at most until then.
struct Deadlined {
    inner: Box<dyn Stream>,
    /// The same socket, for its timeout.
    socket: TcpStream,
    deadline: Instant,
}

impl Read for Deadlined {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.socket.set_read_timeout(Some(left))?;
        self.inner.read(buf)
    }
}

impl Write for Deadlined {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Wakes an accept loop so that it sees its stop flag.
pub fn wake(addr: std::net::SocketAddr) {
    let _ = TcpStream::connect_timeout(&addr, Duration::from_millis(500));
}

fn connection(stream: Box<dyn Stream>, socket: TcpStream, id: u64, handler: &Handler) {
    let mut reader = BufReader::new(Deadlined {
        inner: stream,
        socket,
        deadline: Instant::now() + IDLE_TIMEOUT,
    });
    loop {
        // The next request must begin within the idle time and arrive whole within the
        // request time from then.
        reader.get_mut().deadline = Instant::now() + IDLE_TIMEOUT;
        if reader.buffer().is_empty() && reader.fill_buf().map(|b| b.is_empty()).unwrap_or(true) {
            return;
        }
        reader.get_mut().deadline = Instant::now() + REQUEST_TIMEOUT;
        let req = match read_request(&mut reader, id) {
            Ok(Some(r)) => r,
            Ok(None) => return,
            Err(status) => {
                let _ = write_response(
                    reader.get_mut(),
                    &Response::html(status, "Bad Request"),
                    true,
                );
                return;
            }
        };
        let close = req
            .headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("connection") && v.eq_ignore_ascii_case("close"));
        match handler(&req) {
            Action::Respond(resp) => {
                if write_response(reader.get_mut(), &resp, close).is_err() || close {
                    return;
                }
            }
            Action::StallThen(d, resp) => {
                std::thread::sleep(d);
                let _ = write_response(reader.get_mut(), &resp, true);
                return;
            }
            Action::Delayed(d, resp) => {
                std::thread::sleep(d);
                if write_response(reader.get_mut(), &resp, close).is_err() || close {
                    return;
                }
            }
            Action::Close => return,
        }
    }
}

fn read_line_limited(r: &mut impl BufRead, budget: &mut usize) -> Result<Option<String>, u16> {
    let mut buf = Vec::new();
    let n = r
        .take(*budget as u64 + 1)
        .read_until(b'\n', &mut buf)
        .map_err(|_| 400u16)?;
    if n == 0 {
        return Ok(None);
    }
    if n > *budget {
        return Err(431);
    }
    *budget -= n;
    Ok(Some(String::from_utf8_lossy(&buf).trim_end().to_string()))
}

/// `Ok(None)` when the peer closed between requests.
fn read_request(r: &mut impl BufRead, connection: u64) -> Result<Option<Request>, u16> {
    let mut budget = MAX_HEADER_BYTES;
    let line = match read_line_limited(r, &mut budget) {
        Ok(Some(l)) => l,
        Ok(None) | Err(400) => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(_version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(400);
    };
    let mut headers = Vec::new();
    loop {
        let Some(h) = read_line_limited(r, &mut budget)? else {
            return Ok(None);
        };
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':').ok_or(400u16)?;
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    let len = match headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
    {
        Some((_, v)) => v.parse::<usize>().map_err(|_| 400u16)?,
        None => 0,
    };
    if len > MAX_BODY_BYTES {
        return Err(413);
    }
    let mut body = vec![0; len];
    r.read_exact(&mut body).map_err(|_| 400u16)?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), parse_query(q)),
        None => (target.to_string(), Vec::new()),
    };
    Ok(Some(Request {
        method: method.to_string(),
        target: target.to_string(),
        path,
        query,
        headers,
        body,
        connection,
    }))
}

pub(crate) fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn write_response(w: &mut dyn Write, resp: &Response, close: bool) -> std::io::Result<()> {
    let reason = match resp.status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        502 => "Bad Gateway",
        _ => "Status",
    };
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nDate: {}\r\nConnection: {}\r\n\r\n",
        resp.status,
        resp.content_type,
        resp.body.len(),
        crate::timefmt::http_date(crate::timefmt::now_unix()),
        if close { "close" } else { "keep-alive" }
    );
    w.write_all(head.as_bytes())?;
    w.write_all(resp.body.as_bytes())?;
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A request that trickles in, a byte at a time, is cut at its deadline.
    #[test]
    fn a_trickling_request_ends_at_its_deadline() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let client = std::thread::spawn(move || {
            let mut c = TcpStream::connect(addr).unwrap();
            for b in b"POST /v4/x HTTP/1.1\r\nHost: a\r\n"
                .iter()
                .cycle()
                .take(400)
            {
                if c.write_all(&[*b]).is_err() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        let (tcp, _) = listener.accept().unwrap();
        let socket = tcp.try_clone().unwrap();
        let mut reader = BufReader::new(Deadlined {
            inner: Box::new(tcp),
            socket,
            deadline: Instant::now() + Duration::from_millis(300),
        });
        assert_eq!(read_request(&mut reader, 1).unwrap_err(), 400);
        // It ended at the deadline, while the client was still trickling (2 s of it).
        assert!(
            !client.is_finished(),
            "the read waited for the client to stop"
        );
        drop(reader);
        client.join().unwrap();
    }

    #[test]
    fn reads_a_request_with_query_and_body() {
        let raw = b"POST /v4/timpush/revoke?usersig=a%2Ab&identifier=x HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}";
        let mut r = BufReader::new(&raw[..]);
        let req = read_request(&mut r, 1).unwrap().unwrap();
        assert_eq!(req.path, "/v4/timpush/revoke");
        assert_eq!(req.param("usersig"), Some("a*b"));
        assert_eq!(req.body, b"{}");
        assert!(read_request(&mut r, 1).unwrap().is_none());
    }
}
