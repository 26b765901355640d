//! Company size thresholds: EU SME Recommendation 2003/361/EC and Companies Code art. 1:24.

use crate::params::{date, money, num, pct, Parameter};
use crate::sources::{DECISIONS, EU_SME, SEED_002, VLAIO_KMO_DEFINITIE, WVV_1_24};

const EU_FROM: crate::dates::Date = date(2005, 1, 1);
const EU_NOTE: &str = "Recommendation 2003/361/EC, applicable since 1 Jan 2005.";

/// The size parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: "eu.micro.staff", value: num(10), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: "Micro: fewer than 10 AWU. Staff is always required." },
    Parameter { id: "eu.micro.turnover", value: money(2_000_000), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: "Micro: turnover ≤ €2M or balance ≤ €2M (one money test is enough)." },
    Parameter { id: "eu.micro.balance", value: money(2_000_000), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: EU_NOTE },
    Parameter { id: "eu.small.staff", value: num(50), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Seed 002: \"Tewerkstelling: minder dan 50\"." },
    Parameter { id: "eu.small.turnover", value: money(10_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Seed 002's flattened table read per column: ko turnover ≤ €10M or balance ≤ €10M." },
    Parameter { id: "eu.small.balance", value: money(10_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: EU_NOTE },
    Parameter { id: "eu.medium.staff", value: num(250), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Seed 002: \"minder dan 250\"." },
    Parameter { id: "eu.medium.turnover", value: money(50_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: EU_NOTE },
    Parameter { id: "eu.medium.balance", value: money(43_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: EU_NOTE },
    Parameter { id: "eu.partner.min_share", value: pct(25), valid_from: EU_FROM, valid_until: None, source: DECISIONS, note: "Partner from 25 % or more (Recommendation art. 3(2), VLAIO \"25% of meer\"). Seed 002 says \"vanaf meer dan 25%\"; decision: 25 % or more counts." },
    Parameter { id: "eu.linked.above_share", value: pct(50), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Linked above 50 % (\"verbonden (vanaf meer dan 50% participatie)\") or with control." },
    Parameter { id: "eu.public.max_share", value: pct(25), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: "Art. 3(4): 25 % or more held by public bodies: not an SME. VLAIO: \"De participatie van een administratieve overheid is minder dan 25 procent.\"" },
    Parameter { id: "eu.consecutive_years", value: num(2), valid_from: EU_FROM, valid_until: None, source: VLAIO_KMO_DEFINITIE, note: "Status changes only after two consecutive years on the other side of a threshold." },
    Parameter { id: "fiscal.staff", value: num(50), valid_from: date(2019, 5, 1), valid_until: None, source: WVV_1_24, note: "Art. 1:24 WVV (in force 1 May 2019): average workforce 50 FTE." },
    Parameter { id: "fiscal.turnover", value: money(9_000_000), valid_from: date(2019, 5, 1), valid_until: Some(date(2023, 12, 31)), source: WVV_1_24, note: "Financial years starting on or before 31 Dec 2023. Picked by the scenario date (decision)." },
    Parameter { id: "fiscal.turnover", value: money(11_250_000), valid_from: date(2024, 1, 1), valid_until: None, source: WVV_1_24, note: "Indexed by the law of 27 Mar 2024 for financial years starting after 31 Dec 2023 (CBN advice text says 28 Mar)." },
    Parameter { id: "fiscal.balance", value: money(4_500_000), valid_from: date(2019, 5, 1), valid_until: Some(date(2023, 12, 31)), source: WVV_1_24, note: "Financial years starting on or before 31 Dec 2023." },
    Parameter { id: "fiscal.balance", value: money(6_000_000), valid_from: date(2024, 1, 1), valid_until: None, source: WVV_1_24, note: "Financial years starting after 31 Dec 2023." },
    Parameter { id: "fiscal.max_exceeded", value: num(1), valid_from: date(2019, 5, 1), valid_until: None, source: WVV_1_24, note: "Small when not more than one criterion is exceeded; the two-consecutive-years rule applies." },
];
