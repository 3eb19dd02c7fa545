//! The command line (clap derive), and nothing else: the only module that knows clap. Each
//! command offers exactly the options it uses; the shared ones (connection, profile, output)
//! are grouped under their own heading and may also stand before the command name. `lib::run`
//! turns what was given into plain values: `settings::Flags` and each command's request.
//!
//! Here: the command tree (`Cli`, `Command`), parsing, and the flags given. Beside it: `shared`
//! (the option groups several commands share), `send` (revoke, stop, push, batch, api, log),
//! `scheduled` (sched, stats, trace), `tools` (usersig, config, emulator), and `help` (the help
//! texts, and folding the shared options into one line of each command's help).

use clap::{Parser, Subcommand};

use crate::input::Source;
use crate::notification::{ConditionSpec, NotificationSpec};
use crate::settings::Flags;
use crate::settings::table::{self as table, Setting};

mod audience;
mod callback;
mod help;
mod scheduled;
mod send;
mod shared;
#[cfg(test)]
mod tests;
mod tools;

pub use audience::*;
pub use callback::*;
pub(crate) use help::*;
pub use scheduled::*;
pub use send::*;
pub use shared::*;
pub use tools::*;

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

/// Recall Tencent Cloud Chat push notifications from a terminal, a script or a CI job.
#[derive(Debug, Parser)]
#[command(name = "timpush", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,

    /// Shared options given before the command name; one the command does not use is left out
    /// (the emulator and the demo refuse it).
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
        override_usage = "timpush revoke (TASK_ID... | --task-id ID... | --from-file FILE|- | --sched ID... | --last [N]) [OPTIONS]"
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
    Sched(Deferred<SchedCommand>),

    /// How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed
    #[command(after_help = STATS_HELP)]
    Stats(StatsArgs),

    /// What this machine sent: the journal of pushes, recalls and scheduled tasks
    #[command(after_help = LOG_HELP)]
    Log(LogArgs),

    /// The audience's tags: add, remove, show, clear; for a few accounts or a file of millions
    #[command(subcommand)]
    Tag(Deferred<TagCommand>),

    /// The audience's attributes: set, show, remove, and the app's attribute names
    #[command(subcommand)]
    Attr(Deferred<AttrCommand>),

    /// What was sent and how far it got: one row per push of the journal, with its figures
    #[command(
        after_help = "Examples:\n  timpush report\n  timpush report --since yesterday -o json"
    )]
    Report(ReportArgs),

    /// One user's delivery trace of a push, device by device
    #[command(
        after_help = "Example:\n  timpush trace 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e --user alice"
    )]
    Trace(TraceArgs),

    /// Make, read and check UserSigs
    #[command(subcommand, after_help = USERSIG_EXAMPLES)]
    Usersig(Deferred<UsersigCommand>),

    /// See, check and write the configuration
    #[command(subcommand, after_help = CONFIG_EXAMPLES)]
    Config(Deferred<ConfigCommand>),

    /// Check the configuration, the credential, the network, the clock and the service, one line each
    #[command(after_help = DOCTOR_HELP)]
    Doctor {
        #[command(flatten)]
        conn: ConnectOpts,
    },

    /// Push callbacks: receive and check them, send one to a handler, verify a signed URL
    #[command(subcommand)]
    Callback(Deferred<CallbackCommand>),

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

/// A family of subcommands built only when it is the one given (or for help and completions),
/// so that every other command line does not pay at start-up for the options it never uses.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

thread_local! {
    /// Set while [`whole`] builds the command line on this thread: nothing is deferred then.
    /// (A thread's own, so that a parse on another thread meanwhile is not affected.)
    static WHOLE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The whole command line, nothing deferred: for what describes every command at once (the
/// completion scripts, the manual page).
pub(crate) fn whole() -> clap::Command {
    use clap::CommandFactory;
    WHOLE.with(|w| w.set(true));
    let cmd = Cli::command();
    WHOLE.with(|w| w.set(false));
    cmd
}

impl<T: clap::Subcommand> clap::Subcommand for Deferred<T> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        if WHOLE.with(std::cell::Cell::get) {
            return T::augment_subcommands(cmd);
        }
        cmd.defer(T::augment_subcommands)
    }
    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        if WHOLE.with(std::cell::Cell::get) {
            return T::augment_subcommands_for_update(cmd);
        }
        cmd.defer(T::augment_subcommands_for_update)
    }
    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Deferred<T> {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(m).map(Deferred)
    }
    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }
}

fn given<S: Shared>(s: &S) -> (Vec<(table::Key, String)>, &'static [table::Key]) {
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
            Command::Sched(Deferred(SchedCommand::Add(_))) => "sched add",
            Command::Sched(Deferred(SchedCommand::List(_))) => "sched list",
            Command::Sched(Deferred(SchedCommand::Show { .. })) => "sched show",
            Command::Sched(Deferred(SchedCommand::Edit(_))) => "sched edit",
            Command::Sched(Deferred(SchedCommand::Cancel { .. })) => "sched cancel",
            Command::Stats(_) => "stats",
            Command::Trace(_) => "trace",
            Command::Report(_) => "report",
            Command::Tag(Deferred(TagCommand::Add(_))) => "tag add",
            Command::Tag(Deferred(TagCommand::Rm(_))) => "tag rm",
            Command::Tag(Deferred(TagCommand::Get(_))) => "tag get",
            Command::Tag(Deferred(TagCommand::Clear(_))) => "tag clear",
            Command::Attr(Deferred(AttrCommand::Set(_))) => "attr set",
            Command::Attr(Deferred(AttrCommand::Get(_))) => "attr get",
            Command::Attr(Deferred(AttrCommand::Rm(_))) => "attr rm",
            Command::Attr(Deferred(AttrCommand::Names(_))) => "attr names",
            Command::Usersig(Deferred(UsersigCommand::Gen { .. })) => "usersig gen",
            Command::Usersig(Deferred(UsersigCommand::Decode { .. })) => "usersig decode",
            Command::Usersig(Deferred(UsersigCommand::Verify { .. })) => "usersig verify",
            Command::Config(Deferred(ConfigCommand::Path { .. })) => "config path",
            Command::Config(Deferred(ConfigCommand::List { .. })) => "config list",
            Command::Config(Deferred(ConfigCommand::Show { .. })) => "config show",
            Command::Config(Deferred(ConfigCommand::Check { .. })) => "config check",
            Command::Config(Deferred(ConfigCommand::Init(_))) => "config init",
            Command::Config(Deferred(ConfigCommand::Set(_))) => "config set",
            Command::Config(Deferred(ConfigCommand::Unset(_))) => "config unset",
            Command::Doctor { .. } => "doctor",
            Command::Callback(Deferred(CallbackCommand::Listen(_))) => "callback listen",
            Command::Callback(Deferred(CallbackCommand::Send(_))) => "callback send",
            Command::Callback(Deferred(CallbackCommand::Verify(_))) => "callback verify",
            Command::Man => "man",
            #[cfg(feature = "emulator")]
            Command::Emulator(_) => "emulator",
            #[cfg(feature = "emulator")]
            Command::Demo => "demo",
            Command::Completions { .. } => "completions",
        }
    }

    /// True for a command that changes nothing (it reads, checks or prints): a reader that
    /// leaves its output early (`| head`) ends it quietly, by SIGPIPE, as for any such program.
    pub(crate) fn changes_nothing(&self) -> bool {
        match self {
            Command::Log(_)
            | Command::Sched(Deferred(SchedCommand::List(_) | SchedCommand::Show { .. }))
            | Command::Stats(_)
            | Command::Trace(_)
            | Command::Report(_)
            | Command::Tag(Deferred(TagCommand::Get(_)))
            | Command::Attr(Deferred(AttrCommand::Get(_)))
            | Command::Usersig(_)
            | Command::Doctor { .. }
            | Command::Callback(Deferred(CallbackCommand::Verify(_)))
            | Command::Man
            | Command::Completions { .. } => true,
            Command::Config(c) => !matches!(
                c.0,
                ConfigCommand::Init(_) | ConfigCommand::Set(_) | ConfigCommand::Unset(_)
            ),
            Command::Attr(Deferred(AttrCommand::Names(a))) => a.set.is_none(),
            #[cfg(feature = "emulator")]
            Command::Demo => true,
            _ => false,
        }
    }

    /// A server, which runs until stopped (the emulator, `callback listen`), or a command that
    /// prints one document (`man`, `completions`).
    pub(crate) fn serves_or_prints(&self) -> bool {
        #[cfg(feature = "emulator")]
        if matches!(self, Command::Emulator(_)) {
            return true;
        }
        matches!(
            self,
            Command::Callback(Deferred(CallbackCommand::Listen(_)))
                | Command::Man
                | Command::Completions { .. }
        )
    }

    /// The emulator and the demo serve an app of their own: a shared option meant for the
    /// service's app is not theirs to ignore.
    fn serves_its_own_app(&self) -> bool {
        #[cfg(feature = "emulator")]
        if matches!(self, Command::Emulator(_) | Command::Demo) {
            return true;
        }
        false
    }

    /// The shared settings given after the command name, and the keys the command offers.
    fn shared(&self) -> (Vec<(table::Key, String)>, &'static [table::Key]) {
        match self {
            Command::Revoke(a) => given(&a.conn),
            Command::Stop(a) => given(&a.conn),
            Command::Log(a) => given(&a.opts),
            Command::Push(a) => given(&a.conn),
            Command::Batch(a) => given(&a.conn),
            Command::Api(a) => given(&a.conn),
            Command::Sched(Deferred(SchedCommand::Add(a))) => given(&a.conn),
            Command::Sched(Deferred(SchedCommand::List(a))) => given(&a.conn),
            Command::Sched(Deferred(SchedCommand::Edit(a))) => given(&a.conn),
            Command::Sched(Deferred(
                SchedCommand::Show { conn, .. } | SchedCommand::Cancel { conn, .. },
            )) => given(conn),
            Command::Stats(a) => given(&a.conn),
            Command::Trace(a) => given(&a.conn),
            Command::Report(a) => given(&a.conn),
            Command::Tag(Deferred(TagCommand::Add(a))) => given(&a.conn),
            Command::Tag(Deferred(TagCommand::Rm(a))) => given(&a.conn),
            Command::Tag(Deferred(TagCommand::Get(a)))
            | Command::Attr(Deferred(AttrCommand::Get(a))) => given(&a.conn),
            Command::Tag(Deferred(TagCommand::Clear(a))) => given(&a.conn),
            Command::Attr(Deferred(AttrCommand::Set(a))) => given(&a.conn),
            Command::Attr(Deferred(AttrCommand::Rm(a))) => given(&a.conn),
            Command::Attr(Deferred(AttrCommand::Names(a))) => given(&a.conn),
            Command::Doctor { conn } => given(conn),
            Command::Callback(Deferred(CallbackCommand::Listen(a))) => given(&a.local),
            Command::Callback(Deferred(CallbackCommand::Send(a))) => given(&a.local),
            Command::Callback(Deferred(CallbackCommand::Verify(a))) => given(&a.local),
            Command::Usersig(Deferred(UsersigCommand::Gen { local, .. }))
            | Command::Usersig(Deferred(UsersigCommand::Verify { local, .. })) => given(local),
            Command::Config(Deferred(
                ConfigCommand::Path { file } | ConfigCommand::List { file, .. },
            )) => given(file),
            Command::Config(Deferred(
                ConfigCommand::Show { conn } | ConfigCommand::Check { conn },
            )) => given(conn),
            Command::Config(Deferred(ConfigCommand::Set(ConfigSetArgs {
                profile, file, ..
            })))
            | Command::Config(Deferred(ConfigCommand::Unset(ConfigUnsetArgs {
                profile,
                file,
                ..
            }))) => {
                let mut out = Vec::new();
                profile.given(&mut out);
                file.given(&mut out);
                (out, &[table::PROFILE, table::CONFIG])
            }
            Command::Config(Deferred(ConfigCommand::Init(a))) => {
                let mut out = Vec::new();
                a.profile.given(&mut out);
                a.file.given(&mut out);
                a.app.given(&mut out);
                a.place.given(&mut out);
                (out, INIT_KEYS)
            }
            Command::Usersig(Deferred(UsersigCommand::Decode { .. }))
            | Command::Man
            | Command::Completions { .. } => (Vec::new(), &[]),
            #[cfg(feature = "emulator")]
            Command::Emulator(_) | Command::Demo => (Vec::new(), &[]),
        }
    }
}

const INIT_KEYS: &[table::Key] = &[
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
    /// option before the name that the command does not use is left out (see [`Cli::unused`]),
    /// so that `alias tp='timpush -p prod'` serves every command; but the emulator and the demo
    /// serve an app of their own, and one named before them is a usage error, not a surprise.
    pub(crate) fn flags(&self) -> Result<Flags, crate::error::Failure> {
        let mut flags = self.output_flag();
        let (own, offered) = self.command.shared();
        let mut before = Vec::new();
        self.shared.given(&mut before);
        for (key, value) in before {
            if !offered.contains(&key) && !self.command.serves_its_own_app() {
                continue;
            }
            if !offered.contains(&key) {
                let s: &Setting = table::get(key);
                let name = self.command.name();
                return Err(crate::error::Failure::usage(format!(
                    "{} does not apply to `timpush {name}`",
                    s.flag.unwrap_or(key.as_str())
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

    /// The shared options given before the command name that it does not use (left out).
    pub(crate) fn unused(&self) -> Vec<&'static str> {
        if self.command.serves_its_own_app() {
            return Vec::new();
        }
        let (_, offered) = self.command.shared();
        let mut before = Vec::new();
        self.shared.given(&mut before);
        before
            .into_iter()
            .filter(|(key, _)| !offered.contains(key))
            .map(|(key, _)| table::get(key).flag.unwrap_or(key.as_str()))
            .collect()
    }
}
