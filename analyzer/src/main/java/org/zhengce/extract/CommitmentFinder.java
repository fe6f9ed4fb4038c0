package org.zhengce.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhengce.segment.Token;
import org.zhengce.text.FirstCharPattern;

/**
 * Groups clauses into commitments, sentence by sentence. A commitment opens at the first clause
 * with a modal word ({@link ModalWords}), taking in one clause before it that names its topic or
 * actor (各地各有关单位对…的问题, 要…), and runs on to the sentence's end, but for a clause without a
 * modal word that has its own deadline or target (确保今年PM2.5…下降10%, PM10…下降12%以上 gives
 * two) or that starts a new action on a deliverable (…, 制定切实可行的整改方案): such a clause opens
 * a commitment of the same modality, as it does, with the profile's {@link
 * ExtractionProfile#directive() directive} modality, in a sentence without modal words (the bullet
 * points of a plan: must; a work report's planned work: will). Headlines — short
 * lines without closing punctuation — are not commitments. Positions are of the normalized text.
 */
final class CommitmentFinder {

  /**
   * A commitment found: its span, modality, where its first modal word stands (-1 if inherited),
   * and for each clause with a modal word the stretch before it, where an actor stands.
   */
  record Draft(int start, int end, Modality modality, int modalStart, int modalEnd, int bodyStart,
      List<Actor> actors) {

    Draft extendTo(int newEnd, Actor actor) {
      List<Actor> more = new ArrayList<>(actors);
      if (actor != null) {
        more.add(actor);
      }
      return new Draft(start, newEnd, modality, modalStart, modalEnd, bodyStart, more);
    }
  }

  /** The stretch {@code [from, modalStart)} before a modal word and where the action after it ends. */
  record Actor(int from, int modalStart, int modalEnd, int clauseEnd) {}

  /** Sentences that assign a responsibility without a modal word: 责成…, 责任在…, 主要任务是…. */
  private static final FirstCharPattern ASSIGNS = FirstCharPattern.of(
      Pattern.compile("责成|责任[,，]?在|(主要|首要|重点|核心)任务是"), "责主首重核");

  private static final int HEADLINE_MAX = 60;

  private final PartyFinder parties = new PartyFinder();
  private final ActorClauses actorClauses = new ActorClauses();

  /**
   * What gives a clause an item of its own: the clauses holding a target, and where the firm
   * deadlines (30个工作日内, 到2020年) start.
   */
  record Anchors(BitSet targets, int[] deadlineStarts, int[] deadlineEnds) {

    /** Whether a firm deadline starts in {@code [from, to)}; the starts are sorted. */
    boolean deadlineIn(int from, int to) {
      int k = java.util.Arrays.binarySearch(deadlineStarts, from);
      int first = k >= 0 ? k : -k - 1;
      return first < deadlineStarts.length && deadlineStarts[first] < to;
    }

    /** Whether one firm deadline covers the words of {@code [from, to)} but quotes and marks. */
    boolean deadlineCovers(int from, int to) {
      for (int k = 0; k < deadlineStarts.length && deadlineStarts[k] <= from + 1; k++) {
        if (deadlineStarts[k] >= from - 1 && deadlineEnds[k] >= to - 1) {
          return true;
        }
      }
      return false;
    }
  }

  List<Draft> find(String text, List<Clause> clauses, List<Token> tokens, Anchors anchors,
      Words words, ExtractionProfile profile) {
    BitSet anchored = (BitSet) anchors.targets().clone();
    for (int c = 0; c < clauses.size(); c++) {
      if (anchors.deadlineIn(clauses.get(c).start(), clauses.get(c).end())) {
        anchored.set(c);
      }
    }
    List<Draft> out = new ArrayList<>();
    int[] firstToken = firstTokens(clauses, tokens);
    int i = 0;
    while (i < clauses.size()) {
      int sentence = clauses.get(i).sentence();
      int j = i;
      while (j < clauses.size() && clauses.get(j).sentence() == sentence) {
        j++;
      }
      if (!isHeadline(text, clauses.get(i), clauses.get(j - 1))
          && !PREAMBLE.find(text, clauses.get(j - 1).start(), clauses.get(j - 1).end())) {
        inSentence(text, clauses, tokens, firstToken, anchored, anchors, words, profile, i, j, out);
      }
      i = j;
    }
    return out;
  }

  private void inSentence(String text, List<Clause> clauses, List<Token> tokens, int[] firstToken,
      BitSet anchored, Anchors anchors, Words words, ExtractionProfile profile, int from,
      int to, List<Draft> out) {
    Draft current = null;
    List<Actor> roles = new ArrayList<>(); // 由A牵头，B配合，…: the actors of the next action
    int rolesFrom = -1;
    int lastTaken = from - 1;
    int lastModal = from - 1;
    boolean bareTime = false;
    // a sentence that reports (改变了…) or states (…,是我们的优良传统) opens no bare instruction
    boolean statement = STATEMENT.find(text, clauses.get(from).start(), clauses.get(to - 1).end());
    // “十四五”时期，是…的关键时期: a sentence that says what something is directs nothing, even in a plan
    boolean copula = COPULA.find(text, clauses.get(from).start(), clauses.get(to - 1).end());
    for (int c = from; c < to; c++) {
      Clause clause = clauses.get(c);
      int tokenEnd = c + 1 < firstToken.length ? firstToken[c + 1] : tokens.size();
      Optional<ModalWords.Found> modal = ModalWords.first(text, tokens, firstToken[c], tokenEnd);
      boolean isModal = modal.isPresent();
      // a new action splits off when it names a deliverable (…, 制定切实可行的整改方案), or when
      // it follows another bare instruction (a plan's bullet points: 设立…资金, 对…实施…改造)
      boolean action = !modal.isPresent() && isDirective(text, tokens, firstToken[c], tokenEnd, profile.bareImperatives())
          && (current != null || !statement || profile.bareImperatives()) && !(copula && current == null);
      boolean inInstructions = current != null && current.modalStart() < 0 && !anchored.get(c);
      // a plan's clause that names its actor first: 市生态环境局负责…, 各县区对…负总责
      Actor led = modal.isEmpty() && !action && profile.bareImperatives() && !statement
          ? actorClauses.actor(text, tokens, firstToken[c], tokenEnd, clause.bodyStart(), clause.end(), words)
          : null;
      if (led != null && ActorClauses.onlyRole(text, led)) {
        rolesFrom = rolesFrom < 0 ? c : rolesFrom;
        roles.add(led);
        lastTaken = c;
        continue;
      }
      if (modal.isEmpty() && profile.bareImperatives() && isScopeLead(tokens, firstToken[c], tokenEnd)) {
        // 围绕“浪潮”…等产品系列，招引…: the scope leads into the action after it
        if (bareTime && current != null) { // 到2025年，围绕…，建成…: the time leads in too
          current = current.extendTo(clause.end(), null);
        } else {
          close(current, out);
          current = null;
          rolesFrom = rolesFrom < 0 ? c : rolesFrom;
        }
        lastTaken = c;
        continue;
      }
      // in a plan every clause with its own action is an item of its own
      boolean directive = (action || led != null)
          && (profile.bareImperatives() || Deliverables.in(clause.of(text)) || inInstructions);
      if (modal.isPresent()) {
        Token word = tokens.get(modal.get().index());
        int startClause = current == null && c > from && c - 1 > lastTaken ? c - 1 : c;
        // the actor stands somewhere after the last modal clause: 各区县按照…要求,咬住…,确保…
        Actor actor = new Actor(clauses.get(lastModal + 1).bodyStart(), word.start(),
            modalEnd(tokens, modal.get()), clause.end());
        boolean ownActor = word.start() > clause.bodyStart()
            && (hasOwnSubject(tokens, firstToken[c], modal.get().index())
                || !parties.list(text, clause.bodyStart(), word.start(), words).isEmpty());
        // 中心城区要…, 各县城要…: another actor; 确保今年PM2.5…下降10%: a target; 30个工作日内要…: a
        // deadline put first; 该立即解决的, 就要…: a case of its own: another item
        boolean topic = c > from && clauses.get(c - 1).of(text).endsWith("的");
        // …超前布局，争取…取得突破: a modal clause after a bare instruction of a plan is its own item
        boolean afterBare = current != null && current.modalStart() < 0 && profile.bareImperatives();
        boolean ownItem = ownActor || anchors.targets().get(c) || topic || afterBare
            || anchors.deadlineIn(clause.bodyStart(), word.start());
        if (current != null && ownItem && !bareTime) {
          close(current, out);
          current = null;
          startClause = topic ? c - 1 : c;
        }
        bareTime = false;
        if (current == null && rolesFrom >= 0) {
          startClause = rolesFrom;
        }
        current = current != null ? current.extendTo(clause.end(), actor)
            : new Draft(clauses.get(startClause).start(), clause.end(), modal.get().modality(),
                word.start(), actor.modalEnd(), clauses.get(startClause).bodyStart(), actors(roles, actor));
        roles.clear();
        rolesFrom = -1;
        lastTaken = c;
      } else if (current == null && c == from && assigns(text, clauses.get(from), clauses.get(to - 1))) {
        current = new Draft(clause.start(), clause.end(), Modality.MUST, -1, -1, clause.bodyStart(),
            List.of());
        lastTaken = c;
      } else if ((anchored.get(c) && !copula) || directive) {
        // a clause with its own deadline or target, or a new action on a deliverable
        // (制定…方案, 建立…台账): its own item
        Modality inherited = current != null ? current.modality() : profile.directive();
        if (bareTime && current != null) { // 到"十三五"末, 森林覆盖率…: the time belongs to what follows
          current = current.extendTo(clause.end(), null);
          bareTime = false;
        } else {
          close(current, out);
          int open = rolesFrom >= 0 ? rolesFrom : c;
          current = new Draft(clauses.get(open).start(), clause.end(), inherited, -1, -1,
              clauses.get(open).bodyStart(), actors(roles, led));
          roles.clear();
          rolesFrom = -1;
          bareTime = anchored.get(c) && (isBareTime(tokens, firstToken[c], tokenEnd)
              || anchors.deadlineCovers(clause.bodyStart(), clause.end())); // “十四五”时期，…
        }
        lastTaken = c;
      } else if (current != null) {
        current = current.extendTo(clause.end(), null);
        lastTaken = c;
      }
      if (isModal) {
        lastModal = c;
      }
    }
    close(current, out);
  }

  /** The actors a prose attribution gave ({@code roles}) and the clause's own, if any. */
  private static List<Actor> actors(List<Actor> roles, Actor own) {
    List<Actor> all = new ArrayList<>(roles);
    if (own != null) {
      all.add(own);
    }
    return List.copyOf(all);
  }

  /**
   * A clause that opens with an action verb, perhaps after an adverb (制定…, 积极谋划…, 严格执行…)
   * or its object after 对 (对化工行业实施…), in plans and reports after any preposition (在…领域超前
   * 布局, 围绕…开展…), and reads as an instruction: no reporting verb, nothing that says it already
   * happened.
   */
  private static boolean isDirective(String text, List<Token> tokens, int from, int to,
      boolean anyPreposition) {
    int k = from;
    while (k + 1 < to && k < from + 2 && (tokens.get(k).pos().equals("d") || tokens.get(k).pos().startsWith("a"))) {
      k++; // 严格执行, 突出实施, 积极谋划
    }
    if (k >= to) {
      return false;
    }
    String opening = tokens.get(k).text();
    if (opening.equals("对") || opening.equals("对于")
        || (anyPreposition && tokens.get(k).pos().equals("p") && !CIRCUMSTANCE.contains(opening))) {
      // 对化工、钢铁等行业实施…改造, 在材料科学…领域超前布局: the action follows its object or place
      while (k < to && !(tokens.get(k).pos().startsWith("v") && !tokens.get(k).pos().equals("vn"))) {
        k++;
      }
      boolean object = opening.equals("对") || opening.equals("对于"); // 对…标准的用能单位实行…: its object
      for (int r = k; anyPreposition && !object && r < to; r++) {
        if (tokens.get(r).text().equals("的")) {
          return false; // 以铸造、砖瓦窑…为主导的产业集群: a noun phrase, no action
        }
      }
      if (k >= to) {
        return false;
      }
    }
    Token first = tokens.get(k);
    // 严格项目审批, 畅通国内大循环: an adjective that takes an object directs as a verb does
    boolean causative = CommitmentWords.CAUSATIVE.contains(tokens.get(from).text()) && from + 1 < to
        && (tokens.get(from + 1).pos().startsWith("n") || tokens.get(from + 1).pos().equals("vn")
            || tokens.get(from + 1).pos().startsWith("r") || tokens.get(from + 1).pos().equals("v"));
    if (!causative && (!first.pos().startsWith("v") || CommitmentWords.REPORTING.contains(first.text()))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.end() > t.start() && PAST_FIRST.get(text.charAt(t.start())) && PAST.contains(t.text())) {
        return false;
      }
    }
    return true;
  }

  /** Words that make a sentence a report or a statement rather than an instruction. */
  private static final FirstCharPattern STATEMENT =
      FirstCharPattern.of(Pattern.compile("了|已经|已|[,，]是|说明|证明|表明"), "了已,，说证表");

  /**
   * The clause that ends a document's preamble (为…，根据…，结合本市实际，制定本方案): the sentence says
   * why the document exists, it directs nothing.
   */
  private static final FirstCharPattern PREAMBLE = FirstCharPattern.of(Pattern.compile(
      "(制定|制订|编制|出台|印发)本(实施)?(方案|计划|规划|意见|办法|细则|纲要|行动计划|工作计划|措施)"
          + "|(提出|制定)(如下|以下)(意见|措施|方案)"), "制编出印提");

  /** Prepositions of a circumstance, not of an action's place or object: 随着…推进, 由于…. */
  private static final Set<String> CIRCUMSTANCE = Set.of("被", "随着", "由于", "鉴于", "经过", "因");

  /** A clause that opens with 是 after a comma: the sentence says what something is. */
  private static final FirstCharPattern COPULA = FirstCharPattern.of(Pattern.compile("[,，]是(?!否)"), ",，");

  /** Words that say a clause reports the past. */
  private static final Set<String> PAST = Set.of("了", "已", "已经", "曾", "曾经", "过去", "去年", "以来");
  private static final BitSet PAST_FIRST = PAST.stream().mapToInt(w -> w.charAt(0))
      .collect(BitSet::new, BitSet::set, BitSet::or);

  /** A clause that only sets the scope of the action after it: 围绕…, 依托…载体, 按照…要求. */
  private static boolean isScopeLead(List<Token> tokens, int from, int to) {
    if (from >= to || !CommitmentWords.SCOPE.contains(tokens.get(from).text())) {
      return false;
    }
    if (tokens.get(from).text().equals("以")) { // 以创建国际消费中心城市为统领: 以…为… frames what follows
      int end = tokens.get(to - 1).isPunctuation() ? to - 1 : to;
      for (int k = Math.max(from + 1, end - 2); k < end; k++) {
        if (tokens.get(k).text().equals("为")) {
          return true;
        }
      }
    }
    int lastOf = -1; // 面对大桥通车后的新机遇: a verb before the last 的 modifies the noun
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).text().equals("的")) {
        lastOf = k;
      }
    }
    boolean quoted = false;
    for (int k = Math.max(from + 1, lastOf + 1); k < to; k++) {
      String word = tokens.get(k).text();
      quoted = word.startsWith("“") || word.startsWith("《") ? true
          : word.endsWith("”") || word.endsWith("》") ? false : quoted;
      String pos = tokens.get(k).pos();
      // a verb in a quoted name (“超越申泰”) or the 为 of 以…为统领 is no action of the clause
      if (!quoted && pos.startsWith("v") && !pos.equals("vn") && !word.equals("为")) {
        return false;
      }
    }
    return true;
  }

  /** A clause of nothing but a time expression: 到"十三五"末, 今年. */
  private static boolean isBareTime(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = tokens.get(k).pos();
      if (!(pos.equals("t") || pos.equals("mq") || pos.equals("m") || pos.startsWith("w")
          || pos.equals("f") || tokens.get(k).text().equals("到") || pos.equals("nz"))) {
        return false;
      }
    }
    return true;
  }

  /** A subject of its own before the modal word: nouns, no verb (中心城区要…, 各县城要…). */
  private static boolean hasOwnSubject(List<Token> tokens, int from, int modalIndex) {
    boolean noun = false;
    for (int k = from; k < modalIndex; k++) {
      String pos = tokens.get(k).pos();
      if (pos.startsWith("v") || pos.startsWith("p") || pos.startsWith("w") || pos.equals("t")
          || pos.equals("mq")) {
        return false;
      }
      noun |= pos.startsWith("n") || pos.equals("r") || pos.equals("s");
    }
    return noun;
  }

  private static int modalEnd(List<Token> tokens, ModalWords.Found found) {
    int k = found.index();
    Token word = tokens.get(k);
    // 一定 + 要/会/能: the modal ends after the second word
    if (k + 1 < tokens.size() && "要会能".contains(tokens.get(k + 1).text())
        && tokens.get(k + 1).start() == word.end()) {
      return tokens.get(k + 1).end();
    }
    return word.end();
  }

  private static boolean assigns(String text, Clause first, Clause last) {
    return ASSIGNS.find(text, first.start(), last.end());
  }

  private static void close(Draft draft, List<Draft> out) {
    if (draft != null) {
      out.add(draft);
    }
  }

  /** For each clause, the index of its first token at or after its body start. */
  private static int[] firstTokens(List<Clause> clauses, List<Token> tokens) {
    int[] first = new int[clauses.size()];
    int t = 0;
    for (int c = 0; c < clauses.size(); c++) {
      while (t < tokens.size() && tokens.get(t).start() < clauses.get(c).bodyStart()) {
        t++;
      }
      first[c] = t;
    }
    return first;
  }

  /** A short line of its own without a sentence end: a title or a heading. */
  private static boolean isHeadline(String text, Clause first, Clause last) {
    if (last.end() - first.start() > HEADLINE_MAX) {
      return false;
    }
    int lineStart = first.start();
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      if (first.start() - lineStart > HEADLINE_MAX) {
        return false;
      }
      lineStart--;
    }
    int lineEnd = last.end();
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
      if (lineEnd - last.end() > HEADLINE_MAX) {
        return false;
      }
      lineEnd++;
    }
    String line = text.substring(lineStart, lineEnd).strip();
    if (line.length() > HEADLINE_MAX || line.isEmpty()) {
      return false;
    }
    // a sentence end anywhere (…方案。（牵头单位：…）) makes it a sentence, not a title
    for (int i = 0; i < line.length(); i++) {
      if ("。！？；!?;…".indexOf(line.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

}
