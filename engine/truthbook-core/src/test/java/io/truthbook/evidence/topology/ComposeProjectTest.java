package io.truthbook.evidence.topology;

import static io.truthbook.evidence.topology.ServiceSpecText.specs;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComposeProjectTest {
  private final ComposeExtractor extractor = new ComposeExtractor();

  private List<ServiceSpec> extract(String path, String yaml) {
    return extractor.extract(SourceFile.of(path, yaml)).evidence().stream().map(ServiceSpec.class::cast).toList();
  }

  @Test
  void mergesBaseAndOverrideFilesOfOneFolderByServiceName() {
    List<ServiceSpec> specs = new ArrayList<>();
    // the override is listed first and sorts first by name; the base file still applies first
    specs.addAll(extract("deploy/docker-compose.gpu.yml", """
        services:
          comfyui:
            ports: ["8189"]
            volumes:
              - /mnt/nvme-models:/models:ro
              - /mnt/nvme-fast/out:/output
            deploy:
              resources:
                reservations:
                  devices: [{capabilities: [gpu], count: 2}]
              placement:
                constraints: ["node.hostname == gpu-1"]
          sidecar:
            ports: ["7000"]
        """));
    specs.addAll(extract("deploy/docker-compose.yml", """
        services:
          api:
            ports: ["8000"]
          comfyui:
            ports: ["8188"]
            volumes:
              - /srv/output:/output
              - /srv/input:/input
        """));

    // sorted by location: docker-compose.gpu.yml before docker-compose.yml
    assertThat(specs(ComposeProject.merge(specs))).containsExactly(
        "sidecar ports=[7000] gpus=0 volumes=[] compose @13:3",
        "api ports=[8000] gpus=0 volumes=[] compose @2:3",
        "comfyui ports=[8188, 8189] gpus=2 volumes=[/mnt/nvme-fast/out:/output, /srv/input:/input,"
            + " /mnt/nvme-models:/models] node=gpu-1 compose @4:3");
    assertThat(ComposeProject.merge(specs).get(2).at().file()).isEqualTo("deploy/docker-compose.yml");
  }

  @Test
  void keepsBaseGpusAndHintWhenTheOverrideSaysNothingAndUnitesProfiles() {
    List<ServiceSpec> specs = new ArrayList<>();
    specs.addAll(extract("compose.yaml", """
        services:
          worker:
            runtime: nvidia
            profiles: [gpu]
            deploy: {placement: {constraints: ["node.hostname == gpu-2"]}}
        """));
    specs.addAll(extract("compose.override.yaml", """
        services:
          worker:
            profiles: [debug, gpu]
            ports: ["9000"]
        """));

    assertThat(specs(ComposeProject.merge(specs))).containsExactly(
        "worker ports=[9000] gpus=1 volumes=[] node=gpu-2 compose[profiles=gpu,debug] @2:3");
  }

  @Test
  void keepsServicesOfOtherFoldersAndOtherSourcesApart() {
    List<ServiceSpec> specs = new ArrayList<>();
    specs.addAll(extract("a/docker-compose.yml", "services:\n  api: {ports: [\"8000\"]}\n"));
    specs.addAll(extract("b/docker-compose.yml", "services:\n  api: {ports: [\"9000\"]}\n"));
    ServiceSpec k8s = new ServiceSpec("api", List.of(8080), 0, List.of(), Optional.empty(),
        "k8s-workload[Deployment]", Location.of("a/api.yaml", 4, 9));
    specs.add(k8s);

    assertThat(specs(ComposeProject.merge(specs))).containsExactly(
        "api ports=[8080] gpus=0 volumes=[] k8s-workload[Deployment] @4:9",
        "api ports=[8000] gpus=0 volumes=[] compose @2:3",
        "api ports=[9000] gpus=0 volumes=[] compose @2:3");
    assertThat(ComposeProject.merge(specs)).extracting(spec -> spec.at().file())
        .containsExactly("a/api.yaml", "a/docker-compose.yml", "b/docker-compose.yml");
  }

  @Test
  void mergesNothingForAnEmptyList() {
    assertThat(ComposeProject.merge(List.of())).isEmpty();
  }
}
