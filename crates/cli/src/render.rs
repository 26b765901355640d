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
    error: &'static str,
    parameter: &'static str,
    period: &'static str,
    value: &'static str,
    source: &'static str,
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
        error: w("cli.error"),
        parameter: w("cli.parameter"),
        period: w("cli.period"),
        value: w("cli.value"),
        source: w("cli.source"),
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

fn reason_line(out: &mut String, indent: &str, reason: &Reason, lang: Lang) {
    let _ = writeln!(
        out,
        "{indent}{} {} [{}]",
        outcome_mark(reason.outcome),
        text::reason_text(reason, lang),
        reason.source
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
            let note = if !m.planned && m.kind != eligibility::Kind::Signpost {
                w.not_planned
            } else {
                ""
            };
            [
                m.id.code().to_string(),
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
    if !report.missing.is_empty() {
        let _ = writeln!(out, "{}: {}", w.missing, report.missing.join(", "));
    }

    // The reasons.
    let _ = writeln!(out, "\n{}", w.reasons);
    if !report.size.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", w.size);
        for r in &report.size.reasons {
            reason_line(&mut out, "  ", r, lang);
        }
    }
    for m in &report.measures {
        let _ = writeln!(
            out,
            "\n{} ({}) — {} — {}",
            text::measure_name(m.id, lang),
            m.id.code(),
            status_label(m.status, lang),
            format_money(m.amount, lang)
        );
        for r in &m.reasons {
            reason_line(&mut out, "  ", r, lang);
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
            if let Some(rate) = item.rate {
                figures.push(format!("{} {rate} %", w.rate));
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
                w.aid,
                format_money(item.aid, lang),
            );
            for r in &item.reasons {
                reason_line(&mut out, "      ", r, lang);
            }
        }
        if !m.next_steps.is_empty() {
            let _ = writeln!(out, "  {}:", w.next_steps);
            for r in &m.next_steps {
                reason_line(&mut out, "    ", r, lang);
            }
        }
    }
    if !dm.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", w.de_minimis);
        for r in &dm.reasons {
            reason_line(&mut out, "  ", r, lang);
        }
    }
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

/// Every rule parameter with its validity periods and sources, as a table.
pub fn rules_text(lang: Lang) -> String {
    let w = words(lang);
    let rules = eligibility::rules_by_id();
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", w.rules, eligibility::RULES_VERSION);
    let rows: Vec<[String; 4]> = rules
        .iter()
        .flat_map(|p| {
            p.periods.iter().enumerate().map(move |(i, period)| {
                let from = text::format_date(&period.valid_from, lang);
                let span = match &period.valid_until {
                    Some(u) => format!("{from} – {}", text::format_date(u, lang)),
                    None => format!("{from} –"),
                };
                [
                    if i == 0 {
                        p.id.to_string()
                    } else {
                        String::new()
                    },
                    span,
                    unit_suffix(p.unit, &period.value, lang),
                    period.source.to_string(),
                ]
            })
        })
        .collect();
    let titles = [w.parameter, w.period, w.value, w.source];
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            rows.iter()
                .map(|r| r[c].chars().count())
                .chain([titles[c].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: [&str; 4]| {
        format!(
            "{}  {}  {}  {}",
            pad(cells[0], widths[0]),
            pad(cells[1], widths[1]),
            pad_left(cells[2], widths[2]),
            cells[3]
        )
    };
    let _ = writeln!(out, "\n{}", line(titles).trim_end());
    let _ = writeln!(out, "{}", "-".repeat(widths.iter().sum::<usize>() + 6));
    for r in &rows {
        let _ = writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3]]).trim_end());
    }
    let _ = writeln!(out, "\n{}", w.sources);
    for s in eligibility::sources() {
        let _ = writeln!(out, "  {}  {}", s.id, s.title);
        if let Some(url) = s.url {
            let _ = writeln!(out, "      {url}");
        }
    }
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
