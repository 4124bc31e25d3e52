package io.truthbook.evidence;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.List;

/** The rule ids the evidence stage reports about sources and the files it reads. */
public final class EvidenceRules {
  private EvidenceRules() {}

  public static final List<RuleInfo> ALL = List.of(
      new RuleInfo("source.location", Severity.ERROR, "a source names no single place to read",
          "A source gives exactly one of 'path' (a folder of this repository), 'repository' (another local"
              + " repository) or 'url' (a git URL cloned into the cache).", "keep exactly one of the three"),
      new RuleInfo("source.outside", Severity.ERROR, "a source path leaves the repository",
          "A 'path' source is read from inside this repository only; '../' escapes and links out are refused.",
          "use a folder inside the repository, or name another repository with 'repository:'"),
      new RuleInfo("source.missing", Severity.ERROR, "a source folder or repository does not exist",
          "The source names a folder or repository that is not on disk.", "fix the path, or create the folder"),
      new RuleInfo("source.ref", Severity.ERROR, "a source revision does not exist",
          "The revision to read (the source's 'ref', --ref, or HEAD) does not resolve to a commit.",
          "commit first, or name an existing branch, tag or commit"),
      new RuleInfo("source.clone", Severity.ERROR, "a source URL cannot be cloned",
          "A 'url' source is cloned into the cache (then fetched); the clone or fetch failed.",
          "check the URL and network access, or point 'repository:' at a local clone"),
      new RuleInfo("source.uncommitted", Severity.ERROR, "a source folder holds files but none of them is committed",
          "Sources are read at a commit. A folder whose files are all untracked or ignored reads as empty there, so"
              + " every check against it would pass without looking at anything.",
          "commit the source's files, or read the working tree with --worktree"),
      new RuleInfo("source.no-git", Severity.WARNING, "a source is not under git",
          "Without git there is no revision to read, so the working tree was read and evidence carries no commit.",
          "commit the source to a git repository"),
      new RuleInfo("source.symlink", Severity.WARNING, "an extractor's file is a symbolic link",
          "Symbolic links in a source are never followed, so that a link out of the repository cannot be read;"
              + " a link an extractor selects is reported, not read.",
          "commit the file itself in place of the link, or exclude the link from the extractor"),
      new RuleInfo("bundle.missing", Severity.ERROR, "a source's evidence bundle cannot be read",
          "A source naming a 'bundle' is judged from that file or URL, which 'truthbook evidence' writes in the product's"
              + " CI; it is not there, or the server did not return it, so the source's evidence is unknown.",
          "write the bundle first ('truthbook evidence --source ID --out FILE'), or fix 'bundle:'"),
      new RuleInfo("bundle.outside", Severity.ERROR, "an evidence bundle lies outside the repository or is fetched in the clear",
          "A manifest is reviewed text, so the bundle it names must be a file inside this repository or an https URL"
              + " (plain http only from this machine); anything else is refused unread.",
          "keep bundles inside this repository (evidence/ID.json), or fetch them over https"),
      new RuleInfo("bundle.parse", Severity.ERROR, "an evidence bundle is malformed",
          "The bundle is not valid JSON, or an item lacks a field or has one of the wrong type; a bundle with a"
              + " malformed item is not used at all, since judging part of the product would report false drift.",
          "regenerate the bundle with 'truthbook evidence'; bundles are written, never edited"),
      new RuleInfo("bundle.format", Severity.ERROR, "a file named as an evidence bundle is not one this engine reads",
          "The file's 'format' is not an evidence bundle's, or its 'version' is one this engine does not read.",
          "write the bundle with the same Truthbook version as the check that reads it"),
      new RuleInfo("bundle.source", Severity.ERROR, "a source names the evidence bundle of another source",
          "A bundle records the source it was written for; a source reading another's would judge the wrong product.",
          "point 'bundle:' at this source's bundle"),
      new RuleInfo("bundle.stale", Severity.WARNING, "an evidence bundle was made by another recipe than the source states",
          "The bundle records the extractors, globs and variables it was made with; the source now states others, so"
              + " the bundle may hold evidence the source no longer selects, or lack some it now does.",
          "regenerate the bundle in the product's CI with the truth's current sources manifest"),
      new RuleInfo("bundle.engine", Severity.NOTE, "an evidence bundle was extracted by another Truthbook version",
          "Extractors improve between versions; a bundle from another version may read the product differently than"
              + " this check would.", "run the same Truthbook version in the product's CI and in the truth's"),
      new RuleInfo("source.not-a-repository", Severity.ERROR, "a 'repository' source is not a git repository",
          "A 'repository' source names another local git repository, read at a revision; a folder outside this"
              + " repository that is not under git is not read (use 'path' for a folder of this repository).",
          "point 'repository' at a git clone, or use 'path' for a folder inside this repository"),
      new RuleInfo("source.extractor", Severity.ERROR, "a source names an unknown extractor",
          "The sources manifest selects extractors by name.", "use one of the extractor names in the README"),
      new RuleInfo("source.glob", Severity.ERROR, "a source's include or exclude glob is over the length limit",
          "An include or exclude glob longer than " + Glob.MAX_LENGTH + " characters is not compiled, and the"
              + " extractor it selects for does not run.", "shorten the glob"),
      new RuleInfo("source.unmatched", Severity.WARNING, "a source's include glob matches no file",
          "An include glob that matches no file reads nothing; a typo or a moved folder would otherwise leave the"
              + " extractor silent and the check clean.",
          "fix the glob (relative to the source's folder), or remove it"),
      new RuleInfo("evidence.variable", Severity.WARNING, "an ingress route names a variable its source does not declare",
          "Hosts and paths written with ${VAR} or {$VAR} are matched with the source's declared variables"
              + " substituted; a variable neither declared nor given a default in the file has no value here, so the"
              + " route is matched as written and will not meet the truth's host.",
          "declare the variable and its value in the source's 'variables', or give it a default in the file"),
      new RuleInfo("evidence.unlisted", Severity.NOTE, "a Kubernetes manifest no kustomization lists",
          "Where a folder (or one above it) holds a kustomization, only the resources kustomizations list are"
              + " applied; a manifest left out (a forgotten Job, a patch) is not deployed, so it is not read.",
          "list it under the kustomization's 'resources' if it is deployed, or delete it"),
      new RuleInfo("evidence.unmatched-selector", Severity.NOTE, "a Kubernetes Service selects no workload",
          "A Service sends its ports to the pods of its namespace whose labels hold every pair of its selector; a"
              + " selector no workload of the manifests read carries (a typo, a renamed label) leaves the Service"
              + " without endpoints, and its ports are not read.",
          "fix the selector or the pod template's labels, or add the workload to the manifests read"),
      new RuleInfo("evidence.unmatched-port", Severity.NOTE, "a Kubernetes Service targets a port no container names",
          "A Service's targetPort written as a name is the container port of that name in each selected pod; a name"
              + " no container gives reaches nothing, and the port is not read.",
          "name the container port (ports[].name), or give targetPort as a number"),
      new RuleInfo("evidence.unresolved-claim", Severity.NOTE, "a workload's volume claim binds no volume read",
          "A PersistentVolumeClaim (or a StatefulSet's volumeClaimTemplate) binds the PersistentVolume it names,"
              + " one that names it in its claimRef, or a free one of its storage class; when none is among the"
              + " manifests read (or several at different host paths could be), the volume's host path and node are"
              + " unknown, so its NVMe mount and placement are not judged.",
          "add the claim and a local PersistentVolume bound to it (volumeName or claimRef) to the manifests read"),
      new RuleInfo("evidence.volume-node", Severity.WARNING, "a workload's local volume is on another node",
          "A local PersistentVolume (or one with a hostname node affinity) can only be mounted on its node; a workload"
              + " pinned to another node (nodeSelector, nodeName, node affinity), or with volumes on two nodes, never"
              + " starts.",
          "pin the workload to the volume's node, or bind a volume of the node it runs on"),
      new RuleInfo("evidence.unread", Severity.WARNING, "configuration names a file the scan cannot read",
          "An nginx include of an absolute path or of a path leaving the repository, a compose env_file or extends"
              + " file outside it, an OpenAPI path item $ref to a URL or another file, a Caddy snippet import cycle or a Caddy"
              + " import of a file outside the repository: the real"
              + " server reads it, the scan never does, so what it holds (routes, services)"
              + " is not checked and the truth may be incomplete.",
          "commit the file into the source, or exclude the configuration from the extractor"),
      new RuleInfo("evidence.no-route", Severity.NOTE, "a file an HTTP extractor matches declares no route",
          "The extractor reads the file (a Supabase edge function's index.ts) but finds no handler or router in it,"
              + " so nothing from it is checked.",
          "serve it as the framework expects, or exclude the file from the extractor"),
      new RuleInfo("evidence.parse", Severity.ERROR, "a repository file cannot be read as its format",
          "An extractor met malformed input (SQL, Python, nginx, YAML, ...) or a file that is not UTF-8; the"
              + " evidence in it is unknown, so drift cannot be judged.",
          "fix the file, or exclude it from the extractor in the sources manifest"),
      new RuleInfo("evidence.crash", Severity.ERROR, "an extractor failed on a file",
          "A bug in an extractor; the other files and extractors still ran.",
          "report it with the file; exclude the file meanwhile"),
      new RuleInfo("limit.file-size", Severity.WARNING, "a repository file is over the size limit",
          "Files larger than --max-file-bytes are not read.", "exclude the file, or raise --max-file-bytes"));
}
