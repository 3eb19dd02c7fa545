//! `timpush callback listen|send|verify`: the arguments.

use clap::{Args, Subcommand};

use super::LocalOpts;

#[derive(Debug, Subcommand)]
pub enum CallbackCommand {
    /// Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end
    #[command(after_help = LISTEN_HELP)]
    Listen(ListenArgs),
    /// Send a documented example callback to a handler and check its answer against the contract
    #[command(after_help = SEND_HELP)]
    Send(SendArgs),
    /// Check a callback URL's Sign and RequestTime with the token, and its SdkAppid
    #[command(after_help = VERIFY_HELP)]
    Verify(VerifyArgs),
}

const LISTEN_HELP: &str = "Each request is checked: SdkAppid is the profile's, and with a token, Sign matches it and
RequestTime is within a minute. A refused request is answered with an error, counted and said on
stderr, never printed as an event. Events go to stdout (or --out) as JSON lines with `channel` and
`stage` beside the numbers; at the end (Ctrl-C, SIGTERM or --count) a summary per TaskId.

Examples:
  timpush callback listen --listen 127.0.0.1:8090 --token-file ~/.config/timpush/callback.token
  timpush callback listen --listen 0.0.0.0:8090 --out events.jsonl --forward-to http://127.0.0.1:3000/im/callback";

const SEND_HELP: &str = "Without --file, sends the documented example: one Push.AllMemberPush request with three events.
The handler must answer HTTP 200 with {\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}
within 2 s. Exit status: 0 it did, 5 the answer breaks the contract, 6 no answer.

Examples:
  timpush callback send http://127.0.0.1:3000/im/callback
  timpush callback send http://127.0.0.1:3000/im/callback --stage clicked --vendor huawei --to alice";

const VERIFY_HELP: &str = "Exit status: 0 every check passed, 4 the Sign, RequestTime or SdkAppid fails.

Example:
  timpush callback verify 'https://example.com/im?SdkAppid=1400000000&CallbackCommand=Push.AllMemberPush&contenttype=json&RequestTime=1764400000&Sign=37fd…'";

/// Where the token comes from, for the commands that sign or check.
#[derive(Debug, Clone, Default, Args)]
pub struct TokenOpts {
    /// File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the
    /// profile's callback_token_file]
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Address to listen on (behind the app's own gateway for anything but loopback)
    #[arg(long, default_value = "127.0.0.1:8090", value_name = "ADDR")]
    pub listen: String,

    #[command(flatten)]
    pub token: TokenOpts,

    /// Append the events to FILE (private to this user) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<String>,

    /// Pass each request that passed the checks on, unchanged, to the app's own handler
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<String>,

    /// Stop after N events
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    #[command(flatten)]
    pub local: LocalOpts,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// The handler's URL (http:// or https://)
    #[arg(value_name = "URL")]
    pub url: String,

    /// A request body to send instead of the example ({"Events": [...]}, as the service sends)
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,

    /// Set every event's TaskId
    #[arg(long, value_name = "ID")]
    pub task_id: Option<String>,

    /// Set every event's PushStage: sent, reached, clicked (or 1, 2, 3)
    #[arg(long, value_name = "STAGE")]
    pub stage: Option<String>,

    /// Set every event's channel: APNs, FCM, Huawei, Honor, Xiaomi, OPPO, vivo, Meizu, online (or a PushPlatform number)
    #[arg(long, value_name = "VENDOR")]
    pub vendor: Option<String>,

    /// Set every event's To_Account
    #[arg(long, value_name = "ACCOUNT")]
    pub to: Option<String>,

    #[command(flatten)]
    pub token: TokenOpts,

    /// Send without Sign and RequestTime, as an app with authentication off receives them
    #[arg(long, conflicts_with = "token_file")]
    pub unsigned: bool,

    #[command(flatten)]
    pub local: LocalOpts,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The URL (or its query string) the request was sent to, or - (or nothing) to read it from standard input
    #[arg(value_name = "URL|-")]
    pub url: Option<String>,

    #[command(flatten)]
    pub token: TokenOpts,

    /// Check RequestTime against this time (RFC 3339 or unix seconds) instead of now
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,

    #[command(flatten)]
    pub local: LocalOpts,
}
