//! The one reader of outside input: "FILE, `-` for standard input, or the text itself", with a
//! size cap for each kind of input, a UTF-8 byte-order mark removed, and errors that name the
//! input and the cap. Nothing is read past its cap, so memory stays small whatever is given.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Failure;

/// A list of TaskIds or accounts: room for well over 100,000 lines.
pub(crate) const LIST_CAP: u64 = 16 * 1024 * 1024;
/// A JSON document given to `api --data` or `--offline-push-info`.
pub(crate) const JSON_CAP: u64 = 1024 * 1024;
/// A config file.
pub(crate) const CONFIG_CAP: u64 = 1024 * 1024;
/// A secret key, a UserSig, or what a secret key command prints.
pub(crate) const SECRET_CAP: u64 = 64 * 1024;
/// A PEM file of CA certificates.
pub(crate) const PEM_CAP: u64 = 4 * 1024 * 1024;

/// Where an input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    File(PathBuf),
    Stdin,
    Text(String),
}

impl Source {
    /// `-` is standard input; anything else a file.
    pub(crate) fn file_or_stdin(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// `-` is standard input, `@FILE` a file, anything else the text itself.
    pub(crate) fn at_file_stdin_or_text(arg: &str) -> Source {
        match arg.strip_prefix('@') {
            _ if arg == "-" => Source::Stdin,
            Some(path) => Source::File(PathBuf::from(path)),
            None => Source::Text(arg.to_string()),
        }
    }

    /// How the input is named in messages.
    pub(crate) fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "standard input".into(),
            Source::Text(_) => "the text given".into(),
        }
    }
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads at most `cap` bytes of `reader`; more is an error.
fn read_capped(reader: impl Read, cap: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    reader.take(cap + 1).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= cap).then_some(buf))
}

/// The text of `source`, at most `cap` bytes, without a leading byte-order mark. `what` names
/// the input in errors (`--from-file`, `config file`); `fail` makes the error of the right class.
pub(crate) fn read(
    what: &str,
    source: &Source,
    cap: u64,
    fail: fn(String) -> Failure,
) -> Result<String, Failure> {
    let name = source.name();
    let bytes = match source {
        Source::Text(t) => {
            if t.len() as u64 > cap {
                None
            } else {
                Some(t.clone().into_bytes())
            }
        }
        Source::Stdin => read_capped(crate::run::current().sink.stdin(), cap)
            .map_err(|e| fail(format!("{what}: cannot read {name}: {e}")))?,
        Source::File(path) => {
            let f = std::fs::File::open(path)
                .map_err(|e| fail(format!("{what}: cannot read {name}: {e}")))?;
            read_capped(f, cap).map_err(|e| fail(format!("{what}: cannot read {name}: {e}")))?
        }
    };
    finish(what, &name, bytes, cap, fail)
}

/// The text of a file opened already (and checked: see `fsperm::open`), as [`read`] reads.
pub(crate) fn read_opened(
    what: &str,
    path: &Path,
    file: &std::fs::File,
    cap: u64,
    fail: fn(String) -> Failure,
) -> Result<String, Failure> {
    let name = path.display().to_string();
    let bytes =
        read_capped(file, cap).map_err(|e| fail(format!("{what}: cannot read {name}: {e}")))?;
    finish(what, &name, bytes, cap, fail)
}

fn finish(
    what: &str,
    name: &str,
    bytes: Option<Vec<u8>>,
    cap: u64,
    fail: fn(String) -> Failure,
) -> Result<String, Failure> {
    let Some(bytes) = bytes else {
        return Err(fail(format!(
            "{what}: {name} is larger than {}, the most timpush reads here",
            human_size(cap)
        )));
    };
    let mut text =
        String::from_utf8(bytes).map_err(|_| fail(format!("{what}: {name} is not UTF-8 text")))?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// A file's text (see [`read`]).
pub(crate) fn read_file(
    what: &str,
    path: &Path,
    cap: u64,
    fail: fn(String) -> Failure,
) -> Result<String, Failure> {
    read(what, &Source::File(path.to_path_buf()), cap, fail)
}

/// One item of a list, with where it stood (`FILE:LINE`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    pub text: String,
    pub origin: String,
}

/// The items of a list input, one a line, trimmed; blank lines, `#` comment lines and trailing
/// ` # comments` are skipped.
pub(crate) fn list(what: &str, source: &Source) -> Result<Vec<Item>, Failure> {
    let text = read(what, source, LIST_CAP, Failure::usage)?;
    Ok(list_items(&source.name(), &text))
}

/// The items of a list's text (see [`list`]), each named by `name:line`.
pub(crate) fn list_items(name: &str, text: &str) -> Vec<Item> {
    text.lines()
        .enumerate()
        .filter_map(|(n, line)| {
            let t = strip_comment(line).trim();
            (!t.is_empty()).then(|| Item {
                text: t.to_string(),
                origin: format!("{name}:{}", n + 1),
            })
        })
        .collect()
}

/// Bytes read from outside as text: UTF-8, a byte-order mark removed (see [`read`]).
pub(crate) fn text_of(what: &str, name: &str, bytes: Vec<u8>) -> Result<String, Failure> {
    finish(what, name, Some(bytes), LIST_CAP, Failure::usage)
}

/// A line without its comment: one that starts with `#`, or a `#` after white space.
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    let bytes = line.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'#' && i > 0 && bytes[i - 1].is_ascii_whitespace() {
            return &line[..i];
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(bytes).unwrap();
        f
    }

    #[test]
    fn reads_within_the_cap_and_refuses_past_it() {
        let f = file(b"0123456789");
        let src = Source::File(f.path().to_path_buf());
        assert_eq!(read("--x", &src, 10, Failure::usage).unwrap(), "0123456789");
        let e = read("--x", &src, 9, Failure::usage).unwrap_err();
        assert_eq!(e.exit, crate::error::Exit::Usage);
        assert_eq!(
            e.message,
            format!(
                "--x: {} is larger than 9 bytes, the most timpush reads here",
                f.path().display()
            )
        );
        let e = read(
            "--d",
            &Source::Text("x".repeat(2048)),
            1024,
            Failure::config,
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "--d: the text given is larger than 1 KiB, the most timpush reads here"
        );
    }

    #[test]
    fn a_device_that_never_ends_is_cut_at_the_cap() {
        let e = read(
            "--from-file",
            &Source::File("/dev/zero".into()),
            LIST_CAP,
            Failure::usage,
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "--from-file: /dev/zero is larger than 16 MiB, the most timpush reads here"
        );
    }

    #[test]
    fn byte_order_marks_and_comments() {
        let f = file("\u{feff}abc # first\n\n# note\n  def  \nx#y\n".as_bytes());
        let items = list("--from-file", &Source::File(f.path().to_path_buf())).unwrap();
        let name = f.path().display().to_string();
        assert_eq!(
            items,
            vec![
                Item {
                    text: "abc".into(),
                    origin: format!("{name}:1")
                },
                Item {
                    text: "def".into(),
                    origin: format!("{name}:4")
                },
                Item {
                    text: "x#y".into(),
                    origin: format!("{name}:5")
                },
            ]
        );
        let e = read(
            "--x",
            &Source::File(file(b"\xff\xfe").path().to_path_buf()),
            10,
            Failure::usage,
        );
        assert!(e.unwrap_err().message.ends_with("is not UTF-8 text"));
    }

    #[test]
    fn argument_forms() {
        assert_eq!(Source::file_or_stdin("-"), Source::Stdin);
        assert_eq!(Source::file_or_stdin("a"), Source::File("a".into()));
        assert_eq!(
            Source::at_file_stdin_or_text("@a"),
            Source::File("a".into())
        );
        assert_eq!(
            Source::at_file_stdin_or_text("{}"),
            Source::Text("{}".into())
        );
        assert_eq!(Source::at_file_stdin_or_text("-"), Source::Stdin);
    }
}
