-- =============================================================================
-- V10__inventory_intel_canonical.sql
-- Project Velocity, workstream D: canonical inventory_ (the property pool for
-- every surface) and intel_ (client graph and derived intelligence).
--
-- properties is backfilled into inventory_property, property_images is
-- dual-write into inventory_media, listings and ai_scores are planned.
-- The signal table starts as intel_signal and is renamed in V12.
-- Owners: sayan (inventory), sagnik (intel)
-- =============================================================================

-- ------------------------------------------------------------- inventory
CREATE TABLE IF NOT EXISTS inventory_property (
    id               uuid             PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id        bigint           UNIQUE,      -- properties.id (backfilled)
    organization_id  uuid             NOT NULL REFERENCES core_organization (id) ON DELETE CASCADE,
    name             text             NOT NULL,
    address_line     text,
    city             text,
    country          char(2),
    latitude         double precision CHECK (latitude  BETWEEN -90  AND 90),
    longitude        double precision CHECK (longitude BETWEEN -180 AND 180),
    created_at       timestamptz      NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS inventory_unit (
    id           uuid     PRIMARY KEY DEFAULT gen_random_uuid(),
    property_id  uuid     NOT NULL REFERENCES inventory_property (id) ON DELETE CASCADE,
    label        text     NOT NULL,                -- 'Apt 4B', 'Plot 12'
    bedrooms     smallint,
    area_m2      numeric(8,2),
    UNIQUE (property_id, label)
);

CREATE TABLE IF NOT EXISTS inventory_listing (
    id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
    unit_id       uuid          NOT NULL REFERENCES inventory_unit (id) ON DELETE CASCADE,
    surface       text          NOT NULL CHECK (surface IN ('web', 'crm', 'oracle')),
    price_amount  numeric(14,2) NOT NULL,
    status        text          NOT NULL DEFAULT 'draft',
    published_at  timestamptz
);

CREATE TABLE IF NOT EXISTS inventory_property_feature (
    property_id  uuid NOT NULL REFERENCES inventory_property (id) ON DELETE CASCADE,
    feature      text NOT NULL,                    -- 'parking', 'sea-view', 'gym'
    value        text,
    PRIMARY KEY (property_id, feature)
);

CREATE TABLE IF NOT EXISTS inventory_media (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    property_id  uuid        REFERENCES inventory_property (id) ON DELETE CASCADE,
    unit_id      uuid        REFERENCES inventory_unit (id) ON DELETE CASCADE,
    kind         text        NOT NULL DEFAULT 'image',
    uri          text        NOT NULL,
    position     int         NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (property_id IS NOT NULL OR unit_id IS NOT NULL)
);

-- Backfill properties -> inventory_property (state: backfilled).
INSERT INTO inventory_property (legacy_id, organization_id, name, address_line, city, latitude, longitude, created_at)
SELECT p.id, co.id, p.title, p.address, p.city, p.lat, p.lng, p.created_at
  FROM properties p JOIN core_organization co ON co.legacy_id = p.org_id
ON CONFLICT (legacy_id) DO NOTHING;

-- ----------------------------------------------------------------- intel
CREATE TABLE IF NOT EXISTS intel_graph_node (
    id           uuid  PRIMARY KEY DEFAULT gen_random_uuid(),
    kind         text  NOT NULL CHECK (kind IN ('contact', 'account', 'property', 'signal')),
    ref_id       uuid  NOT NULL,                   -- id in crm_/inventory_/intel_ table
    label        text,
    UNIQUE (kind, ref_id)
);

CREATE TABLE IF NOT EXISTS intel_graph_edge (
    from_node  uuid NOT NULL REFERENCES intel_graph_node (id) ON DELETE CASCADE,
    to_node    uuid NOT NULL REFERENCES intel_graph_node (id) ON DELETE CASCADE,
    kind       text NOT NULL,
    weight     real NOT NULL DEFAULT 1.0,
    PRIMARY KEY (from_node, to_node, kind)
);

CREATE TABLE IF NOT EXISTS intel_enrichment_run (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id          uuid        REFERENCES workflow_job (id),
    model           text        NOT NULL,
    prompt_version  text        NOT NULL,
    contact_ids     uuid[]      NOT NULL,
    status          text        NOT NULL DEFAULT 'queued',
    started_at      timestamptz,
    finished_at     timestamptz
);

CREATE TABLE IF NOT EXISTS intel_signal (
    id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id         uuid        NOT NULL REFERENCES crm_contact (id) ON DELETE CASCADE,
    enrichment_run_id  uuid        REFERENCES intel_enrichment_run (id),
    name               text        NOT NULL,   -- 'intent', 'churn-risk', 'next-best-action'
    value              jsonb       NOT NULL,
    confidence         real,
    observed_at        timestamptz NOT NULL DEFAULT now()
);

-- Embeddings are stored as float arrays until pgvector is on db-1.
CREATE TABLE IF NOT EXISTS intel_embedding (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    subject     text        NOT NULL CHECK (subject IN ('contact', 'property')),
    subject_id  uuid        NOT NULL,
    model       text        NOT NULL,
    vector      real[]      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (subject, subject_id, model)
);
