//! One file per command.

pub mod completions;
pub mod demo;
pub mod emulator;
pub mod revoke;
