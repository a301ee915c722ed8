-- Quick polls become one-question survey campaigns (issue 18 item 5): each poll keeps its id as the
-- id of its questionnaire and of its campaign, so the buttons already in people's chats
-- (p:<poll id>:<n>, pr:<poll id>) still find it. Recipients and answers move with it; an
-- anonymous poll's answers keep their salted key (and the salt while the poll is open).
insert into "surveys" ("id", "code", "version", "title", "definition", "digest", "created_at")
select p."id",
       'thamdo.' || replace(p."id"::text, '-', ''),
       1,
       left(p."question", 300),
       d."definition",
       encode(sha256(convert_to(d."definition"::text, 'UTF8')), 'hex'),
       p."created_at"
from "polls" p
cross join lateral (
  select jsonb_build_object(
    'code', 'thamdo.' || replace(p."id"::text, '-', ''),
    'title', left(p."question", 300),
    'lang', 'vi',
    'sections', jsonb_build_array(''),
    'questions', jsonb_build_array(jsonb_build_object(
      'id', 'q',
      'type', case when p."multi" then 'multiple' else 'single' end,
      'text', p."question",
      'required', true,
      'options', p."options",
      'section', 0))) as "definition"
) d;
--> statement-breakpoint
-- An open poll whose question has not gone out yet (no recipients fixed) is a scheduled campaign.
insert into "survey_campaigns" ("id", "survey_id", "author_id", "unit_id", "filters", "sample", "seed", "interviews", "status",
                                "opens_at", "closes_at", "closed_at", "recipients", "kind", "anonymous", "salt", "created_at")
select p."id", p."id", p."author_id", p."unit_id", p."filters", '{"kind":"all"}'::jsonb, md5(p."id"::text), false,
       case when p."status" = 'closed' then 'closed'
            when exists (select 1 from "poll_recipients" r where r."poll_id" = p."id") then 'open'
            else 'scheduled' end,
       p."created_at", p."closes_at", p."closed_at", p."recipients", 'poll', p."anonymous", p."salt", p."created_at"
from "polls" p;
--> statement-breakpoint
-- Who answered is known on named polls and, while the salt lives, on open anonymous ones.
insert into "survey_recipients" ("campaign_id", "person_id", "unit_id", "stratum", "responded_at")
select r."poll_id", r."person_id", r."unit_id", pe."stratum",
       (select a."created_at" from "poll_answers" a
         where a."poll_id" = r."poll_id"
           and (a."person_id" = r."person_id"
                or (p."salt" is not null and a."voter_key" = encode(sha256(convert_to(p."salt" || ':' || r."person_id"::text, 'UTF8')), 'hex'))))
from "poll_recipients" r
join "polls" p on p."id" = r."poll_id"
join "people" pe on pe."id" = r."person_id";
--> statement-breakpoint
insert into "survey_responses" ("campaign_id", "unit_id", "stratum", "mode", "answers", "submitted_on", "voter_key", "person_id")
select a."poll_id", a."unit_id", pe."stratum", 'self', jsonb_build_object('q', a."choices"),
       (a."updated_at" at time zone 'Asia/Ho_Chi_Minh')::date, a."voter_key", a."person_id"
from "poll_answers" a
left join "people" pe on pe."id" = a."person_id";
--> statement-breakpoint
-- The poll jobs are gone: their outbox rows become the campaign's open and close jobs (a job the
-- relay already handed to Redis under the old name fails as unknown; these take its place).
delete from "outbox" where "name" in ('poll-send', 'poll-close', 'poll-sweep') and "relayed_at" is null;
--> statement-breakpoint
insert into "outbox" ("queue", "name", "payload", "job_id", "run_at")
select 'reporting', 'survey-open', jsonb_build_object('campaignId', p."id"), 'survey-open-' || p."id", greatest(p."created_at", now())
from "polls" p
where p."status" = 'open' and not exists (select 1 from "poll_recipients" r where r."poll_id" = p."id")
on conflict ("job_id") do nothing;
--> statement-breakpoint
insert into "outbox" ("queue", "name", "payload", "job_id", "run_at")
select 'reporting', 'survey-close', jsonb_build_object('campaignId', p."id"), 'survey-close-' || p."id", p."closes_at"
from "polls" p
where p."status" = 'open'
on conflict ("job_id") do nothing;

--> statement-breakpoint
DROP TABLE "poll_answers" CASCADE;--> statement-breakpoint
DROP TABLE "poll_recipients" CASCADE;--> statement-breakpoint
DROP TABLE "polls" CASCADE;