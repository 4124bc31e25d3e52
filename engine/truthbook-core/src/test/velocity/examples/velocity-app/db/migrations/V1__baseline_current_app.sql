-- =============================================================================
-- V1__baseline_current_app.sql
-- Velocity: baseline of the application as it ran before Project Velocity.
--
-- These are the *current* (legacy) tables of the first CRM release. Every one
-- of them is mapped to a canonical target in manifests/domains.yaml; later
-- migrations create the canonical tables beside them (dual-write, backfill,
-- cut-over) and drop a legacy table only once it is retired.
-- Owner: sagnik (CRM), sayan (orgs, users, audit, flags)
-- =============================================================================

SET search_path = public;

CREATE EXTENSION IF NOT EXISTS pgcrypto;   -- gen_random_uuid()
CREATE EXTENSION IF NOT EXISTS citext;     -- case-insensitive e-mail columns

-- --------------------------------------------------------------- tenancy
CREATE TABLE IF NOT EXISTS orgs (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL,
    slug        text        NOT NULL UNIQUE,
    plan        text        NOT NULL DEFAULT 'trial',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS users (
    id            bigserial PRIMARY KEY,
    org_id        bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    email         citext      NOT NULL,
    full_name     text,
    password_hash text        NOT NULL,
    is_admin      boolean     NOT NULL DEFAULT false,
    last_login_at timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_per_org UNIQUE (org_id, email)
);

/* Feature flags were a key/value table per org. They move into core_setting
   in V6 and this table is dropped there (state `retired` in the manifests). */
CREATE TABLE IF NOT EXISTS feature_flags (
    org_id   bigint  NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    flag     text    NOT NULL,
    enabled  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (org_id, flag)
);

-- Free-text audit trail; parsing into actor/action/target is planned (core_audit_event).
CREATE TABLE IF NOT EXISTS audit_log (
    id         bigserial PRIMARY KEY,
    org_id     bigint      REFERENCES orgs (id),
    user_id    bigint      REFERENCES users (id),
    message    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS audit_log_org_created_idx ON audit_log (org_id, created_at DESC);

-- ------------------------------------------------------------------- CRM
CREATE TABLE IF NOT EXISTS companies (
    id          bigserial PRIMARY KEY,
    org_id      bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    website     text,
    industry    text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS contacts (
    id          bigserial PRIMARY KEY,
    org_id      bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    company_id  bigint      REFERENCES companies (id) ON DELETE SET NULL,
    first_name  text,
    last_name   text,
    email       citext,
    phone       text,
    owner_id    bigint      REFERENCES users (id),
    archived    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS contacts_org_idx   ON contacts (org_id) WHERE NOT archived;
CREATE INDEX IF NOT EXISTS contacts_email_idx ON contacts (org_id, email);

CREATE TABLE IF NOT EXISTS deals (
    id          bigserial PRIMARY KEY,
    org_id      bigint        NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    contact_id  bigint        REFERENCES contacts (id),
    company_id  bigint        REFERENCES companies (id),
    title       text          NOT NULL,
    stage       text          NOT NULL DEFAULT 'new',   -- free text until V2
    amount      numeric(14,2),
    created_at  timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS notes (
    id          bigserial PRIMARY KEY,
    org_id      bigint      NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    contact_id  bigint      REFERENCES contacts (id) ON DELETE CASCADE,
    author_id   bigint      REFERENCES users (id),
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS notes_contact_idx ON notes (contact_id, created_at DESC);
