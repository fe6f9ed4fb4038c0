package org.zhengce.indicator;

import java.util.List;
import java.util.Objects;

/**
 * A canonical indicator of policy targets, one row of {@link IndicatorTable}: a short ascii
 * {@code id} (pm25, forest_cover, gdp_growth), its Chinese and English names, the phrases
 * documents write for it (PM2.5平均浓度, 细颗粒物(PM2.5)年均浓度) and the units its targets usually
 * carry (微克/立方米, %). Immutable.
 */
public record Indicator(String id, String nameZh, String nameEn, List<String> synonyms, List<String> units) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    synonyms = List.copyOf(synonyms);
    units = List.copyOf(units);
  }
}
