//! One file per command.

pub mod api;
pub mod batch;
pub mod completions;
pub mod config;
pub mod demo;
pub mod doctor;
pub mod emulator;
pub mod man;
pub mod push;
pub mod revoke;
pub mod usersig;
