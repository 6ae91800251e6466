-- sitrep ledger, version 1. One script for SQLite and PostgreSQL: only types and statements both
-- read the same way (TEXT, BIGINT, INTEGER, DOUBLE PRECISION; dates as ISO-8601 TEXT, which sorts
-- chronologically; booleans as INTEGER 0/1). Statements are separated by lines holding only ";".

-- Articles, one row per distinct report. The extraction is kept whole (JSON, docs/schema.md) so
-- that `sitrep article ID` shows exactly what was read; the tables below index it.
CREATE TABLE article (
  id TEXT PRIMARY KEY,
  url TEXT,
  content_hash TEXT NOT NULL,
  title TEXT,
  source TEXT,
  published TEXT,
  date_source TEXT,
  ingested_at TEXT NOT NULL,
  copy_of TEXT,
  copy_similarity DOUBLE PRECISION,
  minhash TEXT NOT NULL,
  rejected_reason TEXT,
  rejected_detail TEXT,
  extraction TEXT NOT NULL
)
;
CREATE INDEX article_published ON article (published)
;
-- Every key an incoming record can be recognised by: "id:…", "url:…", "text:…" (hash of the
-- normalised text). A record whose key is here changes nothing; the row says which article it is.
CREATE TABLE article_key (
  key TEXT PRIMARY KEY,
  article_id TEXT NOT NULL
)
;
-- Locality-sensitive hashing bands of each article's MinHash signature: articles sharing a band
-- are candidates for wire copies and near-duplicates.
CREATE TABLE article_band (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, article_id)
)
;
-- Actors across articles: catalog actors keep their catalog id; people and groups outside the
-- catalog get an id when first seen and are matched by name across spellings after that.
CREATE TABLE actor (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  actor_type TEXT,
  country_code TEXT,
  wikidata TEXT,
  parent TEXT,
  from_catalog INTEGER NOT NULL
)
;
CREATE TABLE actor_alias (
  actor_id TEXT NOT NULL,
  alias TEXT NOT NULL,
  name_key TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias)
)
;
CREATE INDEX actor_alias_key ON actor_alias (name_key)
;
-- Folded name tokens of every alias (person names by their transliteration-insensitive key): the
-- candidates a new name is compared with, without scanning all actors.
CREATE TABLE actor_token (
  token TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY (token, actor_id)
)
;
CREATE TABLE actor_role (
  actor_id TEXT NOT NULL,
  role TEXT NOT NULL,
  organization TEXT NOT NULL,
  organization_name TEXT NOT NULL,
  valid_from TEXT,
  valid_until TEXT,
  article_id TEXT NOT NULL,
  PRIMARY KEY (actor_id, role, organization, article_id)
)
;
CREATE INDEX actor_role_organization ON actor_role (organization, valid_from)
;
-- The decision trail: how each entity of each article was resolved to a ledger actor, by which
-- rule, against which alternatives. Reviewable with `sitrep actor NAME`.
CREATE TABLE resolution (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  detail TEXT,
  PRIMARY KEY (article_id, entity_id)
)
;
CREATE INDEX resolution_actor ON resolution (actor_id)
;
-- One row per real event. Values are merged over the sources in event_report; date_start and
-- date_end bound the merged date (a month-precise date spans the month).
CREATE TABLE ledger_event (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  mode TEXT,
  acled_event_type TEXT,
  acled_sub_event_type TEXT,
  date_value TEXT,
  date_precision TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  place_name TEXT,
  geonames_id BIGINT,
  country_code TEXT,
  admin1 TEXT,
  admin2 TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  location_precision TEXT,
  fatalities_min BIGINT,
  fatalities_max BIGINT,
  captured_min BIGINT,
  captured_max BIGINT,
  injured_min BIGINT,
  injured_max BIGINT,
  modality TEXT NOT NULL,
  source_count INTEGER NOT NULL,
  independent_source_count INTEGER NOT NULL,
  first_reported TEXT,
  last_reported TEXT,
  disagreement_count INTEGER NOT NULL,
  merged TEXT NOT NULL
)
;
CREATE INDEX ledger_event_date ON ledger_event (date_start)
;
CREATE INDEX ledger_event_type_date ON ledger_event (type, date_start)
;
CREATE INDEX ledger_event_country_date ON ledger_event (country_code, date_start)
;
CREATE INDEX ledger_event_sources ON ledger_event (source_count, date_start)
;
-- Each article's own report of a ledger event, kept with its own values (the event as JSON).
CREATE TABLE event_report (
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  ledger_event_id TEXT NOT NULL,
  published TEXT,
  source TEXT,
  match_rule TEXT NOT NULL,
  match_score DOUBLE PRECISION NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
)
;
CREATE INDEX event_report_ledger_event ON event_report (ledger_event_id)
;
-- Who took part in a ledger event, for filters and actor timelines (the date repeated so that
-- an actor's events come out of one index in date order).
CREATE TABLE event_actor (
  actor_id TEXT NOT NULL,
  role TEXT NOT NULL,
  ledger_event_id TEXT NOT NULL,
  date_start TEXT,
  PRIMARY KEY (actor_id, role, ledger_event_id)
)
;
CREATE INDEX event_actor_date ON event_actor (actor_id, date_start, ledger_event_id)
;
CREATE INDEX event_actor_event ON event_actor (ledger_event_id)
;
-- Where a ledger event happened, under every name a place query may use: the place itself, its
-- district, province and country (lower-cased), for place filters and place timelines.
CREATE TABLE event_place (
  place_key TEXT NOT NULL,
  ledger_event_id TEXT NOT NULL,
  date_start TEXT,
  PRIMARY KEY (place_key, ledger_event_id)
)
;
CREATE INDEX event_place_date ON event_place (place_key, date_start, ledger_event_id)
;
CREATE INDEX event_place_event ON event_place (ledger_event_id)
;
-- Claims: who says what, in which article; quantities and relations they assert. The body is the
-- whole claim as JSON with ledger actor ids, for comparisons across articles.
CREATE TABLE claim (
  article_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  speaker TEXT,
  speaker_actor_id TEXT,
  stance TEXT NOT NULL,
  direct INTEGER NOT NULL,
  cue TEXT,
  content TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  published TEXT,
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id)
)
;
CREATE TABLE quantity_claim (
  article_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  subject_actor_id TEXT,
  min_value BIGINT,
  max_value BIGINT,
  min_exclusive INTEGER NOT NULL,
  max_exclusive INTEGER NOT NULL,
  unit TEXT,
  as_of TEXT,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (article_id, claim_id)
)
;
CREATE INDEX quantity_claim_subject ON quantity_claim (subject_actor_id)
;
CREATE TABLE relation_claim (
  article_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  relation TEXT NOT NULL,
  subject TEXT NOT NULL,
  subject_actor_id TEXT,
  object TEXT NOT NULL,
  object_actor_id TEXT,
  negated INTEGER NOT NULL,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (article_id, claim_id, seq)
)
;
CREATE INDEX relation_claim_subject ON relation_claim (subject_actor_id)
;
CREATE INDEX relation_claim_object ON relation_claim (object_actor_id)
