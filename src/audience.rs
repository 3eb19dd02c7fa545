//! The audience of tag and attribute pushes: accounts' tags and attributes, and the app's
//! attribute names (docs/service.md 9). Rows come from the command line, a list of accounts or
//! a file (CSV with a header, or JSON Lines), are checked against every documented limit, and
//! are sent 100 accounts a call, several calls out at once, at the service's pace.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Failure;
use crate::notification::{check_account, is_registration_id};
use crate::rest::{self, Rest};
use crate::sanitize::escape;

/// Accounts in one call (every audience page).
pub(crate) const PER_CALL: usize = 100;
/// The longest tag, attribute name or attribute value, in bytes.
pub(crate) const MAX_TEXT: usize = 50;
/// Tags added to one account in one call; with Replace=1, the tags it is left with.
pub(crate) const TAGS_ADDED: usize = 10;
pub(crate) const TAGS_REPLACED: usize = 100;
/// Attribute names of an app, numbered 0 to 9.
pub(crate) const MAX_ATTRS: usize = 10;
/// The longest line read from a file of rows: a row of 100 tags of 50 bytes fits many times.
const MAX_LINE: usize = 64 * 1024;

/// What an audience command does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    AddTags { replace: bool },
    RemoveTags,
    ClearTags,
    GetTags,
    SetAttrs,
    RemoveAttrs,
    GetAttrs,
}

impl Op {
    pub(crate) fn rest(self) -> &'static Rest {
        match self {
            Op::AddTags { .. } => &rest::ADD_TAG,
            Op::RemoveTags => &rest::REMOVE_TAG,
            Op::ClearTags => &rest::CLEAR_ALL_TAGS,
            Op::GetTags => &rest::GET_TAG,
            Op::SetAttrs => &rest::SET_ATTR,
            Op::RemoveAttrs => &rest::REMOVE_ATTR,
            Op::GetAttrs => &rest::GET_ATTR,
        }
    }

    /// The command as typed.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Op::AddTags { .. } => "tag add",
            Op::RemoveTags => "tag rm",
            Op::ClearTags => "tag clear",
            Op::GetTags => "tag get",
            Op::SetAttrs => "attr set",
            Op::RemoveAttrs => "attr rm",
            Op::GetAttrs => "attr get",
        }
    }

    pub(crate) fn reads(self) -> bool {
        matches!(self, Op::GetTags | Op::GetAttrs)
    }

    fn items(self) -> Kind {
        match self {
            Op::AddTags { .. } | Op::RemoveTags => Kind::Tags,
            Op::SetAttrs => Kind::Values,
            Op::RemoveAttrs => Kind::Names,
            Op::ClearTags | Op::GetTags | Op::GetAttrs => Kind::Nothing,
        }
    }

    /// What the accounts done are called in the summary.
    fn done_word(self) -> &'static str {
        if self.reads() { "read" } else { "done" }
    }
}

/// What each row gives beside its account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Nothing,
    Tags,
    Values,
    Names,
}

/// What a row gives for its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Items {
    Nothing,
    Tags(Vec<String>),
    Values(Vec<(String, String)>),
    Names(Vec<String>),
}

/// One account and what is done to it, with where it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    /// Its line in the input (1 is the first), or its place among the arguments.
    pub line: u64,
    pub account: String,
    pub items: Items,
    /// The line as read, for the resume file.
    raw: String,
}

/// An attribute name of the app, with the kind of account it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AttrName {
    pub index: u8,
    pub name: String,
    /// True: RegistrationIDs (AttrTypes 1); false: UserIDs.
    pub registration: bool,
}

/// The rows' format.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Format {
    /// Accounts from the command line: what `common` says is done to each.
    Arguments,
    /// One account a line; what `common` says is done to each.
    List,
    /// CSV with a header: account first, then tags, values under attribute names, or names.
    Csv(Vec<String>),
    Jsonl,
}

/// Rows read as they are sent: memory stays the same for any size of input.
pub(crate) struct Rows {
    /// How the input is named in messages (`users.csv`, `standard input`).
    pub name: String,
    /// The input file, when it is one (the resume file goes beside it).
    pub path: Option<PathBuf>,
    reader: Box<dyn BufRead>,
    format: Format,
    op: Op,
    common: Items,
    line: u64,
    header: Option<String>,
    args: std::vec::IntoIter<String>,
    /// A row read ahead to tell the format.
    ahead: Option<(u64, String)>,
    /// The line of the last row that could not be read or failed its checks.
    failed: Option<String>,
}

/// Names the rows of one input in messages.
#[derive(Debug, Clone)]
pub(crate) struct Namer {
    pub name: String,
    pub arguments: bool,
}

impl Namer {
    /// `users.csv:12 (account "alice")`, or `account "alice"` given as an argument.
    pub(crate) fn place(&self, row: &Row) -> String {
        if self.arguments {
            format!("account \"{}\"", escape(&row.account))
        } else {
            format!(
                "{}:{} (account \"{}\")",
                self.name,
                row.line,
                escape(&row.account)
            )
        }
    }

    /// The lines of rows from `first` to `last`: `users.csv:2-101`.
    pub(crate) fn lines(&self, first: &Row, last: &Row) -> String {
        if self.arguments {
            "the accounts given".into()
        } else if first.line == last.line {
            format!("{}:{}", self.name, first.line)
        } else {
            format!("{}:{}-{}", self.name, first.line, last.line)
        }
    }
}

/// Where rows come from.
pub(crate) enum From {
    Arguments(Vec<String>),
    List(crate::input::Source),
    Rows(crate::input::Source),
}

impl Rows {
    /// The rows of `from` for `op`; `common` is what the command line says to do to every
    /// account of a list or the arguments (a file of rows says it per row instead).
    pub(crate) fn open(from: &From, op: Op, common: Items) -> Result<Rows, Failure> {
        use crate::input::Source;
        let (name, path, reader): (String, Option<PathBuf>, Box<dyn BufRead>) = match from {
            From::Arguments(_) => ("arguments".into(), None, Box::new(std::io::empty())),
            From::List(s) | From::Rows(s) => match s {
                Source::File(p) => {
                    let f = std::fs::File::open(p)
                        .map_err(|e| Failure::usage(format!("cannot read {}: {e}", p.display())))?;
                    (
                        p.display().to_string(),
                        Some(p.clone()),
                        Box::new(std::io::BufReader::with_capacity(64 * 1024, f)),
                    )
                }
                Source::Stdin => (
                    "standard input".into(),
                    None,
                    Box::new(std::io::BufReader::new(crate::run::current().sink.stdin())),
                ),
                Source::Text(_) => unreachable!("rows come from a file or standard input"),
            },
        };
        let mut rows = Rows {
            name,
            path,
            reader,
            format: Format::Arguments,
            op,
            common,
            line: 0,
            header: None,
            args: Vec::new().into_iter(),
            ahead: None,
            failed: None,
        };
        match from {
            From::Arguments(a) => rows.args = a.clone().into_iter(),
            From::List(_) => rows.format = Format::List,
            From::Rows(_) => {
                if op.items() != Kind::Nothing && rows.common != Items::Nothing {
                    return Err(Failure::usage(format!(
                        "--from-file gives what is done to each account; {} cannot also be given",
                        if op.items() == Kind::Tags {
                            "--tag"
                        } else {
                            "--attr"
                        }
                    ))
                    .with_hint(
                        "put them in the file's rows, or list the accounts with --to-file",
                    ));
                }
                match rows.next_line()? {
                    None => rows.format = Format::Jsonl,
                    Some((n, text)) if text.trim_start().starts_with('{') => {
                        rows.format = Format::Jsonl;
                        rows.ahead = Some((n, text));
                    }
                    Some((n, text)) => {
                        let cells = split_csv(&text)
                            .map_err(|e| Failure::usage(format!("{}:{n}: {e}", rows.name)))?;
                        rows.format = Format::Csv(header_of(op, &cells).map_err(|e| {
                            Failure::usage(format!("{}:{n}: {e}", rows.name)).with_hint(
                                "a CSV file starts with a header such as account,tag,tag (tag commands) or account,plan,city (attr set)",
                            )
                        })?);
                        rows.header = Some(text);
                    }
                }
            }
        }
        if matches!(rows.format, Format::Arguments | Format::List) && op.items() != Kind::Nothing {
            let none = match &rows.common {
                Items::Tags(t) | Items::Names(t) => t.is_empty(),
                Items::Values(v) => v.is_empty(),
                Items::Nothing => true,
            };
            if none {
                let flag = match op.items() {
                    Kind::Tags => "--tag TAG",
                    Kind::Values => "--attr NAME=VALUE",
                    _ => "--attr NAME",
                };
                return Err(Failure::usage(format!(
                    "`timpush {}` needs what to do to the accounts: {flag}",
                    op.name()
                ))
                .with_hint(format!(
                    "give {flag} (repeatable), or rows with --from-file FILE"
                )));
            }
        }
        Ok(rows)
    }

    /// The next line that is not blank or a `#` comment, with its number.
    fn next_line(&mut self) -> Result<Option<(u64, String)>, Failure> {
        if let Some(a) = self.ahead.take() {
            return Ok(Some(a));
        }
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let n = std::io::Read::take(&mut *self.reader, MAX_LINE as u64 + 1)
                .read_until(b'\n', &mut buf)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", self.name)))?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            if buf.len() > MAX_LINE {
                return Err(Failure::usage(format!(
                    "{}:{}: the line is longer than {} KiB",
                    self.name,
                    self.line,
                    MAX_LINE / 1024
                )));
            }
            let mut text = String::from_utf8(std::mem::take(&mut buf)).map_err(|_| {
                Failure::usage(format!(
                    "{}:{}: the line is not UTF-8 text",
                    self.name, self.line
                ))
            })?;
            if self.line == 1 && text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            while text.ends_with(['\n', '\r']) {
                text.pop();
            }
            let t = text.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            return Ok(Some((self.line, text)));
        }
    }

    /// The next row, read and checked alone (the attribute names are checked by
    /// [`check_row`]).
    pub(crate) fn next_row(&mut self) -> Option<Result<Row, Failure>> {
        let row = match &self.format {
            Format::Arguments => {
                let account = self.args.next()?;
                self.line += 1;
                Ok(Row {
                    line: self.line,
                    raw: account.clone(),
                    account,
                    items: self.common.clone(),
                })
            }
            _ => match self.next_line() {
                Err(e) => return Some(Err(e)),
                Ok(None) => return None,
                Ok(Some((n, text))) => {
                    let row = self.parse(n, text.clone());
                    if row.is_err() {
                        self.failed = Some(text);
                    }
                    row
                }
            },
        };
        Some(row.and_then(|r| {
            if let Err(e) = check_row(self.op, &r) {
                self.failed = Some(r.raw.clone());
                return Err(Failure::usage(format!("{}: {e}", self.place(&r))));
            }
            Ok(r)
        }))
    }

    /// The line of the row that last failed (see [`Rows::next_row`]), once.
    fn take_failed(&mut self) -> Option<String> {
        self.failed.take()
    }

    fn parse(&self, n: u64, text: String) -> Result<Row, Failure> {
        let at = |e: String| Failure::usage(format!("{}:{n}: {e}", self.name));
        let kind = self.op.items();
        let (account, items) = match &self.format {
            Format::Arguments => unreachable!("arguments are not lines"),
            Format::List => (text.trim().to_string(), self.common.clone()),
            Format::Csv(header) => {
                let cells = split_csv(&text).map_err(at)?;
                if cells.len() > header.len() {
                    return Err(at(format!(
                        "{} cells, but the header has {} columns",
                        cells.len(),
                        header.len()
                    )));
                }
                let account = cells.first().cloned().unwrap_or_default();
                let rest = cells
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter(|(_, c)| !c.is_empty());
                let items = match kind {
                    Kind::Nothing => Items::Nothing,
                    Kind::Tags => Items::Tags(rest.map(|(_, c)| c.clone()).collect()),
                    Kind::Names => Items::Names(rest.map(|(_, c)| c.clone()).collect()),
                    Kind::Values => {
                        Items::Values(rest.map(|(i, c)| (header[i].clone(), c.clone())).collect())
                    }
                };
                (account, items)
            }
            Format::Jsonl => json_row(kind, &text).map_err(at)?,
        };
        Ok(Row {
            line: n,
            account,
            items,
            raw: text,
        })
    }

    /// True for accounts given on the command line.
    pub(crate) fn given_as_arguments(&self) -> bool {
        self.format == Format::Arguments
    }

    /// Where a row stood, for messages (see [`Namer::place`]).
    pub(crate) fn place(&self, row: &Row) -> String {
        self.namer().place(row)
    }

    /// What names rows, apart from the input.
    pub(crate) fn namer(&self) -> Namer {
        Namer {
            name: self.name.clone(),
            arguments: self.format == Format::Arguments,
        }
    }

    /// The rows of calls given, for a resume file: the header, each row's line as read.
    fn resume_lines<'r>(
        &self,
        rows: impl Iterator<Item = &'r Row>,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        if let Some(h) = &self.header {
            writeln!(out, "{h}")?;
        }
        for r in rows {
            writeln!(out, "{}", r.raw)?;
        }
        Ok(())
    }

    /// Copies what is left unread to `out`, line by line as it was.
    fn copy_rest(&mut self, out: &mut dyn Write) -> std::io::Result<u64> {
        let mut n = 0;
        if let Some((_, a)) = self.ahead.take() {
            writeln!(out, "{a}")?;
            n += 1;
        }
        if matches!(self.format, Format::Arguments) {
            for a in self.args.by_ref() {
                writeln!(out, "{a}")?;
                n += 1;
            }
            return Ok(n);
        }
        let mut buf = Vec::new();
        loop {
            buf.clear();
            if self.reader.read_until(b'\n', &mut buf)? == 0 {
                return Ok(n);
            }
            if !buf.iter().all(u8::is_ascii_whitespace) {
                n += 1;
            }
            out.write_all(&buf)?;
            if !buf.ends_with(b"\n") {
                out.write_all(b"\n")?;
            }
        }
    }
}

/// The columns of a CSV header for `op`.
fn header_of(op: Op, cells: &[String]) -> Result<Vec<String>, String> {
    if !cells
        .first()
        .is_some_and(|c| c.eq_ignore_ascii_case("account"))
    {
        return Err(format!(
            "the header's first column must be account, not \"{}\"",
            escape(cells.first().map_or("", String::as_str))
        ));
    }
    match op.items() {
        Kind::Nothing if cells.len() > 1 => Err(format!(
            "`timpush {}` takes accounts only; the header has {} columns",
            op.name(),
            cells.len()
        )),
        Kind::Values => {
            let mut seen: Vec<&str> = Vec::new();
            for (i, c) in cells.iter().enumerate().skip(1) {
                if c.is_empty() {
                    return Err(format!("column {} of the header names no attribute", i + 1));
                }
                if seen.contains(&c.as_str()) {
                    return Err(format!(
                        "attribute \"{}\" is named twice in the header",
                        escape(c)
                    ));
                }
                seen.push(c);
            }
            if seen.is_empty() {
                return Err(
                    "the header names no attribute after account (account,plan,city)".into(),
                );
            }
            Ok(cells.to_vec())
        }
        _ => Ok(cells.to_vec()),
    }
}

/// One JSON Lines row: `{"account": …, "tags": […]}`, `{"account": …, "attrs": {…}}` or
/// `{"account": …, "attrs": […]}` (names), `{"account": …}`.
fn json_row(kind: Kind, text: &str) -> Result<(String, Items), String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("not a JSON object: {e}"))?;
    let Value::Object(mut obj) = v else {
        return Err("not a JSON object".into());
    };
    let account = match obj.remove("account") {
        Some(Value::String(s)) => s,
        Some(_) => return Err("\"account\" must be a string".into()),
        None => return Err("no \"account\"".into()),
    };
    let strings = |v: Value, key: &str| -> Result<Vec<String>, String> {
        let Value::Array(a) = v else {
            return Err(format!("\"{key}\" must be an array of strings"));
        };
        a.into_iter()
            .map(|x| match x {
                Value::String(s) => Ok(s),
                _ => Err(format!("\"{key}\" must be an array of strings")),
            })
            .collect()
    };
    let items = match kind {
        Kind::Nothing => Items::Nothing,
        Kind::Tags => Items::Tags(strings(obj.remove("tags").ok_or("no \"tags\"")?, "tags")?),
        Kind::Names => Items::Names(strings(
            obj.remove("attrs").ok_or("no \"attrs\"")?,
            "attrs",
        )?),
        Kind::Values => {
            let Some(Value::Object(m)) = obj.remove("attrs") else {
                return Err("\"attrs\" must be an object of names and string values".into());
            };
            let mut pairs = Vec::new();
            for (k, v) in m {
                let Value::String(s) = v else {
                    return Err(format!(
                        "attribute \"{}\" must have a string value",
                        escape(&k)
                    ));
                };
                pairs.push((k, s));
            }
            Items::Values(pairs)
        }
    };
    if let Some(k) = obj.keys().next() {
        let expected = match kind {
            Kind::Nothing => "account",
            Kind::Tags => "account and tags",
            _ => "account and attrs",
        };
        return Err(format!(
            "unknown key \"{}\" (a row has {expected})",
            escape(k)
        ));
    }
    Ok((account, items))
}

/// Splits a CSV line: commas between cells, a cell in double quotes may hold commas and `""`
/// for a quote. A row is one line. Cells outside quotes are trimmed.
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut cells = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            chars.next();
        }
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err("a quoted cell is not closed (a row is one line)".into()),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some(c) => cell.push(c),
                }
            }
            while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                chars.next();
            }
            match chars.next() {
                None => {
                    cells.push(cell);
                    return Ok(cells);
                }
                Some(',') => cells.push(cell),
                Some(c) => return Err(format!("'{}' after a quoted cell", escape(&c.to_string()))),
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        cells.push(cell.trim().to_string());
                        return Ok(cells);
                    }
                    Some(',') => break,
                    Some('"') => return Err("a quote inside an unquoted cell".into()),
                    Some(c) => cell.push(c),
                }
            }
            cells.push(cell.trim().to_string());
        }
    }
}

/// Checks a tag, an attribute name or value: not empty, at most 50 bytes, no control
/// characters.
fn check_text(what: &str, t: &str) -> Result<(), String> {
    if t.is_empty() {
        return Err(format!("an empty {what}"));
    }
    if t.len() > MAX_TEXT {
        return Err(format!(
            "{what} \"{}\" is {} bytes; at most {MAX_TEXT}",
            escape(t),
            t.len()
        ));
    }
    if t.chars().any(char::is_control) {
        return Err(format!("{what} \"{}\" holds control characters", escape(t)));
    }
    Ok(())
}

/// Checks a row against the documented limits of its command (the account, the number and size
/// of tags, values).
pub(crate) fn check_row(op: Op, row: &Row) -> Result<(), String> {
    check_account(&row.account)?;
    match (&row.items, op) {
        (Items::Tags(tags), _) => {
            let most = match op {
                Op::AddTags { replace: true } => TAGS_REPLACED,
                Op::AddTags { replace: false } => TAGS_ADDED,
                _ => TAGS_REPLACED,
            };
            if tags.is_empty() {
                return Err(format!("account \"{}\" has no tag", escape(&row.account)));
            }
            if tags.len() > most {
                let more = if most == TAGS_ADDED {
                    " (100 with --replace, which sets the account's tags to these)"
                } else {
                    ""
                };
                return Err(format!(
                    "{} tags for account \"{}\"; at most {most} in one call{more}",
                    tags.len(),
                    escape(&row.account)
                ));
            }
            for (i, t) in tags.iter().enumerate() {
                check_text("tag", t)?;
                if tags[..i].contains(t) {
                    return Err(format!("tag \"{}\" is given twice", escape(t)));
                }
            }
        }
        (Items::Values(pairs), _) => {
            if pairs.is_empty() {
                return Err(format!(
                    "account \"{}\" has no attribute value",
                    escape(&row.account)
                ));
            }
            for (i, (k, v)) in pairs.iter().enumerate() {
                check_text("attribute name", k)?;
                check_text(&format!("value of {}", escape(k)), v)?;
                if pairs[..i].iter().any(|(kk, _)| kk == k) {
                    return Err(format!("attribute \"{}\" is given twice", escape(k)));
                }
            }
        }
        (Items::Names(names), _) => {
            if names.is_empty() {
                return Err(format!(
                    "account \"{}\" has no attribute to remove",
                    escape(&row.account)
                ));
            }
            for (i, k) in names.iter().enumerate() {
                check_text("attribute name", k)?;
                if names[..i].contains(k) {
                    return Err(format!("attribute \"{}\" is given twice", escape(k)));
                }
            }
        }
        (Items::Nothing, _) => {}
    }
    Ok(())
}

/// Checks a row's attributes against the app's names: each set before use, and of the kind of
/// account the row names.
pub(crate) fn check_names(row: &Row, names: &[AttrName]) -> Result<(), String> {
    let used: Vec<&String> = match &row.items {
        Items::Values(p) => p.iter().map(|(k, _)| k).collect(),
        Items::Names(n) => n.iter().collect(),
        _ => return Ok(()),
    };
    let registration = is_registration_id(&row.account);
    for k in used {
        let Some(a) = names.iter().find(|a| &a.name == k) else {
            let known: Vec<&str> = names.iter().map(|a| a.name.as_str()).collect();
            return Err(format!(
                "attribute \"{}\" is not one of the app's names ({}); name it first with timpush attr names --set",
                escape(k),
                if known.is_empty() {
                    "it has none".to_string()
                } else {
                    known.join(", ")
                }
            ));
        };
        if a.registration != registration {
            return Err(format!(
                "account \"{}\" is a {}, but attribute \"{}\" holds {}s (90035)",
                escape(&row.account),
                kind_word(registration),
                escape(k),
                kind_word(a.registration)
            ));
        }
    }
    Ok(())
}

fn kind_word(registration: bool) -> &'static str {
    if registration {
        "RegistrationID"
    } else {
        "UserID"
    }
}

// The bodies and answers of the service, as the pages give them.

#[derive(Serialize)]
struct Accounts<'a> {
    #[serde(rename = "To_Account")]
    to: Vec<&'a str>,
}

#[derive(Serialize)]
struct UserTagsBody<'a> {
    #[serde(rename = "Replace", skip_serializing_if = "Option::is_none")]
    replace: Option<u8>,
    #[serde(rename = "UserTags")]
    users: Vec<UserTagsOf<'a>>,
}

#[derive(Serialize)]
struct UserTagsOf<'a> {
    #[serde(rename = "To_Account")]
    to: &'a str,
    #[serde(rename = "Tags")]
    tags: &'a [String],
}

#[derive(Serialize)]
struct UserAttrsBody<'a, T: Serialize> {
    #[serde(rename = "UserAttrs")]
    users: Vec<UserAttrsOf<'a, T>>,
}

#[derive(Serialize)]
struct UserAttrsOf<'a, T: Serialize> {
    #[serde(rename = "To_Account")]
    to: &'a str,
    #[serde(rename = "Attrs")]
    attrs: T,
}

/// The body of one call of `op` for `rows`.
pub(crate) fn body(op: Op, rows: &[Row]) -> String {
    let json = match op {
        Op::AddTags { .. } | Op::RemoveTags => serde_json::to_string(&UserTagsBody {
            replace: matches!(op, Op::AddTags { replace: true }).then_some(1),
            users: rows
                .iter()
                .map(|r| UserTagsOf {
                    to: &r.account,
                    tags: match &r.items {
                        Items::Tags(t) => t,
                        _ => &[],
                    },
                })
                .collect(),
        }),
        Op::SetAttrs => serde_json::to_string(&UserAttrsBody {
            users: rows
                .iter()
                .map(|r| UserAttrsOf {
                    to: &r.account,
                    attrs: match &r.items {
                        Items::Values(p) => p
                            .iter()
                            .map(|(k, v)| (k.as_str(), v.as_str()))
                            .collect::<BTreeMap<_, _>>(),
                        _ => BTreeMap::new(),
                    },
                })
                .collect(),
        }),
        Op::RemoveAttrs => serde_json::to_string(&UserAttrsBody {
            users: rows
                .iter()
                .map(|r| UserAttrsOf {
                    to: &r.account,
                    attrs: match &r.items {
                        Items::Names(n) => n.as_slice(),
                        _ => &[],
                    },
                })
                .collect(),
        }),
        Op::ClearTags | Op::GetTags | Op::GetAttrs => serde_json::to_string(&Accounts {
            to: rows.iter().map(|r| r.account.as_str()).collect(),
        }),
    };
    json.expect("a body of strings serializes")
}

/// One account the service did not take (`ErrorList`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct AccountError {
    #[serde(rename = "To_Account")]
    pub account: String,
    #[serde(rename = "ErrorCode")]
    pub code: i64,
    #[serde(rename = "ErrorInfo", default)]
    pub info: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct TagsOf {
    #[serde(rename = "To_Account")]
    account: String,
    #[serde(rename = "Tags", default)]
    tags: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct AttrsOf {
    #[serde(rename = "To_Account")]
    account: String,
    #[serde(rename = "Attrs", default)]
    attrs: BTreeMap<String, Value>,
}

/// What an answer of the service says beyond its common fields.
#[derive(Debug, Clone, Default, Deserialize)]
struct Answer {
    #[serde(rename = "ErrorList", default)]
    errors: Vec<AccountError>,
    #[serde(rename = "UserTags", default)]
    tags: Vec<TagsOf>,
    #[serde(rename = "UserAttrs", default)]
    attrs: Vec<AttrsOf>,
}

/// What was read of one account.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Read {
    Tags(Vec<String>),
    Attrs(BTreeMap<String, Value>),
}

/// The answer to a call of `op` for `rows`, read: the accounts refused, and what was read of
/// each account. An answer not of the documented shape is an error (its outcome is unknown).
fn read_answer(
    op: Op,
    rows: &[Row],
    raw: &Map<String, Value>,
) -> Result<(Vec<AccountError>, Vec<Option<Read>>), String> {
    let a: Answer = serde_json::from_value(Value::Object(raw.clone()))
        .map_err(|e| format!("the answer is not of the documented shape ({e})"))?;
    for e in &a.errors {
        if !rows.iter().any(|r| r.account == e.account) {
            return Err(format!(
                "the answer's ErrorList names account \"{}\", which the call did not send",
                escape(&e.account)
            ));
        }
    }
    let mut reads = vec![None; rows.len()];
    if op.reads() {
        for (i, r) in rows.iter().enumerate() {
            if a.errors.iter().any(|e| e.account == r.account) {
                continue;
            }
            let got = match op {
                Op::GetTags => a
                    .tags
                    .iter()
                    .find(|t| t.account == r.account)
                    .map(|t| Read::Tags(t.tags.clone())),
                _ => a
                    .attrs
                    .iter()
                    .find(|t| t.account == r.account)
                    .map(|t| Read::Attrs(t.attrs.clone())),
            };
            match got {
                Some(g) => reads[i] = Some(g),
                None => {
                    return Err(format!(
                        "the answer says nothing of account \"{}\" (neither {} nor ErrorList)",
                        escape(&r.account),
                        if op == Op::GetTags {
                            "UserTags"
                        } else {
                            "UserAttrs"
                        }
                    ));
                }
            }
        }
    }
    Ok((a.errors, reads))
}

/// The app's attribute names from a get_attr_name answer (`AttrNames`, `AttrTypes`).
pub(crate) fn names_of(raw: &Map<String, Value>) -> Result<Vec<AttrName>, String> {
    let mut out = Vec::new();
    let names = match raw.get("AttrNames") {
        None | Some(Value::Null) => return Ok(out),
        Some(Value::Object(m)) => m,
        Some(_) => return Err("AttrNames is not an object".into()),
    };
    let types = match raw.get("AttrTypes") {
        None | Some(Value::Null) => None,
        Some(Value::Object(m)) => Some(m),
        Some(_) => return Err("AttrTypes is not an object".into()),
    };
    for (k, v) in names {
        let index: u8 = k
            .parse()
            .ok()
            .filter(|i| (*i as usize) < MAX_ATTRS)
            .ok_or_else(|| format!("AttrNames has index \"{}\", not 0 to 9", escape(k)))?;
        let Some(name) = v.as_str() else {
            return Err(format!("AttrNames.{k} is not a string"));
        };
        let registration = match types.and_then(|t| t.get(k)) {
            None => false,
            Some(t) => match t.as_i64() {
                Some(0) => false,
                Some(1) => true,
                _ => return Err(format!("AttrTypes.{k} is not 0 or 1")),
            },
        };
        out.push(AttrName {
            index,
            name: name.to_string(),
            registration,
        });
    }
    out.sort_by_key(|a| a.index);
    Ok(out)
}

/// The names to set from `--set 0=plan,1=city` and `--types 0=user,1=registration`: the
/// body of set_attr_name.
pub(crate) fn names_body(
    set: &str,
    types: Option<&str>,
) -> Result<(Vec<AttrName>, Value), Failure> {
    let pairs = |flag: &str, text: &str| -> Result<Vec<(u8, String)>, Failure> {
        let mut out: Vec<(u8, String)> = Vec::new();
        for part in text.split(',') {
            let part = part.trim();
            let Some((i, v)) = part.split_once('=') else {
                return Err(Failure::usage(format!(
                    "{flag}: \"{}\" is not INDEX=VALUE",
                    escape(part)
                ))
                .with_hint("e.g. --set 0=plan,1=city --types 0=user,1=registration"));
            };
            let index = i
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|n| (*n as usize) < MAX_ATTRS)
                .ok_or_else(|| {
                    Failure::usage(format!(
                        "{flag}: index \"{}\" is not 0 to 9 (an app has at most {MAX_ATTRS} attributes)",
                        escape(i)
                    ))
                })?;
            if out.iter().any(|(n, _)| *n == index) {
                return Err(Failure::usage(format!(
                    "{flag}: index {index} is given twice"
                )));
            }
            out.push((index, v.trim().to_string()));
        }
        Ok(out)
    };
    let names = pairs("--set", set)?;
    let mut attrs = Vec::new();
    for (i, n) in &names {
        check_text("attribute name", n).map_err(|e| Failure::usage(format!("--set: {e}")))?;
        if attrs.iter().any(|a: &AttrName| &a.name == n) {
            return Err(Failure::usage(format!(
                "--set: name \"{}\" is given twice; each attribute has its own name (90033)",
                escape(n)
            )));
        }
        attrs.push(AttrName {
            index: *i,
            name: n.clone(),
            registration: false,
        });
    }
    let mut body = serde_json::json!({
        "AttrNames": attrs.iter().map(|a| (a.index.to_string(), Value::from(a.name.clone()))).collect::<Map<_, _>>()
    });
    if let Some(t) = types {
        let mut m = Map::new();
        for (i, kind) in pairs("--types", t)? {
            let registration = match kind.to_ascii_lowercase().as_str() {
                "user" | "userid" | "0" => false,
                "registration" | "registrationid" | "1" => true,
                other => {
                    return Err(Failure::usage(format!(
                        "--types: \"{}\" is not user or registration",
                        escape(other)
                    )));
                }
            };
            let Some(a) = attrs.iter_mut().find(|a| a.index == i) else {
                return Err(Failure::usage(format!(
                    "--types: index {i} is not in --set; a kind goes with a name"
                )));
            };
            a.registration = registration;
            m.insert(i.to_string(), u8::from(registration).into());
        }
        body["AttrTypes"] = Value::Object(m);
    }
    Ok((attrs, body))
}

/// How a row of a read is shown in a table: tags joined, attributes as name=value.
pub(crate) fn shown(read: &Read) -> String {
    match read {
        Read::Tags(t) if t.is_empty() => "(none)".into(),
        Read::Tags(t) => t.iter().map(|s| escape(s)).collect::<Vec<_>>().join(", "),
        Read::Attrs(a) if a.is_empty() => "(none)".into(),
        Read::Attrs(a) => a
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    escape(k),
                    escape(
                        v.as_str()
                            .map_or_else(|| v.to_string(), str::to_string)
                            .as_str()
                    )
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

pub(crate) mod bulk;
pub(crate) use bulk::{Plan, run};

#[cfg(test)]
mod tests;
