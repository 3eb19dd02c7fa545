//! What a new operator trips over: input pasted with quotes or commas, empty lists, standard
//! input on a terminal, and commands that only print.

use crate::common::*;

#[test]
fn pasted_task_ids_are_refused_before_any_call() {
    let server = Server::http();
    let env = Env::for_server(&server);
    let id = task();
    let quoted = format!("\"{id}\"");
    env.run(&["revoke", "--task-id", &quoted]).expect(
        2,
        "",
        "timpush: error: --task-id: the TaskId holds a quote (\"); give the TaskId without quotes\n",
    );
    let joined = format!("{id},{id}");
    env.run(&["revoke", "--task-id", &joined]).expect(
        2,
        "",
        "timpush: error: --task-id: the TaskId holds a comma or semicolon: give one TaskId at a time (repeat --task-id, or one a line in --from-file)\n",
    );
    let list = env.home().join("ids.txt");
    std::fs::write(&list, format!("{id}\n'{id}'\n")).unwrap();
    env.run(&["revoke", "--from-file", list.to_str().unwrap()]).expect(
        2,
        "",
        &format!(
            "timpush: error: {}:2: the TaskId holds a quote ('); give the TaskId without quotes\n",
            list.display()
        ),
    );
    // A list that holds nothing says so, naming it.
    let empty = env.home().join("empty.txt");
    std::fs::write(&empty, "# nothing yet\n\n").unwrap();
    env.run(&["revoke", "--from-file", empty.to_str().unwrap()]).expect(
        2,
        "",
        &format!(
            "timpush: error: --from-file: {} held no TaskId (only blank lines and # comments, or nothing)\n  hint: put one TaskId a line in it, as push and batch print them\n",
            empty.display()
        ),
    );
    env.run_with_stdin(&["revoke", "--from-file", "-"], Some("")).expect(
        2,
        "",
        "timpush: error: --from-file: standard input held no TaskId (only blank lines and # comments, or nothing)\n  hint: put one TaskId a line in it, as push and batch print them\n",
    );
    assert!(server.requests().is_empty(), "nothing was sent");
}

/// `man` and `completions` print one document: a reader that leaves early ends them quietly,
/// and -o does not apply to them.
#[test]
fn commands_that_only_print_end_quietly_and_refuse_o() {
    let env = Env::new();
    for args in [&["man"][..], &["completions", "bash"]] {
        let mut cmd = env.command(args);
        let mut child = cmd.stdin(std::process::Stdio::null()).spawn().unwrap();
        // The reader leaves at once, as `| head -1` does after its line.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).into_owned()
            ),
            (Some(0), String::new()),
            "{args:?}"
        );
        let mut with_o = args.to_vec();
        with_o.extend(["-o", "json"]);
        let run = env.run(&with_o);
        let name = args[0];
        assert_eq!(run.code, 2, "{run:?}");
        assert_eq!(
            run.json_lines(),
            vec![
                serde_json::json!({"error": {"kind": "usage", "message": format!("-o/--output does not apply to `timpush {name}`: it prints one document, the same in any format"), "hint": "leave -o out; the document goes to standard output as it is"}, "exit_code": 2})
            ]
        );
    }
}

/// `trace` with nothing to show says so on stderr: stdout holds results only.
#[test]
fn trace_with_nothing_found_prints_no_result() {
    let server = Server::http();
    let env = Env::for_server(&server);
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","InstanceTrace":[]}"#.into(),
    )]);
    let id = task();
    env.run(&["trace", id, "--user", "u1"]).expect(
        0,
        "",
        &format!("timpush: note: no trace of {id} for u1: the push did not target this user, or it is older than 7 days\n"),
    );
}

/// Reading standard input from a terminal says so, instead of seeming to hang.
#[test]
fn standard_input_on_a_terminal_is_announced() {
    let env = Env::new();
    let bin = env!("CARGO_BIN_EXE_timpush");
    // script(1) gives the command a terminal; its input ends at once (Ctrl-D).
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("{bin} usersig decode"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("timpush: note: reading the UserSig from standard input; paste it, then press Enter and Ctrl-D\r\n"),
        "{text:?}"
    );
}
