--
-- PostgreSQL database dump
--

\restrict n8Kd0fWq2yQbTQ1vD3

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Name: crm; Type: SCHEMA; Schema: -; Owner: velocity
--

CREATE SCHEMA crm;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: public; Owner: velocity
--

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- CREATE TABLE inside a function body is not part of the schema
  EXECUTE 'CREATE TABLE IF NOT EXISTS audit_' || TG_TABLE_NAME || ' (id int)';
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

SET default_tablespace = '';

--
-- Name: crm_account; Type: TABLE; Schema: public; Owner: velocity
--

CREATE TABLE public.crm_account (
    id bigint NOT NULL,
    name text NOT NULL,
    note text DEFAULT 'it''s; CREATE TABLE nope'::text
);

ALTER TABLE public.crm_account OWNER TO velocity;

COMMENT ON TABLE public.crm_account IS 'Accounts; see CREATE TABLE crm_contact';

--
-- Name: crm_account_id_seq; Type: SEQUENCE; Schema: public; Owner: velocity
--

CREATE SEQUENCE public.crm_account_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.crm_account_id_seq OWNED BY public.crm_account.id;

--
-- Name: Contact; Type: TABLE; Schema: crm; Owner: velocity
--

CREATE TABLE crm."Contact" (
    id bigint NOT NULL,
    account_id bigint
);

--
-- Name: account_summary; Type: MATERIALIZED VIEW; Schema: public; Owner: velocity
--

CREATE MATERIALIZED VIEW public.account_summary AS
 SELECT a.id,
    count(c.id) AS contacts
   FROM (public.crm_account a
     LEFT JOIN crm."Contact" c ON ((c.account_id = a.id)))
  GROUP BY a.id
  WITH NO DATA;

--
-- Data for Name: crm_account; Type: TABLE DATA; Schema: public; Owner: velocity
--

COPY public.crm_account (id, name, note) FROM stdin;
1	O'Brien & Sons	CREATE TABLE in data
2	Acme	\N
\.

ALTER TABLE ONLY public.crm_account ALTER COLUMN id SET DEFAULT nextval('public.crm_account_id_seq'::regclass);

ALTER TABLE ONLY public.crm_account
    ADD CONSTRAINT crm_account_pkey PRIMARY KEY (id);

CREATE TRIGGER crm_account_touch BEFORE UPDATE ON public.crm_account FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

--
-- PostgreSQL database dump complete
--

\unrestrict n8Kd0fWq2yQbTQ1vD3
