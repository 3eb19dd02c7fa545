//! The integration tests: one crate, so the shared helpers compile once. Each module runs the
//! real binary against servers on 127.0.0.1.
//!
//! Unix only: they send signals, drive pseudo-terminals, set file modes and owners, and close
//! descriptors, as the behaviour under test is Unix behaviour. On Windows the unit tests run
//! (`cargo test --lib`), and this crate compiles to nothing; so it does without the emulator
//! (`--no-default-features`), which most of it runs against.
#![cfg(all(unix, feature = "emulator"))]
#![allow(clippy::disallowed_macros)] // A test's own notes go to the test harness's stderr.

mod common;
mod sig;

mod audience;
mod batch;
mod callback;
mod completions;
mod config;
mod contract;
mod emulator;
mod first_hour;
mod help;
mod hostile;
mod install;
mod journal;
mod lifecycle;
mod pacing;
mod revoke;
mod sched;
mod shape;
mod signals;
mod tools;
