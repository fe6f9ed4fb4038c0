package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parties named in a stretch of normalized text — the actor before a modal word, the
 * object of 责成, the holder of 责任在… — split into list items (市委、市政府 → two) and named in
 * full where the text abbreviates (市、县领导小组 → 市领导小组 and 县领导小组; 金山区委、区政府 →
 * 金山区政府). Positions are of the normalized text. Immutable and thread-safe.
 */
final class PartyFinder {

  /** A party found: its span in the normalized text and its name. */
  record Found(int start, int end, String name) {}

  private static final Pattern LIST_SEPARATOR = Pattern.compile("、|以及|和|及|与|同");
  private static final Pattern ADMIN_PREFIX = Pattern.compile("^(.*?)(省|市|区|县|镇|乡)");

  /** The parties in {@code text[start, end)}, the words before an action. */
  List<Found> actors(String text, int start, int end) {
    // only the last comma-separated piece holds the actor: 我作为市委书记,将…; 今年,各县市区要…
    int comma = Math.max(Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf('，', end - 1)),
        text.lastIndexOf(':', end - 1));
    if (comma >= start) {
      String after = text.substring(comma + 1, end).strip();
      if (after.isEmpty() || PartyWords.TRAILING.matcher(after).matches()) {
        int prev = Math.max(text.lastIndexOf(',', comma - 1), text.lastIndexOf('，', comma - 1));
        start = Math.max(start, prev + 1);
        end = comma;
      } else {
        start = comma + 1;
      }
    }
    return list(text, start, end);
  }

  /** The parties listed in {@code text[start, end)}. */
  List<Found> list(String text, int start, int end) {
    String region = text.substring(start, end);
    Matcher trailing = PartyWords.TRAILING.matcher(region);
    if (trailing.find()) {
      end = start + trailing.start();
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Matcher leading = PartyWords.LEADING.matcher(text.substring(start, end));
    if (leading.lookingAt()) {
      start += leading.end();
    }
    if (start >= end || PartyWords.NOT_ACTOR_OPENING.matcher(text.substring(start, end)).find()) {
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    Matcher sep = LIST_SEPARATOR.matcher(text).region(start, end);
    int pieceStart = start;
    List<int[]> pieces = new ArrayList<>();
    while (sep.find()) {
      pieces.add(new int[] {pieceStart, sep.start()});
      pieceStart = sep.end();
    }
    pieces.add(new int[] {pieceStart, end});
    String firstPrefix = null;
    String previous = null;
    for (int k = 0; k < pieces.size(); k++) {
      int s = pieces.get(k)[0];
      int e = pieces.get(k)[1];
      String piece = text.substring(s, e);
      int of = piece.indexOf('的');
      if (of > 0) {
        e = s + of;
        piece = piece.substring(0, of);
      }
      Matcher after = PartyWords.AFTER_ACTOR.matcher(piece);
      if (piece.length() > 2 && after.find(2)) {
        e = s + after.start();
        piece = piece.substring(0, after.start());
      }
      if (piece.startsWith("各地各") && isParty(piece.substring(2))) { // 各地各有关单位: two
        out.add(new Found(s, s + 2, "各地"));
        s += 2;
        piece = piece.substring(2);
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
      if (!isParty(piece)) {
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

  static boolean isParty(String piece) {
    if (piece.length() < 2 || piece.length() > 24 || PartyWords.NOT_PARTIES.contains(piece)) {
      return false;
    }
    for (String head : PartyWords.HEADS) {
      if (piece.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

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
