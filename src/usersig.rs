//! UserSig (TLSSigAPIv2): making, decoding and verifying the admin credential.
//!
//! Made: HMAC-SHA256 over a fixed text, a JSON object, zlib, base64 with `+/=` swapped for `*-_`.
//! Decoding accepts every shape the official libraries produce (key order, whitespace, escaped
//! slashes, stored or compressed deflate blocks), so fields are compared, never the string.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::write::ZlibEncoder;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use std::io::Write;

use crate::secret::Secret;

pub(crate) use crate::usersig_fields::{Fields, decode};

/// The longest identifier the service accepts, in bytes.
pub(crate) const MAX_IDENTIFIER_LEN: usize = 32;

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
    use crate::usersig_fields::DecodeError;

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

    /// (The scrubber's own test of a UserSig, here where UserSigs are made: secret.rs is below.)
    #[test]
    fn the_scrubber_cuts_a_usersigs_signature_decoded_and_credentials_as_hex() {
        let key = Secret::new("hexformKEY-5f3a9c1e7b2d4068aa31".into());
        let usersig = make(&key, "administrator", 1400000000, 1700000000, 86400);
        let fields = decode(usersig.expose()).unwrap();
        let hex = |b: &[u8]| b.iter().map(|b| format!("{b:02x}")).collect::<String>();
        // The UserSig as a server could echo it decoded, with its slashes escaped as JSON
        // allows; the signature is cut and the public fields stay.
        let decoded = format!(
            r#"{{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sig":"{}"}}"#,
            fields.sig.replace('/', "\\/")
        );
        assert_eq!(
            crate::secret::scrub(&decoded),
            r#"{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sig":"(redacted)"}"#
        );
        use base64::Engine;
        let raw = base64::engine::general_purpose::STANDARD
            .decode(&fields.sig)
            .unwrap();
        for echo in [
            hex(key.expose().as_bytes()),
            hex(key.expose().as_bytes()).to_ascii_uppercase(),
            hex(&usersig.expose().as_bytes()[10..40]),
            hex(&raw),
            hex(&raw[4..20]).to_ascii_uppercase(),
            fields.sig.replace('+', "-").replace('/', "_"),
        ] {
            assert_eq!(
                crate::secret::scrub(&format!("got <{echo}>")),
                "got <(redacted)>",
                "{echo}"
            );
        }
        // Hex that is not of a secret is left alone.
        let other = hex(b"an ordinary value here");
        assert_eq!(crate::secret::scrub(&other), other);
    }
}
