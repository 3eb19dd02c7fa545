//! The options several commands share: the setting groups (each flag parsed by its setting's
//! parser from the settings table), and the options of every command.

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, ValueEnum};

use super::*;

/// Parses a flag with its setting's parser from the settings table (so a value means the same
/// as a flag, a variable or a profile key), and keeps the text as given.
#[derive(Clone, Copy)]
pub(super) struct TableParser(pub(super) table::Key);

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
                .unwrap_or_else(|| setting.flag.unwrap_or(setting.key.as_str()).to_string());
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

pub(super) fn help(key: table::Key) -> String {
    table::get(key).flag_help()
}

pub(super) fn short(key: table::Key) -> Option<char> {
    table::get(key).short
}

/// The settings given as flags by one group of options.
pub(super) trait Shared {
    /// The setting keys the group offers.
    const KEYS: &'static [table::Key];
    fn given(&self, out: &mut Vec<(table::Key, String)>);
}

macro_rules! shared_group {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $key:path),* $(,)? }) => {
        impl Shared for $name {
            const KEYS: &'static [table::Key] = &[$($key),*];
            fn given(&self, out: &mut Vec<(table::Key, String)>) {
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
    const KEYS: &'static [table::Key] = &[
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
    fn given(&self, out: &mut Vec<(table::Key, String)>) {
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
    const KEYS: &'static [table::Key] = &[table::PROFILE, table::CONFIG, table::JOURNAL];
    fn given(&self, out: &mut Vec<(table::Key, String)>) {
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
    const KEYS: &'static [table::Key] = &[
        table::PROFILE,
        table::CONFIG,
        table::SDKAPPID,
        table::IDENTIFIER,
    ];
    fn given(&self, out: &mut Vec<(table::Key, String)>) {
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

    /// Say less on stderr: no notes, warnings or progress, only errors (for cron)
    #[arg(short = 'q', long, global = true, help_heading = SHARED, conflicts_with = "verbose")]
    pub quiet: bool,
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
