package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's acceptance on the real jar: a copy of this repository's truth and sample application
 * in a fresh git repository, drifted one way at a time.
 */
class VelocityDriftIT {
  @TempDir Path temp;
  private Path root;
  private Git git;

  @BeforeEach
  void cloneOfVelocity() throws Exception {
    root = temp.resolve("velocity");
    for (String folder : List.of("manifests", "chapters", "examples")) {
      FixtureTree.copy(Jar.ROOT.resolve(folder), root.resolve(folder));
    }
    git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    commit("Velocity as shipped");
  }

  @Test
  void theShippedTruthIsCleanAgainstTheSampleApplication() throws Exception {
    Jar.Run run = Jar.run(root, "check");
    assertThat(run.exit()).as(run.all()).isZero();
  }

  @Test
  void aCommittedShadowTableFailsWithFileLineAndCommit() throws Exception {
    write("examples/velocity-app/db/migrations/V13__crm_shadow_notes.sql",
        "-- nobody planned this\nCREATE TABLE crm_shadow_notes (id bigint primary key);\n");
    RevCommit drift = commit("shadow notes");

    Jar.Run run = Jar.run(root, "check");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("examples/velocity-app/db/migrations/V13__crm_shadow_notes.sql:2:1@"
        + drift.name().substring(0, 7) + ": error [drift.table.unmapped] table 'crm_shadow_notes'");
  }

  @Test
  void anUncommittedShadowTableCountsOnlyWithWorktree() throws Exception {
    write("examples/velocity-app/db/migrations/V13__crm_shadow_notes.sql", "CREATE TABLE crm_shadow_notes (id int);\n");

    assertThat(Jar.run(root, "check").exit()).isZero();
    Jar.Run worktree = Jar.run(root, "check", "--worktree");
    assertThat(worktree.exit()).isEqualTo(1);
    assertThat(worktree.out()).contains("[drift.table.unmapped] table 'crm_shadow_notes'");
  }

  @Test
  void aNewRouteAndADeletedEndpointAreOneFindingEachInTheirDirection() throws Exception {
    Path router = root.resolve("examples/velocity-app/services/api/app/routers/crm_contacts.py");
    Files.writeString(router, Files.readString(router)
        + "\n\n@router.get(\"/{contact_id}/shadow\")\ndef shadow(contact_id: int):\n    return {}\n");
    commit("a new route");
    Jar.Run added = Jar.run(root, "check");
    assertThat(added.exit()).isEqualTo(1);
    assertThat(findingLines(added)).singleElement().asString()
        .contains("crm_contacts.py").contains("[drift.route.undocumented]").contains("/api/crm/contacts/{contact_id}/shadow");

    git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
    Path code = root.resolve("examples/velocity-app/services/api/app/routers/crm_contacts.py");
    String decorator = "@router.get(\"/{contact_id}/activities\", response_model=Page)\n";
    assertThat(Files.readString(code)).contains(decorator);
    Files.writeString(code, Files.readString(code).replace(decorator, ""));
    commit("a documented route goes away");
    Jar.Run removed = Jar.run(root, "check");
    assertThat(removed.exit()).isEqualTo(1);
    assertThat(findingLines(removed)).anyMatch(l -> l.startsWith("manifests/routes.yaml:")
        && l.contains("[drift.route.missing] endpoint 'GET /api/crm/contacts/{id}/activities'"));
    assertThat(findingLines(removed)).hasSize(1);
  }

  @Test
  void comfyUiWithoutAGpuReservationAndAnUncoveredNginxLocationAreFindings() throws Exception {
    Path compose = root.resolve("examples/velocity-app/deploy/docker-compose.gpu.yml");
    String text = Files.readString(compose);
    int start = text.indexOf("  comfyui:\n");
    int end = text.indexOf("  comfyui-2:");
    String block = text.substring(start, end).replaceAll("(?s)    deploy:\n.*?capabilities: \\[gpu\\]\n", "");
    Files.writeString(compose, text.substring(0, start) + block + text.substring(end));
    Path nginx = root.resolve("examples/velocity-app/deploy/nginx/conf.d/app.conf");
    Files.writeString(nginx, Files.readString(nginx).replace("    location / {",
        "    location /billing/ {\n        proxy_pass http://api_backend;\n    }\n\n    location / {"));
    commit("drift the deployment");

    Jar.Run run = Jar.run(root, "check");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(findingLines(run)).hasSize(2)
        .anyMatch(l -> l.contains("docker-compose.gpu.yml") && l.contains("[drift.service.gpu] service 'comfyui'"))
        .anyMatch(l -> l.contains("conf.d/app.conf") && l.contains("[drift.ingress.undocumented]")
            && l.contains("'/billing/'"));
  }

  private static List<String> findingLines(Jar.Run run) {
    return run.out().lines().filter(l -> l.matches("^\\S.*: (error|warning) \\[.*")).toList();
  }

  private void write(String file, String text) throws Exception {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private RevCommit commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit().setMessage(message).setAuthor("Test", "test@example.test")
        .setCommitter("Test", "test@example.test").setSign(false).call();
  }
}
