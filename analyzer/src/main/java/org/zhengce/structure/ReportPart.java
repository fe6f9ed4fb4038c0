package org.zhengce.structure;

/**
 * The part of a government work report (政府工作报告) a position belongs to: REVIEW of the past year
 * or years (2023年工作回顾, 过去一年), this year's TARGETS and overall requirements (主要预期目标,
 * 总体要求) and the coming plan period's goals (“十五五”时期主要目标任务), this year's WORK
 * (2024年重点工作, 今年要重点抓好以下工作), SELF_BUILDING of the government (加强政府自身建设), and
 * OTHER (the opening, the closing, and every position of a text that is not a work report). In a
 * text that is not a work report, the sections that review the past or describe the situation
 * (一、发展基础, （二）面临形势) are REVIEW too.
 */
public enum ReportPart {
  REVIEW, TARGETS, WORK, SELF_BUILDING, OTHER
}
