-- =============================================================================
-- V3__csv_uploads_and_client_profiles.sql
-- Velocity (legacy app, release 1.2): CSV uploads, hand-kept client profiles.
--
-- csv_uploads / csv_upload_rows are the first import path (no stewardship);
-- csv_upload_errors is short-lived and folded into crm_import_row in V9.
-- Owner: sagnik
-- =============================================================================

-- The stage table gets its final legacy name (see V2).
ALTER TABLE pipeline_stages RENAME TO deal_stages;
ALTER TABLE deal_stages RENAME CONSTRAINT pipeline_stages_position_uq TO deal_stages_position_uq;

CREATE TABLE IF NOT EXISTS csv_uploads (
    id           bigserial PRIMARY KEY,
    org_id       bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    uploaded_by  bigint      REFERENCES users (id),
    filename     text        NOT NULL,
    row_count    int,
    status       text        NOT NULL DEFAULT 'uploaded'
                 CHECK (status IN ('uploaded', 'parsed', 'imported', 'failed')),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS csv_upload_rows (
    upload_id  bigint NOT NULL REFERENCES csv_uploads (id) ON DELETE CASCADE,
    line_no    int    NOT NULL,
    raw        jsonb  NOT NULL,
    PRIMARY KEY (upload_id, line_no)
);

CREATE TABLE IF NOT EXISTS csv_upload_errors (
    upload_id  bigint NOT NULL REFERENCES csv_uploads (id) ON DELETE CASCADE,
    line_no    int    NOT NULL,
    error      text   NOT NULL
);

-- Hand-maintained profile blobs; replaced by computed crm_client_360_snapshot.
CREATE TABLE IF NOT EXISTS client_profiles (
    contact_id  bigint PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    profile     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    edited_by   bigint      REFERENCES users (id),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
