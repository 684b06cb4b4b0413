//! Saving and restoring the user's investigation: loaded files, overrides, notes, review state. Atomic writes. (Being written.)
