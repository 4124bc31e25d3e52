package io.truthbook.imports;

import io.truthbook.model.ImportProfile;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which profile a header row belongs to: the profiles all of whose recognising headers are present;
 * of several, the one with the most recognising headers (the most specific). When none matches, the
 * closest are the ones with the largest share of their recognising headers present.
 */
final class ProfileRecognition {
  private ProfileRecognition() {}

  /** A profile with the share of its recognising headers a header row has. */
  record Match(ImportProfile profile, int present) {
    boolean complete() {
      return present == profile.recognisedBy().size();
    }

    double share() {
      return profile.recognisedBy().isEmpty() ? 0 : (double) present / profile.recognisedBy().size();
    }

    String describe() {
      return profile.id() + " (" + present + " of " + profile.recognisedBy().size() + " recognising headers)";
    }
  }

  /** How well a header row (as read with the profile's delimiter and encoding) matches the profile. */
  static Match match(ImportProfile profile, List<String> header) {
    Set<String> present = Set.copyOf(header.stream().map(String::strip).toList());
    int count = (int) profile.recognisedBy().stream().filter(h -> present.contains(h.text())).count();
    return new Match(profile, count);
  }

  /** The best matches first: complete ones by specificity, then by share; ties by id. */
  static List<Match> ranked(List<Match> matches) {
    return matches.stream().sorted(Comparator.comparing(Match::complete).reversed()
        .thenComparing(Comparator.comparingDouble(Match::share).reversed())
        .thenComparing(Comparator.comparingInt(Match::present).reversed())
        .thenComparing(m -> m.profile().id())).toList();
  }
}
