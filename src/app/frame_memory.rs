//! Keeping a frame's memory for the next frame instead of handing it back to the system.
//!
//! Every frame egui tessellates the window into fresh vertex and index buffers, several
//! megabytes for a dense timeline, and frees them once drawn. With its default settings
//! glibc's malloc serves blocks that large straight from the system (its mmap threshold)
//! and gives free memory at the top of the heap back (its trim threshold), so the next
//! frame writes to pages the kernel must fault in and zero one by one. On the 10,000-event
//! timeline in per-source lanes that was measured at about 4 to 5 ms of CPU per frame, more
//! than all the drawing work itself (`docs/performance.md`). Raising both thresholds keeps
//! those buffers in the heap from frame to frame.
//!
//! The cost is memory kept rather than returned: up to [`TRIM_THRESHOLD`] free at the top
//! of a heap. Only the GUI asks for this; the command line keeps the defaults.

/// Blocks up to this size come from the heap rather than their own mapping.
pub const MMAP_THRESHOLD: i32 = 16 << 20;

/// Free memory at the top of a heap is returned to the system only beyond this.
pub const TRIM_THRESHOLD: i32 = 64 << 20;

/// Applies the thresholds above (glibc on Linux; nothing elsewhere, where the allocators
/// do not behave this way or cannot be set). Returns whether they were applied.
pub fn keep_frame_memory() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only sets allocator parameters; it takes the allocator's own
        // lock, is safe to call from any thread at any time, and these values are in range.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
                && libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_thresholds_are_accepted_where_they_apply() {
        let applied = super::keep_frame_memory();
        assert_eq!(applied, cfg!(all(target_os = "linux", target_env = "gnu")));
        // Allocating and freeing a frame's worth still works.
        let v = vec![0u8; 8 << 20];
        assert_eq!(v.len(), 8 << 20);
    }
}
