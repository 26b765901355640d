//! Steunwijzer eligibility engine: turns a scenario (a company and its plans) into a
//! report of every support measure, with amounts, reasons and sources.
//!
//! Pure and total: no I/O, no web dependencies, no panics.
pub mod context;
