//! The `--format text` output: a table of measures, then the reasons per measure and
//! per plan item, rendered through `eligibility::text` in the chosen language.

use eligibility::text::{self, Lang};
use eligibility::text::{eu_size_label, fiscal_size_label, plan_label, status_label};
use eligibility::{Money, Outcome, Reason, Report};
use std::fmt::Write as _;

/// Words of the CLI's own layout, from the language files (`cli.*`).
struct Words {
    report: &'static str,
    rules: &'static str,
    size: &'static str,
    eu: &'static str,
    fiscal: &'static str,
    measure: &'static str,
    status: &'static str,
    amount: &'static str,
    not_planned: &'static str,
    total_grants: &'static str,
    total_deductions: &'static str,
    de_minimis: &'static str,
    used: &'static str,
    planned: &'static str,
    ceiling: &'static str,
    headroom: &'static str,
    missing: &'static str,
    reasons: &'static str,
    next_steps: &'static str,
    aid: &'static str,
    eligible_cost: &'static str,
    rate: &'static str,
    deduction: &'static str,
    deduction_rate: &'static str,
    error: &'static str,
    sources: &'static str,
}

fn words(lang: Lang) -> Words {
    let w = |key| text::word(key, lang);
    Words {
        report: w("cli.report"),
        rules: w("cli.rules"),
        size: w("cli.size"),
        eu: w("cli.eu"),
        fiscal: w("cli.fiscal"),
        measure: w("cli.measure"),
        status: w("cli.status"),
        amount: w("cli.amount"),
        not_planned: w("cli.not-planned"),
        total_grants: w("cli.total-grants"),
        total_deductions: w("cli.total-deductions"),
        de_minimis: w("cli.de-minimis"),
        used: w("cli.used"),
        planned: w("cli.planned"),
        ceiling: w("cli.ceiling"),
        headroom: w("cli.headroom"),
        missing: w("cli.missing"),
        reasons: w("cli.reasons"),
        next_steps: w("cli.next-steps"),
        aid: w("cli.aid"),
        eligible_cost: w("cli.eligible-cost"),
        rate: w("cli.rate"),
        deduction: w("cli.deduction"),
        deduction_rate: w("cli.deduction-rate"),
        error: w("cli.error"),
        sources: w("cli.sources"),
    }
}

/// A money amount in the conventions of `lang` (the engine's [`text::format_money`]):
/// `1.234,56 €` (nl), `€1,234.56` (en), `1 234,56 €` (fr).
pub fn format_money(amount: Money, lang: Lang) -> String {
    text::format_money(&amount.to_string(), lang)
}

/// Terminal text uses plain spaces where the shared formats have no-break ones, so that
/// the output stays easy to read, search and compare in any terminal or script.
fn plain_spaces(text: String) -> String {
    if text.contains([text::NO_BREAK_SPACE, text::NARROW_NO_BREAK_SPACE]) {
        text.replace([text::NO_BREAK_SPACE, text::NARROW_NO_BREAK_SPACE], " ")
    } else {
        text
    }
}

fn outcome_mark(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Pass => "✓",
        Outcome::Fail => "✗",
        Outcome::Unknown => "?",
        Outcome::Info => "·",
    }
}

/// The sources cited in one text report, numbered in order of first citation.
#[derive(Default)]
struct Notes(Vec<&'static str>);

impl Notes {
    /// The number of `source` (from 1), adding it when new.
    fn number(&mut self, source: &'static str) -> usize {
        match self.0.iter().position(|s| *s == source) {
            Some(i) => i + 1,
            None => {
                self.0.push(source);
                self.0.len()
            }
        }
    }

    /// The numbered list: public title, then the address.
    fn write(&self, out: &mut String, title: &str, lang: Lang) {
        if self.0.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{title}");
        for (i, id) in self.0.iter().enumerate() {
            let _ = writeln!(out, "  [{}] {}", i + 1, text::source_title(id, lang));
            if let Some(url) = eligibility::sources::source(id).and_then(|s| s.url) {
                let _ = writeln!(out, "      {url}");
            }
        }
    }
}

fn reason_line(out: &mut String, indent: &str, reason: &Reason, lang: Lang, notes: &mut Notes) {
    let _ = writeln!(
        out,
        "{indent}{} {} [{}]",
        outcome_mark(reason.outcome),
        text::reason_text(reason, lang),
        notes.number(reason.source)
    );
}

/// Pads `text` to `width` characters (not bytes).
fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(n)))
}

fn pad_left(text: &str, width: usize) -> String {
    let n = text.chars().count();
    format!("{}{text}", " ".repeat(width.saturating_sub(n)))
}

/// The header line of one file in a batch.
pub fn file_header(name: &str) -> String {
    format!("=== {name} ===\n")
}

/// One error line in a text batch.
pub fn error_line(lang: Lang, message: &str) -> String {
    format!("{}: {message}\n", words(lang).error)
}

/// The report as a table followed by the reasons.
pub fn report_text(report: &Report, lang: Lang) -> String {
    let w = words(lang);
    let mut notes = Notes::default();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} ({} {})",
        w.report,
        text::format_date(&report.date.to_string(), lang),
        w.rules,
        report.rules_version
    );
    // The engine's fiscal labels say "fiscaal klein"; only "unknown" needs the context.
    let fiscal = match report.size.fiscal {
        eligibility::FiscalSize::Unknown => {
            format!(
                "{} ({})",
                fiscal_size_label(report.size.fiscal, lang),
                w.fiscal
            )
        }
        known => fiscal_size_label(known, lang).to_string(),
    };
    let _ = writeln!(
        out,
        "{}: {} ({}), {fiscal}",
        w.size,
        eu_size_label(report.size.eu, lang),
        w.eu,
    );
    out.push('\n');

    // The table: measure, status, amount, and a note for measures judged without a plan.
    let rows: Vec<[String; 4]> = report
        .measures
        .iter()
        .map(|m| {
            let note = if !m.asked {
                crate::sections::not_asked(lang)
            } else if !m.planned && m.kind != eligibility::Kind::Signpost {
                w.not_planned
            } else {
                ""
            };
            [
                text::measure_name(m.id, lang).to_string(),
                status_label(m.status, lang).to_string(),
                format_money(m.amount, lang),
                note.to_string(),
            ]
        })
        .collect();
    let width = |col: usize, title: &str| {
        rows.iter()
            .map(|r| r[col].chars().count())
            .chain([title.chars().count()])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0, w.measure), width(1, w.status), width(2, w.amount));
    let rule = "-".repeat(w0 + w1 + w2 + 4);
    let _ = writeln!(
        out,
        "{}  {}  {}",
        pad(w.measure, w0),
        pad(w.status, w1),
        pad_left(w.amount, w2)
    );
    let _ = writeln!(out, "{rule}");
    for r in &rows {
        let line = format!(
            "{}  {}  {}  {}",
            pad(&r[0], w0),
            pad(&r[1], w1),
            pad_left(&r[2], w2),
            r[3]
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out, "{rule}");
    let totals = [
        (w.total_grants, report.totals.grants),
        (w.total_deductions, report.totals.tax_deductions),
    ];
    for (label, amount) in totals {
        let _ = writeln!(
            out,
            "{}  {}",
            pad(label, w0 + w1 + 2),
            pad_left(&format_money(amount, lang), w2)
        );
    }
    let dm = &report.de_minimis;
    let _ = writeln!(
        out,
        "\n{}: {} {}, {} {}, {} {}, {} {}",
        w.de_minimis,
        w.used,
        format_money(dm.used, lang),
        w.planned,
        format_money(dm.planned, lang),
        w.ceiling,
        format_money(dm.ceiling, lang),
        w.headroom,
        format_money(dm.headroom, lang)
    );
    if let Some(k) = &report.kmo_portefeuille_ceiling {
        let mut line = format!(
            "{} {}: {} {}",
            text::measure_name(eligibility::MeasureId::KmoPortefeuille, lang),
            k.year,
            w.ceiling,
            format_money(k.ceiling, lang)
        );
        if let Some(received) = k.received {
            let _ = write!(line, ", {} {}", w.used, format_money(received, lang));
        }
        let _ = writeln!(
            out,
            "{line}, {} {}, {} {}",
            w.planned,
            format_money(k.planned, lang),
            w.headroom,
            format_money(k.remaining, lang)
        );
    }
    if !report.missing.is_empty() {
        let _ = writeln!(out, "{}: {}", w.missing, report.missing.join(", "));
    }
    crate::sections::write(&mut out, report, lang);

    // The reasons.
    let _ = writeln!(out, "\n{}", w.reasons);
    if !report.size.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", w.size);
        for r in &report.size.reasons {
            reason_line(&mut out, "  ", r, lang, &mut notes);
        }
    }
    for m in &report.measures {
        let _ = writeln!(
            out,
            "\n{} — {} — {}",
            text::measure_name(m.id, lang),
            status_label(m.status, lang),
            format_money(m.amount, lang)
        );
        for r in &m.reasons {
            reason_line(&mut out, "  ", r, lang, &mut notes);
        }
        for item in &m.items {
            let label = item
                .label
                .clone()
                .unwrap_or_else(|| format!("#{}", item.index + 1));
            let mut figures = Vec::new();
            if let Some(cost) = item.eligible_cost {
                figures.push(format!("{} {}", w.eligible_cost, format_money(cost, lang)));
            }
            let deduction = m.kind == eligibility::Kind::TaxDeduction;
            if let Some(rate) = item.rate {
                let rate_word = if deduction { w.deduction_rate } else { w.rate };
                figures.push(format!("{rate_word} {rate} %"));
            }
            let figures = if figures.is_empty() {
                String::new()
            } else {
                format!(" ({})", figures.join(", "))
            };
            let _ = writeln!(
                out,
                "  - {} {}: {} — {} {}{figures}",
                plan_label(item.plan, lang),
                label,
                status_label(item.status, lang),
                if deduction { w.deduction } else { w.aid },
                format_money(item.aid, lang),
            );
            for r in &item.reasons {
                reason_line(&mut out, "      ", r, lang, &mut notes);
            }
        }
        if !m.next_steps.is_empty() {
            let _ = writeln!(out, "  {}:", w.next_steps);
            for r in &m.next_steps {
                reason_line(&mut out, "    ", r, lang, &mut notes);
            }
        }
    }
    if !dm.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", w.de_minimis);
        for r in &dm.reasons {
            reason_line(&mut out, "  ", r, lang, &mut notes);
        }
    }
    notes.write(&mut out, w.sources, lang);
    plain_spaces(out)
}

fn unit_suffix(unit: &str, value: &str, lang: Lang) -> String {
    match unit {
        "eur" => text::format_money(value, lang),
        "percent" => text::format_percent(value, lang),
        "number" => text::format_number(value, lang),
        "date" => text::format_date(value, lang),
        _ => value.to_string(),
    }
}

/// Every rule parameter, by what it means for a company, with its validity periods,
/// values and numbered sources.
pub fn rules_text(lang: Lang) -> String {
    let w = words(lang);
    let rules = eligibility::rules_by_id();
    let mut notes = Notes::default();
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", w.rules, eligibility::RULES_VERSION);
    for p in &rules {
        let _ = writeln!(
            out,
            "\n{}",
            text::parameter_note(p.id, lang).unwrap_or(p.id)
        );
        let rows: Vec<[String; 3]> = p
            .periods
            .iter()
            .map(|period| {
                let from = text::format_date(&period.valid_from, lang);
                let span = match &period.valid_until {
                    Some(u) => format!("{from} – {}", text::format_date(u, lang)),
                    None => format!("{from} –"),
                };
                [
                    span,
                    unit_suffix(p.unit, &period.value, lang),
                    format!("[{}]", notes.number(period.source)),
                ]
            })
            .collect();
        let widths: Vec<usize> = (0..2)
            .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        for r in &rows {
            let _ = writeln!(
                out,
                "  {}  {}  {}",
                pad(&r[0], widths[0]),
                pad_left(&r[1], widths[1]),
                r[2]
            );
        }
    }
    notes.write(&mut out, w.sources, lang);
    plain_spaces(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_each_language_with_plain_spaces() {
        let plain = |m: i64, lang| plain_spaces(format_money(Money::from_int(m), lang));
        assert_eq!(plain(1260, Lang::Nl), "1.260,00 €");
        assert_eq!(plain(1234, Lang::En), "€1,234.00");
        assert_eq!(plain(300_000, Lang::Fr), "300 000,00 €");
        assert_eq!(plain(-999, Lang::Nl), "-999,00 €");
    }

    #[test]
    fn rules_show_amounts_and_dates_in_the_shared_formats() {
        let nl = rules_text(Lang::Nl);
        assert!(nl.contains("300.000,00 €"), "{nl}");
        assert!(!nl.contains('\u{A0}'), "{nl}");
        assert!(nl.contains("/2024"), "{nl}");
    }
}
