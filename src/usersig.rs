//! UserSig (TLSSigAPIv2): making, decoding and verifying the admin credential.
//!
//! Made: HMAC-SHA256 over a fixed text, a JSON object, zlib, base64 with `+/=` swapped for `*-_`.
//! Decoding accepts every shape the official libraries produce (key order, whitespace, escaped
//! slashes, stored or compressed deflate blocks), so fields are compared, never the string.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::Value;
use sha2::Sha256;
use std::io::{Read, Write};

use crate::secret::Secret;

/// The longest identifier the service accepts, in bytes.
pub(crate) const MAX_IDENTIFIER_LEN: usize = 32;

/// The fields a UserSig carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fields {
    pub(crate) version: String,
    pub(crate) identifier: String,
    pub(crate) sdkappid: u64,
    /// Unix seconds when it was made.
    pub(crate) time: i64,
    /// Lifetime in seconds.
    pub(crate) expire: i64,
    /// base64 of the HMAC, as carried (not secret on its own, but never printed either).
    pub(crate) sig: String,
    pub(crate) userbuf: Option<String>,
}

impl Fields {
    /// Unix seconds after which it is expired (`now > expires_at` is expired).
    pub(crate) fn expires_at(&self) -> i64 {
        self.time.saturating_add(self.expire)
    }

    pub(crate) fn is_expired(&self, now: i64) -> bool {
        now > self.expires_at()
    }
}

fn content(
    identifier: &str,
    sdkappid: u64,
    time: i64,
    expire: i64,
    userbuf: Option<&str>,
) -> String {
    let mut s = format!(
        "TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n"
    );
    if let Some(buf) = userbuf {
        s.push_str("TLS.userbuf:");
        s.push_str(buf);
        s.push('\n');
    }
    s
}

fn mac(key: &Secret) -> Hmac<Sha256> {
    // HMAC takes keys of any length; this cannot fail.
    <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose().as_bytes())
        .expect("HMAC accepts any key length")
}

/// `TLS.sig`: base64 of HMAC-SHA256(key as its UTF-8 bytes, content).
pub(crate) fn signature(
    key: &Secret,
    identifier: &str,
    sdkappid: u64,
    time: i64,
    expire: i64,
) -> String {
    let mut m = mac(key);
    m.update(content(identifier, sdkappid, time, expire, None).as_bytes());
    STANDARD.encode(m.finalize().into_bytes())
}

/// Makes a UserSig for `identifier` valid from `time` for `expire` seconds.
pub(crate) fn make(
    key: &Secret,
    identifier: &str,
    sdkappid: u64,
    time: i64,
    expire: i64,
) -> Secret {
    let json = serde_json::json!({
        "TLS.ver": "2.0",
        "TLS.identifier": identifier,
        "TLS.sdkappid": sdkappid,
        "TLS.expire": expire,
        "TLS.time": time,
        "TLS.sig": signature(key, identifier, sdkappid, time, expire),
    });
    let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
    z.write_all(json.to_string().as_bytes())
        .and_then(|_| z.flush())
        .expect("writing to memory cannot fail");
    let compressed = z.finish().expect("writing to memory cannot fail");
    Secret::new(swap_to_url(&STANDARD.encode(compressed)))
}

fn swap_to_url(b64: &str) -> String {
    b64.chars()
        .map(|c| match c {
            '+' => '*',
            '/' => '-',
            '=' => '_',
            c => c,
        })
        .collect()
}

/// Why a UserSig could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DecodeError {
    Empty,
    NotBase64,
    NotZlib,
    NotJson,
    Field(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("it is empty"),
            DecodeError::NotBase64 => {
                f.write_str("it is not base64 text (was it cut short or changed?)")
            }
            DecodeError::NotZlib => {
                f.write_str("its content is not a zlib stream (was it cut short?)")
            }
            DecodeError::NotJson => f.write_str("its content is not a JSON object"),
            DecodeError::Field(name) => {
                write!(
                    f,
                    "its field {name} is missing, has the wrong type or is out of range"
                )
            }
        }
    }
}

/// Reads a UserSig back to its fields, without the key.
pub(crate) fn decode(usersig: &str) -> Result<Fields, DecodeError> {
    let s = usersig.trim();
    if s.is_empty() {
        return Err(DecodeError::Empty);
    }
    let b64: String = s
        .chars()
        .map(|c| match c {
            '*' => '+',
            '-' => '/',
            '_' => '=',
            c => c,
        })
        .collect();
    let bytes = STANDARD
        .decode(b64.as_bytes())
        .or_else(|_| {
            base64::engine::general_purpose::STANDARD_NO_PAD.decode(b64.trim_end_matches('='))
        })
        .map_err(|_| DecodeError::NotBase64)?;
    let mut json = Vec::new();
    ZlibDecoder::new(&bytes[..])
        .take(64 * 1024)
        .read_to_end(&mut json)
        .map_err(|_| DecodeError::NotZlib)?;
    let v: Value = serde_json::from_slice(&json).map_err(|_| DecodeError::NotJson)?;
    let obj = v.as_object().ok_or(DecodeError::NotJson)?;
    let text = |k: &'static str| -> Result<String, DecodeError> {
        match obj.get(k) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            _ => Err(DecodeError::Field(k)),
        }
    };
    let number = |k: &'static str| -> Result<i64, DecodeError> {
        match obj.get(k) {
            Some(Value::Number(n)) => n.as_i64().ok_or(DecodeError::Field(k)),
            Some(Value::String(s)) => s.trim().parse().map_err(|_| DecodeError::Field(k)),
            _ => Err(DecodeError::Field(k)),
        }
    };
    let sdkappid = number("TLS.sdkappid")?;
    // Times past the year 9999, or before 1970, and lifetimes past a century are no UserSig's:
    // refused here, so no arithmetic on them can overflow.
    let in_range = |k: &'static str, max: i64| {
        number(k).and_then(|n| {
            if (0..=max).contains(&n) {
                Ok(n)
            } else {
                Err(DecodeError::Field(k))
            }
        })
    };
    let time = in_range("TLS.time", 253_402_300_799)?;
    let expire = in_range("TLS.expire", 100 * 366 * 86400)?;
    Ok(Fields {
        version: text("TLS.ver")?,
        identifier: text("TLS.identifier")?,
        sdkappid: u64::try_from(sdkappid).map_err(|_| DecodeError::Field("TLS.sdkappid"))?,
        time,
        expire,
        sig: text("TLS.sig")?,
        userbuf: obj
            .get("TLS.userbuf")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

/// True when `fields.sig` is the HMAC of the fields under `key` (compared in constant time).
pub(crate) fn signature_matches(fields: &Fields, key: &Secret) -> bool {
    let Ok(given) = STANDARD.decode(fields.sig.as_bytes()) else {
        return false;
    };
    let mut m = mac(key);
    m.update(
        content(
            &fields.identifier,
            fields.sdkappid,
            fields.time,
            fields.expire,
            fields.userbuf.as_deref(),
        )
        .as_bytes(),
    );
    m.verify_slice(&given).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    const TIME: i64 = 1712113735;

    fn key() -> Secret {
        Secret::new(KEY.into())
    }

    #[test]
    fn public_signature_vectors() {
        let cases = [
            (
                1400000000,
                "xiaojun",
                15552000,
                "mrfXrxRnRwbQ9VBedGoFqMQJws58fm4MUHF+b9O5YKg=",
            ),
            (
                1400000000,
                "administrator",
                86400,
                "n1UsjgDhQTk+AxkzG87d/XztoOcAti5Vxcf/2s8ZOSs=",
            ),
            (
                88888888,
                "admin",
                604800,
                "6tf2xWVRGs0wwCZ+m4oRENcRgO1Xl2DPLtKF11mXJ6c=",
            ),
            (1, "3", 4, "2pIND1VIbGn4akr69cFpPxZfRPGO9tmTUoXzSJCi1oQ="),
        ];
        for (app, id, expire, want) in cases {
            assert_eq!(
                signature(&key(), id, app, TIME, expire),
                want,
                "{app}/{id}/{expire}"
            );
        }
    }

    #[test]
    fn decodes_the_official_python_strings() {
        let cases = [
            (
                "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkKjIT87NK82CSxSnZiQUFmSlAKUMTAyiAyqVWFGQWpYJkTE1NjRDiJZm5YFFzQyNDQ2NzY1OYWZnpIBtyi9IiiiqC8oLKkwItw5xSU9zz3Qp9A73Ki00t0nJNfEM93LSTLP1NI73TbZVqATipM9A_",
                1400000000,
                "xiaojun",
                15552000,
                "mrfXrxRnRwbQ9VBedGoFqMQJws58fm4MUHF+b9O5YKg=",
            ),
            (
                "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkElNyM-Myi0uKEkvyi2BKilOyEwsKMlOACgxNDKAAKpdaUZBZlAqUsTAzgQuWZOaChAzNDY0MDY3NjU1hBmWmgyzJMwwtzkp3yQgMydZ2rMiucrcwT9GPqCrJ9092LMk0DatITtM3KraI8g8utlWqBQBXjTYA",
                1400000000,
                "administrator",
                86400,
                "n1UsjgDhQTk+AxkzG87d/XztoOcAti5Vxcf/2s8ZOSs=",
            ),
            (
                "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkjGHCxSnZiQUFmSlAQUOoUGpFQWZRKlDABCpQkpkL4hqaGxoZGhqbG5vC9Gamgy0p8PRzMQzzTHLPM0nMLjKzTHYrCKiISgsKcPe3LMkNCc2PqAr2cs40zA*0VaoFAOnqLbo_",
                1,
                "3",
                4,
                "2pIND1VIbGn4akr69cFpPxZfRPGO9tmTUoXzSJCi1oQ=",
            ),
        ];
        for (s, app, id, expire, sig) in cases {
            let f = decode(s).expect(id);
            assert_eq!(f.version, "2.0");
            assert_eq!(f.sdkappid, app);
            assert_eq!(f.identifier, id);
            assert_eq!(f.time, TIME);
            assert_eq!(f.expire, expire);
            assert_eq!(f.sig, sig);
            assert!(signature_matches(&f, &key()));
            assert!(!signature_matches(
                &f,
                &Secret::new("another-key-entirely".into())
            ));
        }
    }

    #[test]
    fn made_usersig_round_trips_and_verifies() {
        let s = make(&key(), "administrator", 1400000000, TIME, 86400);
        assert!(
            s.expose()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "*-_".contains(c))
        );
        let f = decode(s.expose()).unwrap();
        assert_eq!(f.identifier, "administrator");
        assert_eq!(f.sdkappid, 1400000000);
        assert_eq!((f.time, f.expire), (TIME, 86400));
        assert_eq!(f.sig, "n1UsjgDhQTk+AxkzG87d/XztoOcAti5Vxcf/2s8ZOSs=");
        assert!(signature_matches(&f, &key()));
        assert!(!f.is_expired(TIME + 86400));
        assert!(f.is_expired(TIME + 86401));
    }

    #[test]
    fn decode_errors_are_specific() {
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert_eq!(decode("!!!"), Err(DecodeError::NotBase64));
        assert_eq!(decode("aGVsbG8_"), Err(DecodeError::NotZlib));
        let ok = make(&key(), "a", 1, TIME, 4);
        let cut = &ok.expose()[..ok.expose().len() / 2];
        assert!(decode(cut).is_err());
    }
}
