-- =============================================================================
-- V4__inventory_jobs_comfy_queue.sql
-- Velocity (legacy app, release 1.3): the property pool, background jobs,
-- the ComfyUI render queue and the first AI scores.
-- Owners: sayan (properties, listings), sagnik (jobs, comfy_queue, ai_scores)
-- =============================================================================

CREATE TABLE IF NOT EXISTS properties (
    id          bigserial PRIMARY KEY,
    org_id      bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    title       text        NOT NULL,
    address     text,
    city        text,
    lat         double precision,
    lng         double precision,
    bedrooms    smallint,
    price       numeric(14,2),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS property_images (
    id           bigserial PRIMARY KEY,
    property_id  bigint NOT NULL REFERENCES properties (id) ON DELETE CASCADE,
    url          text   NOT NULL,
    position     int    NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS listings (
    id           bigserial PRIMARY KEY,
    property_id  bigint      NOT NULL REFERENCES properties (id) ON DELETE CASCADE,
    channel      text        NOT NULL,          -- 'web', 'crm', 'oracle'
    price        numeric(14,2),
    active       boolean     NOT NULL DEFAULT true,
    published_at timestamptz
);

CREATE TABLE IF NOT EXISTS jobs (
    id          bigserial PRIMARY KEY,
    org_id      bigint      REFERENCES orgs (id),
    kind        text        NOT NULL,           -- 'import', 'enrich', 'render', 'export'
    payload     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    status      text        NOT NULL DEFAULT 'queued',
    attempts    int         NOT NULL DEFAULT 0,
    last_error  text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS jobs_status_idx ON jobs (status, created_at);

COMMENT ON TABLE jobs IS
    'Legacy job table. Workers must not CREATE TABLE fake_jobs or side tables; '
    'the canonical record is workflow_job (dual-write from V7 on).';

CREATE TABLE IF NOT EXISTS comfy_queue (
    id           bigserial PRIMARY KEY,
    job_id       bigint      REFERENCES jobs (id),
    workflow     text        NOT NULL,          -- the ComfyUI workflow file name
    prompt       jsonb       NOT NULL,
    comfy_host   text,                          -- 'gpu-1', 'gpu-2'
    status       text        NOT NULL DEFAULT 'pending',
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS ai_scores (
    contact_id  bigint      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    score_name  text        NOT NULL,
    score       real        NOT NULL,
    model       text,
    scored_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (contact_id, score_name)
);
