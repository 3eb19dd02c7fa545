//! `timpush doctor`: one line per check, every check run that can run.

use serde_json::json;
use std::net::ToSocketAddrs;
use std::time::Duration;

use crate::client::attempt::Class;
use crate::client::catalogue;
use crate::env::process_env;
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::session::Session;
use crate::settings::credential;
use crate::settings::table;
use crate::settings::{self, Flags};
use crate::timefmt::{now_unix, parse_http_date};

/// Largest clock difference with the server that is fine.
const MAX_SKEW: i64 = 300;

struct Check {
    name: &'static str,
    /// None: skipped, because an earlier check failed.
    ok: Option<bool>,
    message: String,
    fix: Option<String>,
    exit: Exit,
}

impl Check {
    fn pass(name: &'static str, message: String) -> Check {
        Check {
            name,
            ok: Some(true),
            message,
            fix: None,
            exit: Exit::Success,
        }
    }
    fn fail(name: &'static str, exit: Exit, message: String, fix: Option<String>) -> Check {
        Check {
            name,
            ok: Some(false),
            message,
            fix,
            exit,
        }
    }
    fn skip(name: &'static str, why: &str) -> Check {
        Check {
            name,
            ok: None,
            message: format!("skipped: {why}"),
            fix: None,
            exit: Exit::Success,
        }
    }
}

pub(crate) fn run(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    let mut checks = Vec::new();
    let ins = settings::inspect(flags, &process_env);

    // 1. The config file and the profile.
    let problems = ins.all_problems();
    let place = match (&ins.config_path, &ins.config, &ins.profile) {
        (Some(p), Some(_), Some(prof)) => format!("{} profile {:?}", p.value.display(), prof.value),
        (Some(p), Some(_), None) => p.value.display().to_string(),
        _ => "no config file; settings from flags and variables".into(),
    };
    if problems.is_empty() {
        let mut msg = format!("{place}: complete");
        if !ins.warnings.is_empty() {
            msg.push_str(&format!(" ({})", ins.warnings.join("; ")));
        }
        checks.push(Check::pass("config", msg));
    } else {
        // Every problem on a line of its own, each with its own fix.
        for f in &problems {
            checks.push(Check::fail(
                "config",
                Exit::Config,
                f.message.clone(),
                f.hint.clone(),
            ));
        }
    }
    // Where the network and clock checks can go without a credential: the endpoint, once the
    // region or the endpoint is known.
    let bare_endpoint = match ins.value(table::ENDPOINT).map(|v| &v.value) {
        Some(crate::settings::table::Value::Text(t)) => Some(t.clone()),
        _ => None,
    };
    let bare_ca = match ins.value(table::CA_BUNDLE).map(|v| &v.value) {
        Some(crate::settings::table::Value::Path(p)) => Some(p.clone()),
        _ => None,
    };
    let bare_timeout = ins
        .duration(table::TIMEOUT)
        .unwrap_or(Duration::from_secs(15))
        .min(Duration::from_secs(15));

    let app = ins.number(table::SDKAPPID);
    let limit = ins.number(table::DAILY_PUSH_LIMIT).unwrap_or(100);

    // 2. The credential, and a UserSig from it.
    let quiet = Reporter::quiet();
    let mut session = None;
    match ins.into_settings() {
        Ok(settings) => {
            let describe = settings.credential.describe();
            let ttl = settings.usersig_ttl.value;
            let ready = settings.credential.is_ready_usersig();
            match Session::open(settings, &quiet) {
                Ok(s) => {
                    let what = if ready {
                        format!(
                            "{describe}: readable, not expired, made for this SDKAppID and identifier"
                        )
                    } else {
                        format!("{describe}: a UserSig was made from it (valid {ttl} s)")
                    };
                    checks.push(Check::pass("credential", what));
                    session = Some(s);
                }
                Err(f) => checks.push(Check::fail("credential", f.exit, f.message, f.hint)),
            }
        }
        Err(_) => {
            let ins = settings::inspect(flags, &process_env);
            match &ins.credential {
                Some(src) => {
                    let mut w = Vec::new();
                    let timeout = ins.duration(table::TIMEOUT).unwrap_or_default();
                    match credential::load(src, timeout, &mut w) {
                        Ok(_) => checks.push(Check::pass(
                            "credential",
                            format!(
                                "{}: readable (no UserSig made: the profile is incomplete)",
                                src.describe()
                            ),
                        )),
                        Err(f) => checks.push(Check::fail("credential", f.exit, f.message, f.hint)),
                    }
                }
                None => checks.push(Check::skip(
                    "credential",
                    "no credential source (see config)",
                )),
            }
        }
    }

    // 3. DNS and a connection; 4. the clock.
    let mut reachable = false;
    match &session {
        // No credential, or settings incomplete: the checks that need none still run.
        None => match &bare_endpoint {
            Some(base) => {
                let target = format!("endpoint {}", crate::sanitize::redact_url(base));
                let (net, clock) = network(
                    base,
                    crate::session::read_ca_file(bare_ca.as_deref()),
                    bare_timeout,
                    &target,
                    "check DNS and the endpoint setting",
                );
                checks.push(net);
                checks.push(clock);
            }
            None => {
                checks.push(Check::skip(
                    "network",
                    "no region or endpoint to reach (see config)",
                ));
                checks.push(Check::skip(
                    "clock",
                    "no region or endpoint to ask (see config)",
                ));
            }
        },
        Some(s) => {
            let base = s.settings.endpoint.value.clone();
            let timeout = s.settings.timeout.value.min(Duration::from_secs(15));
            let ca = crate::session::read_ca_bundle(&s.settings);
            let (net, clock) = network(
                &base,
                ca,
                timeout,
                &s.settings.target(),
                &backup_hint(&s.settings),
            );
            reachable = net.ok == Some(true);
            checks.push(net);
            checks.push(clock);
        }
    }

    // 5. The service accepts the credential.
    match (&mut session, reachable) {
        (Some(s), true) => checks.push(accepted(s, &quiet)),
        _ => checks.push(Check::skip("service", "no connection to the service")),
    }

    // 6. The journal, and the day's pushes it counts.
    checks.push(journal_check(flags, app, limit, rep));

    let mut exit = Exit::Success;
    for c in &checks {
        show(rep, c);
        if c.ok == Some(false) && exit == Exit::Success {
            exit = c.exit;
        }
    }
    Ok(exit)
}

/// The journal can be read (and its folder is the user's), and today's pushes by its count.
fn journal_check(flags: &Flags, app: Option<u64>, limit: u64, rep: &Reporter) -> Check {
    let journal = match crate::journal::chosen(flags) {
        Ok(j) => j,
        Err(f) => return Check::fail("journal", f.exit, f.message, f.hint),
    };
    let count = match journal.count(rep) {
        Ok(e) => e,
        Err(e) => {
            return Check::fail(
                "journal",
                Exit::Config,
                format!(
                    "{} ({}): {}",
                    journal.shown(),
                    journal.from,
                    escape(e.message())
                ),
                Some("move the file aside (timpush starts a new journal), or give another with --journal FILE".into()),
            );
        }
    };
    let mut msg = format!("{} ({}): {} entries", journal.shown(), journal.from, count);
    if let Some(app) = app.and_then(|a| u32::try_from(a).ok()) {
        let q = crate::journal::quota(Some(&journal), app, limit, rep);
        msg.push_str(&format!("; {}", q.line));
        if q.near(0) {
            msg.push_str(" (near the daily limit, daily_push_limit)");
        }
    }
    Check::pass("journal", msg)
}

fn show(rep: &Reporter, c: &Check) {
    match rep.json() {
        true => rep.object(&json!({
            "check": c.name,
            "ok": c.ok,
            "skipped": c.ok.is_none(),
            "message": c.message,
            "fix": c.fix,
            "exit_code": c.exit.code(),
        })),
        false => {
            let mark = match c.ok {
                Some(true) => "✓",
                Some(false) => "✗",
                None => "-",
            };
            rep.stdout(&format!("{mark} {:<10} {}", c.name, c.message));
            if let Some(f) = &c.fix {
                rep.stdout(&format!("  {:<10} fix: {f}", ""));
            }
        }
    }
}

/// What to try when the service's name does not resolve: the region's backup domain, named.
fn backup_hint(settings: &crate::settings::Settings) -> String {
    let by_region = matches!(settings.endpoint.source, crate::settings::Source::Default);
    match settings.region.as_ref().map(|r| r.value) {
        Some(r) if by_region => match r.backup_domain() {
            Some(d) => format!(
                "check DNS; where DNS is tampered with, region {}'s backup domain is {d}: try --endpoint https://{d}",
                r.name()
            ),
            None => format!(
                "check DNS; no backup domain is documented for region {}",
                r.name()
            ),
        },
        _ => "check DNS and the endpoint setting".into(),
    }
}

/// What the service's acceptance covers: the region, or the endpoint that overrides it.
fn accepted_place(settings: &crate::settings::Settings) -> String {
    let by_region = matches!(settings.endpoint.source, crate::settings::Source::Default);
    match settings.region.as_ref().map(|r| r.value) {
        Some(_) if by_region => "region".into(),
        Some(r) => format!(
            "endpoint (which overrides region {}, from {})",
            r.name(),
            settings.endpoint.source
        ),
        None => "endpoint".into(),
    }
}

fn network(
    base: &str,
    ca: Result<Option<crate::client::transport::CaBundle>, Failure>,
    timeout: Duration,
    target: &str,
    unresolved: &str,
) -> (Check, Check) {
    let uri: Option<ureq::http::Uri> = base.parse().ok();
    let host = uri
        .as_ref()
        .and_then(|u| u.host())
        .unwrap_or("")
        .trim_matches(|c| c == '[' || c == ']')
        .to_string();
    let tls = base.starts_with("https://");
    let port = uri
        .as_ref()
        .and_then(|u| u.port_u16())
        .unwrap_or(if tls { 443 } else { 80 });
    // Through a proxy the proxy resolves the name: this machine may not be able to.
    let proxy = crate::client::transport::proxy_for(base);
    let addrs: Vec<std::net::SocketAddr> = if proxy.is_some() {
        Vec::new()
    } else {
        match (host.as_str(), port).to_socket_addrs() {
            Ok(a) => a.collect(),
            Err(e) => {
                return (
                    Check::fail(
                        "network",
                        Exit::NotApplied,
                        format!("{host} does not resolve: {e}"),
                        Some(unresolved.to_string()),
                    ),
                    Check::skip("clock", "no connection"),
                );
            }
        }
    };
    let run = crate::run::current();
    let transport = match ca.and_then(|ca| run.net.connect(ca.as_ref(), base)) {
        Ok(t) => t,
        Err(f) => {
            return (
                Check::fail("network", f.exit, f.message, f.hint),
                Check::skip("clock", "no connection"),
            );
        }
    };
    let start = run.clock.now();
    match transport.probe(base, timeout) {
        Ok(p) => {
            let ms = (run.clock.now() - start).as_millis();
            let ip = addrs
                .first()
                .map(|a| a.ip().to_string())
                .unwrap_or_default();
            let how = if tls {
                "TLS connection"
            } else {
                "connection (plain HTTP, loopback)"
            };
            let path = match &proxy {
                Some(proxy) => format!("{host} through the proxy {proxy}"),
                None => format!("{host} resolves to {ip}"),
            };
            let net = Check::pass(
                "network",
                format!("{path}; {how} and an HTTP answer ({}) in {ms} ms", p.status),
            );
            let date = p.date.as_deref();
            let clock = match date.map(|d| (d, parse_http_date(d))) {
                None => Check::skip("clock", "the server sent no Date header"),
                Some((d, None)) => Check::skip(
                    "clock",
                    &format!(
                        "the server's Date header cannot be read as a date: \"{}\"",
                        escape(&d.chars().take(80).collect::<String>())
                    ),
                ),
                Some((_, Some(server))) => {
                    // Both are within year 9999 (parse_http_date refuses more): no overflow.
                    let skew = now_unix().saturating_sub(server);
                    if skew.abs() <= MAX_SKEW {
                        Check::pass(
                            "clock",
                            format!("within {} s of the server's clock", skew.abs()),
                        )
                    } else {
                        let dir = if skew > 0 { "ahead of" } else { "behind" };
                        Check::fail(
                            "clock",
                            Exit::Config,
                            format!(
                                "this machine's clock is {} s {dir} the server's; UserSigs carry the local time",
                                skew.abs()
                            ),
                            Some(
                                "set the clock right (e.g. enable NTP: timedatectl set-ntp true)"
                                    .into(),
                            ),
                        )
                    }
                }
            };
            (net, clock)
        }
        Err(fault) => {
            let attempt = crate::client::attempt::classify(Err(fault));
            let msg = attempt.cause();
            let fix = crate::client::finished::fault_hint(&attempt, target);
            (
                Check::fail("network", Exit::NotApplied, msg, Some(fix)),
                Check::skip("clock", "no connection"),
            )
        }
    }
}

fn accepted(session: &mut Session, quiet: &Reporter) -> Check {
    let probe = format!(
        "00000000_{:08x}_000000000000000_0_0",
        session.settings.sdkappid.value
    );
    let body = json!({ "TaskId": probe }).to_string();
    let policy = session.repeatable();
    let ctx = session.hint_context();
    let Some(end) = session.call(crate::rest::REVOKE.path, &body, policy, quiet) else {
        return Check::skip("service", "interrupted");
    };
    match (&end.last.answer, end.last.class) {
        (Some(a), _) if a.error_code == 90049 => Check::pass(
            "service",
            format!(
                "the SDKAppID, {}, identifier and UserSig are accepted (90049 for a TaskId that cannot exist)",
                accepted_place(&session.settings)
            ),
        ),
        (Some(a), Class::Success) => Check::pass(
            "service",
            format!("the credential is accepted (ErrorCode {})", a.error_code),
        ),
        (Some(a), _) => Check::fail(
            "service",
            end.exit,
            format!(
                "ErrorCode {} ({}): service said \"{}\"",
                a.error_code,
                catalogue::meaning_of(a.error_code),
                escape(&a.error_info_text())
            ),
            Some(catalogue::hint(a.error_code, &ctx)),
        ),
        (None, _) => Check::fail(
            "service",
            end.exit,
            end.last.cause(),
            Some(format!("check the network path to {}", ctx.target)),
        ),
    }
}
