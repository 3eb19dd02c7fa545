//! The options of scheduled pushes and reports: sched, stats, trace.

use clap::{Args, Subcommand, ValueEnum};

use super::*;

#[derive(Debug, Clone, Args)]
pub struct SchedAddArgs {
    /// When to send it: tomorrow 09:00, 09:00 (the next), 2030-12-01 09:00 (read in the local zone: the tz setting, else TZ), a time from now (+2h, 90m), RFC 3339 with a zone, or unix seconds
    #[arg(long, value_name = "TIME")]
    pub at: String,

    /// To all users (needs --yes, or a yes on a terminal)
    #[arg(long)]
    pub all: bool,

    /// Confirm a push to all users without asking
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Print the request, whom it goes to and whether it would be refused; send nothing
    #[arg(long)]
    pub dry_run: bool,

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

    /// Every column whole on a terminal, however wide
    #[arg(long)]
    pub wide: bool,

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

    /// A new time: tomorrow 09:00, 09:00, 2030-12-01 09:00 (in the local zone), a time from now (+2h), RFC 3339 with a zone, or unix seconds
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

    /// A log of the push's callbacks (as `timpush callback listen` writes it): its figures per
    /// channel beside the statistics
    #[arg(long, value_name = "FILE", conflicts_with = "loss")]
    pub events: Option<String>,

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
