//! Scheduled pushes and reports as the service receives them: UTC times, the documented
//! bodies, paging, cancels that never act on a task gone out, a lost answer never repeated
//! where a repeat would create a second push, and reads repeated where they are safe.

use serde_json::{Value, json};
use std::time::Duration;

use crate::error::Exit;
use crate::testkit::{Kit, Reply, START, XIAOMI, task_pushed};
use crate::timefmt::wire_utc;

fn ok(extra: Value) -> Reply {
    let mut v = json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""});
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    Reply::Json(v.to_string())
}

fn info(id: u64, status: &str, push: &str) -> Reply {
    ok(
        json!({"TaskInfo": {"TaskID": id, "Sdkappid": 1400000000, "Type": "Tag", "Status": status,
        "SchedAt": "2030-01-01 00:00:00", "CreateAt": "2029-12-01 00:00:00", "Title": "Launch", "Desc": "d",
        "Content": {"From_Account": "administrator", "MsgRandom": 7, "OfflinePushInfo": {"Title": "Launch", "Desc": "d"}},
        "DispatchSuccess": 0, "DispatchErr": "", "PushTaskID": push}}),
    )
}

fn task() -> String {
    task_pushed(60, "bc614e")
}

/// `t` as RFC 3339 in a zone `minutes` east of UTC.
fn rfc3339(t: i64, minutes: i64) -> String {
    let local = wire_utc(t + minutes * 60).replace(' ', "T");
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{local}{sign}{:02}:{:02}", m / 60, m % 60)
}

#[test]
fn sched_add_sends_utc_times_and_the_documented_body() {
    let at = START as i64 + 10 * 86400;
    for given in [
        rfc3339(at, 8 * 60),
        rfc3339(at, -4 * 60),
        rfc3339(at, -5 * 60),
        rfc3339(at, 0).replace("+00:00", "Z"),
        at.to_string(),
        "10d".to_string(),
        "+240h".to_string(),
    ] {
        let mut kit = Kit::new();
        kit.reply([ok(json!({"TaskID": 1500002417u64}))]);
        let ran = kit.run(&[
            "sched",
            "add",
            "--at",
            &given,
            "--tag",
            "vip",
            "--any-tag",
            "beta",
            "--title",
            "T",
            "--desc",
            "D",
            "--ext",
            "{\"k\":1}",
        ]);
        ran.expect(
            Exit::Success,
            "1500002417\n",
            &format!("{XIAOMI}timpush: note: scheduled a push to users with all of tags: vip and any of tags: beta, on app default (1400000000)\ntimpush: note: scheduled for 2026-12-13 12:00:00 +00:00 (2026-12-13 12:00:00 UTC); to cancel it before then: timpush sched cancel 1500002417\n"),
        );
        assert_eq!(ran.commands(), ["timpush/add_sched_task"], "{given}");
        assert_eq!(
            ran.requests[0].body,
            json!({"Sdkappid": 1400000000, "Type": "Tag", "SchedAt": "2026-12-13 12:00:00",
                "Content": {"From_Account": "administrator",
                    "OfflinePushInfo": {"Title": "T", "Desc": "D", "Ext": "{\"k\":1}"},
                    "Condition": {"TagsAnd": ["vip"], "TagsOr": ["beta"]}}}),
            "{given}"
        );
    }
}

#[test]
fn a_lost_answer_to_sched_add_is_never_repeated() {
    let mut kit = Kit::new();
    kit.reply([Reply::Lost]);
    let ran = kit.run(&[
        "sched",
        "add",
        "--at",
        "1h",
        "--tag",
        "a",
        "--title",
        "Launch day",
        "--desc",
        "D",
        "-o",
        "json",
    ]);
    assert_eq!(ran.exit, Exit::Unknown, "{ran:?}");
    assert_eq!(ran.requests.len(), 1);
    let hint = "the scheduled push may have been created: do not schedule it again blindly; look for it first: timpush sched list --keyword 'Launch day'";
    assert_eq!(
        ran.json_lines(),
        [json!({"Type": "Tag", "SchedAt": "2026-12-03 13:00:00",
            "audience": {"kind": "condition", "condition": {"TagsAnd": ["a"]}, "text": "users with all of tags: a"},
            "outcome": "unknown", "attempts": 1,
            "error": {"kind": "connection_closed", "message": "the connection closed before an answer (gave up after 1 attempt; not repeated, since the call may have been applied)"},
            "hint": hint, "exit_code": 7})]
    );
}

#[test]
fn sched_list_pages_through_every_result() {
    let mut kit = Kit::new();
    let task = |id: u64| json!({"TaskID": id, "Sdkappid": 1400000000, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": format!("t{id}")});
    kit.reply([
        ok(json!({"Total": 5, "Tasks": [task(1), task(2)]})),
        ok(json!({"Total": 5, "Tasks": [task(3), task(4)]})),
        ok(json!({"Total": 5, "Tasks": [task(5)]})),
    ]);
    let ran = kit.run(&[
        "sched",
        "list",
        "--keyword",
        "t",
        "--order",
        "created",
        "--asc",
        "-o",
        "json",
    ]);
    assert_eq!(ran.exit, Exit::Success, "{ran:?}");
    // Each as the service answered it, with whom it goes to.
    let listed = |id: u64| {
        let mut t = task(id);
        t["audience"] = json!({"kind": "all", "text": "all users"});
        t
    };
    assert_eq!(ran.json_lines(), (1..=5).map(listed).collect::<Vec<_>>());
    let offsets: Vec<&Value> = ran.requests.iter().map(|q| &q.body["Offset"]).collect();
    assert_eq!(offsets, [0, 2, 4]);
    assert_eq!(
        ran.requests[0].body,
        json!({"Sdkappid": 1400000000, "Offset": 0, "Want": 100, "OrderBy": "createat", "Asc": true,
            "BeginTime": "2026-11-26 12:00:00", "EndTime": "2027-01-02 12:00:00", "Keyword": "t"})
    );
    // --limit stops early and asks for no more than it needs.
    kit.reply([ok(json!({"Total": 5, "Tasks": [task(1), task(2)]}))]);
    let ran = kit.run(&["sched", "list", "--limit", "2"]);
    assert_eq!(ran.requests[0].body["Want"], 2);
    ran.expect(
        Exit::Success,
        "ID           STATUS       SCHEDULED (HERE)            SCHEDULED (UTC)      TYPE  AUDIENCE                         TITLE\n\
         1            pending      2030-01-01 00:00:00 +00:00  2030-01-01 00:00:00  All   all users                        t1\n\
         2            pending      2030-01-01 00:00:00 +00:00  2030-01-01 00:00:00  All   all users                        t2\n",
        "timpush: note: 2 of 5 scheduled task(s) from 2026-11-26 12:00:00 +00:00 (2026-11-26 12:00:00 UTC) to 2027-01-02 12:00:00 +00:00 (2027-01-02 12:00:00 UTC)\n",
    );
}

#[test]
fn cancel_refuses_a_task_that_went_out_and_names_revoke_sched() {
    let mut kit = Kit::new();
    kit.reply([info(77, "dispatching", "")]);
    let ran = kit.run(&["sched", "cancel", "77"]);
    ran.expect(
        Exit::Refused,
        "",
        "timpush: error: scheduled task 77 is dispatching, no longer pending: it cannot be cancelled\n  hint: once it has gone out, recall it with: timpush revoke --sched 77\n",
    );
    assert_eq!(
        ran.commands(),
        ["timpush/get_sched_task"],
        "no delete was sent"
    );
    // Pending: the delete carries the task's Type.
    kit.reply([info(78, "pending", ""), ok(json!({"TaskID": 78}))]);
    let ran = kit.run(&["sched", "cancel", "78"]);
    ran.expect(Exit::Success, "cancelled 78\n", "");
    assert_eq!(
        ran.commands(),
        ["timpush/get_sched_task", "timpush/delete_sched_task"]
    );
    assert_eq!(
        ran.requests[1].body,
        json!({"Sdkappid": 1400000000, "TaskID": 78, "Type": "Tag"})
    );
}

#[test]
fn a_task_gone_after_a_lost_delete_counts_as_cancelled() {
    let mut kit = Kit::new();
    let gone = Reply::Json(
        r#"{"ActionStatus":"FAIL","ErrorCode":90104,"ErrorInfo":"task not found","TaskID":0}"#
            .into(),
    );
    kit.reply([info(79, "pending", ""), Reply::Lost, gone.clone(), gone]);
    let ran = kit.run(&["sched", "cancel", "79", "--timeout", "10"]);
    ran.expect(
        Exit::Success,
        "cancelled 79 (confirmed after a lost answer)\n",
        "",
    );
    assert_eq!(
        ran.commands(),
        [
            "timpush/get_sched_task",
            "timpush/delete_sched_task",
            "timpush/delete_sched_task",
            "timpush/get_sched_task"
        ]
    );
}

#[test]
fn revoke_sched_recalls_the_push_the_task_became() {
    let mut kit = Kit::new();
    let push = task();
    kit.reply([info(80, "dispatched", &push), Reply::Code(0)]);
    let ran = kit.run(&[
        "revoke",
        "--sched",
        "80",
        "--title",
        "Correction",
        "--desc",
        "Ignore it",
    ]);
    ran.expect(Exit::Success, &format!("recalled {push}\n"), "");
    assert_eq!(
        ran.requests[0].body,
        json!({"Sdkappid": 1400000000, "TaskID": 80})
    );
    assert_eq!(ran.commands(), ["timpush/get_sched_task", "timpush/revoke"]);
    assert_eq!(
        ran.requests[1].body,
        json!({"TaskId": push, "OfflinePushInfo": {"Title": "Correction", "Desc": "Ignore it"}})
    );
    kit.reply([info(81, "pending", "")]);
    let ran = kit.run(&["revoke", "--sched", "81"]);
    ran.expect(
        Exit::Refused,
        "",
        "timpush: error: scheduled task 81 has not gone out yet (status pending): there is no push to recall\n  hint: cancel it instead, before it goes out: timpush sched cancel 81\n",
    );
    assert_eq!(ran.commands(), ["timpush/get_sched_task"]);
}

#[test]
fn stats_split_long_task_id_lists_and_check_the_window() {
    let mut kit = Kit::new();
    let ids: Vec<String> = (0..7)
        .map(|i| task_pushed(60, &format!("{i:06x}")))
        .collect();
    let result = |id: &str| {
        json!({"TaskID": id, "TotalCount": 10, "SentCount": 9, "DeliveredCount": 8, "ClickCount": 1,
        "PlatformStatistics": [{"EventType": 1, "PushPlatform": 2, "TotalCount": 10, "SentCount": 9, "DeliveredCount": 8, "ClickCount": 1}]})
    };
    kit.reply([
        ok(json!({"Results": ids[..5].iter().map(|i| result(i)).collect::<Vec<_>>()})),
        ok(json!({"Results": ids[5..].iter().map(|i| result(i)).collect::<Vec<_>>()})),
    ]);
    let mut args = vec!["stats", "--since", "48h", "-o", "json"];
    args.extend(ids.iter().map(String::as_str));
    let ran = kit.run(&args);
    assert_eq!(ran.exit, Exit::Success, "{ran:?}");
    assert_eq!(ran.json_lines().len(), 7);
    assert_eq!(
        ran.json_lines()[0]["PlatformStatistics"][0]["vendor"],
        "Xiaomi"
    );
    assert_eq!(ran.requests.len(), 2);
    let now = START as i64;
    assert_eq!(
        ran.requests[0].body,
        json!({"StartTime": now - 48 * 3600, "EndTime": now, "TaskID": ids[..5]})
    );
    assert_eq!(ran.requests[1].body["TaskID"], json!(ids[5..]));
    assert!(
        ran.requests[1].at - ran.requests[0].at >= Duration::from_secs(1),
        "one call a second"
    );
    let t = task();
    for (args, says) in [
        (
            vec!["stats", "--since", "40d"],
            "timpush: error: statistics cover at most the last 30 days: the window 2026-10-24 12:00:00 +00:00 (2026-10-24 12:00:00 UTC) to 2026-12-03 12:00:00 +00:00 (2026-12-03 12:00:00 UTC) reaches past that\n  hint: give --since within 30d, e.g. --since 30d\n",
        ),
        (
            vec!["stats", "--loss", "--since", "8d", &t],
            "timpush: error: loss cover at most the last 7 days: the window 2026-11-25 12:00:00 +00:00 (2026-11-25 12:00:00 UTC) to 2026-12-03 12:00:00 +00:00 (2026-12-03 12:00:00 UTC) reaches past that\n  hint: give --since within 7d, e.g. --since 7d\n",
        ),
        (
            vec!["stats", "--since", "soon"],
            "timpush: error: --since: \"soon\" is neither a time (RFC 3339 with a zone, unix seconds, or in the local zone: today, yesterday 18:00, 09:00, 2026-12-09 or 2026-12-09 09:00) nor a duration such as 24h or 7d\n",
        ),
        (
            vec!["stats", "bad id"],
            "timpush: error: TASKID: the TaskId holds white space; give one TaskId at a time\n",
        ),
    ] {
        let ran = kit.run(&args);
        ran.expect(Exit::Usage, "", says);
        assert!(ran.requests.is_empty());
    }
}

#[test]
fn trace_and_loss_send_the_documented_bodies() {
    let mut kit = Kit::new();
    let t = task();
    kit.reply([
        ok(json!({"InstanceTrace": [{"InstanceId": "1", "System": "Android", "SystemVersion": "14", "EventType": 1, "PushPlatform": 2,
            "PushTime": "2026-11-29 08:00:00",
            "IMCommitStat": {"IMStat": {"PushStatus": 1, "ErrorCode": 0, "ErrorInfo": "success", "EventTime": "2026-11-29 08:00:01"}},
            "OfflinePushStat": {"DeviceStat": {"PushStatus": 1, "ErrorCode": 0, "ErrorInfo": "success", "EventTime": "2026-11-29 08:00:02"}}}]})),
        ok(json!({"Results": [{"TaskID": t, "ReadyToSendLoss": [{"ErrCode": "-2", "ErrCount": 12, "ErrInfo": "token not uploaded"}],
            "PostSendDeliveredLoss": [], "PlatformReadyToSendLoss": [{"EventType": 1, "PushPlatform": 6, "ErrCode": "-2", "ErrCount": 12, "ErrInfo": "token not uploaded"}], "PlatformPostSendDeliveredLoss": []}]})),
    ]);
    let ran = kit.run(&["trace", &t, "--user", "alice"]);
    ran.expect(
        Exit::Success,
        "device 1 (Android 14, offline, Xiaomi), pushed 2026-11-29 08:00:00 +00:00 (2026-11-29 08:00:00 UTC)\n\
         \x20 accepted     2026-11-29 08:00:01 +00:00 (2026-11-29 08:00:01 UTC) status 1 code 0: success\n\
         \x20 reached      2026-11-29 08:00:02 +00:00 (2026-11-29 08:00:02 UTC) status 1 code 0: success\n",
        "",
    );
    assert_eq!(
        ran.requests[0].body,
        json!({"TaskID": t, "UserID": "alice"})
    );
    let ran = kit.run(&["stats", "--loss", &t]);
    ran.expect(
        Exit::Success,
        &format!("{t}\n  not sent: 12 device(s), code -2: token not uploaded\n  not sent (offline, OPPO): 12 device(s), code -2: token not uploaded\n"),
        "",
    );
    let now = START as i64;
    assert_eq!(
        ran.requests[0].body,
        json!({"StartTime": now - 7 * 86400, "EndTime": now, "TaskID": [t]})
    );
    // On a terminal: channels as rows, reasons as columns, each reason spelled out below.
    kit.reply([ok(
        json!({"Results": [{"TaskID": t, "ReadyToSendLoss": [{"ErrCode": "-2", "ErrCount": 12, "ErrInfo": "token not uploaded"}],
            "PostSendDeliveredLoss": [], "PlatformReadyToSendLoss": [{"EventType": 1, "PushPlatform": 6, "ErrCode": "-2", "ErrCount": 12, "ErrInfo": "token not uploaded"}], "PlatformPostSendDeliveredLoss": []}]}),
    )]);
    kit.terminal(crate::run::Stream::Stdout);
    let ran = kit.run(&["stats", "--loss", &t]);
    ran.expect(
        Exit::Success,
        &format!(
            "{t}\n  CHANNEL             R1\n  all channels        12\n  offline, OPPO       12\n  R1: not sent, code -2: token not uploaded\n"
        ),
        "",
    );
}

#[test]
fn reads_are_repeated_after_a_lost_answer() {
    let mut kit = Kit::new();
    let t = task();
    kit.reply([
        Reply::Lost,
        ok(json!({"Results": [{"TaskID": t, "TotalCount": 1, "SentCount": 1, "DeliveredCount": 1, "ClickCount": 0}]})),
        Reply::Lost,
        info(90, "pending", ""),
    ]);
    let ran = kit.run(&["stats", &t, "-o", "json"]);
    ran.expect(
        Exit::Success,
        &format!("{{\"TaskID\":\"{t}\",\"TotalCount\":1,\"SentCount\":1,\"DeliveredCount\":1,\"ClickCount\":0}}\n"),
        "",
    );
    assert_eq!(ran.requests.len(), 2);
    let ran = kit.run(&["sched", "show", "90", "-o", "json"]);
    assert_eq!(ran.exit, Exit::Success, "{ran:?}");
    assert_eq!(ran.json_lines()[0]["TaskID"], 90);
    assert_eq!(ran.requests.len(), 2);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
/// Whom a push goes to is said wherever one is made, previewed or listed: in words, and in
/// JSON as an object.
#[test]
fn the_audience_is_stated_where_people_look() {
    let mut kit = Kit::new();
    kit.file(
        ".config/timpush/config.toml",
        "[profiles.staging]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000002\n",
    );
    kit.unset("TIMPUSH_SDKAPPID");
    // A preview of a push to attributes, before anything is sent.
    let ran = kit.run(&[
        "-p",
        "staging",
        "push",
        "--attr",
        "plan=gold",
        "--attr",
        "city=Paris",
        "--title",
        "T",
        "--desc",
        "D",
        "--dry-run",
        "-o",
        "json",
    ]);
    assert!(ran.requests.is_empty());
    let v: Value = serde_json::from_str(ran.stdout.trim()).unwrap();
    assert_eq!(
        v["audience"],
        json!({"kind": "condition", "condition": {"AttrsAnd": {"plan": "gold", "city": "Paris"}},
            "text": "users with all of attributes: plan=gold, city=Paris"})
    );
    assert!(ran.stderr.starts_with(
        "timpush: note: would push to users with all of attributes: plan=gold, city=Paris, on app staging (1400000002)\n"
    ), "{}", ran.stderr);
    // sched add --dry-run: the request, whom and when, nothing sent.
    let ran = kit.run(&[
        "-p",
        "staging",
        "sched",
        "add",
        "--at",
        "2h",
        "--tag",
        "c",
        "--any-tag",
        "a",
        "--any-tag",
        "b",
        "--title",
        "T",
        "--desc",
        "D",
        "--dry-run",
    ]);
    assert!(ran.requests.is_empty());
    assert_eq!(ran.exit, Exit::Success, "{}", ran.shown());
    assert!(
        ran.stdout
            .starts_with("POST http://127.0.0.1:9/v4/timpush/add_sched_task?usersig=(redacted)"),
        "{}",
        ran.stdout
    );
    assert!(ran.stderr.contains(
        "timpush: note: would schedule a push to users with all of tags: c and any of tags: a, b for 2026-12-03 14:00:00 +00:00 (2026-12-03 14:00:00 UTC), on app staging (1400000002)\n"
    ), "{}", ran.stderr);
    assert!(
        ran.stderr
            .ends_with("timpush: note: dry run: nothing was sent\n")
    );
    // sched show and sched list read it from the task's Content.
    let task = json!({"TaskID": 9, "Sdkappid": 1400000002, "Type": "User", "Status": "pending",
        "SchedAt": "2030-01-01 00:00:00", "Title": "Hi",
        "Content": {"To_Account": ["ann", "bo", "cy", "di"], "OfflinePushInfo": {"Title": "Hi"}}});
    kit.reply([ok(json!({"TaskInfo": task}))]);
    let ran = kit.run(&["-p", "staging", "sched", "show", "9"]);
    assert!(
        ran.stdout.starts_with(
            "(audience)       4 listed accounts: ann, bo, cy and 1 more\nTaskID           9\n"
        ),
        "{}",
        ran.stdout
    );
    kit.reply([ok(json!({"Total": 1, "Tasks": [task]}))]);
    let ran = kit.run(&["-p", "staging", "sched", "list"]);
    assert_eq!(
        ran.stdout,
        "ID           STATUS       SCHEDULED (HERE)            SCHEDULED (UTC)      TYPE  AUDIENCE                                  TITLE\n\
         9            pending      2030-01-01 00:00:00 +00:00  2030-01-01 00:00:00  User  4 listed accounts: ann, bo, cy and 1 more Hi\n"
    );
}

/// A scheduled push to listed accounts takes RegistrationIDs (36 characters) beside UserIDs.
#[test]
fn sched_add_to_takes_registration_ids() {
    let mut kit = Kit::new();
    let reg = "379C2F0D-290D-47AE-94D1-919058C39C77";
    kit.reply([ok(json!({"TaskID": 1500000041u64}))]);
    let ran = kit.run(&[
        "sched", "add", "--at", "2h", "--to", reg, "--to", "alice", "--title", "T", "--desc", "D",
    ]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.shown());
    assert_eq!(
        ran.requests[0].body["Content"]["To_Account"],
        json!([reg, "alice"])
    );
    // One character more is neither kind, and nothing is sent.
    let ran = kit.run(&[
        "sched",
        "add",
        "--at",
        "2h",
        "--to",
        &format!("{reg}0"),
        "--title",
        "T",
        "--desc",
        "D",
    ]);
    assert_eq!(ran.exit, Exit::Usage, "{}", ran.shown());
    assert!(ran.requests.is_empty());
}

/// `sched add --at "2026-12-04 09:00" … --dry-run`: its first line says the time back as `first`.
#[track_caller]
fn said_back(kit: &mut Kit, first: &str) {
    let ran = kit.run(&[
        "sched",
        "add",
        "--at",
        "2026-12-04 09:00",
        "--tag",
        "vip",
        "--title",
        "T",
        "--desc",
        "D",
        "--dry-run",
    ]);
    assert!(ran.stderr.starts_with(first), "{}", ran.stderr);
}

/// The local zone is the `tz` setting's (the variable over the profile's key), else `TZ`:
/// times as people write them are read there and said back in both zones before anything is
/// sent, a time written with `Z` is said back in the local zone too, and the quota's UTC day and
/// the report's local day are named the same way.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn the_local_zone_is_the_tz_setting_and_days_are_named_alike() {
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_SDKAPPID");
    kit.set("TZ", "America/New_York");
    kit.file(
        ".config/timpush/config.toml",
        "[profiles.default]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000000\ntz = \"Asia/Singapore\"\n",
    );
    // 12:00 UTC is 20:00 in Singapore: tomorrow there is the 4th.
    kit.reply([ok(json!({"TaskID": 1500000031u64}))]);
    let ran = kit.run(&[
        "sched",
        "add",
        "--at",
        "tomorrow 09:00",
        "--tag",
        "vip",
        "--title",
        "T",
        "--desc",
        "D",
    ]);
    ran.expect(
        Exit::Success,
        "1500000031\n",
        &format!("timpush: note: --at \"tomorrow 09:00\" is read in Asia/Singapore (the tz setting): 2026-12-04 09:00:00 +08:00 (2026-12-04 01:00:00 UTC)\n{XIAOMI}timpush: note: scheduled a push to users with all of tags: vip, on app default (1400000000)\ntimpush: note: scheduled for 2026-12-04 09:00:00 +08:00 (2026-12-04 01:00:00 UTC); to cancel it before then: timpush sched cancel 1500000031\n"),
    );
    assert_eq!(ran.requests[0].body["SchedAt"], "2026-12-04 01:00:00");
    // A UTC time meant as 09:00 here is said back as the 17:00 it is here, before it is sent.
    kit.reply([ok(json!({"TaskID": 1500000032u64}))]);
    let ran = kit.run(&[
        "sched",
        "add",
        "--at",
        "2026-12-08T09:00:00Z",
        "--tag",
        "vip",
        "--title",
        "T2",
        "--desc",
        "D",
    ]);
    assert_eq!(ran.exit, Exit::Success);
    assert!(
        ran.stderr.starts_with("timpush: note: --at \"2026-12-08T09:00:00Z\" is 2026-12-08 17:00:00 +08:00 (2026-12-08 09:00:00 UTC) in Asia/Singapore (the tz setting)\n"),
        "{}",
        ran.stderr
    );
    // TIMPUSH_TZ wins over the profile's key; a day named in the local zone follows it.
    kit.set("TIMPUSH_TZ", "America/New_York");
    said_back(
        &mut kit,
        "timpush: note: --at \"2026-12-04 09:00\" is read in America/New_York (the tz setting): 2026-12-04 09:00:00 -05:00 (2026-12-04 14:00:00 UTC)\n",
    );
    kit.unset("TIMPUSH_TZ");
    // The quota's day is the service's (UTC), named with where it starts here.
    let ran = kit.run(&[
        "push",
        "--tag",
        "vip",
        "--title",
        "T",
        "--desc",
        "D",
        "--dry-run",
    ]);
    assert!(
        ran.stderr.contains("timpush: note: 0 of 100 pushes today (2026-12-03 UTC, from 2026-12-03 08:00 Asia/Singapore) for SDKAppID 1400000000, counted from this machine's journal only\n"),
        "{}",
        ran.stderr
    );
    // The report's day is the local one, named the same way.
    let ran = kit.run(&["report", "--since", "today"]);
    ran.expect(
        Exit::Success,
        "TIME (HERE)                PROFILE    TITLE                AUDIENCE                         STATE       TARGETED        DELIVERED        CLICKED\n2026-12-03 20:00:00 +08:00 default    T                    users with all of tags: vip      scheduled          -                -              -\n2026-12-03 20:00:00 +08:00 default    T2                   users with all of tags: vip      scheduled          -                -              -\ntotal since today (2026-12-03 Asia/Singapore, from 2026-12-02 16:00 UTC): 2 pushes (2 scheduled); targeted 0 → delivered 0 → clicked 0\n",
        "",
    );
    // `config set tz` takes a zone and refuses what is not one, naming what to write.
    let ran = kit.run(&["config", "set", "tz", "Nowhere/At_All"]);
    ran.expect(Exit::Usage, "", "timpush: error: tz: \"Nowhere/At_All\" is not a time zone this machine knows: write an IANA name such as Asia/Singapore or Europe/Berlin, UTC, or an offset such as +08:00\n");
    let ran = kit.run(&["config", "set", "tz", "Europe/Berlin"]);
    ran.expect(
        Exit::Success,
        "",
        "timpush: note: set tz of profile \"default\" in $HOME/.config/timpush/config.toml\n",
    );
    let text = std::fs::read_to_string(kit.home().join(".config/timpush/config.toml")).unwrap();
    assert!(text.contains("tz = \"Europe/Berlin\""), "{text}");
}

/// A zone that is not one is refused with where it was given and what to write instead; the
/// `TZ` variable's POSIX rules and the zone database's names are read as the system reads them.
#[test]
fn a_zone_that_is_not_one_is_refused_where_it_was_given() {
    let mut kit = Kit::new();
    kit.set("TIMPUSH_TZ", "Mars/Olympus_Mons");
    kit.run(&["push", "--tag", "vip", "--title", "T", "--desc", "D"]).expect(
        Exit::Config,
        "",
        "timpush: error: variable TIMPUSH_TZ: \"Mars/Olympus_Mons\" is not a time zone this machine knows: write an IANA name such as Asia/Singapore or Europe/Berlin, UTC, or an offset such as +08:00\n  hint: fix or unset TIMPUSH_TZ\n",
    );
    // An offset is a zone, and a POSIX rule in TZ is read as the system reads it.
    kit.unset("TIMPUSH_TZ");
    kit.set("TZ", "IST-5:30");
    said_back(
        &mut kit,
        "timpush: note: --at \"2026-12-04 09:00\" is read in IST-5:30 (variable TZ): 2026-12-04 09:00:00 +05:30 (2026-12-04 03:30:00 UTC)\n",
    );
    kit.set("TIMPUSH_TZ", "-03:00");
    said_back(
        &mut kit,
        "timpush: note: --at \"2026-12-04 09:00\" is read in -03:00 (the tz setting): 2026-12-04 09:00:00 -03:00 (2026-12-04 12:00:00 UTC)\n",
    );
}
