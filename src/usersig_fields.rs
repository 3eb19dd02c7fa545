//! A UserSig read back to its fields, without the key: the decoding that needs no secret, which
//! the scrubber also uses to find a UserSig's signature among the secrets it registers.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flate2::read::ZlibDecoder;
use serde_json::Value;
use std::io::Read;

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
