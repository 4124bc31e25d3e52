package io.truthbook.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The static files of the site, read from the class path: lunr from the {@code org.webjars.npm:lunr}
 * webjar (its version read from the webjar's own Maven properties), the search script and the style
 * sheet that ship with Truthbook.
 */
final class SiteAssets {
  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

  private SiteAssets() {}

  /** lunr, minified, as the webjar ships it. */
  static byte[] lunr() {
    Properties webjar = new Properties();
    try (InputStream in = open(WEBJAR)) {
      webjar.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR, e);
    }
    return read("META-INF/resources/webjars/lunr/" + webjar.getProperty("version") + "/lunr.min.js");
  }

  static byte[] searchScript() {
    return read("io/truthbook/publish/site/search.js");
  }

  static byte[] matrixFilterScript() {
    return read("io/truthbook/publish/site/matrix-filter.js");
  }

  static byte[] styleSheet() {
    return read("io/truthbook/publish/site/site.css");
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is missing from the class path");
    }
    return in;
  }
}
