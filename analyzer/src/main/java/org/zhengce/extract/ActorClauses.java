package org.zhengce.extract;

import java.util.List;
import org.zhengce.segment.Token;

/**
 * Clauses that name their actor and act without a modal word, as plans and task lists write them:
 * 市生态环境局负责全市生态环境监测网络建设, 各县区对本辖区目标任务完成负总责, 省经济和信息化厅会同省财政厅
 * 制定…细则. The words before the first verb must be parties and nothing else; the actor is then
 * the actor of the commitment the clause opens, as the subject of a 要 clause is; a clause that
 * only gives a role (由市发展改革委牵头，市统计局配合，建立…) lends its actor to the action after it.
 * Positions are of the normalized text. Immutable and thread-safe.
 */
final class ActorClauses {

  private final PartyFinder parties = new PartyFinder();

  /**
   * The actor of the clause whose tokens are {@code [from, to)} and whose words start at {@code
   * bodyStart}, or null when it does not open with a party followed by its verb.
   */
  CommitmentFinder.Actor actor(String text, List<Token> tokens, int from, int to, int bodyStart,
      int clauseEnd, Words words) {
    int k = from < to && tokens.get(from).text().equals("由") ? from + 1 : from; // 由市发展改革委牵头
    int first = k;
    // the name may hold a verb of its own (数据使用部门负责…): the first verbs are tried in turn
    for (int tried = 0; tried < NAME_VERBS; tried++, k++) {
      while (k < to && !acts(tokens.get(k))) {
        if (!mayName(tokens.get(k), k == first)) {
          return null; // 今年…, 及时与…, 我代表…, 50%…: no actor stands first
        }
        k++;
      }
      if (k == first || k >= to || CommitmentWords.REPORTING.contains(verbAfter(tokens, k, to))
          || CommitmentWords.REACHING.contains(tokens.get(k).text())) {
        return null; // 各级政府是…: a statement; 重点行业产能和数据中心达到…比例: a state, not an action
      }
      int verb = tokens.get(k).start();
      List<PartyFinder.Found> found = parties.list(text, bodyStart, verb, words);
      if (!found.isEmpty() && PartyFinder.endsAt(text, found.get(found.size() - 1), verb)) {
        return new CommitmentFinder.Actor(bodyStart, verb, verb, clauseEnd);
      }
    }
    return null;
  }

  /** The verb at {@code k}, or after the preposition at {@code k} (对中山寄予厚望 → 寄予). */
  private static String verbAfter(List<Token> tokens, int k, int to) {
    if (!tokens.get(k).pos().equals("p")) {
      return tokens.get(k).text();
    }
    for (int v = k + 1; v < to; v++) {
      if (tokens.get(v).pos().startsWith("v") && !tokens.get(v).pos().equals("vn")) {
        return tokens.get(v).text();
      }
    }
    return "";
  }

  /** How many verbs a party's name may hold before the verb of its clause. */
  private static final int NAME_VERBS = 2;

  /**
   * Whether the clause of {@code actor} says only who takes which role (由市发展改革委牵头, 市统计局配合):
   * a prose attribution of the action that follows it in the sentence.
   */
  static boolean onlyRole(String text, CommitmentFinder.Actor actor) {
    return ROLE_ONLY.matcher(text).region(actor.modalStart(), actor.clauseEnd()).matches();
  }

  private static final java.util.regex.Pattern ROLE_ONLY = java.util.regex.Pattern.compile(
      "(?:按职责分工|分工|分别|共同)?(牵头|配合|负责|参与|协助|协办|主办|承办)(?:实施|落实)?[\\s，,。；;]*");

  /**
   * Whether a word may stand in the name of an actor: nouns (市生态环境局), 各 and 有关, nominal
   * verbs (省经济和信息化厅), and 、和 between names; not a personal pronoun (我代表…), an adverb or
   * a time.
   */
  private static boolean mayName(Token t, boolean first) {
    String pos = t.pos();
    if (PERSONAL.contains(t.text())) {
      return false;
    }
    return pos.startsWith("n") || pos.equals("vn") || pos.startsWith("r") || pos.equals("j")
        || pos.equals("b") || (!first && (t.text().equals("、") || pos.equals("cc")));
  }

  private static final java.util.Set<String> PERSONAL = java.util.Set.of("我", "我们", "你们", "他们",
      "大家", "咱们", "本人");

  /** A verb or a preposition that opens what the actor does (负责, 会同, 对…负总责, 在…). */
  private static boolean acts(Token t) {
    String pos = t.pos();
    return (pos.startsWith("v") && !pos.equals("vn")) || pos.equals("p");
  }
}
