//! Text from outside (answer fields, headers, decoded UserSigs, file contents) made safe for a
//! terminal: control characters and Unicode format characters (bidi overrides, zero-width
//! characters, the byte-order mark) are written as escapes, so no such text can move the cursor,
//! retitle the window or reorder what the reader sees.

/// True for the characters that change how text is shown without being seen themselves.
pub(crate) fn is_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E007F}')
}

/// `s` with every control and format character escaped (`\n`, `\t`, `\u{1b}`, `\u{202e}`).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_format(c) => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// The first `n` characters of `s`, with `…` when there were more.
pub(crate) fn truncate_chars(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().nth(n).is_some() {
        out.push('…');
    }
    out
}

/// A URL shown without anything that could be a credential: user information, query and
/// fragment are replaced by `(redacted)`.
pub(crate) fn redact_url(s: &str) -> String {
    let s = escape(s.trim());
    let (scheme, rest) = match s.split_once("://") {
        Some((a, b)) => (format!("{a}://"), b.to_string()),
        None => (String::new(), s.clone()),
    };
    let cut = rest.find(['?', '#']).unwrap_or(rest.len());
    let (before, after) = rest.split_at(cut);
    let (authority, path) = match before.find('/') {
        Some(i) => before.split_at(i),
        None => (before, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((_, host)) => format!("(redacted)@{host}"),
        None => authority.to_string(),
    };
    let tail = if after.is_empty() { "" } else { "?(redacted)" };
    format!("{scheme}{authority}{path}{tail}")
}

/// The last guard before a terminal: like [`escape`], but line breaks are kept (messages and
/// results may span lines). Text that was escaped already passes unchanged.
pub(crate) fn terminal_safe(s: &str) -> String {
    s.split('\n').map(escape).collect::<Vec<_>>().join("\n")
}

/// True for what JSON text must carry as a `\u` escape to be safe on a terminal: every control
/// character (C0, DEL, C1: U+009B is CSI, U+009D OSC) and every format character. JSON writers
/// escape only C0.
fn json_unsafe(c: char) -> bool {
    c.is_control() || is_format(c)
}

/// JSON text with every control and format character written as a `\uXXXX` escape: the same
/// JSON once parsed, but nothing in it can move the cursor or reorder what a terminal shows.
/// Outside strings JSON holds only ASCII white space, which is left as it is.
pub(crate) fn json_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if json_unsafe(c) && !matches!(c, '\n' | '\r' | '\t' | ' ') {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, json_safe, terminal_safe, truncate_chars};

    #[test]
    fn a_terminal_gets_line_breaks_and_nothing_else_raw() {
        assert_eq!(terminal_safe("plain\ntext, 汉字"), "plain\ntext, 汉字");
        assert_eq!(terminal_safe("a\x1b]0;x\x07b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(
            terminal_safe("one\ntwo\u{202e}\tthree\r"),
            "one\ntwo\\u{202e}\\tthree\\r"
        );
        // Text escaped already passes unchanged.
        let once = terminal_safe("x\u{9b}31m\ny");
        assert_eq!(terminal_safe(&once), once);
    }

    #[test]
    fn text_is_cut_after_n_characters_not_bytes() {
        assert_eq!(truncate_chars("汉字汉字", 2), "汉字…");
        assert_eq!(truncate_chars("abc", 3), "abc");
        assert_eq!(truncate_chars("abcd", 3), "abc…");
        assert_eq!(truncate_chars("", 0), "");
    }

    #[test]
    fn json_keeps_its_meaning_without_format_characters() {
        let v = serde_json::json!({"ErrorInfo": "a\u{202e}b\u{e0041}c\u{1b}"});
        let safe = json_safe(&v.to_string());
        assert_eq!(safe, r#"{"ErrorInfo":"a\u202eb\udb40\udc41c\u001b"}"#);
        assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), v);
    }

    #[test]
    fn json_escapes_del_and_c1_controls_in_keys_and_values() {
        let v = serde_json::json!({"k\u{9d}0;x\u{7}": ["\u{9b}31m", "\u{7f}", "\u{85}"]});
        let safe = json_safe(&v.to_string());
        assert_eq!(
            safe,
            r#"{"k\u009d0;x\u0007":["\u009b31m","\u007f","\u0085"]}"#
        );
        assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), v);
        // Pretty JSON keeps its line breaks and indentation.
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&json_safe(&pretty)).unwrap(),
            v
        );
        assert!(json_safe(&pretty).contains('\n'));
    }

    #[test]
    fn escapes_controls_and_format_characters() {
        assert_eq!(
            escape("a\nb\tc\u{1b}[0m\u{7f}é"),
            "a\\nb\\tc\\u{1b}[0m\\u{7f}é"
        );
        assert_eq!(
            escape("x\u{202e}y\u{2066}z\u{200b}\u{feff}\u{2060}"),
            "x\\u{202e}y\\u{2066}z\\u{200b}\\u{feff}\\u{2060}"
        );
        assert_eq!(escape("plain ascii 汉字"), "plain ascii 汉字");
    }
}
