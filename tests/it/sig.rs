//! UserSigs made and read here, from the published algorithm (docs/usersig.md), independently of
//! timpush's own code: what timpush sends is checked against this, and the other way round.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{KeyInit, Mac};
use serde_json::Value;
use std::io::{Read, Write};

/// The decoded fields of a UserSig.
#[derive(Debug)]
pub struct Fields {
    pub identifier: String,
    pub sdkappid: u64,
    pub time: i64,
    pub expire: i64,
    pub sig: String,
}

/// `TLS.sig`: base64 of HMAC-SHA256 over the documented content lines.
pub fn signature(key: &str, identifier: &str, sdkappid: u64, time: i64, expire: i64) -> String {
    let content = format!(
        "TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n"
    );
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(content.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

/// A UserSig: zlib of the JSON, base64 with `+/=` as `*-_`.
pub fn make(key: &str, identifier: &str, sdkappid: u64, time: i64, expire: i64) -> String {
    let json = format!(
        r#"{{"TLS.ver":"2.0","TLS.identifier":"{identifier}","TLS.sdkappid":{sdkappid},"TLS.expire":{expire},"TLS.time":{time},"TLS.sig":"{}"}}"#,
        signature(key, identifier, sdkappid, time, expire)
    );
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(json.as_bytes()).unwrap();
    let b64 = STANDARD.encode(z.finish().unwrap());
    b64.replace('+', "*").replace('/', "-").replace('=', "_")
}

/// Reads a UserSig's fields.
pub fn decode(usersig: &str) -> Fields {
    let b64 = usersig
        .replace('*', "+")
        .replace('-', "/")
        .replace('_', "=");
    let bytes = STANDARD.decode(b64).expect("base64");
    let mut json = String::new();
    flate2::read::ZlibDecoder::new(&bytes[..])
        .read_to_string(&mut json)
        .expect("zlib");
    let v: Value = serde_json::from_str(&json).expect("JSON");
    Fields {
        identifier: v["TLS.identifier"].as_str().unwrap().to_string(),
        sdkappid: v["TLS.sdkappid"].as_u64().unwrap(),
        time: v["TLS.time"].as_i64().unwrap(),
        expire: v["TLS.expire"].as_i64().unwrap(),
        sig: v["TLS.sig"].as_str().unwrap().to_string(),
    }
}

/// True when `f` was signed with `key`.
pub fn signed_with(f: &Fields, key: &str) -> bool {
    f.sig == signature(key, &f.identifier, f.sdkappid, f.time, f.expire)
}

/// Percent-encodes a query component (RFC 3986 unreserved characters kept).
pub fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// An HTTP date (RFC 7231) for unix seconds.
pub fn http_date(secs: i64) -> String {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    let wd = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let mon = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(m - 1) as usize];
    format!(
        "{wd}, {d:02} {mon} {y} {:02}:{:02}:{:02} GMT",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[test]
fn public_vector_and_round_trip() {
    let s = make("k", "administrator", 1400000000, 1700000000, 600);
    let f = decode(&s);
    assert!(signed_with(&f, "k"));
    assert!(!signed_with(&f, "other"));
    assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
    assert_eq!(http_date(1_700_000_000), "Tue, 14 Nov 2023 22:13:20 GMT");
}

/// Unix seconds as `YYYY-MM-DD HH:MM:SS` (UTC), and as RFC 3339 at the given offset.
pub fn wire_utc(secs: i64) -> String {
    let d = http_date(secs); // "Thu, 01 Jan 1970 00:00:00 GMT"
    let parts: Vec<&str> = d.split_whitespace().collect();
    let mon = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == parts[2])
    .unwrap()
        + 1;
    format!("{}-{mon:02}-{} {}", parts[3], parts[1], parts[4])
}

pub fn rfc3339(secs: i64, offset_minutes: i64) -> String {
    let local = wire_utc(secs + offset_minutes * 60).replace(' ', "T");
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let a = offset_minutes.abs();
    format!("{local}{sign}{:02}:{:02}", a / 60, a % 60)
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}
