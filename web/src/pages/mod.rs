//! One file per page: the calculator, the rules and sources, the print view.
pub mod calculator;
pub mod print;
pub mod rules;
