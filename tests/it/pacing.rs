//! Pacing across processes: loops and parallel runs of timpush, measured at the server.

use crate::common::*;
use std::process::Stdio;
use std::time::{Duration, Instant};

fn ids(n: u32) -> Vec<String> {
    let base = task();
    let stem = &base[..base.rfind('_').unwrap()];
    (1..=n).map(|i| format!("{stem}_{i:06x}")).collect()
}

/// The gaps between arrivals at the server, in order.
fn gaps(server: &Server) -> Vec<Duration> {
    let mut at: Vec<Instant> = server.requests().iter().map(|r| r.at).collect();
    at.sort();
    at.windows(2).map(|w| w[1] - w[0]).collect()
}

#[test]
fn parallel_processes_are_paced_as_one() {
    let server = Server::http();
    server.rate_limit();
    let mut env = Env::for_server(&server);
    env.set("XDG_RUNTIME_DIR", env.home().join("run").to_str().unwrap());
    let tasks = ids(6);
    let children: Vec<_> = tasks
        .iter()
        .map(|id| {
            env.command(&["revoke", "--task-id", id, "-o", "json"])
                .stdin(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(line["outcome"], "revoked");
        assert_eq!(line["attempts"], 1);
    }
    assert_eq!(server.throttled(), 0);
    assert_eq!(server.requests().len(), 6, "one call per task");
    for g in gaps(&server) {
        assert!(g >= Duration::from_secs(1), "{g:?}");
    }
}

#[test]
fn a_loop_of_processes_is_paced_without_a_throttled_call() {
    let server = Server::http();
    server.rate_limit();
    let env = Env::for_server(&server);
    for id in ids(4) {
        env.run(&["revoke", "--task-id", &id])
            .expect(0, &format!("recalled {id}\n"), "");
    }
    assert_eq!(server.throttled(), 0);
    assert_eq!(server.requests().len(), 4);
    for g in gaps(&server) {
        assert!(g >= Duration::from_secs(1), "{g:?}");
    }
}

#[test]
fn different_apps_and_endpoints_do_not_wait_for_each_other() {
    let (a, b) = (Server::http(), Server::http());
    let env_a = Env::for_server(&a);
    let mut env_b = Env::for_server(&b);
    // The same folder for both: only the endpoint differs.
    env_b.set(
        "XDG_RUNTIME_DIR",
        env_a.home().join("run").to_str().unwrap(),
    );
    let mut env_a2 = Env::for_server(&a);
    env_a2.set(
        "XDG_RUNTIME_DIR",
        env_a.home().join("run").to_str().unwrap(),
    );
    let mut env_c = Env::for_server(&a);
    env_c
        .set(
            "XDG_RUNTIME_DIR",
            env_a.home().join("run").to_str().unwrap(),
        )
        .set("TIMPUSH_SDKAPPID", "1400000001");
    std::fs::create_dir_all(env_a.home().join("run")).unwrap();
    let three = ids(3);
    let mut args = vec!["revoke", "--verbose"];
    for id in &three {
        args.extend(["--task-id", id]);
    }
    let kids: Vec<_> = [&env_a2, &env_b, &env_c]
        .iter()
        .map(|e| e.command(&args).stdin(Stdio::null()).spawn().unwrap())
        .collect();
    // Each waits for its own calls only: a wait for another process says so (--verbose). The
    // trace's own waits vary with the machine's timing; what matters is that no line names
    // another process.
    for k in kids {
        let out = k.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        assert!(!stderr.contains("another timpush process"), "{stderr}");
        assert!(!stderr.contains("waiting for timpush process"), "{stderr}");
    }
    assert_eq!(a.requests().len(), 6);
    assert_eq!(b.requests().len(), 3);
}

#[test]
fn a_killed_process_never_blocks_the_next() {
    let server = Server::http();
    server.push([Reply::Stall(Duration::from_secs(30))]);
    let env = Env::for_server(&server);
    let mut child = env
        .command(&["revoke", "--task-id", task()])
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_requests(&server, 1);
    child.kill().unwrap();
    child.wait().unwrap();
    // Blocked by the killed process's turn, it would say whom it waits for (on stderr).
    let id = &ids(2)[1];
    env.run(&["revoke", "--task-id", id, "--timeout", "5"])
        .expect(0, &format!("recalled {id}\n"), "");
}

#[test]
fn garbage_in_the_state_file_is_ignored() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    let run_dir = env.home().join("run");
    env.set("XDG_RUNTIME_DIR", run_dir.to_str().unwrap());
    env.run(&["revoke", "--task-id", task()])
        .expect(0, &format!("recalled {}\n", task()), "");
    let files: Vec<_> = std::fs::read_dir(run_dir.join("timpush"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    for text in ["not a time", "99999999999999999999", "4102444800000000000"] {
        std::fs::write(&files[0], text).unwrap();
        // No wait at all: --verbose would say "waiting".
        let id = &ids(3)[2];
        env.run(&["revoke", "--task-id", id, "--verbose"])
            .is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "default" (default); credential: secret key from variable TIMPUSH_SECRET_KEY
timpush: pacing timpush/revoke with other timpush processes through [HOME]/run/timpush/[HASH].pace
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
        // Rewritten: when the call ended, and the process that made it.
        let now = std::fs::read_to_string(&files[0]).unwrap();
        let words: Vec<&str> = now.split_whitespace().collect();
        assert!(
            words.len() == 2 && words.iter().all(|w| w.parse::<u64>().is_ok()),
            "rewritten: {now:?}"
        );
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(run_dir.join("timpush"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
}

#[test]
fn without_a_usable_folder_pacing_stays_in_the_process() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    let not_a_dir = env.home().join("file");
    std::fs::write(&not_a_dir, "").unwrap();
    env.set("XDG_RUNTIME_DIR", not_a_dir.to_str().unwrap());
    env.run(&["revoke", "--task-id", task(), "--verbose"])
        .is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "default" (default); credential: secret key from variable TIMPUSH_SECRET_KEY
timpush: pacing timpush/revoke within this process only: cannot use [HOME]/file/timpush (Not a directory (os error 20))
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
}

#[test]
fn verbose_says_how_long_it_waited_and_ctrl_c_while_waiting_is_not_attempted() {
    let server = Server::http();
    server.push([Reply::Stall(Duration::from_secs(3))]);
    let env = Env::for_server(&server);
    // One process holds the turn for 3 s; the other waits for it.
    let holder = env
        .command(&["revoke", "--task-id", task()])
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_requests(&server, 1);
    let id = &ids(2)[1];
    let mut waiter = env
        .command(&["revoke", "--task-id", id, "-o", "json", "--verbose"])
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    // Interrupted once it says whom it waits for.
    let lines = lines_of(&mut waiter);
    wait_for_line(&lines, "timpush: note: waiting for timpush process ");
    sigint(&waiter);
    rest_of(&lines);
    let out = waiter.wait_with_output().unwrap();
    assert!(died_by_sigint(&out.status), "{:?}", out.status);
    same(
        placeholders(&String::from_utf8_lossy(&out.stdout)),
        str![[r#"
{"TaskId":"[TASK1]","outcome":"not_attempted","attempts":0,"exit_code":130}

"#]],
    );
    assert_eq!(server.requests().len(), 1, "the waiter sent nothing");
    holder.wait_with_output().unwrap();
    // After the holder is done, the wait is said.
    // How long is left of the pace is the `[..]`.
    env.run(&["revoke", "--task-id", id, "--verbose"])
        .is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr
timpush: profile "default" (default); credential: secret key from variable TIMPUSH_SECRET_KEY
timpush: pacing timpush/revoke with other timpush processes through [HOME]/.cache/timpush/pace/[HASH].pace
timpush: waiting [..] s for the service's pace (one call every 1.0 s; another timpush process called last)
timpush: POST http://127.0.0.1:[PORT]/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=[RANDOM]&contenttype=json
timpush: answer: HTTP 200 in [MS] ms

"#]]);
}

#[test]
fn a_stopped_process_whose_call_is_out_is_named_and_blocks_only_until_the_deadline() {
    let server = Server::http();
    server.push([Reply::Stall(Duration::from_secs(3))]);
    let env = Env::for_server(&server);
    let holder = env
        .command(&["revoke", "--task-id", task()])
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_requests(&server, 1);
    // Stopped with its call out, as Ctrl-Z does: it holds no lock, only its mark in the state.
    // SAFETY: signalling our own child.
    unsafe { libc::kill(holder.id() as i32, libc::SIGSTOP) };
    let pid = holder.id();
    let id = &ids(2)[1];
    let run = env.run(&["revoke", "--task-id", id, "--timeout", "1", "-o", "json"]);
    // SAFETY: as above.
    unsafe { libc::kill(holder.id() as i32, libc::SIGCONT) };
    let line = serde_json::json!({
        "TaskId": id,
        "outcome": "failed",
        "attempts": 0,
        "error": {
            "kind": "pacing",
            "message": format!("the deadline passed after 1.0 s of waiting for timpush process {pid}, whose call to the service was out; nothing was sent (gave up after 0 attempts)"),
        },
        "hint": "another timpush process for this app was calling the service: if it was stopped (Ctrl-Z), resume it with fg or end it; then run the same command again (nothing was sent)",
        "exit_code": 6,
    });
    run.expect(
        6,
        &format!("{line}\n"),
        &format!(
            "timpush: note: waiting for timpush process {pid}, whose call to the service is out (if it was stopped with Ctrl-Z, resume it with fg or end it)\n\
             timpush: error: {id}: the deadline passed after 1.0 s of waiting for timpush process {pid}, whose call to the service was out; nothing was sent (gave up after 0 attempts)\n  \
             hint: another timpush process for this app was calling the service: if it was stopped (Ctrl-Z), resume it with fg or end it; then run the same command again (nothing was sent)\n"
        ),
    );
    assert_eq!(server.requests().len(), 1, "the waiter sent nothing");
    holder.wait_with_output().unwrap();
}

/// A state folder or file planted as a symlink (a runtime folder others can write) is never
/// followed: pacing stays in the process, with a warning, and the file it pointed at is intact.
#[test]
fn planted_symlinks_in_the_state_folder_are_not_followed() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    let run_dir = env.home().join("run");
    std::fs::create_dir(&run_dir).unwrap();
    set_mode(&run_dir, 0o700);
    env.set("XDG_RUNTIME_DIR", run_dir.to_str().unwrap());
    let precious = env.home().join("precious");
    std::fs::write(&precious, "keep me\n").unwrap();
    // The folder itself as a symlink.
    std::os::unix::fs::symlink(env.home(), run_dir.join("timpush")).unwrap();
    let run = env.run(&["revoke", "--task-id", task()]);
    run.expect(
        0,
        &format!("recalled {}\n", task()),
        &format!(
            "timpush: warning: pacing timpush/revoke within this process only: {}/timpush is a symlink, which timpush does not follow for its state; remove it\n",
            run_dir.display()
        ),
    );
    // A real folder, with every state file name planted as a symlink to the precious file.
    std::fs::remove_file(run_dir.join("timpush")).unwrap();
    env.run(&["revoke", "--task-id", task()]).is(str![[r#"
exit 0
--- stdout
recalled [TASK1]
--- stderr

"#]]);
    let names: Vec<_> = std::fs::read_dir(run_dir.join("timpush"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    std::fs::remove_file(&names[0]).unwrap();
    std::os::unix::fs::symlink(&precious, &names[0]).unwrap();
    let run = env.run(&["revoke", "--task-id", task()]);
    run.expect(
        0,
        &format!("recalled {}\n", task()),
        &format!(
            "timpush: warning: pacing timpush/revoke within this process only: {} is a symlink, which timpush does not follow; remove it\n",
            names[0].display()
        ),
    );
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me\n");
}
