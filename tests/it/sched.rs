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
