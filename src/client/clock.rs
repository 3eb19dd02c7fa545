//! Time for retries and pacing, injectable so that both are tested without sleeping.

use std::time::{Duration, Instant, SystemTime};

use crate::signals::interrupted;

pub(crate) trait Clock {
    fn now(&self) -> Instant;
    /// The time of day (for UserSigs, TaskId ages, the pacer's shared file, times shown).
    fn wall(&self) -> SystemTime;
    fn sleep(&self, d: Duration);
    /// A uniform random fraction in [0, 1), for jitter.
    fn jitter(&self) -> f64;
}

pub(crate) struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
    fn wall(&self) -> SystemTime {
        SystemTime::now()
    }
    fn sleep(&self, d: Duration) {
        std::thread::sleep(d)
    }
    fn jitter(&self) -> f64 {
        rand::random::<f64>()
    }
}

/// A clock that moves only when slept on, from a fixed time of day: a run in process waits
/// for nothing, and what it shows of times is the same at every run.
#[cfg(test)]
pub(crate) struct VirtualClock {
    start: Instant,
    wall: SystemTime,
    offset: std::sync::Mutex<Duration>,
}

#[cfg(test)]
impl VirtualClock {
    /// At `unix` seconds.
    pub(crate) fn at(unix: u64) -> VirtualClock {
        VirtualClock {
            start: Instant::now(),
            wall: std::time::UNIX_EPOCH + Duration::from_secs(unix),
            offset: std::sync::Mutex::new(Duration::ZERO),
        }
    }

    /// How long the run has slept in all.
    pub(crate) fn slept(&self) -> Duration {
        *self.offset.lock().unwrap()
    }
}

#[cfg(test)]
impl Clock for VirtualClock {
    fn now(&self) -> Instant {
        self.start + self.slept()
    }
    fn wall(&self) -> SystemTime {
        self.wall + self.slept()
    }
    fn sleep(&self, d: Duration) {
        *self.offset.lock().unwrap() += d;
    }
    fn jitter(&self) -> f64 {
        0.5
    }
}

/// One virtual clock shared by a run and its test (the test reads how long the run slept).
#[cfg(test)]
impl Clock for std::sync::Arc<VirtualClock> {
    fn now(&self) -> Instant {
        (**self).now()
    }
    fn wall(&self) -> SystemTime {
        (**self).wall()
    }
    fn sleep(&self, d: Duration) {
        (**self).sleep(d)
    }
    fn jitter(&self) -> f64 {
        (**self).jitter()
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
