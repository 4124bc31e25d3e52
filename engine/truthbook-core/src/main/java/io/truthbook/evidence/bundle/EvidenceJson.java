package io.truthbook.evidence.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence;
import io.truthbook.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item of evidence as JSON, both ways: every field of every {@link Evidence} record, by name, so that
 * what is read back equals what was written. Places are written by a {@link Places} (relative to the
 * source folder, the commit left out where it is the bundle's); a field that is missing or of the wrong
 * type is a {@link BundleFormatException} naming it.
 */
final class EvidenceJson {
  private EvidenceJson() {}

  /** The name each kind of evidence is written under; a kind added to {@link Evidence} must be added here. */
  static final Map<Class<?>, String> TYPES = Map.of(Evidence.TableOp.class, "table", Evidence.ColumnOp.class,
      "column", Evidence.Route.class, "route", Evidence.IngressRoute.class, "ingress", Evidence.ServiceSpec.class,
      "service", Evidence.CodeOwner.class, "codeowner");

  /** How places are written and read: relative to the source folder, the bundle's commit left out. */
  interface Places {
    void write(JsonGenerator json, String field, Location at) throws IOException;

    Location read(JsonNode node, String field);
  }

  static void write(JsonGenerator json, Evidence item, Places places) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", TYPES.get(item.getClass()));
    if (item instanceof Evidence.TableOp op) {
      json.writeStringField("action", op.action().name());
      optional(json, "schema", op.schema());
      json.writeStringField("name", op.name());
      optional(json, "newName", op.newName());
      json.writeBooleanField("view", op.view());
      json.writeStringField("order", op.order());
      if (op.columns().isPresent()) {
        json.writeArrayFieldStart("columns");
        for (Evidence.ColumnDef column : op.columns().get()) {
          column(json, column, places);
        }
        json.writeEndArray();
      }
    } else if (item instanceof Evidence.ColumnOp op) {
      optional(json, "schema", op.schema());
      json.writeStringField("table", op.table());
      json.writeFieldName("change");
      change(json, op.change(), places);
      json.writeStringField("order", op.order());
    } else if (item instanceof Evidence.Route route) {
      json.writeStringField("method", route.method());
      json.writeStringField("path", route.path());
      json.writeStringField("framework", route.framework());
    } else if (item instanceof Evidence.IngressRoute route) {
      json.writeStringField("host", route.host());
      json.writeStringField("path", route.path());
      json.writeStringField("match", route.match());
      json.writeStringField("upstream", route.upstream());
      json.writeStringField("source", route.source());
    } else if (item instanceof Evidence.ServiceSpec service) {
      json.writeStringField("name", service.name());
      json.writeArrayFieldStart("ports");
      for (int port : service.ports()) {
        json.writeNumber(port);
      }
      json.writeEndArray();
      json.writeNumberField("gpus", service.gpus());
      strings(json, "volumes", service.volumes());
      optional(json, "nodeHint", service.nodeHint());
      json.writeStringField("source", service.source());
      if (!service.gpusAt().equals(service.at())) {
        places.write(json, "gpusAt", service.gpusAt());
      }
      if (!service.portsAt().isEmpty()) {
        json.writeArrayFieldStart("portsAt");
        for (Map.Entry<Integer, Location> port : new java.util.TreeMap<>(service.portsAt()).entrySet()) {
          json.writeStartObject();
          json.writeNumberField("port", port.getKey());
          places.write(json, "at", port.getValue());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
    } else if (item instanceof Evidence.CodeOwner owner) {
      json.writeStringField("pattern", owner.pattern());
      strings(json, "owners", owner.owners());
    } else {
      throw new IllegalStateException("no JSON form for " + item.getClass().getName());
    }
    places.write(json, "at", item.at());
    json.writeEndObject();
  }

  static Evidence read(JsonNode node, Places places) {
    String type = text(node, "type");
    Location at = places.read(node, "at");
    switch (type) {
      case "table":
        return new Evidence.TableOp(action(node), optional(node, "schema"), text(node, "name"),
            optional(node, "newName"), bool(node, "view"), text(node, "order"), at,
            node.has("columns") ? Optional.of(columns(array(node, "columns"), places)) : Optional.empty());
      case "column":
        return new Evidence.ColumnOp(optional(node, "schema"), text(node, "table"),
            change(object(node, "change"), places), text(node, "order"), at);
      case "route":
        return new Evidence.Route(text(node, "method"), text(node, "path"), text(node, "framework"), at);
      case "ingress":
        return new Evidence.IngressRoute(text(node, "host"), text(node, "path"), text(node, "match"),
            text(node, "upstream"), text(node, "source"), at);
      case "service":
        List<Integer> ports = new ArrayList<>();
        array(node, "ports").forEach(port -> ports.add(integer(port, "ports")));
        Map<Integer, Location> portsAt = new java.util.LinkedHashMap<>();
        if (node.has("portsAt")) {
          for (JsonNode port : array(node, "portsAt")) {
            portsAt.put(integer(port.get("port"), "port"), places.read(port, "at"));
          }
        }
        return new Evidence.ServiceSpec(text(node, "name"), ports, integer(node.get("gpus"), "gpus"),
            strings(node, "volumes"), optional(node, "nodeHint"), text(node, "source"), at,
            node.has("gpusAt") ? places.read(node, "gpusAt") : at, portsAt);
      case "codeowner":
        return new Evidence.CodeOwner(text(node, "pattern"), strings(node, "owners"), at);
      default:
        throw new BundleFormatException("unknown evidence type '" + type + "' (known: "
            + String.join(", ", new java.util.TreeSet<>(TYPES.values())) + ")");
    }
  }

  private static void column(JsonGenerator json, Evidence.ColumnDef column, Places places) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", column.name());
    json.writeStringField("type", column.type());
    json.writeBooleanField("notNull", column.notNull());
    optional(json, "default", column.defaultValue());
    json.writeBooleanField("primaryKey", column.primaryKey());
    json.writeBooleanField("unique", column.unique());
    if (column.references().isPresent()) {
      json.writeObjectFieldStart("references");
      json.writeStringField("table", column.references().get().table());
      optional(json, "column", column.references().get().column());
      json.writeEndObject();
    }
    places.write(json, "at", column.at());
    json.writeEndObject();
  }

  private static List<Evidence.ColumnDef> columns(JsonNode array, Places places) {
    List<Evidence.ColumnDef> columns = new ArrayList<>();
    for (JsonNode column : array) {
      columns.add(column(column, places));
    }
    return columns;
  }

  private static Evidence.ColumnDef column(JsonNode node, Places places) {
    Optional<Evidence.ForeignKey> references = node.has("references")
        ? Optional.of(new Evidence.ForeignKey(text(object(node, "references"), "table"),
            optional(object(node, "references"), "column")))
        : Optional.empty();
    return new Evidence.ColumnDef(text(node, "name"), text(node, "type"), bool(node, "notNull"),
        optional(node, "default"), bool(node, "primaryKey"), bool(node, "unique"), references,
        places.read(node, "at"));
  }

  private static void change(JsonGenerator json, ColumnChange change, Places places) throws IOException {
    json.writeStartObject();
    if (change instanceof ColumnChange.Add add) {
      json.writeStringField("op", "add");
      json.writeFieldName("column");
      column(json, add.column(), places);
      json.writeBooleanField("ifNotExists", add.ifNotExists());
    } else if (change instanceof ColumnChange.Drop drop) {
      json.writeStringField("op", "drop");
      json.writeStringField("column", drop.column());
      json.writeBooleanField("ifExists", drop.ifExists());
    } else if (change instanceof ColumnChange.Rename rename) {
      json.writeStringField("op", "rename");
      json.writeStringField("column", rename.column());
      json.writeStringField("newName", rename.newName());
    } else if (change instanceof ColumnChange.SetType setType) {
      json.writeStringField("op", "setType");
      json.writeStringField("column", setType.column());
      json.writeStringField("columnType", setType.type());
    } else if (change instanceof ColumnChange.SetNotNull setNotNull) {
      json.writeStringField("op", "setNotNull");
      json.writeStringField("column", setNotNull.column());
      json.writeBooleanField("notNull", setNotNull.notNull());
    } else if (change instanceof ColumnChange.SetDefault setDefault) {
      json.writeStringField("op", "setDefault");
      json.writeStringField("column", setDefault.column());
      optional(json, "expression", setDefault.expression());
    } else if (change instanceof ColumnChange.AddPrimaryKey key) {
      json.writeStringField("op", "addPrimaryKey");
      strings(json, "columns", key.columns());
    } else if (change instanceof ColumnChange.AddUnique unique) {
      json.writeStringField("op", "addUnique");
      strings(json, "columns", unique.columns());
    } else if (change instanceof ColumnChange.AddForeignKey key) {
      json.writeStringField("op", "addForeignKey");
      strings(json, "columns", key.columns());
      json.writeStringField("table", key.table());
      strings(json, "referenced", key.referenced());
    } else {
      throw new IllegalStateException("no JSON form for " + change.getClass().getName());
    }
    json.writeEndObject();
  }

  private static ColumnChange change(JsonNode node, Places places) {
    String op = text(node, "op");
    switch (op) {
      case "add":
        return new ColumnChange.Add(column(object(node, "column"), places), bool(node, "ifNotExists"));
      case "drop":
        return new ColumnChange.Drop(text(node, "column"), bool(node, "ifExists"));
      case "rename":
        return new ColumnChange.Rename(text(node, "column"), text(node, "newName"));
      case "setType":
        return new ColumnChange.SetType(text(node, "column"), text(node, "columnType"));
      case "setNotNull":
        return new ColumnChange.SetNotNull(text(node, "column"), bool(node, "notNull"));
      case "setDefault":
        return new ColumnChange.SetDefault(text(node, "column"), optional(node, "expression"));
      case "addPrimaryKey":
        return new ColumnChange.AddPrimaryKey(strings(node, "columns"));
      case "addUnique":
        return new ColumnChange.AddUnique(strings(node, "columns"));
      case "addForeignKey":
        return new ColumnChange.AddForeignKey(strings(node, "columns"), text(node, "table"), strings(node, "referenced"));
      default:
        throw new BundleFormatException("unknown column change '" + op + "'");
    }
  }

  private static Evidence.TableAction action(JsonNode node) {
    String action = text(node, "action");
    try {
      return Evidence.TableAction.valueOf(action);
    } catch (IllegalArgumentException e) {
      throw new BundleFormatException("unknown table action '" + action + "' (known: CREATE, RENAME, DROP)");
    }
  }

  private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }

  static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new BundleFormatException("'" + field + "' must be a string" + (value == null ? ", and is missing" : ""));
    }
    return value.textValue();
  }

  static Optional<String> optional(JsonNode node, String field) {
    return node.has(field) ? Optional.of(text(node, field)) : Optional.empty();
  }

  static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new BundleFormatException("'" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  static int integer(JsonNode value, String field) {
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new BundleFormatException("'" + field + "' must be a whole number");
    }
    return value.intValue();
  }

  static JsonNode object(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw new BundleFormatException("'" + field + "' must be an object");
    }
    return value;
  }

  static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new BundleFormatException("'" + field + "' must be a list");
    }
    return value;
  }

  static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array(node, field)) {
      if (!value.isTextual()) {
        throw new BundleFormatException("'" + field + "' must be a list of strings");
      }
      values.add(value.textValue());
    }
    return values;
  }
}
