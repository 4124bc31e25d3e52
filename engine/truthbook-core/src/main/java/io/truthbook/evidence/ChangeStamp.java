package io.truthbook.evidence;

import java.time.Instant;

/** The commit that last changed a file, and when. */
public record ChangeStamp(String commit, Instant time) {}
