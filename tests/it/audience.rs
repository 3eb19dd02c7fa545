//! The audience commands against the emulator in a process of its own: Ctrl-C in the middle of
//! a large file and an exact resume, two processes sharing the service's pace, and a push to
//! tags reaching exactly the accounts that hold them.

use crate::common::*;
use serde_json::Value;
use std::process::Stdio;
use std::time::{Duration, Instant};

const KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

fn audience(url: &str) -> Value {
    emulator_state(url)["audience"]["1400000000"].clone()
}

fn rows(env: &Env, name: &str, from: u32, to: u32) -> std::path::PathBuf {
    let path = env.home().join(name);
    let mut text = String::from("account,tag\n");
    for i in from..to {
        text.push_str(&format!("u{i},vip\n"));
    }
    std::fs::write(&path, text).unwrap();
    path
}

/// `tag add --from-file FILE` in a process group of its own, sent SIGINT (as a terminal's
/// Ctrl-C is) once the emulator has taken `after` accounts; what it left.
fn ctrl_c_after(
    emu: &EmulatorProcess,
    env: &Env,
    file: &std::path::Path,
    after: u64,
) -> std::process::Output {
    let mut cmd = env.command(&["tag", "add", "--from-file", file.to_str().unwrap()]);
    use std::os::unix::process::CommandExt;
    cmd.process_group(0).stdin(Stdio::null());
    let child = cmd.spawn().unwrap();
    let start = Instant::now();
    while audience(&emu.url)["received"]["add_tag"]
        .as_u64()
        .unwrap_or(0)
        < after
    {
        assert!(start.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: signalling the group of our own child, as a terminal's Ctrl-C does.
    unsafe { libc::kill(-(child.id() as i32), libc::SIGINT) };
    child.wait_with_output().unwrap()
}

#[test]
fn ctrl_c_in_the_middle_of_a_file_leaves_rows_that_resume_exactly() {
    let emu = EmulatorProcess::start(KEY, &["--delay", "20"]);
    let env = emu.client(KEY);
    let file = rows(&env, "users.csv", 0, 30_000);
    let out = ctrl_c_after(&emu, &env, &file, 3_000);
    assert!(died_by_sigint(&out.status), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let took = audience(&emu.url)["received"]["add_tag"].as_u64().unwrap();
    assert!(took < 30_000, "stopped before the end: {took}");
    let resume = env.home().join("users.csv.resume");
    let home = env.home().to_str().unwrap();
    assert_eq!(
        stderr.replace(home, "$HOME"),
        format!(
            "timpush: interrupted: stopping before the next call\ntimpush: note: the rows not done are in $HOME/users.csv.resume; to go on from there: timpush tag add --from-file $HOME/users.csv.resume\n"
        )
    );
    let calls = stdout
        .split(" in ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .unwrap_or("?");
    assert_eq!(
        stdout,
        format!(
            "tag add: 30000 accounts in {calls} calls: {took} done, {} not done (interrupted)\n",
            30_000 - took
        )
    );
    // The resume file holds as many rows as the service did not take, in the input's order
    // (calls out at once may end out of order, so they need not be the last rows); sending
    // them below shows they are exactly those.
    let left = resume_rows(&std::fs::read_to_string(&resume).unwrap());
    assert_eq!(left.len() as u64, 30_000 - took);
    let run = env.run(&["tag", "add", "--from-file", resume.to_str().unwrap()]);
    run.expect(
        0,
        &format!(
            "tag add: {n} accounts in {c} calls: {n} done\n",
            n = 30_000 - took,
            c = (30_000 - took).div_ceil(100)
        ),
        "",
    );
    let a = audience(&emu.url);
    // None sent twice, none skipped, none refused as too frequent.
    assert_eq!(a["received"]["add_tag"], 30_000);
    assert_eq!(a["holders"], 30_000);
    assert_eq!(a["throttled"], 0);
}

#[test]
fn two_processes_share_the_service_s_pace() {
    let emu = EmulatorProcess::start(KEY, &["--delay", "10"]);
    let env = emu.client(KEY);
    let a = rows(&env, "a.csv", 0, 8_000);
    let b = rows(&env, "b.csv", 8_000, 16_000);
    let spawn = |f: &std::path::Path| {
        env.command(&["tag", "add", "--from-file", f.to_str().unwrap()])
            .stdin(Stdio::null())
            .spawn()
            .unwrap()
    };
    let (ca, cb) = (spawn(&a), spawn(&b));
    for c in [ca, cb] {
        let out = c.wait_with_output().unwrap();
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            "tag add: 8000 accounts in 80 calls: 8000 done\n"
        );
        assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
        assert_eq!(out.status.code(), Some(0));
    }
    let st = audience(&emu.url);
    assert_eq!(st["received"]["add_tag"], 16_000);
    assert_eq!(st["throttled"], 0, "no call over 100 a second");
    // 160 calls over kept-alive connections: at most 8 a process.
    let connections = emulator_state(&emu.url)["connections"].as_u64().unwrap();
    assert!((2..=16).contains(&connections), "{connections} connections");
}

#[test]
fn a_push_to_tags_reaches_the_accounts_that_hold_them() {
    let emu = EmulatorProcess::start(KEY, &[]);
    let env = emu.client(KEY);
    env.run(&["tag", "add", "alice", "bob", "carol", "--tag", "vip"])
        .expect(0, "tag add: 3 accounts in 1 call: 3 done\n", "");
    env.run(&["tag", "add", "carol", "--tag", "beta"]).expect(
        0,
        "tag add: 1 account in 1 call: 1 done\n",
        "",
    );
    let push = |args: &[&str]| {
        let mut all = vec!["push", "--title", "T", "--desc", "D", "--force"];
        all.extend_from_slice(args);
        let run = env.run(&all);
        assert_eq!(run.code, 0, "{}", run.shown());
        std::thread::sleep(Duration::from_millis(1100));
    };
    push(&["--tag", "vip"]);
    push(&["--tag", "vip", "--tag", "beta"]);
    push(&["--tag", "nobody"]);
    let sizes: Vec<Value> = emulator_state(&emu.url)["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["audience_size"].clone())
        .collect();
    assert_eq!(sizes, [3, 1, 0]);
}

/// A million rows: Ctrl-C after the first few thousand leaves a resume file of exactly the rows
/// the service did not take, in order (the 30,000-row test above also sends them).
#[test]
fn ctrl_c_in_a_million_row_file_leaves_exactly_the_rest() {
    let emu = EmulatorProcess::start(KEY, &["--delay", "20"]);
    let env = emu.client(KEY);
    let file = rows(&env, "million.csv", 0, 1_000_000);
    let out = ctrl_c_after(&emu, &env, &file, 2_000);
    assert!(died_by_sigint(&out.status), "{out:?}");
    let took = audience(&emu.url)["received"]["add_tag"].as_u64().unwrap() as u32;
    assert!(took < 1_000_000);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.ends_with(&format!(
            ": {took} done, {} not done (interrupted)\n",
            1_000_000 - took
        )),
        "{stdout}"
    );
    let left =
        resume_rows(&std::fs::read_to_string(env.home().join("million.csv.resume")).unwrap());
    assert_eq!(left.len() as u32, 1_000_000 - took);
    // Exactly the rows not taken: below 4,000, each account is either tagged or in the file;
    // from there on, every row is in the file.
    assert!(took < 4_000, "{took}");
    let first: Vec<String> = (0..4_000).map(|i| format!("u{i}")).collect();
    let list = env.home().join("first.txt");
    std::fs::write(&list, first.join("\n")).unwrap();
    let run = env.run(&[
        "tag",
        "get",
        "--to-file",
        list.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tagged: Vec<u32> = run
        .json_lines()
        .iter()
        .filter(|v| v["tags"] == serde_json::json!(["vip"]))
        .map(|v| v["account"].as_str().unwrap()[1..].parse().unwrap())
        .collect();
    assert_eq!(tagged.len() as u32, took);
    let mut all: Vec<u32> = tagged.iter().copied().chain(left.iter().copied()).collect();
    all.sort_unstable();
    assert!(
        all.iter().copied().eq(0..1_000_000),
        "each row once: tagged or left"
    );
}

/// The accounts of a resume file's rows (`uN,vip`), checked to be in the input's order.
fn resume_rows(text: &str) -> Vec<u32> {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("account,tag"));
    let rows: Vec<u32> = lines
        .map(|l| l.strip_suffix(",vip").unwrap()[1..].parse().unwrap())
        .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "in the input's order");
    rows
}

/// Each of the nine commands against the emulator, as an operator runs them one after another.
#[test]
fn every_audience_command_works_against_the_emulator() {
    let emu = EmulatorProcess::start(KEY, &[]);
    let env = emu.client(KEY);
    let reg = "379C2F0D-290D-47AE-94D1-919058C39C77";
    env.run(&[
        "attr",
        "names",
        "--set",
        "0=plan,1=device",
        "--types",
        "1=registration",
    ])
    .expect(
        0,
        "attribute names set: 0=plan (UserIDs), 1=device (RegistrationIDs)\n",
        "",
    );
    env.run(&["attr", "names"]).expect(
        0,
        "INDEX  NAME                  ACCOUNTS\n0      plan                  UserIDs\n1      device                RegistrationIDs\n",
        "",
    );
    env.run(&["attr", "set", "alice", "bob", "--attr", "plan=gold"])
        .expect(0, "attr set: 2 accounts in 1 call: 2 done\n", "");
    env.run(&["attr", "set", reg, "--attr", "device=phone"])
        .expect(0, "attr set: 1 account in 1 call: 1 done\n", "");
    env.run(&["attr", "rm", "bob", "--attr", "plan"]).expect(
        0,
        "attr rm: 1 account in 1 call: 1 done\n",
        "",
    );
    env.run(&["attr", "get", "alice", "bob", reg]).expect(
        0,
        &format!("ACCOUNT                               ATTRIBUTES\nalice                                 plan=gold\nbob                                   (none)\n{reg}  device=phone\n"),
        "",
    );
    env.run(&[
        "tag", "add", "alice", "bob", "--tag", "vip", "--tag", "beta",
    ])
    .expect(0, "tag add: 2 accounts in 1 call: 2 done\n", "");
    env.run(&["tag", "rm", "alice", "--tag", "beta"]).expect(
        0,
        "tag rm: 1 account in 1 call: 1 done\n",
        "",
    );
    env.run(&["tag", "clear", "bob"])
        .expect(0, "tag clear: 1 account in 1 call: 1 done\n", "");
    env.run(&["tag", "get", "alice", "bob", "-o", "json"]).expect(
        0,
        "{\"kind\":\"tags\",\"account\":\"alice\",\"tags\":[\"vip\"]}\n{\"kind\":\"tags\",\"account\":\"bob\",\"tags\":[]}\n",
        "",
    );
    // The service's own refusals: a second name for an index in use, the other kind of account.
    let run = env.run(&["attr", "names", "--set", "2=plan"]);
    assert_eq!(run.code, 5, "{}", run.shown());
    assert!(run.stderr.contains("ErrorCode 90033"), "{}", run.stderr);
    let run = env.run(&["tag", "add", reg, "--tag", "vip"]);
    assert_eq!(run.code, 5, "{}", run.shown());
    assert!(run.stderr.contains("ErrorCode 90035"), "{}", run.stderr);
    // One journal entry per run that changed something.
    let log = env.run(&["log", "-o", "json"]);
    let commands: Vec<String> = log
        .json_lines()
        .iter()
        .map(|e| e["command"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        commands,
        [
            "attr names",
            "attr set",
            "attr set",
            "attr rm",
            "tag add",
            "tag rm",
            "tag clear",
            "attr names",
            "tag add"
        ]
    );
}
