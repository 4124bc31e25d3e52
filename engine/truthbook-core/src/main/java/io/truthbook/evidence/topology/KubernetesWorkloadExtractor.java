package io.truthbook.evidence.topology;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.RepositoryExtractor;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.yaml.Kustomizations;
import io.truthbook.evidence.yaml.YamlDocuments;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the workloads of Kubernetes manifests (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
 * CronJob, Pod, and the same inside a {@code kind: List}), one {@link ServiceSpec} per workload named
 * by {@code metadata.name}, at the line of that name, with source {@code k8s-workload[<Kind>]}. Every
 * {@code ---} document of a file is read; YAML files that mention no workload kind (nor a Service,
 * claim, volume or storage class) are skipped unread, so CI configs and Helm values never produce
 * problems.
 *
 * <p>Objects refer to each other across the files a kustomization deploys, as the cluster resolves
 * them:
 * <ul>
 *   <li>A Service selecting a workload ({@link ServiceSelectors}) adds the container ports it sends
 *       traffic to, each at its {@code targetPort} line. A spec's ports are container ports, as for
 *       compose: what the service listens on, which the topology's {@code ports} document. What a node
 *       publishes (a {@code hostPort}, a NodePort Service's {@code nodePort}) is a fact about the host,
 *       like compose's published side, and is not reported; the Service's own {@code port} lives on the
 *       cluster's virtual IP, on no node, and is not reported either.
 *   <li>A mounted PersistentVolumeClaim, or a StatefulSet's volumeClaimTemplate, bound to a local or
 *       hostPath PersistentVolume ({@link VolumeClaims}) mounts that volume's host path, as a compose bind
 *       mount does, and the volume's node is the workload's node hint when the pod template names no
 *       host; so NVMe mounts and placement are judged as for compose. A local volume on another node than
 *       the pod's host is a warning ({@code evidence.volume-node}): such a pod never starts.
 * </ul>
 * Namespaces are the objects' {@code metadata.namespace} ("default" when absent), or the one the
 * kustomizations deploying them set.
 */
public final class KubernetesWorkloadExtractor implements RepositoryExtractor {

  private static final String NAME = "k8s-workload";
  /** The rule of a workload whose local volume is on another node than the one it is pinned to. */
  static final String VOLUME_NODE = "evidence.volume-node";
  private static final Map<String, List<String>> POD_SPEC = Map.of(
      "Deployment", List.of("spec", "template", "spec"),
      "StatefulSet", List.of("spec", "template", "spec"),
      "DaemonSet", List.of("spec", "template", "spec"),
      "ReplicaSet", List.of("spec", "template", "spec"),
      "Job", List.of("spec", "template", "spec"),
      "CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"),
      "Pod", List.of("spec"));
  private static final Pattern WORKLOAD_KIND = Pattern.compile(
      "\\bkind[\"']?\\s*:\\s*[\"']?(?:Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod|List)\\b");
  // top-level only: an HTTPRoute's backendRefs also say "kind: Service"
  private static final Pattern RELATED_KIND = Pattern.compile(
      "(?m)^kind[\"']?\\s*:\\s*[\"']?(?:Service|PersistentVolumeClaim|PersistentVolume|StorageClass)[\"']?\\s*(?:#.*)?$");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{");
  private static final ComposeExtractor COMPOSE = new ComposeExtractor();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean supports(String path) {
    return (path.endsWith(".yaml") || path.endsWith(".yml")) && !COMPOSE.supports(path);
  }

  /** Only what the kustomizations deploy, where there are any, read together. */
  @Override
  public Result extractAll(List<SourceFile> files) {
    return Kustomizations.deployed(files, KubernetesWorkloadExtractor::relevant, KubernetesWorkloadExtractor::read);
  }

  @Override
  public Result extract(SourceFile file) {
    return read(List.of(file), Kustomizations.of(List.of()));
  }

  private static boolean relevant(SourceFile file) {
    return WORKLOAD_KIND.matcher(file.text()).find() || RELATED_KIND.matcher(file.text()).find();
  }

  private static Result read(List<SourceFile> files, Kustomizations kustomizations) {
    List<ExtractionProblem> problems = new ArrayList<>();
    List<KubernetesObject> objects = new ArrayList<>();
    for (SourceFile file : files.stream().filter(KubernetesWorkloadExtractor::relevant).toList()) {
      Optional<String> namespace = kustomizations.namespace(file.path());
      objects(file, problems).forEach(object -> objects.add(KubernetesObject.of(object, namespace)));
    }
    VolumeClaims claims = new VolumeClaims(objects);
    ServiceSelectors services = new ServiceSelectors(objects, problems);
    List<Evidence> found = new ArrayList<>();
    for (KubernetesObject object : objects) {
      workload(object, claims, services, problems).ifPresent(found::add);
    }
    services.unmatched(problems);
    return new Result(found, problems);
  }

  /** The objects of a file's documents, a {@code kind: List}'s items among them. */
  private static List<YamlNode> objects(SourceFile file, List<ExtractionProblem> problems) {
    YamlDocuments yaml = YamlDocuments.read(file);
    Matcher template = TEMPLATE.matcher(file.text());
    if (!yaml.problems().isEmpty() && template.find()) {
      // a Helm or Go template is YAML only after rendering; one problem says so instead of many
      problems.add(new ExtractionProblem(new LineIndex(file).at(template.start()),
          "this file is a template ({{ ... }}), not YAML; render it (helm template) and scan the output"));
    } else {
      problems.addAll(yaml.problems());
    }
    List<YamlNode> objects = new ArrayList<>();
    for (YamlNode document : yaml.documents()) {
      objects.add(document);
      if (document.get("kind").flatMap(YamlNode::text).filter("List"::equals).isPresent()) {
        objects.addAll(document.get("items").map(YamlNode::items).orElse(List.of()));
      }
    }
    return objects;
  }

  private static Optional<ServiceSpec> workload(KubernetesObject object, VolumeClaims claims,
      ServiceSelectors services, List<ExtractionProblem> problems) {
    YamlNode document = object.node();
    Optional<String> kind = document.get("kind").flatMap(YamlNode::text).filter(POD_SPEC::containsKey);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<YamlNode> name = document.path("metadata", "name").filter(value -> value.text().isPresent());
    if (name.isEmpty()) {
      problems.add(new ExtractionProblem(document.get("kind").orElseThrow().at(),
          "expected metadata.name on this " + kind.get() + "; the workload is not read"));
      return Optional.empty();
    }
    String workload = name.get().text().orElseThrow();
    List<String> path = POD_SPEC.get(kind.get());
    Optional<YamlNode> spec = document.path(path.toArray(String[]::new));
    if (spec.isEmpty() || !(spec.get() instanceof YamlNode.Mapping)) {
      problems.add(new ExtractionProblem(name.get().at(), "expected a pod spec at " + String.join(".", path)
          + " of " + kind.get() + " '" + workload + "'; the workload is not read"));
      return Optional.empty();
    }
    Optional<YamlNode> containers = spec.get().get("containers");
    if (containers.isPresent() && !(containers.get() instanceof YamlNode.Sequence)) {
      problems.add(new ExtractionProblem(containers.get().at(), "expected a list of containers in "
          + kind.get() + " '" + workload + "'; the workload is not read"));
      return Optional.empty();
    }
    String namespace = object.namespace();
    PodTemplate pod = new PodTemplate(spec.get(), claimTemplates(document), namespace, workload, claims);
    List<Integer> ports = new ArrayList<>(pod.ports(problems));
    Map<Integer, Location> portsAt = new LinkedHashMap<>();
    List<String> labelsPath = new ArrayList<>(path.subList(0, path.size() - 1));
    labelsPath.addAll(List.of("metadata", "labels"));
    Map<String, String> labels = ServiceSelectors.labels(document.path(labelsPath.toArray(String[]::new)));
    for (ServiceSelectors.Port port : services.ports(namespace, labels, pod.namedPorts(), workload, problems)) {
      if (!ports.contains(port.number())) {
        ports.add(port.number());
        portsAt.put(port.number(), port.at());
      }
    }
    int gpus = pod.gpus(problems);
    List<PodTemplate.Mount> mounts = pod.volumes(problems);
    // a local volume's node is where the pod must run, surer than a selector label that merely speaks of nodes
    Optional<String> host = pod.hostname().or(() -> mounts.stream().flatMap(m -> m.node().stream()).findFirst());
    Optional<String> node = host.or(pod::nodeHint);
    for (PodTemplate.Mount mount : mounts) {
      mount.node().filter(on -> !on.equals(host.orElseThrow())).ifPresent(on -> problems.add(ExtractionProblem.unread(
          name.get().at(), VOLUME_NODE, Severity.WARNING, kind.get() + " '" + workload + "' runs on node '"
              + host.orElseThrow() + "', but its volume " + mount.volume() + " is a local volume of node '" + on
              + "'; the pod cannot be scheduled",
          "pin the workload to the volume's node, or bind a volume of the node it runs on")));
    }
    return Optional.of(new ServiceSpec(workload, ports, gpus,
        mounts.stream().map(PodTemplate.Mount::volume).toList(), node, NAME + "[" + kind.get() + "]",
        name.get().at(), pod.gpusAt().orElse(name.get().at()), portsAt));
  }

  /** A StatefulSet's volumeClaimTemplates by name. */
  private static Map<String, YamlNode> claimTemplates(YamlNode document) {
    Map<String, YamlNode> templates = new LinkedHashMap<>();
    for (YamlNode claim : document.path("spec", "volumeClaimTemplates").map(YamlNode::items).orElse(List.of())) {
      claim.path("metadata", "name").filter(n -> n.text().isPresent())
          .ifPresent(n -> templates.putIfAbsent(n.text().orElseThrow(), claim));
    }
    return templates;
  }
}
