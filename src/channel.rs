//! The channels a push reaches devices through, in words: `PushPlatform` names a vendor,
//! `EventType` 1 is an offline (vendor) push and 2 an online one (docs/service.md 5.1, 8).

use serde_json::Value;

/// A vendor channel's name, by `PushPlatform`.
pub(crate) fn vendor(platform: i64) -> Option<&'static str> {
    Some(match platform {
        0 => "unknown",
        1 => "APNs",
        2 => "Xiaomi",
        3 => "Huawei",
        4 => "FCM",
        5 => "Meizu",
        6 => "OPPO",
        7 => "vivo",
        8 => "Honor",
        _ => return None,
    })
}

/// A channel of a statistics row (`EventType`, `PushPlatform`), in words: "Xiaomi", "online".
pub(crate) fn channel_name(row: &Value) -> String {
    let platform = row.get("PushPlatform").and_then(Value::as_i64);
    match (row.get("EventType").and_then(Value::as_i64), platform) {
        (Some(2), _) => "online".into(),
        (Some(1), Some(p)) => match vendor(p) {
            Some(v) => v.into(),
            None => format!("vendor {p}"),
        },
        (e, p) => format!(
            "event {}, platform {}",
            e.map_or("?".into(), |e| e.to_string()),
            p.map_or("?".into(), |p| p.to_string())
        ),
    }
}
