//! Where a run's time goes, for `bench/run.sh`: with `TIMPUSH_TIMINGS=1`, one line on stderr at
//! the end of the run, the phases in order with their milliseconds:
//!
//! `timpush: timings: command line 0.04 ms; settings 0.21 ms; credential 0.03 ms; ...`
//!
//! Phases are marked where they end; the time since the last mark goes to the phase named.
//! What happens before `main` (the system starting the process) is not seen here: the bench
//! measures it as the start-up of `timpush --version`. Wall time on the machine's own clock,
//! never the run's (virtual in tests), and nothing here changes what a run does.

use std::sync::Mutex;
use std::time::{Duration, Instant};

struct State {
    last: Instant,
    phases: Vec<(&'static str, Duration)>,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

/// Starts the count at the start of a run.
pub(crate) fn start() {
    if let Ok(mut s) = STATE.lock() {
        *s = Some(State {
            last: Instant::now(),
            phases: Vec::new(),
        });
    }
}

fn add_to(phases: &mut Vec<(&'static str, Duration)>, phase: &'static str, d: Duration) {
    match phases.iter_mut().find(|(p, _)| *p == phase) {
        Some((_, total)) => *total += d,
        None => phases.push((phase, d)),
    }
}

/// The time since the last mark was spent in `phase`.
pub(crate) fn mark(phase: &'static str) {
    if let Ok(mut s) = STATE.lock()
        && let Some(s) = s.as_mut()
    {
        let now = Instant::now();
        let d = now - s.last;
        s.last = now;
        add_to(&mut s.phases, phase, d);
    }
}

/// The time since the last mark, split: `parts` (each with its phase) as measured, the rest
/// to `rest`.
pub(crate) fn split(parts: &[(&'static str, Duration)], rest: &'static str) {
    if let Ok(mut s) = STATE.lock()
        && let Some(s) = s.as_mut()
    {
        let now = Instant::now();
        let mut left = now - s.last;
        s.last = now;
        for (phase, d) in parts {
            let d = (*d).min(left);
            left -= d;
            add_to(&mut s.phases, phase, d);
        }
        add_to(&mut s.phases, rest, left);
    }
}

/// The line to print, when the variable asks for it.
pub(crate) fn report() -> Option<String> {
    crate::env::process_env("TIMPUSH_TIMINGS").filter(|v| v == "1")?;
    let s = STATE.lock().ok()?;
    let phases = &s.as_ref()?.phases;
    let text: Vec<String> = phases
        .iter()
        .map(|(p, d)| format!("{p} {:.2} ms", d.as_secs_f64() * 1000.0))
        .collect();
    Some(format!("timpush: timings: {}", text.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_add_up_in_order() {
        let mut phases = Vec::new();
        add_to(&mut phases, "a", Duration::from_millis(2));
        add_to(&mut phases, "b", Duration::from_millis(1));
        add_to(&mut phases, "a", Duration::from_millis(3));
        assert_eq!(
            phases,
            [
                ("a", Duration::from_millis(5)),
                ("b", Duration::from_millis(1))
            ]
        );
    }
}
