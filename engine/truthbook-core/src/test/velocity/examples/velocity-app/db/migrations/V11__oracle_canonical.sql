-- =============================================================================
-- V11__oracle_canonical.sql
-- Project Velocity, workstream D: canonical oracle_ tables.
--
-- Oracle sits beside CRM: none of these tables is a crm_ table, and CRM rows
-- are referenced by id only (read through crm_pipeline_read_v, V8).
-- oracle_templates is cut-over (kept read-only), oracle_runs is backfilled,
-- oracle_pipeline is planned - all three legacy tables stay for now.
-- Owner: sayan
-- =============================================================================

CREATE TABLE IF NOT EXISTS oracle_template (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id        bigint      UNIQUE,           -- oracle_templates.id
    organization_id  uuid        NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    name             text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('brief', 'valuation-note', 'render-recipe')),
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oracle_template_version (
    template_id   uuid        NOT NULL REFERENCES oracle_template (id) ON DELETE CASCADE,
    version       int         NOT NULL,
    body          text        NOT NULL,
    parameters    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    published_by  uuid        REFERENCES core_user (id),
    published_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (template_id, version)
);

CREATE TABLE IF NOT EXISTS oracle_run (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id         bigint      UNIQUE,          -- oracle_runs.id (backfilled)
    template_id       uuid        NOT NULL,
    template_version  int         NOT NULL,
    crm_contact_id    uuid        NOT NULL,        -- CRM id only, no copied CRM fields
    property_id       uuid        REFERENCES inventory_property (id),
    job_id            uuid        REFERENCES workflow_job (id),
    status            text        NOT NULL DEFAULT 'queued',
    created_at        timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (template_id, template_version)
        REFERENCES oracle_template_version (template_id, version)
);

CREATE TABLE IF NOT EXISTS oracle_output (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    run_id       uuid        NOT NULL REFERENCES oracle_run (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('document', 'image-set', 'answer')),
    content      jsonb,
    artifact_id  uuid        REFERENCES workflow_artifact (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS oracle_pipeline_stage (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    name             text NOT NULL,
    position         int  NOT NULL,
    UNIQUE (organization_id, position)
);

CREATE TABLE IF NOT EXISTS oracle_pipeline_item (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    stage_id            uuid        NOT NULL REFERENCES oracle_pipeline_stage (id),
    crm_contact_id      uuid,                      -- by id only (crm-pipeline-read)
    crm_opportunity_id  uuid,
    position            int         NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (crm_contact_id IS NOT NULL OR crm_opportunity_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS oracle_pipeline_item_stage_idx ON oracle_pipeline_item (stage_id, position);
