//! One file per command.

pub(crate) mod api;
pub(crate) mod audience;
pub(crate) mod batch;
pub(crate) mod callback;
pub(crate) mod completions;
pub(crate) mod config;
#[cfg(feature = "emulator")]
pub(crate) mod demo;
pub(crate) mod doctor;
#[cfg(feature = "emulator")]
pub(crate) mod emulator;
pub(crate) mod log;
pub(crate) mod man;
pub(crate) mod push;
pub(crate) mod report;
pub(crate) mod revoke;
pub(crate) mod sched;
pub(crate) mod stats;
pub(crate) mod stop;
pub(crate) mod usersig;
