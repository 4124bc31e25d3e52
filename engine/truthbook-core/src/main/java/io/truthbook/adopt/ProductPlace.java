package io.truthbook.adopt;

import java.util.Optional;

/**
 * Where the product is, as the truth's sources manifest names it: a folder of the truth's own repository
 * ({@code path}), or a folder ({@code subdir}) of another local repository; {@code from} is how the user named it.
 */
public record ProductPlace(String id, Optional<String> path, Optional<String> repository, Optional<String> subdir,
    String from) {}
