//! The request URL: one function builds it, and only its redacted rendering is ever shown.

use std::fmt;

use crate::secret::Secret;
use crate::urlenc::encode_component;

/// A complete REST call URL. `Debug` and `Display` show the redacted form.
pub(crate) struct RequestUrl {
    /// Holds the UserSig, which is registered for scrubbing on its own: the URL itself is not
    /// (one registration per call would grow without end).
    full: String,
    redacted: String,
}

impl RequestUrl {
    /// `{base}/v4/{command}?usersig=…&identifier=…&sdkappid=…&random=…&contenttype=json`
    pub(crate) fn build(
        base: &str,
        command: &str,
        usersig: &Secret,
        identifier: &str,
        sdkappid: u32,
        random: u32,
    ) -> Self {
        let rest = format!(
            "&identifier={}&sdkappid={sdkappid}&random={random}&contenttype=json",
            encode_component(identifier)
        );
        let path = format!("{}/v4/{command}?usersig=", base.trim_end_matches('/'));
        let full = format!("{path}{}{rest}", encode_component(usersig.expose()));
        RequestUrl {
            full,
            redacted: format!("{path}(redacted){rest}"),
        }
    }

    /// The URL to send. Never print it.
    pub(crate) fn expose(&self) -> &str {
        &self.full
    }

    pub(crate) fn redacted(&self) -> &str {
        &self.redacted
    }
}

impl fmt::Debug for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted)
    }
}

impl fmt::Display for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted)
    }
}

/// True when the endpoint's host is a loopback address (or `localhost`): its calls never go
/// through a proxy, which would see the credential of a plain-HTTP call in clear.
pub(crate) fn endpoint_is_loopback(endpoint: &str) -> bool {
    endpoint
        .trim()
        .parse::<ureq::http::Uri>()
        .ok()
        .and_then(|u| u.host().map(is_loopback))
        .unwrap_or(false)
}

pub(crate) fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_documented_query_and_redacts_the_usersig() {
        let sig = Secret::new("eJy*ab-cd_".into());
        let url = RequestUrl::build(
            "https://adminapisgp.im.qcloud.com/",
            "timpush/revoke",
            &sig,
            "admin",
            88888888,
            99999999,
        );
        assert_eq!(
            url.expose(),
            "https://adminapisgp.im.qcloud.com/v4/timpush/revoke?usersig=eJy%2Aab-cd_&identifier=admin&sdkappid=88888888&random=99999999&contenttype=json"
        );
        assert_eq!(
            url.to_string(),
            "https://adminapisgp.im.qcloud.com/v4/timpush/revoke?usersig=(redacted)&identifier=admin&sdkappid=88888888&random=99999999&contenttype=json"
        );
        assert_eq!(format!("{url:?}"), url.redacted());
    }
}
