package io.truthbook.gates;

import io.truthbook.model.Finding;
import io.truthbook.model.Gate;
import io.truthbook.model.Owner;
import io.truthbook.model.ProseSentences;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.SourceText;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter that says who reviews or signs a gate must name exactly its required reviewers
 * ({@link RequiredReviewers}): a sentence naming a gate, a review or sign verb and owners is judged;
 * an owner who is not required is reported, and so is a sentence that names some required reviewers
 * and leaves out others. A gate is named by its id (in a {@code truth:gate[id]} macro, in code style
 * or as a word) or as "gate N" for the gate whose id is {@code gate-N}; an owner by id or by name. Each
 * clause (up to a semicolon) is judged on its own.
 */
public final class ChapterReviewers {
  private static final Pattern WORD = Pattern.compile("[\\w][\\w.-]*[\\w]|\\w");
  private static final Pattern GATE_NUMBER = Pattern.compile("(?i)\\bgate\\s+([\\w-]+)");
  private static final Pattern VERB = Pattern.compile(
      "(?i)\\b(review|reviews|reviewed|reviewing|reviewers?|sign|signs|signed|signing)\\b");

  public static final RuleInfo WRONG = new RuleInfo("prose.gate-reviewers", Severity.ERROR,
      "a chapter names the wrong reviewers of a gate",
      "A gate's required reviewers are the owners of the content it governs; a chapter that names someone"
          + " else as its reviewer, or names some reviewers and leaves out others, tells a reader the gate can"
          + " pass without a signature it needs.",
      "name every required reviewer (truthbook gates lists them), or let the book say it with"
          + " truth:reviewers[gate-id]");

  private ChapterReviewers() {}

  public static List<RuleInfo> reports() {
    return List.of(WRONG);
  }

  /** Every sentence of the chapters that names a gate's reviewers wrongly. */
  public static List<Finding> check(List<SourceText> chapters, Truth truth) {
    Map<String, Gate> gates = new TreeMap<>();
    truth.gates().forEach(g -> gates.putIfAbsent(g.id(), g));
    List<Finding> findings = new ArrayList<>();
    if (gates.isEmpty() || truth.owners().isEmpty()) {
      return findings;
    }
    for (SourceText chapter : chapters) {
      for (ProseSentences.Sentence sentence : ProseSentences.of(chapter)) {
        // each clause of a sentence says its own thing: "A drives the backlog; B and C review gate 2"
        int from = 0;
        for (String clause : sentence.text().split(";", -1)) {
          if (VERB.matcher(clause).find()) {
            check(sentence, from, clause, gates, truth, findings);
          }
          from += clause.length() + 1;
        }
      }
    }
    return findings;
  }

  private static void check(ProseSentences.Sentence sentence, int from, String text, Map<String, Gate> gates,
      Truth truth, List<Finding> findings) {
    Map<String, Integer> named = new LinkedHashMap<>();
    Matcher number = GATE_NUMBER.matcher(text);
    while (number.find()) {
      String id = "gate-" + number.group(1).toLowerCase(Locale.ROOT);
      if (gates.containsKey(id)) {
        named.putIfAbsent(id, number.start());
      }
    }
    Map<String, Integer> owners = new LinkedHashMap<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (gates.containsKey(word.group())) {
        named.putIfAbsent(word.group(), word.start());
      }
      for (Owner owner : truth.owners()) {
        if (word.group().equals(owner.id()) || word.group().equals(owner.name())) {
          owners.putIfAbsent(owner.id(), word.start());
        }
      }
    }
    for (Owner owner : truth.owners()) {
      if (owner.name().contains(" ")) { // a name of several words is not one word of the sentence
        Matcher name = Pattern.compile("\\b" + Pattern.quote(owner.name()) + "\\b").matcher(text);
        if (name.find()) {
          owners.putIfAbsent(owner.id(), name.start());
        }
      }
    }
    if (named.isEmpty() || owners.isEmpty()) {
      return;
    }
    for (String gateId : named.keySet()) {
      SortedSet<String> required = RequiredReviewers.of(gates.get(gateId), truth);
      List<String> strangers = owners.keySet().stream().filter(o -> !required.contains(o)).toList();
      for (String stranger : strangers) {
        findings.add(Finding.error(WRONG.id(), sentence.at(from + owners.get(stranger)),
            "'" + stranger + "' is said to review " + gateId + " but is not one of its required reviewers ("
                + String.join(", ", required) + ")", WRONG.fix()));
      }
      List<String> missing = required.stream().filter(r -> !owners.containsKey(r)).toList();
      if (strangers.isEmpty() && !missing.isEmpty()) {
        findings.add(Finding.error(WRONG.id(), sentence.at(from + owners.values().iterator().next()),
            "the reviewers of " + gateId + " named here leave out " + String.join(", ", missing)
                + " (required: " + String.join(", ", required) + ")", WRONG.fix()));
      }
    }
  }
}
