package io.truthbook.adopt;

import io.truthbook.evidence.Evidence.CodeOwner;
import io.truthbook.evidence.owners.CodeOwners;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Owners from CODEOWNERS, one per handle ({@code @ana} → {@code ana}, {@code @org/team} → {@code team}), in the
 * order the file names them; without CODEOWNERS, the one owner {@code team}, to be renamed.
 */
final class OwnersDraft {
  static final String TEAM = "team";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  /** Where GitHub looks for CODEOWNERS, the one it reads first first. */
  private static final List<String> PLACES = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");

  private final Map<String, String> handles = new LinkedHashMap<>();
  private final Set<String> runtime = new TreeSet<>();
  private final Optional<CodeOwners> deciding;

  OwnersDraft(ProductEvidence evidence, List<ProductEvidence.Item<CodeOwner>> rules) {
    for (ProductEvidence.Item<CodeOwner> rule : rules) {
      for (String handle : rule.evidence().owners()) {
        String id = id(handle);
        if (ID.matcher(id).matches()) {
          handles.putIfAbsent(id, handle);
        } else {
          evidence.skip(rule, "CODEOWNERS names '" + handle + "', which cannot be an owner id (lower-case letters,"
              + " digits and '-'); rename the handle, or leave CODEOWNERS unchecked");
        }
      }
    }
    // the file GitHub reads decides who owns a path
    Optional<String> file = rules.stream().map(r -> evidence.file(r.evidence())).filter(PLACES::contains)
        .min(Comparator.comparingInt(PLACES::indexOf));
    deciding = file.map(f -> CodeOwners.of(rules.stream().filter(r -> evidence.file(r.evidence()).equals(f))
        .map(ProductEvidence.Item::evidence).toList()));
  }

  /** {@code @ana} → ana, {@code @org/team} → team: the id the codeowners drift rules look for. */
  private static String id(String handle) {
    String bare = handle.startsWith("@") ? handle.substring(1) : handle;
    return bare.substring(bare.lastIndexOf('/') + 1);
  }

  /** The owner of whatever nothing else decides: the first CODEOWNERS names, else {@link #TEAM}. */
  String first() {
    return handles.isEmpty() ? TEAM : handles.keySet().iterator().next();
  }

  /** The owners CODEOWNERS gives a product path, those that are owners here, in the rule's order. */
  List<String> ownersOf(String path) {
    List<String> owners = new ArrayList<>();
    deciding.ifPresent(rules -> {
      try {
        rules.ownersOf(path).stream().map(OwnersDraft::id).filter(handles::containsKey).forEach(owners::add);
      } catch (CodeOwners.TooComplex e) {
        // a pattern too deep to match decides nothing here; the codeowners extractor reports it
      }
    });
    return owners;
  }

  /** Marks an owner a runtime steward: they own route families of a domain another owner owns. */
  void steward(String id) {
    runtime.add(id);
  }

  void write(YamlWriter yaml) {
    yaml.key(0, "owners");
    if (handles.isEmpty()) {
      yaml.item(1, "id", TEAM).field(2, "name", "Team", "rename: one owner until the truth names people");
      steward(yaml, TEAM);
      return;
    }
    yaml.comment(1, "one owner per CODEOWNERS handle (@ana → ana, @org/team → team): give each the name the book shows");
    handles.forEach((id, handle) -> {
      yaml.item(1, "id", id).field(2, "name", handle);
      steward(yaml, id);
    });
  }

  private void steward(YamlWriter yaml, String id) {
    if (runtime.contains(id)) {
      yaml.field(2, "runtime", true, "CODEOWNERS gives them route families of a domain another owner owns");
    }
  }
}
