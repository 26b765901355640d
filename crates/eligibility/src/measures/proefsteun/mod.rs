//! Proefsteun: a throw-away grant that checks which files a new measure touches.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::measures::draft::{check_region, Draft};
use crate::measures::{Evaluated, Registered};
use crate::report::{Kind, MeasureId, Outcome, Reason};
use crate::scenario::Scenario;
use crate::size::SizeAssessment;
use crate::sources;

/// The proefsteun: a grant.
pub const ID: MeasureId = MeasureId::new("proefsteun", Kind::Grant);

/// The proefsteun in the registry.
pub(crate) const MEASURE: Registered = Registered {
    id: ID,
    evaluate,
    assumes: &[],
};

/// Evaluates the proefsteun.
pub(crate) fn evaluate(
    s: &Scenario,
    date: Date,
    _size: &SizeAssessment,
) -> Result<Evaluated, crate::error::InputError> {
    let (mut d, rate) = match Draft::with_params(ID, date, |date| params::RATE.on(date)) {
        Ok(x) => x,
        Err(done) => return Ok(done),
    };
    check_region(&mut d, reasons::REGION, &s.company, sources::DECISIONS);
    d.reasons.push(
        Reason::new(reasons::RATE, Outcome::Info, params::RATE.source(date))
            .with("rate", crate::money::Percent(rate)),
    );
    Ok(d.finish())
}
