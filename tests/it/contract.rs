//! The output contract: every message true, every limit checked before sending.

use crate::common::*;

fn revoke_once(env: &Env, more: &[&str]) -> Run {
    let mut args = vec!["revoke", "--task-id", task(), "--max-attempts", "1"];
    args.extend_from_slice(more);
    env.run(&args)
}

#[test]
fn an_error_code_sent_as_text_is_named_so() {
    let server = Server::http();
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":"0"}"#.into(),
    )]);
    let run = revoke_once(&Env::for_server(&server), &[]);
    assert_eq!(run.code, 7, "{run:?}");
    assert!(
        run.stderr.contains(
            "HTTP 200: the answer has an ErrorCode that is not a number: \"{\\\"ActionStatus\\\":\\\"OK\\\""
        ) || run.stderr.contains("HTTP 200: the answer has an ErrorCode that is not a number: "),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("has no ErrorCode"));
}

#[test]
fn a_gateway_429_says_it_is_throttling() {
    let server = Server::http();
    server.push([Reply::Http {
        status: 429,
        content_type: "text/plain",
        body: "slow down".into(),
        headers: vec![],
    }]);
    let env = Env::for_server(&server);
    let run = revoke_once(&env, &[]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.ends_with(&format!(
            "  hint: endpoint {} is throttling (HTTP 429) and nothing was applied: wait a little, then run the same command again\n",
            server.base
        )),
        "{}",
        run.stderr
    );
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
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.contains(
            "HTTP 307 from the endpoint, pointing to \"https://elsewhere.example/v4/timpush/revoke?(redacted)\", not an answer of the service"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("SENTINEL"));
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
    let run = revoke_once(&Env::for_server(&server), &["--timeout", "1"]);
    assert_eq!(run.code, 7, "{run:?}");
    assert!(run.stderr.contains(": no answer in time"), "{}", run.stderr);
    for debug in ["RecvResponse", "Timeout(", "Some(", "Error {"] {
        assert!(!run.stderr.contains(debug), "{}", run.stderr);
    }
}

#[test]
fn endpoints_and_timeouts_are_read_strictly() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    env.set("TIMPUSH_ENDPOINT", &format!("{}/v4/", server.base));
    assert_eq!(revoke_once(&env, &[]).code, 0);
    assert_eq!(
        server.requests()[0].path.split('?').next(),
        Some("/v4/timpush/revoke")
    );
    let run = revoke_once(&env, &["--timeout", "1e-320"]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert!(
        run.stderr
            .contains("is not a timeout: from 100 ms to 1 hour"),
        "{}",
        run.stderr
    );
    let run = revoke_once(&env, &["--endpoint", "https://"]);
    assert!(
        run.stderr.contains("\"https://\" has no host"),
        "{}",
        run.stderr
    );
}

#[test]
fn limits_are_checked_before_sending() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let big = "x".repeat(100 * 1024);
    let run = revoke_once(&env, &["--title", &big]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert!(
        run.stderr
            .contains("the service takes at most 10240 (10 KB)"),
        "{}",
        run.stderr
    );
    let long = "u".repeat(5000);
    for (to, says) in [
        ("", "--to: an account cannot be empty"),
        (
            long.as_str(),
            "--to: an account is 5000 bytes; a UserID is at most 32",
        ),
    ] {
        env.run(&["batch", "--to", to, "--title", "T", "--desc", "D"])
            .expect(2, "", &format!("timpush: error: {says}\n"));
    }
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn secret_key_command_never_swallows_the_flags_after_it() {
    let env = Env::new();
    let path = env.home().join(".config/timpush/config.toml");
    for _ in 0..2 {
        let run = env.run(&[
            "-p",
            "ci",
            "--region",
            "tokyo",
            "--sdkappid",
            "7",
            "config",
            "init",
            "--secret-key-command",
            "pass show 'timpush/ci key'",
            "--force",
        ]);
        assert_eq!(run.code, 0, "{run:?}");
    }
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains("secret_key_command = [\"pass\", \"show\", \"timpush/ci key\"]"),
        "{text}"
    );
}

#[test]
fn config_path_says_a_relative_xdg_config_home_is_ignored() {
    let mut env = Env::new();
    env.set("XDG_CONFIG_HOME", "relative/dir");
    let run = env.run(&["config", "path"]);
    run.expect(
        0,
        &format!("{}\n", env.home().join(".config/timpush/config.toml").display()),
        "timpush: note: chosen by default (~/.config/timpush/config.toml; XDG_CONFIG_HOME is ignored: it is not an absolute path); the file does not exist yet (timpush config init writes it)\n",
    );
}

#[test]
fn every_failure_class_is_json_lines_with_its_exit_code() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let refusing = refusing_env();
    let mut no_key = Env::for_server(&server);
    no_key.unset("TIMPUSH_SECRET_KEY");
    let cases: Vec<(&Env, Vec<&str>, Option<Reply>, i32)> = vec![
        (
            &env,
            vec!["revoke", "--timeout", "soon", "--task-id", task()],
            None,
            2,
        ),
        (&env, vec!["revoke"], None, 2),
        (&no_key, vec!["revoke", "--task-id", task()], None, 3),
        (
            &env,
            vec!["revoke", "--task-id", task()],
            Some(Reply::Code(70001)),
            4,
        ),
        (
            &env,
            vec!["revoke", "--task-id", task()],
            Some(Reply::Code(90049)),
            5,
        ),
        (&refusing, vec!["revoke", "--task-id", task()], None, 6),
        (
            &env,
            vec!["revoke", "--task-id", task()],
            Some(Reply::Code(91000)),
            7,
        ),
        (
            &env,
            vec!["push", "--tag", "a", "--title", "T", "--desc", "D"],
            Some(Reply::Code(90047)),
            5,
        ),
        (
            &env,
            vec!["batch", "--to", "u", "--title", "T", "--desc", "D"],
            Some(Reply::Drop),
            7,
        ),
        (&refusing, vec!["api", "v4/timpush/get_sched_task"], None, 6),
        (&env, vec!["config", "check", "-p", "nope"], None, 3),
    ];
    for (env, mut args, reply, code) in cases {
        args.extend(["--max-attempts", "1", "-o", "json"]);
        if args[0] == "config" {
            args.truncate(args.len() - 4);
            args.extend(["-o", "json"]);
        }
        if let Some(r) = reply {
            server.push([r]);
        }
        let run = env.run(&args);
        assert_eq!(run.code, code, "{args:?}: {run:?}");
        let lines = run.json_lines();
        assert!(!lines.is_empty(), "{args:?}: nothing on stdout");
        assert!(
            lines.iter().any(|l| l["exit_code"] == code),
            "{args:?}: {}",
            run.stdout
        );
        run.assert_no_secrets(&[SENTINEL_KEY]);
    }
}
