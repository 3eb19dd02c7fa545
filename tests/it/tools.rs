//! Operator tools: `usersig`, `config`, `doctor`, `man` and the help texts.

use crate::common::*;
use crate::sig as usersig;
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// A profile "p" with the sentinel key in a file.
fn keyed_env(extra: &str) -> Env {
    let env = Env::new();
    write_private(&env.home().join("p.key"), SENTINEL_KEY);
    env.write_config(&format!(
        "default_profile = \"p\"\n\n# the production app\n[profiles.p]\nregion = \"singapore\"\nsdkappid = 1400000000\nsecret_key_file = \"~/p.key\"\n{extra}"
    ));
    env
}

#[test]
fn config_init_on_a_terminal_asks_and_never_echoes_the_secret() {
    let env = Env::new();
    // Each question is answered once it shows (a question asked twice, after a wrong SDKAppID,
    // only once it is asked again); the secret as soon as its prompt shows, echo already off.
    let (code, seen) = converse(
        &env,
        "-p term config init",
        &[
            ("Region [number or name]: ", Some("7")),
            ("SDKAppID: ", Some("nope")),
            // Asked again after the error, whose text names the SDKAppID too.
            ("(see the Chat console)\r\nSDKAppID: ", Some("1400000000")),
            ("Admin identifier [administrator]: ", Some("")),
            ("Choice [1-4]: ", Some("1")),
            ("Secret key (not shown): ", Some(SENTINEL_KEY)),
        ],
    );
    assert_eq!(code, Some(0), "{seen}");
    assert!(
        !seen.contains(SENTINEL_KEY),
        "the secret was echoed: {seen}"
    );
    // The whole conversation as the terminal showed it: each prompt, each answer echoed but
    // the secret, and what was written.
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
Region [number or name]: 7
SDKAppID: nope
  "nope" is not an SDKAppID: a whole number such as 1400000000 (see the Chat console)
SDKAppID: 1400000000
Admin identifier [administrator]: 
Where does the secret key come from?
  1. paste it now (stored in a key file readable only by you)
  2. a file that holds it
  3. a command that prints it (e.g. pass show timpush/prod)
  4. the variable TIMPUSH_SECRET_KEY, set when timpush runs
Choice [1-4]: 1
Secret key (not shown): 
timpush: note: stored the secret key in [HOME]/.config/timpush/term.key (mode 600)
timpush: note: wrote profile "term" in [HOME]/.config/timpush/config.toml; check it with: timpush -p term doctor

"#]],
    );
    let text = std::fs::read_to_string(env.home().join(".config/timpush/config.toml")).unwrap();
    same(
        text.replace(&home, "[HOME]"),
        str![[r#"
default_profile = "term"

[profiles.term]
region = "jakarta"
sdkappid = 1400000000
identifier = "administrator"
secret_key_file = "[HOME]/.config/timpush/term.key"

"#]],
    );
    let key = std::fs::read_to_string(env.home().join(".config/timpush/term.key")).unwrap();
    assert_eq!(key.trim(), SENTINEL_KEY);
}

/// Ctrl-C at the secret's prompt: the run ends, nothing is written, and the terminal has its
/// echo back (the shell after it runs `stty -a`).
#[test]
fn ctrl_c_at_the_secret_prompt_gives_the_terminal_its_echo_back() {
    let env = Env::new();
    let bin = env!("CARGO_BIN_EXE_timpush");
    let mut child = std::process::Command::new("script")
        .args([
            "-qfc",
            &format!(
                "trap : INT; {bin} -p term --region tokyo --sdkappid 7 --identifier administrator config init; echo status $?; stty -a"
            ),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let lines = all_so_far(child.stdout.take().unwrap());
    let mut seen = String::new();
    let mut wait_for = |text: &str| {
        while !seen.contains(text) {
            match lines.recv_timeout(Duration::from_secs(10)) {
                Ok(s) => seen = s,
                Err(_) => panic!("no {text:?} in: {seen}"),
            }
        }
    };
    wait_for("Choice [1-4]: ");
    stdin.write_all(b"1\n").unwrap();
    wait_for("Secret key (not shown): ");
    stdin.write_all(b"\x03").unwrap();
    stdin.flush().unwrap();
    wait_for("status 130");
    drop(stdin);
    child.wait().unwrap();
    while let Ok(s) = lines.recv_timeout(Duration::from_secs(2)) {
        seen = s;
    }
    let after = seen.split("status 130").nth(1).unwrap_or_default();
    let flags: Vec<&str> = after.split_whitespace().collect();
    assert!(
        flags.contains(&"echo") && !flags.contains(&"-echo"),
        "the terminal's echo is still off: {after}"
    );
    assert!(
        !env.home().join(".config/timpush/config.toml").exists(),
        "nothing written"
    );
}

#[test]
fn doctor_all_good_against_the_emulator() {
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    let env = keyed_env("");
    std::fs::write(env.home().join(".config/timpush/config.toml"), format!("[profiles.default]\nendpoint = \"{}\"\nsdkappid = 1400000000\nsecret_key_file = \"~/p.key\"\n", emu.url)).unwrap();
    let run = env.run(&["doctor"]);
    // The clock check compares whole seconds of two clocks read a moment apart: 0 or 1 s, the
    // `[..]` (here and below).
    run.is(str![[r#"
exit 0
--- stdout
✓ config     [HOME]/.config/timpush/config.toml profile "default": complete
✓ credential secret key from file [HOME]/p.key (set at [HOME]/.config/timpush/config.toml:4:19 (profiles.default.secret_key_file)): a UserSig was made from it (valid 600 s)
✓ network    127.0.0.1 resolves to 127.0.0.1; connection (plain HTTP, loopback) and an HTTP answer (404) in [MS] ms
✓ clock      within [..] s of the server's clock
✓ service    the SDKAppID, endpoint, identifier and UserSig are accepted (90049 for a TaskId that cannot exist)
✓ journal    [HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today (2026-12-08 UTC) for SDKAppID 1400000000, counted from this machine's journal only
--- stderr

"#]]);
    run.assert_no_secrets(&[SENTINEL_KEY]);
}

/// `doctor` says when the endpoint overrides the profile's region; an unresolvable name of a
/// region gets its backup domain named.
#[test]
fn doctor_says_an_endpoint_overrides_the_region() {
    let emu = EmulatorProcess::start(SENTINEL_KEY, &[]);
    let mut env = keyed_env("");
    std::fs::write(env.home().join(".config/timpush/config.toml"), "[profiles.default]\nregion = \"singapore\"\nsdkappid = 1400000000\nsecret_key_file = \"~/p.key\"\n").unwrap();
    env.set("TIMPUSH_ENDPOINT", &emu.url);
    let run = env.run(&["doctor"]);
    assert_eq!(run.code, 0, "{}", run.shown());
    assert!(
        run.stdout.contains("✓ service    the SDKAppID, endpoint (which overrides region singapore, from variable TIMPUSH_ENDPOINT), identifier and UserSig are accepted (90049 for a TaskId that cannot exist)\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn doctor_explains_a_rejected_credential() {
    let emu = EmulatorProcess::start("the-emulator-has-another-key", &[]);
    let mut env = Env::new();
    env.set("TIMPUSH_ENDPOINT", &emu.url)
        .set("TIMPUSH_SDKAPPID", "1400000000")
        .set("TIMPUSH_SECRET_KEY", SENTINEL_KEY);
    let run = env.run(&["doctor", "-o", "json"]);
    run.is(str![[r#"
exit 4
--- stdout
{"check":"config","ok":true,"skipped":false,"message":"no config file; settings from flags and variables: complete","fix":null,"exit_code":0}
{"check":"credential","ok":true,"skipped":false,"message":"secret key from variable TIMPUSH_SECRET_KEY: a UserSig was made from it (valid 600 s)","fix":null,"exit_code":0}
{"check":"network","ok":true,"skipped":false,"message":"127.0.0.1 resolves to 127.0.0.1; connection (plain HTTP, loopback) and an HTTP answer (404) in [MS] ms","fix":null,"exit_code":0}
{"check":"clock","ok":true,"skipped":false,"message":"within [..] s of the server's clock","fix":null,"exit_code":0}
{"check":"service","ok":false,"skipped":false,"message":"ErrorCode 70009 (UserSig made with another app's secret key): service said \"UserSig made with another key\"","fix":"the secret key belongs to another app; check sdkappid and the key","exit_code":4}
{"check":"journal","ok":true,"skipped":false,"message":"[HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today (2026-12-08 UTC) for SDKAppID 1400000000, counted from this machine's journal only","fix":null,"exit_code":0}
--- stderr

"#]]);
    run.assert_no_secrets(&[SENTINEL_KEY]);

    // 70020 is a configuration refusal (5).
    env.set("TIMPUSH_SDKAPPID", "1234");
    env.run(&["doctor"]).is(str![[r#"
exit 5
--- stdout
✓ config     no config file; settings from flags and variables: complete
✓ credential secret key from variable TIMPUSH_SECRET_KEY: a UserSig was made from it (valid 600 s)
✓ network    127.0.0.1 resolves to 127.0.0.1; connection (plain HTTP, loopback) and an HTTP answer (404) in [MS] ms
✓ clock      within [..] s of the server's clock
✗ service    ErrorCode 70020 (SDKAppID not found in this region): service said "SDKAppID not found in this region"
             fix: the SDKAppID is not served in this region; the call went to endpoint http://127.0.0.1:[PORT]: set region to the app's region (shown in the Chat console)
✓ journal    [HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today (2026-12-08 UTC) for SDKAppID 1234, counted from this machine's journal only
--- stderr

"#]]);
}

#[test]
fn doctor_keeps_going_and_reports_the_first_failure() {
    // No config at all: each problem of the config fails on its own line, the rest is skipped
    // (nothing names an endpoint to check).
    let env = Env::new();
    env.run(&["doctor", "-o", "json"]).is(str![[r#"
exit 3
--- stdout
{"check":"config","ok":false,"skipped":false,"message":"no config file at [HOME]/.config/timpush/config.toml, and no SDKAppID set by a flag or variable","fix":"run `timpush config init` to write a profile (it asks for what it needs), or set TIMPUSH_SDKAPPID, TIMPUSH_REGION and TIMPUSH_SECRET_KEY","exit_code":3}
{"check":"config","ok":false,"skipped":false,"message":"no region is set for profile \"default\"","fix":"set region in [profiles.default] of [HOME]/.config/timpush/config.toml, or TIMPUSH_REGION, or --region","exit_code":3}
{"check":"config","ok":false,"skipped":false,"message":"no credential for profile \"default\"","fix":"set secret_key_file (or secret_key_command) in [profiles.default], or the variable TIMPUSH_SECRET_KEY","exit_code":3}
{"check":"credential","ok":null,"skipped":true,"message":"skipped: no credential source (see config)","fix":null,"exit_code":0}
{"check":"network","ok":null,"skipped":true,"message":"skipped: no region or endpoint to reach (see config)","fix":null,"exit_code":0}
{"check":"clock","ok":null,"skipped":true,"message":"skipped: no region or endpoint to ask (see config)","fix":null,"exit_code":0}
{"check":"service","ok":null,"skipped":true,"message":"skipped: no connection to the service","fix":null,"exit_code":0}
{"check":"journal","ok":true,"skipped":false,"message":"[HOME]/.local/state/timpush/journal.db (default): 0 entries","fix":null,"exit_code":0}
--- stderr

"#]]);

    // A refused connection: network fails (6), the service check is skipped.
    let env = refusing_env();
    env.run(&["doctor"]).is(str![[r#"
exit 6
--- stdout
✓ config     no config file; settings from flags and variables: complete
✓ credential secret key from variable TIMPUSH_SECRET_KEY: a UserSig was made from it (valid 600 s)
✗ network    connection refused (Connection refused (os error 111))
             fix: nothing was applied; check the network path to endpoint http://127.0.0.1:[PORT], then run the same command again
- clock      skipped: no connection
- service    skipped: no connection to the service
✓ journal    [HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today (2026-12-08 UTC) for SDKAppID 1400000000, counted from this machine's journal only
--- stderr

"#]]);
}

#[test]
fn doctor_catches_a_wrong_clock() {
    let server = Server::http();
    let hour_ago = usersig::http_date(now() - 3600);
    server.set_default(Reply::Http {
        status: 200,
        content_type: "application/json",
        body: r#"{"ActionStatus":"FAIL","ErrorInfo":"no such task","ErrorCode":90049}"#.into(),
        headers: vec![("Date", hour_ago)],
    });
    let env = Env::for_server(&server);
    let run = env.run(&["doctor"]);
    // The server's Date was made an hour before the run; the doctor reads its own clock a
    // moment later, so a second or two may have passed: the seconds are the `[..]` below (the
    // only part that varies). The other checks still run.
    run.is(str![[r#"
exit 3
--- stdout
✓ config     no config file; settings from flags and variables: complete
✓ credential secret key from variable TIMPUSH_SECRET_KEY: a UserSig was made from it (valid 600 s)
✓ network    127.0.0.1 resolves to 127.0.0.1; connection (plain HTTP, loopback) and an HTTP answer (200) in [MS] ms
✗ clock      this machine's clock is [..] s ahead of the server's; UserSigs carry the local time
             fix: set the clock right (e.g. enable NTP: timedatectl set-ntp true)
✓ service    the SDKAppID, endpoint, identifier and UserSig are accepted (90049 for a TaskId that cannot exist)
✓ journal    [HOME]/.local/state/timpush/journal.db (default): 0 entries; 0 of 100 pushes today (2026-12-08 UTC) for SDKAppID 1400000000, counted from this machine's journal only
--- stderr

"#]]);
}

/// The man page, whole, against tests/transcripts/timpush.1 (each help text is checked in help.rs).
#[test]
fn man_page_is_the_committed_one() {
    let run = Env::new().run(&["man"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    same_as_file(run.stdout, "transcripts/timpush.1");
}

/// `config init --force` on a terminal offers the profile's values (Enter keeps them) and keeps
/// the keys it does not ask about.
#[test]
fn config_init_force_on_a_terminal_offers_the_current_values() {
    let env = Env::new();
    let path = env.write_config(
        "default_profile = \"term\"\n\n[profiles.term]\nregion = \"jakarta\"\nsdkappid = 1400000007\ntimeout = 10\nsecret_key_file = \"~/old.key\"\n",
    );
    let (code, seen) = converse(
        &env,
        "-p term config init --force",
        &[
            ("Region [number or name; Enter keeps jakarta]: ", Some("")),
            ("SDKAppID [1400000007]: ", Some("")),
            ("Admin identifier [administrator]: ", Some("ops")),
            ("Choice [1-4]: ", Some("4")),
        ],
    );
    assert_eq!(code, Some(0), "{seen}");
    same(
        std::fs::read_to_string(&path).unwrap(),
        str![[r#"
default_profile = "term"

# The secret key comes from the variable TIMPUSH_SECRET_KEY.
[profiles.term]
sdkappid = 1400000007
timeout = 10
region = "jakarta"
identifier = "ops"

"#]],
    );
}
