package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.structure.Attribution;
import org.zhengce.text.FirstCharPattern;

/**
 * The party stage: who a commitment makes act. Its actors before the modal word (各县区要…, with
 * the role the words after it give: 牵头, 配合, 督导), the holder of its task (X的主要任务是…),
 * those it charges (责成 X, 落实到 X), and the units of the attributions of the outline that
 * cover it ({@code （牵头单位：A；配合单位：B、C）}: lead, support, responsible by label).
 * Immutable and thread-safe.
 */
final class PartyExtractor {

  /** A party found for a commitment: where its name stands, and its role there. */
  record Mention(PartyFinder.Found found, Role role) {}

  /** 责成 X: X is made responsible; 责任在 X: X holds the responsibility. */
  private static final FirstCharPattern CHARGED = FirstCharPattern.of(
      Pattern.compile("责成|责任[,，]?在|(落实|分解|明确|压实)到|责令|需要|相信|希望"), "责落分明压需相希");

  /** X的主要任务是…: X holds the task. */
  private static final FirstCharPattern TASK = FirstCharPattern.of(Pattern.compile("的(主要|首要|重点|核心)任务是"), "的");

  /**
   * A notice's addressees, a line of their own near its top that ends with a colon: 厅机关各处室：,
   * 各区县（市）人民政府，市人民政府各部门，各有关单位：, …各直属机构：, …各高等院校：.
   */
  private static final Pattern ADDRESSEES = Pattern.compile(
      "[^\\n:：。；;]{2,80}(政府|部门|单位|处室|机关|机构|委员会|管委会|委|办|局|厅|院校|学校|公司|集团|企业)[:：][ \\t]*(?=\\n|$)");

  /** Addressees stand within this many characters of a notice's start. */
  private static final int ADDRESSEES_WITHIN = 1500;

  private final PartyFinder parties = new PartyFinder();

  /** The addressees of a notice or plan issued by one, each responsible; none in other kinds. */
  List<Mention> addressees(AnalyzedText text, DocumentContext context) {
    if (text.offset() > 0 || (context.kind() != Kind.NOTICE && context.kind() != Kind.PLAN)) {
      return List.of();
    }
    String norm = text.text();
    int within = Math.min(norm.length(), ADDRESSEES_WITHIN);
    Matcher m = ADDRESSEES.matcher(norm);
    // the colon must close a line that is the addressees alone: tried at line starts only
    for (int lineStart = 0; lineStart < within; lineStart = norm.indexOf('\n', lineStart) + 1) {
      if (m.region(lineStart, within).lookingAt()) {
        List<Mention> out = new ArrayList<>();
        for (PartyFinder.Found unit : units(norm, lineStart, m.end(1))) {
          out.add(new Mention(unit, Role.RESPONSIBLE));
        }
        return out;
      }
      if (norm.indexOf('\n', lineStart) < 0) {
        break;
      }
    }
    return List.of();
  }

  List<Mention> of(AnalyzedText text, DocumentContext context, CommitmentFinder.Draft d) {
    List<Mention> out = new ArrayList<>();
    named(text, d, out);
    attributed(text, context, d, out);
    return out;
  }

  /** The parties the commitment's own words name: actors, the holder of its task, the charged. */
  private void named(AnalyzedText text, CommitmentFinder.Draft d, List<Mention> out) {
    String norm = text.text();
    int supervises = d.actors().isEmpty() ? -1 : PartyWords.SUPERVISE.lastStart(norm, d.start(), d.end());
    for (CommitmentFinder.Actor a : d.actors()) {
      Role role = roleAfter(norm, a.modalEnd(), d.end(), supervises);
      for (PartyFinder.Found f : parties.actors(norm, a.from(), a.modalStart(), text.words())) {
        out.add(new Mention(f, role));
      }
    }
    int task = TASK.firstStart(norm, d.start(), d.end());
    if (task >= 0) {
      for (PartyFinder.Found f : parties.actors(norm, d.bodyStart(), task, text.words())) {
        out.add(new Mention(f, Role.RESPONSIBLE));
      }
    }
    CHARGED.forEach(norm, d.start(), d.end(), charged -> {
      int listEnd = pieceEnd(norm, charged.end(), d.end());
      for (PartyFinder.Found f : parties.list(norm, charged.end(), listEnd, text.words())) {
        out.add(new Mention(f, Role.RESPONSIBLE));
      }
    });
    objects(text, d, PartyWords.MADE_TO_ACT, Role.RESPONSIBLE, false, out);
    objects(text, d, PartyWords.JOINED, Role.SUPPORT, true, out);
    objects(text, d, PartyWords.TOGETHER, Role.SUPPORT, true, out);
  }

  /**
   * The bodies a commitment's verb makes act, each with {@code role}: the object of 指导, 组织,
   * 鼓励… (指导各设区市结合…制定), of 会同 (会同省财政厅制定…), of 与…共同 (与省生态环境厅共同建立…),
   * when a verb of their own follows them ({@code joins}: or when they end the commitment's
   * clause, 会同市审计部门，对…进行监督).
   */
  private void objects(AnalyzedText text, CommitmentFinder.Draft d, FirstCharPattern trigger,
      Role role, boolean joins, List<Mention> out) {
    trigger.forEach(text.text(), d.start(), d.end(), m -> {
      int from = m.end(1);
      for (int to : objectEnds(text, from, m.end() > from ? m.start(2) : d.end(), joins)) {
        List<PartyFinder.Found> found = parties.list(text.text(), from, to, text.words());
        if (!found.isEmpty() && PartyFinder.endsAt(text.text(), found.get(found.size() - 1), to)) {
          found.forEach(f -> out.add(new Mention(f, role)));
          break;
        }
      }
    });
  }

  /** How many verbs an object's name may hold (督促各类危险废物产生单位依法申报…). */
  private static final int NAME_VERBS = 2;

  /**
   * Where the object that starts at {@code from} may end, nearest first: before one of its first
   * verbs, adverbs or prepositions, which come before {@code limit}; before a comma when its verb
   * follows in the next clause (会同市审计部门，对…进行监督); at {@code limit} when it may end there.
   */
  private static List<Integer> objectEnds(AnalyzedText text, int from, int limit, boolean mayEndAtLimit) {
    Words words = text.words();
    int k = words.from(from);
    List<Integer> ends = new ArrayList<>();
    if (k >= words.size() || words.token(k).start() != from) {
      return ends; // the trigger must end a word: not 组织 inside 党组织
    }
    int first = k;
    for (; k < words.size() && words.token(k).start() < limit && ends.size() < NAME_VERBS; k++) {
      String pos = words.token(k).pos();
      if (k > first && ((pos.startsWith("v") && !pos.equals("vn")) || pos.startsWith("d") || pos.startsWith("p"))) {
        ends.add(words.token(k).start());
      } else if (words.token(k).isPunctuation() && !words.token(k).text().equals("、")) {
        if (k > first && ",，".contains(words.token(k).text())) {
          ends.add(words.token(k).start());
        }
        return ends;
      }
    }
    if (mayEndAtLimit && k > first && ends.isEmpty() && limit <= text.text().length()) {
      ends.add(limit);
    }
    return ends;
  }

  /**
   * The units an item's attribution names, each with the role of its label, for every commitment
   * the attribution covers; a unit is one mention, so the commitments of one item share it.
   */
  private static void attributed(AnalyzedText text, DocumentContext context,
      CommitmentFinder.Draft d, List<Mention> out) {
    for (Attribution a : context.outline().attributionsCovering(text.offset() + d.start())) {
      Role role = switch (a.label()) {
        case LEAD -> Role.LEAD;
        case SUPPORT -> Role.SUPPORT;
        case RESPONSIBLE -> Role.RESPONSIBLE;
        case DEADLINE -> null;
      };
      int from = a.value().start() - text.offset();
      int to = a.value().end() - text.offset();
      if (role == null || from < 0 || to > text.text().length()) {
        continue;
      }
      for (PartyFinder.Found unit : units(text.text(), from, to)) {
        out.add(new Mention(unit, role));
      }
    }
  }

  /** The units of an attribution's list or of a notice's addressees ({@link UnitList}). */
  static List<PartyFinder.Found> units(String norm, int from, int to) {
    return UnitList.split(norm, from, to);
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

  /**
   * The role the words after an actor's modal word give it: 牵头 or 负责 right after it, 配合 or
   * 支持 right after it, or 督导, 监督检查… anywhere after it in the commitment ({@code supervises}
   * is where the last of those starts, found once per commitment, so that a long commitment with
   * many actors is read in linear time).
   */
  private static Role roleAfter(String text, int from, int to, int supervises) {
    if (PartyWords.LEAD.matcher(text).region(from, to).lookingAt()) {
      return Role.LEAD;
    }
    if (PartyWords.SUPPORT.matcher(text).region(from, to).lookingAt()) {
      return Role.SUPPORT;
    }
    if (supervises >= from) {
      return Role.SUPERVISOR;
    }
    return Role.RESPONSIBLE;
  }
}
