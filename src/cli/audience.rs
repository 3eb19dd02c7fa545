//! The audience commands: `tag add|rm|get|clear` and `attr set|get|rm|names`.

use clap::{Args, Subcommand};

use super::ConnectOpts;

/// Where the accounts of an audience command come from.
#[derive(Debug, Clone, Default, Args)]
pub struct AudienceInput {
    /// Accounts: UserIDs or RegistrationIDs
    #[arg(value_name = "ACCOUNT")]
    pub accounts: Vec<String>,

    /// Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["accounts", "from_file"])]
    pub to_file: Option<String>,

    /// Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help
    #[arg(long, value_name = "FILE|-", conflicts_with = "accounts")]
    pub from_file: Option<String>,
}

/// How a run over many accounts goes.
#[derive(Debug, Clone, Default, Args)]
pub struct BulkOpts {
    /// Print the first calls and the totals; send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Calls out at once, each on its own connection (1 to 16)
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u8).range(1..=16))]
    pub connections: u8,

    /// Where the rows not done go, to resume from (default: beside the input, FILE.resume)
    #[arg(long, value_name = "FILE")]
    pub resume_file: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// Add tags to accounts (v4/timpush/add_tag); --replace sets them instead
    #[command(after_help = super::help::TAG_ADD_HELP)]
    Add(TagAddArgs),
    /// Remove tags from accounts (v4/timpush/remove_tag)
    #[command(after_help = super::help::TAG_RM_HELP)]
    Rm(TagRmArgs),
    /// Show accounts' tags (v4/timpush/get_tag)
    #[command(
        after_help = "Examples:\n  timpush tag get alice bob\n  timpush tag get --to-file users.txt -o json"
    )]
    Get(ReadArgs),
    /// Remove all tags of accounts (v4/timpush/clear_all_tags)
    #[command(
        after_help = "Examples:\n  timpush tag clear alice\n  timpush tag clear --to-file leavers.txt"
    )]
    Clear(ClearArgs),
}

#[derive(Debug, Subcommand)]
pub enum AttrCommand {
    /// Set attributes of accounts (v4/timpush/set_attr)
    #[command(after_help = super::help::ATTR_SET_HELP)]
    Set(AttrSetArgs),
    /// Show accounts' attributes (v4/timpush/get_attr)
    #[command(
        after_help = "Examples:\n  timpush attr get alice bob\n  timpush attr get --to-file users.txt -o json"
    )]
    Get(ReadArgs),
    /// Remove attributes of accounts (v4/timpush/remove_attr)
    #[command(
        after_help = "Examples:\n  timpush attr rm alice --attr city\n  timpush attr rm --from-file moved.csv"
    )]
    Rm(AttrRmArgs),
    /// Show the app's attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)
    #[command(after_help = super::help::ATTR_NAMES_HELP)]
    Names(AttrNamesArgs),
}

#[derive(Debug, Clone, Args)]
pub struct TagAddArgs {
    #[command(flatten)]
    pub input: AudienceInput,
    /// A tag to add to every account given (repeatable; at most 50 bytes)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Replace all of each account's tags with these (up to 100 a user, instead of 10 added)
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub bulk: BulkOpts,
    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct TagRmArgs {
    #[command(flatten)]
    pub input: AudienceInput,
    /// A tag to remove from every account given (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkOpts,
    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct ClearArgs {
    #[command(flatten)]
    pub input: AudienceInput,
    #[command(flatten)]
    pub bulk: BulkOpts,
    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct ReadArgs {
    /// Accounts: UserIDs or RegistrationIDs
    #[arg(value_name = "ACCOUNT")]
    pub accounts: Vec<String>,
    /// Accounts from FILE (or - for stdin), one a line
    #[arg(long, value_name = "FILE|-", conflicts_with = "accounts")]
    pub to_file: Option<String>,
    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct AttrSetArgs {
    #[command(flatten)]
    pub input: AudienceInput,
    /// NAME=VALUE to set on every account given (repeatable; the value at most 50 bytes)
    #[arg(long = "attr", value_name = "NAME=VALUE")]
    pub attrs: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkOpts,
    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct AttrRmArgs {
    #[command(flatten)]
    pub input: AudienceInput,
    /// An attribute NAME to remove from every account given (repeatable)
    #[arg(long = "attr", value_name = "NAME")]
    pub attrs: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkOpts,
    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct AttrNamesArgs {
    /// Name the attributes: INDEX=NAME pairs, comma-separated (0=plan,1=city); indexes 0 to 9
    #[arg(long, value_name = "I=NAME,...")]
    pub set: Option<String>,
    /// With --set: the account kind of each attribute, INDEX=user or INDEX=registration (fixed once set)
    #[arg(long, value_name = "I=KIND,...", requires = "set")]
    pub types: Option<String>,
    /// With --set: print the call; send nothing
    #[arg(long, requires = "set")]
    pub dry_run: bool,
    #[command(flatten)]
    pub conn: ConnectOpts,
}
