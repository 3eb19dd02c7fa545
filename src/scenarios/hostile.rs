//! A hostile service: nothing it sends reaches the terminal raw, a TaskId without a TaskId's
//! shape is never offered in a command, and no echo of the UserSig shows a piece of it.

use serde_json::json;

use crate::error::Exit;
use crate::testkit::{Kit, Reply, XIAOMI, task_pushed};

/// Texts a hostile endpoint might put in any field.
const NASTY: [&str; 9] = [
    "\u{1b}]0;owned\u{7}",
    "\u{9b}31mred",
    "\u{9d}0;title\u{9c}",
    "del\u{7f}",
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

fn task() -> String {
    task_pushed(60, "bc614e")
}

#[test]
fn answer_fields_are_escaped_in_text_and_json() {
    let t = task();
    for nasty in NASTY {
        let mut kit = Kit::new();
        kit.reply([answer(90049, nasty, &[])]);
        let ran = kit.run(&["revoke", "--task-id", &t, "--max-attempts", "1"]);
        assert_eq!(ran.exit, Exit::Refused, "{ran:?}");
        ran.assert_terminal_safe();
        // Escaped, and all of it.
        let shown = crate::sanitize::escape(nasty);
        assert_eq!(
            ran.stderr,
            format!(
                "timpush: error: {t}: ErrorCode 90049 (TaskId unknown or not a push task): service said \"{shown}\"\n  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region\n"
            )
        );
        assert_eq!(ran.stdout, "");
        kit.reply([answer(90049, nasty, &[])]);
        let ran = kit.run(&[
            "revoke",
            "--task-id",
            &t,
            "--max-attempts",
            "1",
            "-o",
            "json",
        ]);
        ran.assert_terminal_safe();
        // The same text once parsed: exactly as received.
        assert_eq!(ran.json_lines()[0]["ErrorInfo"], nasty);
        for (args, reply) in [
            (
                &["api", "v4/timpush/get_sched_task"][..],
                answer(70001, nasty, &[]),
            ),
            (
                &["push", "--tag", "t", "--title", nasty, "--desc", "D"],
                answer(0, nasty, &[("TaskId", nasty)]),
            ),
        ] {
            kit.reply([reply]);
            let ran = kit.run(args);
            assert_ne!(ran.exit, Exit::Success, "{args:?}");
            ran.assert_terminal_safe();
        }
    }
}

#[test]
fn a_task_id_without_a_task_id_s_shape_is_a_protocol_problem_never_offered_in_a_command() {
    for bad in [
        "\u{1b}]0;x\u{7}",
        ";touch /tmp/timpush-owned;#",
        "660cc447_$(id)_1_2_3",
        "",
    ] {
        let mut kit = Kit::new();
        kit.reply([answer(0, "", &[("TaskId", bad)])]);
        let ran = kit.run(&["push", "--tag", "vip", "--title", "T", "--desc", "D"]);
        let said = format!(
            "the service answered OK, but its TaskId \"{}\" does not have a TaskId's shape (a protocol problem)",
            crate::sanitize::escape(bad)
        );
        ran.expect(
            Exit::Unknown,
            "",
            &format!("{XIAOMI}timpush: error: push: {said}\n  hint: the push may have reached users: do not send it again blindly; look for it first in the Chat console's push records (the statistics cannot say whether this one push went out)\n"),
        );
        kit.reply([answer(0, "", &[("TaskId", bad)])]);
        let ran = kit.run(&[
            "batch", "--to", "u1", "--title", "T", "--desc", "D", "-o", "json",
        ]);
        assert_eq!(ran.exit, Exit::Unknown);
        let line = &ran.json_lines()[0];
        assert_eq!(line["outcome"], "unknown");
        assert!(line.get("TaskId").is_none(), "{line}");
        ran.assert_terminal_safe();
    }
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn the_suggested_recall_is_quoted_and_keeps_the_flags_that_chose_the_app() {
    let mut kit = Kit::new();
    let id = task();
    kit.reply([answer(0, "", &[("TaskId", &id)])]);
    let config = kit.file(
        "my configs/config.toml",
        "[profiles.default]\nsdkappid = 1400000000\nendpoint = \"http://127.0.0.1:9\"\n",
    );
    kit.unset("TIMPUSH_SDKAPPID").unset("TIMPUSH_ENDPOINT");
    kit.run(&[
        "-c", config.to_str().unwrap(), "push", "--tag", "vip", "--title", "T", "--desc", "D",
        "--identifier", "ops$admin",
    ])
    .expect(
        Exit::Success,
        &format!("{id}\n"),
        &format!(
            "{XIAOMI}timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\ntimpush: note: to recall it: timpush --config '$HOME/my configs/config.toml' --identifier 'ops$admin' revoke --task-id {id}\n"
        ),
    );
}

#[test]
fn a_page_that_echoes_part_of_the_usersig_shows_none_of_it() {
    for (cut, want) in [
        (
            40,
            snapbox::str![[r#"
exit 6 (NotApplied)
--- stdout
--- stderr
timpush: error: 6b115984_537ed82a_200000cd7ee17f5_84035729_bc614e: HTTP 404 from the endpoint, not an answer of the service: "GET /v4/timpush/revoke?usersig=(redacted)"
  hint: endpoint http://127.0.0.1:9 answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)

"#]],
        ),
        (
            90,
            snapbox::str![[r#"
exit 6 (NotApplied)
--- stdout
--- stderr
timpush: error: 6b115984_537ed82a_200000cd7ee17f5_84035729_bc614e: HTTP 404 from the endpoint, not an answer of the service: "GET /v4/timpush/revoke?usersig=(redacted)"
  hint: endpoint http://127.0.0.1:9 answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)

"#]],
        ),
        (
            200,
            snapbox::str![[r#"
exit 6 (NotApplied)
--- stdout
--- stderr
timpush: error: 6b115984_537ed82a_200000cd7ee17f5_84035729_bc614e: HTTP 404 from the endpoint, not an answer of the service: "GET /v4/timpush/revoke?usersig=(redacted)"
  hint: endpoint http://127.0.0.1:9 answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)

"#]],
        ),
        (
            400,
            snapbox::str![[r#"
exit 6 (NotApplied)
--- stdout
--- stderr
timpush: error: 6b115984_537ed82a_200000cd7ee17f5_84035729_bc614e: HTTP 404 from the endpoint, not an answer of the service: "GET /v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1000&contenttype=json not found"
  hint: endpoint http://127.0.0.1:9 answered with an HTTP status instead of the service; check the endpoint and any proxy (nothing was applied)

"#]],
        ),
    ] {
        let mut kit = Kit::new();
        kit.answer(move |r| {
            let query: Vec<String> = r.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let line = format!("GET /v4/{}?{} not found", r.command, query.join("&"));
            Reply::Status(404, line.chars().take(cut).collect(), None)
        });
        // The kit checks every output for each 16-character piece of the UserSig sent; the
        // usersig= value is cut whatever its length, even the few characters a short page
        // quotes.
        kit.run(&["revoke", "--task-id", &task(), "--max-attempts", "1"])
            .is(want);
    }
}
