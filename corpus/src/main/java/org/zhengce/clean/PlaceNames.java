package org.zhengce.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules that turn an official division name into the short form people write: 衡水市 → 衡水,
 * 广西壮族自治区 → 广西, 黔东南苗族侗族自治州 → 黔东南. Short forms shorter than two characters
 * are not made, and those that are also common words (资源县 → 资源, 合作市 → 合作) are listed in
 * {@code place-short-forms-excluded.txt} and not made either; a name sharing a character with a
 * word around it ({@code place-blocking-words.txt}: 均衡水平, 重大理论) is no name. Used by {@link
 * Gazetteer}.
 */
final class PlaceNames {

  /** Suffixes stripped for the short form, longest first. 新区 before 区: 浦东新区 → 浦东. */
  static final List<String> SUFFIXES = List.of(
      "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
      "盟", "省", "市", "区", "县", "旗");

  /** Nationalities named in autonomous divisions (各 as in 各族), stripped after 自治…: 恩施土家族苗族自治州 → 恩施. */
  static final List<String> NATIONALITIES = Stream.of((
      "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜"
      + " 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒"
      + " 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split(" "))
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(Collectors.toUnmodifiableList());

  /** Short forms that are common words or parts of them. */
  static final Set<String> EXCLUDED = readWords("place-short-forms-excluded.txt");

  /** Words a name cannot share a character with (均衡水平 holds no 衡水). */
  static final Set<String> BLOCKING = readWords("place-blocking-words.txt");

  private PlaceNames() {}

  /** Whether {@code text[start, end)} is part of a word on either side rather than a name. */
  static boolean inWord(CharSequence text, int start, int end) {
    if (start > 0 && BLOCKING.contains("" + text.charAt(start - 1) + text.charAt(start))) {
      return true;
    }
    return end < text.length() && BLOCKING.contains("" + text.charAt(end - 1) + text.charAt(end));
  }

  /** The short form of {@code name}, or null when it has none worth matching. */
  static String shortForm(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        String base = name.substring(0, name.length() - suffix.length());
        if (suffix.startsWith("自治")) {
          base = stripNationalities(base, suffix.equals("自治区"));
        }
        return base.length() >= 2 && !EXCLUDED.contains(base) ? base : null;
      }
    }
    return null;
  }

  /** The abbreviation an autonomous prefecture goes by, as firm as its full name: 恩施州, 黔东南州. */
  static String prefectureForm(String name) {
    String s = name.endsWith("自治州") ? shortForm(name) : null;
    return s == null ? null : s + "州";
  }

  /** Whether {@code name} is too short or too common to match even in full (城区, 郊区, 矿区). */
  static boolean tooCommon(String name) {
    return name.length() < 2 || (name.length() == 2 && name.endsWith("区"))
        || EXCLUDED.contains(name);
  }

  /** A province's autonomous region drops the nationality without 族: 新疆维吾尔 → 新疆. */
  private static String stripNationalities(String base, boolean bare) {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String n : NATIONALITIES) {
        for (String form : bare ? List.of(n + "族", n) : List.of(n + "族")) {
          if (base.endsWith(form) && base.length() - form.length() >= 2) {
            base = base.substring(0, base.length() - form.length());
            stripped = true;
            break;
          }
        }
        if (stripped) {
          break;
        }
      }
    }
    return base;
  }

  static Set<String> readWords(String resource) {
    try (InputStream in = PlaceNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines()
          .map(l -> l.replaceAll("#.*", "").strip())
          .filter(l -> !l.isEmpty())
          .flatMap(l -> Stream.of(l.split("\\s+")))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
