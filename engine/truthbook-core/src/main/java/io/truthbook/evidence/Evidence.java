package io.truthbook.evidence;

import io.truthbook.model.Location;
import java.util.List;
import java.util.Optional;

/** A fact found in the product repository, with the place it was found. */
public sealed interface Evidence
    permits Evidence.TableOp, Evidence.Route, Evidence.IngressRoute, Evidence.ServiceSpec, Evidence.CodeOwner {

  Location at();

  /** What a SQL migration (or Alembic op, or schema dump) does to a table. */
  enum TableAction { CREATE, RENAME, DROP }

  /**
   * One table operation. {@code name} is unqualified and unquoted, lower-cased unless it was
   * quoted; {@code schema} is the qualifier if one was written. {@code newName} is set for RENAME.
   * {@code order} sorts operations across files: the migration version, then the position in file.
   * {@code view} marks CREATE VIEW / DROP VIEW (views are not tables, but are reported).
   */
  record TableOp(TableAction action, Optional<String> schema, String name, Optional<String> newName,
      boolean view, String order, Location at) implements Evidence {}

  /** An HTTP route found in code: method upper-case, full path with prefixes joined, params as {name}. */
  record Route(String method, String path, String framework, Location at) implements Evidence {}

  /**
   * An ingress rule found in proxy config: host ("" when the server has no name / catch-all), path,
   * match kind (prefix | exact | regex), and the upstream service name as best resolved.
   */
  record IngressRoute(String host, String path, String match, String upstream, String source, Location at)
      implements Evidence {}

  /**
   * A service found in compose or Kubernetes: name, published/container ports, GPU count requested,
   * volumes as "source:target" (host path or named volume), node selector hints. {@code gpusAt} is
   * where the GPUs are requested (a {@code nvidia.com/gpu} line), {@code at} where the service is named.
   */
  record ServiceSpec(String name, List<Integer> ports, int gpus, List<String> volumes,
      Optional<String> nodeHint, String source, Location at, Location gpusAt) implements Evidence {
    public ServiceSpec {
      ports = List.copyOf(ports);
      volumes = List.copyOf(volumes);
    }

    /** A service whose GPU request has no line of its own. */
    public ServiceSpec(String name, List<Integer> ports, int gpus, List<String> volumes, Optional<String> nodeHint,
        String source, Location at) {
      this(name, ports, gpus, volumes, nodeHint, source, at, at);
    }
  }

  /** A CODEOWNERS line: a path pattern and its owners (handles as written, e.g. "@ben"). */
  record CodeOwner(String pattern, List<String> owners, Location at) implements Evidence {
    public CodeOwner {
      owners = List.copyOf(owners);
    }
  }
}
