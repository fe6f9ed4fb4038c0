package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the server refuses before any page: another Host than its own (a rebinding site), a form
 * posted from another site, an address that is not well encoded; where it listens; and the
 * {@code serve} command's one line for a port in use.
 */
class ServerGuardsTest {

  /** The status line and body of one raw request. */
  private static String raw(WebServer server, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void onlyItsOwnAddressAndItsOwnForms() throws IOException {
    StringWriter log = new StringWriter();
    try (WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, SeedIndex.path(), 1 << 20, 2),
        new PrintWriter(log))) {
      assertEquals("127.0.0.1", server.address().getHost());
      int port = server.address().getPort();
      String rebound = raw(server, "GET /api/search?q=x HTTP/1.1\r\nHost: attacker.example:" + port
          + "\r\nConnection: close\r\n\r\n");
      assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
      assertTrue(rebound.contains("This server answers only to its own address"), rebound);
      String local = raw(server, "GET /static/favicon.svg HTTP/1.1\r\nHost: localhost:" + port
          + "\r\nConnection: close\r\n\r\n");
      assertTrue(local.startsWith("HTTP/1.1 200"), local);
      String badEscape = raw(server, "GET /?q=%ZZ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
      assertTrue(badEscape.startsWith("HTTP/1.1 400"), badEscape);
      PageException e = org.junit.jupiter.api.Assertions.assertThrows(PageException.class, () -> Request.parse("q=%ZZ"));
      assertEquals("The address is malformed: q=%ZZ is not a well-encoded parameter.", e.getMessage());

      Client client = new Client(server.address());
      Client.Response crossSite = client.send(client.request("/api/extract?name=a.txt&add=1")
          .header("Origin", "http://attacker.example").header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("各县区要在6月底前制定整改方案。")).build());
      assertEquals(403, crossSite.status());
      Client.Response sameSite = client.send(client.request("/api/extract?name=a.txt")
          .header("Origin", "http://127.0.0.1:" + port).header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("各县区要在6月底前制定整改方案。")).build());
      assertEquals(200, sameSite.status(), sameSite.body());
    }
    assertEquals("", log.toString());
  }

  @Test
  void aPortInUseIsOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      SeedIndex.Run run = SeedIndex.run("serve", "--index", SeedIndex.path().toString(), "--port", Integer.toString(port));
      assertEquals(1, run.exit());
      assertEquals(List.of("zhengce: port " + port + " on 127.0.0.1 is in use (give another with --port, or --port 0 "
          + "for any free one)"), run.err().lines().toList());
    }
    SeedIndex.Run bad = SeedIndex.run("serve", "--port", "70000");
    assertEquals(2, bad.exit());
    assertEquals(List.of("zhengce: --port must be from 0 to 65535"), bad.err().lines().toList());
  }

  @Test
  void partsOfAFormAreReadAsSent() throws IOException {
    java.nio.file.Path body = java.nio.file.Files.createTempFile("form", ".part");
    try {
      java.nio.file.Files.writeString(body, "preamble\r\n--b1\r\nContent-Disposition: form-data; name=\"add\"\r\n\r\non\r\n"
          + "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\docs\\\\通知.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\n第一行\r\n第二行\r\n--b1--\r\n");
      List<Multipart.Part> parts = Multipart.parse(body, Multipart.boundary("multipart/form-data; boundary=b1"));
      assertEquals(2, parts.size());
      assertEquals("add", parts.get(0).name());
      assertEquals("on", parts.get(0).text());
      assertEquals("通知.txt", Uploads.name(parts.get(1).filename(), "x"));
      assertEquals("第一行\r\n第二行", parts.get(1).text());
    } finally {
      java.nio.file.Files.deleteIfExists(body);
    }
  }
}
