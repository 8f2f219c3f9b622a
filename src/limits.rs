//! The size limits every record and attachment field shares, in one place so that evidence,
//! records and the interchange format agree on them.

/// The longest title accepted, in characters.
pub const MAX_TITLE: usize = 300;
/// The longest short text field (names, references, numbers), in characters.
pub const MAX_SHORT: usize = 2_000;
/// The longest long text field (narrative, descriptions, notes), in characters.
pub const MAX_LONG: usize = 200_000;
/// The most entries in any list of a record.
pub const MAX_ITEMS: usize = 1_000;
