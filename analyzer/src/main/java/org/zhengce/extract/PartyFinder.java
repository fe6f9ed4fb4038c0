package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.text.FirstCharPattern;

/**
 * Finds the parties named in a stretch of normalized text — the actor before a modal word, the
 * object of 责成, the holder of 责任在… — split into list items (市委、市政府 → two) and named in
 * full where the text abbreviates (市、县领导小组 → 市领导小组 and 县领导小组; 金山区委、区政府 →
 * 金山区政府). Positions are of the normalized text. Immutable and thread-safe.
 */
final class PartyFinder {

  /** A party found: its span in the normalized text and its name. */
  record Found(int start, int end, String name) {}

  /** How far before its action an actor may start. */
  private static final int MAX_REGION = 48;

  private static final FirstCharPattern LIST_SEPARATOR =
      FirstCharPattern.of(Pattern.compile("、|以及|和|及|与"), "、以和及与");
  /** What stands for the bodies a list leaves unnamed: 等单位, 等有关部门. */
  private static final FirstCharPattern OTHERS =
      FirstCharPattern.of(Pattern.compile("等(有关|相关)?(单位|部门|机构|地区)?$"), "等");
  private static final Pattern ADMIN_PREFIX = Pattern.compile("^(.*?)(省|市|区|县|镇|乡)");

  /**
   * The parties in {@code text[start, end)}, the words before an action: the comma-separated
   * pieces are tried from the nearest (我作为市委书记, 将…; 各区县按照…要求, 咬住目标节点, 确保…).
   */
  List<Found> actors(String text, int start, int end, Words words) {
    int pieceEnd = end;
    for (int i = end - 1; i >= start - 1; i--) {
      if (i == start - 1 || ",，:：".indexOf(text.charAt(i)) >= 0) {
        String piece = text.substring(i + 1, pieceEnd);
        if (!piece.isBlank() && !piece.strip().endsWith("的")) { // 属于制度层面的, 要…: a condition
          List<Found> found = list(text, i + 1, pieceEnd, words);
          if (!found.isEmpty()) {
            return found;
          }
        }
        pieceEnd = i;
      }
    }
    return List.of();
  }

  /** The parties listed in {@code text[start, end)}. */
  List<Found> list(String text, int start, int end, Words words) {
    start = Math.max(start, end - MAX_REGION); // an actor stands near its verb; the patterns stay bounded
    int trailing = PartyWords.TRAILING.firstStart(text, start, end);
    if (trailing >= 0) {
      end = trailing;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Matcher leading = PartyWords.LEADING.matcher(text.substring(start, end));
    if (leading.lookingAt()) {
      start += leading.end();
    }
    if (start >= end || PartyWords.NOT_ACTOR_OPENING.matcher(text).region(start, end).lookingAt()) {
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    int pieceStart = start;
    List<int[]> pieces = new ArrayList<>();
    for (MatchResult sep : LIST_SEPARATOR.matches(text, start, end)) {
      // 各县（市、区）政府 is one body; 和 joins two names, not 省经济和信息化厅
      boolean conjunction = !sep.group().equals("、");
      if (!insideBrackets(text, start, sep.start())
          && (!conjunction || isParty(text.substring(pieceStart, sep.start()).strip()))) {
        pieces.add(new int[] {pieceStart, sep.start()});
        pieceStart = sep.end();
      }
    }
    pieces.add(new int[] {pieceStart, end});
    String firstPrefix = null;
    String previous = null;
    for (int k = 0; k < pieces.size(); k++) {
      int s = pieces.get(k)[0];
      int e = pieces.get(k)[1];
      String piece = text.substring(s, e);
      int others = OTHERS.firstStart(piece, 0, piece.length());
      if (others >= 2) { // 省财政厅等单位: the unit named, not the others
        e = s + others;
        piece = piece.substring(0, others);
      }
      int of = piece.indexOf('的');
      if (of > 0 && !isParty(piece.substring(of + 1))) { // 区域内的所有企业 stays whole
        e = s + of;
        piece = piece.substring(0, of);
      }
      for (MatchResult after : PartyWords.AFTER_ACTOR.matches(text, s + Math.min(2, piece.length()), e)) {
        if (words.isWord(after.start(), after.end())) { // 在, not the 把 of 一把手
          e = after.start();
          piece = text.substring(s, e);
          break;
        }
      }
      int second = piece.indexOf('各', 2); // 各地各有关单位, 各地区各部门: two; 各级各部门: one
      if (piece.startsWith("各") && !piece.startsWith("各级") && second > 0 && second <= 4 && isParty(piece.substring(0, second))
          && isParty(piece.substring(second))) {
        out.add(new Found(s, s + second, piece.substring(0, second)));
        s += second;
        piece = piece.substring(second);
      }
      // 市、县整改落实工作领导小组: a lone level borrows the rest of the next piece
      if (piece.length() == 1 && "省市区县镇乡".contains(piece) && k + 1 < pieces.size()) {
        String next = text.substring(pieces.get(k + 1)[0], pieces.get(k + 1)[1]);
        if (next.length() > 1 && "省市区县镇乡".indexOf(next.charAt(0)) >= 0 && isParty(next)) {
          out.add(new Found(s, e, piece + next.substring(1)));
          previous = piece + next.substring(1);
          continue;
        }
      }
      if (!isParty(piece) || words.hasVerbBeforeHead(s, e)) {
        continue;
      }
      String name = expand(piece, previous, firstPrefix);
      if (firstPrefix == null) {
        Matcher admin = ADMIN_PREFIX.matcher(piece);
        firstPrefix = admin.lookingAt() && admin.group(1).isEmpty() ? admin.group(2) : "";
      }
      out.add(new Found(s, e, name));
      previous = name;
    }
    return out;
  }

  /**
   * Whether the party {@code last} of a list runs up to {@code end}: nothing but a space, a
   * particle or the others a list leaves unnamed (省财政厅等单位) stands between them.
   */
  static boolean endsAt(String text, Found last, int end) {
    String rest = text.substring(Math.min(last.end(), end), end).strip();
    return rest.length() <= 1 || OTHERS.pattern().matcher(rest).matches();
  }

  /** Whether {@code position} stands inside brackets opened after {@code from}. */
  private static boolean insideBrackets(String text, int from, int position) {
    int depth = 0;
    for (int i = from; i < position; i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  static boolean isParty(String piece) {
    if (piece.length() < 2 || piece.length() > 24 || PartyWords.NOT_PARTIES.contains(piece)
        || PartyWords.NOT_FIRST.stream().anyMatch(piece::startsWith)
        || PartyWords.TOO_GENERIC.contains(piece) || piece.indexOf('“') >= 0 || piece.indexOf('"') >= 0
        || PartyWords.NOT_HEADS.stream().anyMatch(piece::endsWith)
        || ((piece.endsWith("区") || piece.endsWith("县"))
            && ((piece.length() < 3 && !piece.startsWith("各")) || PartyWords.ZONE.matcher(piece).find()))) {
      return false;
    }
    if (piece.startsWith("各") && piece.endsWith("市") && piece.length() <= 5) {
      return true; // 各市, 各设区市, 各地市: the cities of a province
    }
    if (!HEAD_ENDS.get(piece.charAt(piece.length() - 1))) {
      return false; // most pieces end with a character no head ends with
    }
    for (String head : PartyWords.HEADS) {
      if (piece.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  /** The last character of every head. */
  private static final java.util.BitSet HEAD_ENDS = PartyWords.HEADS.stream()
      .mapToInt(h -> h.charAt(h.length() - 1))
      .collect(java.util.BitSet::new, java.util.BitSet::set, java.util.BitSet::or);

  private static final Pattern PLACE_BODY = Pattern.compile("^(\\p{IsHan}{2,6}?)([省市区县])(委|政府|人大|政协)$");
  private static final Pattern BARE_BODY = Pattern.compile("^([省市区县])(委|政府|人大|政协)$");

  /** 区政府 after 金山区委 → 金山区政府; 环保局 after 市委督查室 → 市环保局. */
  private static String expand(String piece, String previous, String firstPrefix) {
    char level = piece.charAt(0);
    Matcher bare = BARE_BODY.matcher(piece);
    if (previous != null && bare.matches()) {
      Matcher full = PLACE_BODY.matcher(previous);
      if (full.matches() && full.group(2).equals(bare.group(1)) && !full.group(1).startsWith("各")) {
        return full.group(1) + piece;
      }
    }
    if (firstPrefix != null && !firstPrefix.isEmpty() && "省市区县各相有其全两该".indexOf(level) < 0
        && (piece.endsWith("局") || piece.endsWith("委") || piece.endsWith("办") || piece.endsWith("队")
            || piece.endsWith("厅"))) {
      return firstPrefix + piece;
    }
    return piece;
  }
}
