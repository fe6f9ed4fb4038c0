package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.Atom.Flavor;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Times of day: 下午3点, 早上7点左右, 9:30, 8时30分, 三点半, 8~11点半, and parts of the day (上午,
 * 晚上). At date level a time of day is its day: {@link TimeParser} folds it into the day before it
 * (后天上午, 3月4日下午3点) and resolves one standing alone to the reference date; a part of the day
 * standing alone is no time expression. Chinese-numeral hours need a part of the day or 钟, 半 or
 * minutes (三点 alone is "three points"); hours run to 24.
 */
final class Clock {

  /** Parts of the day, longest first. */
  static final String DAYPART = "(?:早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|午夜|凌晨|白天)";

  private static final String HOUR = "(?:[01]?\\d|2[0-4])";
  private static final String CN_HOUR = "(?:十[一二三四五六七八九]?|二十[一二三四]?|[一二两三四五六七八九十])";
  private static final String CN_MINUTES = "(?:[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])分";
  private static final String MINUTES = "(?:" + S + "(?:[0-5]?\\d分|" + CN_MINUTES + ")(?:钟)?"
      + "|半|一刻|三刻|整)?";
  /** 3点 alone is often "three points": an Arabic hour with 点 needs minutes, 钟, 半 or a word of time after it. */
  private static final String ARABIC = "(?<![\\d.第:这的涨跌升降])" + HOUR + "(?:时|" + S + "点(?=" + S
      + "(?:[0-5]?\\d分|钟|半|一刻|三刻|整|左右|前|后|开始|起|到|至|~|-|档)|$))(?![\\d多个次])" + MINUTES;
  private static final String CN_LEFT = "(?<![第几百千万〇零一二三四五六七八九十两])";
  /** Chinese hours alone need 钟, 半 or tens of minutes: 二点一分 is a price, 一时一刻 a moment. */
  private static final String CHINESE = CN_LEFT + CN_HOUR + "(?:点(?:钟|半|一刻|三刻|整|" + S
      + "[一二三四五]?十[一二三四五六七八九]?分)|时" + S + "[一二三四五]?十[一二三四五六七八九]?分)";
  private static final String COLON = "(?<![\\d.:])" + HOUR + ":[0-5]\\d(?::[0-5]\\d)?(?![\\d:])";
  private static final String ONE = "(?:" + ARABIC + "|" + COLON + "|" + CHINESE + ")";
  /** 8~11点半, 9点至11点: an hour alone may open a range. */
  private static final String RANGE_OF_HOURS = "(?<![\\d.:])" + HOUR + "(?:[点时](?:半|[0-5]?\\d分)?)?"
      + S + "(?:~|-|到|至)" + S + ONE;

  private static final Pattern CLOCK = Pattern.compile("(?:" + DAYPART + S + "(?:" + CN_HOUR
      + "[点时](?:" + S + CN_MINUTES + "|半|一刻|三刻|整)?"
      + "(?![一二三四五六七八九十])|" + RANGE_OF_HOURS + "|" + ONE + ")|" + RANGE_OF_HOURS + "|" + ONE
      + ")(?:" + S + "(?:左右|前后|许))?");
  private static final Pattern PART = Pattern.compile(DAYPART);

  private static final String STARTS = "0123456789〇零一二两三四五六七八九十早清上中午下傍晚夜深半凌白";

  private static final Scan CLOCK_SCAN = Scan.of(CLOCK, STARTS);
  private static final Scan PART_SCAN = Scan.of(PART, STARTS);

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(CLOCK_SCAN, PART_SCAN);

  private Clock() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(CLOCK_SCAN)) {
      out.add(Atom.anchor(m.start(), m.end(), Type.POINT,
          (doc, year) -> doc == null ? null : DateRange.day(doc), false).as(Flavor.CLOCK));
    }
    for (MatchResult m : starts.matches(PART_SCAN)) {
      out.add(Atom.anchor(m.start(), m.end(), Type.POINT,
          (doc, year) -> doc == null ? null : DateRange.day(doc), false).as(Flavor.DAYPART));
    }
  }
}
