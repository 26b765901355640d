//! A test that keeps the modules free of import cycles: every `crate::<module>` a
//! module's code names (comments and its tests left out) is an edge, and the graph of
//! the top-level modules (`components/*` counts as `components`) must have no cycle.
//! `i18n` names no module but `field_error`.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module of a source file ("components/field.rs" → "components").
fn module_of(relative: &Path) -> String {
    let first = relative.components().next().expect("a path");
    let first = first.as_os_str().to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The modules that code (not comments, not `#[cfg(test)]` modules) names as `crate::x`.
fn named_modules(source: &str) -> BTreeSet<String> {
    let code = source.split("#[cfg(test)]\nmod ").next().unwrap_or(source);
    let mut out = BTreeSet::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '{')
                .collect();
            if name.starts_with('{') {
                // `crate::{a, b::c}`: each name up to the closing brace.
                let group = rest[1..].split('}').next().unwrap_or("");
                for item in group.split(',') {
                    let item = item.trim().split("::").next().unwrap_or("").trim();
                    if !item.is_empty() {
                        out.insert(item.to_string());
                    }
                }
            } else if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, BTreeSet<String>>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root).expect("under src");
                let module = module_of(relative);
                if module == "module_graph" || module == "lib" || module == "main" {
                    continue;
                }
                let source = std::fs::read_to_string(&path).expect("readable source");
                let edges = out.entry(module.clone()).or_default();
                edges.extend(named_modules(&source).into_iter().filter(|m| *m != module));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// A cycle through `start`, if any (depth-first).
fn cycle_from(
    graph: &BTreeMap<String, BTreeSet<String>>,
    start: &str,
    at: &str,
    path: &mut Vec<String>,
) -> Option<Vec<String>> {
    for next in graph.get(at).into_iter().flatten() {
        if next == start {
            let mut cycle = path.clone();
            cycle.push(next.clone());
            return Some(cycle);
        }
        if !path.contains(next) {
            path.push(next.clone());
            if let Some(c) = cycle_from(graph, start, next, path) {
                return Some(c);
            }
            path.pop();
        }
    }
    None
}

#[test]
fn the_modules_import_each_other_without_cycles() {
    let graph = graph();
    assert!(graph.contains_key("components") && graph.contains_key("questions"));
    for module in graph.keys() {
        let mut path = vec![module.clone()];
        if let Some(cycle) = cycle_from(&graph, module, module, &mut path) {
            panic!("import cycle: {}", cycle.join(" → "));
        }
    }
    assert_eq!(
        graph["i18n"],
        BTreeSet::from(["field_error".to_string()]),
        "the texts name no other module"
    );
    assert!(graph["field_error"].is_empty());
    for view in ["components", "pages"] {
        for root in ["app", "mount"] {
            assert!(!graph[view].contains(root), "{view} imports {root}");
        }
    }
}

#[test]
fn the_import_scanner_reads_groups_and_skips_comments() {
    let found = named_modules(
        "use crate::{a, b::c};\n// crate::z\nfn f() { crate::d::e(); }\n#[cfg(test)]\nmod tests { use crate::y; }",
    );
    assert_eq!(
        found,
        ["a", "b", "d"].map(String::from).into_iter().collect()
    );
}
