//! The pure timeline layout model shared by the widget and the exporters. (Being written.)
