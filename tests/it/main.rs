//! The integration tests: one crate, so the shared helpers compile once. Each module runs the
//! real binary against servers on 127.0.0.1.

mod common;
mod sig;

mod batch;
mod completions;
mod config;
mod contract;
mod emulator;
mod hostile;
mod install;
mod lifecycle;
mod pacing;
mod revoke;
mod sched;
mod shape;
mod tools;
