//! The output contract: every message true, every limit checked before sending, every failure
//! class one JSON line with its exit status.

use crate::error::Exit;
use crate::testkit::{Kit, Reply, task_pushed};

fn task() -> String {
    task_pushed(60, "bc614e")
}

fn revoke_once(kit: &mut Kit, more: &[&str]) -> crate::testkit::Ran {
    let task = task();
    let mut args = vec!["revoke", "--task-id", task.as_str(), "--max-attempts", "1"];
    args.extend_from_slice(more);
    kit.run(&args)
}

#[test]
fn an_error_code_sent_as_text_is_named_so() {
    let mut kit = Kit::new();
    kit.reply([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":"0"}"#.into(),
    )]);
    let t = task();
    revoke_once(&mut kit, &[]).expect(
        Exit::Unknown,
        "",
        &format!("timpush: error: {t}: HTTP 200: the answer has an ErrorCode that is not a number: \"{{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":\"0\"}}\"\n  hint: the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")\n"),
    );
}

#[test]
fn a_gateway_429_says_it_is_throttling() {
    let mut kit = Kit::new();
    kit.reply([Reply::Status(429, "slow down".into(), None)]);
    let t = task();
    revoke_once(&mut kit, &[]).expect(
        Exit::NotApplied,
        "",
        &format!("timpush: error: {t}: HTTP 429 from the endpoint, not an answer of the service: \"slow down\" (gave up after 1 attempt)\n  hint: endpoint http://127.0.0.1:9 is throttling (HTTP 429) and nothing was applied: wait a little, then run the same command again\n"),
    );
}

#[test]
fn endpoints_and_timeouts_are_read_strictly() {
    let mut kit = Kit::new();
    kit.set("TIMPUSH_ENDPOINT", "http://127.0.0.1:9/v4/");
    kit.reply([Reply::Code(0)]);
    let ran = revoke_once(&mut kit, &[]);
    assert_eq!(ran.exit, Exit::Success);
    assert_eq!(ran.commands(), ["timpush/revoke"], "/v4/ is not doubled");
    revoke_once(&mut kit, &["--timeout", "1e-320"]).expect(
        Exit::Usage,
        "",
        "timpush: error: invalid value for '--timeout <DURATION>': \"1e-320\" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m\n",
    );
    let ran = revoke_once(&mut kit, &["--endpoint", "https://"]);
    assert_eq!((ran.exit, ran.stdout.as_str()), (Exit::Usage, ""));
    assert_eq!(
        ran.stderr,
        "timpush: error: invalid value for '--endpoint <URL>': \"https://\" has no host; write it as https://HOST[:PORT]\n"
    );
}

#[test]
fn limits_are_checked_before_sending() {
    let mut kit = Kit::new();
    let big = "x".repeat(100 * 1024);
    let ran = revoke_once(&mut kit, &["--title", &big]);
    assert_eq!((ran.exit, ran.stdout.as_str()), (Exit::Usage, ""));
    assert!(ran.requests.is_empty());
    assert_eq!(
        ran.stderr,
        "timpush: error: --title, --desc and --ext would make the request body up to 102700 bytes; the service takes at most 10240 (10 KB): shorten them\n"
    );
    let long = "u".repeat(5000);
    for (to, says) in [
        ("", "--to: an account cannot be empty"),
        (
            long.as_str(),
            "--to: an account is 5000 bytes; a UserID is at most 32, and a RegistrationID is 36 characters such as 379C2F0D-290D-47AE-94D1-919058C39C77",
        ),
    ] {
        let ran = kit.run(&["batch", "--to", to, "--title", "T", "--desc", "D"]);
        ran.expect(Exit::Usage, "", &format!("timpush: error: {says}\n"));
        assert!(ran.requests.is_empty());
    }
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn secret_key_command_never_swallows_the_flags_after_it() {
    let mut kit = Kit::new();
    for _ in 0..2 {
        let ran = kit.run(&[
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
        assert_eq!(ran.exit, Exit::Success, "{ran:?}");
    }
    let text = std::fs::read_to_string(kit.home().join(".config/timpush/config.toml")).unwrap();
    crate::testkit::same(
        text,
        snapbox::str![[r#"
default_profile = "ci"

[profiles.ci]
sdkappid = 7
identifier = "administrator"
region = "tokyo"
secret_key_command = ["pass", "show", "timpush/ci key"]

"#]],
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn config_path_says_a_relative_xdg_config_home_is_ignored() {
    let mut kit = Kit::new();
    kit.set("XDG_CONFIG_HOME", "relative/dir");
    kit.run(&["config", "path"]).expect(
        Exit::Success,
        "$HOME/.config/timpush/config.toml\n",
        "timpush: note: chosen by default (~/.config/timpush/config.toml; XDG_CONFIG_HOME is ignored: it is not an absolute path); the file does not exist yet (timpush config init writes it)\n",
    );
}

#[test]
fn every_failure_class_is_json_lines_with_its_exit_code() {
    let t = task();
    let cases: Vec<(Vec<&str>, Option<Reply>, bool, Exit)> = vec![
        (
            vec!["revoke", "--timeout", "soon", "--task-id", &t],
            None,
            true,
            Exit::Usage,
        ),
        (vec!["revoke"], None, true, Exit::Usage),
        (vec!["revoke", "--task-id", &t], None, false, Exit::Config),
        (
            vec!["revoke", "--task-id", &t],
            Some(Reply::Code(70001)),
            true,
            Exit::Auth,
        ),
        (
            vec!["revoke", "--task-id", &t],
            Some(Reply::Code(90049)),
            true,
            Exit::Refused,
        ),
        (
            vec!["revoke", "--task-id", &t],
            Some(Reply::Refused),
            true,
            Exit::NotApplied,
        ),
        (
            vec!["revoke", "--task-id", &t],
            Some(Reply::Code(91000)),
            true,
            Exit::Unknown,
        ),
        (
            vec!["push", "--tag", "a", "--title", "T", "--desc", "D"],
            Some(Reply::Code(90047)),
            true,
            Exit::Refused,
        ),
        (
            vec!["batch", "--to", "u", "--title", "T", "--desc", "D"],
            Some(Reply::Lost),
            true,
            Exit::Unknown,
        ),
        (
            vec!["api", "v4/timpush/get_sched_task"],
            Some(Reply::Refused),
            true,
            Exit::NotApplied,
        ),
        (
            vec!["config", "check", "-p", "nope"],
            None,
            true,
            Exit::Config,
        ),
    ];
    for (mut args, reply, keyed, exit) in cases {
        let mut kit = Kit::new();
        if !keyed {
            kit.unset("TIMPUSH_SECRET_KEY");
        }
        if args[0] != "config" {
            args.extend(["--max-attempts", "1"]);
        }
        args.extend(["-o", "json"]);
        if let Some(r) = reply {
            kit.reply([r]);
        }
        let ran = kit.run(&args);
        assert_eq!(ran.exit, exit, "{args:?}: {ran:?}");
        let lines = ran.json_lines();
        assert!(!lines.is_empty(), "{args:?}: nothing on stdout");
        let code = u64::from(exit.code());
        assert!(
            lines.iter().any(|l| l["exit_code"] == code),
            "{args:?}: {}",
            ran.stdout
        );
    }
}
