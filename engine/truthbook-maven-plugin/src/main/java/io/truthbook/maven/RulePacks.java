package io.truthbook.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Runs the engine with the project's own classes visible, so that a rule pack the project compiles
 * (its {@code src/main/java}, registered in {@code META-INF/services/io.truthbook.rules.Rule}) is
 * discovered like the engine's own rules. The engine's classes come from the plugin's realm first.
 */
final class RulePacks {
  private RulePacks() {}

  static <T> T withProjectClasses(List<String> classpath, Supplier<T> work) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("cannot use classpath element " + element + ": " + e.getMessage(), e);
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), RulePacks.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      return work.get();
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("cannot close the rule pack class loader: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
