package org.zhengce.extract;

import java.util.regex.Pattern;

/**
 * Concrete deliverables — a plan, a list, a ledger, a report, a programme, a named document — that
 * make a commitment specific enough for a checklist (records.md).
 */
final class Deliverables {

  private static final Pattern WORDS = Pattern.compile("方案|清单|台账|报告|计划|规划|制度|机制|体系|"
      + "平台|工程|行动|资金|路线图|责任书|承诺书|办法|标准|名单|试点|工作组|领导小组|专项小组|培训|专员|"
      + "《[^》]{2,40}》");

  private Deliverables() {}

  static boolean in(CharSequence text) {
    return WORDS.matcher(text).find();
  }
}
