package io.truthbook.evidence.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes of an OpenAPI 3 (or Swagger 2) document: every operation under {@code paths}, joined with
 * the path of the first {@code servers[].url} (or Swagger's {@code basePath}). Read with Jackson's
 * streaming parser, so each route points at the line of its operation key and the document is never
 * held as a tree.
 */
public final class OpenApiRouteExtractor implements Extractor {
  private static final String FRAMEWORK = "openapi";
  private static final Set<String> OPERATIONS = Set.of("get", "post", "put", "patch", "delete", "head", "options",
      "trace");
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final Pattern JAVA_NAME = Pattern.compile(", from `[^`]*`");

  /** One operation as found, before the server path is known (servers may follow paths). */
  private record Operation(String method, String path, Location at) {}

  @Override
  public String name() {
    return "http-openapi";
  }

  @Override
  public boolean supports(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    boolean named = name.startsWith("openapi") || name.startsWith("swagger");
    return named && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  @Override
  public Result extract(SourceFile file) {
    JsonFactory factory = file.path().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    FoundRoutes found = new FoundRoutes();
    try (JsonParser parser = factory.createParser(file.text())) {
      try {
        new Document(file, parser, found).read();
      } catch (StreamConstraintsException e) {
        // a limit of the reader: the exception has no location, the parser knows where it stopped
        found.problem(at(file, parser.currentLocation()), "malformed OpenAPI document: " + limit(e, factory));
      }
    } catch (JsonProcessingException e) {
      found.problem(at(file, e.getLocation()), "malformed OpenAPI document: " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some syntax errors as its own unchecked exceptions; they are the input's fault
      found.problem(file.at(0, 0), "malformed OpenAPI document: " + e.getMessage());
    }
    return found.result();
  }

  // "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)" in plain words
  private static String limit(StreamConstraintsException e, JsonFactory factory) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nested more than " + factory.streamReadConstraints().getMaxNestingDepth() + " levels deep";
    }
    return JAVA_NAME.matcher(message).replaceAll("");
  }

  private static Location at(SourceFile file, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return file.at(0, 0);
    }
    return file.at(location.getLineNr(), Math.max(0, location.getColumnNr()));
  }

  /** One pass over one document. */
  private static final class Document {
    private final SourceFile file;
    private final JsonParser parser;
    private final FoundRoutes found;
    private final List<Operation> operations = new ArrayList<>();
    private Optional<String> base = Optional.empty();

    Document(SourceFile file, JsonParser parser, FoundRoutes found) {
      this.file = file;
      this.parser = parser;
      this.found = found;
    }

    void read() throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        found.problem(at(file, parser.currentTokenLocation()),
            "expected an OpenAPI document: a mapping with 'openapi' and 'paths'");
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("paths") && value == JsonToken.START_OBJECT) {
          paths();
        } else if (field.equals("servers") && value == JsonToken.START_ARRAY) {
          servers();
        } else if (field.equals("basePath") && value == JsonToken.VALUE_STRING && base.isEmpty()) {
          base = Optional.of(parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      String prefix = base.map(OpenApiRouteExtractor::urlPath).orElse("");
      for (Operation operation : operations) {
        found.route(operation.method(), RoutePaths.join(prefix, operation.path()), FRAMEWORK, operation.at());
      }
    }

    private void paths() throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String path = parser.currentName();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName().toLowerCase(Locale.ROOT);
          Location at = at(file, parser.currentTokenLocation());
          parser.nextToken();
          if (OPERATIONS.contains(key)) {
            operations.add(new Operation(key.toUpperCase(Locale.ROOT), path, at));
          } else if (key.equals("$ref") && parser.currentToken() == JsonToken.VALUE_STRING
              && !parser.getText().startsWith("#")) {
            // the path item lives in another document: its operations are served, but never read here
            found.unread(at, "path '" + path + "' is a $ref to '" + parser.getText() + "' ("
                    + (parser.getText().contains("://") ? "a URL" : "another file")
                    + "), which is not followed; its operations are not checked",
                "write the path's operations in this document (bundle the spec, e.g. redocly bundle), or document"
                    + " them by hand");
          }
          parser.skipChildren(); // parameters, $ref, summary, and each operation's body
        }
      }
    }

    // only the first server counts; its {variables} take their defaults
    private void servers() throws IOException {
      boolean first = true;
      for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (first && token == JsonToken.START_OBJECT) {
          server();
          first = false;
        } else {
          parser.skipChildren();
        }
      }
    }

    private void server() throws IOException {
      String url = null;
      Map<String, String> defaults = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("url") && value == JsonToken.VALUE_STRING) {
          url = parser.getText();
        } else if (field.equals("variables") && value == JsonToken.START_OBJECT) {
          variables(defaults);
        } else {
          parser.skipChildren();
        }
      }
      if (url != null && base.isEmpty()) {
        String resolved = url;
        for (Map.Entry<String, String> variable : defaults.entrySet()) {
          resolved = resolved.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        base = Optional.of(resolved);
      }
    }

    private void variables(Map<String, String> defaults) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("default") && value != null && value.isScalarValue()) {
            defaults.put(name, parser.getText());
          } else {
            parser.skipChildren();
          }
        }
      }
    }
  }

  /** The path part of a server URL: "https://x.com/v1" gives "/v1", "/api" stays, "https://x.com" gives "". */
  static String urlPath(String url) {
    String path = url.trim();
    int scheme = path.indexOf("://");
    if (scheme >= 0 || path.startsWith("//")) {
      int hostStart = scheme >= 0 ? scheme + 3 : 2;
      int slash = path.indexOf('/', hostStart);
      path = slash < 0 ? "" : path.substring(slash);
    }
    int query = path.indexOf('?');
    return query >= 0 ? path.substring(0, query) : path;
  }
}
