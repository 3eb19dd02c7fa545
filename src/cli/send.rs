//! The options of the commands that send: revoke, stop, push, batch, api, and log, which reads
//! what they sent.

use clap::Args;

use super::*;

#[derive(Debug, Clone, Args)]
pub struct RevokeArgs {
    /// TaskIds returned by push or batch, as arguments (the same as --task-id; the usage line
    /// shows them, the options list does not, to keep the help on one screen)
    #[arg(value_name = "TASK_ID", hide = true)]
    pub ids: Vec<String>,

    /// TaskId returned by push or batch (repeatable; or give TaskIds as arguments)
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

    /// With --report: a log of the pushes' callbacks, whose figures go beside the statistics
    #[arg(long, value_name = "FILE", requires = "report")]
    pub events: Option<String>,

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
    #[arg(value_name = "ID", required_unless_present_any = ["last", "since"])]
    pub ids: Vec<String>,

    /// Stop the last N pushes and scheduled pushes (default 1) this app's journal holds from the last 24 hours
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "1", conflicts_with_all = ["since", "ids"])]
    pub last: Option<usize>,

    /// Stop every push and scheduled push of this app the journal holds since a TIME or for a DURATION (10m)
    #[arg(long, value_name = "TIME|DURATION", conflicts_with = "ids")]
    pub since: Option<String>,

    /// Confirm stopping several picked from the journal without asking
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Say what would be done to each ID; send nothing
    #[arg(long)]
    pub dry_run: bool,

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

    /// A log of the pushes' callbacks, whose figures go beside the reach report's
    #[arg(long, value_name = "FILE", conflicts_with = "no_report")]
    pub events: Option<String>,

    #[command(flatten)]
    pub conn: ConnectOpts,
}

#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// The pushes since a TIME (today, yesterday, 09:00, 2026-12-08, RFC 3339) or for a DURATION back (24h)
    #[arg(long, value_name = "TIME|DURATION", default_value = "today")]
    pub since: String,

    /// Every column whole on a terminal, however wide
    #[arg(long)]
    pub wide: bool,

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

    /// The story of one push: the entries that name this TaskId (or scheduled TaskID, and the
    /// push it became), and what became of it
    #[arg(long, value_name = "ID")]
    pub task: Option<String>,

    /// Every column whole on a terminal, however wide
    #[arg(long)]
    pub wide: bool,

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
