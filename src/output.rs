//! What the user sees: results on stdout (text or JSON Lines), messages on stderr. Everything
//! written passes through `secret::scrub`, a last guard against a leaked credential.
//!
//! A result that cannot be written (a full disk, a closed pipe) is remembered: the run stops
//! sending calls whose results could not be delivered, and ends with [`Exit::OutputLost`].

use serde_json::{Map, Value, json};
use std::sync::atomic::Ordering;

use crate::error::{Exit, Failure};
use crate::run::{self, Stream};
use crate::sanitize::{json_safe, terminal_safe};
use crate::secret::scrub;
pub(crate) use crate::settings::table::Format;

/// When to colour stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Color {
    #[default]
    Auto,
    Always,
    Never,
}

/// A line of ours on stderr, scrubbed of secrets and made safe for a terminal; a failed write
/// is ignored (there is nowhere left to say it).
pub(crate) fn stderr_line(text: &str) {
    stderr_raw(&format!("{}\n", terminal_safe(&scrub(text))));
}

/// Text of ours on the run's stderr as it is (a prompt, a progress line): no secret in it.
pub(crate) fn stderr_raw(text: &str) {
    run::current().sink.stderr(text.as_bytes());
}

/// True when standard output was closed when the process started: nothing it prints can be
/// delivered, so nothing is sent.
pub(crate) fn stdout_closed_at_start() -> bool {
    crate::os::stdout_closed_at_start()
}

/// Keeps a line for the step summary, under GitHub Actions.
fn kept(line: &str) {
    if let Ok(mut t) = run::current().transcript.lock()
        && let Some(lines) = t.as_mut()
    {
        lines.push(line.to_string());
    }
}

/// A label without its colour codes.
fn strip_colour(label: &str) -> String {
    [RED, YELLOW, CYAN, RESET]
        .iter()
        .fold(label.to_string(), |l, c| l.replace(c, ""))
}

/// A workflow command's message, escaped as the runner reads it: `%`, CR and LF.
fn workflow_escape(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The Markdown of a run's step summary: a heading with the command and its exit status, and
/// what it said in a code block (fenced by more backticks than any line holds).
pub(crate) fn step_summary(command: &str, exit: Exit, lines: &[String]) -> String {
    let longest = lines
        .iter()
        .map(|l| l.split(|c| c != '`').map(str::len).max().unwrap_or(0))
        .max()
        .unwrap_or(0);
    let fence = "`".repeat((longest + 1).max(3));
    format!(
        "### timpush {command}: exit {} ({exit:?})\n\n{fence}text\n{}\n{fence}\n\n",
        exit.code(),
        lines.join("\n")
    )
}

/// Remembers that stdout failed: nothing more is sent, and the run exits 74.
pub(crate) fn lose_stdout() {
    run::current().stdout_lost.store(true, Ordering::SeqCst);
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Reporter {
    pub format: Format,
    color: bool,
    pub verbose: bool,
    /// `-q`: notes, warnings and progress are not said; errors are.
    pub quiet: bool,
    /// Colour on stdout too (a terminal, or --color always): outcomes are coloured.
    color_out: bool,
    /// The JSON stream holds more than one kind of line: an object that does not say its
    /// `kind` is a result, and says so.
    kinds: bool,
}

const RED: &str = "\x1b[1;31m";
const GREEN: &str = "\x1b[1;32m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

impl Reporter {
    pub(crate) fn new(format: Format, color: Color, verbose: bool) -> Reporter {
        let on = |stream: Stream| match color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                let run = run::current();
                run.sink.terminal(stream)
                    && run.var("NO_COLOR").is_none()
                    && run.var("TERM").is_none_or(|t| t != "dumb")
            }
        };
        let (color, color_out) = (on(Stream::Stderr), on(Stream::Stdout));
        Reporter {
            format,
            color,
            verbose,
            quiet: false,
            color_out,
            kinds: false,
        }
    }

    /// The same, for a stream of more than one kind of JSON line (results and reach reports):
    /// each object says its `kind`, `result` unless it says another.
    pub(crate) fn saying_kinds(self) -> Reporter {
        Reporter {
            kinds: true,
            ..self
        }
    }

    /// The same, saying only errors on stderr (`-q`).
    pub(crate) fn saying_only_errors(self, quiet: bool) -> Reporter {
        Reporter { quiet, ..self }
    }

    /// A reporter that prints plain text and no debug lines.
    pub(crate) fn quiet() -> Reporter {
        Reporter::new(Format::Text, Color::Never, false)
    }

    pub(crate) fn json(&self) -> bool {
        self.format == Format::Json
    }

    fn label(&self, word: &str, color: &str) -> String {
        if self.color {
            format!("{color}{word}:{RESET}")
        } else {
            format!("{word}:")
        }
    }

    /// A message on stderr. `label` is ours (it may be coloured); `text` is scrubbed of secrets
    /// and made safe for a terminal.
    fn stderr(&self, label: &str, text: &str) {
        let safe = terminal_safe(&scrub(text));
        kept(&format!("{}{safe}", strip_colour(label)));
        stderr_raw(&format!("{label}{safe}\n"));
    }

    /// One result line on stdout. A failed write is reported once on stderr and remembered.
    pub(crate) fn stdout(&self, text: &str) {
        let safe = if self.json() {
            json_safe(&scrub(text))
        } else {
            terminal_safe(&scrub(text))
        };
        self.write_line(&safe, &safe);
    }

    /// A result line that starts with its outcome (`recalled`, `cancelled`): the word in green,
    /// or red when `good` is false, where stdout has colour; the rest as [`Reporter::stdout`]
    /// writes it.
    pub(crate) fn stdout_outcome(&self, word: &'static str, good: bool, rest: &str) {
        let safe = format!("{word}{}", terminal_safe(&scrub(rest)));
        if self.color_out && !self.json() {
            let paint = if good { GREEN } else { RED };
            let shown = format!("{paint}{word}{RESET}{}", &safe[word.len()..]);
            self.write_line(&shown, &safe);
        } else {
            self.write_line(&safe, &safe);
        }
    }

    /// Writes a line made safe already (`plain`: the same without colour, for the summary).
    fn write_line(&self, safe: &str, plain: &str) {
        if run::stdout_lost() {
            return;
        }
        kept(plain);
        let written = run::current().sink.stdout(format!("{safe}\n").as_bytes());
        if let Err(e) = written {
            lose_stdout();
            let run = run::current();
            if e.kind() == std::io::ErrorKind::BrokenPipe && run.quiet_pipe.load(Ordering::SeqCst) {
                // Its reader left (`| head`): nothing was asked of this run but its output.
                run.reader_left.store(true, Ordering::SeqCst);
                return;
            }
            self.error(
                &format!("cannot write results to standard output: {e}"),
                Some("no further calls are sent; results not shown are lost (see the exit status)"),
            );
        }
    }

    /// JSON text on stdout in any format (`api` prints the answer pretty in text): made safe
    /// as JSON, so that it stays JSON.
    pub(crate) fn stdout_json(&self, text: &str) {
        let json = Reporter {
            format: Format::Json,
            ..*self
        };
        json.stdout(text);
    }

    /// Raw bytes on stdout (a manual page, a completion script), unscrubbed: the whole output
    /// of a command that only prints. A reader that leaves early (`| head`) ends it quietly, by
    /// SIGPIPE, as for any such program; any other failed write (a full disk) is said, and
    /// exits 74.
    pub(crate) fn stdout_bytes(&self, bytes: &[u8]) -> Exit {
        match run::current().sink.stdout(bytes) {
            Ok(()) => Exit::Success,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                run::current().reader_left.store(true, Ordering::SeqCst);
                Exit::Success
            }
            Err(e) => {
                lose_stdout();
                self.error(&format!("cannot write to standard output: {e}"), None);
                Exit::OutputLost
            }
        }
    }

    /// False once results can no longer be delivered: send nothing more.
    pub(crate) fn delivering(&self) -> bool {
        !run::stdout_lost()
    }

    /// The exit status, once a write to stdout failed; a command that changes nothing, whose
    /// reader left early, ends as it would have.
    pub(crate) fn settle(&self, exit: Exit) -> Exit {
        if self.delivering() || run::current().reader_left.load(Ordering::SeqCst) {
            exit
        } else {
            Exit::OutputLost
        }
    }

    pub(crate) fn warn(&self, msg: &str) {
        if self.quiet {
            return;
        }
        self.stderr(&format!("timpush: {} ", self.label("warning", YELLOW)), msg);
    }

    pub(crate) fn note(&self, msg: &str) {
        if self.quiet {
            return;
        }
        self.stderr(&format!("timpush: {} ", self.label("note", CYAN)), msg);
    }

    pub(crate) fn debug(&self, msg: &str) {
        if self.verbose {
            self.stderr("timpush: ", msg);
        }
    }

    /// `timpush: error: MESSAGE` and the hint, on stderr.
    pub(crate) fn error(&self, message: &str, hint: Option<&str>) {
        let mut text = message.to_string();
        if let Some(h) = hint {
            text.push_str(&format!("\n  hint: {h}"));
        }
        self.stderr(&format!("timpush: {} ", self.label("error", RED)), &text);
        // Under GitHub Actions, an annotation too: on stderr, where the runner reads workflow
        // commands as on stdout (which keeps the results alone).
        if run::current().transcript.lock().is_ok_and(|t| t.is_some()) {
            stderr_raw(&format!(
                "::error title=timpush::{}\n",
                workflow_escape(&terminal_safe(&scrub(&text)))
            ));
        }
    }

    /// A failure that concerns no task: stderr, and in JSON one object on stdout.
    pub(crate) fn failure(&self, f: &Failure) {
        self.error(&f.message, f.hint.as_deref());
        if self.json() && f.exit != Exit::OutputLost {
            let mut err = Map::new();
            err.insert("kind".into(), f.kind().into());
            err.insert("message".into(), f.message.clone().into());
            if let Some(h) = &f.hint {
                err.insert("hint".into(), h.clone().into());
            }
            self.object(&json!({ "error": err, "exit_code": f.exit.code() }));
        }
    }

    /// One JSON object on stdout.
    pub(crate) fn object(&self, v: &Value) {
        match v {
            Value::Object(m) if self.kinds && !m.contains_key("kind") => {
                let mut with = serde_json::Map::new();
                with.insert("kind".into(), "result".into());
                with.extend(m.clone());
                self.stdout(&Value::Object(with).to_string());
            }
            _ => self.stdout(&v.to_string()),
        }
    }
}

impl crate::client::pacer::Say for Reporter {
    fn debug(&self, text: &str) {
        Reporter::debug(self, text)
    }
    fn warn(&self, text: &str) {
        Reporter::warn(self, text)
    }
    fn note(&self, text: &str) {
        Reporter::note(self, text)
    }
}

/// A table for stdout. Each column is as wide as its widest cell, and at least its given width
/// (so that piped output keeps its columns). On a terminal narrower than the table, unless
/// `--wide`, the columns named shrinkable are shortened, each cell in the middle ("…"), until
/// it fits; the others (a TaskId) are never cut. Piped, every cell is whole.
pub(crate) struct Table {
    min: Vec<usize>,
    right: Vec<bool>,
    shrinkable: Vec<bool>,
    rows: Vec<Vec<String>>,
}

/// The least a shortened column keeps.
const NARROWEST: usize = 12;

impl Table {
    /// Columns as (heading, least width, right-aligned, shrinkable).
    pub(crate) fn new(columns: &[(&str, usize, bool, bool)]) -> Table {
        Table {
            min: columns.iter().map(|c| c.1).collect(),
            right: columns.iter().map(|c| c.2).collect(),
            shrinkable: columns.iter().map(|c| c.3).collect(),
            rows: vec![columns.iter().map(|c| c.0.to_string()).collect()],
        }
    }

    pub(crate) fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Prints the heading and the rows, fitted to the terminal unless `wide`.
    pub(crate) fn print(&self, rep: &Reporter, wide: bool) {
        let n = self.min.len();
        let mut widths: Vec<usize> = (0..n)
            .map(|c| {
                self.rows
                    .iter()
                    .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                    .max()
                    .unwrap_or(0)
                    .max(self.min[c])
            })
            .collect();
        if !wide && let Some(max) = terminal_columns() {
            // The last column is not padded: its cells count as they are.
            let total = |w: &[usize]| w.iter().sum::<usize>() + n.saturating_sub(1);
            while total(&widths) > max {
                let Some(c) = (0..n)
                    .filter(|c| self.shrinkable[*c] && widths[*c] > NARROWEST)
                    .max_by_key(|c| widths[*c])
                else {
                    break;
                };
                // One at a time from the widest: the shortened columns end up alike.
                widths[c] -= 1;
            }
        }
        for r in &self.rows {
            let mut line = String::new();
            for (c, w) in widths.iter().enumerate() {
                let cell = r.get(c).map_or("", String::as_str);
                let cell = shorten_middle(cell, *w);
                if c > 0 {
                    line.push(' ');
                }
                if self.right[c] {
                    line.push_str(&format!("{cell:>w$}"));
                } else {
                    line.push_str(&format!("{cell:<w$}"));
                }
            }
            rep.stdout(line.trim_end());
        }
    }
}

/// `cell` in at most `width` characters: whole, or its start and end around "…".
pub(crate) fn shorten_middle(cell: &str, width: usize) -> String {
    let count = cell.chars().count();
    if count <= width || width < 3 {
        return cell.to_string();
    }
    let head = (width - 1) / 2;
    let tail = width - 1 - head;
    let start: String = cell.chars().take(head).collect();
    let end: String = cell.chars().skip(count - tail).collect();
    format!("{start}…{end}")
}

/// The terminal's width, when stdout is one: `COLUMNS`, else what the system says.
fn terminal_columns() -> Option<usize> {
    let run = run::current();
    if !run.sink.terminal(Stream::Stdout) {
        return None;
    }
    if let Some(c) = run.var("COLUMNS").and_then(|c| c.parse::<usize>().ok()) {
        return Some(c);
    }
    if std::ptr::eq(run, run::Run::process()) {
        return crate::os::terminal_columns();
    }
    None
}

#[cfg(test)]
mod table_tests {
    use super::shorten_middle;

    #[test]
    fn cells_are_shortened_in_the_middle() {
        assert_eq!(
            shorten_middle("users with all of tags: vip", 12),
            "users…s: vip"
        );
        assert_eq!(shorten_middle("short", 12), "short");
        assert_eq!(shorten_middle("àéîõü-àéîõü-àéîõü", 7), "àéî…îõü");
        assert_eq!(
            shorten_middle("abcdef", 2),
            "abcdef",
            "too narrow to say anything: whole"
        );
    }
}
