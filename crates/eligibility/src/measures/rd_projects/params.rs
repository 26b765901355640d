//! Ontwikkelingsproject and onderzoeksproject: rates, bonuses, caps, minimum and maximum aid.

use crate::dates::Date;
use crate::params::{date, money, num, pct, Param, Parameter};
use crate::sources::{RD_IMPACT, VLAIO_DEV, VL_RESEARCH};
use rust_decimal::Decimal;

const FROM: crate::dates::Date = date(2019, 8, 22);
const NOTE: &str = "Earliest version read: VLAIO subsidiedatabank of 22 Aug 2019; unchanged in seeds 000/001 (2025).";

/// `dev.rate.base`.
pub const DEV_RATE_BASE: Param<Decimal> = Param::new("dev.rate.base");
/// `rd.bonus.small`.
pub const RD_BONUS_SMALL: Param<Decimal> = Param::new("rd.bonus.small");
/// `rd.bonus.medium`.
pub const RD_BONUS_MEDIUM: Param<Decimal> = Param::new("rd.bonus.medium");
/// `rd.bonus.collaboration`.
pub const RD_BONUS_COLLABORATION: Param<Decimal> = Param::new("rd.bonus.collaboration");
/// `dev.rate.cap`.
pub const DEV_RATE_CAP: Param<Decimal> = Param::new("dev.rate.cap");
/// `dev.aid.min`.
pub const DEV_AID_MIN: Param<Decimal> = Param::new("dev.aid.min");
/// `dev.aid.max`.
pub const DEV_AID_MAX: Param<Decimal> = Param::new("dev.aid.max");
/// `res.rate.research`.
pub const RES_RATE_RESEARCH: Param<Decimal> = Param::new("res.rate.research");
/// `res.rate.development`.
pub const RES_RATE_DEVELOPMENT: Param<Decimal> = Param::new("res.rate.development");
/// `res.rate.cap`.
pub const RES_RATE_CAP: Param<Decimal> = Param::new("res.rate.cap");
/// `res.aid.min`.
pub const RES_AID_MIN: Param<Decimal> = Param::new("res.aid.min");
/// `res.aid.max`.
pub const RES_AID_MAX: Param<Decimal> = Param::new("res.aid.max");
/// `rd.impact.leverage`.
pub const RD_IMPACT_LEVERAGE: Param<Decimal> = Param::new("rd.impact.leverage");
/// `rd.impact.productivity`.
pub const RD_IMPACT_PRODUCTIVITY: Param<Decimal> = Param::new("rd.impact.productivity");

/// The R&D project parameters.
pub static PARAMS: &[Parameter] = &[
    Parameter { id: DEV_RATE_BASE.id(), value: pct(25), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: NOTE },
    Parameter { id: RD_BONUS_SMALL.id(), value: pct(20), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "+20 percentage points for a small enterprise (micro counts as small)." },
    Parameter { id: RD_BONUS_MEDIUM.id(), value: pct(10), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "+10 percentage points for a medium-sized enterprise." },
    Parameter { id: RD_BONUS_COLLABORATION.id(), value: pct(10), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "+10 points for collaboration with independent companies or international collaboration (no company above 70 % of the costs). The +15 interregional bonus (grants8, unverified) is not modelled." },
    Parameter { id: DEV_RATE_CAP.id(), value: pct(50), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "\"Het totale steunpercentage is begrensd tot 50%.\"" },
    Parameter { id: DEV_AID_MIN.id(), value: money(25_000), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "\"minimale steun van € 25.000\" (seeds 000/001)." },
    Parameter { id: DEV_AID_MAX.id(), value: money(3_000_000), valid_from: FROM, valid_until: None, source: VLAIO_DEV, note: "Aid requested up to €3,000,000; above: cut (decision)." },
    Parameter { id: RES_RATE_RESEARCH.id(), value: pct(50), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "Research parts: base 50 %." },
    Parameter { id: RES_RATE_DEVELOPMENT.id(), value: pct(25), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "Development parts: base 25 %." },
    Parameter { id: RES_RATE_CAP.id(), value: pct(60), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "\"Het totale steunpercentage is begrensd tot 60%.\" Applied to each part (decision)." },
    Parameter { id: RES_AID_MIN.id(), value: money(100_000), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "\"minimale steun van € 100.000\" (seeds 000/001)." },
    Parameter { id: RES_AID_MAX.id(), value: money(3_000_000), valid_from: FROM, valid_until: None, source: VL_RESEARCH, note: "Aid requested up to €3,000,000; above: cut (decision). The €8,000,000 cumulative cap per applicant is not modelled." },
    Parameter { id: RD_IMPACT_LEVERAGE.id(), value: num(10), valid_from: FROM, valid_until: None, source: RD_IMPACT, note: "Valorisation in Flanders of at least 10 × the aid (dated 1 Jan 2022 for research projects by PNO; modelled from the first period). Checked only by VLAIO." },
    Parameter { id: RD_IMPACT_PRODUCTIVITY.id(), value: pct(0), valid_from: FROM, valid_until: Some(date(2024, 4, 30)), source: RD_IMPACT, note: "No productivity alternative before 1 May 2024 (0 = not available)." },
    Parameter { id: RD_IMPACT_PRODUCTIVITY.id(), value: pct(50), valid_from: date(2024, 5, 1), valid_until: None, source: RD_IMPACT, note: "Since 1 May 2024: alternatively +50 % labour productivity within 5 years (for aid > €250,000 the leverage also applies). Third party." },
];

/// Rate cap and aid limits of one project kind.
pub(crate) struct Project {
    pub rate_cap: Decimal,
    pub aid_min: Decimal,
    pub aid_max: Decimal,
}

impl Project {
    fn load(
        date: Date,
        rate_cap: Param<Decimal>,
        aid_min: Param<Decimal>,
        aid_max: Param<Decimal>,
    ) -> Result<Project, &'static str> {
        Ok(Project {
            rate_cap: rate_cap.on(date)?,
            aid_min: aid_min.on(date)?,
            aid_max: aid_max.on(date)?,
        })
    }
}

/// The R&D project parameters in force on one date.
pub(crate) struct InForce {
    pub bonus_small: Decimal,
    pub bonus_medium: Decimal,
    pub bonus_collab: Decimal,
    pub leverage: Decimal,
    pub productivity: Decimal,
    pub dev_rate_base: Decimal,
    pub development: Project,
    pub res_rate_research: Decimal,
    pub res_rate_development: Decimal,
    pub research: Project,
}

impl InForce {
    /// The values in force on `date`; `Err(id)` names a parameter without a period there.
    pub(crate) fn load(date: Date) -> Result<InForce, &'static str> {
        Ok(InForce {
            bonus_small: RD_BONUS_SMALL.on(date)?,
            bonus_medium: RD_BONUS_MEDIUM.on(date)?,
            bonus_collab: RD_BONUS_COLLABORATION.on(date)?,
            leverage: RD_IMPACT_LEVERAGE.on(date)?,
            productivity: RD_IMPACT_PRODUCTIVITY.on(date)?,
            dev_rate_base: DEV_RATE_BASE.on(date)?,
            development: Project::load(date, DEV_RATE_CAP, DEV_AID_MIN, DEV_AID_MAX)?,
            res_rate_research: RES_RATE_RESEARCH.on(date)?,
            res_rate_development: RES_RATE_DEVELOPMENT.on(date)?,
            research: Project::load(date, RES_RATE_CAP, RES_AID_MIN, RES_AID_MAX)?,
        })
    }
}
