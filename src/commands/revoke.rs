//! `timpush revoke`: recall push tasks through POST v4/timpush/revoke.

use std::collections::HashSet;

use crate::cli::RevokeArgs;
use crate::error::{Exit, Failure};
use crate::input::{self, Item, Source};
use crate::output::Reporter;
use crate::recall::{self, RecallRequest};
use crate::session::Session;
use crate::settings::{self, Flags};
use crate::taskid::TaskId;
use crate::wire::OfflinePushInfo;

pub(crate) fn run(flags: &Flags, args: &RevokeArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let req = request(args, rep)?;
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    recall::run(&mut session, &req, rep)
}

/// The recall the arguments ask for, checked before anything is resolved or sent.
fn request(args: &RevokeArgs, rep: &Reporter) -> Result<RecallRequest, Failure> {
    let info = OfflinePushInfo::from_flags(args.title.clone(), args.desc.clone(), args.ext.clone())
        .map_err(Failure::usage)?;
    Ok(RecallRequest {
        ids: collect_task_ids(args, rep)?,
        info,
        dry_run: args.dry_run,
        strict: args.strict,
        fail_fast: args.fail_fast,
    })
}

/// TaskIds from --task-id, then --from-file, in order, each once.
fn collect_task_ids(args: &RevokeArgs, rep: &Reporter) -> Result<Vec<TaskId>, Failure> {
    let mut raw: Vec<Item> = args
        .task_ids
        .iter()
        .map(|t| Item {
            text: t.clone(),
            origin: "--task-id".into(),
        })
        .collect();
    if let Some(path) = &args.from_file {
        raw.extend(input::list("--from-file", &Source::file_or_stdin(path))?);
    }
    if raw.is_empty() {
        return Err(Failure::usage("no TaskId given").with_hint(
            "pass --task-id ID (repeatable) or --from-file FILE (- for standard input)",
        ));
    }
    let mut seen = HashSet::new();
    let mut ids = Vec::new();
    for item in raw {
        let id = TaskId::parse(&item.text)
            .map_err(|e| Failure::usage(format!("{}: {e}", item.origin)))?;
        if seen.insert(id.clone()) {
            ids.push(id);
        } else {
            rep.note(&format!(
                "{id} is given more than once ({}); it is recalled once",
                item.origin
            ));
        }
    }
    Ok(ids)
}
