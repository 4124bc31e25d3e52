package io.truthbook.evidence.topology;

import static io.truthbook.evidence.topology.ServiceSpecText.problems;
import static io.truthbook.evidence.topology.ServiceSpecText.specs;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

class KubernetesWorkloadExtractorTest {
  private final KubernetesWorkloadExtractor extractor = new KubernetesWorkloadExtractor();

  private Extractor.Result extract(String yaml) {
    return extractor.extract(SourceFile.of("k8s/app.yaml", yaml));
  }

  @Test
  void namesItselfAndSupportsYamlButNotComposeFiles() {
    assertThat(extractor.name()).isEqualTo("k8s-workload");
    assertThat(extractor.supports("k8s/app.yaml")).isTrue();
    assertThat(extractor.supports("deploy/gpu.yml")).isTrue();
    assertThat(extractor.supports("docker-compose.yml")).isFalse();
    assertThat(extractor.supports("k8s/app.json")).isFalse();
  }

  @Test
  void readsADeploymentAmongOtherDocuments() {
    Extractor.Result result = extract("""
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          ports: [{port: 80, targetPort: 8000}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: velocity-api
          labels: {app.kubernetes.io/name: api}
        spec:
          replicas: 3
          template:
            spec:
              nodeSelector:
                kubernetes.io/hostname: origin-1
              containers:
                - name: api
                  ports:
                    - containerPort: 8000
                    - containerPort: 9100
                      name: metrics
                  volumeMounts:
                    - {name: models, mountPath: /models, readOnly: true}
                    - {name: tmp, mountPath: /tmp}
                    - {name: shared, mountPath: /shared}
                - name: sidecar
                  ports: [{containerPort: 8000}]
                  volumeMounts:
                    - {name: models, mountPath: /weights, subPath: llama}
              volumes:
                - name: models
                  hostPath: {path: /mnt/nvme-models, type: Directory}
                - name: tmp
                  emptyDir: {}
                - name: shared
                  persistentVolumeClaim: {claimName: shared-data}
        """);

    assertThat(specs(result)).containsExactly("velocity-api ports=[8000, 9100] gpus=0 volumes=[/mnt/nvme-models:/models,"
        + " pvc:shared-data:/shared, /mnt/nvme-models/llama:/weights] node=origin-1 k8s-workload[Deployment] @11:9");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void sumsGpuRequestsOfAStatefulSetAndMountsItsClaimTemplates() {
    Extractor.Result result = extract("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: vllm
        spec:
          serviceName: vllm
          template:
            spec:
              nodeName: gpu-1
              containers:
                - name: server
                  resources:
                    limits:
                      nvidia.com/gpu: 2
                      memory: 64Gi
                    requests:
                      nvidia.com/gpu: 1
                  volumeMounts: [{name: cache, mountPath: /root/.cache}]
                - name: helper
                  resources:
                    requests:
                      nvidia.com/gpu: "1"
          volumeClaimTemplates:
            - metadata: {name: cache}
              spec: {accessModes: [ReadWriteOnce]}
        """);

    assertThat(specs(result)).containsExactly(
        "vllm ports=[] gpus=3 volumes=[pvc:cache:/root/.cache] node=gpu-1 k8s-workload[StatefulSet] @4:9");
  }

  @Test
  void findsTheCronJobPodTemplate() {
    Extractor.Result result = extract("""
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly-embeddings
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                          - matchExpressions:
                              - {key: kubernetes.io/hostname, operator: In, values: [gpu-2, gpu-3]}
                  containers:
                    - name: embed
                      resources: {limits: {nvidia.com/gpu: 1}}
        """);

    assertThat(specs(result)).containsExactly(
        "nightly-embeddings ports=[] gpus=1 volumes=[] node=gpu-2 k8s-workload[CronJob] @4:9");
  }

  @Test
  void aCommentedOutGpuRequestIsNoRequest() {
    Extractor.Result result = extract("""
        kind: Deployment
        metadata: {name: worker}
        spec:
          template:
            spec:
              containers:
                - name: worker
                  resources:
                    limits:
                      memory: 8Gi
                      # nvidia.com/gpu: 1
        """);

    assertThat(specs(result)).containsExactly("worker ports=[] gpus=0 volumes=[] k8s-workload[Deployment] @2:18");
  }

  @Test
  void readsDaemonSetsJobsAndListsWithHostLabelHints() {
    Extractor.Result result = extract("""
        kind: List
        items:
          - kind: DaemonSet
            metadata: {name: node-exporter}
            spec:
              template:
                spec:
                  containers: [{name: e, ports: [{containerPort: 9100}]}]
          - kind: Job
            metadata: {name: migrate}
            spec:
              template:
                spec:
                  nodeSelector: {velocity.io/node: db-1, disktype: ssd}
                  containers: [{name: m}]
          - kind: ConfigMap
            metadata: {name: settings}
        """);

    assertThat(specs(result)).containsExactly(
        "node-exporter ports=[9100] gpus=0 volumes=[] k8s-workload[DaemonSet] @4:22",
        "migrate ports=[] gpus=0 volumes=[] node=db-1 k8s-workload[Job] @10:22");
  }

  @Test
  void reportsWorkloadsItCannotRead() {
    Extractor.Result result = extract("""
        kind: Deployment
        metadata: {labels: {app: nameless}}
        ---
        kind: Deployment
        metadata: {name: specless}
        ---
        kind: Pod
        metadata: {name: odd}
        spec:
          containers:
            - name: c
              ports: [{containerPort: http}]
              resources: {limits: {nvidia.com/gpu: 500m}}
              volumeMounts: [{name: missing, mountPath: /x}]
        ---
        kind: Pod
        metadata: {name: scalar}
        spec:
          containers: "not a list"
        """);

    assertThat(specs(result)).containsExactly("odd ports=[] gpus=0 volumes=[] k8s-workload[Pod] @8:18");
    assertThat(problems(result)).containsExactly(
        "1:7 expected metadata.name on this Deployment; the workload is not read",
        "5:18 expected a pod spec at spec.template.spec of Deployment 'specless'; the workload is not read",
        "12:31 expected containerPort to be a port number 1-65535; the entry is not read",
        "13:44 expected a whole number of GPUs for 'nvidia.com/gpu' (extended resources cannot be"
            + " fractions); read as 0",
        "14:22 volumeMount 'missing' names no volume of the pod; add it to spec.volumes (or volumeClaimTemplates)",
        "19:15 expected a list of containers in Pod 'scalar'; the workload is not read");
  }

  @Test
  void skipsYamlThatDeclaresNoWorkloadEvenIfBroken() {
    assertThat(extract("on: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n").evidence()).isEmpty();
    Extractor.Result broken = extract("image: {tag: [\n");
    assertThat(broken.evidence()).isEmpty();
    assertThat(broken.problems()).isEmpty();
  }

  @Test
  void reportsATemplateOnceInsteadOfItsSyntaxErrors() {
    Extractor.Result result = extract("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "api.fullname" . }}
        spec:
          {{- with .Values.nodeSelector }}
        """);

    assertThat(problems(result)).containsExactly(
        "4:9 this file is a template ({{ ... }}), not YAML; render it (helm template) and scan the output");
  }

  @Test
  void readsCrlfFilesLikeLfFiles() {
    String lf = "kind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n"
        + "      containers: [{name: a, ports: [{containerPort: 80}]}]\n---\nkind: Job\nmetadata: {}\n";

    Extractor.Result crlf = extract(lf.replace("\n", "\r\n"));
    assertThat(specs(crlf)).isEqualTo(specs(extract(lf)));
    assertThat(problems(crlf)).isEqualTo(problems(extract(lf)));
    assertThat(specs(crlf)).containsExactly("api ports=[80] gpus=0 volumes=[] k8s-workload[Deployment] @3:9");
    assertThat(problems(crlf)).containsExactly("9:7 expected metadata.name on this Job; the workload is not read");
  }

  @Test
  void reportsBrokenWorkloadYamlAtItsPlace() {
    Extractor.Result result = extract("kind: Deployment\nmetadata:\n  name: a\n   bad: indent\n");

    assertThat(problems(result)).singleElement().asString().startsWith("4:7 invalid YAML:");
  }

  @Test
  void aGpuRequestIsAtItsResourceLine() {
    Extractor.Result result = extract("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: comfyui
        spec:
          template:
            spec:
              containers:
                - name: comfyui
                  image: comfyui
                  resources:
                    requests: {cpu: "2"}
                    limits:
                      memory: 16Gi
                      nvidia.com/gpu: 1
        """);
    ServiceSpec spec = (ServiceSpec) result.evidence().get(0);
    assertThat(spec.at().line()).isEqualTo(4);
    assertThat(spec.gpusAt().line() + ":" + spec.gpusAt().column()).isEqualTo("15:15");
  }
}
