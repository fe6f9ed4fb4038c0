package org.zhengce.extract;

import java.util.regex.Pattern;
import org.zhengce.text.FirstCharPattern;

/**
 * Concrete deliverables — a plan, a list, a ledger, a report, a programme, a named document — that
 * make a commitment specific enough for a checklist (records.md).
 */
final class Deliverables {

  private static final FirstCharPattern WORDS = FirstCharPattern.of(Pattern.compile("方案|清单|台账|报告|"
      + "计划|规划|制度|机制|体系|平台|工程|行动|资金|路线图|责任书|承诺书|办法|标准|名单|试点|工作组|"
      + "领导小组|专项小组|培训|专员|《[^》]{2,40}》"), "方清台报计规制机体平工行资路责承办标名试领专培《");

  private Deliverables() {}

  static boolean in(String text) {
    return WORDS.find(text);
  }
}
