//! The bottom layer: language tools that every stage reads and that read no stage.
//!
//! Stages only look down (`load → text → align → numbers → framing → report`, with [`crate::model`]
//! and this module beneath them all); what two stages share lives here or in the lower stage.

pub mod dates;
pub mod normalize;
