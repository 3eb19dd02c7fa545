//! Exit statuses, and the one place where an error becomes one.

use std::fmt;

/// The exit statuses of cli.md.
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
#[derive(Debug)]
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

    /// The `kind` used in JSON output.
    pub(crate) fn kind(&self) -> &'static str {
        match self.exit {
            Exit::Usage => "usage",
            Exit::Config => "config",
            Exit::Interrupted => "interrupted",
            Exit::OutputLost => "output",
            _ => "internal",
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
