//! The command line's shape: each command takes the options it uses, a value means the same
//! however it is given, and set-up failures are errors with their exit status.

use crate::common::*;
use serde_json::{Value, json};

#[test]
fn a_shared_option_the_command_does_not_use_is_a_usage_error() {
    let env = Env::new();
    env.run(&["--sdkappid", "1400654321", "emulator"]).expect(
        2,
        "",
        "timpush: error: --sdkappid does not apply to `timpush emulator`\n  hint: `timpush emulator --help` lists the options it takes\n",
    );
    for args in [
        &["emulator", "--sdkappid", "1400654321"][..],
        &["man", "--endpoint", "https://example.com"],
        &["demo", "--timeout", "3"],
        &["usersig", "decode", "-p", "prod", "x"],
        &["completions", "bash", "--ca-bundle", "x.pem"],
    ] {
        let run = env.run(args);
        assert_eq!(
            (run.code, run.stdout.as_str()),
            (2, ""),
            "{args:?}: {run:?}"
        );
        assert!(
            run.stderr
                .starts_with("timpush: error: unexpected argument '"),
            "{run:?}"
        );
    }
    // In JSON too, the usage error is one object.
    let run = env.run(&["-o", "json", "--region", "tokyo", "man"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.json_lines(),
        vec![
            json!({"error": {"kind": "usage", "message": "--region does not apply to `timpush man`", "hint": "`timpush man --help` lists the options it takes"}, "exit_code": 2})
        ]
    );
}

#[test]
fn a_value_means_the_same_as_a_flag_a_variable_or_a_profile_key() {
    let server = Server::http();
    let mut env = Env::new();
    env.set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let show = |env: &Env, args: &[&str]| -> Value {
        let mut all = vec!["config", "show", "-o", "json"];
        all.extend_from_slice(args);
        let run = env.run(&all);
        assert_eq!(run.code, 0, "{run:?}");
        run.assert_no_secrets(&[SENTINEL_KEY]);
        run.json_lines().remove(0)
    };
    let v = show(&env, &["--region", "Silicon_Valley"]);
    assert_eq!(
        v["region"],
        json!({"value": "silicon-valley", "source": "flag --region"})
    );
    env.set("TIMPUSH_REGION", "SILICON_VALLEY");
    let v = show(&env, &[]);
    assert_eq!(
        v["region"],
        json!({"value": "silicon-valley", "source": "variable TIMPUSH_REGION"})
    );
    assert_eq!(
        v["endpoint"],
        json!({"value": "https://adminapiusa.im.qcloud.com", "source": "region silicon-valley"})
    );
    env.write_config("[profiles.default]\nregion = \"Silicon_Valley\"\n");
    env.unset("TIMPUSH_REGION");
    let v = show(&env, &[]);
    assert_eq!(v["region"]["value"], "silicon-valley");
    assert!(
        v["region"]["source"]
            .as_str()
            .unwrap()
            .ends_with(":2:10 (profiles.default.region)"),
        "{v}"
    );

    // The output format, whichever way it is given.
    let mut env = Env::for_server(&server);
    let run = env.run(&["revoke", "--task-id", task(), "-o", "JSON"]);
    assert_eq!(run.json_lines()[0]["outcome"], "revoked", "{run:?}");
    env.set("TIMPUSH_OUTPUT", "Json");
    let run = env.run(&["revoke", "--task-id", task()]);
    assert_eq!(run.json_lines()[0]["outcome"], "revoked", "{run:?}");
}

#[test]
fn config_show_says_null_for_what_is_not_set() {
    let env = Env::new();
    let run = env.run(&["config", "show", "-o", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v = &run.json_lines()[0];
    for key in ["sdkappid", "region", "endpoint", "credential"] {
        assert_eq!(v[key], json!({"value": null, "source": null}), "{key}: {v}");
    }
    assert_eq!(
        v["identifier"],
        json!({"value": "administrator", "source": "default"})
    );
    assert_eq!(v["timeout"], json!({"value": 30.0, "source": "default"}));
    assert_eq!(v["max_attempts"], json!({"value": 3, "source": "default"}));
    assert_eq!(
        v["output"],
        json!({"value": "json", "source": "flag --output"})
    );
    let text = env.run(&["config", "show"]);
    assert!(
        text.stdout.contains("\nsdkappid      (not set)\n"),
        "{}",
        text.stdout
    );
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
    for args in [
        &[
            "revoke",
            "--task-id",
            "x",
            "--timeout",
            "soon",
            "-o",
            "json",
        ][..],
        &["-o", "json", "revoke", "--no-such-flag"],
        &["--output=json", "revoke", "--task-id"],
        &["-ojson", "revoke", "--region", "mars", "--task-id", "x"],
        &["-o", "JSON", "frobnicate"],
    ] {
        let run = env.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        let lines = run.json_lines();
        assert_eq!(lines.len(), 1, "{args:?}: {}", run.stdout);
        assert_eq!(lines[0]["error"]["kind"], "usage", "{args:?}");
        assert_eq!(lines[0]["exit_code"], 2);
        let message = lines[0]["error"]["message"].as_str().unwrap();
        assert!(
            !message.is_empty() && !message.starts_with("error:"),
            "{message}"
        );
        assert!(run.stderr.starts_with("timpush: error: "), "{run:?}");
    }
    env.set("TIMPUSH_OUTPUT", "json");
    let run = env.run(&["revoke", "--max-attempts", "9", "--task-id", "x"]);
    assert_eq!(run.json_lines()[0]["error"]["kind"], "usage");
    // Text when text was asked for, even with the variable set.
    let run = env.run(&["revoke", "--bogus", "-o", "text"]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
}

#[test]
fn a_task_id_without_its_flag_gets_a_hint() {
    let env = Env::new();
    for args in [
        &[
            "revoke",
            "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e",
        ][..],
        &[
            "revoke",
            "--id",
            "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e",
        ],
    ] {
        let run = env.run(args);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""));
        assert!(
            run.stderr.ends_with(
                "\n  hint: give each TaskId as --task-id ID (repeatable), or a list with --from-file FILE\n"
            ),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("--identifier"), "{}", run.stderr);
    }
}
