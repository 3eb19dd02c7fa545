//! `timpush emulator`: the push service on a loopback address, for trying timpush without an
//! account and for testing scripts (and timpush itself) in CI.

mod audience;
mod callbacks;
mod family;
mod model;
mod reply;
mod service;
mod tls;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Failure;
use crate::secret::Secret;
pub(crate) use callbacks::Target as CallbackTarget;
pub(crate) use service::{Fault, Options, Service};

/// The SDKAppID served when none is given.
pub(crate) const DEFAULT_SDKAPPID: u32 = 1400000000;

/// The admin identifier served when none is given.
pub(crate) const DEFAULT_ADMIN: &str = "administrator";

/// An emulator with a fresh random key, on a free loopback port, inside this process (for the
/// demo).
pub(crate) fn start_private() -> Result<(Running, Secret), Failure> {
    let key = Secret::new(format!(
        "{:032x}{:032x}",
        rand::random::<u128>(),
        rand::random::<u128>()
    ));
    let opts = Options {
        sdkappids: vec![DEFAULT_SDKAPPID],
        admins: vec![DEFAULT_ADMIN.into()],
        key: key.clone(),
        rate_limit: true,
        callback: None,
        delay: std::time::Duration::ZERO,
    };
    let listen = SocketAddr::from(([127, 0, 0, 1], 0));
    Ok((start(listen, opts, None, None)?, key))
}

/// A running emulator.
pub(crate) struct Running {
    pub addr: SocketAddr,
    pub base_url: String,
    /// The CA certificate file, when serving HTTPS.
    pub ca_file: Option<PathBuf>,
    pub service: Arc<Service>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Stops accepting connections and waits for the accept loop to end.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        crate::httpd::wake(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Only loopback addresses: the emulator is never meant to be reached from elsewhere.
pub(crate) fn check_listen(addr: &str) -> Result<SocketAddr, String> {
    let a: SocketAddr = addr
        .parse()
        .map_err(|_| format!("{addr:?} is not an address such as 127.0.0.1:8080"))?;
    if !a.ip().is_loopback() {
        return Err(format!(
            "{addr:?} is not a loopback address; the emulator listens on 127.0.0.1 or [::1] only"
        ));
    }
    Ok(a)
}

/// Receives one line per call, for the log.
pub(crate) type Log = Arc<dyn Fn(&str) + Send + Sync>;

/// Starts serving on `listen`; with `tls`, the CA certificate is written to `ca_out`.
pub(crate) fn start(
    listen: SocketAddr,
    opts: Options,
    tls: Option<PathBuf>,
    log: Option<Log>,
) -> Result<Running, Failure> {
    let listener = TcpListener::bind(listen).map_err(|e| {
        let f = Failure::config(format!("cannot listen on {listen}: {e}"));
        if e.kind() == std::io::ErrorKind::AddrInUse {
            f.with_hint(format!(
                "another program has port {} already: pass --listen {}:0 to take a free port (the URL is printed first)",
                listen.port(),
                listen.ip()
            ))
        } else {
            f
        }
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::config(format!("cannot listen on {listen}: {e}")))?;
    let (tls_config, ca_file) = match tls {
        Some(ca_out) => {
            let (cfg, ca_pem) = tls::server_config(addr.ip())?;
            std::fs::write(&ca_out, ca_pem).map_err(|e| {
                Failure::config(format!(
                    "cannot write the CA certificate to {}: {e}",
                    ca_out.display()
                ))
            })?;
            (Some(Arc::new(cfg)), Some(ca_out))
        }
        None => (None, None),
    };
    let scheme = if tls_config.is_some() {
        "https"
    } else {
        "http"
    };
    let host = match addr.ip() {
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    let service = Arc::new(Service::new(opts));
    service.set_log(log.clone());
    let svc = service.clone();
    let handler: Arc<crate::httpd::Handler> = Arc::new(move |req: &crate::httpd::Request| {
        let (action, line) = svc.handle(req);
        if let Some(log) = &log {
            log(&line);
        }
        action
    });
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let thread =
        std::thread::spawn(move || crate::httpd::serve(listener, tls_config, handler, stop2));
    Ok(Running {
        addr,
        base_url: format!("{scheme}://{host}:{}", addr.port()),
        ca_file,
        service,
        stop,
        thread: Some(thread),
    })
}
