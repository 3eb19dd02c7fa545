//! Sending rows: 100 accounts a call, up to `connections` calls out at once (each on its own
//! connection), the starts spaced at the service's pace (shared with every other timpush
//! process: `client::pacer`). Results are reported in the order of the input. The first call
//! that fails, Ctrl-C or a row that cannot be read stops the sending; the calls out finish, and
//! the rows not done (that call's, the calls not sent, the rest of the input) go to a resume
//! file, so that running the command on it goes on exactly where this run stopped.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::{
    AccountError, AttrName, Namer, Op, Read, Row, Rows, body, check_names, read_answer, shown,
};
use crate::client::catalogue;
use crate::client::finished::{Finished, Job};
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::session::{Seed, Session};
use crate::signals;

/// A run over rows.
pub(crate) struct Plan {
    pub op: Op,
    pub rows: Rows,
    /// The app's attribute names, for the attribute commands.
    pub names: Option<Vec<AttrName>>,
    pub connections: usize,
    pub dry_run: bool,
    pub resume_file: Option<PathBuf>,
    /// Rows counted before sending (a file is read twice: checked whole, then sent).
    pub total: Option<u64>,
    /// The command that goes on from a resume file, without its input flag
    /// (`timpush -p prod tag add --tag vip`), quoted for a shell; `--from-file`/`--to-file
    /// FILE` is added.
    pub again: String,
    /// The flag the resume file is given with.
    pub again_flag: &'static str,
}

/// One call: its place in the input's order, and its rows.
struct Call {
    index: usize,
    rows: Vec<Row>,
}

enum Ended {
    Done {
        errors: Vec<AccountError>,
        reads: Vec<Option<Read>>,
    },
    Failed(Box<Finished>),
    /// Not sent (stopped before its turn).
    Unsent,
}

/// What the run came to.
#[derive(Default)]
struct Tally {
    calls: u64,
    accounts: u64,
    done: u64,
    refused: u64,
    not_done: u64,
    first_failure: Option<Exit>,
    refused_exit: Option<Exit>,
    /// The rows not done, in the input's order, for the resume file.
    resume: Vec<Row>,
    /// Calls made (answered or not): the journal's entry says them.
    made: u64,
    table_width: Option<usize>,
}

/// Checks every row of a file before anything is sent; the number of rows.
pub(crate) fn count(rows: &mut Rows, names: Option<&[AttrName]>) -> Result<u64, Failure> {
    let mut n = 0;
    while let Some(row) = rows.next_row() {
        let row = row?;
        if let Some(names) = names {
            check_names(&row, names)
                .map_err(|e| Failure::usage(format!("{}: {e}", rows.place(&row))))?;
        }
        n += 1;
    }
    Ok(n)
}

/// Sends the rows of `plan` through `session` (and more connections of it); the exit status.
pub(crate) fn run(session: &mut Session, mut plan: Plan, rep: &Reporter) -> Result<Exit, Failure> {
    let op = plan.op;
    if plan.dry_run {
        return dry_run(&mut plan, rep);
    }
    let policy = session.policy(op.rest());
    let ctx = session.hint_context();
    let seed = session.seed();
    let current = crate::run::current();
    let n = plan.connections.max(1);
    let stop = AtomicBool::new(false);
    let (job_tx, job_rx) = mpsc::sync_channel::<Call>(n);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(Call, Ended)>();
    let mut tally = Tally::default();
    let mut pending: BTreeMap<usize, (Call, Ended)> = BTreeMap::new();
    let mut next = 0usize;
    let mut bad: Option<(Failure, Option<String>)> = None;
    let progress = Progress::new(rep, plan.total);
    signals::on_abort(Some(Box::new(move || {
        stderr_println!(
            "timpush: stopped at once: the calls out may or may not have been applied, and no resume file was written; run the same command again (adding tags or setting attributes again is safe)"
        );
    })));
    std::thread::scope(|s| {
        for _ in 0..n {
            let done_tx = done_tx.clone();
            let (job_rx, stop, ctx, rep) = (&job_rx, &stop, &ctx, *rep);
            s.spawn(move || {
                crate::run::enter(current, || {
                    worker(seed, op, policy, ctx, job_rx, &done_tx, stop, &rep)
                })
            });
        }
        drop(done_tx);
        let namer = plan.rows.namer();
        let handle = |pending: &mut BTreeMap<usize, (Call, Ended)>,
                      next: &mut usize,
                      tally: &mut Tally,
                      got: (Call, Ended)| {
            pending.insert(got.0.index, got);
            while let Some(item) = pending.remove(next) {
                *next += 1;
                progress.clear();
                report(&namer, op, item, tally, rep);
                progress.show(tally);
            }
        };
        let mut index = 0;
        let mut batch: Vec<Row> = Vec::with_capacity(super::PER_CALL);
        loop {
            for got in done_rx.try_iter() {
                handle(&mut pending, &mut next, &mut tally, got);
            }
            if stop.load(Ordering::SeqCst) || signals::interrupted() || !rep.delivering() {
                break;
            }
            match plan.rows.next_row() {
                None => break,
                Some(Err(f)) => {
                    bad = Some((f, plan.rows.take_failed()));
                    break;
                }
                Some(Ok(row)) => {
                    if let Some(names) = &plan.names
                        && let Err(e) = check_names(&row, names)
                    {
                        let f = Failure::usage(format!("{}: {e}", plan.rows.place(&row)));
                        bad = Some((f, Some(row.raw.clone())));
                        break;
                    }
                    batch.push(row);
                    if batch.len() == super::PER_CALL {
                        let call = Call {
                            index,
                            rows: std::mem::take(&mut batch),
                        };
                        index += 1;
                        if let Err(mpsc::SendError(call)) = job_tx.send(call) {
                            handle(&mut pending, &mut next, &mut tally, (call, Ended::Unsent));
                        }
                    }
                }
            }
        }
        if !batch.is_empty() {
            let call = Call {
                index,
                rows: std::mem::take(&mut batch),
            };
            // Sent unless a stop came first; either way it is reported in its place.
            if stop.load(Ordering::SeqCst) || signals::interrupted() {
                handle(&mut pending, &mut next, &mut tally, (call, Ended::Unsent));
            } else if let Err(mpsc::SendError(call)) = job_tx.send(call) {
                handle(&mut pending, &mut next, &mut tally, (call, Ended::Unsent));
            }
        }
        drop(job_tx);
        for got in done_rx.iter() {
            handle(&mut pending, &mut next, &mut tally, got);
        }
    });
    progress.clear();
    signals::on_abort(None);
    finish(session, &mut plan, tally, bad, rep)
}

#[allow(clippy::too_many_arguments)]
fn worker(
    seed: Seed<'_>,
    op: Op,
    policy: crate::client::retry::Policy,
    ctx: &crate::client::catalogue::HintContext,
    jobs: &Mutex<mpsc::Receiver<Call>>,
    done: &mpsc::Sender<(Call, Ended)>,
    stop: &AtomicBool,
    rep: &Reporter,
) {
    let mut caller = seed.connect();
    loop {
        let call = {
            let rx = jobs
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match rx.recv() {
                Ok(c) => c,
                Err(_) => return,
            }
        };
        if stop.load(Ordering::SeqCst) || signals::interrupted() {
            let _ = done.send((call, Ended::Unsent));
            continue;
        }
        let ended = match caller.as_mut() {
            Err(f) => Ended::Failed(Box::new(Finished::not_attempted(f.exit, &f.message))),
            Ok(c) => {
                let text = body(op, &call.rows);
                match c.call(op.rest().path, &text, policy, rep) {
                    None => Ended::Unsent,
                    Some(end) => {
                        let raw = end.last.answer.as_ref().map(|a| a.raw.clone());
                        let job = if op.reads() { Job::Read } else { Job::Call };
                        let f = Finished::new(job, end, ctx, false);
                        if f.succeeded() {
                            match read_answer(
                                op,
                                &call.rows,
                                &raw.as_ref()
                                    .and_then(Value::as_object)
                                    .cloned()
                                    .unwrap_or_default(),
                            ) {
                                Ok((errors, reads)) => Ended::Done { errors, reads },
                                Err(m) => Ended::Failed(Box::new(Finished::protocol(m))),
                            }
                        } else {
                            Ended::Failed(Box::new(f))
                        }
                    }
                }
            }
        };
        if !matches!(ended, Ended::Done { .. }) {
            stop.store(true, Ordering::SeqCst);
        }
        if done.send((call, ended)).is_err() {
            return;
        }
    }
}

/// The rows of a call, as messages name them: `users.csv:2-101`, `users.csv:7`.
fn rows_named(rows: &Namer, call: &[Row]) -> String {
    match (call.first(), call.last()) {
        (Some(a), Some(b)) => rows.lines(a, b),
        _ => rows.name.clone(),
    }
}

/// Reports one call's end, in the input's order.
fn report(rows: &Namer, op: Op, (call, ended): (Call, Ended), tally: &mut Tally, rep: &Reporter) {
    let accounts = call.rows.len() as u64;
    tally.calls += 1;
    tally.accounts += accounts;
    match ended {
        Ended::Unsent => {
            tally.not_done += accounts;
            tally.resume.extend(call.rows);
        }
        Ended::Failed(f) => {
            tally.made += u64::from(f.attempts > 0);
            tally.not_done += accounts;
            let named = rows_named(rows, &call.rows);
            let hint = if op.reads() {
                f.hint.clone()
            } else {
                Some(match f.hint.as_deref() {
                    Some(h) if f.exit != Exit::Unknown => format!(
                        "{h}; the call's rows are in the resume file"
                    ),
                    _ => "the call may or may not have been applied; its rows are in the resume file, and sending them again leaves the same tags and attributes".into(),
                })
            };
            if rep.json() {
                let mut subject = Map::new();
                subject.insert("kind".into(), "call".into());
                subject.insert("rows".into(), named.clone().into());
                subject.insert("accounts".into(), accounts.into());
                let mut v = f.json(subject);
                if let Some(h) = &hint {
                    v["hint"] = h.clone().into();
                }
                rep.object(&v);
            }
            rep.error(
                &format!(
                    "{} of {named} ({accounts} accounts): {}",
                    op.name(),
                    f.message
                ),
                hint.as_deref(),
            );
            tally.first_failure.get_or_insert(f.exit);
            tally.resume.extend(call.rows);
        }
        Ended::Done { errors, reads } => {
            tally.made += 1;
            tally.refused += errors.len() as u64;
            tally.done += accounts - errors.len() as u64;
            for e in &errors {
                let row = call.rows.iter().find(|r| r.account == e.account);
                let place = row.map(|r| rows.place(r)).unwrap_or_default();
                let line = row.filter(|_| !rows.arguments).map(|r| r.line);
                let meaning = catalogue::meaning_of(e.code);
                tally
                    .refused_exit
                    .get_or_insert(catalogue::class_of(e.code).exit());
                if rep.json() {
                    rep.object(&json!({
                        "kind": "refused",
                        "account": e.account,
                        "line": line,
                        "outcome": "refused",
                        "ErrorCode": e.code,
                        "meaning": meaning,
                        "ErrorInfo": e.info.clone().unwrap_or_default(),
                    }));
                } else {
                    let said = match e.info.as_deref() {
                        Some(i) if !i.is_empty() => format!(": service said \"{}\"", escape(i)),
                        _ => String::new(),
                    };
                    rep.warn(&format!(
                        "{place}: refused: ErrorCode {} ({meaning}){said}",
                        e.code
                    ));
                }
            }
            if op.reads() {
                show_reads(op, &call.rows, &reads, tally, rep);
            }
        }
    }
}

/// What was read, one account a line: a table in text, one object each in JSON.
fn show_reads(op: Op, rows: &[Row], reads: &[Option<Read>], tally: &mut Tally, rep: &Reporter) {
    let found: Vec<(&Row, &Read)> = rows
        .iter()
        .zip(reads)
        .filter_map(|(r, g)| g.as_ref().map(|g| (r, g)))
        .collect();
    if rep.json() {
        for (r, g) in found {
            let v = match g {
                Read::Tags(t) => json!({"kind": "tags", "account": r.account, "tags": t}),
                Read::Attrs(a) => json!({"kind": "attrs", "account": r.account, "attrs": a}),
            };
            rep.object(&v);
        }
        return;
    }
    let width = *tally.table_width.get_or_insert_with(|| {
        let w = found
            .iter()
            .map(|(r, _)| escape(&r.account).chars().count())
            .max()
            .unwrap_or(0)
            .clamp(7, 36);
        rep.stdout(&format!(
            "{:<w$}  {}",
            "ACCOUNT",
            if op == Op::GetTags {
                "TAGS"
            } else {
                "ATTRIBUTES"
            }
        ));
        w
    });
    for (r, g) in found {
        rep.stdout(&format!("{:<width$}  {}", escape(&r.account), shown(g)));
    }
}

/// The end of a run: the resume file, the summary, the journal's entry and the exit status.
fn finish(
    session: &Session,
    plan: &mut Plan,
    mut tally: Tally,
    bad: Option<(Failure, Option<String>)>,
    rep: &Reporter,
) -> Result<Exit, Failure> {
    let op = plan.op;
    let interrupted = signals::interrupted();
    let bad_exit = bad.as_ref().map(|(f, _)| f.exit);
    let was_bad = bad.is_some();
    if let Some((f, _)) = &bad {
        rep.failure(f);
    }
    let stopped =
        interrupted || bad.is_some() || tally.first_failure.is_some() || !rep.delivering();
    let mut resume_path = None;
    if stopped && !op.reads() && plan.rows.given_as_arguments() {
        let mut left: Vec<String> = tally.resume.iter().map(|r| escape(&r.account)).collect();
        let mut rest = Vec::new();
        let _ = plan.rows.copy_rest(&mut rest);
        let rest = String::from_utf8_lossy(&rest).into_owned();
        let unread = rest.lines().count() as u64;
        left.extend(rest.lines().map(escape));
        tally.not_done = left.len() as u64;
        tally.accounts += unread;
        if !left.is_empty() {
            rep.note(&format!("not done ({}): {}", left.len(), left.join(" ")));
        }
    } else if stopped && !op.reads() {
        let bad_raw = bad.and_then(|(_, raw)| raw);
        // The row that could not be read is an account not done too.
        if bad_raw.is_some() {
            tally.not_done += 1;
            tally.accounts += 1;
        }
        match write_resume(plan, &tally.resume, bad_raw.as_deref()) {
            Ok(Some((path, rest))) => {
                tally.not_done += rest;
                tally.accounts += rest;
                resume_path = Some(path);
            }
            Ok(None) => {}
            Err(e) => rep.error(
                &format!("the rows not done could not be written: {e}"),
                Some("run the same command on the whole input again: adding tags or setting attributes again leaves the same result"),
            ),
        }
    }
    let mut summary = format!(
        "{}: {} account{} in {} call{}: {} {}",
        op.name(),
        tally.accounts,
        plural(tally.accounts),
        tally.calls,
        plural(tally.calls),
        tally.done,
        op.done_word()
    );
    if tally.refused > 0 {
        summary.push_str(&format!(", {} refused", tally.refused));
    }
    if tally.not_done > 0 || resume_path.is_some() {
        summary.push_str(&format!(", {} not done", tally.not_done));
    }
    if interrupted {
        summary.push_str(" (interrupted)");
    }
    let again = resume_path.as_ref().map(|p| {
        format!(
            "{} {} {}",
            plan.again,
            plan.again_flag,
            crate::settings::fsperm::quoted(p)
        )
    });
    let outcome = if interrupted {
        "interrupted"
    } else if tally.first_failure.is_some() || was_bad {
        "failed"
    } else if tally.refused > 0 {
        "partial"
    } else {
        "done"
    };
    if rep.json() {
        let mut v = json!({
            "kind": "summary",
            "command": op.name(),
            "accounts": tally.accounts,
            "calls": tally.calls,
            "done": tally.done,
            "refused": tally.refused,
            "not_done": tally.not_done,
            "outcome": outcome,
        });
        if let Some(p) = &resume_path {
            v["resume_file"] = p.display().to_string().into();
        }
        if !op.reads() {
            rep.object(&v);
        }
    } else if !op.reads() {
        rep.stdout(&summary);
    } else if tally.refused > 0 || tally.not_done > 0 {
        rep.note(&summary);
    }
    if let (Some(p), Some(again)) = (&resume_path, &again) {
        rep.note(&format!(
            "the rows not done are in {}; to go on from there: {again}",
            p.display()
        ));
    }
    if !op.reads() && tally.made > 0 {
        let mut entry = crate::journal::entry(&session.settings, op.name());
        entry.insert("input".into(), plan.rows.name.clone().into());
        entry.insert("accounts".into(), tally.accounts.into());
        entry.insert("calls".into(), tally.made.into());
        entry.insert("done".into(), tally.done.into());
        entry.insert("refused".into(), tally.refused.into());
        entry.insert("not_done".into(), tally.not_done.into());
        entry.insert("outcome".into(), outcome.into());
        let journal = crate::journal::Journal::of(&session.settings);
        crate::journal::record(journal.as_ref(), entry, rep);
    }
    if interrupted {
        return Ok(Exit::Interrupted);
    }
    let exit = tally
        .first_failure
        .or(bad_exit)
        .or(tally.refused_exit)
        .unwrap_or(Exit::Success);
    Ok(rep.settle(exit))
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Writes the resume file: the header, the rows not done, the row that could not be read, and
/// the rest of the input. `None` when there is nothing left to do. Also returns how many rows
/// were left unread (not counted in the tally).
fn write_resume(
    plan: &mut Plan,
    rows: &[Row],
    bad_raw: Option<&str>,
) -> std::io::Result<Option<(PathBuf, u64)>> {
    let mut buf = Vec::new();
    plan.rows.resume_lines(rows.iter(), &mut buf)?;
    if let Some(b) = bad_raw {
        writeln!(buf, "{b}")?;
    }
    let path = resume_path(plan)?;
    let (mut file, path) = create_private(&path)?;
    file.write_all(&buf)?;
    let rest = plan.rows.copy_rest(&mut file)?;
    file.flush()?;
    let empty = rows.is_empty() && bad_raw.is_none() && rest == 0;
    if empty {
        drop(file);
        let _ = std::fs::remove_file(&path);
        return Ok(None);
    }
    Ok(Some((path, rest)))
}

/// Where the resume file goes: as given, beside the input file (`FILE.resume`), or in the cache
/// folder for standard input and the command line.
fn resume_path(plan: &Plan) -> std::io::Result<PathBuf> {
    if let Some(p) = &plan.resume_file {
        return Ok(p.clone());
    }
    if let Some(p) = &plan.rows.path {
        let mut name = p.as_os_str().to_owned();
        name.push(".resume");
        return Ok(PathBuf::from(name));
    }
    let dir = crate::env::cache_dir()
        .map(|d| d.join("resume"))
        .ok_or_else(|| {
            std::io::Error::other("no cache folder is known; give --resume-file FILE")
        })?;
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(&dir)?;
    Ok(dir.join(format!(
        "{}-{}-{}.txt",
        plan.op.name().replace(' ', "-"),
        crate::timefmt::wire_utc(crate::timefmt::now_unix()).replace([' ', ':'], "-"),
        std::process::id()
    )))
}

/// A new private file at `path`, or beside it (`PATH-2`, `PATH-3`, …) when one is there: a
/// resume file of an earlier run is never overwritten. Never reached through a symlink.
fn create_private(path: &Path) -> std::io::Result<(std::fs::File, PathBuf)> {
    let mut candidate = path.to_path_buf();
    for n in 2..=100 {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        match opts.open(&candidate) {
            Ok(f) => return Ok((f, candidate)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let mut name = path.as_os_str().to_owned();
                name.push(format!("-{n}"));
                candidate = PathBuf::from(name);
            }
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other(format!(
        "{} and 99 more names beside it are taken",
        path.display()
    )))
}

/// `--dry-run`: the first calls as they would be sent, and the totals; nothing is sent.
fn dry_run(plan: &mut Plan, rep: &Reporter) -> Result<Exit, Failure> {
    const SHOWN: usize = 3;
    let op = plan.op;
    let mut calls = 0u64;
    let mut accounts = 0u64;
    let mut batch = Vec::new();
    let show = |rows: &[Row], calls: u64| {
        if calls as usize >= SHOWN {
            return;
        }
        let text = body(op, rows);
        if rep.json() {
            let b: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            rep.object(
                &json!({"kind": "call", "path": format!("v4/{}", op.rest().path), "body": b}),
            );
        } else {
            rep.stdout(&format!("POST v4/{} {text}", op.rest().path));
        }
    };
    while let Some(row) = plan.rows.next_row() {
        let row = row?;
        if let Some(names) = &plan.names {
            check_names(&row, names)
                .map_err(|e| Failure::usage(format!("{}: {e}", plan.rows.place(&row))))?;
        }
        batch.push(row);
        accounts += 1;
        if batch.len() == super::PER_CALL {
            show(&batch, calls);
            calls += 1;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        show(&batch, calls);
        calls += 1;
    }
    let pace = op.rest().interval.as_secs_f64() * calls as f64;
    let text = format!(
        "dry run: {} would send {accounts} account{} in {calls} call{} (at least {:.1} s at the service's pace); nothing was sent",
        op.name(),
        plural(accounts),
        plural(calls),
        pace
    );
    if rep.json() {
        rep.object(&json!({"kind": "summary", "command": op.name(), "accounts": accounts, "calls": calls, "outcome": "dry_run"}));
    } else if calls as usize > SHOWN {
        rep.note(&format!("{text}; the first {SHOWN} calls are shown"));
    } else {
        rep.note(&text);
    }
    Ok(rep.settle(Exit::Success))
}

/// A line on a terminal while rows are sent: accounts done of the total, and once a second has
/// passed, how fast and the time left. On the run's clock; at most four a second.
struct Progress {
    on: bool,
    total: Option<u64>,
    started: Instant,
    last: std::cell::Cell<Option<Instant>>,
}

impl Progress {
    fn new(rep: &Reporter, total: Option<u64>) -> Progress {
        let run = crate::run::current();
        Progress {
            on: !rep.verbose && !rep.quiet && run.sink.terminal(crate::run::Stream::Stderr),
            total,
            started: run.clock.now(),
            last: std::cell::Cell::new(None),
        }
    }

    fn show(&self, tally: &Tally) {
        if !self.on {
            return;
        }
        let now = crate::run::current().clock.now();
        if self
            .last
            .get()
            .is_some_and(|l| now - l < Duration::from_millis(250))
        {
            return;
        }
        self.last.set(Some(now));
        let secs = (now - self.started).as_secs_f64();
        let mut text = match self.total {
            Some(t) => format!("{} of {t} accounts", tally.accounts),
            None => format!("{} accounts", tally.accounts),
        };
        if secs >= 1.0 {
            let rate = tally.accounts as f64 / secs;
            text.push_str(&format!(", {rate:.0} a second"));
            if let Some(t) = self.total {
                let left = t.saturating_sub(tally.accounts) as f64 / rate.max(1.0);
                text.push_str(&format!(", about {} s left", left.ceil() as u64));
            }
        }
        stderr_print!("\r\x1b[K{text}");
    }

    fn clear(&self) {
        if self.on && self.last.get().is_some() {
            stderr_print!("\r\x1b[K");
        }
    }
}
