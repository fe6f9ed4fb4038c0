package org.zhengce.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhengce.indicator.Indicator;
import org.zhengce.indicator.IndicatorTable;
import org.zhengce.number.Quantity;
import org.zhengce.structure.Outline;
import org.zhengce.structure.Section;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * Turns the stages' drafts into records: spans mapped back to the original through the offset
 * map, {@code text} cut from the original, the canonical indicator of each target settled, one
 * party per span. Ids here are provisional; {@link RecordIds} numbers them in document order at
 * the end. Not thread-safe: one per document.
 */
final class RecordCollector {

  private final NormalizedText text;
  private final IndicatorTable indicators;
  private final List<Commitment> commitments = new ArrayList<>();
  private final Map<Span, Party> parties = new LinkedHashMap<>();
  private final List<Target> targets = new ArrayList<>();
  private final Map<String, String> targetDeadlines = new HashMap<>();
  private final List<Deadline> deadlines = new ArrayList<>();
  /** Canonical indicator ids by phrase, and section paths by section: asked once per document. */
  private final Map<String, String> indicatorIds = new HashMap<>();
  private final Map<Section, String> sectionPaths = new java.util.IdentityHashMap<>();

  RecordCollector(NormalizedText text, IndicatorTable indicators) {
    this.text = text;
    this.indicators = indicators;
  }

  private Span original(AnalyzedText piece, int start, int end) {
    return text.toOriginal(piece.offset() + start, piece.offset() + end);
  }

  String party(AnalyzedText piece, PartyFinder.Found found, Role role) {
    Span span = original(piece, found.start(), found.end());
    Party existing = parties.get(span);
    if (existing != null) {
      return existing.id();
    }
    Party p = new Party("p" + (parties.size() + 1), span, span.of(text.original()), found.name(), role);
    parties.put(span, p);
    return p.id();
  }

  String deadline(AnalyzedText piece, DeadlineFinder.Draft d) {
    Span span = original(piece, d.start(), d.end());
    Deadline deadline = new Deadline("d" + (deadlines.size() + 1), span, span.of(text.original()),
        d.kind(), d.due(), d.amount(), d.unit());
    deadlines.add(deadline);
    return deadline.id();
  }

  /** The deadline id of a target collected before, or null. */
  String deadlineOf(String targetId) {
    return targetDeadlines.get(targetId);
  }

  String target(AnalyzedText piece, TargetFinder.Draft t, String deadlineId, String place) {
    Span span = original(piece, t.start(), t.end());
    Quantity q = t.quantity();
    String indicatorId = indicatorIds.computeIfAbsent(t.indicator(),
        phrase -> indicators.match(phrase).map(Indicator::id).orElse(""));
    indicatorId = indicatorId.isEmpty() ? null : indicatorId;
    Target target = new Target("t" + (targets.size() + 1), span, span.of(text.original()),
        t.indicator(), indicatorId, t.direction(), q.value(), q.valueMax(), t.unit(),
        q.qualifier(), deadlineId, t.baselineYear(), place);
    targets.add(target);
    if (deadlineId != null) {
      targetDeadlines.put(target.id(), deadlineId);
    }
    return target.id();
  }

  void commitment(AnalyzedText piece, CommitmentFinder.Draft d, String action,
      List<String> partyIds, List<String> deadlineIds, List<String> targetIds, Outline outline) {
    Span span = original(piece, d.start(), d.end());
    List<String> distinct = partyIds.stream().distinct().toList();
    boolean specific = !distinct.isEmpty() || !deadlineIds.isEmpty() || !targetIds.isEmpty()
        || Deliverables.in(piece.text().substring(d.start(), d.end()));
    commitments.add(new Commitment("c" + (commitments.size() + 1), span, span.of(text.original()),
        d.modality(), action, distinct, deadlineIds, targetIds, specific,
        section(outline, piece.offset() + d.start())));
  }

  /** The headings over {@code position}, outermost first, joined by {@code >}; null if none. */
  private String section(Outline outline, int position) {
    return outline.sectionAt(position)
        .map(section -> sectionPaths.computeIfAbsent(section, s -> s.path().stream()
            .map(h -> h.heading().of(text.normalized()).strip()).collect(Collectors.joining(" > "))))
        .orElse(null);
  }

  Extraction build() {
    return RecordIds.inDocumentOrder(
        new Extraction(commitments, targets, deadlines, List.copyOf(parties.values())));
  }
}
