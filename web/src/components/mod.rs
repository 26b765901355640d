//! View components of the calculator.
pub mod bars;
pub mod chrome;
pub mod company;
pub mod context_panel;
pub mod field;
pub mod plans;
pub mod results;
pub mod timeline;
pub mod tools;
