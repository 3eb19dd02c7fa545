//! Scheduled pushes and reports against the emulator (the whole flow, and stop in every state),
//! and the audience checks of sched add; the wire format is checked in process
//! (src/scenarios/scheduled.rs).

use crate::common::*;
use crate::sig::{now, rfc3339};
use serde_json::{Value, json};

fn ok(extra: Value) -> Reply {
    let mut v = json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""});
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    Reply::Json(v.to_string())
}

fn run(env: &Env, args: &[&str]) -> Run {
    let r = env.run(args);
    r.assert_no_secrets(&[SENTINEL_KEY]);
    r
}

#[test]
fn sched_add_audiences_and_limits_are_checked_before_sending() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let at = rfc3339(now() + 3600, 0);
    server.push([ok(json!({"TaskID": 1u64})), ok(json!({"TaskID": 2u64}))]);
    run(
        &env,
        &[
            "sched", "add", "--at", &at, "--to", "a", "--to", "b", "--title", "T", "--desc", "D",
        ],
    )
    .is(str![[r#"
exit 0
--- stdout
1
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: scheduled a push to 2 listed accounts: a, b, on app default (1400000000)
timpush: note: scheduled for [TIME] ([TIME] UTC); to cancel it before then: timpush sched cancel 1

"#]]);
    assert_eq!(server.requests()[0].json()["Type"], "User");
    assert_eq!(
        server.requests()[0].json()["Content"]["To_Account"],
        json!(["a", "b"])
    );
    run(
        &env,
        &[
            "sched", "add", "--at", &at, "--all", "--yes", "--title", "T2", "--desc", "D",
        ],
    )
    .is(str![[r#"
exit 0
--- stdout
2
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: scheduled a push to all users, on app default (1400000000)
timpush: note: scheduled for [TIME] ([TIME] UTC); to cancel it before then: timpush sched cancel 2

"#]]);
    let all = server.requests()[1].json();
    assert_eq!(all["Type"], "All");
    assert!(
        all["Content"].get("Condition").is_none() && all["Content"].get("To_Account").is_none()
    );

    let many: Vec<String> = (0..501).map(|i| format!("--to=u{i}")).collect();
    let mut args = vec!["sched", "add", "--at", &at, "--title", "T", "--desc", "D"];
    args.extend(many.iter().map(String::as_str));
    let past = rfc3339(now() - 60, 0);
    for (args, want) in [
        (
            args,
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: 501 accounts given; a scheduled push to listed users takes at most 500
  hint: schedule several pushes, or send now with timpush batch

"#]],
        ),
        (
            vec![
                "sched", "add", "--at", &at, "--all", "--title", "T", "--desc", "D",
            ],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: this scheduled push goes to ALL users; pass --yes to confirm (standard input is not a terminal to ask on)

"#]],
        ),
        (
            vec![
                "sched", "add", "--at", &past, "--tag", "a", "--title", "T", "--desc", "D",
            ],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --at: [TIME] ([TIME] UTC) is in the past; nothing was scheduled
  hint: give a time in the future, with its zone

"#]],
        ),
        (
            vec![
                "sched",
                "add",
                "--at",
                "2030-13-01T09:00:00",
                "--tag",
                "a",
                "--title",
                "T",
            ],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: --at: "2030-13-01T09:00:00" is not a time: write RFC 3339 with a zone, such as 2030-12-01T09:00:00+08:00 or 2030-12-01T01:00:00Z, or unix seconds

"#]],
        ),
        (
            vec![
                "sched", "add", "--at", &at, "--tag", "a", "--to", "u", "--title", "T",
            ],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: give one audience: --all, or tags (--tag/--any-tag), or accounts (--to/--to-file)

"#]],
        ),
        (
            vec!["sched", "add", "--at", &at, "--title", "T"],
            str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: who is it for? give --all, --tag/--any-tag, or --to/--to-file

"#]],
        ),
    ] {
        run(&env, &args).is(want);
    }
    assert_eq!(server.requests().len(), 2, "nothing more was sent");
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
    let id = add.stdout.trim().to_string();
    // The scheduled TaskIDs the emulator gives are written [SCHED1] and [SCHED2].
    let is = |r: &Run, want: snapbox::data::Inline| same(r.shown().replace(&id, "[SCHED1]"), want);
    is(
        &add,
        str![[r#"
exit 0
--- stdout
[SCHED1]
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: scheduled a push to all users, on app default (1400000000)
timpush: note: scheduled for [TIME] ([TIME] UTC); to cancel it before then: timpush sched cancel [SCHED1]

"#]],
    );
    is(
        &run(&env, &["sched", "list", "-o", "json"]),
        str![[r#"
exit 0
--- stdout
{"TaskID":[SCHED1],"Sdkappid":1400000000,"CreateAt":"[TIME]","Type":"All","SchedAt":"[TIME]","Title":"Launch","Desc":"Soon","Content":{"From_Account":"administrator","OfflinePushInfo":{"Title":"Launch","Desc":"Soon"},"MsgRandom":[RANDOM]},"Status":"pending","DispatchSuccess":0,"DispatchErr":"","PushTaskID":"","audience":{"kind":"all","text":"all users"}}
--- stderr
timpush: note: 1 of 1 scheduled task(s) from [TIME] ([TIME] UTC) to [TIME] ([TIME] UTC)

"#]],
    );
    run(&env, &["sched", "edit", &id, "--title", "Launch (moved)"]).expect(
        0,
        &format!("edited {id}\n"),
        "",
    );
    is(
        &run(&env, &["sched", "show", &id, "-o", "json"]),
        str![[r#"
exit 0
--- stdout
{"TaskID":[SCHED1],"Sdkappid":1400000000,"CreateAt":"[TIME]","Type":"All","SchedAt":"[TIME]","Title":"Launch (moved)","Desc":"Soon","Content":{"From_Account":"administrator","OfflinePushInfo":{"Title":"Launch (moved)","Desc":"Soon"}},"Status":"pending","DispatchSuccess":0,"DispatchErr":"","PushTaskID":"","audience":{"kind":"all","text":"all users"}}
--- stderr

"#]],
    );
    is(
        &run(&env, &["revoke", "--sched", &id]),
        str![[r#"
exit 5
--- stdout
--- stderr
timpush: error: scheduled task [SCHED1] has not gone out yet (status pending): there is no push to recall
  hint: cancel it instead, before it goes out: timpush sched cancel [SCHED1]

"#]],
    );
    // The emulator sends it now.
    let answer = ureq::post(&format!("{}/_emulator/sched/dispatch", emu.url))
        .header("Content-Type", "application/json")
        .send(format!("{{\"TaskID\": {id}}}"))
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    same(
        placeholders(&answer.replace(&id, "[SCHED1]")),
        str![[
            r#"{"TaskID":[SCHED1],"Sdkappid":1400000000,"CreateAt":"[TIME]","Type":"All","SchedAt":"[TIME]","Title":"Launch (moved)","Desc":"Soon","Content":{"From_Account":"administrator","OfflinePushInfo":{"Title":"Launch (moved)","Desc":"Soon"}},"Status":"dispatched","DispatchSuccess":1,"DispatchErr":"","PushTaskID":"[TASK1]"}"#
        ]],
    );
    is(
        &run(&env, &["sched", "cancel", &id]),
        str![[r#"
exit 5
--- stdout
--- stderr
timpush: error: scheduled task [SCHED1] is dispatched, no longer pending: it cannot be cancelled
  hint: recall the push it became ([TASK1]) with: timpush revoke --sched [SCHED1]

"#]],
    );
    let push = run(&env, &["sched", "show", &id, "-o", "json"]).json_lines()[0]["PushTaskID"]
        .as_str()
        .unwrap()
        .to_string();
    let before = run(&env, &["stats", &push, "-o", "json"]);
    is(
        &before,
        str![[r#"
exit 0
--- stdout
{"TotalCount":1000,"SentCount":951,"DeliveredCount":909,"ClickCount":40,"PlatformStatistics":[{"TotalCount":300,"SentCount":285,"DeliveredCount":271,"ClickCount":13,"EventType":1,"PushPlatform":1,"vendor":"APNs"},{"TotalCount":150,"SentCount":143,"DeliveredCount":136,"ClickCount":6,"EventType":1,"PushPlatform":4,"vendor":"FCM"},{"TotalCount":120,"SentCount":114,"DeliveredCount":109,"ClickCount":5,"EventType":1,"PushPlatform":3,"vendor":"Huawei"},{"TotalCount":120,"SentCount":114,"DeliveredCount":109,"ClickCount":5,"EventType":1,"PushPlatform":2,"vendor":"Xiaomi"},{"TotalCount":80,"SentCount":76,"DeliveredCount":73,"ClickCount":3,"EventType":1,"PushPlatform":6,"vendor":"OPPO"},{"TotalCount":50,"SentCount":48,"DeliveredCount":46,"ClickCount":2,"EventType":1,"PushPlatform":7,"vendor":"vivo"},{"TotalCount":40,"SentCount":38,"DeliveredCount":37,"ClickCount":1,"EventType":1,"PushPlatform":8,"vendor":"Honor"},{"TotalCount":40,"SentCount":38,"DeliveredCount":37,"ClickCount":1,"EventType":1,"PushPlatform":5,"vendor":"Meizu"},{"TotalCount":100,"SentCount":95,"DeliveredCount":91,"ClickCount":4,"EventType":2,"PushPlatform":0,"vendor":"unknown"}],"TaskID":"[TASK1]"}
--- stderr

"#]],
    );
    run(&env, &["revoke", "--sched", &id]).expect(0, &format!("recalled {push}\n"), "");
    // No page says a recall makes the counts fall.
    let after = run(&env, &["stats", &push, "-o", "json"]);
    assert_eq!(after.shown(), before.shown());
    is(
        &run(&env, &["trace", &push, "--user", "alice", "-o", "json"]),
        str![[r#"
exit 0
--- stdout
{"InstanceId":"00000510","PushTime":"[TIME]","DeviceModel":"Pixel 8","System":"Android","SystemVersion":"14","EventType":1,"PushPlatform":2,"vendor":"Xiaomi","NotificationStatus":1,"IMCommitStat":{"IMStat":{"PushStatus":1,"ErrorCode":0,"ErrorInfo":"success","EventTime":"[TIME]"}},"OfflinePushStat":{"OfflineStat":{"PushStatus":1,"ErrorCode":0,"ErrorInfo":"success","EventTime":"[TIME]"},"ChannelStat":{"PushStatus":1,"ErrorCode":0,"ErrorInfo":"success","EventTime":"[TIME]"},"DeviceStat":{"PushStatus":1,"ErrorCode":0,"ErrorInfo":"success","EventTime":"[TIME]"},"RevokeStat":{"PushStatus":1,"ErrorCode":0,"ErrorInfo":"recalled","EventTime":"[TIME]"}}}
--- stderr

"#]],
    );
    // A second scheduled push, cancelled before it goes out.
    let add = run(
        &env,
        &[
            "sched", "add", "--at", &at, "--tag", "vip", "--title", "B", "--desc", "D",
        ],
    );
    let id2 = add.stdout.trim().to_string();
    run(&env, &["sched", "cancel", &id2]).expect(0, &format!("cancelled {id2}\n"), "");
    same(
        run(&env, &["sched", "show", &id2])
            .shown()
            .replace(&id2, "[SCHED2]"),
        str![[r#"
exit 5
--- stdout
--- stderr
timpush: error: scheduled task [SCHED2]: ErrorCode 90104 (request parameter invalid (scheduled tasks)): service said "task not found"
  hint: check the scheduled TaskID (timpush sched list), the task's Type, and times in UTC YYYY-MM-DD HH:MM:SS; an unknown or deleted TaskID may answer this too

"#]],
    );
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
        let id = r.stdout.trim().to_string();
        same(
            r.shown().replace(&id, "[SCHED]"),
            str![[r#"
exit 0
--- stdout
[SCHED]
--- stderr
timpush: warning: no AndroidInfo.XiaoMiChannelID in the OfflinePushInfo: Xiaomi devices on Android 8 and later will not show it offline (give one with --offline-push-info FILE)
timpush: note: scheduled a push to all users, on app default (1400000000)
timpush: note: scheduled for [TIME] ([TIME] UTC); to cancel it before then: timpush sched cancel [SCHED]

"#]],
        );
        id
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
    let lines = r.json_lines();
    let names = |text: String| {
        text.replace(&pending, "[PENDING]")
            .replace(&dispatched, "[DISPATCHED]")
            .replace(&dispatching, "[DISPATCHING]")
    };
    // How often stop asked while the task was being dispatched varies: those steps are the
    // `[..]`.
    same(
        names(r.shown()),
        str![[r#"
exit 0
--- stdout
{"kind":"result","TaskID":[PENDING],"outcome":"cancelled","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","steps":[{"call":"get_sched_task","Status":"pending","PushTaskID":""},{"call":"delete_sched_task","ErrorCode":0}],"exit_code":0}
{"kind":"result","TaskID":[DISPATCHED],"TaskId":"[TASK1]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","steps":[{"call":"get_sched_task","Status":"dispatched","PushTaskID":"[TASK1]"},{"call":"revoke","TaskId":"[TASK1]","outcome":"revoked"}],"exit_code":0}
{"kind":"result","TaskID":[DISPATCHING],"TaskId":"[TASK2]","outcome":"revoked","attempts":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","steps":[{"call":"get_sched_task","Status":"dispatching","PushTaskID":""},[..]{"call":"get_sched_task","Status":"dispatched","PushTaskID":"[TASK2]"},{"call":"revoke","TaskId":"[TASK2]","outcome":"revoked"}],"exit_code":0}
--- stderr
timpush: note: scheduled task [DISPATCHING] is being dispatched; waiting for the push it becomes, to recall it (up to 30 s)
timpush: note: 1 cancelled, 2 recalled, 0 failed

"#]],
    );
    // Stopped again: nothing pending is left, and the pushes were recalled already.
    let again = run(&env, &["stop", &dispatched, "--no-report"]);
    same(
        names(again.shown()),
        str![[r#"
exit 0
--- stdout
recalled [TASK1] (scheduled task [DISPATCHED]; already recalled)
--- stderr

"#]],
    );

    // The statistics of one push add up: channels to the total, losses to the gaps.
    let push = lines[1]["TaskId"].as_str().unwrap().to_string();
    let stats = run(&env, &["stats", &push, "-o", "json"]);
    stats.is(str![[r#"
exit 0
--- stdout
{"TotalCount":1000,"SentCount":951,"DeliveredCount":909,"ClickCount":40,"PlatformStatistics":[{"TotalCount":300,"SentCount":285,"DeliveredCount":271,"ClickCount":13,"EventType":1,"PushPlatform":1,"vendor":"APNs"},{"TotalCount":150,"SentCount":143,"DeliveredCount":136,"ClickCount":6,"EventType":1,"PushPlatform":4,"vendor":"FCM"},{"TotalCount":120,"SentCount":114,"DeliveredCount":109,"ClickCount":5,"EventType":1,"PushPlatform":3,"vendor":"Huawei"},{"TotalCount":120,"SentCount":114,"DeliveredCount":109,"ClickCount":5,"EventType":1,"PushPlatform":2,"vendor":"Xiaomi"},{"TotalCount":80,"SentCount":76,"DeliveredCount":73,"ClickCount":3,"EventType":1,"PushPlatform":6,"vendor":"OPPO"},{"TotalCount":50,"SentCount":48,"DeliveredCount":46,"ClickCount":2,"EventType":1,"PushPlatform":7,"vendor":"vivo"},{"TotalCount":40,"SentCount":38,"DeliveredCount":37,"ClickCount":1,"EventType":1,"PushPlatform":8,"vendor":"Honor"},{"TotalCount":40,"SentCount":38,"DeliveredCount":37,"ClickCount":1,"EventType":1,"PushPlatform":5,"vendor":"Meizu"},{"TotalCount":100,"SentCount":95,"DeliveredCount":91,"ClickCount":4,"EventType":2,"PushPlatform":0,"vendor":"unknown"}],"TaskID":"[TASK1]"}
--- stderr

"#]]);
    let stats = stats.json_lines()[0].clone();
    let loss = run(&env, &["stats", "--loss", &push, "-o", "json"]);
    loss.is(str![[r#"
exit 0
--- stdout
{"ReadyToSendLoss":[{"ErrCode":"-2","ErrCount":49,"ErrInfo":"token not uploaded"}],"PostSendDeliveredLoss":[{"ErrCode":"410","ErrCount":42,"ErrInfo":"Unregistered"}],"PlatformReadyToSendLoss":[{"ErrCode":"-2","ErrCount":15,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":1,"vendor":"APNs"},{"ErrCode":"-2","ErrCount":7,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":4,"vendor":"FCM"},{"ErrCode":"-2","ErrCount":6,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":3,"vendor":"Huawei"},{"ErrCode":"-2","ErrCount":6,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":2,"vendor":"Xiaomi"},{"ErrCode":"-2","ErrCount":4,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":6,"vendor":"OPPO"},{"ErrCode":"-2","ErrCount":2,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":7,"vendor":"vivo"},{"ErrCode":"-2","ErrCount":2,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":8,"vendor":"Honor"},{"ErrCode":"-2","ErrCount":2,"ErrInfo":"token not uploaded","EventType":1,"PushPlatform":5,"vendor":"Meizu"},{"ErrCode":"-2","ErrCount":5,"ErrInfo":"token not uploaded","EventType":2,"PushPlatform":0,"vendor":"unknown"}],"PlatformPostSendDeliveredLoss":[{"ErrCode":"410","ErrCount":14,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":1,"vendor":"APNs"},{"ErrCode":"410","ErrCount":7,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":4,"vendor":"FCM"},{"ErrCode":"410","ErrCount":5,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":3,"vendor":"Huawei"},{"ErrCode":"410","ErrCount":5,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":2,"vendor":"Xiaomi"},{"ErrCode":"410","ErrCount":3,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":6,"vendor":"OPPO"},{"ErrCode":"410","ErrCount":2,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":7,"vendor":"vivo"},{"ErrCode":"410","ErrCount":1,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":8,"vendor":"Honor"},{"ErrCode":"410","ErrCount":1,"ErrInfo":"Unregistered","EventType":1,"PushPlatform":5,"vendor":"Meizu"},{"ErrCode":"410","ErrCount":4,"ErrInfo":"Unregistered","EventType":2,"PushPlatform":0,"vendor":"unknown"}],"TaskID":"[TASK1]"}
--- stderr

"#]]);
    let loss = loss.json_lines()[0].clone();
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
    run(&env, &["stats", &push, "--until", "2h", "-o", "json"]).is(str![[r#"
exit 0
--- stdout
{"TotalCount":0,"SentCount":0,"DeliveredCount":0,"ClickCount":0,"PlatformStatistics":[],"TaskID":"[TASK1]","note":"no figures for [TASK1] in app 1400000000: the service has none for this TaskId in the window asked (pushed outside it, by another app, or not at all); the pushes of this machine: timpush log"}
--- stderr

"#]]);
    r.assert_no_secrets(&[SENTINEL_KEY]);
}

/// A time as people write it is read in the local zone (`TZ`; a POSIX rule here, so no zone
/// database is needed), said back in both zones before anything is sent, and sent in UTC.
#[test]
fn a_local_time_is_read_in_the_machines_zone_and_said_back() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    env.set("TZ", "SGT-8");
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","TaskID":1500000031}"#.into(),
    )]);
    let r = run(
        &env,
        &[
            "sched",
            "add",
            "--at",
            "2030-06-01 09:00",
            "--tag",
            "vip",
            "--title",
            "T",
            "--desc",
            "D",
        ],
    );
    r.expect(
        0,
        "1500000031\n",
        &format!("timpush: note: --at \"2030-06-01 09:00\" is read in SGT-8 (variable TZ): 2030-06-01 09:00:00 +08:00 (2030-06-01 01:00:00 UTC)\n{XIAOMI}timpush: note: scheduled a push to users with all of tags: vip, on app default (1400000000)\ntimpush: note: scheduled for 2030-06-01 09:00:00 +08:00 (2030-06-01 01:00:00 UTC); to cancel it before then: timpush sched cancel 1500000031\n"),
    );
    assert_eq!(
        server.requests()[0].json()["SchedAt"],
        "2030-06-01 01:00:00"
    );
    // The day as people name it, for a window.
    let r = run(&env, &["log", "--since", "today"]);
    assert_eq!(r.code, 0, "{r:?}");
}
