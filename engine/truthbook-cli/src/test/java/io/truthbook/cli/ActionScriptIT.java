package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's shell ({@code .github/truthbook-action.sh}) as a runner starts it: GitHub's
 * variables, a stand-in {@code gh} that records every call, and a stand-in {@code java} playing the
 * CLI's exit statuses (one case runs the real jar on a real pull request's history).
 */
class ActionScriptIT {
  private static final Path SCRIPT = Shell.REPOSITORY.resolve(".github/truthbook-action.sh");
  private static final String MARKER = "<!-- truthbook:review -->";

  @TempDir Path temp;
  private Path workspace;
  private Path fakes;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void runner() throws IOException {
    workspace = Files.createDirectories(temp.resolve("workspace"));
    fakes = Files.createDirectories(temp.resolve("fakes"));
    Path bin = Files.createDirectories(temp.resolve("bin"));
    for (String tool : List.of("gh", "java")) {
      try (InputStream in = ActionScriptIT.class.getResourceAsStream("/action/" + tool)) {
        Files.write(bin.resolve(tool), in.readAllBytes());
      }
      Files.setPosixFilePermissions(bin.resolve(tool), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    env.putAll(Map.of("PATH", bin + ":" + Shell.PATH, "RUNNER_TEMP", temp.resolve("runner").toString(),
        "GITHUB_OUTPUT", temp.resolve("output").toString(), "GITHUB_STEP_SUMMARY", temp.resolve("summary.md").toString(),
        "GITHUB_REPOSITORY", "acme/truth", "JAR", Files.writeString(temp.resolve("truthbook.jar"), "PK").toString(),
        "FAKE_LOG", temp.resolve("calls.log").toString(), "FAKE_DIR", fakes.toString(), "GH_TOKEN", "token"));
    env.put("FAKE_COMMENTS", json("comments.json", "[]"));
    env.put("FAKE_REVIEWS", json("reviews.json", "[]"));
  }

  @Test
  void aPushIsCheckedAnnotatedSummedUpAndItsSarifUploadedWithoutAnyCallToGitHub() throws Exception {
    env.put("FAKE_CHECK_EXIT", "1");

    Jar.Run run = action("run");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("::error file=manifests/domains.yaml,line=17,col=12::[ref.unknown]");
    assertThat(outputs()).containsEntry("status", "1").containsEntry("upload-sarif", "true")
        .containsEntry("sarif", temp.resolve("runner/truthbook/truthbook.sarif").toString())
        .containsEntry("junit", temp.resolve("runner/truthbook/truthbook-junit.xml").toString());
    assertThat(summary()).startsWith("## Truthbook check: failed").doesNotContain(MARKER);
    assertThat(calls()).filteredOn(call -> call.contains(" check ")).singleElement().asString()
        .contains("io.truthbook.cli.Main check --root . --format github,sarif,markdown,junit");
    assertThat(calls()).noneMatch(call -> call.startsWith("gh "));
  }

  @Test
  void aPullRequestFromAForkNeitherUploadsNorCommentsButSumsUpTheReviewOnTheRun() throws Exception {
    pullRequest("someone/truth");
    env.put("FAKE_CHECK_EXIT", "1");

    Jar.Run run = action("run");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(outputs()).containsEntry("status", "1").containsEntry("upload-sarif", "false");
    assertThat(calls()).noneMatch(call -> call.startsWith("gh "));
    assertThat(summary()).startsWith(MARKER + "\n## Truth review").contains("## Truthbook check: failed");
    assertThat(run.out()).contains("a pull request from a fork");
  }

  @Test
  void aPullRequestGetsOneCommentWithTheReviewThenTheFindings() throws Exception {
    pullRequest("acme/truth");

    assertThat(action("run").exit()).isZero();

    assertThat(calls()).contains("gh api -X POST repos/acme/truth/issues/7/comments -F body=@"
        + temp.resolve("runner/truthbook/comment.md")).noneMatch(call -> call.contains("PATCH"));
    String body = Files.readString(fakes.resolve("POST-0.md"));
    assertThat(body).startsWith(MARKER + "\n## Truth review");
    assertThat(body.indexOf("### Who must review")).isLessThan(body.indexOf("## Truthbook check: failed"));
    assertThat(calls()).anyMatch(call -> call.contains("review base-sha head-sha --root ."));
    assertThat(outputs()).containsEntry("upload-sarif", "true");
  }

  @Test
  void theMarkedCommentOfTheSameAuthorIsEditedInPlaceAndAnotherBotsIsLeftAlone() throws Exception {
    pullRequest("acme/truth");
    env.put("FAKE_COMMENTS", json("comments.json", """
        [{"id": 11, "user": {"login": "other-bot[bot]"}, "body": "<!-- truthbook:review -->\\ntheirs"},
         {"id": 12, "user": {"login": "github-actions[bot]"}, "body": "an unrelated comment"},
         {"id": 13, "user": {"login": "github-actions[bot]"}, "body": "<!-- truthbook:review -->\\nours, older"}]"""));

    assertThat(action("run").exit()).isZero();

    assertThat(calls()).filteredOn(call -> call.contains("-X ")).singleElement().asString()
        .startsWith("gh api -X PATCH repos/acme/truth/issues/comments/13 ");
    assertThat(Files.readString(fakes.resolve("PATCH-0.md"))).startsWith(MARKER);
  }

  @Test
  void onlyAnotherBotsMarkedCommentMeansANewComment() throws Exception {
    pullRequest("acme/truth");
    env.put("FAKE_GH_USER", "truth-bot");
    env.put("FAKE_COMMENTS", json("comments.json", """
        [{"id": 13, "user": {"login": "github-actions[bot]"}, "body": "<!-- truthbook:review -->\\nnot the token's user"}]"""));

    assertThat(action("run").exit()).isZero();

    assertThat(calls()).filteredOn(call -> call.contains("-X ")).singleElement().asString()
        .startsWith("gh api -X POST repos/acme/truth/issues/7/comments ");
  }

  @Test
  void aCheckThatCouldNotRunLeavesNoSarifToUploadAndFinishesWithExitTwo() throws Exception {
    env.put("FAKE_CHECK_EXIT", "2");
    env.put("FAKE_CHECK_WRITES", "no");

    Jar.Run run = action("run");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("no 'manifests' folder");
    assertThat(outputs()).containsEntry("status", "2").containsEntry("upload-sarif", "false").containsEntry("sarif", "");
    assertThat(summary()).contains("could not run");
    env.put("STATUS", "2");
    Jar.Run finish = action("finish");
    assertThat(finish.exit()).isEqualTo(2);
    assertThat(finish.out()).contains("::error title=truthbook::the check could not run (exit 2)");
  }

  @Test
  void anotherConfigFileIsNamedWithConfigAndAMissingOneCannotRun() throws Exception {
    // the default, truthbook.yaml at the root, check reads by itself
    Files.writeString(workspace.resolve("truthbook.yaml"), "severity: {}\n");
    env.put("INPUT_CONFIG", "truthbook.yaml");
    assertThat(action("run").exit()).isZero();
    assertThat(calls()).filteredOn(call -> call.contains(" check ")).singleElement().asString().doesNotContain("--config");

    Files.createDirectories(workspace.resolve("ci"));
    Files.writeString(workspace.resolve("ci/strict.yaml"), "severity: {}\n");
    env.put("INPUT_CONFIG", "ci/strict.yaml");
    assertThat(action("run").exit()).isZero();
    assertThat(calls()).filteredOn(call -> call.contains(" check ")).last().asString()
        .contains("check --root . --config ./ci/strict.yaml --format");

    env.put("INPUT_CONFIG", "ci/truthbook.yaml");
    Jar.Run missing = action("run");
    assertThat(missing.out()).contains("::error title=truthbook::config: ./ci/truthbook.yaml not found");
    assertThat(outputs()).containsEntry("status", "2");
  }

  @Test
  void finishPassesTheCheckStatusOn() throws Exception {
    for (String status : List.of("0", "1", "2")) {
      env.put("STATUS", status);
      assertThat(action("finish").exit()).as("status %s", status).isEqualTo(Integer.parseInt(status));
    }
    env.put("STATUS", "1");
    assertThat(action("finish").out()).contains("::error title=truthbook::the truth has errors");
    env.remove("STATUS");
    assertThat(action("finish").exit()).as("no status: the run step never said").isEqualTo(2);
  }

  @Test
  void aTokenThatMayNotWriteWarnsAndKeepsTheCheckStatus() throws Exception {
    pullRequest("acme/truth");
    env.put("FAKE_GH_WRITES", "403");
    env.put("FAKE_CHECK_EXIT", "1");

    Jar.Run run = action("run");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("::warning title=truthbook::could not comment on the pull request");
    assertThat(outputs()).containsEntry("status", "1");
  }

  @Test
  void theOwnersTheReviewNamesAreRequestedThroughTheMappingButNotTheAuthorNorWhoReviewed() throws Exception {
    pullRequest("acme/truth");
    env.put("FAKE_REVIEWERS", "`sagnik`, `sayan`, `sourik`, `unmapped`, `done`");
    env.put("INPUT_REVIEWERS", "sagnik: pr-author\nsayan: sayan-gh\nsourik: acme/runtime\ndone = @done-gh\n");
    env.put("FAKE_REVIEWS", json("reviews.json", "[{\"user\": {\"login\": \"done-gh\"}}]"));

    assertThat(action("run").exit()).isZero();

    assertThat(calls()).contains("gh api -X POST repos/acme/truth/pulls/7/requested_reviewers"
        + " -f reviewers[]=sayan-gh -f team_reviewers[]=runtime");
  }

  @Test
  void aVersionIsFetchedFromMavenCoordinatesAndCachedByItsUrl() throws Exception {
    env.putAll(Map.of("INPUT_VERSION", "1.2.0", "INPUT_CLASSIFIER", "shaded", "HOME", temp.toString()));

    assertThat(action("locate").exit()).isZero();

    String url = "https://repo1.maven.org/maven2/io/truthbook/truthbook-cli/1.2.0/truthbook-cli-1.2.0-shaded.jar";
    assertThat(outputs()).containsEntry("url", url).containsEntry("download", "true")
        .hasEntrySatisfying("cache-key", key -> assertThat(key).matches("truthbook-jar-[0-9a-f]{16}"))
        .hasEntrySatisfying("jar", jar -> assertThat(jar).startsWith(temp + "/.cache/truthbook-action/"));
  }

  @Test
  void locateRefusesNothingToRunAMissingJarAndASnapshot() throws Exception {
    assertThat(action("locate").out()).contains("name the Truthbook to run");
    env.put("INPUT_VERSION", "1.3.0-SNAPSHOT");
    assertThat(action("locate").exit()).isEqualTo(2);
    env.put("INPUT_JAR", temp.resolve("nowhere.jar").toString());
    Jar.Run missing = action("locate");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out()).contains("is missing or empty");
  }

  @Test
  void aDownloadThatIsNoJarIsRefusedAndRemovedSoTheCacheCannotKeepIt() throws Exception {
    Path page = Files.writeString(temp.resolve("not-found.html"), "<html>404</html>");
    Path jar = temp.resolve("cache/truthbook.jar");
    env.putAll(Map.of("URL", page.toUri().toString(), "JAR", jar.toString()));

    Jar.Run fetch = action("fetch");

    assertThat(fetch.exit()).isEqualTo(2);
    assertThat(fetch.out()).contains("is not a jar");
    assertThat(jar).doesNotExist();

    env.put("URL", Jar.JAR.toUri().toString());
    env.put("INPUT_JAR_SHA256", "0".repeat(64));
    assertThat(action("fetch").out()).contains("does not match jar-sha256");
    assertThat(jar).doesNotExist();
    env.put("INPUT_JAR_SHA256", java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Jar.JAR))));
    assertThat(action("fetch").exit()).isZero();
    assertThat(jar).hasSameBinaryContentAs(Jar.JAR);
  }

  @Test
  void theRealJarReviewsARealPullRequestAndCommentsIt() throws Exception {
    Path root = workspace;
    for (String folder : List.of("manifests", "chapters", "diagrams", "examples")) {
      FixtureTree.copy(Jar.ROOT.resolve(folder), root.resolve(folder));
    }
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    String base = git("rev-parse", "HEAD").out().strip();
    Path domains = root.resolve("manifests/domains.yaml");
    Files.writeString(domains, Files.readString(domains).replaceFirst("owner: sayan", "owner: sayn"));
    git("commit", "-q", "-am", "a misspelt owner");
    String head = git("rev-parse", "HEAD").out().strip();
    env.put("PATH", Shell.PATH + ":" + temp.resolve("bin"));
    env.putAll(Map.of("JAR", Jar.JAR.toString(), "TRUTHBOOK_JAVA_OPTS", "-Xmx256m", "PR_NUMBER", "7",
        "PR_HEAD_REPO", "acme/truth", "PR_BASE_SHA", base, "PR_HEAD_SHA", head));

    Jar.Run run = action("run");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(outputs()).containsEntry("status", "1").containsEntry("upload-sarif", "true");
    int line = lineOf(Files.readString(domains), "owner: sayn");
    assertThat(run.out()).contains("::error file=manifests/domains.yaml,line=" + line + ",");
    assertThat(Files.readString(temp.resolve("runner/truthbook/truthbook.sarif"))).containsPattern("\"version\"\\s*:\\s*\"2.1.0\"");
    String body = Files.readString(fakes.resolve("POST-0.md"));
    assertThat(body).startsWith(MARKER + "\n## Truth review: `" + base + "` → `" + head + "`")
        .contains("### New findings").contains("`ref.unknown` owner 'sayn' is not defined")
        .contains("## Truthbook check: failed");
  }

  private void pullRequest(String headRepository) {
    env.putAll(Map.of("PR_NUMBER", "7", "PR_HEAD_REPO", headRepository, "PR_BASE_SHA", "base-sha",
        "PR_HEAD_SHA", "head-sha", "PR_AUTHOR", "pr-author"));
  }

  private Jar.Run action(String step) throws Exception {
    return Shell.run(workspace, env, "bash", SCRIPT.toString(), step);
  }

  private Jar.Run git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Tester", "-c",
        "user.email=tester@example.com"));
    command.addAll(List.of(args));
    Jar.Run run = Shell.run(workspace, Map.of(), command.toArray(String[]::new));
    assertThat(run.exit()).as(run.all()).isZero();
    return run;
  }

  private String json(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content).toString();
  }

  private Map<String, String> outputs() throws IOException {
    Map<String, String> outputs = new TreeMap<>();
    Path file = temp.resolve("output");
    if (Files.exists(file)) {
      Files.readAllLines(file).forEach(line -> outputs.put(line.substring(0, line.indexOf('=')),
          line.substring(line.indexOf('=') + 1)));
    }
    return outputs;
  }

  private String summary() throws IOException {
    return Files.readString(temp.resolve("summary.md"));
  }

  private List<String> calls() throws IOException {
    Path log = temp.resolve("calls.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  /** The 1-based line of the first occurrence of {@code text}. */
  private static int lineOf(String file, String text) {
    int at = file.indexOf(text);
    assertThat(at).as("'%s' in the file", text).isNotNegative();
    return (int) file.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
