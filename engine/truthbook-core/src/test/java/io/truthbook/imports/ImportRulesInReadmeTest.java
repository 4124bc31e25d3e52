package io.truthbook.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.model.RuleInfo;
import io.truthbook.render.book.BookFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user reading the README's import sections meets every rule the import model and import-check report. */
class ImportRulesInReadmeTest {

  @Test
  void theReadmeNamesEveryImportRule() throws IOException {
    String readme = Files.readString(BookFixtures.moduleFolder().resolve("../../README.md"));
    List<String> ids = Truthbook.rules().all().stream().map(RuleInfo::id).filter(id -> id.startsWith("import.")).toList();
    assertThat(ids).contains(RowRules.REQUIRED.id(), RowRules.VALUE.id());
    assertThat(ids).as("import rules the README never names in code style")
        .filteredOn(id -> !readme.contains("`" + id + "`")).isEmpty();
  }
}
