package io.truthbook.evidence.ingress;

import io.truthbook.evidence.RepositoryExtractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.yaml.Kustomizations;
import io.truthbook.evidence.yaml.YamlDocuments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the routes of Kubernetes manifests: networking.k8s.io Ingress rules (and the older
 * extensions/v1beta1 shape) and Gateway API HTTPRoutes, in files of one or many documents, and in
 * {@code kind: List} wrappers as {@code kubectl get -o yaml} writes them.
 */
public final class KubernetesIngressExtractor implements RepositoryExtractor {
  private static final String SOURCE = "k8s-ingress";
  /** Most YAML files in a repository are not ingress manifests; a cheap look saves composing them. */
  private static final Pattern INTERESTING =
      Pattern.compile("kind[\"']?\\s*:\\s*[\"']?(Ingress|HTTPRoute|List)\\b");

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public boolean supports(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** Only what the kustomizations deploy, where there are any. */
  @Override
  public Result extractAll(List<SourceFile> files) {
    return Kustomizations.deployed(this, files, file -> INTERESTING.matcher(file.text()).find());
  }

  @Override
  public Result extract(SourceFile file) {
    if (!INTERESTING.matcher(file.text()).find()) {
      return Result.of(List.of());
    }
    YamlDocuments documents = YamlDocuments.read(file);
    List<ExtractionProblem> problems = new ArrayList<>();
    for (ExtractionProblem problem : documents.problems()) {
      problems.add(file.text().contains("{{")
          ? new ExtractionProblem(problem.at(), problem.message() + " (this looks like a Helm or Go template; "
              + "scan the rendered manifests, e.g. the output of 'helm template', instead)")
          : problem);
    }
    KubernetesRoutes reader = new KubernetesRoutes(SOURCE);
    documents.documents().forEach(document -> reader.read(document, 0));
    problems.addAll(reader.problems());
    return IngressResult.sorted(new LinkedHashSet<>(reader.routes()), problems);
  }
}
