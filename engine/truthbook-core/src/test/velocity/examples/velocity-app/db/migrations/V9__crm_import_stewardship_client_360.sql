-- =============================================================================
-- V9__crm_import_stewardship_client_360.sql
-- Project Velocity, workstream C: CSV-first import with stewardship, and the
-- computed client 360 snapshot.
--
-- csv_uploads / csv_upload_rows stay (planned -> crm_import_batch /
-- crm_import_row). csv_upload_errors was never mapped: its rows are folded
-- into crm_import_row.error and the table is dropped here.
-- Owner: sagnik
-- =============================================================================

CREATE TABLE IF NOT EXISTS crm_source_profile (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid        NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    name             text        NOT NULL,          -- 'HubSpot export', 'Agency spreadsheet v2'
    detector         jsonb       NOT NULL DEFAULT '{}'::jsonb,   -- header fingerprints
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

CREATE TABLE IF NOT EXISTS crm_mapping_manifest (
    id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    source_profile_id  uuid        NOT NULL REFERENCES crm_source_profile (id) ON DELETE CASCADE,
    version            int         NOT NULL,
    mapping            jsonb       NOT NULL,        -- column -> canonical field
    approved_by        uuid        REFERENCES core_user (id),
    approved_at        timestamptz,
    UNIQUE (source_profile_id, version)
);

CREATE TABLE IF NOT EXISTS crm_import_batch (
    id                   uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id      uuid        NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    source_profile_id    uuid        REFERENCES crm_source_profile (id),
    mapping_manifest_id  uuid        REFERENCES crm_mapping_manifest (id),
    filename             text        NOT NULL,
    sha256               char(64)    NOT NULL,
    status               text        NOT NULL DEFAULT 'uploaded'
                         CHECK (status IN ('uploaded', 'mapped', 'approved', 'committed', 'failed')),
    uploaded_by          uuid        REFERENCES core_user (id),
    created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS crm_import_row (
    batch_id    uuid  NOT NULL REFERENCES crm_import_batch (id) ON DELETE CASCADE,
    line_no     int   NOT NULL,
    raw         jsonb NOT NULL,                    -- verbatim, kept as evidence
    status      text  NOT NULL DEFAULT 'pending',  -- pending | ok | error | merged | skipped
    error       text,
    contact_id  uuid  REFERENCES crm_contact (id),
    PRIMARY KEY (batch_id, line_no)
);

CREATE TABLE IF NOT EXISTS crm_import_suggestion (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    batch_id     uuid        NOT NULL REFERENCES crm_import_batch (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('mapping', 'merge', 'normalise')),
    proposal     jsonb       NOT NULL,
    confidence   real        CHECK (confidence BETWEEN 0 AND 1),
    model        text,
    decided_by   uuid        REFERENCES core_user (id),
    decision     text        CHECK (decision IN ('approved', 'rejected')),
    decided_at   timestamptz
);

CREATE TABLE IF NOT EXISTS crm_merge_candidate (
    id          uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_a   uuid    NOT NULL REFERENCES crm_contact (id) ON DELETE CASCADE,
    contact_b   uuid    NOT NULL REFERENCES crm_contact (id) ON DELETE CASCADE,
    score       real    NOT NULL,
    reasons     text[]  NOT NULL DEFAULT '{}',
    resolved    boolean NOT NULL DEFAULT false,
    CHECK (contact_a < contact_b)
);

CREATE TABLE IF NOT EXISTS crm_client_360_snapshot (
    contact_id    uuid        NOT NULL REFERENCES crm_contact (id) ON DELETE CASCADE,
    computed_at   timestamptz NOT NULL DEFAULT now(),
    snapshot      jsonb       NOT NULL,   -- profile, accounts, deals, tasks, timeline
    job_id        uuid        REFERENCES workflow_job (id),
    PRIMARY KEY (contact_id, computed_at)
);

-- Errors are now a column of the raw row.
DROP TABLE IF EXISTS public.csv_upload_errors;
