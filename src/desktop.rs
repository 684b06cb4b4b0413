//! Desktop integration: XDG desktop entry, icon, file associations. (Being written.)
