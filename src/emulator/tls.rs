//! A throw-away CA and server certificate, made at start-up, for `timpush emulator --tls`.

use std::net::IpAddr;

use crate::error::Failure;

/// A rustls server configuration for `ip` and `localhost`, and the CA certificate as PEM.
pub fn server_config(ip: IpAddr) -> Result<(rustls::ServerConfig, String), Failure> {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let fail = |e: String| {
        Failure::new(
            crate::error::Exit::Internal,
            format!("cannot make the TLS certificate: {e}"),
        )
    };
    let ca_key = KeyPair::generate().map_err(|e| fail(e.to_string()))?;
    let mut ca_params =
        CertificateParams::new(Vec::<String>::new()).map_err(|e| fail(e.to_string()))?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "timpush emulator CA");
    let ca_cert = ca_params
        .self_signed(&ca_key)
        .map_err(|e| fail(e.to_string()))?;
    let issuer = Issuer::new(ca_params, ca_key);
    let key = KeyPair::generate().map_err(|e| fail(e.to_string()))?;
    let mut names = vec![ip.to_string(), "localhost".to_string()];
    if !ip.is_loopback() || ip.is_ipv4() {
        names.push("::1".into());
    }
    let params = CertificateParams::new(names).map_err(|e| fail(e.to_string()))?;
    let cert = params
        .signed_by(&key, &issuer)
        .map_err(|e| fail(e.to_string()))?;
    let der_key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der())
        .map_err(|e| fail(e.to_string()))?;
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| fail(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], der_key)
        .map_err(|e| fail(e.to_string()))?;
    Ok((cfg, ca_cert.pem()))
}
