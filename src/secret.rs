//! A secret value (secret key, UserSig) that cannot be printed by accident.
//!
//! `Debug` and `Display` print `(redacted)`; the only way to the text is [`Secret::expose`].
//! Every secret that is loaded is also registered with [`register`], so that the output layer
//! and the panic hook can scrub it from any text that is about to leave the process.

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Mutex;

#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl Secret {
    /// Wraps a value and registers it (and its URL-encoded form) for scrubbing.
    pub(crate) fn new(value: String) -> Self {
        register(&value);
        Secret(value)
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// `****` and the last four characters, for `config show` style listings.
    pub(crate) fn masked(&self) -> String {
        let tail: String = {
            let chars: Vec<char> = self.0.chars().collect();
            if chars.len() <= 8 {
                String::new()
            } else {
                chars[chars.len() - 4..].iter().collect()
            }
        };
        format!("****{tail}")
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// A run of this many bytes of a secret is scrubbed wherever it appears: a message that quotes
/// part of a secret (a server's error page cut short, say) shows none of it.
const PIECE: usize = 16;

#[derive(Default)]
struct Registry {
    /// Every run of [`PIECE`] bytes of every secret at least that long.
    pieces: HashSet<[u8; PIECE], BuildHasherDefault<PieceHasher>>,
    /// Secrets shorter than a piece, replaced whole (longest first).
    short: Vec<String>,
    /// Every secret whole, as registered.
    whole: Vec<String>,
}

static REGISTERED: Mutex<Option<Registry>> = Mutex::new(None);

/// The hash of a piece: its 16 bytes folded and mixed. The keys are this process's own secrets,
/// never chosen by someone else, so std's flood-resistant hasher (several times slower, and a
/// recall registers a thousand pieces and looks up one for every byte it prints) buys nothing.
#[derive(Default)]
struct PieceHasher(u64);

impl Hasher for PieceHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(29) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

/// Remembers a secret so that [`scrub`] removes it, or any run of 16 bytes of it, from any
/// text, in every form it can be echoed in: as it is, URL-encoded, as hex (either case); and,
/// for a UserSig, its `TLS.sig` (the signature that, with the public fields, rebuilds a valid
/// UserSig) in its base64 forms and as hex, so that a server echoing the UserSig decoded shows
/// none of it. Values under 8 bytes are not registered: they would blank out ordinary words.
pub(crate) fn register(value: &str) {
    if value.len() < 8 {
        return;
    }
    let mut forms = encodings(value.as_bytes());
    forms.push(crate::urlenc::encode_component(value));
    // A UserSig is base64 of zlib, whose first byte (0x78) reads as `e`: nothing else is
    // decoded, for the inflater's set-up is not free.
    if value.starts_with('e')
        && let Ok(fields) = crate::usersig_fields::decode(value)
    {
        forms.extend(signature_forms(&fields.sig));
    }
    let Ok(mut guard) = REGISTERED.lock() else {
        return;
    };
    let reg = guard.get_or_insert_with(Registry::default);
    if !reg.whole.iter().any(|w| w == value) {
        reg.whole.push(value.to_string());
    }
    for v in std::iter::once(value).chain(forms.iter().map(String::as_str)) {
        let b = v.as_bytes();
        if b.len() >= PIECE {
            for w in b.windows(PIECE) {
                reg.pieces
                    .insert(w.try_into().expect("a window is PIECE bytes"));
            }
        } else if v.len() >= 8 && !reg.short.iter().any(|s| s == v) {
            reg.short.push(v.to_string());
            reg.short.sort_by_key(|v| std::cmp::Reverse(v.len()));
        }
    }
}

/// `bytes` as hex, lower and upper case.
fn encodings(bytes: &[u8]) -> Vec<String> {
    let lower: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let upper = lower.to_ascii_uppercase();
    vec![lower, upper]
}

/// A UserSig's `TLS.sig` as carried, in the URL-safe alphabets, URL-encoded, and the HMAC it
/// holds as hex.
fn signature_forms(sig: &str) -> Vec<String> {
    use base64::Engine;
    let mut forms = vec![
        sig.to_string(),
        sig.replace('+', "-").replace('/', "_"),
        sig.replace('+', "*").replace('/', "-").replace('=', "_"),
        crate::urlenc::encode_component(sig),
    ];
    if let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(sig.trim()) {
        forms.extend(encodings(&raw));
    }
    forms
}

/// Replaces every registered secret, and every run of 16 bytes of one, by `(redacted)`. Linear
/// in the length of `text`, whatever the number of secrets.
///
/// An echo need not be plain: the text is also read as it would be once decoded (JSON `\u`
/// escapes, HTML entities and `%XX` undone; format characters such as zero-width spaces, and
/// NULs as UTF-16 leaves them, dropped), and each run of base64 is decoded; what holds a piece
/// of a secret there is redacted where it stands in the text.
pub(crate) fn scrub(text: &str) -> String {
    let Ok(guard) = REGISTERED.lock() else {
        return text.to_string();
    };
    let Some(reg) = guard.as_ref() else {
        return text.to_string();
    };
    let mut cut: Vec<(usize, usize)> = Vec::new();
    // The text as it stands, but for NULs and format characters, which are dropped; nothing
    // decoded: an encoding that reads one way can also swallow a character of a piece read
    // another way (`%0` before UTF-16 `A\0…` reads as `%0A`). What the text holds plainly is
    // found here too.
    let stripped: Vec<(u8, usize, usize)> = text
        .char_indices()
        .filter(|(_, c)| *c != '\0' && !crate::sanitize::is_format(*c))
        .flat_map(|(i, c)| {
            let n = c.len_utf8();
            text.as_bytes()[i..i + n]
                .iter()
                .map(move |b| (*b, i, i + n))
        })
        .collect();
    pieces_in(reg, &stripped, &mut cut);
    // The same without backslashes: an echo that escapes some characters of a secret (`\/`,
    // and `\\/` once that is escaped again for JSON) still shows the rest of it to a reader.
    let unslashed: Vec<(u8, usize, usize)> =
        stripped.iter().copied().filter(|v| v.0 != b'\\').collect();
    if unslashed.len() != stripped.len() {
        pieces_in(reg, &unslashed, &mut cut);
    }
    // The text decoded.
    let decoded = decoded_view(text);
    pieces_in(reg, &decoded, &mut cut);
    // Runs of base64, in the text and in the decoded text.
    for view in [&stripped, &decoded] {
        for (from, to) in base64_runs(view) {
            let run: String = view[from..to].iter().map(|v| v.0 as char).collect();
            // The encoded text may start anywhere in the run (a letter of the text around it
            // joins the run): each of the four alignments is read.
            let holds_secret = (0..4.min(run.len())).any(|shift| {
                decode_base64(&run[shift..]).is_some_and(|bytes| {
                    let inner: Vec<(u8, usize, usize)> = bytes.iter().map(|b| (*b, 0, 0)).collect();
                    let mut found = Vec::new();
                    pieces_in(reg, &inner, &mut found);
                    let inner_text = String::from_utf8_lossy(&bytes);
                    !found.is_empty() || reg.short.iter().any(|s| inner_text.contains(s.as_str()))
                })
            });
            if holds_secret {
                cut.push((view[from].1, view[to - 1].2));
            }
        }
    }
    cut.extend(usersig_values(text));
    let mut out = redact(text, cut);
    for v in &reg.short {
        if out.contains(v.as_str()) {
            out = out.replace(v.as_str(), "(redacted)");
        }
    }
    out
}

/// Where a `usersig=` parameter's value stands in `text` (a page that echoes a request, cut
/// short by the server): the value is cut whatever its length, so that not even the head of a
/// UserSig, too short to be found as a piece, is shown.
fn usersig_values(text: &str) -> Vec<(usize, usize)> {
    const NAME: &[u8] = b"usersig=";
    let b = text.as_bytes();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i + NAME.len() <= b.len() {
        if b[i..i + NAME.len()].eq_ignore_ascii_case(NAME) {
            let from = i + NAME.len();
            let len = b[from..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || b"*-_%+/=".contains(c))
                .count();
            if len > 0 {
                cuts.push((from, from + len));
            }
            i = from + len;
        } else {
            i += 1;
        }
    }
    cuts
}

/// True when `text` holds a whole registered secret, plainly, URL-encoded or as its decoded
/// form reads (see [`scrub`]). Pieces are scrubbed from output, but only a whole secret stops a
/// call: a short run of a low-entropy key could stand in ordinary data.
pub(crate) fn holds_secret(text: &str) -> bool {
    let Ok(guard) = REGISTERED.lock() else {
        return false;
    };
    let Some(reg) = guard.as_ref() else {
        return false;
    };
    let decoded: Vec<u8> = decoded_view(text).iter().map(|v| v.0).collect();
    let decoded = String::from_utf8_lossy(&decoded);
    reg.whole.iter().any(|w| {
        text.contains(w.as_str())
            || decoded.contains(w.as_str())
            || text.contains(&crate::urlenc::encode_component(w))
    })
}

/// Adds to `cut` the places in the text (from each view byte's origin) of every run of
/// [`PIECE`] bytes of a secret in `view`.
fn pieces_in(reg: &Registry, view: &[(u8, usize, usize)], cut: &mut Vec<(usize, usize)>) {
    let bytes: Vec<u8> = view.iter().map(|v| v.0).collect();
    let mut i = 0;
    while i + PIECE <= bytes.len() {
        let w: &[u8; PIECE] = bytes[i..i + PIECE].try_into().expect("PIECE bytes");
        if reg.pieces.contains(w) {
            let mut end = i + PIECE;
            while end < bytes.len()
                && reg.pieces.contains(
                    <&[u8; PIECE]>::try_from(&bytes[end + 1 - PIECE..end + 1])
                        .expect("PIECE bytes"),
                )
            {
                end += 1;
            }
            cut.push((view[i].1, view[end - 1].2));
            i = end;
        } else {
            i += 1;
        }
    }
}

/// `text` with each place in `cut` (byte ranges, widened to whole characters and merged)
/// replaced by `(redacted)`.
fn redact(text: &str, mut cut: Vec<(usize, usize)>) -> String {
    if cut.is_empty() {
        return text.to_string();
    }
    for c in &mut cut {
        // The text's start and end are boundaries: neither loop runs past them.
        c.1 = c.1.min(text.len());
        while !text.is_char_boundary(c.0) {
            c.0 -= 1;
        }
        while !text.is_char_boundary(c.1) {
            c.1 += 1;
        }
    }
    cut.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut cutting = false;
    for (from, to) in cut {
        if to <= at {
            continue;
        }
        // A cut that overlaps or touches the one before lengthens it: one `(redacted)`.
        if !(cutting && from <= at) {
            out.push_str(&text[at..from.max(at)]);
            out.push_str("(redacted)");
        }
        cutting = true;
        at = to;
    }
    out.push_str(&text[at..]);
    out
}

/// The bytes of `text` once decoded, each with the range of the text it came from: `\uXXXX`
/// (with surrogate pairs), `\/` and the other JSON escapes, `&#N;`, `&#xN;` and the common named
/// entities, `%XX`; format characters and NULs are left out.
fn decoded_view(text: &str) -> Vec<(u8, usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let push_char = |out: &mut Vec<(u8, usize, usize)>, c: char, from: usize, to: usize| {
        if c == '\0' || crate::sanitize::is_format(c) {
            return;
        }
        let mut buf = [0u8; 4];
        for byte in c.encode_utf8(&mut buf).bytes() {
            out.push((byte, from, to));
        }
    };
    let hex4 = |at: usize| -> Option<u32> {
        let s = text.get(at..at + 4)?;
        u32::from_str_radix(s, 16)
            .ok()
            .filter(|_| s.bytes().all(|c| c.is_ascii_hexdigit()))
    };
    while i < b.len() {
        // This program's own escapes (`\u{200b}`: text is escaped before it is scrubbed).
        if b[i] == b'\\'
            && b.get(i + 1) == Some(&b'u')
            && b.get(i + 2) == Some(&b'{')
            && let Some(len) = b[i + 3..].iter().take(7).position(|c| *c == b'}')
            && let Ok(u) = u32::from_str_radix(&text[i + 3..i + 3 + len], 16)
        {
            if let Some(c) = char::from_u32(u) {
                push_char(&mut out, c, i, i + 4 + len);
            }
            i += 4 + len;
            continue;
        }
        // An escaped backslash before what reads as a \u escape: read as the escape too (a
        // reader could), so that a backslash put in front does not hide a piece.
        if b[i] == b'\\'
            && b.get(i + 1) == Some(&b'\\')
            && b.get(i + 2) == Some(&b'u')
            && hex4(i + 3).is_some()
        {
            i += 1;
            continue;
        }
        // JSON escapes.
        if b[i] == b'\\' && i + 1 < b.len() {
            if b[i + 1] == b'u'
                && let Some(u) = hex4(i + 2)
            {
                if (0xD800..0xDC00).contains(&u)
                    && b.get(i + 6) == Some(&b'\\')
                    && b.get(i + 7) == Some(&b'u')
                    && let Some(l) = hex4(i + 8).filter(|l| (0xDC00..0xE000).contains(l))
                {
                    let c = char::from_u32(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00));
                    if let Some(c) = c {
                        push_char(&mut out, c, i, i + 12);
                    }
                    i += 12;
                    continue;
                }
                if let Some(c) = char::from_u32(u) {
                    push_char(&mut out, c, i, i + 6);
                }
                i += 6;
                continue;
            }
            let simple = match b[i + 1] {
                b'/' => Some('/'),
                b'\\' => Some('\\'),
                b'"' => Some('"'),
                b'n' => Some('\n'),
                b't' => Some('\t'),
                b'r' => Some('\r'),
                _ => None,
            };
            if let Some(c) = simple {
                push_char(&mut out, c, i, i + 2);
                i += 2;
                continue;
            }
        }
        // HTML entities.
        if b[i] == b'&'
            && let Some(len) = b[i..].iter().take(12).position(|c| *c == b';')
        {
            let name = &text[i + 1..i + len];
            let c = if let Some(n) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(n, 16).ok().and_then(char::from_u32)
            } else if let Some(n) = name.strip_prefix('#') {
                n.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "sol" => Some('/'),
                    "plus" => Some('+'),
                    "equals" => Some('='),
                    "ast" => Some('*'),
                    _ => None,
                }
            };
            if let Some(c) = c {
                push_char(&mut out, c, i, i + len + 1);
                i += len + 1;
                continue;
            }
        }
        // Percent-encoding.
        if b[i] == b'%'
            && let Some(h) = text.get(i + 1..i + 3)
            && let Ok(v) = u8::from_str_radix(h, 16)
            && h.bytes().all(|c| c.is_ascii_hexdigit())
        {
            if v != 0 {
                out.push((v, i, i + 3));
            }
            i += 3;
            continue;
        }
        // Any other character, whole.
        let c = text[i..].chars().next().expect("a character at a boundary");
        let len = c.len_utf8();
        push_char(&mut out, c, i, i + len);
        i += len;
    }
    out
}

/// The runs of at least 11 base64 characters (either alphabet) in `view`, each with the `=`
/// padding that ends it, as index ranges.
fn base64_runs(view: &[(u8, usize, usize)]) -> Vec<(usize, usize)> {
    let is_b64 = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_');
    let mut runs = Vec::new();
    let mut i = 0;
    while i < view.len() {
        if is_b64(view[i].0) {
            let start = i;
            while i < view.len() && is_b64(view[i].0) {
                i += 1;
            }
            // Base64 ends with at most two `=`.
            let mut pad = 0;
            while pad < 2 && i < view.len() && view[i].0 == b'=' {
                i += 1;
                pad += 1;
            }
            // The shortest base64 of the shortest secret registered (8 bytes): 11 characters.
            if i - start >= 11 {
                runs.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    runs
}

/// Base64 in either alphabet, padded or not; `None` for what does not decode.
fn decode_base64(run: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    use base64::engine::DecodePaddingMode;
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
    let lenient = GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true);
    let standard = GeneralPurpose::new(&base64::alphabet::STANDARD, lenient);
    // The two alphabets differ only in the characters for 62 and 63: read as one, so that a
    // character of the text around it (a `-` after standard base64) does not spoil the run.
    let t: String = run
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    // A length of 4n+1 cannot be base64: its last character is the text's that follows.
    let t = if t.len() % 4 == 1 {
        &t[..t.len() - 1]
    } else {
        &t[..]
    };
    standard.decode(t).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_that_starts_or_ends_inside_a_character_takes_the_whole_character() {
        // Cyrillic letters are two bytes each, and many share a first byte: a run of bytes of
        // the secret can begin with the second byte of one letter of the text (Ѱ is D1 B0, а
        // D0 B0) and end with the first byte of another (Ѐ is D0 80, п D0 BF).
        let _s = Secret::new("абвгдежзийклмноп".into());
        let text = "<Ѱбвгдежзийклмно\u{400}>";
        assert_eq!(scrub(text), "<(redacted)>");
        // A cut inside a character is widened to whole characters on both sides.
        assert_eq!(redact("<Ѱб>", vec![(2, 4)]), "<(redacted)>");
        assert_eq!(redact("<Ѱб>x", vec![(1, 3), (4, 6)]), "<(redacted)x");
        // Cuts that overlap or touch make one; a gap between them is kept.
        assert_eq!(
            redact("abcdefgh", vec![(1, 3), (2, 4), (4, 5), (6, 7)]),
            "a(redacted)f(redacted)h"
        );
    }

    /// A JSON escape other than an escaped backslash (`\t`) before a `u` and four hex digits is
    /// that escape: the letters after it are the secret's, not the tail of a `\u` escape.
    #[test]
    fn an_escape_followed_by_u_and_hex_digits_is_read_as_that_escape() {
        let _s = Secret::new("k\tu0041bcdef0123456789".into());
        assert_eq!(scrub(r"<k\tu0041bcdef0123456789>"), "<(redacted)>");
    }

    /// Each way the scrubber reads a text, with the secret written wholly in it: exactly the
    /// written form is cut, nothing before or after it, and nothing of it is left.
    #[test]
    fn every_decoding_cuts_exactly_the_written_secret() {
        use base64::Engine;
        let json = "k/\\\"\n\t\r0123456789abcdef";
        let astral = "😀😀😀😀0123456789ab";
        let html = "&<>\"'/+=*0123456789abcdef";
        let _s = [
            Secret::new(json.into()),
            Secret::new(astral.into()),
            Secret::new(html.into()),
        ];
        let b64 = base64::engine::general_purpose::STANDARD.encode(html);
        let short = Secret::new("Sh0rt!k8".into());
        let short_b64 = base64::engine::general_purpose::STANDARD.encode(short.expose());
        for written in [
            r#"k\/\\\"\n\t\r0123456789abcdef"#.to_string(),
            r"\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude000123456789ab".to_string(),
            r"\u{1f600}\u{1f600}\u{1f600}\u{1f600}0123456789ab".to_string(),
            "&amp;&lt;&gt;&quot;&apos;&sol;&plus;&equals;&ast;0123456789abcdef".to_string(),
            "&#38;&#x3c;&#X3E;&#34;&#39;&#47;&#43;&#61;&#42;0123456789abcdef".to_string(),
            "%26%3C%3E%22%27%2F%2B%3D%2A0123456789abcdef".to_string(),
            b64.clone(),
            short_b64.clone(),
        ] {
            assert_eq!(scrub(&format!("<{written}>")), "<(redacted)>", "{written}");
        }
        // The same secrets the other way round, so that a written form ends the secret: the cut
        // ends exactly where the form does.
        let json_end = "0123456789abcdefk/\\\"\n\t\r";
        let astral_end = "0123456789ab😀😀😀😀";
        let html_end = "0123456789abcdef&<>\"'/+=*";
        let _t = [
            Secret::new(json_end.into()),
            Secret::new(astral_end.into()),
            Secret::new(html_end.into()),
        ];
        for written in [
            r#"0123456789abcdefk\/\\\"\n\t\r"#,
            r"0123456789ab\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00",
            r"0123456789ab\u{1f600}\u{1f600}\u{1f600}\u{1f600}",
            "0123456789abcdef&amp;&lt;&gt;&quot;&apos;&sol;&plus;&equals;&ast;",
            "0123456789abcdef&#38;&#x3c;&#X3E;&#34;&#39;&#47;&#43;&#61;&#42;",
            "0123456789abcdef%26%3C%3E%22%27%2F%2B%3D%2A",
        ] {
            assert_eq!(scrub(&format!("<{written}>")), "<(redacted)>", "{written}");
        }
        // A backslash put before the first `\u` escape (`\\u0030` reads, strictly, as a
        // backslash and "u0030") does not hide the piece that escape begins.
        let escaped: String = json
            .chars()
            .map(|c| format!("\\u{:04x}", c as u32))
            .collect();
        assert_eq!(scrub(&format!("x\\{escaped}")), "x\\(redacted)");
        // Base64 padding is at most two `=`: a third belongs to the text.
        assert_eq!(
            scrub(&format!(
                "<{}=>",
                b64.trim_end_matches('=').to_string() + "=="
            )),
            "<(redacted)=>"
        );
    }

    #[test]
    fn values_of_8_bytes_are_registered_and_shorter_ones_are_not() {
        let _eight = Secret::new("Q7w!e9Zx".into());
        let _seven = Secret::new("K3y!sev".into());
        assert_eq!(scrub("[Q7w!e9Zx] [K3y!sev]"), "[(redacted)] [K3y!sev]");
    }

    #[test]
    fn a_whole_secret_is_found_plain_encoded_or_decoded_and_a_piece_is_not() {
        let secret = "hS9+k2/Lq0=zR7&mW4#pY1vT6uN8xB3c";
        let _s = Secret::new(secret.into());
        assert!(holds_secret(&format!("body {secret} end")));
        assert!(holds_secret(&crate::urlenc::encode_component(secret)));
        let escaped: String = secret
            .chars()
            .map(|c| format!("\\u{:04x}", c as u32))
            .collect();
        assert!(holds_secret(&escaped), "as JSON escapes");
        assert!(!holds_secret(&secret[..20]), "a piece does not stop a call");
        assert!(!holds_secret("nothing of it"));
    }

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("abcdefgh12345678".into());
        assert_eq!(format!("{s:?} {s}"), "(redacted) (redacted)");
        assert_eq!(s.masked(), "****5678");
        assert_eq!(Secret::new("short".into()).masked(), "****");
    }

    #[test]
    fn scrub_removes_plain_and_encoded_forms() {
        let _s = Secret::new("a+b/c=d*e-f_g+h".into());
        let text = "x a+b/c=d*e-f_g+h y a%2Bb%2Fc%3Dd%2Ae-f_g%2Bh z";
        assert_eq!(scrub(text), "x (redacted) y (redacted) z");
    }

    #[test]
    fn a_usersig_parameter_is_cut_whatever_its_length() {
        let _s = Secret::new("eJwrSENTINELusersigHEADandTAIL0123456789".into());
        for (echo, shown) in [
            (
                "GET /v4/x?usersig=eJwrSENTI",
                "GET /v4/x?usersig=(redacted)",
            ),
            ("a&UserSig=eJw%2Ar&b=1", "a&UserSig=(redacted)&b=1"),
            ("?usersig=(redacted)&x", "?usersig=(redacted)&x"),
            ("usersig=", "usersig="),
            ("no parameter: usersig eJwr", "no parameter: usersig eJwr"),
        ] {
            assert_eq!(scrub(echo), shown, "{echo}");
        }
    }

    #[test]
    fn scrub_removes_any_run_of_16_bytes_of_a_secret() {
        let secret = "eJwrSENTINELusersigABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let _s = Secret::new(secret.into());
        // A page that echoes the request, cut by the server in the middle of the UserSig.
        let page = format!("GET /v4/x?usersig={}… failed", &secret[..30]);
        assert_eq!(scrub(&page), "GET /v4/x?usersig=(redacted)… failed");
        // A piece from the middle, and one of 15 bytes that is left alone.
        assert_eq!(scrub(&format!("[{}]", &secret[10..26])), "[(redacted)]");
        assert_eq!(
            scrub(&format!("[{}]", &secret[10..25])),
            format!("[{}]", &secret[10..25])
        );
        assert_eq!(
            scrub("nothing secret here, 汉字 too"),
            "nothing secret here, 汉字 too"
        );
    }

    #[test]
    fn scrub_sees_through_encodings() {
        use base64::Engine;
        let secret = "eJwtzEELgjAYxvGv0s7ENIEENCODEDusersig0123456789";
        let _s = Secret::new(secret.into());
        let piece = &secret[5..40];
        let between = |sep: &str| {
            piece
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(sep)
        };
        let zero_width = between("\u{200b}");
        let json_escaped: String = piece
            .chars()
            .map(|c| format!("\\u{:04x}", c as u32))
            .collect();
        let json_zero_width = between("\\u200b");
        let escaped_here = crate::sanitize::escape(&zero_width);
        let html: String = piece.chars().map(|c| format!("&#{};", c as u32)).collect();
        let html_hex: String = piece
            .chars()
            .map(|c| format!("&#x{:x};", c as u32))
            .collect();
        let utf16 = between("\0");
        let b64 = base64::engine::general_purpose::STANDARD.encode(piece);
        let b64_url =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("usersig={secret}"));
        let soft = between("\u{ad}");
        for echo in [
            zero_width,
            json_escaped,
            json_zero_width,
            html,
            html_hex,
            utf16,
            b64,
            b64_url,
            soft,
            escaped_here,
        ] {
            assert_eq!(
                scrub(&format!("echo: <{echo}> end")),
                "echo: <(redacted)> end",
                "{echo:?}"
            );
        }
        // Nothing else changes: escapes, entities and base64 that hold no secret.
        let harmless = "a \\u0041 &amp; &#65; %41 SGVsbG8gd29ybGQsIHRoaXMgaXMgZmluZQ== 汉字";
        assert_eq!(scrub(harmless), harmless);
    }

    /// A secret whose slashes are escaped in the echo (`\/`, or `\\/` once escaped again), so
    /// that no run of 16 bytes of it stands plainly: still cut, and the whole of it.
    #[test]
    fn escaped_slashes_do_not_hide_a_secret() {
        let secret = "Ab3dEf7hIj1kLm/Op9rSt5vWxY2z/Bc4eFg6iJk8mN0/Pq";
        let _s = Secret::new(secret.into());
        for echo in [
            secret.replace('/', "\\/"),
            secret.replace('/', "\\\\/"),
            secret.replace('/', "\\\\\\/"),
        ] {
            assert_eq!(
                scrub(&format!("sig <{echo}> end")),
                "sig <(redacted)> end",
                "{echo}"
            );
        }
        // Backslashes that hold no secret are left as they are.
        assert_eq!(scrub(r"C:\Users\me \/ \\/"), r"C:\Users\me \/ \\/");
    }
}
