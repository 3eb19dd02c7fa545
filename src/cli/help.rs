//! The help texts: each command's examples and notes, and the folding of the shared options
//! into one line of each command's help.

use super::*;

pub(super) const EXAMPLES: &str = "\
Examples:
  timpush revoke --task-id 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e \\
      --title \"Correction\" --desc \"Please ignore the last message\"
  timpush -p staging revoke --task-id ID --dry-run
  TIMPUSH_SECRET_KEY=... timpush --region singapore --sdkappid 1400000000 revoke --task-id ID -o json";

/// `revoke --help`'s examples and exit statuses (tested against the manual page's list).
#[cfg(test)]
pub(crate) fn revoke_exit_help() -> &'static str {
    REVOKE_EXIT
}

pub(super) const REVOKE_EXIT: &str = "\
Examples:
  timpush revoke 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e --title \"Correction\" --desc \"Please ignore the last message\"
  timpush revoke --from-file tasks.txt --fail-fast -o json > results.jsonl

Exit status:
  0  every task recalled (\"already recalled\" included, with a note on stderr)
  1  internal error (a bug)
  2  usage error (bad flags or arguments)
  3  local configuration or credential problem (nothing was sent)
  4  the service rejected the credential or permission
  5  the service refused the recall (unknown TaskId, 24-hour window passed, ...)
  6  no answer, or kept being throttled: nothing was applied, safe to re-run
  7  outcome unknown: it may have been applied; re-running is safe
  74 results could not be written to stdout; no further calls were sent
  130 interrupted (after its report the process dies by SIGINT, so a shell loop stops)";

pub(super) const PUSH_HELP: &str = "\
A push is not safe to repeat (users would get it twice): it is retried only when nothing was
sent or the service was throttling; when the answer is lost it ends with exit 7. A push
identical to one the journal holds from the last duplicate_window (10 min) is refused (exit 5)
unless --force; --idempotency-key KEY refuses any second push with that key.

Examples:
  id=$(timpush push --tag vip --title \"Sale\" --desc \"Today only\") && echo \"$id\"
  timpush push --yes --store --title \"Maintenance\" --desc \"Tonight 22:00\"   # all users
  timpush push --any-attr city=Paris --any-attr city=Lyon --offline-push-info vendor.json";

pub(super) const STOP_HELP: &str = "\
Each ID is read by its shape: digits are a scheduled TaskID, anything else a push TaskId.
A scheduled push still pending is cancelled; one being dispatched is waited for (within
--timeout) and recalled once it shows its push; one that went out has its push recalled; a
push TaskId is recalled. Then the reach report: per vendor, how many devices the push
reached, and where the recall cannot take a shown notification back (Xiaomi, OPPO, vivo, Meizu).

Examples:
  timpush stop 1500000001
  timpush stop 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e 1500000002 -o json";

pub(super) const LOG_HELP: &str = "\
The journal has one line for every call that changed something: push, batch, sched add, edit
and cancel, revoke, stop, and api on a command that is not a read. It is never a record of the
service: only of what timpush sent from this machine (or from the job that kept it).

Examples:
  timpush log --since 1h
  timpush log --command push -o json
  timpush revoke --last            # recall the last push in the journal";

pub(super) const BATCH_HELP: &str = "\
Examples:
  timpush batch --to alice --to bob --title \"Your order shipped\" --desc \"Track it in the app\"
  cut -f1 users.tsv | timpush batch --to-file - --title T --desc D -o json";

pub(super) const API_HELP: &str = "\
The answer is printed as JSON; the exit status follows its ErrorCode as for revoke. Calls are
retried only when nothing was sent (or throttled); --retry also repeats calls whose answer was
lost, for commands that are safe to repeat.

Examples:
  timpush api v4/timpush/get_sched_task --data '{\"Sdkappid\": 1400000000, \"TaskID\": 42}'
  timpush api v4/timpush/all_member_push_statistics --data @stats.json
  echo '{}' | timpush api v4/timpush/list_sched_task --data -";

#[cfg(feature = "emulator")]
pub(super) const EMULATOR_HELP: &str = "\
Control endpoints (a loopback Host, and Content-Type: application/json on a POST):
  POST /_emulator/tasks {\"age_hours\": 25}   makes a task as if pushed then
  GET /_emulator/state                        tasks, calls, connections and throttled calls
  POST /_emulator/faults {\"faults\": [\"91000\", \"html502\", \"stall:5\", \"drop_after_apply\", \"drop\"]}
                                              scripts the answers to the next calls
  DELETE /_emulator/faults                    clears them
  POST /_emulator/sched/dispatch {\"TaskID\": N}  sends a pending scheduled task now
  POST /_emulator/callbacks {\"TaskId\": ID}    sends a push's callbacks now (--callback-url)

Examples:
  TIMPUSH_EMULATOR_SECRET_KEY=$(openssl rand -hex 32) timpush emulator
  timpush emulator --listen 127.0.0.1:0 --tls --ca-out ca.pem --fault 91000 > url.txt &";

pub(super) const USERSIG_EXAMPLES: &str = "\
Examples:
  timpush usersig gen --ttl 3600            # the one command that prints a credential
  timpush usersig decode \"$TIMPUSH_USERSIG\"  # fields and expiry, no key needed
  pbpaste | timpush usersig verify -        # checked with the profile's secret key

Exit status: 0 valid (decode: readable), 3 not.";

pub(super) const CONFIG_EXAMPLES: &str = "\
Examples:
  timpush config path
  timpush -p prod config show
  timpush config check
  timpush -p prod --region singapore --sdkappid 1400000000 config init --secret-key-file ~/keys/prod.key
  printf '%s\\n' \"$KEY\" | timpush -p ci --region tokyo --sdkappid 1400000000 config init --secret-key-stdin";

pub(super) const DOCTOR_HELP: &str = "\
Checks, in order: the config file and profile; the credential and a UserSig made from it; DNS and
a TLS connection to the region's host; the local clock against the server's Date header; and a
recall of a TaskId that cannot exist (90049 means the SDKAppID, region, identifier and UserSig
are all accepted: nothing can be recalled by it).

Exit status: 0 when every check passes, else the status of the first that failed.

Examples:
  timpush doctor
  timpush -p staging doctor -o json";

/// The examples of `timpush sched --help` (tested: none goes stale).
pub(crate) const SCHED_HELP: &str = "\
A scheduled push is sent by the service at its time. Until then it can be changed or cancelled;
once it went out, recall the push it became with timpush revoke --sched ID.

Examples:
  timpush sched add --at +2h --tag vip --title Launch --desc \"Doors open at 9\"
  timpush sched list --keyword Launch
  timpush sched edit 1500002417 --at +3h
  timpush sched cancel 1500002417
  timpush revoke --sched 1500002417";

pub(super) const STATS_HELP: &str = "\
Statistics cover at most 30 days, loss at most 7; more than 5 TaskIds are split into several
calls, one a second. Without a TaskId: the app's pushes overall.

Examples:
  timpush stats 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e
  timpush stats --since 48h -o json
  timpush stats --loss 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e";

/// The command line as parsed: each command's help lists its own options in full and the
/// shared ones it offers on one line, so the command's options and examples fit a screen;
/// `timpush --help` describes the shared ones. They stay known to the parser (suggestions,
/// errors) and to completions and the manual page, which read [`Cli::command`] unfolded.
pub(crate) fn folded() -> clap::Command {
    let mut cmd = super::whole();
    cmd.build();
    for sub in cmd.get_subcommands_mut() {
        fold(sub);
    }
    cmd
}

pub(super) fn fold(cmd: &mut clap::Command) {
    let mut shared: Vec<(bool, String, String)> = cmd
        .get_arguments()
        .filter(|a| a.get_help_heading() == Some(SHARED) && !a.is_hide_set())
        .map(|a| {
            let name = match (a.get_short(), a.get_long()) {
                (Some(s), Some(l)) => format!("-{s}/--{l}"),
                (Some(s), None) => format!("-{s}"),
                (None, Some(l)) => format!("--{l}"),
                (None, None) => a.get_id().to_string(),
            };
            (!a.is_global_set(), a.get_id().to_string(), name)
        })
        .collect();
    // Those of every command first (output, colour, verbosity), then the connection's.
    shared.sort_by_key(|(local, _, _)| *local);
    // A command that prints one document refuses -o (`lib::print_only`): not offered.
    if PRINT_ONLY.contains(&cmd.get_name()) {
        shared.retain(|(_, id, _)| id != "output");
    }
    if !shared.is_empty() {
        let mut folded = std::mem::take(cmd);
        // In place: the built command indexes its arguments by position.
        folded = folded.mut_args(|a| {
            if shared.iter().any(|(_, id, _)| a.get_id() == id.as_str()) {
                a.hide_short_help(true).hide_long_help(true)
            } else {
                a
            }
        });
        let names: Vec<&str> = shared.iter().map(|(_, _, n)| n.as_str()).collect();
        let mut text = wrap_names("Shared options:", &names, 100);
        text.push_str(
            "
  (`timpush --help` describes them; they may also stand before the command name)",
        );
        if let Some(after) = folded.get_after_help() {
            text = format!("{text}\n\n{after}");
        }
        folded = folded.after_help(text);
        *cmd = folded;
    }
    for sub in cmd.get_subcommands_mut() {
        fold(sub);
    }
}

/// `head` then the names, comma-separated, wrapped at `width` with a two-space indent.
pub(super) fn wrap_names(head: &str, names: &[&str], width: usize) -> String {
    let mut out = head.to_string();
    let mut line = out.len();
    for (i, name) in names.iter().enumerate() {
        let piece = if i + 1 < names.len() {
            format!("{name},")
        } else {
            name.to_string()
        };
        if line + 1 + piece.len() > width {
            out.push_str("\n ");
            line = 1;
        }
        out.push(' ');
        out.push_str(&piece);
        line += 1 + piece.len();
    }
    out
}

pub(super) const TAG_ADD_HELP: &str = "\
A file (--from-file) is CSV with a header whose first column is account and whose other cells
are tags (account,tag,tag), or JSON Lines ({\"account\": \"alice\", \"tags\": [\"vip\"]}). It is
read as it is sent: 100 accounts a call, up to 100 calls a second over --connections. Rows not
done (a failure, Ctrl-C) are written to FILE.resume; run the same command on it to go on.

Examples:
  timpush tag add alice bob --tag vip --tag beta
  timpush tag add --from-file users.csv
  timpush tag add alice --tag gold --replace";

pub(super) const TAG_RM_HELP: &str = "\
A file (--from-file) is as for tag add: CSV (account,tag,tag) or JSON Lines with tags.

Examples:
  timpush tag rm alice --tag beta
  timpush tag rm --from-file lapsed.csv";

pub(super) const ATTR_SET_HELP: &str = "\
Attribute names must be set first (timpush attr names --set 0=plan,1=city). A file is CSV with a
header naming the attributes (account,plan,city; an empty cell sets nothing) or JSON Lines
({\"account\": \"alice\", \"attrs\": {\"plan\": \"gold\"}}).

Examples:
  timpush attr set alice --attr plan=gold --attr city=Shenzhen
  timpush attr set --from-file crm-export.csv";

pub(super) const ATTR_NAMES_HELP: &str = "\
An app has at most 10 attributes, numbered 0 to 9; each holds UserIDs or RegistrationIDs, fixed
once set (the service refuses a change, 90033).

Examples:
  timpush attr names
  timpush attr names --set 0=plan,1=city --types 0=user,1=user";
