package io.truthbook.model;

import java.util.List;

/** A backlog workstream (A–G): objective, owner, tasks, definition of done and dependencies. */
public record Workstream(
    String id,
    Location at,
    String title,
    Ref owner,
    String objective,
    List<Task> tasks,
    List<String> definitionOfDone,
    List<Ref> dependsOn) {

  public Workstream {
    tasks = List.copyOf(tasks);
    definitionOfDone = List.copyOf(definitionOfDone);
    dependsOn = List.copyOf(dependsOn);
  }

  /** One task and whether it is done. */
  public record Task(String title, boolean done) {}
}
