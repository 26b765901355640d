//! Call-based programmes shown as signposts (no amount): CS-ICON, EFRO, Horizon Europe,
//! Digital Europe — with who may take part and the call status.

pub mod params;

use crate::dates::Date;
use crate::measures::draft::Draft;
use crate::report::{MeasureId, MeasureReport, Outcome, Reason, ReasonCode, Status};
use crate::sources;

fn signpost(d: Draft) -> MeasureReport {
    let (mut m, _) = d.finish();
    m.status = Status::Signpost;
    m.amount = crate::money::Money::ZERO;
    m
}

/// CS-ICON: consortium, pre-registration, call status on `date`.
pub(crate) fn cs_icon(date: Date) -> MeasureReport {
    let mut d = Draft::new(MeasureId::CsIcon);
    let min = crate::params::decimal("cs_icon.min_companies", date)
        .map(|v| v.normalize().to_string())
        .unwrap_or_else(|_| "3".into());
    d.reasons.push(
        Reason::new(
            ReasonCode::CsIconConsortium,
            Outcome::Info,
            sources::SEED_001,
        )
        .with("min_companies", min),
    );
    d.reasons.push(Reason::new(
        ReasonCode::CsIconPreRegistration,
        Outcome::Info,
        sources::SEED_001,
    ));
    let call = match crate::params::flag("cs_icon.call_open", date) {
        Ok(true) => Reason::new(ReasonCode::CsIconCall, Outcome::Info, sources::VLAIO_ICON)
            .with("open", true),
        Ok(false) => Reason::new(ReasonCode::CsIconCall, Outcome::Info, sources::VLAIO_ICON)
            .with("open", false)
            .with("closed_on", "2024-02-01"),
        Err(_) => Reason::new(ReasonCode::CsIconCall, Outcome::Info, sources::VLAIO_ICON)
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
        MeasureId::Efro => (ReasonCode::EfroWho, ReasonCode::EfroCalls, sources::EFRO),
        MeasureId::HorizonEurope => (
            ReasonCode::HorizonWho,
            ReasonCode::HorizonCalls,
            sources::HORIZON,
        ),
        _ => (
            ReasonCode::DigitalWho,
            ReasonCode::DigitalCalls,
            sources::DIGITAL,
        ),
    };
    d.reasons.push(Reason::new(who, Outcome::Info, src));
    d.next_steps.push(Reason::new(calls, Outcome::Info, src));
    signpost(d)
}
