package io.truthbook.render;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one test case per rule and file,
 * failing with every finding of that rule in that file; a rule with no finding passes once.
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
    Map<String, Map<String, List<Finding>>> byRule = result.findings().stream().collect(Collectors.groupingBy(
        Finding::ruleId, TreeMap::new,
        Collectors.groupingBy(f -> f.location().file(), TreeMap::new, Collectors.toList())));
    int cases = byRule.values().stream().mapToInt(Map::size).sum()
        + (int) rules.stream().filter(r -> !r.id().endsWith("*") && !byRule.containsKey(r.id())).count();
    long failures = byRule.values().stream().flatMap(m -> m.values().stream())
        .filter(list -> list.stream().anyMatch(Finding::isError)).count();
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
      for (Map.Entry<String, Map<String, List<Finding>>> rule : byRule.entrySet()) {
        for (Map.Entry<String, List<Finding>> file : rule.getValue().entrySet()) {
          writeCase(xml, rule.getKey(), file.getKey(), file.getValue());
        }
      }
      for (RuleInfo rule : rules) {
        if (!rule.id().endsWith("*") && !byRule.containsKey(rule.id())) {
          writeCase(xml, rule.id(), "all files", List.of());
        }
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

  private static void writeCase(XMLStreamWriter xml, String rule, String file, List<Finding> findings)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", XmlText.clean(rule));
    xml.writeAttribute("name", XmlText.clean(file));
    if (!findings.isEmpty()) {
      xml.writeAttribute("file", XmlText.clean(file));
    }
    xml.writeAttribute("time", "0");
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", rule);
      xml.writeAttribute("message", XmlText.clean(errors.size() + " finding(s): " + errors.get(0).location() + ": "
          + errors.get(0).message()));
      xml.writeCharacters(XmlText.clean(describe(errors)));
      xml.writeEndElement();
    }
    List<Finding> others = findings.stream().filter(f -> f.severity() != Severity.ERROR).toList();
    if (!others.isEmpty()) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(XmlText.clean(describe(others)));
      xml.writeEndElement();
    }
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
