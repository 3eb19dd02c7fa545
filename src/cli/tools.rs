//! The options of the operator's tools: usersig, config, and the emulator.

use clap::{Args, Subcommand};

use super::*;

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
        /// The names alone, one a line (for shell completion)
        #[arg(long, hide = true)]
        names: bool,
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
    /// Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept
    #[command(
        after_help = "Examples:\n  timpush -p staging config set region china\n  timpush config set default_profile prod"
    )]
    Set(ConfigSetArgs),
    /// Remove one key of the profile (or default_profile); the rest of the file is kept
    #[command(after_help = "Example:\n  timpush -p staging config unset endpoint")]
    Unset(ConfigUnsetArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ConfigSetArgs {
    /// A profile key (region, sdkappid, endpoint, secret_key_file, ...) or default_profile
    #[arg(value_name = "KEY")]
    pub key: String,
    /// Its value
    #[arg(value_name = "VALUE")]
    pub value: String,
    #[command(flatten)]
    pub profile: ProfileOpts,
    #[command(flatten)]
    pub file: FileOpts,
}

#[derive(Debug, Clone, Args)]
pub struct ConfigUnsetArgs {
    /// A profile key, or default_profile
    #[arg(value_name = "KEY")]
    pub key: String,
    #[command(flatten)]
    pub profile: ProfileOpts,
    #[command(flatten)]
    pub file: FileOpts,
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

    /// Hold every API answer this many milliseconds, to stand for a far region's round trip
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=60_000))]
    pub delay: u64,

    /// Scripted answer for the next API call, in order (repeatable): an ErrorCode such as 91000
    /// or 90051, html502, stall:SECONDS, drop_after_apply, drop
    #[arg(long = "fault", value_name = "FAULT")]
    pub faults: Vec<String>,

    /// Send Push.AllMemberPush callbacks of every push and batch push to URL
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,

    /// File holding the token callbacks are signed with (Sign, RequestTime) [default: unsigned]
    #[arg(long, value_name = "FILE", requires = "callback_url")]
    pub callback_token_file: Option<String>,
}
