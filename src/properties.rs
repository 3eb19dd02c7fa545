//! Properties over many inputs (proptest): round trips that must hold for every value, the
//! scrubber and the escaper against any text, and parsers that never panic on anything.
//! `PROPTEST_CASES=10000 cargo test properties` runs more cases than the default 256.

use proptest::prelude::*;

use crate::sanitize::{escape, is_format, json_safe};
use crate::secret::{Secret, scrub};
use crate::taskid::TaskId;
use crate::timefmt::{iso_utc, parse_time, parse_wire_utc, wire_utc};

/// The last second `YYYY-MM-DD HH:MM:SS` can write: 9999-12-31 23:59:59.
const LAST: i64 = 253_402_300_799;

/// A documented TaskId: five hex fields, the first a push time, optionally after `batch_`.
fn task_id() -> impl Strategy<Value = (String, i64)> {
    (
        any::<bool>(),
        0i64..=0xffff_ffff,
        "[0-9a-f]{1,16}",
        "[0-9a-f]{1,16}",
        "[0-9a-f]{1,16}",
        "[0-9a-f]{1,16}",
    )
        .prop_map(|(batch, t, b, c, d, e)| {
            let prefix = if batch { "batch_" } else { "" };
            (format!("{prefix}{t:08x}_{b}_{c}_{d}_{e}"), t)
        })
}

/// Text that may hold anything a hostile answer could: controls, format characters, any plane.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::char::range('\u{0}', '\u{1f}'),
            prop::char::range('\u{7f}', '\u{9f}'),
            prop::sample::select(vec![
                '\u{202e}',
                '\u{200b}',
                '\u{feff}',
                '\u{2066}',
                '\u{e0041}',
                '\u{061c}'
            ]),
        ],
        0..64,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn unsafe_char(c: char) -> bool {
    c.is_control() || is_format(c)
}

proptest! {
    #[test]
    fn a_task_id_reads_back_as_written((id, t) in task_id(), pad in "[ \t\r\n]{0,3}") {
        let parsed = TaskId::parse(&format!("{pad}{id}{pad}")).unwrap();
        prop_assert_eq!(parsed.as_str(), id.as_str());
        prop_assert!(parsed.has_documented_shape());
        prop_assert_eq!(parsed.apparent_push_time(), Some(t));
        prop_assert_eq!(parsed.to_string(), id);
    }

    #[test]
    fn a_task_id_parser_takes_any_text_without_panicking(s in "\\PC{0,80}") {
        if let Ok(t) = TaskId::parse(&s) {
            // What it accepts has no quote, comma or space in it, and never reads as a time in
            // the future of its own field.
            prop_assert!(!t.as_str().contains(['"', '\'', ',', ' ']));
            let _ = t.apparent_age(0);
        }
    }

    #[test]
    fn times_go_to_text_and_back(t in 0i64..=LAST) {
        prop_assert_eq!(parse_wire_utc(&wire_utc(t)), Some(t));
        prop_assert_eq!(parse_time(&iso_utc(t)), Ok(t));
        prop_assert_eq!(parse_time(&t.to_string()), Ok(t));
    }

    #[test]
    fn a_zone_moves_a_time_by_its_offset(t in 86_400i64..LAST - 86_400, h in 0i64..=14, m in 0i64..60, east in any::<bool>()) {
        let offset = (h * 3600 + m * 60) * if east { 1 } else { -1 };
        let local = wire_utc(t + offset).replace(' ', "T");
        let sign = if east { '+' } else { '-' };
        prop_assert_eq!(parse_time(&format!("{local}{sign}{h:02}:{m:02}")), Ok(t));
    }

    #[test]
    fn times_out_of_range_are_refused_never_wrapped(n in (LAST + 1)..i64::MAX) {
        let negative = format!("-{}", n);
        prop_assert!(parse_time(&n.to_string()).is_err());
        prop_assert!(parse_time(&negative).is_err());
    }

    #[test]
    fn the_time_parsers_take_any_text_without_panicking(s in "\\PC{0,40}") {
        let _ = parse_time(&s);
        let _ = parse_wire_utc(&s);
        let _ = crate::timefmt::parse_http_date(&s);
        let _ = crate::schedule::at_time(&s, 1_800_000_000);
    }

    #[test]
    fn a_usersig_decodes_to_what_it_was_made_of_and_verifies_with_its_key_only(
        identifier in "[!-~]{1,32}",
        app in 1u64..=u32::MAX as u64,
        time in 0i64..4_000_000_000,
        expire in 1i64..=1_576_800_000,
        key in "[0-9a-f]{64}",
        other in "[0-9a-f]{64}",
    ) {
        let key = Secret::new(key);
        let sig = crate::usersig::make(&key, &identifier, app, time, expire);
        let fields = crate::usersig::decode(sig.expose()).unwrap();
        prop_assert_eq!(fields.identifier.as_str(), identifier.as_str());
        prop_assert_eq!((fields.sdkappid, fields.time, fields.expire), (app, time, expire));
        prop_assert!(crate::usersig::signature_matches(&fields, &key));
        if other != key.expose() {
            prop_assert!(!crate::usersig::signature_matches(&fields, &Secret::new(other)));
        }
    }

    #[test]
    fn the_usersig_reader_takes_any_text_without_panicking(s in "\\PC{0,200}") {
        let _ = crate::usersig::decode(&s);
    }

    #[test]
    fn no_run_of_16_bytes_of_a_secret_survives_the_scrubber(
        secret in "[A-Za-z0-9*_-]{24,48}",
        before in "[ -~]{0,20}",
        after in "[ -~]{0,20}",
        from in 0usize..8,
        how in 0usize..8,
    ) {
        let _s = Secret::new(secret.clone());
        let piece = &secret[from..from + 16];
        let encoded: String = match how {
            0 => piece.to_string(),
            1 => crate::urlenc::encode_component(piece),
            2 => piece.chars().map(|c| format!("{c}\u{200b}")).collect(),
            3 => piece.chars().map(|c| format!("\\u{:04x}", c as u32)).collect(),
            4 => piece.chars().map(|c| format!("&#{};", c as u32)).collect(),
            5 => piece.chars().map(|c| format!("%{:02X}", c as u32)).collect(),
            6 => piece.encode_utf16().flat_map(|u| [(u & 0xff) as u8 as char, '\0']).collect(),
            _ => {
                use base64::Engine;
                base64::engine::general_purpose::STANDARD.encode(secret.as_bytes())
            }
        };
        let line = format!("{before}{encoded}{after}");
        let out = scrub(&line);
        let plain: String = out.chars().filter(|c| !unsafe_char(*c) && !is_format(*c)).collect();
        prop_assert!(!plain.contains(piece), "{:?} holds {:?}", out, piece);
        prop_assert!(!out.contains(&encoded), "{:?}", out);
    }

    #[test]
    fn escaped_text_holds_no_unsafe_character(s in hostile_text()) {
        let e = escape(&s);
        prop_assert!(!e.chars().any(unsafe_char), "{:?}", e);
        // Nothing is lost: every safe character is still there, in order.
        let kept: String = s.chars().filter(|c| !unsafe_char(*c)).collect();
        let mut rest = e.as_str();
        for c in kept.chars() {
            let at = rest.find(c);
            prop_assert!(at.is_some(), "{:?} lost from {:?}", c, e);
            rest = &rest[at.unwrap() + c.len_utf8()..];
        }
    }

    #[test]
    fn json_lines_hold_no_unsafe_character_and_mean_the_same(k in hostile_text(), v in hostile_text()) {
        let mut m = serde_json::Map::new();
        m.insert(k, serde_json::Value::String(v));
        let value = serde_json::Value::Object(m);
        let line = json_safe(&value.to_string());
        prop_assert!(!line.chars().any(unsafe_char), "{:?}", line);
        prop_assert_eq!(serde_json::from_str::<serde_json::Value>(&line).unwrap(), value);
    }

    #[test]
    fn every_settings_parser_takes_any_text_without_panicking(s in "\\PC{0,60}") {
        for setting in crate::settings::table::SETTINGS {
            let _ = setting.parse(&s);
        }
    }

    #[test]
    fn the_config_reader_takes_any_text_without_panicking(s in "(\\PC|\n){0,300}") {
        let path = std::path::Path::new("config.toml");
        let _ = crate::settings::file::ConfigFile::parse(path, &s);
        let _ = crate::settings::file::ConfigFile::parse_lenient(path, &s);
    }

    #[test]
    fn the_config_reader_takes_any_profile_without_panicking(
        key in prop::sample::select(crate::settings::table::profile_keys()),
        value in prop_oneof!["\"\\PC{0,20}\"", "-?[0-9]{1,25}", "\\[\\]", "true", "\\{\\}", "1\\.5e300"],
    ) {
        let path = std::path::Path::new("config.toml");
        let text = format!("[profiles.p]\n{key} = {value}\n");
        let _ = crate::settings::file::ConfigFile::parse(path, &text);
    }
}
