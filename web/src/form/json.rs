//! Dotted scenario paths in scenario JSON: set a value, drop a refused one, and turn
//! the engine's error paths into field names.
use serde_json::{Map, Value};

/// Turns an engine error path (`plans.trainings[0].cost`) into a field name
/// (`plans.trainings.0.cost`).
pub fn field_name(engine_path: &str) -> String {
    engine_path.replace('[', ".").replace(']', "")
}

/// Sets `value` at a dotted path, creating objects on the way; numeric segments index
/// into arrays that already exist (out of range: ignored).
pub fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut current = root;
    let segments: Vec<&str> = path.split('.').collect();
    for (n, segment) in segments.iter().enumerate() {
        let last = n + 1 == segments.len();
        current = match current {
            Value::Array(items) => {
                match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(item) => item,
                    None => return,
                }
            }
            Value::Object(map) => {
                if last {
                    map.insert(segment.to_string(), value);
                    return;
                }
                let entry = map
                    .entry(segment.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                if entry.is_null() {
                    *entry = Value::Object(Map::new());
                }
                entry
            }
            _ => return,
        };
        if last {
            *current = value;
            return;
        }
    }
}

/// Removes the value at a dotted path (used to drop a value the engine refused).
pub fn remove_path(root: &mut Value, path: &str) -> bool {
    let Some((parent, key)) = path.rsplit_once('.') else {
        return root.as_object_mut().and_then(|m| m.remove(path)).is_some();
    };
    let mut current = root;
    for segment in parent.split('.') {
        current = match current {
            Value::Array(items) => {
                match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(item) => item,
                    None => return false,
                }
            }
            Value::Object(map) => match map.get_mut(segment) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match current {
        Value::Object(map) => map.remove(key).is_some(),
        Value::Array(items) => match key.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items[i] = Value::Object(Map::new());
                true
            }
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remove_path_drops_a_refused_value() {
        let mut v = serde_json::json!({"company": {"turnover": "1"}, "plans": {"trainings": [{"cost": "x"}]}});
        assert!(remove_path(&mut v, "company.turnover"));
        assert!(remove_path(&mut v, "plans.trainings.0.cost"));
        assert_eq!(
            v,
            serde_json::json!({"company": {}, "plans": {"trainings": [{}]}})
        );
    }
}
