//! Answers checked against the question, for every command that reads: a hostile server that
//! answers for other tasks, leaves tasks out, sends entries that are not objects, or pages
//! without end, is reported, never shown as data or acted on. And the JSON `kind` of every
//! failure, suggested commands that keep the profile, and one failure that drops nothing else.

use crate::common::*;
use serde_json::{Value, json};

fn ok(extra: Value) -> Reply {
    let mut v = json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""});
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    Reply::Json(v.to_string())
}

fn id(n: u32) -> String {
    let base = task();
    format!("{}_{n:06x}", &base[..base.rfind('_').unwrap()])
}

const PROTOCOL_HINT: &str = "the answer is not of the documented shape; check the endpoint";

/// The JSON line of an answer of the wrong shape about `subject` (the keys before `outcome`).
fn unknown(subject: &str, message: &str) -> String {
    let message = Value::from(message).to_string();
    format!(
        "{{{subject}\"outcome\":\"unknown\",\"attempts\":1,\"error\":{{\"kind\":\"protocol\",\"message\":{message}}},\"hint\":\"{PROTOCOL_HINT}\",\"exit_code\":7}}\n"
    )
}

fn unknown_json(subject: Value, message: &str) -> Value {
    let mut v = subject;
    v["outcome"] = "unknown".into();
    v["attempts"] = 1.into();
    v["error"] = json!({"kind": "protocol", "message": message});
    v["hint"] = PROTOCOL_HINT.into();
    v["exit_code"] = 7.into();
    v
}

#[test]
fn stats_reports_tasks_left_out_foreign_figures_and_entries_that_are_not_objects() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let (a, b, c) = (id(1), id(2), id(3));
    // Nothing for either task.
    server.push([ok(json!({"Results": []}))]);
    env.run(&["stats", &a, &b]).expect(
        7,
        "",
        &format!("timpush: error: statistics of {a} {b}: the answer has nothing for it\n  hint: {PROTOCOL_HINT}\n"),
    );
    // Figures for a task that was not asked for, and none for the one that was.
    server.push([ok(json!({"Results": [{"TaskID": c, "TotalCount": 5}]}))]);
    env.run(&["stats", &a, "-o", "json"]).expect(
        7,
        &format!(
            "{}{}",
            unknown("", &format!("the answer holds figures for TaskID \"{c}\", which was not asked for")),
            unknown(&format!("\"TaskID\":\"{a}\","), "the answer has nothing for it")
        ),
        &format!(
            "timpush: error: statistics of {a}: the answer holds figures for TaskID \"{c}\", which was not asked for\n  hint: {PROTOCOL_HINT}\ntimpush: error: statistics of {a}: the answer has nothing for it\n  hint: {PROTOCOL_HINT}\n"
        ),
    );
    // Entries that are not objects are never printed as results; the real one is.
    server.push([ok(
        json!({"Results": [1, null, {"TaskID": a, "TotalCount": 5}]}),
    )]);
    let run = env.run(&["stats", &a, "-o", "json"]);
    assert_eq!(run.code, 7, "{run:?}");
    assert_eq!(
        run.json_lines(),
        vec![
            json!({"TaskID": a, "TotalCount": 5}),
            unknown_json(
                json!({}),
                "the answer holds an entry that is not an object (1)"
            ),
            unknown_json(
                json!({}),
                "the answer holds an entry that is not an object (null)"
            ),
        ]
    );
    assert_eq!(
        run.stderr,
        format!(
            "timpush: error: statistics of {a}: the answer holds an entry that is not an object (1)\n  hint: {PROTOCOL_HINT}\ntimpush: error: statistics of {a}: the answer holds an entry that is not an object (null)\n  hint: {PROTOCOL_HINT}\n"
        )
    );
}

/// An edit or a cancel acts on the task it asked about: an answer about another task stops it
/// before anything is changed.
#[test]
fn sched_edit_and_cancel_never_act_on_another_task() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let other = ok(
        json!({"TaskInfo": {"TaskID": 999, "Type": "Tag", "Status": "pending", "PushTaskID": ""}}),
    );
    let msg = "get_sched_task was asked for task 1 but answered with task 999; nothing was changed";
    server.push([other.clone()]);
    env.run(&["sched", "edit", "1", "--title", "New"]).expect(
        7,
        "",
        &format!("timpush: error: scheduled task 1: {msg}\n  hint: {PROTOCOL_HINT}\n"),
    );
    server.push([other]);
    let run = env.run(&["sched", "cancel", "1", "-o", "json"]);
    assert_eq!(
        (run.code, run.json_lines()),
        (7, vec![unknown_json(json!({"TaskID": 1}), msg)])
    );
    let sent: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.path.split('?').next().unwrap().to_string())
        .collect();
    assert_eq!(
        sent,
        vec!["/v4/timpush/get_sched_task"; 2],
        "no modify, no delete"
    );
}

#[test]
fn trace_in_json_reports_an_answer_without_instance_trace() {
    let server = Server::http();
    let env = Env::for_server(&server);
    server.push([ok(json!({}))]);
    let a = id(1);
    env.run(&["trace", &a, "--user", "u1", "-o", "json"]).expect(
        7,
        &unknown(
            &format!("\"TaskID\":\"{a}\","),
            "all_member_push_trace answered OK without InstanceTrace",
        ),
        &format!("timpush: error: trace of {a}: all_member_push_trace answered OK without InstanceTrace\n  hint: {PROTOCOL_HINT}\n"),
    );
}

/// A service that ignores Offset, with a Total never reached, is asked twice, not forever: what
/// came is listed, and the listing says it is incomplete.
#[test]
fn sched_list_stops_when_a_page_brings_nothing_new() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let page = ok(json!({"Total": 1000, "Tasks": [
        {"TaskID": 7, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": "A"}
    ]}));
    server.set_default(page);
    let run = env.run(&["sched", "list", "-o", "json"]);
    assert_eq!(run.code, 7, "{run:?}");
    assert_eq!(
        server.requests().len(),
        2,
        "one page, and one that brought nothing new"
    );
    assert_eq!(
        run.json_lines(),
        vec![
            json!({"TaskID": 7, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": "A"}),
            unknown_json(
                json!({}),
                "list_sched_task said Total 1000 but listed 1 task(s): a page at Offset 1 brought no task not listed already; the list below may be incomplete"
            ),
        ]
    );
    assert!(
        run.stderr.ends_with("timpush: error: sched list: list_sched_task said Total 1000 but listed 1 task(s): a page at Offset 1 brought no task not listed already; the list below may be incomplete\n  hint: the answer is not of the documented shape; check the endpoint\n"),
        "{}",
        run.stderr
    );
}

/// Failures that concern no task result carry the kind of their exit status, never
/// `internal`; and a scheduled task that cannot be recalled drops no other task.
#[test]
fn refusals_say_their_kind_and_drop_nothing_else() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let dispatched = ok(
        json!({"TaskInfo": {"TaskID": 5, "Type": "Tag", "Status": "dispatched", "PushTaskID": id(9)}}),
    );
    server.push([dispatched]);
    let run = env.run(&["sched", "edit", "5", "--title", "New", "-o", "json"]);
    assert_eq!(run.code, 5, "{run:?}");
    assert_eq!(run.json_lines()[0]["error"]["kind"], "refused");
    // revoke --task-id A --sched 6: task 6 has not gone out, A is recalled all the same.
    let pending = ok(
        json!({"TaskInfo": {"TaskID": 6, "Type": "Tag", "Status": "pending", "PushTaskID": ""}}),
    );
    server.push([pending, Reply::Code(0)]);
    let a = id(1);
    let run = env.run(&["revoke", "--task-id", &a, "--sched", "6", "-o", "json"]);
    assert_eq!(run.code, 5, "{run:?}");
    let hint = "cancel it instead, before it goes out: timpush sched cancel 6";
    assert_eq!(
        run.json_lines(),
        vec![
            json!({"TaskID": 6, "outcome": "failed", "attempts": 0, "error": {"kind": "refused", "message": "scheduled task 6 has not gone out yet (status pending): there is no push to recall"}, "hint": hint, "exit_code": 5}),
            json!({"TaskId": a, "outcome": "revoked", "attempts": 1, "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "exit_code": 0}),
        ]
    );
    let recalls: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/v4/timpush/revoke"))
        .collect();
    assert_eq!(recalls.len(), 1);
    assert_eq!(recalls[0].json()["TaskId"], a.as_str());
}

/// After `-p staging …`, every command timpush suggests carries `--profile staging`.
#[test]
fn suggested_commands_keep_the_profile() {
    let server = Server::http();
    let env = Env::new();
    env.write_config(&format!(
        "[profiles.staging]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key = \"{SENTINEL_KEY}\"\n",
        server.base
    ));
    let at = crate::sig::now() + 10 * 24 * 3600;
    server.push([ok(json!({"TaskID": 42}))]);
    let run = env.run(&[
        "-p",
        "staging",
        "sched",
        "add",
        "--at",
        &at.to_string(),
        "--tag",
        "vip",
        "--title",
        "T",
        "--desc",
        "D",
    ]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "42\n"), "{run:?}");
    assert!(
        run.stderr
            .ends_with("; to cancel it before then: timpush --profile staging sched cancel 42\n"),
        "{}",
        run.stderr
    );
    let gone = ok(
        json!({"TaskInfo": {"TaskID": 42, "Type": "Tag", "Status": "dispatched", "PushTaskID": id(3)}}),
    );
    server.push([gone]);
    let run = env.run(&["-p", "staging", "sched", "cancel", "42"]);
    assert_eq!(run.code, 5);
    assert!(
        run.stderr.ends_with(&format!("  hint: recall the push it became ({}) with: timpush --profile staging revoke --sched 42\n", id(3))),
        "{}",
        run.stderr
    );
    let pending = ok(
        json!({"TaskInfo": {"TaskID": 43, "Type": "Tag", "Status": "pending", "PushTaskID": ""}}),
    );
    server.push([pending]);
    let run = env.run(&["-p", "staging", "revoke", "--sched", "43"]);
    assert_eq!(run.code, 5);
    assert!(
        run.stderr.ends_with("  hint: cancel it instead, before it goes out: timpush --profile staging sched cancel 43\n"),
        "{}",
        run.stderr
    );
    run.assert_no_secrets(&[SENTINEL_KEY]);
}
