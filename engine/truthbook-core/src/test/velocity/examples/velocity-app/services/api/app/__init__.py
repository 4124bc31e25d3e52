"""The Velocity API (service ``velocity-api`` in manifests/topology.yaml)."""
