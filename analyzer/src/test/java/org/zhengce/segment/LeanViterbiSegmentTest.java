package org.zhengce.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lean Viterbi gives HanLP's words, offsets and tags, on the seeds, on noisy text and on foreign names. */
class LeanViterbiSegmentTest {

  /** HanLP's compiled custom words, and words added at run time as the policy dictionary's are. */
  private static final DynamicCustomDictionary DICTIONARY = new DynamicCustomDictionary(HanLP.Config.CustomDictionaryPath);

  static {
    for (String word : List.of("河长制", "党政同责", "一岗双责", "五违四必", "生态环境损害赔偿制度改革", "打好污染防治攻坚战")) {
      DICTIONARY.insert(word, "nz 1000");
    }
  }

  private static Segment configured(Segment segment, boolean people) {
    return segment.enableOffset(true).enableNameRecognize(people).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false).enableTranslatedNameRecognize(true).enableCustomDictionary(DICTIONARY);
  }

  private static List<String> terms(Segment segment, String text) {
    List<String> out = new ArrayList<>();
    for (Term t : segment.seg(text)) {
      out.add(t.word + "/" + t.nature + "@" + t.offset);
    }
    return out;
  }

  private static List<String> seedLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("..", "examples"))) {
      for (Path seed : seeds.sorted().toList()) {
        Files.readString(seed).lines().filter(l -> !l.isBlank()).forEach(lines::add);
      }
    }
    return lines;
  }

  private static final List<String> FOREIGN_NAMES = List.of(
      "美国总统特朗普会见了英国首相约翰逊，随后与普京通话。",
      "克里斯蒂娜·克罗尔出席了会议，汤姆·克鲁斯和布拉德·皮特也到了。",
      "德国总理默克尔与法国总统马克龙就气候变化交换意见");

  /** Sentences whose policy words span several of HanLP's words. */
  private static final List<String> POLICY_WORDS = List.of(
      "全面推行河长制，落实党政同责、一岗双责，坚决打好污染防治攻坚战。",
      "深化生态环境损害赔偿制度改革，开展五违四必区域环境综合整治。");

  /**
   * Text no dictionary word covers, split into atoms: numbers, Latin letters, symbols, PDF noise,
   * characters outside the basic plane, and a run of characters HanLP treats as one class (type 11).
   */
  private static final List<String> NOISY = List.of(
      "确保今年PM2.5平均浓度下降10%，GDP增长5.2％左右，完成投资1 2 3 4 亿元。",
      "①加强河湖长制 ②推进“三线一单” — 第 3 页 共 12 页 ——",
      "环(huán)境保护，環境保護督察；COVID-19疫情；α-β；№5；㎡；ⅲ；",
      "𠀀𠀁𪚥字与〇〇〇〇年、ＡＢＣ１２３、www.gov.cn/zhengce/2024-01/05");

  /** Sentences of the corpus's work reports where place names, weighed by their class, decide the words. */
  private static final List<String> CLASS_WORDS = List.of(
      "促进涟水副城与主城协同发展，支持盱眙、金湖县城完善功能、提升品质、彰显特色。",
      "打造“山南山北连为一体”的高山草原旅游区。");

  @Test
  void findsHanlpsWordsOnTheSeedsAndOnForeignNames() throws IOException {
    Segment stock = configured(new ViterbiSegment(), false);
    Segment lean = configured(new LeanViterbiSegment(), false);
    List<String> lines = new ArrayList<>(seedLines());
    lines.addAll(FOREIGN_NAMES);
    lines.addAll(POLICY_WORDS);
    lines.addAll(NOISY);
    lines.addAll(CLASS_WORDS);
    assertTrue(lines.size() > 80, "the seeds hold " + lines.size() + " lines");
    for (String line : lines) {
      assertEquals(terms(stock, line), terms(lean, line), line);
    }
  }

  @Test
  void recognizesTransliteratedNamesAsHanlpDoes() {
    Segment lean = configured(new LeanViterbiSegment(), false);
    List<String> words = lean.seg(FOREIGN_NAMES.get(1)).stream().map(t -> t.word).toList();
    assertTrue(words.contains("克里斯蒂娜·克罗尔"), words::toString);
    assertTrue(words.contains("布拉德·皮特"), words::toString);
  }

  @Test
  void keepsTheWordsAddedAtRunTimeWhole() {
    Segment lean = configured(new LeanViterbiSegment(), false);
    for (String line : POLICY_WORDS) {
      List<String> words = lean.seg(line).stream().map(t -> t.word).toList();
      assertTrue(words.contains(line.startsWith("全面") ? "打好污染防治攻坚战" : "生态环境损害赔偿制度改革"), words::toString);
    }
  }

  @Test
  void takesHanlpsOwnPathForOtherSettings() {
    Segment stock = configured(new ViterbiSegment(), true);
    Segment lean = configured(new LeanViterbiSegment(), true);
    String text = "市长张国华和副市长李明强调，要落实河长制。";
    assertEquals(terms(stock, text), terms(lean, text));
  }
}
