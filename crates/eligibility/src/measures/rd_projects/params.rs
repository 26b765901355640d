//! Ontwikkelingsproject and onderzoeksproject: rates, bonuses, caps, minimum and maximum aid.

use crate::params::{date, money, num, pct, Parameter};
use crate::sources::{RD_IMPACT, VLAIO_DEV, VL_RESEARCH};

const FROM: crate::dates::Date = date(2019, 8, 22);
const NOTE: &str = "Earliest version read: VLAIO subsidiedatabank of 22 Aug 2019; unchanged in seeds 000/001 (2025).";

/// The R&D project parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "dev.rate.base", value: pct(25), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: NOTE },
    Parameter { id: "rd.bonus.small", value: pct(20), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "+20 percentage points for a small enterprise (micro counts as small)." },
    Parameter { id: "rd.bonus.medium", value: pct(10), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "+10 percentage points for a medium-sized enterprise." },
    Parameter { id: "rd.bonus.collaboration", value: pct(10), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "+10 points for collaboration with independent companies or international collaboration (no company above 70 % of the costs). The +15 interregional bonus (grants8, unverified) is not modelled." },
    Parameter { id: "dev.rate.cap", value: pct(50), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "\"Het totale steunpercentage is begrensd tot 50%.\"" },
    Parameter { id: "dev.aid.min", value: money(25_000), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "\"minimale steun van € 25.000\" (seeds 000/001)." },
    Parameter { id: "dev.aid.max", value: money(3_000_000), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "Aid requested up to €3,000,000; above: cut (decision)." },
    Parameter { id: "res.rate.research", value: pct(50), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "Research parts: base 50 %." },
    Parameter { id: "res.rate.development", value: pct(25), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "Development parts: base 25 %." },
    Parameter { id: "res.rate.cap", value: pct(60), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "\"Het totale steunpercentage is begrensd tot 60%.\" Applied to each part (decision)." },
    Parameter { id: "res.aid.min", value: money(100_000), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "\"minimale steun van € 100.000\" (seeds 000/001)." },
    Parameter { id: "res.aid.max", value: money(3_000_000), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "Aid requested up to €3,000,000; above: cut (decision). The €8,000,000 cumulative cap per applicant is not modelled." },
    Parameter { id: "rd.impact.leverage", value: num(10), valid_from: FROM, valid_until: None, source: RD_IMPACT, note: "Valorisation in Flanders of at least 10 × the aid (dated 1 Jan 2022 for research projects by PNO; modelled from the first period). Checked only by VLAIO." },
    Parameter { id: "rd.impact.productivity", value: pct(0), valid_from: FROM, valid_until: Some(date(2024, 4, 30)), source: RD_IMPACT, note: "No productivity alternative before 1 May 2024 (0 = not available)." },
    Parameter { id: "rd.impact.productivity", value: pct(50), valid_from: date(2024, 5, 1), valid_until: None, source: RD_IMPACT, note: "Since 1 May 2024: alternatively +50 % labour productivity within 5 years (for aid > €250,000 the leverage also applies). Third party." },
];
