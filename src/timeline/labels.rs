//! Collision-free placement of event labels in stacked rows.
//!
//! Labels are flags: each starts at its marker's x and is lifted into the lowest row where
//! it does not touch the label before it. Near the right edge a label slides left to stay
//! inside the plot. A label that finds no free row within the limit is left out (its
//! marker stays, and the widget shows it on hover), so labels never overlap.

/// A label to place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Request {
    /// Where the label wants to start (the marker's x), in points.
    pub anchor: f32,
    /// Width of the label in points.
    pub width: f32,
}

/// Where a label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Row, 0 nearest to the markers.
    pub row: usize,
    /// Left edge in points.
    pub x: f32,
}

/// Places labels; `requests` must be sorted by anchor. Returns one entry per request
/// (`None` for a label that did not fit) and the number of rows used.
pub fn place(
    requests: &[Request],
    x_min: f32,
    x_max: f32,
    max_rows: usize,
    gap: f32,
) -> (Vec<Option<Placement>>, usize) {
    let mut row_ends: Vec<f32> = Vec::with_capacity(max_rows);
    let mut out = Vec::with_capacity(requests.len());
    for r in requests {
        let x = r.anchor.min(x_max - r.width).max(x_min);
        if x + r.width > x_max + 0.5 {
            // Wider than the plot: nothing sensible to do but leave it out.
            out.push(None);
            continue;
        }
        let row = row_ends.iter().position(|&end| end + gap <= x);
        let row = match row {
            Some(row) => Some(row),
            None if row_ends.len() < max_rows => {
                row_ends.push(f32::NEG_INFINITY);
                Some(row_ends.len() - 1)
            }
            None => None,
        };
        out.push(row.map(|row| {
            row_ends[row] = x + r.width;
            Placement { row, x }
        }));
    }
    (out, row_ends.len())
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
            },
            Request {
                anchor: 20.0,
                width: 100.0,
            },
            Request {
                anchor: 30.0,
                width: 100.0,
            },
            Request {
                anchor: 200.0,
                width: 50.0,
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
    fn labels_slide_left_at_the_right_edge() {
        let reqs = [Request {
            anchor: 480.0,
            width: 100.0,
        }];
        let (placed, _) = place(&reqs, 0.0, 500.0, 3, 4.0);
        assert_eq!(placed[0].unwrap().x, 400.0);
    }
}
