//! Exit statuses, and the one place where an error becomes one.

use std::fmt;

/// The exit statuses of docs/command-line.md 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Exit {
    Success = 0,
    Internal = 1,
    Usage = 2,
    Config = 3,
    Auth = 4,
    Refused = 5,
    NotApplied = 6,
    Unknown = 7,
    /// Results could not be written to stdout (a full disk, a closed pipe).
    OutputLost = 74,
    Interrupted = 130,
}

impl Exit {
    pub(crate) fn code(self) -> u8 {
        self as u8
    }
}

/// A failure with a known exit status. Anything else that reaches `main` is a bug (exit 1).
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) exit: Exit,
    /// One line: what is wrong, naming the flag, variable or file:line and key.
    pub(crate) message: String,
    /// What to do about it.
    pub(crate) hint: Option<String>,
}

impl Failure {
    pub(crate) fn new(exit: Exit, message: impl Into<String>) -> Self {
        Failure {
            exit,
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Failure::new(Exit::Usage, message)
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Failure::new(Exit::Config, message)
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The `kind` used in JSON output: one for each exit status, so that only a bug (exit 1)
    /// says `internal`.
    pub(crate) fn kind(&self) -> &'static str {
        match self.exit {
            Exit::Success => "none",
            Exit::Internal => "internal",
            Exit::Usage => "usage",
            Exit::Config => "config",
            Exit::Auth => "auth",
            Exit::Refused => "refused",
            Exit::NotApplied => "not_applied",
            Exit::Unknown => "unknown",
            Exit::OutputLost => "output",
            Exit::Interrupted => "interrupted",
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only a bug is `internal`: every other exit status has a kind of its own.
    #[test]
    fn every_exit_status_has_its_own_kind() {
        let all = [
            Exit::Success,
            Exit::Internal,
            Exit::Usage,
            Exit::Config,
            Exit::Auth,
            Exit::Refused,
            Exit::NotApplied,
            Exit::Unknown,
            Exit::OutputLost,
            Exit::Interrupted,
        ];
        let kinds: Vec<&str> = all.iter().map(|e| Failure::new(*e, "x").kind()).collect();
        assert_eq!(
            kinds,
            [
                "none",
                "internal",
                "usage",
                "config",
                "auth",
                "refused",
                "not_applied",
                "unknown",
                "output",
                "interrupted"
            ]
        );
    }
}
