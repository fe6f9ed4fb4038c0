package org.zhengce.extract;

/**
 * The rules extraction applies to one kind of document, named so that rules for speeches and
 * rules for plans stay apart and testable. {@link #SPEECH} (speeches, meeting readouts, news): a
 * commitment opens at a modal word (要, 必须, 确保…); a clause without one becomes its own
 * commitment only with its own deadline, target or deliverable, or among other bare
 * instructions. {@link #PLAN} (plans, task lists, notices): every clause that opens with an action
 * verb (加快…, 推进…, 实施…) directs that action, so it is a commitment of its own, modal word or
 * not, unless it reports what happened (已…, 了). {@link #REPORT} (work reports): as plans, but
 * only outside the review of last year's work ({@code skipsReview}): results are not
 * commitments, and last year's figures are not targets. {@code directive} is the modality of an
 * action directed without a modal word: what a plan directs is {@code must}, what a work report
 * says the government does this year {@code will}, a speech's bare instruction {@code should}.
 * Immutable.
 */
public record ExtractionProfile(String name, boolean bareImperatives, boolean skipsReview,
    Modality directive) {

  public static final ExtractionProfile SPEECH = new ExtractionProfile("speech", false, false, Modality.SHOULD);
  public static final ExtractionProfile PLAN = new ExtractionProfile("plan", true, false, Modality.MUST);
  public static final ExtractionProfile REPORT = new ExtractionProfile("report", true, true, Modality.WILL);

  /** The profile for documents of {@code kind}. */
  public static ExtractionProfile forKind(Kind kind) {
    return switch (kind) {
      case PLAN, NOTICE -> PLAN;
      case REPORT -> REPORT;
      case SPEECH, MEETING, NEWS -> SPEECH;
    };
  }
}
