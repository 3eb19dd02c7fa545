//! The raw command line (clap derive). `settings` resolves it, once, into validated values.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

use crate::region::Region;

const EXAMPLES: &str = "\
Examples:
  timpush revoke --task-id 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e \\
      --title \"Correction\" --desc \"Please ignore the last message\"
  timpush -p staging revoke --task-id ID --dry-run
  TIMPUSH_SECRET_KEY=... timpush --region singapore --sdkappid 1400000000 revoke --task-id ID -o json";

const REVOKE_EXIT: &str = "\
Examples:
  timpush revoke --task-id 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e \\
      --title \"Correction\" --desc \"Please ignore the last message\"
  timpush revoke --from-file tasks.txt --fail-fast -o json > results.jsonl
  timpush -p staging revoke --task-id ID --dry-run

Exit status:
  0  every task recalled (\"already recalled\" included, with a note on stderr)
  1  internal error (a bug)
  2  usage error (bad flags or arguments)
  3  local configuration or credential problem (nothing was sent)
  4  the service rejected the credential or permission
  5  the service refused the recall (unknown TaskId, 24-hour window passed, ...)
  6  no answer, or kept being throttled: nothing was applied, safe to re-run
  7  outcome unknown: it may have been applied; re-running is safe
  130 interrupted";

/// Recall Tencent Cloud Chat push notifications from a terminal, a script or a CI job.
#[derive(Debug, Parser)]
#[command(name = "timpush", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Settings shared by every command. Each also has a TIMPUSH_* variable and a profile key.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalArgs {
    /// Profile in the config file [env: TIMPUSH_PROFILE] [default: default_profile, else "default"]
    #[arg(short = 'p', long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml]
    #[arg(short = 'c', long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Region of the app [env: TIMPUSH_REGION]
    #[arg(long, global = true, value_enum, ignore_case = true)]
    pub region: Option<Region>,

    /// SDKAppID of the app [env: TIMPUSH_SDKAPPID]
    #[arg(long, global = true, value_parser = parse_sdkappid)]
    pub sdkappid: Option<u32>,

    /// App admin account [env: TIMPUSH_IDENTIFIER] [default: administrator]
    #[arg(long, global = true, value_parser = parse_identifier)]
    pub identifier: Option<String>,

    /// Base URL instead of the region's (http:// only for loopback) [env: TIMPUSH_ENDPOINT]
    #[arg(long, global = true, value_name = "URL", value_parser = parse_endpoint)]
    pub endpoint: Option<String>,

    /// PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE]
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_bundle: Option<PathBuf>,

    /// Overall deadline, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [default: 30s]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,

    /// Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [default: 3]
    #[arg(long, global = true, value_name = "N", value_parser = parse_max_attempts)]
    pub max_attempts: Option<u32>,

    /// Output format [env: TIMPUSH_OUTPUT] [default: text]
    #[arg(short = 'o', long, global = true, value_enum)]
    pub output: Option<OutputFormat>,

    /// When to use colour on stderr
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Say more on stderr: credential source, the redacted request, each answer
    #[arg(short = 'v', long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recall push tasks (POST v4/timpush/revoke)
    #[command(after_help = REVOKE_EXIT)]
    Revoke(RevokeArgs),

    /// Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)
    #[command(after_help = PUSH_HELP)]
    Push(PushArgs),

    /// Push a notification to listed UserIDs (v4/timpush/batch), 500 per call
    #[command(after_help = BATCH_HELP)]
    Batch(BatchArgs),

    /// Call any REST command with the profile's credential and print the answer (like gh api)
    #[command(after_help = API_HELP)]
    Api(ApiArgs),

    /// Make, read and check UserSigs
    #[command(subcommand, after_help = USERSIG_EXAMPLES)]
    Usersig(UsersigCommand),

    /// See, check and write the configuration
    #[command(subcommand, after_help = CONFIG_EXAMPLES)]
    Config(ConfigCommand),

    /// Check the configuration, the credential, the network, the clock and the service, one line each
    #[command(after_help = DOCTOR_HELP)]
    Doctor,

    /// Print the manual page (roff)
    #[command(after_help = "Example:\n  timpush man | man -l -")]
    Man,

    /// Serve the push service on a loopback address, to try timpush and test scripts without an account
    #[command(after_help = EMULATOR_HELP)]
    Emulator(EmulatorArgs),

    /// Push, recall, recall again and recall a stale task against a built-in emulator (no account)
    #[command(after_help = "Example:\n  timpush demo")]
    Demo,

    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  timpush completions bash > ~/.local/share/bash-completion/completions/timpush\n  timpush completions zsh > \"${fpath[1]}/_timpush\""
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Args)]
pub struct RevokeArgs {
    /// TaskId returned by push or batch (repeatable)
    #[arg(long = "task-id", value_name = "ID")]
    pub task_ids: Vec<String>,

    /// Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped
    #[arg(long, value_name = "FILE|-")]
    pub from_file: Option<String>,

    /// Title of the notification that replaces the shown one
    #[arg(long)]
    pub title: Option<String>,

    /// Text of the notification that replaces the shown one
    #[arg(long)]
    pub desc: Option<String>,

    /// Ext of the replacement notification: JSON text, sent as a string
    #[arg(long, value_name = "JSON")]
    pub ext: Option<String>,

    /// Print the request that would be sent (credential redacted) and send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Treat "already recalled" (90050) as a failure (exit 5)
    #[arg(long)]
    pub strict: bool,

    /// Stop at the first task that fails
    #[arg(long)]
    pub fail_fast: bool,
}

const PUSH_HELP: &str = "\
A push is not safe to repeat (users would get it twice): it is retried only when nothing was
sent or the service was throttling; when the answer is lost it ends with exit 7.

Examples:
  id=$(timpush push --tag vip --title \"Sale\" --desc \"Today only\") && echo \"$id\"
  timpush push --yes --store --title \"Maintenance\" --desc \"Tonight 22:00\"   # all users
  timpush push --any-attr city=Paris --any-attr city=Lyon --offline-push-info vendor.json";

const BATCH_HELP: &str = "\
Examples:
  timpush batch --to alice --to bob --title \"Your order shipped\" --desc \"Track it in the app\"
  cut -f1 users.tsv | timpush batch --to-file - --title T --desc D -o json";

const API_HELP: &str = "\
The answer is printed as JSON; the exit status follows its ErrorCode as for revoke. Calls are
retried only when nothing was sent (or throttled); --retry also repeats calls whose answer was
lost, for commands that are safe to repeat.

Examples:
  timpush api v4/timpush/get_sched_task --data '{\"Sdkappid\": 1400000000, \"TaskID\": 42}'
  timpush api v4/timpush/all_member_push_statistics --data @stats.json
  echo '{}' | timpush api v4/timpush/list_sched_task --data -";

const EMULATOR_HELP: &str = "\
Control endpoints: POST /_emulator/tasks {\"age_hours\": 25} makes a task as if pushed then;
GET /_emulator/state shows tasks, calls, connections and throttled calls; POST /_emulator/faults
{\"faults\": [\"91000\", \"html502\", \"stall:5\", \"drop_after_apply\", \"drop\"]} scripts the next calls.

Examples:
  TIMPUSH_EMULATOR_SECRET_KEY=$(openssl rand -hex 32) timpush emulator
  timpush emulator --listen 127.0.0.1:0 --tls --ca-out ca.pem --fault 91000 > url.txt &";

const USERSIG_EXAMPLES: &str = "\
Examples:
  timpush usersig gen --ttl 3600            # the one command that prints a credential
  timpush usersig decode \"$TIMPUSH_USERSIG\"  # fields and expiry, no key needed
  pbpaste | timpush usersig verify -        # checked with the profile's secret key

Exit status: 0 valid (decode: readable), 3 not.";

const CONFIG_EXAMPLES: &str = "\
Examples:
  timpush config path
  timpush -p prod config show
  timpush config check
  timpush -p prod --region singapore --sdkappid 1400000000 config init --secret-key-file ~/keys/prod.key
  printf '%s\\n' \"$KEY\" | timpush -p ci --region tokyo --sdkappid 1400000000 config init --secret-key-stdin";

const DOCTOR_HELP: &str = "\
Checks, in order: the config file and profile; the credential and a UserSig made from it; DNS and
a TLS connection to the region's host; the local clock against the server's Date header; and a
recall of a TaskId that cannot exist (90049 means the SDKAppID, region, identifier and UserSig
are all accepted: nothing can be recalled by it).

Exit status: 0 when every check passes, else the status of the first that failed.

Examples:
  timpush doctor
  timpush -p staging doctor -o json";

/// The notification of a push or batch call.
#[derive(Debug, Clone, Default, Args)]
pub struct NotificationArgs {
    /// Title of the notification
    #[arg(long)]
    pub title: Option<String>,

    /// Text of the notification
    #[arg(long)]
    pub desc: Option<String>,

    /// Ext of the notification: JSON text, sent as a string
    #[arg(long, value_name = "JSON")]
    pub ext: Option<String>,

    /// Sender account [default: the profile's identifier]
    #[arg(long, value_name = "ACCOUNT")]
    pub from: Option<String>,

    /// Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc
    #[arg(long, conflicts_with = "online_only")]
    pub store: bool,

    /// Online push only, nothing stored (OnlineOnlyFlag 1)
    #[arg(long)]
    pub online_only: bool,

    /// DataId, at most 64 bytes
    #[arg(long, value_name = "ID")]
    pub data_id: Option<String>,

    /// A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win
    #[arg(long, value_name = "FILE|-")]
    pub offline_push_info: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub note: NotificationArgs,

    /// Users with all of these tags (repeatable; TagsAnd)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// Users with any of these tags (repeatable; TagsOr)
    #[arg(long = "any-tag", value_name = "TAG")]
    pub any_tags: Vec<String>,

    /// Users without these tags (repeatable; TagsNot)
    #[arg(long = "not-tag", value_name = "TAG")]
    pub not_tags: Vec<String>,

    /// Users whose attribute K is V (repeatable; AttrsAnd)
    #[arg(long = "attr", value_name = "K=V")]
    pub attrs: Vec<String>,

    /// Users whose attribute K is V, any of them (repeatable; AttrsOr)
    #[arg(long = "any-attr", value_name = "K=V")]
    pub any_attrs: Vec<String>,

    /// Push to all users without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    #[command(flatten)]
    pub note: NotificationArgs,

    /// A UserID to push to (repeatable)
    #[arg(long = "to", value_name = "USER")]
    pub to: Vec<String>,

    /// UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped
    #[arg(long, value_name = "FILE|-")]
    pub to_file: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ApiArgs {
    /// The REST command, e.g. v4/timpush/get_sched_task or v4/openim/...
    pub command: String,

    /// The JSON body: text, @FILE, or - for standard input [default: {}]
    #[arg(long, short = 'd', value_name = "JSON|@FILE|-")]
    pub data: Option<String>,

    /// Also repeat the call when its answer was lost (only for commands safe to repeat)
    #[arg(long)]
    pub retry: bool,
}

#[derive(Debug, Subcommand)]
pub enum UsersigCommand {
    /// Make a UserSig for the profile and print it (the one command that prints a credential)
    Gen {
        /// Lifetime in seconds [default: the profile's usersig_ttl, else 600]
        #[arg(long, value_name = "SECONDS", value_parser = parse_ttl)]
        ttl: Option<u64>,
    },
    /// Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)
    Decode {
        /// The UserSig, or - (or nothing) to read it from standard input
        #[arg(value_name = "USERSIG|-")]
        usersig: Option<String>,
    },
    /// Check a UserSig with the profile's secret key, SDKAppID and identifier
    Verify {
        /// The UserSig, or - (or nothing) to read it from standard input
        #[arg(value_name = "USERSIG|-")]
        usersig: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// The config file in use and how it was chosen
    Path,
    /// The profiles in the config file, the default marked
    List,
    /// Every effective setting of the profile with its source (secrets masked)
    Show,
    /// Check the config file and the profile; every problem listed (exit 0 or 3)
    Check,
    /// Write a profile (asks on a terminal; takes flags otherwise)
    Init(InitArgs),
}

#[derive(Debug, Clone, Default, Args)]
pub struct InitArgs {
    /// The profile's secret key is in this file
    #[arg(long, value_name = "FILE", group = "source")]
    pub secret_key_file: Option<String>,

    /// The profile's secret key is printed by this program and its arguments (no shell)
    #[arg(long, value_name = "ARGV", num_args = 1.., allow_hyphen_values = true, group = "source")]
    pub secret_key_command: Option<Vec<String>>,

    /// Read the secret key from standard input and store it in a key file (mode 600)
    #[arg(long, group = "source")]
    pub secret_key_stdin: bool,

    /// The secret key will come from the variable TIMPUSH_SECRET_KEY at run time
    #[arg(long, group = "source")]
    pub secret_from_env: bool,

    /// Replace the profile if it exists (other profiles are kept as they are)
    #[arg(long)]
    pub force: bool,

    /// Make it the default profile
    #[arg(long)]
    pub set_default: bool,
}

pub fn parse_ttl(s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n @ 1..=1_576_800_000) => Ok(n),
        _ => Err(format!(
            "{s:?} is not a lifetime: whole seconds from 1 to 1576800000 (50 years)"
        )),
    }
}

#[derive(Debug, Clone, Args)]
pub struct EmulatorArgs {
    /// Address to listen on, loopback only; port 0 picks a free one
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: String,

    /// An SDKAppID to serve (repeatable) [default: 1400000000]
    #[arg(long = "app", value_name = "SDKAPPID", value_parser = parse_sdkappid)]
    pub apps: Vec<u32>,

    /// An App admin identifier (repeatable) [default: administrator]
    #[arg(long = "admin", value_name = "ID", value_parser = parse_identifier)]
    pub admins: Vec<String>,

    /// File holding the secret key UserSigs are checked with [default: variable
    /// TIMPUSH_EMULATOR_SECRET_KEY, else TIMPUSH_SECRET_KEY]
    #[arg(long, value_name = "FILE")]
    pub secret_key_file: Option<PathBuf>,

    /// Serve HTTPS with a certificate made at start-up
    #[arg(long)]
    pub tls: bool,

    /// Where --tls writes its CA certificate [default: a file in the temporary folder]
    #[arg(long, value_name = "FILE", requires = "tls")]
    pub ca_out: Option<PathBuf>,

    /// Do not enforce the one-call-per-second limits (for benchmarks)
    #[arg(long)]
    pub no_rate_limit: bool,

    /// Scripted answer for the next API call, in order (repeatable): an ErrorCode such as 91000
    /// or 90051, html502, stall:SECONDS, drop_after_apply, drop
    #[arg(long = "fault", value_name = "FAULT", value_parser = crate::emulator::Fault::parse)]
    pub faults: Vec<crate::emulator::Fault>,
}

pub fn parse_sdkappid(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if (1..=u32::MAX as u64).contains(&n) => Ok(n as u32),
        _ => Err(format!(
            "{s:?} is not an SDKAppID: a whole number such as 1400000000 (see the Chat console)"
        )),
    }
}

pub fn parse_identifier(s: &str) -> Result<String, String> {
    if s.is_empty() {
        return Err("the identifier is empty; the default is administrator".into());
    }
    if s.len() > crate::usersig::MAX_IDENTIFIER_LEN {
        return Err(format!(
            "the identifier is {} bytes long; at most {} are allowed",
            s.len(),
            crate::usersig::MAX_IDENTIFIER_LEN
        ));
    }
    if !s.bytes().all(|b| b.is_ascii_graphic()) {
        return Err("the identifier must be printable ASCII without spaces".into());
    }
    Ok(s.to_string())
}

pub fn parse_timeout(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let (num, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else {
        (t, 1.0)
    };
    match num.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v * scale > 0.0 && v * scale <= 3600.0 => {
            Ok(Duration::from_secs_f64(v * scale))
        }
        _ => Err(format!(
            "{s:?} is not a timeout: a duration over 0 and at most 1 hour, such as 30, 30s, 1500ms or 2m"
        )),
    }
}

pub fn parse_max_attempts(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n @ 1..=5) => Ok(n),
        _ => Err(format!(
            "{s:?} is not an attempt count: a whole number from 1 to 5"
        )),
    }
}

/// An endpoint base URL: `https://host[:port][/prefix]`, or `http://` for loopback hosts only.
pub fn parse_endpoint(s: &str) -> Result<String, String> {
    let t = s.trim().trim_end_matches('/');
    let uri: ureq::http::Uri = t
        .parse()
        .map_err(|_| format!("{s:?} is not a URL such as https://adminapisgp.im.qcloud.com"))?;
    let host = uri
        .host()
        .ok_or_else(|| format!("{s:?} has no host; write it as https://HOST[:PORT]"))?;
    if uri.query().is_some() || t.contains('#') || t.contains('@') {
        return Err(format!(
            "{s:?} must not hold a query, fragment or user name: give only scheme, host, port and path"
        ));
    }
    match uri.scheme_str() {
        Some("https") => {}
        Some("http") => {
            if !is_loopback(host) {
                return Err(format!(
                    "{s:?} uses http:// for a host that is not loopback; the credential travels in the URL, so use https://"
                ));
            }
        }
        _ => {
            return Err(format!(
                "{s:?} must start with https:// (or http:// for loopback)"
            ));
        }
    }
    Ok(t.to_string())
}

fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints() {
        assert_eq!(
            parse_endpoint("https://example.com/").unwrap(),
            "https://example.com"
        );
        assert_eq!(
            parse_endpoint("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert!(parse_endpoint("http://[::1]:80").is_ok());
        assert!(parse_endpoint("http://localhost:1").is_ok());
        assert!(
            parse_endpoint("http://example.com")
                .unwrap_err()
                .contains("not loopback")
        );
        assert!(
            parse_endpoint("http://10.0.0.1")
                .unwrap_err()
                .contains("not loopback")
        );
        assert!(parse_endpoint("ftp://x").is_err());
        assert!(
            parse_endpoint("https://x/?a=b")
                .unwrap_err()
                .contains("query")
        );
        assert!(parse_endpoint("https://u@x").is_err());
        assert!(parse_endpoint("nonsense").is_err());
    }

    #[test]
    fn timeouts() {
        assert_eq!(parse_timeout("30").unwrap(), Duration::from_secs(30));
        assert_eq!(
            parse_timeout("1500ms").unwrap(),
            Duration::from_millis(1500)
        );
        assert_eq!(parse_timeout("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_timeout("0.5s").unwrap(), Duration::from_millis(500));
        assert!(parse_timeout("0").is_err());
        assert!(parse_timeout("-1").is_err());
        assert!(parse_timeout("2h").is_err());
        assert!(parse_timeout("61m").is_err());
    }

    #[test]
    fn identifiers_and_ids() {
        assert!(parse_identifier("administrator").is_ok());
        assert!(
            parse_identifier(&"a".repeat(33))
                .unwrap_err()
                .contains("33 bytes")
        );
        assert!(parse_identifier("ad min").is_err());
        assert!(parse_identifier("").is_err());
        assert_eq!(parse_sdkappid("1400000000"), Ok(1400000000));
        assert!(parse_sdkappid("0").is_err());
        assert!(parse_sdkappid("4294967296").is_err());
        assert_eq!(parse_max_attempts("5"), Ok(5));
        assert!(parse_max_attempts("6").is_err());
        assert!(parse_max_attempts("0").is_err());
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
