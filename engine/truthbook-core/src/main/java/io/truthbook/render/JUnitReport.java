package io.truthbook.render;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one test case per finding, its
 * class name the rule id, its name the place ({@code file:line:col}), with {@code file} and
 * {@code line} attributes so that reporters annotate the line; an error fails its case, a warning
 * passes with its text in {@code system-out}. A rule with no finding passes once.
 */
public final class JUnitReport implements ReportFormat {
  private final List<RuleInfo> rules;

  public JUnitReport(List<RuleInfo> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public String render(CheckResult result) {
    List<Finding> findings = result.findings();
    java.util.Set<String> reported = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
    List<RuleInfo> quiet = rules.stream().filter(r -> !r.id().endsWith("*") && !reported.contains(r.id())).toList();
    int cases = findings.size() + quiet.size();
    long failures = findings.stream().filter(Finding::isError).count();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "truthbook");
      xml.writeAttribute("tests", Integer.toString(cases));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "truthbook.check");
      xml.writeAttribute("tests", Integer.toString(cases));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      xml.writeAttribute("time", "0");
      xml.writeCharacters("\n");
      for (Finding finding : findings) {
        writeCase(xml, finding);
      }
      for (RuleInfo rule : quiet) {
        startCase(xml, rule.id(), "all files");
        endCase(xml);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML to memory", e);
    }
    return out.toString();
  }

  private static void writeCase(XMLStreamWriter xml, Finding finding) throws XMLStreamException {
    startCase(xml, finding.ruleId(), finding.location().toString());
    xml.writeAttribute("file", XmlText.clean(finding.location().file()));
    if (finding.location().line() > 0) {
      xml.writeAttribute("line", Integer.toString(finding.location().line()));
    }
    if (finding.isError()) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", finding.ruleId());
      xml.writeAttribute("message", XmlText.clean(finding.location() + ": " + finding.message()));
      xml.writeCharacters(XmlText.clean(describe(List.of(finding))));
      xml.writeEndElement();
    } else {
      xml.writeStartElement("system-out");
      xml.writeCharacters(XmlText.clean(describe(List.of(finding))));
      xml.writeEndElement();
    }
    endCase(xml);
  }

  private static void startCase(XMLStreamWriter xml, String rule, String name) throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", XmlText.clean(rule));
    xml.writeAttribute("name", XmlText.clean(name));
    xml.writeAttribute("time", "0");
  }

  private static void endCase(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String describe(List<Finding> findings) {
    StringBuilder text = new StringBuilder("\n");
    for (Finding f : findings) {
      text.append(f.location()).append(": ").append(f.severity().label()).append(" [").append(f.ruleId())
          .append("] ").append(f.message()).append("\n  hint: ").append(f.hint()).append('\n');
    }
    return text.toString();
  }
}
