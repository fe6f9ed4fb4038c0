package org.zhengce.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.test.IndexSettingsModule;

/**
 * What {@code opensearch-plugin install file:///…analysis-zhengce-VERSION.zip} and a node's start
 * do with the zip, done with OpenSearch's own classes, for want of a stock distribution on Maven
 * Central: the zip unpacked into {@code plugins/analysis-zhengce} of a fresh home, its descriptor
 * read ({@link PluginInfo}: name, class, the 2.19 range), its policy parsed (the permissions an
 * install lists), then {@link PluginsService} loads it as a
 * node does: jar hell checked against the server's classpath, the plugin in its own class loader.
 * Its analyzer then analyzes. Run with a classpath of OpenSearch and its test framework only,
 * none of the plugin's jars (scripts/opensearch-it.sh). Prints {@code N passed, N failed}.
 */
public final class PluginInstallCheck {

  private final List<String> failures = new ArrayList<>();
  private int passed;

  public static void main(String[] args) throws Exception {
    PluginInstallCheck check = new PluginInstallCheck();
    check.run(Path.of(args[0]));
    System.out.println("plugin install check: " + check.passed + " passed, " + check.failures.size() + " failed");
    check.failures.forEach(f -> System.out.println("FAILED " + f));
    System.exit(check.failures.isEmpty() ? 0 : 1);
  }

  private void check(String what, boolean ok) {
    if (ok) {
      passed++;
      System.out.println("ok " + what);
    } else {
      failures.add(what);
    }
  }

  private void run(Path zip) throws Exception {
    check("the plugin classes are not on this classpath",
        getClass().getClassLoader().getResource("org/zhengce/opensearch/ZhengceAnalysisPlugin.class") == null);
    Path home = Files.createTempDirectory("opensearch-home");
    Path config = Files.createDirectories(home.resolve("config"));
    Path modules = Files.createDirectories(home.resolve("modules"));
    Path plugin = Files.createDirectories(home.resolve("plugins").resolve("analysis-zhengce"));
    unzip(zip, plugin);

    PluginInfo info = PluginInfo.readFromProperties(plugin);
    check("descriptor names analysis-zhengce", info.getName().equals("analysis-zhengce"));
    check("descriptor names the plugin class",
        info.getClassname().equals("org.zhengce.opensearch.ZhengceAnalysisPlugin"));
    Set<String> permissions = permissions(plugin.resolve("plugin-security.policy"));
    System.out.println("permissions an install lists: " + permissions);
    check("policy parses", permissions.size() == 3);

    Settings settings = Settings.builder().put("path.home", home).build();
    PluginsService service = new PluginsService(settings, config, modules, home.resolve("plugins"), List.of());
    List<AnalysisPlugin> loaded = service.filterPlugins(AnalysisPlugin.class);
    check("the node loads the plugin (jar hell, version range, class)", loaded.size() == 1);
    AnalysisPlugin p = loaded.get(0);
    check("in a class loader of its own", p.getClass().getClassLoader() != getClass().getClassLoader());
    check("char filter zhengce_normalize", p.getCharFilters().containsKey("zhengce_normalize"));
    check("tokenizer zhengce", p.getTokenizers().containsKey("zhengce"));
    check("analyzer zhengce", p.getAnalyzers().containsKey("zhengce"));

    Analyzer analyzer = p.getAnalyzers().get("zhengce")
        .get(IndexSettingsModule.newIndexSettings("docs", Settings.EMPTY), new Environment(settings, config),
            "zhengce", Settings.EMPTY)
        .get();
    check("the analyzer analyzes: " + terms(analyzer, "河長制和環(huán)保督察"),
        terms(analyzer, "河長制和環(huán)保督察").equals(List.of("河长制[0,3)", "环保督察[4,14)")));
  }

  /**
   * The permissions a policy file grants beyond the JDK's defaults, as the install command lists
   * them (read with JavaPolicy, the defaults of an empty policy taken away).
   */
  static Set<String> permissions(Path policyFile) throws Exception {
    Path empty = Files.writeString(Files.createTempFile("empty", ".policy"), "grant {};\n");
    Set<String> granted = granted(policyFile);
    granted.removeAll(granted(empty));
    return granted;
  }

  @SuppressWarnings("removal")
  private static Set<String> granted(Path policyFile) throws Exception {
    java.security.Policy policy = java.security.Policy.getInstance("JavaPolicy",
        new java.security.URIParameter(policyFile.toUri()));
    java.security.PermissionCollection granted = policy.getPermissions(
        new java.security.CodeSource(null, (java.security.cert.Certificate[]) null));
    Set<String> out = new java.util.TreeSet<>();
    for (java.security.Permission p : java.util.Collections.list(granted.elements())) {
      out.add(p.getClass().getSimpleName() + " " + p.getName() + " " + p.getActions());
    }
    return out;
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      ts.end();
    }
    return out;
  }

  static void unzip(Path zip, Path into) throws IOException {
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("zip entry outside the plugin folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(z, target);
        }
      }
    }
  }
}
