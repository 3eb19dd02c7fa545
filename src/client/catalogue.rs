//! Every ErrorCode timpush knows (docs/service.md 2, 3 and 6): meaning, class and hint.
//! The table is data; [`hint`] adds what only this run knows (task age, region, TTL).

use crate::error::Exit;

/// What an ErrorCode says about the call, which decides retries and the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// 0: done.
    Success,
    /// 90050: the task is already in the wanted state.
    AlreadyDone,
    /// Over a rate limit: nothing was applied, try again later.
    Throttled,
    /// A service-side fault: the call may or may not have been applied.
    Transient,
    /// The credential or permission was refused.
    Auth,
    /// The app's set-up (SDKAppID, region, plan) does not allow the call.
    Config,
    /// The request itself is wrong.
    Request,
    /// The service refused this recall.
    Refused,
}

impl Class {
    pub(crate) fn exit(self) -> Exit {
        match self {
            Class::Success | Class::AlreadyDone => Exit::Success,
            Class::Throttled => Exit::NotApplied,
            Class::Transient => Exit::Unknown,
            Class::Auth => Exit::Auth,
            Class::Config | Class::Request | Class::Refused => Exit::Refused,
        }
    }
}

pub(crate) struct Entry {
    pub(crate) code: i64,
    pub(crate) meaning: &'static str,
    pub(crate) class: Class,
    pub(crate) hint: &'static str,
}

const fn e(code: i64, meaning: &'static str, class: Class, hint: &'static str) -> Entry {
    Entry {
        code,
        meaning,
        class,
        hint,
    }
}

use Class::*;

pub(crate) static CATALOGUE: &[Entry] = &[
    e(0, "success", Success, ""),
    // v4/timpush/revoke
    e(
        90001,
        "request body is not valid JSON",
        Request,
        "this is a bug in timpush or a proxy altered the body; report it with --verbose output",
    ),
    e(
        90009,
        "the identifier is not an App admin",
        Auth,
        "set identifier to one of the app's admin accounts (Chat console > App admin)",
    ),
    e(
        90049,
        "TaskId unknown or not a push task",
        Refused,
        "only TaskIds returned by timpush push or batch can be recalled; check for a typo, the profile (another app?) and the region",
    ),
    e(
        90050,
        "task already recalled",
        AlreadyDone,
        "nothing more to do",
    ),
    e(
        90051,
        "recall too frequent (limit 1 per second)",
        Throttled,
        "wait a second and run the same command again",
    ),
    e(
        90052,
        "recall window (24 hours) has passed",
        Refused,
        "a push can only be recalled within 24 hours; it can no longer be taken back",
    ),
    e(
        90053,
        "the push stored messages (OnlineOnlyFlag=0), so the recall needs OfflinePushInfo",
        Refused,
        "run again with --title and --desc (the replacement notification)",
    ),
    e(
        91000,
        "internal service error",
        Transient,
        "the recall may or may not have been applied; running the same command again is safe",
    ),
    // push and batch
    e(
        90005,
        "MsgRandom missing or invalid",
        Request,
        "send a random 32-bit MsgRandom",
    ),
    e(
        90018,
        "too many accounts in one request",
        Request,
        "send at most 500 accounts per batch call",
    ),
    e(
        90020,
        "a tag is longer than 50 bytes",
        Request,
        "shorten the tag to 50 bytes or less",
    ),
    e(90022, "duplicate tag", Request, "list each tag once"),
    e(
        90024,
        "pushes must be more than 1 second apart",
        Throttled,
        "wait a second and try again",
    ),
    e(
        90032,
        "more than 10 tags",
        Request,
        "use at most 10 tags in a push's condition, or add at most 10 tags to an account in one call (timpush tag add --replace sets up to 100)",
    ),
    e(
        90033,
        "invalid attribute",
        Request,
        "check the attribute names and values against timpush attr names (a name is set once per index, and its kind of account cannot change)",
    ),
    e(
        90039,
        "tags and attributes mixed in one condition",
        Request,
        "use either tags or attributes",
    ),
    e(90040, "empty tag", Request, "remove the empty tag"),
    e(
        90045,
        "the push feature is not enabled",
        Config,
        "enable push (timpush) for the app in the Chat console",
    ),
    e(
        90047,
        "daily push quota used up",
        Refused,
        "wait until tomorrow, upgrade the plan, or raise the daily quota in the console (paid per extra push a day)",
    ),
    e(
        90026,
        "offline storage time invalid",
        Request,
        "the message's offline storage time (MsgLifeTime) is out of range; check the body, or leave it out",
    ),
    e(
        90035,
        "account kind does not match (UserID or RegistrationID)",
        Request,
        "the accounts are of another kind than the call expects: check which are UserIDs and which RegistrationIDs",
    ),
    e(
        90056,
        "request body over 10 KB",
        Request,
        "shorten the notification text or Ext",
    ),
    e(
        90057,
        "DataId over 64 bytes",
        Request,
        "shorten DataId to 64 bytes or less",
    ),
    // v4/timpush/*_sched_task (docs/service.md 4)
    e(
        90104,
        "request parameter invalid (scheduled tasks)",
        Request,
        "check the scheduled TaskID (timpush sched list), the task's Type, and times in UTC YYYY-MM-DD HH:MM:SS; an unknown or deleted TaskID may answer this too",
    ),
    e(
        90107,
        "the scheduled task is dispatching or dispatched: it can no longer be changed or deleted",
        Refused,
        "it went out, or is going out: recall the push it became with timpush revoke --sched ID",
    ),
    // common codes
    e(
        60002,
        "HTTP request could not be parsed (URL format)",
        Request,
        "check the endpoint setting; report it if it is right",
    ),
    e(
        60003,
        "request JSON could not be parsed",
        Request,
        "this is a bug in timpush or a proxy altered the body; report it",
    ),
    e(
        60004,
        "identifier or usersig in the URL is wrong",
        Auth,
        "check the identifier and the secret key (or ready UserSig) of the profile",
    ),
    e(
        60005,
        "identifier or usersig in the URL is wrong",
        Auth,
        "check the identifier and the secret key (or ready UserSig) of the profile",
    ),
    e(
        60006,
        "SDKAppID invalid",
        Config,
        "check sdkappid against the Chat console",
    ),
    e(
        60007,
        "REST call frequency over the limit for this API",
        Throttled,
        "slow down and run the same command again",
    ),
    e(
        60008,
        "service timeout or bad HTTP request",
        Transient,
        "the recall may or may not have been applied; running the same command again is safe",
    ),
    e(
        60009,
        "bad resource (URL)",
        Request,
        "check the endpoint setting",
    ),
    e(
        60010,
        "the call needs an App admin identifier",
        Auth,
        "set identifier to one of the app's admin accounts",
    ),
    e(
        60011,
        "REST call frequency over the limit for this SDKAppID",
        Throttled,
        "slow down and run the same command again",
    ),
    e(
        60012,
        "sdkappid missing",
        Request,
        "set sdkappid in the profile, TIMPUSH_SDKAPPID or --sdkappid",
    ),
    e(
        60016,
        "SDKAppID disabled",
        Config,
        "the app is disabled; check it in the Chat console",
    ),
    e(
        60017,
        "request disabled",
        Config,
        "this call is disabled for the app; check the Chat console",
    ),
    e(
        60018,
        "too frequent, retry later",
        Throttled,
        "wait and run the same command again",
    ),
    e(
        60019,
        "too frequent, retry later",
        Throttled,
        "wait and run the same command again",
    ),
    e(
        60020,
        "plan expired or not active",
        Config,
        "renew or activate the app's plan in the Chat console",
    ),
    e(
        60021,
        "caller IP not in the allow list",
        Config,
        "add this machine's public IP to the app's REST API allow list",
    ),
    e(
        70001,
        "UserSig expired",
        Auth,
        "the UserSig's lifetime ran out",
    ),
    e(
        70002,
        "UserSig empty",
        Auth,
        "check the profile's credential",
    ),
    e(
        70003,
        "UserSig could not be parsed (cut short?)",
        Auth,
        "check that the ready UserSig was copied whole, or use a secret key",
    ),
    e(
        70005,
        "UserSig check failed",
        Auth,
        "the secret key does not match the app; copy it again from the Chat console",
    ),
    e(
        70009,
        "UserSig made with another app's secret key",
        Auth,
        "the secret key belongs to another app; check sdkappid and the key",
    ),
    e(
        70013,
        "identifier differs from the one in the UserSig",
        Auth,
        "the ready UserSig was made for another identifier; make one for this identifier",
    ),
    e(
        70014,
        "sdkappid differs from the one in the UserSig",
        Auth,
        "the ready UserSig was made for another SDKAppID; make one for this SDKAppID",
    ),
    e(
        70016,
        "key not found: SDKAppID and region do not match",
        Config,
        "the SDKAppID is not served in this region",
    ),
    e(
        70020,
        "SDKAppID not found in this region",
        Config,
        "the SDKAppID is not served in this region",
    ),
    e(
        70050,
        "too many failed UserSig checks",
        Auth,
        "wait a minute, fix the credential, then try again",
    ),
    e(
        70051,
        "account blacklisted",
        Auth,
        "the identifier is blacklisted; use another admin account",
    ),
    e(
        70052,
        "UserSig no longer valid",
        Auth,
        "make a new UserSig (or use a secret key, so timpush makes one per run)",
    ),
    e(
        70107,
        "account does not exist",
        Request,
        "check the identifier and accounts named in the request",
    ),
    e(
        70114,
        "restricted for security reasons",
        Config,
        "contact Tencent Cloud support",
    ),
    e(
        70169,
        "internal timeout",
        Transient,
        "the recall may or may not have been applied; running the same command again is safe",
    ),
    e(
        70402,
        "invalid parameters",
        Request,
        "check the values sent (--verbose shows the request)",
    ),
    e(
        70403,
        "the call needs an App admin",
        Auth,
        "set identifier to one of the app's admin accounts",
    ),
    e(
        70500,
        "internal error",
        Transient,
        "the recall may or may not have been applied; running the same command again is safe",
    ),
];

/// The catalogue entry for `code`, if it is known.
pub(crate) fn lookup(code: i64) -> Option<&'static Entry> {
    CATALOGUE.iter().find(|e| e.code == code)
}

/// The class of any code; unknown codes are refusals.
pub(crate) fn class_of(code: i64) -> Class {
    lookup(code).map(|e| e.class).unwrap_or(Class::Refused)
}

pub(crate) fn meaning_of(code: i64) -> &'static str {
    lookup(code)
        .map(|e| e.meaning)
        .unwrap_or("not in timpush's catalogue")
}

/// What this run knows that sharpens a hint.
#[derive(Debug, Default, Clone)]
pub(crate) struct HintContext {
    /// Seconds since the push, read from the TaskId.
    pub(crate) task_age: Option<i64>,
    /// "region singapore (adminapisgp.im.qcloud.com)" or "endpoint http://…".
    pub(crate) target: String,
    pub(crate) usersig_ttl: Option<u64>,
    pub(crate) ready_usersig: bool,
}

/// The hint for `code`, with this run's details.
pub(crate) fn hint(code: i64, ctx: &HintContext) -> String {
    let base = lookup(code)
        .map(|e| e.hint.to_string())
        .unwrap_or_else(|| "see the Tencent Cloud Chat error code list".to_string());
    match code {
        90052 => match ctx.task_age {
            Some(age) => format!(
                "{base}; the TaskId says it was pushed {} ago",
                crate::taskid::human_age(age)
            ),
            None => base,
        },
        70001 => {
            let src = if ctx.ready_usersig {
                "make a new UserSig (timpush makes one per run from a secret key)".to_string()
            } else {
                format!(
                    "check this machine's clock (the UserSig carries its time) and usersig_ttl (now {} s)",
                    ctx.usersig_ttl.unwrap_or(600)
                )
            };
            format!("{base}; {src}")
        }
        70016 | 70020 => format!(
            "{base}; the call went to {}: set region to the app's region (shown in the Chat console)",
            ctx.target
        ),
        _ => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_code_is_catalogued_once() {
        let documented = [
            90001, 90009, 90049, 90050, 90051, 90052, 90053, 91000, 90005, 90018, 90020, 90022,
            90024, 90026, 90032, 90033, 90035, 90039, 90040, 90045, 90047, 90056, 90057, 90104,
            90107, 60002, 60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012,
            60016, 60017, 60018, 60019, 60020, 60021, 70001, 70002, 70003, 70005, 70009, 70013,
            70014, 70016, 70020, 70050, 70051, 70052, 70107, 70114, 70169, 70402, 70403, 70500,
        ];
        for code in documented {
            let n = CATALOGUE.iter().filter(|e| e.code == code).count();
            assert_eq!(n, 1, "code {code}");
            assert!(!lookup(code).unwrap().hint.is_empty(), "code {code}");
        }
        assert_eq!(CATALOGUE.len(), documented.len() + 1);
    }

    #[test]
    fn classes_map_to_the_exit_table() {
        assert_eq!(class_of(90049).exit(), Exit::Refused);
        assert_eq!(class_of(90009).exit(), Exit::Auth);
        assert_eq!(class_of(70001).exit(), Exit::Auth);
        assert_eq!(class_of(60004).exit(), Exit::Auth);
        assert_eq!(class_of(90051).exit(), Exit::NotApplied);
        assert_eq!(class_of(91000).exit(), Exit::Unknown);
        assert_eq!(class_of(90050).exit(), Exit::Success);
        assert_eq!(class_of(12345).exit(), Exit::Refused);
    }

    #[test]
    fn hints_carry_run_details() {
        let ctx = HintContext {
            task_age: Some(25 * 3600),
            target: "region tokyo (adminapijpn.im.qcloud.com)".into(),
            usersig_ttl: Some(900),
            ready_usersig: false,
        };
        assert!(hint(90052, &ctx).contains("pushed 25h 0m ago"));
        assert!(hint(70001, &ctx).contains("clock"));
        assert!(hint(70001, &ctx).contains("usersig_ttl (now 900 s)"));
        assert!(hint(70020, &ctx).contains("region tokyo"));
        assert!(hint(99999, &ctx).contains("error code list"));
    }
}
