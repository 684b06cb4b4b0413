//! Collision-free placement of event labels in stacked rows.
//!
//! Labels are flags: each starts at its marker's x and is lifted into the lowest row where
//! it touches no label already placed. The most important labels are placed first (the
//! selected event, then disputed ones, then those most sources report), so when space runs
//! out it is the minor ones that go. Near the right edge a label slides left to stay inside
//! the plot. A label that finds no free row within the limit is left out (its marker stays,
//! and the widget shows it on hover), so labels never overlap.

/// A label to place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Request {
    /// Where the label wants to start (the marker's x), in points.
    pub anchor: f32,
    /// Width of the label in points.
    pub width: f32,
    /// Higher goes first when space is short.
    pub priority: u32,
}

/// Where a label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Row, 0 nearest to the markers.
    pub row: usize,
    /// Left edge in points.
    pub x: f32,
}

/// Places labels; `requests` should be sorted by anchor (ties in priority go left to right).
/// Returns one entry per request (`None` for a label that did not fit) and the number of rows
/// used.
pub fn place(
    requests: &[Request],
    x_min: f32,
    x_max: f32,
    max_rows: usize,
    gap: f32,
) -> (Vec<Option<Placement>>, usize) {
    let mut order: Vec<usize> = (0..requests.len()).collect();
    order.sort_by(|&a, &b| {
        requests[b]
            .priority
            .cmp(&requests[a].priority)
            .then(a.cmp(&b))
    });
    // Per row, the occupied spans sorted by start; spans never overlap within a row.
    let mut rows: Vec<Vec<(f32, f32)>> = Vec::with_capacity(max_rows);
    let mut out = vec![None; requests.len()];
    for i in order {
        let r = requests[i];
        let x = r.anchor.min(x_max - r.width).max(x_min);
        if x + r.width > x_max + 0.5 {
            // Wider than the plot: nothing sensible to do but leave it out.
            continue;
        }
        let (lo, hi) = (x - gap, x + r.width + gap);
        let free = |row: &Vec<(f32, f32)>| {
            // The first span ending after `lo` is the only one that can overlap.
            let k = row.partition_point(|&(_, end)| end <= lo);
            row.get(k).is_none_or(|&(start, _)| start >= hi)
        };
        let row = match rows.iter().position(free) {
            Some(row) => row,
            None if rows.len() < max_rows => {
                rows.push(Vec::new());
                rows.len() - 1
            }
            None => continue,
        };
        let spans = &mut rows[row];
        let at = spans.partition_point(|&(start, _)| start < x);
        spans.insert(at, (x, x + r.width));
        out[i] = Some(Placement { row, x });
    }
    (out, rows.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlaps(a: (Placement, f32), b: (Placement, f32)) -> bool {
        a.0.row == b.0.row && a.0.x < b.0.x + b.1 && b.0.x < a.0.x + a.1
    }

    #[test]
    fn close_labels_stack_into_rows() {
        let reqs = [
            Request {
                anchor: 10.0,
                width: 100.0,
                priority: 0,
            },
            Request {
                anchor: 20.0,
                width: 100.0,
                priority: 0,
            },
            Request {
                anchor: 30.0,
                width: 100.0,
                priority: 0,
            },
            Request {
                anchor: 200.0,
                width: 50.0,
                priority: 0,
            },
        ];
        let (placed, rows) = place(&reqs, 0.0, 500.0, 5, 6.0);
        let rows_of: Vec<usize> = placed.iter().map(|p| p.unwrap().row).collect();
        assert_eq!(rows_of, vec![0, 1, 2, 0]);
        assert_eq!(rows, 3);
    }

    #[test]
    fn never_overlap_and_respect_limits() {
        // A dense pseudo-random set.
        let mut reqs: Vec<Request> = (0..300)
            .map(|i| Request {
                anchor: ((i * 7919) % 1000) as f32,
                width: 20.0 + ((i * 31) % 90) as f32,
                priority: 0,
            })
            .collect();
        reqs.sort_by(|a, b| a.anchor.total_cmp(&b.anchor));
        let (placed, rows) = place(&reqs, 0.0, 1000.0, 4, 4.0);
        assert!(rows <= 4);
        let kept: Vec<(Placement, f32)> = placed
            .iter()
            .zip(&reqs)
            .filter_map(|(p, r)| p.map(|p| (p, r.width)))
            .collect();
        assert!(kept.len() > 20 && kept.len() < 300);
        for (i, a) in kept.iter().enumerate() {
            assert!(a.0.x >= 0.0 && a.0.x + a.1 <= 1000.0);
            for b in &kept[i + 1..] {
                assert!(!overlaps(*a, *b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn important_labels_win_the_space() {
        // Three labels fighting for one row: the disputed, well-sourced one on the right
        // keeps its label even though it comes last.
        let reqs = [
            Request {
                anchor: 10.0,
                width: 100.0,
                priority: 1,
            },
            Request {
                anchor: 60.0,
                width: 100.0,
                priority: 1,
            },
            Request {
                anchor: 120.0,
                width: 100.0,
                priority: 9,
            },
        ];
        let (placed, rows) = place(&reqs, 0.0, 500.0, 1, 4.0);
        assert_eq!(rows, 1);
        assert!(placed[2].is_some(), "the important label is kept");
        assert!(placed[1].is_none(), "the one overlapping it gives way");
        assert!(placed[0].is_some(), "a label that fits beside it stays");
    }

    #[test]
    fn labels_slide_left_at_the_right_edge() {
        let reqs = [Request {
            anchor: 480.0,
            width: 100.0,
            priority: 0,
        }];
        let (placed, _) = place(&reqs, 0.0, 500.0, 3, 4.0);
        assert_eq!(placed[0].unwrap().x, 400.0);
    }
}
