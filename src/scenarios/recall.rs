//! revoke as an operator meets it: "already recalled", a task past the window, --dry-run, the
//! usage errors, odd TaskIds, and a configuration error in JSON; whole outputs.

use serde_json::json;

use crate::error::Exit;
use crate::testkit::{Kit, Reply, task_pushed};

fn task() -> String {
    task_pushed(60, "bc614e")
}

#[test]
fn ninety_fifty_is_success_with_a_note_and_strict_makes_it_five() {
    let mut kit = Kit::new();
    let t = task();
    kit.reply([Reply::Code(90050)]);
    kit.run(&["revoke", "--task-id", &t]).expect(
        Exit::Success,
        &format!("recalled {t} (already recalled)\n"),
        &format!("timpush: note: {t} was already recalled (ErrorCode 90050); nothing more to do\n"),
    );
    kit.reply([Reply::Code(90050)]);
    kit.run(&["revoke", "--task-id", &t, "-o", "json"]).expect(
        Exit::Success,
        &format!("{{\"TaskId\":\"{t}\",\"outcome\":\"already_revoked\",\"attempts\":1,\"ActionStatus\":\"FAIL\",\"ErrorCode\":90050,\"ErrorInfo\":\"error\",\"exit_code\":0}}\n"),
        &format!("timpush: note: {t} was already recalled (ErrorCode 90050); nothing more to do\n"),
    );
    kit.reply([Reply::Code(90050)]);
    kit.run(&["revoke", "--task-id", &t, "--strict", "-o", "json"]).expect(
        Exit::Refused,
        &format!("{{\"TaskId\":\"{t}\",\"outcome\":\"already_revoked\",\"attempts\":1,\"ActionStatus\":\"FAIL\",\"ErrorCode\":90050,\"ErrorInfo\":\"error\",\"hint\":\"nothing more to do\",\"exit_code\":5}}\n"),
        &format!("timpush: error: {t}: already recalled (--strict): ErrorCode 90050 (task already recalled): service said \"error\"\n  hint: nothing more to do\n"),
    );
}

#[test]
fn a_task_past_the_window_is_sent_and_its_age_named() {
    let mut kit = Kit::new();
    let old = task_pushed(25 * 3600 + 120, "bc614e");
    kit.reply([Reply::Code(90052)]);
    let ran = kit.run(&["revoke", "--task-id", &old]);
    ran.expect(
        Exit::Refused,
        "",
        &format!("timpush: warning: {old} looks older than 24 hours (pushed about 25h 2m ago, read from its TaskId); the service will likely refuse it (90052)\ntimpush: error: {old}: ErrorCode 90052 (recall window (24 hours) has passed): service said \"error\"\n  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 25h 2m ago\n"),
    );
    assert_eq!(ran.requests.len(), 1, "an old-looking TaskId is still sent");
}

#[test]
fn dry_run_sends_nothing_and_shows_the_redacted_request() {
    let mut kit = Kit::new();
    let t = task();
    let ran = kit.run(&["revoke", "--task-id", &t, "--title", "T", "--dry-run"]);
    ran.expect(
        Exit::Success,
        &format!(
            "POST http://127.0.0.1:9/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1000&contenttype=json\nContent-Type: application/json\n{{\"TaskId\":\"{t}\",\"OfflinePushInfo\":{{\"Title\":\"T\"}}}}\n# credential: secret key from variable TIMPUSH_SECRET_KEY\n"
        ),
        "timpush: note: dry run: nothing was sent\n",
    );
    assert!(ran.requests.is_empty());
    let ran = kit.run(&["revoke", "--task-id", &t, "--dry-run", "-o", "json"]);
    assert!(ran.requests.is_empty());
    assert_eq!(
        ran.json_lines(),
        [json!({"dry_run": true, "TaskId": t, "method": "POST",
            "url": "http://127.0.0.1:9/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1000&contenttype=json",
            "content_type": "application/json", "body": {"TaskId": t},
            "credential": "secret key from variable TIMPUSH_SECRET_KEY"})]
    );
}

#[test]
fn usage_errors_exit_2_and_send_nothing() {
    let t = task();
    for (args, stderr) in [
        (
            vec!["revoke"],
            "timpush: error: no TaskId given\n  hint: pass TaskIds as arguments or --task-id ID, --from-file FILE (- for standard input), --sched ID, or --last\n",
        ),
        (
            vec!["revoke", "--task-id", "   "],
            "timpush: error: --task-id: the TaskId is empty\n",
        ),
        (
            vec!["revoke", "--task-id", "a b"],
            "timpush: error: --task-id: the TaskId holds white space; give one TaskId at a time\n",
        ),
        (
            vec!["revoke", "--task-id", "a\u{7}b"],
            "timpush: error: --task-id: the TaskId holds a control or format character (\\u{7})\n",
        ),
        (
            vec!["revoke", "--task-id", &t, "--ext", "{nope"],
            "timpush: error: --ext must be JSON text, such as '{\"k\":\"v\"}': key must be a string at line 1 column 2\n",
        ),
        (
            vec!["revoke", "--task-id", &t, "--timeout", "0"],
            "timpush: error: invalid value for '--timeout <DURATION>': \"0\" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m\n",
        ),
        (
            vec!["revoke", "--task-id", &t, "--max-attempts", "9"],
            "timpush: error: invalid value for '--max-attempts <N>': \"9\" is not an attempt count: a whole number from 1 to 5\n",
        ),
        (
            vec![
                "revoke",
                "--task-id",
                &t,
                "--endpoint",
                "http://example.com",
            ],
            "timpush: error: invalid value for '--endpoint <URL>': \"http://example.com\" uses http:// for a host that is not loopback; the credential travels in the URL, so use https://\n",
        ),
        (
            vec!["revoke", "--task-id", &t, "--region", "mars"],
            "timpush: error: invalid value for '--region <REGION>': unknown region \"mars\"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai\n",
        ),
    ] {
        let mut kit = Kit::new();
        let ran = kit.run(&args);
        assert!(ran.requests.is_empty(), "{args:?}");
        ran.expect(Exit::Usage, "", stderr);
    }
}

#[test]
fn odd_taskid_shapes_warn_but_are_sent_trimmed() {
    let mut kit = Kit::new();
    kit.reply([Reply::Code(0)]);
    let ran = kit.run(&["revoke", "--task-id", "  custom-id  "]);
    ran.expect(
        Exit::Success,
        "recalled custom-id\n",
        "timpush: warning: custom-id does not have the usual TaskId shape (five hex fields, optionally after batch_); sending it anyway\n",
    );
    assert_eq!(ran.requests[0].body, json!({"TaskId": "custom-id"}));
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_configuration_error_in_json_is_one_object() {
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_SDKAPPID");
    let message = "no config file at $HOME/.config/timpush/config.toml, and no SDKAppID set by a flag or variable";
    let hint = "run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY";
    kit.run(&["revoke", "--task-id", &task(), "-o", "json"]).expect(
        Exit::Config,
        &format!("{{\"error\":{{\"kind\":\"config\",\"message\":\"{message}\",\"hint\":\"{hint}\"}},\"exit_code\":3}}\n"),
        &format!("timpush: error: {message}\n  hint: {hint}\n"),
    );
}

/// gh's flags for JSON (`--json`, `--jq`, …) are usage errors that say what timpush's is.
#[test]
fn json_flags_of_other_tools_say_what_timpush_takes() {
    let mut kit = Kit::new();
    let hint = "JSON is -o json (one JSON object a line, every command); to filter it, pipe it to jq: timpush log -o json | jq -r .TaskId";
    for (args, said, help) in [
        (&["log", "--json"][..], "--json", "timpush log --help"),
        (
            &["stats", "--jq", ".TaskID"],
            "--jq",
            "timpush stats --help",
        ),
        // clap names the group for a flag with its value attached.
        (
            &["sched", "list", "--format=json"],
            "--format",
            "timpush sched --help",
        ),
    ] {
        kit.run(args).expect(
            Exit::Usage,
            "",
            &format!("timpush: error: unexpected argument '{said}' found\n\nFor more information, try '{help}'.\n  hint: {hint}\n"),
        );
    }
}

/// `stop` acts at once on what it is given: an ID that is neither a scheduled TaskID nor a
/// push TaskId by shape is a usage error, and nothing is sent (not even the IDs before it).
#[test]
fn stop_refuses_an_id_of_no_shape_before_anything_is_sent() {
    let mut kit = Kit::new();
    let ran = kit.run(&["stop", "1500000001", "not_a_task"]);
    ran.expect(
        Exit::Usage,
        "",
        "timpush: error: ID: not_a_task is neither a scheduled TaskID (digits) nor a push TaskId (five hex fields, optionally after batch_, such as 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e)\n",
    );
    assert!(ran.requests.is_empty());
}

/// Under GitHub Actions: failures also as `::error::` lines, and a Markdown summary of the run
/// appended to $GITHUB_STEP_SUMMARY; TIMPUSH_GITHUB=off turns both off.
#[test]
fn github_actions_get_annotations_and_a_step_summary() {
    let mut kit = Kit::new();
    let summary = kit.home().join("step-summary");
    kit.set("GITHUB_ACTIONS", "true")
        .set("GITHUB_STEP_SUMMARY", summary.to_str().unwrap());
    let a = task_pushed(60, "000001");
    let b = task_pushed(60, "000002");
    kit.reply([Reply::Code(0), Reply::Code(90052)]);
    let ran = kit.run(&["revoke", &a, &b]);
    ran.is(snapbox::str![[r#"
exit 5 (Refused)
--- stdout
recalled 6b115984_537ed82a_200000cd7ee17f5_84035729_000001
--- stderr
timpush: error: 6b115984_537ed82a_200000cd7ee17f5_84035729_000002: ErrorCode 90052 (recall window (24 hours) has passed): service said "error"
  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago
::error title=timpush::6b115984_537ed82a_200000cd7ee17f5_84035729_000002: ErrorCode 90052 (recall window (24 hours) has passed): service said "error"%0A  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago
timpush: note: 1 recalled, 0 already recalled, 1 failed

"#]]);
    crate::testkit::same(
        std::fs::read_to_string(&summary).unwrap(),
        snapbox::str![[r####"
### timpush revoke: exit 5 (Refused)

```text
recalled 6b115984_537ed82a_200000cd7ee17f5_84035729_000001
timpush: error: 6b115984_537ed82a_200000cd7ee17f5_84035729_000002: ErrorCode 90052 (recall window (24 hours) has passed): service said "error"
  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago
timpush: note: 1 recalled, 0 already recalled, 1 failed
```


"####]],
    );
    // A second run appends.
    kit.reply([Reply::Code(90050)]);
    kit.run(&["revoke", &a]);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert_eq!(text.matches("### timpush revoke").count(), 2, "{text}");
    // Off: neither.
    std::fs::remove_file(&summary).unwrap();
    kit.set("TIMPUSH_GITHUB", "off").reply([Reply::Code(90052)]);
    let ran = kit.run(&["revoke", &b]);
    assert!(!ran.stderr.contains("::error"), "{}", ran.stderr);
    assert!(!summary.exists());
    kit.set("TIMPUSH_GITHUB", "maybe");
    let ran = kit.run(&["revoke", &b]);
    assert_eq!(ran.exit, Exit::Config, "{}", ran.shown());
    assert_eq!(
        ran.stderr,
        "timpush: error: variable TIMPUSH_GITHUB: \"maybe\" is neither on nor off\n  hint: fix or unset TIMPUSH_GITHUB\n"
    );
    assert!(ran.requests.is_empty());
}

/// Outcomes are coloured where stdout is a terminal with colour (NO_COLOR and --color rule it
/// as they rule stderr); piped, never.
#[test]
fn outcomes_are_coloured_on_a_terminal() {
    let mut kit = Kit::new();
    let a = task_pushed(60, "000001");
    kit.unset("NO_COLOR");
    kit.reply([Reply::Code(0)])
        .terminal(crate::run::Stream::Stdout);
    kit.run(&["revoke", &a]).expect(
        Exit::Success,
        &format!("\x1b[1;32mrecalled\x1b[0m {a}\n"),
        "",
    );
    kit.reply([Reply::Code(0)])
        .terminal(crate::run::Stream::Stdout);
    kit.run(&["revoke", &a, "--color", "never"]).expect(
        Exit::Success,
        &format!("recalled {a}\n"),
        "",
    );
    kit.reply([Reply::Code(0)]);
    kit.run(&["revoke", &a])
        .expect(Exit::Success, &format!("recalled {a}\n"), "");
    kit.set("NO_COLOR", "1")
        .reply([Reply::Code(0)])
        .terminal(crate::run::Stream::Stdout);
    kit.run(&["revoke", &a])
        .expect(Exit::Success, &format!("recalled {a}\n"), "");
}
