//! Text from outside (answer fields, headers, decoded UserSigs, file contents) made safe for a
//! terminal: control characters and Unicode format characters (bidi overrides, zero-width
//! characters, the byte-order mark) are written as escapes, so no such text can move the cursor,
//! retitle the window or reorder what the reader sees.

/// True for the characters that change how text is shown without being seen themselves.
fn is_format(c: char) -> bool {
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

#[cfg(test)]
mod tests {
    use super::escape;

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
