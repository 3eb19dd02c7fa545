//! Asking before a push that reaches every user.

use crate::error::Failure;
use crate::run::{self, Stream};

/// Asks `question` on a terminal; without one, says `what` needs --yes. `done` names what
/// did not happen when the answer is not yes ("sent", "scheduled").
pub(crate) fn all_users(question: &str, what: &str, done: &str) -> Result<(), Failure> {
    let run = run::current();
    if !run.sink.terminal(Stream::Stdin) {
        return Err(Failure::usage(format!(
            "{what}; pass --yes to confirm (standard input is not a terminal to ask on)"
        )));
    }
    stderr_print!("{question} Type yes to go on: ");
    let mut answer = String::new();
    let _ = run.sink.stdin().read_line(&mut answer);
    if matches!(answer.trim(), "yes" | "y" | "YES" | "Yes") {
        Ok(())
    } else {
        Err(Failure::usage(format!("not confirmed; nothing was {done}")))
    }
}
