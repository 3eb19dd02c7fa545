//! `timpush revoke`: recall push tasks through POST v4/timpush/revoke.

use std::collections::HashSet;
use std::io::{BufRead, IsTerminal};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::attempt::{self, Attempt, Class};
use crate::catalogue::{self, HintContext};
use crate::cli::{GlobalArgs, OutputFormat, RevokeArgs};
use crate::credential::{self, Credential};
use crate::error::{Exit, Failure};
use crate::output::{Outcome, Reporter, TaskReport};
use crate::retry::{self, Pacer, SystemClock};
use crate::secret::Secret;
use crate::settings::{self, Settings};
use crate::taskid::{TaskId, human_age};
use crate::transport::Transport;
use crate::url::RequestUrl;
use crate::usersig;
use crate::wire::{OfflinePushInfo, RevokeBody};

const COMMAND: &str = "timpush/revoke";
const WINDOW: i64 = 24 * 3600;

pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub fn run(global: &GlobalArgs, args: &RevokeArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let ids = collect_task_ids(args, rep)?;
    let info = OfflinePushInfo::from_flags(args.title.clone(), args.desc.clone(), args.ext.clone())
        .map_err(Failure::usage)?;

    let settings = settings::resolve(global, &settings::process_env)?;
    let mut warnings = settings.warnings.clone();
    let cred = credential::load(&settings.credential, settings.timeout.value, &mut warnings)?;
    for w in &warnings {
        rep.warn(w);
    }
    rep.debug(&format!("credential: {}", settings.credential.describe()));
    let usersig = usersig_for_run(&settings, cred)?;

    let now = now_unix();
    for id in &ids {
        if !id.has_documented_shape() {
            rep.warn(&format!(
                "{id} does not have the usual TaskId shape (five hex fields, optionally after batch_); sending it anyway"
            ));
        } else if let Some(age) = id.apparent_age(now).filter(|a| *a > WINDOW) {
            rep.warn(&format!(
                "{id} looks older than 24 hours (pushed about {} ago, read from its TaskId); the service will likely refuse it (90052)",
                human_age(age)
            ));
        }
    }

    if args.dry_run {
        dry_run(&settings, &usersig, &ids, info.as_ref(), rep);
        return Ok(Exit::Success);
    }

    let transport = Transport::new(settings.ca_bundle.as_ref().map(|c| c.value.as_path()))?;
    let _ =
        ctrlc::set_handler(|| retry::INTERRUPTED.store(true, std::sync::atomic::Ordering::SeqCst));
    let hint_ctx = HintContext {
        task_age: None,
        target: settings.target(),
        usersig_ttl: Some(settings.usersig_ttl.value),
        ready_usersig: settings.credential.is_ready_usersig(),
    };
    let mut pacer = Pacer::default();
    let progress = Progress::new(ids.len());
    let mut first_failure: Option<Exit> = None;
    let mut tally = Tally::default();
    let mut attempted = 0;
    for (i, id) in ids.iter().enumerate() {
        if retry::interrupted() {
            break;
        }
        progress.show(i, id);
        let body = RevokeBody {
            task_id: id.as_str(),
            offline_push_info: info.as_ref(),
        }
        .to_json();
        let ending = retry::run(
            settings.max_attempts.value,
            settings.timeout.value,
            &SystemClock,
            &mut pacer,
            |remaining| send_once(&transport, &settings, &usersig, &body, remaining, rep),
            |note| {
                rep.debug(&format!(
                    "retry: attempt {} of {} in {:.1} s; the last was {}: {}",
                    note.next_attempt,
                    settings.max_attempts.value,
                    note.delay.as_secs_f64(),
                    note.last.class.describe(),
                    note.last.cause()
                ))
            },
        );
        progress.clear();
        let Some(ending) = ending else { break };
        attempted = i + 1;
        let ctx = HintContext {
            task_age: id.apparent_age(now_unix()),
            ..hint_ctx.clone()
        };
        let report = report_for(id, ending, args.strict, &ctx);
        tally.add(&report);
        rep.task(&report);
        if report.exit != Exit::Success && first_failure.is_none() {
            first_failure = Some(report.exit);
        }
        if report.exit != Exit::Success && args.fail_fast && i + 1 < ids.len() {
            rep.note(&format!(
                "--fail-fast: stopped after the first failure; not attempted: {}",
                join(&ids[i + 1..])
            ));
            break;
        }
    }
    let interrupted = retry::interrupted();
    if ids.len() > 1 || interrupted {
        rep.note(&tally.summary(ids.len()));
    }
    if interrupted {
        if attempted < ids.len() {
            rep.note(&format!(
                "interrupted; not attempted ({}): {}",
                ids.len() - attempted,
                join(&ids[attempted..])
            ));
        }
        return Ok(Exit::Interrupted);
    }
    Ok(first_failure.unwrap_or(Exit::Success))
}

fn join(ids: &[TaskId]) -> String {
    ids.iter().map(TaskId::as_str).collect::<Vec<_>>().join(" ")
}

/// TaskIds from --task-id, then --from-file, in order, each once.
fn collect_task_ids(args: &RevokeArgs, rep: &Reporter) -> Result<Vec<TaskId>, Failure> {
    let mut raw: Vec<(String, String)> = args
        .task_ids
        .iter()
        .map(|t| (t.clone(), "--task-id".to_string()))
        .collect();
    if let Some(path) = &args.from_file {
        let (name, reader): (String, Box<dyn BufRead>) = if path == "-" {
            ("standard input".into(), Box::new(std::io::stdin().lock()))
        } else {
            let f = std::fs::File::open(path)
                .map_err(|e| Failure::usage(format!("--from-file {path}: cannot open: {e}")))?;
            (path.clone(), Box::new(std::io::BufReader::new(f)))
        };
        for (n, line) in reader.lines().enumerate() {
            let line = line.map_err(|e| Failure::usage(format!("--from-file {name}: {e}")))?;
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            raw.push((t.to_string(), format!("{name}:{}", n + 1)));
        }
    }
    if raw.is_empty() {
        return Err(Failure::usage("no TaskId given").with_hint(
            "pass --task-id ID (repeatable) or --from-file FILE (- for standard input)",
        ));
    }
    let mut seen = HashSet::new();
    let mut ids = Vec::new();
    for (t, origin) in raw {
        let id = TaskId::parse(&t).map_err(|e| Failure::usage(format!("{origin}: {e}")))?;
        if seen.insert(id.clone()) {
            ids.push(id);
        } else {
            rep.note(&format!(
                "{id} is given more than once ({origin}); it is recalled once"
            ));
        }
    }
    Ok(ids)
}

/// The UserSig for this run: made from the secret key, or the ready one after local checks.
fn usersig_for_run(settings: &Settings, cred: Credential) -> Result<Secret, Failure> {
    let identifier = &settings.identifier.value;
    let sdkappid = settings.sdkappid.value;
    match cred {
        Credential::SecretKey(key) => Ok(usersig::make(
            &key,
            identifier,
            sdkappid as u64,
            now_unix(),
            settings.usersig_ttl.value as i64,
        )),
        Credential::UserSig(sig) => {
            let src = settings.credential.describe();
            let f = usersig::decode(sig.expose()).map_err(|e| {
                Failure::config(format!("the {src} cannot be read: {e}")).with_hint(
                    "copy the UserSig again whole, or use a secret key so timpush makes one",
                )
            })?;
            if f.sdkappid != sdkappid as u64 {
                return Err(Failure::config(format!(
                    "the {src} was made for SDKAppID {}, but the SDKAppID is {sdkappid} (from {})",
                    f.sdkappid, settings.sdkappid.source
                )));
            }
            if &f.identifier != identifier {
                return Err(Failure::config(format!(
                    "the {src} was made for identifier {:?}, but the identifier is {identifier:?} (from {})",
                    f.identifier, settings.identifier.source
                ))
                .with_hint(format!("set identifier = {:?} in the profile, or TIMPUSH_IDENTIFIER", f.identifier)));
            }
            let now = now_unix();
            if f.is_expired(now) {
                return Err(Failure::config(format!(
                    "the {src} expired {} ago",
                    human_age(now - f.expires_at())
                ))
                .with_hint("make a new one, or use a secret key so timpush makes one per run"));
            }
            Ok(sig)
        }
    }
}

fn request_url(settings: &Settings, usersig: &Secret) -> RequestUrl {
    RequestUrl::build(
        &settings.endpoint.value,
        COMMAND,
        usersig,
        &settings.identifier.value,
        settings.sdkappid.value,
        rand::random::<u32>(),
    )
}

fn dry_run(
    settings: &Settings,
    usersig: &Secret,
    ids: &[TaskId],
    info: Option<&OfflinePushInfo>,
    rep: &Reporter,
) {
    for id in ids {
        let url = request_url(settings, usersig);
        let body = RevokeBody {
            task_id: id.as_str(),
            offline_push_info: info,
        }
        .to_json();
        match rep.format {
            OutputFormat::Json => rep.stdout(
                &serde_json::json!({
                    "dry_run": true,
                    "TaskId": id.as_str(),
                    "method": "POST",
                    "url": url.redacted(),
                    "content_type": "application/json",
                    "body": serde_json::from_str::<serde_json::Value>(&body).unwrap_or_default(),
                    "credential": settings.credential.describe(),
                })
                .to_string(),
            ),
            OutputFormat::Text => rep.stdout(&format!(
                "POST {}\nContent-Type: application/json\n{body}\n# credential: {}",
                url.redacted(),
                settings.credential.describe()
            )),
        }
    }
    rep.note("dry run: nothing was sent");
}

fn send_once(
    transport: &Transport,
    settings: &Settings,
    usersig: &Secret,
    body: &str,
    remaining: Duration,
    rep: &Reporter,
) -> Attempt {
    let url = request_url(settings, usersig);
    rep.debug(&format!("POST {}", url.redacted()));
    let start = Instant::now();
    let result = transport.post_json(&url, body, remaining);
    let ms = start.elapsed().as_millis();
    match &result {
        Ok(a) => rep.debug(&format!("answer: HTTP {} in {ms} ms", a.status)),
        Err(_) => rep.debug(&format!("no answer after {ms} ms")),
    }
    attempt::classify(result)
}

fn report_for(id: &TaskId, ending: retry::Ending, strict: bool, ctx: &HintContext) -> TaskReport {
    let last = ending.last;
    let mut exit = ending.exit;
    let outcome = match last.class {
        Class::Success => Outcome::Revoked,
        Class::AlreadyDone if ending.ambiguous_before => Outcome::RevokedAfterRetry,
        Class::AlreadyDone => {
            if strict {
                exit = Exit::Refused;
            }
            Outcome::AlreadyRevoked
        }
        _ if exit == Exit::Unknown => Outcome::Unknown,
        _ => Outcome::Failed,
    };
    let mut message = last.cause();
    if let Some(why) = &ending.gave_up {
        message.push_str(&format!(" (gave up after {why})"));
    }
    if strict && last.class == Class::AlreadyDone && exit != Exit::Success {
        message = format!("already recalled (--strict): {message}");
    }
    let hint = if exit == Exit::Success {
        None
    } else {
        Some(fault_hint(&last, exit, ctx))
    };
    TaskReport {
        task_id: id.to_string(),
        outcome,
        attempts: ending.attempts,
        last,
        exit,
        hint,
        message,
    }
}

fn fault_hint(last: &Attempt, exit: Exit, ctx: &HintContext) -> String {
    if exit == Exit::Unknown {
        return "the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")".into();
    }
    if let Some(a) = &last.answer {
        return catalogue::hint(a.error_code, ctx);
    }
    match last.fault.as_ref().map(|f| f.kind) {
        Some("tls") => format!(
            "the certificate of {} is not trusted; check the endpoint and --ca-bundle (nothing was sent)",
            ctx.target
        ),
        Some("http_status") if last.class == Class::Permanent => format!(
            "{} answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)",
            ctx.target
        ),
        _ => format!(
            "nothing was applied; check the network path to {}, then run the same command again",
            ctx.target
        ),
    }
}

#[derive(Default)]
struct Tally {
    recalled: usize,
    already: usize,
    failed: usize,
}

impl Tally {
    fn add(&mut self, r: &TaskReport) {
        match (r.exit, r.outcome) {
            (Exit::Success, Outcome::AlreadyRevoked) => self.already += 1,
            (Exit::Success, _) => self.recalled += 1,
            _ => self.failed += 1,
        }
    }

    fn summary(&self, total: usize) -> String {
        let done = self.recalled + self.already + self.failed;
        let mut s = format!(
            "{} recalled, {} already recalled, {} failed",
            self.recalled, self.already, self.failed
        );
        if done < total {
            s.push_str(&format!(", {} not attempted", total - done));
        }
        s
    }
}

/// A one-line progress display on stderr, only when stderr is a terminal and there are several
/// tasks.
struct Progress {
    total: usize,
    on: bool,
    started: Instant,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            on: total > 1 && std::io::stderr().is_terminal(),
            started: Instant::now(),
        }
    }

    fn show(&self, done: usize, current: &TaskId) {
        if !self.on {
            return;
        }
        let left = if done == 0 {
            (self.total as u64).saturating_sub(1)
        } else {
            let per = self.started.elapsed().as_secs_f64() / done as f64;
            (per * (self.total - done) as f64) as u64
        };
        eprint!(
            "\r\x1b[K[{done}/{}] recalling {current}, about {left} s left",
            self.total
        );
    }

    fn clear(&self) {
        if self.on {
            eprint!("\r\x1b[K");
        }
    }
}
