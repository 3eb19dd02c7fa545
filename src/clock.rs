//! Time for retries and pacing, injectable so that both are tested without sleeping.

use std::time::{Duration, Instant};

use crate::signals::interrupted;

pub(crate) trait Clock {
    fn now(&self) -> Instant;
    fn sleep(&self, d: Duration);
    /// A uniform random fraction in [0, 1), for jitter.
    fn jitter(&self) -> f64;
}

pub(crate) struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
    fn sleep(&self, d: Duration) {
        std::thread::sleep(d)
    }
    fn jitter(&self) -> f64 {
        rand::random::<f64>()
    }
}

/// Sleeps in slices, waking early on Ctrl-C. Returns false when interrupted.
pub(crate) fn sleep_unless_interrupted(clock: &dyn Clock, d: Duration) -> bool {
    let end = clock.now() + d;
    loop {
        if interrupted() {
            return false;
        }
        let now = clock.now();
        if now >= end {
            return true;
        }
        clock.sleep((end - now).min(Duration::from_millis(50)));
    }
}
