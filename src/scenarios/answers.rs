//! Answers checked against the question, for every command that reads: a hostile service that
//! answers for other tasks, leaves tasks out, sends entries that are not objects, or pages
//! without end, is reported, never shown as data or acted on. And the JSON `kind` of every
//! failure, suggested commands that keep the profile, and one failure that drops nothing else.

// Some of these tests state Unix paths and run on Unix only; what they alone use is unused
// elsewhere.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

use serde_json::{Value, json};

use crate::error::Exit;
use crate::testkit::{Kit, Reply, XIAOMI, task_pushed};

fn ok(extra: Value) -> Reply {
    let mut v = json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""});
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    Reply::Json(v.to_string())
}

fn id(n: u32) -> String {
    task_pushed(60, &format!("{n:06x}"))
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
    let mut kit = Kit::new();
    let (a, b, c) = (id(1), id(2), id(3));
    // Nothing for either task.
    kit.reply([ok(json!({"Results": []}))]);
    kit.run(&["stats", &a, &b]).expect(
        Exit::Unknown,
        "",
        &format!("timpush: error: statistics of {a} {b}: the answer has nothing for it\n  hint: {PROTOCOL_HINT}\n"),
    );
    // Figures for a task that was not asked for, and none for the one that was.
    kit.reply([ok(json!({"Results": [{"TaskID": c, "TotalCount": 5}]}))]);
    kit.run(&["stats", &a, "-o", "json"]).expect(
        Exit::Unknown,
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
    kit.reply([ok(
        json!({"Results": [1, null, {"TaskID": a, "TotalCount": 5}]}),
    )]);
    let ran = kit.run(&["stats", &a, "-o", "json"]);
    assert_eq!(ran.exit, Exit::Unknown, "{ran:?}");
    assert_eq!(
        ran.json_lines(),
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
        ran.stderr,
        format!(
            "timpush: error: statistics of {a}: the answer holds an entry that is not an object (1)\n  hint: {PROTOCOL_HINT}\ntimpush: error: statistics of {a}: the answer holds an entry that is not an object (null)\n  hint: {PROTOCOL_HINT}\n"
        )
    );
}

/// An edit or a cancel acts on the task it asked about: an answer about another task stops it
/// before anything is changed.
#[test]
fn sched_edit_and_cancel_never_act_on_another_task() {
    let mut kit = Kit::new();
    let other = ok(
        json!({"TaskInfo": {"TaskID": 999, "Type": "Tag", "Status": "pending", "PushTaskID": ""}}),
    );
    let msg = "get_sched_task was asked for task 1 but answered with task 999; nothing was changed";
    kit.reply([other.clone()]);
    let ran = kit.run(&["sched", "edit", "1", "--title", "New"]);
    ran.expect(
        Exit::Unknown,
        "",
        &format!("timpush: error: scheduled task 1: {msg}\n  hint: {PROTOCOL_HINT}\n"),
    );
    assert_eq!(ran.commands(), ["timpush/get_sched_task"], "no modify");
    kit.reply([other]);
    let ran = kit.run(&["sched", "cancel", "1", "-o", "json"]);
    assert_eq!(
        (ran.exit, ran.json_lines()),
        (Exit::Unknown, vec![unknown_json(json!({"TaskID": 1}), msg)])
    );
    assert_eq!(ran.commands(), ["timpush/get_sched_task"], "no delete");
}

#[test]
fn trace_in_json_reports_an_answer_without_instance_trace() {
    let mut kit = Kit::new();
    kit.reply([ok(json!({}))]);
    let a = id(1);
    kit.run(&["trace", &a, "--user", "u1", "-o", "json"]).expect(
        Exit::Unknown,
        &unknown(
            &format!("\"TaskID\":\"{a}\","),
            "all_member_push_trace answered OK without InstanceTrace",
        ),
        &format!("timpush: error: trace of {a}: all_member_push_trace answered OK without InstanceTrace\n  hint: {PROTOCOL_HINT}\n"),
    );
}

/// Elements of InstanceTrace that are not objects are no device's trace: the devices that are
/// objects are shown, the others are named by their place and kind (never repeated), and the
/// run ends as a protocol problem, in text and in JSON.
#[test]
fn trace_reports_elements_that_are_not_a_devices_trace() {
    let mut kit = Kit::new();
    let device = json!({"InstanceId": "9", "System": "iOS", "SystemVersion": "17", "EventType": 2, "PushPlatform": 0,
        "PushTime": "2026-11-29 08:00:00"});
    let answer = ok(json!({"InstanceTrace": [7, device, null, "\u{1b}[2Jforged", [1], true]}));
    let a = id(3);
    let msg = "all_member_push_trace listed 5 element(s) of InstanceTrace that are not a device's trace (an object), at 1 (a number), 3 (null), 4 (a string), 5 (an array), 6 (a boolean)";
    kit.reply([answer.clone()]);
    kit.run(&["trace", &a, "--user", "u1"]).expect(
        Exit::Unknown,
        "device 9 (iOS 17, online), pushed 2026-11-29 08:00:00 +00:00 (2026-11-29 08:00:00 UTC)\n",
        &format!("timpush: error: trace of {a}: {msg}\n  hint: {PROTOCOL_HINT}\n"),
    );
    kit.reply([answer]);
    let ran = kit.run(&["trace", &a, "--user", "u1", "-o", "json"]);
    assert_eq!(ran.exit, Exit::Unknown);
    let lines = ran.json_lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["InstanceId"], "9");
    assert_eq!(lines[1], unknown_json(json!({"TaskID": a}), msg));
}

/// A service that ignores Offset, with a Total never reached, is asked twice, not forever: what
/// came is listed, and the listing says it is incomplete.
#[test]
fn sched_list_stops_when_a_page_brings_nothing_new() {
    let mut kit = Kit::new();
    let page = json!({"Total": 1000, "Tasks": [
        {"TaskID": 7, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": "A"}
    ]});
    kit.answer(move |_| ok(page.clone()));
    let ran = kit.run(&["sched", "list", "-o", "json"]);
    let why = "list_sched_task said Total 1000 but listed 1 task(s): a page at Offset 1 brought no task not listed already; the list below may be incomplete";
    assert_eq!(ran.exit, Exit::Unknown, "{ran:?}");
    assert_eq!(
        ran.requests.len(),
        2,
        "one page, and one that brought nothing new"
    );
    assert_eq!(
        ran.json_lines(),
        vec![
            json!({"TaskID": 7, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": "A", "audience": {"kind": "all", "text": "all users"}}),
            unknown_json(json!({}), why),
        ]
    );
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: note: 1 of 1000 scheduled task(s) from 2026-11-26 12:00:00 +00:00 (2026-11-26 12:00:00 UTC) to 2027-01-02 12:00:00 +00:00 (2027-01-02 12:00:00 UTC)\ntimpush: error: sched list: {why}\n  hint: {PROTOCOL_HINT}\n"
        )
    );
}

/// A service that brings one fresh task with every page and a Total it never reaches is read
/// for at most 100 pages (10,000 tasks at 100 a page, more than 37 days of the largest daily
/// quota), not for as long as it goes on: what came is listed, with a warning that says why.
#[test]
fn sched_list_reads_at_most_a_bounded_number_of_pages() {
    let mut kit = Kit::new();
    kit.answer(move |req| {
        let offset = req.body["Offset"].as_u64().unwrap();
        ok(json!({"Total": 5_000_000, "Tasks": [
            {"TaskID": 1000 + offset, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": "A"}
        ]}))
    });
    let ran = kit.run(&["sched", "list", "-o", "json"]);
    let why = "list_sched_task said Total 5000000 but listed 100 task(s): 100 pages were read, the most one listing reads; narrow it with --since, --until or --keyword; the list below may be incomplete";
    assert_eq!(ran.exit, Exit::Unknown, "{:?}", ran.stderr);
    assert_eq!(ran.requests.len(), 100);
    let lines = ran.json_lines();
    assert_eq!(lines.len(), 101);
    assert_eq!(lines[99]["TaskID"], 1099);
    assert_eq!(lines[100], unknown_json(json!({}), why));
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: note: 100 of 5000000 scheduled task(s) from 2026-11-26 12:00:00 +00:00 (2026-11-26 12:00:00 UTC) to 2027-01-02 12:00:00 +00:00 (2027-01-02 12:00:00 UTC)\ntimpush: error: sched list: {why}\n  hint: {PROTOCOL_HINT}\n"
        )
    );
}

/// Failures that concern no task result carry the kind of their exit status, never
/// `internal`; and a scheduled task that cannot be recalled drops no other task.
#[test]
fn refusals_say_their_kind_and_drop_nothing_else() {
    let mut kit = Kit::new();
    let dispatched = ok(
        json!({"TaskInfo": {"TaskID": 5, "Type": "Tag", "Status": "dispatched", "PushTaskID": id(9)}}),
    );
    kit.reply([dispatched]);
    let ran = kit.run(&["sched", "edit", "5", "--title", "New", "-o", "json"]);
    assert_eq!(ran.exit, Exit::Refused, "{ran:?}");
    assert_eq!(ran.json_lines()[0]["error"]["kind"], "refused");
    // revoke --task-id A --sched 6: task 6 has not gone out, A is recalled all the same.
    let pending = ok(
        json!({"TaskInfo": {"TaskID": 6, "Type": "Tag", "Status": "pending", "PushTaskID": ""}}),
    );
    kit.reply([pending, Reply::Code(0)]);
    let a = id(1);
    let ran = kit.run(&["revoke", "--task-id", &a, "--sched", "6", "-o", "json"]);
    assert_eq!(ran.exit, Exit::Refused, "{ran:?}");
    let hint = "cancel it instead, before it goes out: timpush sched cancel 6";
    assert_eq!(
        ran.json_lines(),
        vec![
            json!({"TaskID": 6, "outcome": "failed", "attempts": 0, "error": {"kind": "refused", "message": "scheduled task 6 has not gone out yet (status pending): there is no push to recall"}, "hint": hint, "exit_code": 5}),
            json!({"TaskId": a, "outcome": "revoked", "attempts": 1, "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "exit_code": 0}),
        ]
    );
    assert_eq!(ran.commands(), ["timpush/get_sched_task", "timpush/revoke"]);
    assert_eq!(ran.requests[1].body["TaskId"], a.as_str());
}

/// After `-p staging …`, every command timpush suggests carries `--profile staging`.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn suggested_commands_keep_the_profile() {
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_SDKAPPID");
    kit.file(
        ".config/timpush/config.toml",
        "[profiles.staging]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000000\n",
    );
    kit.reply([ok(json!({"TaskID": 42}))]);
    let ran = kit.run(&[
        "-p", "staging", "sched", "add", "--at", "10d", "--tag", "vip", "--title", "T", "--desc",
        "D",
    ]);
    ran.expect(
        Exit::Success,
        "42\n",
        &format!("{XIAOMI}timpush: note: scheduled a push to users with all of tags: vip, on app staging (1400000000)\ntimpush: note: scheduled for 2026-12-13 12:00:00 +00:00 (2026-12-13 12:00:00 UTC); to cancel it before then: timpush --profile staging sched cancel 42\n"),
    );
    let gone = ok(
        json!({"TaskInfo": {"TaskID": 42, "Type": "Tag", "Status": "dispatched", "PushTaskID": id(3)}}),
    );
    kit.reply([gone]);
    kit.run(&["-p", "staging", "sched", "cancel", "42"]).expect(
        Exit::Refused,
        "",
        &format!("timpush: error: scheduled task 42 is dispatched, no longer pending: it cannot be cancelled\n  hint: recall the push it became ({}) with: timpush --profile staging revoke --sched 42\n", id(3)),
    );
    let pending = ok(
        json!({"TaskInfo": {"TaskID": 43, "Type": "Tag", "Status": "pending", "PushTaskID": ""}}),
    );
    kit.reply([pending]);
    kit.run(&["-p", "staging", "revoke", "--sched", "43"]).expect(
        Exit::Refused,
        "",
        "timpush: error: scheduled task 43 has not gone out yet (status pending): there is no push to recall\n  hint: cancel it instead, before it goes out: timpush --profile staging sched cancel 43\n",
    );
}
