//! Scheduled pushes and reports: the wire format against a recording server, and the whole flow
//! against the emulator.

use crate::common::*;
use crate::sig::{now, rfc3339, wire_utc};
use serde_json::{Value, json};
use std::time::Duration;

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

fn run(env: &Env, args: &[&str]) -> Run {
    let r = env.run(args);
    r.assert_no_secrets(&[SENTINEL_KEY]);
    r
}

#[test]
fn sched_add_sends_utc_times_and_the_documented_body() {
    let at = (now() / 60 + 10 * 24 * 60) * 60;
    for (given, _) in [
        (rfc3339(at, 8 * 60), "+08:00"),
        (rfc3339(at, -4 * 60), "-04:00 (summer time in New York)"),
        (rfc3339(at, -5 * 60), "-05:00 (winter time in New York)"),
        (rfc3339(at, 0).replace("+00:00", "Z"), "Z"),
        (at.to_string(), "unix seconds"),
    ] {
        let server = Server::http();
        server.push([ok(json!({"TaskID": 1500002417u64}))]);
        let env = Env::for_server(&server);
        let r = run(
            &env,
            &[
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
            ],
        );
        assert_eq!(
            (r.code, r.stdout.as_str()),
            (0, "1500002417\n"),
            "{given}: {r:?}"
        );
        let req = &server.requests()[0];
        assert_eq!(
            req.path.split('?').next(),
            Some("/v4/timpush/add_sched_task")
        );
        assert_eq!(
            req.json(),
            json!({"Sdkappid": 1400000000, "Type": "Tag", "SchedAt": wire_utc(at),
                "Content": {"From_Account": "administrator",
                    "OfflinePushInfo": {"Title": "T", "Desc": "D", "Ext": "{\"k\":1}"},
                    "Condition": {"TagsAnd": ["vip"], "TagsOr": ["beta"]}}}),
            "{given}"
        );
    }
}

#[test]
fn sched_add_audiences_and_limits_are_checked_before_sending() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let at = rfc3339(now() + 3600, 0);
    server.push([ok(json!({"TaskID": 1u64})), ok(json!({"TaskID": 2u64}))]);
    assert_eq!(
        run(
            &env,
            &[
                "sched", "add", "--at", &at, "--to", "a", "--to", "b", "--title", "T", "--desc",
                "D"
            ]
        )
        .code,
        0
    );
    assert_eq!(server.requests()[0].json()["Type"], "User");
    assert_eq!(
        server.requests()[0].json()["Content"]["To_Account"],
        json!(["a", "b"])
    );
    assert_eq!(
        run(
            &env,
            &[
                "sched", "add", "--at", &at, "--all", "--yes", "--title", "T2", "--desc", "D"
            ]
        )
        .code,
        0
    );
    let all = server.requests()[1].json();
    assert_eq!(all["Type"], "All");
    assert!(
        all["Content"].get("Condition").is_none() && all["Content"].get("To_Account").is_none()
    );

    let many: Vec<String> = (0..501).map(|i| format!("--to=u{i}")).collect();
    let mut args = vec!["sched", "add", "--at", &at, "--title", "T", "--desc", "D"];
    args.extend(many.iter().map(String::as_str));
    let past = rfc3339(now() - 60, 0);
    for (args, says) in [
        (
            args,
            "501 accounts given; a scheduled push to listed users takes at most 500",
        ),
        (
            vec![
                "sched", "add", "--at", &at, "--all", "--title", "T", "--desc", "D",
            ],
            "goes to ALL users; pass --yes",
        ),
        (
            vec![
                "sched", "add", "--at", &past, "--tag", "a", "--title", "T", "--desc", "D",
            ],
            "is in the past; nothing was scheduled",
        ),
        (
            vec![
                "sched",
                "add",
                "--at",
                "2030-01-01T09:00:00",
                "--tag",
                "a",
                "--title",
                "T",
            ],
            "the zone is needed",
        ),
        (
            vec![
                "sched", "add", "--at", &at, "--tag", "a", "--to", "u", "--title", "T",
            ],
            "give one audience",
        ),
        (
            vec!["sched", "add", "--at", &at, "--title", "T"],
            "who is it for?",
        ),
    ] {
        let r = run(&env, &args);
        assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{says}: {r:?}");
        assert!(r.stderr.contains(says), "{says}: {}", r.stderr);
    }
    assert_eq!(server.requests().len(), 2, "nothing more was sent");
}

#[test]
fn a_lost_answer_to_sched_add_is_never_repeated() {
    let server = Server::http();
    server.push([Reply::Drop]);
    let env = Env::for_server(&server);
    let at = rfc3339(now() + 3600, 0);
    let r = run(
        &env,
        &[
            "sched",
            "add",
            "--at",
            &at,
            "--tag",
            "a",
            "--title",
            "Launch day",
            "--desc",
            "D",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 7, "{r:?}");
    assert_eq!(server.requests().len(), 1);
    let line = &r.json_lines()[0];
    assert_eq!(line["outcome"], "unknown");
    assert_eq!(line["exit_code"], 7);
    assert!(
        line["hint"]
            .as_str()
            .unwrap()
            .ends_with("timpush sched list --keyword 'Launch day'"),
        "{line}"
    );
}

#[test]
fn sched_list_pages_through_every_result() {
    let server = Server::http();
    let task = |id: u64| json!({"TaskID": id, "Sdkappid": 1400000000, "Type": "All", "Status": "pending", "SchedAt": "2030-01-01 00:00:00", "Title": format!("t{id}")});
    server.push([
        ok(json!({"Total": 5, "Tasks": [task(1), task(2)]})),
        ok(json!({"Total": 5, "Tasks": [task(3), task(4)]})),
        ok(json!({"Total": 5, "Tasks": [task(5)]})),
    ]);
    let env = Env::for_server(&server);
    let r = run(
        &env,
        &[
            "sched",
            "list",
            "--keyword",
            "t",
            "--order",
            "created",
            "--asc",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let ids: Vec<u64> = r
        .json_lines()
        .iter()
        .map(|l| l["TaskID"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);
    let reqs = server.requests();
    let offsets: Vec<u64> = reqs
        .iter()
        .map(|q| q.json()["Offset"].as_u64().unwrap())
        .collect();
    assert_eq!(offsets, vec![0, 2, 4]);
    let first = reqs[0].json();
    assert_eq!(first["OrderBy"], "createat");
    assert_eq!(first["Asc"], true);
    assert_eq!(first["Keyword"], "t");
    assert_eq!(first["Want"], 100);
    for k in ["BeginTime", "EndTime"] {
        let t = first[k].as_str().unwrap();
        assert_eq!(t.len(), 19, "{k}: {t}");
    }
    // --limit stops early and asks for no more than it needs.
    server.push([ok(json!({"Total": 5, "Tasks": [task(1), task(2)]}))]);
    let r = run(&env, &["sched", "list", "--limit", "2"]);
    assert_eq!(r.code, 0);
    assert_eq!(server.requests()[3].json()["Want"], 2);
    assert_eq!(
        r.stdout.lines().count(),
        3,
        "header and two rows: {}",
        r.stdout
    );
}

#[test]
fn cancel_refuses_a_task_that_went_out_and_names_revoke_sched() {
    let server = Server::http();
    server.push([info(77, "dispatching", "")]);
    let env = Env::for_server(&server);
    let r = run(&env, &["sched", "cancel", "77"]);
    r.expect(
        5,
        "",
        "timpush: error: scheduled task 77 is dispatching, no longer pending: it cannot be cancelled\n  hint: once it has gone out, recall it with: timpush revoke --sched 77\n",
    );
    assert_eq!(server.requests().len(), 1, "no delete was sent");
    // Pending: the delete carries the task's Type.
    server.push([info(78, "pending", ""), ok(json!({"TaskID": 78}))]);
    run(&env, &["sched", "cancel", "78"]).expect(0, "cancelled 78\n", "");
    assert_eq!(
        server.requests()[2].json(),
        json!({"Sdkappid": 1400000000, "TaskID": 78, "Type": "Tag"})
    );
    assert_eq!(
        server.requests()[2].path.split('?').next(),
        Some("/v4/timpush/delete_sched_task")
    );
}

#[test]
fn a_task_gone_after_a_lost_delete_counts_as_cancelled() {
    let server = Server::http();
    let gone = Reply::Json(
        r#"{"ActionStatus":"FAIL","ErrorCode":90104,"ErrorInfo":"task not found","TaskID":0}"#
            .into(),
    );
    server.push([info(79, "pending", ""), Reply::Drop, gone.clone(), gone]);
    let env = Env::for_server(&server);
    run(&env, &["sched", "cancel", "79", "--timeout", "10"]).expect(
        0,
        "cancelled 79 (confirmed after a lost answer)\n",
        "",
    );
    let paths: Vec<String> = server
        .requests()
        .iter()
        .map(|r| {
            r.path
                .split('?')
                .next()
                .unwrap()
                .trim_start_matches("/v4/timpush/")
                .to_string()
        })
        .collect();
    assert_eq!(
        paths,
        [
            "get_sched_task",
            "delete_sched_task",
            "delete_sched_task",
            "get_sched_task"
        ]
    );
}

#[test]
fn revoke_sched_recalls_the_push_the_task_became() {
    let server = Server::http();
    let push = task();
    server.push([info(80, "dispatched", push), Reply::Code(0)]);
    let env = Env::for_server(&server);
    run(
        &env,
        &[
            "revoke",
            "--sched",
            "80",
            "--title",
            "Correction",
            "--desc",
            "Ignore it",
        ],
    )
    .expect(0, &format!("recalled {push}\n"), "");
    let reqs = server.requests();
    assert_eq!(
        reqs[0].json(),
        json!({"Sdkappid": 1400000000, "TaskID": 80})
    );
    assert_eq!(reqs[1].path.split('?').next(), Some("/v4/timpush/revoke"));
    assert_eq!(
        reqs[1].json(),
        json!({"TaskId": push, "OfflinePushInfo": {"Title": "Correction", "Desc": "Ignore it"}})
    );
    server.push([info(81, "pending", "")]);
    run(&env, &["revoke", "--sched", "81"]).expect(
        5,
        "",
        "timpush: error: scheduled task 81 has not gone out yet (status pending): there is no push to recall\n  hint: cancel it instead, before it goes out: timpush sched cancel 81\n",
    );
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn stats_split_long_task_id_lists_and_check_the_window() {
    let server = Server::http();
    let stem = &task()[..task().rfind('_').unwrap()];
    let ids: Vec<String> = (0..7).map(|i| format!("{stem}_{i:06x}")).collect();
    let result = |id: &str| {
        json!({"TaskID": id, "TotalCount": 10, "SentCount": 9, "DeliveredCount": 8, "ClickCount": 1,
        "PlatformStatistics": [{"EventType": 1, "PushPlatform": 2, "TotalCount": 10, "SentCount": 9, "DeliveredCount": 8, "ClickCount": 1}]})
    };
    server.push([
        ok(json!({"Results": ids[..5].iter().map(|i| result(i)).collect::<Vec<_>>()})),
        ok(json!({"Results": ids[5..].iter().map(|i| result(i)).collect::<Vec<_>>()})),
    ]);
    let env = Env::for_server(&server);
    let mut args = vec!["stats", "--since", "48h", "-o", "json"];
    args.extend(ids.iter().map(String::as_str));
    let r = run(&env, &args);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json_lines().len(), 7);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].json()["TaskID"], json!(ids[..5]));
    assert_eq!(reqs[1].json()["TaskID"], json!(ids[5..]));
    let (start, end) = (
        reqs[0].json()["StartTime"].as_i64().unwrap(),
        reqs[0].json()["EndTime"].as_i64().unwrap(),
    );
    assert!((end - start - 48 * 3600).abs() <= 2, "{start} {end}");
    assert!(
        reqs[1].at.duration_since(reqs[0].at) >= Duration::from_secs(1),
        "one call a second"
    );
    for (args, says) in [
        (
            vec!["stats", "--since", "40d"],
            "statistics cover at most the last 30 days",
        ),
        (
            vec!["stats", "--loss", "--since", "8d", task()],
            "loss cover at most the last 7 days",
        ),
        (vec!["stats", "--since", "soon"], "is neither a time"),
        (
            vec!["stats", "bad id"],
            "TASKID: the TaskId holds white space",
        ),
    ] {
        let r = run(&env, &args);
        assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{says}");
        assert!(r.stderr.contains(says), "{says}: {}", r.stderr);
    }
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn trace_and_loss_send_the_documented_bodies() {
    let server = Server::http();
    server.push([
        ok(json!({"InstanceTrace": [{"InstanceId": "1", "System": "Android", "EventType": 1, "PushPlatform": 2,
            "IMCommitStat": {"IMStat": {"PushStatus": 1, "ErrorCode": 0, "ErrorInfo": "success", "EventTime": "2026-11-29 08:00:01"}}}]})),
        ok(json!({"Results": [{"TaskID": task(), "ReadyToSendLoss": [{"ErrCode": "-2", "ErrCount": 12, "ErrInfo": "token not uploaded"}],
            "PostSendDeliveredLoss": [], "PlatformReadyToSendLoss": [], "PlatformPostSendDeliveredLoss": []}]})),
    ]);
    let env = Env::for_server(&server);
    let r = run(&env, &["trace", task(), "--user", "alice"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .contains("  accepted     2026-11-29 08:00:01 +00:00 (2026-11-29 08:00:01 UTC) status 1 code 0: success"),
        "{}",
        r.stdout
    );
    assert_eq!(
        server.requests()[0].json(),
        json!({"TaskID": task(), "UserID": "alice"})
    );
    let r = run(&env, &["stats", "--loss", task()]);
    r.expect(
        0,
        &format!(
            "{}\n  not sent: 12 device(s), code -2: token not uploaded\n",
            task()
        ),
        "",
    );
    let body = server.requests()[1].json();
    assert_eq!(body["TaskID"], json!([task()]));
    assert!(body["StartTime"].is_i64() && body["EndTime"].is_i64());
}

#[test]
fn the_whole_flow_against_the_emulator() {
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    let env = emu.client(SENTINEL_KEY);
    let at = rfc3339(now() + 3600, 9 * 60);
    let add = run(
        &env,
        &[
            "sched", "add", "--at", &at, "--all", "--yes", "--title", "Launch", "--desc", "Soon",
        ],
    );
    assert_eq!(add.code, 0, "{add:?}");
    let id = add.stdout.trim().to_string();
    let list = run(&env, &["sched", "list", "-o", "json"]);
    assert_eq!(list.json_lines()[0]["TaskID"].to_string(), id);
    assert_eq!(list.json_lines()[0]["Status"], "pending");
    run(&env, &["sched", "edit", &id, "--title", "Launch (moved)"]).expect(
        0,
        &format!("edited {id}\n"),
        "",
    );
    let show = run(&env, &["sched", "show", &id, "-o", "json"]);
    assert_eq!(show.json_lines()[0]["Title"], "Launch (moved)");
    assert_eq!(run(&env, &["revoke", "--sched", &id]).code, 5);
    // The emulator sends it now.
    let answer = ureq::post(&format!("{}/_emulator/sched/dispatch", emu.url))
        .header("Content-Type", "application/json")
        .send(format!("{{\"TaskID\": {id}}}"))
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    assert!(answer.contains("\"Status\":\"dispatched\""), "{answer}");
    let cancel = run(&env, &["sched", "cancel", &id]);
    assert_eq!(cancel.code, 5);
    assert!(
        cancel
            .stderr
            .contains(&format!("with: timpush revoke --sched {id}")),
        "{}",
        cancel.stderr
    );
    let push = run(&env, &["sched", "show", &id, "-o", "json"]).json_lines()[0]["PushTaskID"]
        .as_str()
        .unwrap()
        .to_string();
    let before = run(&env, &["stats", &push, "-o", "json"]).json_lines()[0].clone();
    assert_eq!(
        (
            before["SentCount"].as_u64(),
            before["DeliveredCount"].as_u64()
        ),
        (Some(951), Some(909))
    );
    run(&env, &["revoke", "--sched", &id]).expect(0, &format!("recalled {push}\n"), "");
    let after = run(&env, &["stats", &push, "-o", "json"]).json_lines()[0].clone();
    assert_eq!(
        after["DeliveredCount"], 909,
        "no page says a recall makes it fall: {after}"
    );
    let trace = run(&env, &["trace", &push, "--user", "alice", "-o", "json"]);
    assert_eq!(trace.json_lines().len(), 1);
    // A second scheduled push, cancelled before it goes out.
    let add = run(
        &env,
        &[
            "sched", "add", "--at", &at, "--tag", "vip", "--title", "B", "--desc", "D",
        ],
    );
    let id2 = add.stdout.trim().to_string();
    run(&env, &["sched", "cancel", &id2]).expect(0, &format!("cancelled {id2}\n"), "");
    let gone = run(&env, &["sched", "show", &id2]);
    assert_eq!(gone.code, 5);
    assert!(gone.stderr.contains("ErrorCode 90104"), "{}", gone.stderr);
}

#[test]
fn reads_are_repeated_after_a_lost_answer() {
    let server = Server::http();
    server.push([
        Reply::Drop,
        ok(json!({"Results": [{"TaskID": task(), "TotalCount": 1, "SentCount": 1, "DeliveredCount": 1, "ClickCount": 0}]})),
        Reply::Drop,
        info(90, "pending", ""),
    ]);
    let env = Env::for_server(&server);
    let r = run(&env, &["stats", task(), "-o", "json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json_lines()[0]["TotalCount"], 1);
    let r = run(&env, &["sched", "show", "90", "-o", "json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json_lines()[0]["TaskID"], 90);
    assert_eq!(server.requests().len(), 4);
}

/// `stop` against the emulator, in each state a scheduled task can be in, and the statistics
/// it reports: rows that add up, loss buckets that account for the gaps, the window honoured.
#[test]
fn stop_in_every_state_against_the_emulator() {
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    let env = emu.client(SENTINEL_KEY);
    let add = |title: &str| {
        let r = run(
            &env,
            &[
                "sched", "add", "--at", "+1h", "--all", "--yes", "--title", title, "--desc", "D",
            ],
        );
        assert_eq!(r.code, 0, "{r:?}");
        r.stdout.trim().to_string()
    };
    let control = |id: &str, state: &str| {
        ureq::post(&format!("{}/_emulator/sched/dispatch", emu.url))
            .header("Content-Type", "application/json")
            .send(format!("{{\"TaskID\": {id}, \"state\": \"{state}\"}}"))
            .unwrap();
    };
    let pending = add("Pending");
    let dispatched = add("Dispatched");
    let dispatching = add("Dispatching");
    control(&dispatched, "dispatched");
    // Marked dispatching: the emulator sends it two seconds later, while stop waits.
    control(&dispatching, "dispatching");
    let r = run(
        &env,
        &[
            "stop",
            &pending,
            &dispatched,
            &dispatching,
            "-o",
            "json",
            "--no-report",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let lines = r.json_lines();
    let outcomes: Vec<(&str, &str)> = lines
        .iter()
        .map(|o| {
            (
                o["outcome"].as_str().unwrap(),
                o["steps"].as_array().unwrap().last().unwrap()["call"]
                    .as_str()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("cancelled", "delete_sched_task"),
            ("revoked", "revoke"),
            ("revoked", "revoke")
        ]
    );
    assert_eq!(
        r.stderr,
        format!(
            "timpush: note: scheduled task {dispatching} is being dispatched; waiting for the push it becomes, to recall it (up to 30 s)\n"
        )
    );
    // Stopped again: nothing pending is left, and the pushes were recalled already.
    let again = run(&env, &["stop", &dispatched, "--no-report"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(
        again.stdout.ends_with("; already recalled)\n"),
        "{}",
        again.stdout
    );

    // The statistics of one push add up: channels to the total, losses to the gaps.
    let push = lines[1]["TaskId"].as_str().unwrap().to_string();
    let stats = run(&env, &["stats", &push, "-o", "json"]).json_lines()[0].clone();
    let loss = run(&env, &["stats", "--loss", &push, "-o", "json"]).json_lines()[0].clone();
    let n = |v: &serde_json::Value, k: &str| v[k].as_u64().unwrap();
    let rows = stats["PlatformStatistics"].as_array().unwrap();
    for k in ["TotalCount", "SentCount", "DeliveredCount", "ClickCount"] {
        assert_eq!(
            rows.iter().map(|r| n(r, k)).sum::<u64>(),
            n(&stats, k),
            "{k}"
        );
    }
    assert!(
        rows.iter()
            .all(|r| n(r, "ClickCount") <= n(r, "DeliveredCount"))
    );
    assert!(rows.iter().all(|r| r["vendor"].is_string()), "{stats}");
    let sum = |k: &str| -> u64 {
        loss[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| n(b, "ErrCount"))
            .sum()
    };
    assert_eq!(
        sum("ReadyToSendLoss"),
        n(&stats, "TotalCount") - n(&stats, "SentCount")
    );
    assert_eq!(
        sum("PostSendDeliveredLoss"),
        n(&stats, "SentCount") - n(&stats, "DeliveredCount")
    );
    assert_eq!(sum("PlatformReadyToSendLoss"), sum("ReadyToSendLoss"));
    assert_eq!(
        sum("PlatformPostSendDeliveredLoss"),
        sum("PostSendDeliveredLoss")
    );
    // A window that ends before the push counts nothing of it.
    let before =
        run(&env, &["stats", &push, "--until", "2h", "-o", "json"]).json_lines()[0].clone();
    assert_eq!(
        (
            n(&before, "TotalCount"),
            before["PlatformStatistics"].as_array().map(Vec::len)
        ),
        (0, Some(0))
    );
    r.assert_no_secrets(&[SENTINEL_KEY]);
}
