package org.zhengce.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanlpSegmenterTest {

  private final Segmenter segmenter = HanlpSegmenter.standard();

  private List<String> words(String text) {
    return segmenter.segment(text).stream().map(Token::text).toList();
  }

  @Test
  void keepsNumbersWithTheirUnitsWhole() {
    List<String> words = words("确保今年PM2.5平均浓度下降10%,PM10下降12%以上");
    assertTrue(words.contains("PM2.5"), words::toString);
    assertTrue(words.contains("10%"), words::toString);
    assertTrue(words.contains("PM10"), words::toString);
    assertTrue(words.contains("12%"), words::toString);
    List<String> more = words("比2015年提高3.4个百分点,新增造林15万亩,到2020年底完成");
    assertTrue(more.contains("2015年"), more::toString);
    assertTrue(more.contains("3.4个百分点"), more::toString);
    assertTrue(more.contains("15万亩"), more::toString);
    assertTrue(more.contains("2020年"), more::toString);
  }

  @Test
  void mergesChineseNumeralsOnlyAtWordEdges() {
    List<String> words = words("要用三年时间完成整治,统一年度计划");
    assertTrue(words.contains("三年"), words::toString);
    assertTrue(words.contains("统一"), words::toString);
  }

  @Test
  void keepsPolicyTermsWhole() {
    List<String> words = words("全面推行河长制,落实党政同责、一岗双责,坚持立行立改,整治散乱污企业");
    for (String term : List.of("河长制", "党政同责", "一岗双责", "立行立改", "散乱污")) {
      assertTrue(words.contains(term), () -> term + " in " + words);
    }
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "市委、市政府责成市环保局、金山区政府,在充分听取广大干部群众意见的基础上 拿出行动方案";
    List<Token> tokens = segmenter.segment(text);
    int last = 0;
    for (Token t : tokens) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
      assertTrue(t.start() >= last, "tokens in order");
      last = t.end();
    }
    assertEquals(List.of(), segmenter.segment(""));
  }

  @Test
  void userDictionaryAddsTerms(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("user.txt");
    Files.writeString(dict, "# my terms\n三长联动 nz\n污水零直排\n", StandardCharsets.UTF_8);
    Segmenter custom = HanlpSegmenter.withDictionaries(List.of(dict));
    List<String> words = custom.segment("推进三长联动,建设污水零直排区").stream().map(Token::text).toList();
    assertTrue(words.contains("三长联动"), words::toString);
    assertTrue(words.contains("污水零直排"), words::toString);
    assertTrue(!HanlpSegmenter.standard().segment("推进三长联动").stream()
        .map(Token::text).toList().contains("三长联动"), "the standard segmenter is not changed");
  }

  @Test
  void givesTheSameTokensOnFourThreads() throws Exception {
    List<String> texts = List.of(
        "确保今年PM2.5平均浓度下降10%,PM10下降12%以上",
        "30个工作日内要把市委、市政府的整改方案上报省委、省政府和省环境保护督察办公室",
        "各县市区要落实河长制,立行立改");
    List<List<Token>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(segmenter.segment(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Token>>> futures = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String t = texts.get(i % texts.size());
        futures.add(pool.submit(() -> segmenter.segment(t)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
