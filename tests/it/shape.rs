//! The command line's shape: each command takes the options it uses, a value means the same
//! however it is given, and set-up failures are errors with their exit status.

use crate::common::*;
use serde_json::{Value, json};

#[test]
fn a_shared_option_the_command_does_not_use_is_refused_or_left_out() {
    let env = Env::new();
    env.run(&["--sdkappid", "1400654321", "emulator"]).expect(
        2,
        "",
        "timpush: error: --sdkappid does not apply to `timpush emulator`\n  hint: `timpush emulator --help` lists the options it takes\n",
    );
    for (args, want) in [
        (
            &["emulator", "--sdkappid", "1400654321"][..],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--sdkappid' found

  tip: a similar argument exists: '--app'

Usage: timpush emulator --app <SDKAPPID>

For more information, try '--help'.

"#]],
        ),
        (
            &["man", "--endpoint", "https://example.com"],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--endpoint' found

Usage: timpush man [OPTIONS]

For more information, try '--help'.

"#]],
        ),
        (
            &["demo", "--timeout", "3"],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--timeout' found

Usage: timpush demo [OPTIONS]

For more information, try '--help'.

"#]],
        ),
        (
            &["usersig", "decode", "-p", "prod", "x"],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '-p' found

  tip: to pass '-p' as a value, use '-- -p'

Usage: timpush usersig decode [OPTIONS] [USERSIG|-]

For more information, try '--help'.

"#]],
        ),
        (
            &["completions", "bash", "--ca-bundle", "x.pem"],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--ca-bundle' found

  tip: to pass '--ca-bundle' as a value, use '-- --ca-bundle'

Usage: timpush completions <SHELL>

For more information, try '--help'.

"#]],
        ),
    ] {
        env.run(args).is(want);
    }
    // In JSON too, the usage error is one object.
    env.run(&["-o", "json", "--sdkappid", "1400654321", "demo"])
        .is(str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"--sdkappid does not apply to `timpush demo`","hint":"`timpush demo --help` lists the options it takes"},"exit_code":2}
--- stderr
timpush: error: --sdkappid does not apply to `timpush demo`
  hint: `timpush demo --help` lists the options it takes

"#]]);
    // Any other command leaves a shared option before its name out, so that an alias such as
    // `alias tp='timpush -p prod'` serves them all; --verbose says so.
    env.write_config(
        "default_profile = \"prod\"\n[profiles.prod]\nregion = \"tokyo\"\nsdkappid = 1400000000\n",
    );
    env.run(&["-p", "prod", "--region", "seoul", "-v", "config", "list"])
        .is(str![[r#"
exit 0
--- stdout
  PROFILE          REGION / ENDPOINT        SDKAPPID
* prod             tokyo                    1400000000
--- stderr
timpush: --profile is not used by `timpush config list`; left out
timpush: --region is not used by `timpush config list`; left out
timpush: note: * marks the default profile

"#]]);
    env.run(&["-p", "prod", "config", "list"]).is(str![[r#"
exit 0
--- stdout
  PROFILE          REGION / ENDPOINT        SDKAPPID
* prod             tokyo                    1400000000
--- stderr
timpush: note: * marks the default profile

"#]]);
}

#[test]
fn a_value_means_the_same_as_a_flag_a_variable_or_a_profile_key() {
    let server = Server::http();
    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    // config show's region and endpoint (the rest of its answer is checked whole in
    // scenarios::tools).
    let show = |env: &Env, args: &[&str]| -> Value {
        let mut all = vec!["config", "show", "-o", "json"];
        all.extend_from_slice(args);
        let run = env.run(&all);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
        run.assert_no_secrets(&[SENTINEL_KEY]);
        let v = run.json_lines().remove(0);
        json!({"region": v["region"], "endpoint": v["endpoint"]})
    };
    let usa = |source: &str| {
        json!({"region": {"value": "silicon-valley", "source": source},
            "endpoint": {"value": "https://adminapiusa.im.qcloud.com", "source": "region silicon-valley"}})
    };
    assert_eq!(
        show(&env, &["--region", "Silicon_Valley"]),
        usa("flag --region")
    );
    env.set("TIMPUSH_REGION", "SILICON_VALLEY");
    assert_eq!(show(&env, &[]), usa("variable TIMPUSH_REGION"));
    let file = env.write_config("[profiles.default]\nregion = \"Silicon_Valley\"\n");
    env.unset("TIMPUSH_REGION");
    assert_eq!(
        show(&env, &[]),
        usa(&format!(
            "{}:2:10 (profiles.default.region)",
            file.display()
        ))
    );

    // The output format, whichever way it is given.
    let mut env = Env::for_server(&server);
    let json = env.run(&["revoke", "--task-id", task(), "-o", "JSON"]);
    json.is(str![[r#"
exit 0
--- stdout
{"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","exit_code":0}
--- stderr

"#]]);
    env.set("TIMPUSH_OUTPUT", "Json");
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.shown(), json.shown());
}

#[test]
fn config_show_says_null_for_what_is_not_set() {
    let env = Env::new();
    env.run(&["config", "show", "-o", "json"]).is(str![[r#"
exit 0
--- stdout
{"profile":{"value":"default","source":"default"},"config":{"value":"[HOME]/.config/timpush/config.toml","source":"default (~/.config/timpush/config.toml)"},"region":{"value":null,"source":null},"sdkappid":{"value":null,"source":null},"identifier":{"value":"administrator","source":"default"},"endpoint":{"value":null,"source":null},"ca_bundle":{"value":null,"source":"default"},"timeout":{"value":30.0,"source":"default"},"max_attempts":{"value":3,"source":"default"},"output":{"value":"json","source":"flag --output"},"credential":{"value":null,"source":null},"usersig_ttl":{"value":600,"source":"default"},"journal":{"value":null,"source":"default"},"journal_keep":{"value":31536000.0,"source":"default"},"duplicate_window":{"value":600.0,"source":"default"},"daily_push_limit":{"value":100,"source":"default"},"tz":{"value":null,"source":"this machine"},"github":{"value":"on","source":"default"},"callback_token_file":{"value":null,"source":null},"problems":[{"message":"no config file at [HOME]/.config/timpush/config.toml, and no SDKAppID set by a flag or variable","hint":"run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY"},{"message":"no region is set for profile \"default\"","hint":"set region in [profiles.default] of [HOME]/.config/timpush/config.toml, or TIMPUSH_REGION, or --region"},{"message":"no credential for profile \"default\"","hint":"set secret_key_file (or secret_key_command) in [profiles.default], or the variable TIMPUSH_SECRET_KEY"}]}
--- stderr

"#]]);
    env.run(&["config", "show"]).is(str![[r#"
exit 0
--- stdout
SETTING             VALUE                                            SOURCE
profile             default                                          default
config              [HOME]/.config/timpush/config.toml (does not exist)
                                                                     default (~/.config/timpush/config.toml)
region              (not set)
sdkappid            (not set)
identifier          administrator                                    default
endpoint            (not set)
ca_bundle           bundled Mozilla roots                            default
timeout             30 s                                             default
max_attempts        3                                                default
output              text                                             default
credential          (not set)
usersig_ttl         600                                              default
journal             [HOME]/.local/state/timpush/journal.db  default
journal_keep        31536000 s                                       default
duplicate_window    600 s                                            default
daily_push_limit    100                                              default
tz                  UTC                                              this machine
github              on                                               default
callback_token_file (not set)
--- stderr
timpush: warning: no config file at [HOME]/.config/timpush/config.toml, and no SDKAppID set by a flag or variable
  hint: run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY
timpush: warning: no region is set for profile "default"
  hint: set region in [profiles.default] of [HOME]/.config/timpush/config.toml, or TIMPUSH_REGION, or --region
timpush: warning: no credential for profile "default"
  hint: set secret_key_file (or secret_key_command) in [profiles.default], or the variable TIMPUSH_SECRET_KEY

"#]]);
}

#[test]
fn a_ca_bundle_without_certificates_is_a_config_error_for_every_command() {
    let server = Server::https();
    let mut env = Env::for_server(&server);
    let empty = env.home().join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    env.set("TIMPUSH_CA_BUNDLE", empty.to_str().unwrap());
    let message = format!(
        "timpush: error: CA bundle {} holds no PEM certificate (-----BEGIN CERTIFICATE-----)\n",
        empty.display()
    );
    for args in [
        &["revoke", "--task-id", task()][..],
        &["push", "--tag", "a", "--title", "T", "--desc", "D"],
        &["batch", "--to", "u1", "--title", "T", "--desc", "D"],
        &["api", "v4/timpush/get_sched_task"],
    ] {
        env.run(args).expect(3, "", &message);
    }
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn help_shows_the_command_s_own_options_before_the_shared_ones() {
    // The help texts are checked whole in help.rs; this states the order that matters in them.
    let run = Env::new().run(&["revoke", "--help"]);
    assert_eq!(run.code, 0);
    let h = &run.stdout;
    let (own, shared, region) = (
        h.find("--task-id").unwrap(),
        h.find("Shared options:").unwrap(),
        h.find("--region").unwrap(),
    );
    assert!(own < shared && shared < region, "{h}");
    // Folded into a line; `timpush --help` describes them.
    assert!(!h.contains("[env: TIMPUSH_REGION]"), "{h}");
    let top = Env::new().run(&["--help"]);
    assert!(
        top.stdout
            .contains("Region of the app [env: TIMPUSH_REGION] [profile key: region]"),
        "{}",
        top.stdout
    );
    let run = Env::new().run(&["emulator", "--help"]);
    assert!(!run.stdout.contains("--sdkappid") && !run.stdout.contains("--region"));
}

#[test]
fn usage_errors_are_one_json_object_when_json_was_asked_for() {
    let mut env = Env::new();
    for (args, want) in [
        (
            &[
                "revoke",
                "--task-id",
                "x",
                "--timeout",
                "soon",
                "-o",
                "json",
            ][..],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"invalid value for '--timeout <DURATION>': \"soon\" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m"},"exit_code":2}
--- stderr
timpush: error: invalid value for '--timeout <DURATION>': "soon" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m

"#]],
        ),
        (
            &["-o", "json", "revoke", "--no-such-flag"],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"unexpected argument '--no-such-flag' found"},"exit_code":2}
--- stderr
timpush: error: unexpected argument '--no-such-flag' found

  tip: to pass '--no-such-flag' as a value, use '-- --no-such-flag'

Usage: timpush revoke (TASK_ID... | --task-id ID... | --from-file FILE|- | --sched ID... | --last [N]) [OPTIONS]

For more information, try '--help'.

"#]],
        ),
        (
            &["--output=json", "revoke", "--task-id"],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"a value is required for '--task-id <ID>' but none was supplied"},"exit_code":2}
--- stderr
timpush: error: a value is required for '--task-id <ID>' but none was supplied

For more information, try '--help'.

"#]],
        ),
        (
            &["-ojson", "revoke", "--region", "mars", "--task-id", "x"],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"invalid value for '--region <REGION>': unknown region \"mars\"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai"},"exit_code":2}
--- stderr
timpush: error: invalid value for '--region <REGION>': unknown region "mars"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai

"#]],
        ),
        (
            &["-o", "JSON", "frobnicate"],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"unrecognized subcommand 'frobnicate'"},"exit_code":2}
--- stderr
timpush: error: unrecognized subcommand 'frobnicate'

Usage: timpush [OPTIONS] <COMMAND>

For more information, try '--help'.

"#]],
        ),
    ] {
        env.run(args).is(want);
    }
    env.set("TIMPUSH_OUTPUT", "json");
    env.run(&["revoke", "--max-attempts", "9", "--task-id", "x"])
        .is(str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"invalid value for '--max-attempts <N>': \"9\" is not an attempt count: a whole number from 1 to 5"},"exit_code":2}
--- stderr
timpush: error: invalid value for '--max-attempts <N>': "9" is not an attempt count: a whole number from 1 to 5

"#]]);
    // Text when text was asked for, even with the variable set.
    env.run(&["revoke", "--bogus", "-o", "text"]).is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--bogus' found

  tip: to pass '--bogus' as a value, use '-- --bogus'

Usage: timpush revoke (TASK_ID... | --task-id ID... | --from-file FILE|- | --sched ID... | --last [N]) [OPTIONS]

For more information, try '--help'.

"#]]);
}

#[test]
/// A TaskId is taken as an argument, as with --task-id; a flag near --task-id gets a hint.
fn a_task_id_with_or_without_its_flag() {
    let env = Env::new();
    for (args, want) in [
        (
            &[
                "revoke",
                "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e",
            ][..],
            str![[r#"
exit 3
--- stdout
--- stderr
timpush: error: no config file at [HOME]/.config/timpush/config.toml, and no SDKAppID set by a flag or variable
  hint: run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY

"#]],
        ),
        (
            &[
                "revoke",
                "--id",
                "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e",
            ],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--id' found

For more information, try 'timpush revoke --help'.
  hint: give TaskIds as arguments or with --task-id ID (repeatable), or a list with --from-file FILE

"#]],
        ),
    ] {
        env.run(args).is(want);
    }
}
