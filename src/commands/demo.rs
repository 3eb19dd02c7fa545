//! `timpush demo`: a push, its recall, a repeated recall and a stale task, against an emulator
//! inside this process. No account, no config file, no network.

use serde_json::json;

use crate::emulator::{self, DEFAULT_ADMIN, DEFAULT_SDKAPPID as APP};
use crate::error::{Exit, Failure};
use crate::output::Reporter;
use crate::recall::{self, RecallRequest};
use crate::schedule;
use crate::session::Session;
use crate::settings::table;
use crate::settings::{self, Flags};
use crate::taskid::TaskId;
use crate::timefmt::{iso_utc, now_unix, wire_utc};
use crate::wire::OfflinePushInfo;

fn say(rep: &Reporter, text: &str) {
    // Step headers are for people: on stdout in text mode, on stderr beside JSON.
    if rep.json() {
        eprintln!("{text}");
    } else {
        rep.stdout(text);
    }
}

fn recall_of(id: &TaskId, title: Option<&str>, desc: Option<&str>) -> RecallRequest {
    RecallRequest {
        ids: vec![id.clone()],
        info: (title.is_some() || desc.is_some()).then(|| OfflinePushInfo {
            title: title.map(str::to_string),
            desc: desc.map(str::to_string),
            ext: None,
        }),
        ..RecallRequest::default()
    }
}

pub(crate) fn run(rep: &Reporter) -> Result<Exit, Failure> {
    let (emu, key) = emulator::start_private()?;
    say(
        rep,
        &format!(
            "timpush demo: an emulator of the push service is running at {} inside this process.\n",
            emu.base_url
        ),
    );
    let mut flags = Flags::default();
    flags.set(table::ENDPOINT, emu.base_url.clone());
    flags.set(table::SDKAPPID, APP.to_string());
    // The key is never a flag: it reaches the settings as the variable would.
    let key_var = table::get(table::SECRET_KEY).env;
    let key_text = key.expose().to_string();
    let env = move |name: &str| (Some(name) == key_var).then(|| key_text.clone());
    let mut settings = settings::inspect_at(&flags, &env, None).into_settings()?;
    // Said as it is (`--verbose`): the key is the demo's own, not one the user set.
    settings.credential = crate::settings::credential::CredentialSource::Made {
        value: key.clone(),
        by: "the demo's emulator (no account)",
    };
    let mut session = Session::open(settings, rep)?;

    say(
        rep,
        "1. Push a notification to all users (what timpush revoke will take back):",
    );
    say(
        rep,
        "   POST v4/timpush/push {\"OfflinePushInfo\":{\"Title\":\"Flash sale\",\"Desc\":\"50% off, today only\"},\"OnlineOnlyFlag\":0,...}",
    );
    let body = json!({
        "From_Account": DEFAULT_ADMIN,
        "MsgRandom": rand::random::<u32>(),
        "OnlineOnlyFlag": 0,
        "OfflinePushInfo": {"Title": "Flash sale", "Desc": "50% off, today only"},
    })
    .to_string();
    let ending = session
        .call(crate::rest::PUSH.path, &body, session.not_repeatable(), rep)
        .ok_or_else(|| Failure::new(Exit::Interrupted, "interrupted"))?;
    let task = ending
        .last
        .answer
        .as_ref()
        .and_then(|a| a.raw.get("TaskId"))
        .and_then(|t| t.as_str())
        .ok_or_else(|| {
            Failure::new(
                Exit::Internal,
                format!("the emulator's push failed: {}", ending.last.cause()),
            )
        })?
        .to_string();
    say(rep, &format!("   TaskId {task}\n"));
    let task = TaskId::parse(&task).map_err(|e| Failure::new(Exit::Internal, e))?;

    let title = "Correction";
    let desc = "Please ignore the last message";
    let old = emu
        .service
        .create_task(APP, std::time::Duration::from_secs(25 * 3600), false, false);
    let old = TaskId::parse(&old).map_err(|e| Failure::new(Exit::Internal, e))?;
    let steps = [
        (
            format!(
                "2. Recall it, replacing the shown notification:\n$ timpush revoke --task-id {task} --title \"{title}\" --desc \"{desc}\""
            ),
            recall_of(&task, Some(title), Some(desc)),
            Exit::Success,
        ),
        (
            format!(
                "3. Recall it again (a script re-running after a lost answer sees this):\n$ timpush revoke --task-id {task}"
            ),
            recall_of(&task, None, None),
            Exit::Success,
        ),
        (
            format!(
                "4. Try a task pushed 25 hours ago (the recall window is 24 hours):\n$ timpush revoke --task-id {old}"
            ),
            recall_of(&old, None, None),
            Exit::Refused,
        ),
    ];
    let mut ok = true;
    for (header, req, expected) in steps {
        say(rep, &header);
        let exit = recall::run(&mut session, &req, rep)?;
        ok &= exit == expected;
        say(rep, &format!("   exit status {}\n", exit.code()));
    }
    ok &= scheduled(&mut session, &emu, rep)?;

    emu.stop();
    say(rep, NEXT_STEPS);
    if ok {
        Ok(Exit::Success)
    } else {
        Err(Failure::new(
            Exit::Internal,
            "the demo did not go as expected (a bug)",
        ))
    }
}

/// The scheduled case: schedule two pushes, cancel one before it goes out, let the other go
/// out, recall the push it became, and read how far it got.
fn scheduled(
    session: &mut Session,
    emu: &emulator::Running,
    rep: &Reporter,
) -> Result<bool, Failure> {
    let at = now_unix() + 3600;
    let mut ids = Vec::new();
    say(
        rep,
        &format!(
            "5. Schedule two pushes for an hour from now:\n$ timpush sched add --at {} --all --yes --title \"Launch\" --desc \"Doors open at 9\"",
            iso_utc(at)
        ),
    );
    for title in ["Launch", "Launch (copy sent by mistake)"] {
        let body = json!({
            "Sdkappid": APP,
            "Type": "All",
            "SchedAt": wire_utc(at),
            "Content": {"From_Account": DEFAULT_ADMIN, "OfflinePushInfo": {"Title": title, "Desc": "Doors open at 9"}},
        });
        let policy = session.not_repeatable();
        let id = session
            .call(schedule::ADD, &body.to_string(), policy, rep)
            .and_then(|end| {
                end.last
                    .answer
                    .and_then(|a| a.raw.get("TaskID").and_then(|v| v.as_u64()))
            })
            .ok_or_else(|| {
                Failure::new(Exit::Internal, "the emulator did not schedule the push")
            })?;
        say(rep, &format!("   TaskID {id}"));
        ids.push(id);
    }
    say(
        rep,
        &format!(
            "\n6. Cancel the copy before it goes out:\n$ timpush sched cancel {}",
            ids[1]
        ),
    );
    let cancelled = schedule::read(
        session,
        schedule::DELETE,
        &json!({"Sdkappid": APP, "TaskID": ids[1], "Type": "All"}),
        rep,
    )
    .is_ok();
    say(rep, &format!("   cancelled {}\n", ids[1]));
    say(
        rep,
        &format!(
            "7. The other one goes out (the emulator sends it now); recall the push it became:\n$ timpush revoke --sched {}",
            ids[0]
        ),
    );
    emu.service
        .dispatch_sched(ids[0])
        .map_err(|e| Failure::new(Exit::Internal, e))?;
    let k =
        schedule::get(session, ids[0], rep).map_err(|f| Failure::new(Exit::Internal, f.message))?;
    let push = TaskId::parse(&k.push_task_id).map_err(|e| Failure::new(Exit::Internal, e))?;
    let exit = recall::run(
        session,
        &recall_of(&push, Some("Correction"), Some("Launch moved")),
        rep,
    )?;
    say(rep, &format!("   exit status {}\n", exit.code()));
    say(rep, &format!("8. How far it got:\n$ timpush stats {push}"));
    let now = now_unix();
    let stats = schedule::read(
        session,
        schedule::STATISTICS,
        &json!({"StartTime": now - 3600, "EndTime": now, "TaskID": [push.as_str()]}),
        rep,
    )
    .map_err(|f| Failure::new(Exit::Internal, f.message))?;
    let r = &stats["Results"][0];
    say(
        rep,
        &format!(
            "   sent to {} devices, delivered {} (0 once recalled), clicked {}\n",
            r["SentCount"], r["DeliveredCount"], r["ClickCount"]
        ),
    );
    Ok(cancelled && exit == Exit::Success && r["DeliveredCount"] == 0)
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
