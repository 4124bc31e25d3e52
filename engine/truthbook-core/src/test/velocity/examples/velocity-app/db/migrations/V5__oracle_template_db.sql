-- =============================================================================
-- V5__oracle_template_db.sql
-- Velocity (legacy app, release 1.4): the Oracle template DB and its pipeline.
--
-- These three tables carry the oracle_ prefix but are NOT canonical: they are
-- the current Oracle tables, mapped to oracle_template / oracle_run /
-- oracle_pipeline_item in the manifests. Note that oracle_pipeline copies
-- contact names out of CRM; the canonical board keeps only CRM ids.
-- Owner: sayan
-- =============================================================================

CREATE TABLE IF NOT EXISTS oracle_templates (
    id           bigserial PRIMARY KEY,
    org_id       bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    kind         text        NOT NULL,      -- 'brief', 'valuation-note', 'render-recipe'
    body         text        NOT NULL,
    params       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    version      int         NOT NULL DEFAULT 1,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oracle_runs (
    id           bigserial PRIMARY KEY,
    template_id  bigint      NOT NULL REFERENCES oracle_templates (id),
    contact_id   bigint      REFERENCES contacts (id),
    property_id  bigint      REFERENCES properties (id),
    status       text        NOT NULL DEFAULT 'queued',
    output       jsonb,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oracle_pipeline (
    id            bigserial PRIMARY KEY,
    org_id        bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    stage         text        NOT NULL,
    contact_id    bigint      REFERENCES contacts (id),
    contact_name  text,                     -- denormalised copy of CRM data (to be removed)
    position      int         NOT NULL DEFAULT 0
);

COMMENT ON COLUMN oracle_pipeline.contact_name IS
    'Copied from contacts at insert time; the canonical oracle_pipeline_item keeps the CRM id only.';
