"""The ComfyUI gateway (service ``comfyui-gateway`` in manifests/topology.yaml)."""
