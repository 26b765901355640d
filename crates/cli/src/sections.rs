//! The parts of the `--format text` report that follow the engine's additions of
//! 2026-11-28: the assumed answers, the open questions that hold money back, and
//! "Wat kan wanneer" (the timeline), with dates in the reader's format.

use crate::render::format_money;
use eligibility::text::{self, Lang};
use eligibility::Report;
use std::fmt::Write as _;

struct Words {
    assumptions: &'static str,
    open_questions: &'static str,
    timeline: &'static str,
    not_asked: &'static str,
}

fn words(lang: Lang) -> Words {
    Words {
        assumptions: text::word("cli.assumptions", lang),
        open_questions: text::word("cli.open-questions", lang),
        timeline: text::word("cli.timeline", lang),
        not_asked: text::word("cli.not-asked", lang),
    }
}

/// The note of the table for a measure the reader did not ask about (`--measures`).
pub fn not_asked(lang: Lang) -> &'static str {
    words(lang).not_asked
}

/// Writes the assumptions, the open questions and the timeline (each only when it has
/// something to say).
pub fn write(out: &mut String, report: &Report, lang: Lang) {
    let w = words(lang);
    let names = |ids: &[eligibility::MeasureId]| {
        ids.iter()
            .map(|m| text::measure_name(*m, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !report.assumptions.is_empty() {
        let _ = writeln!(out, "\n{}", w.assumptions);
        for a in &report.assumptions {
            if let Some(sentence) = text::assumption_text(a, lang) {
                let _ = writeln!(out, "  · {sentence} ({})", names(&a.measures));
            }
        }
    }
    let held: Vec<_> = report
        .open_questions
        .iter()
        .filter(|q| !q.amount.0.is_zero())
        .collect();
    if !held.is_empty() {
        let _ = writeln!(out, "\n{}", w.open_questions);
        for q in held {
            let _ = writeln!(
                out,
                "  ? {}: {} ({})",
                text::field_label(&q.field, lang),
                format_money(q.amount, lang),
                names(&q.measures)
            );
        }
    }
    if !report.timeline.is_empty() {
        let _ = writeln!(out, "\n{}", w.timeline);
        for e in &report.timeline {
            let _ = writeln!(
                out,
                "  {}  {}: {}",
                text::format_date(&e.date.to_string(), lang),
                text::measure_name(e.measure, lang),
                text::timeline_text(e, lang)
            );
        }
    }
}
