import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { seedTopics } from '../../core/reports/topics.js';
import { copyAllStreams } from '../../core/reports/stream-lists.js';

/**
 * The console bench's province, written set-based (generate_series) in a few statements: a root
 * with `communes` communes and 5 sector branches, `people` people (2 % officials), `reports`
 * reports over the last 12 months (1–2 issues, 2 opinion streams each), `alerts` hot spots with
 * coordinates and timelines, a finished guidance to every collaborator and a closed poll. The
 * search documents are built after the bulk load (triggers off while loading, as a restore would).
 */
export interface ConsoleSeed {
  rootId: string;
  officialId: string;
  communeId: string;
}

export async function seedConsoleProvince(db: Db, n: { people: number; reports: number; alerts: number; communes: number }): Promise<ConsoleSeed> {
  await seedTopics(db);
  await db.execute(sql`set session_replication_role = replica`);
  await db.execute(sql`
    insert into units (id, code, name, kind, parent_id, path, deadline_day)
    values ('00000000-0000-4000-8000-000000000000', 'B-TINH', 'Ban TGDV Tỉnh ủy (bench)', 'tinh', null, '/00000000-0000-4000-8000-000000000000/', 25)`);
  await db.execute(sql`
    insert into units (id, code, name, kind, parent_id, path, deadline_day)
    select u.id, 'B-U' || u.g, case when u.g <= ${n.communes} then 'Xã số ' || u.g else 'Khối đoàn thể ' || u.g end,
           case when u.g <= ${n.communes} then 'xa' else 'mttq_doan_the' end,
           '00000000-0000-4000-8000-000000000000', '/00000000-0000-4000-8000-000000000000/' || u.id || '/', null
    from (select g, gen_random_uuid() as id from generate_series(1, ${n.communes + 5}) g) u`);
  await db.execute(sql`
    insert into people (display_name, role, unit_id, stratum, status, consent_at, created_at)
    select 'Người ' || g, case when g % 50 = 0 then 'official' else 'collaborator' end,
           (select id from units where code = 'B-U' || (1 + g % ${n.communes + 5})),
           (array['nong_dan','cong_nhan','cbccvc','thanh_nien','huu_tri_ccb'])[1 + g % 5],
           case when g % 40 = 7 then 'suspended' else 'active' end, now() - interval '400 days', now() - interval '400 days'
    from generate_series(1, ${n.people}) g`);
  await db.execute(sql`
    insert into people (display_name, role, unit_id, status, consent_at, created_at)
    values ('Cán bộ tỉnh (bench)', 'official', '00000000-0000-4000-8000-000000000000', 'active', now(), now() - interval '400 days')`);
  await db.execute(sql`
    insert into channel_accounts (person_id, channel, external_id, last_inbound_at)
    select id, 'sandbox', 'b-' || id, now() - (random() * interval '30 days') from people`);
  await db.execute(
    sql`create temporary table bench_collab as select row_number() over (order by id) as n, id, unit_id from people where role = 'collaborator'`,
  );
  await db.execute(sql`
    insert into reports (id, kind, receipt_no, period, unit_id, reporter_id, status, assessment, mood, title, version, channel, submitted_at, created_at, updated_at)
    select gen_random_uuid(), k.kind, 'BX-' || g, to_char(t.at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM'), c.unit_id, c.id,
           (array['submitted','received','needs_more','received'])[1 + g % 4], 'on_dinh', 'binh_thuong',
           case when k.kind = 'periodic' then null else 'Vấn đề số ' || g end, 1, 'sandbox', t.at, t.at, t.at
    from generate_series(1, ${n.reports}) g
    cross join lateral (select now() - (random() * interval '365 days') + (g * interval '0 second') as at) t
    cross join lateral (select (array['periodic','periodic','quick','thematic'])[1 + g % 4] as kind) k
    join bench_collab c on c.n = 1 + g % (select count(*) from bench_collab)`);
  const titles = ['Bồi thường giải phóng mặt bằng', 'Giá điện tăng', 'Học phí đầu năm', 'Sáp nhập xã', 'Lừa đảo qua mạng', 'Quá tải bệnh viện'];
  const topics = ['DD01', 'KT01', 'GD02', 'CT05', 'AN02', 'YT01'];
  await db.execute(sql`
    insert into report_issues (id, report_id, position, topic_code, title, scope, summary)
    select gen_random_uuid(), r.id, p, (${sql.raw(`array[${topics.map((x) => `'${x}'`).join(',')}]`)})[1 + (abs(hashtext(r.id::text)) + p) % 6],
           (${sql.raw(`array[${titles.map((x) => `'${x}'`).join(',')}]`)})[1 + (abs(hashtext(r.id::text)) + p) % 6], 'dia_phuong',
           'Nhân dân quan tâm, bàn tán về vấn đề này tại địa phương; một số ý kiến đề nghị công khai thông tin.'
    from reports r cross join generate_series(1, 1 + (abs(hashtext(r.id::text)) % 2)) p`);
  await db.execute(sql`
    insert into opinion_streams (id, issue_id, position, stance, prevalence, holder_group, content)
    select gen_random_uuid(), i.id, p, (array['dong_tinh','trai_chieu','ban_khoan','de_xuat','trung_lap'])[1 + (abs(hashtext(i.id::text)) + p) % 5],
           (array['da_so','so_dong','nhieu_y_kien','mot_bo_phan','mot_so'])[1 + (abs(hashtext(i.id::text)) + p) % 5],
           (array['nong_dan','cong_nhan','cbccvc','thanh_nien'])[1 + p % 4], 'Ý kiến của nhóm về vấn đề, đề nghị cơ quan chức năng sớm giải quyết.'
    from report_issues i cross join generate_series(1, 2) p`);
  // Filed reports have their streams' copy, written with the issues (core/reports/stream-lists.ts).
  await copyAllStreams(db);
  await db.execute(sql`
    insert into hot_spots (id, receipt_no, category, severity, unit_id, level_unit_id, reporter_id, place_text, latitude, longitude, people_estimate, description, status, created_at, updated_at)
    select gen_random_uuid(), 'DX-' || g, (array['khieu_kien','dat_dai','lao_dong','moi_truong','tin_don','an_ninh_trat_tu'])[1 + g % 6], 1 + g % 4,
           c.unit_id, c.unit_id, c.id, 'Địa điểm ' || g, 10.8 + random() * 0.4, 106.5 + random() * 0.4, 10, 'Người dân tập trung phản ánh về bồi thường đất đai',
           case when g % 10 = 0 then 'open' when g % 10 = 1 then 'acknowledged' when g % 10 = 2 then 'handling' else 'resolved' end, t.at, t.at
    from generate_series(1, ${n.alerts}) g cross join lateral (select now() - (random() * interval '365 days') + (g * interval '0 second') as at) t
    join bench_collab c on c.n = 1 + (g * 7) % (select count(*) from bench_collab)`);
  await db.execute(sql`
    insert into hot_spot_events (hot_spot_id, kind, actor_id, unit_id, created_at)
    select id, 'created', reporter_id, unit_id, created_at from hot_spots
    union all select id, 'acknowledged', reporter_id, unit_id, created_at + interval '20 minutes' from hot_spots where status <> 'open'`);
  const official = (await db.execute(sql`select id from people where display_name = 'Cán bộ tỉnh (bench)'`)) as unknown as { id: string }[];
  const officialId = official[0]!.id;
  await db.execute(sql`
    insert into broadcasts (id, author_id, unit_id, title, body, require_ack, status, audience_size, fanout_done, started_at, finished_at, reminded_at, reported_at, created_at)
    values ('00000000-0000-4000-8000-0000000000b1', ${officialId}, '00000000-0000-4000-8000-000000000000', 'Định hướng (bench)', 'Nội dung', true, 'done',
            (select count(*) from bench_collab), true, now() - interval '5 days', now() - interval '5 days', now() - interval '4 days', now() - interval '3 days', now() - interval '5 days')`);
  await db.execute(sql`
    insert into sends (purpose, lane, broadcast_id, person_id, unit_id, channel, state, parts_sent, sent_at, acked_at)
    select 'bc-00000000-0000-4000-8000-0000000000b1', 'broadcast', '00000000-0000-4000-8000-0000000000b1', id, unit_id, 'sandbox', case when n % 3 = 0 then 'sent' else 'acknowledged' end, 1, now() - interval '5 days',
           case when n % 3 = 0 then null else now() - interval '4 days' end from bench_collab`);
  // A closed anonymous quick poll: a one-question survey campaign of kind 'poll' (core/polls/poll.ts).
  await db.execute(sql`
    insert into surveys (id, code, version, title, definition, digest)
    values ('00000000-0000-4000-8000-0000000000c1', 'thamdo.000000000000400080000000000000c1', 1, 'Câu hỏi (bench)?',
            '{"code":"thamdo.000000000000400080000000000000c1","title":"Câu hỏi (bench)?","lang":"vi","sections":[""],"questions":[{"id":"q","type":"single","text":"Câu hỏi (bench)?","required":true,"options":["Có","Không","Chưa rõ"],"section":0}]}',
            'bench')`);
  await db.execute(sql`
    insert into survey_campaigns (id, survey_id, kind, author_id, unit_id, sample, seed, anonymous, status, recipients, opens_at, closes_at, closed_at, created_at)
    values ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000c1', 'poll', ${officialId}, '00000000-0000-4000-8000-000000000000',
            '{"kind":"all"}', 'bench', true, 'closed', (select count(*) from bench_collab), now() - interval '3 days', now() - interval '1 day', now() - interval '1 day', now() - interval '3 days')`);
  await db.execute(sql`
    insert into survey_recipients (campaign_id, person_id, unit_id, responded_at)
    select '00000000-0000-4000-8000-0000000000c1', id, unit_id, case when n % 4 <> 0 then now() - interval '2 days' end from bench_collab`);
  await db.execute(sql`
    insert into survey_responses (campaign_id, voter_key, unit_id, mode, answers, submitted_on)
    select '00000000-0000-4000-8000-0000000000c1', 'v' || n, unit_id, 'self', jsonb_build_object('q', jsonb_build_array(n % 3)), current_date
    from bench_collab where n % 4 <> 0`);
  await db.execute(sql`set session_replication_role = origin`);
  // Statistics first: the indexing functions' plans are made once, and on an unanalysed table
  // they would scan opinion_streams for every report.
  await db.execute(sql`analyze`);
  await db.execute(sql`select dlxh_index_report(id) from reports`);
  await db.execute(sql`select dlxh_index_hot_spot(id) from hot_spots`);
  await db.execute(sql`analyze`);
  const commune = (await db.execute(sql`select id from units where code = 'B-U1'`)) as unknown as { id: string }[];
  return { rootId: '00000000-0000-4000-8000-000000000000', officialId, communeId: commune[0]!.id };
}
