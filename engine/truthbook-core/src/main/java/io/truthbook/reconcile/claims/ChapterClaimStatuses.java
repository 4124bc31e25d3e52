package io.truthbook.reconcile.claims;

import io.truthbook.model.Finding;
import io.truthbook.model.ProseSentences;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A chapter that says a claim is current, stale, contradicted or unverifiable must say what the
 * reconciliation says: the status is known only once the claim has been compared with the truth's
 * history, so this lint runs after the matrix is made. A claim is named by its id (in a
 * {@code truth:claim[id]} macro, in code style or as a word); it is paired with the status word
 * nearest to it in the same sentence, unless a negation ("not", "no longer") precedes that word.
 */
public final class ChapterClaimStatuses {
  /** A word that may be a claim id: letters, digits, dashes, underscores and inner dots. */
  private static final Pattern WORD = Pattern.compile("[\\w][\\w.-]*[\\w]|\\w");
  private static final Pattern STATUS = Pattern.compile("(?i)\\b(current|stale|contradicted|unverifiable)\\b");
  private static final Pattern NEGATED = Pattern.compile("(?i)\\b(not|never|no longer|nor)\\s+$");

  public static final RuleInfo WRONG = new RuleInfo("prose.claim-status", Severity.ERROR,
      "a chapter gives a claim a status the reconciliation does not",
      "The reconciliation computes each claim's status (current, stale, contradicted, unverifiable) from the"
          + " truth and its history; a chapter that states another status contradicts the matrix it explains.",
      "write the status the matrix gives, or let the book say it with truth:status[claim-id]");

  private ChapterClaimStatuses() {}

  public static List<RuleInfo> reports() {
    return List.of(WRONG);
  }

  /** Every sentence of the chapters that names a claim beside a status word other than its own. */
  public static List<Finding> check(List<SourceText> chapters, ReconciliationMatrix matrix) {
    Map<String, MatrixRow> rows = matrix.rows().stream()
        .collect(Collectors.toMap(MatrixRow::claimId, Function.identity(), (a, b) -> a));
    List<Finding> findings = new ArrayList<>();
    if (rows.isEmpty()) {
      return findings;
    }
    for (SourceText chapter : chapters) {
      for (ProseSentences.Sentence sentence : ProseSentences.of(chapter)) {
        check(sentence, rows, findings);
      }
    }
    return findings;
  }

  private static void check(ProseSentences.Sentence sentence, Map<String, MatrixRow> rows, List<Finding> findings) {
    String text = sentence.text();
    List<int[]> statuses = new ArrayList<>();
    Matcher status = STATUS.matcher(text);
    while (status.find()) {
      statuses.add(new int[] {status.start(), status.end()});
    }
    if (statuses.isEmpty()) {
      return;
    }
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      MatrixRow row = rows.get(word.group());
      if (row == null) {
        continue;
      }
      int[] nearest = statuses.get(0);
      for (int[] candidate : statuses) {
        if (distance(candidate, word.start(), word.end()) < distance(nearest, word.start(), word.end())) {
          nearest = candidate;
        }
      }
      if (NEGATED.matcher(text.substring(0, nearest[0])).find()) {
        continue;
      }
      String said = text.substring(nearest[0], nearest[1]).toLowerCase(Locale.ROOT);
      if (!said.equals(row.status().label())) {
        findings.add(Finding.error(WRONG.id(), sentence.at(word.start()),
            "claim '" + row.claimId() + "' is called " + said + ", but the reconciliation finds it "
                + row.status().label(),
            "write '" + row.status().label() + "', or truth:status[" + row.claimId() + "] to let the book say it"));
      }
    }
  }

  private static int distance(int[] span, int start, int end) {
    return span[0] >= end ? span[0] - end : Math.max(0, start - span[1]);
  }
}
