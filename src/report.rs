//! Text and JSON reports for the command line. (Being written.)
