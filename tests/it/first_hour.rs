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
    for (args, want) in [
        (
            &["man"][..],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"-o/--output does not apply to `timpush man`: it prints one document, the same in any format","hint":"leave -o out; the document goes to standard output as it is"},"exit_code":2}
--- stderr
timpush: error: -o/--output does not apply to `timpush man`: it prints one document, the same in any format
  hint: leave -o out; the document goes to standard output as it is

"#]],
        ),
        (
            &["completions", "bash"],
            str![[r#"
exit 2
--- stdout
{"error":{"kind":"usage","message":"-o/--output does not apply to `timpush completions`: it prints one document, the same in any format","hint":"leave -o out; the document goes to standard output as it is"},"exit_code":2}
--- stderr
timpush: error: -o/--output does not apply to `timpush completions`: it prints one document, the same in any format
  hint: leave -o out; the document goes to standard output as it is

"#]],
        ),
    ] {
        let mut cmd = env.command(args);
        let mut child = cmd.stdin(std::process::Stdio::null()).spawn().unwrap();
        // The reader leaves at once, as `| head -1` does after its line.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        // Quiet either way: all written before the reader left (exit 0), or ended by SIGPIPE
        // at the write that found it gone (tests/it/hostile.rs closes the pipe first).
        use std::os::unix::process::ExitStatusExt;
        assert!(
            out.status.code() == Some(0) || out.status.signal() == Some(libc::SIGPIPE),
            "{args:?}: {:?}",
            out.status
        );
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
        let mut with_o = args.to_vec();
        with_o.extend(["-o", "json"]);
        env.run(&with_o).is(want);
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
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    same(
        text,
        str![[r#"
timpush: note: reading the UserSig from standard input; paste it, then press Enter and Ctrl-D
timpush: error: the UserSig cannot be read: it is empty

"#]],
    );
}

/// The wizard answers a region number out of range with the range, and refuses a key file
/// that is not there (not only `doctor`, later).
#[test]
fn the_wizard_checks_the_region_number_and_the_key_file() {
    let env = Env::new();
    let key = env.home().join("prod.key");
    write_private(&key, SENTINEL_KEY);
    let missing = env.home().join("no-such.key").display().to_string();
    let key_path = key.display().to_string();
    let (code, seen) = converse(
        &env,
        "-p prod config init",
        &[
            ("Region [number or name]: ", Some("10")),
            ("choose 1-9, or type the region's name", None),
            ("Region [number or name]: ", Some("2")),
            ("SDKAppID: ", Some("1400000000")),
            ("Admin identifier [administrator]: ", Some("")),
            ("Choice [1-4]: ", Some("2")),
            ("Key file path: ", Some(&missing)),
            ("cannot read key file", None),
            ("Key file path: ", Some(&key_path)),
        ],
    );
    assert_eq!(code, Some(0), "{seen}");
    let home = env.home().display().to_string();
    same(
        seen.replace(&home, "[HOME]"),
        str![[r#"
Region of the app (Chat console > your app):
  1. china           console.tim.qq.com
  2. singapore       adminapisgp.im.qcloud.com
  3. seoul           adminapikr.im.qcloud.com
  4. tokyo           adminapijpn.im.qcloud.com
  5. frankfurt       adminapiger.im.qcloud.com
  6. silicon-valley  adminapiusa.im.qcloud.com
  7. jakarta         adminapiidn.im.qcloud.com
  8. riyadh          adminapiksa.im.qcloud.com
  9. mumbai          adminapiind.im.qcloud.com
Region [number or name]: 10
  choose 1-9, or type the region's name
Region [number or name]: 2
SDKAppID: 1400000000
Admin identifier [administrator]: 
Where does the secret key come from?
  1. paste it now (stored in a key file readable only by you)
  2. a file that holds it
  3. a command that prints it (e.g. pass show timpush/prod)
  4. the variable TIMPUSH_SECRET_KEY, set when timpush runs
Choice [1-4]: 2
Key file path: [HOME]/no-such.key
  cannot read key file [HOME]/no-such.key: No such file or directory (os error 2)
Key file path: [HOME]/prod.key
timpush: note: wrote profile "prod" in [HOME]/.config/timpush/config.toml; check it with: timpush -p prod doctor

"#]],
    );
    let text = std::fs::read_to_string(env.home().join(".config/timpush/config.toml")).unwrap();
    same(
        text.replace(&home, "[HOME]"),
        str![[r#"
default_profile = "prod"

[profiles.prod]
region = "singapore"
sdkappid = 1400000000
identifier = "administrator"
secret_key_file = "[HOME]/prod.key"

"#]],
    );
}

/// From an empty home: no config file says to run `config init`; a file whose profiles none is
/// chosen says how to choose; `config init` makes the new profile the default when the file
/// names none; doctor names every problem with its fix and still checks what needs no
/// credential.
#[test]
fn first_run_from_an_empty_home() {
    let env = Env::new();
    let config = env.home().join(".config/timpush/config.toml");
    env.run(&["revoke", "--task-id", task()]).expect(
        3,
        "",
        &format!(
            "timpush: error: no config file at {}, and no SDKAppID set by a flag or variable\n  hint: run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY\n",
            config.display()
        ),
    );
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    env.write_config(&format!(
        "[profiles.prod]\nregion = \"singapore\"\nsdkappid = 1400000000\n\n[profiles.emulator]\nendpoint = \"{}\"\nsdkappid = 1400000000\n",
        emu.url
    ));
    env.run(&["revoke", "--task-id", task()]).expect(
        3,
        "",
        &format!(
            "timpush: error: {} has the profiles emulator, prod but none is chosen\n  hint: pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = \"emulator\" at the top of the file\n",
            config.display()
        ),
    );
    // doctor: each problem with its fix; the network and clock checked all the same.
    // (The clock check compares whole seconds of two clocks read a moment apart: 0 or 1 s,
    // the `[..]`.)
    env.run(&["-p", "emulator", "doctor"]).is(str![[r#"
exit 3
--- stdout
✗ config     no credential for profile "emulator"
             fix: set secret_key_file (or secret_key_command) in [profiles.emulator], or the variable TIMPUSH_SECRET_KEY
- credential skipped: no credential source (see config)
✓ network    127.0.0.1 resolves to 127.0.0.1; connection (plain HTTP, loopback) and an HTTP answer (404) in [MS] ms
✓ clock      within [..] s of the server's clock
- service    skipped: no connection to the service
✓ journal    [HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today (2026-12-08 UTC) for SDKAppID 1400000000, counted from this machine's journal only
--- stderr

"#]]);
    // config init into the file that names no default: the new profile becomes it.
    let run = env.run(&[
        "-p",
        "local",
        "--endpoint",
        &emu.url,
        "--sdkappid",
        "1400000000",
        "config",
        "init",
        "--secret-from-env",
    ]);
    run.is(str![[r#"
exit 0
--- stdout
--- stderr
timpush: note: wrote profile "local" in [HOME]/.config/timpush/config.toml; check it with: timpush -p local doctor
timpush: note: "local" is now the default profile (the file named none); another is chosen with -p NAME

"#]]);
    let text = std::fs::read_to_string(&config).unwrap();
    same(
        text.replace(&emu.url, "[EMULATOR]"),
        str![[r#"
default_profile = "local"
[profiles.prod]
region = "singapore"
sdkappid = 1400000000

[profiles.emulator]
endpoint = "[EMULATOR]"
sdkappid = 1400000000

# The secret key comes from the variable TIMPUSH_SECRET_KEY.
[profiles.local]
endpoint = "[EMULATOR]"
sdkappid = 1400000000
identifier = "administrator"

"#]],
    );
}

/// `config show` keeps values and sources apart; `config list` has a header and says which is
/// the default; `config check` lists problems in the file's order; `sched list` puts the next
/// task to go out on top.
#[test]
fn listings_read_as_tables_in_a_useful_order() {
    let server = Server::http();
    let env = Env::new();
    let long = format!("/{}/prod.key", "deep".repeat(14));
    env.write_config(&format!(
        "[profiles.zeta]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_file = \"{long}\"\nzzz = 1\n\n[profiles.alpha]\nsdkappid = 1\naaa = 2\n",
        server.base
    ));
    // The credential's value is longer than the column: its source stands on the next line,
    // under SOURCE, and no value runs into its source.
    env.run(&["-p", "zeta", "config", "show"]).is(str![[r#"
exit 0
--- stdout
SETTING             VALUE                                            SOURCE
profile             zeta                                             flag --profile
config              [HOME]/.config/timpush/config.toml      default (~/.config/timpush/config.toml)
region              (not set)
sdkappid            1400000000                                       [HOME]/.config/timpush/config.toml:3:12 (profiles.zeta.sdkappid)
identifier          administrator                                    default
endpoint            http://127.0.0.1:[PORT]                           [HOME]/.config/timpush/config.toml:2:12 (profiles.zeta.endpoint)
ca_bundle           bundled Mozilla roots                            default
timeout             30 s                                             default
max_attempts        3                                                default
output              text                                             default
credential          (cannot read: cannot read credential file /deepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeep/prod.key: No such file or directory (os error 2))
                                                                     secret key from file /deepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeep/prod.key (set at [HOME]/.config/timpush/config.toml:4:19 (profiles.zeta.secret_key_file))
usersig_ttl         600                                              default
journal             [HOME]/.local/state/timpush/journal.db  default
journal_keep        31536000 s                                       default
duplicate_window    600 s                                            default
daily_push_limit    100                                              default
tz                  UTC                                              this machine
github              on                                               default
callback_token_file (not set)
--- stderr
timpush: warning: [HOME]/.config/timpush/config.toml:5:1 (profiles.zeta.zzz): unknown key "zzz"
  hint: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file
timpush: warning: [HOME]/.config/timpush/config.toml:9:1 (profiles.alpha.aaa): unknown key "aaa"
  hint: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file

"#]]);
    env.run(&["-p", "zeta", "config", "show", "-o", "json"])
        .is(str![[r#"
exit 0
--- stdout
{"profile":{"value":"zeta","source":"flag --profile"},"config":{"value":"[HOME]/.config/timpush/config.toml","source":"default (~/.config/timpush/config.toml)"},"region":{"value":null,"source":null},"sdkappid":{"value":1400000000,"source":"[HOME]/.config/timpush/config.toml:3:12 (profiles.zeta.sdkappid)"},"identifier":{"value":"administrator","source":"default"},"endpoint":{"value":"http://127.0.0.1:[PORT]","source":"[HOME]/.config/timpush/config.toml:2:12 (profiles.zeta.endpoint)"},"ca_bundle":{"value":null,"source":"default"},"timeout":{"value":30.0,"source":"default"},"max_attempts":{"value":3,"source":"default"},"output":{"value":"json","source":"flag --output"},"credential":{"value":"(cannot read: cannot read credential file /deepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeep/prod.key: No such file or directory (os error 2))","source":"secret key from file /deepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeep/prod.key (set at [HOME]/.config/timpush/config.toml:4:19 (profiles.zeta.secret_key_file))"},"usersig_ttl":{"value":600,"source":"default"},"journal":{"value":null,"source":"default"},"journal_keep":{"value":31536000.0,"source":"default"},"duplicate_window":{"value":600.0,"source":"default"},"daily_push_limit":{"value":100,"source":"default"},"tz":{"value":null,"source":"this machine"},"github":{"value":"on","source":"default"},"callback_token_file":{"value":null,"source":null},"problems":[{"message":"[HOME]/.config/timpush/config.toml:5:1 (profiles.zeta.zzz): unknown key \"zzz\"","hint":"valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file"},{"message":"[HOME]/.config/timpush/config.toml:9:1 (profiles.alpha.aaa): unknown key \"aaa\"","hint":"valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file"}]}
--- stderr

"#]]);
    env.run(&["config", "show"]).is(str![[r#"
exit 0
--- stdout
SETTING             VALUE                                            SOURCE
profile             default                                          default
config              [HOME]/.config/timpush/config.toml      default (~/.config/timpush/config.toml)
region              (not set)
sdkappid            (not set)
identifier          administrator                                    default
endpoint            (not set)
ca_bundle           bundled Mozilla roots                            default
timeout             30 s                                             default
max_attempts        3                                                default
output              text                                             default
credential          (not set)
usersig_ttl         600                                              default
journal             [HOME]/.local/state/timpush/journal.db  default
journal_keep        31536000 s                                       default
duplicate_window    600 s                                            default
daily_push_limit    100                                              default
tz                  UTC                                              this machine
github              on                                               default
callback_token_file (not set)
--- stderr
timpush: warning: [HOME]/.config/timpush/config.toml:5:1 (profiles.zeta.zzz): unknown key "zzz"
  hint: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file
timpush: warning: [HOME]/.config/timpush/config.toml:9:1 (profiles.alpha.aaa): unknown key "aaa"
  hint: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file
timpush: warning: [HOME]/.config/timpush/config.toml has the profiles alpha, zeta but none is chosen
  hint: pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = "alpha" at the top of the file
timpush: warning: no region is set for profile "default"
  hint: set region in [profiles.default] of [HOME]/.config/timpush/config.toml, or TIMPUSH_REGION, or --region
timpush: warning: no credential for profile "default"
  hint: set secret_key_file (or secret_key_command) in [profiles.default], or the variable TIMPUSH_SECRET_KEY

"#]]);
    env.run(&["config", "list"]).is(str![[r#"
exit 0
--- stdout
  PROFILE          REGION / ENDPOINT        SDKAPPID
  alpha                                     1
  zeta             http://127.0.0.1:[PORT]   1400000000
--- stderr
timpush: note: no profile is the default (* marks it): pass -p NAME, set TIMPUSH_PROFILE, or add default_profile = "NAME" at the top of the file

"#]]);
    // Problems in the file's order.
    env.run(&["-p", "zeta", "config", "check"]).is(str![[r#"
exit 3
--- stdout
problem: [HOME]/.config/timpush/config.toml:5:1 (profiles.zeta.zzz): unknown key "zzz"
  fix: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file
problem: [HOME]/.config/timpush/config.toml:9:1 (profiles.alpha.aaa): unknown key "aaa"
  fix: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file
problem: cannot read secret key file /deepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeepdeep/prod.key: No such file or directory (os error 2)
--- stderr

"#]]);
    // sched list asks for the earliest scheduled first.
    let env = Env::for_server(&server);
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Total":0,"Tasks":[]}"#.into(),
    )]);
    env.run(&["sched", "list"]).is(str![[r#"
exit 0
--- stdout
--- stderr
timpush: note: 0 of 0 scheduled task(s) from [TIME] ([TIME] UTC) to [TIME] ([TIME] UTC)

"#]]);
    let body = server.requests().last().unwrap().json();
    assert_eq!(
        (body["OrderBy"].as_str(), body["Asc"].as_bool()),
        (Some("schedat"), Some(true))
    );
}

/// Every time shown carries its zone: trace's times (UTC on the wire) show this machine's time
/// with UTC beside it; a report's --until of 2h means two hours ago, not from now.
#[test]
fn times_carry_their_zone_and_report_durations_look_back() {
    let server = Server::http();
    let mut env = Env::for_server(&server);
    env.set("TZ", "Asia/Shanghai");
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","InstanceTrace":[{"InstanceId":"d1","System":"iOS","SystemVersion":"17","PushPlatform":0,"EventType":1,"PushTime":"2030-01-01 00:00:00","OfflinePushStat":{"OfflineStat":{"EventTime":"2030-01-01 00:00:01","PushStatus":1,"ErrorCode":0,"ErrorInfo":""}}}]}"#.into(),
    )]);
    let run = env.run(&["trace", task(), "--user", "u1"]);
    // The times are the point here: compared as printed, without the placeholders.
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    same(
        run.stdout.replace(task(), "[TASK1]"),
        str![[r#"
device d1 (iOS 17, offline, unknown), pushed 2030-01-01 08:00:00 +08:00 (2030-01-01 00:00:00 UTC)
  handed over  2030-01-01 08:00:01 +08:00 (2030-01-01 00:00:01 UTC) status 1 code 0

"#]],
    );
    server.push([Reply::Json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Results":[]}"#.into(),
    )]);
    let before = crate::sig::now();
    env.run(&["stats", "--since", "5h", "--until", "2h", "-o", "json"])
        .is(str![[r#"
exit 0
--- stdout
--- stderr

"#]]);
    let body = server.requests().last().unwrap().json();
    let until = body["EndTime"].as_i64().unwrap();
    assert!(
        (before - 2 * 3600 - 5..=before - 2 * 3600 + 5).contains(&until),
        "{body}"
    );
}

/// Usage errors speak as the tool does, with a usage line that fits; revoke's usage says that
/// one of its task sources is needed.
#[test]
fn usage_errors_look_like_the_tool_s_own() {
    let env = Env::new();
    env.run(&["--versoin"]).expect(
        2,
        "",
        "timpush: error: unexpected argument '--versoin' found\n\n  tip: a similar argument exists: '--version'\n\nUsage: timpush --version\n\nFor more information, try '--help'.\n",
    );
    env.run(&["revoke", "--bogus"]).is(str![[r#"
exit 2
--- stdout
--- stderr
timpush: error: unexpected argument '--bogus' found

  tip: to pass '--bogus' as a value, use '-- --bogus'

Usage: timpush revoke (TASK_ID... | --task-id ID... | --from-file FILE|- | --sched ID... | --last [N]) [OPTIONS]

For more information, try '--help'.

"#]]);
}
