-- =============================================================================
-- V2__leads_followups_pipeline_stages.sql
-- Velocity (legacy app, release 1.1): leads, follow-ups and ordered deal stages.
--
-- Leads were kept in their own table; in the canonical model they become
-- crm_contact rows with lifecycle stage "lead" (no separate lead table).
-- The stage table is created as pipeline_stages and renamed in V3 because the
-- Oracle pipeline board (V5) needs the word "pipeline" for itself.
-- Owner: sagnik
-- =============================================================================

CREATE TABLE IF NOT EXISTS leads (
    id           bigserial PRIMARY KEY,
    org_id       bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    full_name    text        NOT NULL,
    email        citext,
    phone        text,
    source       text,                 -- 'web-form', 'referral', 'csv', ...
    converted_contact_id bigint REFERENCES contacts (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS followups (
    id           bigserial PRIMARY KEY,
    org_id       bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    contact_id   bigint      REFERENCES contacts (id) ON DELETE CASCADE,
    assignee_id  bigint      REFERENCES users (id),
    title        text        NOT NULL,
    due_on       date,
    done         boolean     NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS followups_due_idx ON followups (assignee_id, due_on) WHERE NOT done;

CREATE TABLE IF NOT EXISTS pipeline_stages (
    id        serial PRIMARY KEY,
    org_id    bigint NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name      text   NOT NULL,
    position  int    NOT NULL,
    CONSTRAINT pipeline_stages_position_uq UNIQUE (org_id, position)
);

ALTER TABLE deals ADD COLUMN IF NOT EXISTS stage_id int REFERENCES pipeline_stages (id);
