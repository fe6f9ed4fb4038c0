package org.zhengce.serve;

import java.util.List;
import java.util.Map;
import org.zhengce.indicator.Indicator;

/**
 * The form of the compare page: the indicators with their target counts (those the index holds
 * first), the places of the index with their document counts, a year range, and whether targets
 * that name no canonical indicator are compared too. Stateless.
 */
final class CompareForm {

  private CompareForm() {}

  static void html(StringBuilder html, Request r, List<Indicator> held, Map<String, Integer> counts,
      Map<String, Integer> places) {
    String chosen = r.param("indicator");
    html.append("<form class=\"compare\" action=\"/compare\" method=\"get\">\n<p><label>Indicator 指标 ")
        .append("<select name=\"indicator\"><option value=\"\">every canonical indicator</option>");
    boolean known = false;
    for (Indicator i : held) {
      boolean selected = i.id().equals(chosen);
      known |= selected;
      html.append("<option value=\"").append(Html.esc(i.id())).append('"').append(selected ? " selected" : "")
          .append('>').append(Html.esc(i.nameZh() + " · " + i.nameEn() + " (" + counts.get(i.id()) + ")"))
          .append("</option>");
    }
    if (chosen != null && !known) {
      html.append("<option value=\"").append(Html.esc(chosen)).append("\" selected>").append(Html.esc(chosen))
          .append(" (no target)</option>");
    }
    html.append("</select></label> <label>Years 年份 <input type=\"number\" name=\"from\" min=\"1\" max=\"9999\" ")
        .append("placeholder=\"from\" value=\"").append(Html.esc(r.param("from"))).append("\"></label>–<label>")
        .append("<input type=\"number\" name=\"to\" min=\"1\" max=\"9999\" placeholder=\"to\" aria-label=\"to year\" ")
        .append("value=\"").append(Html.esc(r.param("to"))).append("\"></label> <label><input type=\"checkbox\" ")
        .append("name=\"free\"").append(r.param("free") != null ? " checked" : "")
        .append("> also targets that name no canonical indicator</label></p>\n");
    if (!places.isEmpty()) {
      List<String> picked = r.all("place");
      html.append("<fieldset class=\"places\"><legend>Places 地点 (none ticked: all)</legend>");
      for (Map.Entry<String, Integer> e : places.entrySet()) {
        html.append("<label><input type=\"checkbox\" name=\"place\" value=\"").append(Html.esc(e.getKey())).append('"')
            .append(picked.contains(e.getKey()) ? " checked" : "").append("> ").append(Html.esc(e.getKey()))
            .append(" <span class=\"n\">").append(e.getValue()).append("</span></label> ");
      }
      html.append("</fieldset>\n");
    }
    html.append("<p><button type=\"submit\">Compare 比较</button></p>\n</form>\n");
  }
}
