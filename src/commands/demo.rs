//! `timpush demo`: the commands an operator runs when a push goes wrong, run for real against
//! an emulator inside this process. No account, no config file, no network. Each `$` line is a
//! command line that timpush then runs, and what follows it is exactly what that command prints.

use crate::emulator::{self, DEFAULT_SDKAPPID as APP};
use crate::error::{Exit, Failure};
use crate::output::Reporter;

fn say(rep: &Reporter, text: &str) {
    // Step headers are for people: on stdout in text mode, on stderr beside JSON.
    if rep.json() {
        stderr_println!("{text}");
    } else {
        rep.stdout(text);
    }
}

/// The place of the demo's own journal, config and runtime files: nothing of the user's is
/// read or written.
struct Demo {
    /// Runs a command line (the program's own runner, handed down so that this command does
    /// not import what sits above it).
    runner: Runner,
    vars: Vec<(String, String)>,
    key: crate::secret::Secret,
    ok: bool,
    /// Ctrl-C (or SIGTERM) came: the step that was running finished, and no other runs.
    cut: bool,
}

impl Demo {
    /// Shows `$ timpush ARGS`, runs it, and shows its exit status; what it printed on stdout.
    fn run(&mut self, rep: &Reporter, header: &str, args: &[&str], expected: Exit) -> String {
        if self.cut || crate::signals::interrupted() || !rep.delivering() {
            self.cut = true;
            return String::new();
        }
        // `timpush demo -v` shows each command's verbose lines: it runs each with -v.
        let mut args = args.to_vec();
        if rep.verbose {
            args.push("-v");
        }
        let shown: Vec<String> = args
            .iter()
            .map(|a| {
                shlex::try_quote(a)
                    .map(|q| q.into_owned())
                    .unwrap_or_else(|_| a.to_string())
            })
            .collect();
        say(rep, &format!("{header}\n$ timpush {}", shown.join(" ")));
        let parent = crate::run::current();
        let (mut run, kept) = crate::run::Run::nested(
            parent,
            args.iter().map(|a| a.to_string()).collect(),
            self.vars.clone(),
        );
        run.made_key = Some((self.key.clone(), "the demo's emulator (no account)"));
        let run: &'static crate::run::Run = Box::leak(Box::new(run));
        let exit = (self.runner)(run);
        self.cut = crate::signals::interrupted();
        if crate::run::stdout_lost_in(run) {
            crate::output::lose_stdout();
            // Its reader left early (`timpush demo | head`): the demo ends there, quietly.
            if run.reader_left.load(std::sync::atomic::Ordering::SeqCst) {
                parent
                    .reader_left
                    .store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
        self.ok &= exit == expected;
        say(rep, &format!("[exit status {}]\n", exit.code()));
        let out = kept.lock().map(|k| k.clone()).unwrap_or_default();
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// The first line of a command's stdout, or the value of `key` of its first JSON object.
fn first(out: &str, key: &str) -> String {
    let line = out.lines().next().unwrap_or("").trim();
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(v) if v.is_object() => match &v[key] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        },
        _ => line.to_string(),
    }
}

/// What runs a whole command line in a run of its own.
pub(crate) type Runner = fn(&'static crate::run::Run) -> Exit;

pub(crate) fn run(rep: &Reporter, runner: Runner) -> Result<Exit, Failure> {
    let (emu, key) = emulator::start_private()?;
    let place = tempfile::Builder::new()
        .prefix("timpush-demo-")
        .tempdir()
        .map_err(|e| Failure::config(format!("cannot make a folder for the demo: {e}")))?;
    let at = |p: &str| place.path().join(p).to_string_lossy().into_owned();
    let output = if rep.json() { "json" } else { "" };
    let vars: Vec<(String, String)> = [
        ("TIMPUSH_ENDPOINT", emu.base_url.clone()),
        ("TIMPUSH_SDKAPPID", APP.to_string()),
        ("TIMPUSH_SECRET_KEY", String::new()),
        ("TIMPUSH_JOURNAL", at("journal.db")),
        ("TIMPUSH_OUTPUT", output.to_string()),
        ("XDG_CONFIG_HOME", at("config")),
        ("XDG_RUNTIME_DIR", at("run")),
        ("XDG_CACHE_HOME", at("cache")),
    ]
    .into_iter()
    .chain(
        [
            "TIMPUSH_PROFILE",
            "TIMPUSH_CONFIG",
            "TIMPUSH_REGION",
            "TIMPUSH_IDENTIFIER",
            "TIMPUSH_USERSIG",
            "TIMPUSH_CA_BUNDLE",
            "TIMPUSH_TIMEOUT",
            "TIMPUSH_MAX_ATTEMPTS",
            "TIMPUSH_DUPLICATE_WINDOW",
        ]
        .map(|k| (k, String::new())),
    )
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let mut demo = Demo {
        runner,
        vars,
        key: key.clone(),
        ok: true,
        cut: false,
    };
    say(
        rep,
        &format!(
            "timpush demo: an emulator of the push service is running at {} inside this process;\n\
             each command below runs for real against it, with a journal of its own.\n",
            emu.base_url
        ),
    );
    let sale = [
        "push",
        "--all",
        "--yes",
        "--title",
        "Flash sale",
        "--desc",
        "50% off, today only",
    ];
    let out = demo.run(
        rep,
        "1. Push a notification to all users:",
        &sale,
        Exit::Success,
    );
    let task = first(&out, "TaskId");
    demo.run(
        rep,
        "2. The same command again (a script or CI job re-run): the journal refuses a second push:",
        &sale,
        Exit::Refused,
    );
    demo.run(
        rep,
        "3. Recall it, replacing the shown notification:",
        &[
            "revoke",
            "--task-id",
            &task,
            "--title",
            "Correction",
            "--desc",
            "Please ignore the last message",
        ],
        Exit::Success,
    );
    demo.run(
        rep,
        "4. Recall it again (what a script re-running after a lost answer sees):",
        &["revoke", "--task-id", &task],
        Exit::Success,
    );
    let old = emu
        .service
        .create_task(APP, std::time::Duration::from_secs(25 * 3600), false, false);
    demo.run(
        rep,
        "5. A push from 25 hours ago (the recall window is 24 hours):",
        &["revoke", "--task-id", &old],
        Exit::Refused,
    );
    let launch = [
        "sched",
        "add",
        "--at",
        "+1h",
        "--all",
        "--yes",
        "--title",
        "Launch",
        "--desc",
        "Doors open at 9",
    ];
    let out = demo.run(
        rep,
        "6. Schedule a push for an hour from now:",
        &launch,
        Exit::Success,
    );
    let first_id = first(&out, "TaskID");
    let copy = [
        "sched",
        "add",
        "--at",
        "+2h",
        "--all",
        "--yes",
        "--title",
        "Launch (copy sent by mistake)",
        "--desc",
        "Doors open at 9",
    ];
    let out = demo.run(rep, "7. And a copy, by mistake:", &copy, Exit::Success);
    let copy_id = first(&out, "TaskID");
    demo.run(
        rep,
        "8. Stop the copy: it has not gone out, so it is cancelled:",
        &["stop", &copy_id],
        Exit::Success,
    );
    if demo.cut {
        return Ok(cut_short(rep, emu));
    }
    let id: u64 = first_id.parse().map_err(|_| {
        Failure::new(
            Exit::Internal,
            "the demo's scheduled push has no TaskID (a bug)",
        )
    })?;
    emu.service
        .dispatch_sched(id)
        .map_err(|e| Failure::new(Exit::Internal, e))?;
    demo.run(
        rep,
        "9. The other one goes out (the emulator sends it now). Stop it: its push is recalled,\n   and the reach report says who may still see it:",
        &["stop", &first_id],
        Exit::Success,
    );
    let push = emu.service.pushed_as(id).unwrap_or_default();
    demo.run(
        rep,
        "10. What was sent and done, from the journal:",
        &["log"],
        Exit::Success,
    );
    demo.run(
        rep,
        "11. How far it got, per channel:",
        &["stats", &push],
        Exit::Success,
    );

    if demo.cut {
        return Ok(cut_short(rep, emu));
    }
    emu.stop();
    say(rep, NEXT_STEPS);
    if demo.ok {
        Ok(Exit::Success)
    } else {
        Err(Failure::new(
            Exit::Internal,
            "the demo did not go as expected (a bug)",
        ))
    }
}

/// The end of a demo cut short. By Ctrl-C: the step that was running finished and was shown;
/// what is left is said, and the run ends as interrupted. By its reader leaving (`| head`):
/// quietly. By another failed write: as any lost output ends.
fn cut_short(rep: &Reporter, emu: emulator::Running) -> Exit {
    emu.stop();
    if !crate::signals::interrupted() {
        return rep.settle(Exit::Success);
    }
    rep.note("demo interrupted: the steps after the last one shown were not run");
    Exit::Interrupted
}

const NEXT_STEPS: &str = r#"Next: run the emulator yourself and point a profile at it.

  export TIMPUSH_EMULATOR_SECRET_KEY=$(openssl rand -hex 32)
  timpush emulator &                       # prints its URL: http://127.0.0.1:8080
  mkdir -p ~/.config/timpush
  (umask 077; printf '%s\n' "$TIMPUSH_EMULATOR_SECRET_KEY" > ~/.config/timpush/emulator.key)
  cat >> ~/.config/timpush/config.toml <<'TOML'
  [profiles.emulator]
  endpoint = "http://127.0.0.1:8080"
  sdkappid = 1400000000
  secret_key_file = "~/.config/timpush/emulator.key"
  TOML
  task=$(curl -s -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:8080/_emulator/tasks | cut -d'"' -f4)
  timpush -p emulator revoke --task-id "$task"

`timpush emulator --help` lists its options: --tls, several apps and admins, scripted faults."#;
