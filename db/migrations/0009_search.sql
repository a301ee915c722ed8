-- Accent-insensitive search over reports and hot spots (console and chat: core/reports/browse.ts).
-- PostgreSQL full-text search on unaccented, lower-cased text ('simple' config: no Vietnamese
-- stemmer exists, and words are short syllables anyway) plus trigram similarity for typos.
-- Both extensions ship with PostgreSQL contrib and with PGlite (db/client.ts loads them there).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); indexes need an IMMUTABLE wrapper
-- naming the dictionary explicitly. "đ"/"Đ" are mapped to "d" by the default rules.
CREATE OR REPLACE FUNCTION dlxh_norm(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
--> statement-breakpoint
-- One searchable document per report or hot spot, kept by triggers (so every writer, chat,
-- console, admin CLI, is covered without a second copy of the rule). `norm` is the normalised
-- text; `doc` its tsvector. unit_id and created_at let the search filter by scope and time.
CREATE TABLE search_docs (
  owner_type text NOT NULL,
  owner_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  norm text NOT NULL,
  doc tsvector NOT NULL,
  PRIMARY KEY (owner_type, owner_id)
);
--> statement-breakpoint
CREATE INDEX search_docs_doc_idx ON search_docs USING gin (doc);
--> statement-breakpoint
-- The words of every document (normalised): typos are corrected against this small vocabulary
-- with trigram similarity, then searched with the full-text index (the pg_trgm documentation's
-- "text search integration"); a trigram scan over whole documents would not scale.
CREATE TABLE search_words (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dlxh_index_report(rid uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE body text; r record;
BEGIN
  SELECT id, unit_id, coalesce(submitted_at, created_at) AS at, status,
         concat_ws(' ', receipt_no, title, rumours, good_practices, proposals) AS head
    INTO r FROM reports WHERE id = rid;
  IF NOT FOUND OR r.status = 'draft' THEN
    DELETE FROM search_docs WHERE owner_type = 'report' AND owner_id = rid;
    RETURN;
  END IF;
  SELECT concat_ws(' ', r.head, string_agg(concat_ws(' ', i.title, i.scope, i.summary, i.causes, i.forecast, i.proposals,
           (SELECT string_agg(concat_ws(' ', s.holder_group, s.content), ' ') FROM opinion_streams s WHERE s.issue_id = i.id)), ' '))
    INTO body FROM report_issues i WHERE i.report_id = rid;
  body := dlxh_norm(coalesce(body, r.head, ''));
  INSERT INTO search_words SELECT unnest(tsvector_to_array(to_tsvector('simple', body))) ON CONFLICT DO NOTHING;
  INSERT INTO search_docs (owner_type, owner_id, unit_id, created_at, norm, doc)
  VALUES ('report', rid, r.unit_id, r.at, body, to_tsvector('simple', body))
  ON CONFLICT (owner_type, owner_id) DO UPDATE
    SET unit_id = excluded.unit_id, created_at = excluded.created_at, norm = excluded.norm, doc = excluded.doc;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dlxh_index_hot_spot(hid uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE body text; h record;
BEGIN
  SELECT id, unit_id, created_at, concat_ws(' ', receipt_no, category, place_text, description, result_note) AS txt INTO h FROM hot_spots WHERE id = hid;
  IF NOT FOUND THEN
    DELETE FROM search_docs WHERE owner_type = 'hot_spot' AND owner_id = hid;
    RETURN;
  END IF;
  body := dlxh_norm(coalesce(h.txt, ''));
  INSERT INTO search_words SELECT unnest(tsvector_to_array(to_tsvector('simple', body))) ON CONFLICT DO NOTHING;
  INSERT INTO search_docs (owner_type, owner_id, unit_id, created_at, norm, doc)
  VALUES ('hot_spot', hid, h.unit_id, h.created_at, body, to_tsvector('simple', body))
  ON CONFLICT (owner_type, owner_id) DO UPDATE
    SET unit_id = excluded.unit_id, created_at = excluded.created_at, norm = excluded.norm, doc = excluded.doc;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dlxh_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE rec record;
BEGIN
  IF TG_OP = 'DELETE' THEN rec := OLD; ELSE rec := NEW; END IF;
  IF TG_TABLE_NAME = 'reports' THEN PERFORM dlxh_index_report(rec.id);
  ELSIF TG_TABLE_NAME = 'report_issues' THEN PERFORM dlxh_index_report(rec.report_id);
  ELSIF TG_TABLE_NAME = 'opinion_streams' THEN PERFORM dlxh_index_report(i.report_id) FROM report_issues i WHERE i.id = rec.issue_id;
  ELSIF TG_TABLE_NAME = 'hot_spots' THEN PERFORM dlxh_index_hot_spot(rec.id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reports_search AFTER INSERT OR DELETE OR UPDATE OF status, title, rumours, good_practices, proposals, unit_id, submitted_at, receipt_no ON reports
  FOR EACH ROW EXECUTE FUNCTION dlxh_search_trigger();
--> statement-breakpoint
CREATE TRIGGER report_issues_search AFTER INSERT OR UPDATE OR DELETE ON report_issues FOR EACH ROW EXECUTE FUNCTION dlxh_search_trigger();
--> statement-breakpoint
CREATE TRIGGER opinion_streams_search AFTER INSERT OR UPDATE OR DELETE ON opinion_streams FOR EACH ROW EXECUTE FUNCTION dlxh_search_trigger();
--> statement-breakpoint
CREATE TRIGGER hot_spots_search AFTER INSERT OR DELETE OR UPDATE OF description, place_text, category, unit_id, result_note ON hot_spots
  FOR EACH ROW EXECUTE FUNCTION dlxh_search_trigger();
--> statement-breakpoint
SELECT dlxh_index_report(id) FROM reports;
--> statement-breakpoint
SELECT dlxh_index_hot_spot(id) FROM hot_spots;
--> statement-breakpoint
-- Console lists: newest first within a subtree, filtered by status/kind; months for trends.
CREATE INDEX IF NOT EXISTS console_reports_unit_submitted_idx ON reports (unit_id, submitted_at DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS console_reports_submitted_idx ON reports (submitted_at DESC);
--> statement-breakpoint
-- A month's export across the whole province filters by period alone.
CREATE INDEX IF NOT EXISTS console_reports_period_idx ON reports (period);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS console_hot_spots_created_idx ON hot_spots (created_at DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS console_hot_spot_events_created_idx ON hot_spot_events (created_at DESC);
