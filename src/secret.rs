//! A secret value (secret key, UserSig) that cannot be printed by accident.
//!
//! `Debug` and `Display` print `(redacted)`; the only way to the text is [`Secret::expose`].
//! Every secret that is loaded is also registered with [`register`], so that the output layer
//! and the panic hook can scrub it from any text that is about to leave the process.

use std::collections::HashSet;
use std::fmt;
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
    pieces: HashSet<[u8; PIECE]>,
    /// Secrets shorter than a piece, replaced whole (longest first).
    short: Vec<String>,
}

static REGISTERED: Mutex<Option<Registry>> = Mutex::new(None);

/// Remembers a secret (and its URL-encoded form) so that [`scrub`] removes it, or any run of
/// 16 bytes of it, from any text. Values under 8 bytes are not registered: they would blank out
/// ordinary words.
pub(crate) fn register(value: &str) {
    if value.len() < 8 {
        return;
    }
    let encoded = crate::urlenc::encode_component(value);
    let Ok(mut guard) = REGISTERED.lock() else {
        return;
    };
    let reg = guard.get_or_insert_with(Registry::default);
    for v in [value, encoded.as_str()] {
        let b = v.as_bytes();
        if b.len() >= PIECE {
            for w in b.windows(PIECE) {
                reg.pieces
                    .insert(w.try_into().expect("a window is PIECE bytes"));
            }
        } else if !reg.short.iter().any(|s| s == v) {
            reg.short.push(v.to_string());
            reg.short.sort_by_key(|v| std::cmp::Reverse(v.len()));
        }
    }
}

/// Replaces every registered secret, and every run of 16 bytes of one, by `(redacted)`. Linear
/// in the length of `text`, whatever the number of secrets.
pub(crate) fn scrub(text: &str) -> String {
    let Ok(guard) = REGISTERED.lock() else {
        return text.to_string();
    };
    let Some(reg) = guard.as_ref() else {
        return text.to_string();
    };
    let b = text.as_bytes();
    let is_piece = |at: usize| {
        at + PIECE <= b.len()
            && reg
                .pieces
                .contains(<&[u8; PIECE]>::try_from(&b[at..at + PIECE]).expect("PIECE bytes"))
    };
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if is_piece(i) {
            // Extend over every following byte that still ends a piece.
            let mut end = i + PIECE;
            while end < b.len() && is_piece(end + 1 - PIECE) {
                end += 1;
            }
            out.extend_from_slice(b"(redacted)");
            i = end;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    let mut out = String::from_utf8_lossy(&out).into_owned();
    for v in &reg.short {
        if out.contains(v.as_str()) {
            out = out.replace(v.as_str(), "(redacted)");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
