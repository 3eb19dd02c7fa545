//! What a terminal changes: the progress line and colour (the run says which of its streams
//! are terminals; `tests/` keeps one check of each on a real pseudo-terminal).

use crate::error::Exit;
use crate::run::Stream;
use crate::testkit::{Kit, Reply, task_pushed};

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn progress_shows_only_where_it_cannot_run_into_the_results() {
    let (a, b) = (task_pushed(60, "000001"), task_pushed(60, "000002"));
    let args = ["revoke", "--task-id", &a, "--task-id", &b];
    let results = format!("recalled {a}\nrecalled {b}\n");
    let summary = "timpush: note: 2 recalled, 0 already recalled, 0 failed\n";
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Code(0));
    // No terminal: no progress text at all.
    kit.run(&args).expect(Exit::Success, &results, summary);
    // stderr and stdout on the terminal: the line counts the item it names, says when it is
    // the last, and is cleared before each result.
    kit.terminal(Stream::Stderr).terminal(Stream::Stdout);
    kit.run(&args).expect(
        Exit::Success,
        &results,
        &format!(
            "\r\x1b[K[1/2] recalling {a}, about 1 s left\r\x1b[K\r\x1b[K[2/2] recalling {b}, the last one\r\x1b[K{summary}"
        ),
    );
    // stdout a pipe (`| tee out`) that may lead to the same screen: no progress.
    kit.terminal(Stream::Stderr);
    kit.run(&args).expect(Exit::Success, &results, summary);
    // --verbose: the debug lines have the terminal.
    kit.terminal(Stream::Stderr).terminal(Stream::Stdout);
    kit.run(&["revoke", "--verbose", "--task-id", &a, "--task-id", &b])
        .is(snapbox::str![[r#"
exit 0 (Success)
--- stdout
recalled 6b115984_537ed82a_200000cd7ee17f5_84035729_000001
recalled 6b115984_537ed82a_200000cd7ee17f5_84035729_000002
--- stderr
timpush: profile "default" (default); credential: secret key from variable TIMPUSH_SECRET_KEY
timpush: pacing timpush/revoke with other timpush processes through $HOME/run/timpush/d27fde9c7f552218235c5a17.pace
timpush: POST http://127.0.0.1:9/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1000&contenttype=json
timpush: answer: HTTP 200 in 0 ms
timpush: waiting 1.00 s for the service's pace (one call every 1.0 s)
timpush: POST http://127.0.0.1:9/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1001&contenttype=json
timpush: answer: HTTP 200 in 0 ms
timpush: note: 2 recalled, 0 already recalled, 0 failed

"#]]);
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color_or_dumb_terms() {
    let task = task_pushed(60, "bc614e");
    let args = ["revoke", "--task-id", &task, "--max-attempts", "1"];
    let message = format!(
        "{task}: ErrorCode 90049 (TaskId unknown or not a push task): service said \"error\"\n  hint: only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region\n"
    );
    let plain = format!("timpush: error: {message}");
    let red = format!("timpush: \x1b[1;31merror:\x1b[0m {message}");
    let mut kit = Kit::new();
    kit.answer(|_| Reply::Code(90049));
    kit.unset("NO_COLOR");
    for (terminal, term, no_color, flag, want) in [
        (false, "xterm", false, None, &plain),
        (false, "xterm", false, Some("always"), &red),
        (true, "xterm", false, None, &red),
        (true, "xterm", true, None, &plain),
        (true, "dumb", false, None, &plain),
        (true, "xterm", false, Some("never"), &plain),
    ] {
        kit.set("TERM", term);
        if no_color {
            kit.set("NO_COLOR", "1");
        } else {
            kit.unset("NO_COLOR");
        }
        if terminal {
            kit.terminal(Stream::Stderr);
        }
        let mut line = args.to_vec();
        if let Some(f) = flag {
            line.extend(["--color", f]);
        }
        kit.run(&line).expect(Exit::Refused, "", want);
    }
}
