//! Evidence for the visitor: AI adoption and start-up figures from the seed reports.
//! Context only: nothing here is a rule or changes an amount.
