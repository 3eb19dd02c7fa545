//! Ctrl-C and SIGTERM, installed once at the start of a run.
//!
//! Until a command says it stops gracefully, a signal ends the process at once, as for any
//! program waiting at a prompt. Once it has (a command that sends calls, the emulator), the
//! first signal sets a flag: no new call starts, the call in flight finishes and is reported
//! (a note says so at once when a call is out). A second one ends the process at once, for a
//! call that hangs: its last words report the call that was out (its outcome unknown: it may
//! have been applied) and what the command had not attempted.
//!
//! An interrupted run dies by SIGINT after its report (not a plain exit 130), so that a shell
//! loop around it stops too: shells stop a loop only when the command was killed by the signal.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static GRACEFUL: AtomicBool = AtomicBool::new(false);

/// What to report when a second signal ends the process.
type LastWords = Box<dyn Fn() + Send>;
/// What must be undone however the process ends by a signal (a terminal with echo off).
static ON_DEATH: Mutex<Option<LastWords>> = Mutex::new(None);

/// Sets (or clears) what is undone before the process dies by a signal.
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) fn on_death(undo: Option<LastWords>) {
    if let Ok(mut u) = ON_DEATH.lock() {
        *u = undo;
    }
}
/// The command's part: what it had not attempted.
static LAST_WORDS: Mutex<Option<LastWords>> = Mutex::new(None);
/// The call that is out now, reported first.
static IN_FLIGHT: Mutex<Option<LastWords>> = Mutex::new(None);

/// Sets (or, with `None`, clears) what the command reports if a second signal ends the run at
/// once: the calls it has not made.
pub(crate) fn on_abort(words: Option<LastWords>) {
    if let Ok(mut w) = LAST_WORDS.lock() {
        *w = words;
    }
}

/// Sets (or clears) the report of the call that is out: set by the session for every call.
pub(crate) fn call_out(words: Option<LastWords>) {
    if let Ok(mut w) = IN_FLIGHT.lock() {
        *w = words;
    }
}

/// What the first signal says when no call is out, unless a command says otherwise.
const STOPPING: &str = "timpush: interrupted: stopping before the next call";
static IDLE_NOTE: Mutex<&'static str> = Mutex::new(STOPPING);

/// From now on, the first signal only sets the flag that [`interrupted`] reads.
pub(crate) fn stop_gracefully() {
    GRACEFUL.store(true, Ordering::SeqCst);
}

/// A server's run (the emulator, `callback listen`): a signal is how it is meant to end.
static SIGNAL_ENDS_IT: AtomicBool = AtomicBool::new(false);

/// As [`stop_gracefully`], for a server, whose normal end is a signal (the emulator, `callback
/// listen`): the first signal says `note` instead of speaking of a next call, and the run ends
/// with its own status rather than by the signal.
pub(crate) fn stop_gracefully_saying(note: &'static str) {
    if let Ok(mut n) = IDLE_NOTE.lock() {
        *n = note;
    }
    SIGNAL_ENDS_IT.store(true, Ordering::SeqCst);
    stop_gracefully();
}

/// True when a signal cut the run short: it was received, and the run is not a server's,
/// which a signal ends normally. Such a run dies by the signal after its report, whatever it
/// was doing (reading or changing) and whatever its status, so that a shell loop stops.
pub(crate) fn cut_short() -> bool {
    interrupted() && !SIGNAL_ENDS_IT.load(Ordering::SeqCst)
}

/// True once Ctrl-C (or SIGTERM) was received.
pub(crate) fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Ends the process as SIGINT would have (exit status 130 for a shell, and a shell loop stops),
/// where the system has signals; else exit 130.
pub(crate) fn die_interrupted() -> ! {
    if let Ok(u) = ON_DEATH.try_lock()
        && let Some(undo) = u.as_ref()
    {
        undo();
    }
    #[cfg(unix)]
    {
        use std::io::Write as _;
        let _ = std::io::stdout().flush();
        crate::os::raise_sigint();
    }
    std::process::exit(130)
}

/// Installs the handler. Called once, by `run`, before any command starts.
pub(crate) fn install() {
    let _ = ctrlc::set_handler(|| {
        if !GRACEFUL.load(Ordering::SeqCst) {
            stderr_println!("timpush: interrupted");
            die_interrupted();
        }
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            stderr_println!("timpush: interrupted again; stopping now");
            for words in [&IN_FLIGHT, &LAST_WORDS] {
                if let Ok(w) = words.try_lock()
                    && let Some(words) = w.as_ref()
                {
                    words();
                }
            }
            die_interrupted();
        }
        let out = IN_FLIGHT.try_lock().map(|w| w.is_some()).unwrap_or(true);
        if out {
            stderr_println!(
                "timpush: interrupted: waiting for the call that is out to end, then stopping (Ctrl-C again to stop at once; that call's outcome is then unknown)"
            );
        } else {
            let note = IDLE_NOTE.try_lock().map(|n| *n).unwrap_or(STOPPING);
            stderr_println!("{note}");
        }
    });
}
