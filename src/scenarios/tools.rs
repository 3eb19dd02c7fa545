//! The operator's tools without the service: `usersig gen|decode|verify` and `config
//! path|list|show|check|init` (without a terminal), on the run's own clock so every time and
//! every UserSig shown is the same at each run; whole outputs.

// Some of these tests state Unix paths and run on Unix only; what they alone use is unused
// elsewhere.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

use snapbox::str;

use crate::secret::Secret;
use crate::testkit::{KEY, Kit, START};
use crate::usersig;

/// A kit whose only settings are a config file: profile "p" (the default) with the key in a
/// file, and `extra` at the end of the profile.
fn keyed(extra: &str) -> Kit {
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_ENDPOINT")
        .unset("TIMPUSH_SDKAPPID")
        .unset("TIMPUSH_SECRET_KEY");
    kit.file("p.key", KEY);
    kit.file(
        ".config/timpush/config.toml",
        &format!(
            "default_profile = \"p\"\n\n# the production app\n[profiles.p]\nregion = \"singapore\"\nsdkappid = 1400000000\nsecret_key_file = \"~/p.key\"\n{extra}"
        ),
    );
    kit
}

/// A UserSig made with `key`, `ago` seconds before the run's start.
fn sig(key: &str, id: &str, app: u64, ago: i64, ttl: i64) -> String {
    let key = Secret::new(key.to_string());
    usersig::make(&key, id, app, START as i64 - ago, ttl)
        .expose()
        .to_string()
}

/// The config file as written, the home written `$HOME`.
#[cfg(unix)]
fn written(kit: &Kit) -> String {
    let home = kit.home().to_str().unwrap();
    std::fs::read_to_string(kit.home().join(".config/timpush/config.toml"))
        .unwrap()
        .replace(home, "$HOME")
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn usersig_gen_prints_a_usersig_for_the_profile() {
    let mut kit = keyed("usersig_ttl = 900\n");
    let ran = kit.run(&["usersig", "gen"]);
    let made = ran.stdout.trim().to_string();
    let f = usersig::decode(&made).unwrap();
    assert_eq!(
        (f.identifier.as_str(), f.sdkappid, f.time, f.expire),
        ("administrator", 1400000000, START as i64, 900)
    );
    assert!(usersig::signature_matches(&f, &Secret::new(KEY.into())));
    // The whole output is that one UserSig: made on the run's clock, it is the same each run.
    ran.is(str![[r#"
exit 0 (Success)
--- stdout
eJw0jMsOgjAURP-lbjG8JGJJXGmiCzAa2bhsaMFr09q0hdQY-12CMLtzZjIfqMtbOHADBaRhDKuJkXHlsMVJUyZRoXWGupeZB5YJqjUyKJIsnvNvuNdoOBRkEQ7liElONikh6WItduP1yZKqotLvh3fc6fawvQdBGYne0*f1uFZN1kd1Xj3OF9Hs4PsDAAD--wMAdaozzw__
--- stderr

"#]]);

    let ran = kit.run(&[
        "usersig",
        "gen",
        "--ttl",
        "60",
        "--identifier",
        "ops",
        "-o",
        "json",
    ]);
    ran.is(str![[r#"
exit 0 (Success)
--- stdout
{"version":"2.0","identifier":"ops","sdkappid":1400000000,"time":1796299200,"issued_at":"2026-12-03T12:00:00Z","expire":60,"expires_at":"2026-12-03T12:01:00Z","expired":false,"seconds_left":60,"usersig":"eJw0jEEKwjAURO-yt0pJQ5qSgBshKKigKBjdKUnlU7RpE7Qq3t3SprN7b4b5wmG9T562AQk0ITDtGY19BCyw15XzUXtTXpxDAzJlJGZobOuwsSB55ID3jtJccCoEHVceb91fvgonrlk7UVd-9Dv7VplYbMNHmdemLsjZ1MtSZ0y7eTWD3x8AAP--AwC6By*g"}
--- stderr

"#]]);
    let o: serde_json::Value = serde_json::from_str(ran.stdout.trim()).unwrap();
    let f = usersig::decode(o["usersig"].as_str().unwrap()).unwrap();
    assert_eq!((f.identifier.as_str(), f.expire), ("ops", 60));

    // A ready UserSig is no key to make one with.
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_SECRET_KEY")
        .set("TIMPUSH_SDKAPPID", "1")
        .set("TIMPUSH_USERSIG", &sig(KEY, "administrator", 1, 0, 600));
    kit.run(&["usersig", "gen"]).is(str![[r#"
exit 3 (Config)
--- stdout
--- stderr
timpush: error: usersig gen needs the app's secret key, but the profile has a ready UserSig from variable TIMPUSH_USERSIG
  hint: set secret_key_file (or TIMPUSH_SECRET_KEY) for this profile

"#]]);
    kit.run(&["usersig", "gen", "--ttl", "0"]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: invalid value for '--ttl <SECONDS>': "0" is not a lifetime in seconds: a whole number from 1 to 1576800000 (50 years)

"#]]);
}

#[test]
fn usersig_decode_reads_fields_without_a_key() {
    let mut kit = Kit::new();
    let s = sig(KEY, "administrator", 1400000000, 100, 600);
    kit.run(&["usersig", "decode", &s]).is(str![[r#"
exit 0 (Success)
--- stdout
version     2.0
identifier  administrator
sdkappid    1400000000
issued      2026-12-03T11:58:20Z (1796299100)
lifetime    600 s (10m)
expires     2026-12-03T12:08:20Z
status      valid, expires in 8m
--- stderr

"#]]);
    // The same from standard input, with or without "-" and a line break.
    for (args, input) in [
        (&["usersig", "decode"][..], format!("{s}\n")),
        (&["usersig", "decode", "-"][..], s.clone()),
    ] {
        let from_arg = kit.run(&["usersig", "decode", &s]);
        kit.stdin(&input);
        let ran = kit.run(args);
        assert_eq!(ran.shown(), from_arg.shown(), "{args:?}");
    }
    // Made by another library, long expired; the signature is never shown.
    let old = "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkjGHCxSnZiQUFmSlAQUOoUGpFQWZRKlDABCpQkpkL4hqaGxoZGhqbG5vC9Gamgy0p8PRzMQzzTHLPM0nMLjKzTHYrCKiISgsKcPe3LMkNCc2PqAr2cs40zA*0VaoFAOnqLbo_";
    kit.run(&["usersig", "decode", old, "-o", "json"]).is(str![[r#"
exit 0 (Success)
--- stdout
{"version":"2.0","identifier":"3","sdkappid":1,"time":1712113735,"issued_at":"2024-04-03T03:08:55Z","expire":4,"expires_at":"2024-04-03T03:08:59Z","expired":true,"seconds_left":-84185461}
--- stderr

"#]]);
    kit.run(&["usersig", "decode", old]).is(str![[r#"
exit 0 (Success)
--- stdout
version     2.0
identifier  3
sdkappid    1
issued      2024-04-03T03:08:55Z (1712113735)
lifetime    4 s (4s)
expires     2024-04-03T03:08:59Z
status      expired 974d 8h ago
--- stderr

"#]]);
    kit.run(&["usersig", "decode", "not-a-usersig"])
        .is(str![[r#"
exit 3 (Config)
--- stdout
--- stderr
timpush: error: the UserSig cannot be read: it is not base64 text (was it cut short or changed?)

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn usersig_verify_says_what_is_wrong() {
    let mut kit = keyed("");
    let cases = [
        (
            sig(KEY, "administrator", 1400000000, 0, 600),
            str![[r#"
exit 0 (Success)
--- stdout
valid: identifier administrator, SDKAppID 1400000000, expires in 10m
--- stderr

"#]],
        ),
        (
            sig("another-secret-key", "administrator", 1400000000, 0, 600),
            str![[r#"
exit 3 (Config)
--- stdout
invalid: signature mismatch: it was made with another secret key than the profile's
--- stderr

"#]],
        ),
        (
            sig(KEY, "administrator", 1400000001, 0, 600),
            str![[r#"
exit 3 (Config)
--- stdout
invalid: SDKAppID mismatch: made for 1400000001, but the SDKAppID is 1400000000 (from $HOME/.config/timpush/config.toml:6:12 (profiles.p.sdkappid))
--- stderr

"#]],
        ),
        (
            sig(KEY, "ops", 1400000000, 0, 600),
            str![[r#"
exit 3 (Config)
--- stdout
invalid: identifier mismatch: made for "ops", but the identifier is "administrator" (from default)
--- stderr

"#]],
        ),
        (
            sig(KEY, "administrator", 1400000000, 7200, 600),
            str![[r#"
exit 3 (Config)
--- stdout
invalid: expired 1h 50m ago (2026-12-03T10:10:00Z)
--- stderr

"#]],
        ),
        (
            sig(KEY, "administrator", 1400000000, -3600, 600),
            str![[r#"
exit 3 (Config)
--- stdout
invalid: not yet valid: made 1h 0m in the future (2026-12-03T13:00:00Z); check the clocks
--- stderr

"#]],
        ),
        (
            "garbage".to_string(),
            str![[r#"
exit 3 (Config)
--- stdout
invalid: malformed: it is not base64 text (was it cut short or changed?)
--- stderr

"#]],
        ),
    ];
    for (s, want) in cases {
        kit.stdin(&s);
        kit.run(&["usersig", "verify"]).is(want);
    }
    let bad = sig("another-secret-key", "ops", 1, 7200, 600);
    kit.run(&["usersig", "verify", &bad, "-o", "json"]).is(str![[r#"
exit 3 (Config)
--- stdout
{"version":"2.0","identifier":"ops","sdkappid":1,"time":1796292000,"issued_at":"2026-12-03T10:00:00Z","expire":600,"expires_at":"2026-12-03T10:10:00Z","expired":true,"seconds_left":-6600,"valid":false,"problems":["signature mismatch: it was made with another secret key than the profile's","SDKAppID mismatch: made for 1, but the SDKAppID is 1400000000 (from $HOME/.config/timpush/config.toml:6:12 (profiles.p.sdkappid))","identifier mismatch: made for \"ops\", but the identifier is \"administrator\" (from default)","expired 1h 50m ago (2026-12-03T10:10:00Z)"]}
--- stderr

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn config_path_says_which_file_and_why() {
    let mut kit = keyed("");
    kit.run(&["config", "path"]).is(str![[r#"
exit 0 (Success)
--- stdout
$HOME/.config/timpush/config.toml
--- stderr
timpush: note: chosen by default (~/.config/timpush/config.toml); the file exists

"#]]);
    let mut kit = Kit::new();
    kit.set("XDG_CONFIG_HOME", "/xdg");
    kit.run(&["config", "path", "-o", "json"]).is(str![[r#"
exit 0 (Success)
--- stdout
{"path":"/xdg/timpush/config.toml","chosen_by":"default ($XDG_CONFIG_HOME/timpush/config.toml)","exists":false}
--- stderr

"#]]);
    kit.set("TIMPUSH_CONFIG", "/etc/t.toml");
    kit.run(&["config", "path", "-o", "json"]).is(str![[r#"
exit 0 (Success)
--- stdout
{"path":"/etc/t.toml","chosen_by":"variable TIMPUSH_CONFIG","exists":false}
--- stderr

"#]]);
    kit.run(&["-c", "/x.toml", "config", "path"]).is(str![[r#"
exit 0 (Success)
--- stdout
/x.toml
--- stderr
timpush: note: chosen by flag --config; the file does not exist yet (timpush config init writes it)

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn config_list_and_show_name_every_source() {
    let mut kit = keyed(&format!(
        "\n[profiles.other]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 7\nsecret_key = \"{KEY}\"\n"
    ));
    kit.run(&["config", "list"]).is(str![[r#"
exit 0 (Success)
--- stdout
  PROFILE          REGION / ENDPOINT        SDKAPPID
  other            http://127.0.0.1:9       7
* p                singapore                1400000000
--- stderr
timpush: note: * marks the default profile

"#]]);
    kit.run(&["config", "list", "-o", "json"]).is(str![[r#"
exit 0 (Success)
--- stdout
[{"name":"other","default":false,"region":"","endpoint":"http://127.0.0.1:9","sdkappid":7},{"name":"p","default":true,"region":"singapore","endpoint":"","sdkappid":1400000000}]
--- stderr

"#]]);
    kit.run(&["config", "show"]).is(str![[r#"
exit 0 (Success)
--- stdout
SETTING             VALUE                                            SOURCE
profile             p                                                $HOME/.config/timpush/config.toml:1:19 (default_profile)
config              $HOME/.config/timpush/config.toml      default (~/.config/timpush/config.toml)
region              singapore                                        $HOME/.config/timpush/config.toml:5:10 (profiles.p.region)
sdkappid            1400000000                                       $HOME/.config/timpush/config.toml:6:12 (profiles.p.sdkappid)
identifier          administrator                                    default
endpoint            https://adminapisgp.im.qcloud.com                region singapore
ca_bundle           bundled Mozilla roots                            default
timeout             30 s                                             default
max_attempts        3                                                default
output              text                                             default
credential          ****c0de                                         secret key from file $HOME/p.key (set at $HOME/.config/timpush/config.toml:7:19 (profiles.p.secret_key_file))
usersig_ttl         600                                              default
journal             $HOME/.local/state/timpush/journal.db  default
journal_keep        31536000 s                                       default
duplicate_window    600 s                                            default
daily_push_limit    100                                              default
tz                  UTC                                              variable TZ
github              on                                               default
callback_token_file (not set)
--- stderr

"#]]);
    kit.set("TIMPUSH_REGION", "tokyo");
    kit.run(&[
        "-p",
        "other",
        "--timeout",
        "5",
        "config",
        "show",
        "-o",
        "json",
    ])
    .is(str![[r#"
exit 0 (Success)
--- stdout
{"profile":{"value":"other","source":"flag --profile"},"config":{"value":"$HOME/.config/timpush/config.toml","source":"default (~/.config/timpush/config.toml)"},"region":{"value":"tokyo","source":"variable TIMPUSH_REGION"},"sdkappid":{"value":7,"source":"$HOME/.config/timpush/config.toml:11:12 (profiles.other.sdkappid)"},"identifier":{"value":"administrator","source":"default"},"endpoint":{"value":"http://127.0.0.1:9","source":"$HOME/.config/timpush/config.toml:10:12 (profiles.other.endpoint)"},"ca_bundle":{"value":null,"source":"default"},"timeout":{"value":5.0,"source":"flag --timeout"},"max_attempts":{"value":3,"source":"default"},"output":{"value":"json","source":"flag --output"},"credential":{"value":"****c0de","source":"secret key written in $HOME/.config/timpush/config.toml:12:14 (profiles.other.secret_key)"},"usersig_ttl":{"value":600,"source":"default"},"journal":{"value":null,"source":"default"},"journal_keep":{"value":31536000.0,"source":"default"},"duplicate_window":{"value":600.0,"source":"default"},"daily_push_limit":{"value":100,"source":"default"},"tz":{"value":null,"source":"variable TZ"},"github":{"value":"on","source":"default"},"callback_token_file":{"value":null,"source":null},"problems":[]}
--- stderr

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn config_check_lists_every_problem() {
    let mut kit = keyed("");
    kit.run(&["config", "check"]).is(str![[r#"
exit 0 (Success)
--- stdout
ok: $HOME/.config/timpush/config.toml profile "p"
--- stderr

"#]]);
    let mut kit = keyed("");
    kit.file(
        ".config/timpush/config.toml",
        "[profiles.default]\nregoin = \"x\"\nregion = \"mars\"\nsdkappid = 1\nsecret_key_file = \"~/missing.key\"\ntimeout = -3\n",
    );
    kit.run(&["config", "check"]).is(str![[r#"
exit 3 (Config)
--- stdout
problem: $HOME/.config/timpush/config.toml:2:1 (profiles.default.regoin): unknown key "regoin"; did you mean "region"?
  fix: valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file
problem: $HOME/.config/timpush/config.toml:3:10 (profiles.default.region): region is invalid: unknown region "mars"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai
problem: $HOME/.config/timpush/config.toml:6:11 (profiles.default.timeout): timeout is invalid: "-3" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m
problem: cannot read secret key file $HOME/missing.key: No such file or directory (os error 2)
--- stderr

"#]]);
    kit.run(&["config", "check", "-o", "json"]).is(str![[r#"
exit 3 (Config)
--- stdout
{"ok":false,"checked":"$HOME/.config/timpush/config.toml profile \"default\"","problems":[{"message":"$HOME/.config/timpush/config.toml:2:1 (profiles.default.regoin): unknown key \"regoin\"; did you mean \"region\"?","hint":"valid keys here: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file"},{"message":"$HOME/.config/timpush/config.toml:3:10 (profiles.default.region): region is invalid: unknown region \"mars\"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai","hint":null},{"message":"$HOME/.config/timpush/config.toml:6:11 (profiles.default.timeout): timeout is invalid: \"-3\" is not a timeout: from 100 ms to 1 hour, such as 30, 30s, 1500ms or 2m","hint":null},{"message":"cannot read secret key file $HOME/missing.key: No such file or directory (os error 2)","hint":null}],"warnings":[],"exit_code":3}
--- stderr

"#]]);
}

// File modes are checked: Unix only.
#[cfg(unix)]
#[test]
fn config_init_without_a_terminal() {
    use crate::testkit::same;
    use std::os::unix::fs::PermissionsExt;
    let mut kit = Kit::new();
    kit.unset("TIMPUSH_ENDPOINT")
        .unset("TIMPUSH_SDKAPPID")
        .unset("TIMPUSH_SECRET_KEY");
    let path = kit.home().join(".config/timpush/config.toml");
    let key = kit.home().join(".config/timpush/prod.key");
    kit.stdin(&format!("{KEY}\n"));
    kit.run(&[
        "-p",
        "prod",
        "--region",
        "seoul",
        "--sdkappid",
        "1400000000",
        "config",
        "init",
        "--secret-key-stdin",
    ])
    .is(str![[r#"
exit 0 (Success)
--- stdout
--- stderr
timpush: note: stored the secret key in $HOME/.config/timpush/prod.key (mode 600)
timpush: note: wrote profile "prod" in $HOME/.config/timpush/config.toml; check it with: timpush -p prod doctor

"#]]);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!((mode(&path), mode(&key)), (0o600, 0o600));
    assert_eq!(std::fs::read_to_string(&key).unwrap(), format!("{KEY}\n"));
    let text = std::fs::read_to_string(&path).unwrap();
    same(
        written(&kit),
        str![[r#"
default_profile = "prod"

[profiles.prod]
region = "seoul"
sdkappid = 1400000000
identifier = "administrator"
secret_key_file = "$HOME/.config/timpush/prod.key"

"#]],
    );
    // The written profile works.
    kit.run(&["revoke", "--task-id", &crate::testkit::task_pushed(60, "bc614e"), "--dry-run"])
        .is(str![[r#"
exit 0 (Success)
--- stdout
POST https://adminapikr.im.qcloud.com/v4/timpush/revoke?usersig=(redacted)&identifier=administrator&sdkappid=1400000000&random=1000&contenttype=json
Content-Type: application/json
{"TaskId":"6b115984_537ed82a_200000cd7ee17f5_84035729_bc614e"}
# credential: secret key from file $HOME/.config/timpush/prod.key (set at $HOME/.config/timpush/config.toml:7:19 (profiles.prod.secret_key_file))
--- stderr
timpush: note: dry run: nothing was sent

"#]]);

    // A comment added by hand, and a second profile: both stay, and so does the default.
    std::fs::write(
        &path,
        text.replace("[profiles.prod]", "# keep this comment\n[profiles.prod]"),
    )
    .unwrap();
    let ci = |sdkappid: &'static str, more: &'static [&'static str]| {
        let mut args = vec![
            "-p",
            "ci",
            "--region",
            "tokyo",
            "--sdkappid",
            sdkappid,
            "config",
            "init",
        ];
        args.extend_from_slice(more);
        args
    };
    kit.run(&ci("7", &["--secret-key-command", "pass show tim/ci"]))
        .is(str![[r#"
exit 0 (Success)
--- stdout
--- stderr
timpush: note: wrote profile "ci" in $HOME/.config/timpush/config.toml; check it with: timpush -p ci doctor

"#]]);
    let before = std::fs::read_to_string(&path).unwrap();
    same(
        written(&kit),
        str![[r#"
default_profile = "prod"

# keep this comment
[profiles.prod]
region = "seoul"
sdkappid = 1400000000
identifier = "administrator"
secret_key_file = "$HOME/.config/timpush/prod.key"

[profiles.ci]
region = "tokyo"
sdkappid = 7
identifier = "administrator"
secret_key_command = ["pass", "show", "tim/ci"]

"#]],
    );

    // No overwrite without --force; --force replaces only that profile.
    kit.run(&ci("8", &["--secret-from-env"])).is(str![[r#"
exit 3 (Config)
--- stdout
--- stderr
timpush: error: profile "ci" already exists in $HOME/.config/timpush/config.toml
  hint: pass --force to replace it (other profiles are kept as they are)

"#]]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    kit.run(&ci("8", &["--secret-from-env", "--force"]))
        .is(str![[r#"
exit 0 (Success)
--- stdout
--- stderr
timpush: note: replaced profile "ci" in $HOME/.config/timpush/config.toml; check it with: timpush -p ci doctor

"#]]);
    same(
        written(&kit),
        str![[r#"
default_profile = "prod"

# keep this comment
[profiles.prod]
region = "seoul"
sdkappid = 1400000000
identifier = "administrator"
secret_key_file = "$HOME/.config/timpush/prod.key"

# The secret key comes from the variable TIMPUSH_SECRET_KEY.
[profiles.ci]
sdkappid = 8
identifier = "administrator"
region = "tokyo"

"#]],
    );

    kit.run(&[
        "-p",
        "x",
        "--sdkappid",
        "8",
        "config",
        "init",
        "--secret-from-env",
    ])
    .is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: config init without a terminal needs a region: pass --region (or --endpoint)

"#]]);
    kit.run(&[
        "-p",
        "x",
        "--region",
        "tokyo",
        "--sdkappid",
        "8",
        "config",
        "init",
    ])
    .is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: config init without a terminal needs where the secret key comes from: pass --secret-key-file FILE, --secret-key-command ARGV, --secret-key-stdin or --secret-from-env

"#]]);
}

/// `timpush man` on a terminal opens the page in `man -l -`; piped, or with no man program on
/// PATH, it prints the roff text.
#[cfg(unix)]
#[test]
fn man_on_a_terminal_opens_the_viewer() {
    use std::os::unix::fs::PermissionsExt;
    let mut kit = crate::testkit::Kit::new();
    let bin = kit.home().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let got = kit.home().join("viewer-got");
    let script = bin.join("man");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$@\" > '{0}.args'\ncat > '{0}'\n",
            got.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    kit.set("PATH", bin.to_str().unwrap())
        .terminal(crate::run::Stream::Stdout);
    let ran = kit.run(&["man"]);
    ran.expect(crate::error::Exit::Success, "", "");
    assert_eq!(
        std::fs::read_to_string(got.with_extension("args")).unwrap(),
        "-l -\n"
    );
    assert_eq!(
        std::fs::read(&got).unwrap(),
        crate::commands::man::page(),
        "the page, whole, on the viewer's input"
    );
    // No man program: the roff text, and a note on how to read it.
    kit.set("PATH", "/nonexistent")
        .terminal(crate::run::Stream::Stdout);
    let ran = kit.run(&["man"]);
    assert!(
        ran.stdout.starts_with(".ie \\n(.g"),
        "{}",
        &ran.stdout[..40]
    );
    assert_eq!(
        ran.stderr,
        "timpush: note: no man program was found on PATH; the page is printed as roff (read it with: timpush man | man -l -)\n"
    );
    // Piped: the roff text alone.
    let ran = kit.run(&["man"]);
    assert_eq!(ran.stdout.as_bytes(), crate::commands::man::page());
    assert_eq!(ran.stderr, "");
}

/// `config set` and `config unset`: one key, checked as every run reads it, the rest of the file
/// (comments, order, other profiles) kept as it was.
#[cfg(unix)]
#[test]
fn config_set_and_unset_keep_the_rest_of_the_file() {
    let mut kit = crate::testkit::Kit::new();
    let path = kit.file(
        ".config/timpush/config.toml",
        "# ops team\ndefault_profile = \"prod\"\n\n[profiles.prod]\nregion = \"singapore\" # ours\nsdkappid = 1400000001\n\n[profiles.staging]\nendpoint = \"http://127.0.0.1:9\"\nsdkappid = 1400000002\n",
    );
    let ran = kit.run(&["-p", "staging", "config", "set", "region", "china"]);
    ran.expect(
        crate::error::Exit::Success,
        "",
        "timpush: note: set region of profile \"staging\" in $HOME/.config/timpush/config.toml\n",
    );
    kit.run(&["config", "set", "max_attempts", "5"]);
    kit.run(&["-p", "staging", "config", "unset", "endpoint"]);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# ops team\ndefault_profile = \"prod\"\n\n[profiles.prod]\nregion = \"singapore\" # ours\nsdkappid = 1400000001\nmax_attempts = 5\n\n[profiles.staging]\nsdkappid = 1400000002\nregion = \"china\"\n"
    );
    kit.run(&["config", "set", "default_profile", "staging"]);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("# ops team\ndefault_profile = \"staging\"\n")
    );
    // Refused, the file untouched: a value its setting does not take, a key no profile has, a
    // secret on the command line, a profile or default the file does not have.
    let before = std::fs::read_to_string(&path).unwrap();
    for (args, exit, stderr) in [
        (
            &["config", "set", "region", "mars"][..],
            crate::error::Exit::Usage,
            "timpush: error: region: unknown region \"mars\"; valid regions: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta, riyadh, mumbai\n",
        ),
        (
            &["config", "set", "colour", "red"],
            crate::error::Exit::Usage,
            "timpush: error: \"colour\" is not a profile key\n  hint: the keys: region, sdkappid, identifier, endpoint, ca_bundle, timeout, max_attempts, secret_key_command, secret_key_file, secret_key, usersig_file, usersig, usersig_ttl, journal, journal_keep, duplicate_window, daily_push_limit, tz, callback_token_file, and default_profile\n",
        ),
        (
            &["config", "set", "secret_key", "0123456789abcdef"],
            crate::error::Exit::Usage,
            "timpush: error: secret_key is not set from the command line (a secret there shows in the process list and the shell's history; a command is a list)\n  hint: put the secret in a file and set secret_key_file or usersig_file, or edit the config file\n",
        ),
        (
            &["-p", "qa", "config", "set", "region", "china"],
            crate::error::Exit::Config,
            "timpush: error: $HOME/.config/timpush/config.toml has no profile \"qa\" (it has: prod, staging)\n  hint: write it first with timpush -p qa config init\n",
        ),
        (
            &["config", "set", "default_profile", "qa"],
            crate::error::Exit::Usage,
            "timpush: error: default_profile: $HOME/.config/timpush/config.toml has no profile \"qa\" (it has: prod, staging)\n  hint: write it first with timpush -p NAME config init\n",
        ),
    ] {
        let ran = kit.run(args);
        assert_eq!((ran.exit, ran.stderr.as_str()), (exit, stderr), "{args:?}");
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

/// `config init --force` replaces the profile's credential and what it is given, and keeps the
/// keys it does not write (and the region, when none is given).
#[cfg(unix)]
#[test]
fn config_init_force_keeps_what_it_does_not_ask_about() {
    let mut kit = crate::testkit::Kit::new();
    kit.file("k.key", "0123456789abcdef0123456789abcdef\n");
    let path = kit.file(
        ".config/timpush/config.toml",
        "default_profile = \"prod\"\n\n[profiles.prod]\nregion = \"singapore\"\nsdkappid = 1400000001\ntimeout = 10\nsecret_key_command = [\"pass\", \"show\", \"tim\"]\n",
    );
    kit.unset("TIMPUSH_SDKAPPID").unset("TIMPUSH_ENDPOINT");
    let key = kit.home().join("k.key");
    let ran = kit.run(&[
        "-p",
        "prod",
        "config",
        "init",
        "--force",
        "--sdkappid",
        "1400000009",
        "--secret-key-file",
        key.to_str().unwrap(),
    ]);
    assert_eq!(ran.exit, crate::error::Exit::Success, "{}", ran.shown());
    let text = std::fs::read_to_string(&path).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let prod = doc["profiles"]["prod"].as_table().unwrap();
    assert_eq!(prod["region"].as_str(), Some("singapore"), "{text}");
    assert_eq!(prod["timeout"].as_integer(), Some(10), "{text}");
    assert_eq!(prod["sdkappid"].as_integer(), Some(1400000009), "{text}");
    assert_eq!(prod["secret_key_file"].as_str(), key.to_str(), "{text}");
    assert!(!prod.contains_key("secret_key_command"), "{text}");
}
