//! What the user sees: results on stdout (text or JSON Lines), messages on stderr. Everything
//! written passes through `secret::scrub`, a last guard against a leaked credential.

use serde_json::{Map, Value, json};
use std::io::{IsTerminal, Write};

use crate::attempt::Attempt;
use crate::cli::{ColorChoice, OutputFormat};
use crate::error::{Exit, Failure};
use crate::secret::scrub;

/// Escapes control characters (server text must not drive the terminal).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// How a task ended, as the JSON `outcome` field says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Revoked,
    AlreadyRevoked,
    RevokedAfterRetry,
    Failed,
    Unknown,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Revoked => "revoked",
            Outcome::AlreadyRevoked => "already_revoked",
            Outcome::RevokedAfterRetry => "revoked_after_retry",
            Outcome::Failed => "failed",
            Outcome::Unknown => "unknown",
        }
    }
}

/// The result of one task.
#[derive(Debug, Clone)]
pub struct TaskReport {
    pub task_id: String,
    pub outcome: Outcome,
    pub attempts: u32,
    pub last: Attempt,
    pub exit: Exit,
    /// For failures: what it means and what to do.
    pub hint: Option<String>,
    /// For failures: the message (cause, attempts).
    pub message: String,
}

#[derive(Debug, Clone, Copy)]
pub struct Reporter {
    pub format: OutputFormat,
    color: bool,
    pub verbose: bool,
}

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

impl Reporter {
    pub fn new(format: OutputFormat, color: ColorChoice, verbose: bool) -> Reporter {
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map(|t| t != "dumb").unwrap_or(true)
            }
        };
        Reporter {
            format,
            color,
            verbose,
        }
    }

    fn label(&self, word: &str, color: &str) -> String {
        if self.color {
            format!("{color}{word}:{RESET}")
        } else {
            format!("{word}:")
        }
    }

    fn stderr(&self, text: &str) {
        let mut e = std::io::stderr().lock();
        let _ = writeln!(e, "{}", scrub(text));
    }

    /// One result line on stdout.
    pub fn stdout(&self, text: &str) {
        let mut o = std::io::stdout().lock();
        let _ = writeln!(o, "{}", scrub(text));
        let _ = o.flush();
    }

    pub fn warn(&self, msg: &str) {
        self.stderr(&format!("timpush: {} {msg}", self.label("warning", YELLOW)));
    }

    pub fn note(&self, msg: &str) {
        self.stderr(&format!("timpush: {} {msg}", self.label("note", CYAN)));
    }

    pub fn debug(&self, msg: &str) {
        if self.verbose {
            self.stderr(&format!("timpush: {msg}"));
        }
    }

    /// `timpush: error: MESSAGE` and the hint, on stderr.
    pub fn error(&self, message: &str, hint: Option<&str>) {
        let mut text = format!("timpush: {} {message}", self.label("error", RED));
        if let Some(h) = hint {
            text.push_str(&format!("\n  hint: {h}"));
        }
        self.stderr(&text);
    }

    /// A failure that concerns no task: stderr, and in JSON one object on stdout.
    pub fn failure(&self, f: &Failure) {
        self.error(&f.message, f.hint.as_deref());
        if self.format == OutputFormat::Json {
            let mut err = Map::new();
            err.insert("kind".into(), f.kind().into());
            err.insert("message".into(), f.message.clone().into());
            if let Some(h) = &f.hint {
                err.insert("hint".into(), h.clone().into());
            }
            self.stdout(&json!({ "error": err, "exit_code": f.exit.code() }).to_string());
        }
    }

    /// A task's result: a line of text (stdout for success, stderr for failure) or a JSON line.
    pub fn task(&self, r: &TaskReport) {
        if self.format == OutputFormat::Json {
            self.stdout(&task_json(r).to_string());
        }
        match r.outcome {
            Outcome::Revoked | Outcome::AlreadyRevoked | Outcome::RevokedAfterRetry
                if r.exit == Exit::Success =>
            {
                if r.outcome == Outcome::AlreadyRevoked {
                    self.note(&format!(
                        "{} was already recalled (ErrorCode 90050); nothing more to do",
                        r.task_id
                    ));
                }
                if self.format == OutputFormat::Text {
                    let suffix = match r.outcome {
                        Outcome::AlreadyRevoked => " (already recalled)",
                        Outcome::RevokedAfterRetry => " (confirmed on retry)",
                        _ => "",
                    };
                    self.stdout(&format!("recalled {}{suffix}", r.task_id));
                }
            }
            _ => self.error(&format!("{}: {}", r.task_id, r.message), r.hint.as_deref()),
        }
    }
}

/// The JSON fields of a call's result: the service's fields exactly as received, or, when no
/// answer came, an `error` object; then the hint and the exit status.
pub fn call_fields(
    last: &Attempt,
    message: &str,
    hint: Option<&str>,
    exit: Exit,
) -> Map<String, Value> {
    let mut m = Map::new();
    if let Some(a) = &last.answer {
        m.insert("ActionStatus".into(), a.action_status.clone());
        m.insert("ErrorCode".into(), a.error_code.into());
        m.insert("ErrorInfo".into(), a.error_info.clone());
    } else if let Some(f) = &last.fault {
        let mut e = Map::new();
        e.insert("kind".into(), f.kind.into());
        e.insert("message".into(), message.into());
        if let Some(s) = f.http_status {
            e.insert("http_status".into(), s.into());
        }
        m.insert("error".into(), Value::Object(e));
    }
    if let Some(h) = hint {
        m.insert("hint".into(), h.into());
    }
    m.insert("exit_code".into(), exit.code().into());
    m
}

/// The JSON object of one task.
pub fn task_json(r: &TaskReport) -> Value {
    let mut m = Map::new();
    m.insert("TaskId".into(), r.task_id.clone().into());
    m.insert("outcome".into(), r.outcome.as_str().into());
    m.insert("attempts".into(), r.attempts.into());
    m.extend(call_fields(&r.last, &r.message, r.hint.as_deref(), r.exit));
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_controls_only() {
        assert_eq!(
            escape("a\nb\tc\u{1b}[0m\u{7f}é"),
            "a\\nb\\tc\\u{1b}[0m\\u{7f}é"
        );
    }
}
