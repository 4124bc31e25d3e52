"""Background workers (service velocity-workers): imports, enrichment, client 360
snapshots and exports. Same image as the API; no HTTP routes, only a metrics port.

    python -m app.worker --metrics-port 9100
"""

import argparse
import logging
import os
import time

from app import settings

log = logging.getLogger("velocity.worker")

QUEUES = os.environ.get("WORKER_QUEUES", "imports,enrichment,snapshots,exports").split(",")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--metrics-port", type=int, default=9100)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("workers on queues %s, redis %s, imports in %s, metrics on :%d",
             QUEUES, settings.REDIS_URL, settings.IMPORT_DIR, args.metrics_port)
    # The real loop pops workflow_job ids from Redis and writes workflow_job_attempt rows
    # (and, while dual-writing, the legacy jobs table).
    while True:
        time.sleep(5)


if __name__ == "__main__":
    main()
