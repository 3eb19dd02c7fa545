//! What the journal knows of the calls it holds: where each went (the endpoint), which run made
//! it, what a real run would do (`--dry-run`), how far an idempotency key reaches, how long it
//! keeps entries, and whose entries `log -p` lists.

// These tests state Unix paths and run on Unix only; what they alone use is unused elsewhere.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

use serde_json::{Value, json};

use crate::error::Exit;
use crate::testkit::{Kit, Reply, XIAOMI, task_pushed};

fn ok(v: Value) -> Reply {
    let mut m = v.as_object().cloned().unwrap_or_default();
    m.insert("ActionStatus".into(), "OK".into());
    m.insert("ErrorInfo".into(), "".into());
    m.insert("ErrorCode".into(), 0.into());
    Reply::Json(Value::Object(m).to_string())
}

fn pushed(tail: &str) -> String {
    task_pushed(0, tail)
}

const SALE: [&str; 7] = ["push", "--tag", "vip", "--title", "Sale", "--desc", "Today"];

/// A push to a test stand (another endpoint) with the production SDKAppID is not a push to
/// production: the second push is not refused, `revoke --last` at production does not pick the
/// test stand's, and a recall of the test stand's TaskId at production is refused before it is
/// sent, naming where it went.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_push_to_another_endpoint_is_kept_apart() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.set("TIMPUSH_ENDPOINT", "http://127.0.0.1:8080");
    kit.reply([ok(json!({"TaskId": a}))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.set("TIMPUSH_ENDPOINT", "http://127.0.0.1:9");
    let b = pushed("bbbbbb");
    kit.reply([ok(json!({"TaskId": b}))]);
    kit.run(&SALE).expect(
        Exit::Success,
        &format!("{b}\n"),
        &format!("{XIAOMI}timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {b}\n"),
    );
    kit.reply([ok(json!({}))]);
    let ran = kit.run(&["revoke", "--last"]);
    ran.expect(
        Exit::Success,
        &format!("recalled {b}\n"),
        &format!("timpush: note: from the journal, 1 push(es) of SDKAppID 1400000000:\n  {b}  2026-12-03 12:00:00 +00:00  Sale\n"),
    );
    let ran = kit.run(&["revoke", &a]);
    ran.expect(
        Exit::Config,
        "",
        &format!("timpush: error: {a} was pushed to http://127.0.0.1:8080 (profile default), not to this run's http://127.0.0.1:9; nothing was sent\n  hint: recall it where it was pushed: timpush -p default revoke --task-id {a} (or with --endpoint http://127.0.0.1:8080)\n"),
    );
    assert!(ran.requests.is_empty());
}

/// `revoke --last N` counts runs: a batch of 700 accounts is two calls and two TaskIds of one
/// run, and `--last` recalls both.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn revoke_last_counts_runs_and_a_batch_run_is_one() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok(json!({"TaskId": a}))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    let accounts: String = (0..700).map(|i| format!("u{i}\n")).collect();
    let file = kit.file("accounts.txt", &accounts);
    let (b1, b2) = (
        format!("batch_{}", pushed("b1b1b1")),
        format!("batch_{}", pushed("b2b2b2")),
    );
    kit.reply([ok(json!({"TaskId": b1})), ok(json!({"TaskId": b2}))]);
    let ran = kit.run(&[
        "batch",
        "--to-file",
        file.to_str().unwrap(),
        "--title",
        "Batch",
        "--desc",
        "D",
    ]);
    assert_eq!(ran.exit, Exit::Success, "{}", ran.stderr);
    let runs: Vec<Value> = kit.journal().iter().map(|e| e["run"].clone()).collect();
    assert_eq!(runs.len(), 3);
    assert_eq!(runs[1], runs[2], "one run, two calls");
    assert_ne!(runs[0], runs[1]);
    kit.reply([ok(json!({})), ok(json!({}))]);
    let ran = kit.run(&["revoke", "--last", "--yes"]);
    ran.expect(
        Exit::Success,
        &format!("recalled {b1}\nrecalled {b2}\n"),
        &format!("timpush: note: from the journal, 2 push(es) of SDKAppID 1400000000:\n  {b1}  2026-12-03 12:00:00 +00:00  Batch\n  {b2}  2026-12-03 12:00:01 +00:00  Batch\n\
            timpush: warning: {b1} is a batch push; the pages disagree on whether one can be recalled (the revoke page names all-user and tag pushes only, the error page batch pushes too); sending it anyway\n\
            timpush: warning: {b2} is a batch push; the pages disagree on whether one can be recalled (the revoke page names all-user and tag pushes only, the error page batch pushes too); sending it anyway\n\
            timpush: note: 2 recalled, 0 already recalled, 0 failed\n"),
    );
    // Each recall is an entry of its own, naming its TaskId.
    let j = kit.journal();
    assert_eq!(j.len(), 5);
    assert_eq!(
        (j[3]["TaskId"].as_str(), j[4]["TaskId"].as_str()),
        (Some(b1.as_str()), Some(b2.as_str()))
    );
}

/// `--dry-run` says whether the real run would be refused, and writes nothing.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_dry_run_says_the_real_run_would_be_refused() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok(json!({"TaskId": a}))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    let ran = kit.run(&[&SALE[..], &["--dry-run"]].concat());
    assert_eq!(ran.exit, Exit::Success);
    assert!(ran.requests.is_empty());
    assert!(
        ran.stderr.contains(&format!("timpush: note: the real run would be refused: an identical push was sent under a minute ago (2026-12-03 12:00:00 +00:00, {a}, pushed)\n")),
        "{}",
        ran.stderr
    );
    assert_eq!(kit.journal().len(), 1, "a dry run writes nothing");
}

/// An idempotency key checked against a journal this very run made protects nothing yet: said.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_key_against_a_journal_made_by_this_run_is_said_to_reach_no_further() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok(json!({"TaskId": a}))]);
    let keyed = [&SALE[..], &["--idempotency-key", "job-9"]].concat();
    kit.run(&keyed).expect(
        Exit::Success,
        &format!("{a}\n"),
        &format!("timpush: warning: the journal $HOME/.local/state/timpush/journal.db was made by this run: --idempotency-key job-9 protects only as far as the journal reaches (a fresh CI runner starts with none; keep it between runs, as the GitHub Action does, or give --journal a kept path)\n{XIAOMI}timpush: note: pushed to users with all of tags: vip, on app default (1400000000)\ntimpush: note: to recall it: timpush revoke --task-id {a}\n"),
    );
    // The next run finds it: no warning, and the key refuses.
    assert_eq!(kit.run(&keyed).exit, Exit::Refused);
}

/// Entries older than `journal_keep` are removed, and the run that removes them says so.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn old_entries_are_removed_and_that_is_said() {
    let mut kit = Kit::new();
    kit.set("TIMPUSH_JOURNAL_KEEP", "30d");
    kit.reply([ok(json!({"TaskId": pushed("aaaaaa")}))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.later(31 * 86400);
    let b = task_pushed(0, "bbbbbb");
    kit.reply([ok(json!({"TaskId": b}))]);
    let ran = kit.run(&["push", "--tag", "vip", "--title", "Later", "--desc", "D"]);
    assert_eq!(ran.exit, Exit::Success);
    assert!(
        ran.stderr.starts_with(
            "timpush: note: the journal removed 1 entry older than 30 days (journal_keep)\n"
        ),
        "{}",
        ran.stderr
    );
    assert_eq!(kit.journal().len(), 1);
    kit.set("TIMPUSH_JOURNAL_KEEP", "12h");
    kit.run(&["log"]).expect(
        Exit::Config,
        "",
        "timpush: error: variable TIMPUSH_JOURNAL_KEEP: \"12h\" is not a retention: a duration from 1d (the recall window) up to 100 years, such as 90d or 365d\n  hint: fix or unset TIMPUSH_JOURNAL_KEEP\n",
    );
}

/// `log -p NAME` lists the entries that recorded that profile, also once it is gone from the
/// config; `TIMPUSH_PROFILE` filters the same way.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn log_filters_by_the_profile_recorded_even_once_it_is_gone() {
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_SDKAPPID");
    let config = ".config/timpush/config.toml";
    kit.file(
        config,
        "[profiles.staging]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000002\n[profiles.prod]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000001\n",
    );
    for (profile, tail) in [("staging", "aaaaaa"), ("prod", "bbbbbb")] {
        kit.reply([ok(json!({"TaskId": pushed(tail)}))]);
        assert_eq!(
            kit.run(&[&["-p", profile][..], &SALE].concat()).exit,
            Exit::Success
        );
    }
    kit.file(
        config,
        "[profiles.prod]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000001\n",
    );
    let titles = |ran: &crate::testkit::Ran| -> Vec<String> {
        ran.json_lines()
            .iter()
            .map(|e| e["profile"].as_str().unwrap().to_string())
            .collect()
    };
    let ran = kit.run(&["-p", "staging", "log", "-o", "json"]);
    assert_eq!(
        (ran.exit, titles(&ran)),
        (Exit::Success, vec!["staging".to_string()])
    );
    kit.set("TIMPUSH_PROFILE", "prod");
    let ran = kit.run(&["log", "-o", "json"]);
    assert_eq!(
        (ran.exit, titles(&ran)),
        (Exit::Success, vec!["prod".to_string()])
    );
}

/// `log --task ID` tells one push's story: the entries that name it, and what became of it,
/// whose it was (profile, SDKAppID, endpoint); a scheduled push's cancel the same way.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn log_task_tells_what_became_of_a_push() {
    let mut kit = Kit::new();
    let a = pushed("aaaaaa");
    kit.reply([ok(json!({"TaskId": a}))]);
    assert_eq!(kit.run(&SALE).exit, Exit::Success);
    kit.reply([ok(json!({}))]);
    assert_eq!(kit.run(&["revoke", &a]).exit, Exit::Success);
    kit.reply([ok(json!({"TaskId": pushed("bbbbbb")}))]);
    assert_eq!(
        kit.run(&["push", "--tag", "x", "--title", "Other", "--desc", "D"])
            .exit,
        Exit::Success
    );
    kit.run(&["log", "--task", &a]).expect(
        Exit::Success,
        &format!("TIME (HERE)                PROFILE    COMMAND      OUTCOME          TASK                                                 AUDIENCE                         TITLE\n\
            2026-12-03 12:00:00 +00:00 default    push         pushed           {a}    users with all of tags: vip      Sale\n\
            2026-12-03 12:00:00 +00:00 default    revoke       revoked          {a}    -\n"),
        &format!("timpush: note: 2 of 2 entries of the journal $HOME/.local/state/timpush/journal.db (default)\n\
            timpush: note: {a}: pushed by profile default (SDKAppID 1400000000, http://127.0.0.1:9) at 2026-12-03 12:00:00 +00:00; recalled at 2026-12-03 12:00:00 +00:00 (revoke)\n"),
    );
    kit.reply([ok(json!({"TaskID": 1500000031u64}))]);
    assert_eq!(
        kit.run(&[
            "sched", "add", "--at", "2h", "--tag", "vip", "--title", "L", "--desc", "D"
        ])
        .exit,
        Exit::Success
    );
    kit.reply([
        ok(json!({"TaskInfo": {"TaskID": 1500000031u64, "Type": "Tag", "Status": "pending", "SchedAt": "2026-12-03 14:00:00", "PushTaskID": ""}})),
        ok(json!({})),
    ]);
    assert_eq!(
        kit.run(&["sched", "cancel", "1500000031"]).exit,
        Exit::Success
    );
    let ran = kit.run(&["log", "--task", "1500000031", "-o", "json"]);
    assert_eq!((ran.exit, ran.json_lines().len()), (Exit::Success, 2));
    assert!(ran.stderr.ends_with("timpush: note: 1500000031: scheduled for 2026-12-03 14:00:00 UTC by profile default (SDKAppID 1400000000, http://127.0.0.1:9) at 2026-12-03 12:00:00 +00:00; cancelled at 2026-12-03 12:00:00 +00:00 (sched cancel)\n"), "{}", ran.stderr);
    kit.run(&["log", "--task", &pushed("cccccc")]).expect(
        Exit::Refused,
        "",
        &format!("timpush: note: 0 of 0 entries of the journal $HOME/.local/state/timpush/journal.db (default)\n\
            timpush: error: the journal $HOME/.local/state/timpush/journal.db holds nothing of {}\n  hint: a push made from another machine, job or the console is in that one's journal, or in the Chat console's push records\n", pushed("cccccc")),
    );
    kit.run(&["log", "--task", "a,b"]).expect(
        Exit::Usage,
        "",
        "timpush: error: --task: the TaskId holds a comma or semicolon: give one TaskId at a time\n",
    );
}

/// A team journal whose server does not answer: a push does not go (the check across the team
/// cannot be made), a recall still does, and the URL's password shows nowhere.
#[test]
fn an_unreachable_team_journal_stops_a_push_but_not_a_recall() {
    let mut kit = Kit::new();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let password = "team-password-never-shown-42";
    kit.set(
        "TIMPUSH_JOURNAL",
        &format!("postgres://ops:{password}@127.0.0.1:{port}/timpush"),
    );
    let ran = kit.run(&SALE);
    assert_eq!((ran.exit, ran.stdout.as_str()), (Exit::Config, ""));
    assert!(ran.requests.is_empty());
    assert!(
        ran.stderr.starts_with(&format!(
            "timpush: error: the team journal cannot be used: cannot reach the team journal postgres://(redacted)@127.0.0.1:{port}/timpush: "
        )),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.ends_with("  hint: nothing was sent: the check against a second push across the team needs it; try again once the server answers, or give --journal FILE to use this machine's journal alone\n"), "{}", ran.stderr);
    let a = pushed("aaaaaa");
    kit.reply([ok(json!({}))]);
    let ran = kit.run(&["revoke", &a]);
    assert_eq!(
        (ran.exit, ran.stdout.as_str()),
        (Exit::Success, format!("recalled {a}\n").as_str())
    );
    assert!(
        ran.stderr.starts_with("timpush: warning: the journal was not written (cannot reach the team journal postgres://(redacted)@"),
        "{}",
        ran.stderr
    );
    for text in [&ran.stdout, &ran.stderr] {
        assert!(!text.contains(password) && !text.contains("ops:"), "{text}");
    }
}
