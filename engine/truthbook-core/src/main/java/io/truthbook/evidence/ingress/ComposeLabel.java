package io.truthbook.evidence.ingress;

import io.truthbook.model.Location;

/** One label of a compose service, interpolated, with where it is written. */
record ComposeLabel(String service, String key, String value, Location at) {}
