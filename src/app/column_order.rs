//! Which article each column shows. Moving a column is a change of view, not of the analysis: the
//! comparison (and every article id a reader has seen) stays as it is. A new analysis keeps the
//! columns the reader arranged, by path, and adds new articles at the end.

use crate::Comparison;

/// Columns left to right, each an index into the comparison's articles.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ColumnOrder {
    /// Article index of each column.
    slots: Vec<usize>,
    /// Path of each column's article, to keep the arrangement across a new analysis.
    paths: Vec<String>,
}

impl ColumnOrder {
    /// Article indices, left to right.
    pub fn slots(&self) -> &[usize] {
        &self.slots
    }

    /// The path of each column's article, left to right.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }

    /// Arrange the columns of `cmp` as `paths` (left to right; articles not among them follow in
    /// the comparison's order).
    pub fn arrange(&mut self, paths: &[String], cmp: &Comparison) {
        self.paths = paths.to_vec();
        self.follow(cmp);
    }

    /// Arrange the columns of a new comparison: articles already shown keep their order, new ones
    /// follow in the comparison's order.
    pub fn follow(&mut self, cmp: &Comparison) {
        let index_of = |path: &str| cmp.articles.iter().position(|a| a.path == path);
        let mut slots: Vec<usize> = self.paths.iter().filter_map(|p| index_of(p)).collect();
        let mut shown = vec![false; cmp.articles.len()];
        for &i in &slots {
            shown[i] = true;
        }
        slots.extend((0..cmp.articles.len()).filter(|&i| !shown[i]));
        self.paths = slots.iter().map(|&i| cmp.articles[i].path.clone()).collect();
        self.slots = slots;
    }

    /// Move the column showing `path` by `delta` places (clamped to the row). True when it moved.
    pub fn move_path(&mut self, path: &str, delta: isize) -> bool {
        let Some(from) = self.paths.iter().position(|p| p == path) else { return false };
        let last = self.slots.len() as isize - 1;
        let to = (from as isize + delta).clamp(0, last.max(0)) as usize;
        if to == from {
            return false;
        }
        let (slot, p) = (self.slots.remove(from), self.paths.remove(from));
        self.slots.insert(to, slot);
        self.paths.insert(to, p);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId};

    fn cmp(paths: &[&str]) -> Comparison {
        let articles = paths
            .iter()
            .enumerate()
            .map(|(i, p)| Article { id: ArticleId(i as u32 + 1), path: (*p).to_owned(), ..Default::default() })
            .collect();
        Comparison { articles, ..Default::default() }
    }

    #[test]
    fn moving_changes_the_view_only_and_survives_a_new_analysis() {
        let mut order = ColumnOrder::default();
        order.follow(&cmp(&["a", "b", "c"]));
        assert_eq!(order.slots(), [0, 1, 2]);
        assert!(order.move_path("a", 1));
        assert_eq!(order.slots(), [1, 0, 2]);
        assert!(!order.move_path("c", 5), "already last");
        assert!(!order.move_path("zzz", -1));
        // A new analysis without b and with d: a before c as arranged, d at the end.
        order.follow(&cmp(&["a", "c", "d"]));
        assert_eq!(order.slots(), [0, 1, 2]);
        order.move_path("d", -2);
        order.follow(&cmp(&["c", "d", "a"]));
        assert_eq!(order.slots(), [1, 2, 0], "d, a, c as arranged, whatever the new article order");
    }
}
