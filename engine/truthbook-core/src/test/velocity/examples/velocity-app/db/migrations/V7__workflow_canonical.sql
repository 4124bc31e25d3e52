-- =============================================================================
-- V7__workflow_canonical.sql
-- Project Velocity, workstream D: the canonical workflow_ domain.
--
-- jobs -> workflow_job is dual-write from this release: workers write both
-- tables, readers still use jobs. comfy_queue -> workflow_render_request is
-- planned. The ComfyUI workflow table is first called workflow_comfy_graph;
-- V12 renames it to its canonical name.
-- Owner: sagnik (records), sourik (runtime /api/jobs and /api/gpu)
-- =============================================================================

CREATE TABLE IF NOT EXISTS workflow_job (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id        bigint      UNIQUE,           -- jobs.id while dual-writing
    organization_id  uuid        REFERENCES core_organization (id),
    domain           text        NOT NULL CHECK (domain IN ('crm', 'intel', 'inventory', 'oracle', 'core', 'workflow')),
    kind             text        NOT NULL,
    payload          jsonb       NOT NULL DEFAULT '{}'::jsonb,
    status           text        NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz
);
CREATE INDEX IF NOT EXISTS workflow_job_status_idx ON workflow_job (status, created_at);

CREATE TABLE IF NOT EXISTS workflow_job_attempt (
    id          bigserial   PRIMARY KEY,
    job_id      uuid        NOT NULL REFERENCES workflow_job (id) ON DELETE CASCADE,
    attempt_no  int         NOT NULL,
    worker      text        NOT NULL,          -- 'velocity-workers@origin-1', 'comfyui@gpu-1'
    started_at  timestamptz NOT NULL DEFAULT now(),
    ended_at    timestamptz,
    error       text,
    UNIQUE (job_id, attempt_no)
);

CREATE TABLE IF NOT EXISTS workflow_comfy_graph (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL,
    version     int         NOT NULL,
    graph       jsonb       NOT NULL,          -- the ComfyUI API-format workflow
    created_by  uuid        REFERENCES core_user (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT workflow_comfy_graph_name_version_uq UNIQUE (name, version)
);

CREATE TABLE IF NOT EXISTS workflow_render_request (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id        uuid        REFERENCES workflow_job (id),
    workflow_id   uuid        NOT NULL REFERENCES workflow_comfy_graph (id),
    inputs        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    comfy_node    text,                         -- 'gpu-1' | 'gpu-2', set by the gateway
    prompt_id     text,                         -- ComfyUI prompt id (/api/gpu/history/{id})
    status        text        NOT NULL DEFAULT 'queued',
    requested_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS workflow_artifact (
    id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id             uuid        REFERENCES workflow_job (id) ON DELETE SET NULL,
    render_request_id  uuid        REFERENCES workflow_render_request (id) ON DELETE SET NULL,
    path               text        NOT NULL,    -- under /srv on origin-1
    sha256             char(64)    NOT NULL,
    size_bytes         bigint      NOT NULL CHECK (size_bytes >= 0),
    created_at         timestamptz NOT NULL DEFAULT now()
);
