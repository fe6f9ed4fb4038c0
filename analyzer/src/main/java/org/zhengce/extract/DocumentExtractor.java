package org.zhengce.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.indicator.Indicator;
import org.zhengce.indicator.IndicatorTable;
import org.zhengce.segment.Segmenter;
import org.zhengce.structure.Attribution;
import org.zhengce.structure.Outline;
import org.zhengce.structure.ReportPart;
import org.zhengce.segment.Token;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * The extraction stage, wired in one place: clauses, tokens, deadlines and targets of the
 * normalized text, then commitments and the parties they make responsible, each span mapped back
 * to the original through the offset map. Time is resolved against the document date passed in.
 * Immutable and thread-safe; build once.
 */
public final class DocumentExtractor {

  /** 责成 X: X is made responsible; 责任在 X: X holds the responsibility. */
  private static final Pattern CHARGED = Pattern.compile("责成|责任[,，]?在|(落实|分解|明确|压实)到|督促|责令|需要|相信|希望");

  /** X的主要任务是…: X holds the task. */
  private static final Pattern TASK = Pattern.compile("的(主要|首要|重点|核心)任务是");

  /** Documents longer than this many characters are read in chunks of about this size. */
  static final int CHUNK = 200_000;

  private final Segmenter segmenter;
  private final ClauseSplitter clauses = new ClauseSplitter();
  private final CommitmentFinder commitments = new CommitmentFinder();
  private final PartyFinder parties = new PartyFinder();
  private final QuantityParser quantities = new QuantityParser();
  private final TargetFinder targets = new TargetFinder();
  private final DeadlineFinder deadlines = new DeadlineFinder();
  private final IndicatorTable indicators;

  /** An extractor with the standard table of canonical indicators. */
  public DocumentExtractor(Segmenter segmenter) {
    this(segmenter, IndicatorTable.standard());
  }

  public DocumentExtractor(Segmenter segmenter, IndicatorTable indicators) {
    this.segmenter = segmenter;
    this.indicators = indicators;
  }

  /** The records of {@code text}, read with the rules of the context's profile. */
  public Extraction extract(NormalizedText text, DocumentContext context) {
    Records records = new Records(text, indicators);
    String all = text.normalized();
    int from = 0;
    while (from < all.length()) {
      int to = chunkEnd(all, from);
      records.offset = from;
      extractChunk(all.substring(from, to), context, records);
      from = to;
    }
    return records.build();
  }

  /**
   * Where the chunk from {@code from} ends: at a line break or sentence end after {@value #CHUNK}
   * characters, so that a large document is segmented and held in pieces of bounded size.
   */
  private static int chunkEnd(String text, int from) {
    if (text.length() - from <= CHUNK) {
      return text.length();
    }
    for (int i = from + CHUNK; i < text.length() && i < from + 2 * CHUNK; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '。') {
        return i + 1;
      }
    }
    int cut = Math.min(text.length(), from + 2 * CHUNK); // no break at all: cut anyway
    return cut < text.length() && Character.isLowSurrogate(text.charAt(cut)) ? cut + 1 : cut;
  }

  private void extractChunk(String norm, DocumentContext context, Records records) {
    LocalDate documentDate = context.date();
    String place = context.place();
    List<Clause> clauseList = clauses.split(norm);
    List<Token> tokens = segmenter.segment(norm);
    List<TargetFinder.Draft> targetDrafts = targets.find(norm, clauseList, quantities.find(norm));
    List<DeadlineFinder.Draft> deadlineDrafts = deadlines.find(norm, documentDate);
    if (context.profile().skipsReview()) { // a work report's review holds results, not plans
      int offset = records.offset;
      Outline outline = context.outline();
      targetDrafts = targetDrafts.stream()
          .filter(t -> outline.reportPart(offset + t.start()) != ReportPart.REVIEW).toList();
      deadlineDrafts = deadlineDrafts.stream()
          .filter(d -> outline.reportPart(offset + d.start()) != ReportPart.REVIEW).toList();
    }
    PartyFinder.Words words = new PartyFinder.Words(tokens);
    List<CommitmentFinder.Draft> drafts = commitments.find(norm, clauseList, tokens,
        anchors(clauseList, targetDrafts, deadlineDrafts), words, context.profile());
    if (context.profile().skipsReview()) {
      int offset = records.offset;
      drafts = drafts.stream()
          .filter(d -> context.outline().reportPart(offset + d.start()) != ReportPart.REVIEW).toList();
    }

    int[] targetStarts = targetDrafts.stream().mapToInt(t -> t.quantity().start()).toArray();
    int[] deadlineStarts = deadlineDrafts.stream().mapToInt(DeadlineFinder.Draft::start).toArray();
    // a deadline counts inside a commitment, or in a target's sentence; ids on first use
    String[] deadlineIds = new String[deadlineDrafts.size()];
    String[] targetIds = new String[targetDrafts.size()];
    for (int k = 0; k < targetDrafts.size(); k++) {
      TargetFinder.Draft t = targetDrafts.get(k);
      int due = governing(clauseList, deadlineDrafts, deadlineStarts, t.quantity().start());
      targetIds[k] = records.target(t, due < 0 ? null : deadlineId(records, deadlineDrafts, deadlineIds, due), place);
    }
    int lastSentence = -1;
    List<String> lastParties = List.of();
    for (CommitmentFinder.Draft d : drafts) {
      // a commitment split off a sentence keeps the actor named earlier in it (市委…要成立…,
      // 制定…方案, 30个工作日内要上报…)
      int sentence = clauseList.get(clauseAt(clauseList, d.start())).sentence();
      List<String> partyIds = partiesOf(norm, d, words, records);
      partyIds.addAll(attributed(norm, context.outline(), d, records));
      if (partyIds.isEmpty() && sentence == lastSentence) {
        partyIds = lastParties;
      }
      lastSentence = sentence;
      lastParties = partyIds;
      List<String> linkedTargets = new ArrayList<>();
      for (int k = firstAtOrAfter(targetStarts, d.start()); k < targetStarts.length && targetStarts[k] < d.end(); k++) {
        if (targetDrafts.get(k).quantity().end() <= d.end()) {
          linkedTargets.add(targetIds[k]);
        }
      }
      List<String> linkedDeadlines = new ArrayList<>();
      for (int k = firstAtOrAfter(deadlineStarts, d.start()); k < deadlineStarts.length && deadlineStarts[k] < d.end(); k++) {
        if (deadlineDrafts.get(k).end() <= d.end()) {
          linkedDeadlines.add(deadlineId(records, deadlineDrafts, deadlineIds, k));
        }
      }
      for (String id : linkedTargets) {
        String due = records.deadlineOf(id);
        if (due != null && !linkedDeadlines.contains(due)) {
          linkedDeadlines.add(due);
        }
      }
      records.commitment(d, Action.of(norm, d), partyIds, linkedDeadlines, linkedTargets);
    }
  }

  /** The clauses holding a target, and the firm deadlines: what gives a clause its own item. */
  private static CommitmentFinder.Anchors anchors(List<Clause> clauses,
      List<TargetFinder.Draft> targets, List<DeadlineFinder.Draft> deadlines) {
    BitSet targetClauses = new BitSet();
    for (TargetFinder.Draft t : targets) {
      targetClauses.set(clauseAt(clauses, t.quantity().start()));
    }
    int[] firm = deadlines.stream().filter(DeadlineFinder.Draft::firm)
        .mapToInt(DeadlineFinder.Draft::start).toArray();
    return new CommitmentFinder.Anchors(targetClauses, firm);
  }

  /** The parties a commitment names: its actors, the holder of its task, those it charges. */
  private List<String> partiesOf(String norm, CommitmentFinder.Draft d, PartyFinder.Words words,
      Records records) {
    List<String> partyIds = new ArrayList<>();
    for (CommitmentFinder.Actor a : d.actors()) {
      Role role = roleAfter(norm, a.modalEnd(), d.end());
      for (PartyFinder.Found f : parties.actors(norm, a.from(), a.modalStart(), words)) {
        partyIds.add(records.party(f, role));
      }
    }
    Matcher task = TASK.matcher(norm).region(d.start(), d.end());
    if (task.find()) {
      for (PartyFinder.Found f : parties.actors(norm, d.bodyStart(), task.start(), words)) {
        partyIds.add(records.party(f, Role.RESPONSIBLE));
      }
    }
    Matcher charged = CHARGED.matcher(norm).region(d.start(), d.end());
    while (charged.find()) {
      int listEnd = pieceEnd(norm, charged.end(), d.end());
      for (PartyFinder.Found f : parties.list(norm, charged.end(), listEnd, words)) {
        partyIds.add(records.party(f, Role.RESPONSIBLE));
      }
    }
    return partyIds;
  }

  /**
   * The units an item's attribution names (（牵头单位：A；配合单位：B、C）), each a party with the
   * role of its label, for every commitment the attribution covers; a unit is one mention, so
   * the commitments of one item share its parties.
   */
  private static List<String> attributed(String norm, Outline outline, CommitmentFinder.Draft d,
      Records records) {
    List<String> ids = new ArrayList<>();
    for (Attribution a : outline.attributionsCovering(records.offset + d.start())) {
      Role role = switch (a.label()) {
        case LEAD -> Role.LEAD;
        case SUPPORT -> Role.SUPPORT;
        case RESPONSIBLE -> Role.RESPONSIBLE;
        case DEADLINE -> null;
      };
      int from = a.value().start() - records.offset;
      int to = a.value().end() - records.offset;
      if (role == null || from < 0 || to > norm.length()) {
        continue;
      }
      for (PartyFinder.Found unit : units(norm, from, to)) {
        ids.add(records.party(unit, role));
      }
    }
    return ids;
  }

  /** The units of an attribution's list: split at 、，；, without 等 or 按职责分工负责 after them. */
  private static List<PartyFinder.Found> units(String norm, int from, int to) {
    List<PartyFinder.Found> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || "、,，;；\n".indexOf(norm.charAt(i)) >= 0) {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(norm.charAt(s))) {
          s++;
        }
        Matcher tail = UNIT_TAIL.matcher(norm).region(s, e);
        if (tail.find()) {
          e = tail.start();
        }
        while (e > s && Character.isWhitespace(norm.charAt(e - 1))) {
          e--;
        }
        if (e - s >= 2) {
          out.add(new PartyFinder.Found(s, e, norm.substring(s, e).replaceAll("\\s+", "")));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** What follows a unit's name in a list: 等, 按职责分工负责/配合, 参与. */
  private static final Pattern UNIT_TAIL = Pattern.compile("(等|按职责分工.*|分别负责.*|负责$|参与$)$");

  private static String deadlineId(Records records, List<DeadlineFinder.Draft> drafts, String[] ids,
      int k) {
    if (ids[k] == null) {
      ids[k] = records.deadline(drafts.get(k));
    }
    return ids[k];
  }

  /** The first index whose value is at least {@code value}; the values are sorted. */
  private static int firstAtOrAfter(int[] sorted, int value) {
    int k = java.util.Arrays.binarySearch(sorted, value);
    if (k < 0) {
      return -k - 1;
    }
    while (k > 0 && sorted[k - 1] == value) {
      k--;
    }
    return k;
  }

  /**
   * The index of the deadline nearest before {@code position} in its sentence, else of the first
   * after it in the sentence, else -1.
   */
  private static int governing(List<Clause> clauses, List<DeadlineFinder.Draft> all, int[] starts,
      int position) {
    int sentence = clauses.get(clauseAt(clauses, position)).sentence();
    int next = firstAtOrAfter(starts, position);
    for (int k = next - 1; k >= 0; k--) {
      DeadlineFinder.Draft d = all.get(k);
      int s = clauses.get(clauseAt(clauses, d.start())).sentence();
      if (s != sentence) {
        break;
      }
      if (d.end() <= position) {
        return k;
      }
    }
    for (int k = next; k < all.size(); k++) {
      if (clauses.get(clauseAt(clauses, all.get(k).start())).sentence() != sentence) {
        break;
      }
      return k;
    }
    return -1;
  }

  private static int clauseAt(List<Clause> clauses, int position) {
    int lo = 0;
    int hi = clauses.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (clauses.get(mid).start() <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Where a list of parties after 责成 ends: at punctuation or the verb that follows. */
  private static int pieceEnd(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (",，;；。:：".indexOf(c) >= 0) {
        return i;
      }
    }
    return limit;
  }

  private static Role roleAfter(String text, int from, int to) {
    String after = text.substring(from, to);
    if (PartyWords.LEAD.matcher(after).find()) {
      return Role.LEAD;
    }
    if (PartyWords.SUPPORT.matcher(after).find()) {
      return Role.SUPPORT;
    }
    if (PartyWords.SUPERVISE.matcher(after).find()) {
      return Role.SUPERVISOR;
    }
    return Role.RESPONSIBLE;
  }

  /** Collects records with ids and original spans, one party per span. */
  private static final class Records {
    private final NormalizedText text;
    private final IndicatorTable indicators;
    /** Where the chunk being read starts in the normalized text. */
    private int offset;
    private final List<Commitment> commitments = new ArrayList<>();
    private final Map<Span, Party> parties = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();

    Records(NormalizedText text, IndicatorTable indicators) {
      this.text = text;
      this.indicators = indicators;
    }

    String party(PartyFinder.Found found, Role role) {
      Span span = text.toOriginal(offset + found.start(), offset + found.end());
      Party existing = parties.get(span);
      if (existing != null) {
        return existing.id();
      }
      Party p = new Party("p" + (parties.size() + 1), span, span.of(text.original()), found.name(), role);
      parties.put(span, p);
      return p.id();
    }

    String deadline(DeadlineFinder.Draft d) {
      Span span = text.toOriginal(offset + d.start(), offset + d.end());
      Deadline deadline = new Deadline("d" + (deadlines.size() + 1), span, span.of(text.original()),
          d.kind(), d.due(), d.amount(), d.unit());
      deadlines.add(deadline);
      return deadline.id();
    }

    String deadlineOf(String targetId) {
      for (Target t : targets) {
        if (t.id().equals(targetId)) {
          return t.deadline();
        }
      }
      return null;
    }

    String target(TargetFinder.Draft t, String deadlineId, String place) {
      Span span = text.toOriginal(offset + t.start(), offset + t.end());
      Quantity q = t.quantity();
      Target target = new Target("t" + (targets.size() + 1), span, span.of(text.original()),
          t.indicator(), indicators.match(t.indicator()).map(Indicator::id).orElse(null), t.direction(), q.value(), q.valueMax(), t.unit(), q.qualifier(), deadlineId,
          t.baselineYear(), place);
      targets.add(target);
      return target.id();
    }

    void commitment(CommitmentFinder.Draft d, String action, List<String> partyIds,
        List<String> deadlineIds, List<String> targetIds) {
      Span span = text.toOriginal(offset + d.start(), offset + d.end());
      List<String> parties = partyIds.stream().distinct().toList();
      boolean specific = !parties.isEmpty() || !deadlineIds.isEmpty() || !targetIds.isEmpty()
          || Deliverables.in(text.normalized().substring(offset + d.start(), offset + d.end()));
      commitments.add(new Commitment("c" + (commitments.size() + 1), span, span.of(text.original()),
          d.modality(), action, parties, deadlineIds, targetIds, specific));
    }

    Extraction build() {
      return RecordIds.inDocumentOrder(
          new Extraction(commitments, targets, deadlines, List.copyOf(parties.values())));
    }
  }
}
