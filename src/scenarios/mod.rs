//! Whole command lines run in process (see `testkit`): exit status, stdout and stderr in
//! full, and what the service received, with no real waits.

mod answers;
mod audience;
mod contract;
mod delivery;
mod hostile;
mod incident;
mod journal;
mod push;
mod recall;
mod scheduled;
mod terminal;
mod tools;
