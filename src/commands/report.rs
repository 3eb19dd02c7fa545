//! `timpush report`: what this app sent in a window (from the journal) and how far each push
//! got (from the service's statistics, read as every report is, paced): one row per push, then
//! the totals. Figures that could not be read are said to be unknown, never shown as zeros.

use serde_json::{Map, Value, json};

use crate::cli::ReportArgs;
use crate::error::{Exit, Failure};
use crate::journal::{Journal, TakenBack};
use crate::output::Reporter;
use crate::sanitize::escape;
use crate::schedule;
use crate::session::Session;
use crate::settings::{self, Flags};
use crate::timefmt::{now_unix, table_time};

/// TaskIDs one statistics call takes.
const PER_CALL: usize = 5;
/// How far back the statistics reach (docs/service.md 5.1).
const DAYS: i64 = 30;

/// One push of the window.
struct Row {
    at: i64,
    profile: String,
    title: String,
    audience: Value,
    state: &'static str,
    /// A push's TaskId, or a scheduled push's TaskID.
    id: String,
    scheduled: bool,
    figures: Figures,
}

/// How far a push got, as the statistics say.
#[derive(Clone, Copy, Default)]
enum Figures {
    /// No figures are read for it (a scheduled push, a push whose outcome is unknown).
    #[default]
    None,
    /// Asked for and not read (the call failed, or the answer left it out).
    Unknown,
    /// The statistics have nothing yet (a fresh batch push).
    NotYet,
    Read {
        targeted: u64,
        delivered: u64,
        clicked: u64,
    },
}

pub(crate) fn run(flags: &Flags, a: &ReportArgs, rep: &Reporter) -> Result<Exit, Failure> {
    let now = now_unix();
    let since = schedule::time_or_duration("--since", &a.since, now, false)?;
    if since < now - DAYS * 86400 {
        return Err(Failure::usage(format!(
            "--since {} is more than {DAYS} days back; the service's statistics reach {DAYS} days",
            crate::timefmt::both_zones(since)
        ))
        .with_hint("give --since within 30d; timpush log lists older pushes without figures"));
    }
    let settings = settings::resolve(flags)?;
    let app = settings.sdkappid.value as u64;
    let journal = Journal::of(&settings);
    let entries = match journal.as_ref().map(|j| j.read_since(since, rep)) {
        Some(Ok(e)) => e,
        Some(Err(e)) => return Err(e.failure()),
        None => Vec::new(),
    };
    let taken_back = TakenBack::of(&entries);
    let cancelled: Vec<u64> = entries
        .iter()
        .filter(|e| e.get("outcome").and_then(Value::as_str) == Some("cancelled"))
        .filter_map(|e| e.get("TaskID").and_then(Value::as_u64))
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    for e in &entries {
        let of = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or_default();
        let at = e.get("unix").and_then(Value::as_i64).unwrap_or(0);
        if e.get("sdkappid").and_then(Value::as_u64) != Some(app) || at < since {
            continue;
        }
        let (state, id, scheduled) = match (of("command"), of("outcome")) {
            ("push" | "batch", outcome @ ("pushed" | "unknown")) => {
                let state = match taken_back.how(e) {
                    Some(_) => "recalled",
                    None if outcome == "pushed" => "pushed",
                    None => "unknown",
                };
                (state, of("TaskId").to_string(), false)
            }
            ("sched add", "scheduled") => {
                let Some(n) = e.get("TaskID").and_then(Value::as_u64) else {
                    continue;
                };
                let state = if cancelled.contains(&n) {
                    "cancelled"
                } else {
                    "scheduled"
                };
                (state, n.to_string(), true)
            }
            _ => continue,
        };
        let audience = match e.get("audience") {
            Some(v @ Value::Object(_)) => v.clone(),
            Some(Value::String(s)) => json!({"text": s}),
            _ => Value::Null,
        };
        rows.push(Row {
            at,
            profile: of("profile").to_string(),
            title: of("title").to_string(),
            audience,
            state,
            figures: if !scheduled && !id.is_empty() && state != "unknown" {
                Figures::Unknown
            } else {
                Figures::None
            },
            id,
            scheduled,
        });
    }
    let mut first_failure = None;
    let asked: Vec<String> = rows
        .iter()
        .filter(|r| matches!(r.figures, Figures::Unknown))
        .map(|r| r.id.clone())
        .collect();
    if !asked.is_empty() {
        let mut session = Session::open(settings, rep)?;
        for chunk in asked.chunks(PER_CALL) {
            if crate::signals::interrupted() || !rep.delivering() {
                first_failure.get_or_insert(Exit::Interrupted);
                break;
            }
            let body = json!({"StartTime": since, "EndTime": now, "TaskID": chunk});
            let results = match schedule::read(&mut session, schedule::STATISTICS, &body, rep) {
                Ok(v) => v.get("Results").and_then(Value::as_array).cloned(),
                Err(f) => {
                    rep.warn(&format!(
                        "the statistics of {} could not be read: {}; their figures are unknown",
                        chunk.join(" "),
                        f.message
                    ));
                    first_failure.get_or_insert(f.exit);
                    continue;
                }
            };
            let Some(results) = results else {
                rep.warn("the statistics answered without Results; their figures are unknown");
                first_failure.get_or_insert(Exit::Unknown);
                continue;
            };
            for r in &results {
                let Some(id) = r.get("TaskID").and_then(Value::as_str) else {
                    continue;
                };
                let n = |k: &str| r.get(k).and_then(Value::as_u64);
                let figures = match (n("TotalCount"), n("DeliveredCount"), n("ClickCount")) {
                    (Some(0), Some(0), _) if id.starts_with("batch_") => Figures::NotYet,
                    (Some(targeted), Some(delivered), Some(clicked)) => Figures::Read {
                        targeted,
                        delivered,
                        clicked,
                    },
                    _ => Figures::Unknown,
                };
                for row in rows.iter_mut().filter(|row| row.id == id) {
                    row.figures = figures;
                }
            }
        }
    }
    // A fresh batch push that the statistics leave out has no figures yet (docs/service.md 5.1).
    for row in rows.iter_mut() {
        if matches!(row.figures, Figures::Unknown) && row.id.starts_with("batch_") {
            row.figures = Figures::NotYet;
        }
    }
    show(&rows, since, a.wide, rep);
    if rows.iter().any(|r| matches!(r.figures, Figures::Unknown)) && first_failure.is_none() {
        rep.warn(
            "some pushes' figures were not in the statistics' answer; they are shown as unknown",
        );
        first_failure = Some(Exit::Unknown);
    }
    Ok(rep.settle(first_failure.unwrap_or(Exit::Success)))
}

fn percent(part: u64, of: u64) -> Option<u64> {
    (of > 0).then(|| (part * 100 + of / 2) / of)
}

fn show(rows: &[Row], since: i64, wide: bool, rep: &Reporter) {
    let (mut targeted, mut delivered, mut clicked) = (0u64, 0u64, 0u64);
    let mut states: Vec<(&str, usize)> = Vec::new();
    let times: Vec<String> = rows.iter().map(|r| table_time(r.at)).collect();
    // On a narrow terminal the title and audience are shortened in the middle, unless --wide.
    let mut table = crate::output::Table::new(&[
        ("TIME (HERE)", 26, false, false),
        ("PROFILE", 10, false, false),
        ("TITLE", 20, false, true),
        ("AUDIENCE", 32, false, true),
        ("STATE", 10, false, false),
        ("TARGETED", 9, true, false),
        ("DELIVERED", 16, true, false),
        ("CLICKED", 14, true, false),
    ]);
    for (r, time) in rows.iter().zip(&times) {
        match states.iter_mut().find(|(s, _)| *s == r.state) {
            Some((_, n)) => *n += 1,
            None => states.push((r.state, 1)),
        }
        let audience = r
            .audience
            .get("text")
            .and_then(Value::as_str)
            .map(escape)
            .unwrap_or_else(|| "-".into());
        if let Figures::Read {
            targeted: t,
            delivered: d,
            clicked: c,
        } = r.figures
        {
            targeted += t;
            delivered += d;
            clicked += c;
        }
        if rep.json() {
            let mut o = Map::new();
            o.insert("kind".into(), "push".into());
            o.insert("time".into(), crate::timefmt::iso_utc(r.at).into());
            o.insert("profile".into(), r.profile.clone().into());
            o.insert(
                if r.scheduled { "TaskID" } else { "TaskId" }.into(),
                if r.scheduled {
                    r.id.parse::<u64>().map_or(Value::Null, Value::from)
                } else {
                    r.id.clone().into()
                },
            );
            o.insert("title".into(), r.title.clone().into());
            o.insert("audience".into(), r.audience.clone());
            o.insert("state".into(), r.state.into());
            let (t, d, c, figures) = match r.figures {
                Figures::Read {
                    targeted,
                    delivered,
                    clicked,
                } => (
                    Value::from(targeted),
                    Value::from(delivered),
                    Value::from(clicked),
                    "read",
                ),
                Figures::None => (Value::Null, Value::Null, Value::Null, "none"),
                Figures::Unknown => (Value::Null, Value::Null, Value::Null, "unknown"),
                Figures::NotYet => (Value::Null, Value::Null, Value::Null, "not_yet"),
            };
            o.insert("figures".into(), figures.into());
            o.insert("targeted".into(), t);
            o.insert("delivered".into(), d);
            o.insert("clicked".into(), c);
            rep.object(&Value::Object(o));
            continue;
        }
        let (t, d, c) = match r.figures {
            Figures::Read {
                targeted: t,
                delivered: d,
                clicked: c,
            } => (t.to_string(), with_percent(d, t), with_percent(c, d)),
            Figures::None => ("-".into(), "-".into(), "-".into()),
            Figures::Unknown => ("unknown".into(), "unknown".into(), "unknown".into()),
            Figures::NotYet => ("not yet".into(), "not yet".into(), "not yet".into()),
        };
        table.row(vec![
            time.clone(),
            escape(&r.profile),
            escape(&r.title),
            audience,
            r.state.to_string(),
            t,
            d,
            c,
        ]);
    }
    if !rep.json() && !rows.is_empty() {
        table.print(rep, wide);
    }
    let states_text = if states.is_empty() {
        String::new()
    } else {
        format!(
            " ({})",
            states
                .iter()
                .map(|(s, n)| format!("{n} {s}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    if rep.json() {
        rep.object(&json!({
            "kind": "total",
            "since": crate::timefmt::iso_utc(since),
            "pushes": rows.len(),
            "states": states.iter().map(|(s, n)| (s.to_string(), Value::from(*n))).collect::<Map<_, _>>(),
            "targeted": targeted,
            "delivered": delivered,
            "clicked": clicked,
        }));
    } else {
        rep.stdout(&format!(
            "total since {}: {} push{}{states_text}; targeted {targeted} → delivered {} → clicked {}",
            crate::timefmt::since_name(since),
            rows.len(),
            if rows.len() == 1 { "" } else { "es" },
            with_percent(delivered, targeted),
            with_percent(clicked, delivered)
        ));
    }
}

/// `900 (90%)`: a count, and its share of what came before it.
fn with_percent(part: u64, of: u64) -> String {
    match percent(part, of) {
        Some(p) => format!("{part} ({p}%)"),
        None => part.to_string(),
    }
}
