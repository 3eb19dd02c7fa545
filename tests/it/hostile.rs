//! Hostile servers and hostile input: nothing from outside reaches the terminal raw, no piece
//! of a secret is printed, and bad input is refused with the place and the fix.

use crate::common::*;
use serde_json::json;

/// Texts a hostile endpoint might put in any field.
const NASTY: [&str; 6] = [
    "\u{1b}]0;owned\u{7}",
    "ab\u{202e}cd",
    "x\u{2066}y\u{2069}",
    "zero\u{200b}width",
    "\u{feff}bom",
    "tag\u{e0041}",
];

fn answer(code: i64, info: &str, extra: &[(&str, &str)]) -> Reply {
    let mut v = json!({"ActionStatus": if code == 0 { "OK" } else { "FAIL" }, "ErrorCode": code, "ErrorInfo": info});
    for (k, x) in extra {
        v[*k] = json!(x);
    }
    Reply::Json(v.to_string())
}

#[test]
fn answer_fields_are_escaped_in_text_and_json() {
    for nasty in NASTY {
        let server = Server::http();
        let env = Env::for_server(&server);
        server.push([answer(90049, nasty, &[])]);
        let run = env.run(&["revoke", "--task-id", task(), "--max-attempts", "1"]);
        assert_eq!(run.code, 5, "{run:?}");
        run.assert_terminal_safe();
        server.push([answer(90049, nasty, &[])]);
        let run = env.run(&["revoke", "--task-id", task(), "--max-attempts", "1", "-o", "json"]);
        run.assert_terminal_safe();
        // The same text once parsed: exactly as received.
        assert_eq!(run.json_lines()[0]["ErrorInfo"], nasty);
        server.push([answer(70001, nasty, &[]), answer(0, nasty, &[("TaskId", nasty)])]);
        for args in [
            &["api", "v4/timpush/get_sched_task"][..],
            &["push", "--tag", "t", "--title", "T", "--desc", "D"],
        ] {
            let run = env.run(args);
            assert_ne!(run.code, 0, "{args:?}");
            run.assert_terminal_safe();
        }
    }
}

#[test]
fn a_task_id_without_a_task_id_s_shape_is_a_protocol_problem_never_offered_in_a_command() {
    for bad in ["\u{1b}]0;x\u{7}", ";touch /tmp/timpush-owned;#", "660cc447_$(id)_1_2_3", ""] {
        let server = Server::http();
        let env = Env::for_server(&server);
        server.push([answer(0, "", &[("TaskId", bad)])]);
        let run = env.run(&["push", "--tag", "vip", "--title", "T", "--desc", "D"]);
        assert_eq!((run.code, run.stdout.as_str()), (7, ""), "{bad:?}: {run:?}");
        run.assert_terminal_safe();
        assert!(!run.stderr.contains("timpush revoke"), "{}", run.stderr);
        assert!(
            run.stderr.contains("does not have a TaskId's shape (a protocol problem)"),
            "{}",
            run.stderr
        );
        server.push([answer(0, "", &[("TaskId", bad)])]);
        let run = env.run(&["batch", "--to", "u1", "--title", "T", "--desc", "D", "-o", "json"]);
        assert_eq!(run.code, 7);
        let line = &run.json_lines()[0];
        assert_eq!(line["outcome"], "unknown");
        assert!(line.get("TaskId").is_none(), "{line}");
    }
}

#[test]
fn the_suggested_recall_is_quoted_and_keeps_the_flags_that_chose_the_app() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let id = task();
    server.push([answer(0, "", &[("TaskId", id)])]);
    let dir = env.home().join("my configs");
    std::fs::create_dir_all(&dir).unwrap();
    let run = env.run(&[
        "push",
        "--tag",
        "vip",
        "--title",
        "T",
        "--desc",
        "D",
        "--sdkappid",
        "1400000000",
        "--endpoint",
        &server.base,
    ]);
    run.expect(
        0,
        &format!("{id}\n"),
        &format!(
            "timpush: note: to recall it: timpush --endpoint {} --sdkappid 1400000000 revoke --task-id {id}\n",
            server.base
        ),
    );
}

#[test]
fn a_page_that_echoes_part_of_the_usersig_shows_none_of_it() {
    for cut in [40, 90, 200, 400] {
        let server = Server::http();
        let env = Env::for_server(&server);
        server.push([Reply::Echo { status: 404, cut }]);
        let run = env.run(&["revoke", "--task-id", task(), "--max-attempts", "1"]);
        assert_eq!(run.code, 6, "{run:?}");
        let sig = server.requests()[0].param("usersig").unwrap().to_string();
        let raw = server.requests()[0].raw_usersig();
        for secret in [&sig, &raw] {
            for piece in secret.as_bytes().windows(16) {
                let piece = std::str::from_utf8(piece).unwrap();
                assert!(!run.stderr.contains(piece), "cut {cut}: {piece} in {}", run.stderr);
            }
        }
        run.assert_no_secrets(&[SENTINEL_KEY]);
    }
}

#[test]
fn endpoints_that_carry_credentials_are_refused_and_shown_redacted() {
    let secret = "eJwSENTINELusersigPASTEDbyMISTAKE0123456789";
    let bad = format!("https://adminapisgp.im.qcloud.com/v4/timpush/revoke?usersig={secret}&sdkappid=1");
    let userinfo = format!("https://ops:{secret}@adminapisgp.im.qcloud.com");
    let shown_query = "\"https://adminapisgp.im.qcloud.com/v4/timpush/revoke?(redacted)\"";
    let shown_user = "\"https://(redacted)@adminapisgp.im.qcloud.com\"";
    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    for (url, shown) in [(&bad, shown_query), (&userinfo, shown_user)] {
        // As a flag (refused before anything runs), a variable and a profile key.
        let run = env.run(&["revoke", "--task-id", task(), "--endpoint", url]);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""));
        assert!(run.stderr.contains(shown), "{}", run.stderr);
        run.assert_no_secrets(&[secret, "ops:"]);
        let mut e = env_clone(&env);
        e.set("TIMPUSH_ENDPOINT", url);
        let run = e.run(&["revoke", "--task-id", task()]);
        assert_eq!(run.code, 3);
        assert!(run.stderr.contains(shown), "{}", run.stderr);
        run.assert_no_secrets(&[secret]);
        let e = env_clone(&env);
        e.write_config(&format!("[profiles.default]\nendpoint = \"{url}\"\n"));
        let run = e.run(&["revoke", "--task-id", task()]);
        assert_eq!(run.code, 3);
        assert!(run.stderr.contains(shown), "{}", run.stderr);
        run.assert_no_secrets(&[secret]);
    }
}

fn env_clone(env: &Env) -> Env {
    let mut e = Env::new();
    for (k, v) in &env.vars {
        e.set(k, v);
    }
    e
}

#[test]
fn group_writable_config_and_key_files_are_refused() {
    let server = Server::http();
    for mode in [0o620, 0o660, 0o664] {
        let env = Env::new();
        let path = env.write_config(&format!(
            "[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_command = [\"printf\", \"{SENTINEL_KEY}\"]\n",
            server.base
        ));
        set_mode(&path, mode);
        env.run(&["revoke", "--task-id", task()]).expect(
            3,
            "",
            &format!(
                "timpush: error: config file {0} can be changed by its group (mode {mode:03o}); refused\n  hint: chmod 600 {0}\n",
                path.display()
            ),
        );
        let key = env.home().join("k");
        write_private(&key, SENTINEL_KEY);
        set_mode(&key, mode);
        env.write_config(&format!(
            "[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_file = \"~/k\"\n",
            server.base
        ));
        let run = env.run(&["revoke", "--task-id", task()]);
        assert_eq!(run.code, 3, "{run:?}");
        assert!(run.stderr.contains("can be changed by its group"), "{}", run.stderr);
        run.assert_no_secrets(&[SENTINEL_KEY]);
    }
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn reads_are_capped_and_name_the_input_and_the_cap() {
    let env = Env::for_server(&Server::http());
    for (args, msg) in [
        (
            &["revoke", "--from-file", "/dev/zero"][..],
            "timpush: error: --from-file: /dev/zero is larger than 16 MiB, the most timpush reads here\n",
        ),
        (
            &["batch", "--to-file", "/dev/zero", "--title", "T", "--desc", "D"],
            "timpush: error: --to-file: /dev/zero is larger than 16 MiB, the most timpush reads here\n",
        ),
        (
            &["api", "v4/x/y", "--data", "@/dev/zero"],
            "timpush: error: --data: /dev/zero is larger than 1 MiB, the most timpush reads here\n",
        ),
        (
            &["push", "--tag", "a", "--offline-push-info", "/dev/zero"],
            "timpush: error: --offline-push-info: /dev/zero is larger than 1 MiB, the most timpush reads here\n",
        ),
    ] {
        env.run(args).expect(2, "", msg);
    }
    let run = env.run(&["-c", "/dev/zero", "config", "check"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stdout.contains("config file: /dev/zero is larger than 1 MiB"), "{run:?}");
    // Standard input without a line break, past the cap.
    let big = "a".repeat(17 * 1024 * 1024);
    let run = env.run_with_stdin(&["revoke", "--from-file", "-"], Some(&big));
    run.expect(
        2,
        "",
        "timpush: error: --from-file: standard input is larger than 16 MiB, the most timpush reads here\n",
    );
}

#[test]
fn a_list_of_100000_task_ids_is_read() {
    let env = Env::for_server(&Server::http());
    let mut list: String = (0..100_000)
        .map(|i| format!("{}_{i:06x}\n", &task()[..task().rfind('_').unwrap()]))
        .collect();
    // A bad last line shows that every line before it was read.
    list.push_str("bad id\n");
    let path = env.home().join("ids.txt");
    std::fs::write(&path, list).unwrap();
    env.run(&["revoke", "--from-file", path.to_str().unwrap()]).expect(
        2,
        "",
        &format!(
            "timpush: error: {}:100001: the TaskId holds white space; give one TaskId at a time\n",
            path.display()
        ),
    );
}

#[test]
fn a_byte_order_mark_does_not_become_part_of_the_first_task_id() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let path = env.home().join("ids.txt");
    std::fs::write(&path, format!("\u{feff}{}\r\n", task())).unwrap();
    let run = env.run(&["revoke", "--from-file", path.to_str().unwrap()]);
    run.expect(0, &format!("recalled {}\n", task()), "");
    assert_eq!(server.requests()[0].json(), json!({"TaskId": task()}));
}
