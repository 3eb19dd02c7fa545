//! An open session for REST calls: the settings, the credential loaded and the UserSig made
//! once, one transport (one connection), and one pacer for every call of the run.

use crate::client::fault::FaultKind;
use std::collections::HashMap;

use crate::client::attempt::{self, Attempt};
use crate::client::catalogue::HintContext;
use crate::client::pacer::Pacer;
use crate::client::retry::{self, Ending, Policy};
use crate::client::url::RequestUrl;
use crate::error::Failure;
use crate::output::Reporter;
use crate::run::{self, Link};
use crate::secret::Secret;
use crate::settings::Settings;
use crate::settings::credential::{self, Credential};
use crate::taskid::human_age;
use crate::timefmt::now_unix;
use crate::usersig;

/// What a call is about, for the report a second Ctrl-C prints while it is out: its subject
/// (the JSON keys before `outcome`: a TaskId, a TaskID, a batch call), the words that name it
/// in text, and what kind of call it is (which decides the hint).
#[derive(Debug, Clone)]
pub(crate) struct About {
    pub subject: serde_json::Map<String, serde_json::Value>,
    pub label: String,
    pub job: crate::client::finished::Job,
}

impl About {
    pub(crate) fn new(job: crate::client::finished::Job, label: impl Into<String>) -> About {
        About {
            subject: serde_json::Map::new(),
            label: label.into(),
            job,
        }
    }

    pub(crate) fn with(mut self, key: &str, value: impl Into<serde_json::Value>) -> About {
        self.subject.insert(key.into(), value.into());
        self
    }
}

pub(crate) struct Session {
    pub settings: Settings,
    usersig: Secret,
    link: Box<dyn Link>,
    /// One pacer per REST command, made at its first call.
    pacers: HashMap<String, Pacer>,
}

impl Session {
    /// Loads the credential (warnings go to `rep`), makes or checks the UserSig, and sets up
    /// the HTTP client (TLS roots). Nothing is sent; every failure has its exit status.
    pub(crate) fn open(settings: Settings, rep: &Reporter) -> Result<Session, Failure> {
        crate::timings::mark("settings");
        let mut warnings = settings.warnings.clone();
        let cred = credential::load(&settings.credential, settings.timeout.value, &mut warnings)?;
        for w in &warnings {
            rep.warn(w);
        }
        rep.debug(&format!(
            "profile {:?} ({}); credential: {}",
            settings.profile.value,
            settings.profile.source,
            settings.credential.describe()
        ));
        let usersig = usersig_for_run(&settings, cred)?;
        refuse_pasted_secrets()?;
        crate::timings::mark("credential");
        let ca = read_ca_bundle(&settings)?;
        let ca = ca.as_ref();
        let link = run::current().net.connect(ca, &settings.endpoint.value)?;
        crate::timings::mark("HTTP client (CA roots)");
        crate::signals::stop_gracefully();
        Ok(Session {
            settings,
            usersig,
            link,
            pacers: HashMap::new(),
        })
    }

    /// The URL of `command` (e.g. `timpush/revoke`) with a fresh `random`.
    pub(crate) fn url(&self, command: &str) -> RequestUrl {
        url_of(&self.settings, &self.usersig, command)
    }

    /// What hints need to know about this run.
    pub(crate) fn hint_context(&self) -> HintContext {
        HintContext {
            task_age: None,
            target: self.settings.target(),
            usersig_ttl: Some(self.settings.usersig_ttl.value),
            ready_usersig: self.settings.credential.is_ready_usersig(),
        }
    }

    /// The profile's attempts, repeating calls that may have been applied (safe for revoke).
    pub(crate) fn repeatable(&self) -> Policy {
        Policy {
            max_attempts: self.settings.max_attempts.value,
            retry_ambiguous: true,
        }
    }

    /// The profile's attempts, repeating a call that may have been applied only when the table
    /// of REST commands says `command` may be repeated.
    pub(crate) fn policy(&self, command: &crate::rest::Rest) -> Policy {
        Policy {
            retry_ambiguous: command.repeatable,
            ..self.repeatable()
        }
    }

    /// One call with retries and pacing, a read that is safe to repeat. `None`: interrupted
    /// before the first attempt.
    pub(crate) fn call(
        &mut self,
        command: &str,
        body: &str,
        policy: Policy,
        rep: &Reporter,
    ) -> Option<Ending> {
        let about = About::new(crate::client::finished::Job::Read, command.to_string());
        self.call_about(command, body, policy, rep, &about)
    }

    /// One call with retries and pacing; while it is out, a second Ctrl-C reports it as
    /// `about` says (outcome unknown). `None`: interrupted before the first attempt.
    pub(crate) fn call_about(
        &mut self,
        command: &str,
        body: &str,
        policy: Policy,
        rep: &Reporter,
        about: &About,
    ) -> Option<Ending> {
        let words = {
            let about = about.clone();
            let rep = *rep;
            move || {
                let f = crate::client::finished::Finished::cut_off(about.job);
                if rep.json() {
                    rep.object(&f.json(about.subject.clone()));
                }
                rep.error(
                    &format!("{}: {}", about.label, f.message),
                    f.hint.as_deref(),
                );
            }
        };
        crate::signals::call_out(Some(Box::new(words)));
        let ending = self.call_inner(command, body, policy, rep);
        crate::signals::call_out(None);
        ending
    }

    fn call_inner(
        &mut self,
        command: &str,
        body: &str,
        policy: Policy,
        rep: &Reporter,
    ) -> Option<Ending> {
        call_with(
            &self.settings,
            &self.usersig,
            &*self.link,
            &mut self.pacers,
            (command, body),
            policy,
            rep,
        )
    }

    /// What another connection of this session needs, to be opened in the thread that uses it.
    pub(crate) fn seed(&self) -> Seed<'_> {
        Seed {
            settings: &self.settings,
            usersig: &self.usersig,
        }
    }
}

/// The settings and UserSig of a session, for more connections (see [`Seed::connect`]).
#[derive(Clone, Copy)]
pub(crate) struct Seed<'a> {
    settings: &'a Settings,
    usersig: &'a Secret,
}

impl<'a> Seed<'a> {
    /// One more connection, with pacers of its own (which keep the pace shared with every
    /// other connection and process: see `client::pacer`).
    pub(crate) fn connect(self) -> Result<Caller<'a>, Failure> {
        let ca = read_ca_bundle(self.settings)?;
        let link = run::current()
            .net
            .connect(ca.as_ref(), &self.settings.endpoint.value)?;
        Ok(Caller {
            settings: self.settings,
            usersig: self.usersig,
            link,
            pacers: HashMap::new(),
        })
    }
}

/// A connection of a session beside its own, for calls out at once (the audience commands).
pub(crate) struct Caller<'a> {
    settings: &'a Settings,
    usersig: &'a Secret,
    link: Box<dyn Link>,
    pacers: HashMap<String, Pacer>,
}

impl Caller<'_> {
    /// One call with retries and pacing, as [`Session::call`] makes it; no report of it is
    /// left for a second Ctrl-C (the caller keeps what is out).
    pub(crate) fn call(
        &mut self,
        command: &str,
        body: &str,
        policy: Policy,
        rep: &Reporter,
    ) -> Option<Ending> {
        call_with(
            self.settings,
            self.usersig,
            &*self.link,
            &mut self.pacers,
            (command, body),
            policy,
            rep,
        )
    }
}

fn call_with(
    settings: &Settings,
    usersig: &Secret,
    link: &dyn Link,
    pacers: &mut HashMap<String, Pacer>,
    (command, body): (&str, &str),
    policy: Policy,
    rep: &Reporter,
) -> Option<Ending> {
    if crate::secret::holds_secret(body) {
        return Some(secret_in_body(command));
    }
    crate::timings::mark("command");
    let mut exchange = std::time::Duration::ZERO;
    let timeout = settings.timeout.value;
    let max_attempts = policy.max_attempts;
    let mut pacer = match pacers.remove(command) {
        Some(p) => p,
        None => Pacer::shared(
            crate::env::pace_dir(),
            &settings.endpoint.value,
            settings.sdkappid.value,
            command,
            Box::new(*rep),
        ),
    };
    let ending = retry::run(
        policy,
        timeout,
        &*run::current().clock,
        &mut pacer,
        |remaining| {
            let url = url_of(settings, usersig, command);
            let at = std::time::Instant::now();
            let attempt = send_once(link, &url, body, remaining, rep);
            exchange += at.elapsed();
            attempt
        },
        |note| {
            rep.debug(&format!(
                "retry: attempt {} of {max_attempts} in {:.1} s; the last was {}: {}",
                note.next_attempt,
                note.delay.as_secs_f64(),
                note.last.class.describe(),
                note.last.cause()
            ))
        },
    );
    pacers.insert(command.to_string(), pacer);
    let handshake = link.handshake_time();
    crate::timings::split(
        &[
            ("connection (TCP, TLS)", handshake.min(exchange)),
            ("call", exchange.saturating_sub(handshake)),
        ],
        "pacing",
    );
    ending
}

/// The URL of `command` with a fresh `random`.
fn url_of(settings: &Settings, usersig: &Secret, command: &str) -> RequestUrl {
    RequestUrl::build(
        &settings.endpoint.value,
        command,
        usersig,
        &settings.identifier.value,
        settings.sdkappid.value,
        (run::current().random)(),
    )
}

/// A secret is never sent as a value: an argument that holds the secret key or the UserSig (or
/// a piece of one), pasted by mistake as a TaskId, a title or an account, ends the run first.
fn refuse_pasted_secrets() -> Result<(), Failure> {
    for (i, arg) in run::current().args.iter().enumerate() {
        let n = i + 1;
        if crate::secret::holds_secret(arg) {
            return Err(Failure::usage(format!(
                "argument {n} holds a secret of the configuration (a secret key, a UserSig or a callback token, of any profile); a secret is never sent as a value, and nothing was sent"
            ))
            .with_hint("check what was pasted there (a TaskId looks like 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e); a secret belongs in a key file or a variable such as TIMPUSH_SECRET_KEY, never on the command line"));
        }
    }
    Ok(())
}

/// The end of a call whose body would have carried a secret (read from a file or standard
/// input): not sent, a usage error.
fn secret_in_body(command: &str) -> Ending {
    Ending {
        attempts: 0,
        last: Attempt {
            class: crate::client::attempt::Class::NotSent,
            answer: None,
            fault: Some(crate::client::attempt::Fault {
                kind: FaultKind::Secret,
                message: format!(
                    "the {command} request would carry a secret of the configuration (a value read from a file or standard input holds it); nothing was sent"
                ),
                http_status: None,
            }),
            retry_after: None,
        },
        ambiguous_before: false,
        exit: crate::error::Exit::Usage,
        gave_up: None,
    }
}

fn send_once(
    link: &dyn Link,
    url: &RequestUrl,
    body: &str,
    remaining: std::time::Duration,
    rep: &Reporter,
) -> Attempt {
    rep.debug(&format!("POST {}", url.redacted()));
    let clock = &run::current().clock;
    let start = clock.now();
    let result = link.post_json(url, body, remaining);
    let ms = (clock.now() - start).as_millis();
    match &result {
        Ok(a) => rep.debug(&format!("answer: HTTP {} in {ms} ms", a.status)),
        Err(_) => rep.debug(&format!("no answer after {ms} ms")),
    }
    attempt::classify(result)
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
                    crate::sanitize::escape(&f.identifier), settings.identifier.source
                ))
                .with_hint(format!(
                    "set identifier = {:?} in the profile, or TIMPUSH_IDENTIFIER",
                    crate::sanitize::escape(&f.identifier)
                )));
            }
            let now = now_unix();
            if f.is_expired(now) {
                return Err(Failure::config(format!(
                    "the {src} expired {} ago",
                    human_age(now.saturating_sub(f.expires_at()))
                ))
                .with_hint("make a new one, or use a secret key so timpush makes one per run"));
            }
            Ok(sig)
        }
    }
}

/// The CA bundle the settings name, read (within its cap) for the transport.
pub(crate) fn read_ca_bundle(
    settings: &Settings,
) -> Result<Option<crate::client::transport::CaBundle>, Failure> {
    read_ca_file(settings.ca_bundle.as_ref().map(|c| c.value.as_path()))
}

/// The CA bundle at `path`, when one is named.
pub(crate) fn read_ca_file(
    path: Option<&std::path::Path>,
) -> Result<Option<crate::client::transport::CaBundle>, Failure> {
    let Some(path) = path else {
        return Ok(None);
    };
    let pem = crate::input::read_file("CA bundle", path, crate::input::PEM_CAP, Failure::config)?;
    Ok(Some(crate::client::transport::CaBundle {
        path: path.to_path_buf(),
        pem,
    }))
}
