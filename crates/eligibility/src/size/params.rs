//! Company size thresholds: EU SME Recommendation 2003/361/EC and Companies Code art. 1:24.

use crate::params::{date, money, num, pct, Param, Parameter};
use crate::sources::{DECISIONS, EU_SME, SEED_002, VLAIO_KMO_DEFINITIE, WVV_1_24};
use rust_decimal::Decimal;

const EU_FROM: crate::dates::Date = date(2005, 1, 1);
const EU_NOTE: &str = "Recommendation 2003/361/EC, applicable since 1 Jan 2005.";

/// `eu.micro.staff`.
pub const EU_MICRO_STAFF: Param<Decimal> = Param::new("eu.micro.staff");
/// `eu.micro.turnover`.
pub const EU_MICRO_TURNOVER: Param<Decimal> = Param::new("eu.micro.turnover");
/// `eu.micro.balance`.
pub const EU_MICRO_BALANCE: Param<Decimal> = Param::new("eu.micro.balance");
/// `eu.small.staff`.
pub const EU_SMALL_STAFF: Param<Decimal> = Param::new("eu.small.staff");
/// `eu.small.turnover`.
pub const EU_SMALL_TURNOVER: Param<Decimal> = Param::new("eu.small.turnover");
/// `eu.small.balance`.
pub const EU_SMALL_BALANCE: Param<Decimal> = Param::new("eu.small.balance");
/// `eu.medium.staff`.
pub const EU_MEDIUM_STAFF: Param<Decimal> = Param::new("eu.medium.staff");
/// `eu.medium.turnover`.
pub const EU_MEDIUM_TURNOVER: Param<Decimal> = Param::new("eu.medium.turnover");
/// `eu.medium.balance`.
pub const EU_MEDIUM_BALANCE: Param<Decimal> = Param::new("eu.medium.balance");
/// `eu.partner.min_share`.
pub const EU_PARTNER_MIN_SHARE: Param<Decimal> = Param::new("eu.partner.min_share");
/// `eu.linked.above_share`.
pub const EU_LINKED_ABOVE_SHARE: Param<Decimal> = Param::new("eu.linked.above_share");
/// `eu.public.max_share`.
pub const EU_PUBLIC_MAX_SHARE: Param<Decimal> = Param::new("eu.public.max_share");
/// `eu.consecutive_years`.
pub const EU_CONSECUTIVE_YEARS: Param<Decimal> = Param::new("eu.consecutive_years");
/// `fiscal.staff`.
pub const FISCAL_STAFF: Param<Decimal> = Param::new("fiscal.staff");
/// `fiscal.turnover`.
pub const FISCAL_TURNOVER: Param<Decimal> = Param::new("fiscal.turnover");
/// `fiscal.balance`.
pub const FISCAL_BALANCE: Param<Decimal> = Param::new("fiscal.balance");
/// `fiscal.max_exceeded`.
pub const FISCAL_MAX_EXCEEDED: Param<Decimal> = Param::new("fiscal.max_exceeded");

/// The size parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: EU_MICRO_STAFF.id(), value: num(10), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: "Micro: fewer than 10 AWU. Staff is always required." },
    Parameter { id: EU_MICRO_TURNOVER.id(), value: money(2_000_000), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: "Micro: turnover ≤ €2M or balance ≤ €2M (one money test is enough)." },
    Parameter { id: EU_MICRO_BALANCE.id(), value: money(2_000_000), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: EU_NOTE },
    Parameter { id: EU_SMALL_STAFF.id(), value: num(50), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Seed 002: \"Tewerkstelling: minder dan 50\"." },
    Parameter { id: EU_SMALL_TURNOVER.id(), value: money(10_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Seed 002's flattened table read per column: ko turnover ≤ €10M or balance ≤ €10M." },
    Parameter { id: EU_SMALL_BALANCE.id(), value: money(10_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: EU_NOTE },
    Parameter { id: EU_MEDIUM_STAFF.id(), value: num(250), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Seed 002: \"minder dan 250\"." },
    Parameter { id: EU_MEDIUM_TURNOVER.id(), value: money(50_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: EU_NOTE },
    Parameter { id: EU_MEDIUM_BALANCE.id(), value: money(43_000_000), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: EU_NOTE },
    Parameter { id: EU_PARTNER_MIN_SHARE.id(), value: pct(25), valid_from: EU_FROM, valid_until: None, source: DECISIONS, note: "Partner from 25 % or more (Recommendation art. 3(2), VLAIO \"25% of meer\"). Seed 002 says \"vanaf meer dan 25%\"; decision: 25 % or more counts." },
    Parameter { id: EU_LINKED_ABOVE_SHARE.id(), value: pct(50), valid_from: EU_FROM, valid_until: None, source: SEED_002, note: "Linked above 50 % (\"verbonden (vanaf meer dan 50% participatie)\") or with control." },
    Parameter { id: EU_PUBLIC_MAX_SHARE.id(), value: pct(25), valid_from: EU_FROM, valid_until: None, source: EU_SME, note: "Art. 3(4): 25 % or more held by public bodies: not an SME. VLAIO: \"De participatie van een administratieve overheid is minder dan 25 procent.\"" },
    Parameter { id: EU_CONSECUTIVE_YEARS.id(), value: num(2), valid_from: EU_FROM, valid_until: None, source: VLAIO_KMO_DEFINITIE, note: "Status changes only after two consecutive years on the other side of a threshold." },
    Parameter { id: FISCAL_STAFF.id(), value: num(50), valid_from: date(2019, 5, 1), valid_until: None, source: WVV_1_24, note: "Art. 1:24 WVV (in force 1 May 2019): average workforce 50 FTE." },
    Parameter { id: FISCAL_TURNOVER.id(), value: money(9_000_000), valid_from: date(2019, 5, 1), valid_until: Some(date(2023, 12, 31)), source: WVV_1_24, note: "Financial years starting on or before 31 Dec 2023. Picked by the scenario date (decision)." },
    Parameter { id: FISCAL_TURNOVER.id(), value: money(11_250_000), valid_from: date(2024, 1, 1), valid_until: None, source: WVV_1_24, note: "Indexed by the law of 27 Mar 2024 for financial years starting after 31 Dec 2023 (CBN advice text says 28 Mar)." },
    Parameter { id: FISCAL_BALANCE.id(), value: money(4_500_000), valid_from: date(2019, 5, 1), valid_until: Some(date(2023, 12, 31)), source: WVV_1_24, note: "Financial years starting on or before 31 Dec 2023." },
    Parameter { id: FISCAL_BALANCE.id(), value: money(6_000_000), valid_from: date(2024, 1, 1), valid_until: None, source: WVV_1_24, note: "Financial years starting after 31 Dec 2023." },
    Parameter { id: FISCAL_MAX_EXCEEDED.id(), value: num(1), valid_from: date(2019, 5, 1), valid_until: None, source: WVV_1_24, note: "Small when not more than one criterion is exceeded; the two-consecutive-years rule applies." },
];
