package org.zhengce.format;

import java.util.List;
import java.util.Locale;
import org.zhengce.compare.TargetRow;

/**
 * The comparison of targets across places and years as text: a plain table grouped by
 * indicator, and CSV (UTF-8 with a BOM, one row per target, each with its quote and document) for
 * a spreadsheet; {@link HtmlReport} is the page. Stateless.
 */
public final class CompareTable {

  private CompareTable() {}

  public static String table(List<TargetRow> rows) {
    StringBuilder sb = new StringBuilder();
    String current = null;
    for (TargetRow r : rows) {
      if (!r.indicator().equals(current)) {
        current = r.indicator();
        sb.append('\n').append(current).append('\n');
      }
      sb.append(String.format(Locale.ROOT, "  %-14s %-5s %-7s %-22s %s%n", r.place() == null ? "—" : r.place(),
          r.year() == null ? "—" : r.year(), r.kind() == null ? "—" : r.kind(), r.column() + ": " + value(r), r.quote()));
    }
    return sb.append('\n').append(rows.size()).append(" targets\n").toString();
  }

  private static String value(TargetRow r) {
    return (r.qualifier().equals("exact") ? "" : r.qualifier() + " ") + number(r.value())
        + (r.valueMax() == null ? "" : "–" + number(r.valueMax())) + (r.unit() == null ? "" : r.unit())
        + (r.due() == null ? "" : " by " + r.due());
  }

  public static String csv(List<TargetRow> rows) {
    StringBuilder sb = new StringBuilder(CommitmentsCsv.BOM
        + "indicator_id,indicator,place,year,kind,direction,value,value_max,unit,qualifier,due,baseline_year,phrase,quote,title,path\r\n");
    for (TargetRow r : rows) {
      sb.append(String.join(",", CommitmentsCsv.field(r.indicatorId()), CommitmentsCsv.field(r.indicator()),
          CommitmentsCsv.field(r.place()), r.year() == null ? "" : r.year().toString(),
          CommitmentsCsv.field(r.kind()), r.direction(),
          number(r.value()), r.valueMax() == null ? "" : number(r.valueMax()),
          CommitmentsCsv.field(r.unit()), r.qualifier(), CommitmentsCsv.field(r.due()),
          r.baselineYear() == null ? "" : r.baselineYear().toString(), CommitmentsCsv.field(r.phrase()),
          CommitmentsCsv.field(r.quote()), CommitmentsCsv.field(r.title()), CommitmentsCsv.field(r.path())))
          .append("\r\n");
    }
    return sb.toString();
  }

  /** 10 rather than 10.0. */
  private static String number(double v) {
    return String.valueOf(RecordsJson.number(v));
  }
}
