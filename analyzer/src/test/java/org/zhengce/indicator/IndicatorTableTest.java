package org.zhengce.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled indicator table and the mapping of target phrases to it. The phrases are copied from
 * the shared corpus (city_gwr_2024, prov_gwr_2026, env_carbon_plans_pdf, national_gwr,
 * five_year_plans), most of them as the target extractor cuts them, trailing verbs included
 * (森林覆盖率达到, 人均预期寿命提高到).
 */
class IndicatorTableTest {

  private final IndicatorTable table = IndicatorTable.standard();

  private String idOf(String phrase) {
    return table.match(phrase).map(Indicator::id).orElse(null);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiterString = "=>", textBlock = """
      # air
      地级及以上城市细颗粒物（PM2.5）平均浓度 => pm25
      PM2.5年均浓度 => pm25
      大同市区 PM2.5 平均浓度降至 => pm25
      细颗粒物年均浓度 => pm25
      全省PM_2.5平均浓度 => pm25
      PM2.5浓度 => pm25
      颗粒物（PM2.5）年均浓度力争达到 => pm25
      细颗粒物（PM2.5）浓度 => pm25
      可吸入颗粒物（PM10）年均浓度 => pm10
      PM10浓度 => pm10
      臭氧浓度 => o3
      空气质量优良天数比例 => good_air_days_ratio
      空气质量优良天数比率 => good_air_days_ratio
      中心城区空气质量优良率 => good_air_days_ratio
      县级以上城市环境空气质量优良天数比例 => good_air_days_ratio
      全省优良天数 => good_air_days_ratio
      全省空气优良天数率 => good_air_days_ratio
      重度及以上污染天数比例降至 => heavy_pollution_days
      重污染天数 => heavy_pollution_days
      # water and sea
      地表水达到或好于Ⅲ类水体比例达到 => surface_water_good_ratio
      国考断面水质优良率 => surface_water_good_ratio
      省控及以上断面Ⅰ—Ⅲ类水质比例 => surface_water_good_ratio
      监测断面Ⅰ—Ⅲ类水比例保持 => surface_water_good_ratio
      市控以上断面水质III类以上比例 => surface_water_good_ratio
      国考断面优良水质占比 => surface_water_good_ratio
      地表水劣Ⅴ类水体比例 => surface_water_worse_v_ratio
      劣Ⅴ类国考断面比例 => surface_water_worse_v_ratio
      全面消除劣Ⅴ类水体 => surface_water_worse_v_ratio
      县级及以上饮用水水源地水质达标率 => drinking_water_ratio
      集中式饮用水水源水质达到或优于Ⅲ类比例 => drinking_water_ratio
      近岸海域优良水质比例 => nearshore_water_good_ratio
      近岸海域水质优良率 => nearshore_water_good_ratio
      重要水功能区水质达标率达到 => water_function_zone_compliance
      地下水质量Ⅴ类水比例 => groundwater_worse_v_ratio
      # ecosystems
      森林覆盖率达到 => forest_cover
      全市森林覆盖率保持在 => forest_cover
      林木覆盖率 => tree_cover
      森林蓄积量 => forest_stock
      草原综合植被盖度 => grassland_cover
      全市湿地保护率达到 => wetland_protection_rate
      全国造林面积 => afforestation
      完成国土绿化 => afforestation
      造林任务 => afforestation
      水土保持率达到 => soil_conservation_rate
      自然岸线率 => natural_shoreline_ratio
      # energy and carbon
      单位国内生产总值能耗 => energy_per_gdp
      能耗强度 => energy_per_gdp
      万元GDP综合能耗 => energy_per_gdp
      单位地区生产总值二氧化碳排放 => co2_per_gdp
      单位国内生产总值二氧化碳排放比 2005 年下降 => co2_per_gdp
      碳排放强度 => co2_per_gdp
      全省煤炭消费占比下降至 => coal_share
      煤炭消费总量 => coal_consumption
      非化石能源消费比重提高到 => non_fossil_share
      规模以上工业单位增加值能耗下降 => industrial_energy_per_value_added
      单位地区生产总值水耗下降到 => water_per_gdp
      万元生产总值用水量 => water_per_gdp
      工业增加值用水量下降至 => water_per_industrial_value_added
      # emissions
      氮氧化物排放量 => nox_emissions
      氨氮排放量 => ammonia_emissions
      二氧化硫排放量较 2015 年下降 => so2_emissions
      化学需氧量排放总量 => cod_emissions
      VOCs 排放削减比例达到 => vocs_emissions
      # sewage, waste, soil, farming
      城镇污水处理率达到 => urban_sewage_treatment_rate
      县城污水处理率达到 => urban_sewage_treatment_rate
      城镇生活污水集中收集率 => sewage_collection_rate
      农村生活污水治理率达到 => rural_sewage_treatment_rate
      行政村生活污水治理率提高到 => rural_sewage_treatment_rate
      城市（县城）生活垃圾无害化处理率 => garbage_harmless_rate
      城市生活垃圾回收利用率达到 => garbage_recycling_rate
      城市建成区绿化覆盖率稳定在 => built_up_green_cover
      建成区绿地率力争达到 => built_up_green_space_ratio
      人均公园绿地面积力争达到 => park_green_per_capita
      受污染耕地安全利用率达到 => polluted_farmland_safe_use_rate
      重点建设用地安全利用率 => contaminated_land_safe_use_rate
      主要工业固体废物综合利用率保持在 => industrial_solid_waste_utilization_rate
      农作物秸秆综合利用率达 => straw_utilization_rate
      畜禽粪污资源化利用率 => manure_utilization_rate
      主要农作物化肥利用率达到 => fertilizer_use_efficiency
      """)
  void mapsEnvironmentPhrases(String phrase, String id) {
    assertEquals(id, idOf(phrase));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiterString = "=>", textBlock = """
      # growth, investment, trade, revenue
      地区生产总值 => gdp_growth
      全省地区生产总值 => gdp_growth
      全市生产总值 => gdp_growth
      国内生产总值 => gdp_growth
      GDP => gdp_growth
      经济增长预期目标为 => gdp_growth
      人均地区生产总值 => gdp_per_capita
      海洋生产总值 => marine_gdp
      规模以上工业增加值 => industrial_value_added_growth
      规上工业增加值 => industrial_value_added_growth
      规模工业增加值 => industrial_value_added_growth
      三产增加值 => services_value_added_growth
      全社会固定资产投资 => fixed_asset_investment_growth
      工业投资 => industrial_investment_growth
      制造业投资 => manufacturing_investment_growth
      社会消费品零售总额 => retail_sales_growth
      外贸进出口总额 => foreign_trade_growth
      进出口总值 => foreign_trade_growth
      一般公共预算收入 => fiscal_revenue_growth
      地方一般公共预算收入同口径 => fiscal_revenue_growth
      # jobs and prices
      城镇新增就业 => urban_new_jobs
      新增城镇就业 => urban_new_jobs
      年均新增城镇就业 => urban_new_jobs
      城镇调查失业率 => urban_unemployment
      城镇登记失业率 => urban_registered_unemployment
      居民消费价格涨幅 => cpi
      居民消费价格指数涨幅 => cpi
      # innovation
      全社会研发投入强度 => rd_intensity
      全社会研究与试验发展经费投入强度 => rd_intensity
      全社会研发经费支出相当于全市生产总值的比例 => rd_intensity
      全市R&D经费占GDP比重提高到 => rd_intensity
      全社会研发经费投入 => rd_expenditure_growth
      技术合同成交额 => tech_contract_turnover
      新增国家高新技术企业 => high_tech_enterprises
      数字经济核心产业增加值 => digital_economy_core_value_added
      数字经济核心产业增加值占GDP比重 => digital_economy_share
      # income and urbanization
      全体居民人均可支配收入 => resident_income_growth
      城镇居民人均可支配收入 => urban_income_growth
      农村常住居民人均可支配收入 => rural_income_growth
      农民人均纯收入 => rural_income_growth
      常住人口城镇化率 => urbanization_rate
      # farming, health, services
      粮食产量 => grain_output
      粮食总产 => grain_output
      粮食播种面积 => grain_sown_area
      新建和改造提升高标准农田 => high_standard_farmland
      人均预期寿命提高到 => life_expectancy
      基本医保参保率 => medical_insurance_coverage
      基本养老保险参保率 => pension_insurance_coverage
      农村自来水普及率 => rural_tap_water_coverage
      旅游综合收入 => tourism_revenue
      旅游接待人数 => tourist_arrivals
      网络零售额 => online_retail_sales
      实际使用外资 => foreign_capital_used
      耕地保有量保持 => cultivated_land_retention
      """)
  void mapsEconomyPhrases(String phrase, String id) {
    assertEquals(id, idOf(phrase));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "排名",
      "项目个数",
      "万元",
      "城镇和农村居民人均可支配收入",
      "城乡居民人均可支配收入分别增长8.5%和",
      "氮氧化物排放总量比 2020 年分别下降",
      "受污染耕地安全利用率和污染地块安全利用率达到",
      "草原综合植被盖度和湿地保护率均",
      "服务业占地区生产总值比重提高到",
      "民间投资占固定资产投资比重",
      "工业对GDP增长的贡献率",
      "拉动GDP",
      "单位地区生产总值生产安全事故死亡率",
      "非化石能源装机比重",
      "电煤占煤炭消费的比重提高到",
      "煤炭消费总量占能源结构比重下降到",
      "VOCs 环境浓度较监测基准年力争下降",
      "年平均浓度",
      "农村生活垃圾无害化处理率",
      "高技术制造业投资",
      "对俄进出口总额",
      "低收入农户人均可支配收入",
      "城镇失业率",
      "粮食综合生产能力",
      "全部工业增加值",
      "胶州湾水质优良比例保持",
      "覆盖率达到",
      "利用率达到",
      "完成投资",
      "新增就业参保",
      "规上工业企业研发费用与营收之比",
      "基础研究支出占全社会研发投入比重",
      "中心城市和县级以上城市环境空气质量优良率均",
      "高新技术产业增加值占国内生产总值的比重达到1",
      "完成氮氧化物等"
  })
  void leavesListsSharesRanksAndOtherQuantitiesUnmatched(String phrase) {
    assertEquals(Optional.empty(), table.match(phrase));
  }

  @Test
  void matchesTheSpellingsOfPm25() {
    for (String phrase : List.of("PM2.5平均浓度", "细颗粒物(PM2.5)年均浓度", "PM2.5浓度", "细颗粒物（PM2.5）年均浓度",
        "ＰＭ２．５浓度", "PM 2.5 平均浓度", "pm2.5浓度", "细颗粒物浓度")) {
      assertEquals("pm25", idOf(phrase), phrase);
    }
  }

  @Test
  void keepsNeighbouringIndicatorsApart() {
    assertEquals("pm10", idOf("PM10平均浓度"));
    assertEquals("forest_cover", idOf("森林覆盖率"));
    assertEquals("grassland_cover", idOf("草原综合植被覆盖度"));
    assertEquals("surface_water_good_ratio", idOf("地表水达到或好于Ⅲ类水体比例"));
    assertEquals("surface_water_worse_v_ratio", idOf("地表水劣V类水体比例"));
    assertEquals("energy_per_gdp", idOf("单位GDP能耗"));
    assertEquals("co2_per_gdp", idOf("单位GDP二氧化碳排放"));
    assertEquals("gdp_growth", idOf("地区生产总值"));
    assertEquals("gdp_per_capita", idOf("人均地区生产总值"));
    assertEquals("drinking_water_ratio", idOf("集中式饮用水水源水质达到或优于Ⅲ类的比例"));
    assertEquals("nearshore_water_good_ratio", idOf("近岸海域水质优良比例"));
    assertEquals("urban_income_growth", idOf("城市居民人均可支配收入"));
    assertEquals("rd_intensity", idOf("研发经费投入强度"));
    assertEquals("rd_expenditure_growth", idOf("研发经费投入"));
    assertEquals(null, idOf("PM2.5和PM10浓度"));
    assertEquals(null, idOf("单位地区生产总值能耗和二氧化碳排放"));
  }

  @Test
  void givesNothingForNothing() {
    assertEquals(Optional.empty(), table.match(null));
    assertEquals(Optional.empty(), table.match(""));
    assertEquals(Optional.empty(), table.match(" 全市 "));
  }

  @Test
  void holdsAtLeast45Indicators() {
    assertTrue(table.all().size() >= 45, "only " + table.all().size());
  }

  @Test
  void idsAreUniqueShortAscii() {
    Set<String> ids = new HashSet<>();
    for (Indicator in : table.all()) {
      assertTrue(in.id().matches("[a-z][a-z0-9_]{1,39}"), in.id());
      assertTrue(ids.add(in.id()), "twice: " + in.id());
    }
  }

  @Test
  void findsEveryIndicatorByIdAndNames() {
    for (Indicator in : table.all()) {
      assertSame(in, table.find(in.id()).orElseThrow(), in.id());
      assertSame(in, table.find(in.nameZh()).orElseThrow(), in.nameZh());
      assertSame(in, table.find(in.nameEn()).orElseThrow(), in.nameEn());
      assertSame(in, table.find(in.nameEn().toUpperCase()).orElseThrow(), in.nameEn());
    }
    assertEquals(Optional.empty(), table.find("no_such_indicator"));
    assertEquals(Optional.empty(), table.find(null));
  }

  @Test
  void matchesEveryNameAndSynonymToItsOwnIndicator() {
    for (Indicator in : table.all()) {
      assertEquals(in.id(), idOf(in.nameZh()), in.nameZh());
      for (String synonym : in.synonyms()) {
        assertEquals(in.id(), idOf(synonym), synonym);
      }
    }
  }

  @Test
  void standardIsLoadedOnce() {
    assertSame(table, IndicatorTable.standard());
  }

  @Test
  void refusesATableWithAPhraseForTwoIndicators() {
    String tsv = """
        id\tname_zh\tname_en\tsynonyms\tunits
        a\t甲\tA\tPM2.5浓度\t%
        b\t乙\tB\tPM２．５浓度\t%
        """;
    assertThrows(IllegalArgumentException.class, () -> IndicatorTable.read(new StringReader(tsv)));
  }

  @Test
  void readsATableOfItsOwn() throws Exception {
    String tsv = """
        # a table of one
        id\tname_zh\tname_en\tsynonyms\tunits\tnot
        green\t绿色出行比例\tgreen travel share\t绿色出行比例|绿色出行分担率\t%\t农村
        """;
    IndicatorTable own = IndicatorTable.read(new StringReader(tsv));
    assertEquals("green", own.match("中心城区绿色出行分担率达到").map(Indicator::id).orElse(null));
    assertEquals(Optional.empty(), own.match("农村绿色出行比例"));
    assertEquals(List.of("%"), own.find("green").orElseThrow().units());
  }
}
