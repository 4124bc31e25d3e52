package io.truthbook.render.book;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Truth;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stable anchor of every entity: {@code KIND-SLUG}, the slug lower-case {@code [a-z0-9-]}
 * ({@code domain-sales}, {@code route-get-api-sales-customers-id}). Ids that would share an anchor, and
 * slugs cut for length, get a short hash of the kind and the original id, so anchors stay unique and
 * do not depend on the order of the manifests.
 */
public final class Anchors {
  private static final Pattern SAFE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_SLUG = 60;

  private final Map<EntityRef, String> anchors;

  private Anchors(Map<EntityRef, String> anchors) {
    this.anchors = Collections.unmodifiableMap(anchors);
  }

  /** Anchors for every entity the truth defines (the first of duplicated ids wins). */
  public static Anchors of(Truth truth) {
    return of(entities(truth));
  }

  /** Anchors for these entities. */
  public static Anchors of(Iterable<EntityRef> entities) {
    Map<EntityRef, String> plain = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (EntityRef entity : entities) {
      if (!plain.containsKey(entity)) {
        String anchor = plainAnchor(entity);
        plain.put(entity, anchor);
        uses.merge(anchor, 1, Integer::sum);
      }
    }
    for (int hashLength = 8; hashLength <= 64; hashLength *= 2) {
      Map<EntityRef, String> assigned = new LinkedHashMap<>();
      for (Map.Entry<EntityRef, String> entry : plain.entrySet()) {
        String anchor = entry.getValue();
        String slug = slug(entry.getKey().id());
        boolean lossy = slug.isEmpty() || slug.length() > MAX_SLUG;
        if (lossy || uses.get(anchor) > 1) {
          anchor = anchor + "-" + hash(entry.getKey()).substring(0, hashLength);
        }
        assigned.put(entry.getKey(), anchor);
      }
      if (new HashSet<>(assigned.values()).size() == assigned.size()) {
        return new Anchors(assigned);
      }
    }
    throw new IllegalStateException("cannot make unique anchors");
  }

  /** The anchor of an entity, if the truth defines it. */
  public Optional<String> of(EntityKind kind, String id) {
    return Optional.ofNullable(anchors.get(new EntityRef(kind, id)));
  }

  /** Every entity and its anchor, in the order the truth lists them. */
  public Map<EntityRef, String> all() {
    return anchors;
  }

  /** True when the text may be used as an anchor: lower-case letters, digits and single dashes. */
  public static boolean isSafe(String anchor) {
    return SAFE.matcher(anchor).matches();
  }

  /** Lower-case ASCII letters and digits, everything else one dash, no dash at either end. */
  static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private static String plainAnchor(EntityRef entity) {
    String slug = slug(entity.id());
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return entity.kind().word() + (slug.isEmpty() ? "" : "-" + slug);
  }

  private static String hash(EntityRef entity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((entity.kind().word() + "\u0000" + entity.id()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Every entity of the truth, kind by kind, in manifest order. */
  static List<EntityRef> entities(Truth truth) {
    Set<EntityRef> all = new LinkedHashSet<>();
    truth.owners().forEach(o -> all.add(new EntityRef(EntityKind.OWNER, o.id())));
    for (Domain domain : truth.domains()) {
      all.add(new EntityRef(EntityKind.DOMAIN, domain.id()));
      domain.tables().forEach(t -> all.add(new EntityRef(EntityKind.TABLE, t.name())));
      domain.interfaces().forEach(i -> all.add(new EntityRef(EntityKind.INTERFACE, i.id())));
    }
    truth.families().forEach(f -> all.add(new EntityRef(EntityKind.FAMILY, f.id())));
    truth.endpoints().forEach(e -> all.add(new EntityRef(EntityKind.ROUTE, e.id())));
    truth.hosts().forEach(h -> all.add(new EntityRef(EntityKind.HOST, h.host())));
    truth.nodes().forEach(n -> all.add(new EntityRef(EntityKind.NODE, n.id())));
    truth.services().forEach(s -> all.add(new EntityRef(EntityKind.SERVICE, s.id())));
    truth.documents().forEach(d -> all.add(new EntityRef(EntityKind.DOCUMENT, d.id())));
    truth.claims().forEach(c -> all.add(new EntityRef(EntityKind.CLAIM, c.id())));
    truth.gates().forEach(g -> all.add(new EntityRef(EntityKind.GATE, g.id())));
    truth.workstreams().forEach(w -> all.add(new EntityRef(EntityKind.WORKSTREAM, w.id())));
    truth.risks().forEach(r -> all.add(new EntityRef(EntityKind.RISK, r.id())));
    truth.chapters().forEach(c -> all.add(new EntityRef(EntityKind.CHAPTER, c.id())));
    truth.glossary().forEach(g -> all.add(new EntityRef(EntityKind.TERM, g.term())));
    truth.sources().forEach(s -> all.add(new EntityRef(EntityKind.SOURCE, s.id())));
    truth.importProfiles().forEach(p -> all.add(new EntityRef(EntityKind.PROFILE, p.id())));
    truth.importMappings().forEach(m -> all.add(new EntityRef(EntityKind.MAPPING, m.id())));
    truth.synthBrief().ifPresent(b -> b.personas().forEach(p -> all.add(new EntityRef(EntityKind.PERSONA, p.id()))));
    return new ArrayList<>(all);
  }
}
