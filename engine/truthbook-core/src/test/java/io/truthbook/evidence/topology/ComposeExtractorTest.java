package io.truthbook.evidence.topology;

import static io.truthbook.evidence.topology.ServiceSpecText.problems;
import static io.truthbook.evidence.topology.ServiceSpecText.specs;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComposeExtractorTest {
  private final ComposeExtractor extractor = new ComposeExtractor();

  private Extractor.Result extract(String yaml) {
    return extractor.extract(SourceFile.of("deploy/docker-compose.yml", yaml));
  }

  @Test
  void namesItselfAndSupportsComposeFileNames() {
    assertThat(extractor.name()).isEqualTo("compose");
    assertThat(extractor.supports("docker-compose.yml")).isTrue();
    assertThat(extractor.supports("deploy/docker-compose.gpu.yaml")).isTrue();
    assertThat(extractor.supports("compose.yaml")).isTrue();
    assertThat(extractor.supports("ops/compose.prod.yml")).isTrue();
    assertThat(extractor.supports("docker-compose.yml.bak")).isFalse();
    assertThat(extractor.supports("k8s/deployment.yaml")).isFalse();
    assertThat(extractor.supports("compose/app.yaml")).isFalse();
  }

  @Test
  void reportsContainerPortsOfShortAndLongSyntax() {
    Extractor.Result result = extract("""
        services:
          api:
            image: velocity/api
            ports:
              - "8000:8000"
              - "127.0.0.1:8001:8081/tcp"
              - "9090"
              - "9000-9001:9000-9001"
              - 22:22
              - target: 7000
                published: 17000
                protocol: tcp
              - "[::1]:6000:6001"
              - "8000:8000/udp"
              - 5432
        """);

    assertThat(specs(result)).containsExactly(
        "api ports=[8000, 8081, 9090, 9000, 9001, 22, 7000, 6001, 5432] gpus=0 volumes=[] compose @2:3");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void reportsPortsItCannotRead() {
    Extractor.Result result = extract("""
        services:
          api:
            ports:
              - "http"
              - "${API_PORT}"
              - "1-5000"
              - published: 8000
              - "70000"
              - [8000]
              - "${API_PORT:-8000}:${API_PORT:-8000}"
        """);

    assertThat(specs(result)).containsExactly("api ports=[8000] gpus=0 volumes=[] compose @2:3");
    assertThat(problems(result)).containsExactly(
        "4:9 expected a container port 1-65535 or a range like 9000-9001 in 'http'; the entry is not read",
        "5:9 expected a container port 1-65535 or a range like 9000-9001 in '${API_PORT}' (a variable"
            + " without a default reads as empty); the entry is not read",
        "6:9 port range '1-5000' in '1-5000' is reversed or wider than 1024 ports; the entry is not read",
        "7:9 expected 'target' (the container port) in a long-syntax port; the entry is not read",
        "8:9 expected a container port 1-65535 or a range like 9000-9001 in '70000'; the entry is not read",
        "9:9 expected a port like \"8000:8000\" or a mapping with 'target'; the entry is not read");
  }

  @Test
  void countsGpuDeviceReservations() {
    Extractor.Result result = extract("""
        services:
          two:
            deploy:
              resources:
                reservations:
                  devices:
                    - driver: nvidia
                      count: 2
                      capabilities: [gpu]
          every:
            deploy:
              resources:
                reservations:
                  devices:
                    - capabilities: [gpu]
                      count: all
          by-id:
            deploy:
              resources:
                reservations:
                  devices:
                    - capabilities: ["gpu"]
                      device_ids: ["0", "1", "3"]
          unstated:
            deploy:
              resources:
                reservations:
                  devices:
                    - capabilities: [gpu]
          not-a-gpu:
            deploy:
              resources:
                reservations:
                  devices:
                    - capabilities: [tpu]
                      count: 4
          swarm:
            deploy:
              resources:
                reservations:
                  generic_resources:
                    - discrete_resource_spec:
                        kind: NVIDIA-GPU
                        value: 2
          field:
            gpus: all
          bad:
            deploy:
              resources:
                reservations:
                  devices:
                    - capabilities: [gpu]
                      count: two
        """);

    assertThat(specs(result)).containsExactly(
        "two ports=[] gpus=2 volumes=[] compose @2:3",
        "every ports=[] gpus=-1 volumes=[] compose @10:3",
        "by-id ports=[] gpus=3 volumes=[] compose @17:3",
        "unstated ports=[] gpus=-1 volumes=[] compose @24:3",
        "not-a-gpu ports=[] gpus=0 volumes=[] compose @30:3",
        "swarm ports=[] gpus=2 volumes=[] compose @37:3",
        "field ports=[] gpus=-1 volumes=[] compose @45:3",
        "bad ports=[] gpus=0 volumes=[] compose @47:3");
    assertThat(problems(result)).containsExactly(
        "53:22 expected a GPU count (a whole number or 'all'), found 'two'; read as 0");
    assertThat(ComposeExtractor.ALL_GPUS).isEqualTo(-1);
  }

  @Test
  void readsTheLegacyNvidiaRuntime() {
    Extractor.Result result = extract("""
        services:
          one:
            runtime: nvidia
          all:
            runtime: nvidia
            environment:
              - NVIDIA_VISIBLE_DEVICES=all
          pair:
            runtime: nvidia
            environment:
              NVIDIA_VISIBLE_DEVICES: "0,1"
          none:
            runtime: nvidia
            environment:
              NVIDIA_VISIBLE_DEVICES: none
          env-only:
            environment:
              NVIDIA_VISIBLE_DEVICES: all
        """);

    assertThat(specs(result)).containsExactly(
        "one ports=[] gpus=1 volumes=[] compose @2:3",
        "all ports=[] gpus=-1 volumes=[] compose @4:3",
        "pair ports=[] gpus=2 volumes=[] compose @8:3",
        "none ports=[] gpus=0 volumes=[] compose @12:3",
        "env-only ports=[] gpus=0 volumes=[] compose @16:3");
  }

  @Test
  void readsVolumesAndResolvesNamedVolumesBoundToHostDevices() {
    Extractor.Result result = extract("""
        services:
          db:
            volumes:
              - pgdata:/var/lib/postgresql/data
              - cache:/cache
              - /mnt/nvme-models:/models:ro
              - ./init:/docker-entrypoint-initdb.d
              - /scratch
              - type: bind
                source: /mnt/nvme-scratch
                target: /scratch
                read_only: true
              - type: volume
                source: pgdata
                target: /backup
              - type: tmpfs
                target: /tmp
              - type: volume
                target: /anonymous
              - "${MODELS_DIR:-/srv/models}:/weights"
              - 'C:\\data:/data'
        volumes:
          pgdata:
            driver: local
            driver_opts:
              type: none
              o: bind
              device: /mnt/nvme-db/pg
          cache: {}
        """);

    assertThat(specs(result)).containsExactly("db ports=[] gpus=0 volumes=[/mnt/nvme-db/pg:/var/lib/postgresql/data,"
        + " cache:/cache, /mnt/nvme-models:/models, ./init:/docker-entrypoint-initdb.d,"
        + " /mnt/nvme-scratch:/scratch, /mnt/nvme-db/pg:/backup, /srv/models:/weights, C:\\data:/data]"
        + " compose @2:3");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void resolvesAnchorsMergeKeysAndExtensionFields() {
    Extractor.Result result = extract("""
        x-gpu: &gpu
          deploy:
            resources:
              reservations:
                devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]
            placement:
              constraints: ["node.hostname == gpu-1"]
        x-volumes: &models
          volumes:
            - /mnt/nvme-models:/models:ro
          ports: ["1111"]
        services:
          comfyui:
            <<: *gpu
            ports: ["8188:8188"]
          worker:
            <<: [*models, *gpu]
            ports: ["9000"]
          plain:
            <<: *models
        """);

    assertThat(specs(result)).containsExactly(
        "comfyui ports=[8188] gpus=1 volumes=[] node=gpu-1 compose @13:3",
        "worker ports=[9000] gpus=1 volumes=[/mnt/nvme-models:/models] node=gpu-1 compose @16:3",
        "plain ports=[1111] gpus=0 volumes=[/mnt/nvme-models:/models] compose @19:3");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void recordsProfilesAndStillCountsTheService() {
    Extractor.Result result = extract("""
        services:
          api:
            ports: ["8000"]
          comfyui:
            profiles: [gpu, debug]
            ports: ["8188"]
        """);

    assertThat(specs(result)).containsExactly(
        "api ports=[8000] gpus=0 volumes=[] compose @2:3",
        "comfyui ports=[8188] gpus=0 volumes=[] compose[profiles=gpu,debug] @4:3");
    ServiceSpec comfyui = (ServiceSpec) result.evidence().get(1);
    assertThat(ComposeExtractor.profilesOf(comfyui)).containsExactly("gpu", "debug");
    assertThat(ComposeExtractor.profilesOf((ServiceSpec) result.evidence().get(0))).isEmpty();
  }

  @Test
  void takesTheNodeHintFromPlacementConstraints() {
    Extractor.Result result = extract("""
        services:
          by-hostname:
            deploy:
              placement:
                constraints:
                  - node.role == worker
                  - "node.hostname==${GPU_HOST:-gpu-1}"
          by-label:
            deploy:
              placement:
                constraints: ["node.labels.gpu == true", "node.labels.host == 'gpu-2'"]
          excluded:
            deploy:
              placement:
                constraints: ["node.hostname != gpu-1", "node.labels.gpu == true"]
        """);

    assertThat(specs(result)).extracting(line -> line.replaceAll(" ports.*volumes=\\[\\]", "")).containsExactly(
        "by-hostname node=gpu-1 compose @2:3",
        "by-label node=gpu-2 compose @8:3",
        "excluded compose @12:3");
    assertThat(((ServiceSpec) result.evidence().get(2)).nodeHint()).isEqualTo(Optional.empty());
  }

  @Test
  void reportsShapeProblemsWithLocations() {
    Extractor.Result result = extract("""
        services:
          api:
            ports: "8000:8000"
            volumes: /data:/data
          broken: just-a-string
          ok:
            image: x
        ---
        services: {}
        """);

    assertThat(specs(result)).containsExactly(
        "api ports=[] gpus=0 volumes=[] compose @2:3",
        "ok ports=[] gpus=0 volumes=[] compose @6:3");
    assertThat(problems(result)).containsExactly(
        "3:12 expected 'ports' to be a list, e.g. [\"8000:8000\"]; the ports are not read",
        "4:14 expected 'volumes' to be a list, e.g. [\"/mnt/models:/models:ro\"]; the volumes are not read",
        "5:3 expected service 'broken' to be a mapping (image, ports, ...); it is not read",
        "9:1 a compose file is one YAML document; the documents after the first are not read");
  }

  @Test
  void reportsTopLevelShapeProblems() {
    assertThat(problems(extract("- api\n- worker\n")))
        .containsExactly("1:1 expected a mapping with 'services' at the top of a compose file");
    assertThat(problems(extract("services: [api]\n")))
        .containsExactly("1:11 expected 'services' to map service names to their definitions");
    assertThat(extract("").evidence()).isEmpty();
    assertThat(extract("# only a comment\n").problems()).isEmpty();
    assertThat(extract("networks: {}\n").evidence()).isEmpty();
    assertThat(extract("services:\n").problems()).isEmpty();
  }

  @Test
  void turnsBrokenYamlIntoAProblemAtItsPlace() {
    Extractor.Result result = extract("""
        services:
          api:
            ports: ["8000"
          worker:
        """);

    assertThat(result.evidence()).isEmpty();
    assertThat(problems(result)).singleElement().asString().startsWith("4:3 invalid YAML: while parsing a flow sequence");
  }

  @Test
  void reportsDuplicateKeysAndReadsTheFirst() {
    Extractor.Result result = extract("""
        services:
          api:
            ports: ["8000"]
          api:
            ports: ["9000"]
        """);

    assertThat(specs(result)).containsExactly("api ports=[8000] gpus=0 volumes=[] compose @2:3");
    assertThat(problems(result)).containsExactly(
        "4:3 duplicate key 'api' (first at line 2); the first one is read, remove the other");
  }

  @Test
  void readsCrlfFilesLikeLfFiles() {
    String lf = """
        x-base: &base
          ports: ["8000"]
        services:
          api:
            <<: *base
            volumes: ["/mnt/a:/a"]
          broken: 1
        """;

    Extractor.Result crlf = extract(lf.replace("\n", "\r\n"));
    assertThat(specs(crlf)).isEqualTo(specs(extract(lf)));
    assertThat(problems(crlf)).isEqualTo(problems(extract(lf)));
    assertThat(specs(crlf)).containsExactly("api ports=[8000] gpus=0 volumes=[/mnt/a:/a] compose @4:3");
  }

  @Test
  void carriesTheCommitOfTheFile() {
    Extractor.Result result = extractor.extract(new SourceFile("docker-compose.yml",
        "services:\n  api: {ports: [\"80\"]}\n", Optional.of("abc1234")));

    assertThat(((ServiceSpec) result.evidence().get(0)).at().commit()).contains("abc1234");
  }
}
