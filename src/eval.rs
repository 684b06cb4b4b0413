//! Scoring the temporal tagger on TimeML files (TempEval-3 Task A). (Being written.)
