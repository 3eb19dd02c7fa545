//! Sending: push, batch and api, as the service receives them and as the operator reads the
//! outcome.

use std::time::Duration;

use serde_json::json;

use crate::error::Exit;
use crate::testkit::{Kit, Reply, XIAOMI};

fn ok_with(extra: &str) -> Reply {
    Reply::Json(format!(
        r#"{{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0{extra}}}"#
    ))
}

const PUSHED: &str = "6b11e5c0_53724e00_2cfcfc7de50ba62_80000001_da8b244";

const PUSH: [&str; 9] = [
    "push",
    "--tag",
    "t",
    "--title",
    "t",
    "--desc",
    "d",
    "--max-attempts",
    "1",
];

#[test]
fn push_errors_map_like_revoke() {
    let mut kit = Kit::new();
    for (code, exit, stderr) in [
        (
            90045,
            Exit::Refused,
            "timpush: error: push: ErrorCode 90045 (the push feature is not enabled): service said \"error\"\n  hint: enable push (timpush) for the app in the Chat console\n",
        ),
        (
            90047,
            Exit::Refused,
            "timpush: error: push: ErrorCode 90047 (daily push quota used up): service said \"error\"\n  hint: wait until tomorrow, upgrade the plan, or raise the daily quota in the console (paid per extra push a day)\n",
        ),
        (
            70001,
            Exit::Auth,
            "timpush: error: push: ErrorCode 70001 (UserSig expired): service said \"error\"\n  hint: the UserSig's lifetime ran out; check this machine's clock (the UserSig carries its time) and usersig_ttl (now 600 s)\n",
        ),
        (
            90009,
            Exit::Auth,
            "timpush: error: push: ErrorCode 90009 (the identifier is not an App admin): service said \"error\"\n  hint: set identifier to one of the app's admin accounts (Chat console > App admin)\n",
        ),
    ] {
        kit.reply([Reply::Code(code)]);
        let ran = kit.run(&PUSH);
        ran.expect(exit, "", &format!("{XIAOMI}{stderr}"));
        assert_eq!(ran.commands(), ["timpush/push"]);
    }
}

#[test]
fn push_is_never_repeated_once_it_may_have_been_sent() {
    let mut kit = Kit::new();
    kit.reply([Reply::Status(502, "<html>bad gateway</html>".into(), None)]);
    let ran = kit.run(&[
        "push", "--tag", "t", "--title", "t", "--desc", "d", "-o", "json",
    ]);
    let message = "HTTP 502 from the endpoint, not an answer of the service: \\\"<html>bad gateway</html>\\\" (gave up after 1 attempt; not repeated, since the call may have been applied)";
    let hint = "the push may have reached users: do not send it again blindly; look for it first in the Chat console's push records (the statistics cannot say whether this one push went out)";
    ran.expect(
        Exit::Unknown,
        &format!("{{\"audience\":{{\"kind\":\"condition\",\"condition\":{{\"TagsAnd\":[\"t\"]}},\"text\":\"users with all of tags: t\"}},\"outcome\":\"unknown\",\"attempts\":1,\"error\":{{\"kind\":\"http_status\",\"message\":\"{message}\",\"http_status\":502}},\"hint\":\"{hint}\",\"exit_code\":7}}\n"),
        &format!("{XIAOMI}timpush: error: push: {}\n  hint: {hint}\n", message.replace("\\\"", "\"")),
    );
    assert_eq!(ran.requests.len(), 1, "an ambiguous push is not retried");
    // Throttled: nothing was sent, so it is retried, a second later.
    kit.reply([
        Reply::Code(90024),
        ok_with(&format!(r#","TaskId":"{PUSHED}""#)),
    ]);
    // (Another title: the same push again would be refused as a duplicate of the unknown one.)
    let ran = kit.run(&["push", "--tag", "t", "--title", "t2", "--desc", "d"]);
    ran.expect(
        Exit::Success,
        &format!("{PUSHED}\n"),
        &format!("{XIAOMI}timpush: note: pushed to users with all of tags: t, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {PUSHED}\n"),
    );
    assert_eq!(ran.requests.len(), 2);
    assert!(ran.requests[1].at - ran.requests[0].at >= Duration::from_secs(1));
}

#[test]
fn batch_splits_1200_accounts_into_three_paced_calls() {
    let mut kit = Kit::new();
    kit.answer(|_| {
        ok_with(r#","TaskId":"batch_6b11e5c0_53724e00_2cfcfc7de50ba62_80000001_da8b244""#)
    });
    let users: Vec<String> = (0..1200).map(|i| format!("user{i}")).collect();
    let file = kit.file(
        "users.txt",
        &format!("# users\n{}\nuser5\n", users.join("\n")),
    );
    let ran = kit.run(&[
        "batch",
        "--to-file",
        file.to_str().unwrap(),
        "--title",
        "t",
        "--desc",
        "d",
    ]);
    let id = "batch_6b11e5c0_53724e00_2cfcfc7de50ba62_80000001_da8b244\n";
    let i = id.trim();
    ran.expect(
        Exit::Success,
        &id.repeat(3),
        &format!("timpush: note: 1 account(s) given more than once; each is sent once\n{XIAOMI}timpush: note: pushed to 1200 listed accounts: user0, user1, user2 and 1197 more, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {i} --task-id {i} --task-id {i}\ntimpush: note: 3 of 3 call(s) made for 1200 accounts; 0 account(s) in ErrorList\n"),
    );
    assert_eq!(ran.commands(), ["timpush/batch"; 3]);
    let sizes: Vec<usize> = ran
        .requests
        .iter()
        .map(|r| r.body["To_Account"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [500, 500, 200]);
    let sent: Vec<&str> = ran
        .requests
        .iter()
        .flat_map(|r| r.body["To_Account"].as_array().unwrap().iter())
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(sent, users, "every account once, in order");
    for w in ran.requests.windows(2) {
        assert!(w[1].at - w[0].at >= Duration::from_secs(1));
    }
}

#[test]
fn api_calls_any_command_and_exits_by_its_errorcode() {
    let mut kit = Kit::new();
    kit.reply([ok_with(r#","TaskInfo":{"PushTaskID":"abc"}"#)]);
    let ran = kit.run(&[
        "api",
        "v4/timpush/get_sched_task",
        "--data",
        r#"{"Sdkappid":1400000000,"TaskID":42}"#,
        "-o",
        "json",
    ]);
    ran.expect(
        Exit::Success,
        "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"TaskInfo\":{\"PushTaskID\":\"abc\"}}\n",
        "",
    );
    assert_eq!(ran.commands(), ["timpush/get_sched_task"]);
    assert_eq!(
        ran.requests[0].body,
        json!({"Sdkappid": 1400000000, "TaskID": 42})
    );

    let file = kit.file("body.json", r#"{"From": 1}"#);
    kit.reply([Reply::Code(70402)]);
    let ran = kit.run(&[
        "api",
        "/v4/openim/querystate",
        "--data",
        &format!("@{}", file.display()),
    ]);
    // In text, the answer pretty-printed.
    ran.expect(
        Exit::Refused,
        "{\n  \"ActionStatus\": \"FAIL\",\n  \"ErrorInfo\": \"error\",\n  \"ErrorCode\": 70402\n}\n",
        "timpush: error: openim/querystate: ErrorCode 70402 (invalid parameters): service said \"error\"\n  hint: check the values sent (--verbose shows the request)\n",
    );
    assert_eq!(ran.commands(), ["openim/querystate"]);
    assert_eq!(ran.requests[0].body, json!({"From": 1}));

    kit.stdin("{}").reply([Reply::Code(0)]);
    let ran = kit.run(&["api", "timpush/list_sched_task", "--data", "-"]);
    ran.expect(
        Exit::Success,
        "{\n  \"ActionStatus\": \"OK\",\n  \"ErrorInfo\": \"\",\n  \"ErrorCode\": 0\n}\n",
        "",
    );
    assert_eq!(ran.requests[0].body, json!({}));
}

/// A RegistrationID goes where a UserID does (docs/service.md 3): batch sends it as given.
#[test]
fn batch_takes_registration_ids() {
    let mut kit = Kit::new();
    let reg = "379C2F0D-290D-47AE-94D1-919058C39C77";
    kit.reply([ok_with(&format!(r#","TaskId":"batch_{PUSHED}""#))]);
    let ran = kit.run(&[
        "batch", "--to", reg, "--to", "alice", "--title", "T", "--desc", "D",
    ]);
    ran.expect(
        Exit::Success,
        &format!("batch_{PUSHED}\n"),
        &format!("{XIAOMI}timpush: note: pushed to 2 listed accounts: {reg}, alice, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id batch_{PUSHED}\n"),
    );
    assert_eq!(
        ran.requests[0].body["To_Account"],
        serde_json::json!([reg, "alice"])
    );
}

/// `-q` (cron): the result on stdout and errors on stderr, nothing else: no notes, warnings or
/// progress; with -v it is a usage error.
#[test]
fn quiet_says_only_results_and_errors() {
    let mut kit = Kit::new();
    kit.reply([ok_with(&format!(r#","TaskId":"{PUSHED}""#))]);
    kit.run(&["-q", "push", "--tag", "vip", "--title", "T", "--desc", "D"])
        .expect(Exit::Success, &format!("{PUSHED}\n"), "");
    kit.reply([Reply::Code(90045)]);
    kit.run(&["push", "-q", "--tag", "vip", "--title", "U", "--desc", "D"]).expect(
        Exit::Refused,
        "",
        "timpush: error: push: ErrorCode 90045 (the push feature is not enabled): service said \"error\"\n  hint: enable push (timpush) for the app in the Chat console\n",
    );
    let ran = kit.run(&[
        "-q", "-v", "push", "--tag", "vip", "--title", "T", "--desc", "D",
    ]);
    assert_eq!(ran.exit, Exit::Usage);
    assert!(ran.requests.is_empty());
}
