-- custom:
-- The console's search filters by scope on the search documents themselves (core/reports/search-page.ts):
-- with a report's confidential unit beside its unit, the subtree rule (core/reports/visible-unit.ts)
-- is checked on the matches without reading each matching report (16,700 index probes on reports
-- for "boi thuong" in a 100,000-report province, half of the search's time; issue 14).
ALTER TABLE search_docs ADD COLUMN IF NOT EXISTS confidential_unit_id uuid;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dlxh_index_report(rid uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE body text; r record;
BEGIN
  SELECT id, unit_id, confidential_unit_id, coalesce(submitted_at, created_at) AS at, status,
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
  INSERT INTO search_docs (owner_type, owner_id, unit_id, confidential_unit_id, created_at, norm, doc)
  VALUES ('report', rid, r.unit_id, r.confidential_unit_id, r.at, body, to_tsvector('simple', body))
  ON CONFLICT (owner_type, owner_id) DO UPDATE
    SET unit_id = excluded.unit_id, confidential_unit_id = excluded.confidential_unit_id, created_at = excluded.created_at,
        norm = excluded.norm, doc = excluded.doc;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dlxh_index_hot_spot(hid uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE body text; h record;
BEGIN
  SELECT id, unit_id, confidential_unit_id, created_at, concat_ws(' ', receipt_no, category, place_text, description, result_note) AS txt
    INTO h FROM hot_spots WHERE id = hid;
  IF NOT FOUND THEN
    DELETE FROM search_docs WHERE owner_type = 'hot_spot' AND owner_id = hid;
    RETURN;
  END IF;
  body := dlxh_norm(coalesce(h.txt, ''));
  INSERT INTO search_words SELECT unnest(tsvector_to_array(to_tsvector('simple', body))) ON CONFLICT DO NOTHING;
  INSERT INTO search_docs (owner_type, owner_id, unit_id, confidential_unit_id, created_at, norm, doc)
  VALUES ('hot_spot', hid, h.unit_id, h.confidential_unit_id, h.created_at, body, to_tsvector('simple', body))
  ON CONFLICT (owner_type, owner_id) DO UPDATE
    SET unit_id = excluded.unit_id, confidential_unit_id = excluded.confidential_unit_id, created_at = excluded.created_at,
        norm = excluded.norm, doc = excluded.doc;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS reports_search ON reports;
--> statement-breakpoint
CREATE TRIGGER reports_search AFTER INSERT OR DELETE OR UPDATE OF status, title, rumours, good_practices, proposals, unit_id, confidential_unit_id, submitted_at, receipt_no ON reports
  FOR EACH ROW EXECUTE FUNCTION dlxh_search_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS hot_spots_search ON hot_spots;
--> statement-breakpoint
CREATE TRIGGER hot_spots_search AFTER INSERT OR DELETE OR UPDATE OF description, place_text, category, unit_id, confidential_unit_id, result_note ON hot_spots
  FOR EACH ROW EXECUTE FUNCTION dlxh_search_trigger();
--> statement-breakpoint
UPDATE search_docs s SET confidential_unit_id = r.confidential_unit_id
  FROM reports r WHERE s.owner_type = 'report' AND r.id = s.owner_id AND r.confidential_unit_id IS NOT NULL;
--> statement-breakpoint
UPDATE search_docs s SET confidential_unit_id = h.confidential_unit_id
  FROM hot_spots h WHERE s.owner_type = 'hot_spot' AND h.id = s.owner_id AND h.confidential_unit_id IS NOT NULL;
