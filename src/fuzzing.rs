//! Entry points for the fuzz targets in `fuzz/` (and the test that replays their corpus): each
//! feeds bytes from outside to one parser of what timpush reads, and checks what must hold of
//! the result. None may panic, on any input. Not an API: hidden, and free to change.

use crate::client::attempt::classify;
use crate::client::transport::HttpAnswer;

/// An answer of the service: the first byte picks the HTTP status, the rest is the body.
pub fn answer(data: &[u8]) {
    let Some((first, body)) = data.split_first() else {
        return;
    };
    let status = [200, 200, 200, 429, 500, 502, 301, 404][(*first % 8) as usize];
    let body = String::from_utf8_lossy(body).into_owned();
    let attempt = classify(Ok(HttpAnswer {
        status,
        retry_after: None,
        location: None,
        body: Ok(body),
    }));
    // Whatever the answer, what it says of itself reaches the terminal escaped.
    let cause = attempt.cause();
    assert!(
        !cause.chars().any(|c| c.is_control() && c != '\n'),
        "{cause:?}"
    );
    let _ = attempt.exit();
}

/// A config file.
pub fn config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = std::path::Path::new("config.toml");
    if let Ok((file, _)) = crate::settings::file::ConfigFile::parse_lenient(path, text) {
        let _ = file.holds_inline_secret();
    }
}

/// A list file (`--from-file`, `--to-file`): lines, comments, a byte-order mark; each item read
/// as a TaskId and as a UserID.
pub fn list(data: &[u8]) {
    let Ok(text) = crate::input::text_of("--from-file", "list", data.to_vec()) else {
        return;
    };
    for item in crate::input::list_items("list", &text) {
        assert!(!item.text.is_empty() && item.text.trim() == item.text);
        let _ = crate::taskid::TaskId::parse(&item.text);
        let _ = crate::notification::check_account(&item.text);
    }
}

/// A UserSig, as a file or a variable holds it.
pub fn usersig(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(f) = crate::usersig::decode(&text) {
        let _ = f.expires_at();
        let _ = f.is_expired(0);
    }
}

/// A TaskId, as an argument, a list line or an answer gives it.
pub fn task_id(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(t) = crate::taskid::TaskId::parse(&text) {
        let _ = t.apparent_age(1_800_000_000);
        let _ = t.is_web_push();
        assert_eq!(
            crate::taskid::TaskId::parse(t.as_str()).map(|u| u == t),
            Ok(true)
        );
    }
}

/// A time or a duration, as `--at`, `--since`, a Retry-After or an answer's field gives it.
pub fn time(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let now = 1_800_000_000;
    let _ = crate::timefmt::parse_time(&text);
    let _ = crate::timefmt::parse_http_date(&text);
    if let Some(t) = crate::timefmt::parse_wire_utc(&text) {
        assert_eq!(
            crate::timefmt::parse_wire_utc(&crate::timefmt::wire_utc(t)),
            Some(t)
        );
    }
    let _ = crate::schedule::at_time(&text, now);
    let _ = crate::schedule::time_or_duration("--since", &text, now, false);
    let _ = crate::settings::table::parse_duration(&text);
}

/// A fuzz target: bytes in, a panic for a bug.
pub type Target = fn(&[u8]);

/// Every target by name, for the corpus replay.
pub const TARGETS: [(&str, Target); 6] = [
    ("answer", answer),
    ("config", config),
    ("list", list),
    ("usersig", usersig),
    ("task_id", task_id),
    ("time", time),
];

#[cfg(test)]
mod tests {
    /// Every seed and every input the fuzzers kept (`fuzz/corpus/TARGET/`) goes through its
    /// target on every `cargo test`: what once crashed a parser stays fixed.
    #[test]
    fn the_fuzz_corpus_replays() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
        for (name, target) in super::TARGETS {
            let dir = root.join(name);
            let mut n = 0;
            for e in
                std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("{} is missing", dir.display()))
            {
                let path = e.unwrap().path();
                target(&std::fs::read(&path).unwrap());
                n += 1;
            }
            assert!(n > 0, "no seed for {name}");
        }
    }
}
