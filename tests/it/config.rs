//! Settings, the config file and credentials, through the real binary: every configuration
//! error exits 3 naming its place, precedence is flag > variable > profile > default, and no
//! secret is ever printed.

use crate::common::*;
use crate::sig;

fn profile(server: &Server, extra: &str) -> String {
    format!(
        "default_profile = \"main\"\n\n[profiles.main]\nendpoint = \"{}\"\nsdkappid = 1400000000\n{extra}",
        server.base
    )
}

/// An environment with only a config file.
fn file_env(server: &Server, extra: &str) -> Env {
    let env = Env::new();
    env.write_config(&profile(server, extra));
    env
}

fn revoke(env: &Env, more: &[&str]) -> Run {
    let mut args = vec!["revoke", "--task-id", task(), "--max-attempts", "1"];
    args.extend_from_slice(more);
    let run = env.run(&args);
    run.assert_no_secrets(&[SENTINEL_KEY]);
    run
}

fn expect_config_error(run: &Run, words: &[&str]) {
    assert_eq!(run.code, 3, "{run:?}");
    for w in words {
        assert!(run.stderr.contains(w), "missing {w:?} in: {}", run.stderr);
    }
}

#[test]
fn a_profile_with_an_inline_key_works() {
    let server = Server::http();
    let env = file_env(&server, &format!("secret_key = \"{SENTINEL_KEY}\"\n"));
    let run = revoke(&env, &["--verbose"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.stderr_has(&["credential: secret key written in"]);
    run.stderr_has(&["(profiles.main.secret_key)"]);
}

#[test]
fn secret_key_file_with_tilde_and_relative_paths() {
    let server = Server::http();
    let env = file_env(&server, "secret_key_file = \"~/keys/prod.key\"\n");
    std::fs::create_dir_all(env.home().join("keys")).unwrap();
    write_private(
        &env.home().join("keys/prod.key"),
        &format!("{SENTINEL_KEY}\n"),
    );
    let run = revoke(&env, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let sig = server.requests()[0].param("usersig").unwrap().to_string();
    let f = sig::decode(&sig);
    assert!(
        sig::signed_with(&f, SENTINEL_KEY),
        "trailing newline trimmed"
    );
    run.assert_no_secrets(&[&sig]);

    // Relative to the config file's folder.
    let env = file_env(
        &server,
        "secret_key_file = \"prod.key\"\nusersig_ttl = 900\n",
    );
    write_private(&env.home().join(".config/timpush/prod.key"), SENTINEL_KEY);
    assert_eq!(revoke(&env, &[]).code, 0);
    let sig = server.requests()[1].param("usersig").unwrap().to_string();
    assert_eq!(sig::decode(&sig).expire, 900);
}

#[test]
fn key_file_permissions_warn_and_refuse() {
    let server = Server::http();
    let env = file_env(&server, "secret_key_file = \"~/k\"\n");
    let key = env.home().join("k");
    write_private(&key, SENTINEL_KEY);
    set_mode(&key, 0o644);
    let run = revoke(&env, &[]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("warning:")
            && run.stderr.contains(&format!("chmod 600 {}", key.display())),
        "{}",
        run.stderr
    );

    set_mode(&key, 0o666);
    let run = revoke(&env, &[]);
    expect_config_error(&run, &["can be changed by any user", "chmod 600"]);
    assert_eq!(server.requests().len(), 1, "nothing sent");

    set_mode(&key, 0o600);
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: the other-owner case needs chown and is not run here");
        return;
    }
    std::os::unix::fs::chown(&key, Some(65534), None).unwrap();
    let run = revoke(&env, &[]);
    expect_config_error(&run, &["owned by another user"]);
}

#[test]
fn config_file_with_a_secret_readable_by_others_warns_and_world_writable_is_refused() {
    let server = Server::http();
    let env = file_env(&server, &format!("secret_key = \"{SENTINEL_KEY}\"\n"));
    let path = env.home().join(".config/timpush/config.toml");
    set_mode(&path, 0o640);
    let run = revoke(&env, &[]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("config file") && run.stderr.contains("chmod 600"),
        "{}",
        run.stderr
    );
    set_mode(&path, 0o602);
    expect_config_error(
        &revoke(&env, &[]),
        &["config file", "can be changed by any user"],
    );
}

#[test]
fn secret_key_command_runs_without_a_shell() {
    let server = Server::http();
    let env = file_env(
        &server,
        &format!("secret_key_command = [\"printf\", \"%s\\n\", \"{SENTINEL_KEY}\"]\n"),
    );
    let run = revoke(&env, &["--verbose"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.stderr_has(&["secret key from command \"printf\""]);
    let usersig = server.requests()[0].param("usersig").unwrap().to_string();
    assert!(sig::signed_with(&sig::decode(&usersig), SENTINEL_KEY));

    // No shell: a ';' is an argument, not a command separator.
    let env = file_env(
        &server,
        "secret_key_command = [\"sh\", \"-c\", \"echo from-cmd-stderr >&2; exit 4\"]\n",
    );
    let run = revoke(&env, &[]);
    expect_config_error(
        &run,
        &[
            "secret_key_command \"sh\"",
            "failed (exit status: 4)",
            "from-cmd-stderr",
        ],
    );

    let env = file_env(&server, "secret_key_command = [\"sleep\", \"20\"]\n");
    // Stopped at the deadline: a run that waited for it would have read an empty key.
    let run = revoke(&env, &["--timeout", "1"]);
    expect_config_error(&run, &["did not finish within 1.0 s"]);

    let env = file_env(&server, "secret_key_command = [\"/no/such/program\"]\n");
    expect_config_error(&revoke(&env, &[]), &["could not be started"]);
    let env = file_env(&server, "secret_key_command = \"pass show x\"\n");
    expect_config_error(
        &revoke(&env, &[]),
        &["(profiles.main.secret_key_command)", "array of strings"],
    );
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn ready_usersig_is_sent_as_is_after_local_checks() {
    let server = Server::http();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let key = SENTINEL_KEY;
    let usersig = sig::make(key, "administrator", 1400000000, now, 3600);
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", &server.base)
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_USERSIG", &usersig);
    let run = env.run(&["revoke", "--task-id", task(), "--verbose"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        server.requests()[0].param("usersig"),
        Some(usersig.as_str())
    );
    assert!(
        run.stderr
            .contains("ready UserSig from variable TIMPUSH_USERSIG")
    );
    run.assert_no_secrets(&[&usersig, &server.requests()[0].raw_usersig()]);

    let expired = sig::make(key, "administrator", 1400000000, now - 7200, 3600);
    env.set("TIMPUSH_USERSIG", &expired);
    let run = env.run(&["revoke", "--task-id", task()]);
    expect_config_error(&run, &["expired 1h 0m ago"]);
    run.assert_no_secrets(&[&expired]);

    let other = sig::make(key, "ops", 1400000000, now, 3600);
    env.set("TIMPUSH_USERSIG", &other);
    expect_config_error(
        &env.run(&["revoke", "--task-id", task()]),
        &["made for identifier \"ops\"", "set identifier = \"ops\""],
    );
    env.set("TIMPUSH_USERSIG", "SENTINELgarbageUSERSIG");
    let run = env.run(&["revoke", "--task-id", task()]);
    expect_config_error(&run, &["cannot be read"]);
    run.assert_no_secrets(&["SENTINELgarbageUSERSIG"]);
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn two_credential_sources_are_an_error() {
    let server = Server::http();
    let env = file_env(
        &server,
        &format!("secret_key = \"{SENTINEL_KEY}\"\nsecret_key_file = \"~/k\"\n"),
    );
    expect_config_error(
        &revoke(&env, &[]),
        &[
            "names 2 credential sources",
            "profiles.main.secret_key",
            "profiles.main.secret_key_file",
        ],
    );
    let mut env = Env::for_server(&server);
    env.set("TIMPUSH_USERSIG", "x");
    expect_config_error(
        &revoke(&env, &[]),
        &["both TIMPUSH_SECRET_KEY and TIMPUSH_USERSIG"],
    );
    assert_eq!(server.connections(), 0);
}

#[test]
fn an_environment_credential_over_the_profile_says_so() {
    let server = Server::http();
    let mut env = file_env(&server, "secret_key_file = \"~/missing.key\"\n");
    env.set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let run = revoke(&env, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    run.stderr_has(&["variable TIMPUSH_SECRET_KEY overrides the profile's secret_key_file"]);
}

#[test]
fn missing_settings_name_the_fix() {
    let server = Server::http();
    let env = Env::new();
    env.write_config("[profiles.default]\nregion = \"singapore\"\n");
    expect_config_error(
        &revoke(&env, &[]),
        &[
            "no SDKAppID is set for profile \"default\"",
            "TIMPUSH_SDKAPPID",
        ],
    );
    env.write_config("[profiles.default]\nsdkappid = 1\n");
    expect_config_error(&revoke(&env, &[]), &["no region is set", "--region"]);
    env.write_config(&format!(
        "[profiles.default]\nsdkappid = 1\nendpoint = \"{}\"\n",
        server.base
    ));
    expect_config_error(
        &revoke(&env, &[]),
        &["no credential for profile \"default\"", "secret_key_file"],
    );
    assert_eq!(server.connections(), 0);
}

#[test]
fn bad_values_name_file_line_column_and_key() {
    let server = Server::http();
    let cases: &[(&str, &[&str])] = &[
        (
            "region = \"singapor\"\n",
            &[":7:10 (profiles.main.region)", "did you mean \"singapore\""],
        ),
        (
            "identifer = \"x\"\n",
            &[
                ":7:1 (profiles.main.identifer)",
                "unknown key",
                "did you mean \"identifier\"",
            ],
        ),
        (
            "timeout = \"forever\"\n",
            &[":7:11 (profiles.main.timeout)", "not a timeout"],
        ),
        (
            "max_attempts = 9\n",
            &["(profiles.main.max_attempts)", "from 1 to 5"],
        ),
        (
            "usersig_ttl = 0\n",
            &["(profiles.main.usersig_ttl)", "lifetime in seconds"],
        ),
        (
            "identifier = \"has space\"\n",
            &["(profiles.main.identifier)", "printable ASCII"],
        ),
        (
            "ca_bundle = \"~/none.pem\"\n",
            &[
                "CA bundle",
                "none.pem",
                "(profiles.main.ca_bundle)",
                "does not exist",
            ],
        ),
    ];
    for (extra, words) in cases {
        let env = file_env(
            &server,
            &format!("secret_key = \"{SENTINEL_KEY}\"\n{extra}"),
        );
        let run = env.run(&["revoke", "--task-id", task()]);
        run.assert_no_secrets(&[SENTINEL_KEY]);
        expect_config_error(&run, words);
        assert!(
            run.stderr.contains(
                &env.home()
                    .join(".config/timpush/config.toml")
                    .display()
                    .to_string()
            )
        );
    }
    let env = Env::new();
    env.write_config("[profiles.default]\nsdkappid = \"abc\"\n");
    expect_config_error(
        &revoke(&env, &[]),
        &[":2:12 (profiles.default.sdkappid)", "not an SDKAppID"],
    );
    env.write_config("[profiles.default]\nendpoint = \"http://example.com\"\nsdkappid = 1\n");
    expect_config_error(
        &revoke(&env, &[]),
        &["(profiles.default.endpoint)", "not loopback"],
    );
    assert_eq!(server.connections(), 0);
}

#[test]
fn toml_errors_never_echo_the_line() {
    let env = Env::new();
    let path = env
        .write_config("[profiles.default]\nsecret_key = \"SENTINEL-IN-BROKEN-LINE\nsdkappid = 1\n");
    let run = revoke(&env, &[]);
    expect_config_error(
        &run,
        &[&format!("{}:2:", path.display()), "invalid config file"],
    );
    run.assert_no_secrets(&["SENTINEL-IN-BROKEN-LINE"]);
}

#[test]
fn bad_variables_name_the_variable() {
    let server = Server::http();
    for (var, value, words) in [
        ("TIMPUSH_SDKAPPID", "14e8", "variable TIMPUSH_SDKAPPID"),
        (
            "TIMPUSH_REGION",
            "mars",
            "variable TIMPUSH_REGION: unknown region",
        ),
        ("TIMPUSH_TIMEOUT", "0", "variable TIMPUSH_TIMEOUT"),
        ("TIMPUSH_MAX_ATTEMPTS", "0", "variable TIMPUSH_MAX_ATTEMPTS"),
        ("TIMPUSH_ENDPOINT", "http://8.8.8.8", "not loopback"),
        ("TIMPUSH_IDENTIFIER", "a b", "variable TIMPUSH_IDENTIFIER"),
        ("TIMPUSH_OUTPUT", "yaml", "variable TIMPUSH_OUTPUT"),
    ] {
        let mut env = Env::for_server(&server);
        env.set(var, value);
        let run = env.run(&["revoke", "--task-id", task()]);
        expect_config_error(&run, &[words]);
        run.assert_no_secrets(&[SENTINEL_KEY]);
    }
    assert_eq!(server.connections(), 0);
}

#[test]
fn precedence_flag_over_variable_over_profile() {
    let server = Server::http();
    let mut env = Env::new();
    env.write_config(
        &profile(
            &server,
            &format!("secret_key = \"{SENTINEL_KEY}\"\nidentifier = \"from_file\"\n"),
        )
        .replace("sdkappid = 1400000000", "sdkappid = 1111"),
    );
    let run = revoke(&env, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    env.set("TIMPUSH_IDENTIFIER", "from_env")
        .set("TIMPUSH_SDKAPPID", "2222");
    assert_eq!(revoke(&env, &[]).code, 0);
    assert_eq!(
        revoke(&env, &["--identifier", "from_flag", "--sdkappid", "3333"]).code,
        0
    );
    let seen: Vec<(String, String)> = server
        .requests()
        .iter()
        .map(|r| {
            (
                r.param("identifier").unwrap().into(),
                r.param("sdkappid").unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("from_file", "1111"),
        ("from_env", "2222"),
        ("from_flag", "3333"),
    ];
    assert_eq!(seen, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // The UserSig is made for the identifier and SDKAppID in effect.
    let f = sig::decode(server.requests()[2].param("usersig").unwrap());
    assert_eq!((f.identifier.as_str(), f.sdkappid), ("from_flag", 3333));
}

#[test]
fn profile_selection_and_config_path() {
    let server = Server::http();
    let env = Env::new();
    let text = format!(
        "default_profile = \"b\"\n[profiles.a]\nendpoint = \"{0}\"\nsdkappid = 1\nsecret_key = \"{SENTINEL_KEY}\"\n[profiles.b]\nendpoint = \"{0}\"\nsdkappid = 2\nsecret_key = \"{SENTINEL_KEY}\"\n[profiles.c]\nendpoint = \"{0}\"\nsdkappid = 3\nsecret_key = \"{SENTINEL_KEY}\"\n",
        server.base
    );
    env.write_config(&text);
    assert_eq!(revoke(&env, &[]).code, 0);
    let mut env2 = Env {
        home: env.home,
        vars: vec![],
    };
    env2.set("TIMPUSH_PROFILE", "c");
    assert_eq!(revoke(&env2, &[]).code, 0);
    assert_eq!(revoke(&env2, &["-p", "a"]).code, 0);
    let ids: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.param("sdkappid").unwrap().to_string())
        .collect();
    assert_eq!(ids, ["2", "3", "1"]);

    let run = revoke(&env2, &["-p", "prd"]);
    expect_config_error(
        &run,
        &[
            "profile \"prd\" (from flag --profile) is not in",
            "profiles in the file: a, b, c",
        ],
    );

    // --config and TIMPUSH_CONFIG, XDG_CONFIG_HOME.
    let other = env2.home().join("elsewhere.toml");
    write_private(&other, &text.replace("sdkappid = 1\n", "sdkappid = 77\n"));
    assert_eq!(
        revoke(&env2, &["-p", "a", "--config", other.to_str().unwrap()]).code,
        0
    );
    env2.set("TIMPUSH_CONFIG", other.to_str().unwrap());
    assert_eq!(revoke(&env2, &["-p", "a"]).code, 0);
    env2.unset("TIMPUSH_CONFIG");
    let xdg = env2.home().join("xdg");
    std::fs::create_dir_all(xdg.join("timpush")).unwrap();
    write_private(
        &xdg.join("timpush/config.toml"),
        &text.replace("sdkappid = 1\n", "sdkappid = 88\n"),
    );
    env2.set("XDG_CONFIG_HOME", xdg.to_str().unwrap());
    assert_eq!(revoke(&env2, &["-p", "a"]).code, 0);
    let ids: Vec<String> = server
        .requests()
        .iter()
        .skip(3)
        .map(|r| r.param("sdkappid").unwrap().to_string())
        .collect();
    assert_eq!(ids, ["77", "77", "88"]);

    let run = revoke(&env2, &["--config", "/no/such/file.toml"]);
    expect_config_error(
        &run,
        &["config file /no/such/file.toml (from flag --config) does not exist"],
    );
    let mut env3 = Env::new();
    env3.set("TIMPUSH_PROFILE", "x");
    expect_config_error(
        &revoke(&env3, &[]),
        &["profile \"x\" (from variable TIMPUSH_PROFILE) was chosen, but there is no config file"],
    );
}

#[test]
fn region_names_choose_the_domain() {
    let env = Env::new();
    env.write_config(&format!("[profiles.default]\nregion = \"Silicon-Valley\"\nsdkappid = 1\nsecret_key = \"{SENTINEL_KEY}\"\n"));
    let run = env.run(&["revoke", "--task-id", task(), "--dry-run"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("POST https://adminapiusa.im.qcloud.com/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1&"), "{}", run.stdout);
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--dry-run",
        "--region",
        "TOKYO",
    ]);
    assert!(
        run.stdout
            .starts_with("POST https://adminapijpn.im.qcloud.com/"),
        "{}",
        run.stdout
    );
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

#[test]
fn config_example_passes_config_check() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let env = Env::new();
    let copy = env.home().join("example.toml");
    write_private(&copy, &std::fs::read_to_string(&path).unwrap());
    let key = env.home().join(".config/timpush/prod.key");
    std::fs::create_dir_all(key.parent().unwrap()).unwrap();
    write_private(&key, SENTINEL_KEY);
    let c = copy.to_str().unwrap();
    for profile in ["prod", "local"] {
        let run = env.run(&["-c", c, "-p", profile, "config", "check"]);
        run.expect(0, &format!("ok: {c} profile \"{profile}\"\n"), "");
    }
}

/// The key and config files are opened once and checked as opened: a folder others can write,
/// and (as root, who can make another user's files) another user's symlink to the user's own
/// key, are refused before anything is sent.
#[test]
fn files_others_could_swap_are_refused_before_anything_is_sent() {
    let server = Server::http();
    let env = file_env(&server, "secret_key_file = \"~/shared/prod.key\"\n");
    let shared = env.home().join("shared");
    std::fs::create_dir(&shared).unwrap();
    let key = shared.join("prod.key");
    write_private(&key, SENTINEL_KEY);
    set_mode(&shared, 0o777);
    let run = revoke(&env, &[]);
    run.expect(
        3,
        "",
        &format!(
            "timpush: error: secret key file {} is in a folder that any user can write (mode 777) ({}), who could replace it; refused\n  hint: keep it in a folder of your own (for example chmod go-w {})\n",
            key.display(),
            shared.display(),
            shared.display()
        ),
    );
    // Sticky, as /tmp is: each user's files stay theirs.
    set_mode(&shared, 0o1777);
    assert_eq!(revoke(&env, &[]).code, 0);
    set_mode(&shared, 0o700);
    assert_eq!(server.requests().len(), 1, "only the accepted run sent");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: another user's symlink needs root to make");
        return;
    }
    let env = file_env(&server, "secret_key_file = \"~/their.key\"\n");
    let link = env.home().join("their.key");
    std::os::unix::fs::symlink(&key, &link).unwrap();
    std::os::unix::fs::lchown(&link, Some(65534), Some(65534)).unwrap();
    let run = revoke(&env, &[]);
    run.expect(
        3,
        "",
        &format!(
            "timpush: error: secret key file {} is a symlink owned by another user (uid 65534), who can point it anywhere; refused\n  hint: replace the link by one of your own, or name the file it points at: ls -l {}\n",
            link.display(),
            link.display()
        ),
    );
    assert_eq!(server.requests().len(), 1, "nothing more was sent");
}
