//! The output contract where only the real transport can show it: a redirect that is not
//! followed, TLS to a plain-HTTP port, and the messages of a real timeout. The rest of the
//! contract is checked in process (src/scenarios/contract.rs).

use crate::common::*;

fn revoke_once(env: &Env, more: &[&str]) -> Run {
    let mut args = vec!["revoke", "--task-id", task(), "--max-attempts", "1"];
    args.extend_from_slice(more);
    env.run(&args)
}

#[test]
fn a_redirect_says_where_it_pointed_redacted() {
    let server = Server::http();
    server.push([Reply::Http {
        status: 307,
        content_type: "text/plain",
        body: String::new(),
        headers: vec![(
            "Location",
            "https://elsewhere.example/v4/timpush/revoke?usersig=eJwSENTINELfromTHEredirect".into(),
        )],
    }]);
    let run = revoke_once(&Env::for_server(&server), &[]);
    // Not followed: the one request went to this server; what it pointed to is said, redacted.
    assert_eq!(server.requests().len(), 1);
    run.expect(
        6,
        "",
        &format!(
            "timpush: error: {}: HTTP 307 from the endpoint, pointing to \"https://elsewhere.example/v4/timpush/revoke?(redacted)\", not an answer of the service: \"\"\n  hint: endpoint {} answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)\n",
            task(),
            server.base
        ),
    );
}

#[test]
fn https_to_a_plain_http_port_says_so() {
    use std::io::{Read, Write};
    // A plain HTTP server answers a TLS hello with an HTTP error, as web servers do.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming().take(1) {
            let mut c = conn.unwrap();
            let mut buf = [0u8; 1024];
            let _ = c.read(&mut buf);
            let _ = c.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let https = format!("https://127.0.0.1:{port}");
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", &https)
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    revoke_once(&env, &[]).expect(
        6,
        "",
        &format!(
            "timpush: error: {}: the server answered in plain HTTP, not TLS\n  hint: endpoint {https} speaks plain HTTP on that port (nothing was sent): check the port, or use http:// (loopback hosts only)\n",
            task()
        ),
    );
}

#[test]
fn no_rust_debug_names_in_messages() {
    let server = Server::http();
    server.push([Reply::Stall(std::time::Duration::from_secs(3))]);
    revoke_once(&Env::for_server(&server), &["--timeout", "1"]).is(str![[r#"
exit 7
--- stdout
--- stderr
timpush: error: [TASK1]: no answer in time (gave up after 1 attempt)
  hint: the recall may have been applied; running the same command again is safe (a repeat answers "already recalled")

"#]]);
}
