package io.truthbook.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The build that turns the site source into {@code target/site/}: the tool writes the source in the
 * package phase before the site plugin reads it, and the site plugin's Asciidoctor runs in SECURE
 * mode (the Doxia module's default is UNSAFE, which would let a page include any file).
 */
class SiteBuildConfigTest {
  private static final Path POM = Path.of(System.getProperty("truthbook.module", ".")).resolve("pom.xml");

  @Test
  void theSiteSourceIsWrittenBeforeTheSitePluginReadsItInSecureMode() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
    List<Element> plugins = children(first(first(pom.getDocumentElement(), "build"), "plugins"), "plugin");
    int siteSource = -1;
    int site = -1;
    for (int i = 0; i < plugins.size(); i++) {
      Element plugin = plugins.get(i);
      String artifact = text(plugin, "artifactId");
      if (artifact.equals("exec-maven-plugin")) {
        for (Element execution : children(first(plugin, "executions"), "execution")) {
          if (text(execution, "id").equals("site-source")) {
            assertThat(text(execution, "phase")).isEqualTo("package");
            assertThat(execution.getTextContent()).contains("site-src", "${project.build.directory}/site-source");
            siteSource = i;
          }
        }
      }
      if (artifact.equals("maven-site-plugin")) {
        Element configuration = first(plugin, "configuration");
        assertThat(text(configuration, "siteDirectory")).isEqualTo("${project.build.directory}/site-source");
        assertThat(text(first(configuration, "asciidoc"), "safe")).isEqualTo("secure");
        assertThat(plugin.getTextContent()).contains("asciidoctor-parser-doxia-module");
        Element execution = children(first(plugin, "executions"), "execution").get(0);
        assertThat(text(execution, "phase")).isEqualTo("package");
        site = i;
      }
    }
    assertThat(siteSource).as("the exec execution site-source").isNotNegative();
    assertThat(site).as("the site plugin, declared after exec so it runs after it in the package phase")
        .isGreaterThan(siteSource);
  }

  /** The fixture's site serves the site ITs alone: {@code -DskipTests} takes its three steps out of the build. */
  @Test
  void skippingTheTestsSkipsTheFixturesSite() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
    Element profile = children(first(pom.getDocumentElement(), "profiles"), "profile").stream()
        .filter(p -> text(p, "id").equals("no-fixture-site-without-tests")).findFirst().orElseThrow();
    Element property = first(first(profile, "activation"), "property");
    assertThat(text(property, "name")).isEqualTo("skipTests");
    assertThat(text(property, "value")).isEqualTo("true");
    List<String> off = new ArrayList<>();
    for (Element plugin : children(first(first(profile, "build"), "plugins"), "plugin")) {
      for (Element execution : children(first(plugin, "executions"), "execution")) {
        assertThat(text(execution, "phase")).isEqualTo("none");
        off.add(text(execution, "id"));
      }
    }
    assertThat(off).containsExactlyInAnyOrder("site-source", "publish-site", "chaptered-site");
  }

  private static Element first(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).isNotEmpty();
    return found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
  }
}
