package org.zhengce.opensearch;

import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;

/**
 * Runs the OpenSearch node tests outside Maven, as scripts/opensearch-it.sh does for an
 * unprivileged user (OpenSearch's test framework refuses root), and closes with {@code N passed,
 * N failed} (the script reads it: the node's security manager may forbid {@code System.exit}).
 */
public final class OpenSearchTests {

  private OpenSearchTests() {}

  public static void main(String[] args) {
    Result result = JUnitCore.runClasses(ZhengceAnalysisIT.class);
    for (Failure f : result.getFailures()) {
      System.out.println("FAILED " + f.getTestHeader() + ": " + f.getTrace());
    }
    int failed = result.getFailureCount();
    System.out.println("opensearch: " + Math.max(0, result.getRunCount() - failed) + " passed, " + failed + " failed");
    try {
      System.exit(result.wasSuccessful() && result.getRunCount() > 0 ? 0 : 1);
    } catch (SecurityException e) {
      // the node's security manager forbids exit: scripts/opensearch-it.sh reads the closing line
    }
  }
}
