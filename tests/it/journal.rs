//! The journal across processes, against the emulator in a process of its own: two runs racing
//! one idempotency key, a run killed while its call is out, an old JSON Lines journal imported,
//! and files that are not a journal refused (a recall still goes).

use crate::common::*;
use std::time::Duration;

const KEY: &str = "5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d";

/// The pushes the emulator made.
fn pushes(url: &str) -> usize {
    emulator_state(url)["tasks"].as_array().unwrap().len()
}

const PUSH: [&str; 9] = [
    "push",
    "--tag",
    "vip",
    "--title",
    "Flash sale",
    "--desc",
    "D",
    "--idempotency-key",
    "release-42",
];

/// `PUSH` started at once in each of `envs` (an earlier push made already): exactly one goes out
/// and the other is refused, naming the first as possibly out. Both runs' outputs.
fn race(envs: &[&Env; 2], url: &str) -> Vec<std::process::Output> {
    let children: Vec<_> = envs
        .iter()
        .map(|env| {
            env.command(&PUSH)
                .stdin(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let mut codes: Vec<i32> = outs.iter().map(|o| o.status.code().unwrap()).collect();
    codes.sort();
    assert_eq!(codes, [0, 5], "{outs:?}");
    assert_eq!(pushes(url), 2, "the one before, and one of the two");
    let refused = outs.iter().find(|o| o.status.code() == Some(5)).unwrap();
    same(
        placeholders(&String::from_utf8_lossy(&refused.stderr)),
        "timpush: error: a push with --idempotency-key release-42 was sent under a minute ago ([TIME], unknown); nothing was sent\n  hint: its answer was lost, so it may have gone out: look for it first (the Chat console's push records); if it is not there, add --force\n",
    );
    outs
}

/// Two processes started together with the same `--idempotency-key`, the service slow to
/// answer: the check and the journal's entry are one transaction, so exactly one push goes out
/// and the other run is refused, naming the first as possibly out.
#[test]
fn two_runs_racing_one_key_push_once() {
    let emu = EmulatorProcess::start(KEY, &["--delay", "600"]);
    let env = emu.client(KEY);
    // An earlier push of another text: the journal is there before the race.
    let first = env.run(&["push", "--tag", "vip", "--title", "Before", "--desc", "D"]);
    assert_eq!(first.code, 0, "{first:?}");
    let outs = race(&[&env, &env], &emu.url);
    let refused = outs.iter().find(|o| o.status.code() == Some(5)).unwrap();
    assert!(refused.stdout.is_empty());
    let log = env.run(&["log", "-o", "json"]);
    assert_eq!(log.json_lines().len(), 2, "{log:?}");
    assert_eq!(log.json_lines()[1]["outcome"], "pushed");
}

/// A run killed (SIGKILL, as a CI runner's timeout does) while its push is out leaves the
/// journal's entry `unknown`, never nothing: the same job run again is refused.
#[cfg(unix)]
#[test]
fn a_run_killed_while_its_call_is_out_leaves_unknown() {
    let emu = EmulatorProcess::start(KEY, &["--delay", "5000"]);
    let env = emu.client(KEY);
    let mut child = env
        .command(&PUSH)
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The entry is written before the call goes; wait for the call to reach the emulator.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while emulator_state(&emu.url)["calls"].as_u64().unwrap_or(0) == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the push never reached the emulator"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let _ = child.wait();
    let log = env.run(&["log", "-o", "json"]);
    let lines = log.json_lines();
    assert_eq!(lines.len(), 1, "{log:?}");
    assert_eq!(
        (lines[0]["command"].as_str(), lines[0]["outcome"].as_str()),
        (Some("push"), Some("unknown"))
    );
    assert_eq!(lines[0]["idempotency_key"], "release-42");
    let again = env.run(&PUSH);
    assert_eq!((again.code, again.stdout.as_str()), (5, ""));
    same(
        placeholders(&again.stderr),
        "timpush: error: a push with --idempotency-key release-42 was sent under a minute ago ([TIME], unknown); nothing was sent\n  hint: its answer was lost, so it may have gone out: look for it first (the Chat console's push records); if it is not there, add --force\n",
    );
}

/// The JSON Lines journal an earlier version kept is imported once, whole, the first time the
/// journal is opened, and kept beside; what it held is what `log` and `revoke --last` know.
#[cfg(unix)]
#[test]
fn an_old_json_lines_journal_is_imported_and_kept() {
    let emu = EmulatorProcess::start(KEY, &[]);
    let env = emu.client(KEY);
    // A push the emulator made, recorded as the old version wrote it.
    let pushed = env.run(&["push", "--tag", "vip", "--title", "Old", "--desc", "D"]);
    assert_eq!(pushed.code, 0, "{pushed:?}");
    let task = pushed.stdout.trim().to_string();
    let dir = env.home().join(".local/state/timpush");
    std::fs::remove_file(dir.join("journal.db")).unwrap();
    for extra in ["journal.db-wal", "journal.db-shm"] {
        let _ = std::fs::remove_file(dir.join(extra));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let old = format!(
        "{{\"time\":\"x\",\"unix\":{now},\"profile\":\"default\",\"sdkappid\":1400000000,\"command\":\"push\",\"title\":\"Old\",\"TaskId\":\"{task}\",\"outcome\":\"pushed\",\"exit_code\":0}}\n{{\"unix\":{now},\"command\":\"push\",\"title\":\"cut short by a full disk\n"
    );
    write_private(&dir.join("journal.jsonl"), &old);
    let home = env.home().display().to_string();
    let log = env.run(&["log", "-o", "json"]);
    assert_eq!(log.code, 0, "{log:?}");
    assert_eq!(log.json_lines().len(), 1);
    assert_eq!(
        log.stderr,
        format!(
            "timpush: note: the JSON Lines journal {home}/.local/state/timpush/journal.jsonl was imported into {home}/.local/state/timpush/journal.db (1 entry; 1 line(s) that are not JSON objects were left out (they stay in {home}/.local/state/timpush/journal.jsonl.imported)); the old file is kept as {home}/.local/state/timpush/journal.jsonl.imported\ntimpush: note: 1 of 1 entries of the journal {home}/.local/state/timpush/journal.db (default)\n"
        )
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("journal.jsonl.imported")).unwrap(),
        old
    );
    // Imported once: the next run reads the database alone.
    let again = env.run(&["revoke", "--last"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert_eq!(again.stdout, format!("recalled {task}\n"));
}

/// A journal file that is not one: a push is refused (its duplicate check cannot be made), with
/// the path and what to do, and the file is left as it was; a recall still goes, with a warning.
#[cfg(unix)]
#[test]
fn a_file_that_is_not_a_journal_is_refused_and_a_recall_still_goes() {
    let emu = EmulatorProcess::start(KEY, &[]);
    let mut env = emu.client(KEY);
    let pushed = env.run(&["push", "--tag", "vip", "--title", "T", "--desc", "D"]);
    assert_eq!(pushed.code, 0, "{pushed:?}");
    let task = pushed.stdout.trim().to_string();
    for (name, bytes, what) in [
        (
            "notes.txt",
            b"Shopping list\nmilk\n".to_vec(),
            "is not a timpush journal (it is neither a SQLite database nor JSON Lines); nothing was read from it or written to it: point journal (--journal, TIMPUSH_JOURNAL or the profile's journal) at another file, or move this one away",
        ),
        (
            "damaged.db",
            [b"SQLite format 3\0".as_slice(), &[0xA5; 8192]].concat(),
            "is damaged (SQLite cannot read it as a database); nothing was read from it: move it aside (timpush starts a new journal) and keep it to recover what it held with sqlite3's .recover",
        ),
    ] {
        let path = env.home().join(name);
        std::fs::write(&path, &bytes).unwrap();
        set_mode(&path, 0o600);
        env.set("TIMPUSH_JOURNAL", path.to_str().unwrap());
        let shown = path.display().to_string();
        env.run(&["push", "--tag", "vip", "--title", "Again", "--desc", "D"]).expect(
            3,
            "",
            &format!("timpush: error: the journal cannot be used: {shown} {what}\n  hint: nothing was sent: the check against a second push needs the journal; give --journal FILE for another one, or move this one aside\n"),
        );
        env.run(&["log"]).expect(
            3,
            "",
            &format!("timpush: error: the journal cannot be read: {shown} {what}\n"),
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bytes,
            "{name} left as it was"
        );
    }
    assert_eq!(pushes(&emu.url), 1, "nothing more was pushed");
    let recall = env.run(&["revoke", &task]);
    assert_eq!(
        (recall.code, recall.stdout.as_str()),
        (0, format!("recalled {task}\n").as_str())
    );
    assert!(
        recall
            .stderr
            .starts_with("timpush: warning: the journal was not written ("),
        "{}",
        recall.stderr
    );
}

/// A team's journal on PostgreSQL: two operators (two homes, two processes) start the same push
/// with the same key at once against one journal: exactly one push goes out, the other run is
/// refused; each sees the other's entries; the URL's password is never shown.
#[cfg(unix)]
#[test]
fn two_homes_sharing_a_postgres_journal_push_once() {
    let pg = Postgres::start();
    let password = "team-journal-password-7f3a9c";
    let url = pg.url(password);
    let emu = EmulatorProcess::start(KEY, &["--delay", "600"]);
    let mut alice = emu.client(KEY);
    let mut bob = emu.client(KEY);
    for env in [&mut alice, &mut bob] {
        env.set("TIMPUSH_JOURNAL", &url);
    }
    // The tables are made by the first run that needs them.
    let first = alice.run(&["push", "--tag", "vip", "--title", "Before", "--desc", "D"]);
    assert_eq!(first.code, 0, "{first:?}");
    let outs = race(&[&alice, &bob], &emu.url);
    // Bob's home lists Alice's push too; the journal is named without its password.
    let log = bob.run(&["log", "-o", "json"]);
    assert_eq!(log.code, 0, "{log:?}");
    let titles: Vec<String> = log
        .json_lines()
        .iter()
        .map(|e| e["title"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(titles, ["Before", "Flash sale"]);
    assert_eq!(
        log.stderr,
        format!(
            "timpush: note: 2 of 2 entries of the journal postgres://(redacted)@127.0.0.1:{}/postgres (variable TIMPUSH_JOURNAL)\n",
            url.rsplit(':').next().unwrap().split('/').next().unwrap()
        )
    );
    let show = bob.run(&["config", "show"]);
    for run in [&first, &log, &show] {
        run.assert_no_secrets(&[KEY, password]);
    }
    for o in &outs {
        assert!(!String::from_utf8_lossy(&o.stderr).contains(password));
    }
}
