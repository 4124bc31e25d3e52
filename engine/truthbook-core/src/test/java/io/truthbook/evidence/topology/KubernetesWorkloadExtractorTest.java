package io.truthbook.evidence.topology;

import static io.truthbook.evidence.topology.ServiceSpecText.problems;
import static io.truthbook.evidence.topology.ServiceSpecText.specs;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(problems(result)).containsExactly("39:46 claim 'shared-data' names no PersistentVolumeClaim in"
        + " namespace 'default' of the manifests read; the volume's host path and node are unknown");
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

  private static final String COMFYUI = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: comfyui
        namespace: inference
      spec:
        selector:
          matchLabels: {app: comfyui}
        template:
          metadata:
            labels: {app: comfyui, tier: gpu}
          spec:
            containers:
              - name: comfyui
                ports:
                  - {name: http, containerPort: 8188}
                volumeMounts:
                  - {name: models, mountPath: /models}
            volumes:
              - name: models
                persistentVolumeClaim:
                  claimName: comfyui-models
      """;

  private Extractor.Result extractAll(String... pathsAndTexts) {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.add(SourceFile.of(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return extractor.extractAll(files);
  }

  @Test
  void aServiceAddsTheContainerPortsItTargetsByNumberOrName() {
    Extractor.Result result = extractAll("k8s/comfyui.yaml", COMFYUI.replace("claimName: comfyui-models",
        "claimName: comfyui-models\n        - name: unused\n          emptyDir: {}"), "k8s/service.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: comfyui
          namespace: inference
        spec:
          type: NodePort
          selector:
            app: comfyui
          ports:
            - {name: web, port: 80, targetPort: http, nodePort: 30080}
            - {name: metrics, port: 9100}
            - {name: admin, port: 8080, targetPort: 8189}
        """, "k8s/pvc.yaml", """
        kind: PersistentVolumeClaim
        apiVersion: v1
        metadata: {name: comfyui-models, namespace: inference}
        spec: {storageClassName: fast, volumeName: models-gpu-1}
        ---
        kind: PersistentVolume
        apiVersion: v1
        metadata: {name: models-gpu-1}
        spec:
          storageClassName: fast
          local: {path: /mnt/nvme0/models}
          nodeAffinity:
            required:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: kubernetes.io/hostname, operator: In, values: [gpu-1]}
        """);

    assertThat(specs(result)).containsExactly("comfyui ports=[8188, 9100, 8189] gpus=0"
        + " volumes=[/mnt/nvme0/models:/models] node=gpu-1 k8s-workload[Deployment] @4:9");
    ServiceSpec spec = (ServiceSpec) result.evidence().get(0);
    assertThat(spec.portAt(8188)).isEqualTo(spec.at());
    assertThat(spec.portAt(9100).toString()).isEqualTo("k8s/service.yaml:12:29");
    assertThat(spec.portAt(8189).toString()).isEqualTo("k8s/service.yaml:13:45");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aServiceSelectingNothingOrAnUnknownPortNameIsANoteAtItsLine() {
    Extractor.Result result = extractAll("k8s/comfyui.yaml", COMFYUI.replace("claimName: comfyui-models",
        "claimName: comfyui-models\n---\nkind: PersistentVolumeClaim\nmetadata: {name: comfyui-models,"
            + " namespace: inference}\nspec: {storageClassName: cloud}\n---\nkind: PersistentVolume\n"
            + "metadata: {name: nfs}\nspec: {storageClassName: cloud, nfs: {server: nas, path: /export}}"),
        "k8s/services.yaml", """
        kind: Service
        metadata: {name: typo, namespace: inference}
        spec:
          selector: {app: comfy-ui}
          ports: [{port: 80}]
        ---
        kind: Service
        metadata: {name: elsewhere}
        spec:
          selector: {app: comfyui}
          ports: [{port: 80}]
        ---
        kind: Service
        metadata: {name: grpc, namespace: inference}
        spec:
          selector: {app: comfyui}
          ports: [{port: 50051, targetPort: grpc}, {port: 0}, {port: 81, targetPort: 70000}]
        ---
        kind: Service
        metadata: {name: headless, namespace: inference}
        spec: {clusterIP: None, ports: [{port: 5432}]}
        ---
        kind: Service
        metadata: {name: db}
        spec: {type: ExternalName, externalName: db.example.test, selector: {app: db}}
        """);

    // an NFS volume has no host path: the claim is bound, and its mount stays a claim, silently
    assertThat(specs(result)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[pvc:comfyui-models:/models] k8s-workload[Deployment] @4:9");
    assertThat(result.problems()).extracting(p -> p.at().line() + ":" + p.at().column() + " " + p.rule())
        .containsExactlyInAnyOrder("17:51 evidence.parse", "17:78 evidence.parse", "17:37 evidence.unmatched-port",
            "4:3 evidence.unmatched-selector", "10:3 evidence.unmatched-selector");
    assertThat(problems(result)).contains("4:3 Service 'typo' selects {app=comfy-ui} in namespace 'inference',"
        + " which no workload of the manifests read carries; its ports are not read");
  }

  @Test
  void aClaimBindsItsVolumeByClaimRefOrByStorageClassWhenUnambiguous() {
    String pv = """
        ---
        kind: PersistentVolume
        metadata: {name: NAME}
        spec:
          storageClassName: CLASS
          CLAIMREF
          hostPath: {path: PATH}
        """;
    Extractor.Result byRef = extractAll("k8s/app.yaml", COMFYUI + """
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models, namespace: inference}
        spec: {storageClassName: manual}
        """ + pv.replace("NAME", "other").replace("CLASS", "manual").replace("CLAIMREF", "claimRef: {name: x}")
        .replace("PATH", "/srv/other") + pv.replace("NAME", "mine").replace("CLASS", "manual")
        .replace("CLAIMREF", "claimRef: {name: comfyui-models, namespace: inference}").replace("PATH", "/mnt/models"));
    Extractor.Result byClass = extractAll("k8s/app.yaml", COMFYUI + """
        ---
        kind: StorageClass
        metadata:
          name: local-nvme
          annotations: {storageclass.kubernetes.io/is-default-class: "true"}
        provisioner: kubernetes.io/no-provisioner
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models, namespace: inference}
        """ + pv.replace("NAME", "a").replace("CLASS", "local-nvme").replace("CLAIMREF", "")
        .replace("PATH", "/mnt/models"));
    Extractor.Result ambiguous = extractAll("k8s/app.yaml", COMFYUI + """
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models, namespace: inference}
        spec: {storageClassName: local-nvme}
        """ + pv.replace("NAME", "a").replace("CLASS", "local-nvme").replace("CLAIMREF", "")
        .replace("PATH", "/mnt/a") + pv.replace("NAME", "b").replace("CLASS", "local-nvme")
        .replace("CLAIMREF", "").replace("PATH", "/mnt/b"));

    Extractor.Result bySelector = extractAll("k8s/app.yaml", COMFYUI + """
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models, namespace: inference}
        spec: {storageClassName: local-nvme, selector: {matchLabels: {disk: b}}}
        """ + pv.replace("NAME", "a").replace("CLASS", "local-nvme").replace("CLAIMREF", "")
        .replace("PATH", "/mnt/a") + pv.replace("NAME", "b").replace("CLASS", "local-nvme")
        .replace("CLAIMREF", "").replace("PATH", "/mnt/b").replace("metadata: {name: b}",
            "metadata: {name: b, labels: {disk: b}}"));
    assertThat(specs(byRef)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[/mnt/models:/models] k8s-workload[Deployment] @4:9");
    assertThat(byRef.problems()).isEmpty();
    assertThat(specs(byClass)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[/mnt/models:/models] k8s-workload[Deployment] @4:9");
    assertThat(byClass.problems()).isEmpty();
    assertThat(specs(bySelector)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[/mnt/b:/models] k8s-workload[Deployment] @4:9");
    assertThat(bySelector.problems()).isEmpty();
    assertThat(specs(ambiguous)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[pvc:comfyui-models:/models] k8s-workload[Deployment] @4:9");
    assertThat(problems(ambiguous)).containsExactly("22:24 claim 'comfyui-models' may bind any of the"
        + " PersistentVolumes [a, b], at different host paths; the volume's host path and node are unknown");
  }

  @Test
  void aClaimThatBindsNothingIsANoteAtItsClaimName() {
    Extractor.Result noClaim = extract(COMFYUI);
    Extractor.Result noVolume = extract(COMFYUI + """
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models, namespace: inference}
        spec: {volumeName: gone}
        """);

    assertThat(problems(noClaim)).containsExactly("22:24 claim 'comfyui-models' names no PersistentVolumeClaim in"
        + " namespace 'inference' of the manifests read; the volume's host path and node are unknown");
    assertThat(problems(noVolume)).containsExactly("22:24 claim 'comfyui-models' is bound to volume 'gone'"
        + " (k8s/app.yaml:26:20), which no PersistentVolume of the manifests read defines; the volume's host path"
        + " and node are unknown");
    assertThat(noVolume.problems()).allSatisfy(p -> assertThat(p.rule()).isEqualTo("evidence.unresolved-claim"));
  }

  @Test
  void aStatefulSetClaimTemplateBindsTheLocalVolumesOfItsClass() {
    String statefulSet = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: vllm
        spec:
          replicas: REPLICAS
          template:
            spec:
              containers:
                - name: server
                  volumeMounts: [{name: cache, mountPath: /root/.cache, subPath: hf}]
          volumeClaimTemplates:
            - metadata: {name: cache}
              spec: {storageClassName: local-nvme, accessModes: [ReadWriteOnce]}
        """;
    String pv = """
        ---
        kind: PersistentVolume
        metadata: {name: NAME}
        spec:
          storageClassName: local-nvme
          local: {path: /mnt/nvme0/cache}
          nodeAffinity:
            required:
              nodeSelectorTerms:
                - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [NODE]}]
        """;
    Extractor.Result one = extract(statefulSet.replace("REPLICAS", "1")
        + pv.replace("NAME", "cache-gpu-1").replace("NODE", "gpu-1"));
    Extractor.Result two = extract(statefulSet.replace("REPLICAS", "2")
        + pv.replace("NAME", "cache-gpu-1").replace("NODE", "gpu-1")
        + pv.replace("NAME", "cache-gpu-2").replace("NODE", "gpu-2"));
    Extractor.Result none = extract(statefulSet.replace("REPLICAS", "1"));

    assertThat(specs(one)).containsExactly(
        "vllm ports=[] gpus=0 volumes=[/mnt/nvme0/cache/hf:/root/.cache] node=gpu-1 k8s-workload[StatefulSet] @4:9");
    assertThat(one.problems()).isEmpty();
    // one volume per node at the same path: where the data is is known, on which node is not
    assertThat(specs(two)).containsExactly(
        "vllm ports=[] gpus=0 volumes=[/mnt/nvme0/cache/hf:/root/.cache] k8s-workload[StatefulSet] @4:9");
    assertThat(problems(none)).containsExactly("13:24 volumeClaimTemplate 'cache' binds no PersistentVolume of the"
        + " manifests read: none names it in its claimRef, and none is free in storage class 'local-nvme'; the"
        + " volume's host path and node are unknown");
  }

  @Test
  void aServiceOrVolumeTheKustomizationLeavesOutIsNotRead() {
    Extractor.Result result = extractAll("k8s/kustomization.yaml", "resources: [comfyui.yaml]\n",
        "k8s/comfyui.yaml", COMFYUI, "k8s/extra.yaml", """
        kind: Service
        metadata: {name: comfyui, namespace: inference}
        spec: {selector: {app: comfyui}, ports: [{port: 9999}]}
        """);

    assertThat(specs(result)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[pvc:comfyui-models:/models] k8s-workload[Deployment] @4:9");
    assertThat(result.problems()).extracting(p -> p.at().line() + " " + p.rule())
        .containsExactlyInAnyOrder("1 evidence.unlisted", "22 evidence.unresolved-claim");
  }

  @Test
  void theKustomizationsNamespaceIsTheNamespaceOfWhatTheyDeploy() {
    Extractor.Result result = extractAll(
        "k8s/kustomization.yaml", "namespace: inference\nresources: [base]\n",
        "k8s/base/kustomization.yaml", "namespace: staging\nresources: [comfyui.yaml, storage.yaml]\n",
        "k8s/base/comfyui.yaml", COMFYUI.replace("  namespace: inference\n", "  namespace: other\n") + """
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models}
        spec: {storageClassName: local-nvme}
        ---
        kind: Service
        metadata: {name: comfyui}
        spec: {selector: {app: comfyui}, ports: [{port: 80, targetPort: 8080}]}
        """, "k8s/base/storage.yaml", """
        kind: PersistentVolume
        metadata: {name: models}
        spec:
          storageClassName: local-nvme
          claimRef: {name: comfyui-models, namespace: inference}
          local: {path: /mnt/models}
        """);

    assertThat(specs(result)).containsExactly(
        "comfyui ports=[8188, 8080] gpus=0 volumes=[/mnt/models:/models] k8s-workload[Deployment] @4:9");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aLocalVolumeOnAnotherNodeThanThePodsHostIsAWarning() {
    String storage = """
        ---
        kind: PersistentVolumeClaim
        metadata: {name: comfyui-models, namespace: inference}
        spec: {volumeName: models}
        ---
        kind: PersistentVolume
        metadata: {name: models}
        spec:
          local: {path: /mnt/models}
          nodeAffinity:
            required:
              nodeSelectorTerms:
                - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [gpu-2]}]
        """;
    Extractor.Result pinned = extract(COMFYUI.replace("      containers:",
        "      nodeSelector: {kubernetes.io/hostname: gpu-1}\n      containers:") + storage);
    Extractor.Result labelled = extract(COMFYUI.replace("      containers:",
        "      nodeSelector: {node-pool: gpu}\n      containers:") + storage);

    assertThat(specs(pinned)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[/mnt/models:/models] node=gpu-1 k8s-workload[Deployment] @4:9");
    assertThat(problems(pinned)).containsExactly("4:9 Deployment 'comfyui' runs on node 'gpu-1', but its volume"
        + " /mnt/models:/models is a local volume of node 'gpu-2'; the pod cannot be scheduled");
    assertThat(pinned.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("evidence.volume-node"));
    // a selector label is no host: the volume's node says where the pod runs
    assertThat(specs(labelled)).containsExactly(
        "comfyui ports=[8188] gpus=0 volumes=[/mnt/models:/models] node=gpu-2 k8s-workload[Deployment] @4:9");
    assertThat(labelled.problems()).isEmpty();
  }
}
