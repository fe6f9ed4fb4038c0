package org.zhengce.structure;

/**
 * What an attribution says of its units or time: LEAD (牵头, 牵头单位), SUPPORT (配合, 参加, 参与,
 * 协办), RESPONSIBLE (责任单位, 责任处室, 承办, 主办), DEADLINE (完成时限, 完成时间, 时间节点). The
 * words for each are data, in {@code attribution-labels.tsv}.
 */
public enum AttributionLabel {
  LEAD, SUPPORT, RESPONSIBLE, DEADLINE
}
