//! When a push goes wrong: the journal and `log`, the refused second push, `stop` in every
//! state of a task, `revoke --last`, and the reach report.

// Some of these tests state Unix paths and run on Unix only; what they alone use is unused
// elsewhere.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

use serde_json::{Value, json};

use crate::error::Exit;
use crate::testkit::{Kit, Reply, START, XIAOMI, task_pushed};

fn ok_with(extra: &str) -> Reply {
    Reply::Json(format!(
        r#"{{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0{extra}}}"#
    ))
}

fn ok(v: Value) -> Reply {
    let mut m = v.as_object().cloned().unwrap_or_default();
    m.insert("ActionStatus".into(), "OK".into());
    m.insert("ErrorInfo".into(), "".into());
    m.insert("ErrorCode".into(), 0.into());
    Reply::Json(Value::Object(m).to_string())
}

const SALE: [&str; 7] = ["push", "--tag", "vip", "--title", "Sale", "--desc", "Today"];

fn pushed(tail: &str) -> String {
    task_pushed(0, tail)
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn every_push_is_journaled_and_log_lists_it() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    kit.run(&SALE).expect(
        Exit::Success,
        &format!("{a}\n"),
        &format!("{XIAOMI}timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {a}\n"),
    );
    let journal = kit.journal();
    // One id for every entry of a run: its start in hex, and a random number.
    let run = journal[0]["run"].as_str().unwrap();
    assert!(
        run.starts_with(&format!("{START:x}-")) && run.len() == 8 + 1 + 16,
        "{run}"
    );
    assert_eq!(
        journal,
        [json!({
            "time": "2026-12-03T12:00:00Z", "unix": START, "profile": "default",
            "sdkappid": 1400000000, "endpoint": "http://127.0.0.1:9", "command": "push",
            "run": run,
            "audience": {"kind": "condition", "condition": {"TagsAnd": ["vip"]}, "text": "users with all of tags: vip"},
            "title": "Sale",
            "fingerprint": journal[0]["fingerprint"].as_str().unwrap(),
            "outcome": "pushed", "TaskId": a, "exit_code": 0,
        })]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &str| {
            std::fs::metadata(kit.home().join(p))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode(".local/state/timpush/journal.db"), 0o600);
        assert_eq!(mode(".local/state/timpush"), 0o700);
    }
    kit.run(&["log"]).expect(
        Exit::Success,
        &format!(
            "TIME (HERE)                PROFILE    COMMAND      OUTCOME          TASK                                                 AUDIENCE                         TITLE\n\
             2026-12-03 12:00:00 +00:00 default    push         pushed           {a}    users with all of tags: vip      Sale\n"
        ),
        "timpush: note: 1 of 1 entries of the journal $HOME/.local/state/timpush/journal.db (default)\n",
    );
    let ran = kit.run(&["log", "-o", "json", "--command", "revoke"]);
    ran.expect(
        Exit::Success,
        "",
        "timpush: note: 0 of 1 entries of the journal $HOME/.local/state/timpush/journal.db (default)\n",
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn an_identical_push_is_refused_within_the_window_and_sent_with_force() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let b = pushed("bbbbbb");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.later(180);
    let ran = kit.run(&SALE);
    ran.expect(
        Exit::Refused,
        "",
        &format!(
            "timpush: error: an identical push was sent 3m ago (2026-12-03 12:00:00 +00:00, {a}, pushed); nothing was sent\n  hint: to recall it: timpush revoke --task-id {a}; to send this one as well, add --force\n"
        ),
    );
    assert!(ran.requests.is_empty(), "nothing reached the service");
    // The same in JSON: one object, kind refused.
    let ran = kit.run(&[&SALE[..], &["-o", "json"]].concat());
    assert_eq!(ran.exit, Exit::Refused);
    let v: Value = serde_json::from_str(ran.stdout.trim()).unwrap();
    assert_eq!(
        (v["error"]["kind"].as_str(), v["exit_code"].as_u64()),
        (Some("refused"), Some(5))
    );
    // Another notification is not a duplicate; --force sends the same one again, and says so.
    kit.reply([ok_with(&format!(r#","TaskId":"{b}""#))]);
    kit.run(&[&SALE[..], &["--force"]].concat()).expect(
        Exit::Success,
        &format!("{b}\n"),
        &format!(
            "timpush: note: an identical push was sent 3m ago (2026-12-03 12:00:00 +00:00, {a}, pushed); sending again, as --force asks\n{XIAOMI}\
             timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\n\
             timpush: note: to recall it: timpush revoke --task-id {b}\n"
        ),
    );
    // Past the window (10 minutes from the last one), it is sent.
    kit.later(180 + 601)
        .reply([ok_with(&format!(r#","TaskId":"{b}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    assert_eq!(kit.journal().len(), 3);
}

#[test]
fn an_idempotency_key_refuses_a_rerun_however_late_and_an_unknown_one_says_how_to_check() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    let keyed = [&SALE[..], &["--idempotency-key", "release-42"]].concat();
    assert_eq!(kit.run(&keyed).exit, Exit::Success);
    kit.later(3 * 86400);
    // Another text, the same key: still the same call in the job's eyes.
    let mut other = keyed.clone();
    other[4] = "Sale!";
    kit.run(&other).expect(
        Exit::Refused,
        "",
        &format!(
            "timpush: error: a push with --idempotency-key release-42 was sent 72h 0m ago (2026-12-03 12:00:00 +00:00, {a}, pushed); nothing was sent\n  hint: to recall it: timpush revoke --task-id {a}; to send this one as well, add --force\n"
        ),
    );
    // A push whose answer was lost: the refusal says how to look, not to send again.
    let mut kit = Kit::new();
    kit.reply([Reply::Lost]);
    assert_eq!(kit.run(&SALE).exit, Exit::Unknown);
    kit.run(&SALE).expect(
        Exit::Refused,
        "",
        "timpush: error: an identical push was sent under a minute ago (2026-12-03 12:00:00 +00:00, unknown); nothing was sent\n  hint: its answer was lost, so it may have gone out: look for it first (the Chat console's push records); if it is not there, add --force\n",
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_journal_that_cannot_be_written_warns_and_the_result_stands() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let blocker = kit.file("not-a-folder", "x");
    let journal = blocker.join("journal.jsonl");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    let ran = kit.run(&[&SALE[..], &["--journal", journal.to_str().unwrap()]].concat());
    assert_eq!(
        (ran.exit, ran.stdout.as_str()),
        (Exit::Success, format!("{a}\n").as_str())
    );
    // Said before the call goes: it is not checked against earlier ones either.
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: warning: the journal could not be used (cannot make its folder $HOME/not-a-folder: it is not a folder); this call is not checked against earlier ones, nor written down\n\
             {XIAOMI}timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {a}\n"
        )
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_ci_job_keeps_its_journal_where_it_says() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let dir = kit.home().join("artifacts");
    let path = dir.join("timpush.jsonl");
    kit.set("TIMPUSH_JOURNAL", path.to_str().unwrap());
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    assert_eq!(kit.journal_at(&path).len(), 1);
    assert!(kit.journal().is_empty(), "not in the default place");
    kit.run(&["log", "--limit", "1"]).expect(
        Exit::Success,
        &format!(
            "TIME (HERE)                PROFILE    COMMAND      OUTCOME          TASK                                                 AUDIENCE                         TITLE\n\
             2026-12-03 12:00:00 +00:00 default    push         pushed           {a}    users with all of tags: vip      Sale\n"
        ),
        "timpush: note: 1 of 1 entries of the journal $HOME/artifacts/timpush.jsonl (variable TIMPUSH_JOURNAL)\n",
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn push_dry_run_counts_the_days_pushes() {
    let mut kit = Kit::new();
    kit.file(
        ".config/timpush/config.toml",
        "[profiles.default]\nsdkappid = 1400000000\nendpoint = \"http://127.0.0.1:9\"\ndaily_push_limit = 2\n",
    );
    let ran = kit.run(&["push", "--tag", "vip", "--title", "T", "--dry-run"]);
    ran.is(snapbox::str![[r#"
exit 0 (Success)
--- stdout
POST http://127.0.0.1:9/v4/timpush/push?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1001&contenttype=json
Content-Type: application/json
{"From_Account":"administrator","OfflinePushInfo":{"Title":"T"},"MsgRandom":1000,"Condition":{"TagsAnd":["vip"]}}
# credential: secret key from variable TIMPUSH_SECRET_KEY
--- stderr
timpush: note: would push to users with all of tags: vip, on app default (1400000000)
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: 0 of 2 pushes today (2026-12-03 UTC) for SDKAppID 1400000000, counted from this machine's journal only
timpush: note: dry run: nothing was sent

"#]]);
    assert!(ran.requests.is_empty());
    kit.reply([ok_with(&format!(r#","TaskId":"{}""#, pushed("aaaaaa")))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    let ran = kit.run(&[
        "push",
        "--tag",
        "vip",
        "--title",
        "T",
        "--dry-run",
        "-o",
        "json",
    ]);
    let v: Value = serde_json::from_str(ran.stdout.trim()).unwrap();
    assert_eq!(
        (v["pushes_today"].as_u64(), v["daily_push_limit"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: note: would push to users with all of tags: vip, on app default (1400000000)\n{XIAOMI}timpush: warning: 1 of 2 pushes today (2026-12-03 UTC) for SDKAppID 1400000000, counted from this machine's journal only: near the daily limit (daily_push_limit)\ntimpush: note: dry run: nothing was sent\n"
        )
    );
}

/// A scheduled task as get_sched_task answers it.
fn sched_task(id: u64, status: &str, push: &str) -> Reply {
    ok(
        json!({"TaskInfo": {"TaskID": id, "Type": "All", "Status": status, "SchedAt": "2026-12-03 13:00:00", "PushTaskID": push,
        "Content": {"OfflinePushInfo": {"Title": "Launch"}}}}),
    )
}

fn statistics(task: &str) -> Reply {
    ok(
        json!({"Results": [{"TaskID": task, "TotalCount": 1000, "SentCount": 950, "DeliveredCount": 900, "ClickCount": 40,
        "PlatformStatistics": [
            {"EventType": 1, "PushPlatform": 1, "TotalCount": 500, "SentCount": 480, "DeliveredCount": 460, "ClickCount": 20},
            {"EventType": 1, "PushPlatform": 2, "TotalCount": 300, "SentCount": 280, "DeliveredCount": 260, "ClickCount": 10},
            {"EventType": 2, "PushPlatform": 0, "TotalCount": 200, "SentCount": 190, "DeliveredCount": 180, "ClickCount": 10}
        ]}]}),
    )
}

const REACH: &str = "timpush: note: reach of {T}: 1000 devices targeted, 950 sent to, 900 delivered\n\
timpush: note:   replaced by the recall: APNs 460 (unless the app was in the foreground)\n\
timpush: note:   still shown on up to 260 Xiaomi devices: these vendors keep a delivered notification; a recall cannot take it back\n\
timpush: note:   online 180: the running app was told of the recall and can remove it\n";

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn stop_cancels_a_pending_task_and_recalls_one_that_went_out() {
    let mut kit = Kit::new();
    let push = pushed("cccccc");
    kit.reply([
        sched_task(1500000001, "pending", ""),
        ok(json!({"TaskID": 1500000001u64})),
        sched_task(1500000002, "dispatched", &push),
        ok(json!({})),
        statistics(&push),
    ]);
    let ran = kit.run(&["stop", "1500000001", "1500000002"]);
    ran.expect(
        Exit::Success,
        &format!("cancelled 1500000001 (it had not gone out)\nrecalled {push} (scheduled task 1500000002 had gone out)\n"),
        &format!(
            "{}timpush: note: 1 cancelled, 1 recalled, 0 failed\n",
            REACH.replace("{T}", &push)
        ),
    );
    assert_eq!(
        ran.commands(),
        [
            "timpush/get_sched_task",
            "timpush/delete_sched_task",
            "timpush/get_sched_task",
            "timpush/revoke",
            "timpush/all_member_push_statistics"
        ]
    );
    assert_eq!(ran.requests[3].body, json!({"TaskId": push}));
    let outcomes: Vec<(Value, Value)> = kit
        .journal()
        .iter()
        .map(|e| (e["command"].clone(), e["outcome"].clone()))
        .collect();
    assert_eq!(
        outcomes,
        [
            (json!("stop"), json!("cancelled")),
            (json!("stop"), json!("revoked"))
        ]
    );
}

/// A delete whose answer was lost and whose repeat finds no task took, as `sched cancel`
/// has it: once a read confirms the task is gone. A task still there is not cancelled.
#[test]
fn stop_after_a_lost_delete_confirms_the_task_is_gone() {
    let gone = || {
        Reply::Json(
            r#"{"ActionStatus":"FAIL","ErrorCode":90104,"ErrorInfo":"task not found"}"#.into(),
        )
    };
    let mut kit = Kit::new();
    kit.reply([
        sched_task(1500000001, "pending", ""),
        Reply::Lost,
        gone(),
        gone(),
    ]);
    let ran = kit.run(&["stop", "1500000001", "--no-report"]);
    ran.is(snapbox::str![[r#"
exit 0 (Success)
--- stdout
cancelled 1500000001 (it had not gone out)
--- stderr

"#]]);
    assert_eq!(
        ran.commands(),
        [
            "timpush/get_sched_task",
            "timpush/delete_sched_task",
            "timpush/delete_sched_task",
            "timpush/get_sched_task"
        ]
    );
    // The repeat says there is no such task, but the read finds it: not cancelled.
    kit.reply([
        sched_task(1500000001, "pending", ""),
        Reply::Lost,
        gone(),
        sched_task(1500000001, "pending", ""),
    ]);
    kit.run(&["stop", "1500000001", "--no-report"])
        .is(snapbox::str![[r#"
exit 5 (Refused)
--- stdout
--- stderr
timpush: error: scheduled task 1500000001: ErrorCode 90104 (request parameter invalid (scheduled tasks)): service said "task not found"
  hint: check the scheduled TaskID (timpush sched list), the task's Type, and times in UTC YYYY-MM-DD HH:MM:SS; an unknown or deleted TaskID may answer this too

"#]]);
}

#[test]
fn stop_waits_for_a_task_being_dispatched_then_recalls_its_push() {
    let mut kit = Kit::new();
    let push = pushed("dddddd");
    kit.reply([
        sched_task(1500000003, "pending", ""),
        Reply::Code(90107),
        sched_task(1500000003, "dispatching", ""),
        sched_task(1500000003, "dispatched", &push),
        ok(json!({})),
        statistics(&push),
    ]);
    let ran = kit.run(&["stop", "1500000003", "-o", "json"]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
    let lines: Vec<Value> = ran
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines[0],
        json!({"kind": "result", "TaskID": 1500000003u64, "TaskId": push, "outcome": "revoked", "attempts": 1,
            "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
            "steps": [
                {"call": "get_sched_task", "Status": "pending", "PushTaskID": ""},
                {"call": "delete_sched_task", "ErrorCode": 90107},
                {"call": "get_sched_task", "Status": "dispatching", "PushTaskID": ""},
                {"call": "get_sched_task", "Status": "dispatched", "PushTaskID": push},
                {"call": "revoke", "TaskId": push, "outcome": "revoked"}
            ],
            "exit_code": 0})
    );
    assert_eq!(lines[1]["report"], "reach");
    assert_eq!(lines[1]["still_shown"], 260);
    assert_eq!(lines.len(), 2);
    assert_eq!(
        ran.stderr,
        "timpush: note: scheduled task 1500000003 is being dispatched; waiting for the push it becomes, to recall it (up to 30 s)\n"
    );
}

#[test]
fn stop_gives_up_on_a_dispatch_that_outlasts_the_deadline() {
    let mut kit = Kit::new();
    kit.answer(|r| match r.command.as_str() {
        "timpush/get_sched_task" => sched_task(1500000004, "dispatching", ""),
        _ => Reply::Code(0),
    });
    let ran = kit.run(&["stop", "1500000004", "--timeout", "5s"]);
    ran.expect(
        Exit::NotApplied,
        "",
        "timpush: note: scheduled task 1500000004 is being dispatched; waiting for the push it becomes, to recall it (up to 5 s)\n\
         timpush: error: scheduled task 1500000004: scheduled task 1500000004 was still being dispatched after 5 s, with no push to recall yet\n  hint: run the same stop again in a moment, or give a longer --timeout; it could not be cancelled (status dispatching)\n",
    );
    assert!(
        ran.commands()
            .iter()
            .all(|c| *c == "timpush/get_sched_task")
    );
}

/// Scheduled-task answers that contradict themselves are protocol problems (exit 7) at once,
/// never waited on or acted on: a dispatched task with no PushTaskID, a PushTaskID given as a
/// number, a pending task that names a push; for `stop` and for `revoke --sched` alike.
#[test]
fn stop_reports_inconsistent_scheduled_answers_for_what_they_are() {
    let hint = crate::client::finished::PROTOCOL_HINT;
    let number = ok(
        json!({"TaskInfo": {"TaskID": 1500000005u64, "Type": "All", "Status": "dispatched", "PushTaskID": 424242}}),
    );
    for (reply, why) in [
        (
            sched_task(1500000005, "dispatched", ""),
            "scheduled task 1500000005 is dispatched but names no PushTaskID",
        ),
        (
            number,
            "scheduled task 1500000005 names a PushTaskID that is a number, not a TaskId's text",
        ),
        (
            sched_task(1500000005, "pending", &pushed("aaaaaa")),
            "scheduled task 1500000005 is pending but names a PushTaskID, as if it had gone out",
        ),
    ] {
        let mut kit = Kit::new();
        kit.reply([reply.clone()]);
        let ran = kit.run(&["stop", "1500000005", "--timeout", "5s"]);
        ran.expect(
            Exit::Unknown,
            "",
            &format!("timpush: error: scheduled task 1500000005: {why}\n  hint: {hint}\n"),
        );
        assert_eq!(ran.commands(), ["timpush/get_sched_task"], "{why}");
        kit.reply([reply]);
        let ran = kit.run(&["revoke", "--sched", "1500000005"]);
        ran.expect(
            Exit::Unknown,
            "",
            &format!("timpush: error: {why}\n  hint: {hint}\n"),
        );
        assert_eq!(ran.commands(), ["timpush/get_sched_task"], "{why}");
    }
}

/// A task read back pending after its delete was refused as already going out (90107) is
/// deleted again; refused twice while it still reads pending, the contradiction is reported.
#[test]
fn stop_deletes_again_a_task_read_back_pending_after_90107() {
    let mut kit = Kit::new();
    kit.reply([
        sched_task(1500000006, "pending", ""),
        Reply::Code(90107),
        sched_task(1500000006, "pending", ""),
        ok(json!({})),
    ]);
    let ran = kit.run(&["stop", "1500000006"]);
    ran.expect(
        Exit::Success,
        "cancelled 1500000006 (it had not gone out)\n",
        "timpush: note: scheduled task 1500000006 is being dispatched; waiting for the push it becomes, to recall it (up to 30 s)\n",
    );
    assert_eq!(
        ran.commands(),
        [
            "timpush/get_sched_task",
            "timpush/delete_sched_task",
            "timpush/get_sched_task",
            "timpush/delete_sched_task"
        ]
    );
    kit.answer(|r| match r.command.as_str() {
        "timpush/get_sched_task" => sched_task(1500000006, "pending", ""),
        _ => Reply::Code(90107),
    });
    let ran = kit.run(&["stop", "1500000006"]);
    ran.expect(
        Exit::Unknown,
        "",
        &format!("timpush: note: scheduled task 1500000006 is being dispatched; waiting for the push it becomes, to recall it (up to 30 s)\n\
timpush: error: scheduled task 1500000006: scheduled task 1500000006 is read back pending, but its delete was refused 2 times as already going out (90107); it may or may not go out\n  hint: {}\n", crate::client::finished::PROTOCOL_HINT),
    );
    assert_eq!(ran.commands().len(), 5, "two deletes, three reads");
}

#[test]
fn stop_recalls_a_push_taskid_and_reports_a_failure_by_its_exit_status() {
    let mut kit = Kit::new();
    let old = task_pushed(25 * 3600, "eeeeee");
    let web = format!("wbat@1_{}", pushed("ffffff"));
    kit.reply([Reply::Code(90052), ok(json!({})), statistics(&web)]);
    let ran = kit.run(&["stop", &old, &web, "--no-report"]);
    ran.is(snapbox::str![[r#"
exit 5 (Refused)
--- stdout
recalled wbat@1_6b1159c0_537ed82a_200000cd7ee17f5_84035729_ffffff
--- stderr
timpush: error: 6b0ffa30_537ed82a_200000cd7ee17f5_84035729_eeeeee: ErrorCode 90052 (recall window (24 hours) has passed): service said "error"
  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 25h 0m ago
timpush: warning: wbat@1_6b1159c0_537ed82a_200000cd7ee17f5_84035729_ffffff is a web push (webbatch); the service documents recall for all-user and tag pushes only; sending it anyway
timpush: note: 0 cancelled, 1 recalled, 1 failed

"#]]);
    assert_eq!(
        ran.commands(),
        ["timpush/revoke", "timpush/revoke"],
        "--no-report reads nothing"
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn revoke_last_recalls_what_the_journal_pushed() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let b = pushed("bbbbbb");
    kit.reply([
        ok_with(&format!(r#","TaskId":"{a}""#)),
        ok_with(&format!(r#","TaskId":"{b}""#)),
    ]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    assert_eq!(
        kit.run(&["push", "--tag", "vip", "--title", "Other"]).exit,
        Exit::Success
    );
    kit.reply([ok(json!({}))]);
    let ran = kit.run(&["revoke", "--last"]);
    ran.expect(
        Exit::Success,
        &format!("recalled {b}\n"),
        &format!("timpush: note: from the journal, 1 push(es) of SDKAppID 1400000000:\n  {b}  2026-12-03 12:00:00 +00:00  Other\n"),
    );
    assert_eq!(ran.requests[0].body, json!({"TaskId": b}));
    // A third push; b, recalled already, is no longer offered.
    let c = pushed("cccccc");
    kit.reply([ok_with(&format!(r#","TaskId":"{c}""#))]);
    assert_eq!(
        kit.run(&["push", "--tag", "vip", "--title", "Third"]).exit,
        Exit::Success
    );
    // Two, with no terminal to ask on: --yes is needed.
    let ran = kit.run(&["recall", "--last", "2"]);
    ran.is(snapbox::str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: note: 1 push(es) of the journal in that time were recalled already; left out
timpush: note: from the journal, 2 push(es) of SDKAppID 1400000000:
  6b1159c0_537ed82a_200000cd7ee17f5_84035729_aaaaaa  2026-12-03 12:00:00 +00:00  Sale
  6b1159c0_537ed82a_200000cd7ee17f5_84035729_cccccc  2026-12-03 12:00:00 +00:00  Third
timpush: error: 2 pushes were picked from the journal; pass --yes to confirm (standard input is not a terminal to ask on)

"#]]);
    assert!(ran.requests.is_empty());
    kit.reply([ok(json!({})), Reply::Code(90050)]);
    let ran = kit.run(&["recall", "--since", "10m", "--yes"]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
    assert_eq!(
        ran.stdout,
        format!("recalled {a}\nrecalled {c} (already recalled)\n")
    );
    // Another app's journal holds none.
    kit.set("TIMPUSH_SDKAPPID", "1400000001");
    kit.run(&["revoke", "--last"]).expect(
        Exit::Refused,
        "",
        "timpush: error: the journal $HOME/.local/state/timpush/journal.db holds no push of SDKAppID 1400000001 at http://127.0.0.1:9 since 2026-12-02 12:00:00 +00:00; nothing was recalled\n  hint: it holds pushes of another app in that time: SDKAppID 1400000000 (this profile, with another SDKAppID then); see where this run's comes from with timpush config show\n",
    );
}

#[test]
fn revoke_report_and_sched_name_where_a_push_came_from() {
    let mut kit = Kit::new();
    let push = pushed("cccccc");
    kit.reply([
        sched_task(1500000009, "dispatched", &push),
        ok(json!({})),
        statistics(&push),
    ]);
    let ran = kit.run(&["revoke", "--sched", "1500000009", "--report", "-o", "json"]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
    let lines: Vec<Value> = ran
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines[0],
        json!({"kind": "result", "TaskID": 1500000009u64, "TaskId": push, "outcome": "revoked", "attempts": 1,
            "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "exit_code": 0})
    );
    assert_eq!(
        lines[1],
        json!({"kind": "reach", "report": "reach", "TaskId": push, "TotalCount": 1000, "SentCount": 950, "DeliveredCount": 900, "still_shown": 260,
        "channels": [
            {"channel": "APNs", "DeliveredCount": 460, "recall": "overwritten"},
            {"channel": "Xiaomi", "DeliveredCount": 260, "recall": "stays"},
            {"channel": "online", "DeliveredCount": 180, "recall": "unknown"}
        ]})
    );
}

/// Statistics whose counts cannot be read (missing, a text, out of range): the reach report
/// says unknown and names them, never "no device still shows it"; the recall stands.
#[test]
fn a_reach_report_of_unreadable_counts_says_unknown() {
    let mut kit = Kit::new();
    let push = pushed("eeeeee");
    kit.reply([
        ok(json!({})),
        ok(json!({"Results": [{"TaskID": push, "TotalCount": 1000, "SentCount": -1, "DeliveredCount": "900",
            "PlatformStatistics": [
                {"EventType": 1, "PushPlatform": 6, "TotalCount": 300},
                {"EventType": 1, "PushPlatform": 3, "DeliveredCount": 18446744073709551616u128}
            ]}]})),
    ]);
    kit.run(&["revoke", "--task-id", &push, "--report"]).expect(
        Exit::Success,
        &format!("recalled {push}\n"),
        &format!("timpush: note: reach of {push}: 1000 devices targeted, unknown sent to, unknown delivered\n\
timpush: note:   replaced by the recall: Huawei unknown (unless the app was in the foreground)\n\
timpush: note:   still shown on up to an unknown number of OPPO devices: these vendors keep a delivered notification; a recall cannot take it back\n\
timpush: note:   could not read (missing, or not a whole number): SentCount, DeliveredCount, OPPO DeliveredCount, Huawei DeliveredCount; these are shown as unknown, never as 0\n"),
    );
}

/// A batch push: its recall is warned of (the pages disagree on whether one can be recalled)
/// and sent; statistics that do not hold it yet, or hold only zeros, are said to be not there
/// yet (a batch push shows once it has reached someone), in stats and in the reach report;
/// another push missing from the answer is still a protocol problem.
#[test]
fn a_fresh_batch_push_is_said_to_have_no_statistics_yet() {
    let mut kit = Kit::new();
    let batch = format!("batch_{}", pushed("bbbbbb"));
    let other = pushed("cccccc");
    let later = "a batch push shows in the statistics only once it has reached someone";
    kit.reply([ok(json!({})), ok(json!({"Results": []}))]);
    let ran = kit.run(&["revoke", "--task-id", &batch, "--report"]);
    ran.expect(
        Exit::Success,
        &format!("recalled {batch}\n"),
        &format!("timpush: warning: {batch} is a batch push; the pages disagree on whether one can be recalled (the revoke page names all-user and tag pushes only, the error page batch pushes too); sending it anyway\n\
timpush: note: no reach report of {batch} yet: {later}; read it later with timpush stats {batch}\n"),
    );
    assert_eq!(
        ran.commands(),
        ["timpush/revoke", "timpush/all_member_push_statistics"]
    );
    let not_yet = format!(
        "no statistics yet for {batch}: a batch push shows in them only once it has reached someone; look again later (timpush trace {batch} --user ACCOUNT follows one account now)"
    );
    for answer in [
        json!({"Results": []}),
        json!({"Results": [{"TaskID": batch, "TotalCount": 0, "SentCount": 0, "DeliveredCount": 0, "ClickCount": 0, "PlatformStatistics": []}]}),
    ] {
        kit.reply([ok(answer.clone())]);
        kit.run(&["stats", &batch]).expect(
            Exit::Success,
            "",
            &format!("timpush: note: {not_yet}\n"),
        );
        kit.reply([ok(answer)]);
        let ran = kit.run(&["stats", &batch, "-o", "json"]);
        assert_eq!(ran.exit, Exit::Success);
        assert_eq!(ran.json_lines()[0]["note"], not_yet.as_str());
        assert_eq!(ran.json_lines()[0]["TaskID"], batch.as_str());
    }
    // Another push left out of the answer is not "not yet": the answer is wrong.
    kit.reply([ok(json!({"Results": []}))]);
    let ran = kit.run(&["stats", &batch, &other]);
    assert_eq!(ran.exit, Exit::Unknown, "{}", ran.stderr);
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: note: {not_yet}\ntimpush: error: statistics of {other}: the answer has nothing for it\n  hint: {}\n",
            crate::client::finished::PROTOCOL_HINT
        )
    );
}

#[test]
fn stats_names_vendors_in_text_and_gives_both_in_json() {
    let mut kit = Kit::new();
    let push = pushed("cccccc");
    kit.reply([statistics(&push), statistics(&push)]);
    let ran = kit.run(&["stats", &push]);
    ran.expect(
        Exit::Success,
        &format!(
            "TASKID / CHANNEL                                         TOTAL      SENT  DELIVERED  CLICKED\n\
             {push:<52}      1000       950        900       40\n\
             {:<52}       500       480        460       20\n\
             {:<52}       300       280        260       10\n\
             {:<52}       200       190        180       10\n",
            "  offline, APNs", "  offline, Xiaomi", "  online"
        ),
        "",
    );
    // On a terminal: the share delivered as a bar on every row, and the funnel.
    kit.reply([statistics(&push)]);
    kit.terminal(crate::run::Stream::Stdout);
    let ran = kit.run(&["stats", &push]);
    ran.expect(
        Exit::Success,
        &format!(
            "TASKID / CHANNEL                                         TOTAL      SENT  DELIVERED  CLICKED\n\
             {push:<52}      1000       950        900       40  ██████████████████··  90% delivered\n\
             {:<52}       500       480        460       20  ██████████████████··  92% delivered\n\
             {:<52}       300       280        260       10  █████████████████···  87% delivered\n\
             {:<52}       200       190        180       10  ██████████████████··  90% delivered\n\
             \x20 targeted 1000 ▸ sent 950 (95%) ▸ delivered 900 (95%) ▸ clicked 40 (4%)\n",
            "  offline, APNs", "  offline, Xiaomi", "  online"
        ),
        "",
    );
    let ran = kit.run(&["stats", &push, "-o", "json"]);
    let v: Value = serde_json::from_str(ran.stdout.trim()).unwrap();
    assert_eq!(v["PlatformStatistics"][1]["PushPlatform"], 2);
    assert_eq!(v["PlatformStatistics"][1]["vendor"], "Xiaomi");
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn batch_and_scheduled_pushes_are_refused_as_duplicates_too() {
    let mut kit = Kit::new();
    let a = format!("batch_{}", pushed("aaaaaa"));
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    let batch = ["batch", "--to", "alice", "--to", "bob", "--title", "T"];
    assert_eq!(kit.run(&batch).exit, Exit::Success);
    // The same accounts in another order are the same audience.
    let ran = kit.run(&["batch", "--to", "bob", "--to", "alice", "--title", "T"]);
    ran.expect(
        Exit::Refused,
        "",
        &format!(
            "timpush: error: an identical batch was sent under a minute ago (2026-12-03 12:00:00 +00:00, {a}, pushed); nothing was sent\n  hint: to recall it: timpush revoke --task-id {a}; to send this one as well, add --force\n"
        ),
    );
    // A scheduled push whose answer was lost: look for it with its title.
    kit.reply([Reply::Lost]);
    let add = [
        "sched", "add", "--at", "1h", "--tag", "vip", "--title", "Launch",
    ];
    assert_eq!(kit.run(&add).exit, Exit::Unknown);
    assert_eq!(
        kit.journal()[1]["SchedAt"],
        "2026-12-03 13:00:00",
        "--at 1h is an hour from now"
    );
    let ran = kit.run(&[
        "--identifier",
        "administrator",
        "sched",
        "add",
        "--at",
        "+2h",
        "--tag",
        "vip",
        "--title",
        "Launch",
    ]);
    ran.expect(
        Exit::Refused,
        "",
        "timpush: error: an identical scheduled push was sent under a minute ago (2026-12-03 12:00:00 +00:00, unknown); nothing was sent\n  hint: its answer was lost, so it may have gone out: look for it first (timpush --identifier administrator sched list --keyword Launch); if it is not there, add --force\n",
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn push_all_is_said_outright_and_every_change_is_journaled() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    let ran = kit.run(&["push", "--all", "--yes", "--title", "Hello"]);
    assert_eq!(ran.exit, Exit::Success);
    assert!(ran.requests[0].body.get("Condition").is_none());
    let conflict = kit.run(&["push", "--all", "--tag", "vip", "--title", "Hello"]);
    assert_eq!(conflict.exit, Exit::Usage);
    // A change through api is journaled; a read is not.
    kit.reply([ok(json!({})), ok(json!({"TaskInfo": {}}))]);
    assert_eq!(
        kit.run(&["api", "v4/openim/some_change", "-d", "{}"]).exit,
        Exit::Success
    );
    assert_eq!(
        kit.run(&["api", "v4/timpush/get_sched_task", "-d", "{}"])
            .exit,
        Exit::Success
    );
    // Edits and cancels of scheduled tasks are journaled with their outcome.
    kit.reply([
        sched_task(1500000005, "pending", ""),
        ok(json!({})),
        sched_task(1500000005, "pending", ""),
        ok(json!({"TaskID": 1500000005u64})),
    ]);
    assert_eq!(
        kit.run(&["sched", "edit", "1500000005", "--title", "New"])
            .exit,
        Exit::Success
    );
    assert_eq!(
        kit.run(&["sched", "cancel", "1500000005"]).exit,
        Exit::Success
    );
    let seen: Vec<(Value, Value)> = kit
        .journal()
        .iter()
        .map(|e| (e["command"].clone(), e["outcome"].clone()))
        .collect();
    assert_eq!(
        seen,
        [
            (json!("push"), json!("pushed")),
            (json!("api"), json!("done")),
            (json!("sched edit"), json!("edited")),
            (json!("sched cancel"), json!("cancelled")),
        ]
    );
    assert_eq!(kit.journal()[1]["api"], "openim/some_change");
    assert_eq!(
        kit.journal()[0]["audience"],
        json!({"kind": "all", "text": "all users"})
    );
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn log_filters_by_time_command_and_the_profile_named() {
    let mut kit = Kit::new();
    kit.file(
        ".config/timpush/config.toml",
        "[profiles.default]\nsdkappid = 1400000000\nendpoint = \"http://127.0.0.1:9\"\n\n[profiles.staging]\nsdkappid = 1400000001\nendpoint = \"http://127.0.0.1:9\"\n",
    );
    kit.unset("TIMPUSH_SDKAPPID");
    let a = pushed("aaaaaa");
    let b = pushed("bbbbbb");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.later(7200)
        .reply([ok_with(&format!(r#","TaskId":"{b}""#)), ok(json!({}))]);
    assert_eq!(
        kit.run(&[&["-p", "staging"][..], &SALE].concat()).exit,
        Exit::Success
    );
    assert_eq!(
        kit.run(&["-p", "staging", "revoke", "--task-id", &b]).exit,
        Exit::Success
    );
    let mut ids = |args: &[&str]| -> Vec<String> {
        let ran = kit.run(args);
        assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
        ran.stdout
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                format!(
                    "{} {}",
                    v["command"].as_str().unwrap(),
                    v["TaskId"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        ids(&["log", "-o", "json"]),
        [
            format!("push {a}"),
            format!("push {b}"),
            format!("revoke {b}")
        ]
    );
    assert_eq!(
        ids(&["log", "-o", "json", "--since", "1h"]),
        [format!("push {b}"), format!("revoke {b}")]
    );
    assert_eq!(
        ids(&["log", "-o", "json", "--command", "push"]),
        [format!("push {a}"), format!("push {b}")]
    );
    assert_eq!(
        ids(&["log", "-o", "json", "-p", "default"]),
        [format!("push {a}")]
    );
    assert_eq!(
        ids(&["log", "-o", "json", "--limit", "1"]),
        [format!("revoke {b}")]
    );
    // The day's count is per app: staging's push is not default's.
    kit.run(&["push", "--tag", "x", "--title", "T", "--dry-run"])
        .is(snapbox::str![[r#"
exit 0 (Success)
--- stdout
POST http://127.0.0.1:9/v4/timpush/push?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1001&contenttype=json
Content-Type: application/json
{"From_Account":"administrator","OfflinePushInfo":{"Title":"T"},"MsgRandom":1000,"Condition":{"TagsAnd":["x"]}}
# credential: secret key from variable TIMPUSH_SECRET_KEY
--- stderr
timpush: note: would push to users with all of tags: x, on app default (1400000000)
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: 1 of 100 pushes today (2026-12-03 UTC) for SDKAppID 1400000000, counted from this machine's journal only
timpush: note: dry run: nothing was sent

"#]]);
}

/// The same push with its tags given in another order is the same push: refused as a
/// duplicate, nothing sent.
#[test]
fn the_order_of_the_tags_does_not_make_another_push() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    let first = kit.run(&[
        "push",
        "--tag",
        "a",
        "--tag",
        "b",
        "--not-tag",
        "x",
        "--title",
        "T",
        "--desc",
        "D",
    ]);
    assert_eq!(first.exit, Exit::Success, "{}", first.stderr);
    let again = kit.run(&[
        "push",
        "--not-tag",
        "x",
        "--tag",
        "b",
        "--tag",
        "a",
        "--desc",
        "D",
        "--title",
        "T",
    ]);
    again.expect(
        Exit::Refused,
        "",
        &format!(
            "timpush: error: an identical push was sent under a minute ago (2026-12-03 12:00:00 +00:00, {a}, pushed); nothing was sent\n  hint: to recall it: timpush revoke --task-id {a}; to send this one as well, add --force\n"
        ),
    );
    assert!(again.requests.is_empty());
}

/// A push recalled since, or a scheduled push cancelled before it went out, is not one a second
/// identical call would repeat: a note names it and the call is made; `revoke --last` does not
/// offer a push recalled already.
#[test]
fn a_push_taken_back_is_no_duplicate_and_is_not_offered_again() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let b = pushed("bbbbbb");
    kit.reply([
        ok_with(&format!(r#","TaskId":"{a}""#)),
        ok(json!({})),
        ok_with(&format!(r#","TaskId":"{b}""#)),
    ]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    assert_eq!(kit.run(&["revoke", "--task-id", &a]).exit, Exit::Success);
    kit.run(&SALE).expect(
        Exit::Success,
        &format!("{b}\n"),
        &format!(
            "timpush: note: the same push was sent at 2026-12-03 12:00:00 +00:00 ({a}) and recalled since; sending this one\n{XIAOMI}timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {b}\n"
        ),
    );
    // --last: the recalled one is left out, the other offered.
    kit.reply([ok(json!({}))]);
    let ran = kit.run(&["revoke", "--last", "5", "--yes"]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
    assert_eq!(ran.requests.len(), 1);
    assert_eq!(ran.requests[0].body["TaskId"], b.as_str());
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: note: 1 push(es) of the journal in that time were recalled already; left out\ntimpush: note: from the journal, 1 push(es) of SDKAppID 1400000000:\n  {b}  2026-12-03 12:00:00 +00:00  Sale\n"
        )
    );
    // A scheduled push cancelled before it went out: scheduling it again is no repeat.
    let launch = [
        "sched", "add", "--at", "+2h", "--tag", "vip", "--title", "Launch", "--desc", "Doors",
    ];
    kit.reply([
        ok(json!({"TaskID": 1500000011u64})),
        sched_task(1500000011, "pending", ""),
        ok(json!({})),
        ok(json!({"TaskID": 1500000012u64})),
    ]);
    assert_eq!(kit.run(&launch).exit, Exit::Success);
    assert_eq!(
        kit.run(&["sched", "cancel", "1500000011"]).exit,
        Exit::Success
    );
    let ran = kit.run(&launch);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
    assert_eq!(ran.stdout, "1500000012\n");
    assert_eq!(
        ran.stderr,
        format!(
            "timpush: note: the same scheduled push was sent at 2026-12-03 12:00:00 +00:00 (1500000011) and cancelled since; sending this one\n{XIAOMI}timpush: note: scheduled a push to users with all of tags: vip, on app default (1400000000)\ntimpush: note: scheduled for 2026-12-03 14:00:00 +00:00 (2026-12-03 14:00:00 UTC); to cancel it before then: timpush sched cancel 1500000012\n"
        )
    );
}

/// A second cancel or stop of a scheduled task cancelled from here (a re-run CI step) finds it
/// done: exit 0 and a note, not a refusal; a task the journal never cancelled still fails.
#[test]
fn a_second_cancel_or_stop_of_a_task_cancelled_here_is_done() {
    let gone = || {
        Reply::Json(
            r#"{"ActionStatus":"FAIL","ErrorCode":90104,"ErrorInfo":"task not found"}"#.into(),
        )
    };
    let mut kit = Kit::new();
    kit.reply([sched_task(1500000021, "pending", ""), ok(json!({}))]);
    kit.run(&["sched", "cancel", "1500000021"])
        .expect(Exit::Success, "cancelled 1500000021\n", "");
    let note = "timpush: note: scheduled task 1500000021 was cancelled already (the journal holds its cancel); nothing more to do\n";
    kit.reply([gone()]);
    kit.run(&["sched", "cancel", "1500000021"]).expect(
        Exit::Success,
        "cancelled 1500000021 (already)\n",
        note,
    );
    kit.reply([gone()]);
    let ran = kit.run(&["sched", "cancel", "1500000021", "-o", "json"]);
    assert_eq!(
        (ran.exit, ran.json_lines()),
        (
            Exit::Success,
            vec![
                json!({"TaskID": 1500000021u64, "outcome": "cancelled", "already": true, "exit_code": 0})
            ]
        )
    );
    kit.reply([gone()]);
    kit.run(&["stop", "1500000021"]).expect(
        Exit::Success,
        "cancelled 1500000021 (it had not gone out)\n",
        note,
    );
    // Never cancelled from here: the service's answer stands.
    kit.reply([gone()]);
    assert_eq!(
        kit.run(&["sched", "cancel", "1500000022"]).exit,
        Exit::Refused
    );
}

/// `revoke --since` reaching past the 24-hour recall window leaves the older pushes out (the
/// service would refuse them, 90052), and says so.
#[test]
fn revoke_since_leaves_out_pushes_past_the_recall_window() {
    let mut kit = Kit::new();
    let old = pushed("aaaaaa");
    // Pushed two days after the first (the TaskId carries its time).
    let new = format!(
        "{:08x}_537ed82a_200000cd7ee17f5_84035729_bbbbbb",
        START + 2 * 86400
    );
    kit.reply([ok_with(&format!(r#","TaskId":"{old}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.later(2 * 86400);
    kit.reply([ok_with(&format!(r#","TaskId":"{new}""#))]);
    assert_eq!(
        kit.run(&["push", "--tag", "vip", "--title", "New"]).exit,
        Exit::Success
    );
    kit.reply([ok(json!({}))]);
    let ran = kit.run(&["revoke", "--since", "3d", "--yes"]);
    ran.expect(
        Exit::Success,
        &format!("recalled {new}\n"),
        &format!("timpush: note: 1 push(es) of the journal in that time are older than the 24-hour recall window; left out\ntimpush: note: from the journal, 1 push(es) of SDKAppID 1400000000:\n  {new}  2026-12-05 12:00:00 +00:00  New\n"),
    );
    assert_eq!(ran.requests.len(), 1);
}

/// A TaskId this journal holds as another app's push is refused before anything is sent, with
/// the profile that pushed it named; the service would answer this app only a generic 90049.
#[test]
fn a_push_of_another_profile_is_recalled_with_that_profile() {
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_SDKAPPID").unset("TIMPUSH_ENDPOINT");
    // Named by the variable, so that the test reads the same on every system.
    let config = kit.file(
        "timpush.toml",
        "default_profile = \"prod\"\n[profiles.prod]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000001\n\n[profiles.staging]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000002\n",
    );
    kit.set("TIMPUSH_CONFIG", config.to_str().unwrap());
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    assert_eq!(
        kit.run(&[
            "-p", "staging", "push", "--tag", "vip", "--title", "T", "--desc", "D"
        ])
        .exit,
        Exit::Success
    );
    let ran = kit.run(&["revoke", "--task-id", &a]);
    ran.expect(
        Exit::Config,
        "",
        &format!("timpush: error: {a} was pushed by SDKAppID 1400000002 (profile staging), not this run's SDKAppID 1400000001; nothing was sent\n  hint: recall it with that app's profile: timpush -p staging revoke --task-id {a}\n"),
    );
    assert!(ran.requests.is_empty());
    // --last under the default profile: none of its own, and the one of staging named. (The
    // hint only: the error's first line names the journal's path, which differs on Windows.)
    let ran = kit.run(&["revoke", "--last"]);
    assert_eq!(ran.exit, Exit::Refused);
    assert!(
        ran.stderr.ends_with(
            "  hint: it holds pushes of another app in that time: SDKAppID 1400000002 (profile staging); pass -p staging to recall those\n"
        ),
        "{}",
        ran.stderr
    );
    kit.reply([ok(json!({}))]);
    kit.run(&["-p", "staging", "revoke", "--task-id", &a])
        .expect(Exit::Success, &format!("recalled {a}\n"), "");
    // Its statistics and one user's trace are read with that profile too, not as zeros here.
    for (args, again) in [
        (vec!["stats", a.as_str()], "stats"),
        (vec!["stats", "--loss", a.as_str()], "stats --loss"),
        (
            vec!["trace", a.as_str(), "--user", "bob"],
            "trace --user bob",
        ),
    ] {
        let ran = kit.run(&args);
        ran.expect(
            Exit::Config,
            "",
            &format!("timpush: error: {a} was pushed by SDKAppID 1400000002 (profile staging), not this run's SDKAppID 1400000001; nothing was read\n  hint: read it with that app's profile: timpush -p staging {again} {a}\n"),
        );
        assert!(ran.requests.is_empty());
    }
    // A TaskId the service has no figures for in this app: said, not a row of zeros.
    let unknown = pushed("cccccc");
    kit.reply([ok(
        json!({"Results": [{"TaskID": unknown, "TotalCount": 0, "SentCount": 0,
        "DeliveredCount": 0, "ClickCount": 0, "PlatformStatistics": []}]}),
    )]);
    kit.run(&["stats", &unknown]).expect(
        Exit::Success,
        "",
        &format!("timpush: note: no figures for {unknown} in app 1400000001: the service has none for this TaskId in the window asked (pushed outside it, by another app, or not at all); the pushes of this machine: timpush log\n"),
    );
}

/// One verb set: revoke takes TaskIds as arguments; stop takes --last, --since and --dry-run
/// as revoke does, picking scheduled pushes too.
#[test]
fn stop_and_revoke_take_the_same_ways_of_naming_pushes() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let b = pushed("bbbbbb");
    kit.reply([ok_with("")]);
    let ran = kit.run(&["revoke", &a]);
    ran.expect(Exit::Success, &format!("recalled {a}\n"), "");
    assert_eq!(ran.requests[0].body["TaskId"], a.as_str());
    // A push and a scheduled push in the journal; stop --last 2 --dry-run says what it would do.
    kit.reply([ok_with(&format!(r#","TaskId":"{b}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.reply([ok(json!({"TaskID": 1500000021u64}))]);
    assert_eq!(
        kit.run(&[
            "sched", "add", "--at", "2h", "--tag", "vip", "--title", "L", "--desc", "D"
        ])
        .exit,
        Exit::Success
    );
    let ran = kit.run(&["stop", "--last", "2", "--dry-run"]);
    assert!(ran.requests.is_empty());
    ran.expect(
        Exit::Success,
        &format!(
            "would stop {b} (a push TaskId: recalled)\n\
             would stop 1500000021 (a scheduled TaskID: cancelled if still pending; if being dispatched, waited for and its push recalled; if gone out, its push recalled)\n"
        ),
        &format!(
            "timpush: note: from the journal, 2 push(es) and scheduled push(es) of SDKAppID 1400000000:\n  {b}  2026-12-03 12:00:00 +00:00  Sale\n  1500000021  2026-12-03 12:00:00 +00:00  L\ntimpush: note: dry run: nothing was sent\n"
        ),
    );
    // Without --yes or a terminal, more than one picked is refused before anything is sent.
    let ran = kit.run(&["stop", "--since", "1h"]);
    assert_eq!(ran.exit, Exit::Usage, "{}", ran.shown());
    assert!(ran.requests.is_empty());
    // --last (one): the scheduled push, cancelled while pending.
    kit.reply([
        ok(json!({"TaskInfo": {"TaskID": 1500000021u64, "Type": "Tag", "Status": "pending", "SchedAt": "2026-12-03 14:00:00", "PushTaskID": ""}})),
        ok_with(""),
    ]);
    let ran = kit.run(&["stop", "--last"]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.shown());
    assert_eq!(
        ran.commands(),
        ["timpush/get_sched_task", "timpush/delete_sched_task"]
    );
    // Now that it is cancelled, --last picks the push.
    kit.reply([ok_with("")]);
    let ran = kit.run(&["stop", "--last", "--no-report"]);
    assert_eq!(ran.commands(), ["timpush/revoke"]);
    assert_eq!(ran.requests[0].body["TaskId"], b.as_str());
}

/// `timpush report`: the day's pushes from the journal, each with its state and how far it got
/// (one statistics call for them all), and the totals; figures not read are unknown, never 0.
#[test]
fn the_report_of_the_day() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    let b = pushed("bbbbbb");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.reply([ok_with(&format!(r#","TaskId":"{b}""#))]);
    assert_eq!(
        kit.run(&["push", "--tag", "beta", "--title", "Oops", "--desc", "D"])
            .exit,
        Exit::Success
    );
    kit.reply([ok_with("")]);
    assert_eq!(kit.run(&["revoke", &b]).exit, Exit::Success);
    kit.reply([ok(json!({"TaskID": 1500000031u64}))]);
    assert_eq!(
        kit.run(&[
            "sched", "add", "--at", "2h", "--all", "--yes", "--title", "Later", "--desc", "D"
        ])
        .exit,
        Exit::Success
    );
    kit.reply([
        ok(json!({"TaskInfo": {"TaskID": 1500000031u64, "Type": "All", "Status": "pending", "SchedAt": "2026-12-03 14:00:00", "PushTaskID": ""}})),
        ok_with(""),
    ]);
    assert_eq!(
        kit.run(&["sched", "cancel", "1500000031"]).exit,
        Exit::Success
    );
    kit.reply([ok(json!({"Results": [
        {"TaskID": a, "TotalCount": 1000, "SentCount": 950, "DeliveredCount": 900, "ClickCount": 45},
        {"TaskID": b, "TotalCount": 200, "SentCount": 190, "DeliveredCount": 150, "ClickCount": 3},
    ]}))]);
    let ran = kit.run(&["report"]);
    assert_eq!(ran.commands(), ["timpush/all_member_push_statistics"]);
    assert_eq!(ran.requests[0].body["TaskID"], json!([a, b]));
    ran.is(snapbox::str![[r#"
exit 0 (Success)
--- stdout
TIME (HERE)                PROFILE    TITLE                AUDIENCE                         STATE       TARGETED        DELIVERED        CLICKED
2026-12-03 12:00:00 +00:00 default    Sale                 users with all of tags: vip      pushed          1000        900 (90%)        45 (5%)
2026-12-03 12:00:00 +00:00 default    Oops                 users with all of tags: beta     recalled         200        150 (75%)         3 (2%)
2026-12-03 12:00:00 +00:00 default    Later                all users                        cancelled          -                -              -
total since today (2026-12-03 UTC): 3 pushes (1 pushed, 1 recalled, 1 cancelled); targeted 1200 → delivered 1050 (88%) → clicked 48 (5%)
--- stderr

"#]]);
    // JSON: one object per push, then the totals.
    kit.reply([ok(json!({"Results": [
        {"TaskID": a, "TotalCount": 1000, "SentCount": 950, "DeliveredCount": 900, "ClickCount": 45},
    ]}))]);
    let ran = kit.run(&["report", "--since", "1h", "-o", "json"]);
    ran.is(snapbox::str![[r#"
exit 7 (Unknown)
--- stdout
{"kind":"push","time":"2026-12-03T12:00:00Z","profile":"default","TaskId":"6b1159c0_537ed82a_200000cd7ee17f5_84035729_aaaaaa","title":"Sale","audience":{"kind":"condition","condition":{"TagsAnd":["vip"]},"text":"users with all of tags: vip"},"state":"pushed","figures":"read","targeted":1000,"delivered":900,"clicked":45}
{"kind":"push","time":"2026-12-03T12:00:00Z","profile":"default","TaskId":"6b1159c0_537ed82a_200000cd7ee17f5_84035729_bbbbbb","title":"Oops","audience":{"kind":"condition","condition":{"TagsAnd":["beta"]},"text":"users with all of tags: beta"},"state":"recalled","figures":"unknown","targeted":null,"delivered":null,"clicked":null}
{"kind":"push","time":"2026-12-03T12:00:00Z","profile":"default","TaskID":1500000031,"title":"Later","audience":{"kind":"all","text":"all users"},"state":"cancelled","figures":"none","targeted":null,"delivered":null,"clicked":null}
{"kind":"total","since":"2026-12-03T11:00:00Z","pushes":3,"states":{"pushed":1,"recalled":1,"cancelled":1},"targeted":1000,"delivered":900,"clicked":45}
--- stderr
timpush: warning: some pushes' figures were not in the statistics' answer; they are shown as unknown

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
/// Tables on a terminal say how long ago (or how far ahead) each time is; piped, the local time
/// alone.
#[test]
fn tables_on_a_terminal_say_how_long_ago() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.later(2 * 3600 + 5 * 60);
    kit.terminal(crate::run::Stream::Stdout);
    kit.run(&["log"]).expect(
        Exit::Success,
        &format!(
            "TIME (HERE)                            PROFILE    COMMAND      OUTCOME          TASK                                                 AUDIENCE                         TITLE\n\
             2026-12-03 12:00:00 +00:00 (2h 5m ago) default    push         pushed           {a}    users with all of tags: vip      Sale\n"
        ),
        "timpush: note: 1 of 1 entries of the journal $HOME/.local/state/timpush/journal.db (default)\n",
    );
    let ran = kit.run(&["log"]);
    assert!(
        ran.stdout.contains("\n2026-12-03 12:00:00 +00:00 default"),
        "{}",
        ran.stdout
    );
}

/// On a terminal narrower than a table, its free-text columns (audience, title) are shortened
/// in the middle, never a TaskId; --wide, or a pipe, shows every cell whole.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn tables_fit_the_terminal_without_cutting_a_task_id() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok_with(&format!(r#","TaskId":"{a}""#))]);
    let title = "A very long title that says everything about the sale of the year";
    assert_eq!(
        kit.run(&[
            "push",
            "--tag",
            "vip",
            "--tag",
            "spring-buyers",
            "--title",
            title,
            "--desc",
            "D"
        ])
        .exit,
        Exit::Success
    );
    kit.set("COLUMNS", "180")
        .terminal(crate::run::Stream::Stdout);
    let ran = kit.run(&["log"]);
    let row = ran.stdout.lines().nth(1).unwrap().to_string();
    assert!(row.contains(&a), "{row}");
    assert!(
        row.chars().count() <= 180,
        "{} > 180: {row}",
        row.chars().count()
    );
    assert!(row.contains('…'), "{row}");
    assert_eq!(
        row,
        format!(
            "2026-12-03 12:00:00 +00:00 (now) default    push         pushed           {a}    users with a…spring-buyers A very long …e of the year"
        )
    );
    // --wide: whole.
    kit.terminal(crate::run::Stream::Stdout);
    let ran = kit.run(&["log", "--wide"]);
    assert!(ran.stdout.contains(title), "{}", ran.stdout);
    // Piped: whole.
    let ran = kit.run(&["log"]);
    assert!(ran.stdout.contains(title), "{}", ran.stdout);
    assert!(!ran.stdout.contains('…'));
}
