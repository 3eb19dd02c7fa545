//! A secret value (secret key, UserSig) that cannot be printed by accident.
//!
//! `Debug` and `Display` print `(redacted)`; the only way to the text is [`Secret::expose`].
//! Every secret that is loaded is also registered with [`register`], so that the output layer
//! and the panic hook can scrub it from any text that is about to leave the process.

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

static REGISTERED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Remembers a secret so that [`scrub`] removes it from any text. Short values are not
/// registered: they would blank out ordinary words.
pub(crate) fn register(value: &str) {
    if value.len() < 8 {
        return;
    }
    let encoded = crate::urlenc::encode_component(value);
    if let Ok(mut list) = REGISTERED.lock() {
        for v in [value.to_string(), encoded] {
            if !list.contains(&v) {
                list.push(v);
            }
        }
        // Longest first, so that a value containing another is replaced whole.
        list.sort_by_key(|v| std::cmp::Reverse(v.len()));
    }
}

/// Replaces every registered secret in `text` by `(redacted)`.
pub(crate) fn scrub(text: &str) -> String {
    let Ok(list) = REGISTERED.lock() else {
        return text.to_string();
    };
    let mut out = text.to_string();
    for v in list.iter() {
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
}
