//! The command line (clap derive), and nothing else: the only module that knows clap. Each
//! command offers exactly the options it uses; the shared ones (connection, profile, output)
//! are grouped under their own heading and may also stand before the command name. `lib::run`
//! turns what was given into plain values: `settings::Flags` and each command's request.

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::input::Source;
use crate::notification::{ConditionSpec, NotificationSpec};
use crate::settings::Flags;
use crate::settings::table::{self as table, Setting};

const EXAMPLES: &str = "\
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
  74 results could not be written to stdout; no further calls were sent
  130 interrupted (after its report the process dies by SIGINT, so a shell loop stops)";

const PUSH_HELP: &str = "\
A push is not safe to repeat (users would get it twice): it is retried only when nothing was
sent or the service was throttling; when the answer is lost it ends with exit 7. A push
identical to one the journal holds from the last duplicate_window (10 min) is refused (exit 5)
unless --force; --idempotency-key KEY refuses any second push with that key.

Examples:
  id=$(timpush push --tag vip --title \"Sale\" --desc \"Today only\") && echo \"$id\"
  timpush push --yes --store --title \"Maintenance\" --desc \"Tonight 22:00\"   # all users
  timpush push --any-attr city=Paris --any-attr city=Lyon --offline-push-info vendor.json";

const STOP_HELP: &str = "\
Each ID is read by its shape: digits are a scheduled TaskID, anything else a push TaskId.
A scheduled push still pending is cancelled; one being dispatched is waited for (within
--timeout) and recalled once it shows its push; one that went out has its push recalled; a
push TaskId is recalled. Then the reach report: per vendor, how many devices the push
reached, and where the recall cannot take a shown notification back (Xiaomi, OPPO, vivo, Meizu).

Examples:
  timpush stop 1500000001
  timpush stop 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e 1500000002 -o json";

const LOG_HELP: &str = "\
The journal has one line for every call that changed something: push, batch, sched add, edit
and cancel, revoke, stop, and api on a command that is not a read. It is never a record of the
service: only of what timpush sent from this machine (or from the job that kept it).

Examples:
  timpush log --since 1h
  timpush log --command push -o json
  timpush revoke --last            # recall the last push in the journal";

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

#[cfg(feature = "emulator")]
const EMULATOR_HELP: &str = "\
Control endpoints (a loopback Host, and Content-Type: application/json on a POST):
  POST /_emulator/tasks {\"age_hours\": 25}   makes a task as if pushed then
  GET /_emulator/state                        tasks, calls, connections and throttled calls
  POST /_emulator/faults {\"faults\": [\"91000\", \"html502\", \"stall:5\", \"drop_after_apply\", \"drop\"]}
                                              scripts the answers to the next calls
  DELETE /_emulator/faults                    clears them
  POST /_emulator/sched/dispatch {\"TaskID\": N}  sends a pending scheduled task now

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

/// The commands that print one document, the same in any format: `-o` does not apply.
const PRINT_ONLY: [&str; 2] = ["man", "completions"];

/// The heading of the shared options in every command's help.
const SHARED: &str = "Shared options";

/// Parses the command line with the help folded (see [`folded`]).
pub(crate) fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::error::ErrorKind;
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // Folding builds every command's help: only when help is shown, not on the path that runs
    // hundreds of times in scripts.
    match Cli::command().try_get_matches_from(&args) {
        Ok(m) => Cli::from_arg_matches(&m),
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            let m = folded().try_get_matches_from(&args)?;
            Cli::from_arg_matches(&m)
        }
        Err(e) => Err(e),
    }
}

/// The command line as parsed: each command's help lists its own options in full and the
/// shared ones it offers on one line, so the command's options and examples fit a screen;
/// `timpush --help` describes the shared ones. They stay known to the parser (suggestions,
/// errors) and to completions and the manual page, which read [`Cli::command`] unfolded.
pub(crate) fn folded() -> clap::Command {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    cmd.build();
    for sub in cmd.get_subcommands_mut() {
        fold(sub);
    }
    cmd
}

fn fold(cmd: &mut clap::Command) {
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
fn wrap_names(head: &str, names: &[&str], width: usize) -> String {
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

/// Parses a flag with its setting's parser from the settings table (so a value means the same
/// as a flag, a variable or a profile key), and keeps the text as given.
#[derive(Clone, Copy)]
struct TableParser(&'static str);

impl TypedValueParser for TableParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let setting = table::get(self.0);
        let invalid = |msg: String| {
            let name = arg
                .map(|a| a.to_string())
                .unwrap_or_else(|| setting.flag.unwrap_or(setting.key).to_string());
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("invalid value for '{name}': {msg}\n"),
            )
            .with_cmd(cmd)
        };
        let text = value
            .to_str()
            .ok_or_else(|| invalid("the value is not UTF-8 text".into()))?;
        setting.parse(text).map_err(invalid)?;
        Ok(text.to_string())
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let names: &[&'static str] = match self.0 {
            table::REGION => &crate::region::NAMES,
            table::OUTPUT => &["text", "json"],
            _ => return None,
        };
        Some(Box::new(names.iter().map(|n| PossibleValue::new(*n))))
    }
}

fn help(key: &str) -> String {
    table::get(key).flag_help()
}

fn short(key: &str) -> Option<char> {
    table::get(key).short
}

/// The settings given as flags by one group of options.
trait Shared {
    /// The setting keys the group offers.
    const KEYS: &'static [&'static str];
    fn given(&self, out: &mut Vec<(&'static str, String)>);
}

macro_rules! shared_group {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $key:path),* $(,)? }) => {
        impl Shared for $name {
            const KEYS: &'static [&'static str] = &[$($key),*];
            fn given(&self, out: &mut Vec<(&'static str, String)>) {
                $(if let Some(v) = &self.$field { out.push(($key, v.clone())); })*
            }
        }
    };
}

/// The config file.
#[derive(Debug, Clone, Default, Args)]
pub struct FileOpts {
    #[arg(short = short(table::CONFIG), long, value_name = "FILE", help = help(table::CONFIG), help_heading = SHARED, value_parser = TableParser(table::CONFIG))]
    pub config: Option<String>,
}
shared_group!(FileOpts {
    config: table::CONFIG
});

/// The profile in the config file.
#[derive(Debug, Clone, Default, Args)]
pub struct ProfileOpts {
    #[arg(short = short(table::PROFILE), long, value_name = "NAME", help = help(table::PROFILE), help_heading = SHARED, value_parser = TableParser(table::PROFILE))]
    pub profile: Option<String>,
}
shared_group!(ProfileOpts {
    profile: table::PROFILE
});

/// Which app, and as whom.
#[derive(Debug, Clone, Default, Args)]
pub struct AppOpts {
    #[arg(long, value_name = "N", help = help(table::SDKAPPID), help_heading = SHARED, value_parser = TableParser(table::SDKAPPID))]
    pub sdkappid: Option<String>,
    #[arg(long, value_name = "ID", help = help(table::IDENTIFIER), help_heading = SHARED, value_parser = TableParser(table::IDENTIFIER))]
    pub identifier: Option<String>,
}
shared_group!(AppOpts {
    sdkappid: table::SDKAPPID,
    identifier: table::IDENTIFIER
});

/// Where the service is.
#[derive(Debug, Clone, Default, Args)]
pub struct PlaceOpts {
    #[arg(long, value_name = "REGION", help = help(table::REGION), help_heading = SHARED, value_parser = TableParser(table::REGION))]
    pub region: Option<String>,
    #[arg(long, value_name = "URL", help = help(table::ENDPOINT), help_heading = SHARED, value_parser = TableParser(table::ENDPOINT))]
    pub endpoint: Option<String>,
    #[arg(long, value_name = "FILE", help = help(table::CA_BUNDLE), help_heading = SHARED, value_parser = TableParser(table::CA_BUNDLE))]
    pub ca_bundle: Option<String>,
}
shared_group!(PlaceOpts {
    region: table::REGION,
    endpoint: table::ENDPOINT,
    ca_bundle: table::CA_BUNDLE
});

/// How long, and how often, calls are tried.
#[derive(Debug, Clone, Default, Args)]
pub struct RetryOpts {
    #[arg(long, value_name = "DURATION", help = help(table::TIMEOUT), help_heading = SHARED, value_parser = TableParser(table::TIMEOUT))]
    pub timeout: Option<String>,
    #[arg(long, value_name = "N", help = help(table::MAX_ATTEMPTS), help_heading = SHARED, value_parser = TableParser(table::MAX_ATTEMPTS))]
    pub max_attempts: Option<String>,
}
shared_group!(RetryOpts {
    timeout: table::TIMEOUT,
    max_attempts: table::MAX_ATTEMPTS
});

/// Where the journal of what was sent is kept.
#[derive(Debug, Clone, Default, Args)]
pub struct JournalOpts {
    #[arg(long, value_name = "FILE", help = help(table::JOURNAL), help_heading = SHARED, value_parser = TableParser(table::JOURNAL))]
    pub journal: Option<String>,
}
shared_group!(JournalOpts {
    journal: table::JOURNAL
});

/// Every option of a command that calls the service.
#[derive(Debug, Clone, Default, Args)]
pub struct ConnectOpts {
    #[command(flatten)]
    pub profile: ProfileOpts,
    #[command(flatten)]
    pub file: FileOpts,
    #[command(flatten)]
    pub app: AppOpts,
    #[command(flatten)]
    pub place: PlaceOpts,
    #[command(flatten)]
    pub retry: RetryOpts,
    #[command(flatten)]
    pub journal: JournalOpts,
}

impl Shared for ConnectOpts {
    const KEYS: &'static [&'static str] = &[
        table::PROFILE,
        table::CONFIG,
        table::SDKAPPID,
        table::IDENTIFIER,
        table::REGION,
        table::ENDPOINT,
        table::CA_BUNDLE,
        table::TIMEOUT,
        table::MAX_ATTEMPTS,
        table::JOURNAL,
    ];
    fn given(&self, out: &mut Vec<(&'static str, String)>) {
        self.profile.given(out);
        self.file.given(out);
        self.app.given(out);
        self.place.given(out);
        self.retry.given(out);
        self.journal.given(out);
    }
}

/// The options of `timpush log`: which profile's journal (and only its entries, when given).
#[derive(Debug, Clone, Default, Args)]
pub struct LogOpts {
    #[command(flatten)]
    pub profile: ProfileOpts,
    #[command(flatten)]
    pub file: FileOpts,
    #[command(flatten)]
    pub journal: JournalOpts,
}

impl Shared for LogOpts {
    const KEYS: &'static [&'static str] = &[table::PROFILE, table::CONFIG, table::JOURNAL];
    fn given(&self, out: &mut Vec<(&'static str, String)>) {
        self.profile.given(out);
        self.file.given(out);
        self.journal.given(out);
    }
}

/// The options of commands that read a profile but call nothing: profile, file and app.
#[derive(Debug, Clone, Default, Args)]
pub struct LocalOpts {
    #[command(flatten)]
    pub profile: ProfileOpts,
    #[command(flatten)]
    pub file: FileOpts,
    #[command(flatten)]
    pub app: AppOpts,
}

impl Shared for LocalOpts {
    const KEYS: &'static [&'static str] = &[
        table::PROFILE,
        table::CONFIG,
        table::SDKAPPID,
        table::IDENTIFIER,
    ];
    fn given(&self, out: &mut Vec<(&'static str, String)>) {
        self.profile.given(out);
        self.file.given(out);
        self.app.given(out);
    }
}

/// Options of every command: output format, colour, verbosity.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalOpts {
    #[arg(short = short(table::OUTPUT), long, global = true, value_name = "FORMAT", help = help(table::OUTPUT), help_heading = SHARED, value_parser = TableParser(table::OUTPUT))]
    pub output: Option<String>,

    /// When to use colour on stderr
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, help_heading = SHARED)]
    pub color: ColorChoice,

    /// Say more on stderr: credential source, the redacted request, each answer
    #[arg(short = 'v', long, global = true, help_heading = SHARED)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub(crate) fn color(self) -> crate::output::Color {
        match self {
            ColorChoice::Auto => crate::output::Color::Auto,
            ColorChoice::Always => crate::output::Color::Always,
            ColorChoice::Never => crate::output::Color::Never,
        }
    }
}

/// Recall Tencent Cloud Chat push notifications from a terminal, a script or a CI job.
#[derive(Debug, Parser)]
#[command(name = "timpush", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,

    /// Shared options given before the command name; each must be one the command offers.
    #[command(flatten)]
    pub shared: ConnectOpts,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recall push tasks (POST v4/timpush/revoke)
    #[command(
        visible_alias = "recall",
        after_help = REVOKE_EXIT,
        override_usage = "timpush revoke (--task-id ID... | --from-file FILE|- | --sched ID...) [OPTIONS]"
    )]
    Revoke(RevokeArgs),

    /// Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out
    #[command(after_help = STOP_HELP)]
    Stop(StopArgs),

    /// Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)
    #[command(after_help = PUSH_HELP)]
    Push(PushArgs),

    /// Push a notification to listed UserIDs (v4/timpush/batch), 500 per call
    #[command(after_help = BATCH_HELP)]
    Batch(BatchArgs),

    /// Call any REST command with the profile's credential and print the answer (like gh api)
    #[command(after_help = API_HELP)]
    Api(ApiArgs),

    /// Scheduled pushes: add, list, show, edit, and cancel one before it goes out
    #[command(subcommand, after_help = SCHED_HELP)]
    Sched(SchedCommand),

    /// How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed
    #[command(after_help = STATS_HELP)]
    Stats(StatsArgs),

    /// What this machine sent: the journal of pushes, recalls and scheduled tasks
    #[command(after_help = LOG_HELP)]
    Log(LogArgs),

    /// One user's delivery trace of a push, device by device
    #[command(
        after_help = "Example:\n  timpush trace 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e --user alice"
    )]
    Trace(TraceArgs),

    /// Make, read and check UserSigs
    #[command(subcommand, after_help = USERSIG_EXAMPLES)]
    Usersig(UsersigCommand),

    /// See, check and write the configuration
    #[command(subcommand, after_help = CONFIG_EXAMPLES)]
    Config(ConfigCommand),

    /// Check the configuration, the credential, the network, the clock and the service, one line each
    #[command(after_help = DOCTOR_HELP)]
    Doctor {
        #[command(flatten)]
        conn: ConnectOpts,
    },

    /// Print the manual page (roff)
    #[command(after_help = "Example:\n  timpush man | man -l -")]
    Man,

    /// Serve the push service on a loopback address, to try timpush and test scripts without an account
    #[cfg(feature = "emulator")]
    #[command(after_help = EMULATOR_HELP)]
    Emulator(EmulatorArgs),

    /// A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal
    #[cfg(feature = "emulator")]
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

fn given<S: Shared>(s: &S) -> (Vec<(&'static str, String)>, &'static [&'static str]) {
    let mut out = Vec::new();
    s.given(&mut out);
    (out, S::KEYS)
}

impl Command {
    /// The command's name as typed (`config show`).
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Command::Revoke(_) => "revoke",
            Command::Stop(_) => "stop",
            Command::Log(_) => "log",
            Command::Push(_) => "push",
            Command::Batch(_) => "batch",
            Command::Api(_) => "api",
            Command::Sched(SchedCommand::Add(_)) => "sched add",
            Command::Sched(SchedCommand::List(_)) => "sched list",
            Command::Sched(SchedCommand::Show { .. }) => "sched show",
            Command::Sched(SchedCommand::Edit(_)) => "sched edit",
            Command::Sched(SchedCommand::Cancel { .. }) => "sched cancel",
            Command::Stats(_) => "stats",
            Command::Trace(_) => "trace",
            Command::Usersig(UsersigCommand::Gen { .. }) => "usersig gen",
            Command::Usersig(UsersigCommand::Decode { .. }) => "usersig decode",
            Command::Usersig(UsersigCommand::Verify { .. }) => "usersig verify",
            Command::Config(ConfigCommand::Path { .. }) => "config path",
            Command::Config(ConfigCommand::List { .. }) => "config list",
            Command::Config(ConfigCommand::Show { .. }) => "config show",
            Command::Config(ConfigCommand::Check { .. }) => "config check",
            Command::Config(ConfigCommand::Init(_)) => "config init",
            Command::Doctor { .. } => "doctor",
            Command::Man => "man",
            #[cfg(feature = "emulator")]
            Command::Emulator(_) => "emulator",
            #[cfg(feature = "emulator")]
            Command::Demo => "demo",
            Command::Completions { .. } => "completions",
        }
    }

    /// The shared settings given after the command name, and the keys the command offers.
    fn shared(&self) -> (Vec<(&'static str, String)>, &'static [&'static str]) {
        match self {
            Command::Revoke(a) => given(&a.conn),
            Command::Stop(a) => given(&a.conn),
            Command::Log(a) => given(&a.opts),
            Command::Push(a) => given(&a.conn),
            Command::Batch(a) => given(&a.conn),
            Command::Api(a) => given(&a.conn),
            Command::Sched(SchedCommand::Add(a)) => given(&a.conn),
            Command::Sched(SchedCommand::List(a)) => given(&a.conn),
            Command::Sched(SchedCommand::Edit(a)) => given(&a.conn),
            Command::Sched(SchedCommand::Show { conn, .. } | SchedCommand::Cancel { conn, .. }) => {
                given(conn)
            }
            Command::Stats(a) => given(&a.conn),
            Command::Trace(a) => given(&a.conn),
            Command::Doctor { conn } => given(conn),
            Command::Usersig(UsersigCommand::Gen { local, .. })
            | Command::Usersig(UsersigCommand::Verify { local, .. }) => given(local),
            Command::Config(ConfigCommand::Path { file } | ConfigCommand::List { file }) => {
                given(file)
            }
            Command::Config(ConfigCommand::Show { conn } | ConfigCommand::Check { conn }) => {
                given(conn)
            }
            Command::Config(ConfigCommand::Init(a)) => {
                let mut out = Vec::new();
                a.profile.given(&mut out);
                a.file.given(&mut out);
                a.app.given(&mut out);
                a.place.given(&mut out);
                (out, INIT_KEYS)
            }
            Command::Usersig(UsersigCommand::Decode { .. })
            | Command::Man
            | Command::Completions { .. } => (Vec::new(), &[]),
            #[cfg(feature = "emulator")]
            Command::Emulator(_) | Command::Demo => (Vec::new(), &[]),
        }
    }
}

const INIT_KEYS: &[&str] = &[
    table::PROFILE,
    table::CONFIG,
    table::SDKAPPID,
    table::IDENTIFIER,
    table::REGION,
    table::ENDPOINT,
    table::CA_BUNDLE,
];

impl Cli {
    /// The output format given as a flag, alone: it is needed before anything can fail.
    pub(crate) fn output_flag(&self) -> Flags {
        let mut flags = Flags::default();
        if let Some(o) = &self.global.output {
            flags.set(table::OUTPUT, o.clone());
        }
        flags
    }

    /// The settings given as flags, before and after the command name (after wins). A shared
    /// option before the name that the command does not offer is a usage error.
    pub(crate) fn flags(&self) -> Result<Flags, crate::error::Failure> {
        let mut flags = self.output_flag();
        let (own, offered) = self.command.shared();
        let mut before = Vec::new();
        self.shared.given(&mut before);
        for (key, value) in before {
            if !offered.contains(&key) {
                let s: &Setting = table::get(key);
                let name = self.command.name();
                return Err(crate::error::Failure::usage(format!(
                    "{} does not apply to `timpush {name}`",
                    s.flag.unwrap_or(key)
                ))
                .with_hint(format!(
                    "`timpush {name} --help` lists the options it takes"
                )));
            }
            flags.set(key, value);
        }
        for (key, value) in own {
            flags.set(key, value);
        }
        Ok(flags)
    }
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

    /// Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID
    /// (repeatable)
    #[arg(long = "sched", value_name = "ID")]
    pub sched: Vec<u64>,

    /// Recall the last N pushes (default 1) this app's journal holds from the last 24 hours
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "1", conflicts_with = "since")]
    pub last: Option<usize>,

    /// Recall every push of this app the journal holds since a TIME or for a DURATION (10m)
    #[arg(long, value_name = "TIME|DURATION")]
    pub since: Option<String>,

    /// Confirm recalling several pushes picked from the journal without asking
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// After the recall, read each push's statistics: who it reached, and who may still see it
    #[arg(long)]
    pub report: bool,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

/// Not sending the same push twice by accident.
#[derive(Debug, Clone, Default, Args)]
pub struct RepeatArgs {
    /// Send even when the journal holds an identical call (within duplicate_window) or the same key
    #[arg(long)]
    pub force: bool,

    /// Name this call: a second call with the same key is refused while the journal holds it
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct StopArgs {
    /// Scheduled TaskIDs (digits) and push TaskIds, in any mix
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,

    /// Title of the notification that replaces a recalled one
    #[arg(long)]
    pub title: Option<String>,

    /// Text of the notification that replaces a recalled one
    #[arg(long)]
    pub desc: Option<String>,

    /// Ext of the replacement notification: JSON text, sent as a string
    #[arg(long, value_name = "JSON")]
    pub ext: Option<String>,

    /// Skip the reach report (who the push reached, and who may still see it)
    #[arg(long)]
    pub no_report: bool,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct LogArgs {
    /// Only entries since a TIME, or for a DURATION back such as 24h
    #[arg(long, value_name = "TIME|DURATION")]
    pub since: Option<String>,

    /// Only entries of this command (push, batch, revoke, stop, sched add, ...)
    #[arg(long, value_name = "NAME")]
    pub command: Option<String>,

    /// At most the last N entries
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    #[command(flatten)]
    pub opts: LogOpts,
}

/// What a notification shows, and who sends it.
#[derive(Debug, Clone, Default, Args)]
pub struct ContentArgs {
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

    /// A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win
    #[arg(long, value_name = "FILE|-")]
    pub offline_push_info: Option<String>,
}

impl ContentArgs {
    /// The notification as a plain value.
    pub(crate) fn spec(&self) -> NotificationSpec {
        NotificationSpec {
            title: self.title.clone(),
            desc: self.desc.clone(),
            ext: self.ext.clone(),
            from: self.from.clone(),
            offline_push_info: self.offline_push_info.as_deref().map(Source::file_or_stdin),
            ..NotificationSpec::default()
        }
    }
}

/// The notification of a push or batch call.
#[derive(Debug, Clone, Default, Args)]
pub struct NotificationArgs {
    #[command(flatten)]
    pub content: ContentArgs,

    /// Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc
    #[arg(long, conflicts_with = "online_only")]
    pub store: bool,

    /// Online push only, nothing stored (OnlineOnlyFlag 1)
    #[arg(long)]
    pub online_only: bool,

    /// DataId, at most 64 bytes
    #[arg(long, value_name = "ID")]
    pub data_id: Option<String>,
}

impl NotificationArgs {
    /// The notification as a plain value.
    pub(crate) fn spec(&self) -> NotificationSpec {
        NotificationSpec {
            store: self.store,
            online_only: self.online_only,
            data_id: self.data_id.clone(),
            ..self.content.spec()
        }
    }
}

impl PushArgs {
    /// Who the push goes to, as a plain value.
    pub(crate) fn condition(&self) -> ConditionSpec {
        ConditionSpec {
            tags: self.tagged.tags.clone(),
            any_tags: self.tagged.any_tags.clone(),
            not_tags: self.not_tags.clone(),
            attrs: self.attrs.clone(),
            any_attrs: self.any_attrs.clone(),
        }
    }
}

/// Users chosen by their tags (push and sched add).
#[derive(Debug, Clone, Default, Args)]
pub struct TagArgs {
    /// Users with all of these tags (repeatable; TagsAnd)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// Users with any of these tags (repeatable; TagsOr)
    #[arg(long = "any-tag", value_name = "TAG")]
    pub any_tags: Vec<String>,
}

/// Users listed by UserID (batch and sched add).
#[derive(Debug, Clone, Default, Args)]
pub struct AccountArgs {
    /// A UserID to push to (repeatable)
    #[arg(long = "to", value_name = "USER")]
    pub to: Vec<String>,

    /// UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped
    #[arg(long, value_name = "FILE|-")]
    pub to_file: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub note: NotificationArgs,

    #[command(flatten)]
    pub tagged: TagArgs,

    /// Users without these tags (repeatable; TagsNot)
    #[arg(long = "not-tag", value_name = "TAG")]
    pub not_tags: Vec<String>,

    /// Users whose attribute K is V (repeatable; AttrsAnd)
    #[arg(long = "attr", value_name = "K=V")]
    pub attrs: Vec<String>,

    /// Users whose attribute K is V, any of them (repeatable; AttrsOr)
    #[arg(long = "any-attr", value_name = "K=V")]
    pub any_attrs: Vec<String>,

    /// To all users, said outright (the same as giving no --tag or --attr)
    #[arg(long, conflicts_with_all = ["tags", "any_tags", "not_tags", "attrs", "any_attrs"])]
    pub all: bool,

    /// Push to all users without asking
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Print the request that would be sent (credential redacted) and today's push count; send nothing
    #[arg(long)]
    pub dry_run: bool,

    #[command(flatten)]
    pub repeat: RepeatArgs,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    #[command(flatten)]
    pub note: NotificationArgs,

    #[command(flatten)]
    pub accounts: AccountArgs,

    #[command(flatten)]
    pub repeat: RepeatArgs,

    #[command(flatten)]
    pub conn: ConnectOpts,
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

    #[command(flatten)]
    pub conn: ConnectOpts,
}

/// The examples of `timpush sched --help` (tested: none goes stale).
#[cfg(test)]
pub(crate) fn sched_help() -> &'static str {
    SCHED_HELP
}

const SCHED_HELP: &str = "\
A scheduled push is sent by the service at its time. Until then it can be changed or cancelled;
once it went out, recall the push it became with timpush revoke --sched ID.

Examples:
  timpush sched add --at +2h --tag vip --title Launch --desc \"Doors open at 9\"
  timpush sched list --keyword Launch
  timpush sched edit 1500002417 --at +3h
  timpush sched cancel 1500002417
  timpush revoke --sched 1500002417";

const STATS_HELP: &str = "\
Statistics cover at most 30 days, loss at most 7; more than 5 TaskIds are split into several
calls, one a second. Without a TaskId: the app's pushes overall.

Examples:
  timpush stats 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e
  timpush stats --since 48h -o json
  timpush stats --loss 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e";

/// Who a scheduled push goes to, and what it shows.
#[derive(Debug, Clone, Args)]
pub struct SchedAddArgs {
    /// When to send it: a time from now (+2h, 90m), RFC 3339 with a zone (2030-12-01T09:00:00+08:00), or unix seconds
    #[arg(long, value_name = "TIME")]
    pub at: String,

    /// To all users (needs --yes, or a yes on a terminal)
    #[arg(long)]
    pub all: bool,

    /// Confirm a push to all users without asking
    #[arg(long, short = 'y')]
    pub yes: bool,

    #[command(flatten)]
    pub tagged: TagArgs,

    /// Listed users: at most 500
    #[command(flatten)]
    pub accounts: AccountArgs,

    #[command(flatten)]
    pub content: ContentArgs,

    #[command(flatten)]
    pub repeat: RepeatArgs,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

impl SchedAddArgs {
    /// The tag condition as a plain value.
    pub(crate) fn condition(&self) -> ConditionSpec {
        ConditionSpec {
            tags: self.tagged.tags.clone(),
            any_tags: self.tagged.any_tags.clone(),
            ..ConditionSpec::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchedOrder {
    Created,
    Scheduled,
}

#[derive(Debug, Clone, Args)]
pub struct SchedListArgs {
    /// Start of the window: a TIME, or a DURATION ago such as 7d [default: 7 days ago]
    #[arg(long, value_name = "TIME|DURATION")]
    pub since: Option<String>,

    /// End of the window: a TIME, or a DURATION from now such as 30d [default: 30 days from now]
    #[arg(long, value_name = "TIME|DURATION")]
    pub until: Option<String>,

    /// Only tasks whose title or text holds this
    #[arg(long, value_name = "TEXT")]
    pub keyword: Option<String>,

    /// Order by creation or by scheduled time
    #[arg(long, value_enum, default_value_t = SchedOrder::Scheduled)]
    pub order: SchedOrder,

    /// Earliest first (the default by scheduled time: the next to go out on top)
    #[arg(long, conflicts_with = "desc")]
    pub asc: bool,

    /// Latest first (the default by creation time: the newest on top)
    #[arg(long)]
    pub desc: bool,

    /// At most this many tasks
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct SchedEditArgs {
    /// The scheduled task
    #[arg(value_name = "ID")]
    pub id: u64,

    /// A new time: a time from now (+2h), RFC 3339 with a zone, or unix seconds
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,

    /// A new title
    #[arg(long)]
    pub title: Option<String>,

    /// A new text
    #[arg(long)]
    pub desc: Option<String>,

    /// A new Ext: JSON text
    #[arg(long, value_name = "JSON")]
    pub ext: Option<String>,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Subcommand)]
pub enum SchedCommand {
    /// Schedule a push (v4/timpush/add_sched_task); prints the new task's ID
    Add(SchedAddArgs),
    /// List scheduled pushes, every page
    List(SchedListArgs),
    /// Show scheduled tasks in full
    Show {
        /// Scheduled task IDs
        #[arg(value_name = "ID", required = true)]
        ids: Vec<u64>,
        #[command(flatten)]
        conn: ConnectOpts,
    },
    /// Change a pending scheduled push: its time, title, text or Ext
    Edit(SchedEditArgs),
    /// Cancel pending scheduled pushes before they go out
    Cancel {
        /// Scheduled task IDs
        #[arg(value_name = "ID", required = true)]
        ids: Vec<u64>,
        #[command(flatten)]
        conn: ConnectOpts,
    },
}

#[derive(Debug, Clone, Args)]
pub struct StatsArgs {
    /// Push TaskIds (none: the app's pushes overall)
    #[arg(value_name = "TASKID")]
    pub task_ids: Vec<String>,

    /// Why devices were missed, instead of the counts (window of at most 7 days)
    #[arg(long)]
    pub loss: bool,

    /// Start of the window: a TIME, or a DURATION ago such as 24h [default: 7 days ago]
    #[arg(long, value_name = "TIME|DURATION")]
    pub since: Option<String>,

    /// End of the window: a TIME, or a DURATION ago such as 2h [default: now]
    #[arg(long, value_name = "TIME|DURATION")]
    pub until: Option<String>,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct TraceArgs {
    /// The push TaskId
    #[arg(value_name = "TASKID")]
    pub task_id: String,

    /// The user (UserID)
    #[arg(long, value_name = "ACCOUNT")]
    pub user: String,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Subcommand)]
pub enum UsersigCommand {
    /// Make a UserSig for the profile and print it (the one command that prints a credential)
    Gen {
        /// Lifetime in seconds [default: the profile's usersig_ttl, else 600]
        #[arg(long, value_name = "SECONDS", value_parser = TableParser(table::USERSIG_TTL))]
        ttl: Option<String>,
        #[command(flatten)]
        local: LocalOpts,
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
        #[command(flatten)]
        local: LocalOpts,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// The config file in use and how it was chosen
    Path {
        #[command(flatten)]
        file: FileOpts,
    },
    /// The profiles in the config file, the default marked
    List {
        #[command(flatten)]
        file: FileOpts,
    },
    /// Every effective setting of the profile with its source (secrets masked)
    Show {
        #[command(flatten)]
        conn: ConnectOpts,
    },
    /// Check the config file and the profile; every problem listed (exit 0 or 3)
    Check {
        #[command(flatten)]
        conn: ConnectOpts,
    },
    /// Write a profile (asks on a terminal; takes flags otherwise)
    Init(InitArgs),
}

#[derive(Debug, Clone, Default, Args)]
pub struct InitArgs {
    /// The profile's secret key is in this file
    #[arg(long, value_name = "FILE", group = "source")]
    pub secret_key_file: Option<String>,

    /// The profile's secret key is printed by this program and its arguments (no shell), given
    /// as one argument split on spaces, or repeated once per word
    #[arg(long, value_name = "ARGV", group = "source")]
    pub secret_key_command: Vec<String>,

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

    #[command(flatten)]
    pub profile: ProfileOpts,
    #[command(flatten)]
    pub file: FileOpts,
    #[command(flatten)]
    pub app: AppOpts,
    #[command(flatten)]
    pub place: PlaceOpts,
}

#[cfg(feature = "emulator")]
#[derive(Debug, Clone, Args)]
pub struct EmulatorArgs {
    /// Address to listen on, loopback only; port 0 picks a free one
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: String,

    /// An SDKAppID to serve (repeatable) [default: 1400000000]
    #[arg(long = "app", value_name = "SDKAPPID", value_parser = TableParser(table::SDKAPPID))]
    pub apps: Vec<String>,

    /// An App admin identifier (repeatable) [default: administrator]
    #[arg(long = "admin", value_name = "ID", value_parser = TableParser(table::IDENTIFIER))]
    pub admins: Vec<String>,

    /// File holding the secret key UserSigs are checked with [default: variable
    /// TIMPUSH_EMULATOR_SECRET_KEY, else TIMPUSH_SECRET_KEY]
    #[arg(long, value_name = "FILE")]
    pub secret_key_file: Option<String>,

    /// Serve HTTPS with a certificate made at start-up
    #[arg(long)]
    pub tls: bool,

    /// Where --tls writes its CA certificate [default: a file in a new private folder]
    #[arg(long, value_name = "FILE", requires = "tls")]
    pub ca_out: Option<String>,

    /// Do not enforce the one-call-per-second limits (for benchmarks)
    #[arg(long)]
    pub no_rate_limit: bool,

    /// Scripted answer for the next API call, in order (repeatable): an ErrorCode such as 91000
    /// or 90051, html502, stall:SECONDS, drop_after_apply, drop
    #[arg(long = "fault", value_name = "FAULT")]
    pub faults: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("timpush").chain(args.iter().copied()))
    }

    #[test]
    fn shared_options_stand_before_or_after_the_command() {
        let before = parse(&["-p", "a", "--sdkappid", "1", "revoke", "--task-id", "x"]).unwrap();
        let after = parse(&["revoke", "-p", "a", "--sdkappid", "1", "--task-id", "x"]).unwrap();
        for cli in [before, after] {
            let f = cli.flags().unwrap();
            assert_eq!(f.get(table::PROFILE), Some("a"));
            assert_eq!(f.get(table::SDKAPPID), Some("1"));
        }
    }

    #[test]
    fn an_option_the_command_does_not_use_is_a_usage_error() {
        let e = parse(&["--sdkappid", "1400654321", "emulator"])
            .unwrap()
            .flags()
            .unwrap_err();
        assert_eq!(e.exit, crate::error::Exit::Usage);
        assert_eq!(e.message, "--sdkappid does not apply to `timpush emulator`");
        for args in [
            &["emulator", "--sdkappid", "1"][..],
            &["man", "--endpoint", "https://x"],
            &["completions", "bash", "--timeout", "3"],
            &["demo", "-p", "x"],
            &["usersig", "decode", "--region", "tokyo"],
            &["config", "path", "-p", "x"],
            &["usersig", "gen", "--max-attempts", "2"],
        ] {
            let e = parse(args).unwrap_err();
            assert_eq!(
                e.kind(),
                clap::error::ErrorKind::UnknownArgument,
                "{args:?}"
            );
        }
        for args in [
            &["--region", "tokyo", "usersig", "decode"][..],
            &["-c", "x", "demo"],
        ] {
            let e = parse(args).unwrap().flags().unwrap_err();
            assert_eq!(e.exit, crate::error::Exit::Usage, "{args:?}");
        }
    }

    #[test]
    fn flag_values_are_read_by_the_table_parsers() {
        let cli = parse(&[
            "revoke",
            "--region",
            "Silicon_Valley",
            "-o",
            "JSON",
            "--task-id",
            "x",
        ])
        .unwrap();
        let f = cli.flags().unwrap();
        assert_eq!(f.get(table::REGION), Some("Silicon_Valley"));
        assert_eq!(f.get(table::OUTPUT), Some("JSON"));
        assert!(parse(&["revoke", "--region", "mars"]).is_err());
        assert!(parse(&["revoke", "--timeout", "1e-320"]).is_err());
    }

    #[test]
    fn help_lists_own_options_and_folds_the_shared_ones_into_a_line() {
        let help = folded()
            .find_subcommand_mut("revoke")
            .unwrap()
            .render_long_help()
            .to_string();
        let own = help.find("--task-id <ID>").unwrap();
        let heading = help.find("Shared options: -o/--output, --color").unwrap();
        let region = help.find("--region,").unwrap();
        assert!(own < heading && heading < region, "{help}");
        assert!(!help.contains("[env: TIMPUSH_REGION]"), "{help}");
        // The top level describes them in full.
        let top = folded().render_long_help().to_string();
        assert!(top.contains("[env: TIMPUSH_REGION]"), "{top}");
        // Still parsed, and still suggested when misspelt.
        let cli = parse_from(["timpush", "revoke", "--region", "tokyo", "--task-id", "x"]).unwrap();
        assert_eq!(cli.flags().unwrap().get(table::REGION), Some("tokyo"));
        let e = parse_from(["timpush", "revoke", "--regoin", "tokyo"]).unwrap_err();
        assert!(
            e.to_string()
                .contains("a similar argument exists: '--region'"),
            "{e}"
        );
    }

    #[test]
    fn the_folded_line_wraps_at_its_width() {
        let text = wrap_names("Head:", &["-a/--alpha", "--beta", "--gamma"], 20);
        assert_eq!(text, "Head: -a/--alpha,\n  --beta, --gamma");
    }
}
