-- =============================================================================
-- V8__crm_canonical_core_records.sql
-- Project Velocity, workstream D: canonical CRM records - contacts, accounts,
-- relationships (client graph edges), opportunities, stages, tasks, activity.
--
-- contacts -> crm_contact is dual-write (trigger below); every other CRM
-- legacy table is still `planned`. Also publishes the crm-pipeline-read
-- interface as a read-only view for Oracle.
-- Owner: sagnik
-- =============================================================================

CREATE TABLE IF NOT EXISTS public.crm_contact (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id        bigint      UNIQUE,            -- contacts.id (dual-write)
    organization_id  uuid        NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    lifecycle_stage  text        NOT NULL DEFAULT 'client'
                     CHECK (lifecycle_stage IN ('lead', 'prospect', 'client', 'past-client')),
    given_name       text,
    family_name      text,
    email            citext,
    phone            text,
    owner_id         uuid        REFERENCES core_user (id),
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS crm_contact_org_idx   ON public.crm_contact (organization_id) WHERE archived_at IS NULL;
CREATE INDEX IF NOT EXISTS crm_contact_email_idx ON public.crm_contact (organization_id, lower(email::text));

-- Households and companies are both accounts.
CREATE TABLE IF NOT EXISTS "public"."crm_account" (
    "id"               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    "organization_id"  uuid        NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    "kind"             text        NOT NULL CHECK ("kind" IN ('household', 'company')),
    "name"             text        NOT NULL,
    "website"          text,
    "created_at"       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS crm_account_contact (
    account_id  uuid NOT NULL REFERENCES "public"."crm_account" (id) ON DELETE CASCADE,
    contact_id  uuid NOT NULL REFERENCES public.crm_contact (id) ON DELETE CASCADE,
    role        text NOT NULL DEFAULT 'member',   -- 'primary', 'spouse', 'director', ...
    PRIMARY KEY (account_id, contact_id)
);

CREATE TABLE IF NOT EXISTS crm_relationship (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    from_contact   uuid NOT NULL REFERENCES crm_contact (id) ON DELETE CASCADE,
    to_contact     uuid NOT NULL REFERENCES crm_contact (id) ON DELETE CASCADE,
    kind           text NOT NULL,                 -- 'spouse', 'referral', 'advisor'
    since          date,
    CONSTRAINT crm_relationship_no_self CHECK (from_contact <> to_contact),
    CONSTRAINT crm_relationship_uq UNIQUE (from_contact, to_contact, kind)
);

-- Named in the plural by mistake; V12 renames it to crm_opportunity_stage.
CREATE TABLE IF NOT EXISTS crm_opportunity_stages (
    id               uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid    NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    name             text    NOT NULL,
    position         int     NOT NULL,
    is_won           boolean NOT NULL DEFAULT false,
    is_lost          boolean NOT NULL DEFAULT false,
    UNIQUE (organization_id, position)
);

CREATE TABLE IF NOT EXISTS crm_opportunity (
    id               uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid          NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    account_id       uuid          REFERENCES "public"."crm_account" (id),
    contact_id       uuid          REFERENCES public.crm_contact (id),
    stage_id         uuid          NOT NULL REFERENCES crm_opportunity_stages (id),
    title            text          NOT NULL,
    value_amount     numeric(14,2),
    value_currency   char(3)       NOT NULL DEFAULT 'EUR',
    owner_id         uuid          REFERENCES core_user (id),
    expected_close   date,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT crm_opportunity_party CHECK (account_id IS NOT NULL OR contact_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS crm_opportunity_stage_idx ON crm_opportunity (organization_id, stage_id);

CREATE TABLE IF NOT EXISTS crm_task (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id    uuid        REFERENCES crm_contact (id) ON DELETE CASCADE,
    assignee_id   uuid        REFERENCES core_user (id),
    title         text        NOT NULL,
    due_on        date,
    completed_at  timestamptz
);
CREATE INDEX IF NOT EXISTS crm_task_open_idx ON crm_task (assignee_id, due_on) WHERE completed_at IS NULL;

CREATE TABLE IF NOT EXISTS crm_activity (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id   uuid        REFERENCES crm_contact (id) ON DELETE CASCADE,
    account_id   uuid        REFERENCES crm_account (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('note', 'call', 'email', 'meeting')),
    body         text,
    author_id    uuid        REFERENCES core_user (id),
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS crm_activity_timeline_idx ON crm_activity (contact_id, occurred_at DESC);

-- ------------------------------------------ dual-write contacts -> crm_contact
CREATE OR REPLACE FUNCTION crm_contact_dual_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Mirror every write of the legacy contacts table into crm_contact.
    INSERT INTO crm_contact (legacy_id, organization_id, given_name, family_name,
                             email, phone, archived_at, created_at, updated_at)
    SELECT NEW.id, co.id, NEW.first_name, NEW.last_name, NEW.email, NEW.phone,
           CASE WHEN NEW.archived THEN now() END, NEW.created_at, NEW.updated_at
      FROM core_organization co
     WHERE co.legacy_id = NEW.org_id
    ON CONFLICT (legacy_id) DO UPDATE
       SET given_name  = EXCLUDED.given_name,
           family_name = EXCLUDED.family_name,
           email       = EXCLUDED.email,
           phone       = EXCLUDED.phone,
           archived_at = EXCLUDED.archived_at,
           updated_at  = EXCLUDED.updated_at;
    RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS contacts_dual_write ON contacts;
CREATE TRIGGER contacts_dual_write
    AFTER INSERT OR UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION crm_contact_dual_write();

-- --------------------------------------------- interface crm-pipeline-read
-- A view, not a table: the only door Oracle uses into CRM pipeline data.
CREATE OR REPLACE VIEW public.crm_pipeline_read_v AS
SELECT o.id            AS opportunity_id,
       o.organization_id,
       o.title,
       o.value_amount,
       c.id            AS contact_id,
       c.given_name || ' ' || c.family_name AS contact_name,
       a.id            AS account_id,
       a.name          AS account_name
  FROM crm_opportunity o
  LEFT JOIN crm_contact c ON c.id = o.contact_id
  LEFT JOIN "public"."crm_account" a ON a.id = o.account_id;

COMMENT ON VIEW public.crm_pipeline_read_v IS 'Interface crm-pipeline-read (read-only, used by Oracle).';
