//! Ctrl-C and SIGTERM, installed once at the start of a run.
//!
//! Until a command says it stops gracefully, a signal ends the process at once (exit 130), as
//! for any program waiting at a prompt. Once it has (a command that sends calls, the emulator),
//! the first signal sets a flag: no new call starts, the call in flight finishes and is
//! reported. A second one ends the process at once, for a call that hangs.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static GRACEFUL: AtomicBool = AtomicBool::new(false);

/// What to report when a second signal ends the process: the call in flight, what was not
/// attempted.
type LastWords = Box<dyn Fn() + Send>;
static LAST_WORDS: Mutex<Option<LastWords>> = Mutex::new(None);

/// Sets (or, with `None`, clears) what is reported if a second signal ends the run at once.
pub(crate) fn on_abort(words: Option<LastWords>) {
    if let Ok(mut w) = LAST_WORDS.lock() {
        *w = words;
    }
}

/// From now on, the first signal only sets the flag that [`interrupted`] reads.
pub(crate) fn stop_gracefully() {
    GRACEFUL.store(true, Ordering::SeqCst);
}

/// True once Ctrl-C (or SIGTERM) was received.
pub(crate) fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Installs the handler. Called once, by `run`, before any command starts.
pub(crate) fn install() {
    let _ = ctrlc::set_handler(|| {
        if !GRACEFUL.load(Ordering::SeqCst) {
            eprintln!("timpush: interrupted");
            std::process::exit(130);
        }
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            eprintln!("timpush: interrupted again; stopping now");
            if let Ok(w) = LAST_WORDS.try_lock()
                && let Some(words) = w.as_ref()
            {
                words();
            }
            std::process::exit(130);
        }
    });
}
