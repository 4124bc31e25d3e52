-- =============================================================================
-- V12__canonical_naming_fixes.sql
-- Project Velocity, workstream D: bring three early canonical tables to the
-- names in manifests/domains.yaml (singular, and the manifest's vocabulary).
-- Renames keep data, indexes, constraints and foreign keys.
-- Owners: sagnik (crm, workflow, intel)
-- =============================================================================

-- crm_opportunity_stages -> crm_opportunity_stage
ALTER TABLE IF EXISTS crm_opportunity_stages RENAME TO crm_opportunity_stage;

-- workflow_comfy_graph -> workflow_comfy_workflow (a column rename too; that is not a table rename)
ALTER TABLE public.workflow_comfy_graph RENAME TO workflow_comfy_workflow;
ALTER TABLE workflow_comfy_workflow RENAME COLUMN graph TO graph_json;
ALTER TABLE workflow_comfy_workflow
    RENAME CONSTRAINT workflow_comfy_graph_name_version_uq TO workflow_comfy_workflow_name_version_uq;

-- intel_signal -> intel_entity_signal
ALTER TABLE "public"."intel_signal" RENAME TO "intel_entity_signal";
CREATE INDEX IF NOT EXISTS intel_entity_signal_contact_idx
    ON intel_entity_signal (contact_id, name, observed_at DESC);

/*
 * Not done here, on purpose: the cut-over legacy tables (users, orgs,
 * oracle_templates) are NOT renamed or dropped. They stay read-only until
 * the manifests move them to `retired`, e.g. a later
 *     DROP TABLE users;
 * will come with that change.
 */
