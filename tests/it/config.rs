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

#[test]
fn a_profile_with_an_inline_key_works() {
    let server = Server::http();
    let env = file_env(&server, &format!("secret_key = \"{SENTINEL_KEY}\"\n"));
    let run = revoke(&env, &["--verbose"]);
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "main" ([HOME]/.config/timpush/config.toml:1:19 (default_profile)); credential: secret key written in [HOME]/.config/timpush/config.toml:6:14 (profiles.main.secret_key)
timpush: pacing timpush/revoke with other timpush processes through [HOME]/.cache/timpush/pace/[HASH].pace
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
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
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
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
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
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
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: warning: secret key file [HOME]/k holds a secret and can be read by other users (mode 644); fix: chmod 600 [HOME]/k

"#]]);

    set_mode(&key, 0o666);
    let run = revoke(&env, &[]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret key file [HOME]/k can be changed by any user (mode 666); refused
  hint: chmod 600 [HOME]/k

"#]]);
    assert_eq!(server.requests().len(), 1, "nothing sent");

    set_mode(&key, 0o600);
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: the other-owner case needs chown and is not run here");
        return;
    }
    std::os::unix::fs::chown(&key, Some(65534), None).unwrap();
    let run = revoke(&env, &[]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret key file [HOME]/k is owned by another user (uid 65534), so it could be changed behind your back; refused
  hint: take it over: chown 0 [HOME]/k

"#]]);
}

#[test]
fn config_file_with_a_secret_readable_by_others_warns_and_world_writable_is_refused() {
    let server = Server::http();
    let env = file_env(&server, &format!("secret_key = \"{SENTINEL_KEY}\"\n"));
    let path = env.home().join(".config/timpush/config.toml");
    set_mode(&path, 0o640);
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: warning: config file [HOME]/.config/timpush/config.toml holds a secret and can be read by other users (mode 640); fix: chmod 600 [HOME]/.config/timpush/config.toml

"#]]);
    set_mode(&path, 0o602);
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: config file [HOME]/.config/timpush/config.toml can be changed by any user (mode 602); refused
  hint: chmod 600 [HOME]/.config/timpush/config.toml

"#]]);
}

#[test]
fn secret_key_command_runs_without_a_shell() {
    let server = Server::http();
    let env = file_env(
        &server,
        &format!("secret_key_command = [\"printf\", \"%s\\n\", \"{SENTINEL_KEY}\"]\n"),
    );
    let run = revoke(&env, &["--verbose"]);
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "main" ([HOME]/.config/timpush/config.toml:1:19 (default_profile)); credential: secret key from command "printf" (set at [HOME]/.config/timpush/config.toml:6:22 (profiles.main.secret_key_command))
timpush: pacing timpush/revoke with other timpush processes through [HOME]/.cache/timpush/pace/[HASH].pace
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
    let usersig = server.requests()[0].param("usersig").unwrap().to_string();
    assert!(sig::signed_with(&sig::decode(&usersig), SENTINEL_KEY));

    // No shell: a ';' is an argument, not a command separator.
    let env = file_env(
        &server,
        "secret_key_command = [\"sh\", \"-c\", \"echo from-cmd-stderr >&2; exit 4\"]\n",
    );
    let run = revoke(&env, &[]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
from-cmd-stderr
timpush: error: secret_key_command "sh" (set at [HOME]/.config/timpush/config.toml:6:22 (profiles.main.secret_key_command)) failed (exit status: 4); its messages are above

"#]]);

    let env = file_env(&server, "secret_key_command = [\"sleep\", \"20\"]\n");
    // Stopped at the deadline: a run that waited for it would have read an empty key.
    let run = revoke(&env, &["--timeout", "1"]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret_key_command "sleep" (set at [HOME]/.config/timpush/config.toml:6:22 (profiles.main.secret_key_command)) did not finish within 1.0 s and was stopped
  hint: the --timeout setting also bounds the secret key command (a program it starts must not keep its output open)

"#]]);

    let env = file_env(&server, "secret_key_command = [\"/no/such/program\"]\n");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: secret_key_command "/no/such/program" (set at [HOME]/.config/timpush/config.toml:6:22 (profiles.main.secret_key_command)) could not be started: No such file or directory (os error 2)

"#]]);
    let env = file_env(&server, "secret_key_command = \"pass show x\"\n");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:6:22 (profiles.main.secret_key_command): secret_key_command must be a non-empty array of strings, run without a shell, e.g. secret_key_command = ["pass", "show", "timpush/prod"]

"#]]);
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
    assert_eq!(
        server.requests()[0].param("usersig"),
        Some(usersig.as_str())
    );
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "default" (default); credential: ready UserSig from variable TIMPUSH_USERSIG
timpush: pacing timpush/revoke with other timpush processes through [HOME]/.cache/timpush/pace/[HASH].pace
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
    run.assert_no_secrets(&[&usersig, &server.requests()[0].raw_usersig()]);

    let expired = sig::make(key, "administrator", 1400000000, now - 7200, 3600);
    env.set("TIMPUSH_USERSIG", &expired);
    let run = env.run(&["revoke", "--task-id", task()]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: the ready UserSig from variable TIMPUSH_USERSIG expired 1h 0m ago
  hint: make a new one, or use a secret key so timpush makes one per run

"#]]);
    run.assert_no_secrets(&[&expired]);

    let other = sig::make(key, "ops", 1400000000, now, 3600);
    env.set("TIMPUSH_USERSIG", &other);
    env.run(&["revoke", "--task-id", task()]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: the ready UserSig from variable TIMPUSH_USERSIG was made for identifier "ops", but the identifier is "administrator" (from default)
  hint: set identifier = "ops" in the profile, or TIMPUSH_IDENTIFIER

"#]]);
    env.set("TIMPUSH_USERSIG", "SENTINELgarbageUSERSIG");
    let run = env.run(&["revoke", "--task-id", task()]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: the ready UserSig from variable TIMPUSH_USERSIG cannot be read: it is not base64 text (was it cut short or changed?)
  hint: copy the UserSig again whole, or use a secret key so timpush makes one

"#]]);
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
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: profile "main" names 2 credential sources: [HOME]/.config/timpush/config.toml:7:19 (profiles.main.secret_key_file), [HOME]/.config/timpush/config.toml:6:14 (profiles.main.secret_key)
  hint: keep exactly one of secret_key_command, secret_key_file, secret_key, usersig_file, usersig

"#]]);
    let mut env = Env::for_server(&server);
    env.set("TIMPUSH_USERSIG", "x");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: both TIMPUSH_SECRET_KEY and TIMPUSH_USERSIG are set; timpush cannot tell which to use
  hint: unset one of them

"#]]);
    assert_eq!(server.connections(), 0);
}

#[test]
fn an_environment_credential_over_the_profile_says_so() {
    let server = Server::http();
    let mut env = file_env(&server, "secret_key_file = \"~/missing.key\"\n");
    env.set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let run = revoke(&env, &[]);
    run.is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: warning: variable TIMPUSH_SECRET_KEY overrides the profile's secret_key_file ([HOME]/.config/timpush/config.toml:6:19 (profiles.main.secret_key_file))

"#]]);
}

#[test]
fn missing_settings_name_the_fix() {
    let server = Server::http();
    let env = Env::new();
    env.write_config("[profiles.default]\nregion = \"singapore\"\n");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: no SDKAppID is set for profile "default"
  hint: set sdkappid in [profiles.default] of [HOME]/.config/timpush/config.toml, or TIMPUSH_SDKAPPID, or --sdkappid

"#]]);
    env.write_config("[profiles.default]\nsdkappid = 1\n");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: no region is set for profile "default"
  hint: set region in [profiles.default] of [HOME]/.config/timpush/config.toml, or TIMPUSH_REGION, or --region

"#]]);
    env.write_config(&format!(
        "[profiles.default]\nsdkappid = 1\nendpoint = \"{}\"\n",
        server.base
    ));
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: no credential for profile "default"
  hint: set secret_key_file (or secret_key_command) in [profiles.default], or the variable TIMPUSH_SECRET_KEY

"#]]);
    assert_eq!(server.connections(), 0);
}

#[test]
fn bad_values_name_file_line_column_and_key() {
    let server = Server::http();
    let cases = [
        (
            "region = \"singapor\"\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:7:10 (profiles.main.region): region is invalid: unknown region "singapor"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai (did you mean "singapore"?)

"#]],
        ),
        (
            "identifer = \"x\"\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:7:1 (profiles.main.identifer): unknown key "identifer"; did you mean "identifier"?
  hint: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file

"#]],
        ),
        (
            "timeout = \"forever\"\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:7:11 (profiles.main.timeout): timeout is invalid: "forever" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m

"#]],
        ),
        (
            "max_attempts = 9\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:7:16 (profiles.main.max_attempts): max_attempts is invalid: "9" is not an attempt count: a whole number from 1 to 5

"#]],
        ),
        (
            "usersig_ttl = 0\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:7:15 (profiles.main.usersig_ttl): usersig_ttl is invalid: "0" is not a lifetime in seconds: a whole number from 1 to 1576800000 (50 years)

"#]],
        ),
        (
            "identifier = \"has space\"\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:7:14 (profiles.main.identifier): identifier is invalid: the identifier must be printable ASCII without spaces

"#]],
        ),
        (
            "ca_bundle = \"~/none.pem\"\n",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: CA bundle [HOME]/none.pem (from [HOME]/.config/timpush/config.toml:7:13 (profiles.main.ca_bundle)) does not exist or is not a file

"#]],
        ),
    ];
    for (extra, want) in cases {
        let env = file_env(
            &server,
            &format!("secret_key = \"{SENTINEL_KEY}\"\n{extra}"),
        );
        let run = env.run(&["revoke", "--task-id", task()]);
        run.assert_no_secrets(&[SENTINEL_KEY]);
        run.is(want);
    }
    let env = Env::new();
    env.write_config("[profiles.default]\nsdkappid = \"abc\"\n");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:2:12 (profiles.default.sdkappid): sdkappid is invalid: "abc" is not an SDKAppID: a whole number such as 1400000000 (see the Chat console)

"#]]);
    env.write_config("[profiles.default]\nendpoint = \"http://example.com\"\nsdkappid = 1\n");
    revoke(&env, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:2:12 (profiles.default.endpoint): endpoint is invalid: "http://example.com" uses http:// for a host that is not loopback; the credential travels in the URL, so use https://

"#]]);
    assert_eq!(server.connections(), 0);
}

#[test]
fn toml_errors_never_echo_the_line() {
    let env = Env::new();
    env.write_config("[profiles.default]\nsecret_key = \"SENTINEL-IN-BROKEN-LINE\nsdkappid = 1\n");
    let run = revoke(&env, &[]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: [HOME]/.config/timpush/config.toml:2:38: invalid config file: invalid basic string, expected `"…"
  hint: fix the TOML at that place; config.example.toml shows every key

"#]]);
    run.assert_no_secrets(&["SENTINEL-IN-BROKEN-LINE"]);
}

#[test]
fn bad_variables_name_the_variable() {
    let server = Server::http();
    for (var, value, want) in [
        (
            "TIMPUSH_SDKAPPID",
            "14e8",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_SDKAPPID: "14e8" is not an SDKAppID: a whole number such as 1400000000 (see the Chat console)
  hint: fix or unset TIMPUSH_SDKAPPID

"#]],
        ),
        (
            "TIMPUSH_REGION",
            "mars",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_REGION: unknown region "mars"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai
  hint: fix or unset TIMPUSH_REGION

"#]],
        ),
        (
            "TIMPUSH_TIMEOUT",
            "0",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_TIMEOUT: "0" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m
  hint: fix or unset TIMPUSH_TIMEOUT

"#]],
        ),
        (
            "TIMPUSH_MAX_ATTEMPTS",
            "0",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_MAX_ATTEMPTS: "0" is not an attempt count: a whole number from 1 to 5
  hint: fix or unset TIMPUSH_MAX_ATTEMPTS

"#]],
        ),
        (
            "TIMPUSH_ENDPOINT",
            "http://8.8.8.8",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_ENDPOINT: "http://8.8.8.8" uses http:// for a host that is not loopback; the credential travels in the URL, so use https://
  hint: fix or unset TIMPUSH_ENDPOINT

"#]],
        ),
        (
            "TIMPUSH_IDENTIFIER",
            "a b",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_IDENTIFIER: the identifier must be printable ASCII without spaces
  hint: fix or unset TIMPUSH_IDENTIFIER

"#]],
        ),
        (
            "TIMPUSH_OUTPUT",
            "yaml",
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: variable TIMPUSH_OUTPUT: "yaml" is not an output format; use text or json
  hint: fix or unset TIMPUSH_OUTPUT

"#]],
        ),
    ] {
        let mut env = Env::for_server(&server);
        env.set(var, value);
        let run = env.run(&["revoke", "--task-id", task()]);
        run.is(want);
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
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    env.set("TIMPUSH_IDENTIFIER", "from_env")
        .set("TIMPUSH_SDKAPPID", "2222");
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    revoke(&env, &["--identifier", "from_flag", "--sdkappid", "3333"]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
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
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    let mut env2 = env.bare();
    env2.set("TIMPUSH_PROFILE", "c");
    revoke(&env2, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    revoke(&env2, &["-p", "a"]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    let ids: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.param("sdkappid").unwrap().to_string())
        .collect();
    assert_eq!(ids, ["2", "3", "1"]);

    let run = revoke(&env2, &["-p", "prd"]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: profile "prd" (from flag --profile) is not in [HOME]/.config/timpush/config.toml
  hint: profiles in the file: a, b, c

"#]]);

    // --config and TIMPUSH_CONFIG, XDG_CONFIG_HOME.
    let other = env2.home().join("elsewhere.toml");
    write_private(&other, &text.replace("sdkappid = 1\n", "sdkappid = 77\n"));
    revoke(&env2, &["-p", "a", "--config", other.to_str().unwrap()]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    env2.set("TIMPUSH_CONFIG", other.to_str().unwrap());
    revoke(&env2, &["-p", "a"]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    env2.unset("TIMPUSH_CONFIG");
    let xdg = env2.home().join("xdg");
    std::fs::create_dir_all(xdg.join("timpush")).unwrap();
    write_private(
        &xdg.join("timpush/config.toml"),
        &text.replace("sdkappid = 1\n", "sdkappid = 88\n"),
    );
    env2.set("XDG_CONFIG_HOME", xdg.to_str().unwrap());
    revoke(&env2, &["-p", "a"]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    let ids: Vec<String> = server
        .requests()
        .iter()
        .skip(3)
        .map(|r| r.param("sdkappid").unwrap().to_string())
        .collect();
    assert_eq!(ids, ["77", "77", "88"]);

    let run = revoke(&env2, &["--config", "/no/such/file.toml"]);
    run.is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: config file /no/such/file.toml (from flag --config) does not exist
  hint: check the path, or create it with timpush config init

"#]]);
    let mut env3 = Env::new();
    env3.set("TIMPUSH_PROFILE", "x");
    revoke(&env3, &[]).is(str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: profile "x" (from variable TIMPUSH_PROFILE) was chosen, but there is no config file at [HOME]/.config/timpush/config.toml
  hint: create the file, point --config or TIMPUSH_CONFIG at it, or set everything by variables

"#]]);
}

#[test]
fn region_names_choose_the_domain() {
    let env = Env::new();
    env.write_config(&format!("[profiles.default]\nregion = \"Silicon-Valley\"\nsdkappid = 1\nsecret_key = \"{SENTINEL_KEY}\"\n"));
    env.run(&["revoke", "--task-id", task(), "--dry-run"])
        .is(str![[r#"
exit 0
--- stdout
POST https://adminapiusa.im.qcloud.com/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1&random=[RANDOM]&contenttype=json
Content-Type: application/json
{"TaskId":"[TASK1]"}
# credential: secret key written in [HOME]/.config/timpush/config.toml:4:14 (profiles.default.secret_key)
--- stderr
timpush: note: dry run: nothing was sent

"#]]);
    let run = env.run(&[
        "revoke",
        "--task-id",
        task(),
        "--dry-run",
        "--region",
        "TOKYO",
    ]);
    run.is(str![[r#"
exit 0
--- stdout
POST https://adminapijpn.im.qcloud.com/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1&random=[RANDOM]&contenttype=json
Content-Type: application/json
{"TaskId":"[TASK1]"}
# credential: secret key written in [HOME]/.config/timpush/config.toml:4:14 (profiles.default.secret_key)
--- stderr
timpush: note: dry run: nothing was sent

"#]]);
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
    revoke(&env, &[]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
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
    // A config file in a folder another user owns (not root, not the user): that user could
    // replace it, so it is refused with the folder named, in every command that reads it.
    let mut env = Env::new();
    env.set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let team = env.home().join("team");
    std::fs::create_dir(&team).unwrap();
    set_mode(&team, 0o755);
    let config = team.join("config.toml");
    write_private(
        &config,
        &format!(
            "[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\n",
            server.base
        ),
    );
    std::os::unix::fs::chown(&team, Some(4242), Some(4242)).unwrap();
    let c = config.to_str().unwrap();
    let why = format!(
        "config file {c} is in a folder that another user owns (uid 4242) ({}), who could replace it; refused",
        team.display()
    );
    env.run(&["-c", c, "config", "check"]).expect(
        3,
        &format!("problem: {why}\n  fix: keep it in a folder of your own, or take the folder over: chown 0 {}\n", team.display()),
        "",
    );
    for args in [
        &["-c", c, "revoke", "--task-id", task()][..],
        &["-c", c, "stats", task()],
    ] {
        env.run(args).expect(
            3,
            "",
            &format!(
                "timpush: error: {why}\n  hint: keep it in a folder of your own, or take the folder over: chown 0 {}\n",
                team.display()
            ),
        );
    }
    assert_eq!(server.requests().len(), 1, "nothing more was sent");
}

/// `config init --secret-key-file` checks the file as the terminal's questions do: a file that
/// is not there, or that others may change, is refused and nothing is written; one that others
/// may read is used with the warning every run gives.
#[test]
fn config_init_checks_the_key_file_it_is_given() {
    let env = Env::new();
    let config = env.home().join(".config/timpush/config.toml");
    let init = |file: &str| {
        env.run(&[
            "--region",
            "tokyo",
            "--sdkappid",
            "1400000000",
            "config",
            "init",
            "--secret-key-file",
            file,
        ])
    };
    let missing = env.home().join("missing.key");
    init(missing.to_str().unwrap()).expect(
        3,
        "",
        &format!(
            "timpush: error: --secret-key-file: cannot read key file {}: No such file or directory (os error 2); nothing was written\n  hint: give the path of a file that holds the key (mode 600), or --secret-key-stdin to store one\n",
            missing.display()
        ),
    );
    assert!(!config.exists(), "nothing was written");
    let key = env.home().join("team.key");
    write_private(&key, SENTINEL_KEY);
    set_mode(&key, 0o664);
    init("~/team.key").expect(
        3,
        "",
        &format!(
            "timpush: error: --secret-key-file: key file {} can be changed by its group (mode 664); refused; nothing was written\n  hint: chmod 600 {}\n",
            key.display(),
            key.display()
        ),
    );
    assert!(!config.exists(), "nothing was written");
    set_mode(&key, 0o644);
    let run = init("~/team.key");
    let k = key.display();
    let c = config.display();
    run.expect(
        0,
        "",
        &format!("timpush: warning: key file {k} holds a secret and can be read by other users (mode 644); fix: chmod 600 {k}\ntimpush: note: wrote profile \"default\" in {c}; check it with: timpush -p default doctor\n"),
    );
    assert!(config.exists());
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

/// `config show` of a profile the file does not have shows what it can and exits 3, as every
/// command that uses that profile would.
#[test]
fn config_show_of_a_profile_that_is_not_there_exits_3() {
    let env = Env::new();
    let config = env.write_config("[profiles.prod]\nregion = \"tokyo\"\nsdkappid = 1400000000\n");
    let run = env.run(&["-p", "nosuch", "config", "show", "-o", "json"]);
    assert_eq!(run.code, 3, "{run:?}");
    let v = &run.json_lines()[0];
    assert_eq!(v["profile"]["value"], serde_json::Value::Null);
    assert_eq!(
        v["problems"][0]["message"],
        format!(
            "profile \"nosuch\" (from flag --profile) is not in {}",
            config.display()
        )
    );
    let run = env.run(&["-p", "prod", "config", "show", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
}
