//! The one table of REST commands timpush knows (docs/service.md 7): each command's path, the
//! least time between two calls of it for one app, and whether a call that may have been
//! applied may be repeated. The pacer, the retry policy, the commands and the emulator's router
//! all read it, so a command is spelled once: a misspelt one does not compile, and cannot
//! silently go unpaced.

use std::time::Duration;

/// One REST command.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Rest {
    /// `service/command`, as after `/v4/` in the URL.
    pub path: &'static str,
    /// The least time between two calls for one app (the documented frequency limit).
    pub interval: Duration,
    /// A call whose answer was lost may be sent again: it changes nothing twice.
    pub repeatable: bool,
    /// Calls may overlap: the pace spaces their starts (the service counts calls a second),
    /// instead of waiting for the previous call's end. For the audience commands, whose
    /// ceiling of 100 a second is out of reach one call at a time over a long round trip.
    pub overlap: bool,
}

const fn rest(path: &'static str, per_second: u64, repeatable: bool) -> Rest {
    Rest {
        path,
        interval: Duration::from_millis(1000 / per_second),
        repeatable,
        overlap: false,
    }
}

/// An audience command: 100 calls a second each (docs/service.md 7), overlapping. The starts
/// are held 10.5 ms apart, not 10: a call's arrival at the service moves with the network by
/// a few tenths of a millisecond, and 5% below the ceiling keeps any second's count under 100.
const fn audience(path: &'static str, repeatable: bool) -> Rest {
    Rest {
        path,
        interval: Duration::from_micros(10_500),
        repeatable,
        overlap: true,
    }
}

/// A recall: a repeat answers "already recalled" (90050).
pub(crate) const REVOKE: Rest = rest("timpush/revoke", 1, true);
/// A push reaches users again if repeated.
pub(crate) const PUSH: Rest = rest("timpush/push", 1, false);
pub(crate) const BATCH: Rest = rest("timpush/batch", 1, false);
/// A repeat would create a second scheduled push.
pub(crate) const ADD_SCHED: Rest = rest("timpush/add_sched_task", 5, false);
pub(crate) const MODIFY_SCHED: Rest = rest("timpush/modify_sched_task", 5, true);
/// A repeat after a lost answer finds no task (90104): the first one took.
pub(crate) const DELETE_SCHED: Rest = rest("timpush/delete_sched_task", 5, true);
pub(crate) const GET_SCHED: Rest = rest("timpush/get_sched_task", 5, true);
pub(crate) const LIST_SCHED: Rest = rest("timpush/list_sched_task", 5, true);
pub(crate) const STATISTICS: Rest = rest("timpush/all_member_push_statistics", 1, true);
pub(crate) const LOSS: Rest = rest("timpush/all_member_push_loss", 1, true);
pub(crate) const TRACE: Rest = rest("timpush/all_member_push_trace", 1, true);
/// The audience commands (docs/service.md 9). Setting attributes or adding tags twice leaves
/// what once would: a lost answer is repeated. A removal or clearing repeated leaves the same
/// state too, but what the service answers a second removal is not documented; naming the
/// attributes (whose kinds can never change) is not repeated either: their rows go to the
/// file the run leaves for resuming.
pub(crate) const SET_ATTR_NAME: Rest = audience("timpush/set_attr_name", false);
pub(crate) const GET_ATTR_NAME: Rest = audience("timpush/get_attr_name", true);
pub(crate) const GET_ATTR: Rest = audience("timpush/get_attr", true);
pub(crate) const SET_ATTR: Rest = audience("timpush/set_attr", true);
pub(crate) const REMOVE_ATTR: Rest = audience("timpush/remove_attr", false);
pub(crate) const GET_TAG: Rest = audience("timpush/get_tag", true);
pub(crate) const ADD_TAG: Rest = audience("timpush/add_tag", true);
pub(crate) const REMOVE_TAG: Rest = audience("timpush/remove_tag", false);
pub(crate) const CLEAR_ALL_TAGS: Rest = audience("timpush/clear_all_tags", false);

/// Every command of the table.
pub(crate) const ALL: [&Rest; 20] = [
    &REVOKE,
    &PUSH,
    &BATCH,
    &ADD_SCHED,
    &MODIFY_SCHED,
    &DELETE_SCHED,
    &GET_SCHED,
    &LIST_SCHED,
    &STATISTICS,
    &LOSS,
    &TRACE,
    &SET_ATTR_NAME,
    &GET_ATTR_NAME,
    &GET_ATTR,
    &SET_ATTR,
    &REMOVE_ATTR,
    &GET_TAG,
    &ADD_TAG,
    &REMOVE_TAG,
    &CLEAR_ALL_TAGS,
];

/// The commands that only read: a call of any other (or of a command not in the table, which
/// `timpush api` may make) is written to the journal.
pub(crate) const READS: [&Rest; 8] = [
    &GET_SCHED,
    &LIST_SCHED,
    &STATISTICS,
    &LOSS,
    &TRACE,
    &GET_ATTR_NAME,
    &GET_ATTR,
    &GET_TAG,
];

/// True unless `path` names a command that only reads.
pub(crate) fn changes(path: &str) -> bool {
    !find(path).is_some_and(|r| READS.contains(&r))
}

/// The command a path names (`timpush/revoke`, `v4/timpush/revoke`, `/v4/timpush/revoke`), if
/// the table has it.
pub(crate) fn find(path: &str) -> Option<&'static Rest> {
    let p = path.trim_start_matches('/');
    let p = p.strip_prefix("v4/").unwrap_or(p);
    ALL.iter().copied().find(|r| r.path == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_limits() {
        let limits: Vec<(&str, u128, bool, bool)> = ALL
            .iter()
            .map(|r| (r.path, r.interval.as_micros(), r.repeatable, r.overlap))
            .collect();
        assert_eq!(
            limits,
            [
                ("timpush/revoke", 1000000, true, false),
                ("timpush/push", 1000000, false, false),
                ("timpush/batch", 1000000, false, false),
                ("timpush/add_sched_task", 200000, false, false),
                ("timpush/modify_sched_task", 200000, true, false),
                ("timpush/delete_sched_task", 200000, true, false),
                ("timpush/get_sched_task", 200000, true, false),
                ("timpush/list_sched_task", 200000, true, false),
                ("timpush/all_member_push_statistics", 1000000, true, false),
                ("timpush/all_member_push_loss", 1000000, true, false),
                ("timpush/all_member_push_trace", 1000000, true, false),
                ("timpush/set_attr_name", 10_500, false, true),
                ("timpush/get_attr_name", 10_500, true, true),
                ("timpush/get_attr", 10_500, true, true),
                ("timpush/set_attr", 10_500, true, true),
                ("timpush/remove_attr", 10_500, false, true),
                ("timpush/get_tag", 10_500, true, true),
                ("timpush/add_tag", 10_500, true, true),
                ("timpush/remove_tag", 10_500, false, true),
                ("timpush/clear_all_tags", 10_500, false, true),
            ]
        );
    }

    #[test]
    fn paths_are_found_however_they_are_written() {
        assert_eq!(find("timpush/revoke"), Some(&REVOKE));
        assert_eq!(find("/v4/timpush/list_sched_task"), Some(&LIST_SCHED));
        assert_eq!(find("v4/timpush/push"), Some(&PUSH));
        assert_eq!(find("openim/querystate"), None);
        assert_eq!(find("timpush/revok"), None);
    }

    #[test]
    fn reads_are_known_and_the_rest_change_something() {
        assert!(!changes("v4/timpush/get_sched_task"));
        assert!(!changes("timpush/all_member_push_trace"));
        assert!(changes("timpush/push"));
        assert!(changes("timpush/revoke"));
        assert!(
            changes("openim/querystate"),
            "unknown: it may change something"
        );
    }
}
