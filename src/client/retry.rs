//! Retries: which attempt comes next, when, and how a run of attempts ends. Every attempt waits
//! for its turn from the pacer first.
//!
//! The clock is injectable, so the policy is tested without sleeping.

use crate::client::fault::FaultKind;
use std::time::Duration;

use crate::client::attempt::{Attempt, Class, Fault};
use crate::client::clock::{Clock, sleep_unless_interrupted};
use crate::client::pacer::{Pacer, Wait};
use crate::error::Exit;
use crate::signals::interrupted;

/// The shortest wait before a retry.
pub(crate) const MIN_GAP: Duration = Duration::from_secs(1);
/// The longest `Retry-After` honoured.
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);
/// Below this much time left, another attempt is not started.
pub(crate) const MIN_ATTEMPT_TIME: Duration = Duration::from_millis(500);

/// The delay before attempt `n` (n ≥ 2): max(1 s, Retry-After ≤ 30 s) + up to min(4 s, 0.5 s·2^(n−2)).
pub(crate) fn delay_before(n: u32, retry_after: Option<Duration>, jitter: f64) -> Duration {
    let floor = retry_after
        .unwrap_or_default()
        .min(MAX_RETRY_AFTER)
        .max(MIN_GAP);
    let spread = (0.5 * 2f64.powi(n.saturating_sub(2) as i32)).min(4.0);
    floor + Duration::from_secs_f64(spread * jitter.clamp(0.0, 1.0))
}

/// How a run of attempts for one task ended.
#[derive(Debug, Clone)]
pub(crate) struct Ending {
    pub(crate) attempts: u32,
    pub(crate) last: Attempt,
    /// An earlier attempt was sent and may have been applied.
    pub(crate) ambiguous_before: bool,
    pub(crate) exit: Exit,
    /// Why it stopped when retries ran out ("3 attempts", "deadline").
    pub(crate) gave_up: Option<String>,
}

/// What a retry notice says (for `--verbose`).
pub(crate) struct RetryNote<'a> {
    pub(crate) next_attempt: u32,
    pub(crate) last: &'a Attempt,
    pub(crate) delay: Duration,
}

fn retryable(c: Class) -> bool {
    matches!(c, Class::NotSent | Class::Throttled | Class::Ambiguous)
}

/// Which attempts may be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Policy {
    pub(crate) max_attempts: u32,
    /// Repeat a call that may have been applied. Right for revoke (a repeat answers "already
    /// recalled"); wrong for push (a repeat reaches users twice).
    pub(crate) retry_ambiguous: bool,
}

/// Runs attempts until one is final, attempts run out, or the deadline would pass. The
/// deadline (`timeout` from the start) covers every wait for the pace, every attempt and every
/// sleep. `send` gets the time left and performs one attempt. `None`: interrupted before any
/// attempt.
pub(crate) fn run(
    policy: Policy,
    timeout: Duration,
    clock: &dyn Clock,
    pacer: &mut Pacer,
    mut send: impl FnMut(Duration) -> Attempt,
    mut on_retry: impl FnMut(&RetryNote),
) -> Option<Ending> {
    let mut ambiguous_before = false;
    let mut n = 0;
    let deadline = clock.now() + timeout;
    let mut last: Option<Attempt> = None;
    loop {
        let end_with = |why: String, last: Attempt, ambiguous_before: bool, n: u32| Ending {
            attempts: n,
            exit: if ambiguous_before {
                Exit::Unknown
            } else {
                Exit::NotApplied
            },
            last,
            ambiguous_before,
            gave_up: Some(why),
        };
        let turn = match pacer.acquire(clock, deadline) {
            Ok(turn) => turn,
            Err(stop) => {
                let attempts = |n: u32| format!("{n} attempt{}", if n == 1 { "" } else { "s" });
                return match (last, stop) {
                    (None, Wait::Interrupted) => None,
                    (None, Wait::Deadline(waited, holder)) => Some(end_with(
                        "0 attempts".into(),
                        paced_out(waited, holder),
                        false,
                        0,
                    )),
                    (Some(l), Wait::Interrupted) => Some(end_with(
                        format!("{}; interrupted", attempts(n)),
                        l,
                        ambiguous_before,
                        n,
                    )),
                    (Some(l), Wait::Deadline(..)) => Some(end_with(
                        format!("{}; the deadline passed waiting for the pace", attempts(n)),
                        l,
                        ambiguous_before,
                        n,
                    )),
                };
            }
        };
        let start = clock.now();
        n += 1;
        let attempt = send(deadline.saturating_duration_since(start));
        pacer.finished(turn, clock);
        if attempt.class == Class::AlreadyDone && ambiguous_before {
            return Some(Ending {
                attempts: n,
                last: attempt,
                ambiguous_before,
                exit: Exit::Success,
                gave_up: None,
            });
        }
        let unsafe_to_repeat = attempt.class == Class::Ambiguous && !policy.retry_ambiguous;
        if !retryable(attempt.class) || unsafe_to_repeat {
            let exit = attempt.exit();
            return Some(Ending {
                attempts: n,
                exit,
                last: attempt,
                ambiguous_before,
                gave_up: unsafe_to_repeat.then(|| {
                    format!(
                        "{n} attempt{}; not repeated, since the call may have been applied",
                        if n == 1 { "" } else { "s" }
                    )
                }),
            });
        }
        ambiguous_before |= attempt.class == Class::Ambiguous;
        if n >= policy.max_attempts {
            let why = if n == 1 {
                "1 attempt".to_string()
            } else {
                format!("{n} attempts")
            };
            return Some(end_with(why, attempt, ambiguous_before, n));
        }
        let delay = delay_before(n + 1, attempt.retry_after, clock.jitter());
        let next_start = clock.now() + delay;
        if next_start + MIN_ATTEMPT_TIME > deadline {
            return Some(end_with(
                format!(
                    "{n} attempt{}; the deadline left no time for another",
                    if n == 1 { "" } else { "s" }
                ),
                attempt,
                ambiguous_before,
                n,
            ));
        }
        if interrupted() {
            return Some(end_with(
                format!("{n} attempts; interrupted"),
                attempt,
                ambiguous_before,
                n,
            ));
        }
        on_retry(&RetryNote {
            next_attempt: n + 1,
            last: &attempt,
            delay,
        });
        if !sleep_unless_interrupted(clock, delay) {
            // A call was already sent: the task ends with what is known of it, not as "not
            // attempted".
            return Some(end_with(
                format!("{n} attempt{}; interrupted", if n == 1 { "" } else { "s" }),
                attempt,
                ambiguous_before,
                n,
            ));
        }
        last = Some(attempt);
    }
}

/// The attempt that was never made: the deadline passed while other calls had the pace.
fn paced_out(waited: Duration, holder: Option<u32>) -> Attempt {
    let whom = match holder {
        Some(pid) => format!("timpush process {pid}, whose call to the service was out"),
        None => "the service's pace (other timpush processes were calling it)".into(),
    };
    Attempt {
        class: Class::NotSent,
        answer: None,
        fault: Some(Fault {
            kind: FaultKind::Pacing,
            message: format!(
                "the deadline passed after {:.1} s of waiting for {whom}; nothing was sent",
                waited.as_secs_f64()
            ),
            http_status: None,
        }),
        retry_after: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::attempt::Fault;
    use crate::wire::ServiceAnswer;
    use std::cell::{Cell, RefCell};
    use std::time::Instant;

    /// A clock that only moves when slept.
    pub struct FakeClock {
        pub start: Instant,
        pub offset: Cell<Duration>,
        pub sleeps: RefCell<Vec<Duration>>,
        pub jitter: f64,
    }

    impl FakeClock {
        pub fn new(jitter: f64) -> Self {
            FakeClock {
                start: Instant::now(),
                offset: Cell::new(Duration::ZERO),
                sleeps: RefCell::new(Vec::new()),
                jitter,
            }
        }
        fn elapsed(&self) -> Duration {
            self.offset.get()
        }
    }

    impl Clock for FakeClock {
        fn now(&self) -> Instant {
            self.start + self.offset.get()
        }
        fn sleep(&self, d: Duration) {
            self.offset.set(self.offset.get() + d);
            self.sleeps.borrow_mut().push(d);
        }
        fn wall(&self) -> std::time::SystemTime {
            std::time::UNIX_EPOCH + Duration::from_secs(1_780_000_000) + self.offset.get()
        }
        fn jitter(&self) -> f64 {
            self.jitter
        }
    }

    pub(crate) fn code(c: i64) -> Attempt {
        crate::client::attempt::classify(Ok(crate::client::transport::HttpAnswer {
            status: 200,
            retry_after: None,
            location: None,
            body: Ok(format!(
                r#"{{"ActionStatus":"X","ErrorInfo":"","ErrorCode":{c}}}"#
            )),
        }))
    }

    fn refused() -> Attempt {
        Attempt {
            class: Class::NotSent,
            answer: None,
            fault: Some(Fault {
                kind: FaultKind::ConnectionRefused,
                message: "refused".into(),
                http_status: None,
            }),
            retry_after: None,
        }
    }

    fn script(
        answers: Vec<Attempt>,
        max: u32,
        timeout: Duration,
        clock: &FakeClock,
    ) -> (Option<Ending>, Vec<Duration>) {
        let mut queue = answers.into_iter();
        let mut starts = Vec::new();
        let mut pacer = Pacer::local(MIN_GAP);
        let end = run(
            Policy {
                max_attempts: max,
                retry_ambiguous: true,
            },
            timeout,
            clock,
            &mut pacer,
            |_| {
                starts.push(clock.elapsed());
                queue.next().unwrap_or_else(|| code(0))
            },
            |_| {},
        );
        (end, starts)
    }

    /// An attempt fits when the deadline leaves it exactly its least time (0.5 s after the 1 s
    /// wait), and not when it leaves less.
    #[test]
    fn an_attempt_that_just_fits_before_the_deadline_is_made() {
        let clock = FakeClock::new(0.0);
        let (e, starts) = script(
            vec![code(91000), code(0)],
            3,
            Duration::from_millis(1500),
            &clock,
        );
        assert_eq!(e.unwrap().exit, Exit::Success);
        assert_eq!(starts, vec![Duration::ZERO, Duration::from_secs(1)]);
        let clock = FakeClock::new(0.0);
        let (e, starts) = script(
            vec![code(91000), code(0)],
            3,
            Duration::from_millis(1499),
            &clock,
        );
        let e = e.unwrap();
        assert_eq!((e.exit, starts.len()), (Exit::Unknown, 1));
        assert_eq!(
            e.gave_up.as_deref(),
            Some("1 attempt; the deadline left no time for another")
        );
    }

    #[test]
    fn transient_then_success() {
        let clock = FakeClock::new(0.0);
        let (e, starts) = script(
            vec![code(91000), code(91000), code(0)],
            3,
            Duration::from_secs(30),
            &clock,
        );
        let e = e.unwrap();
        assert_eq!(
            (e.attempts, e.exit, e.last.class),
            (3, Exit::Success, Class::Success)
        );
        assert_eq!(
            starts,
            vec![
                Duration::ZERO,
                Duration::from_secs(1),
                Duration::from_secs(2)
            ]
        );
    }

    #[test]
    fn already_done_after_ambiguous_is_success_on_retry() {
        let clock = FakeClock::new(0.0);
        let e = script(
            vec![code(91000), code(90050)],
            3,
            Duration::from_secs(30),
            &clock,
        )
        .0
        .unwrap();
        assert!(e.ambiguous_before);
        assert_eq!((e.exit, e.attempts), (Exit::Success, 2));
    }

    #[test]
    fn runs_out_with_6_or_7() {
        let clock = FakeClock::new(0.0);
        let e = script(vec![code(91000); 5], 3, Duration::from_secs(30), &clock)
            .0
            .unwrap();
        assert_eq!((e.attempts, e.exit), (3, Exit::Unknown));
        assert_eq!(e.gave_up.as_deref(), Some("3 attempts"));
        let e = script(
            vec![refused(), code(90051), refused()],
            3,
            Duration::from_secs(30),
            &clock,
        )
        .0
        .unwrap();
        assert_eq!((e.attempts, e.exit), (3, Exit::NotApplied));
        let e = script(
            vec![code(91000), refused(), refused()],
            3,
            Duration::from_secs(30),
            &clock,
        )
        .0
        .unwrap();
        assert_eq!(e.exit, Exit::Unknown);
    }

    #[test]
    fn one_attempt_only() {
        let clock = FakeClock::new(0.0);
        let (e, starts) = script(vec![code(91000)], 1, Duration::from_secs(30), &clock);
        assert_eq!((e.unwrap().exit, starts.len()), (Exit::Unknown, 1));
    }

    #[test]
    fn permanent_stops_at_once() {
        let clock = FakeClock::new(0.0);
        let (e, starts) = script(vec![code(90049)], 5, Duration::from_secs(30), &clock);
        assert_eq!((e.unwrap().exit, starts.len()), (Exit::Refused, 1));
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let clock = FakeClock::new(0.0);
        let mut a = code(90051);
        a.retry_after = Some(Duration::from_secs(5));
        let (_, starts) = script(vec![a], 3, Duration::from_secs(60), &clock);
        assert_eq!(starts[1], Duration::from_secs(5));
        assert_eq!(
            delay_before(2, Some(Duration::from_secs(999)), 0.0),
            MAX_RETRY_AFTER
        );
    }

    #[test]
    fn jitter_spread_grows_and_caps() {
        assert_eq!(delay_before(2, None, 1.0), Duration::from_millis(1500));
        assert_eq!(delay_before(3, None, 1.0), Duration::from_secs(2));
        assert_eq!(delay_before(4, None, 1.0), Duration::from_secs(3));
        assert_eq!(delay_before(5, None, 1.0), Duration::from_secs(5));
        assert_eq!(delay_before(9, None, 1.0), Duration::from_secs(5));
    }

    #[test]
    fn the_deadline_stops_retries_early() {
        let clock = FakeClock::new(0.0);
        let (e, starts) = script(vec![refused(); 5], 5, Duration::from_millis(1200), &clock);
        let e = e.unwrap();
        assert_eq!((starts.len(), e.exit), (1, Exit::NotApplied));
        assert!(e.gave_up.unwrap().contains("deadline"));
    }

    #[test]
    fn calls_unsafe_to_repeat_stop_at_ambiguity_but_retry_what_was_not_sent() {
        let clock = FakeClock::new(0.0);
        let no_repeat = Policy {
            max_attempts: 3,
            retry_ambiguous: false,
        };
        let run_with = |answers: Vec<Attempt>| {
            let mut queue = answers.into_iter();
            let mut n = 0;
            let end = run(
                no_repeat,
                Duration::from_secs(30),
                &clock,
                &mut Pacer::local(MIN_GAP),
                |_| {
                    n += 1;
                    queue.next().unwrap_or_else(|| code(0))
                },
                |_| {},
            )
            .unwrap();
            (end, n)
        };
        let (e, n) = run_with(vec![code(91000)]);
        assert_eq!((n, e.exit), (1, Exit::Unknown));
        assert!(e.gave_up.unwrap().contains("may have been applied"));
        let (e, n) = run_with(vec![refused(), code(90024), code(0)]);
        assert_eq!((n, e.exit), (3, Exit::Success));
    }

    #[test]
    fn pacer_keeps_a_second_between_starts() {
        let clock = FakeClock::new(0.0);
        let mut pacer = Pacer::local(MIN_GAP);
        let mut starts = Vec::new();
        for _ in 0..3 {
            run(
                Policy {
                    max_attempts: 1,
                    retry_ambiguous: true,
                },
                Duration::from_secs(30),
                &clock,
                &mut pacer,
                |_| {
                    starts.push(clock.elapsed());
                    code(0)
                },
                |_| {},
            );
        }
        assert_eq!(
            starts,
            vec![
                Duration::ZERO,
                Duration::from_secs(1),
                Duration::from_secs(2)
            ]
        );
        let _unused: Option<ServiceAnswer> = None;
    }
}
