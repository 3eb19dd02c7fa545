//! Hostile servers and hostile input: nothing from outside reaches the terminal raw, no piece
//! of a secret is printed, and bad input is refused with the place and the fix.

use crate::common::*;
use serde_json::json;
use std::process::Stdio;

fn answer(code: i64, info: &str, extra: &[(&str, &str)]) -> Reply {
    let mut v = json!({"ActionStatus": if code == 0 { "OK" } else { "FAIL" }, "ErrorCode": code, "ErrorInfo": info});
    for (k, x) in extra {
        v[*k] = json!(x);
    }
    Reply::Json(v.to_string())
}

#[test]
fn endpoints_that_carry_credentials_are_refused_and_shown_redacted() {
    let secret = "eJwSENTINELusersigPASTEDbyMISTAKE0123456789";
    let bad =
        format!("https://adminapisgp.im.qcloud.com/v4/timpush/revoke?usersig={secret}&sdkappid=1");
    let userinfo = format!("https://ops:{secret}@adminapisgp.im.qcloud.com");
    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    // As a flag (refused before anything runs), a variable and a profile key.
    for (url, flag, variable, key) in [
        (
            &bad,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: invalid value for '--endpoint <URL>': "https://adminapisgp.im.qcloud.com/v4/timpush/revoke?(redacted)" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path

"#]],
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_ENDPOINT: "https://adminapisgp.im.qcloud.com/v4/timpush/revoke?(redacted)" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path
  hint: fix or unset TIMPUSH_ENDPOINT

"#]],
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:2:12 (profiles.default.endpoint): endpoint is invalid: "https://adminapisgp.im.qcloud.com/v4/timpush/revoke?(redacted)" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path

"#]],
        ),
        (
            &userinfo,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: invalid value for '--endpoint <URL>': "https://(redacted)@adminapisgp.im.qcloud.com" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path

"#]],
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_ENDPOINT: "https://(redacted)@adminapisgp.im.qcloud.com" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path
  hint: fix or unset TIMPUSH_ENDPOINT

"#]],
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:2:12 (profiles.default.endpoint): endpoint is invalid: "https://(redacted)@adminapisgp.im.qcloud.com" must not hold a user name, password, query or fragment (the credential is added by timpush): give only scheme, host, port and path

"#]],
        ),
    ] {
        let run = env.run(&["revoke", "--task-id", task(), "--endpoint", url]);
        run.is(flag);
        run.assert_no_secrets(&[secret, "ops:"]);
        let mut e = env_clone(&env);
        e.set("TIMPUSH_ENDPOINT", url);
        let run = e.run(&["revoke", "--task-id", task()]);
        run.is(variable);
        run.assert_no_secrets(&[secret]);
        let e = env_clone(&env);
        e.write_config(&format!("[profiles.default]\nendpoint = \"{url}\"\n"));
        let run = e.run(&["revoke", "--task-id", task()]);
        run.is(key);
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
    for (mode, want) in [
        (
            0o620,
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret key file [HOME]/k can be changed by its group (mode 620); refused
  hint: chmod 600 [HOME]/k

"#]],
        ),
        (
            0o660,
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret key file [HOME]/k can be changed by its group (mode 660); refused
  hint: chmod 600 [HOME]/k

"#]],
        ),
        (
            0o664,
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret key file [HOME]/k can be changed by its group (mode 664); refused
  hint: chmod 600 [HOME]/k

"#]],
        ),
    ] {
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
        run.is(want);
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
            &[
                "batch",
                "--to-file",
                "/dev/zero",
                "--title",
                "T",
                "--desc",
                "D",
            ],
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
    // A config file is opened once and must be a regular file; a large one is cut at its cap.
    env.run(&["-c", "/dev/zero", "config", "check"]).expect(
        3,
        "problem: config file /dev/zero is not a regular file; refused\n",
        "",
    );
    let big_config = env.home().join("big.toml");
    write_private(&big_config, &"#".repeat(2 * 1024 * 1024));
    let run = env.run(&["-c", big_config.to_str().unwrap(), "config", "check"]);
    run.expect(
        3,
        &format!(
            "problem: config file: {} is larger than 1 MiB, the most timpush reads here\n",
            big_config.display()
        ),
        "",
    );
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

#[test]
fn hostile_dates_are_refused_with_a_clear_message() {
    for (date, shown) in [
        (
            "Mon, 01 Jan 999999999999999 00:00:00 GMT",
            "Mon, 01 Jan 999999999999999 00:00:00 GMT",
        ),
        (
            "Sat, 31 Feb 2026 10:00:00 GMT",
            "Sat, 31 Feb 2026 10:00:00 GMT",
        ),
        ("yesterday\u{202e}", "yesterday\\u{202e}"),
    ] {
        let server = Server::http();
        server.set_default(Reply::Http {
            status: 200,
            content_type: "application/json",
            body: r#"{"ActionStatus":"FAIL","ErrorInfo":"no such task","ErrorCode":90049}"#.into(),
            headers: vec![("Date", date.to_string())],
        });
        let run = Env::for_server(&server).run(&["doctor"]);
        run.assert_terminal_safe();
        same(
            run.shown(),
            format!(
                "exit 0\n--- stdout\n✓ config     no config file; settings from flags and variables: complete\n✓ credential secret key from variable TIMPUSH_SECRET_KEY: a UserSig was made from it (valid 600 s)\n✓ network    127.0.0.1 resolves to 127.0.0.1; connection (plain HTTP, loopback) and an HTTP answer (200) in [MS] ms\n- clock      skipped: the server's Date header cannot be read as a date: \"{shown}\"\n✓ service    the SDKAppID, endpoint, identifier and UserSig are accepted (90049 for a TaskId that cannot exist)\n✓ journal    [HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today ([..]) for SDKAppID 1400000000, counted from this machine's journal only\n--- stderr\n"
            ),
        );
    }
}

#[test]
fn usersigs_with_absurd_times_are_malformed_not_overflowed() {
    use base64::Engine;
    use std::io::Write;
    let env = Env::new();
    for (time, expire) in [
        (i64::MIN, 600),
        (1_700_000_000, i64::MAX),
        (-1, 600),
        (1_700_000_000, -5),
    ] {
        let json = format!(
            r#"{{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sdkappid":1400000000,"TLS.expire":{expire},"TLS.time":{time},"TLS.sig":"x"}}"#
        );
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(json.as_bytes()).unwrap();
        let b64 = base64::engine::general_purpose::STANDARD.encode(z.finish().unwrap());
        let sig = b64.replace('+', "*").replace('/', "-").replace('=', "_");
        let field = if (0..=253_402_300_799).contains(&time) {
            "TLS.expire"
        } else {
            "TLS.time"
        };
        env.run(&["usersig", "decode", &sig]).expect(
            3,
            "",
            &format!("timpush: error: the UserSig cannot be read: its field {field} is missing, has the wrong type or is out of range\n"),
        );
    }
}

#[test]
fn a_secret_key_command_that_leaves_its_output_open_is_bounded_by_the_timeout() {
    let server = Server::http();
    let env = Env::new();
    // The background process holds the output open for 30 s, then leaves a mark: the run must
    // have ended before the mark exists.
    let mark = env.home().join("background-ended");
    env.write_config(&format!(
        "[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_command = [\"sh\", \"-c\", \"printf {SENTINEL_KEY}; (sleep 30; touch '{}') 2>/dev/null &\"]\n",
        server.base,
        mark.display()
    ));
    let run = env.run(&["revoke", "--task-id", task(), "--timeout", "1"]);
    assert!(!mark.exists(), "waited for the background process");
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret_key_command "sh" (set at [HOME]/.config/timpush/config.toml:4:22 (profiles.default.secret_key_command)) did not finish within 1.0 s and was stopped
  hint: the --timeout setting also bounds the secret key command (a program it starts must not keep its output open)

"#]]);
    run.assert_no_secrets(&[SENTINEL_KEY]);
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn a_failed_write_ends_the_run_and_sends_nothing_more() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = env
        .command(&["revoke", "--task-id", task(), "-o", "json"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(74));
    same(
        placeholders(&String::from_utf8_lossy(&out.stderr)),
        str![[r#"
timpush: error: cannot write results to standard output: No space left on device (os error 28)
  hint: no further calls are sent; results not shown are lost (see the exit status)

"#]],
    );
    assert_eq!(server.requests().len(), 1);

    // A reader that leaves after the first line: the second task is not sent.
    let ids: Vec<String> = (1..=3)
        .map(|i| format!("{}_{i:06x}", &task()[..task().rfind('_').unwrap()]))
        .collect();
    let mut args = vec!["revoke"];
    for id in &ids {
        args.extend(["--task-id", id]);
    }
    let server = Server::http();
    let env = Env::for_server(&server);
    let mut child = env.command(&args).spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(74),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        server.requests().len(),
        1,
        "no call after results could not be written"
    );
    same(
        varying(&placeholders(&String::from_utf8_lossy(&out.stderr)))
            .replace(&env.home().display().to_string(), "[HOME]"),
        str![[r#"
timpush: error: cannot write results to standard output: Broken pipe (os error 32)
  hint: no further calls are sent; results not shown are lost (see the exit status)
timpush: note: 1 recalled, 0 already recalled, 0 failed, 2 not attempted
timpush: note: not attempted (2, results could no longer be written):
  [TASK1]
  [TASK2]
timpush: note: they are listed in [HOME]/.cache/timpush/not-attempted/[STAMP].txt; to send them: timpush revoke --from-file [HOME]/.cache/timpush/not-attempted/[STAMP].txt

"#]],
    );
    // A push whose TaskId cannot be written says so: the exit status is not 0.
    let server = Server::http();
    server.push([answer(0, "", &[("TaskId", task())])]);
    let env = Env::for_server(&server);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = env
        .command(&["push", "--tag", "a", "--title", "T", "--desc", "D"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(74));
}

#[test]
fn the_emulator_writes_its_ca_into_a_new_private_folder() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let mut env = Env::new();
    env.set("TIMPUSH_EMULATOR_SECRET_KEY", SENTINEL_KEY);
    let mut child = env
        .command(&["emulator", "--listen", "127.0.0.1:0", "--tls"])
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut ca = None;
    for _ in 0..5 {
        let mut line = String::new();
        err.read_line(&mut line).unwrap();
        if let Some(p) = line.strip_prefix("emulator: CA certificate written to ") {
            ca = Some(std::path::PathBuf::from(p.split(" (pass").next().unwrap()));
            break;
        }
    }
    let ca = ca.expect("the CA path is said");
    let dir = ca.parent().unwrap();
    let meta = std::fs::metadata(dir).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o700);
    // SAFETY: geteuid has no preconditions.
    assert_eq!(meta.uid(), unsafe { libc::geteuid() });
    // A certificate, and nothing else in the file.
    let pem = std::fs::read_to_string(&ca).unwrap();
    assert!(
        pem.starts_with("-----BEGIN CERTIFICATE-----\n")
            && pem.ends_with("-----END CERTIFICATE-----\n")
            && pem.matches("-----BEGIN").count() == 1,
        "{pem}"
    );
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert!(!dir.exists(), "the private folder is removed");
}

#[test]
fn config_init_with_a_relative_config_writes_paths_that_resolve() {
    let env = Env::new();
    let work = env.home().join("work");
    std::fs::create_dir_all(work.join("conf")).unwrap();
    let mut cmd = env.command(&[
        "-p",
        "ci",
        "-c",
        "conf/timpush.toml",
        "--region",
        "tokyo",
        "--sdkappid",
        "7",
        "config",
        "init",
        "--secret-key-stdin",
    ]);
    cmd.current_dir(&work).stdin(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(format!("{SENTINEL_KEY}\n").as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let config = work.join("conf/timpush.toml");
    let key = work.join("conf/ci.key");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        format!(
            "timpush: note: stored the secret key in {} (mode 600)\ntimpush: note: wrote profile \"ci\" in {}; check it with: timpush -c {} -p ci doctor\n",
            key.display(),
            config.display(),
            config.display()
        )
    );
    let text = std::fs::read_to_string(&config).unwrap();
    same(
        text.replace(&env.home().display().to_string(), "[HOME]"),
        str![[r#"
default_profile = "ci"

[profiles.ci]
region = "tokyo"
sdkappid = 7
identifier = "administrator"
secret_key_file = "[HOME]/work/conf/ci.key"

"#]],
    );
    // From elsewhere, the profile works: its key file resolves.
    let run = env.run(&[
        "-c",
        config.to_str().unwrap(),
        "-p",
        "ci",
        "config",
        "check",
    ]);
    run.expect(0, &format!("ok: {} profile \"ci\"\n", config.display()), "");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(SENTINEL_KEY));
}

#[test]
fn config_init_updates_the_file_a_symlink_points_to() {
    let env = Env::new();
    let dotfiles = env.home().join("dotfiles");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let real = dotfiles.join("timpush.toml");
    write_private(
        &real,
        "# my dotfiles\n[profiles.old]\nregion = \"seoul\"\nsdkappid = 1\nsecret_key_file = \"/k\"\n",
    );
    let dir = env.home().join(".config/timpush");
    std::fs::create_dir_all(&dir).unwrap();
    let link = dir.join("config.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let run = env.run(&[
        "-p",
        "new",
        "--region",
        "tokyo",
        "--sdkappid",
        "7",
        "config",
        "init",
        "--secret-from-env",
    ]);
    run.is(str![[r#"
exit 0
--- stdout
--- stderr
timpush: note: wrote profile "new" in [HOME]/dotfiles/timpush.toml; check it with: timpush -p new doctor
timpush: note: "new" is now the default profile (the file named none); another is chosen with -p NAME

"#]]);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays"
    );
    same(
        std::fs::read_to_string(&real).unwrap(),
        str![[r#"
default_profile = "new"
# my dotfiles
[profiles.old]
region = "seoul"
sdkappid = 1
secret_key_file = "/k"

# The secret key comes from the variable TIMPUSH_SECRET_KEY.
[profiles.new]
region = "tokyo"
sdkappid = 7
identifier = "administrator"

"#]],
    );
    // A key read by config init goes in the user's config folder, never into the folder the
    // link points at (a dotfiles repository).
    let run = env.run_with_stdin(
        &[
            "-p",
            "keyed",
            "--region",
            "tokyo",
            "--sdkappid",
            "7",
            "config",
            "init",
            "--secret-key-stdin",
        ],
        Some("k3yfromstdin0000000000000000\n"),
    );
    run.expect(
        0,
        "",
        &format!(
            "timpush: note: stored the secret key in {} (mode 600)\ntimpush: note: wrote profile \"keyed\" in {}; check it with: timpush -p keyed doctor\n",
            dir.join("keyed.key").display(),
            real.display()
        ),
    );
    assert!(
        !dotfiles.join("keyed.key").exists(),
        "no key in the dotfiles"
    );
    same(
        std::fs::read_to_string(&real)
            .unwrap()
            .replace(&env.home().display().to_string(), "[HOME]"),
        str![[r#"
default_profile = "new"
# my dotfiles
[profiles.old]
region = "seoul"
sdkappid = 1
secret_key_file = "/k"

# The secret key comes from the variable TIMPUSH_SECRET_KEY.
[profiles.new]
region = "tokyo"
sdkappid = 7
identifier = "administrator"

[profiles.keyed]
region = "tokyo"
sdkappid = 7
identifier = "administrator"
secret_key_file = "[HOME]/.config/timpush/keyed.key"

"#]],
    );
}

#[test]
fn batch_splits_long_account_lists_by_size_as_well_as_count() {
    let server = Server::http();
    let env = Env::for_server(&server);
    server.set_default(Reply::Json(format!(
        r#"{{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","TaskId":"batch_{}"}}"#,
        task()
    )));
    let list: String = (0..300).map(|i| format!("{i:0>32}\n")).collect();
    let path = env.home().join("users.txt");
    std::fs::write(&path, list).unwrap();
    let run = env.run(&[
        "batch",
        "--to-file",
        path.to_str().unwrap(),
        "--title",
        "T",
        "--desc",
        "D",
        "-o",
        "json",
    ]);
    run.is(str![[r#"
exit 0
--- stdout
{"TaskId":"batch_[TASK1]","call":1,"accounts":289,"audience":{"kind":"accounts","count":300,"first":["(redacted)","(redacted)1","(redacted)2"],"text":"300 listed accounts: (redacted), (redacted)1, (redacted)2 and 297 more"},"outcome":"pushed","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
{"TaskId":"batch_[TASK1]","call":2,"accounts":11,"audience":{"kind":"accounts","count":300,"first":["(redacted)","(redacted)1","(redacted)2"],"text":"300 listed accounts: (redacted), (redacted)1, (redacted)2 and 297 more"},"outcome":"pushed","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: pushed to 300 listed accounts: (redacted), (redacted)1, (redacted)2 and 297 more, on app default (1400000000)
timpush: note: to recall it: timpush revoke --task-id batch_[TASK1] --task-id batch_[TASK1]
timpush: note: 2 of 2 call(s) made for 300 accounts; 0 account(s) in ErrorList

"#]]);
    let reqs = server.requests();
    assert!(reqs.len() >= 2, "{} call(s)", reqs.len());
    let mut sent = 0;
    for r in &reqs {
        assert!(r.body.len() <= 10 * 1024, "{} bytes", r.body.len());
        sent += r.json()["To_Account"].as_array().unwrap().len();
    }
    assert_eq!(sent, 300, "every account once");
    assert_eq!(run.json_lines().len(), reqs.len());
}

#[test]
fn usersig_gen_into_a_full_disk_is_not_success() {
    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = env
        .command(&["usersig", "gen", "-o", "json"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(74));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "timpush: error: cannot write the UserSig to standard output: No space left on device (os error 28)\n"
    );
}

/// JSON carries every control as a `\u` escape (C1 included, in keys as in values); text escapes
/// the keys of an answer as it does its values; numbers past 64 bits stay as they were sent.
#[test]
fn keys_c1_controls_and_big_numbers_from_an_answer() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let body = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\u{9b}2J\",\"Big\":18446744073709551616,\"Small\":-1.50e3,\"k\u{9d}\":1}";
    server.push([Reply::Json(body.into())]);
    env.run(&["api", "v4/timpush/get_sched_task", "-o", "json"]).expect(
        0,
        "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\\u009b2J\",\"Big\":18446744073709551616,\"Small\":-1.50e+3,\"k\\u009d\":1}\n",
        "",
    );
    // Text: the answer pretty, still JSON, still exact.
    server.push([Reply::Json(body.into())]);
    env.run(&["api", "v4/timpush/get_sched_task"]).expect(
        0,
        "{\n  \"ActionStatus\": \"OK\",\n  \"ErrorCode\": 0,\n  \"ErrorInfo\": \"\\u009b2J\",\n  \"Big\": 18446744073709551616,\n  \"Small\": -1.50e+3,\n  \"k\\u009d\": 1\n}\n",
        "",
    );
    // A key with a line break cannot forge a line of `sched show`.
    let task = json!({"TaskInfo": {"TaskID": 5, "Type": "Tag", "Status": "dispatched",
        "x\nStatus          pending": "y", "PushTaskID": ""}});
    let mut v = json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""});
    v["TaskInfo"] = task["TaskInfo"].clone();
    server.push([Reply::Json(v.to_string())]);
    env.run(&["sched", "show", "5"]).expect(
        0,
        "(audience)       not said by the answer\nTaskID           5\nType             Tag\nStatus           dispatched\nx\\nStatus          pending y\nPushTaskID       \n",
        "",
    );
}

/// Each of `echoes` answered by a server of its own to a recall in JSON, --verbose and text:
/// the run (exit 4, the credential refused) and the UserSig it sent, for `check`, with the
/// echo's number and flags to name a failure; every run is also checked for the key and the
/// UserSig.
fn each_echo(echoes: &[fn(&str) -> String], check: impl Fn(&str, &Run, &str)) {
    for (n, make) in echoes.iter().enumerate() {
        for args in [&["-o", "json"][..], &["--verbose"], &[]] {
            // A server each: a run does not wait for the pace of the one before.
            let server = Server::http();
            let env = Env::for_server(&server);
            server.push([Reply::EchoUserSig(*make)]);
            let mut all = vec!["revoke", "--task-id", task(), "--max-attempts", "1"];
            all.extend_from_slice(args);
            let run = env.run(&all);
            let name = format!("{n} {args:?}");
            assert_eq!(run.code, 4, "{name}: {run:?}");
            let sig = server
                .requests()
                .last()
                .unwrap()
                .param("usersig")
                .unwrap()
                .to_string();
            check(&name, &run, &sig);
            let seen = format!("{}{}", run.stdout, run.stderr);
            assert!(seen.contains("(redacted)"), "{name}: {seen}");
            run.assert_no_secrets(&[SENTINEL_KEY, &sig]);
        }
    }
}

/// A server that echoes the UserSig encoded (zero-width characters between its letters, JSON
/// `\u` escapes, HTML entities, UTF-16, base64) shows none of it, in text, JSON or --verbose.
#[test]
fn an_encoded_echo_of_the_usersig_shows_none_of_it() {
    use base64::Engine;
    fn between(sig: &str, sep: &str) -> String {
        sig.chars().map(String::from).collect::<Vec<_>>().join(sep)
    }
    let encodings: [fn(&str) -> String; 7] = [
        |s| format!("bad sig {}", between(s, "\u{200b}")),
        |s| format!("bad sig {}", between(s, "\u{2060}")),
        |s| s.chars().map(|c| format!("\\u{:04x}", c as u32)).collect(),
        |s| s.chars().map(|c| format!("&#{};", c as u32)).collect(),
        |s| s.chars().map(|c| format!("&#x{:x};", c as u32)).collect(),
        |s| between(s, "\0"),
        |s| {
            format!(
                "sig={}",
                base64::engine::general_purpose::STANDARD.encode(s)
            )
        },
    ];
    each_echo(&encodings, |name, run, sig| {
        // What a reader of the output would decode: the text with escapes and entities
        // undone, format characters and NULs dropped, and base64 decoded. Not the wording (it
        // differs with each encoding, and the answers' wording is checked whole in
        // scenarios::hostile) but what a reader could decode from it: no piece of the UserSig,
        // and the mark that something was taken out.
        let seen = format!("{}{}", run.stdout, run.stderr);
        let stripped: String = seen
            .replace("\\u200b", "")
            .replace("\\u{200b}", "")
            .replace("\\u2060", "")
            .replace("\\u{2060}", "")
            .replace("\\u0000", "")
            .replace("\\u{0}", "");
        for view in [&seen, &stripped] {
            for piece in sig.as_bytes().windows(16) {
                let piece = std::str::from_utf8(piece).unwrap();
                assert!(!view.contains(piece), "{name}: {piece} in {view}");
            }
        }
    });
}

/// A server that echoes the UserSig decoded (its JSON, signature and all) or as hex, or the
/// secret key as hex: none of the signature or the key is shown, in text, JSON or --verbose.
#[test]
fn a_decoded_or_hex_echo_of_a_credential_shows_none_of_it() {
    fn hex(b: &[u8]) -> String {
        b.iter().map(|b| format!("{b:02x}")).collect()
    }
    let echoes: [fn(&str) -> String; 5] = [
        |s| {
            let f = crate::sig::decode(s);
            format!(
                "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"{}\",\"TLS.sdkappid\":{},\"TLS.sig\":\"{}\"}} is not valid",
                f.identifier, f.sdkappid, f.sig
            )
        },
        |s| {
            format!(
                "sig {} rejected",
                crate::sig::decode(s).sig.replace('/', "\\/")
            )
        },
        |s| format!("usersig as hex {}", hex(s.as_bytes())),
        |s| format!("USERSIG AS HEX {}", hex(s.as_bytes()).to_uppercase()),
        |_| format!("key as hex {}", hex(SENTINEL_KEY.as_bytes())),
    ];
    each_echo(&echoes, |name, run, sig| {
        let signature = crate::sig::decode(sig).sig;
        let seen = format!("{}{}", run.stdout, run.stderr);
        for form in [
            signature.clone(),
            signature.replace('/', "\\/"),
            hex(sig.as_bytes()),
            hex(sig.as_bytes()).to_uppercase(),
            hex(SENTINEL_KEY.as_bytes()),
        ] {
            for piece in form.as_bytes().windows(16) {
                let piece = std::str::from_utf8(piece).unwrap();
                assert!(!seen.contains(piece), "{name}: {piece} in {seen}");
            }
        }
    });
}

/// A secret pasted where a value goes: scrubbed from the usage error (text and JSON), never
/// sent (as a TaskId, or read from a file), and a flag for it gets a hint instead.
#[test]
fn a_pasted_secret_is_never_echoed_nor_sent() {
    let server = Server::http();
    let env = Env::for_server(&server);
    // As an argument (a TaskId's place), it is refused before anything is sent.
    let pasted = "argument 2 holds a secret of the configuration (a secret key, a UserSig or a callback token, of any profile); a secret is never sent as a value, and nothing was sent";
    let pasted_hint = "check what was pasted there (a TaskId looks like 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e); a secret belongs in a key file or a variable such as TIMPUSH_SECRET_KEY, never on the command line";
    env.run(&["revoke", SENTINEL_KEY]).expect(
        2,
        "",
        &format!("timpush: error: {pasted}\n  hint: {pasted_hint}\n"),
    );
    let run = env.run(&["revoke", "-o", "json", SENTINEL_KEY]);
    assert_eq!(
        run.json_lines(),
        vec![
            json!({"error": {"kind": "usage", "message": pasted.replace("argument 2", "argument 4"), "hint": pasted_hint}, "exit_code": 2})
        ]
    );
    assert!(server.requests().is_empty());
    // After a flag that takes none, it is a usage error that does not echo it.
    env.run(&["revoke", "--strict", "--id", SENTINEL_KEY]).expect(
        2,
        "",
        "timpush: error: unexpected argument '--id' found\n\nFor more information, try 'timpush revoke --help'.\n  hint: give TaskIds as arguments or with --task-id ID (repeatable), or a list with --from-file FILE\n",
    );
    // A key in the profile's key file is scrubbed the same way.
    let mut from_file = Env::new();
    let key_file = from_file.home().join("prod.key");
    write_private(&key_file, "f11eke7f11eke7f11eke7f11eke7\n");
    from_file.write_config(&format!(
        "[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_file = \"{}\"\n",
        server.base,
        key_file.display()
    ));
    from_file.set("TIMPUSH_OUTPUT", "text");
    let run = from_file.run(&["sched", "list", "f11eke7f11eke7f11eke7f11eke7"]);
    run.is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '(redacted)' found

Usage: timpush sched list [OPTIONS]

For more information, try '--help'.

"#]]);
    run.assert_no_secrets(&["f11eke7f11eke7f11eke7f11eke7"]);
    // A flag for a secret: a hint, and the value given with it is not shown.
    for (flag, hint) in [
        (
            "--secret-key=s3cr3tv4lu3s3cr3tv4lu3",
            "the secret key is never a flag (it would show in the process list and the shell's history): use TIMPUSH_SECRET_KEY, or secret_key_file or secret_key_command in the profile (timpush config init writes one)",
        ),
        (
            "--usersig=eJwSENTINELsigPASTEDhere",
            "a UserSig is never a flag (it would show in the process list and the shell's history): use TIMPUSH_USERSIG, or usersig_file in the profile; or let timpush make one from the secret key",
        ),
    ] {
        let name = flag.split('=').next().unwrap();
        env.run(&["push", "--tag", "t", flag]).expect(
            2,
            "",
            &format!("timpush: error: unexpected argument '{name}' found\n\nFor more information, try 'timpush push --help'.\n  hint: {hint}\n"),
        );
        env.run(&["push", "--tag", "t", name, flag.split('=').nth(1).unwrap()])
            .assert_no_secrets(&[flag.split('=').nth(1).unwrap()]);
    }
    // As a TaskId, and in a list read from standard input: refused, nothing sent.
    env.run(&["revoke", "--task-id", SENTINEL_KEY]).expect(
        2,
        "",
        "timpush: error: argument 3 holds a secret of the configuration (a secret key, a UserSig or a callback token, of any profile); a secret is never sent as a value, and nothing was sent\n  hint: check what was pasted there (a TaskId looks like 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e); a secret belongs in a key file or a variable such as TIMPUSH_SECRET_KEY, never on the command line\n",
    );
    let run = env.run_with_stdin(
        &["revoke", "--from-file", "-", "-o", "json"],
        Some(&format!("{SENTINEL_KEY}\n")),
    );
    run.is(str![[r#"
exit 2
--- stdout
{"TaskId":"(redacted)","outcome":"failed","attempts":0,"error":{"kind":"secret","message":"the timpush/revoke request would carry a secret of the configuration (a value read from a file or standard input holds it); nothing was sent"},"hint":"a secret is never sent as a value: check the file or input for a pasted key or UserSig","exit_code":2}
--- stderr
timpush: warning: (redacted) does not have the usual TaskId shape (five hex fields, optionally after batch_); sending it anyway
timpush: error: (redacted): the timpush/revoke request would carry a secret of the configuration (a value read from a file or standard input holds it); nothing was sent
  hint: a secret is never sent as a value: check the file or input for a pasted key or UserSig

"#]]);
    run.assert_no_secrets(&[SENTINEL_KEY]);
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// Every secret the configuration holds is refused as a value, not only the profile in use:
/// another profile's key (from its key file), UserSig (inline) or callback token, pasted as a
/// title, an account or a TaskId, or read from a file, ends the run with exit 2; nothing is sent,
/// shown or journaled, with --dry-run as without.
#[test]
fn another_profiles_secret_is_refused_as_a_value() {
    let server = Server::http();
    let mut env = Env::new();
    env.watch(&server);
    let prod_key = "pr0dKEYfromAfile0123456789abcdefXYZ";
    let prod_sig = "eJyrVspOLSjIL0pVslIqzs9LLQJyU1KLUvWSSxIzDM0MDAwNLQxMjS2MDAyMzE2NlWoBQXkPpQ";
    let token = "cbT0KENofTHEtestAPPforCALLBACKS";
    write_private(&env.home().join("prod.key"), &format!("{prod_key}\n"));
    write_private(&env.home().join("cb.token"), token);
    env.write_config(&format!(
        "default_profile = \"staging\"\n\n[profiles.prod]\nregion = \"singapore\"\nsdkappid = 1400000001\nsecret_key_file = \"~/prod.key\"\n\n[profiles.test]\nregion = \"tokyo\"\nsdkappid = 1400000003\nusersig = \"{prod_sig}\"\ncallback_token_file = \"~/cb.token\"\n\n[profiles.staging]\nendpoint = \"{}\"\nsdkappid = 1400000002\nsecret_key = \"{SENTINEL_KEY}\"\n",
        server.base
    ));
    let hint = "  hint: check what was pasted there (a TaskId looks like 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e); a secret belongs in a key file or a variable such as TIMPUSH_SECRET_KEY, never on the command line\n";
    let title_with = |s: &str| format!("Sale {s}");
    for (args, n) in [
        (
            vec![
                "push",
                "--all",
                "--yes",
                "--title",
                &title_with(prod_key),
                "--desc",
                "d",
            ],
            5,
        ),
        (
            vec![
                "push",
                "--tag",
                "vip",
                "--title",
                "t",
                "--desc",
                token,
                "--dry-run",
            ],
            7,
        ),
        (
            vec![
                "revoke",
                "--task-id",
                task(),
                "--title",
                prod_sig,
                "--desc",
                "d",
            ],
            5,
        ),
        (vec!["revoke", "--task-id", token, "--dry-run"], 3),
        (
            vec![
                "batch",
                "--to",
                "u1",
                "--title",
                "t",
                "--desc",
                &title_with(token),
            ],
            7,
        ),
    ] {
        let run = env.run(&args);
        run.expect(
            2,
            "",
            &format!("timpush: error: argument {n} holds a secret of the configuration (a secret key, a UserSig or a callback token, of any profile); a secret is never sent as a value, and nothing was sent\n{hint}"),
        );
        run.assert_no_secrets(&[prod_key, prod_sig, token, SENTINEL_KEY]);
    }
    // Read from a file: the accounts of a batch.
    let list = env.home().join("accounts.txt");
    std::fs::write(&list, format!("u1\n{prod_key}\n")).unwrap();
    let run = env.run(&[
        "batch",
        "--to-file",
        list.to_str().unwrap(),
        "--title",
        "t",
        "--desc",
        "d",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    run.assert_no_secrets(&[prod_key, prod_sig, token, SENTINEL_KEY]);
    assert!(server.requests().is_empty(), "nothing was sent");
    // The same values that are not secrets go out.
    server.push([Reply::Json(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","TaskId":"660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"}"#.into())]);
    let run = env.run(&[
        "push",
        "--all",
        "--yes",
        "--title",
        "Sale pr0dKEY",
        "--desc",
        "d",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.requests().len(), 1);
}

/// Started with stdout closed, a command that would print a TaskId sends nothing (exit 74);
/// with stderr gone (a pipe whose reader left), nothing panics or aborts.
#[test]
fn a_closed_stdout_sends_nothing_and_a_closed_stderr_never_aborts() {
    let server = Server::http();
    let env = Env::for_server(&server);
    for args in [
        &["push", "--tag", "vip", "--title", "T", "--desc", "D"][..],
        &["revoke", "--task-id", task()],
        &["sched", "list"],
    ] {
        let mut cmd = env.command(args);
        let out = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        use std::os::unix::process::CommandExt;
        // SAFETY: close(1) in the child before exec, as `>&-` does.
        unsafe {
            out.pre_exec(|| {
                libc::close(1);
                Ok(())
            });
        }
        let o = out.output().unwrap();
        assert_eq!(o.status.code(), Some(74), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            "timpush: error: standard output is closed, so results (a TaskId, a recall's outcome) could not be written; nothing was sent\n  hint: give timpush somewhere to write: a file (> out.txt), a pipe, or /dev/null if the results are truly not wanted\n"
        );
    }
    assert!(server.requests().is_empty(), "nothing was sent");
    // stderr a pipe nobody reads any more: the demo writes most of its story there.
    let mut child = Env::new()
        .command(&["demo"])
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "no abort (134) when stderr is gone"
    );
    assert!(!out.stdout.is_empty());
}

/// A usage error quotes the argument as given, escaped: an escape sequence is neither run nor
/// dropped (which would make `rev\e]0;x\aoke` read as `revoke`), and bidi characters show.
#[test]
fn usage_errors_escape_what_they_quote() {
    let env = Env::new();
    let run = env.run(&["rev\u{1b}]0;x\u{7}oke"]);
    run.assert_terminal_safe();
    run.is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unrecognized subcommand 'rev\u{1b}]0;x\u{7}oke'

Usage: timpush [OPTIONS] <COMMAND>

For more information, try '--help'.

"#]]);
    let run = env.run(&["revoke", "--task-id", "a", "--ti\u{202e}tle"]);
    run.assert_terminal_safe();
    run.is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--ti\u{202e}tle' found

  tip: to pass '--ti\u{202e}tle' as a value, use '-- --ti\u{202e}tle'

Usage: timpush revoke (TASK_ID... | --task-id ID... | --from-file FILE|- | --sched ID... | --last [N]) [OPTIONS]

For more information, try '--help'.

"#]]);
}

/// A command that changes nothing, whose reader leaves early (`timpush log | head`), ends
/// quietly by SIGPIPE, as any program whose pipe closed; one that changes something says what
/// could not be written and exits 74, as its results are lost.
#[test]
fn a_reader_that_leaves_early_ends_a_command_that_changes_nothing_quietly() {
    let server = Server::http();
    let env = Env::for_server(&server);
    // A journal to list: two pushes.
    for title in ["One", "Two"] {
        server.push([Reply::Json(format!(
            r#"{{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","TaskId":"{}"}}"#,
            task()
        ))]);
        let run = env.run(&["push", "--tag", "vip", "--title", title, "--desc", "D"]);
        assert_eq!(run.code, 0, "{run:?}");
    }
    // Standard output a pipe whose reader is gone before the command starts.
    let gone = || {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        writer
    };
    let note = format!(
        "timpush: note: 2 of 2 entries of the journal {}/.local/state/timpush/journal.db (default)\n",
        env.home().display()
    );
    // `None`: ended by SIGPIPE, as any program whose pipe closed (141 for a shell).
    for (args, code, stderr) in [
        (&["log"][..], None, note.clone()),
        (&["log", "-o", "json"], None, note.clone()),
        (&["config", "show"], None, String::new()),
        (&["man"], None, String::new()),
        (&["demo"], None, String::new()),
        (
            &["revoke", "--task-id", task()][..],
            Some(74),
            "timpush: error: cannot write results to standard output: Broken pipe (os error 32)\n  hint: no further calls are sent; results not shown are lost (see the exit status)\n".to_string(),
        ),
    ] {
        let out = env
            .command(args)
            .stdin(Stdio::null())
            .stdout(gone())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), code, "{args:?}: {err}");
        if code.is_none() {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{args:?}");
        }
        if args[0] == "demo" {
            // The demo's steps say things on stderr as they run; none is about the pipe.
            assert!(!err.contains("cannot write"), "{err}");
        } else {
            assert_eq!(err, stderr, "{args:?}");
        }
    }
}
