-- =============================================================================
-- V6__core_canonical.sql
-- Project Velocity, workstream D: the canonical core_ domain (admin/control).
--
-- users and orgs stay in place (state cut-over: the app reads and writes the
-- core_ tables, the legacy ones are kept read-only until retirement).
-- feature_flags is copied into core_setting and dropped (state retired).
-- Owner: sayan
-- =============================================================================

CREATE TABLE IF NOT EXISTS public.core_organization (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id   bigint      UNIQUE,                 -- orgs.id, kept for the cut-over
    name        text        NOT NULL,
    slug        text        NOT NULL,
    plan        text        NOT NULL DEFAULT 'trial',
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT core_organization_slug_uq UNIQUE (slug)
);

CREATE TABLE IF NOT EXISTS public.core_user (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id        bigint      UNIQUE,            -- users.id
    organization_id  uuid        NOT NULL REFERENCES public.core_organization (id) ON DELETE CASCADE,
    email            citext      NOT NULL,
    display_name     text,
    password_hash    text,
    disabled_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, email)
);

CREATE TABLE IF NOT EXISTS core_role (
    id           smallserial PRIMARY KEY,
    name         text    NOT NULL UNIQUE,           -- admin, agent, operator, viewer
    permissions  text[]  NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS core_user_role (
    user_id          uuid     NOT NULL REFERENCES core_user (id) ON DELETE CASCADE,
    organization_id  uuid     NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    role_id          smallint NOT NULL REFERENCES core_role (id),
    granted_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, organization_id, role_id)
);

CREATE TABLE IF NOT EXISTS core_audit_event (
    id               bigserial   PRIMARY KEY,
    organization_id  uuid        REFERENCES core_organization (id),
    actor_id         uuid        REFERENCES core_user (id),
    action           text        NOT NULL,          -- 'contact.update', 'import.approve', ...
    target_kind      text,
    target_id        text,
    before_digest    text,
    after_digest     text,
    occurred_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS core_audit_event_org_time_idx
    ON core_audit_event (organization_id, occurred_at DESC);

CREATE TABLE IF NOT EXISTS core_setting (
    organization_id  uuid    NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    key              text    NOT NULL,
    value            jsonb   NOT NULL,
    is_feature_flag  boolean NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, key)
);

-- ------------------------------------------------------------ seed roles
INSERT INTO core_role (name, permissions) VALUES
    ('admin',    ARRAY['*']),
    ('agent',    ARRAY['crm:*', 'oracle:read', 'inventory:read']),
    ('operator', ARRAY['jobs:*', 'gpu:*', 'workflow:*']),
    ('viewer',   ARRAY['crm:read', 'oracle:read', 'inventory:read'])
ON CONFLICT (name) DO NOTHING;

-- ------------------------------------------------------- copy legacy rows
INSERT INTO core_organization (legacy_id, name, slug, plan, created_at)
SELECT o.id, o.name, o.slug, o.plan, o.created_at FROM orgs o
ON CONFLICT (legacy_id) DO NOTHING;

INSERT INTO core_user (legacy_id, organization_id, email, display_name, password_hash, created_at)
SELECT u.id, co.id, u.email, u.full_name, u.password_hash, u.created_at
  FROM users u JOIN core_organization co ON co.legacy_id = u.org_id
ON CONFLICT (legacy_id) DO NOTHING;

/* Retire feature_flags: every flag becomes a core_setting row with
   is_feature_flag = true, then the legacy table goes away.
   (An earlier draft kept a shadow copy:
      CREATE TABLE feature_flags_shadow AS SELECT * FROM feature_flags;
    it was never shipped.) */
INSERT INTO core_setting (organization_id, key, value, is_feature_flag)
SELECT co.id, 'flag.' || ff.flag, to_jsonb(ff.enabled), true
  FROM feature_flags ff JOIN core_organization co ON co.legacy_id = ff.org_id
ON CONFLICT DO NOTHING;

-- A marker row the admin UI shows; the text is data, not DDL.
INSERT INTO core_setting (organization_id, key, value)
SELECT co.id, 'migration.v6.note',
       to_jsonb('Flags moved here. Don''t CREATE TABLE fake_flags; use core_setting.'::text)
  FROM core_organization co
ON CONFLICT DO NOTHING;

DROP TABLE IF EXISTS feature_flags CASCADE;
