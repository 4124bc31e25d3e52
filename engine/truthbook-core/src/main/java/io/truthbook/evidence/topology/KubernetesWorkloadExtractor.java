package io.truthbook.evidence.topology;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.RepositoryExtractor;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.yaml.Kustomizations;
import io.truthbook.evidence.yaml.YamlDocuments;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the workloads of Kubernetes manifests (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
 * CronJob, Pod, and the same inside a {@code kind: List}), one {@link ServiceSpec} per workload named
 * by {@code metadata.name}, at the line of that name, with source {@code k8s-workload[<Kind>]}. Every
 * {@code ---} document of a file is read; YAML files that mention no workload kind are skipped
 * unread, so CI configs and Helm values never produce problems.
 */
public final class KubernetesWorkloadExtractor implements RepositoryExtractor {

  private static final String NAME = "k8s-workload";
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

  /** Only what the kustomizations deploy, where there are any. */
  @Override
  public Result extractAll(List<SourceFile> files) {
    return Kustomizations.deployed(this, files, file -> WORKLOAD_KIND.matcher(file.text()).find());
  }

  @Override
  public Result extract(SourceFile file) {
    if (!WORKLOAD_KIND.matcher(file.text()).find()) {
      return Result.of(List.of());
    }
    YamlDocuments yaml = YamlDocuments.read(file);
    List<ExtractionProblem> problems = new ArrayList<>(yaml.problems());
    Matcher template = TEMPLATE.matcher(file.text());
    if (!problems.isEmpty() && template.find()) {
      // a Helm or Go template is YAML only after rendering; one problem says so instead of many
      problems = new ArrayList<>(List.of(new ExtractionProblem(
          new LineIndex(file).at(template.start()),
          "this file is a template ({{ ... }}), not YAML; render it (helm template) and scan the output")));
    }
    List<Evidence> found = new ArrayList<>();
    for (YamlNode document : yaml.documents()) {
      workload(document, problems).ifPresent(found::add);
      if (document.get("kind").flatMap(YamlNode::text).filter("List"::equals).isPresent()) {
        for (YamlNode item : document.get("items").map(YamlNode::items).orElse(List.of())) {
          workload(item, problems).ifPresent(found::add);
        }
      }
    }
    return new Result(found, problems);
  }

  private static Optional<ServiceSpec> workload(YamlNode document, List<ExtractionProblem> problems) {
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
    List<String> path = POD_SPEC.get(kind.get());
    Optional<YamlNode> spec = document.path(path.toArray(String[]::new));
    if (spec.isEmpty() || !(spec.get() instanceof YamlNode.Mapping)) {
      problems.add(new ExtractionProblem(name.get().at(), "expected a pod spec at " + String.join(".", path)
          + " of " + kind.get() + " '" + name.get().text().orElseThrow() + "'; the workload is not read"));
      return Optional.empty();
    }
    Optional<YamlNode> containers = spec.get().get("containers");
    if (containers.isPresent() && !(containers.get() instanceof YamlNode.Sequence)) {
      problems.add(new ExtractionProblem(containers.get().at(), "expected a list of containers in "
          + kind.get() + " '" + name.get().text().orElseThrow() + "'; the workload is not read"));
      return Optional.empty();
    }
    PodTemplate pod = new PodTemplate(spec.get(), claimTemplates(document));
    return Optional.of(new ServiceSpec(name.get().text().orElseThrow(),
        pod.ports(problems), pod.gpus(problems), pod.volumes(problems), pod.nodeHint(),
        NAME + "[" + kind.get() + "]", name.get().at(), pod.gpusAt().orElse(name.get().at())));
  }

  private static Set<String> claimTemplates(YamlNode document) {
    Set<String> names = new LinkedHashSet<>();
    for (YamlNode claim : document.path("spec", "volumeClaimTemplates").map(YamlNode::items).orElse(List.of())) {
      claim.path("metadata", "name").flatMap(YamlNode::text).ifPresent(names::add);
    }
    return names;
  }
}
