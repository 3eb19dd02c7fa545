//! The audience commands: tags and attributes, as the service receives them, every limit
//! refused before anything is sent, ErrorList, lost and throttled answers, and resuming from
//! the rows a run left.

use serde_json::json;
use snapbox::str;

use crate::testkit::{Kit, Reply};

fn ok(extra: &str) -> Reply {
    Reply::Json(format!(
        r#"{{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0{extra}}}"#
    ))
}

/// The answer to get_attr_name for an app with plan and city (UserIDs) and device
/// (RegistrationIDs).
fn names() -> Reply {
    ok(r#","AttrNames":{"0":"plan","1":"city","2":"device"},"AttrTypes":{"0":0,"1":0,"2":1}"#)
}

#[cfg_attr(not(unix), allow(dead_code))]
const REG: &str = "379C2F0D-290D-47AE-94D1-919058C39C77";

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn tags_are_added_to_the_accounts_given() {
    let mut kit = Kit::new();
    kit.reply([ok("")]);
    kit.run(&["tag", "add", "alice", REG, "--tag", "vip", "--tag", "beta"])
        .is(str![[r#"
exit 0 (Success)
--- stdout
tag add: 2 accounts in 1 call: 2 done
--- stderr

"#]]);
    let mut kit2 = Kit::new();
    kit2.reply([ok("")]);
    let ran = kit2.run(&[
        "tag",
        "add",
        "alice",
        REG,
        "--tag",
        "vip",
        "--tag",
        "beta",
        "--replace",
    ]);
    assert_eq!(ran.commands(), ["timpush/add_tag"]);
    assert_eq!(
        ran.requests[0].body,
        json!({"Replace": 1, "UserTags": [
            {"To_Account": "alice", "Tags": ["vip", "beta"]},
            {"To_Account": REG, "Tags": ["vip", "beta"]},
        ]})
    );
    let j = kit2.journal();
    assert_eq!(j.len(), 1);
    assert_eq!(
        (
            j[0]["command"].as_str(),
            j[0]["accounts"].as_u64(),
            j[0]["outcome"].as_str()
        ),
        (Some("tag add"), Some(2), Some("done"))
    );
}

#[test]
fn every_body_is_as_the_pages_give_it() {
    let mut kit = Kit::new();
    let csv = kit.file(
        "attrs.csv",
        "account,plan,city\nalice,gold,Shenzhen\nbob,,Paris\n",
    );
    kit.reply([names(), ok("")]);
    let ran = kit.run(&["attr", "set", "--from-file", csv.to_str().unwrap()]);
    assert_eq!(ran.exit, crate::error::Exit::Success, "{}", ran.shown());
    assert_eq!(
        ran.commands(),
        ["timpush/get_attr_name", "timpush/set_attr"]
    );
    assert_eq!(ran.requests[0].body, json!({}));
    assert_eq!(
        ran.requests[1].body,
        json!({"UserAttrs": [
            {"To_Account": "alice", "Attrs": {"plan": "gold", "city": "Shenzhen"}},
            {"To_Account": "bob", "Attrs": {"city": "Paris"}},
        ]})
    );
    kit.reply([names(), ok("")]);
    let ran = kit.run(&["attr", "rm", "alice", "--attr", "city"]);
    assert_eq!(
        ran.requests[1].body,
        json!({"UserAttrs": [{"To_Account": "alice", "Attrs": ["city"]}]})
    );
    kit.reply([ok("")]);
    let ran = kit.run(&["tag", "rm", "alice", "--tag", "beta"]);
    assert_eq!(
        ran.requests[0].body,
        json!({"UserTags": [{"To_Account": "alice", "Tags": ["beta"]}]})
    );
    kit.reply([ok("")]);
    let ran = kit.run(&["tag", "clear", "alice", "bob"]);
    assert_eq!(ran.commands(), ["timpush/clear_all_tags"]);
    assert_eq!(
        ran.requests[0].body,
        json!({"To_Account": ["alice", "bob"]})
    );
    kit.reply([ok("")]);
    let ran = kit.run(&[
        "attr",
        "names",
        "--set",
        "0=plan, 1=city",
        "--types",
        "1=registration",
    ]);
    assert_eq!(ran.commands(), ["timpush/set_attr_name"]);
    assert_eq!(
        ran.requests[0].body,
        json!({"AttrNames": {"0": "plan", "1": "city"}, "AttrTypes": {"1": 1}})
    );
    ran.is(str![[r#"
exit 0 (Success)
--- stdout
attribute names set: 0=plan (UserIDs), 1=city (RegistrationIDs)
--- stderr

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn every_documented_limit_is_refused_before_anything_is_sent() {
    let mut kit = Kit::new();
    let long = "t".repeat(51);
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    let mut args = vec!["tag", "add", "alice"];
    for t in &eleven {
        args.extend(["--tag", t.as_str()]);
    }
    kit.run(&args).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: account "alice": 11 tags for account "alice"; at most 10 in one call (100 with --replace, which sets the account's tags to these)

"#]]);
    kit.run(&["tag", "add", "alice", "--tag", &long]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: account "alice": tag "ttttttttttttttttttttttttttttttttttttttttttttttttttt" is 51 bytes; at most 50

"#]]);
    kit.run(&["tag", "add", "alice", "--tag", "a", "--tag", "a"])
        .is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: account "alice": tag "a" is given twice

"#]]);
    // A RegistrationID is 36 characters; anything else over 32 bytes is no account.
    kit.run(&["tag", "get", &format!("{REG}0")]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: account "379C2F0D-290D-47AE-94D1-919058C39C770": an account is 37 bytes; a UserID is at most 32, and a RegistrationID is 36 characters such as 379C2F0D-290D-47AE-94D1-919058C39C77

"#]]);
    // A file is checked whole first: the bad row is named by its line, and nothing is sent.
    let mut rows = String::from("account,tag\n");
    for i in 0..150 {
        rows.push_str(&format!("u{i},vip\n"));
    }
    rows.push_str("u150,\"vip,\"\"gold\"\"\"\n");
    rows.push_str("u151,a,b,c\n");
    let csv = kit.file("bad.csv", &rows);
    kit.run(&["tag", "add", "--from-file", csv.to_str().unwrap()])
        .is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: $HOME/bad.csv:153: 4 cells, but the header has 2 columns

"#]]);
    let jl = kit.file(
        "bad.jsonl",
        "{\"account\":\"a\",\"tags\":[\"x\"]}\n{\"account\":\"b\",\"tag\":[\"x\"]}\n",
    );
    kit.run(&["tag", "add", "--from-file", jl.to_str().unwrap()])
        .is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: $HOME/bad.jsonl:2: no "tags"

"#]]);
    let head = kit.file("head.csv", "user,tag\nalice,vip\n");
    kit.run(&["tag", "rm", "--from-file", head.to_str().unwrap()]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: $HOME/head.csv:1: the header's first column must be account, not "user"
  hint: a CSV file starts with a header such as account,tag,tag (tag commands) or account,plan,city (attr set)

"#]]);
    kit.run(&["attr", "names", "--set", "10=x"]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: --set: index "10" is not 0 to 9 (an app has at most 10 attributes)

"#]]);
    kit.run(&["attr", "names", "--set", "0=a,1=a"]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: --set: name "a" is given twice; each attribute has its own name (90033)

"#]]);
    kit.run(&["attr", "names", "--set", "0=a", "--types", "1=user"])
        .is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: --types: index 1 is not in --set; a kind goes with a name

"#]]);
    kit.run(&["tag", "add", "alice"]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: `timpush tag add` needs what to do to the accounts: --tag TAG
  hint: give --tag TAG (repeatable), or rows with --from-file FILE

"#]]);
    // None of these reached the service.
    let ran = kit.run(&["tag", "clear"]);
    assert!(ran.requests.is_empty());
    // Attributes: the names are read first; one not named, or of the other kind of account,
    // is refused with its row.
    let csv = kit.file(
        "a.csv",
        &format!("account,plan,device\nalice,gold,\n{REG},,phone\nbob,,tablet\n"),
    );
    kit.reply([names()]);
    let ran = kit.run(&["attr", "set", "--from-file", csv.to_str().unwrap()]);
    assert_eq!(ran.commands(), ["timpush/get_attr_name"]);
    ran.is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: $HOME/a.csv:4 (account "bob"): account "bob" is a UserID, but attribute "device" holds RegistrationIDs (90035)

"#]]);
    kit.reply([names()]);
    kit.run(&["attr", "set", "alice", "--attr", "tier=1"]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: account "alice": attribute "tier" is not one of the app's names (plan, city, device); name it first with timpush attr names --set

"#]]);
    kit.reply([names()]);
    kit.run(&["attr", "set", "alice", "--attr", &format!("plan={long}")]).is(str![[r#"
exit 2 (Usage)
--- stdout
--- stderr
timpush: error: account "alice": value of plan "ttttttttttttttttttttttttttttttttttttttttttttttttttt" is 51 bytes; at most 50

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn accounts_the_service_refuses_are_named_with_their_rows() {
    let mut kit = Kit::new();
    let csv = kit.file(
        "users.csv",
        "account,tag,tag\nalice,vip,beta\nghost,vip\nbob,vip\n",
    );
    kit.reply([ok(
        r#","ErrorList":[{"To_Account":"ghost","ErrorCode":70107,"ErrorInfo":"account does not exist"}]"#,
    )]);
    kit.run(&["tag", "add", "--from-file", csv.to_str().unwrap()])
        .is(str![[r#"
exit 5 (Refused)
--- stdout
tag add: 3 accounts in 1 call: 2 done, 1 refused
--- stderr
timpush: warning: $HOME/users.csv:3 (account "ghost"): refused: ErrorCode 70107 (account does not exist): service said "account does not exist"

"#]]);
    kit.reply([ok(
        r#","ErrorList":[{"To_Account":"ghost","ErrorCode":90035}]"#,
    )]);
    kit.run(&["tag", "add", "--from-file", csv.to_str().unwrap(), "-o", "json"])
        .is(str![[r#"
exit 5 (Refused)
--- stdout
{"kind":"refused","account":"ghost","line":3,"outcome":"refused","ErrorCode":90035,"meaning":"account kind does not match (UserID or RegistrationID)","ErrorInfo":""}
{"kind":"summary","command":"tag add","accounts":3,"calls":1,"done":2,"refused":1,"not_done":0,"outcome":"partial"}
--- stderr

"#]]);
    // An ErrorList naming an account the call did not send is not believed.
    kit.reply([ok(
        r#","ErrorList":[{"To_Account":"mallory","ErrorCode":70107}]"#,
    )]);
    let ran = kit.run(&["tag", "clear", "alice"]);
    ran.is(str![[r#"
exit 7 (Unknown)
--- stdout
tag clear: 1 account in 1 call: 0 done, 1 not done
--- stderr
timpush: error: tag clear of the accounts given (1 accounts): the answer's ErrorList names account "mallory", which the call did not send
  hint: the call may or may not have been applied; its rows are in the resume file, and sending them again leaves the same tags and attributes
timpush: note: not done (1): alice

"#]]);
}

#[test]
fn reads_are_a_table_or_one_object_an_account() {
    let mut kit = Kit::new();
    let answer = r#","UserTags":[{"To_Account":"alice","Tags":["vip","beta"]},{"To_Account":"bob","Tags":[]}],"ErrorList":[{"To_Account":"ghost","ErrorCode":70107}]"#;
    kit.reply([ok(answer)]);
    kit.run(&["tag", "get", "alice", "bob", "ghost"])
        .is(str![[r#"
exit 5 (Refused)
--- stdout
ACCOUNT  TAGS
alice    vip, beta
bob      (none)
--- stderr
timpush: warning: account "ghost": refused: ErrorCode 70107 (account does not exist)
timpush: note: tag get: 3 accounts in 1 call: 2 read, 1 refused

"#]]);
    kit.reply([ok(
        r#","UserAttrs":[{"To_Account":"alice","Attrs":{"plan":"gold"}}]"#,
    )]);
    kit.run(&["attr", "get", "alice", "-o", "json"])
        .is(str![[r#"
exit 0 (Success)
--- stdout
{"kind":"attrs","account":"alice","attrs":{"plan":"gold"}}
--- stderr

"#]]);
    // An account the answer says nothing of is not shown as having no tags.
    kit.reply([ok(r#","UserTags":[{"To_Account":"alice","Tags":[]}]"#)]);
    let ran = kit.run(&["tag", "get", "alice", "bob"]);
    assert_eq!(ran.exit, crate::error::Exit::Unknown, "{}", ran.shown());
    assert!(ran.stdout.is_empty(), "{}", ran.stdout);
    assert!(
        ran.stderr
            .contains("the answer says nothing of account \"bob\""),
        "{}",
        ran.stderr
    );
    kit.reply([names()]);
    kit.run(&["attr", "names"]).is(str![[r#"
exit 0 (Success)
--- stdout
INDEX  NAME                  ACCOUNTS
0      plan                  UserIDs
1      city                  UserIDs
2      device                RegistrationIDs
--- stderr

"#]]);
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_lost_answer_is_repeated_only_where_that_is_safe() {
    let mut kit = Kit::new();
    kit.reply([Reply::Lost, ok("")]);
    let ran = kit.run(&["tag", "add", "alice", "--tag", "vip"]);
    assert_eq!(ran.exit, crate::error::Exit::Success, "{}", ran.shown());
    assert_eq!(ran.commands(), ["timpush/add_tag", "timpush/add_tag"]);
    // A removal is not repeated: its rows go to the resume file.
    let list = kit.file("leavers.txt", "alice\nbob\n");
    kit.reply([Reply::Lost]);
    let ran = kit.run(&[
        "tag",
        "rm",
        "--to-file",
        list.to_str().unwrap(),
        "--tag",
        "vip",
    ]);
    assert_eq!(ran.commands(), ["timpush/remove_tag"]);
    ran.is(str![[r#"
exit 7 (Unknown)
--- stdout
tag rm: 2 accounts in 1 call: 0 done, 2 not done
--- stderr
timpush: error: tag rm of $HOME/leavers.txt:1-2 (2 accounts): the connection closed before an answer (gave up after 1 attempt; not repeated, since the call may have been applied)
  hint: the call may or may not have been applied; its rows are in the resume file, and sending them again leaves the same tags and attributes
timpush: note: the rows not done are in $HOME/leavers.txt.resume; to go on from there: timpush tag rm --tag vip --to-file $HOME/leavers.txt.resume

"#]]);
    assert_eq!(
        std::fs::read_to_string(kit.home().join("leavers.txt.resume")).unwrap(),
        "alice\nbob\n"
    );
    // Throttled: nothing was applied, so it is sent again after a second.
    kit.reply([Reply::Code(60007), ok("")]);
    let ran = kit.run(&["tag", "clear", "alice"]);
    assert_eq!(ran.exit, crate::error::Exit::Success, "{}", ran.shown());
    assert_eq!(ran.requests.len(), 2);
    assert!(ran.requests[1].at - ran.requests[0].at >= std::time::Duration::from_secs(1));
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn a_failed_call_leaves_a_resume_file_that_goes_on_exactly_there() {
    let mut kit = Kit::new();
    let mut rows = String::from("account,tag\n");
    for i in 0..250 {
        rows.push_str(&format!("u{i},vip\n"));
    }
    let csv = kit.file("users.csv", &rows);
    kit.reply([ok(""), Reply::Code(70402)]);
    let ran = kit.run(&[
        "tag",
        "add",
        "--from-file",
        csv.to_str().unwrap(),
        "--connections",
        "1",
    ]);
    assert_eq!(ran.commands(), ["timpush/add_tag", "timpush/add_tag"]);
    let sent: Vec<usize> = ran
        .requests
        .iter()
        .map(|r| r.body["UserTags"].as_array().unwrap().len())
        .collect();
    assert_eq!(sent, [100, 100]);
    ran.is(str![[r#"
exit 5 (Refused)
--- stdout
tag add: 250 accounts in 3 calls: 100 done, 150 not done
--- stderr
timpush: error: tag add of $HOME/users.csv:102-201 (100 accounts): ErrorCode 70402 (invalid parameters): service said "error"
  hint: check the values sent (--verbose shows the request); the call's rows are in the resume file
timpush: note: the rows not done are in $HOME/users.csv.resume; to go on from there: timpush tag add --from-file $HOME/users.csv.resume

"#]]);
    let resume = kit.home().join("users.csv.resume");
    let text = std::fs::read_to_string(&resume).unwrap();
    let expected: String = std::iter::once("account,tag\n".to_string())
        .chain((100..250).map(|i| format!("u{i},vip\n")))
        .collect();
    assert_eq!(text, expected);
    // Going on sends exactly those rows: none twice, none skipped.
    kit.answer(|_| ok(""));
    let ran = kit.run(&["tag", "add", "--from-file", resume.to_str().unwrap()]);
    assert_eq!(ran.exit, crate::error::Exit::Success, "{}", ran.shown());
    let mut accounts: Vec<String> = ran
        .requests
        .iter()
        .flat_map(|r| r.body["UserTags"].as_array().unwrap().clone())
        .map(|u| u["To_Account"].as_str().unwrap().to_string())
        .collect();
    accounts.sort_by_key(|a| a[1..].parse::<u32>().unwrap());
    let want: Vec<String> = (100..250).map(|i| format!("u{i}")).collect();
    assert_eq!(accounts, want);
    // A second failure never overwrites the first resume file.
    kit.reply([Reply::Code(70402)]);
    let ran = kit.run(&[
        "tag",
        "add",
        "--from-file",
        csv.to_str().unwrap(),
        "--connections",
        "1",
    ]);
    assert!(ran.stderr.contains("users.csv.resume-2"), "{}", ran.stderr);
}

#[test]
fn a_dry_run_shows_the_first_calls_and_sends_nothing() {
    let mut kit = Kit::new();
    let mut rows = String::new();
    for i in 0..450 {
        rows.push_str(&format!("{{\"account\":\"u{i}\"}}\n"));
    }
    let jl = kit.file("all.jsonl", &rows);
    let ran = kit.run(&[
        "tag",
        "clear",
        "--from-file",
        jl.to_str().unwrap(),
        "--dry-run",
    ]);
    assert!(ran.requests.is_empty());
    assert_eq!(ran.stdout.lines().count(), 3);
    assert!(
        ran.stdout
            .starts_with("POST v4/timpush/clear_all_tags {\"To_Account\":[\"u0\",\"u1\",")
    );
    assert_eq!(
        ran.stderr,
        "timpush: note: dry run: tag clear would send 450 accounts in 5 calls (at least 0.1 s at the service's pace); nothing was sent; the first 3 calls are shown\n"
    );
}

#[test]
fn many_connections_send_every_row_once() {
    let mut kit = Kit::new();
    let mut rows = String::from("account,plan\n");
    for i in 0..1000 {
        rows.push_str(&format!("u{i},p{}\n", i % 3));
    }
    let csv = kit.file("crm.csv", &rows);
    kit.reply([ok(r#","AttrNames":{"0":"plan"}"#)]);
    kit.answer(|_| ok(""));
    let ran = kit.run(&[
        "attr",
        "set",
        "--from-file",
        csv.to_str().unwrap(),
        "--connections",
        "8",
    ]);
    assert_eq!(ran.exit, crate::error::Exit::Success, "{}", ran.shown());
    assert_eq!(
        ran.stdout,
        "attr set: 1000 accounts in 10 calls: 1000 done\n"
    );
    let mut seen: Vec<(String, String)> = ran
        .requests
        .iter()
        .skip(1)
        .flat_map(|r| r.body["UserAttrs"].as_array().unwrap().clone())
        .map(|u| {
            (
                u["To_Account"].as_str().unwrap().to_string(),
                u["Attrs"]["plan"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    seen.sort_by_key(|(a, _)| a[1..].parse::<u32>().unwrap());
    let want: Vec<(String, String)> = (0..1000)
        .map(|i| (format!("u{i}"), format!("p{}", i % 3)))
        .collect();
    assert_eq!(seen, want);
}

#[test]
fn a_terminal_sees_how_far_the_rows_got() {
    let mut kit = Kit::new();
    let mut rows = String::from("account,tag\n");
    for i in 0..25_000 {
        rows.push_str(&format!("u{i},vip\n"));
    }
    let csv = kit.file("users.csv", &rows);
    kit.answer(|_| ok(""));
    kit.terminal(crate::run::Stream::Stderr);
    let ran = kit.run(&[
        "tag",
        "add",
        "--from-file",
        csv.to_str().unwrap(),
        "--connections",
        "1",
    ]);
    assert_eq!(
        ran.stdout,
        "tag add: 25000 accounts in 250 calls: 25000 done\n"
    );
    let shown: Vec<&str> = ran
        .stderr
        .split("\r\x1b[K")
        .filter(|s| !s.is_empty())
        .collect();
    // The first call at once; one line every quarter of a second on the run's clock after it
    // (a call every 10.5 ms), with the speed and the time left once a second has passed.
    // The first call at once, then a line every quarter of a second on the run's clock (a
    // call every 10.5 ms: 9,524 accounts a second), counting up, with the speed and the time
    // left once a second has passed; cleared before the summary.
    assert_eq!(shown[0], "100 of 25000 accounts");
    assert!((8..=14).contains(&shown.len()), "{shown:?}");
    let mut last = 0;
    let mut rated = 0;
    for line in &shown {
        let (count, rest) = line.split_once(" of 25000 accounts").expect(line);
        let count: u64 = count.parse().unwrap();
        assert!(count > last, "{shown:?}");
        last = count;
        if let Some(r) = rest.strip_prefix(", ") {
            let (rate, left) = r.split_once(" a second, about ").expect(line);
            assert!(
                (9_000..=10_000).contains(&rate.parse::<u32>().unwrap()),
                "{line}"
            );
            assert!(
                ["1 s left", "2 s left", "3 s left"].contains(&left),
                "{line}"
            );
            rated += 1;
        } else {
            assert_eq!(rest, "", "{line}");
        }
    }
    assert!(rated >= 4, "{shown:?}");
    assert!(ran.stderr.ends_with("\r\x1b[K"), "cleared at the end");
    // Piped, no progress at all.
    kit.answer(|_| ok(""));
    let ran = kit.run(&["tag", "add", "--from-file", csv.to_str().unwrap()]);
    assert_eq!(ran.stderr, "");
}

#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn rows_from_standard_input_stop_at_a_bad_row_and_keep_the_rest() {
    let mut kit = Kit::new();
    let mut rows = String::new();
    for i in 0..150 {
        rows.push_str(&format!("{{\"account\":\"u{i}\",\"tags\":[\"vip\"]}}\n"));
    }
    rows.push_str("{\"account\":\"u150\",\"tags\":[]}\n");
    rows.push_str("{\"account\":\"u151\",\"tags\":[\"vip\"]}\n");
    kit.stdin(&rows);
    kit.answer(|_| ok(""));
    let ran = kit.run(&["tag", "add", "--from-file", "-", "--connections", "1"]);
    // The rows before the bad one went out; the bad row and the rest are kept.
    let sent: Vec<usize> = ran
        .requests
        .iter()
        .map(|r| r.body["UserTags"].as_array().unwrap().len())
        .collect();
    assert_eq!(sent, [100, 50]);
    let path = ran
        .stderr
        .split("the rows not done are in ")
        .nth(1)
        .and_then(|r| r.split(';').next())
        .expect(&ran.stderr)
        .to_string();
    assert!(
        path.starts_with("$HOME/.cache/timpush/resume/tag-add-"),
        "{path}"
    );
    assert_eq!(
        ran.stdout,
        "tag add: 152 accounts in 2 calls: 150 done, 2 not done\n"
    );
    assert!(
        ran.stderr.starts_with(
            "timpush: error: standard input:151 (account \"u150\"): account \"u150\" has no tag\n"
        ),
        "{}",
        ran.stderr
    );
    assert_eq!(ran.exit, crate::error::Exit::Usage);
    let text =
        std::fs::read_to_string(path.replace("$HOME", kit.home().to_str().unwrap())).unwrap();
    assert_eq!(
        text,
        rows.lines()
            .skip(150)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    // The journal says what was done, and `log` shows it.
    let ran = kit.run(&["log"]);
    assert!(ran.stdout.contains("tag add"), "{}", ran.shown());
}

/// --resume-file names where the rows not done go; one that cannot be written is said, with
/// what to do instead, and the run's status stands.
#[cfg(unix)]
// It states Unix paths (Windows keeps these in AppData folders; the Windows run of scripts/lint.sh checks them).
#[test]
fn the_resume_file_goes_where_it_is_named_or_says_why_not() {
    let mut kit = Kit::new();
    let csv = kit.file("users.csv", "account,tag\nalice,vip\nbob,vip\n");
    let chosen = kit.home().join("left.csv");
    kit.reply([Reply::Code(70402)]);
    let ran = kit.run(&[
        "tag",
        "add",
        "--from-file",
        csv.to_str().unwrap(),
        "--resume-file",
        chosen.to_str().unwrap(),
    ]);
    assert_eq!(ran.exit, crate::error::Exit::Refused, "{}", ran.shown());
    assert_eq!(
        std::fs::read_to_string(&chosen).unwrap(),
        "account,tag\nalice,vip\nbob,vip\n"
    );
    let nowhere = kit.home().join("no-such-folder/left.csv");
    kit.reply([Reply::Code(70402)]);
    let ran = kit.run(&[
        "tag",
        "add",
        "--from-file",
        csv.to_str().unwrap(),
        "--resume-file",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(ran.exit, crate::error::Exit::Refused, "{}", ran.shown());
    assert!(
        ran.stderr.ends_with(
            "timpush: error: the rows not done could not be written: No such file or directory (os error 2)\n  hint: run the same command on the whole input again: adding tags or setting attributes again leaves the same result\n"
        ),
        "{}",
        ran.stderr
    );
}
