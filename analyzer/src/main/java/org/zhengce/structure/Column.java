package org.zhengce.structure;

/**
 * The role of a column in a task table, named by its header cell: INDEX (序号), TASK (重点任务,
 * 主要内容), LEAD (牵头单位), RESPONSIBLE (责任单位), SUPPORT (配合单位), DEADLINE (完成时限, 时间),
 * OTHER for any other header. The header words are data, in {@code table-columns.tsv}.
 */
public enum Column {
  INDEX, TASK, LEAD, RESPONSIBLE, SUPPORT, DEADLINE, OTHER
}
