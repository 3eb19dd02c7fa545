//! Safe delivery: retries, pacing and many tasks in one run, measured at the service on the
//! run's clock (a virtual one: the waits are checked, not spent).

use std::time::Duration;

use crate::error::Exit;
use crate::testkit::{Kit, Reply, Request, task_pushed};

/// The `n`th of several TaskIds pushed a minute before the run.
fn task_n(n: u32) -> String {
    task_pushed(60, &format!("{n:06x}"))
}

fn gaps(reqs: &[Request]) -> Vec<Duration> {
    reqs.windows(2).map(|w| w[1].at - w[0].at).collect()
}

fn html(status: u16) -> Reply {
    Reply::Status(
        status,
        format!("<html><head><title>{status} Bad Gateway</title></head></html>"),
        None,
    )
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn two_transient_errors_then_success() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.reply([Reply::Code(91000), Reply::Code(91000), Reply::Code(0)]);
    let ran = kit.run(&["revoke", "--task-id", &task, "-o", "json", "--verbose"]);
    let post = |random: u32| {
        format!(
            "timpush: POST http://127.0.0.1:9/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random={random}&contenttype=json\ntimpush: answer: HTTP 200 in 0 ms\n"
        )
    };
    let retry = |n: u32, s: &str| {
        format!(
            "timpush: retry: attempt {n} of 3 in {s} s; the last was ambiguous (may have been applied): ErrorCode 91000 (internal service error): service said \"error\"\n"
        )
    };
    ran.expect(
        Exit::Success,
        &format!("{{\"TaskId\":\"{task}\",\"outcome\":\"revoked\",\"attempts\":3,\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"exit_code\":0}}\n"),
        &format!(
            "timpush: profile \"default\" (default); credential: secret key from variable TIMPUSH_SECRET_KEY\ntimpush: pacing timpush/revoke with other timpush processes through $HOME/run/timpush/d27fde9c7f552218235c5a17.pace\n{}{}{}{}{}",
            post(1000),
            retry(2, "1.2"),
            post(1001),
            retry(3, "1.5"),
            post(1002)
        ),
    );
    // The same body each time, a fresh random, one UserSig; the waits as said.
    let r = &ran.requests;
    assert_eq!(ran.commands(), ["timpush/revoke"; 3]);
    assert!(
        r.iter()
            .all(|q| q.body == serde_json::json!({ "TaskId": task }))
    );
    assert!(
        r.iter()
            .all(|q| q.param("usersig") == r[0].param("usersig"))
    );
    assert_eq!(
        gaps(r),
        [Duration::from_millis(1250), Duration::from_millis(1500)]
    );
}

#[test]
fn an_answer_lost_after_the_recall_then_90050_is_confirmed_on_retry() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.reply([Reply::Lost, Reply::Code(90050)]);
    kit.run(&["revoke", "--task-id", &task]).expect(
        Exit::Success,
        &format!("recalled {task} (confirmed on retry)\n"),
        "",
    );
    kit.reply([html(502), Reply::Code(90050)]);
    let ran = kit.run(&["revoke", "--task-id", &task, "-o", "json"]);
    ran.expect(
        Exit::Success,
        &format!("{{\"TaskId\":\"{task}\",\"outcome\":\"revoked_after_retry\",\"attempts\":2,\"ActionStatus\":\"FAIL\",\"ErrorCode\":90050,\"ErrorInfo\":\"error\",\"exit_code\":0}}\n"),
        "",
    );
    assert_eq!(ran.requests.len(), 2);
}

#[test]
fn transient_forever_makes_exactly_max_attempts_then_7() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Code(91000));
    let ran = kit.run(&["revoke", "--task-id", &task, "--max-attempts", "2"]);
    ran.expect(
        Exit::Unknown,
        "",
        &format!("timpush: error: {task}: ErrorCode 91000 (internal service error): service said \"error\" (gave up after 2 attempts)\n  hint: the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")\n"),
    );
    assert_eq!(ran.requests.len(), 2);
}

#[test]
fn refused_forever_is_6_after_every_attempt_and_waits_between() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Refused);
    let ran = kit.run(&["revoke", "--task-id", &task, "-o", "json"]);
    assert_eq!(ran.exit, Exit::NotApplied);
    assert_eq!(ran.requests.len(), 3);
    assert!(
        gaps(&ran.requests)
            .iter()
            .all(|g| *g >= Duration::from_secs(1))
    );
    assert_eq!(
        ran.stdout,
        format!(
            "{{\"TaskId\":\"{task}\",\"outcome\":\"failed\",\"attempts\":3,\"error\":{{\"kind\":\"connection_refused\",\"message\":\"connection refused (gave up after 3 attempts)\"}},\"hint\":\"nothing was applied; check the network path to endpoint http://127.0.0.1:9, then run the same command again\",\"exit_code\":6}}\n"
        )
    );
}

#[test]
fn throttling_and_retry_after_set_the_wait() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.reply([Reply::Code(90051), Reply::Code(0)]);
    let ran = kit.run(&["revoke", "--task-id", &task]);
    ran.expect(Exit::Success, &format!("recalled {task}\n"), "");
    assert!(gaps(&ran.requests)[0] >= Duration::from_secs(1), "{ran:?}");
    kit.reply([
        Reply::Status(429, "slow down".into(), Some(3)),
        Reply::Code(0),
    ]);
    let ran = kit.run(&["revoke", "--task-id", &task]);
    ran.expect(Exit::Success, &format!("recalled {task}\n"), "");
    assert!(gaps(&ran.requests)[0] >= Duration::from_secs(3), "{ran:?}");
}

#[test]
fn one_attempt_means_one_request() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Code(91000));
    let ran = kit.run(&["revoke", "--task-id", &task, "--max-attempts", "1"]);
    assert_eq!((ran.exit, ran.requests.len()), (Exit::Unknown, 1));
    kit.set("TIMPUSH_MAX_ATTEMPTS", "1");
    let ran = kit.run(&["revoke", "--task-id", &task]);
    assert_eq!((ran.exit, ran.requests.len()), (Exit::Unknown, 1));
}

#[test]
fn a_stalled_answer_cannot_outlive_the_deadline() {
    let task = task_n(1);
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Stall(Duration::from_secs(30)));
    let ran = kit.run(&["revoke", "--task-id", &task, "--timeout", "2"]);
    ran.expect(
        Exit::Unknown,
        "",
        &format!("timpush: error: {task}: no answer within the deadline (gave up after 1 attempt; the deadline left no time for another)\n  hint: the recall may have been applied; running the same command again is safe (a repeat answers \"already recalled\")\n"),
    );
    assert_eq!(
        ran.requests.len(),
        1,
        "no time was left for another attempt"
    );
    assert_eq!(ran.slept, Duration::from_secs(2));
}

#[test]
fn a_batch_from_a_file_is_paced_and_reported_in_input_order() {
    let ids: Vec<String> = (1..=5).map(task_n).collect();
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Code(0));
    let file = kit.file(
        "tasks.txt",
        &format!(
            "# tasks to recall\n\n{}\n  {}  \n{}\n{}\n{}\n",
            ids[0], ids[1], ids[2], ids[3], ids[4]
        ),
    );
    let ran = kit.run(&["revoke", "--from-file", file.to_str().unwrap()]);
    let stdout: String = ids.iter().map(|id| format!("recalled {id}\n")).collect();
    ran.expect(
        Exit::Success,
        &stdout,
        "timpush: note: 5 recalled, 0 already recalled, 0 failed\n",
    );
    let sent: Vec<&str> = ran
        .requests
        .iter()
        .map(|r| r.body["TaskId"].as_str().unwrap())
        .collect();
    assert_eq!(sent, ids);
    assert!(
        gaps(&ran.requests)
            .iter()
            .all(|g| *g >= Duration::from_secs(1))
    );
}

#[test]
fn duplicates_are_recalled_once_and_mixed_batches_exit_with_the_first_failure() {
    let (a, b, c, d) = (task_n(1), task_n(2), task_n(3), task_n(4));
    let mut kit = Kit::new();
    kit.reply([
        Reply::Code(0),
        Reply::Code(90049),
        Reply::Code(90009),
        Reply::Code(0),
    ]);
    let ran = kit.run(&[
        "revoke",
        "--task-id",
        &a,
        "--task-id",
        &b,
        "--task-id",
        &a,
        "--task-id",
        &c,
        "--task-id",
        &d,
        "--max-attempts",
        "1",
    ]);
    ran.expect(
        Exit::Refused,
        &format!("recalled {a}\nrecalled {d}\n"),
        &format!("timpush: note: {a} is given more than once (--task-id); it is recalled once\ntimpush: error: {b}: ErrorCode 90049 (TaskId unknown or not a push task): service said \"error\"\n  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region\ntimpush: error: {c}: ErrorCode 90009 (the identifier is not an App admin): service said \"error\"\n  hint: set identifier to one of the app's admin accounts (Chat console > App admin)\ntimpush: note: 2 recalled, 0 already recalled, 2 failed\n"),
    );
    assert_eq!(ran.requests.len(), 4);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn fail_fast_stops_at_the_first_failure_and_lists_the_rest() {
    let ids: Vec<String> = (1..=4).map(task_n).collect();
    let mut kit = Kit::new();
    kit.reply([Reply::Code(0), Reply::Code(90052)]);
    let mut args = vec!["revoke", "--fail-fast", "-o", "json"];
    for id in &ids {
        args.extend(["--task-id", id]);
    }
    let ran = kit.run(&args);
    assert_eq!(ran.requests.len(), 2);
    // The list is a file of the run's (its name holds the time and the process id) that
    // revoke --from-file reads, named with the command that sends it.
    let path = ran
        .stderr
        .split("they are listed in ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .unwrap()
        .to_string();
    assert!(
        path.starts_with("$HOME/.cache/timpush/not-attempted/2026-12-03-12-00-01-"),
        "{path}"
    );
    let [a, b, c, d] = [&ids[0], &ids[1], &ids[2], &ids[3]];
    ran.expect(
        Exit::Refused,
        &format!(
            "{{\"TaskId\":\"{a}\",\"outcome\":\"revoked\",\"attempts\":1,\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"exit_code\":0}}\n\
             {{\"TaskId\":\"{b}\",\"outcome\":\"failed\",\"attempts\":1,\"ActionStatus\":\"FAIL\",\"ErrorCode\":90052,\"ErrorInfo\":\"error\",\"hint\":\"a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago\",\"exit_code\":5}}\n\
             {{\"TaskId\":\"{c}\",\"outcome\":\"not_attempted\",\"attempts\":0,\"exit_code\":6}}\n\
             {{\"TaskId\":\"{d}\",\"outcome\":\"not_attempted\",\"attempts\":0,\"exit_code\":6}}\n"
        ),
        &format!(
            "timpush: error: {b}: ErrorCode 90052 (recall window (24 hours) has passed): service said \"error\"\n  hint: a push can only be recalled within 24 hours; it can no longer be taken back; the TaskId says it was pushed 1m ago\n\
             timpush: note: 1 recalled, 0 already recalled, 1 failed, 2 not attempted\n\
             timpush: note: not attempted (2, --fail-fast stopped the run at the first failure):\n  {c}\n  {d}\n\
             timpush: note: they are listed in {path}; to send them: timpush revoke --from-file {path}\n"
        ),
    );
    let file = path.replace("$HOME", kit.home().to_str().unwrap());
    assert_eq!(
        std::fs::read_to_string(file).unwrap(),
        format!("{c}\n{d}\n")
    );
}

#[test]
fn a_wait_for_the_run_s_own_last_call_never_blames_another_process() {
    let (a, b) = (task_n(1), task_n(2));
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Code(0));
    let ran = kit.run(&["revoke", "--task-id", &a, "--task-id", &b, "--verbose"]);
    assert_eq!(ran.exit, Exit::Success);
    // Only these lines matter here; the rest of --verbose is checked above.
    let waits: Vec<&str> = ran
        .stderr
        .lines()
        .filter(|l| l.starts_with("timpush: waiting"))
        .collect();
    assert_eq!(
        waits,
        ["timpush: waiting 1.00 s for the service's pace (one call every 1.0 s)"]
    );
}
