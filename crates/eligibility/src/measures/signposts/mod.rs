//! Call-based programmes shown as signposts (no amount): CS-ICON, EFRO, Horizon Europe,
//! Digital Europe — with who may take part and the call status.

pub mod params;
pub mod reasons;

use crate::dates::Date;
use crate::measures::draft::Draft;
use crate::measures::Registered;
use crate::report::{Kind, MeasureId, MeasureReport, Outcome, Reason, Status};
use crate::sources;

/// CS-ICON: a signpost.
pub const CS_ICON: MeasureId = MeasureId::new("cs-icon", Kind::Signpost);
/// EFRO (European Regional Development Fund): a signpost.
pub const EFRO: MeasureId = MeasureId::new("efro", Kind::Signpost);
/// Horizon Europe: a signpost.
pub const HORIZON_EUROPE: MeasureId = MeasureId::new("horizon-europe", Kind::Signpost);
/// Digital Europe: a signpost.
pub const DIGITAL_EUROPE: MeasureId = MeasureId::new("digital-europe", Kind::Signpost);

/// CS-ICON in the registry.
pub(crate) const CS_ICON_MEASURE: Registered = Registered {
    id: CS_ICON,
    evaluate: |_, date, _| Ok((cs_icon(date), Vec::new())),
    assumes: &[],
};
/// EFRO in the registry.
pub(crate) const EFRO_MEASURE: Registered = Registered {
    id: EFRO,
    evaluate: |_, _, _| Ok((eu_programme(EFRO), Vec::new())),
    assumes: &[],
};
/// Horizon Europe in the registry.
pub(crate) const HORIZON_EUROPE_MEASURE: Registered = Registered {
    id: HORIZON_EUROPE,
    evaluate: |_, _, _| Ok((eu_programme(HORIZON_EUROPE), Vec::new())),
    assumes: &[],
};
/// Digital Europe in the registry.
pub(crate) const DIGITAL_EUROPE_MEASURE: Registered = Registered {
    id: DIGITAL_EUROPE,
    evaluate: |_, _, _| Ok((eu_programme(DIGITAL_EUROPE), Vec::new())),
    assumes: &[],
};

fn signpost(d: Draft) -> MeasureReport {
    let (mut m, _) = d.finish();
    m.status = Status::Signpost;
    m.amount = crate::money::Money::ZERO;
    m
}

/// CS-ICON: consortium, pre-registration, call status on `date`.
pub(crate) fn cs_icon(date: Date) -> MeasureReport {
    let mut d = Draft::new(CS_ICON);
    let min = params::MIN_COMPANIES.on_or_first(date).normalize();
    d.reasons.push(
        Reason::new(
            reasons::CS_ICON_CONSORTIUM,
            Outcome::Info,
            sources::SEED_001,
        )
        .with("min_companies", min),
    );
    d.reasons.push(Reason::new(
        reasons::CS_ICON_PRE_REGISTRATION,
        Outcome::Info,
        sources::SEED_001,
    ));
    let call = match params::CALL_OPEN.on(date) {
        Ok(true) => Reason::new(reasons::CS_ICON_CALL, Outcome::Info, sources::VLAIO_ICON)
            .with("open", true),
        Ok(false) => Reason::new(reasons::CS_ICON_CALL, Outcome::Info, sources::VLAIO_ICON)
            .with("open", false)
            .with_opt("closed_on", params::CALL_OPEN.since(date)),
        Err(_) => Reason::new(reasons::CS_ICON_CALL, Outcome::Info, sources::VLAIO_ICON)
            .with("open", "unknown"),
    };
    d.next_steps.push(call.clone());
    d.reasons.push(call);
    signpost(d)
}

/// EFRO, Horizon Europe or Digital Europe.
pub(crate) fn eu_programme(id: MeasureId) -> MeasureReport {
    let mut d = Draft::new(id);
    let (who, calls, src) = match id {
        EFRO => (reasons::EFRO_WHO, reasons::EFRO_CALLS, sources::EFRO),
        HORIZON_EUROPE => (
            reasons::HORIZON_WHO,
            reasons::HORIZON_CALLS,
            sources::HORIZON,
        ),
        _ => (
            reasons::DIGITAL_WHO,
            reasons::DIGITAL_CALLS,
            sources::DIGITAL,
        ),
    };
    d.reasons.push(Reason::new(who, Outcome::Info, src));
    d.next_steps.push(Reason::new(calls, Outcome::Info, src));
    signpost(d)
}
