package org.zhengce.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengce.clean.Place.Level;

/**
 * Reads the bundled division tables ({@code gazetteer/provinces.csv}, {@code cities.csv},
 * {@code areas.csv}, {@code HK-MO-TW.json}) into a {@link Gazetteer}. The placeholder cities of
 * the municipalities (市辖区, 县) are skipped so that their districts hang from the municipality;
 * districts of the 省直辖县级行政区划 placeholder (仙桃市, 济源市) become cities of their province;
 * development zones (area codes ..7x) are left out.
 */
final class GazetteerData {

  private static final String DIR = "gazetteer/";

  /** Codes for the regions the tables do not number (GB/T 2260). */
  private static final Map<String, String> EXTRA_PROVINCE_CODES =
      Map.of("台湾省", "71", "香港特别行政区", "81", "澳门特别行政区", "82");

  private GazetteerData() {}

  static Gazetteer load() {
    Map<String, Place> provinces = new HashMap<>();
    Map<String, Place> cities = new HashMap<>();
    Map<String, Place> placeholders = new HashMap<>(); // city code → province
    Map<String, Place> promoted = new HashMap<>(); // placeholder whose areas are cities
    List<Place> all = new ArrayList<>();
    for (String[] row : csv("provinces.csv")) {
      Place p = new Place(row[0], row[1], Level.PROVINCE, null);
      provinces.put(p.code(), p);
      all.add(p);
    }
    for (String[] row : csv("cities.csv")) {
      Place province = provinces.get(row[2]);
      if (row[1].equals("市辖区") || row[1].equals("县")) {
        placeholders.put(row[0], province);
      } else if (row[1].endsWith("直辖县级行政区划")) {
        promoted.put(row[0], province);
      } else {
        Place c = new Place(row[0], row[1], Level.CITY, province);
        cities.put(c.code(), c);
        all.add(c);
      }
    }
    for (String[] row : csv("areas.csv")) {
      if (row[0].charAt(4) == '7') {
        continue;
      }
      if (promoted.containsKey(row[2])) {
        all.add(new Place(row[0], row[1], Level.CITY, promoted.get(row[2])));
      } else {
        Place parent = placeholders.containsKey(row[2]) ? placeholders.get(row[2]) : cities.get(row[2]);
        all.add(new Place(row[0], row[1], Level.DISTRICT, parent));
      }
    }
    Map<String, Place> aliases = new HashMap<>();
    addSpecialRegions(all, aliases);
    return new Gazetteer(all, aliases);
  }

  /**
   * Taiwan's cities and districts; Hong Kong's and Macao's districts hang from the region itself,
   * and their areas (九龙, 新界, 澳门半岛) name the region.
   */
  @SuppressWarnings("unchecked")
  private static void addSpecialRegions(List<Place> all, Map<String, Place> aliases) {
    Map<String, Object> tree = (Map<String, Object>) new MiniJson(read("HK-MO-TW.json")).value();
    tree.forEach((provinceName, value) -> {
      String code = EXTRA_PROVINCE_CODES.get(provinceName);
      Place province = new Place(code, provinceName, Level.PROVINCE, null);
      all.add(province);
      boolean cities = provinceName.equals("台湾省");
      int c = 0;
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        String cityCode = code + twoDigits(++c);
        Place parent = province;
        if (cities) {
          parent = new Place(cityCode, e.getKey(), Level.CITY, province);
          all.add(parent);
        } else if (!PlaceNames.tooCommon(e.getKey())) {
          aliases.put(e.getKey(), province);
        }
        int a = 0;
        for (Object district : (List<Object>) e.getValue()) {
          String name = withoutRemark((String) district);
          all.add(new Place(cityCode + twoDigits(++a), name, Level.DISTRICT, parent));
        }
      }
    });
  }

  /** 1 → 01 (the tables are read at every start: no {@code String.format} there). */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The name before a bracketed remark: 中西区（香港） → 中西区. */
  private static String withoutRemark(String name) {
    int open = name.indexOf('（');
    int ascii = name.indexOf('(');
    int cut = open < 0 ? ascii : ascii < 0 ? open : Math.min(open, ascii);
    return cut < 0 ? name : name.substring(0, cut);
  }

  private static List<String[]> csv(String file) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = read(file).split("\n"); // a single character: split's fast path, no regex
    for (int i = 1; i < lines.length; i++) { // the first line is the header
      if (!lines[i].isBlank()) {
        String[] cells = lines[i].split(","); // \r stripped below
        for (int k = 0; k < cells.length; k++) {
          cells[k] = cells[k].strip().replace("\"", "");
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static String read(String file) {
    try (InputStream in = GazetteerData.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Just enough JSON for the region file: objects, arrays and strings without escapes. */
  private static final class MiniJson {
    private final String s;
    private int i;

    MiniJson(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        while (next() != '}') {
          String key = string();
          expect(':');
          m.put(key, value());
          if (next() == ',') {
            i++;
          }
        }
        i++;
        return m;
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        while (next() != ']') {
          list.add(value());
          if (next() == ',') {
            i++;
          }
        }
        i++;
        return list;
      }
      return string();
    }

    private String string() {
      expect('"');
      int end = s.indexOf('"', i);
      String v = s.substring(i, end);
      i = end + 1;
      return v;
    }

    private char next() {
      skip();
      return s.charAt(i);
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalStateException("expected " + c + " at " + i + " of HK-MO-TW.json");
      }
      i++;
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
