package org.zhengce.extract;

import java.util.List;

/** What one document yields: its commitments, targets, deadlines and parties (records.md). */
public record Extraction(List<Commitment> commitments, List<Target> targets,
    List<Deadline> deadlines, List<Party> parties) {

  public Extraction {
    commitments = List.copyOf(commitments);
    targets = List.copyOf(targets);
    deadlines = List.copyOf(deadlines);
    parties = List.copyOf(parties);
  }
}
