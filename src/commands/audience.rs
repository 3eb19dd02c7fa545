//! `timpush tag …` and `timpush attr …`: the audience's tags and attributes, for a few accounts
//! or a file of millions (see `audience`).

use serde_json::{Map, Value, json};

use crate::audience::{self, AttrName, From, Items, Op, Plan, Rows};
use crate::cli::{AttrCommand, AudienceInput, BulkOpts, ReadArgs, TagCommand};
use crate::client::finished::{Finished, Job};
use crate::error::{Exit, Failure};
use crate::input::Source;
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::session::Session;
use crate::settings::{self, Flags};

pub(crate) fn tag(flags: &Flags, cmd: &TagCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        TagCommand::Add(a) => {
            let op = Op::AddTags { replace: a.replace };
            let mut words = vec!["tag", "add"];
            if a.replace {
                words.push("--replace");
            }
            change(
                flags,
                op,
                &a.input,
                Items::Tags(a.tags.clone()),
                &a.bulk,
                &words,
                rep,
            )
        }
        TagCommand::Rm(a) => change(
            flags,
            Op::RemoveTags,
            &a.input,
            Items::Tags(a.tags.clone()),
            &a.bulk,
            &["tag", "rm"],
            rep,
        ),
        TagCommand::Clear(a) => change(
            flags,
            Op::ClearTags,
            &a.input,
            Items::Nothing,
            &a.bulk,
            &["tag", "clear"],
            rep,
        ),
        TagCommand::Get(a) => read(flags, Op::GetTags, a, rep),
    }
}

pub(crate) fn attr(flags: &Flags, cmd: &AttrCommand, rep: &Reporter) -> Result<Exit, Failure> {
    match cmd {
        AttrCommand::Set(a) => {
            let mut pairs = Vec::new();
            for given in &a.attrs {
                let Some((k, v)) = given.split_once('=') else {
                    return Err(Failure::usage(format!(
                        "--attr \"{}\" is not NAME=VALUE",
                        escape(given)
                    ))
                    .with_hint("e.g. --attr plan=gold"));
                };
                pairs.push((k.trim().to_string(), v.to_string()));
            }
            change(
                flags,
                Op::SetAttrs,
                &a.input,
                Items::Values(pairs),
                &a.bulk,
                &["attr", "set"],
                rep,
            )
        }
        AttrCommand::Rm(a) => change(
            flags,
            Op::RemoveAttrs,
            &a.input,
            Items::Names(a.attrs.clone()),
            &a.bulk,
            &["attr", "rm"],
            rep,
        ),
        AttrCommand::Get(a) => read(flags, Op::GetAttrs, a, rep),
        AttrCommand::Names(a) => match &a.set {
            None => names(flags, rep),
            Some(set) => set_names(flags, set, a.types.as_deref(), a.dry_run, rep),
        },
    }
}

/// Where the accounts come from; a usage error when nothing names any.
fn source(input: &AudienceInput) -> Result<From, Failure> {
    if let Some(f) = &input.from_file {
        return Ok(From::Rows(Source::file_or_stdin(f)));
    }
    if let Some(f) = &input.to_file {
        return Ok(From::List(Source::file_or_stdin(f)));
    }
    if input.accounts.is_empty() {
        return Err(Failure::usage("no account given").with_hint(
            "name accounts as arguments, list them with --to-file FILE, or give rows with --from-file FILE (- for standard input)",
        ));
    }
    Ok(From::Arguments(input.accounts.clone()))
}

/// A command that changes accounts: checked whole first when its input is a file, then sent.
fn change(
    flags: &Flags,
    op: Op,
    input: &AudienceInput,
    common: Items,
    bulk: &BulkOpts,
    words: &[&str],
    rep: &Reporter,
) -> Result<Exit, Failure> {
    let from = source(input)?;
    let common = match from {
        From::Rows(_) => match common {
            Items::Tags(t) | Items::Names(t) if t.is_empty() => Items::Nothing,
            Items::Values(v) if v.is_empty() => Items::Nothing,
            other => other,
        },
        _ => common,
    };
    let rows = Rows::open(&from, op, common.clone())?;
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let names = match op {
        Op::SetAttrs | Op::RemoveAttrs => Some(attr_names(&mut session, rep)?),
        _ => None,
    };
    let total = match &from {
        From::Arguments(_) | From::List(Source::File(_)) | From::Rows(Source::File(_)) => {
            let mut again = Rows::open(&from, op, common.clone())?;
            Some(audience::bulk::count(&mut again, names.as_deref())?)
        }
        _ => None,
    };
    // What goes on from the resume file: the same command, the same things done to a list.
    let mut again: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    if matches!(from, From::List(_) | From::Arguments(_)) {
        match &common {
            Items::Tags(t) => t
                .iter()
                .for_each(|t| again.extend(["--tag".into(), t.clone()])),
            Items::Names(n) => n
                .iter()
                .for_each(|n| again.extend(["--attr".into(), n.clone()])),
            Items::Values(p) => p
                .iter()
                .for_each(|(k, v)| again.extend(["--attr".into(), format!("{k}={v}")])),
            Items::Nothing => {}
        }
    }
    let again_words: Vec<&str> = again.iter().map(String::as_str).collect();
    let plan = Plan {
        op,
        rows,
        names,
        connections: usize::from(bulk.connections),
        dry_run: bulk.dry_run,
        resume_file: bulk.resume_file.as_ref().map(std::path::PathBuf::from),
        total,
        again: crate::next::command(flags, &again_words),
        again_flag: if matches!(from, From::Rows(_)) {
            "--from-file"
        } else {
            "--to-file"
        },
    };
    audience::run(&mut session, plan, rep)
}

/// `tag get`, `attr get`: a table, or one JSON object an account.
fn read(flags: &Flags, op: Op, args: &ReadArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let from = source(&AudienceInput {
        accounts: args.accounts.clone(),
        to_file: args.to_file.clone(),
        from_file: None,
    })?;
    let rows = Rows::open(&from, op, Items::Nothing)?;
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let plan = Plan {
        op,
        rows,
        names: None,
        connections: 4,
        dry_run: false,
        resume_file: None,
        total: None,
        again: String::new(),
        again_flag: "--to-file",
    };
    audience::run(&mut session, plan, rep)
}

/// The app's attribute names, read from the service.
fn attr_names(session: &mut Session, rep: &Reporter) -> Result<Vec<AttrName>, Failure> {
    let rest = &crate::rest::GET_ATTR_NAME;
    let policy = session.policy(rest);
    let ctx = session.hint_context();
    let Some(end) = session.call(rest.path, "{}", policy, rep) else {
        return Err(Failure::new(
            Exit::Interrupted,
            "interrupted before the attribute names were read; nothing was sent",
        ));
    };
    let raw = end.last.answer.as_ref().map(|a| a.raw.clone());
    let f = Finished::new(Job::Read, end, &ctx, false);
    if !f.succeeded() {
        let mut fail = Failure::new(
            f.exit,
            format!("reading the attribute names: {}", f.message),
        );
        if let Some(h) = f.hint {
            fail = fail.with_hint(h);
        }
        return Err(fail);
    }
    audience::names_of(
        &raw.as_ref()
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
    )
    .map_err(|e| {
        Failure::new(Exit::Unknown, format!("reading the attribute names: {e}"))
            .with_hint(crate::client::finished::PROTOCOL_HINT)
    })
}

fn kind_of(a: &AttrName) -> &'static str {
    if a.registration {
        "registration"
    } else {
        "user"
    }
}

/// `attr names`: the app's attribute names, a table or one JSON object each.
fn names(flags: &Flags, rep: &Reporter) -> Result<Exit, Failure> {
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let names = attr_names(&mut session, rep)?;
    if rep.json() {
        for a in &names {
            rep.object(
                &json!({"kind": "attr_name", "index": a.index, "name": a.name, "type": kind_of(a)}),
            );
        }
    } else if names.is_empty() {
        rep.note(
            "the app has no attribute names; set them with timpush attr names --set 0=plan,1=city",
        );
    } else {
        rep.stdout(&format!("{:<5}  {:<20}  ACCOUNTS", "INDEX", "NAME"));
        for a in &names {
            rep.stdout(&format!(
                "{:<5}  {:<20}  {}",
                a.index,
                escape(&a.name),
                if a.registration {
                    "RegistrationIDs"
                } else {
                    "UserIDs"
                }
            ));
        }
    }
    Ok(rep.settle(Exit::Success))
}

/// `attr names --set`: names the attributes (and their kinds).
fn set_names(
    flags: &Flags,
    set: &str,
    types: Option<&str>,
    dry_run: bool,
    rep: &Reporter,
) -> Result<Exit, Failure> {
    let (attrs, body) = audience::names_body(set, types)?;
    let rest = &crate::rest::SET_ATTR_NAME;
    let text = body.to_string();
    if dry_run {
        if rep.json() {
            rep.object(&json!({"kind": "call", "path": format!("v4/{}", rest.path), "body": body}));
        } else {
            rep.stdout(&format!("POST v4/{} {text}", rest.path));
            rep.note("dry run: nothing was sent");
        }
        return Ok(rep.settle(Exit::Success));
    }
    let settings = settings::resolve(flags)?;
    let mut session = Session::open(settings, rep)?;
    let policy = session.policy(rest);
    let ctx = session.hint_context();
    let Some(end) = session.call(rest.path, &text, policy, rep) else {
        rep.error("interrupted before the call; nothing was sent", None);
        return Ok(Exit::Interrupted);
    };
    let f = Finished::new(Job::Call, end, &ctx, false);
    let listed: Vec<String> = attrs
        .iter()
        .map(|a| {
            format!(
                "{}={} ({}s)",
                a.index,
                escape(&a.name),
                if a.registration {
                    "RegistrationID"
                } else {
                    "UserID"
                }
            )
        })
        .collect();
    let mut entry = crate::journal::entry(&session.settings, "attr names");
    entry.insert(
        "names".into(),
        Value::Object(
            attrs
                .iter()
                .map(|a| (a.index.to_string(), Value::from(a.name.clone())))
                .collect::<Map<_, _>>(),
        ),
    );
    crate::journal::finish(&mut entry, &f);
    let journal = crate::journal::Journal::of(&session.settings);
    crate::journal::record(journal.as_ref(), entry, rep);
    if rep.json() {
        let mut subject = Map::new();
        subject.insert("kind".into(), "attr_names".into());
        subject.insert("AttrNames".into(), body["AttrNames"].clone());
        rep.object(&f.json(subject));
    }
    if f.succeeded() {
        if !rep.json() {
            rep.stdout(&format!("attribute names set: {}", listed.join(", ")));
        }
    } else {
        rep.error(&format!("attr names: {}", f.message), f.hint.as_deref());
    }
    Ok(rep.settle(f.exit))
}
